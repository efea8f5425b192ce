"""The Word files' share of a pack's processor time, two versions of the code side by side.

    .venv/bin/python benchmarks/bench_docx_share.py [--runs 3] [--partners 190]
        [--code DIR] [--baseline-code DIR]

Builds a cold synthetic pack (P partners x 10 sectors, benchmarks/synthetic_pack.py) in one
process (`briefgen pack -j 1`), the baseline and the candidate interleaved, each in a new
process with its code tree first on the path, and sums, without a profiler, the processor time
spent inside the DOCX renderer (`docx.write_docx`: every brief's Word file and the pack's) and
inside writing their zips (`docx_xml.write_repeatable`: content types, relationships, parts
serialized and compressed). Reports each one's median share of the process's processor time
and the median of the per-pair ratios of the time inside them.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

MEASURED = {"write_docx": ("briefgen.render.docx", "write_docx"),
            "write_repeatable": ("briefgen.render.docx_xml", "write_repeatable")}


def measure(code: Path, project: Path) -> dict[str, float]:
    from bench_shares import measure as measure_shares  # the same child, these functions
    return measure_shares(code, project, MEASURED)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--partners", type=int, default=190)
    parser.add_argument("--code", type=Path, default=REPO)
    parser.add_argument("--baseline-code", type=Path, default=REPO)
    args = parser.parse_args()
    sides = {"baseline": args.baseline_code.resolve(), "candidate": args.code.resolve()}
    results: dict[str, list[dict[str, float]]] = {side: [] for side in sides}
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-docx-") as folder:
        from synthetic_pack import make_project
        project = make_project(Path(folder) / "project", args.partners, 10)
        for run in range(args.runs):
            for side in (list(sides) if run % 2 == 0 else list(reversed(sides))):
                results[side].append(measure(sides[side], project))
    report(sides, results)


def report(sides: dict[str, Path], results: dict[str, list[dict[str, float]]]) -> None:
    base, cand = results["baseline"], results["candidate"]
    print(f"cold pack, -j 1: baseline {sides['baseline']}, candidate {sides['candidate']}, "
          f"{len(base)} pairs")
    print(f"  {'process':17} baseline {statistics.median(b['process'] for b in base):6.2f} s"
          f"          candidate {statistics.median(c['process'] for c in cand):6.2f} s")
    for name in MEASURED:
        ratio = statistics.median(c[name] / b[name] for b, c in zip(base, cand))
        print(f"  {name:17} baseline {statistics.median(b[name] for b in base):6.2f} s "
              f"({statistics.median(100 * b[name] / b['process'] for b in base):4.1f}%)  "
              f"candidate {statistics.median(c[name] for c in cand):6.2f} s "
              f"({statistics.median(100 * c[name] / c['process'] for c in cand):4.1f}%)  "
              f"ratio x {ratio:.3f}")


if __name__ == "__main__":
    main()
