"""What a pack's build made, kept in `.cache/` so that a pack built again from the same inputs
(its output folder deleted, say) reuses it instead of making it again:

- `composed/`: the briefs as composed, under a digest of every input file of the project
  (`pack.inputs_fingerprint`: facts, seeds, templates, settings, the production date);
- `matter/`: the pack's own documents (cover, contents, appendix) under the same digest and
  the briefs' places and pages;
- `measured/`: a document's layout as measured (pages, space left), by its content;
- `bound/`: the bound pack's files, under a digest of its own documents and each brief's input
  hash and files (binder.py): copies of the files beside an entry recording their SHA-256,
  copied a piece at a time (a thousand briefs' pack is some 30 MB, never held in memory).

Every key also covers briefgen's code (`code_version.py`), and every entry is sealed
(safety/cache_files.py): an entry under another key, cut short or not sealed by this machine
reads as missing, and the work is done again. Entries named after the pack are replaced by the
next build of that pack, so the cache stays the size of one build.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json

from . import __version__
from .config import Project
from .safety.cache_files import copy_vouched, keep_copy, read_object, write_object


def digest(value) -> str:
    """The key of `value` (plain data, documents as `build.content` gives them) together with
    briefgen's code."""
    from .code_version import code_version
    text = json.dumps([value, __version__, code_version()], sort_keys=True, default=str,
                      ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def kept(project: Project, what: str, name: str, key: str):
    """The value kept as `what` (composed, matter, bound …) under `name`, if kept under `key`."""
    found = read_object(_path(project, what, name), f"kept-{what}")
    if isinstance(found, tuple) and len(found) == 2 and found[0] == key:
        return found[1]
    return None


def keep(project: Project, what: str, name: str, key: str, value) -> None:
    """Keep `value` as `what` under `name` and `key`; failing costs only speed."""
    write_object(_path(project, what, name), f"kept-{what}", (key, value))


def keep_files(project: Project, what: str, name: str, key: str, files: dict) -> None:
    """Keep copies of `files` (format -> a file this run wrote) as `what` under `name` and `key`:
    the copies beside the entry, which records (sealed) the SHA-256 of each; failing costs only
    speed."""
    entry = _path(project, what, name)
    digests = {fmt: keep_copy(path, entry.with_suffix(f".{fmt}")) for fmt, path in files.items()}
    if None not in digests.values():
        keep(project, what, name, key, digests)


def kept_files(project: Project, what: str, name: str, key: str, targets: dict) -> bool:
    """Whether the files kept as `what` under `name` and `key` were copied into `targets`
    (format -> path), each with the SHA-256 its sealed entry records (else what was written
    there is not to be used)."""
    digests = kept(project, what, name, key)
    if not (isinstance(digests, dict) and set(digests) == set(targets)):
        return False
    entry = _path(project, what, name)
    for fmt, target in targets.items():
        with open(target, "wb") as out:
            if not copy_vouched(entry.with_suffix(f".{fmt}"), digests[fmt], out):
                return False
    return True


def _path(project: Project, what: str, name: str):
    """The entry's file, named by a digest of `name` (a pack's file_name may be any text)."""
    named = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return project.path("cache") / what / f"{named}.pickle"


def measured(document, project: Project):
    """The document laid out as a PDF of its own (`render.pdf.Laid`: pages, where each block
    landed, the space left on each page), without the PDF's bytes; kept by content."""
    from .build import content, theme_key
    from .render.pdf import pdf_bytes
    key = digest(["measured", content(document), theme_key(project.theme), repr(project.page)])
    laid = kept(project, "measured", key, key)
    if laid is None:
        laid = dataclasses.replace(pdf_bytes(document, project.theme, project.page,
                                             chart_cache=project.chart_cache), data=b"")
        keep(project, "measured", key, key, laid)
    return laid
