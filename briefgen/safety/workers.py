"""Worker processes die with the process that started them: a `briefgen pack` killed with
SIGKILL (which it cannot catch) leaves no worker rendering on.

On Linux the kernel does it: each worker asks, as it starts, to receive SIGKILL when its
parent dies (prctl PR_SET_PDEATHSIG). Elsewhere, and as a second line, a daemon thread in the
worker checks every second that its parent is still the one that started it, and ends the
worker when it is not (the orphan is adopted by another process).
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
WATCH_SECONDS = 1.0


def die_with_parent() -> None:
    """Pool initializer: this process ends when the one that started it does."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        _parent_death_signal()
    watcher = threading.Thread(target=_watch, args=(parent,), name="briefgen-parent-watch",
                               daemon=True)
    watcher.start()
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)


def _parent_death_signal() -> None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # no prctl: the watcher is enough
        pass


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(1)
