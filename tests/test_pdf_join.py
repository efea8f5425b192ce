"""Parts of one PDF laid out apart and joined (render/pdf_join.py) make one tagged PDF: one
structure tree with each document's section in order, ParentTree keys unique over pages and
links, the outline's groups whole, PDF/A-2b kept, the same bytes for the same parts."""

from __future__ import annotations

import io
from dataclasses import replace

import pikepdf
import pikepdf.pdfa
import pytest
from pdfua import validate

from briefgen import document as d
from briefgen.config import Page
from briefgen.errors import RenderError
from briefgen.render.pdf import PartOf, pdf_bytes
from briefgen.render.common import Target
from briefgen.render.pdf_join import join_pdfs
from briefgen.theme import DEFAULT_THEME
from pdf_checks import struct_text, ua_problems
from render_samples import document, one_of_each


def _documents(count: int):
    blocks = list(one_of_each().values())
    made = []
    for number in range(count):
        see_also = d.Paragraph((d.Text("See also "), d.Link(f"#brief-{count - 1 - number}", (
            d.Text("the last brief" if number == 0 else "the first brief"),), page=True), d.Text(".")))
        doc = document(see_also, *blocks, title=f"Document {number}")
        made.append(replace(doc, meta=replace(doc.meta, anchor=f"brief-{number}",
                                              outline="Partners" if number else None)))
    return made


PAGES = 2  # each sample document takes two pages


def _targets(count: int = 4) -> dict[str, Target]:
    return {f"brief-{n}": Target(f"Document {n}", 1 + PAGES * n) for n in range(count)}


def _parts(page: Page, cut: int = 2, count: int = 4) -> list[bytes]:
    """The documents in two parts, numbered as in the whole."""
    docs, targets = _documents(count), _targets(count)
    total = PAGES * count
    return [pdf_bytes(docs[:cut], DEFAULT_THEME, page, part=PartOf(1, total, 1), targets=targets).data,
            pdf_bytes(docs[cut:], DEFAULT_THEME, page, part=PartOf(1 + PAGES * cut, total, cut + 1),
                      targets=targets).data]


def _joined(parts, targets=None, numbers=None) -> bytes:
    """join_pdfs's file, as bytes."""
    out = io.BytesIO()
    join_pdfs(parts, out, targets, numbers)
    return out.getvalue()


@pytest.fixture(scope="module")
def joined() -> bytes:
    return _joined(_parts(Page()), _targets())


def test_the_joined_structure_tree_holds_every_document_in_order(joined, tmp_path):
    assert ua_problems(joined) == []
    (tmp_path / "joined.pdf").write_bytes(joined)
    assert [f"{f.rule_id}: {f.message}" for f in validate(str(tmp_path / "joined.pdf")).findings] == []
    pdf = pikepdf.open(io.BytesIO(joined))
    root = pdf.Root.StructTreeRoot
    sections = list(root.K.K)
    assert [s.S for s in sections] == ["/Sect"] * 4 and all(s.P == root.K for s in sections)
    text = struct_text(tmp_path / "joined.pdf")
    assert [text.index(f"Document {n}") for n in range(4)] == sorted(text.index(f"Document {n}") for n in range(4))


def test_parent_tree_keys_are_unique_and_lead_to_their_pages(joined):
    pdf = pikepdf.open(io.BytesIO(joined))
    root = pdf.Root.StructTreeRoot
    nums = root.ParentTree.Nums
    tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    keys = [int(page.obj.StructParents) for page in pdf.pages]
    links = [(page, a) for page in pdf.pages for a in page.obj.get("/Annots", ())]
    keys += [int(a.StructParent) for _, a in links]
    assert sorted(keys) == sorted(tree) == list(range(int(root.ParentTreeNextKey)))
    for page in pdf.pages:  # each marked element names the page its content is on
        for element in tree[int(page.obj.StructParents)]:
            assert element.Pg == page.obj or any(
                isinstance(k, pikepdf.Dictionary) and k.get("/Pg") == page.obj for k in element.K)
    assert links and all(tree[int(a.StructParent)].S == "/Link" for _, a in links)


