"""Peak memory against pack size: cold synthetic packs on a local Dask cluster (and on the local
pool), the code before against the code now, side by side.

    .venv/bin/python benchmarks/bench_memory.py [--partners 190,590,990] [--modes cluster,local]
                                                [--baseline-code DIR] [--code DIR]

For each size P (a synthetic project of P partners x 10 sectors, benchmarks/synthetic_pack.py:
P + 11 briefs) and each code (a briefgen source tree: `git archive` of a commit for the
baseline), builds the pack cold (no cache, no output) in a new process and records the peak
resident memory of the largest local process (the pack's process or one of its pool workers:
the pool composes, lays out and joins the pack's PDF) and, in cluster mode, of each worker
(a fresh scheduler and two one-thread workers on 127.0.0.1 running that code, started for the
one pack so their peak is its own). Reports each peak, the ratio now / before by size, and the
slope of each peak in MB per 1,000 briefs (least squares over the sizes): growth with the
pack's size is what the slope shows; at 10,001 briefs a peak would be about its value at the
largest size plus the slope times the briefs added.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _peak_mb() -> float:  # run on a worker: defined here, it travels by value
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _worker_peaks(address: str) -> list[float]:
    from distributed import Client
    with Client(address, timeout=60, set_as_default=False) as client:
        return sorted(client.run(_peak_mb).values())


def one_pack(code: Path, project: Path, mode: str, logs: Path) -> tuple[float, list[float]]:
    """(peak MB of the largest local process, peak MB of each worker) of one cold pack."""
    from bench_cluster import start_cluster, stop
    from bench_pack import fresh, run_pack
    fresh(project)
    if mode == "local":
        return run_pack(project, code=code)[1], []
    logs.mkdir(parents=True, exist_ok=True)
    address, processes = start_cluster(logs, code, cwd=logs)
    try:
        peak = run_pack(project, "--scheduler", address, "--scheduler-timeout", "60",
                        code=code)[1]
        return peak, _worker_peaks(address)
    finally:
        stop(processes)


def slope(sizes: list[int], peaks: list[float]) -> float:
    """MB per 1,000 briefs, least squares."""
    mean_x, mean_y = sum(sizes) / len(sizes), sum(peaks) / len(peaks)
    spread = sum((x - mean_x) ** 2 for x in sizes)
    if not spread:  # one size: no slope
        return float("nan")
    return 1000 * sum((x - mean_x) * (y - mean_y) for x, y in zip(sizes, peaks)) / spread


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partners", default="190,590,990", help="sizes, comma-separated")
    parser.add_argument("--modes", default="cluster", help="cluster, local, or both")
    parser.add_argument("--code", type=Path, default=REPO)
    parser.add_argument("--baseline-code", type=Path, default=None,
                        help="the code before (a `git archive` of it); none: only --code")
    args = parser.parse_args()
    codes = {"now": args.code.resolve()}
    if args.baseline_code:
        codes = {"before": args.baseline_code.resolve(), **codes}
    sizes = [int(p) for p in args.partners.split(",")]
    from synthetic_pack import make_project
    found: dict[tuple, tuple[float, list[float]]] = {}
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-memory-") as folder:
        work = Path(folder)
        for partners in sizes:
            project = make_project(work / f"synthetic-{partners}", partners, 10)
            for mode in args.modes.split(","):
                for name, code in codes.items():
                    peak, workers = one_pack(code, project, mode, work / f"logs-{partners}-{name}")
                    found[mode, name, partners] = peak, workers
                    print(f"{partners + 11:>6} briefs  {mode:<7} {name:<6}  largest local process "
                          f"{peak:5.0f} MB  workers {', '.join(f'{w:.0f}' for w in workers) or '-'}"
                          f" MB", flush=True)
            shutil.rmtree(project, ignore_errors=True)
    report(found, sizes, args.modes.split(","), list(codes))


def report(found: dict, sizes: list[int], modes: list[str], codes: list[str]) -> None:
    briefs = [p + 11 for p in sizes]
    for mode in modes:
        for name in codes:
            local = [found[mode, name, p][0] for p in sizes]
            line = f"{mode} {name}: largest local process {slope(briefs, local):+.0f} MB per 1,000 briefs"
            if mode == "cluster":
                largest = [max(found[mode, name, p][1]) for p in sizes]
                line += f"; largest worker {slope(briefs, largest):+.0f} MB per 1,000 briefs"
            print(line)
        if "before" in codes:
            for p, count in zip(sizes, briefs):
                now, before = found[mode, "now", p], found[mode, "before", p]
                line = f"{mode} {count} briefs, now / before: local x {now[0] / before[0]:.2f}"
                if mode == "cluster":
                    line += f", largest worker x {max(now[1]) / max(before[1]):.2f}"
                print(line)


if __name__ == "__main__":
    main()
