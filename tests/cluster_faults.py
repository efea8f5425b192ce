"""A fault for the cluster tests, loaded by the workers: the first worker to start a batch of
briefs is killed (SIGKILL, as the kernel's out-of-memory killer would) while it renders."""

from __future__ import annotations

import os
import signal

from distributed.diagnostics.plugin import WorkerPlugin


class KillFirstRenderer(WorkerPlugin):
    name = "kill-first-renderer"

    def __init__(self, marker: str):
        self.marker = marker  # made by the worker that dies, so only one ever does

    def transition(self, key, start, finish, **kwargs):
        if finish != "executing" or "render_batch" not in str(key):
            return
        try:
            os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            return
        os.kill(os.getpid(), signal.SIGKILL)


def profiling(dask_worker) -> tuple[bool, int]:
    """Run on a worker: whether its statistical profiler samples, and how many seconds of
    profile it keeps."""
    return dask_worker.periodic_callbacks["profile"].is_running(), len(dask_worker.profile_history)
