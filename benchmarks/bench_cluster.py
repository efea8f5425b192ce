"""A pack on a local Dask cluster against the same pack built locally, side by side, and at
ten times the size.

    .venv/bin/python benchmarks/bench_cluster.py [--partners 990,9990] [--local-up-to 990]
                                                 [--runs 1] [--timeout 4800]

For each size P (synthetic projects of P partners x 10 sectors, benchmarks/synthetic_pack.py;
990 -> 1,001 briefs, 9990 -> 10,001) starts a fresh scheduler and two one-thread workers on
127.0.0.1 (the machine's two cores, so the cluster cannot be faster than the local pool here:
the ratio shows what the cluster costs) and builds the project cold (no cache, no output) with
`briefgen pack --scheduler`, and, up to --local-up-to partners, with `briefgen pack` (local pool,
default jobs) alternately, in new processes. Reports per size and mode the median wall time and
time per brief, the ratio cluster / local, each size's time per brief against the first size's
(linear growth: x 1.00), the peak memory of the local process and of each worker, and the
scheduler's overhead: the round trip of as many empty tasks as the pack sent batches, one after
the other (the part of a batch's time that is Dask's). A pack that runs past --timeout seconds
is stopped and reported as such.
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


def start_cluster(logs: Path, code: Path = REPO, cwd: Path | None = None) -> tuple[str, list[subprocess.Popen]]:
    """A scheduler and two one-thread workers running `code` (briefgen's source): (address,
    processes)."""
    address = f"tcp://127.0.0.1:{_free_port()}"
    dask = str(Path(sys.executable).parent / "dask")
    env = {**os.environ, "PYTHONPATH": str(code)}
    commands = [[dask, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                 "--no-dashboard"]]
    commands += [[dask, "worker", address, "--nthreads", "1", "--no-dashboard", "--host",
                  "127.0.0.1", "--local-directory", str(logs / f"w{n}")] for n in (1, 2)]
    processes = []
    for number, command in enumerate(commands):
        with (logs / f"{number}.log").open("w") as log:
            processes.append(subprocess.Popen(command, env=env, stdout=log, stderr=log,
                                              start_new_session=True, cwd=cwd))
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


# Runs the pack in a process of its own, so the peak memory is this pack's alone.
_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
      done.returncode)
sys.stderr.write(done.stderr[-3000:] if done.returncode else "")
"""


def timed_pack(project: Path, *options: str, timeout: float) -> tuple[float | None, float]:
    """(wall seconds, or None past `timeout`; peak MB of the largest local process) of a cold
    `briefgen pack`."""
    shutil.rmtree(project / "out", ignore_errors=True)
    shutil.rmtree(project / ".cache", ignore_errors=True)
    command = [sys.executable, "-m", "briefgen.cli", "--project", str(project), "pack", *options]
    measurer = subprocess.Popen([sys.executable, "-c", _MEASURE, *command], text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env={**os.environ, "PYTHONPATH": str(REPO)},
                                start_new_session=True)
    try:
        out, err = measurer.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        import signal
        os.killpg(measurer.pid, signal.SIGKILL)  # the pack and its workers with it
        measurer.communicate()
        return None, 0.0
    wall, peak_kb, code = out.split()
    if code != "0":
        sys.exit(f"{' '.join(command)} failed:\n{err}")
    return float(wall), int(peak_kb) / 1024


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


def batches_for(briefs: int) -> int:
    from briefgen.cluster import BATCHES_PER_WORKER, MOST_PER_BATCH
    return -(-briefs // max(1, min(MOST_PER_BATCH, -(-briefs // (2 * BATCHES_PER_WORKER)))))


def measure(work: Path, partners: int, runs: int, local: bool, timeout: float) -> dict:
    """One size: its walls by mode, peaks, workers' peaks and the scheduler's overhead."""
    from synthetic_pack import make_project
    project = make_project(work / f"synthetic-{partners}", partners, 10)
    briefs = partners + 11
    logs = work / f"logs-{partners}"
    logs.mkdir()
    address, processes = start_cluster(logs)
    modes = {"local": (), "cluster": ("--scheduler", address)} if local else \
        {"cluster": ("--scheduler", address)}
    walls: dict[str, list] = {mode: [] for mode in modes}
    peaks = dict.fromkeys(modes, 0.0)
    try:
        for _ in range(runs):
            for mode, options in modes.items():
                wall, peak = timed_pack(project, *options, timeout=timeout)
                walls[mode].append(wall)
                peaks[mode] = max(peaks[mode], peak)
        worker_peaks, overhead = worker_facts(address, batches_for(briefs))
    finally:
        stop(processes)
        shutil.rmtree(project, ignore_errors=True)
    return {"briefs": briefs, "walls": walls, "peaks": peaks, "workers": worker_peaks,
            "overhead": overhead}


def _median(values: list) -> float | None:
    return None if None in values or not values else statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partners", default="990", help="sizes, comma-separated")
    parser.add_argument("--local-up-to", type=int, default=990,
                        help="build sizes up to this many partners locally too")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=4800, help="seconds per pack")
    args = parser.parse_args()
    sizes = [int(p) for p in args.partners.split(",")]
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; cold, {args.runs} run(s) each, alternating; local "
          "cluster: scheduler + 2 workers x 1 thread on the same machine", flush=True)
    first_per_brief = None
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-cluster-") as folder:
        for partners in sizes:
            found = measure(Path(folder), partners, args.runs, partners <= args.local_up_to,
                            args.timeout)
            briefs = found["briefs"]
            for mode, values in found["walls"].items():
                wall = _median(values)
                if wall is None:
                    print(f"{briefs} briefs, {mode:<8} did not finish within {args.timeout:.0f} s",
                          flush=True)
                    continue
                per_brief = wall / briefs
                if mode == "cluster":
                    first_per_brief = first_per_brief or per_brief
                    growth = f"  per brief x {per_brief / first_per_brief:.2f} of the first size"
                else:
                    growth = ""
                print(f"{briefs} briefs, {mode:<8} {wall:7.1f} s  {1000 * per_brief:5.0f} ms/brief  "
                      f"local process peak {found['peaks'][mode]:4.0f} MB{growth}", flush=True)
            if "local" in found["walls"] and None not in found["walls"]["local"] + found["walls"]["cluster"]:
                ratios = [c / l for c, l in zip(found["walls"]["cluster"], found["walls"]["local"])]
                print(f"{briefs} briefs, cluster / local: x {statistics.median(ratios):.2f}")
            batches = batches_for(briefs)
            print(f"{briefs} briefs, workers' peak memory: "
                  f"{', '.join(f'{v:.0f} MB' for v in found['workers'].values())}")
            print(f"{briefs} briefs, scheduler overhead: {1000 * found['overhead']:.1f} ms per task "
                  f"round trip x {batches} batches = {found['overhead'] * batches:.2f} s", flush=True)


if __name__ == "__main__":
    main()
