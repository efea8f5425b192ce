"""A pack's briefs as last rendered, kept in `.cache/rendered/` so that a pack built again from
the same inputs (its output folder deleted, another output folder, a pack of other subjects
sharing these briefs) writes their bytes instead of laying them out and writing Word again.

One entry a brief name (the cache stays the size of one pack), holding the brief's input hash
(`build.document_hash`: the composed document, theme, page, formats, reference document and
briefgen's code) with the bytes and pages of each format; an entry of another hash, or one that
is unreadable or not sealed by this machine (safety/cache_files.py), reads as missing.
"""

from __future__ import annotations

import hashlib

from .config import Project
from .safety.cache_files import read_object, write_object

KIND = "rendered-brief"
MAX_PAGES = 1  # a pack's briefs are fitted to one page (build.render_brief's default)


def _path(project: Project, item):
    return project.path("cache") / "rendered" / f"{item.name}.pickle"


def kept(project: Project, item) -> tuple[dict[str, bytes], dict[str, int]] | None:
    """(bytes, pages) by format of the brief as rendered from the item's input hash, if kept."""
    entry = read_object(_path(project, item), KIND)
    if not (isinstance(entry, tuple) and len(entry) == 3 and entry[0] == _key(item)):
        return None
    data, pages = entry[1], entry[2]
    return (data, pages) if set(data) == set(item.files) == set(pages) else None


def keep(project: Project, item) -> None:
    """Keep the brief's files as rendered into `item.files`, if they are still those whose
    hashes `item.sha256` records (what the executor wrote); failing costs only speed."""
    data = {}
    for fmt, sha256 in item.sha256.items():  # in the order rendering gave (the manifest's)
        try:
            content = item.files[fmt].read_bytes()
        except (KeyError, OSError):
            return
        if hashlib.sha256(content).hexdigest() != sha256:
            return
        data[fmt] = content
    write_object(_path(project, item), KIND, (_key(item), data, dict(item.pages)))


def _key(item) -> tuple[str, int]:
    return (item.input_hash, MAX_PAGES)
