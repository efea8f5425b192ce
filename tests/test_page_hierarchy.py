"""The page's hierarchy and its sources (docs/design.md, rules 3 and 4): a standfirst and
footnote-style notes set from the template's `{.standfirst}` and `{.note}`, section headings
larger than the body, a short source list of documents and places at 7.5 pt or more whose
numbers are the text's, and the quotes (spacing slips mended for display only) in the pack's
sources appendix, a brief's DOCX comments and the companion PDF of a brief built alone."""

from __future__ import annotations

import re
import zipfile

import pdfplumber
import pytest
from docx import Document
from pypdf import PdfReader

from briefgen import document as d
from briefgen.render.common import cited_places, number_ranges, outlet_shown, source_line
from briefgen.text import tidy_spacing
from shipped_pack import shipped_pack

# --- the display-only mending of the sources' spacing slips ---------------------------------


@pytest.mark.parametrize("slip, mended", [
    ("Qingdao’ s total volume", "Qingdao’s total volume"),
    ("Qingdao' s port", "Qingdao's port"),
    ("don’ t", "don’t"),
    ("the “City of Film” , offering", "the “City of Film”, offering"),
    ("after a year ; then", "after a year; then"),
    ("it grew .", "it grew."),
    ("( see below )", "(see below)"),
])
def test_tidy_spacing_mends_obvious_slips(slip, mended):
    assert tidy_spacing(slip) == mended


@pytest.mark.parametrize("text", [
    "the countries’ share", "U.S. exports", "see (p. 12)", "3.5 billion", "and … more",
    "A. B. Smith", "“quoted” text", "Qingdao's port",
])
def test_tidy_spacing_leaves_everything_else_alone(text):
    assert tidy_spacing(text) == text


# --- the source list ------------------------------------------------------------------------


def test_an_outlet_that_repeats_the_title_keeps_only_what_it_adds():
    title = "A City of Dreams: Qingdao — An International Metropolis"
    assert outlet_shown(title, "A City of Dreams Qingdao (investment magazine)") == "Investment magazine"
    assert outlet_shown(title, "A City of Dreams Qingdao") is None
    assert outlet_shown(title, "english.qingdao.gov.cn") == "english.qingdao.gov.cn"
    assert outlet_shown("Qingdao Daily news", "Xinhua (agency)") == "Xinhua (agency)"
    assert outlet_shown(title, None) is None


def test_citation_numbers_are_grouped_by_place_in_ranges():
    entries = [d.SourceEntry(n, "Doc", locator=loc, quote="q")
               for n, loc in ((1, "p. 4"), (2, "p. 4"), (3, "p. 6"), (4, "p. 4"), (5, None))]
    assert cited_places(entries) == [((1, 2, 4), "p. 4"), ((3,), "p. 6"), ((5,), None)]
    assert number_ranges((1, 2, 3, 5, 7, 8)) == "1\u20133, 5, 7, 8"
    line = source_line("Doc.", entries)
    assert line == "Doc. [1, 2, 4]\u00a0p.\u00a04 \u00b7 [3]\u00a0p.\u00a06 \u00b7 [5]"
    assert "q" not in line.replace("Doc", "")  # no quotes on the brief


# --- roles in the template -------------------------------------------------------------------


def test_a_paragraph_takes_its_role_from_the_template():
    from briefgen.compose.markdown import BlockConverter
    from briefgen.compose.templates import Rendered
    text = "Lead sentence.[^1]{.standfirst}\n\nPeriods differ.{.note}\n\nBody {priority=2}\n\nOdd {.other}\n"
    blocks = BlockConverter(Rendered("x.md.j2", "x.md.j2", text, ()), 0, None).convert(text)
    assert [(b.role, d.plain_text(b.children)) for b in blocks] == [
        ("standfirst", "Lead sentence.[1]"), ("note", "Periods differ."), (None, "Body"),
        (None, "Odd {.other}")]
    assert blocks[2].priority == 2


# --- the shipped pack, read back ----------------------------------------------------------


@pytest.fixture(scope="module")
def pack():
    return shipped_pack()


def _size(pdf, pattern: str) -> float:
    """The size most of the text is set in on the first line of page 1 matching `pattern`
    (its citation marks are smaller)."""
    with pdfplumber.open(pdf) as document:
        for line in document.pages[0].extract_text_lines():
            if re.search(pattern, line["text"]):
                sizes = [round(c["size"], 2) for c in line["chars"] if c["text"].strip()]
                return max(set(sizes), key=sizes.count)
    raise AssertionError(f"no line matches {pattern!r} in {pdf}")


