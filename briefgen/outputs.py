"""Writing outputs safely: atomic replace, and names that cannot escape the output folder."""

from __future__ import annotations

import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .errors import RenderError

_UNSAFE = re.compile(r"[^a-z0-9._-]+")


def safe_name(name: str) -> str:
    """A file-name-safe slug: 'Qingdao Week/../x' -> 'qingdao-week-x'. Never empty, never dots only."""
    slug = _UNSAFE.sub("-", name.lower()).strip("-.")
    return slug[:80] or "untitled"


def inside(folder: Path, name: str) -> Path:
    """`folder/name`, refusing anything that would land outside `folder`."""
    folder = folder.resolve()
    target = (folder / name).resolve()
    if folder != target and folder not in target.parents:
        raise RenderError(f"output name {name!r} would write outside {folder}",
                          hint="use a plain name without '..' or '/'")
    return target


@contextmanager
def atomic_path(target: Path):
    """Yield a temporary path next to `target`; on success rename it into place.

    On any error the temporary file is removed and an existing `target` is left untouched.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                         dir=target.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def write_bytes(target: Path, data: bytes) -> None:
    with atomic_path(target) as temp:
        temp.write_bytes(data)


def write_text(target: Path, text: str) -> None:
    write_bytes(target, text.encode("utf-8"))
