"""Where a pack's briefs are rendered: in this process, on a local process pool, or on a Dask
cluster (briefgen/cluster.py). One interface, so pack.py does not care which.

`executor.render(items, project)` starts rendering every item and returns an iterator of
(item, result) in the order they finish; `result()` gives the (pages, sha256) of the brief's
files as written into the pack's folder, or raises the brief's BriefgenError. The local pool
can also fit some briefs ahead of rendering (`executor.fit`), so the pack's own pages can be
made while the workers render the last briefs.
"""

from __future__ import annotations

import functools
from concurrent.futures import as_completed
from pathlib import Path

from .config import Project


def _render_job(document, targets: dict[str, str], project: Project,
                template_dirs: tuple[Path, ...]) -> tuple[dict[str, int], dict[str, str]]:
    """Render one fitted brief to its files in the pack's stage, which syncs them all at once
    before it commits (in a worker process); (pages, file hashes)."""
    from .build import render_brief
    return render_brief(document, {k: Path(v) for k, v in targets.items()}, project,
                        template_dirs=template_dirs, durable=False)


def _targets(item) -> dict[str, str]:
    return {k: str(v) for k, v in item.files.items()}


class InProcess:
    """One brief after the other, here: no start-up cost (the fastest for a few briefs)."""

    parallel = False

    def render(self, items, project: Project):
        return ((item, functools.partial(_render_job, item.document, _targets(item), project,
                                         item.request.template_dirs)) for item in items)


def _fit_job(document, project: Project) -> bool:
    """Fit one brief into the cache, its layout with it (in a worker process, build.fit_ahead):
    whether it fitted (one that cannot be is reported by its render job)."""
    from .build import fit_ahead
    from .errors import BriefgenError
    try:
        fit_ahead(document, project)
    except BriefgenError:
        return False
    return True


class LocalPool:
    """The briefs rendered side by side by the local process pool (pack.py's workers)."""

    parallel = True

    def __init__(self, pool):
        self.pool = pool

    def fit(self, items, project: Project) -> dict:
        """Start fitting `items` (into the fit cache), ahead of any rendering started after
        this: future (whether the brief fitted) -> item."""
        return {self.pool.submit(_fit_job, item.document, project): item for item in items}

    def render(self, items, project: Project):
        futures = {self.pool.submit(_render_job, item.document, _targets(item), project,
                                    item.request.template_dirs): item for item in items}
        return ((futures[future], future.result) for future in as_completed(futures))
