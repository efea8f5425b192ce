"""How long one chart takes to draw, warm (matplotlib imported, fonts loaded) and cache cold.

    .venv/bin/python benchmarks/bench_charts.py [--runs 20] [--baseline-code DIR] [--rounds 5]

A brief needs each chart twice, as shapes (PDF) and PNG (DOCX), drawn from one matplotlib figure, with
title, subtitle and source set as document text (`with_text=False`). Prints the median and worst
of N such draws per kind; the budget is 50 ms per chart (both files). Each draw has figures of
its own (the values' text is numbered by run), as a pack's charts have: the renderers keep what
they measured of a text for the process, and the same chart drawn again would cost less.

`--baseline-code DIR` (a checkout's root, e.g. an unpacked `git archive` of an older commit)
compares two versions of the code on the shared machine: ROUNDS rounds, each drawing every kind
RUNS times with this code and with the baseline's, each in a new process, the order alternating
from round to round. Prints the median processor time per chart of each (which the machine's
load moves less than wall time) and the median of the rounds' ratios (this / baseline).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from briefgen.charts import ChartData, ChartPoint, draw
from briefgen.theme import DEFAULT_THEME

BUDGET_MS = 50.0
SOURCE = "Source: A City of Dreams: Qingdao — An International Metropolis"


def point(label, value, display, series=None, unit="USD"):
    return ChartPoint(label, Decimal(value), display, "2018", "Measure", unit, f"x.{label}", series)


CHARTS = {
    "column": ChartData("column", "Most signed investment has been put to use",
                        "US$ · Qingdao and South Korea · cumulative to March 2019", "US$",
                        (point("Signed", 30462000000, "30.46 bn"),
                         point("Actually utilised", 19713400000, "19.71 bn")),
                        SOURCE, "alt", ("a", "b")),
    "hbar": ChartData("hbar", "Six partners compared", "US$ · Qingdao · 2018", "US$",
                      tuple(point(name, v * 10**9, f"{v} bn") for name, v in (
                          ("South Korea", 30), ("Japan", 12), ("Germany", 2.6), ("Singapore", 8),
                          ("Hong Kong", 50), ("United States", 6))),
                      SOURCE, "alt", ("a",)),
    "stacked": ChartData("stacked", "B2B is almost all cross-border e-commerce",
                         "Import and export trade (RMB) · Qingdao · 2018", "RMB",
                         (point("E-commerce", 32926000000, "32.93 bn", "B2B", "CNY"),
                          point("E-commerce", 1317000000, "1.32 bn", "B2C", "CNY")),
                         SOURCE, "alt", ("a", "b")),
    "line": ChartData("line", "Exports recovered", "Exports (US$) · Qingdao · 2015 to 2018", "US$",
                      tuple(point(str(y), v * 10**8, f"{v / 10} bn") for y, v in (
                          (2015, 412), (2016, 389), (2017, 435), (2018, 471))),
                      SOURCE, "alt", ("a",)),
    "donut": ChartData("donut", "Half fly rescue", "Share (per cent)", "per cent",
                       (point("Medical rescue", 50, "about 50%", unit="percent"),
                        point("Police", 18, "about 18%", unit="percent"),
                        point("Other", 32, "about 32%", unit="percent")),
                       SOURCE, "alt", ("a", "b")),
}


def time_one(chart: ChartData, folder: Path) -> tuple[float, float]:
    """Milliseconds (wall, processor) to draw one chart as a brief does: the PDF's shapes, and
    the PNG from the same figure."""
    start, cpu = time.perf_counter(), time.process_time()
    draw(chart, DEFAULT_THEME, "rlg", cache_dir=folder, with_text=False)
    draw(chart, DEFAULT_THEME, "png", cache_dir=folder, with_text=False)  # drawn with the shapes
    return (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000


def numbered(chart: ChartData, run: int) -> ChartData:
    """The chart with values of its own: the text at each bar or point is new to the renderers."""
    points = tuple(dataclasses.replace(p, display=f"{p.display} #{run}") for p in chart.points)
    return dataclasses.replace(chart, points=points)


def timings(runs: int) -> dict[str, list[tuple[float, float]]]:
    """(wall, processor) milliseconds of `runs` draws of each kind, in this process."""
    with tempfile.TemporaryDirectory() as tmp:
        time_one(CHARTS["column"], Path(tmp) / "warm")  # warm up: import matplotlib, load fonts
        # a fresh folder per run: every draw misses the cache and really draws
        return {name: [time_one(numbered(chart, i), Path(tmp) / f"{name}-{i}")
                       for i in range(runs)]
                for name, chart in CHARTS.items()}


def timings_of(code: Path, runs: int) -> dict[str, list[list[float]]]:
    """timings() with the briefgen of another checkout, in a new process."""
    script = (f"import sys; sys.path[:0] = [{str(code)!r}, {str(Path(__file__).parent)!r}]; "
              f"import json, bench_charts; print(json.dumps(bench_charts.timings({runs})))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=tempfile.gettempdir(), check=True)
    return json.loads(done.stdout)


def paired(baseline: Path, runs: int, rounds: int) -> None:
    this = Path(__file__).resolve().parent.parent
    cpu = {"this": {name: [] for name in CHARTS}, "baseline": {name: [] for name in CHARTS}}
    ratios = {name: [] for name in CHARTS}
    for round_ in range(rounds):
        order = [("this", this), ("baseline", baseline)][::1 if round_ % 2 else -1]
        medians = {}
        for who, code in order:
            for name, times in timings_of(code, runs).items():
                cpu[who][name] += [c for _, c in times]
                medians[who, name] = statistics.median(c for _, c in times)
        for name in CHARTS:
            ratios[name].append(medians["this", name] / medians["baseline", name])
    print(f"{'chart':10} {'this ms':>8} {'baseline ms':>12} {'ratio':>6}   (processor time, "
          f"shapes + PNG, {rounds} rounds x {runs} draws)")
    for name in CHARTS:
        print(f"{name:10} {statistics.median(cpu['this'][name]):8.1f} "
              f"{statistics.median(cpu['baseline'][name]):12.1f} "
              f"{statistics.median(ratios[name]):6.2f}")
    every = [r for name in CHARTS for r in ratios[name]]
    print(f"{'all kinds':10} {'':8} {'':12} {statistics.median(every):6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--baseline-code", type=Path,
                        help="a checkout's root whose charts to time in the same run")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if args.baseline_code:
        return paired(args.baseline_code.resolve(), args.runs, args.rounds)
    print(f"{'chart':10} {'median ms':>10} {'max ms':>8}   (shapes + PNG, wall)")
    for name, times in timings(args.runs).items():
        walls = [wall for wall, _ in times]
        median = statistics.median(walls)
        flag = "" if median <= BUDGET_MS else "  over budget"
        print(f"{name:10} {median:10.1f} {max(walls):8.1f}{flag}")


if __name__ == "__main__":
    main()
