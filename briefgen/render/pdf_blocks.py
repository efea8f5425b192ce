"""Document blocks -> reportlab platypus flowables (one method per node type), each tagged with
the structure element its content belongs to (see pdf_tags.py)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.lib.validators import isAnything
from reportlab import platypus
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, HRFlowable, Image, KeepTogether, PageBreak, Spacer, TableStyle

from briefgen import document as d
from briefgen.render.common import (NO_BREAK, SOURCE_SEPARATOR, CoverBand, cited_places,
                                    image_box, keep_amounts_together, number_ranges,
                                    panel_value_size, picture_carries_text, place_text,
                                    source_groups, table_widths)
from briefgen.render.fonts import BODY, BODY_FACES
from briefgen.render.pdf_markup import InlineMarkup, text_markup
from briefgen.render.pdf_tags import ARTIFACT, LINKS_ELSEWHERE, Node, Tagged, artifact, tagged
from briefgen.render.style import MM, Metrics, figure_leading, key_figure_rows
from briefgen.theme import Theme

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, None: TA_LEFT}


class Paragraph(Tagged, platypus.Paragraph):
    """reportlab's Paragraph, parsing its markup once per process and breaking its lines once
    per width.

    A frame, a KeepTogether and a table cell each wrap the same paragraph at the same width, and
    line breaking is the biggest cost of a PDF; the lines depend on the width alone. Headings,
    labels, source lines and the furniture recur from brief to brief, in a brief's file and
    again in the pack: their markup is parsed once (reportlab's parser is pure Python).
    """

    _wrapped: tuple | None = None  # (width, size, lines, line widths) of the last wrap

    def _setup(self, text, style, bulletText, frags, cleaner):  # noqa: N803 - reportlab's names
        if frags is not None or not isinstance(bulletText, (str, type(None))):
            return super()._setup(text, style, bulletText, frags, cleaner)
        self.text, self.style, self.frags, self.bulletText = _parsed(
            text, style, bulletText, self.caseSensitive, cleaner)
        self.debug = 0

    def breakLinesCJK(self, maxWidths):  # noqa: N802,N803 - reportlab's names
        """Chinese line breaking rules (render/cjk_lines.py) instead of reportlab's; a paragraph
        without Chinese text (an English quote among the sources) breaks at its spaces."""
        from briefgen.render.cjk_lines import has_cjk, split_lines
        if not has_cjk(self.frags):
            return self.breakLines(maxWidths)
        widths = list(maxWidths) if isinstance(maxWidths, (list, tuple)) else [maxWidths]
        platypus.paragraph._handleBulletWidth(self.bulletText, self.style, widths)
        self.height = 0
        leading = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        return split_lines(self.frags, widths, leading not in ("", "off"))

    def wrap(self, availWidth, availHeight):
        if self._wrapped is not None and self._wrapped[0] == availWidth:
            _, size, self.blPara, self._wrapWidths = self._wrapped
            self.width, self.height = size
            return size
        size = super().wrap(availWidth, availHeight)
        if hasattr(self, "blPara"):  # not when the width was too narrow to break lines at all
            self._wrapped = (availWidth, size, self.blPara, self._wrapWidths)
        return size

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        if self.style.wordWrap == "CJK":
            # a paragraph of a Chinese document goes to the next page whole: the halves of a
            # split would hold reportlab's processed words, which neither line breaker reads
            return []
        parts = super().split(availWidth, availHeight)
        for part in parts:  # both halves are the content of one element
            part.tag = self.tag
        return parts


class Table(platypus.Table):
    """reportlab's Table, its backgrounds and rules drawn as page furniture (artifacts); the
    cells' paragraphs carry their own tags. A split table's parts are of this class too."""

    def _drawBkgrnd(self):  # noqa: N802 - reportlab's names
        with artifact(self.canv):
            super()._drawBkgrnd()

    def _drawLines(self):  # noqa: N802
        with artifact(self.canv):
            super()._drawLines()

    def _drawCell(self, cellval, cellstyle, pos, size):  # noqa: N802
        if isinstance(cellval, str):  # an empty cell of a panel: reportlab shows an empty string
            with artifact(self.canv):
                return super()._drawCell(cellval, cellstyle, pos, size)
        return super()._drawCell(cellval, cellstyle, pos, size)


class Rule(Tagged, HRFlowable):
    tag = ARTIFACT


class Chart(Tagged, Drawing):
    """A chart's shapes: a Figure element, its Alt the chart's description."""

    _attrMap = AttrMap(BASE=Drawing, tag=AttrMapValue(isAnything, desc="structure path (pdf_tags)"))


class Picture(Tagged, Image):
    """A picture file: a Figure element."""


@functools.lru_cache(maxsize=4096)
def _parsed(text, style, bullet_text, case_sensitive, cleaner):
    """reportlab's parse of a paragraph's markup: (text, style, fragments, bullet text). The
    fragments are shared: laying out only reads them (and marks their kind, the same each
    time). The style is a key by identity: pdf_styles hands out the same objects."""
    paragraph = platypus.Paragraph.__new__(platypus.Paragraph)
    paragraph.caseSensitive, paragraph.encoding = case_sensitive, "utf8"
    platypus.Paragraph._setup(paragraph, text, style, bullet_text, None, cleaner)
    return paragraph.text, paragraph.style, paragraph.frags, paragraph.bulletText


def _style(name: str, size: float, leading: float, colour: str, bold: bool = False, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=BODY_FACES["bold" if bold else "normal"], fontSize=size,
                          leading=leading, textColor=colors.HexColor(colour), **kw)


@dataclass(frozen=True)
class PdfStyles:
    body: ParagraphStyle
    standfirst: ParagraphStyle
    note: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    bullet: ParagraphStyle
    caption: ParagraphStyle
    figure_subtitle: ParagraphStyle
    small: ParagraphStyle
    source_entry: ParagraphStyle
    kf_value: ParagraphStyle
    kf_label: ParagraphStyle
    kf_note: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    cell: ParagraphStyle
    header_cell: ParagraphStyle


@functools.lru_cache(maxsize=32)
def pdf_styles(theme: Theme, s: Metrics, cjk: bool = False) -> PdfStyles:
    """The paragraph styles, made once per theme and sizes (shared, never changed: parsed
    paragraphs are remembered by their style). `cjk`: lines break by Chinese rules
    (render/cjk_lines.py), for a document in a language of the `cjk` script."""
    if cjk:
        latin = pdf_styles(theme, s)
        return PdfStyles(**{name: ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
                            for name, style in vars(latin).items()})
    text, muted, primary = theme.text, theme.muted, theme.primary
    return PdfStyles(
        body=_style("Body", s.base, s.leading, text, spaceAfter=s.para_after),
        standfirst=_style("Standfirst", s.standfirst, s.standfirst_leading, text,
                          spaceAfter=s.para_after),
        note=_style("Note", s.small, s.small_leading, muted, spaceAfter=s.para_after),
        h1=_style("Heading1", s.h1, round(s.h1 * 1.2, 2), primary, True, spaceBefore=s.h1_before,
                  spaceAfter=1.5, keepWithNext=1),
        h2=_style("Heading2", s.h2, round(s.h2 * 1.15, 2), primary, True, spaceBefore=s.h2_before,
                  spaceAfter=s.h2_after, keepWithNext=1),
        h3=_style("Heading3", s.base, s.leading, text, True, spaceBefore=s.h2_after,
                  spaceAfter=s.h2_after, keepWithNext=1),
        bullet=_style("ListItem", s.base, s.leading, text, leftIndent=s.list_indent,
                      bulletIndent=round(s.list_indent * 0.25, 2), spaceAfter=s.item_after,
                      bulletFontName=BODY, bulletFontSize=s.base),
        caption=_style("Caption", s.base, s.leading, text, True, spaceAfter=2, keepWithNext=1),
        figure_subtitle=_style("FigureSubtitle", s.small, s.small_leading, muted, spaceAfter=2,
                               keepWithNext=1),
        small=_style("SourceNote", s.small, s.small_leading, muted, spaceBefore=1.5),
        source_entry=_style("SourceEntry", s.small, s.small_leading, muted, leftIndent=10,
                            firstLineIndent=-10, spaceAfter=1),
        kf_value=_style("KeyFigure", s.figure, figure_leading(s.figure), primary, True),
        kf_label=_style("KeyFigureLabel", s.base - 0.5, round((s.base - 0.5) * 1.18, 2), text, spaceBefore=1),
        kf_note=_style("KeyFigureNote", s.small, s.small_leading, muted, spaceBefore=1),
        title=_style("Title", s.title, round(s.title * 1.15, 2), "#FFFFFF", True),
        subtitle=_style("Subtitle", s.subtitle, round(s.subtitle * 1.25, 2), "#FFFFFF", spaceBefore=2),
        cell=_style("TableCell", s.base, s.leading, text),
        header_cell=_style("TableHeader", s.base, s.leading, primary, True),
    )


class TitleBand(Flowable):
    """The title and subtitle on a band of the primary colour, with an accent rule below.

    Drawing it starts a PDF bookmark (outline entry) for the document, so a pack of briefs
    gets one bookmark per brief.
    """

    def __init__(self, meta: d.Meta, styles: PdfStyles, theme: Theme, pad: float, bookmark: str | None,
                 within: tuple[Node, ...] = (), cover: CoverBand | None = None):
        super().__init__()
        self.meta, self.theme, self.bookmark = meta, theme, bookmark
        title, subtitle = styles.title, styles.subtitle
        if cover is not None:  # larger type, at the foot of a band of at least the cover's height
            title = ParagraphStyle("CoverTitle", parent=title, fontSize=cover.title,
                                   leading=round(cover.title * 1.15, 2))
            subtitle = ParagraphStyle("CoverSubtitle", parent=subtitle, fontSize=cover.subtitle,
                                      leading=round(cover.subtitle * 1.25, 2), spaceBefore=6)
        self.pad, self.least = (cover.pad, cover.height) if cover else (pad, 0.0)
        self.parts = [tagged(Paragraph(text_markup(meta.title), title), (*within, Node("H1")))]
        if meta.subtitle:
            self.parts.append(tagged(Paragraph(text_markup(meta.subtitle), subtitle),
                                     (*within, Node("P"))))
        self.accent = 2.0
        self.spaceAfter = 8

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        inner = availWidth - 2 * self.pad
        self.heights = [p.wrap(inner, availHeight)[1] + p.getSpaceBefore() for p in self.parts]
        self.width = availWidth
        self.height = max(sum(self.heights) + 2 * self.pad + self.accent, self.least)
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        if self.bookmark:
            canvas.bookmarkPage(self.bookmark)
            canvas.addOutlineEntry(self.meta.title, self.bookmark, level=self._outline_level(canvas))
        if self.meta.anchor:  # where links to the document lead
            canvas.bookmarkPage(self.meta.anchor)
        with artifact(canvas):
            canvas.setFillColor(colors.HexColor(self.theme.primary))
            canvas.rect(0, self.accent, self.width, self.height - self.accent, stroke=0, fill=1)
            canvas.setFillColor(colors.HexColor(self.theme.accent))
            canvas.rect(0, 0, self.width, self.accent, stroke=0, fill=1)
        y = self.accent + self.pad + sum(self.heights)  # the text sits at the band's foot
        for part, height in zip(self.parts, self.heights):
            y -= height
            part.drawOn(canvas, self.pad, y)

    def _outline_level(self, canvas) -> int:
        """0, or 1 below the document's group (Partners …), whose entry opens the group."""
        group = self.meta.outline
        if group and getattr(canvas, "_briefgen_group", None) != group:
            canvas.bookmarkPage(f"{self.bookmark}-group")  # reportlab names an entry by its key
            canvas.addOutlineEntry(group, f"{self.bookmark}-group", level=0)
        canvas._briefgen_group = group
        return 1 if group else 0


class PdfBlocks:
    """Builds the flowables of each block; `flowables(block)` dispatches on the node type."""

    def __init__(self, theme: Theme, sizes: Metrics, frame_width: float, chart_cache: Path | None = None,
                 within: tuple[Node, ...] = (), anchors: frozenset[str] = frozenset(),
                 pages: dict[str, int] | None = None, sources: dict[int, str] | None = None,
                 cjk: bool = False):
        self.theme, self.sizes, self.width = theme, sizes, frame_width
        self.styles = pdf_styles(theme, sizes, cjk)
        self.sources = sources or {}  # citation number -> the name of its entry's place
        self.inline = InlineMarkup(theme, sizes, anchors, pages, self.sources)
        self.chart_cache = chart_cache
        self.within = within  # the structure elements the blocks go in (the document's section)

    def _para(self, markup: str, style: ParagraphStyle, *path: Node, **kw) -> Paragraph:
        """A paragraph whose content is the element at the end of `path` (below `within`)."""
        return tagged(Paragraph(markup, style, **kw), (*self.within, *path))

    def flowables(self, block: d.Block) -> list[Flowable]:
        handler = getattr(self, f"_{type(block).__name__}", None)
        if handler is None:
            where = f" ({block.origin})" if getattr(block, "origin", None) else ""
            raise TypeError(f"the PDF renderer has no handler for {type(block).__name__}{where}")
        return handler(block)

    def _Heading(self, block: d.Heading) -> list[Flowable]:
        style = {1: self.styles.h1, 2: self.styles.h2}.get(block.level, self.styles.h3)
        role = f"H{min(block.level, 3)}"  # the document's title is H1, its sections H2 (markdown ##)
        flowables: list[Flowable] = [self._para(self.inline(block.children), style, Node(role))]
        if block.level == 1:
            rule = Rule(width="100%", thickness=0.6, color=colors.HexColor(self.theme.rule),
                              spaceBefore=0, spaceAfter=self.sizes.h1_after)
            rule.keepWithNext = 1
            flowables.append(rule)
        return flowables

    def _Paragraph(self, block: d.Paragraph) -> list[Flowable]:
        style = getattr(self.styles, block.role) if block.role else self.styles.body
        marked = LINKS_ELSEWHERE if self.inline.links_elsewhere(block.children) else ""
        return [self._para(self.inline(block.children), style, Node("P", marked))]

    def _list(self, items: tuple[d.Inlines, ...], bullets: list[str]) -> list[Flowable]:
        whole = Node("L")
        out: list[Flowable] = [self._para(self.inline(item), self.styles.bullet, whole, Node("LI"),
                                          Node("LBody"), bulletText=bullet)
                               for item, bullet in zip(items, bullets)]
        if out:
            out.append(Spacer(1, max(self.sizes.para_after - self.sizes.item_after, 0)))
        return out

    def _BulletList(self, block: d.BulletList) -> list[Flowable]:
        return self._list(block.items, ["\u2022"] * len(block.items))

    def _OrderedList(self, block: d.OrderedList) -> list[Flowable]:
        return self._list(block.items, [f"{n}." for n in range(block.start, block.start + len(block.items))])

    def _KeyFigures(self, block: d.KeyFigures) -> list[Flowable]:
        rows, items = [], list(block.items)
        widths = key_figure_rows(len(items))
        columns = max(widths) if widths else 1
        value_style = self._key_figure_style(block, columns)
        panel = Node("Div")
        for count in widths:
            row = [self._key_figure_cell(items.pop(0), value_style, panel) for _ in range(count)]
            rows.append(row + [""] * (columns - count))
        table = Table(rows, colWidths=[self.width / columns] * columns, hAlign="LEFT")
        table.setStyle(self._panel_style())
        table.spaceAfter = self.sizes.para_after
        return [table]

    def _key_figure_style(self, block: d.KeyFigures, columns: int) -> ParagraphStyle:
        """The value style, its type stepped down when a value would break inside an amount."""
        style = self.styles.kf_value
        size = panel_value_size(block, self.width, columns, self.sizes)
        if size == style.fontSize:
            return style
        return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size,
                              leading=figure_leading(size))

    def _key_figure_cell(self, figure: d.KeyFigure, value_style: ParagraphStyle,
                         panel: Node) -> list[Flowable]:
        note = text_markup(figure.as_of or "") + self.inline.citations(figure.citations)
        own = Node("Div")
        cell = [self._para(text_markup(keep_amounts_together(figure.value)), value_style, panel, own, Node("P")),
                self._para(text_markup(figure.label), self.styles.kf_label, panel, own, Node("P"))]
        return cell + ([self._para(note, self.styles.kf_note, panel, own, Node("P"))] if note else [])

    def _panel_style(self) -> TableStyle:
        pad = self.sizes.cell_pad
        return TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), BODY),  # tables set their own font: never Helvetica
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(self.theme.panel)),
            ("LINEABOVE", (0, 0), (-1, 0), 2, colors.HexColor(self.theme.primary)),
            ("LINEAFTER", (0, 0), (-2, -1), 1.5, colors.white),
            ("LINEBELOW", (0, 0), (-1, -2), 1.5, colors.white),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad + 2), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad + 1), ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
        ])

    def _Table(self, block: d.Table) -> list[Flowable]:
        align = list(block.align) + [None] * (len(block.header) - len(block.align))
        whole, head = Node("Table"), Node("TR")
        header = [self._para(self.inline(c), _aligned(self.styles.header_cell, align[i]), whole, head,
                             Node("TH", A={"O": "Table", "Scope": "Column"}))
                  for i, c in enumerate(block.header)]
        body = []
        for row in block.rows:
            line = Node("TR")
            body.append([self._para(self.inline(c), _aligned(self.styles.cell, align[i]), whole, line,
                                    Node("TD")) for i, c in enumerate(row)])
        table = Table([header, *body], colWidths=table_widths(block, self.width), repeatRows=1, hAlign="LEFT")
        table.setStyle(self._table_style())
        table.spaceAfter = self.sizes.para_after
        caption = ([self._para(self.inline(block.caption), self.styles.caption, whole, Node("Caption"))]
                   if block.caption else [])
        return [*caption, table]

    def _table_style(self) -> TableStyle:
        pad = self.sizes.cell_pad * 0.6
        return TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), BODY),  # tables set their own font: never Helvetica
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(self.theme.primary)),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor(self.theme.rule)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 0.5),
        ])

    def _Figure(self, block: d.Figure) -> list[Flowable]:
        picture = self._chart(block) if block.chart is not None else self._image(block)
        whole = Node("Div")
        picture.tag = (*self.within, whole, Node("Figure", Alt=block.alt or block.caption or "Figure"))
        parts: list[Flowable] = []
        if block.caption:
            parts.append(self._para(text_markup(block.caption), self.styles.caption, whole, Node("Caption")))
        if block.subtitle:
            parts.append(self._para(text_markup(block.subtitle), self.styles.figure_subtitle, whole, Node("P")))
        parts.append(picture)
        if block.source:
            parts.append(self._para(text_markup(block.source) + self.inline.citations(block.citations),
                                    self.styles.small, whole, Node("P")))
        parts.append(Spacer(1, self.sizes.para_after))
        return [KeepTogether(parts)]

    def _image(self, block: d.Figure) -> Flowable:
        width, height = image_box(ImageReader(block.image).getSize(), (self.width, block.height_mm * MM))
        return Picture(block.image, width, height, hAlign="LEFT")

    def _chart(self, block: d.Figure) -> Flowable:
        from reportlab.graphics.shapes import Group

        from briefgen.charts.image import drawing
        source = drawing(block.chart, self.theme, width_cm=self.width / MM / 10,
                         height_cm=block.height_mm / 10, cache_dir=self.chart_cache,
                         with_text=picture_carries_text(block))
        scale = min(self.width / source.width, block.height_mm * MM / source.height)
        # The drawing's initial font is set, else reportlab selects Helvetica, an unembedded font
        drawing = Chart(source.width * scale, source.height * scale, initialFontName=BODY)
        drawing.add(Group(*source.contents, transform=(scale, 0, 0, scale, 0, 0)))
        drawing.hAlign = "LEFT"
        return drawing

    def _Callout(self, block: d.Callout) -> list[Flowable]:
        inner: list[Flowable] = []
        outer, self.within = self.within, (*self.within, Node("Div"))
        try:
            if block.title:  # a label, not a heading: a note may follow any level of heading
                inner.append(self._para(text_markup(block.title), self.styles.h3, Node("P")))
            for child in block.children:
                inner.extend(self.flowables(child))
        finally:
            self.within = outer
        _trim_space_after(inner)
        bar = self.theme.accent if block.kind == "warning" else self.theme.primary
        pad = self.sizes.cell_pad
        table = Table([[inner]], colWidths=[self.width], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), BODY),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(self.theme.panel)),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, colors.HexColor(bar)),
            ("LEFTPADDING", (0, 0), (-1, -1), pad + 3), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ]))
        table.spaceAfter = self.sizes.para_after
        return [table]

    def _Sources(self, block: d.Sources) -> list[Flowable]:
        rule = Rule(width="100%", thickness=0.5, color=colors.HexColor(self.theme.rule),
                    spaceBefore=3, spaceAfter=2)
        whole = Node("Div")
        label = self._para(f"<b>{text_markup(block.title)}</b>", self.styles.small, whole, Node("P"))
        label.keepWithNext = 1
        entries = [self._para(source_markup(heading, group, self.sources), self.styles.source_entry, whole,
                              Node("P"), Node("BibEntry"))
                   for heading, group in source_groups(block.entries)]
        return [rule, label, *entries]

    def _PageBreak(self, block: d.PageBreak) -> list[Flowable]:
        return [PageBreak()]

    def _Spacer(self, block: d.Spacer) -> list[Flowable]:
        return [Spacer(1, block.height_pt)]


