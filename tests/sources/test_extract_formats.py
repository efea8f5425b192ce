"""`briefgen facts extract` reads PDF, Word and web pages on the fly, writing nothing to seeds/
unless --add is given."""

from __future__ import annotations

import json

from source_files import article_html, article_pdf, article_txt  # noqa: F401


def _tree(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_extract_reads_a_pdf_and_a_web_page_and_writes_nothing(mini, run, article_pdf,
                                                               article_html, article_txt):
    before = _tree(mini)
    found = {}
    for path in (article_txt, article_pdf, article_html):
        result = run("--project", mini, "facts", "extract", path, "--json")
        assert result.exit_code == 0, result.output
        found[path.suffix] = [(c["value"], c["unit"], c["period"], c["source"])
                              for c in json.loads(result.stdout)]
    assert len(found[".txt"]) == 7
    assert [c[:3] for c in found[".pdf"]] == [c[:3] for c in found[".html"]] == \
        [c[:3] for c in found[".txt"]]
    assert {c[3] for c in found[".pdf"]} == {"article.pdf"}
    assert _tree(mini) == before


def test_extract_with_add_makes_the_seed_and_its_inbox(mini, run, article_html):
    result = run("--project", mini, "facts", "extract", article_html, "--add", "--inbox")
    assert result.exit_code == 0, result.output
    assert (mini / "seeds/article.txt").is_file() and (mini / "seeds/originals/article.html").is_file()
    inbox = (mini / "facts/_inbox/article.yaml").read_text(encoding="utf-8")
    assert 'seed: "article.txt"' in inbox and "340 billion yuan" in inbox
