"""Writing outputs safely: atomic replace, and names that cannot escape the output folder."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from contextlib import ExitStack, contextmanager
from pathlib import Path

from .errors import RenderError

_UNSAFE = re.compile(r"[^a-z0-9._-]+")
_DOTS = re.compile(r"[-.]*\.\.[-.]*")  # '..' is never part of a name
MAX_NAME = 80  # characters of a safe name; a file name adds at most ".docx"
# Names Windows keeps for devices, whatever the extension ("nul.pdf" is the null device).
_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                       *(f"lpt{i}" for i in range(10))})
TEMP_SUFFIX = ".part"


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_FILE_MODE = 0o666 & ~_umask()  # what open() would give a new file; mkstemp gives 0600


def safe_name(name: str) -> str:
    """A file-name-safe slug: 'Qingdao Week/../x' -> 'qingdao-week-x'. Never empty, never dots only.

    Distinct names stay distinct where the slug alone would merge them: a name cut to
    MAX_NAME characters, or one whose letters are not ASCII ('東京' and '大阪'), ends in a
    short hash of the full name.
    """
    slug = _DOTS.sub("-", _UNSAFE.sub("-", name.lower())).strip("-._")
    lost_letters = any(ch.isalnum() and not ch.isascii() for ch in name)
    if len(slug) > MAX_NAME or lost_letters:
        digest = hashlib.sha256(unicodedata.normalize("NFC", name).encode("utf-8", "surrogatepass"))
        slug = "-".join(p for p in (slug[:MAX_NAME - 9].strip("-."), digest.hexdigest()[:8]) if p)
    if not slug:
        return "untitled"
    stem = slug.split(".")[0]
    if stem in _RESERVED:
        slug = f"{stem}_{slug[len(stem):]}"  # "nul_" is a plain file everywhere
    return slug


def inside(folder: Path, name: str) -> Path:
    """`folder/name`, refusing anything that would land outside `folder` (or be `folder` itself)."""
    hint = "use a plain name without '..', '/' or control characters"
    if not name or "\x00" in name or "\x00" in str(folder):
        raise RenderError(f"output name {name!r} is empty or holds a NUL character", hint=hint)
    folder = Path(folder).resolve()
    target = (folder / name).resolve()
    if folder not in target.parents:
        raise RenderError(f"output name {name!r} would write outside {folder}", hint=hint)
    return target


@contextmanager
def atomic_path(target: Path, durable: bool = True):
    """Yield a temporary path next to `target`; on success rename it into place.

    The file reaches the disk (fsync) before the rename unless `durable` is false (a cache,
    which its readers check and make again), and gets the permissions a new file gets from
    the umask. On any error the temporary file is removed and an existing `target`
    is left untouched; a failure of the file system (no space, no permission, a folder in the
    way) is a RenderError naming the file.
    """
    target = Path(target)
    temp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # a short prefix: the temporary name must fit where the target's name fits
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=TEMP_SUFFIX,
                                             dir=target.parent)
        os.close(handle)
        temp = Path(temp_name)
        yield temp
        if durable:
            _sync(temp)
        os.chmod(temp, _FILE_MODE)
        os.replace(temp, target)
    except OSError as exc:
        raise RenderError(f"cannot write this file: {exc.strerror or exc}", path=target,
                          hint="check that the output folder is writable and has free space") from exc
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)


def _sync(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def write_bytes(target: Path, data: bytes, durable: bool = True) -> None:
    with atomic_path(target, durable) as temp:
        temp.write_bytes(data)


def write_text(target: Path, text: str) -> None:
    write_bytes(target, text.encode("utf-8"))


def write_all(contents: dict[Path, bytes]) -> None:
    """Write several files as one: every file goes to a synced temporary file first, and only
    when all are written are they renamed into place. A failure while writing (no space, say)
    replaces none of them, so a brief's PDF and DOCX never come from different builds."""
    with ExitStack() as stack:
        temps = []
        for target, data in contents.items():
            temp = stack.enter_context(_staged(Path(target)))
            temp.write_bytes(data)
            temps.append((temp, Path(target)))
        for temp, target in temps:
            _sync(temp)
        try:
            for temp, target in temps:
                os.replace(temp, target)
        except OSError as exc:
            raise RenderError(f"cannot write this file: {exc.strerror or exc}", path=target,
                              hint="check that the output folder is writable") from exc


@contextmanager
def _staged(target: Path):
    """A temporary file beside `target` with new-file permissions, removed unless renamed."""
    temp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=TEMP_SUFFIX,
                                             dir=target.parent)
        os.close(handle)
        temp = Path(temp_name)
        os.chmod(temp, _FILE_MODE)
        yield temp
    except OSError as exc:
        raise RenderError(f"cannot write this file: {exc.strerror or exc}", path=target,
                          hint="check that the output folder is writable and has free space") from exc
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
