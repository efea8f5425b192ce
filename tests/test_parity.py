"""The DOCX and the PDF of one document say the same things in the same order."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from briefgen import document as d
from briefgen.compose import build_document
from briefgen.config import Page
from briefgen.render.docx import render_docx
from briefgen.render.pdf import render_pdf
from briefgen.theme import DEFAULT_THEME
from stores import korea_store
from render_samples import document, one_of_each

ENGINE = Path(__file__).parent / "roots" / "engine"


def docx_body_text(path: Path) -> str:
    """Body paragraphs and table cells in document order (header and footer left out)."""
    word = docx.Document(str(path))
    pieces = {qn("w:t"): None, qn("w:br"): "\n", qn("w:tab"): " "}
    parts = []
    for element in word.element.body.iter(qn("w:p")):
        text = [node.text or "" if pieces[node.tag] is None else pieces[node.tag]
                for node in element.iter(*pieces)]
        parts.append("".join(text))
    return "\n".join(parts)


def pdf_body_text(path: Path, meta: d.Meta) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    furniture = [meta.header or "", r"Produced .*", r"Page \d+ of \d+"]
    lines = [line for line in text.split("\n") if not any(re.fullmatch(f, line.strip()) for f in furniture if f)]
    return "\n".join(lines)


def words(text: str) -> list[str]:
    text = re.sub("[\u0590-\u05ff]", "", text)  # right-to-left runs: pypdf reorders them its own way
    text = re.sub(r"\s*\(\s*\)\s*", " () ", text)
    text = re.sub(r"^\s*(\u2022|\d+\.)\s", " ", text, flags=re.M)  # list markers: numbering in Word
    text = re.sub(r"\s+(?=\[\d)", "", text)  # a citation marker sits on the word it cites
    return text.split()


def both(doc: d.Document, tmp_path: Path) -> tuple[list[str], list[str]]:
    render_pdf(doc, tmp_path / "x.pdf", DEFAULT_THEME, Page())
    render_docx(doc, tmp_path / "x.docx", DEFAULT_THEME, Page())
    return words(docx_body_text(tmp_path / "x.docx")), words(pdf_body_text(tmp_path / "x.pdf", doc.meta))


@pytest.mark.parametrize("dirs", [("templates",), ("event", "templates")])
def test_composed_brief_reads_the_same_in_both_formats(dirs, tmp_path):
    doc = build_document("country.md.j2", korea_store(), template_dirs=[ENGINE / x for x in dirs],
                         subject="south-korea", produced="2024-06-01", variables={"event": {"name": "Korea Week"}})
    in_docx, in_pdf = both(doc, tmp_path)
    assert in_docx == in_pdf


def test_every_node_type_reads_the_same(tmp_path):
    blocks = [b for b in one_of_each().values() if not isinstance(b, d.PageBreak)]
    in_docx, in_pdf = both(document(*blocks), tmp_path)
    assert in_docx == in_pdf


@pytest.mark.parametrize("slug", ["germany", "south-korea"])
def test_a_shipped_brief_with_a_chart_reads_the_same_in_both_formats(slug, tmp_path):
    """The chart's title, subtitle and source line are document text in both formats (in the
    DOCX the picture is pixels, so text drawn inside it would be missing there)."""
    from briefgen.build import BriefRequest, compose, fit_brief
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    project = load_project(Path(__file__).resolve().parents[1])
    doc = fit_brief(compose(project, load_store(project), BriefRequest("partner", slug))[0], project)
    [figure] = [b for b in doc.blocks if isinstance(b, d.Figure) and b.chart is not None]
    in_docx, in_pdf = both(doc, tmp_path)
    # The plot's own labels are vector text in the PDF and pixels in the DOCX: leave them out.
    subtitle = figure.subtitle.split()
    end = next(i + len(subtitle) for i in range(len(in_pdf)) if in_pdf[i:i + len(subtitle)] == subtitle)
    plot = in_pdf[end:in_pdf.index("Source:", end)]
    assert plot and any(word in " ".join(plot) for word in ("bn", "billion", "%"))
    assert in_docx == in_pdf[:end] + in_pdf[end + len(plot):]
    assert figure.caption.split()[-1] in in_docx and "Source:" in in_docx
