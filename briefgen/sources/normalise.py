"""The one shape every seed text has, whatever it was read from.

Lines end in "\\n"; no line ends in spaces; a blank line separates paragraphs and no paragraph
holds one; a form feed starts each page after the first (PDF) or each sheet after the first
(tables). Quote verification collapses all whitespace, form feeds included, so these marks
never stand between a quote and its proof; locate.py reads them back as page and paragraph
numbers.
"""

from __future__ import annotations

import re

PAGE_BREAK = "\n\f"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")  # not \t \n \f \r
_BLANK_LINES = re.compile(r"\n[ \t]*\n[ \t\n]*")


def clean_line(text: str) -> str:
    """One line: control characters dropped, runs of whitespace as one space."""
    return " ".join(_CONTROL.sub("", text).split())


def paragraphs_text(paragraphs) -> str:
    """Paragraphs (each may hold line breaks) as seed text: one blank line between them."""
    kept = [_lines(p) for p in paragraphs]
    return "\n\n".join(p for p in kept if p) + "\n"


def _lines(paragraph: str) -> str:
    """Clean lines of a paragraph; tabs (between table cells) are kept."""
    lines = ("\t".join(clean_line(cell) for cell in line.split("\t")).rstrip("\t")
             for line in paragraph.replace("\r\n", "\n").split("\n"))
    return "\n".join(line for line in lines if line.strip())


def plain_text(text: str) -> str:
    """A plain text file as seed text: line ends unified, trailing spaces and control
    characters dropped, runs of blank lines as one."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "\n".join(line.rstrip() for line in text.replace("\f", "\n").split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip("\n") + "\n"
