"""The document model: the one tree between templates and renderers.

Templates (Jinja2 -> Markdown) are parsed into these nodes; the fitter decides what a page keeps;
the DOCX and PDF renderers each visit every node type. Renderers never see facts, YAML or Jinja,
and templates never see DOCX or PDF.

Nodes are small frozen dataclasses. `to_dict()` dumps any node (or a whole Document) to plain
JSON-able data, with a "type" key naming the node, for snapshot tests.

Blocks carry:
- `priority`: None = required; 1..3 = optional, the highest number is dropped first when fitting.
  A Heading's priority applies to its whole section (the heading and everything up to the next
  heading of the same or a higher level).
- `origin`: where the block came from (template path and line), for error messages.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Union

# --- inline content --------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Strong:
    children: tuple["Inline", ...]


@dataclass(frozen=True)
class Emphasis:
    children: tuple["Inline", ...]


@dataclass(frozen=True)
class Link:
    """A link to a web address, or to a document of the same file ("#partner-japan"). With
    `page`, a link to a document is followed by that document's page ("(p. 14)") when the
    file holds it (a pack); a link to a document the file does not hold is its text alone."""

    href: str
    children: tuple["Inline", ...]
    page: bool = False


@dataclass(frozen=True)
class CitationRef:
    """A numbered reference to an entry of the document's Sources block."""

    number: int


@dataclass(frozen=True)
class LineBreak:
    """A hard line break inside a paragraph."""


Inline = Union[Text, Strong, Emphasis, Link, CitationRef, LineBreak]
Inlines = tuple[Inline, ...]

# --- blocks ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Origin:
    """Where a block came from: a template file and a line in it."""

    path: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass(frozen=True)
class Heading:
    level: int  # 1 = section, 2 = subsection
    children: Inlines
    priority: int | None = None
    origin: Origin | None = None


@dataclass(frozen=True)
class Paragraph:
    """A paragraph; `role` "standfirst" (the brief's opening sentence, set larger) or "note" (a
    footnote-style line: periods, caveats, disagreements between facts), else None (body text)."""

    children: Inlines
    priority: int | None = None
    origin: Origin | None = None
    role: str | None = None


PARAGRAPH_ROLES = ("standfirst", "note")


@dataclass(frozen=True)
class BulletList:
    items: tuple[Inlines, ...]
    priority: int | None = None
    origin: Origin | None = None


@dataclass(frozen=True)
class OrderedList:
    items: tuple[Inlines, ...]
    start: int = 1
    priority: int | None = None
    origin: Origin | None = None


@dataclass(frozen=True)
class KeyFigure:
    """One headline figure: its value, what it is, when, and where it comes from."""

    label: str
    value: str
    as_of: str | None = None
    citations: tuple[int, ...] = ()


@dataclass(frozen=True)
class KeyFigures:
    items: tuple[KeyFigure, ...]
    priority: int | None = None
    origin: Origin | None = None


@dataclass(frozen=True)
class Table:
    header: tuple[Inlines, ...]
    rows: tuple[tuple[Inlines, ...], ...]
    caption: Inlines | None = None
    align: tuple[str | None, ...] = ()  # per column: "left", "center", "right" or None
    priority: int | None = None
    origin: Origin | None = None
    contents: bool = False  # a pack's table of contents (Word holds it in a TOC field)


@dataclass(frozen=True)
class Figure:
    """An image file or a chart (briefgen.charts.ChartData), with caption and source line.

    `height_mm` is the display height; the width is the frame width. The fitter may lower it.
    """

    caption: str | None = None
    source: str | None = None
    alt: str = ""
    image: str | None = None
    subtitle: str | None = None  # a chart's measure, place and period, under the caption
    chart: Any = None  # briefgen.charts.ChartData
    height_mm: float = 60.0
    citations: tuple[int, ...] = ()
    priority: int | None = None
    origin: Origin | None = None


@dataclass(frozen=True)
class Callout:
    """A boxed note. `kind` is "note" (the default), "info" or "warning"."""

    children: tuple["Block", ...]
    title: str | None = None
    kind: str = "note"
    priority: int | None = None
    origin: Origin | None = None


@dataclass(frozen=True)
class SourceEntry:
    number: int
    title: str
    outlet: str | None = None
    date: str | None = None
    quote: str | None = None
    url: str | None = None
    locator: str | None = None  # where the quote is: 'p. 12', 'para. 4', 'trade.xlsx!Sheet1!C7'
    seed: str | None = None  # the document's file in seeds/ (no renderer prints it: the appendix lists by it)


