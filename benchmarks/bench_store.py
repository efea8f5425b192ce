"""How long a large fact store takes to load and check: a synthetic store of N facts (default
10,000) in a temporary project, every quote present in its seed.

    .venv/bin/python benchmarks/bench_store.py [--facts 10000] [--runs 5] [--keep DIR]

Prints the median and worst of the runs for
- `read and verify`: `read_store(project)` in-process (read, validate, verify every quote and value);
- `load, kept store`: `load_store(project)` when the checked store is kept in `.cache/`
  and its inputs are unchanged, as every build after the first finds it;
- `facts check`: the command as a user runs it, in a fresh process (start-up and imports included).
The budget is 2 s for each, on the 2-core CI machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET_S = 2.0
FACTS_PER_FILE = 100
FACTS_PER_SEED = 50
PARTNERS = 40
SECTORS = 12
MONTHS = ("January February March April May June July August September October November "
          "December").split()


def _fact(i: int) -> tuple[str, str]:
    """(YAML of fact i, the sentence of its seed that states it)."""
    partner = f"p{i % PARTNERS:03d}"
    sector = f"s{i % SECTORS:02d}"
    year, month = 2000 + i % 20, 1 + i % 12
    kind = i % 4
    head = (f"  - id: f{i:05d}.{partner}\n    subject: {partner}\n    related: [{sector}]\n"
            f"    period: \"{year}-{month:02d}\"\n    priority: {1 + i % 3}\n")
    if kind == 0:
        whole, part = 1 + i % 97, i % 1000
        written = f"${whole}.{part:03d} billion"
        sentence = (f"In {MONTHS[month - 1]} {year}, Partner {partner} signed contracts worth "
                    f"{written} in programme {i}.")
        body = (f"    metric: money\n    label: Contracts of programme {i}\n"
                f"    value: {whole * 10**9 + part * 10**6}\n    unit: USD\n"
                f"    as_written: {written}\n")
    elif kind == 1:
        value = f"{i % 50}.{i % 10}"
        written = f"{value} percent"
        sentence = f"Trade of programme {i} with Partner {partner} grew {written} in {year}."
        body = (f"    metric: growth_yoy\n    label: Growth of programme {i}\n"
                f"    value: {value}\n    unit: percent\n    as_written: {written}\n")
    elif kind == 2:
        count = 1000 + i
        written = f"{count:,}"
        sentence = f"Partner {partner} had set up {written} projects under programme {i} by {year}."
        body = (f"    metric: count\n    label: Projects of programme {i}\n    value: {count}\n"
                f"    unit: count\n    counted: projects\n    as_written: \"{written}\"\n")
    else:
        sentence = f"Partner {partner} and the city opened cooperation platform number {i} in {year}."
        body = (f"    metric: platform\n    label: Platform {i}\n"
                f"    text: Partner {partner} opened cooperation platform {i}.\n")
    seed = f"seed{i // FACTS_PER_SEED:04d}.txt"
    sources = f"    sources:\n      - seed: {seed}\n        quote: \"{sentence}\"\n"
    return head + body + sources, sentence


def make_project(root: Path, facts: int) -> Path:
    """A project with `facts` facts in files of FACTS_PER_FILE, FACTS_PER_SEED quotes per seed."""
    for folder in ("facts/bench", "seeds", "templates"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "briefgen.yaml").write_text("name: Store benchmark\ncity: benchcity\n"
                                        "production_date: 2024-01-01\n")
    partners = "".join(f"  - {{slug: p{p:03d}, name: Partner p{p:03d}, kind: country}}\n"
                       for p in range(PARTNERS))
    sectors = "".join(f"  - {{slug: s{s:02d}, name: Sector {s}}}\n" for s in range(SECTORS))
    (root / "facts/entities.yaml").write_text(
        f"city: {{slug: benchcity, name: Benchcity}}\npartners:\n{partners}sectors:\n{sectors}")
    (root / "facts/metrics.yaml").write_text(
        "metrics:\n  money: {label: Money, units: [USD]}\n"
        "  growth_yoy: {label: Growth, units: [percent]}\n"
        "  count: {label: Count, units: [count]}\n  platform: {label: Platform}\n")
    files: dict[int, list[str]] = {}
    seeds: dict[str, list[str]] = {}
    for i in range(facts):
        text, sentence = _fact(i)
        files.setdefault(i // FACTS_PER_FILE, []).append(text)
        seeds.setdefault(f"seed{i // FACTS_PER_SEED:04d}.txt", []).append(sentence)
    for number, texts in files.items():
        (root / f"facts/bench/file{number:04d}.yaml").write_text("facts:\n" + "".join(texts))
    index = ["seeds:\n"]
    for name, sentences in seeds.items():
        filler = "The city is a port on the Yellow Sea with a long history of trade. "
        (root / "seeds" / name).write_text(
            f"News digest {name}\n\n" + "\n\n".join(f"{filler}{s} {filler}" for s in sentences) + "\n")
        index.append(f"  {name}: {{title: Digest {name}, outlet: Bench Daily, date: 2020-01-01, "
                     f"description: Synthetic news digest.}}\n")
    (root / "seeds/index.yaml").write_text("".join(index))
    return root


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def time_read(project_dir: Path) -> tuple[float, int]:
    from briefgen.config import load_project
    from briefgen.facts.store import read_store
    start = time.perf_counter()
    store, problems = read_store(load_project(project_dir))
    assert not problems, problems[:3]
    return time.perf_counter() - start, len(store.facts)


def time_kept_load(project_dir: Path) -> tuple[float, int]:
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    project = load_project(project_dir)
    load_store(project)  # keeps the store if it is not kept yet
    start = time.perf_counter()
    store = load_store(project)
    return time.perf_counter() - start, len(store.facts)


def time_check(project_dir: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "briefgen.cli", "--project", str(project_dir),
                           "facts", "check"], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"facts check failed:\n{done.stdout}{done.stderr[:2000]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="Write the synthetic project here and keep it.")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="briefgen-bench-store-"))
    try:
        if args.keep and folder.exists():
            shutil.rmtree(folder)
        start = time.perf_counter()
        make_project(folder, args.facts)
        made = time.perf_counter() - start
        reads = [time_read(folder) for _ in range(args.runs)]
        kept = [time_kept_load(folder) for _ in range(args.runs)]
        counts = {n for _, n in reads + kept}
        assert counts == {args.facts}, counts
        checks = [time_check(folder) for _ in range(args.runs)]
        print(f"synthetic store: {args.facts} facts, {len(list((folder / 'facts').rglob('*.yaml')))} "
              f"files, {len(list((folder / 'seeds').glob('*.txt')))} seeds "
              f"(generated in {made:.1f} s); {args.runs} runs, {_cores()} cores")
        print(f"{'measurement':<34} {'median s':>9} {'max s':>7}  budget")
        for name, times in (("read and verify (in-process)", [t for t, _ in reads]),
                            ("load, kept store (in-process)", [t for t, _ in kept]),
                            ("briefgen facts check (new process)", checks)):
            median = statistics.median(times)
            verdict = "ok" if median <= BUDGET_S else "OVER"
            print(f"{name:<34} {median:9.2f} {max(times):7.2f}  {BUDGET_S:.0f} s {verdict}")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
