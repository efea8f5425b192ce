"""The DOCX renderer (python-docx), starting from a reference document's styles.

Real Word styles throughout (Title, Heading 1/2, List Bullet/Number, Caption, Key Figure …, see
docx_styles.py), page size and margins from the project's Page, a header, a footer with the
production date and PAGE / NUMPAGES fields, working hyperlinks, pictures with alt text. Sizes and
spacing come from render/style.py, as in the PDF, so one page in the PDF is one page in Word
and LibreOffice. Fixed document properties and zip timestamps make the bytes repeatable.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.image.image import Image
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from docx.oxml.table import CT_Tbl
from docx.parts.image import ImagePart
from docx.shape import InlineShape
from docx.shared import Length, Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from reportlab.lib.utils import ImageReader

from briefgen import document as d
from briefgen.compose.templates import clean_text
from briefgen.config import Page
from briefgen.errors import RenderError
from briefgen.outputs import write_bytes
from briefgen.render import docx_xml as x
from briefgen.render.common import (citation_label, footer_text, image_box, keep_amounts_together,
                                    panel_value_size, picture_carries_text, source_groups,
                                    table_widths)
from briefgen.render.docx_splice import Splicer
from briefgen.render.docx_styles import apply_looks, apply_theme, key_figure_look, paragraph_looks
from briefgen.render.pdf import HEADER_FROM_EDGE_MM
from briefgen.render.style import MM, Metrics, key_figure_rows, metrics
from briefgen.theme import Theme

_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, None: None}


class Body:
    """The document's body as a place to add paragraphs and tables, before its closing sectPr.

    python-docx finds that sectPr by scanning the body (and its add_table reads every section)
    for each paragraph and table it adds: linear in the document's length, so binding a pack of
    a thousand briefs took quadratic time. Here the sectPr is found once.
    """

    def __init__(self, document, width: float):
        self.parent = document._body  # what paragraphs and tables belong to (their part)
        self.end = document.element.body.sectPr
        self.width = Pt(width)

    def _insert(self, element):
        if self.end is None:
            self.parent._element.append(element)
        else:
            self.end.addprevious(element)
        return element

    def add_paragraph(self, style: str | None = None) -> Paragraph:
        paragraph = Paragraph(self._insert(OxmlElement("w:p")), self.parent)
        if style is not None:
            _set_style(paragraph, style)
        return paragraph

    def add_table(self, rows: int, cols: int) -> Table:
        return Table(self._insert(CT_Tbl.new_tbl(rows, cols, self.width)), self.parent)


class Pictures:
    """The pictures of one python-docx document: each file stored once, shape ids counted here.

    python-docx's add_picture hashes every image already stored and searches the whole document
    for a free shape id, for each new picture: quadratic in a pack with a chart per brief.
    """

    def __init__(self, document):
        self.part = document.part
        self.ids = itertools.count(self.part.next_id)  # the one search of the document
        self.stored = self.part.package.image_parts
        self.numbers = itertools.count(max((p.partname.idx or 0 for p in self.stored), default=0) + 1)
        self.by_key: dict[str, tuple[str, Image]] = {}  # file path or content hash -> stored

    def inline(self, path: str, width: Length, height: Length) -> InlineShape:
        rel_id, image = self._stored(path, lambda: Image.from_file(path))
        cx, cy = image.scaled_dimensions(width, height)
        return InlineShape(CT_Inline.new_pic_inline(self.next_shape_id(), rel_id, image.filename, cx, cy))

    def relate(self, blob: bytes) -> str:
        """The relationship id of a picture given as bytes (a spliced brief's)."""
        return self._stored(hashlib.sha256(blob).hexdigest(), lambda: Image.from_blob(blob))[0]

    def next_shape_id(self) -> int:
        return next(self.ids)

    def _stored(self, key: str, load) -> tuple[str, Image]:
        if key not in self.by_key:
            image = load()
            number = next(self.numbers)
            while f"rIdPicture{number}" in self.part.rels:  # only if a reference document used it
                number = next(self.numbers)
            part = ImagePart.from_image(image, PackURI(f"/word/media/image{number}.{image.ext}"))
            self.stored.append(part)  # so python-docx itself never reuses its name
            rel_id = f"rIdPicture{number}"  # a new name, not relate_to's search of every relation
            self.part.rels.add_relationship(RT.IMAGE, part, rel_id)
            self.by_key[key] = (rel_id, image)
        return self.by_key[key]


class DocxWriter:
    """Writes blocks into a python-docx document (or into a table cell, for callouts)."""

    def __init__(self, document, theme: Theme, sizes: Metrics, width: float, chart_cache: Path | None,
                 body: Body, pictures: Pictures):
        self.document, self.theme, self.sizes, self.width = document, theme, sizes, width
        self.chart_cache, self.pictures = chart_cache, pictures
        self.target = body  # where paragraphs and tables go: the body or a cell

    # --- dispatch -------------------------------------------------------------------------

    def block(self, block: d.Block) -> None:
        handler = getattr(self, f"_{type(block).__name__}", None)
        if handler is None:
            where = f" ({block.origin})" if getattr(block, "origin", None) else ""
            raise RenderError(f"the DOCX renderer has no handler for {type(block).__name__}{where}")
        handler(block)

    # --- inline content -------------------------------------------------------------------

    def runs(self, paragraph, inlines: d.Inlines, *, container=None, bold=False, italic=False,
             style: str | None = None) -> None:
        for node in inlines:
            if isinstance(node, d.Text):
                self._run(paragraph, clean_text(node.text), container, bold, italic, style)
            elif isinstance(node, d.Strong):
                self.runs(paragraph, node.children, container=container, bold=True, italic=italic, style=style)
            elif isinstance(node, d.Emphasis):
                self.runs(paragraph, node.children, container=container, bold=bold, italic=True, style=style)
            elif isinstance(node, d.Link):
                link = x.add_hyperlink(paragraph, clean_text(node.href))
                self.runs(paragraph, node.children, container=link, bold=bold, italic=italic, style="Hyperlink")
            elif isinstance(node, d.CitationRef):
                self._run(paragraph, citation_label((node.number,)), container, False, False, "Citation")
            elif isinstance(node, d.LineBreak):
                self._run(paragraph, "", container, bold, italic, style).add_break()
            else:
                raise RenderError(f"the DOCX renderer has no handler for inline node {type(node).__name__}")

    def _run(self, paragraph, text: str, container, bold: bool, italic: bool, style: str | None):
        # built as XML directly: python-docx's add_run, bold and italic cost four times as much
        style_id = paragraph.part.get_style_id(style, WD_STYLE_TYPE.CHARACTER) if style else None
        element = x.run_element(text, style_id, bold, italic)
        if element is None:
            run = paragraph.add_run(text, style=style)
            run.bold, run.italic = bold or None, italic or None
            element = run._r
        (container if container is not None else paragraph._p).append(element)
        return Run(element, paragraph)

    def paragraph(self, style: str, inlines: d.Inlines = (), text: str | None = None):
        paragraph = self.target.add_paragraph(style=style)
        if text is not None:
            self._run(paragraph, clean_text(text), None, False, False, None)
        self.runs(paragraph, inlines)
        return paragraph

    def gap(self, points: float) -> None:
        """An empty paragraph exactly `points` high (the PDF's space after a table)."""
        paragraph = self.target.add_paragraph(style="Normal")
        fmt = paragraph.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing, fmt.line_spacing_rule = Pt(max(points, 1)), WD_LINE_SPACING.EXACTLY
        paragraph.add_run().font.size = Pt(1)

    def table(self, rows: int, columns: int, widths: list[float], style: str):
        table = self.target.add_table(rows=rows, cols=columns)
        table._tbl.tblPr.style = self.document.part.get_style_id(style, WD_STYLE_TYPE.TABLE)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        x.fixed_table(table, widths)
        return table

    # --- blocks ---------------------------------------------------------------------------

    def title_band(self, meta: d.Meta) -> None:
        cell = self.table(1, 1, [self.width], "Title Band").cell(0, 0)
        x.shade_cell(cell, self.theme.primary)
        x.cell_borders(cell, top=None, left=None, right=None, bottom=(2, self.theme.accent))
        pad = self.sizes.band_pad
        x.cell_margins(cell, pad, pad, pad, pad)
        title = cell.paragraphs[0]
        _set_style(title, "Title")
        self._run(title, clean_text(meta.title), None, False, False, None)
        if meta.subtitle:
            self._run(_styled(cell.add_paragraph(), "Subtitle"), clean_text(meta.subtitle), None, False, False, None)
        self.gap(8)

    def _Heading(self, block: d.Heading) -> None:
        self.paragraph(f"Heading {min(block.level, 3)}", block.children)

    def _Paragraph(self, block: d.Paragraph) -> None:
        self.paragraph("Normal", block.children)

    def _list(self, style: str, items: tuple[d.Inlines, ...], num_id: int | None = None) -> None:
        s = self.sizes
        for number, item in enumerate(items):
            paragraph = self.paragraph(style, item)
            fmt = paragraph.paragraph_format
            fmt.left_indent, fmt.first_line_indent = Pt(s.list_indent), Pt(-s.list_indent * 0.75)
            if num_id is not None:
                x.set_num_id(paragraph, num_id)
            if number == len(items) - 1:
                fmt.space_after = Pt(s.para_after)

    def _BulletList(self, block: d.BulletList) -> None:
        self._list("List Bullet", block.items)

    def _OrderedList(self, block: d.OrderedList) -> None:
        num_id = x.restart_numbering(self.document, self.document.styles["List Number"], block.start)
        self._list("List Number", block.items, num_id)

    def _KeyFigures(self, block: d.KeyFigures) -> None:
        layout = key_figure_rows(len(block.items))
        columns = max(layout) if layout else 1
        table = self.table(len(layout), columns, [self.width / columns] * columns, "Key Figures")
        size = panel_value_size(block, self.width, columns, self.sizes)
        items = iter(block.items)
        for r, count in enumerate(layout):
            for c in range(columns):
                self._key_figure_cell(table.cell(r, c), next(items) if c < count else None, r, c,
                                      (len(layout), columns), size)
        self.gap(self.sizes.para_after + 2)

    def _key_figure_cell(self, cell, figure: d.KeyFigure | None, row: int, column: int, shape,
                         size: float) -> None:
        pad, white = self.sizes.cell_pad, "#FFFFFF"
        x.shade_cell(cell, self.theme.panel)
        x.cell_borders(cell, top=(2, self.theme.primary) if row == 0 else None, left=None,
                       right=(1.5, white) if column < shape[1] - 1 else None,
                       bottom=(1.5, white) if row < shape[0] - 1 else None)
        x.cell_margins(cell, pad + 1, pad, pad + 1, pad + 2)
        first = cell.paragraphs[0]
        if figure is None:
            return
        _set_style(first, "Key Figure")
        self._run(first, keep_amounts_together(clean_text(figure.value)), None, False, False, None)
        if size != self.sizes.figure:  # stepped down so no amount breaks (as in the PDF)
            apply_looks([first._p], {"Key Figure": key_figure_look(self.theme, size)},
                        {first._p.style: "Key Figure"})
        self._run(_styled(cell.add_paragraph(), "Key Figure Label"), clean_text(figure.label), None, False, False, None)
        if figure.as_of or figure.citations:
            note = _styled(cell.add_paragraph(), "Key Figure Note")
            self._run(note, clean_text(figure.as_of or ""), None, False, False, None)
            self._run(note, citation_label(figure.citations), None, False, False, "Citation")

    def _Table(self, block: d.Table) -> None:
        if block.caption:
            self.paragraph("Caption", block.caption)
        align = list(block.align) + [None] * (len(block.header) - len(block.align))
        table = self.table(1 + len(block.rows), len(block.header), table_widths(block, self.width),
                           "Data Table")
        for r, (cells, row) in enumerate(zip(table.rows, [block.header, *block.rows])):
            for c, (cell, content) in enumerate(zip(cells.cells, row[:len(block.header)])):
                self._table_cell(cell, content, r == 0, align[c])  # table.cell(r, c) is O(size)
        self.gap(self.sizes.para_after + 1)

    def _table_cell(self, cell, content: d.Inlines, header: bool, align: str | None) -> None:
        pad = self.sizes.cell_pad * 0.6
        rule = (0.8, self.theme.primary) if header else (0.4, self.theme.rule)
        x.cell_borders(cell, top=None, left=None, right=None, bottom=rule)
        x.cell_margins(cell, pad, 4, pad + 0.5, 2)
        paragraph = cell.paragraphs[0]
        _set_style(paragraph, "Table Header" if header else "Table Text")
        paragraph.alignment = _ALIGN[align]
        self.runs(paragraph, content)

    def _Figure(self, block: d.Figure) -> None:
        if block.caption:
            self.paragraph("Caption", text=block.caption).paragraph_format.keep_with_next = True
        if block.subtitle:
            self.paragraph("Figure Subtitle", text=block.subtitle).paragraph_format.keep_with_next = True
        path = self._picture_file(block)
        width, height = image_box(ImageReader(str(path)).getSize(), (self.width, block.height_mm * MM))
        holder = self.target.add_paragraph(style="Normal")
        holder.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE  # room for the picture
        holder.paragraph_format.space_after = Pt(0 if block.source else self.sizes.para_after)
        picture = self.pictures.inline(str(path), Pt(width), Pt(height))
        holder.add_run()._r.add_drawing(picture._inline)
        x.describe_picture(picture, clean_text(block.alt), block.caption)
        if block.source:
            note = self.paragraph("Source Note", text=block.source)
            note.paragraph_format.space_after = Pt(self.sizes.para_after)
            self._run(note, citation_label(block.citations), None, False, False, "Citation")

    def _picture_file(self, block: d.Figure) -> Path:
        if block.chart is None:
            return Path(str(block.image))
        from briefgen import charts
        return charts.draw(block.chart, self.theme, "png", width_cm=self.width / MM / 10,
                           height_cm=block.height_mm / 10, cache_dir=self.chart_cache,
                           with_text=picture_carries_text(block))

    def _Callout(self, block: d.Callout) -> None:
        cell = self.table(1, 1, [self.width], "Callout Box").cell(0, 0)
        pad = self.sizes.cell_pad
        bar = self.theme.accent if block.kind == "warning" else self.theme.primary
        x.shade_cell(cell, self.theme.panel)
        x.cell_borders(cell, top=None, right=None, bottom=None, left=(2.5, bar))
        x.cell_margins(cell, pad, pad, pad, pad + 3)
        outer, self.target = self.target, cell
        try:
            if block.title:
                self.paragraph("Callout Title", text=block.title)
            for child in block.children:
                self.block(child)
        finally:
            self.target = outer
        _drop_first_empty(cell)
        cell.paragraphs[-1].paragraph_format.space_after = Pt(0)
        self.gap(self.sizes.para_after + 1)

    def _Sources(self, block: d.Sources) -> None:
        label = self.paragraph("Source Note")
        x.paragraph_border(label._p.get_or_add_pPr(), "top", 0.5, self.theme.rule, 2)
        label.paragraph_format.space_before = Pt(3)
        label.paragraph_format.keep_with_next = True
        self._run(label, clean_text(block.title), None, True, False, None)
        for heading, entries in source_groups(block.entries):
            paragraph = self.paragraph("Source Entry", text=heading)
            fmt = paragraph.paragraph_format
            fmt.left_indent, fmt.first_line_indent = Pt(10), Pt(-10)
            for entry in entries:
                self._run(paragraph, f" [{entry.number}]", None, True, False, None)
                quote = f"\u00a0\u201c{clean_text(entry.quote)}\u201d" if entry.quote else ""
                self._run(paragraph, quote, None, False, False, None)

    def _PageBreak(self, block: d.PageBreak) -> None:
        self.target.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _Spacer(self, block: d.Spacer) -> None:
        self.gap(block.height_pt)


def _drop_first_empty(cell) -> None:
    """python-docx gives a new cell one empty paragraph; drop it when other content follows."""
    first = cell.paragraphs[0]
    if len(cell._tc.xpath("./w:p | ./w:tbl")) > 1 and not first.text and not first.runs:
        first._p.getparent().remove(first._p)


# --- the document ------------------------------------------------------------------------


def _open_reference(reference: str | Path | None, theme: Theme, sizes: Metrics):
    """A new python-docx Document from the reference document, its styles set from the theme."""
    stamp = None
    if reference is not None:
        try:
            stamp = Path(reference).stat().st_mtime_ns
        except OSError as exc:
            raise RenderError(f"cannot open the reference document: {exc.strerror}",
                              path=_shown(reference), hint="check templates/reference.docx") from None
    return docx.Document(io.BytesIO(_prepared_reference(reference and str(reference), stamp,
                                                        theme, sizes)))


def _shown(path: str | Path) -> str:
    """A path as messages show it: relative to the current folder when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


@functools.lru_cache(maxsize=8)
def _prepared_reference(reference: str | None, stamp: int | None, theme: Theme,
                        sizes: Metrics) -> bytes:
    """The reference document emptied and themed, once per process (styling it is slow)."""
    if reference is None:
        document = docx.Document()
    else:
        try:
            document = docx.Document(reference)
        except Exception:
            raise RenderError("cannot open the reference document: it is not a readable Word "
                              "(.docx) file", path=_shown(reference),
                              hint="restore it with `python -m briefgen.render.reference "
                                   "templates/reference.docx`, or remove it to use the "
                                   "built-in styles") from None
    body = document.element.body
    for child in list(body):  # keep the styles and the section, not any sample text
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    apply_theme(document, theme, sizes)
    x.slim(document)
    return x.repeatable_bytes(document)


_STYLE_IDS: dict[tuple, str | None] = {}  # (reference, style name, type) -> style id


def _remember_style_ids(document, reference: str | Path | None) -> None:
    """Look each style name up once per reference document and process.

    python-docx resolves a style name on every paragraph by scanning all styles twice; with
    thousands of paragraphs in a pack that scan was the DOCX renderer's biggest cost. Every
    document made from one reference has the same styles (apply_theme adds the same ones).
    """
    part = document.part
    lookup = part.get_style_id

    def get_style_id(style, style_type):
        if style is None:
            return None
        key = (str(reference), style if isinstance(style, str) else style.name, style_type)
        if key not in _STYLE_IDS:
            _STYLE_IDS[key] = lookup(style, style_type)
        return _STYLE_IDS[key]
    part.get_style_id = get_style_id


def _setup_section(document, meta: d.Meta, page: Page, theme: Theme, width: float) -> None:
    if document.element.body.sectPr is None:
        raise RenderError("the reference document has no page settings (section properties)",
                          hint="make it again with `python -m briefgen.render.reference "
                               "templates/reference.docx`")
    section = document.sections[0]
    section.page_width, section.page_height = Mm(page.width_mm), Mm(page.height_mm)
    section.top_margin, section.bottom_margin = Mm(page.top), Mm(page.bottom)
    section.left_margin, section.right_margin = Mm(page.left), Mm(page.right)
    section.header_distance = section.footer_distance = Mm(HEADER_FROM_EDGE_MM)
    header = section.header.paragraphs[0]
    header.style = document.styles["Header"]
    header.text = clean_text(meta.header or "")
    footer = section.footer.paragraphs[0]
    footer.style = document.styles["Footer"]
    footer.paragraph_format.tab_stops.clear_all()
    footer.paragraph_format.tab_stops.add_tab_stop(Pt(width), WD_TAB_ALIGNMENT.RIGHT)
    footer.add_run(clean_text(footer_text(meta)) + "\tPage ")
    x.add_field(footer, "PAGE")
    footer.add_run(" of ")
    x.add_field(footer, "NUMPAGES")


def _set_properties(document, meta: d.Meta) -> None:
    props = document.core_properties
    props.title, props.subject = _property(meta.title), _property(meta.subject or meta.subtitle)
    props.author, props.keywords = _property(meta.author), _property(", ".join(meta.keywords))
    props.language, props.comments, props.category = meta.language, "", ""
    props.last_modified_by, props.revision = "briefgen", 1
    produced = dt.datetime.fromisoformat(meta.produced) if meta.produced else dt.datetime(2000, 1, 1)
    props.created = props.modified = produced


def _set_style(paragraph, name: str) -> None:
    """paragraph.style = name, through the style ids looked up once (see _remember_style_ids)."""
    x.set_paragraph_style(paragraph._p, paragraph.part.get_style_id(name, WD_STYLE_TYPE.PARAGRAPH))


def _styled(paragraph, name: str):
    _set_style(paragraph, name)
    return paragraph


def _property(text: str | None) -> str:
    """Text fit for a core property: Word stores at most 255 characters."""
    text = clean_text(text or "")
    return text if len(text) <= 255 else text[:254] + "…"


@dataclass(frozen=True)
class Rendered:
    """A document with the DOCX file rendered from it already (by this renderer, with the same
    theme, page and reference): binding moves that file's body across instead of writing the
    document's blocks again (see docx_splice.py)."""

    document: d.Document
    docx: Path
    sha256: str | None = None  # the file as rendered; a file that differs is not used


def docx_document(documents: d.Document | Rendered | Sequence[d.Document | Rendered], theme: Theme,
                  page: Page = Page(), *, reference: str | Path | None = None,
                  chart_cache: Path | None = None, spool: bool = False):
    """The python-docx Document for one document (or several, each from a new page). With
    `spool`, (Document, BodySpool): each document's body goes to the spool once written."""
    items = [documents] if isinstance(documents, (d.Document, Rendered)) else list(documents)
    if not items:
        raise RenderError("nothing to render: no documents")
    docs = [item.document if isinstance(item, Rendered) else item for item in items]
    document = _open_reference(reference, theme, metrics(theme, docs[0].layout))
    _remember_style_ids(document, reference)
    width = (page.width_mm - page.left - page.right) * MM
    _setup_section(document, docs[0].meta, page, theme, width)
    _set_properties(document, docs[0].meta)
    styled = paragraph_looks(theme, metrics(theme, docs[0].layout))  # what the styles hold
    body, pictures, names = Body(document, width), Pictures(document), None
    splicer = Splicer(document, body, pictures)
    spooled = x.BodySpool(document) if spool else None
    for number, (item, doc) in enumerate(zip(items, docs)):
        sizes = metrics(theme, doc.layout)
        writer = DocxWriter(document, theme, sizes, width, chart_cache, body, pictures)
        if number:
            writer._PageBreak(d.PageBreak())
        before = body.add_paragraph()  # a marker: this document's blocks follow it
        if not (isinstance(item, Rendered) and splicer.splice(item.docx, item.sha256)):
            writer.title_band(doc.meta)
            for block in doc.blocks:
                writer.block(block)
        own = {name: look for name, look in paragraph_looks(theme, sizes).items() if look != styled[name]}
        if own:  # bound with documents at another type size: this one's sizes go on directly
            names = names or {style.style_id: style.name for style in document.styles}
            apply_looks(_after(before._p, body.end), own, names)
        before._p.getparent().remove(before._p)
        if spooled is not None:
            spooled.take([e for e in document.element.body if e is not body.end])
    return (document, spooled) if spool else document


def _after(marker, end) -> list:
    """The body's elements from the one after `marker` up to (not including) `end`."""
    elements = []
    for element in marker.itersiblings():
        if element is end:
            break
        elements.append(element)
    return elements


def docx_bytes(documents: d.Document | Rendered | Sequence[d.Document | Rendered], theme: Theme, page: Page = Page(), *,
               reference: str | Path | None = None, chart_cache: Path | None = None) -> bytes:
    """The .docx file's bytes (repeatable: fixed timestamps and properties). Several documents
    (a pack) are spooled to a temporary file as they are written, not held in memory whole."""
    several = not isinstance(documents, (d.Document, Rendered))
    made = docx_document(documents, theme, page, reference=reference, chart_cache=chart_cache,
                         spool=several)
    if not several:
        return x.repeatable_bytes(made)
    document, spool = made
    try:
        return x.repeatable_bytes(document, spool)
    finally:
        spool.file.close()


def render_docx(documents: d.Document | Sequence[d.Document], path: str | Path, theme: Theme,
                page: Page = Page(), *, reference: str | Path | None = None,
                chart_cache: Path | None = None) -> None:
    """Write the DOCX atomically (no partial file on error)."""
    write_bytes(Path(path), docx_bytes(documents, theme, page, reference=reference,
                                       chart_cache=chart_cache))