@dataclass(frozen=True)
class Sources:
    entries: tuple[SourceEntry, ...]
    title: str = "Sources"
    priority: int | None = None
    origin: Origin | None = None


@dataclass(frozen=True)
class PageBreak:
    priority: int | None = None
    origin: Origin | None = None


@dataclass(frozen=True)
class Spacer:
    height_pt: float = 6.0
    fill: bool = False  # takes what its page leaves free (a pack's cover: binder.py measures it)
    priority: int | None = None
    origin: Origin | None = None


Block = Union[Heading, Paragraph, BulletList, OrderedList, KeyFigures, Table, Figure, Callout,
              Sources, PageBreak, Spacer]
BLOCK_TYPES: tuple[type, ...] = (Heading, Paragraph, BulletList, OrderedList, KeyFigures, Table,
                                 Figure, Callout, Sources, PageBreak, Spacer)

# --- the document ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Meta:
    """Document properties; both renderers write them into the file's metadata."""

    title: str
    subtitle: str | None = None
    subject: str | None = None
    author: str | None = None
    language: str = "en"
    produced: str | None = None  # production date, ISO (2024-06-01)
    header: str | None = None
    footer: str | None = None
    keywords: tuple[str, ...] = ()
    max_pages: int = 1
    anchor: str | None = None  # the name a link to this document uses ("#partner-japan")
    outline: str | None = None  # the bookmark group a pack puts it under ("Partners")
    continues: bool = False  # a pack's card: laid out on the page of the document before it
    cover: bool = False  # a cover page: a tall title band, no running header, footer or page number


@dataclass(frozen=True)
class Layout:
    """Decisions of the fitter that both renderers honour (None = the theme's value)."""

    base_size: float | None = None
    small_size: float | None = None
    dropped: tuple[str, ...] = ()  # what was left out to fit, for the build report
    fill: float | None = None  # share of the last page's frame the fitted content takes
    # points of the last page's frame the fitted content takes, its last block's space after
    # included: a pack draws the card that follows it on the page that far down, past the gap
    used_pt: float | None = None


@dataclass(frozen=True)
class Document:
    meta: Meta
    blocks: tuple[Block, ...]
    layout: Layout = field(default_factory=Layout)
    facts: tuple[str, ...] = ()  # ids of the facts the composed document cites (the pack's cover
    # states their age)


# --- helpers ---------------------------------------------------------------------------------


def plain_text(inlines: Inlines) -> str:
    """The text a reader sees, citations as [n]."""
    parts = []
    for node in inlines:
        if isinstance(node, Text):
            parts.append(node.text)
        elif isinstance(node, (Strong, Emphasis, Link)):
            parts.append(plain_text(node.children))
        elif isinstance(node, CitationRef):
            parts.append(f"[{node.number}]")
        elif isinstance(node, LineBreak):
            parts.append("\n")
    return "".join(parts)


def linked_documents(node: Any) -> set[str]:
    """The anchors ("partner-japan") that links inside a node, or a whole document, lead to."""
    if isinstance(node, (tuple, list)):
        return set().union(*map(linked_documents, node))
    if isinstance(node, Link) and node.href.startswith("#"):
        return {node.href[1:]} | linked_documents(node.children)
    if dataclasses.is_dataclass(node) and type(node).__module__ == __name__:
        return set().union(*(linked_documents(getattr(node, f.name)) for f in dataclasses.fields(node)
                             if f.name not in ("chart", "meta", "layout")))
    return set()


def describe(block: Block) -> str:
    """A short human description of a block for messages: 'Heading "Trade" (templates/x:12)'."""
    name = type(block).__name__
    text = ""
    if isinstance(block, (Heading, Paragraph)):
        text = plain_text(block.children)
    elif isinstance(block, Figure):
        text = block.caption or (block.chart.title if block.chart is not None else block.image) or ""
    elif isinstance(block, Callout):
        text = block.title or ""
    if len(text) > 40:
        text = text[:39].rstrip() + "…"
    label = f'{name} "{text}"' if text else name
    return f"{label} ({block.origin})" if getattr(block, "origin", None) else label


def to_dict(node: Any) -> Any:
    """Plain JSON-able data for a node, a document, or anything inside one."""
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        data: dict[str, Any] = {"type": type(node).__name__}
        for f in dataclasses.fields(node):
            data[f.name] = to_dict(getattr(node, f.name))
        return data
    if isinstance(node, (tuple, list)):
        return [to_dict(item) for item in node]
    if isinstance(node, dict):
        return {str(k): to_dict(v) for k, v in node.items()}
    if isinstance(node, Decimal):
        return str(node)
    if hasattr(node, "__fspath__"):
        return str(node)
    return node
