"""The PDF renderer (reportlab platypus).

Fonts are embedded TrueType (Liberation Sans with fallbacks, see fonts.py; no base-14 fonts).
The title band, blocks, running header and footer ("Page 1 of 1", production date) come from
the document; page size and margins from the project's Page; reportlab's invariant mode makes
the bytes repeatable. Several documents can go into one PDF (a pack): each starts on a new page
(or, a card, below the one before) with its own outline entry.
"""

from __future__ import annotations

import dataclasses
import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import LinkAnnotation, PDFArray, PDFDictionary, PDFName, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Spacer

from briefgen import __version__
from briefgen import document as d
from briefgen.language import by_tag
from briefgen.language.editions import page_words
from briefgen.config import Page
from briefgen.errors import RenderError
from briefgen.outputs import atomic_path
from briefgen.render.common import CARD_GAP_PT, Target, cover_band, footer_text
from briefgen.render.fonts import register_fonts, seed_subsets, split_by_font
from briefgen.render.pdf_blocks import Paragraph, PdfBlocks, TitleBand, pdf_styles
from briefgen.render.pdf_markup import link_description, source_anchor, text_markup
from briefgen.render.pdf_standard import declare
from briefgen.render.pdf_tags import INLINE, Node, Tagger, artifact, artifact_marker, set_entry
from briefgen.render.style import MM, metrics
from briefgen.theme import Theme

HEADER_FROM_EDGE_MM = 7.0  # running header and footer sit this far from the page edge
# The page number is the one artifact of this kind on a page, drawn last: binding a brief's own
# page into a pack finds it there and numbers the page as the pack's (render/pdf_join.py).
PAGE_NUMBER = artifact_marker("Pagination", "Footer")


def page_size(page: Page) -> tuple[float, float]:
    return page.width_mm * MM, page.height_mm * MM


def frame_box(page: Page) -> tuple[float, float, float, float]:
    """(x, y, width, height) of the text frame, in points."""
    width, height = page_size(page)
    x, y = page.left * MM, page.bottom * MM
    return x, y, width - x - page.right * MM, height - y - page.top * MM


@dataclass(frozen=True)
class PartOf:
    """Where a part of a longer PDF, rendered on its own to be joined later, sits in the whole:
    its pages are numbered, and its documents' bookmarks named, as in the whole."""

    first_page: int  # the number of the part's first page in the whole
    total_pages: int  # pages of the whole
    first_document: int  # the number of the part's first document in the whole


@dataclass
class _Furniture:
    """Header and footer of the document on the current page (a pack switches documents)."""

    theme: Theme
    page: Page
    part: PartOf | None = None  # a part of a longer PDF: how to number its pages
    meta: d.Meta | None = None
    block_pages: dict[int, set[int]] = field(default_factory=dict)
    bare: set[int] = field(default_factory=set)  # pages of a cover: no header, footer or number
    space_left: dict[int, float] = field(default_factory=dict)  # page -> points free below content


class _MetaMarker(Flowable):
    """Invisible: tells the page furniture which document the following pages belong to."""

    def __init__(self, furniture: _Furniture, meta: d.Meta):
        super().__init__()
        self.furniture, self.meta = furniture, meta

    def wrap(self, availWidth, availHeight):  # noqa: N803
        return 0, 0

    def draw(self):
        self.furniture.meta = self.meta


