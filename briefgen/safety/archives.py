"""ZIP packages (Word .docx, Excel .xlsx) that a reading library unpacks part by part into
memory: their unpacked size is checked first, so a zip bomb (a small file that unpacks to
gigabytes) is a clean error naming the file, never all the memory of the machine.

The sizes a package declares are a true bound: Python's zipfile, which python-docx and openpyxl
read through, never returns more of a part than its declared size (it stops there, and the
part then fails its checksum)."""

from __future__ import annotations

import zipfile
from pathlib import Path

MAX_UNPACKED = 200 * 1024 * 1024  # bytes: a Word file of a 50 MB yearbook unpacks to far less
UNPACKED_HINT = "a real document is far smaller: save the part that holds the figures again"


def unpacked_problem(path: Path) -> str | None:
    """Why the package at `path` is too large to unpack, or None (also for a file that is no
    ZIP package: its reader says why it cannot read it)."""
    try:
        with zipfile.ZipFile(path) as package:
            size = sum(part.file_size for part in package.infolist())
    except (OSError, zipfile.BadZipFile, ValueError):
        return None
    if size <= MAX_UNPACKED:
        return None
    return (f"the package unpacks to {size / 1024 / 1024:,.0f} MB; briefgen reads documents of "
            f"at most {MAX_UNPACKED // 1024 // 1024} MB unpacked")
