"""Writing outputs safely: atomic replace, and names that cannot escape the output folder."""

from __future__ import annotations

import hashlib
import os
import re
import stat
import tempfile
import unicodedata
from contextlib import ExitStack, contextmanager
from pathlib import Path

from .config import CONFIG_FILE
from .errors import RenderError
from .safety.interrupts import deferred, wrote
from .safety.paths import is_within

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


def brief_name(kind: str, slug: str) -> str:
    """A brief's name: its files' stem and the anchor links to it use ('partner-japan')."""
    return "overview" if kind == "overview" else safe_name(f"{kind}-{slug}")


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
    folder = own_folder(folder).resolve()
    target = (folder / name).resolve()
    if folder not in target.parents:
        raise RenderError(f"output name {name!r} would write outside {folder}", hint=hint)
    return target


def own_folder(folder: Path) -> Path:
    """`folder`, refused if it lies in a project (a folder above it, by its letters, holds
    briefgen.yaml) but leads out of it by a link: a shared project's `out/pack` or
    `.cache/charts` may be a link to a home folder, and nothing briefgen writes, replaces or
    deletes may land there. Every folder a file is written into passes here."""
    folder = Path(folder).absolute()
    # the folders above it with '..' taken by its letters ('../published' from a project's
    # folder lies beside it, not in it); where it leads is checked with links followed
    named = _and_above(os.path.normpath(folder))
    leads_out = [Path(above) for above in named
                 if _holds_project(above) and not is_within(Path(above), folder)]
    if ".." in folder.parts:  # and a project it passes through, by a link out, before a '..'
        leads_out += [above for above in folder.parents
                      if _holds_project(above) and not _no_link_out(above, folder)]
    if leads_out:
        raise RenderError(f"this folder leads outside the project {leads_out[0]} (a link)",
                          path=folder, hint="remove the link (or write elsewhere with --out)")
    there = next((above for above in named if os.path.lexists(above)), None)
    if there is not None and not os.path.isdir(there):  # "out" a file: mkdir said "File exists"
        raise RenderError("this is a file, not a folder: nothing can be written into it",
                          path=Path(there), hint="move the file away, or write elsewhere with --out")
    return folder


def _and_above(folder: str) -> list[str]:
    """A normalised absolute folder and every folder above it, as text: every file written
    passes own_folder (nine a brief in a pack), and the same walk in Path objects was a third
    of its cost."""
    found = [folder]
    while (above := os.path.dirname(found[-1])) != found[-1]:
        found.append(above)
    return found


def _no_link_out(above: Path, folder: Path) -> bool:
    """Whether no link on the way from `above` down to `folder`, by its letters, leads out of
    `above` ('..' itself is no link)."""
    path = above
    for part in folder.parts[len(above.parts):]:
        path = path / part
        try:
            if path.is_symlink() and not is_within(above, path):
                return False
        except (OSError, ValueError):  # a name the system refuses: the write reports it
            return True
    return True


def own_output(target: Path, command: str, ours) -> Path:
    """`target`, a file `command` writes where its caller says (`--out FILE`), refused when a
    file is there that `command` did not write (`ours(its bytes)` is false): a careless --out
    never replaces a fact file, briefgen.yaml or a document. An empty file holds nothing to lose."""
    from .safety.files import regular_bytes
    try:
        data = regular_bytes(Path(target), 64 << 20)
    except FileNotFoundError:
        return Path(target)
    except OSError:
        data = None  # a device, a pipe, too large: not what this command writes
    if data == b"" or (data is not None and ours(data)):
        return Path(target)
    raise RenderError(f"there is a file here that `{command}` did not write", path=target,
                      hint="give --out a new file name, or move the file away first")


def _holds_project(folder: str | Path) -> bool:
    # os.path.isfile: False for a name too long for the system or holding a NUL (no project)
    return os.path.isfile(os.path.join(folder, CONFIG_FILE))


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
    own_folder(target.parent)
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
        _replaceable([target])
        os.replace(temp, target)
    except OSError as exc:
        raise RenderError(f"cannot write this file: {exc.strerror or exc}", path=target,
                          hint="check that the output folder is writable and has free space") from exc
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)


