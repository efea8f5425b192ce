"""Reading a file that a shared project may have replaced by anything: a link to /dev/zero, a
named pipe, a folder, a file of gigabytes. Caches, the pack's manifest and every YAML file of a
project are read here, so such a file is an error or reads as missing instead of hanging or
filling memory."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path

from .paths import is_within

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
    handle = _open_regular(path, follow)
    try:
        info = os.fstat(handle)
        if info.st_size <= limit:
            with os.fdopen(os.dup(handle), "rb") as file:
                data = file.read(limit + 1)
            if len(data) <= limit:  # a file may grow between fstat and read
                return data
        raise OSError(errno.EFBIG, f"larger than {limit:,} bytes")
    finally:
        os.close(handle)


def text_in(folder: Path, name: str, limit: int = LIMIT) -> str | None:
    """The text of the file `name` of `folder` (a seed), or None when there is none that may
    be read: a name with a folder in it, a file that leads out of `folder` by a link, one that
    is not a regular file (a named pipe, /dev/zero) or is larger than `limit`. Bytes that are
    not UTF-8 read as U+FFFD, so a quote holding one is not found (never a traceback). Every
    reader of seeds reads them here: a shared project's seed linked to a file of yours can
    neither be printed in a brief nor confirm a guess at its content."""
    if not isinstance(name, str) or name in ("", ".", "..") or any(c in name for c in "/\\\x00"):
        return None
    path = Path(folder) / name
    if not is_within(folder, path):
        return None
    data = read_regular(path, limit, follow=True)
    return None if data is None else data.decode("utf-8", errors="replace")


PIECE = 1 << 20  # bytes read at a time when a file is copied or hashed


def copy_regular(path: Path, out=None, limit: int = LIMIT, *, follow: bool = True) -> str:
    """The SHA-256 (hex) of the regular file at `path`, its bytes written to the binary file
    `out` as they are read, if given: a piece at a time, never the whole file in memory.
    OSError as `regular_bytes` raises it."""
    digest, read = hashlib.sha256(), 0
    handle = _open_regular(path, follow)
    with os.fdopen(handle, "rb") as file:
        while piece := file.read(PIECE):
            read += len(piece)
            if read > limit:
                raise OSError(errno.EFBIG, f"larger than {limit:,} bytes")
            digest.update(piece)
            if out is not None:
                out.write(piece)
    return digest.hexdigest()


def _open_regular(path: Path, follow: bool) -> int:
    """A handle on the regular file at `path` (opened without blocking, and without following
    a link unless `follow`), or OSError."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    handle = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise OSError(errno.EINVAL, "not a regular file (a named pipe, a device or a folder)")
    except OSError:
        os.close(handle)
        raise
    return handle
