"""A pack on a local Dask cluster against the same pack built locally, side by side.

    .venv/bin/python benchmarks/bench_cluster.py [--partners 990] [--runs 1]

Starts a scheduler and two one-thread workers on 127.0.0.1 (the machine's two cores, so the
cluster cannot be faster than the local pool here: the ratio shows what the cluster costs), makes
a synthetic project of P partners x 10 sectors (benchmarks/synthetic_pack.py; 990 -> 1,001
briefs), then builds it cold (no cache, no output) with `briefgen pack` (local pool, default
jobs) and `briefgen pack --scheduler`, alternately, in new processes. Reports per mode the median
wall time and time per brief, the ratio cluster / local, the peak memory of the local process
and of each worker, and the scheduler's overhead: the round trip of as many empty tasks as
the pack sent batches, one after the other (the part of a batch's time that is Dask's).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(REPO))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_cluster(logs: Path) -> tuple[str, list[subprocess.Popen]]:
    address = f"tcp://127.0.0.1:{_free_port()}"
    dask = str(Path(sys.executable).parent / "dask")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    commands = [[dask, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                 "--no-dashboard"]]
    commands += [[dask, "worker", address, "--nthreads", "1", "--no-dashboard", "--host",
                  "127.0.0.1", "--local-directory", str(logs / f"w{n}")] for n in (1, 2)]
    processes = []
    for number, command in enumerate(commands):
        with (logs / f"{number}.log").open("w") as log:
            processes.append(subprocess.Popen(command, env=env, stdout=log, stderr=log,
                                              start_new_session=True))
    from distributed import Client
    with Client(address, timeout=60, set_as_default=False) as client:
        client.wait_for_workers(2, timeout=120)
    return address, processes


def stop(processes: list[subprocess.Popen]) -> None:
    import signal
    for process in reversed(processes):
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=20)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def timed_pack(project: Path, *options: str) -> tuple[float, float]:
    """(wall seconds, peak MB of the largest local process) of a cold `briefgen pack`."""
    shutil.rmtree(project / "out", ignore_errors=True)
    shutil.rmtree(project / ".cache", ignore_errors=True)
    command = [sys.executable, "-m", "briefgen.cli", "--project", str(project), "pack", *options]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    wall = time.perf_counter() - started
    if done.returncode:
        sys.exit(f"{' '.join(command)} failed:\n{done.stderr[-3000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) / 1024


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _nothing(number: int) -> int:
    return number


def worker_facts(address: str, batches: int) -> tuple[dict, float]:
    """(peak MB of each worker, seconds of Dask's own round trip per task)."""
    from distributed import Client
    with Client(address, timeout=60, set_as_default=False) as client:
        peaks = client.run(_peak_mb)
        started = time.perf_counter()
        for number in range(batches):
            client.submit(_nothing, number, pure=False).result()
        overhead = (time.perf_counter() - started) / batches
    return peaks, overhead


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partners", type=int, default=990)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    from briefgen.cluster import BATCHES_PER_WORKER, MOST_PER_BATCH
    from synthetic_pack import make_project
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-cluster-") as folder:
        work = Path(folder)
        project = make_project(work / "synthetic", args.partners, 10)
        address, processes = start_cluster(work)
        try:
            walls: dict[str, list[float]] = {"local": [], "cluster": []}
            peaks: dict[str, float] = {"local": 0.0, "cluster": 0.0}
            for _ in range(args.runs):
                for mode, options in (("local", ()), ("cluster", ("--scheduler", address))):
                    wall, peak = timed_pack(project, *options)
                    walls[mode].append(wall)
                    peaks[mode] = max(peaks[mode], peak)
            briefs = args.partners + 11
            batches = -(-briefs // max(1, min(MOST_PER_BATCH, -(-briefs // (2 * BATCHES_PER_WORKER)))))
            worker_peaks, overhead = worker_facts(address, batches)
        finally:
            stop(processes)
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; {briefs} briefs, cold, {args.runs} run(s) each, "
          "alternating; local cluster: scheduler + 2 workers x 1 thread on the same machine")
    for mode, values in walls.items():
        wall = statistics.median(values)
        print(f"{mode:<8} {wall:7.1f} s  {1000 * wall / briefs:5.0f} ms/brief  "
              f"local process peak {peaks[mode]:4.0f} MB")
    ratios = [c / l for c, l in zip(walls["cluster"], walls["local"])]
    print(f"cluster / local: x {statistics.median(ratios):.2f}")
    print(f"workers' peak memory: {', '.join(f'{v:.0f} MB' for v in worker_peaks.values())}")
    print(f"scheduler overhead: {1000 * overhead:.1f} ms per task round trip x {batches} batches "
          f"= {overhead * batches:.2f} s of the cluster pack's wall time")


if __name__ == "__main__":
    main()
