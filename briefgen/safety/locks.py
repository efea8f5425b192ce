"""One writer at a time in facts/, across threads and processes.

`briefgen facts extract --inbox`, `facts accept` and the review page each read a file of
facts/, decide, and write it back. Two of them at once (two review pages, a page and the
command line) could interleave and lose one's change. Each takes `facts_writer` around its
read-decide-write, an advisory lock (flock) on the facts folder itself: the kernel releases it
when the process ends, however it ends, and no lock file is left behind. An editor takes no
such lock; that is what the review page's content-hash check is for.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefgen.errors import BriefgenError

try:
    import fcntl
except ImportError:  # Windows: no flock; the lock below still serialises this process
    fcntl = None

WAIT_SECONDS = 30.0  # an accept of a large inbox file takes seconds; a writer waits that long
_POLL = 0.05
_IN_PROCESS = threading.Lock()


class Busy(BriefgenError):
    """Another process kept facts/ locked longer than a writer waits."""


@contextmanager
def facts_writer(facts_dir: Path, wait: float | None = None) -> Iterator[None]:
    """Hold the facts folder's write lock, waiting up to `wait` seconds (WAIT_SECONDS) for
    another writer to finish; Busy if it does not."""
    deadline = time.monotonic() + (WAIT_SECONDS if wait is None else wait)
    if not _IN_PROCESS.acquire(timeout=max(deadline - time.monotonic(), 0)):
        raise _busy(facts_dir)
    try:
        if fcntl is None:
            yield
            return
        facts_dir.mkdir(parents=True, exist_ok=True)  # the writer is about to write there
        handle = os.open(facts_dir, os.O_RDONLY)
        try:
            _lock(handle, deadline, facts_dir)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
        finally:
            os.close(handle)
    finally:
        _IN_PROCESS.release()


def _lock(handle: int, deadline: float, facts_dir: Path) -> None:
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise _busy(facts_dir) from None
            time.sleep(_POLL)


def _busy(facts_dir: Path) -> Busy:
    return Busy("another briefgen process is writing to this folder; nothing was changed",
                path=facts_dir, hint="try again when it has finished (a review page, "
                "`briefgen facts accept` or `facts extract --inbox`)")
