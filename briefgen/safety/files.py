"""Reading a file that a shared project may have replaced by anything: a link to /dev/zero, a
named pipe, a folder, a file of gigabytes. Caches, the pack's manifest and every YAML file of a
project are read here, so such a file is an error or reads as missing instead of hanging or
filling memory."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

LIMIT = 1 << 30  # bytes: no cache file, manifest or output of briefgen comes near a gigabyte


def read_regular(path: Path, limit: int = LIMIT, *, follow: bool = False) -> bytes | None:
    """The bytes of the regular file at `path`, or None if it is missing, unreadable, not a
    regular file (a pipe, a device, a folder), larger than `limit`, or a link (unless `follow`)."""
    try:
        return regular_bytes(path, limit, follow=follow)
    except (OSError, ValueError):  # ValueError: a NUL in the name
        return None


def regular_bytes(path: Path, limit: int = LIMIT, *, follow: bool = True) -> bytes:
    """The bytes of the regular file at `path`; OSError saying why not (missing, no permission,
    not a regular file, larger than `limit`, a link unless `follow`). Opening never blocks: a
    named pipe is seen for what it is before anything is read."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    handle = os.open(path, flags)
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file (a named pipe, a device or a folder)")
        if info.st_size <= limit:
            with os.fdopen(os.dup(handle), "rb") as file:
                data = file.read(limit + 1)
            if len(data) <= limit:  # a file may grow between fstat and read
                return data
        raise OSError(errno.EFBIG, f"larger than {limit:,} bytes")
    finally:
        os.close(handle)
