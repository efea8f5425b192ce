"""A `briefgen pack` killed with SIGKILL (which it cannot catch) leaves no worker behind, and the
next run finds its outputs consistent; one stopped by Ctrl-C (SIGINT) at any moment exits with
130, and its output folder holds the earlier outputs or all of its own."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO
from sigint_at import POINTS

PROJECT = ("briefgen.yaml", "facts", "seeds", "templates", "events")


def _qingdao(tmp_path: Path) -> tuple[Path, dict]:
    """A copy of the shipped project, and the environment a pack runs in (its own cache key)."""
    project = tmp_path / "qingdao"
    project.mkdir()
    for name in PROJECT:
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, project / name)
    return project, {**os.environ, "PYTHONPATH": str(REPO),
                     "BRIEFGEN_KEY_DIR": str(tmp_path / "key")}


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc (Linux)")
def test_workers_die_with_a_killed_pack(tmp_path):
    project, env = _qingdao(tmp_path)
    pack = subprocess.Popen([sys.executable, "-m", "briefgen.cli", "pack", "--jobs", "2"],
                            cwd=project, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while len(workers) < 2 and time.monotonic() < deadline and pack.poll() is None:
            workers = _children(pack.pid)
            time.sleep(0.05)
        assert len(workers) >= 2, "the pack never started its workers"
        time.sleep(0.3)  # rendering
        os.kill(pack.pid, signal.SIGKILL)
        pack.wait()
        deadline = time.monotonic() + 5
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [w for w in workers if _alive(w)], "workers outlived the killed pack"
    finally:
        if pack.poll() is None:
            pack.kill()
        for worker in workers:  # should the test fail, none is left running
            if _alive(worker):
                os.kill(worker, signal.SIGKILL)
    rerun = subprocess.run([sys.executable, "-m", "briefgen.cli", "pack", "--jobs", "2"],
                           cwd=project, env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert not [p for p in (project / "out" / "pack").iterdir() if p.name.startswith(".")
                and not p.name.startswith(".stage-")]


WORKERS_PARENT = """\
import multiprocessing, os, sys, time
from concurrent.futures import ProcessPoolExecutor
from briefgen.safety import workers
if sys.argv[1] == "watcher":  # as on a system without prctl: the watcher alone
    workers._parent_death_signal = lambda: None
elif sys.argv[1] == "kernel":  # the watcher would not look again before the test ends
    workers.WATCH_SECONDS = 3600
with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"),
                         initializer=workers.die_with_parent) as pool:
    print(pool.submit(os.getpid).result(), flush=True)
    if sys.argv[2] == "killed":
        time.sleep(600)
