"""How long one chart takes to draw, warm (matplotlib imported, fonts loaded) and cache cold.

    .venv/bin/python benchmarks/bench_charts.py [--runs 20]

A brief needs each chart twice, as shapes (PDF) and PNG (DOCX), drawn from one matplotlib figure, with
title, subtitle and source set as document text (`with_text=False`). Prints the median and worst
of N such draws per kind; the budget is 50 ms per chart (both files).
"""

from __future__ import annotations

import argparse
import statistics
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


def time_one(chart: ChartData, folder: Path) -> float:
    """Milliseconds to draw one chart as a brief does: the PDF's shapes, and the PNG from the same
    figure."""
    start = time.perf_counter()
    draw(chart, DEFAULT_THEME, "rlg", cache_dir=folder, with_text=False)
    draw(chart, DEFAULT_THEME, "png", cache_dir=folder, with_text=False)  # drawn with the shapes
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        time_one(CHARTS["column"], Path(tmp) / "warm")  # warm up: import matplotlib, load fonts
        print(f"{'chart':10} {'median ms':>10} {'max ms':>8}   (shapes + PNG)")
        for name, chart in CHARTS.items():
            # a fresh folder per run: every draw misses the cache and really draws
            times = [time_one(chart, Path(tmp) / f"{name}-{i}") for i in range(runs)]
            median = statistics.median(times)
            flag = "" if median <= BUDGET_MS else "  over budget"
            print(f"{name:10} {median:10.1f} {max(times):8.1f}{flag}")


if __name__ == "__main__":
    main()
