"""Pack navigation, read back from the shipped pack: PDF contents entries are links to the pages
they print, bookmarks are nested under City / Partners / Sectors / Appendix and shown on
opening; in Word every document's name is at outline level 1 (one navigation-pane entry per
brief), the contents are the result of a TOC field with the PDF's entries and page numbers,
their links lead to bookmarks, table header rows are marked and pictures sit at no distance."""

from __future__ import annotations

import re

import pikepdf
from pypdf import PdfReader
from docx import Document
from docx.oxml.ns import qn

from briefgen import document as d
from pdf_checks import outline_documents
from shipped_pack import shipped_pack

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _pack():
    project, store, out, result = shipped_pack()
    return result, result.files["pdf"], result.files["docx"]


def test_pdf_outline_is_nested_and_shown_on_opening():
    result, pdf_path, _ = _pack()
    pdf = pikepdf.open(pdf_path)
    assert pdf.Root.PageMode == "/UseOutlines"
    with pdf.open_outline() as outline:
        top = [(item.title, [child.title for child in item.children]) for item in outline.root]
    groups = dict(top[2:])
    assert list(groups) == ["City", "Partners", "Sectors", "Appendix"]
    titles = {item.request.kind: [] for item in result.items}
    for item in result.items:
        titles[item.request.kind].append(item.document.meta.title)
    assert groups["Partners"] == titles["partner"] and groups["Sectors"] == titles["sector"]
    assert groups["City"] == titles["overview"] and groups["Appendix"] == ["Sources"]


def test_pdf_contents_entries_link_to_the_pages_they_print():
    result, pdf_path, _ = _pack()
    pdf = pikepdf.open(pdf_path)
    pages = {page.objgen: number for number, page in enumerate(pdf.pages, 1)}
    contents = pdf.pages[1]
    links = contents.obj.Annots
    assert len(links) == len(result.items) + 1  # and the sources appendix
    printed = dict(re.findall(r"^(.+?)\s{2,}(\d+)$", _text(pdf_path, 2), re.M))
    for link in links:  # each leads to a page ([page, /Fit]), named by the brief's title
        assert pages[link.Dest[0].objgen] == int(printed[str(link.Contents)]), str(link.Contents)
    appendix = pages[links[-1].Dest[0].objgen]  # the appendix, after every brief, to the end
    assert appendix > max(pages[link.Dest[0].objgen] for link in links[:-1])
    assert "Sources" in _text(pdf_path, appendix) and "Quotes, brief by brief" in " ".join(
        _text(pdf_path, n) for n in range(appendix, len(pdf.pages) + 1))


def test_the_contents_are_grouped_city_partners_sectors_appendix():
    """A row with each group's name, then its entries in the pack's order; a card gives the
    page it shares with others; the appendix is listed."""
    result, pdf_path, _ = _pack()
    lines = [" ".join(line.split()) for line in _text(pdf_path, 2).splitlines() if line.strip()]
    names = {"overview": "City", "partner": "Partners", "sector": "Sectors"}
    expected = []
    for item in result.items:
        group = names[item.request.kind]
        if group not in expected:
            expected.append(group)
        expected.append(" ".join(item.document.meta.title.split()))
    expected += ["Appendix", "Sources"]
    listed = [re.sub(r" \d+$", "", line) for line in lines
              if re.sub(r" \d+$", "", line) in set(expected)]
    assert listed == expected
    pages = [int(re.search(r"(\d+)$", line).group(1)) for line in lines if re.search(r"\S \d+$", line)]
    assert len(pages) > len(set(pages)), "no two entries share a page: no cards listed"


def test_docx_names_each_document_at_outline_level_one():
    result, _, docx_path = _pack()
    document = Document(docx_path)
    title = document.styles["Title"].element.pPr.find(qn("w:outlineLvl"))
    assert title is not None and title.get(qn("w:val")) == "0"
    titled = [p.text for p in document.element.body.iter(f"{W}p")
              if p.pPr is not None and p.pPr.pStyle is not None and p.pPr.pStyle.val == "Title"]
    briefs = [item.document.meta.title for item in result.items]
    assert titled[2:2 + len(briefs)] == briefs  # after the cover and the contents


def test_docx_contents_are_a_filled_toc_field_whose_links_reach_bookmarks():
    result, pdf_path, docx_path = _pack()
    body = Document(docx_path).element.body
    instructions = [t.text for t in body.iter(f"{W}instrText")]
    assert any(i.strip().startswith("TOC ") for i in instructions)
    bookmarks = {b.get(qn("w:name")) for b in body.iter(f"{W}bookmarkStart")}
    table = _toc_table(body)
    links = list(table.iter(f"{W}hyperlink"))
    internal = {"".join(t.text for t in link.iter(f"{W}t")): link.get(qn("w:anchor"))
                for link in links if link.get(qn("w:anchor"))}
    assert list(internal) == [item.document.meta.title for item in result.items] + ["Sources"]
    assert set(internal.values()) <= bookmarks
    rows = [[_cell_text(tc) for tc in tr.iter(f"{W}tc")] for tr in table.iter(f"{W}tr")][1:]
    pdf_rows = re.findall(r"^(\S.*?)(?:\s{2,}(\d+))?$", _text(pdf_path, 2), re.M)
    pdf_rows = pdf_rows[pdf_rows.index(("City", "")):-1]  # below the band, above the footer
    assert [(r[0], r[1]) for r in rows] == pdf_rows


