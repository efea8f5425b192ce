"""Time reading sources as `briefgen seeds add` reads them: a 100-page PDF and a 10,000-row
table, both generated here (synthetic text and figures).

    .venv/bin/python benchmarks/bench_sources.py [--runs 3] [--pages 100] [--rows 10000]

Prints the median of several runs for each, and, as a baseline measured in the same run, the
time to read the same text from a plain .txt file, so figures taken on different days compare
as ratios.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.sources import read_source

LINE = ("In {year} the port handled {n},{m:03d} containers, up {p}.{q} percent on the year before, "
        "the bureau said.")


def make_pdf(path: Path, pages: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setTitle("Synthetic yearbook")
    for page in range(1, pages + 1):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(60, 800, "Synthetic Statistical Yearbook 2024 | Chapter 3")
        canvas.drawCentredString(297, 30, str(page))
        canvas.setFont("Helvetica", 10)
        for i in range(48):
            canvas.drawString(60, 770 - 15 * i, LINE.format(year=1980 + i % 40, n=page, m=i,
                                                            p=i % 9, q=page % 10)[:95])
        canvas.showPage()
    canvas.save()


def make_xlsx(path: Path, rows: int) -> None:
    import openpyxl
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Trade")
    sheet.append(["Partner", "Year", "Exports (USD million)", "Imports (USD million)"])
    for i in range(rows):
        sheet.append([f"Partner {i % 250}", 1990 + i % 35, round(1000 + i * 1.25, 2), i * 3 + 7])
    book.save(path)


def median_seconds(path: Path, runs: int) -> tuple[float, float, int]:
    """(median wall seconds, median processor seconds, characters of text) of reading `path`:
    processor time shows the cost on a machine busy with other work."""
    wall, cpu, chars = [], [], 0
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        chars = len(read_source(path).text)
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(wall), statistics.median(cpu), chars


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        pdf, xlsx = Path(folder) / "yearbook.pdf", Path(folder) / "trade.xlsx"
        make_pdf(pdf, args.pages)
        make_xlsx(xlsx, args.rows)
        for path, what in ((pdf, f"{args.pages}-page PDF"), (xlsx, f"{args.rows:,}-row XLSX")):
            seconds, cpu, chars = median_seconds(path, args.runs)
            plain = Path(folder) / f"{path.stem}.txt"
            plain.write_text(read_source(path).text, encoding="utf-8")
            _, baseline_cpu, _ = median_seconds(plain, args.runs)
            print(f"{what} ({path.stat().st_size / 1024 / 1024:.1f} MB, {chars / 1024:.0f} KB of "
                  f"text): median {seconds:.2f} s wall, {cpu:.2f} s processor over {args.runs} "
                  f"runs; the same text as .txt {baseline_cpu * 1000:.0f} ms processor "
                  f"({cpu / baseline_cpu:.0f} x)")


if __name__ == "__main__":
    main()