print("done", flush=True)
"""


def _workers_parent(how: str, then: str, tmp_path: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WORKERS_PARENT, how, then], cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc (Linux)")
@pytest.mark.parametrize("how", ["kernel", "watcher"])
def test_a_worker_dies_with_its_killed_parent_by_each_line_alone(tmp_path, how):
    """The kernel's signal (prctl) and the watcher thread, each without the other: a worker
    whose parent is killed ends within seconds (the watcher looks every second)."""
    parent = _workers_parent(how, "killed", tmp_path)
    worker = None
    try:
        line = parent.stdout.readline()
        assert line.strip().isdigit(), f"no worker started: {line!r} {parent.stderr.read()}"
        worker = int(line)
        assert _alive(worker)
        parent.kill()
        parent.wait()
        deadline = time.monotonic() + 5
        while _alive(worker) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(worker), f"the worker outlived its parent ({how} alone)"
    finally:
        if parent.poll() is None:
            parent.kill()
        if worker and _alive(worker):
            os.kill(worker, signal.SIGKILL)


def test_a_pool_of_workers_that_die_with_their_parent_ends_as_usual(tmp_path):
    """The watcher keeps no worker from ending when its pool shuts down."""
    parent = _workers_parent("both", "done", tmp_path)
    try:
        out, err = parent.communicate(timeout=60)
    finally:
        if parent.poll() is None:  # its pool never ended: its worker is ended with it
            for worker in _children(parent.pid):
                os.kill(worker, signal.SIGKILL)
            parent.kill()
    assert parent.returncode == 0 and out.split()[-1] == "done", err


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc (Linux)")
def test_ctrl_c_while_briefs_render_leaves_the_output_folder_as_it_was(tmp_path):
    """SIGINT to `briefgen pack` alone (a stop button, `kill -INT`): its stage folder was removed
    while the workers went on rendering the briefs still queued, and they made it again, full
    of briefs, in out/pack/."""
    project, env = _qingdao(tmp_path)
    out = project / "out" / "pack"
    said = tmp_path / "stderr.txt"  # what the pack printed, shown should the test fail
    with open(said, "wb") as stderr:
        pack = subprocess.Popen([sys.executable, "-m", "briefgen.cli", "pack", "--jobs", "2",
                                 "--format", "pdf"], cwd=project, env=env,
                                stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        deadline = time.monotonic() + 120
        while not list(out.glob(".stage-*/*.pdf")) and pack.poll() is None:
            assert time.monotonic() < deadline, "no brief was ever rendered"
            time.sleep(0.02)
        workers = _children(pack.pid)
        pack.send_signal(signal.SIGINT)
        code = pack.wait(timeout=120)
        assert code == 130, f"exit {code}: {said.read_text(errors='replace')[-3000:]}"
    finally:
        if pack.poll() is None:
            pack.kill()
    time.sleep(1)  # a worker still writing would show here
    assert not [w for w in workers if _alive(w)]
    # the SIGINT may come after the last brief (a busy machine): then every output is this run's
    assert _empty(out) or _complete(out), sorted(p.name for p in out.iterdir())


def _empty(out: Path) -> bool:
    return not out.exists() or not list(out.iterdir())


def _complete(out: Path) -> bool:
    """The output folder holds its manifest and every file it lists, with the bytes it lists,
    and nothing else."""
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    hashes = {manifest["pack"][fmt]: sha for fmt, sha in manifest["pack_sha256"].items()}
    for entry in manifest["documents"].values():
        hashes.update({entry["files"][fmt]: sha for fmt, sha in entry["sha256"].items()})
    return sorted(p.name for p in out.iterdir()) == sorted([*hashes, "manifest.json"]) and all(
        hashlib.sha256((out / name).read_bytes()).hexdigest() == sha for name, sha in hashes.items())


SMALL_PACK = "title: Two briefs\nfile_name: three\nsubjects: [partner:belarus, partner:spain]\n"
BEFORE_COMMIT = ("rendering, inside a string exec",)


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory) -> Path:
    """One chart and brief cache for the points below: each still builds and commits its pack,
    only the first draws the charts."""
    return tmp_path_factory.mktemp("sigint-cache")


@pytest.mark.parametrize("point", POINTS)
def test_ctrl_c_at_any_moment_exits_130_with_the_earlier_outputs_or_all_new_ones(
        point, tmp_path, shared_cache):
    """A SIGINT sent at each moment a Ctrl-C once escaped the command's handler: while briefs
    render, inside a string exec (CPython then ended `python -m` by SIGINT, exit -2, even after
    the handler's sys.exit(130)); between moving the briefs into place and the manifest (half a
    build was left); after the commit, the summary, and during the interpreter's exit (a
    KeyboardInterrupt traceback, exit 0)."""
    project, env = _qingdao(tmp_path)
    (project / "packs").mkdir()
    (project / "packs" / "small.yaml").write_text(SMALL_PACK, encoding="utf-8")
    env = {**env, "PYTHONPATH": f"{Path(__file__).parent}{os.pathsep}{REPO}",
           "BRIEFGEN_CACHE_DIR": str(shared_cache)}
    jobs = "2" if point in BEFORE_COMMIT else "1"  # workers to stop while they render
    done = subprocess.run([sys.executable, "-m", "sigint_at", point, "pack", "--config",
                           "packs/small.yaml", "--jobs", jobs, "--format", "pdf"], cwd=project,
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 130, f"exit {done.returncode}: {done.stderr[-3000:]}"
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    out = project / "out" / "pack"
    if point in BEFORE_COMMIT:
        assert _empty(out)
        assert done.stderr.rstrip().endswith("interrupted; earlier outputs are left as they were")
    else:
        assert _complete(out)
        assert done.stderr.rstrip().endswith(
            f"interrupted after writing all of this run's outputs to {out}")
