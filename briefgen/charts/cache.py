"""Chart files cached by content: the same chart, theme, format, size and code (briefgen's own
and the drawing libraries' versions, see code_version) give the same key, so a rebuild with
unchanged inputs reuses the file instead of drawing again."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

from briefgen.code_version import code_version
from briefgen.config import CACHE_ENV_VAR as ENV_VAR  # the cache root; charts in its charts/
from briefgen.config import CONFIG_FILE as PROJECT_FILE
from briefgen.errors import RenderError


def cache_dir(explicit: str | Path | None = None) -> Path:
    """The charts cache: an explicit folder, else $BRIEFGEN_CACHE_DIR/charts, else
    <project>/.cache/charts, the project being the nearest folder up with briefgen.yaml."""
    if explicit is not None:
        return Path(explicit)
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]) / "charts"
    return _project_root(Path.cwd()) / ".cache" / "charts"


def _project_root(start: Path) -> Path:
    for folder in (start, *start.parents):
        if (folder / PROJECT_FILE).is_file():
            return folder
    return start


@lru_cache(maxsize=256)
def cache_keys(chart, theme, formats: tuple[str, ...], size_cm: tuple[float, float],
               options: str) -> dict[str, str]:
    """The key of each format's file. `options`: anything else that changes the picture (the
    font, the source line). Remembered: a brief's PDF, its DOCX and the pack ask for the same
    chart, and serialising it is the cost of a key."""
    # the logo is no part of a chart; its path would make a copy of the project draw anew
    theme = dataclasses.replace(theme, logo=None)
    payload = {"chart": dataclasses.asdict(chart), "theme": dataclasses.asdict(theme),
               "size_cm": list(size_cm), "options": options, "code": code_version()}
    text = json.dumps(payload, sort_keys=True, default=str, ensure_ascii=False)
    return {fmt: hashlib.sha256(f"{text}|{fmt}".encode()).hexdigest() for fmt in formats}


def write_atomically(path: Path, write) -> None:
    """`write(tmp_path)` then rename: parallel builds never see a half-written chart; then the
    file is sealed (briefgen/safety/cache_files.py), so a drawing planted in a shared project's
    cache is never used. Not synced to disk (a cache: a file cut short by a crash no longer
    matches its seal and is drawn again)."""
    from briefgen.outputs import atomic_path
    from briefgen.safety.cache_files import seal_file
    try:
        with atomic_path(path, durable=False) as tmp:
            write(tmp)
    except RenderError:  # a cache that cannot be written costs speed: drawn in memory instead
        return
    seal_file(path, _kind(path))


def keep_drawn(path: Path, data: bytes) -> None:
    """A chart file drawn elsewhere (a cluster's worker, which sent it to this process), kept
    and sealed here as if drawn here."""
    from briefgen.outputs import write_bytes
    from briefgen.safety.cache_files import seal_file
    try:
        write_bytes(path, data, durable=False)
    except RenderError:  # a cache: drawn again when needed
        return
    seal_file(path, _kind(path))


def drawn(path: Path) -> bytes | None:
    """The chart file's bytes if this machine drew them, else None (draw it again)."""
    from briefgen.safety.cache_files import sealed_file
    return sealed_file(path, _kind(path))


def is_drawn(path: Path) -> bool:
    return drawn(path) is not None


def _kind(path: Path) -> str:
    return f"chart{Path(path).suffix}"
