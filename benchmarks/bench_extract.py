"""Time `briefgen.facts.extract` on the 118 KB magazine seed (target: under 1 s).

    .venv/bin/python benchmarks/bench_extract.py [--runs 7] [--scale 10]

Prints the median of several runs, and the time for the text repeated `--scale` times to show
that the time grows linearly with the length of the text.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.facts.extract.candidates import extract  # noqa: E402
from briefgen.facts.extract.inputs import entity_names  # noqa: E402

MAGAZINE = ROOT / "seeds" / "003_4c29bc11d0cc8af9.txt"


def seconds(text: str, aliases: dict, kinds: dict) -> tuple[float, int]:
    started = time.perf_counter()
    found = extract(text, source=MAGAZINE.name, reference_year=2019, aliases=aliases, kinds=kinds)
    return time.perf_counter() - started, len(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--scale", type=int, default=10)
    args = parser.parse_args()
    text = MAGAZINE.read_text(encoding="utf-8")
    aliases, kinds = entity_names(ROOT / "facts" / "entities.yaml")
    timings = [seconds(text, aliases, kinds) for _ in range(args.runs)]
    median = statistics.median(t for t, _ in timings)
    print(f"{MAGAZINE.name}: {len(text) / 1024:.0f} KB, {timings[0][1]} candidates, "
          f"median {median * 1000:.0f} ms over {args.runs} runs (target < 1000 ms)")
    scaled, count = seconds(text * args.scale, aliases, kinds)
    print(f"x{args.scale} ({len(text) * args.scale / 1024 / 1024:.1f} MB): {scaled:.2f} s, "
          f"{count} candidates, {scaled / median / args.scale:.2f} x linear")


if __name__ == "__main__":
    main()