def test_the_outline_keeps_a_group_cut_by_the_parts_whole(joined):
    pdf = pikepdf.open(io.BytesIO(joined))
    with pdf.open_outline() as outline:
        entries = [(item.title, [child.title for child in item.children]) for item in outline.root]
    assert entries == [("Document 0", []), ("Partners", ["Document 1", "Document 2", "Document 3"])]
    with pdf.open_outline() as outline:
        third = outline.root[1].children[1].destination[0]
    pages = {page.objgen: number for number, page in enumerate(pdf.pages, 1)}
    assert "Document 2" in _page_text(joined, pages[third.objgen])


def test_links_across_parts_lead_to_the_page_they_print(joined):
    pdf = pikepdf.open(io.BytesIO(joined))
    pages = {page.objgen: number for number, page in enumerate(pdf.pages, 1)}
    assert len(pdf.pages) == PAGES * 4
    first, last = (pdf.pages[0].obj.Annots, pdf.pages[PAGES * 3].obj.Annots)
    to_last = [a for a in first if "/Dest" in a and str(a.Contents).startswith("Document")]
    to_first = [a for a in last if "/Dest" in a and str(a.Contents).startswith("Document")]
    assert [str(a.Contents) for a in to_last] == ["Document 3"]  # from part one into part two
    assert [pages[a.Dest[0].objgen] for a in to_last] == [7]
    assert [pages[a.Dest[0].objgen] for a in to_first] == [1]  # and back
    assert "See also the last brief (p. 7)." in _page_text(joined, 1)
    assert "Document 3" in _page_text(joined, 7) and "See also the first brief (p. 1)." in _page_text(joined, 7)


def test_joining_is_repeatable_and_keeps_pdfa():
    page = Page(pdf_standard="pdfa-2b")
    parts = _parts(page)
    data = _joined(parts, _targets())
    assert data == _joined(_parts(page), _targets())
    report = pikepdf.pdfa.check(pikepdf.open(io.BytesIO(data)), "2b")
    assert not report.unsupported
    assert [f for f in report.violations if f.rule != "ISO_19005_2:6.6.2.3.1-1"] == []  # see test_pdf_standard
    assert ua_problems(data) == []


def _page_text(data: bytes, number: int) -> str:
    from pypdf import PdfReader
    return PdfReader(io.BytesIO(data)).pages[number - 1].extract_text().replace("\u00a0", " ")


def _alone(count: int = 3):
    """Documents without links to each other (a brief's own PDF has none), two pages each."""
    made = []
    for number in range(count):
        doc = document(*one_of_each().values(), title=f"Document {number}")
        made.append(replace(doc, meta=replace(doc.meta, outline="Partners" if number else None)))
    return made


