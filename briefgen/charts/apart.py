"""A one-off build's charts drawn in a second process, started as the build starts: importing
matplotlib (a third of a second or more, most of a cold one-off's own work) and drawing happen
on the other core while this one loads the store, composes and lays the brief out.

The helper is forked (it has what this process imported), ignores Ctrl-C (this process handles
it and ends the helper), dies with this process (safety/workers.py), and answers each request
with a line of JSON, nothing else: it writes the chart's files into the chart cache, sealed as
any chart this machine draws (charts/cache.py), and this process reads them from there, checked
as every cached chart is. Any answer but "drawn", or none (the helper gone, or silent for
`PATIENCE` seconds), and the chart is drawn here, as without a helper: the same files, the same
errors and warnings. The helper is ended when the build is, whatever the outcome.
"""

from __future__ import annotations

import json
import signal
import threading
from contextlib import contextmanager

PATIENCE = 60.0  # seconds without an answer before a chart is drawn here instead (a loaded machine)


class _Helper:
    def __init__(self, connection, process):
        self.connection, self.process = connection, process
        self.usable = True


_current: _Helper | None = None


@contextmanager
def charts_apart(wanted: bool = True):
    """Charts drawn in a helper process for the block (when `wanted`, and this process has a
    single thread: forking one with others running could copy a lock another thread holds)."""
    global _current
    if not wanted or _current is not None or threading.active_count() > 1 or not _can_fork():
        yield
        return
    import multiprocessing

    from briefgen.safety.cache_files import machine_key
    machine_key()  # made or read before forking: the helper seals with the key this process checks
    context = multiprocessing.get_context("fork")
    ours, theirs = context.Pipe()
    process = context.Process(target=_serve, args=(theirs, ours), name="briefgen-charts",
                              daemon=True)
    process.start()
    theirs.close()
    _current = _Helper(ours, process)
    try:
        yield
    finally:
        _current = None
        ours.close()
        process.terminate()  # idle, or still importing: nothing of it is needed any more
        process.join()


def _can_fork() -> bool:
    import multiprocessing
    return "fork" in multiprocessing.get_all_start_methods()


def drew(chart, theme, size: tuple[float, float], paths: dict, with_text: bool) -> bool:
    """Whether the helper drew the chart into `paths` (format -> file); False when there is no
    helper or it did not, and the caller draws it itself."""
    helper = _current
    if helper is None or not helper.usable:
        return False
    try:
        helper.connection.send((chart, theme, size, paths, with_text))
        if not helper.connection.poll(PATIENCE):
            raise EOFError("no answer")
        answer = json.loads(helper.connection.recv_bytes())
    except (EOFError, OSError, ValueError):  # gone, silent or garbled: no more requests
        helper.usable = False
        return False
    return isinstance(answer, dict) and answer.get("drawn") is True


def _serve(connection, parents_end) -> None:
    """The helper: import what drawing needs, then draw each chart asked for until this
    process's end of the pipe closes. Never raises: a failure is an answer."""
    parents_end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        from briefgen.safety.workers import die_with_parent
        die_with_parent()
        from briefgen.charts.image import render_here
        from briefgen.charts.render import preload
        preload()
    except Exception:  # noqa: BLE001 - every request is answered "failed": drawn there
        render_here = None
    while True:
        try:
            chart, theme, size, paths, with_text = connection.recv()
        except (EOFError, OSError):
            return
        answer = {"drawn": False}
        if render_here is not None:
            try:
                render_here(chart, theme, size, paths, with_text)
                answer = {"drawn": True}
            except Exception as exc:  # noqa: BLE001 - drawn there again, which reports it
                answer["failed"] = f"{type(exc).__name__}: {exc}"
        try:
            connection.send_bytes(json.dumps(answer).encode())
        except OSError:
            return
