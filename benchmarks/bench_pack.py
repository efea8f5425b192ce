"""How fast the investor pack builds: cold, warm, incremental, and at scale.

    .venv/bin/python benchmarks/bench_pack.py [--runs 5] [--scale 25,50,100,200] [--briefs-1000]
                                              [--scale-runs 3] [--jobs-pairs]

Every measurement runs `briefgen pack` (both formats, default jobs) in a fresh process on
a private copy of the project, as a user would, and reports the median of --runs:

- cold: no cache, no previous output (charts drawn, briefs fitted, everything rendered);
- unchanged: the same command again (nothing composed or rendered);
- one fact: one fact's label edited (only the briefs using it and the pack are rendered);
- warm per brief: outputs deleted, caches (charts, fits) kept: wall time / number of briefs;
- scale: synthetic projects (benchmarks/synthetic_pack.py) of P partners x 10 sectors, cold and
  warm, median of --scale-runs each: time should grow linearly with the briefs and peak memory
  stay flat.

Each run also times the peer one-off script (benchmarks/peer_brief.py: one partner brief with
python-docx, reportlab and matplotlib, in a new process) just before the pack, and reports the
pack's time per brief as a ratio to it (median of the runs' ratios): on a shared machine whose
speed drifts, the ratio holds where wall times do not.

Peak memory is the resident set size of the largest process (the parent or a worker).

With workers, the last fifth of the briefs are fitted before any is rendered, so the pack's
cover, contents and appendix are made while those briefs render (docs/performance.md, "The pack's
own pages made while its last briefs render"): against the code before, in paired cold 1,001-brief runs
at load 4-5, the wall time after the last brief fell x 0.34 and x 0.53, the whole build's wall
x 0.90 and x 0.98, processor time x 0.95-0.96. At load 6-10 whole-build wall ratios swing from
x 0.64 to x 1.11 (no core is idle for the overlap to use): compare processor time and the tail.
Targets (2 cores): cold Qingdao pack <= 4 s, unchanged rebuild < 1 s, warm per brief <= 40 ms,
1,000 briefs cold <= 30 s and warm <= 20 s, peak memory <= 500 MB. On a shared virtual machine single runs vary by
a quarter: compare medians.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
PROJECT_PARTS = ("briefgen.yaml", "facts", "seeds", "templates")

_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
wall = time.perf_counter() - start
used = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{wall} {used.ru_maxrss} {done.returncode} {used.ru_utime + used.ru_stime}")
sys.stderr.write(done.stderr[-3000:] if done.returncode else "")
"""


def run_pack(project: Path, *options: str, code: Path | None = None) -> tuple[float, float, float]:
    """(wall seconds, peak MB of the largest process, processor seconds of all its processes)
    of one `briefgen pack`, with the briefgen source tree `code` (default: the installed one).
    Processor time varies less than wall time on a shared machine."""
    command = [sys.executable, "-m", "briefgen.cli", "--project", str(project), "pack", *options]
    env = {**os.environ, "PYTHONPATH": str(code)} if code else None
    # run in the project's folder: `python -m` puts the working folder first on sys.path, so
    # from a checkout's root it would import that checkout's briefgen, not `code`'s
    done = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True,
                          text=True, env=env, cwd=project)
    wall, peak_kb, code, cpu = done.stdout.split()
    if code != "0":
        sys.exit(f"briefgen pack failed in {project}:\n{done.stderr}")
    return float(wall), int(peak_kb) / 1024, float(cpu)


def peer_wall(work: Path) -> float:
    """Wall seconds of the peer one-off script, in a new process."""
    started = time.perf_counter()
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "peer_brief.py"), str(work / "peer")],
                   check=True, capture_output=True)
    return time.perf_counter() - started


def per_brief_ratio(walls: list[float], peers: list[float], briefs: int) -> str:
    return f"x {median([w / briefs / p for w, p in zip(walls, peers)]):.3f} of the peer"


def copy_project(source: Path, target: Path) -> Path:
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for part in PROJECT_PARTS:
        if (source / part).is_dir():
            shutil.copytree(source / part, target / part)
        else:
            shutil.copy(source / part, target / part)
    return target


