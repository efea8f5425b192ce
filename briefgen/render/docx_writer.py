"""The DOCX renderer's blocks: each document-model block as Word paragraphs, tables and pictures.

Real Word styles throughout (Title, Heading 1/2, List Bullet/Number, Caption, Key Figure …, see
docx_styles.py); sizes and spacing from render/style.py, as in the PDF, so one page in the PDF
is one page in Word and LibreOffice.
"""

from __future__ import annotations

import copy
from pathlib import Path

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_ALIGN_VERTICAL, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from reportlab.lib.utils import ImageReader

from briefgen import document as d
from briefgen.errors import RenderError
from briefgen.render import docx_xml as x
from briefgen.render.common import (NO_BREAK, SOURCE_SEPARATOR, Target, cited_places,
                                    citation_label, cover_band, image_box,
                                    keep_amounts_together, number_ranges, panel_value_size,
                                    picture_carries_text, place_text, source_groups, table_widths)
from briefgen.render.docx_body import Body, Pictures, set_style, styled
from briefgen.render.docx_styles import apply_looks, key_figure_look
from briefgen.render.style import MM, Metrics, key_figure_rows
from briefgen.text import clean_text
from briefgen.theme import Theme

_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, None: None}
PARAGRAPH_STYLE = {"standfirst": "Standfirst", "note": "Note"}  # a paragraph's role -> its style
_TC_WIDTH = qn("w:tcW")

_FRAMES: dict[tuple, object] = {}  # what _framed made once, by all it was made from
FRAMES_KEPT = 64  # far more than a pack's briefs share (their key figures' rows, gaps, band)


def _framed(key: tuple, make):
    """A copy of the element `make()` returns, made once per process for the same `key`, which
    names everything the element is made from (sizes, colours, style ids). Copying a brief's
    key figures' table, its title band or a gap, with their cells' shading, borders and margins
    already set, is a small fraction of making them through python-docx again each time."""
    element = _FRAMES.get(key)
    if element is None:
        if len(_FRAMES) >= FRAMES_KEPT:
            _FRAMES.clear()
        element = _FRAMES[key] = make()
    return copy.deepcopy(element)



