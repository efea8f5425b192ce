"""Where a cold pack's processor time goes, without a profiler: shares of named functions.

    .venv/bin/python benchmarks/bench_shares.py [--runs 3] [--partners 190] [--code DIR]
        [--baseline-code DIR]

Builds a cold synthetic pack (P partners x 10 sectors, benchmarks/synthetic_pack.py) in one
process (`briefgen pack -j 1`), `--runs` times, each in a new process with the code tree `--code`
(default this one) first on the path, and sums the processor time spent inside each function
of MEASURED (its outermost calls: a call inside itself is not counted twice; the functions
overlap, a chart is drawn inside the PDF's layout; a function a code tree does not have is
"-"). Reports each one's median share of the process's processor time: what a change could
save at most, before it is made.

`--baseline-code DIR` builds with that tree too, in pairs, the order alternating from run to
run, and adds each function's median seconds on both sides and the median of the pairs' ratios
of its seconds (this / baseline), each pair's ratio listed for the first function.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

MEASURED = {  # label: (module, function or Class.method)
    "charts (drawn or read, for the PDF)": ("briefgen.charts.image", "drawing"),
    "charts: drawn, files written": ("briefgen.charts.image", "render_here"),
    "  figure built": ("briefgen.charts.render", "build_figure"),
    "  PNG (Agg, for the DOCX)": ("briefgen.charts.render", "_png"),
    "  shapes (for the PDF)": ("briefgen.charts.render", "_pickled_drawing"),
    "  a chart's files written, sealed": ("briefgen.charts.cache", "keep"),
    "  sealing a chart file": ("briefgen.safety.cache_files", "seal_file"),
    "  chart files read back": ("briefgen.charts.cache", "drawn"),
    "PDF laid out and written": ("briefgen.render.pdf", "pdf_bytes"),
    "briefs composed": ("briefgen.build", "compose"),
    "Word files (briefs', pack's)": ("briefgen.render.docx", "write_docx"),
    "  the briefs'": ("briefgen.build", "_docx_bytes"),
    "  the pack's": ("briefgen.binder", "_docx_pack"),
    "  key figures": ("briefgen.render.docx_writer", "DocxWriter._KeyFigures"),
    "  title bands": ("briefgen.render.docx_writer", "DocxWriter.title_band"),
    "  lists": ("briefgen.render.docx_writer", "DocxWriter._list"),
    "  data tables": ("briefgen.render.docx_writer", "DocxWriter._Table"),
    "  a document copied": ("briefgen.render.docx", "_new_document"),
    "  comments": ("briefgen.render.docx_writer", "DocxWriter.citation"),
    "  zip written": ("briefgen.render.docx_xml", "write_repeatable"),
    "files: folders checked": ("briefgen.outputs", "own_folder"),
    "pack bound": ("briefgen.binder", "bind_pack"),
}

# run in the child: wrap the measured functions, build the pack, print the sums as JSON
CHILD = """
import functools, importlib, json, runpy, sys, time
measured = json.loads(sys.argv[1])
spent = dict.fromkeys(measured, 0.0)
inside = dict.fromkeys(measured, 0)
def timed(name, function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        if inside[name]:
            return function(*args, **kwargs)
        inside[name] += 1
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start
            inside[name] -= 1
    return wrapper
for name, (module, attribute) in list(measured.items()):
    owner = importlib.import_module(module)
    *classes, function = attribute.split(".")
    for part in classes:
        owner = getattr(owner, part)
    if not hasattr(owner, function):  # not in this code tree
        del spent[name]
        continue
    setattr(owner, function, timed(name, getattr(owner, function)))
start = time.process_time()
sys.argv = ["briefgen", "pack", "-j", "1"]
try:
    runpy.run_module("briefgen.cli", run_name="__main__")
except SystemExit as exc:
    if exc.code:
        raise
print(json.dumps({"process": time.process_time() - start, **spent}))
"""


def measure(code: Path, project: Path, measured: dict[str, tuple[str, str]] = MEASURED) -> dict[str, float]:
    """One cold `pack -j 1` of `project` with the code tree `code`: the process's processor time
    and the time inside each function of `measured` (bench_docx_share.py uses it too)."""
    shutil.rmtree(project / "out", ignore_errors=True)
    shutil.rmtree(project / ".cache", ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run([sys.executable, "-c", CHILD, json.dumps(measured)], cwd=project,
                          env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--partners", type=int, default=190)
    parser.add_argument("--code", type=Path, default=REPO)
    parser.add_argument("--baseline-code", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-shares-") as folder:
        from synthetic_pack import make_project
        project = make_project(Path(folder) / "project", args.partners, 10)
        if args.baseline_code:
            return paired(args.baseline_code.resolve(), args.code.resolve(), project, args)
        results = [measure(args.code.resolve(), project) for _ in range(args.runs)]
    print(f"cold pack, -j 1, {args.partners} partners x 10 sectors, code {args.code}, "
          f"{len(results)} runs: median share of the process's processor time")
    for name in MEASURED:
        print(f"  {name:36} {_share(results, name)}")


def _share(results: list[dict], name: str) -> str:
    if any(name not in r for r in results):
        return "    -"
    return f"{statistics.median(100 * r[name] / r['process'] for r in results):5.1f}%"


def paired(baseline: Path, code: Path, project: Path, args) -> None:
    sides: dict[str, list[dict]] = {"baseline": [], "this": []}
    for run in range(args.runs):
        order = [("baseline", baseline), ("this", code)][::1 if run % 2 == 0 else -1]
        for side, tree in order:
            sides[side].append(measure(tree, project))
        print(f"  pair {run + 1}: processor {sides['baseline'][-1]['process']:.2f} s (baseline), "
              f"{sides['this'][-1]['process']:.2f} s (this)", flush=True)
    base, this = sides["baseline"], sides["this"]
    print(f"cold pack, -j 1, {args.partners} partners x 10 sectors, {args.runs} pairs: median "
          f"share of the process's processor time, median seconds, median of the pairs' ratios")
    print(f"  {'':36} {'baseline':>16} {'this':>16}  ratio")
    for index, name in enumerate(("process", *MEASURED)):
        if any(name not in r for r in base + this):
            print(f"  {name:36} {_share(base, name):>7} {'':8} {_share(this, name):>7}")
            continue
        ratios = [t[name] / b[name] for b, t in zip(base, this) if b[name]]
        pairs = f"  ({', '.join(f'{r:.2f}' for r in ratios)})" if index < 2 else ""
        print(f"  {name:36} {_share(base, name):>7} {statistics.median(b[name] for b in base):6.2f} s "
              f"{_share(this, name):>7} {statistics.median(t[name] for t in this):6.2f} s  "
              f"x {statistics.median(ratios):.3f}{pairs}")


if __name__ == "__main__":
    main()
