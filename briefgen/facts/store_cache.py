"""The validated fact store, kept between runs: a store that loaded without problems is pickled,
sealed with this machine's key and a digest of every byte it was read from
(briefgen/safety/cache_files.py), and reused while that digest is the same.

Reading and checking a store of ten thousand facts takes two seconds, most of a large pack's
start; reading it back takes a tenth of that. The digest covers the fact files, the seeds
(quotes are verified against them) and briefgen's own code, so any edit loads afresh.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .. import __version__
from ..code_version import code_version
from ..config import Project
from ..safety.cache_files import read_object, write_object
from ..yamlio import no_gc


def cache_file(project: Project) -> Path:
    return project.path("cache") / "store.pickle"


def inputs_digest(project: Project) -> str:
    """SHA-256 of the store's inputs (names and bytes) and of the code that reads them."""
    digest = hashlib.sha256(f"{__version__}|{code_version()}|{project.root}".encode())
    for folder, pattern in _input_globs(project):
        for path in sorted(folder.rglob(pattern)) if folder.is_dir() else ():
            if path.is_file():
                digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _input_globs(project: Project):
    # Every file of the data (briefgen's code is in code_version; the fonts and templates it
    # ships, ten megabytes, do not change what a store holds).
    return ((project.path("facts"), "*"), (project.path("seeds"), "*"))


def read(project: Project, digest: str):
    """The kept store if it was made from exactly these inputs, else None. The digest is part
    of the sealed file's kind, so a store of other inputs is refused before it is unpickled."""
    with no_gc():  # many small objects, no cycles: the collector would only cost time
        return read_object(cache_file(project), f"store {digest}")


def keep(project: Project, digest: str, store) -> None:
    write_object(cache_file(project), f"store {digest}", store)