def fresh(project: Path) -> None:
    shutil.rmtree(project / "out", ignore_errors=True)
    shutil.rmtree(project / ".cache", ignore_errors=True)


def briefs_in(project: Path) -> int:
    manifest = json.loads((project / "out" / "pack" / "manifest.json").read_text())
    return len(manifest["documents"])


def rendered_after_edit(project: Path) -> tuple[float, int]:
    """Edit the label of a fact the Japan brief shows (not a number: quotes stay valid)."""
    import yaml
    from pypdf import PdfReader
    manifest_path = project / "out" / "pack" / "manifest.json"
    before = json.loads(manifest_path.read_text())["documents"]
    shown = " ".join(PdfReader(project / "out" / "pack" / "partner-japan.pdf").pages[0]
                     .extract_text().split())
    facts = project / "facts" / "partners" / "japan.yaml"
    text = facts.read_text(encoding="utf-8")
    label = next(f["label"] for f in yaml.safe_load(text)["facts"]
                 if "value" in f and f" {f['label']} " in f" {shown} " and f"label: {f['label']}\n" in text)
    facts.write_text(text.replace(f"label: {label}", f"label: {label} (edited)", 1),
                     encoding="utf-8")
    wall = run_pack(project)[0]
    after = json.loads(manifest_path.read_text())["documents"]
    changed = sum(1 for name in after if after[name]["input_hash"] != before[name]["input_hash"])
    return wall, changed


def median(values: list[float]) -> float:
    return statistics.median(values)


def qingdao(runs: int, work: Path) -> list[tuple[str, str]]:
    project = copy_project(REPO, work / "qingdao")
    cold, peaks, unchanged, warm, peers = [], [], [], [], []
    for _ in range(runs):
        peers.append(peer_wall(work))
        fresh(project)
        wall, peak, _ = run_pack(project)
        cold.append(wall)
        peaks.append(peak)
        unchanged.append(run_pack(project)[0])
        shutil.rmtree(project / "out")
        warm.append(run_pack(project)[0])
    briefs = briefs_in(project)
    edit_wall, changed = rendered_after_edit(project)
    return [
        ("Qingdao pack, cold (both formats)", f"{median(cold):.2f} s  ({briefs} briefs)"),
        ("  its time per brief / the peer one-off", f"{per_brief_ratio(cold, peers, briefs)}  "
                                                    f"(peer {median(peers):.2f} s)"),
        ("Qingdao pack, unchanged rebuild", f"{median(unchanged):.2f} s"),
        ("Qingdao pack, one fact label edited", f"{edit_wall:.2f} s  ({changed} brief(s) re-rendered)"),
        ("warm per brief (caches kept, outputs deleted)",
         f"{1000 * median(warm) / briefs:.0f} ms  ({median(warm):.2f} s / {briefs})"),
        ("peak memory, cold Qingdao pack", f"{max(peaks):.0f} MB"),
    ]


def scale(sizes: list[int], work: Path, runs: int) -> list[tuple[str, str]]:
    from synthetic_pack import make_project
    rows, points = [], []
    for partners in sizes:
        project = make_project(work / f"synthetic-{partners}", partners, 10)
        colds, warms, peaks, peers, cpus = [], [], [], [], {"cold": [], "warm": []}
        for _ in range(runs):
            peers.append(peer_wall(work))
            fresh(project)
            wall, peak, cpu = run_pack(project)
            colds.append(wall)
            peaks.append(peak)
            cpus["cold"].append(cpu)
            shutil.rmtree(project / "out")
            wall, _, cpu = run_pack(project)
            warms.append(wall)
            cpus["warm"].append(cpu)
        briefs = briefs_in(project)
        wall, warm, peak = median(colds), median(warms), max(peaks)
        points.append((briefs, wall, warm))
        rows.append((f"synthetic {partners} x 10: {briefs} briefs",
                     f"cold {wall:6.1f} s ({1000 * wall / briefs:3.0f} ms/brief), warm "
                     f"{warm:6.1f} s ({1000 * warm / briefs:3.0f} ms/brief), peak {peak:4.0f} MB"))
        rows.append(("  processor time (all processes)", f"cold {median(cpus['cold']):6.1f} s, "
                                                          f"warm {median(cpus['warm']):6.1f} s"))
        rows.append((f"  per brief / the peer one-off ({median(peers):.2f} s)",
                     f"cold {per_brief_ratio(colds, peers, briefs)}, "
                     f"warm {per_brief_ratio(warms, peers, briefs)}"))
        shutil.rmtree(project)
    return rows + projection(points)


