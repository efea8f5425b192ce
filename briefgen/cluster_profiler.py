"""Dask's statistical profiler paused on the workers while a pack renders (cluster.py).

A Dask worker samples the stack of the task it runs every 10 ms and keeps a tree of the stacks
sampled in each second, for the last 1,000 seconds, twice (all tasks, and task by task): a
worker's memory grew with the time it had rendered, not with what it renders (measured on a
local two-worker cluster: docs/performance.md, "Memory at scale"). Imported only when Dask is.
"""

from __future__ import annotations

from distributed.diagnostics.plugin import WorkerPlugin

PROFILER_CALLBACKS = ("profile", "profile-cycle")  # a worker's sampling, and its cycling


class QuietProfiler(WorkerPlugin):
    """The worker's profiler paused while this plugin is registered (on every worker, those
    that join later too), running again once it is unregistered. What the profiler kept
    before is left as it was."""

    name = "briefgen-quiet-profiler"

    def setup(self, worker) -> None:
        for callback in _callbacks(worker):
            callback.stop()

    def teardown(self, worker) -> None:
        for callback in _callbacks(worker):
            if not callback.is_running():
                callback.start()


def _callbacks(worker) -> list:
    """The worker's profiler callbacks (none when Dask's config turned profiling off)."""
    return [worker.periodic_callbacks[name] for name in PROFILER_CALLBACKS
            if name in worker.periodic_callbacks]
