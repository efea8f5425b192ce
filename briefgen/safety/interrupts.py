"""Ctrl-C (SIGINT) at any moment of a command: exit 130, a message saying what was written,
and nothing half-written.

- While the command runs, SIGINT raises KeyboardInterrupt, as Python's own handler does; the
  command's handler (cli.py) says so (`say`) and exits 130, and the build's stage is removed on
  the way out (outputs.Stage).
- A step that must not be cut in two (moving a build's staged files into place) runs inside
  `deferred()`: a SIGINT meanwhile is held and acted on when the step is done, so the output
  folder holds either the earlier outputs or this run's, all of them.
- Once the command has finished (its outputs written, its messages printed), a SIGINT has
  nothing left to stop: it ends the process with 130 at once, instead of a KeyboardInterrupt
  escaping every handler (Python then ends the process by SIGINT itself: exit -2).
- A SIGINT Python could not raise (it came during a `__del__` or a weakref callback, where
  Python prints the KeyboardInterrupt and goes on) still ends the command with 130.

`run` puts this in place around the command line. Before it (the interpreter starting, briefgen.cli
being imported: a tenth of a second, nothing written yet) Python's own handling applies.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

EXIT_INTERRUPTED = 130


class _State:
    came = False  # a SIGINT arrived during this command
    finished = False  # the command is done: a SIGINT now only decides the exit code
    program = False  # this process is the command: it may end at once
    said = False
    written: list[Path] = []  # output folders this run has moved its outputs into


def _on_sigint(signum, frame) -> None:
    _State.came = True
    if not _State.finished:
        raise KeyboardInterrupt
    if _State.program:
        _exit_now()


def run(command, *, program: bool):
    """Call `command()` (the whole command line: click's main) with SIGINT handled as above.
    `program`: this process is the command, as opposed to a test calling it, so the handler
    stays for its last moments (after that, the previous handler is put back)."""
    if threading.current_thread() is not threading.main_thread():
        return command()  # signals reach only the main thread: nothing to handle here
    _State.came = _State.finished = _State.said = False
    _State.program, _State.written = program, []
    previous = signal.getsignal(signal.SIGINT)
    try:
        try:
            try:
                signal.signal(signal.SIGINT, _on_sigint)
                result = command()
            finally:
                _State.finished = True  # from here on a SIGINT raises nothing
        except KeyboardInterrupt:  # outside the command's own handler (parsing the options)
            _State.came = True
        except SystemExit:
            if not _State.came:
                raise
        else:
            if not _State.came:
                return result
        say()
        _forget_unhandled_interrupt()
        sys.exit(EXIT_INTERRUPTED)
    finally:
        if not program and previous is not None:
            signal.signal(signal.SIGINT, previous)


def say() -> None:
    """Tell what the interruption left (once): the earlier outputs, or this run's, complete."""
    if _State.said:
        return
    _State.said = True
    if _State.written:
        folders = ", ".join(str(folder) for folder in _State.written)
        message = f"interrupted after writing all of this run's outputs to {folders}"
    else:
        message = "interrupted; earlier outputs are left as they were"
    print(message, file=sys.stderr, flush=True)


def wrote(folder: Path) -> None:
    """`folder` now holds this run's outputs, all of them (outputs.Stage.commit)."""
    _State.written.append(Path(folder))


@contextmanager
def deferred():
    """Hold a SIGINT until the block is done, then act on it as the handler before would have
    (raise KeyboardInterrupt, mostly): the block is never cut in two."""
    if threading.current_thread() is not threading.main_thread() \
            or signal.getsignal(signal.SIGINT) is None:  # not a thread signals reach, or not ours
        yield
        return
    held = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: held.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if held and callable(previous):
            previous(signal.SIGINT, None)


def _exit_now() -> None:
    """The command has finished: say so, flush what it printed, and end with 130."""
    try:
        say()
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
    except Exception:  # noqa: BLE001 - a closed stream: the exit code still tells
        pass
    os._exit(EXIT_INTERRUPTED)


def _forget_unhandled_interrupt() -> None:
    """CPython marks a KeyboardInterrupt that leaves code run by a string `exec` or `eval` (as
    dataclasses and namedtuples make their methods) as unhandled even when it is caught later,
    and under `python -m` then ends the process by SIGINT (exit -2, whatever sys.exit said).
    Every string `exec` clears the mark as it starts: this one does, and nothing else."""
    exec("pass", {})  # noqa: S102 - a constant string