def jobs_pairs(runs: int, work: Path) -> list[tuple[str, str]]:
    """`-j 2` against `-j 1`, cold and warm, interleaved, for a small synthetic pack (8 and 19
    briefs) and Qingdao's (28): the ratio shows where a second worker starts to pay."""
    from synthetic_pack import make_project
    projects = [make_project(work / "small-8", 2, 5), make_project(work / "small-19", 8, 10),
                copy_project(REPO, work / "qingdao-jobs")]
    rows = []
    for project in projects:
        walls: dict[tuple[str, str], list[float]] = {}
        cpus: dict[tuple[str, str], list[float]] = {}
        for _ in range(runs):
            for jobs in ("1", "2"):
                for state in ("cold", "warm"):
                    if state == "cold":
                        fresh(project)
                    else:
                        shutil.rmtree(project / "out")
                    wall, _, cpu = run_pack(project, "-j", jobs)
                    walls.setdefault((state, jobs), []).append(wall)
                    cpus.setdefault((state, jobs), []).append(cpu)
        briefs = briefs_in(project)
        for state in ("cold", "warm"):
            ratios = [two / one for two, one in zip(walls[(state, "2")], walls[(state, "1")])]
            rows.append((f"-j 2 / -j 1, {state}, {briefs} briefs",
                         f"x {median(ratios):.2f}  ({median(walls[(state, '2')]):.2f} s against "
                         f"{median(walls[(state, '1')]):.2f} s; processor time "
                         f"{median(cpus[(state, '2')]):.2f} s against {median(cpus[(state, '1')]):.2f} s)"))
    return rows


def projection(points: list[tuple[int, float, float]]) -> list[tuple[str, str]]:
    """The cost of one more brief (least-squares slope over the scale runs) and what 1,000
    briefs would take at that rate: linear growth shows as a steady slope."""
    if len(points) < 2:
        return []
    briefs = [p[0] for p in points]
    rows = []
    for name, walls in (("cold", [p[1] for p in points]), ("warm", [p[2] for p in points])):
        slope, intercept = statistics.linear_regression(briefs, walls)
        rows.append((f"each further brief, {name} (slope)",
                     f"{1000 * slope:.0f} ms; 1,000 briefs projected: {intercept + 1000 * slope:.0f} s"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scale", default="25,50,100,200",
                        help="Partner counts of the synthetic projects (10 sectors each); '' skips.")
    parser.add_argument("--briefs-1000", action="store_true",
                        help="Also build a synthetic project of 990 partners + 10 sectors.")
    parser.add_argument("--jobs-pairs", action="store_true",
                        help="Only compare -j 2 with -j 1 (cold, warm) at 8, 19 and 28 briefs.")
    parser.add_argument("--scale-runs", type=int, default=1,
                        help="Cold and warm builds of each synthetic project (median reported).")
    args = parser.parse_args()
    sizes = [int(n) for n in args.scale.split(",") if n] + ([990] if args.briefs_1000 else [])
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-pack-") as folder:
        work = Path(folder)
        started = time.perf_counter()
        if args.jobs_pairs:
            rows = jobs_pairs(args.runs, work)
        else:
            rows = qingdao(args.runs, work) + scale(sizes, work, args.scale_runs)
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; median of {args.runs} runs (Qingdao), "
          f"{args.scale_runs} (synthetic); "
          f"{time.perf_counter() - started:.0f} s in all")
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
