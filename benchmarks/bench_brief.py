"""Warm time per brief in one process: compose, PDF, DOCX (charts and fits cached).

    .venv/bin/python benchmarks/bench_brief.py [--runs 5] [--project DIR]

The pack's workers do this for every brief; `bench_pack.py` measures whole commands. The
first pass fills the caches (charts drawn, briefs fitted); the timed passes then compose each
brief from the store and render it to PDF and DOCX bytes, as `briefgen build` and the pack's
workers do. Each run then makes the peer's brief (benchmarks/peer_brief.py: chart, DOCX and
PDF with matplotlib, python-docx and reportlab directly) for every partner fact file, in this
process too. Reports the median over runs of the mean per brief, and of each run's ratio of
briefgen's PDF + DOCX to the peer's (partners with figures: the peer's table needs some). Target (issue: investor pack): DOCX + PDF <= 40 ms per
brief, warm.

Tagging's cost is measured in the same run: each brief's PDF is also made with the tagger
switched off (its calls do nothing: no marked content, no structure tree), right after the
tagged one, and the report gives the ratio per brief (issue: accessible documents, at most
15% slower per brief).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))


def peer_per_brief(fact_files: list[Path], out: Path) -> float:
    """Mean milliseconds of the peer's brief (chart drawn, DOCX and PDF written) in this process."""
    import peer_brief
    started = time.perf_counter()
    for path in fact_files:
        facts = peer_brief.key_facts(path)
        png = peer_brief.chart_png(facts)
        peer_brief.write_docx(out / "peer.docx", path.stem, facts, png)
        peer_brief.write_pdf(out / "peer.pdf", path.stem, facts, png)
    return 1000 * (time.perf_counter() - started) / len(fact_files)


class Untagged:
    """The tagger switched off: every call does nothing (pdf_tags.Tagger's interface)."""

    def content(self, canvas, path, box=None):
        return contextlib.nullcontext()

    def artifact(self, canvas, kind=None, subtype=None):
        return contextlib.nullcontext()

    def link(self, *args):
        pass

    def inline(self, *args):
        pass

    def write(self, canvas, pages):
        pass


@contextlib.contextmanager
def untagged():
    from briefgen.render import pdf
    tagger, pdf.Tagger = pdf.Tagger, Untagged
    try:
        yield
    finally:
        pdf.Tagger = tagger


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--project", type=Path, default=REPO)
    args = parser.parse_args()

    from briefgen.build import compose, fit_brief, reference_document
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    from briefgen.pack import load_pack_config, plan
    from briefgen.render.docx import docx_bytes
    from briefgen.render.pdf import pdf_bytes

    project = load_project(args.project)
    store = load_store(project)
    requests = plan(store, load_pack_config(None, project))
    charts, reference = project.path("cache") / "charts", reference_document(project)

    def pdf(doc):
        return pdf_bytes(doc, project.theme, project.page, chart_cache=charts)

    def docx(doc):
        return docx_bytes(doc, project.theme, project.page, chart_cache=charts, reference=reference)

    def pdf_untagged(doc):
        with untagged():
            return pdf(doc)

    steps = {"compose": lambda r: compose(project, store, r)[0],
             "fit (cached)": lambda doc: fit_brief(doc, project),
             "PDF": pdf, "PDF untagged": pdf_untagged, "DOCX": docx}
    for request in requests:  # fill the caches
        fitted = fit_brief(compose(project, store, request)[0], project)
        pdf(fitted), docx(fitted)
    import tempfile
    import peer_brief
    peer_files = [path for path in sorted((project.path("facts") / "partners").glob("*.yaml"))
                  if peer_brief.key_facts(path)]  # the peer needs figures for its table
    peer_folder = tempfile.TemporaryDirectory(prefix="briefgen-bench-peer-")  # removed at exit
    peer_out = Path(peer_folder.name)
    peer_per_brief(peer_files[:1], peer_out)  # imports, as briefgen's first pass did
    timings: dict[str, list[float]] = {name: [] for name in steps}
    peers: list[float] = []
    for _ in range(args.runs):
        spent = dict.fromkeys(steps, 0.0)
        for request in requests:
            value = request
            for name, step in steps.items():
                started = time.perf_counter()
                result = step(value)
                spent[name] += time.perf_counter() - started
                if name in ("compose", "fit (cached)"):
                    value = result
        for name in steps:
            timings[name].append(1000 * spent[name] / len(requests))
        peers.append(peer_per_brief(peer_files, peer_out))
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; {len(requests)} briefs of {args.project.name}; "
          f"median of {args.runs} runs, ms per brief, one process")
    for name, values in timings.items():
        print(f"{name:<14}{statistics.median(values):7.1f} ms")
    both = [p + d for p, d in zip(timings["PDF"], timings["DOCX"])]
    print(f"{'PDF + DOCX':<14}{statistics.median(both):7.1f} ms  (target <= 40 ms)")
    ratios = [b / p for b, p in zip(both, peers)]
    print(f"{'peer':<14}{statistics.median(peers):7.1f} ms  ({len(peer_files)} partner briefs); "
          f"PDF + DOCX / peer: x {statistics.median(ratios):.2f}")
    brief = [sum(timings[n][i] for n in steps if n != "PDF untagged") for i in range(args.runs)]
    plain = [sum(timings[n][i] for n in steps if n != "PDF") for i in range(args.runs)]
    pdf_ratio = statistics.median(t / u for t, u in zip(timings["PDF"], timings["PDF untagged"]))
    brief_ratio = statistics.median(t / u for t, u in zip(brief, plain))
    print(f"tagging: PDF {pdf_ratio:.2f}x untagged; a brief (compose, fit, PDF, DOCX) "
          f"{statistics.median(brief):.1f} ms tagged, {statistics.median(plain):.1f} ms untagged, "
          f"{brief_ratio:.2f}x (limit 1.15x)")


if __name__ == "__main__":
    main()