class _NumberedCanvas(Canvas):
    """Defers page output so the footer can say 'Page 1 of N'; tags what it draws.

    A bookmark names the page being written when it is made, and no page is written until
    the end: each page's bookmarks are kept with it and made as it is written, or every
    outline entry would open the first page. The structure tree (pdf_tags.py) is written once
    every page is.
    """

    def __init__(self, *args, meta: d.Meta, standard: str = "pdfua", titles: dict[str, str] | None = None,
                 here: frozenset[str] | None = None, several: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        seed_subsets(self._doc)
        self.meta, self.standard = meta, standard  # what the document says about itself
        self.titles = titles or {}  # anchor -> title of the documents links may lead to
        self.here = self.titles.keys() if here is None else here  # those in this PDF (not another part)
        self.several = several  # documents (a pack): the outline is shown on opening
        self._pages: list[dict] = []
        self._bookmarks: list[tuple[str, dict]] = []  # made on the page being laid out
        self.tagger = Tagger()
        self.setNamedCB(INLINE, self.tagger.inline)  # where a citation starts and ends in a paragraph

    def _addAnnotation(self, annotation, name=None, addtopage=1):  # noqa: N802 - reportlab's name
        # a link's description is where it leads: a web address, or the document's title
        action = getattr(annotation, "dict", {}).get("A")
        if action is not None and "URI" in action and "Contents" not in annotation:
            annotation["Contents"] = action["URI"]
        destination = annotation.Destination.name if isinstance(annotation, LinkAnnotation) else None
        if destination is not None and not annotation.Contents:
            annotation.Contents = self.titles.get(destination) or link_description(destination)
        set_entry(annotation, "F", 4)  # printed with the page (PDF/A asks every annotation to say)
        super()._addAnnotation(annotation, name, addtopage)
        if addtopage:
            self.tagger.link(annotation, self._annotationrefs[-1], self._pageNumber, destination)

    def linkRect(self, contents, destinationname, Rect=None, addtopage=1, name=None,  # noqa: N802, N803
                 relative=1, **kw):
        if destinationname in self.here or destinationname not in self.titles:
            return super().linkRect(contents, destinationname, Rect, addtopage, name, relative, **kw)
        # a document of another part: the link names it; joining the parts gives it its page
        annotation = PDFDictionary({"Type": PDFName("Annot"), "Subtype": PDFName("Link"),
                                    "Rect": PDFArray(self._absRect(Rect, relative)),
                                    "Border": PDFArray([0, 0, 0]), "Dest": PDFString(destinationname),
                                    "Contents": PDFString(self.titles[destinationname])})
        return self._addAnnotation(annotation, name, addtopage)

    def _setAnnotations(self, page):  # noqa: N802 - reportlab's name: the page is being made
        super()._setAnnotations(page)
        page.__NoDefault__ = [*page.__NoDefault__, "StructParents", "Tabs"]
        page.StructParents = self._pageNumber - 1  # its key in the structure's ParentTree
        page.Tabs = PDFName("S")  # tab through links in structure order
        page.Trans = None  # reportlab's empty page transition dictionary says nothing

    def bookmarkPage(self, key, **kwargs):  # noqa: N802 - reportlab's name
        self._bookmarks.append((key, kwargs))

    def showPage(self):  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._bookmarks = []
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            for key, options in state["_bookmarks"]:
                super().bookmarkPage(key, **options)
            with self.tagger.artifact(self, "Pagination", "Footer"):  # PAGE_NUMBER
                _draw_page_number(self, total)
            super().showPage()
        self.tagger.write(self, total)
        declare(self, self.meta, self.standard)
        if self.several:
            self.showOutline()
        super().save()


def _draw_page_number(canvas: Canvas, total: int) -> None:
    furniture: _Furniture | None = getattr(canvas, "_briefgen_furniture", None)
    if furniture is None:
        return
    number, part = canvas.getPageNumber(), furniture.part
    if number in furniture.bare:
        return
    if part is not None:
        number, total = number + part.first_page - 1, part.total_pages
    _draw_number(canvas, number, total, furniture.meta.language if furniture.meta else None,
                 furniture.theme, furniture.page)


def _draw_number(canvas: Canvas, number: int, total: int, language: str | None, theme: Theme,
                 page: Page) -> None:
    """'Page 3 of 12', in the page's language, at the right of the footer."""
    before, between, after = page_words(language)
    _draw_right(canvas, f"{before}{number}{between}{total}{after}", theme,
                page_size(page)[0] - page.right * MM, HEADER_FROM_EDGE_MM * MM)


def page_number_stamps(numbers: Sequence[tuple[int, int, str | None]], theme: Theme,
                       page: Page) -> bytes:
    """A PDF of one page per (number, total, language), each showing only that page number,
    drawn as a brief's page draws its own: a pack binding a brief's own page numbers it with
    one of these (render/pdf_join.py)."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=page_size(page), invariant=1)
    seed_subsets(canvas._doc)
    for number, total, language in numbers:
        _draw_number(canvas, number, total, language, theme, page)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_right(canvas: Canvas, text: str, theme: Theme, right: float, y: float) -> None:
    """`text` in the muted colour, ending at `right`, each run in the font that has its
    glyphs."""
    size, runs = theme.small_size, split_by_font(text)
    if len(runs) == 1 and runs[0][1] is None:  # all in the body font
        canvas.setFont("LiberationSans", size)
        canvas.setFillColor(colors.HexColor(theme.muted))
        canvas.drawRightString(right, y, text)
        return
    canvas.setFillColor(colors.HexColor(theme.muted))
    runs = [(run, font or "LiberationSans") for run, font in runs]
    x = right - sum(pdfmetrics.stringWidth(run, font, size) for run, font in runs)
    for run, font in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, font, size)


def _draw_furniture(canvas: Canvas, doc: BaseDocTemplate) -> None:
    furniture: _Furniture = doc._briefgen_furniture  # type: ignore[attr-defined]
    canvas._briefgen_furniture = furniture  # type: ignore[attr-defined]
    meta = furniture.meta
    if meta is None:
        return
    if meta.cover:
        furniture.bare.add(canvas.getPageNumber())
        return
    theme, page = furniture.theme, furniture.page
    x, _, width, _ = frame_box(page)
    _, page_height = page_size(page)
    small = pdf_styles(theme, metrics(theme), by_tag(meta.language).cjk).small
    with artifact(canvas, "Pagination"):
        if meta.header:
            _draw_line(canvas, text_markup(meta.header), small, x,
                       page_height - HEADER_FROM_EDGE_MM * MM - small.fontSize, width)
        footer = footer_text(meta)
        if footer:
            _draw_line(canvas, text_markup(footer), small, x, HEADER_FROM_EDGE_MM * MM, width * 0.8)


def _draw_line(canvas: Canvas, markup: str, style, x: float, y: float, width: float) -> None:
    paragraph = Paragraph(markup, style)
    paragraph.wrapOn(canvas, width, 100)
    paragraph.drawOn(canvas, x, y)


class _BriefDoc(BaseDocTemplate):
    """Records on which page each block's flowables land (for fitting and overflow errors)."""

    def handle_flowable(self, flowables):
        if flowables:  # the flowable being laid out, to name its block if layout fails
            self._briefgen_current = flowables[0]
        return super().handle_flowable(flowables)

    def afterFlowable(self, flowable):  # noqa: N802 - reportlab's name
        index = getattr(flowable, "_briefgen_block", None)
        furniture: _Furniture = self._briefgen_furniture  # type: ignore[attr-defined]
        if index is None:
            index = getattr(self, "_briefgen_last_block", None)  # a split part of the last block
        if index is not None:
            self._briefgen_last_block = index
            furniture.block_pages.setdefault(index, set()).add(self.page)
        frame = getattr(self, "frame", None)
        if frame is not None:  # reportlab's current position and the frame's bottom
            free = frame._y - frame._y1p
            furniture.space_left[self.page] = min(free, furniture.space_left.get(self.page, free))


def story(doc: d.Document, theme: Theme, page: Page, *, furniture: _Furniture | None = None,
          bookmark: str | None = "doc-1", chart_cache: Path | None = None,
          anchors: frozenset[str] = frozenset(), pages: dict[str, int] | None = None) -> list[Flowable]:
    """The flowables of one document; each carries `_briefgen_block` = its block's index.
    `anchors`: the documents in the same PDF its links may lead to; `pages`: anchor -> the
    first page of the documents whose page a link may give."""
    register_fonts()
    sizes = metrics(theme, doc.layout)
    _, _, width, _ = frame_box(page)
    section = (Node("Sect"),)  # one per document: a pack's briefs are sections of the whole
    listed = [e.number for block in doc.blocks if isinstance(block, d.Sources) for e in block.entries]
    sources = {number: source_anchor(bookmark or "doc", number) for number in listed}
    blocks = PdfBlocks(theme, sizes, width, chart_cache, within=section, anchors=anchors, pages=pages,
                       sources=sources, cjk=by_tag(doc.meta.language).cjk)
    flowables: list[Flowable] = []
    if furniture is not None:
        flowables.append(_MetaMarker(furniture, doc.meta))
    flowables.append(TitleBand(doc.meta, blocks.styles, theme, sizes.band_pad, bookmark, section,
                               cover_band(sizes) if doc.meta.cover else None))
    for index, block in enumerate(doc.blocks):
        for flowable in blocks.flowables(block):
            flowable._briefgen_block = index  # type: ignore[attr-defined]
            flowable._briefgen_source = block  # type: ignore[attr-defined]
            flowables.append(flowable)
    return flowables


def _doc_template(target, documents: Sequence[d.Document], theme: Theme, page: Page) -> _BriefDoc:
    first = documents[0].meta
    x, y, width, height = frame_box(page)
    frame = Frame(x, y, width, height, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    template = _BriefDoc(
        target, pagesize=page_size(page), leftMargin=x, rightMargin=page.right * MM,
        topMargin=page.top * MM, bottomMargin=y, title=first.title, author=first.author or "",
        subject=first.subject or first.subtitle or "", keywords=list(first.keywords),
        creator=f"briefgen {__version__}", producer=f"briefgen {__version__}", lang=first.language,
        invariant=1, displayDocTitle=1, initialFontName="LiberationSans")
    template.addPageTemplates([PageTemplate("page", [frame], onPageEnd=_draw_furniture)])
    template._briefgen_furniture = _Furniture(theme, page)  # type: ignore[attr-defined]
    return template


@dataclass(frozen=True)
class Laid:
    """A PDF laid out in memory, with what fitting needs to judge it."""

    data: bytes
    pages: int
    block_pages: dict[int, set[int]]  # block index (first document) -> pages it lands on
    space_left: dict[int, float]  # page -> share of the frame height left free below the content


def pdf_bytes(documents: d.Document | Sequence[d.Document], theme: Theme, page: Page, *,
              chart_cache: Path | None = None, part: PartOf | None = None,
              targets: dict[str, Target] | None = None) -> Laid:
    """Render to bytes in memory, noting where each block landed. With `part`, the documents
    are that part of a longer PDF (see pdf_join.py). `targets`: the documents of the whole that
    links may lead to, with the page each starts on ("see also that brief (p. 14)"); a link to
    one in another part names it, and joining the parts makes it lead to its page. The PDF is
    made to `page.pdf_standard`."""
    docs = [documents] if isinstance(documents, d.Document) else list(documents)
    if not docs:
        raise RenderError("nothing to render: no documents")
    buffer = io.BytesIO()
    template = _doc_template(buffer, docs, theme, page)
    furniture = template._briefgen_furniture  # type: ignore[attr-defined]
    furniture.part = part
    flowables: list[Flowable] = []
    here = {doc.meta.anchor: doc.meta.title for doc in docs if doc.meta.anchor}
    titles = {**{anchor: t.title for anchor, t in (targets or {}).items()}, **here}
    pages = {anchor: t.page for anchor, t in (targets or {}).items()}
    for number, doc in enumerate(docs, part.first_document if part else 1):
        if flowables:  # a card continues the page it follows, below a gap
            flowables.append(Spacer(0, CARD_GAP_PT) if doc.meta.continues else PageBreak())
        flowables += story(doc, theme, page, furniture=furniture, bookmark=f"doc-{number}",
                           chart_cache=chart_cache, anchors=frozenset(titles), pages=pages)
    try:
        template.build(flowables, canvasmaker=functools.partial(
            _NumberedCanvas, meta=docs[0].meta, standard=page.pdf_standard, titles=titles,
            here=frozenset(here), several=len(docs) > 1 or part is not None))
    except Exception as exc:  # reportlab reports layout failures as plain exceptions
        raise _layout_error(exc, template) from exc
    height = frame_box(page)[3]
    return Laid(buffer.getvalue(), template.page, furniture.block_pages,
                {p: free / height for p, free in furniture.space_left.items()})


def _layout_error(exc: Exception, template: _BriefDoc) -> RenderError:
    """Name the block that could not be laid out, and where the template writes it."""
    from reportlab.platypus.doctemplate import LayoutError
    block = getattr(getattr(template, "_briefgen_current", None), "_briefgen_source", None)
    origin = getattr(block, "origin", None)
    what = d.describe(dataclasses.replace(block, origin=None)) if origin else (
        d.describe(block) if block is not None else "a block")
    if isinstance(exc, LayoutError):
        return RenderError(f"{what} is taller than a page and cannot be split",
                           path=origin.path if origin else None,
                           line=origin.line if origin else None,
                           hint="shorten its text or break up very long words; a table cell, "
                                "note or key figure must fit on one page")
    return RenderError(f"cannot lay out the PDF ({what}): {type(exc).__name__}: {exc}",
                       path=origin.path if origin else None, line=origin.line if origin else None)


def write_pdf(data: bytes, path: str | Path) -> None:
    """Write PDF bytes atomically (no partial file on error)."""
    with atomic_path(Path(path)) as temp:
        temp.write_bytes(data)


def render_pdf(documents: d.Document | Sequence[d.Document], path: str | Path, theme: Theme,
               page: Page = Page(), *, chart_cache: Path | None = None) -> int:
    """Write the PDF atomically (no partial file on error); returns the number of pages."""
    laid = pdf_bytes(documents, theme, page, chart_cache=chart_cache)
    write_pdf(laid.data, path)
    return laid.pages


def page_references(doc: d.Document, theme: Theme, page: Page, targets: dict[str, Target], *,
                    chart_cache: Path | None = None) -> bytes | None:
    """The paragraphs of `doc` that its own PDF marks LINKS_ELSEWHERE, as a pack of `targets`
    draws them ("see also that brief (p. 7)", a link), one a page, each drawn at the origin and
    tagged: a pack binds the brief's own page with these in their place
    (render/pdf_page_refs.py) instead of laying the brief out again. None when one of them
    takes other lines than in the brief's own PDF (the page given makes it wrap otherwise) or
    holds a citation (marked content of its own), or a block other than a paragraph links to
    another document (a list, a table: drawn otherwise in the pack, and not marked)."""
    register_fonts()
    sizes, width = metrics(theme, doc.layout), frame_box(page)[2]
    own = {doc.meta.anchor: doc.meta.title} if doc.meta.anchor else {}
    titles = {**{anchor: t.title for anchor, t in targets.items()}, **own}
    cjk = by_tag(doc.meta.language).cjk
    alone = PdfBlocks(theme, sizes, width, chart_cache, anchors=frozenset(own), cjk=cjk)
    bound = PdfBlocks(theme, sizes, width, chart_cache, within=(Node("Sect"),),
                      anchors=frozenset(titles), pages={a: t.page for a, t in targets.items()},
                      cjk=cjk)
    buffer = io.BytesIO()
    canvas = _NumberedCanvas(buffer, pagesize=page_size(page), invariant=1, meta=doc.meta,
                             standard=page.pdf_standard, titles=titles, here=frozenset(own),
                             initialFontName="LiberationSans")
    drawn = 0
    for block in doc.blocks:
        if not isinstance(block, d.Paragraph):
            if d.linked_documents(block) - own.keys():
                return None
            continue
        if not alone.inline.links_elsewhere(block.children):
            continue
        if _cites(block.children):
            return None
        (before,), (after,) = alone.flowables(block), bound.flowables(block)
        if before.wrap(width, page_size(page)[1])[1] != after.wrap(width, page_size(page)[1])[1]:
            return None
        after.drawOn(canvas, 0, 0)
        canvas.showPage()
        drawn += 1
    if not drawn:
        return None
    canvas.save()
    return buffer.getvalue()


def _cites(inlines) -> bool:
    return any(isinstance(node, d.CitationRef) or _cites(getattr(node, "children", ()))
               for node in inlines)
