"""What every source adapter returns: text, metadata, and the kind of locator the text keeps."""

from __future__ import annotations

from dataclasses import dataclass, field

# How a seed's text keeps positions a reader can find again (see locate.py).
LOCATORS = ("page", "paragraph", "cell")


@dataclass(frozen=True)
class SourceText:
    """A document read for briefgen: its normalised text and what it says about itself.

    `notes` holds, per metadata field, why it is missing ("the PDF has no Title property") or
    why it needs checking ("the PDF's creation date: check that it is the publication date"),
    for the seeds index (`date_note` …) and the user.
    """

    text: str
    kind: str  # text, html, pdf, docx, table
    title: str | None = None
    date: str | None = None  # ISO date (YYYY, YYYY-MM or YYYY-MM-DD)
    outlet: str | None = None
    url: str | None = None
    description: str | None = None
    locators: str | None = None  # one of LOCATORS, or None for plain text
    notes: dict[str, str] = field(default_factory=dict)
