"""An article read from its PDF, Word or web edition gives the candidates its plain text gives."""

from __future__ import annotations

import pytest

from briefgen.facts.extract.candidates import extract
from source_files import article_docx, article_html, article_pdf, article_txt  # noqa: F401
from briefgen.sources import read_source


def found(text: str) -> list[tuple]:
    return [(c.value, c.unit, c.counted, c.qualifier, c.period, c.kind)
            for c in extract(text, source="article.txt", doc_date="2024-05-30")]


@pytest.mark.parametrize("edition", ["article_pdf", "article_docx", "article_html"])
def test_every_edition_finds_the_facts_of_the_plain_text(edition, article_txt, request):
    plain = found(read_source(article_txt).text)
    assert len(plain) == 7  # 340 bn yuan, 12 %, 18.5 %, 45 projects, $2.1 bn, 9.8 m, 26 routes
    assert found(read_source(request.getfixturevalue(edition)).text) == plain
