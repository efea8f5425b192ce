"""A synthetic project for pack benchmarks: P partners x S sectors with the shipped templates.

    .venv/bin/python benchmarks/synthetic_pack.py DIR [--partners 200] [--sectors 10]

Every partner gets the facts a real partner brief shows (trade by year, exports, utilised
investment, projects, a platform, an event: enough for a key-figure panel and a chart) and one
fact per sector it works in, except every fourth, known only for a platform and an event (a thin
partner, bound as a card as real packs bind theirs); every sector gets its own figures and
platform. Each fact is quoted from a generated seed, so
`briefgen facts check` passes and the briefs are built exactly as the Qingdao ones are.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
YEARS = (2016, 2017, 2018)
THIN_EVERY = 4  # every fourth partner has no figures


def _fact(fid: str, subject: str, metric: str, label: str, sentence: str, seed: str, *,
          value=None, unit=None, written=None, period=None, kind=None, priority=2,
          counted=None, related=(), text=None) -> str:
    lines = [f"  - id: {fid}", f"    subject: {subject}", f"    metric: {metric}",
             f"    label: {label}"]
    if value is not None:
        lines += [f"    value: {value}", f"    unit: {unit}", f'    as_written: "{written}"']
    if counted:
        lines.append(f"    counted: {counted}")
    if text:
        lines.append(f"    text: {text}")
    if period:
        lines += [f'    period: "{period}"', f"    period_kind: {kind}"]
    if related:
        lines.append(f"    related: [{', '.join(related)}]")
    lines += [f"    priority: {priority}", "    sources:", f"      - seed: {seed}",
              f'        quote: "{sentence}"']
    return "\n".join(lines) + "\n"


def _partner_facts(p: int, sectors: int) -> tuple[list[str], list[str]]:
    slug, name, seed = f"p{p:03d}", f"Partnerland {p:03d}", f"partner-{p:03d}.txt"
    facts, sentences = [], []

    def add(fid, metric, label, sentence, **kw):
        facts.append(_fact(f"{slug}.{fid}", slug, metric, label, sentence, seed, **kw))
        sentences.append(sentence)

    if p % THIN_EVERY != THIN_EVERY - 1:
        for year in YEARS:
            amount = f"{1 + (p * 7 + year) % 90}.{(p * 13 + year) % 100:02d}"
            add(f"trade-{year}", "trade_volume", f"Trade with {name}, {year}",
                f"In {year}, trade between the city and {name} reached {amount} billion US dollars.",
                value=f"{amount}e9", unit="USD", written=f"{amount} billion US dollars",
                period=year, kind="period", priority=1 if year == YEARS[-1] else 3)
        exports = f"{1 + p % 30}.{p % 7}"
        add("exports-2018", "exports", f"Exports to {name}, 2018",
            f"In 2018, exports from the city to {name} were {exports} billion US dollars.",
            value=f"{exports}e9", unit="USD", written=f"{exports} billion US dollars",
            period=2018, kind="period", priority=2)
        utilised = f"{1 + p % 40}.{p % 10}"
        add("fdi-utilised", "fdi_utilized_cumulative", f"Investment from {name} actually utilised",
            f"By the end of 2018, {name} had invested {utilised} billion US dollars actually utilised.",
            value=f"{utilised}e9", unit="USD", written=f"{utilised} billion US dollars",
            period="../2018", kind="cumulative", priority=1)
        projects = 100 + p * 3
        add("projects", "projects_cumulative", f"Projects from {name}",
            f"{name} has set up {projects:,} projects in the city by 2018.",
            value=projects, unit="count", written=f"{projects:,}", counted="projects",
            period="../2018", kind="cumulative", priority=1)
    add("platform", "platform", f"{name} business club",
        f"The {name} business club opened in the city to serve investors.",
        text=f"The {name} business club serves investors in the city.", priority=2)
    add("event", "event", f"{name} investment forum",
        f"In June 2019 the city held an investment forum in {name}.",
        text=f"An investment forum was held in {name} in June 2019.", period="2019-06",
        kind="event", priority=3)
    for s in range(sectors):
        if (p + s) % 3:
            continue
        count = 5 + (p + s) % 40
        add(f"sector-{s:02d}", "projects", f"{name} projects in Sector {s:02d}",
            f"{name} companies run {count} projects in Sector {s:02d}.",
            value=count, unit="count", written=str(count), counted="projects",
            related=(f"s{s:02d}",), priority=3)
    return facts, sentences


def _sector_facts(s: int) -> tuple[list[str], list[str]]:
    slug, name, seed = f"s{s:02d}", f"Sector {s:02d}", f"sector-{s:02d}.txt"
    facts, sentences = [], []
    for year in YEARS:
        output = f"{10 + (s * 11 + year) % 80}.{(s + year) % 10}"
        sentence = f"In {year}, the output of {name} reached {output} billion yuan."
        facts.append(_fact(f"{slug}.output-{year}", slug, "industrial_output",
                           f"Output of {name}, {year}", sentence, seed, value=f"{output}e9",
                           unit="CNY", written=f"{output} billion yuan", period=year,
                           kind="period", priority=1))
        sentences.append(sentence)
    sentence = f"A service platform for {name} opened in the city."
    facts.append(_fact(f"{slug}.platform", slug, "platform", f"{name} service platform", sentence,
                       seed, text=f"A service platform supports {name}.", priority=2))
    sentences.append(sentence)
    return facts, sentences


def make_project(root: Path, partners: int, sectors: int) -> Path:
    """Write the project (replacing `root`); returns it."""
    if root.exists():
        shutil.rmtree(root)
    for folder in ("facts/partners", "facts/sectors", "seeds"):
        (root / folder).mkdir(parents=True)
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copy(REPO / "facts" / "metrics.yaml", root / "facts" / "metrics.yaml")
    (root / "briefgen.yaml").write_text(
        "name: Synthetic investor briefs\norganisation: Benchmark office\ncity: benchcity\n"
        "production_date: 2024-01-01\n", encoding="utf-8")
    entities = ["city: {slug: benchcity, name: Benchcity}\npartners:\n"]
    entities += [f"  - {{slug: p{p:03d}, name: Partnerland {p:03d}, kind: country}}\n"
                 for p in range(partners)]
    entities += ["sectors:\n"] + [f"  - {{slug: s{s:02d}, name: Sector {s:02d}}}\n"
                                  for s in range(sectors)]
    (root / "facts/entities.yaml").write_text("".join(entities), encoding="utf-8")
    index = ["seeds:\n"]
    subjects = [("partners", f"p{p:03d}", f"partner-{p:03d}.txt", _partner_facts(p, sectors))
                for p in range(partners)]
    subjects += [("sectors", f"s{s:02d}", f"sector-{s:02d}.txt", _sector_facts(s))
                 for s in range(sectors)]
    for folder, slug, seed, (facts, sentences) in subjects:
        (root / "facts" / folder / f"{slug}.yaml").write_text("facts:\n" + "".join(facts),
                                                              encoding="utf-8")
        (root / "seeds" / seed).write_text(f"News about {slug}\n\n" + "\n\n".join(sentences) + "\n",
                                           encoding="utf-8")
        index.append(f"  {seed}: {{title: News about {slug}, outlet: Bench Daily, "
                     f"date: 2019-07-01, description: Synthetic news item.}}\n")
    (root / "seeds/index.yaml").write_text("".join(index), encoding="utf-8")
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--partners", type=int, default=200)
    parser.add_argument("--sectors", type=int, default=10)
    args = parser.parse_args()
    make_project(args.folder, args.partners, args.sectors)
    print(f"wrote {args.folder}: {args.partners} partners, {args.sectors} sectors")


if __name__ == "__main__":
    main()