class DocxWriter:
    """Writes blocks into a python-docx document (or into a table cell, for callouts)."""

    def __init__(self, document, theme: Theme, sizes: Metrics, width: float, chart_cache: Path | None,
                 body: Body, pictures: Pictures, anchors: frozenset[str] = frozenset(),
                 targets: dict[str, Target] | None = None, quotes: dict[int, str] | None = None,
                 author: str = ""):
        self.document, self.theme, self.sizes, self.width = document, theme, sizes, width
        self.chart_cache, self.pictures = chart_cache, pictures
        self.anchors = anchors  # the documents of this file a link may lead to ("#partner-japan")
        self.targets = targets or {}  # anchor -> title and first page (as the PDF numbers it)
        self.target = body  # where paragraphs and tables go: the body or a cell
        # a brief alone: citation number -> its quote and source, a Word comment on the number
        # where the brief first cites it (a pack's sources appendix holds them instead)
        self.quotes, self.author, self.commented = quotes or {}, author, set()

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
                self._link(paragraph, node, container, bold, italic, style)
            elif isinstance(node, d.CitationRef):
                self.citation(paragraph, (node.number,), container)
            elif isinstance(node, d.LineBreak):
                self._run(paragraph, "", container, bold, italic, style).add_break()
            else:
                raise RenderError(f"the DOCX renderer has no handler for inline node {type(node).__name__}")

    def _link(self, paragraph, node: d.Link, container, bold: bool, italic: bool, style: str | None):
        href = clean_text(node.href)
        if href.startswith("#") and href[1:] not in self.anchors:  # not in this document
            self.runs(paragraph, node.children, container=container, bold=bold, italic=italic, style=style)
            return
        link = (x.add_internal_link(paragraph, href[1:]) if href.startswith("#")
                else x.add_hyperlink(paragraph, href))
        self.runs(paragraph, node.children, container=link, bold=bold, italic=italic, style="Hyperlink")
        if node.page and href[1:] in self.targets:  # its page: a field Word updates, the PDF's page till then
            self._run(paragraph, " (p.\u00a0", container, bold, italic, style)
            result = self._run(paragraph, str(self.targets[href[1:]].page), container, bold, italic, style)._r
            x.page_reference(result, href[1:])
            self._run(paragraph, ")", container, bold, italic, style)

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

    def citation(self, paragraph, numbers: tuple[int, ...], container=None) -> None:
        """The citation mark '[2,3]', with a comment holding the quotes not given yet."""
        run = self._run(paragraph, citation_label(numbers), container, False, False, "Citation")
        new = [n for n in dict.fromkeys(numbers) if n in self.quotes and n not in self.commented]
        if new and container is None:  # Word anchors a comment on runs of the paragraph itself
            self.commented.update(new)
            text = "\n".join(clean_text(self.quotes[n]) for n in new)
            x.add_comment(self.document, run, text, clean_text(self.author))

    def paragraph(self, style: str, inlines: d.Inlines = (), text: str | None = None):
        paragraph = self.target.add_paragraph(style=style)
        if text is not None:
            self._run(paragraph, clean_text(text), None, False, False, None)
        self.runs(paragraph, inlines)
        return paragraph

    def gap(self, points: float):
        """An empty paragraph exactly `points` high (the PDF's space after a table)."""
        if not isinstance(self.target, Body):  # in a cell: python-docx's own paragraph
            return self._gap(self.target.add_paragraph(style="Normal"), points)
        body = self.target
        key = ("gap", points, self._style_id("Normal", WD_STYLE_TYPE.PARAGRAPH))
        element = _framed(key, lambda: self._gap(styled(body.new_paragraph(), "Normal"), points)._p)
        return Paragraph(body.insert(element), body.parent)

    @staticmethod
    def _gap(paragraph, points: float):
        fmt = paragraph.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing, fmt.line_spacing_rule = Pt(max(points, 1)), WD_LINE_SPACING.EXACTLY
        paragraph.add_run().font.size = Pt(1)
        return paragraph

    def _style_id(self, name: str, kind) -> str | None:
        return self.document.part.get_style_id(name, kind)

    def table(self, rows: int, columns: int, widths: list[float], style: str):
        return self._set_table(self.target.add_table(rows=rows, cols=columns), widths, style)

    def framed_table(self, key: tuple, rows: int, columns: int, widths: list[float], style: str,
                     frame) -> Table:
        """A table as `table` makes it, then `frame(table)` (its cells' shading, borders …),
        copied from one made once per process for the same `key` (with the widths and the
        style's id: see _framed); in a cell, made anew."""
        if not isinstance(self.target, Body):
            table = self.table(rows, columns, widths, style)
            frame(table)
            return table
        body = self.target

        def make():
            table = self._set_table(body.new_table(rows, columns), widths, style)
            frame(table)
            return table._tbl
        key = (*key, rows, columns, tuple(widths), body.width, self._style_id(style, WD_STYLE_TYPE.TABLE))
        return Table(body.insert(_framed(key, make)), body.parent)

    def _set_table(self, table, widths: list[float], style: str):
        table._tbl.tblPr.style = self._style_id(style, WD_STYLE_TYPE.TABLE)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        x.fixed_table(table, widths)
        return table

    # --- blocks ---------------------------------------------------------------------------

    def title_band(self, meta: d.Meta) -> None:
        cover = cover_band(self.sizes) if meta.cover else None
        pad = cover.pad if cover else self.sizes.band_pad
        primary, accent = self.theme.primary, self.theme.accent

        def frame(table):
            cell = table.cell(0, 0)
            x.shade_cell(cell, primary)
            x.cell_borders(cell, top=None, left=None, right=None, bottom=(2, accent))
            x.cell_margins(cell, pad, pad, pad, pad)
            # outline level 1: the navigation pane lists one per document
            set_style(cell.paragraphs[0], "Title")
        key = ("title band", primary, accent, pad,
               self._style_id("Title", WD_STYLE_TYPE.PARAGRAPH))
        table = self.framed_table(key, 1, 1, [self.width], "Title Band", frame)
        cell = table.cell(0, 0)
        title = cell.paragraphs[0]
        self._run(title, clean_text(meta.title), None, False, False, None)
        if meta.anchor:
            x.add_bookmark(title, meta.anchor)
        subtitle = None
        if meta.subtitle:
            subtitle = styled(cell.add_paragraph(), "Subtitle")
            self._run(subtitle, clean_text(meta.subtitle), None, False, False, None)
        if cover:  # as the PDF draws it: taller, larger type set at the band's foot
            table.rows[0].height, table.rows[0].height_rule = Pt(cover.height - 2), WD_ROW_HEIGHT_RULE.AT_LEAST
            cell.vertical_alignment = WD_ALIGN_VERTICAL.BOTTOM
            _sized(title, cover.title, 1.15)
            if subtitle is not None:
                _sized(subtitle, cover.subtitle, 1.25, before=6)
        self.gap(8)

    def _Heading(self, block: d.Heading) -> None:
        self.paragraph(f"Heading {min(block.level, 3)}", block.children)

    def _Paragraph(self, block: d.Paragraph) -> None:
        self.paragraph(PARAGRAPH_STYLE.get(block.role, "Normal"), block.children)

    def _list(self, style: str, items: tuple[d.Inlines, ...], num_id: int | None = None) -> None:
        s = self.sizes
        for number, item in enumerate(items):
            paragraph = self._list_item(style)
            self.runs(paragraph, item)
            fmt = paragraph.paragraph_format
            if num_id is not None:
                x.set_num_id(paragraph, num_id)
            if number == len(items) - 1:
                fmt.space_after = Pt(s.para_after)

    def _list_item(self, style: str):
        """A list item's paragraph, indented, before its text: in the body a copy of one made
        once (a pack's sources appendix holds thousands)."""
        def indented(paragraph):
            fmt = paragraph.paragraph_format
            indent = self.sizes.list_indent
            fmt.left_indent, fmt.first_line_indent = Pt(indent), Pt(-indent * 0.75)
            return paragraph
        if not isinstance(self.target, Body):
            return indented(self.target.add_paragraph(style=style))
        body = self.target
        key = ("list item", self._style_id(style, WD_STYLE_TYPE.PARAGRAPH), self.sizes.list_indent)
        element = _framed(key, lambda: indented(styled(body.new_paragraph(), style))._p)
        return Paragraph(body.insert(element), body.parent)

    def _BulletList(self, block: d.BulletList) -> None:
        self._list("List Bullet", block.items)

    def _OrderedList(self, block: d.OrderedList) -> None:
        num_id = x.restart_numbering(self.document, self.document.styles["List Number"], block.start)
        self._list("List Number", block.items, num_id)

    def _KeyFigures(self, block: d.KeyFigures) -> None:
        layout = key_figure_rows(len(block.items))
        columns = max(layout) if layout else 1
        shape = (len(layout), columns)

        def frame(table):
            for r, count in enumerate(layout):
                for c in range(columns):
                    self._key_figure_frame(table.cell(r, c), c < count, r, c, shape)
        key = ("key figures", tuple(layout), self.theme.panel, self.theme.primary,
               self.sizes.cell_pad, self._style_id("Key Figure", WD_STYLE_TYPE.PARAGRAPH))
        table = self.framed_table(key, len(layout), columns, [self.width / columns] * columns,
                                  "Key Figures", frame)
        size = panel_value_size(block, self.width, columns, self.sizes)
        items = iter(block.items)
        for count, row in zip(layout, table._tbl.tr_lst):  # table.cell(r, c) is O(size)
            for tc in row.tc_lst[:count]:
                self._key_figure_cell(_Cell(tc, table), next(items), size)
        self.gap(self.sizes.para_after)

    def _key_figure_frame(self, cell, filled: bool, row: int, column: int, shape) -> None:
        """A key figure's cell before its figure: shading, rules, margins, the value's style."""
        pad, white = self.sizes.cell_pad, "#FFFFFF"
        x.shade_cell(cell, self.theme.panel)
        x.cell_borders(cell, top=(2, self.theme.primary) if row == 0 else None, left=None,
                       right=(1.5, white) if column < shape[1] - 1 else None,
                       bottom=(1.5, white) if row < shape[0] - 1 else None)
        x.cell_margins(cell, pad + 1, pad, pad + 1, pad + 2)
        if filled:
            set_style(cell.paragraphs[0], "Key Figure")

    def _key_figure_cell(self, cell, figure: d.KeyFigure, size: float) -> None:
        """A key figure in its cell (framed by _key_figure_frame)."""
        first = cell.paragraphs[0]
        self._run(first, keep_amounts_together(clean_text(figure.value)), None, False, False, None)
        if size != self.sizes.figure:  # stepped down so no amount breaks (as in the PDF)
            apply_looks([first._p], {"Key Figure": key_figure_look(self.theme, size)},
                        {first._p.style: "Key Figure"})
        self._run(styled(cell.add_paragraph(), "Key Figure Label"), clean_text(figure.label), None, False, False, None)
        if figure.as_of or figure.citations:
            note = styled(cell.add_paragraph(), "Key Figure Note")
            self._run(note, clean_text(figure.as_of or ""), None, False, False, None)
            self.citation(note, figure.citations)

    def _Table(self, block: d.Table) -> None:
        if block.caption:
            self.paragraph("Caption", block.caption)
        align = list(block.align) + [None] * (len(block.header) - len(block.align))
        if block.contents:  # the pack's contents: the result of a TOC field Word can update
            x.field_start(self.gap(1), 'TOC \\o "1-1" \\h \\z \\u')
        table = self.table(1 + len(block.rows), len(block.header), table_widths(block, self.width),
                           "Data Table")
        x.header_row(table.rows[0])
        for r, (cells, row) in enumerate(zip(table.rows, [block.header, *block.rows])):
            for c, (cell, content) in enumerate(zip(cells.cells, row[:len(block.header)])):
                self._table_cell(cell, content, r == 0, align[c])  # table.cell(r, c) is O(size)
        after = self.gap(self.sizes.para_after)
        if block.contents:
            x.field_end(after)

    def _table_cell(self, cell, content: d.Inlines, header: bool, align: str | None) -> None:
        style = "Table Header" if header else "Table Text"
        key = ("table cell", header, align, self.sizes.cell_pad,
               self.theme.primary if header else self.theme.rule,
               self._style_id(style, WD_STYLE_TYPE.PARAGRAPH))
        tc = cell._tc
        properties, paragraphs = tc.tcPr, tc.p_lst
        if (isinstance(self.target, Body) and properties is not None and len(properties) == 1
                and properties[0].tag == _TC_WIDTH
                and len(tc) == 2 and len(paragraphs) == 1 and not len(paragraphs[0])):
            # the cell as the table made it (its width, one empty paragraph): its rules, margins
            # and paragraph properties moved across from a copy of a cell framed once
            frame = _framed(key, lambda: self._table_cell_frame(header, align))
            for element in list(frame.tcPr)[1:]:  # after the width, as the schema orders them
                properties.append(element)
            for element in list(frame.p_lst[0]):
                paragraphs[0].append(element)
        else:
            self._frame_table_cell(cell, header, align)
        self.runs(cell.paragraphs[0], content)

    def _table_cell_frame(self, header: bool, align: str | None):
        """A data table's cell as _frame_table_cell leaves it (w:tc), made apart."""
        table = Table(CT_Tbl.new_tbl(1, 1, Pt(self.width)), self.document._body)
        x.fixed_table(table, [self.width])
        self._frame_table_cell(table.cell(0, 0), header, align)
        return table.cell(0, 0)._tc

    def _frame_table_cell(self, cell, header: bool, align: str | None) -> None:
        pad = self.sizes.cell_pad * 0.6
        rule = (0.8, self.theme.primary) if header else (0.4, self.theme.rule)
        x.cell_borders(cell, top=None, left=None, right=None, bottom=rule)
        x.cell_margins(cell, pad, 4, pad + 0.5, 2)
        paragraph = cell.paragraphs[0]
        set_style(paragraph, "Table Header" if header else "Table Text")
        paragraph.alignment = _ALIGN[align]

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
            self.citation(note, block.citations)

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
        self.gap(self.sizes.para_after)

    def _Sources(self, block: d.Sources) -> None:
        label = self.paragraph("Source Note")
        x.paragraph_border(label._p.get_or_add_pPr(), "top", 0.5, self.theme.rule, 2)
        label.paragraph_format.space_before = Pt(3)
        label.paragraph_format.keep_with_next = True
        self._run(label, clean_text(block.title), None, True, False, None)
        for heading, entries in source_groups(block.entries):
            paragraph = self.paragraph("Source Entry", text=heading + " ")
            fmt = paragraph.paragraph_format
            fmt.left_indent, fmt.first_line_indent = Pt(10), Pt(-10)
            for number, (numbers, locator) in enumerate(cited_places(entries)):
                separator = SOURCE_SEPARATOR if number else ""
                self._run(paragraph, f"{separator}[{number_ranges(numbers)}]", None, True, False, None)
                if locator:
                    self._run(paragraph, NO_BREAK + clean_text(place_text(locator)), None, False,
                              False, None)

    def _PageBreak(self, block: d.PageBreak) -> None:
        self.target.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _Spacer(self, block: d.Spacer) -> None:
        self.gap(block.height_pt)


def _sized(paragraph, size: float, leading: float, before: float | None = None) -> None:
    """A paragraph set at `size` points, with exact line spacing of `leading` times it."""
    fmt = paragraph.paragraph_format
    fmt.line_spacing, fmt.line_spacing_rule = Pt(round(size * leading, 2)), WD_LINE_SPACING.EXACTLY
    if before is not None:
        fmt.space_before = Pt(before)
    for run in paragraph.runs:
        run.font.size = Pt(size)


def _drop_first_empty(cell) -> None:
    """python-docx gives a new cell one empty paragraph; drop it when other content follows."""
    first = cell.paragraphs[0]
    if len(cell._tc.xpath("./w:p | ./w:tbl")) > 1 and not first.text and not first.runs:
        first._p.getparent().remove(first._p)