def _replaceable(targets: list[Path]) -> None:
    """A folder where a file is to go is the one thing rename(2) cannot replace: found before
    the first rename, it stops a set of files from being written in part. A device it would
    replace, and must not (`reference-docx /dev/null --force`, run as root, made /dev/null a
    Word file); a named pipe planted among the outputs is replaced like any file."""
    for target in targets:
        try:
            mode = os.lstat(target).st_mode
        except (OSError, ValueError):
            continue  # nothing there (or a name the rename will report)
        if stat.S_ISDIR(mode):
            raise RenderError("cannot write this file: a folder is in its place", path=target,
                              hint="move the folder away and run again")
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
            raise RenderError("cannot write this file: it is a device", path=target,
                              hint="write to a file name of your own")


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


def write_all(contents: dict[Path, bytes], durable: bool = True) -> None:
    """Write several files as one: every file goes to a synced temporary file first, and only
    when all are written are they renamed into place. A failure while writing (no space, say)
    replaces none of them, so a brief's PDF and DOCX never come from different builds.
    `durable=False`: not synced, for files written into a `Stage`, which syncs all its files
    at once before it commits them."""
    with ExitStack() as stack:
        temps = {}
        for target, data in contents.items():
            temps[target] = temp = stack.enter_context(_staged(Path(target)))
            try:
                temp.write_bytes(data)
            except OSError as exc:
                raise _cannot_write(target, exc) from exc
        _rename_all(temps, durable)


@contextmanager
def together(targets):
    """write_all for files others write (qpdf, a zip writer): a temporary path beside each
    target (target -> temporary path), for the caller to write; when the block ends without
    an error, all are synced, then renamed into place."""
    with ExitStack() as stack:
        temps = {target: stack.enter_context(_staged(Path(target))) for target in targets}
        try:
            yield temps
        except OSError as exc:  # which of the files failed, the writer does not say
            raise RenderError(f"cannot write these files: {exc.strerror or exc}",
                              path=", ".join(str(t) for t in temps),
                              hint="check that the output folder is writable and has free "
                                   "space") from exc
        _rename_all(temps)


def _rename_all(temps: dict, durable: bool = True) -> None:
    """Sync each temporary file (target -> temporary path), then rename them all into place."""
    for temp in temps.values() if durable else ():
        _sync(temp)
    _replaceable([Path(target) for target in temps])
    try:
        with deferred():  # a brief's files (PDF and Word) are replaced together or not at all
            for target, temp in temps.items():
                os.replace(temp, target)
    except OSError as exc:
        raise RenderError(f"cannot write this file: {exc.strerror or exc}", path=target,
                          hint="check that the output folder is writable") from exc


def _cannot_write(target, exc: OSError) -> RenderError:
    return RenderError(f"cannot write this file: {exc.strerror or exc}", path=target,
                       hint="check that the output folder is writable and has free space")


@contextmanager
def _staged(target: Path):
    """A temporary file beside `target` with new-file permissions, removed unless renamed."""
    temp = None
    own_folder(target.parent)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=TEMP_SUFFIX,
                                             dir=target.parent)
        os.close(handle)
        temp = Path(temp_name)
        os.chmod(temp, _FILE_MODE)
    except OSError as exc:
        if temp is not None:
            temp.unlink(missing_ok=True)
        raise _cannot_write(target, exc) from exc
    try:
        yield temp
    finally:
        temp.unlink(missing_ok=True)


def file_sha256(path: Path) -> str | None:
    """The SHA-256 of an output file; None when it is missing or no regular file (a pipe or a
    link to a device put in its place), which matches no recorded hash."""
    from .safety.files import copy_regular
    try:
        return copy_regular(path, follow=True)  # a piece at a time: a pack's files are large
    except (OSError, ValueError):  # ValueError: a NUL in the name
        return None


STAGE_PREFIX = ".stage-"


