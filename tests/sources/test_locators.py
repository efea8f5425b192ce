"""A fact from a PDF knows its page, from a web page or Word file its paragraph: the store
sets each source's locator, and briefs and the pack's appendix print it."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import REPO
from source_files import wrapped, write_docx, write_pdf

from briefgen.config import load_project
from briefgen.facts.store import load_store

QUOTE = "In the first quarter of 2019, trade reached $1.93 billion"


def _release_pdf(tmp_path: Path) -> Path:
    """The quote on page 2, across two lines."""
    first = wrapped("Testcity and Korea: a release for the tests. Nothing on this page is cited.")
    second = ["Trade grew again. In the first quarter of 2019,", "trade reached $1.93 billion, "
              "up 7.1 percent year on year."]
    return write_pdf(tmp_path / "release.pdf", [first, second], title="Korea trade release")


PARTNER = """---
title: {{ entity.name }}
---
Trade reached {{ fact("kr.trade-q1") }} in the first quarter of 2019.
"""


def _with_templates(project: Path) -> Path:
    shutil.copytree(REPO / "templates/pack", project / "templates/pack")
    (project / "templates/partner.md.j2").write_text(PARTNER, encoding="utf-8")
    (project / "pack.yaml").write_text("subjects: [partner:korea]\n", encoding="utf-8")
    return project


def _cite(project: Path, seed: str) -> None:
    facts = project / "facts/korea.yaml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text.replace(f'      - seed: news.txt\n        quote: "{QUOTE}"',
                                  f'      - seed: {seed}\n        quote: "{QUOTE}"'), encoding="utf-8")


def test_a_fact_from_a_pdf_knows_its_page_and_the_brief_prints_it(mini, run, tmp_path):
    assert run("--project", mini, "seeds", "add", _release_pdf(tmp_path)).exit_code == 0
    _cite(mini, "release.txt")
    check = run("--project", mini, "facts", "check")
    assert check.exit_code == 0, check.output
    fact = load_store(load_project(mini)).get("kr.trade-q1")
    assert fact.sources[0].locator == "p. 2"
    result = run("--project", _with_templates(mini), "build", "partner", "korea",
                 "--out", mini / "out")
    assert result.exit_code == 0, result.output
    import docx
    import pdfplumber
    with pdfplumber.open(mini / "out/partner-korea.pdf") as pdf:
        text = " ".join((page.extract_text() or "") for page in pdf.pages)
    assert "1 January 2000. [1] p. 2" in " ".join(text.replace("\u00a0", " ").split())
    with pdfplumber.open(mini / "out/partner-korea-sources.pdf") as pdf:
        quotes = " ".join((page.extract_text() or "") for page in pdf.pages)
    assert f"“{QUOTE}” (p. 2)" in " ".join(quotes.replace("\u00a0", " ").split())
    word = docx.Document(str(mini / "out/partner-korea.docx"))
    assert any("[1]\u00a0p.\u00a02" in p.text for p in word.paragraphs)  # the source list
    assert [c.text.split(" — ")[0] for c in word.comments] == [f"[1] “{QUOTE}” (p.\u00a02)"]


def test_the_pack_appendix_says_where_each_document_is_cited(mini, run, tmp_path):
    assert run("--project", mini, "seeds", "add", _release_pdf(tmp_path)).exit_code == 0
    _cite(mini, "release.txt")
    result = run("--project", _with_templates(mini), "pack", "--config", mini / "pack.yaml",
                 "--format", "docx", "--jobs", "1", "--out", mini / "pack")
    assert result.exit_code == 0, result.output
    import docx
    pack = next((mini / "pack").glob("*pack*.docx"))
    rows = [[c.text for c in row.cells] for table in docx.Document(str(pack)).tables
            for row in table.rows]
    assert ["Document", "Outlet", "Date", "Cited at"] in rows
    assert [row[-1] for row in rows if row[0] == "Korea trade release"] == ["p. 2"]


def test_a_fact_from_a_word_file_knows_its_paragraph(mini, run, tmp_path):
    path = write_docx(tmp_path / "note.docx", ["Korea trade note", "An opening paragraph.",
                                               QUOTE + ", up 7.1 percent."])
    assert run("--project", mini, "seeds", "add", path).exit_code == 0
    _cite(mini, "note.txt")
    assert run("--project", mini, "facts", "check").exit_code == 0
    assert load_store(load_project(mini)).get("kr.trade-q1").sources[0].locator == "para. 3"