def test_a_brief_bound_from_its_own_pdf_is_numbered_filed_and_tagged_as_the_whole(tmp_path):
    import hashlib

    from briefgen.render.pdf import page_number_stamps
    from briefgen.render.pdf_join import OwnPages
    docs, page, total = _alone(), Page(), 3 * PAGES
    own = tmp_path / "document-1.pdf"
    own.write_bytes(pdf_bytes(replace(docs[1], meta=replace(docs[1].meta, outline=None)),
                              DEFAULT_THEME, page).data)
    assert "Page 1 of 2" in _page_text(own.read_bytes(), 1)
    parts = [pdf_bytes(docs[0], DEFAULT_THEME, page, part=PartOf(1, total, 1)).data,
             OwnPages(own, hashlib.sha256(own.read_bytes()).hexdigest(), "Partners"),
             pdf_bytes(docs[2], DEFAULT_THEME, page, part=PartOf(5, total, 3)).data]
    numbers = page_number_stamps([(3, total, "en"), (4, total, "en")], DEFAULT_THEME, page)
    joined = _joined(parts, {}, numbers)
    assert [_page_text(joined, n).count(f"Page {n} of {total}") for n in range(1, 7)] == [1] * 6
    assert "Page 1 of" not in _page_text(joined, 3)
    assert ua_problems(joined) == []
    (tmp_path / "joined.pdf").write_bytes(joined)
    assert [f"{f.rule_id}: {f.message}" for f in validate(str(tmp_path / "joined.pdf")).findings] == []
    pdf = pikepdf.open(io.BytesIO(joined))
    assert [s.K[0].S for s in pdf.Root.StructTreeRoot.K.K] == ["/H1"] * 3
    with pdf.open_outline() as outline:
        entries = [(item.title, [child.title for child in item.children]) for item in outline.root]
    assert entries == [("Document 0", []), ("Partners", ["Document 1", "Document 2"])]
    fonts = {font.objgen: str(font.BaseFont) for p in pdf.pages for font in p.Resources.Font.values()}
    assert len(fonts) == len(set(fonts.values()))  # the parts' fonts kept once
    assert joined == _joined(parts, {}, numbers)
    own.write_bytes(own.read_bytes() + b"\n")  # changed since it was chosen: no silent binding
    with pytest.raises(RenderError, match="changed while the pack was being bound"):
        _joined(parts, {}, numbers)


def _parent_tree(pdf) -> dict:
    nums = pdf.Root.StructTreeRoot.ParentTree.Nums
    return {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}


def _kids(element) -> list:
    kids = element.get("/K")
    return [] if kids is None else list(kids) if isinstance(kids, pikepdf.Array) else [kids]


def _descendants(element) -> list:
    """The dictionaries below a structure element (elements, marked-content and object references)."""
    found, todo = [], [k for k in _kids(element) if isinstance(k, pikepdf.Dictionary)]
    while todo:
        kid = todo.pop()
        found.append(kid)
        if kid.get("/Type") not in ("/MCR", "/OBJR"):
            todo += [k for k in _kids(kid) if isinstance(k, pikepdf.Dictionary)]
    return found


def _cards_apart(cards, folder, page):
    """Each card as a PDF of its own in `folder`, as a pack renders a brief (OwnPages)."""
    return [_own_pages(folder, f"card-{number}", pdf_bytes(
                replace(card, meta=replace(card.meta, outline=None, continues=False)),
                DEFAULT_THEME, page).data)
            for number, card in enumerate(cards)]


def _cards(count: int = 3):
    """Short documents, fitted (so each knows the points it takes), that share one page of a
    pack: each cites its sources (links within its page) and shows a picture (a figure)."""
    from briefgen.render.fit import fit
    blocks = one_of_each()
    made = []
    for number in range(count):
        doc = document(blocks["Paragraph"], blocks["Figure"], blocks["Sources"],
                       title=f"Document {number}")
        doc = replace(doc, meta=replace(doc.meta, outline="Partners", anchor=f"brief-{number}",
                                        continues=number > 0))
        made.append(fit(doc, DEFAULT_THEME, Page()))
    return made


def _rendered(data: bytes, tmp_path, name: str) -> list[bytes]:
    """Each page of the PDF as a PNG at 100 dpi (pdftoppm)."""
    import subprocess
    (tmp_path / f"{name}.pdf").write_bytes(data)
    subprocess.run(["pdftoppm", "-r", "100", "-png", str(tmp_path / f"{name}.pdf"),
                    str(tmp_path / name)], check=True)
    return [path.read_bytes() for path in sorted(tmp_path.glob(f"{name}-*.png"))]