def source_markup(heading: str, entries: list[d.SourceEntry], places: dict[int, str] | None = None) -> str:
    """'Title. Outlet, date. [1, 2] p. 4 · [3] p. 6' (common.source_line) with the numbers in
    bold, each number where `places` names it (the place its citations lead to)."""
    places = places or {}
    parts = []
    for numbers, locator in cited_places(entries):
        anchors = "".join(f'<a name="{places[n]}"/>' for n in numbers if n in places)
        where = NO_BREAK + text_markup(place_text(locator)) if locator else ""
        parts.append(f"{anchors}<b>[{number_ranges(numbers)}]</b>{where}")
    return text_markup(heading) + " " + SOURCE_SEPARATOR.join(parts)


def _aligned(style: ParagraphStyle, align: str | None) -> ParagraphStyle:
    if align in (None, "left"):
        return style
    return ParagraphStyle(f"{style.name}-{align}", parent=style, alignment=_ALIGN[align])


def _trim_space_after(flowables: list[Flowable]) -> None:
    """No trailing gap inside a box: the box's padding is the gap."""
    while flowables and isinstance(flowables[-1], Spacer):
        flowables.pop()
    if flowables and isinstance(flowables[-1], Paragraph):
        last = flowables[-1]
        last.style = ParagraphStyle(f"{last.style.name}-last", parent=last.style, spaceAfter=0)
