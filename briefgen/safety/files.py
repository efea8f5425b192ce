"""Reading a file that a shared project may have replaced by anything: a link to /dev/zero, a
named pipe, a folder, a file of gigabytes. Caches and the pack's manifest are read here, so such
a file reads as missing instead of hanging or filling memory."""

from __future__ import annotations

import os
import stat
from pathlib import Path

LIMIT = 1 << 30  # bytes: no cache file, manifest or output of briefgen comes near a gigabyte


def read_regular(path: Path, limit: int = LIMIT, *, follow: bool = False) -> bytes | None:
    """The bytes of the regular file at `path`, or None if it is missing, unreadable, not a
    regular file (a pipe, a device, a folder), larger than `limit`, or a link (unless `follow`).
    Opening never blocks: a named pipe is seen for what it is before anything is read."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        handle = os.open(path, flags)
    except (OSError, ValueError):  # missing, a link, no permission, a NUL in the name
        return None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        with os.fdopen(os.dup(handle), "rb") as file:
            data = file.read(limit + 1)
    except OSError:
        return None
    finally:
        os.close(handle)
    return data if len(data) <= limit else None
