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


# The shapes for the PDF (pickled) are read by briefgen alone: one file, sealed as every other
# cache file is (MAGIC, tag, payload). A picture others read by name (the DOCX's PNG, an SVG)
# stays as it is, its seal in a file beside it.
SEALED_INSIDE = (".rlg",)
_SHAPES_KIND = "chart-shapes"


def keep(path: Path, data: bytes) -> bool:
    """Write a chart file drawn in this process, or drawn elsewhere (a cluster's worker, which sent
    it here), atomically: parallel builds never see a half-written chart; sealed
    (briefgen/safety/cache_files.py), so a drawing planted in a shared project's cache is never
    used. Not synced to disk (a cache: a file cut short by a crash no longer matches its seal
    and is drawn again). False when the cache cannot be written (the file or its seal), which
    costs only speed."""
    from briefgen.outputs import write_bytes
    from briefgen.safety import cache_files
    if _sealed_inside(path):
        return cache_files.write_bytes(path, _SHAPES_KIND, data)
    try:
        write_bytes(path, data, durable=False)
    except RenderError:  # drawn again when needed, in memory meanwhile
        return False
    return cache_files.seal_file(path, _kind(path), data)


def drawn(path: Path) -> bytes | None:
    """The chart file's bytes (the shapes' pickle: without their seal) if this machine drew
    them, else None (draw it again)."""
    from briefgen.safety import cache_files
    if _sealed_inside(path):
        payload = cache_files.read_bytes(path, _SHAPES_KIND)
        return None if payload is None else bytes(payload)
    return cache_files.sealed_file(path, _kind(path))


def is_drawn(path: Path) -> bool:
    return drawn(path) is not None


def _sealed_inside(path: Path) -> bool:
    return Path(path).suffix in SEALED_INSIDE


def _kind(path: Path) -> str:
    return f"chart{Path(path).suffix}"