def test_briefs_sharing_a_page_are_bound_from_their_own_pdfs_as_laid_out_together(tmp_path):
    """A brief and the cards below it, each bound from its own page (Stacked), make the page
    that laying them out together for the whole makes: the same pixels and text, each card's
    links leading to the same places, its bookmark under its group, its marked content and
    links in the page's structure, in order."""
    from briefgen.render.common import CARD_GAP_PT
    from briefgen.render.pdf import page_number_stamps
    from briefgen.render.pdf_join import Stacked
    page, cards = Page(), _cards()
    cover = document(d.Paragraph((d.Text("The pack's first page"),)), title="Cover")
    whole = pdf_bytes([cover, *cards], DEFAULT_THEME, page).data  # laid out together
    own = _cards_apart(cards, tmp_path, page)
    stacked = Stacked(tuple(own), tuple(card.layout.used_pt for card in cards), CARD_GAP_PT)
    parts = [pdf_bytes(cover, DEFAULT_THEME, page, part=PartOf(1, 2, 1)).data, stacked]
    joined = _joined(parts, {}, page_number_stamps([(2, 2, "en")], DEFAULT_THEME, page))
    assert _rendered(joined, tmp_path, "joined") == _rendered(whole, tmp_path, "whole")
    assert _page_text(joined, 2) == _page_text(whole, 2)
    assert ua_problems(joined) == []
    assert [f"{f.rule_id}: {f.message}" for f in validate(str(tmp_path / "joined.pdf")).findings] == []
    ours, theirs = (pikepdf.open(io.BytesIO(data)) for data in (joined, whole))
    assert len(ours.pages) == 2

    def links(pdf):  # where each link is and leads to, rounded to a hundredth of a point
        return [([round(float(v), 2) for v in a.Rect], str(a.A.URI) if "/A" in a else (
            pdf.pages.index(pikepdf.Page(a.Dest[0])), [round(float(v), 2) for v in a.Dest[2:4]]))
            for a in pdf.pages[1].obj.Annots]
    assert len(links(ours)) == 3 * 3 and links(ours) == links(theirs)
    with ours.open_outline() as outline:
        entries = [(item.title, [(child.title, ours.pages.index(pikepdf.Page(child.destination[0])))
                                 for child in item.children]) for item in outline.root]
    assert entries == [("Cover", []), ("Partners", [(f"Document {n}", 1) for n in range(3)])]
    root = ours.Root.StructTreeRoot
    assert [s.S for s in root.K.K] == ["/Sect"] * 4
    text = struct_text(tmp_path / "joined.pdf")
    assert [text.index(f"Document {n}") for n in range(3)] == sorted(
        text.index(f"Document {n}") for n in range(3))
    tree, their_tree = _parent_tree(ours), _parent_tree(theirs)
    keys = [int(p.obj.StructParents) for p in ours.pages]
    keys += [int(a.StructParent) for p in ours.pages for a in p.obj.get("/Annots", ())]
    assert sorted(keys) == sorted(tree) == list(range(int(root.ParentTreeNextKey)))
    # the page's marked content: the same elements, numbered as laid out together, on the page
    marked = tree[int(ours.pages[1].obj.StructParents)]
    their_marked = their_tree[int(theirs.pages[1].obj.StructParents)]
    assert [str(e.S) for e in marked] == [str(e.S) for e in their_marked]
    assert [[int(k) for k in _kids(e) if isinstance(k, int)] for e in marked] == \
        [[int(k) for k in _kids(e) if isinstance(k, int)] for e in their_marked]
    assert all(element.Pg == ours.pages[1].obj for element in marked)
    links = [k for k in _descendants(root) if k.get("/Type") == "/OBJR"
             and k.Obj.objgen in {a.objgen for a in ours.pages[1].obj.Annots}]
    assert len(links) == 3 * 3 and all(k.Pg == ours.pages[1].obj for k in links)
    figures = [e for e in marked if e.S == "/Figure"]
    their_figures = [e for e in their_marked if e.S == "/Figure"]
    assert len(figures) == 3 and len(their_figures) == 3
    for ours_figure, their_figure in zip(figures, their_figures):  # to a fiftieth of a point
        assert [float(v) for v in ours_figure.A.BBox] == pytest.approx(
            [float(v) for v in their_figure.A.BBox], abs=0.02)
    # what the page draws restores each graphics state it saves
    operators = [str(i.operator) for i in pikepdf.parse_content_stream(ours.pages[1])]
    assert operators.count("q") == operators.count("Q")
    assert "Page 2 of 2" in _page_text(joined, 2) and "Page 1 of 1" not in _page_text(joined, 2)
    assert joined == _joined(parts, {}, page_number_stamps([(2, 2, "en")], DEFAULT_THEME, page))


