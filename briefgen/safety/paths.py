"""Every path a user or a shared project names is resolved here, against the folder it must stay
in: symlinks are followed first, so a link that leads out is refused like '..' is."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from ..errors import BriefgenError, ConfigError


def is_within(folder: Path, path: Path) -> bool:
    """True when `path`, symlinks followed, is `folder` or lies inside it (also resolved)."""
    try:
        folder, path = _resolved(folder), _resolved(path)
        # Python stops resolving at a loop of links and takes the rest of the path by its
        # letters ('loop/../out' -> 'out', itself a link): only a fixed point is where it leads.
        if _resolved(path) != path:
            return False
    except (OSError, RuntimeError, ValueError):  # a loop of links, a NUL character
        return False
    return path == folder or path.startswith(folder if folder.endswith(os.sep) else folder + os.sep)


def _resolved(path) -> str:
    """Path(path).resolve() as text, a loop of links a RuntimeError as there: every file
    briefgen writes passes here (outputs.own_folder), and Path objects were most of the cost."""
    resolved = os.path.realpath(path)
    try:
        os.stat(resolved)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise RuntimeError(f"Symlink loop from {exc.filename!r}") from None
    return resolved


def within(folder: Path, written: str | Path, *, what: str, error: type[BriefgenError] = ConfigError,
           path: str | Path | None = None, line: int | None = None,
           base: Path | None = None) -> Path:
    """`written` (relative to `base`, default `folder`) resolved, or `error` naming `what` and
    where it was written when it would lead outside `folder`."""
    text = str(written)
    if "\x00" in text or not text.strip():
        raise error(f"{what} {text!r} is not a path", path=path, line=line,
                    hint="write a path relative to the project folder")
    target = Path(base if base is not None else folder) / text
    if not is_within(folder, target):
        raise error(f"{what} {text!r} leads outside {Path(folder).resolve()}", path=path, line=line,
                    hint="name a file or folder inside the project (links that lead out are "
                         "refused too)")
    return target.resolve()


def project_folders(root: Path, paths: dict, config_file: str, line_of) -> dict[str, str]:
    """The `paths:` of briefgen.yaml, each checked to stay inside the project: a shared project
    can neither read nor write outside its own folder."""
    return {key: str(within(root, value, what=f"paths/{key}", path=config_file,
                            line=line_of(key)).relative_to(root.resolve()))
            for key, value in paths.items()}
