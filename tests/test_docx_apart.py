"""A cold one-off's Word file rendered by its helper process (charts/apart.py): the same files as
a build without a helper (that the build then never imports python-docx: test_oneoff.py), and
the build rendering it itself, with the same files, errors and warnings, when the helper dies
while rendering, stays silent, fails, warns or sends bytes that are not what it says. Whatever
happens, the output folder holds the brief's files whole or none of them, and no helper is left.

Each build runs in a process of its own, as `briefgen build` does: a process with other threads
running (this one, after the cluster's tests) starts no helper."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefgen.charts import apart

from conftest import REPO

FILES = ("partner-south-korea.docx", "partner-south-korea.pdf", "partner-south-korea-sources.pdf")

# Builds the brief with the Word renderer (or the helper's answer) changed as MODE says, and
# prints how many times this process rendered a Word file and how many helpers are left.
_BUILD = r"""
import json, multiprocessing, os, sys, time, warnings
from briefgen.charts import apart
from briefgen.cli import main
from briefgen.errors import BriefgenWarning, RenderError
from briefgen.render import docx as docx_module

mode, project = sys.argv[1:3]
builder, here, real = os.getpid(), [], docx_module.docx_bytes


def in_the_helper(action):
    # patched before the helper forks, so it has it too; `action` runs there only
    def docx_bytes(*args, **kwargs):
        if os.getpid() != builder:
            action()
        else:
            here.append(1)
        return real(*args, **kwargs)
    docx_module.docx_bytes = docx_bytes


def fail():
    raise RenderError("cannot render in the helper")


def warning_docx_bytes(*args, **kwargs):  # in both processes
    here.append(1) if os.getpid() == builder else None
    warnings.warn("the picture is wider than the page", BriefgenWarning)
    return real(*args, **kwargs)


def failing(*args, **kwargs):  # in both processes
    raise RenderError("cannot render this Word file", path="templates/reference.docx")


def other_hash(data):
    return {"written": True, "size": len(data), "sha256": "0" * 64}


if mode == "without":
    apart._can_fork = lambda: False
    in_the_helper(lambda: None)
elif mode == "helper":
    in_the_helper(lambda: None)
elif mode == "dies":
    in_the_helper(lambda: os._exit(3))
elif mode == "silent":
    apart.PATIENCE = 1.0
    in_the_helper(lambda: time.sleep(120))
elif mode == "fails":
    in_the_helper(fail)
elif mode == "garbled":
    apart._written = other_hash  # the helper's answer (made there only)
    in_the_helper(lambda: None)
elif mode == "warns":
    docx_module.docx_bytes = warning_docx_bytes
elif mode == "error":
    docx_module.docx_bytes = failing
code = 0
try:
    main(["--project", project, "build", "partner", "south-korea"])
except SystemExit as exit:
    code = exit.code or 0
helpers = [p for p in multiprocessing.active_children() if p.name == "briefgen-charts"]
print(json.dumps({"here": len(here), "helpers": len(helpers)}))
sys.exit(code)
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The shipped project's inputs in a folder of their own (no out/, no .cache/)."""
    target = tmp_path / "qingdao"
    target.mkdir()
    shutil.copy(REPO / "briefgen.yaml", target)
    for folder in ("facts", "seeds", "templates"):
        shutil.copytree(REPO / folder, target / folder, ignore=shutil.ignore_patterns("_inbox"))
    return target


def _build(project: Path, mode: str, cache: Path) -> tuple[subprocess.CompletedProcess, dict]:
    """A cold build (an empty cache of its own) in a new process; (the process, what it said)."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "BRIEFGEN_CACHE_DIR": str(cache),
           "SOURCE_DATE_EPOCH": "1700000000"}
    done = subprocess.run([sys.executable, "-c", _BUILD, mode, str(project)], cwd=project,
                          capture_output=True, text=True, env=env, timeout=300)
    return done, json.loads(done.stdout.strip().splitlines()[-1])


def _files(folder: Path) -> dict[str, bytes]:
    """Every file in `folder` (temporary files too: none may be left)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.is_dir() else {}


@pytest.fixture
def without_helper(project, tmp_path) -> dict[str, bytes]:
    """The brief's files (name -> bytes) as a build with no helper process writes them."""
    done, said = _build(project, "without", tmp_path / "cache-without-helper")
    assert done.returncode == 0, done.stderr
    assert said["here"] == 1
    files = _files(project / "out")
    shutil.rmtree(project / "out")
    assert set(files) == set(FILES)
    return files


@pytest.mark.parametrize("mode, rendered_here", [
    ("helper", 0),  # rendered by the helper alone
    ("dies", 1),  # dies while rendering
    ("silent", 1),  # silent for longer than PATIENCE (1 s here; it sleeps two minutes)
    ("fails", 1),  # an error in the helper only
    ("garbled", 1),  # bytes that are not what its answer says
])
def test_the_same_files_whatever_the_helper_does(project, tmp_path, without_helper, mode,
                                                 rendered_here):
    started = time.monotonic()
    done, said = _build(project, mode, tmp_path / "cache")
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started < 60  # a silent helper is ended, not waited for
    assert said == {"here": rendered_here, "helpers": 0}
    assert _files(project / "out") == without_helper


def test_a_warning_is_shown_once_by_the_build(project, tmp_path, without_helper):
    done, said = _build(project, "warns", tmp_path / "cache")
    assert done.returncode == 0, done.stderr
    assert said == {"here": 1, "helpers": 0}  # the helper warned: rendered here
    assert done.stderr.count("warning: the picture is wider than the page") == 1
    assert _files(project / "out") == without_helper


def test_an_error_rendering_is_the_build_s_and_nothing_is_written(project, tmp_path):
    done, said = _build(project, "error", tmp_path / "cache")
    assert done.returncode == 1
    assert "error: templates/reference.docx: cannot render this Word file" in done.stderr
    assert "Traceback" not in done.stderr
    assert said["helpers"] == 0
    assert _files(project / "out") == {}  # no PDF without its Word file, no temporary file


def test_without_a_helper_nothing_is_rendered_apart():
    """No helper (a warm one-off, a pack, a process with threads): the caller renders it."""
    assert apart.wrote_docx(None, None, None, chart_cache=None, reference=None) is None
