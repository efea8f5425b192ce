"""Time `facts extract --inbox` on hostile text: long lines, no full stops, a figure every few
words (each quote is then a couple of thousand characters, and thousands of candidates want
the same id).

    .venv/bin/python benchmarks/bench_inbox.py [--kb 50] [--scale 4]

Prints the time to extract the candidates and to write the inbox for a text of `--kb`
kilobytes and for one `--scale` times as long, and each larger time as a multiple of
`--scale` times the smaller (1.0 = linear; candidates wanting one id once cost n²/2 look-ups,
and a megabyte took 323 s).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.facts.extract.candidates import extract  # noqa: E402
from briefgen.facts.extract.inputs import entity_names  # noqa: E402
from briefgen.facts.inbox.files import write_inbox  # noqa: E402

WORDS = ("exports rose to projects investment in Qingdao and trade reached million jobs will "
         "add companies yuan").split()
UNITS = ("projects", "percent", "tons", "billion yuan", "companies", "jobs")


def hostile_text(size: int, seed: int = 1) -> str:
    """`size` characters of words and figures, in lines of 3,000 words, without a full stop."""
    rng, words = random.Random(seed), []
    while sum(map(len, words)) + len(words) < size:
        words.append(f"{rng.randint(1, 99999)} {rng.choice(UNITS)}" if rng.random() < 0.35
                     else rng.choice(WORDS))
    return "\n".join(" ".join(words[i:i + 3000]) for i in range(0, len(words), 3000)) + "\n"


def seconds(text: str, facts: Path) -> tuple[float, float, int]:
    """(extracting, writing the inbox, candidates) for `text`, into a fresh copy of `facts`."""
    aliases, kinds = entity_names(facts / "entities.yaml")
    started = time.perf_counter()
    found = extract(text, source="hostile.txt", aliases=aliases, kinds=kinds)
    extracted = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "facts"
        shutil.copytree(facts, copy, ignore=shutil.ignore_patterns("_inbox"))
        write_inbox(found, text, copy, "hostile.txt")
    return extracted - started, time.perf_counter() - extracted, len(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=50)
    parser.add_argument("--scale", type=int, default=4)
    args = parser.parse_args()
    small = seconds(hostile_text(args.kb * 1000), ROOT / "facts")
    large = seconds(hostile_text(args.kb * 1000 * args.scale), ROOT / "facts")
    for label, (extracting, inbox, count) in ((f"{args.kb} KB", small),
                                               (f"{args.kb * args.scale} KB", large)):
        print(f"{label}: {count} candidates, extract {extracting:.2f} s, inbox {inbox:.2f} s")
    print(f"x{args.scale} the text: extract {large[0] / small[0] / args.scale:.2f} x linear, "
          f"inbox {large[1] / small[1] / args.scale:.2f} x linear")


if __name__ == "__main__":
    main()
