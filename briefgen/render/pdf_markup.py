"""Inline content -> reportlab Paragraph markup, with every character literal.

Text is stripped of control characters, put in visual order where it holds right-to-left
script (reportlab lays text out left to right; python-bidi reorders the Hebrew or Arabic runs of
a left-to-right line), XML-escaped (&, <, >), and split into runs by glyph coverage so that
Chinese, Korean or symbols are set in an embedded fallback font.
"""

from __future__ import annotations

from collections.abc import Mapping

import re

from briefgen import document as d
from briefgen.text import clean_text, xml_attribute, xml_escape
from briefgen.render.common import citation_label
from briefgen.render.fonts import split_by_font, visual_order
from briefgen.render.pdf_tags import END, INLINE
from briefgen.render.style import Metrics
from briefgen.theme import Theme


def text_markup(text: str) -> str:
    """Literal text as Paragraph markup ('R&D <x>' stays 'R&D <x>' on the page)."""
    parts = []
    for run, font in split_by_font(visual_order(clean_text(text).replace("\n", " "))):
        escaped = xml_escape(run)
        parts.append(f'<font name="{font}">{escaped}</font>' if font else escaped)
    return "".join(parts)


class InlineMarkup:
    """Renders inline nodes to markup for one theme and one set of sizes."""

    def __init__(self, theme: Theme, sizes: Metrics, anchors: frozenset[str] = frozenset(),
                 pages: Mapping[str, int] | None = None, sources: Mapping[int, str] | None = None):
        self.theme = theme
        self.sizes = sizes
        self.anchors = anchors  # the documents of this PDF a link may lead to ("#partner-japan")
        self.pages = pages or {}  # anchor -> first page of the documents a link may give the page of
        self.sources = sources or {}  # citation number -> where its entry in the document's Sources is

    def __call__(self, inlines: d.Inlines) -> str:
        return "".join(self.node(node) for node in inlines)

    def node(self, node: d.Inline) -> str:
        if isinstance(node, d.Text):
            return text_markup(node.text)
        if isinstance(node, d.Strong):
            return f"<b>{self(node.children)}</b>"
        if isinstance(node, d.Emphasis):
            return f"<i>{self(node.children)}</i>"
        if isinstance(node, d.Link):
            return self.link(node)
        if isinstance(node, d.CitationRef):
            return self.citations((node.number,))
        if isinstance(node, d.LineBreak):
            return "<br/>"
        raise TypeError(f"the PDF renderer has no handler for inline node {type(node).__name__}")

    def link(self, node: d.Link) -> str:
        href = clean_text(node.href)
        page = self.pages.get(href[1:]) if node.page and href.startswith("#") else None
        after = f" (p.\u00a0{page})" if page is not None else ""
        if href.startswith("#") and href[1:] not in self.anchors:
            return self(node.children) + after  # a document not in this PDF: the text alone
        colour = self.theme.palette[1] if len(self.theme.palette) > 1 else self.theme.primary
        return f'<a href={xml_attribute(href)} color="{colour}"><u>{self(node.children)}</u>{after}</a>'

    def links_elsewhere(self, inlines: d.Inlines) -> bool:
        """A link among `inlines` leads to a document this PDF does not hold."""
        for node in inlines:
            if isinstance(node, d.Link) and node.href.startswith("#") and \
                    clean_text(node.href)[1:] not in self.anchors:
                return True
            if self.links_elsewhere(getattr(node, "children", ())):
                return True
        return False

    def citations(self, numbers: tuple[int, ...]) -> str:
        if not numbers:
            return ""
        label = citation_label(numbers)
        s = self.sizes
        mark = (f'<super rise="{s.citation_rise}" size="{s.citation}">'
                f'<font color="{self.theme.muted}">{label}</font></super>')
        entry = self.sources.get(numbers[0])
        if entry is not None:  # the document lists its sources: the citation leads to its entry
            mark = f'<a href="#{entry}" color="{self.theme.muted}">{mark}</a>'
        # a Reference element of its own, a Link in it when it leads to the entry (pdf_tags)
        return (f'<onDraw name="{INLINE}" label="Reference{" " + entry if entry else ""}"/>'
                f'{mark}<onDraw name="{INLINE}" label="{END}"/>')


def source_anchor(document: str, number: int) -> str:
    """The name of the place of source entry `number` in the document named `document`."""
    return f"{document}-source-{number}"


def link_description(destination: str) -> str:
    """What a link to `destination` inside the PDF leads to, when it is not a document: a
    source entry ("Source [3]"), or the name itself."""
    found = re.fullmatch(r".+-source-(\d+)", destination)
    return f"Source [{found.group(1)}]" if found else destination
