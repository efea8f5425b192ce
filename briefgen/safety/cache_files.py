"""The one way a cache file is written and read back. A cache lives in the project (`.cache/`),
and a project may come from someone else (a zip, a network drive), so a cache file is trusted
only when it carries an HMAC-SHA256 made with this machine's key, which is kept outside every
project; the tag is checked before a byte is deserialised, so a planted pickle is never loaded.

A file is MAGIC, then the 32-byte tag of (kind, payload), then the payload. `kind` says what the
file holds ("store", "fitted", "chart-shapes" …): an authentic file of one kind planted under
the name of another is refused too. Anything unreadable, unauthentic or cut short reads as
missing, and the caller makes it again; a cache that cannot be written only costs speed.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import stat
import tempfile
from functools import lru_cache
from pathlib import Path

from .files import read_regular

MAGIC = b"briefgen-cache-1\n"
_TAG = hashlib.sha256().digest_size
KEY_BYTES = 32
KEY_ENV = "BRIEFGEN_KEY_DIR"  # where the machine key is kept; else $XDG_CACHE_HOME/briefgen


def key_dir() -> Path:
    if os.environ.get(KEY_ENV):
        return Path(os.environ[KEY_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "briefgen"


@lru_cache(maxsize=4)
def _machine_key(folder: str) -> bytes | None:
    """This user's key (made on first use, mode 0600), or None when it can be neither read nor
    made safely."""
    path = Path(folder) / "key"
    try:
        key = _read_key(path)
    except FileNotFoundError:
        key, unusable = None, False
    except OSError:
        return None
    else:  # others could read it, or it was cut short: a new one replaces it
        unusable = True
    if key is not None:
        return key
    try:
        _make_key(path, replace=unusable)
        return _read_key(path)
    except OSError:
        return None


def machine_key() -> bytes:
    """The machine key; without one (no home folder, a read-only one) a key of this process
    alone: what it caches is trusted by itself and its workers only, and made again next run."""
    try:
        folder = str(key_dir())
    except RuntimeError:  # no home folder to be found
        return _process_key()
    return _machine_key(folder) or _process_key()


@lru_cache(maxsize=1)
def _process_key() -> bytes:
    return os.urandom(KEY_BYTES)


def _read_key(path: Path) -> bytes | None:
    """The key, if the file is a regular file of this user that no one else may read or write."""
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        info = os.fstat(handle)
        private = stat.S_ISREG(info.st_mode) and not info.st_mode & 0o077
        if not private or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
            return None
        key = os.read(handle, KEY_BYTES + 1)
    finally:
        os.close(handle)
    return key if len(key) == KEY_BYTES else None


def _make_key(path: Path, replace: bool = False) -> None:
    """Write a random key to a private temporary file and link it into place: two processes
    making it at once both end up reading the one that was linked first. `replace`: put it in
    place of an unusable key (caches sealed with the old one are made again)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".key.")  # mode 0600
    try:
        os.write(handle, os.urandom(KEY_BYTES))
        os.fsync(handle)
        os.close(handle)
        handle = None
        try:
            (os.replace if replace else os.link)(temp, path)
        except FileExistsError:
            pass
    finally:
        if handle is not None:
            os.close(handle)
        Path(temp).unlink(missing_ok=True)


def _tag(key: bytes, kind: str, payload: bytes) -> bytes:
    mac = hmac.new(key, kind.encode() + b"\0", hashlib.sha256)
    mac.update(payload)
    return mac.digest()


def sealed(kind: str, payload: bytes) -> bytes:
    """The bytes of a cache file holding `payload`."""
    return MAGIC + _tag(machine_key(), kind, payload) + payload


def opened(kind: str, data: bytes) -> bytes | None:
    """The payload of a cache file's bytes if this machine sealed it as `kind`, else None."""
    key = machine_key()
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + _TAG:
        return None
    tag, payload = data[len(MAGIC):len(MAGIC) + _TAG], memoryview(data)[len(MAGIC) + _TAG:]
    return payload if hmac.compare_digest(tag, _tag(key, kind, payload)) else None


def read_bytes(path: Path, kind: str) -> bytes | None:
    """The payload of the cache file at `path` if this machine sealed it as `kind`; a link, a
    pipe or a device in its place reads as missing (safety/files.py)."""
    data = read_regular(path)
    return None if data is None else opened(kind, data)


def write_bytes(path: Path, kind: str, payload: bytes) -> bool:
    """Seal and write atomically (not synced: a cache is checked when read); failing to write
    costs only speed (False)."""
    from ..errors import RenderError
    from ..outputs import write_bytes as write_file
    try:
        write_file(path, sealed(kind, payload), durable=False)
    except RenderError:  # write_bytes reports a failing file system as a RenderError
        return False
    return True


def read_object(path: Path, kind: str):
    """The object `write_object` stored, or None: only an authentic payload is unpickled."""
    payload = read_bytes(path, kind)
    if payload is None:
        return None
    try:
        return pickle.loads(payload)
    except Exception:  # noqa: BLE001 - our own pickle made by other code (a renamed class…)
        return None


def write_object(path: Path, kind: str, value) -> None:
    try:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return
    write_bytes(path, kind, payload)


# --- files others read by name (chart pictures): the seal is a file beside them ----------------

SEAL_SUFFIX = ".seal"


def seal_file(path: Path, kind: str, data: bytes) -> bool:
    """Vouch in `path.seal` for `data`, the bytes just written to `path` (not read back: a file
    replaced in between reads as missing); failing costs only speed (False)."""
    return write_bytes(_seal_of(path), kind, hashlib.sha256(data).digest())


def sealed_file(path: Path, kind: str) -> bytes | None:
    """The bytes of the file at `path` if its seal vouches for exactly them, else None."""
    digest = read_bytes(_seal_of(path), kind)
    data = read_regular(path) if digest is not None else None
    return data if data is not None and hmac.compare_digest(
        bytes(digest), hashlib.sha256(data).digest()) else None


def _seal_of(path: Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + SEAL_SUFFIX)


# --- copies of large files (a pack's bound files): their SHA-256 sealed in an entry elsewhere ---

def keep_copy(source: Path, path: Path) -> str | None:
    """Copy the file at `source` (one this run wrote) to the cache file `path`, a piece at a
    time; the SHA-256 (hex) of what was copied, which the caller seals in an entry of its own
    (`write_object`); None when the cache cannot be written, which costs only speed."""
    from ..errors import RenderError
    from ..outputs import atomic_path
    from .files import copy_regular
    try:
        with atomic_path(path, durable=False) as temp, open(temp, "wb") as out:
            return copy_regular(source, out)
    except (OSError, RenderError):
        return None


def copy_vouched(path: Path, sha256: str, out) -> bool:
    """Copy the cache file at `path` into the binary file `out`, a piece at a time, and say if
    its bytes have the SHA-256 (hex) a sealed entry records: only then may the caller use what
    it wrote. A link, a pipe or a device in its place copies nothing (safety/files.py)."""
    from .files import copy_regular
    try:
        return hmac.compare_digest(copy_regular(path, out, follow=False), sha256)
    except (OSError, ValueError, TypeError):  # TypeError: a recorded digest that is no text
        return False