class Stage:
    """The outputs of one run, written into a hidden folder inside the output folder and moved
    into place together, only when every one of them was written (`commit`); on any error, or
    an interruption, the folder is removed and the output folder is as it was.

    "Together" on a POSIX file system: each file is renamed into place by rename(2), which
    replaces one file atomically; a run's renames are a sequence, done only after every staged
    file was synced (at once: files written into the stage need not be synced one by one, see
    `_sync_files`), with the manifest renamed last and the folder synced after. The manifest
    records every output's SHA-256, so a run killed between two renames leaves files the
    manifest does not vouch for, and the next run rebuilds exactly those. A stage folder a
    killed run left behind is removed by the next run (see pack._remove_leftovers).
    """

    def __init__(self, out_dir: Path):
        self.out_dir = own_folder(out_dir)
        self.made = [f for f in (self.out_dir, *self.out_dir.parents) if not f.exists()]
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            self.folder = Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, dir=self.out_dir))
        except OSError as exc:
            raise RenderError(f"cannot write this folder: {exc.strerror or exc}", path=out_dir,
                              hint="check that the output folder is writable and has free space") from exc

    def __enter__(self) -> "Stage":
        return self

    def __exit__(self, *exc_info) -> None:
        import shutil
        shutil.rmtree(self.folder, ignore_errors=True)
        for folder in self.made:  # made for this run and still empty: a failed run leaves none
            try:
                folder.rmdir()
            except OSError:
                break

    def path(self, target: Path) -> Path:
        """Where the output `target` (a file of the output folder) is staged."""
        return self.folder / Path(target).name

    def commit(self, last: str, stale: dict[str, str] | None = None) -> list[Path]:
        """Move every staged file into the output folder, `last` after all others; before
        `last`, delete the `stale` files (name -> the SHA-256 an earlier run wrote it with:
        outputs that `last`, the manifest, no longer lists) that still hold what that run
        wrote. Returns the stale files left because they changed since (edited by hand)."""
        staged = sorted(self.folder.iterdir(), key=lambda p: (p.name == last, p.name))
        _replaceable([self.out_dir / path.name for path in staged])
        changed = []
        try:  # every file on the disk before any is renamed
            _sync_files(self.folder, staged)
        except OSError as exc:
            raise RenderError(f"cannot write these files: {exc.strerror or exc}",
                              path=self.folder, hint="check that the output folder's disk "
                                                     "is writable and has free space") from exc
        try:
            with deferred():  # a Ctrl-C meanwhile stops the run once all are in place
                for path in staged:
                    if path.name == last:
                        changed = self._remove(stale or {})
                    os.replace(path, self.out_dir / path.name)
                _sync_folder(self.out_dir)
                wrote(self.out_dir)
        except OSError as exc:
            raise RenderError(f"cannot write this file: {exc.strerror or exc}",
                              path=self.out_dir / path.name,
                              hint="check that the output folder is writable") from exc
        return changed

    def _remove(self, stale: dict[str, str]) -> list[Path]:
        """Delete each stale output of the output folder that holds the bytes recorded for it
        (a file of the folder itself, never a link: a link put in its place is left)."""
        changed = []
        for name, sha256 in sorted(stale.items()):
            if name in ("", ".", "..") or Path(name).name != name or "\\" in name or "\0" in name:
                continue  # not a file of this folder
            target = self.out_dir / name
            try:
                if not target.is_symlink() and file_sha256(target) == sha256:
                    target.unlink()
                elif target.exists() or target.is_symlink():
                    changed.append(target)
            except OSError:  # a name no file here can have (too long), or a file not removable:
                continue  # left as it is, and the manifest is written all the same
        return changed


def _sync_files(folder: Path, paths: list[Path]) -> None:
    """Every file of `paths` (files of `folder`) on the disk: one syncfs(2) of the folder's
    file system where there is one (Linux), else an fsync each. A thousand briefs' files synced
    one by one cost 3-5 ms each, ten seconds of a pack's workers waiting; their file system at
    once a tenth of a second."""
    if not _syncfs(folder):
        for path in paths:
            _sync(path)


def _syncfs(folder: Path) -> bool:
    """syncfs(2) on `folder`'s file system; False where there is no such call, or it failed."""
    import ctypes
    try:
        syncfs = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):  # not Linux (or no glibc 2.14)
        return False
    handle = os.open(folder, os.O_RDONLY)
    try:
        return syncfs(handle) == 0
    finally:
        os.close(handle)


def _sync_folder(folder: Path) -> None:
    """The renames into `folder` reach the disk (a no-op where folders cannot be opened)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
