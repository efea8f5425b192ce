"""Every listed brief builds in both formats, on one page; the pack binds them all."""

import json
import re

import pytest
from pypdf import PdfReader

from conftest import REPO
from shipped_pack import shipped_pack


@pytest.fixture(scope="module")
def built():
    """The shipped Qingdao pack, built once per test process (shared with other modules)."""
    return shipped_pack()


def test_every_buildable_is_in_the_pack(built, run):
    _, _, out, result = built
    listed = json.loads(run("--project", REPO, "list", "--json").stdout)
    assert {(b["kind"], b["slug"]) for b in listed} == {
        (i.request.kind, i.request.slug if i.request.kind != "overview" else "qingdao")
        for i in result.items}
    assert not result.failed


def test_briefs_are_one_page_pdfs(built):
    _, _, out, result = built
    for item in result.items:
        reader = PdfReader(out / f"{item.name}.pdf")
        assert len(reader.pages) == 1, item.name


def test_docx_briefs_open_and_carry_the_title(built):
    from docx import Document
    _, _, out, result = built
    for item in result.items:
        docx = Document(out / f"{item.name}.docx")
        cells = [c.text for t in docx.tables for r in t.rows for c in r.cells]
        text = "\n".join([p.text for p in docx.paragraphs] + cells)
        assert item.document.meta.title in text


def test_citations_resolve_to_sources(built):
    _, _, out, result = built
    for item in result.items:
        text = PdfReader(out / f"{item.name}.pdf").pages[0].extract_text()
        body, heading, listing = text.rpartition("Sources")
        cited = _numbers(body)
        listed = _numbers(listing)  # a source list gives ranges: [1–3, 5] p. 4
        assert heading and cited, item.name
        assert cited <= listed, item.name  # every marker has its source
        assert listed == set(range(1, len(listed) + 1)), item.name  # numbered 1, 2, 3, ...
        assert "None" not in text and " 0 projects" not in text


def _numbers(text: str) -> set[int]:
    """Every citation number of the markers in `text`: [3], [6,7], [1–3, 5]."""
    numbers = set()
    for group in re.findall(r"\[(\d+(?:(?:,\s*|\u2013)\d+)*)\]", text):
        for part in group.split(","):
            first, _, last = part.strip().partition("\u2013")
            numbers.update(range(int(first), int(last or first) + 1))
    return numbers


def test_pack_has_bookmarks_and_manifest(built):
    _, _, out, result = built
    reader = PdfReader(out / "investor-pack.pdf")
    nested = [entry for group in reader.outline if isinstance(group, list) for entry in group]
    assert len(nested) >= len(result.items)  # one under its group's entry per brief
    manifest = json.loads((out / "manifest.json").read_text())
    assert set(manifest["documents"]) == {i.name for i in result.items}
    assert all(d["facts"] and d["input_hash"] for d in manifest["documents"].values())


def test_rebuild_with_unchanged_inputs_renders_nothing(built):
    from briefgen.build import parse_formats
    from briefgen.pack import build_pack, load_pack_config
    project, store, out, _ = built
    again = build_pack(project, store, load_pack_config(None, project), parse_formats("docx,pdf"),
                       out, jobs=2)
    assert not any(i.rendered for i in again.items) and not again.rebuilt_pack


def test_every_font_in_every_pdf_is_embedded(built):
    """Charts too: a reportlab Drawing starts in Helvetica, a base-14 font no PDF may rely on."""
    _, _, out, result = built
    pdfs = [out / f"{item.name}.pdf" for item in result.items] + [result.files["pdf"]]
    charted = 0
    for pdf in pdfs:
        for page in PdfReader(pdf).pages:
            charted += "/XObject" in page["/Resources"] or b" re f" in page.get_contents().get_data()
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                font = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
                descriptor = font.get("/FontDescriptor")
                assert descriptor is not None and "/FontFile2" in descriptor.get_object(), \
                    (pdf.name, font["/BaseFont"])
    assert charted


def test_overview_of_a_store_with_many_partners_lists_some_and_fits_one_page(run, tmp_path):
    import sys
    sys.path.insert(0, str(REPO / "benchmarks"))
    from synthetic_pack import make_project

    from briefgen.compose.briefing import LISTED_NAMES
    project = make_project(tmp_path / "big", LISTED_NAMES + 6, 2)
    result = run("--project", project, "build", "overview", "--format", "pdf", "--out", tmp_path)
    assert result.exit_code == 0, result.stderr
    reader = PdfReader(tmp_path / "overview.pdf")
    text = " ".join(reader.pages[0].extract_text().split())
    assert len(reader.pages) == 1
    assert f"Partnerland {LISTED_NAMES - 1:03d} and 6 more" in text
    assert f"Partnerland {LISTED_NAMES:03d}" not in text  # past the list's end
