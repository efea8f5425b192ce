"""Per-brief time of the Chinese edition against the English one, measured in the same run.

    .venv/bin/python benchmarks/bench_language.py [--runs 3] [--language zh]

For every brief of the shipped pack: compose, fit and render to PDF and DOCX bytes, in English
and in the other language, warm (a first pass fills the chart and fit caches of both editions).
Reports the median over runs of the mean per brief of each edition and of their ratio. Target
(issue: Chinese editions): a Chinese brief within 1.5× the English one.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--language", default="zh")
    args = parser.parse_args()

    from briefgen.build import compose, fit_brief, reference_document
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    from briefgen.pack import load_pack_config, plan
    from briefgen.render.docx import docx_bytes
    from briefgen.render.pdf import pdf_bytes

    english = load_project(REPO)
    editions = {"en": english, args.language: dataclasses.replace(english, language=args.language)}
    store = load_store(english)
    requests = plan(store, load_pack_config(None, english))
    charts, reference = english.path("cache") / "charts", reference_document(english)

    def brief(project, request) -> None:
        fitted = fit_brief(compose(project, store, request)[0], project)
        pdf_bytes(fitted, project.theme, project.page, chart_cache=charts)
        docx_bytes(fitted, project.theme, project.page, chart_cache=charts, reference=reference)

    for project in editions.values():  # fill the caches; Babel and the CJK font are loaded here
        for request in requests:
            brief(project, request)
    means: dict[str, list[float]] = {code: [] for code in editions}
    for _ in range(args.runs):
        for code, project in editions.items():
            started = time.perf_counter()
            for request in requests:
                brief(project, request)
            means[code].append(1000 * (time.perf_counter() - started) / len(requests))
    ratios = [other / base for base, other in zip(means["en"], means[args.language])]
    for code, values in means.items():
        print(f"{code}: {statistics.median(values):.1f} ms per brief (median of {args.runs} runs, "
              f"{len(requests)} briefs)")
    print(f"{args.language} / en: {statistics.median(ratios):.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