def _see_also(words: int):
    """A one-page brief whose last paragraph, `words` words long, ends "see also that brief."
    linking to brief-0 with its page."""
    paragraph = d.Paragraph((d.Text("Word " * words + "see also "), d.Link(
        "#brief-0", (d.Text("that brief"),), page=True), d.Text(".")))
    doc = document(paragraph, title="Document 9")
    return replace(doc, meta=replace(doc.meta, anchor="brief-9"))


def test_a_page_reference_is_drawn_in_only_where_it_leaves_the_paragraph_its_lines(tmp_path):
    """render/pdf.py page_references draws a paragraph as a pack gives it ("that brief (p. 7)")
    only when it wraps as in the brief's own PDF ("that brief."): at some lengths the page
    given pushes the sentence's end onto a line of its own, and then the brief is laid out."""
    from briefgen.render.pdf import page_references
    targets = {"brief-0": Target("Document 0", 7), "brief-9": Target("Document 9", 8)}
    drawn = {words: page_references(_see_also(words), DEFAULT_THEME, Page(), targets)
             for words in range(1, 40)}
    assert {words for words, stamps in drawn.items() if stamps is None}  # some wrap otherwise
    words = min(words for words, stamps in drawn.items() if stamps is not None)
    own = pdf_bytes(_see_also(words), DEFAULT_THEME, Page()).data
    from briefgen.render.pdf_page_refs import draw_page_references
    with pikepdf.open(io.BytesIO(own)) as pdf:
        draw_page_references(pdf, drawn[words])
        pdf.save(tmp_path / "drawn-in.pdf")
    text = " ".join(_page_text((tmp_path / "drawn-in.pdf").read_bytes(), 1).split())
    assert "see also that brief (p. 7)." in text
    with pikepdf.open(tmp_path / "drawn-in.pdf") as pdf:
        links = [a for a in pdf.pages[0].obj.Annots if str(a.get("/Dest")) == "brief-0"]
        assert len(links) == 1 and str(links[0].Contents) == "Document 0"
    assert "see also that brief." in " ".join(_page_text(own, 1).split())


def _own_pages(tmp_path, name: str, data: bytes):
    import hashlib

    from briefgen.render.pdf_join import OwnPages
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    return OwnPages(path, hashlib.sha256(data).hexdigest(), "Partners")


def _plain_card(number: int):
    """A short fitted document without links (no sources, no web address)."""
    from briefgen.render.fit import fit
    doc = document(d.Paragraph((d.Text(f"Card {number} has no links."),)), title=f"Card {number}")
    return fit(replace(doc, meta=replace(doc.meta, outline="Partners")), DEFAULT_THEME, Page())