def test_docx_tables_mark_header_rows_and_pictures_sit_at_no_distance():
    _, _, docx_path = _pack()
    body = Document(docx_path).element.body
    tables = [t for t in body.iter(f"{W}tbl") if t.tblPr.find(qn("w:tblStyle")).get(qn("w:val")) == "DataTable"]
    assert tables and all(t.find(f"{W}tr/{W}trPr/{W}tblHeader") is not None for t in tables)
    inlines = list(body.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}inline"))
    assert inlines and all(i.get(side) == "0" for i in inlines for side in ("distT", "distB", "distL", "distR"))


def _see_also(result):
    """(member's title, group's title) of each brief whose "see also" names its group's brief."""
    titles = {item.document.meta.anchor: item.document.meta.title for item in result.items}
    pairs = []
    for item in result.items:
        for anchor in d.linked_documents(item.document):
            pairs.append((item.document.meta.title, titles[anchor]))
    return pairs


def test_pdf_see_also_is_a_tagged_link_to_the_brief_with_its_page():
    result, pdf_path, _ = _pack()
    pairs = _see_also(result)
    assert ("Russia", "SCO countries") in pairs
    pdf = pikepdf.open(pdf_path)
    pages = {page.objgen: number for number, page in enumerate(pdf.pages, 1)}
    reader = PdfReader(pdf_path)  # where each brief is, cards several to a page
    first = {entry.title: reader.get_destination_page_number(entry) + 1
             for entry in outline_documents(reader)}
    seen = []
    for number, page in enumerate(pdf.pages[2:], 3):
        for link in page.obj.get("/Annots", []):
            if str(link.Contents).startswith("Source ["):  # a citation's link to its source entry
                assert pages[link.Dest[0].objgen] == number
                continue
            target = pages[link.Dest[0].objgen]
            seen.append((number, str(link.Contents)))
            assert target == first[str(link.Contents)]  # the group's brief
            assert f"see also that brief (p. {target})" in " ".join(_text(pdf_path, number).split())
            assert "/StructParent" in link  # a Link element of the structure tree holds it
    assert sorted(seen) == sorted((first[member], group) for member, group in pairs)


def test_docx_see_also_links_to_the_brief_and_gives_its_page_as_a_field():
    result, pdf_path, docx_path = _pack()
    body = Document(docx_path).element.body
    bookmarks = {b.get(qn("w:name")) for b in body.iter(f"{W}bookmarkStart")}
    pdf_pages = {}
    for paragraph in body.iter(f"{W}p"):
        text = "".join(t.text for t in paragraph.iter(f"{W}t"))
        if "see also" not in text:
            continue
        [link] = paragraph.iter(f"{W}hyperlink")
        [instruction] = [i.text.split() for i in paragraph.iter(f"{W}instrText")]
        assert instruction == ["PAGEREF", link.get(qn("w:anchor")), "\\h"] and instruction[1] in bookmarks
        page = re.search(r"that brief \(p. (\d+)\)", text.replace("\u00a0", " ")).group(1)
        pdf_pages[instruction[1]] = int(page)
    assert len(pdf_pages) == 1 and len(_see_also(result)) > 1  # every member names one group
    pdf = pikepdf.open(pdf_path)
    [(anchor, page)] = pdf_pages.items()
    assert _first_line(_text(pdf_path, page)) == "SCO countries"  # the page the PDF gives it


def test_a_brief_alone_keeps_see_also_as_plain_text():
    _, _, out, result = shipped_pack()
    [russia] = [item for item in result.items if item.name == "partner-russia"]
    pdf = pikepdf.open(russia.files["pdf"])
    assert all(str(a.Contents).startswith("Source [")  # citations only: no link to a brief
               for page in pdf.pages for a in page.obj.get("/Annots", ()) if "/Dest" in a)
    assert "see also that brief." in " ".join(_text(russia.files["pdf"], 1).split())
    body = Document(russia.files["docx"]).element.body
    assert not list(body.iter(f"{W}hyperlink")) and not list(body.iter(f"{W}instrText"))


def _first_line(text: str) -> str:
    """The first line of a page's text below the running header: its document's title."""
    return [line.strip() for line in text.splitlines() if line.strip()][1]


def _toc_table(body):
    """The table between the TOC field's start and its end."""
    started = False
    for element in body:
        if element.tag == f"{W}p" and any((t.text or "").strip().startswith("TOC ")
                                          for t in element.iter(f"{W}instrText")):
            started = True
        elif started and element.tag == f"{W}tbl":
            return element
    raise AssertionError("no table inside the TOC field")


def _cell_text(tc) -> str:
    return "".join(t.text for t in tc.iter(f"{W}t"))


def _text(pdf_path, page: int) -> str:
    import subprocess
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf_path), "-"],
                          capture_output=True, text=True, check=True).stdout
