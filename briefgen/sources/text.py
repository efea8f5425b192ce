"""Plain text and Markdown: the text as it is, with the first line as a title."""

from __future__ import annotations

import warnings
from pathlib import Path

from briefgen.errors import BriefgenWarning
from briefgen.sources.model import SourceText
from briefgen.sources.normalise import plain_text

TITLE_CHARS = 200  # a longer first line is a paragraph, not a title


def read(path: Path) -> SourceText:
    from briefgen.facts.extract.inputs import read_text
    text = plain_text(read_text(path, lambda message: warnings.warn(message, BriefgenWarning)))
    first = text.split("\n", 1)[0].lstrip("# ").strip()
    notes = {"date": "plain text has no date property; give the publication date",
             "outlet": "plain text names no publisher; give the outlet",
             "url": "plain text has no address"}
    title = first if 0 < len(first) <= TITLE_CHARS else None
    notes["title"] = "taken from the first line" if title else "the first line is not a title"
    return SourceText(text, "text", title=title, notes=notes)