def test_cards_without_links_share_a_page_with_one_that_has_them(tmp_path):
    """The page of a card without links takes the links of the card folded into it; a card
    without links folded in adds none."""
    from briefgen.render.common import CARD_GAP_PT
    from briefgen.render.pdf import page_number_stamps
    from briefgen.render.pdf_join import Stacked
    page = Page()
    cards = [_plain_card(0), _cards(1)[0], _plain_card(2)]
    own = [_own_pages(tmp_path, f"card-{n}", pdf_bytes(replace(card, meta=replace(
        card.meta, outline=None, continues=False)), DEFAULT_THEME, page).data)
        for n, card in enumerate(cards)]
    linked_pdf = pikepdf.open(io.BytesIO(own[1].path.read_bytes()))
    linked = linked_pdf.pages[0].obj.Annots
    cover = document(d.Paragraph((d.Text("The pack's first page"),)), title="Cover")
    parts = [pdf_bytes(cover, DEFAULT_THEME, page, part=PartOf(1, 2, 1)).data,
             Stacked(tuple(own), tuple(card.layout.used_pt for card in cards), CARD_GAP_PT)]
    data = _joined(parts, {}, page_number_stamps([(2, 2, "en")], DEFAULT_THEME, page))
    joined = pikepdf.open(io.BytesIO(data))
    down = cards[0].layout.used_pt + CARD_GAP_PT
    assert len(linked) > 0
    assert [[round(float(v), 2) for v in a.Rect] for a in joined.pages[1].obj.Annots] == [
        [round(float(x1), 2), round(float(y1) - down, 2), round(float(x2), 2), round(float(y2) - down, 2)]
        for x1, y1, x2, y2 in (a.Rect for a in linked)]
    assert "Card 0" in _page_text(data, 2) and "Card 2" in _page_text(data, 2)


def test_a_brief_of_two_pages_is_never_folded_below_another(tmp_path):
    from briefgen.render.pdf_join import Stacked
    page = Page()
    first = _own_pages(tmp_path, "card", pdf_bytes(_plain_card(0), DEFAULT_THEME, page).data)
    second = _own_pages(tmp_path, "brief", pdf_bytes(_alone(1)[0], DEFAULT_THEME, page).data)
    parts = [pdf_bytes(document(d.Paragraph((d.Text("Cover"),)), title="Cover"), DEFAULT_THEME,
                       page, part=PartOf(1, 2, 1)).data,
             Stacked((first, second), (100.0, 100.0), 10.0)]
    with pytest.raises(RenderError) as raised:
        _joined(parts, {})
    assert str(raised.value) == "a brief bound below another has more than one page (build the pack again)"


def test_a_page_s_brief_ends_where_its_furniture_begins():
    """A brief's own page draws the brief, then its running head and foot (Pagination), then its
    number; a page without a running head and foot (a cover's) ends the brief at its number."""
    from briefgen.render.pdf import PAGE_NUMBER
    from briefgen.render.pdf_join import _body
    head = b"/Artifact <</Type /Pagination>> BDC (Head) Tj EMC\n"
    number = PAGE_NUMBER.encode() + b" (1) Tj EMC\n"
    assert _body(b"(Brief) Tj\n" + head + number) == (b"(Brief) Tj\n", head + number)
    assert _body(b"(Cover) Tj\n" + number) == (b"(Cover) Tj\n", number)
    with pytest.raises(RenderError) as raised:  # a page another program made
        _body(b"0 0 m 10 10 l S")
    assert str(raised.value) == ("a brief's own PDF has no page furniture to stack it by (made by "
                                 "another version of briefgen?) (build the pack again)")


@pytest.mark.parametrize("destination, moved", [
    (["page", "/XYZ", 40, 700.5, 0], ["host", "/XYZ", 40, 690.5, 0]),
    (["page", "/XYZ", 40, None, 0], ["host", "/XYZ", 40, None, 0]),  # null: the top kept
    (["page", "/XYZ", 40], ["host", "/XYZ", 40]),
    (["page", "/FitH", 700], ["host", "/FitH", 690]),
    (["page", "/FitBH", 700], ["host", "/FitBH", 690]),
    (["page", "/FitR", 40, 100, 200, 700], ["host", "/FitR", 40, 90, 200, 690]),
    (["page", "/Fit"], ["host", "/Fit"]),
    (["other", "/XYZ", 40, 700, 0], ["other", "/XYZ", 40, 700, 0]),  # another page's: as it is
])
def test_a_place_on_a_folded_page_is_the_same_place_on_the_host_page(destination, moved):
    from briefgen.render.pdf_join import _moved_destination
    pdf = pikepdf.new()
    for _ in range(3):
        pdf.add_blank_page()
    pages = dict(zip(("host", "page", "other"), pdf.pages))

    def array(values):
        return pikepdf.Array([pages[v].obj if v in pages else pikepdf.Name(v) if isinstance(v, str)
                              else v for v in values])

    def plain(values):
        return [next(k for k, p in pages.items() if p.obj.objgen == v.objgen)
                if isinstance(v, pikepdf.Dictionary) else str(v) if isinstance(v, pikepdf.Name)
                else None if v is None else float(v) for v in values]
    result = _moved_destination(array(destination), pages["page"], pages["host"], 10.0)
    assert plain(result) == plain(array(moved))


