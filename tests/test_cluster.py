"""`briefgen pack --scheduler`: briefs rendered on a real local Dask cluster (a scheduler and two
workers on 127.0.0.1, started and stopped here), the pack byte-identical to a local build, a
worker killed mid-pack, and the clear errors of an unusable cluster."""

from __future__ import annotations

import gc
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from distributed import Client

from briefgen import cluster
from briefgen.config import load_project
from briefgen.pack import build_pack, load_pack_config
from conftest import REPO

SUBJECTS = ("partner:japan", "partner:germany", "sector:port", "overview")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _dask(*args: str, log: Path) -> subprocess.Popen:
    """A `dask` command in a session of its own (a worker's nanny and process end together)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "tests")])}
    with log.open("w") as out:
        return subprocess.Popen([str(Path(sys.executable).parent / "dask"), *args], env=env,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def _stop(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    except ProcessLookupError:
        return
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory):
    """tcp://127.0.0.1:PORT of a scheduler with two one-thread workers; always torn down."""
    logs = tmp_path_factory.mktemp("dask")
    address = f"tcp://127.0.0.1:{_free_port()}"
    processes = [_dask("scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                       "--no-dashboard", log=logs / "scheduler.log")]
    try:
        processes += [_dask("worker", address, "--nthreads", "1", "--no-dashboard",
                            "--host", "127.0.0.1", "--local-directory", str(logs / f"w{n}"),
                            log=logs / f"worker{n}.log") for n in (1, 2)]
        with Client(address, timeout=60, set_as_default=False) as client:
            client.wait_for_workers(2, timeout=60)
        yield address
    finally:
        for process in reversed(processes):
            _stop(process)


def _project(root: Path) -> Path:
    root.mkdir()
    for part in ("facts", "seeds", "templates"):
        shutil.copytree(REPO / part, root / part)
    shutil.copy(REPO / "briefgen.yaml", root / "briefgen.yaml")
    lines = ["title: Cluster pack", "subjects:", *(f"  - {s}" for s in SUBJECTS)]
    (root / "pack.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def _pack(root: Path, **options) -> Path:
    project = load_project(root)
    out = root / "out" / "pack"
    build_pack(project, None, load_pack_config(root / "pack.yaml", project), ("docx", "pdf"), out,
               **options)
    return out


def _files(out: Path) -> dict[str, bytes]:
    """Every file's bytes; of the manifest, all but the fingerprint of the project's paths."""
    files = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
    manifest = json.loads(files.pop("manifest.json"))
    assert manifest.pop("fingerprint")
    return {**files, "manifest.json": manifest}


@pytest.fixture(scope="module")
def local_build(tmp_path_factory) -> dict[str, bytes]:
    return _files(_pack(_project(tmp_path_factory.mktemp("local") / "qingdao"), jobs=1))


def test_a_cluster_pack_is_byte_identical_to_a_local_one(scheduler, local_build, tmp_path):
    out = _pack(_project(tmp_path / "qingdao"), scheduler=scheduler, jobs=1)
    assert _files(out) == local_build
    assert len([n for n in local_build if n.endswith(".pdf")]) == len(SUBJECTS) + 1


def test_a_worker_killed_mid_pack_has_its_briefs_rendered_elsewhere(scheduler, local_build,
                                                                     tmp_path):
    from cluster_faults import KillFirstRenderer
    marker = tmp_path / "killed"
    with Client(scheduler, timeout=30, set_as_default=False) as client:
        client.register_plugin(KillFirstRenderer(str(marker)))
        try:
            out = _pack(_project(tmp_path / "qingdao"), scheduler=scheduler, jobs=1)
        finally:
            client.unregister_worker_plugin(KillFirstRenderer.name)
        client.wait_for_workers(2, timeout=60)  # the nanny restarted it: the next test has two
    assert marker.exists()  # a worker really died while rendering
    assert _files(out) == local_build


def test_workers_keep_no_profile_while_a_pack_renders(scheduler):
    """Dask's profiler keeps a tree of sampled stacks for each second: a worker's memory grew
    with the time it had rendered. Paused while briefgen uses the cluster, resumed after."""
    from cluster_faults import profiling
    with Client(scheduler, timeout=30, set_as_default=False) as client:
        assert all(running for running, _ in client.run(profiling).values())
        with cluster.DaskCluster(scheduler):
            before = client.run(profiling)
            time.sleep(2.5)  # the profiler starts a new tree every second
            during = client.run(profiling)
        after = client.run(profiling)
    assert len(during) == 2 and not any(running for running, _ in during.values())
    assert {a: kept for a, (_, kept) in during.items()} == {a: kept for a, (_, kept) in before.items()}
    assert all(running for running, _ in after.values())


def test_an_error_while_batches_are_out_is_clean(scheduler, tmp_path, run, monkeypatch):
    """An error raised here while batches are still out (the pack's own pages failing as the
    briefs come back, say): the pack stops with that error alone, no traceback of the batches'
    cancelling after the connection closed."""
    from briefgen.binder import Ahead
    from briefgen.errors import BriefgenError

    def fails(self, item):
        raise BriefgenError("the pack's own pages failed", path="templates/pack/sources.md.j2",
                            line=30)
    ignored = []  # what Python could not raise ("Exception ignored in: ..." on stderr)
    monkeypatch.setattr(Ahead, "finished", fails)
    monkeypatch.setattr(sys, "unraisablehook", ignored.append)
    root = _project(tmp_path / "qingdao")
    result = run("--project", root, "pack", "--scheduler", scheduler)
    code, stderr = result.exit_code, result.stderr
    del result  # its exception's frames hold the batches' iterator: finalised now
    gc.collect()
    assert code == 1
    assert "templates/pack/sources.md.j2:30: the pack's own pages failed" in stderr
    assert "Traceback" not in stderr
    assert [repr(u.exc_value) for u in ignored] == []


def test_an_unreachable_scheduler_is_a_clear_error_and_writes_nothing(tmp_path, run):
    root = _project(tmp_path / "qingdao")
    started = time.monotonic()
    result = run("--project", root, "pack", "--scheduler", f"tcp://127.0.0.1:{_free_port()}",
                 "--scheduler-timeout", "1")
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:" in result.stderr
    assert "dask scheduler" in result.stderr and "Traceback" not in result.stderr
    assert time.monotonic() - started < 30
    assert not (root / "out").exists()


def test_an_address_that_is_no_scheduler_is_a_clear_error(tmp_path):
    """A web server at the address: Dask read its reply as a frame length and tried to allocate
    3 EiB (a MemoryError traceback), and the half-made client printed another at exit."""
    import threading
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    kept = []

    def answer():
        for _ in range(4):
            try:
                connection, _ = server.accept()
            except OSError:
                return
            connection.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
            kept.append(connection)
    threading.Thread(target=answer, daemon=True).start()
    root = _project(tmp_path / "qingdao")
    try:
        done = subprocess.run([sys.executable, "-m", "briefgen.cli", "--project", str(root), "pack",
                               "--scheduler", f"tcp://127.0.0.1:{server.getsockname()[1]}",
                               "--scheduler-timeout", "2"], capture_output=True, text=True,
                              timeout=120, env={**os.environ, "PYTHONPATH": str(REPO)}, cwd=tmp_path)
    finally:
        server.close()
    assert done.returncode == 1, done.stderr
    assert "answered, but not as a Dask scheduler" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr
    assert not (root / "out").exists()


def test_workers_running_other_code_are_refused(scheduler, tmp_path, run, monkeypatch):
    monkeypatch.setattr(cluster, "code_identity", lambda: "briefgen 9.9 (0123456789ab)")
    root = _project(tmp_path / "qingdao")
    result = run("--project", root, "pack", "--scheduler", scheduler)
    assert result.exit_code == 1
    assert "workers differ from this machine's briefgen 9.9 (0123456789ab)" in result.stderr
    assert "install the same briefgen" in result.stderr
    assert not (root / "out").exists()


def test_a_worker_without_a_temporary_folder_says_so(monkeypatch, tmp_path):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "missing"))
    shipped = cluster.Shipped(None, None, {}, cluster.code_identity())
    with pytest.raises(cluster.WorkerProblem, match="cannot make a temporary folder in .*missing"):
        cluster.render_batch([], shipped)


def test_a_worker_checks_the_code_of_every_batch():
    shipped = cluster.Shipped(None, None, {}, "briefgen 9.9 (0123456789ab)")
    with pytest.raises(cluster.WorkerProblem, match="the pack needs briefgen 9.9"):
        cluster.render_batch([], shipped)
