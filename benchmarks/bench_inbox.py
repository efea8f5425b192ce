"""Time `facts extract --inbox` on hostile text: long lines, no full stops, a figure every few
words (a sentence is then cut into pieces of 2,000 characters with a hundred figures each, and
thousands of candidates want the same id).

    .venv/bin/python benchmarks/bench_inbox.py [--kb 50] [--scale 4] [--baseline-code DIR]

Prints the processor time to extract the candidates, to write the inbox and to print the table
`facts extract` prints, for a text of `--kb` kilobytes and for one `--scale` times as long, and
each larger time as a multiple of `--scale` times the smaller (1.0 = linear). With
`--baseline-code DIR` (an unpacked `git archive` of an older commit, outside this checkout) the
same texts are timed with that code too, in the same run, and each time of this code is given
as a multiple of the baseline's.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WORDS = ("exports rose to projects investment in Qingdao and trade reached million jobs will "
         "add companies yuan").split()
UNITS = ("projects", "percent", "tons", "billion yuan", "companies", "jobs")
STAGES = ("extract", "inbox", "table")


def hostile_text(size: int, seed: int = 1) -> str:
    """`size` characters of words and figures, in lines of 3,000 words, without a full stop."""
    rng, words = random.Random(seed), []
    while sum(map(len, words)) + len(words) < size:
        words.append(f"{rng.randint(1, 99999)} {rng.choice(UNITS)}" if rng.random() < 0.35
                     else rng.choice(WORDS))
    return "\n".join(" ".join(words[i:i + 3000]) for i in range(0, len(words), 3000)) + "\n"


def seconds(text: str, facts: Path) -> dict:
    """Processor seconds of each stage for `text`, the inbox written into a fresh copy of
    `facts`, and the number of candidates."""
    from rich.console import Console

    from briefgen.facts.extract.candidates import extract
    from briefgen.facts.extract.command import candidates_table
    from briefgen.facts.extract.inputs import Document, entity_names
    from briefgen.facts.inbox.files import write_inbox
    aliases, kinds = entity_names(facts / "entities.yaml")
    started = time.process_time()
    found = extract(text, source="hostile.txt", aliases=aliases, kinds=kinds)
    extracted = time.process_time()
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "facts"
        shutil.copytree(facts, copy, ignore=shutil.ignore_patterns("_inbox"))
        extracted = time.process_time()
        write_inbox(found, text, copy, "hostile.txt")
        written = time.process_time()
    document = Document(path=Path("hostile.txt"), text=text)
    Console(file=io.StringIO(), width=150).print(candidates_table(document, found))
    return {"extract": extracted - started, "inbox": written - extracted,
            "table": time.process_time() - written, "candidates": len(found)}


def timings(sizes: list[int]) -> list[dict]:
    return [seconds(hostile_text(size), ROOT / "facts") for size in sizes]


def baseline_timings(code: Path, sizes: list[int]) -> list[dict]:
    """The same timings with the code of another checkout, in a process of its own."""
    script = (f"import sys; sys.path.insert(0, {str(code)!r}); "
              f"sys.path.insert(1, {str(Path(__file__).parent)!r}); import json, bench_inbox; "
              f"bench_inbox.ROOT = bench_inbox.Path({str(ROOT)!r}); "
              f"print(json.dumps(bench_inbox.timings({sizes!r})))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=tempfile.gettempdir(), check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=50)
    parser.add_argument("--scale", type=int, default=4)
    parser.add_argument("--baseline-code", type=Path,
                        help="an unpacked older checkout to time in the same run")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    sizes = [args.kb * 1000, args.kb * 1000 * args.scale]
    runs = {"this code": timings(sizes)}
    if args.baseline_code:
        runs["baseline"] = baseline_timings(args.baseline_code.resolve(), sizes)
    for name, (small, large) in runs.items():
        for label, times in ((f"{args.kb} KB", small), (f"{args.kb * args.scale} KB", large)):
            print(f"{name}, {label}: {times['candidates']} candidates, "
                  + ", ".join(f"{stage} {times[stage]:.2f} s" for stage in STAGES))
        print(f"{name}, x{args.scale} the text: " + ", ".join(
            f"{stage} {large[stage] / small[stage] / args.scale:.2f}" for stage in STAGES)
            + " x linear")
    if args.baseline_code:
        for at, label in enumerate((f"{args.kb} KB", f"{args.kb * args.scale} KB")):
            this, base = runs["this code"][at], runs["baseline"][at]
            print(f"this code / baseline, {label}: " + ", ".join(
                f"{stage} x{this[stage] / base[stage]:.2f}" for stage in STAGES))


if __name__ == "__main__":
    main()
