"""Two ways of building the same pack, measured side by side: paired, interleaved runs.

    .venv/bin/python benchmarks/bench_paired.py [--runs 7] [--states cold,warm]
        [--code DIR] [--baseline-code DIR] [--jobs N] [--baseline-jobs N] [--partners P]

Each run builds the pack with the baseline, then with the candidate (the order alternating from
run to run), each `briefgen pack` in a new process on its own copy of the project, and records
its processor time (user + system, all its processes) and wall time. On a machine shared with
others, wall times of single runs vary by half; processor time varies far less, and the ratio
of each pair (candidate / baseline, taken within a minute of each other) cancels the drift.
Prints each build as it ends (with the machine's one-minute load average before and after), then
the median of each and the median of the per-pair ratios.

- `--code`, `--baseline-code`: the briefgen source trees to run (a checkout's root; default
  this one): compares two versions of the code (git worktree or `git archive` of a commit);
- `--jobs`, `--baseline-jobs`: the `--jobs` given to each (default: none, briefgen's default);
- `--partners P`: a synthetic project of P partners x 10 sectors (benchmarks/synthetic_pack.py)
  instead of the shipped Qingdao project;
- states: cold (no cache, no output), warm (caches kept, outputs deleted).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


def build(code: Path, project: Path, jobs: str | None) -> tuple[float, float, float]:
    """(processor seconds, wall seconds, peak MB of the largest process) of one pack."""
    from bench_pack import run_pack
    wall, peak, cpu = run_pack(project, *(["--jobs", jobs] if jobs else []), code=code)
    return cpu, wall, peak


def prepare(project: Path, state: str) -> None:
    shutil.rmtree(project / "out", ignore_errors=True)
    if state == "cold":
        shutil.rmtree(project / ".cache", ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--states", default="cold,warm")
    parser.add_argument("--code", type=Path, default=REPO)
    parser.add_argument("--baseline-code", type=Path, default=REPO)
    parser.add_argument("--jobs")
    parser.add_argument("--baseline-jobs")
    parser.add_argument("--partners", type=int, help="a synthetic project of P partners x 10 sectors")
    args = parser.parse_args()
    sides = {"baseline": (args.baseline_code.resolve(), args.baseline_jobs),
             "candidate": (args.code.resolve(), args.jobs)}
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-paired-") as folder:
        work = Path(folder)
        from bench_pack import copy_project
        from synthetic_pack import make_project
        projects = {side: (make_project(work / side, args.partners, 10) if args.partners
                           else copy_project(REPO, work / side)) for side in sides}
        for state in args.states.split(","):
            results: dict[str, list[tuple[float, float, float]]] = {side: [] for side in sides}
            if state == "warm":  # caches made once, then kept
                for side, (code, jobs) in sides.items():
                    prepare(projects[side], "cold")
                    build(code, projects[side], jobs)
            for run in range(args.runs):
                order = list(sides) if run % 2 == 0 else list(reversed(sides))
                for side in order:
                    prepare(projects[side], state)
                    load = os.getloadavg()[0]
                    results[side].append(build(*(sides[side][0], projects[side], sides[side][1])))
                    cpu, wall, peak = results[side][-1]
                    print(f"  {state} run {run + 1} {side:9}: processor {cpu:7.2f} s, wall "
                          f"{wall:7.2f} s, peak {peak:4.0f} MB, load {load:.1f} before, "
                          f"{os.getloadavg()[0]:.1f} after", flush=True)
            report(state, sides, results)


def report(state: str, sides: dict, results: dict) -> None:
    base, cand = results["baseline"], results["candidate"]
    print(f"{state}: baseline {sides['baseline']}, candidate {sides['candidate']}, {len(base)} pairs")
    for index, name in ((0, "processor time"), (1, "wall time")):
        ratio = statistics.median(c[index] / b[index] for b, c in zip(base, cand))
        print(f"  {name:15} baseline {statistics.median(b[index] for b in base):6.2f} s  "
              f"candidate {statistics.median(c[index] for c in cand):6.2f} s  "
              f"ratio x {ratio:.3f}")
    print(f"  {'peak memory':15} baseline {max(b[2] for b in base):6.0f} MB  "
          f"candidate {max(c[2] for c in cand):6.0f} MB")


if __name__ == "__main__":
    main()
