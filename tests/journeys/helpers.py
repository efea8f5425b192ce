"""What the journeys share: a user's commands, run as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def briefgen(*args, cwd: Path, columns: int | None = None) -> subprocess.CompletedProcess:
    """`briefgen ARGS` in a new process from `cwd`, as typed in a terminal (not in-process: the
    journey covers start-up, the current folder and the terminal width)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    if columns:
        env["COLUMNS"] = str(columns)
    return subprocess.run([sys.executable, "-m", "briefgen.cli", *map(str, args)], cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=300)


def files_under(folder: Path) -> dict[str, bytes]:
    """Every file below `folder`, by relative path: to show that a failed command wrote nothing."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}
