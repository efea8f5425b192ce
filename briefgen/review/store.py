"""The fact store as the pages see it: loaded once with `load_store` (the CLI's own, with its
cache) and loaded again when a fact file or seed changes, which a stat of each file tells."""

from __future__ import annotations

import threading
from pathlib import Path

from briefgen.config import Project
from briefgen.errors import BriefgenError, Problem
from briefgen.facts.store import FactStore, load_store


class StoreKeeper:
    """The current store, or the problems that keep it from loading."""

    def __init__(self, project: Project):
        self.project = project
        self._lock = threading.Lock()
        self._stamp: tuple | None = None
        self._store: FactStore | None = None
        self._problems: list[Problem] = []

    def current(self) -> tuple[FactStore | None, list[Problem]]:
        with self._lock:
            stamp = self.stamp()
            if stamp != self._stamp:
                try:
                    self._store, self._problems = load_store(self.project), []
                except BriefgenError as error:
                    self._store, self._problems = None, error.problems
                self._stamp = stamp
            return self._store, self._problems

    def stamp(self) -> tuple:
        """Name, size and modification time of every file the store is read from; the inbox
        (facts/_inbox/) does not count."""
        found = []
        for folder in (self.project.path("facts"), self.project.path("seeds")):
            found += [(str(p), s.st_size, s.st_mtime_ns) for p, s in _stats(folder)]
        return tuple(found)


def _stats(folder: Path):
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if any(part.startswith(("_", ".")) for part in relative[:-1]):
            continue
        try:
            stat = path.stat()
        except OSError:
            continue
        if path.is_file():
            yield path, stat
