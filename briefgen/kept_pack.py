"""What binding a pack made, kept in `.cache/` so that a pack bound again from the same inputs
reuses it: its own pages as measured (the cover, contents and appendix are laid out to count
their pages and place the cover's contact block), and the bound files themselves.

Each entry is found under a digest of everything its bytes depend on, briefgen's code included
(`code_version.py`), and sealed (safety/cache_files.py): an entry under another digest, cut
short or not sealed by this machine reads as missing, and the work is done again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json

from . import __version__
from .config import Project
from .safety.cache_files import read_object, write_object

MEASURED = "measured-layout"
BOUND = "bound-pack"


def digest(value) -> str:
    """The key of `value` (plain data, documents as `build.content` gives them) together with
    briefgen's code."""
    from .code_version import code_version
    text = json.dumps([value, __version__, code_version()], sort_keys=True, default=str,
                      ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def measured(document, project: Project):
    """The document laid out as a PDF of its own (`render.pdf.Laid`: pages, where each block
    landed, the space left on each page), without the PDF's bytes; kept by content."""
    from .build import content, theme_key
    from .render.pdf import pdf_bytes
    key = digest(["measured", content(document), theme_key(project.theme), repr(project.page)])
    path = project.path("cache") / "measured" / f"{key[:32]}.pickle"
    found = read_object(path, MEASURED)
    if isinstance(found, tuple) and len(found) == 2 and found[0] == key:
        return found[1]
    laid = dataclasses.replace(pdf_bytes(document, project.theme, project.page,
                                         chart_cache=project.chart_cache), data=b"")
    write_object(path, MEASURED, (key, laid))
    return laid


def bound(project: Project, name: str, key: str) -> dict[str, bytes] | None:
    """The bound pack's bytes by format, if the pack named `name` was last bound under `key`."""
    found = read_object(_bound_path(project, name), BOUND)
    if isinstance(found, tuple) and len(found) == 2 and found[0] == key:
        return found[1]
    return None


def keep_bound(project: Project, name: str, key: str, data: dict[str, bytes]) -> None:
    """Keep the bound pack (one entry a pack name: the cache stays the size of one pack)."""
    write_object(_bound_path(project, name), BOUND, (key, data))


def _bound_path(project: Project, name: str):
    return project.path("cache") / "bound" / f"{name}.pickle"
