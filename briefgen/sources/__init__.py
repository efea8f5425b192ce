"""Reading source documents as they come: one adapter per format behind one interface.

`read_source(path)` returns a `SourceText`: the normalised text that quotes are proven against,
the metadata the document states about itself, and the kind of locator its text keeps (pages
as form feeds, paragraphs as blank lines, table cells as rows and columns; see locate.py).
An adapter's reading library is imported only when a file of its format is read.
"""

from __future__ import annotations

import re
from importlib import import_module
from pathlib import Path

from briefgen.errors import ExtractError
from briefgen.sources.model import SourceText

# suffix -> adapter module; the order is the one error messages list them in
ADAPTERS = {".txt": "text", ".md": "text", ".html": "html", ".htm": "html", ".pdf": "pdf",
            ".docx": "docx", ".xlsx": "table", ".csv": "table"}
# A yearbook PDF is tens of megabytes; anything far larger is refused before it is read.
MAX_BYTES = 50 * 1024 * 1024
_ADDRESS = re.compile(r"^[a-z][a-z0-9+.-]+:/", re.IGNORECASE)  # https://… (a path: https:/…)


def read_source(path: Path) -> SourceText:
    """The text, metadata and locator kind of a document, or ExtractError naming the file."""
    path = Path(path)
    name = ADAPTERS.get(path.suffix.lower())
    if name is None:
        raise ExtractError(f"no reader for {path.suffix or 'files without a suffix'}", path=path,
                           hint="briefgen reads " + ", ".join(ADAPTERS))
    check_size(path)
    return import_module(f"briefgen.sources.{name}").read(path)


def check_size(path: Path, limit: int = MAX_BYTES) -> int:
    """The file's size; ExtractError if it is missing, empty or too large to read."""
    if path.is_dir():
        raise ExtractError("is a folder, not a file", path=path, hint="give the files in it")
    if not path.is_file():
        address = _ADDRESS.match(str(path))
        raise ExtractError("no such file", path=path,
                           hint="briefgen reads files, not web addresses: save the page or "
                                "download the file, and add that" if address else None)
    size = path.stat().st_size
    if size == 0:
        raise ExtractError("the file is empty", path=path)
    if size > limit:
        raise ExtractError(f"the file is {size / 1024 / 1024:.0f} MB; briefgen reads sources of "
                           f"at most {limit // 1024 // 1024} MB", path=path,
                           hint="split the document, or export the part that holds the figures")
    return size


def is_plain_text(path: Path) -> bool:
    return ADAPTERS.get(Path(path).suffix.lower()) == "text"


__all__ = ["ADAPTERS", "MAX_BYTES", "SourceText", "check_size", "is_plain_text", "read_source"]