def test_a_named_destination_is_left_as_it_is():
    from briefgen.render.pdf_join import _moved_destination
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.add_blank_page()
    name = pikepdf.String("brief-2")
    assert _moved_destination(name, pdf.pages[1], pdf.pages[0], 10.0) is name


def test_a_whole_spilled_to_a_file_between_parts_is_written_with_the_same_bytes(tmp_path):
    """Every kind of part (laid out for the whole, a brief's own PDF from its file or from
    memory, briefs stacked on one page), joined with the whole written to a file and opened
    again before every part after the first two, gives the bytes joined in memory give: the
    same structure tree, outline, fonts kept once and page numbers."""
    import hashlib

    from briefgen.render.common import CARD_GAP_PT
    from briefgen.render.pdf import page_number_stamps
    from briefgen.render.pdf_join import OwnPages, Stacked
    docs, page, cards = _alone(), Page(), _cards()
    own = tmp_path / "document-1.pdf"
    own.write_bytes(pdf_bytes(replace(docs[1], meta=replace(docs[1].meta, outline=None)),
                              DEFAULT_THEME, page).data)
    stacked = _cards_apart(cards, tmp_path, page)
    total = 4 * PAGES + 1
    parts = [pdf_bytes(docs[0], DEFAULT_THEME, page, part=PartOf(1, total, 1)).data,
             OwnPages(own, hashlib.sha256(own.read_bytes()).hexdigest(), "Partners"),
             Stacked(tuple(stacked), tuple(card.layout.used_pt for card in cards), CARD_GAP_PT),
             OwnPages(None, "", "Appendix", data=own.read_bytes()),
             pdf_bytes(docs[2], DEFAULT_THEME, page, part=PartOf(total - 1, total, 4)).data]
    numbers = page_number_stamps([(n, total, "en") for n in range(3, 3 + 2 * PAGES + 1)],
                                 DEFAULT_THEME, page)
    in_memory = io.BytesIO()
    join_pdfs(parts, in_memory, {}, numbers)
    spilled = io.BytesIO()
    join_pdfs(parts, spilled, {}, numbers, spill_every=1)
    assert spilled.getvalue() == in_memory.getvalue()
    joined = spilled.getvalue()
    assert [_page_text(joined, n).count(f"Page {n} of {total}") for n in range(1, total + 1)] == \
        [1] * total
    assert ua_problems(joined) == []
    pdf = pikepdf.open(io.BytesIO(joined))
    assert "/BriefgenJoining" not in pdf.Root
    with pdf.open_outline() as outline:
        entries = [(item.title, [child.title for child in item.children]) for item in outline.root]
    assert entries == [("Document 0", []), ("Partners", ["Document 1"] + [
        f"Document {n}" for n in range(3)]), ("Appendix", ["Document 1"]), ("Partners", ["Document 2"])]
    fonts = {font.objgen: str(font.BaseFont) for p in pdf.pages for font in p.Resources.Font.values()}
    assert len(fonts) == len(set(fonts.values()))  # the parts' fonts kept once, spills or not
