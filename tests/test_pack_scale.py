"""A pack too long for one contents page, bound from many briefs (the PDF in parts, the DOCX
from the briefs' own files): the contents' page numbers, the outline, the footers, the DOCX's
pictures and page breaks must all agree with what was bound."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docx
import pikepdf
import pytest
from pypdf import PdfReader

from conftest import REPO
from pdf_checks import outline_documents, struct_text, ua_problems

sys.path.insert(0, str(REPO / "benchmarks"))
PARTNERS = 64  # with 4 sectors and the overview: 69 briefs, a contents list of two pages


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(the pack folder, the CLI result) of a cold `briefgen pack` of the synthetic project."""
    from synthetic_pack import make_project

    from briefgen.cli import main
    from click.testing import CliRunner
    from briefgen import binder
    from briefgen.compose import build
    project = make_project(tmp_path_factory.mktemp("scale") / "synthetic", PARTNERS, 4)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(binder, "PART_DOCUMENTS", 20)  # the PDF laid out in two parts, joined
        # a page's bound on Markdown lines, as a brief needs it: the contents' and the sources
        # appendix's bounds grow with the pack (at the real bound, with some 400 briefs)
        patch.setattr(build, "LINES_PER_PAGE", 50)
        result = CliRunner().invoke(main, ["--project", str(project), "pack", "--jobs", "2"],
                                    catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return project / "out" / "pack", result


@pytest.fixture(scope="module")
def big_pack(built) -> Path:
    return built[0]


def _manifest(pack: Path) -> dict:
    return json.loads((pack / "manifest.json").read_text(encoding="utf-8"))


def test_contents_page_numbers_are_where_the_briefs_start(big_pack):
    reader = PdfReader(big_pack / "investor-pack.pdf")
    starts = {entry.title: reader.get_destination_page_number(entry) + 1
              for entry in outline_documents(reader)}
    contents = [page.extract_text() for page in reader.pages[1:4]]
    assert "Contents" in contents[0] and "Contents" not in contents[2][:40]
    listed = dict(re.findall(r"(Partnerland \d+)\s+(\d+)", " ".join(contents)))
    assert len(listed) == PARTNERS
    for title, page in listed.items():
        assert starts[title] == int(page), title
    assert starts["Partnerland 000"] > 3  # after the cover and a contents list of two pages


def test_every_contents_entry_links_to_its_brief_in_whichever_part(big_pack):
    pdf = pikepdf.open(big_pack / "investor-pack.pdf")
    pages = {page.objgen: number for number, page in enumerate(pdf.pages, 1)}
    reader = PdfReader(big_pack / "investor-pack.pdf")
    starts = {entry.title: reader.get_destination_page_number(entry) + 1
              for entry in outline_documents(reader)}
    links = [a for page in pdf.pages[1:3] for a in page.obj.get("/Annots", ())]
    assert len(links) == len(_manifest(big_pack)["documents"]) + 1  # and the sources appendix
    for link in links:
        assert pages[link.Dest[0].objgen] == starts[str(link.Contents)], str(link.Contents)
    assert max(pages[link.Dest[0].objgen] for link in links) > len(pdf.pages) // 2  # into the second part


def test_every_brief_is_bound_once_in_order(big_pack):
    reader = PdfReader(big_pack / "investor-pack.pdf")
    documents = _manifest(big_pack)["documents"]
    titles = [entry.title for entry in outline_documents(reader)]
    assert len(titles) == len(documents) + 3  # cover, contents, briefs, sources
    groups = [entry.title for entry in reader.outline if not isinstance(entry, list)][2:]
    assert groups == ["City", "Partners", "Sectors", "Appendix"]  # one each, across the parts
    partners = titles[3:3 + PARTNERS]  # full briefs in order, then the cards (placement.py)
    assert partners[0] == "Partnerland 000" and titles[-1] == "Sources"
    assert sorted(partners) == [f"Partnerland {p:03d}" for p in range(PARTNERS)]
    starts = {reader.get_destination_page_number(entry) for entry in outline_documents(reader)}
    assert len(starts) < len(titles)  # thin partners are cards, sharing pages
    assert len(reader.pages) >= len(starts) + 1  # and the contents' second page
    footers = [page.extract_text() for page in reader.pages[-3:]]
    total = len(reader.pages)
    assert all(f"of {total}" in text for text in footers)
    assert f"Page {total} of {total}" in footers[-1]


def test_the_docx_pack_holds_every_brief_with_its_chart(big_pack):
    bound = docx.Document(big_pack / "investor-pack.docx")
    text = "\n".join(p.text for p in bound.paragraphs)
    documents = _manifest(big_pack)["documents"]
    for name in ("partner-p000", f"partner-p{PARTNERS - 1:03d}", "sector-s03"):
        brief = docx.Document(big_pack / f"{name}.docx")
        first = next(p.text for p in brief.paragraphs if len(p.text) > 40)
        assert first in text, name
    charts = sum(len(docx.Document(big_pack / f"{n}.docx").inline_shapes) for n in documents)
    assert len(bound.inline_shapes) == charts
    ids = [e.get("id") for e in bound.element.body.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")]
    assert len(ids) == len(set(ids)) == charts  # shape ids unique across the pack
    breaks = bound.element.body.xpath('.//w:br[@w:type="page"]')
    reader = PdfReader(big_pack / "investor-pack.pdf")
    starts = {reader.get_destination_page_number(entry) for entry in outline_documents(reader)}
    assert len(starts) < len(documents) + 3  # some briefs are cards, sharing a page
    assert len(breaks) == len(starts) - 1  # before each page-starting document but the cover


def test_the_pdf_parts_join_into_one_document(big_pack):
    reader = PdfReader(big_pack / "investor-pack.pdf")
    assert reader.metadata.title == "Synthetic investor briefs"
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]
    numbers = [int(re.search(r"Page (\d+) of", page.extract_text()).group(1))
               for page in reader.pages[1:]]
    assert numbers == list(range(2, len(reader.pages) + 1))  # the cover is counted, unnumbered
    assert "Page 1 of" not in reader.pages[0].extract_text()


def test_the_joined_pdf_is_tagged_as_a_whole(big_pack):
    """Each part's structure tree joins the first's: one section per document in reading
    order, the ParentTree keys of every page and link unique, the checkers content."""
    from pdfua import validate
    path = big_pack / "investor-pack.pdf"
    assert ua_problems(path.read_bytes()) == []
    assert [f"{f.rule_id}: {f.message}" for f in validate(str(path)).findings] == []
    pdf = pikepdf.open(path)
    sections = list(pdf.Root.StructTreeRoot.K.K)
    assert len(sections) == len(_manifest(big_pack)["documents"]) + 3 and all(
        section.S == "/Sect" and section.P == pdf.Root.StructTreeRoot.K and section.K[0].S == "/H1"
        for section in sections)
    keys = [int(page.obj.StructParents) for page in pdf.pages]
    keys += [int(a.StructParent) for page in pdf.pages for a in page.obj.get("/Annots", ())]
    assert len(keys) == len(set(keys)) == int(pdf.Root.StructTreeRoot.ParentTreeNextKey)
    assert "Partnerland 063" in struct_text(path)


def test_joining_parts_is_repeatable(big_pack, tmp_path):
    from briefgen.render.pdf_join import join_pdfs
    data = (big_pack / "investor-pack.pdf").read_bytes()
    join_pdfs([data, data], tmp_path / "one.pdf")
    join_pdfs([data, data], tmp_path / "two.pdf")
    assert (tmp_path / "one.pdf").read_bytes() == (tmp_path / "two.pdf").read_bytes()


def test_a_long_packs_summary_counts_its_briefs_by_status(built):
    _, result = built
    assert "Investor pack: 69 briefs in" in result.stderr
    assert "│ rendered │ 69" in result.stderr
    assert "partner-p001" not in result.stderr  # not one line per brief


def test_pdf_parts_cover_every_page_once_and_stay_small():
    from briefgen.binder import PART_MOST, _pdf_parts
    pages = [1, 15, *([1] * 480), 10]  # cover, a long contents list, briefs, appendix
    documents = list(range(len(pages)))
    parts = _pdf_parts(documents, pages)
    assert [d for chunk, _ in parts for d in chunk] == documents
    assert all(len(chunk) <= PART_MOST for chunk, _ in parts)
    firsts = [part.first_page for _, part in parts]
    assert firsts[0] == 1 and all(p.total_pages == sum(pages) for _, p in parts)
    assert firsts == [1 + sum(pages[:p.first_document - 1]) for _, p in parts]
    assert _pdf_parts(documents[:30], pages[:30])[0][0] == documents[:30]  # short: one


def test_a_long_pack_pdf_is_split_in_parts_of_about_the_same_size():
    """Parts of about PART_DOCUMENTS documents, as many whatever the workers (the split shapes
    the joined bytes: tests/test_reproducible.py), so two workers or four share them evenly."""
    from briefgen.binder import PART_DOCUMENTS, _pdf_parts
    for pages in ([1, 30, *([1] * 1001), 12],  # 1,004 documents
                  [3, 40, *([1] * 1497), 12]):  # a long contents list pushes briefs on
        documents = list(range(len(pages)))
        parts = _pdf_parts(documents, pages)
        assert len(parts) == -(-len(documents) // PART_DOCUMENTS)
        assert all(len(chunk) <= PART_DOCUMENTS + 2 for chunk, _ in parts[2:])
        assert [d for chunk, _ in parts for d in chunk] == documents


def test_by_default_a_small_pack_is_built_in_one_process(monkeypatch):
    """A worker pays for itself only with enough briefs to share (benchmarks/bench_pack.py
    --jobs-pairs measures where); an explicit --jobs is obeyed."""
    from briefgen import pack
    monkeypatch.setattr(pack, "_cores", lambda: 4)
    assert [pack._jobs(None, n) for n in (1, 9, 19, 28, 39, 1001)] == [1, 1, 1, 2, 3, 4]
    assert pack._jobs(3, 2) == 3


def test_the_pack_joined_with_its_whole_spilled_between_parts_is_the_same_file(big_pack, tmp_path):
    """Joined in the pack's own process (`--jobs 1`), its whole written to a file and opened
    again every five parts (render/pdf_join.py _Joining.spill), the pack's PDF is the file the
    fixture's pack joined in memory, in a process of its own (`--jobs 2`)."""
    from click.testing import CliRunner

    from briefgen import binder
    from briefgen.cli import main
    from briefgen.compose import build
    from briefgen.render import pdf_join
    spills = []
    spill = pdf_join._Joining.spill
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(binder, "PART_DOCUMENTS", 20)  # as the fixture's pack
        patch.setattr(build, "LINES_PER_PAGE", 50)
        patch.setattr(binder, "kept_files", lambda *args: False)  # joined, not a kept copy
        patch.setattr(pdf_join, "SPILL_EVERY", 5)
        patch.setattr(pdf_join._Joining, "spill", lambda self, path: (spills.append(path),
                                                                      spill(self, path)))
        result = CliRunner().invoke(main, ["--project", str(big_pack.parent.parent), "pack",
                                           "--jobs", "1", "--out", str(tmp_path / "again")],
                                    catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert len(spills) >= 5 and not any(path.exists() for path in spills)
    assert (tmp_path / "again" / "investor-pack.pdf").read_bytes() == \
        (big_pack / "investor-pack.pdf").read_bytes()
