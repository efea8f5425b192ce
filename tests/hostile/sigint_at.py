"""`python -m sigint_at POINT ARGS…` runs `briefgen ARGS…` and sends itself a SIGINT at POINT:
the moments a Ctrl-C once escaped the command's handler, made deterministic.

`-m`, as `python -m briefgen.cli`: CPython ends such a process by SIGINT (exit -2) when a
KeyboardInterrupt left a string `exec` (as dataclasses make their methods), even if caught."""

from __future__ import annotations

import atexit
import os
import signal
import sys

from briefgen import outputs, pack, progress
from briefgen.cli import main


def interrupt() -> None:
    os.kill(os.getpid(), signal.SIGINT)  # acted on at once, at the next line of Python


def in_string_exec() -> None:
    exec("import os, signal\nos.kill(os.getpid(), signal.SIGINT)\nfor _ in range(10**7): pass", {})


def first(owner, name: str, action=interrupt) -> None:
    original = getattr(owner, name)
    setattr(owner, name, lambda *args, **kwargs: (action(), original(*args, **kwargs))[1])


def then(owner, name: str, action=interrupt) -> None:
    original = getattr(owner, name)
    setattr(owner, name, lambda *args, **kwargs: (original(*args, **kwargs), action())[0])


POINTS = {
    "rendering, inside a string exec": lambda: first(pack, "_render_all", in_string_exec),
    "between moving the briefs and the manifest": lambda: first(outputs.Stage, "_remove"),
    "right after the commit": lambda: then(outputs.Stage, "commit"),
    "after the summary": lambda: then(progress, "summary_table"),
    "as the interpreter exits": lambda: atexit.register(interrupt),
}

if __name__ == "__main__":
    POINTS[sys.argv.pop(1)]()
    main()