def test_standfirst_heading_and_body_step_up_from_the_small_text(pack):
    _, _, out, _ = pack
    brief = out / "partner-south-korea.pdf"
    standfirst = _size(brief, r"^South Korea is Qingdao")
    heading = _size(brief, r"^Cooperation platforms and agreements")
    body = _size(brief, r"^• During the May 2019")
    note = _size(brief, r"^Periods of the figures")
    assert 7.5 <= note < body < standfirst < heading
    with pdfplumber.open(brief) as pdf:
        faces = {c["fontname"] for c in pdf.pages[0].chars if round(c["size"], 2) == standfirst}
    assert faces and not any("Bold" in f for f in faces)  # larger, not heavier


def test_every_brief_lists_its_sources_legibly_without_quotes(pack):
    project, store, out, result = pack
    for item in result.items:
        with pdfplumber.open(out / f"{item.name}.pdf") as pdf:
            lines = pdf.pages[0].extract_text_lines()
        start = max(i for i, line in enumerate(lines) if line["text"].startswith("Sources"))
        listed = lines[start:]
        footer = listed[-1]["top"]
        sizes = {round(c["size"], 2) for line in listed if line["top"] < footer - 20
                 for c in line["chars"]}
        assert sizes and min(sizes) >= 7.5, (item.name, sizes)
        text = " ".join(line["text"] for line in listed)
        quotes = [s.quote for i in item.facts for s in store.get(i).sources]
        assert not any(" ".join(q.split())[:40] in text for q in quotes), item.name
        assert len(listed) <= 10, (item.name, len(listed))  # a short list


# --- where the quotes went -----------------------------------------------------------------


def _fitted_entries(project, item) -> list[d.SourceEntry]:
    from briefgen.build import fit_brief
    fitted = fit_brief(item.document, project)
    return [e for b in fitted.blocks if isinstance(b, d.Sources) for e in b.entries]


def test_the_appendix_quotes_every_citation_of_every_brief(pack):
    project, _, _, result = pack
    text = " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(result.files["pdf"]).pages)
    appendix = text[text.rindex("Quotes, brief by brief"):]
    korea = appendix[appendix.index("South Korea A City of Dreams"):]
    for item in result.items:
        for entry in _fitted_entries(project, item):
            words = " ".join(tidy_spacing(entry.quote).split()[:6])
            assert f"[{entry.number}] “{words}" in appendix, (item.name, entry.number)
    # the source's "Qingdao’ s" is mended in print, and stays as written in the store
    assert "Qingdao’s Hiking Group" in korea and "Qingdao’ s" not in appendix


def test_the_store_keeps_the_slips_the_pages_mend(pack):
    _, store, _, _ = pack
    assert any("Qingdao’ s" in s.quote for f in store.facts for s in f.sources)


def test_a_briefs_docx_comments_hold_its_quotes_and_the_pack_has_none(pack):
    project, _, out, result = pack
    item = next(i for i in result.items if i.name == "partner-south-korea")
    entries = _fitted_entries(project, item)
    comments = Document(str(out / f"{item.name}.docx")).comments
    quoted = {int(m.group(1)): line for c in comments for line in c.text.split("\n")
              for m in [re.match(r"\[(\d+)\] ", line)] if m}
    assert sorted(quoted) == [e.number for e in entries]  # each number once
    for entry in entries:
        assert tidy_spacing(entry.quote) in quoted[entry.number]
        assert "A City of Dreams" in quoted[entry.number]
    assert all(c.timestamp is None for c in comments)  # rebuilds stay byte-identical
    with zipfile.ZipFile(result.files["docx"]) as pack_docx:
        body = pack_docx.read("word/document.xml").decode()
    assert "commentReference" not in body and "commentRangeStart" not in body


def test_a_brief_built_alone_has_a_companion_of_its_quotes(tmp_path, pack):
    from briefgen.build import BriefRequest, build_brief
    project, store, _, result = pack
    built = build_brief(project, store, BriefRequest("partner", "japan"), ("pdf",), tmp_path)
    assert set(built.files) == {"pdf", "sources"} and built.pages["sources"] == 1
    companion = " ".join(PdfReader(built.files["sources"]).pages[0].extract_text().split())
    assert "Japan Sources: the statement behind each figure, by citation number" in companion
    item = next(i for i in result.items if i.name == "partner-japan")
    for entry in _fitted_entries(project, item):
        assert f"[{entry.number}] “{' '.join(tidy_spacing(entry.quote).split()[:6])}" in companion
    docx_only = build_brief(project, store, BriefRequest("partner", "japan"), ("docx",), tmp_path / "w")
    assert set(docx_only.files) == {"docx"}  # the DOCX carries its quotes as comments
