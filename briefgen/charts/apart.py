"""A one-off build's charts drawn, and its Word file rendered, in a second process started as the
build starts: importing matplotlib (a third of a second or more, most of a cold one-off's own
work) and drawing, then importing python-docx (while the build composes and fits) and rendering
the DOCX, happen on the other core while this one loads the store, composes and lays the brief
out; this process never imports either.

The helper is forked (it has what this process imported), ignores Ctrl-C (this process handles
it and ends the helper), dies with this process (safety/workers.py), and answers each request
with a line of JSON. A chart it writes into the chart cache, sealed as any chart this machine
draws (charts/cache.py), and this process reads it from there, checked as every cached chart
is. A Word file it renders from the fitted document this process sends (the document model,
as every renderer sees it) and sends back as bytes after the JSON line, which gives their
SHA-256: this process writes them with the brief's other files (outputs.write_all), so the
helper writes nothing in the output folder, and unpickles nothing the helper sends.

Any answer but "drawn" or "written", bytes that are not what the answer says, a warning while
rendering, or no answer (the helper gone, or silent for `PATIENCE` seconds), and the chart is
drawn or the Word file rendered here, as without a helper: the same files, the same errors and
warnings. The helper is ended when the build is, whatever the outcome.
"""

from __future__ import annotations

import hashlib
import json
import signal
import threading
import warnings
from contextlib import contextmanager

PATIENCE = 60.0  # seconds without an answer before the work is done here instead (a loaded machine)
LARGEST_DOCX = 256 << 20  # bytes: a brief's Word file is some tens of kilobytes


class _Helper:
    def __init__(self, connection, process):
        self.connection, self.process = connection, process
        self.usable = True


_current: _Helper | None = None


@contextmanager
def charts_apart(wanted: bool = True):
    """Charts drawn and Word files rendered in a helper process for the block (when `wanted`,
    and this process has a single thread: forking one with others running could copy a lock
    another thread holds)."""
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
    answer = _asked("chart", (chart, theme, size, paths, with_text), {})
    return answer is not None and answer.get("drawn") is True


def wrote_docx(fitted, theme, page, *, chart_cache, reference) -> bytes | None:
    """The Word file's bytes for a fitted document (render/docx.py docx_bytes), rendered by the
    helper; None when there is no helper or it did not, and the caller renders it itself."""
    answer = _asked("docx", (fitted, theme, page),
                    {"chart_cache": chart_cache, "reference": reference})
    if answer is None or answer.get("written") is not True:
        return None
    data = _received_bytes()
    if data is None or hashlib.sha256(data).hexdigest() != answer.get("sha256"):
        _give_up()
        return None
    return data


def _asked(kind: str, args: tuple, kwargs: dict) -> dict | None:
    """The helper's answer to a request (a JSON object), or None: no helper, or it is gone,
    silent or garbled, and is asked nothing more."""
    helper = _current
    if helper is None or not helper.usable:
        return None
    try:
        helper.connection.send((kind, args, kwargs))
    except Exception:  # noqa: BLE001 - gone, or the request cannot be pickled: done here
        answer = None
    else:
        answer = _received_bytes()
        try:
            answer = None if answer is None else json.loads(answer)
        except ValueError:
            answer = None
    if not isinstance(answer, dict):
        _give_up()
        return None
    return answer


def _received_bytes() -> bytes | None:
    """The helper's next message, or None when it is gone or silent for PATIENCE seconds."""
    helper = _current
    if helper is None or not helper.usable:
        return None
    try:
        if helper.connection.poll(PATIENCE):
            return helper.connection.recv_bytes(LARGEST_DOCX)
    except (EOFError, OSError):
        pass
    return None


def _give_up() -> None:
    if _current is not None:
        _current.usable = False


def _serve(connection, parents_end) -> None:
    """The helper: import what drawing needs, then answer each request until this process's end
    of the pipe closes, importing the DOCX renderer when no request waits. Never raises: a
    failure is an answer."""
    parents_end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    unsafe = _loaded(_die_with_parent)  # None, or why this helper could outlive the build:
    work = {"chart": unsafe or _loaded(_chart_drawing), "docx": unsafe}  # then it does nothing
    while True:
        if work["docx"] is None and not connection.poll(0):  # idle: the build composes or fits
            work["docx"] = _loaded(_docx_rendering)
        try:
            kind, args, kwargs = connection.recv()
        except Exception:  # noqa: BLE001 - gone or garbled: this process's requests are done here
            return
        if kind == "docx" and work["docx"] is None:
            work["docx"] = _loaded(_docx_rendering)
        if not _answer(connection, kind, work.get(kind), args, kwargs):
            return


def _answer(connection, kind: str, do, args: tuple, kwargs: dict) -> bool:
    """Do one request and answer it; False when this process's end is gone."""
    answer, data = {"drawn": False} if kind == "chart" else {"written": False}, None
    try:
        if do is None:
            raise ValueError(f"unknown request {kind!r}")
        data = do(*args, **kwargs)
        answer = {"drawn": True} if kind == "chart" else _written(data)
    except Exception as exc:  # noqa: BLE001 - done there again, which reports it
        answer["failed"] = f"{type(exc).__name__}: {exc}"
        data = None
    try:
        connection.send_bytes(json.dumps(answer).encode())
        if kind == "docx" and data is not None:
            connection.send_bytes(data)
    except OSError:
        return False
    return True


def _written(data: bytes) -> dict:
    return {"written": True, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def _loaded(load):
    """What `load` returns; when it fails, a function that raises what it raised (each
    request for it then answered "failed": done there)."""
    try:
        return load()
    except Exception as exc:  # noqa: BLE001
        def unavailable(*args, error=exc, **kwargs):
            raise error
        return unavailable


def _die_with_parent() -> None:
    from briefgen.safety.workers import die_with_parent
    die_with_parent()


def _chart_drawing():
    from briefgen.charts.image import render_here
    from briefgen.charts.render import preload
    preload()
    return render_here


def _docx_rendering():
    from PIL import Image

    from briefgen.render.docx import docx_bytes
    Image.preinit()  # the image formats PIL reads (a chart's PNG), imported now, not when asked

    def render_without_warnings(*args, **kwargs) -> bytes:
        """docx_bytes, refused when it warns: rendered there again, the warning shown there."""
        with warnings.catch_warnings(record=True) as caught:
            data = docx_bytes(*args, **kwargs)
        if caught:
            raise RuntimeError(f"warned: {caught[0].message}")
        return data
    return render_without_warnings
