"""Precision and recall of `briefgen.facts.extract` against hand-annotated figures.

    .venv/bin/python benchmarks/extract_quality.py [--set seeds|dev|heldout] [--verbose]

Sets: `seeds` (default), the shipped seeds annotated in tests/data/extract_gold/; `dev` and
`heldout`, real news that is not a seed (benchmarks/news/, see its README): dev may be read while
the rules are improved, heldout is only measured.

A candidate matches a gold figure when their spans overlap and value and unit are equal; each
gold figure matches at most one candidate. Precision counts the candidates inside the annotated
sections. Scores are given for value+unit, and separately with the qualifier and with the period
also equal. Over the matched figures annotated with a subject (the news sets), the share whose
subject is right, whose scope is right, and whose subject and scope are both right.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.facts.extract.candidates import Candidate, extract  # noqa: E402
from briefgen.facts.extract.inputs import city_parts, city_province_and_firms, entity_names, seed_dates  # noqa: E402

GOLD_DIR = ROOT / "tests" / "data" / "extract_gold"
NEWS_DIR = ROOT / "benchmarks" / "news"
SETS = {"seeds": GOLD_DIR, "dev": NEWS_DIR / "dev", "heldout": NEWS_DIR / "heldout"}
UNANNOTATED = object()  # a gold figure without a `subject` key: subject and scope not scored


@dataclass(frozen=True)
class GoldFigure:
    start: int
    end: int
    value: Decimal
    unit: str
    qualifier: str | None
    period: str | None
    as_written: str
    subject: object = UNANNOTATED  # slug, None, or UNANNOTATED
    scope: tuple = ("city", None, None)  # level, place, among


def _scope(item: dict) -> tuple:
    scope = item.get("scope") or {}
    return scope.get("level", "city"), scope.get("place"), scope.get("among")


def same_scope(gold: tuple, found) -> bool:
    """Level and place equal (place in any case); `among` on both or neither, with the same
    last word (the group's noun)."""
    level, place, among = gold
    if (level, (place or "").lower()) != (found.level, (found.place or "").lower()):
        return False
    if bool(among) != bool(found.among):
        return False
    return not among or among.split()[-1].lower() == found.among.split()[-1].lower()


@dataclass
class Tally:
    """Counts for one seed (or all)."""

    gold: int = 0
    candidates: int = 0
    matched: int = 0
    with_qualifier: int = 0
    with_period: int = 0
    annotated: int = 0  # matched figures with a subject annotation
    with_subject: int = 0
    with_scope: int = 0
    with_both: int = 0
    misses: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    wrong: list = field(default_factory=list)
    misattributed: list = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        for name in ("gold", "candidates", "matched", "with_qualifier", "with_period",
                     "annotated", "with_subject", "with_scope", "with_both"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses
        self.extras += other.extras
        self.wrong += other.wrong
        self.misattributed += other.misattributed

    def scores(self, hits: int) -> tuple[float, float]:
        """(precision, recall) for a number of hits."""
        return hits / max(self.candidates, 1), hits / max(self.gold, 1)

    def accuracy(self, hits: int) -> float | None:
        """Share of the annotated matched figures; None when none is annotated."""
        return hits / self.annotated if self.annotated else None


def normalised(text: str) -> tuple[str, list[int]]:
    """Text with each run of whitespace as one space, and the original offset of each char."""
    chars, offsets, in_space = [], [], False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not in_space:
                chars.append(" ")
                offsets.append(i)
            in_space = True
        else:
            chars.append(ch)
            offsets.append(i)
            in_space = False
    return "".join(chars), offsets


def _find(flat: str, needle: str, start: int, where: str) -> int:
    found = flat.find(" ".join(needle.split()), start)
    if found < 0:
        raise ValueError(f"{where}: {needle!r} not found in the seed")
    return found


def load_gold(path: Path, text: str) -> tuple[list[tuple[int, int]], list[GoldFigure]]:
    """Sections (original offsets) and located gold figures of one gold file."""
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    flat, offsets = normalised(text)
    sections, previous = [], 0
    for section in gold["sections"]:  # in text order: each starts after the one before
        start = previous = _find(flat, section["start"], previous, path.name)
        end = _find(flat, section["end"], start + 1, path.name) if section.get("end") else len(flat)
        sections.append((offsets[start], offsets[end - 1] + 1 if end < len(flat) else len(text)))
    figures, cursor = [], 0
    for item in gold["figures"]:
        at = _find(flat, item["context"], cursor, path.name)
        inner = _find(flat[at:at + len(item["context"]) + 5], item["as_written"], 0,
                      f"{path.name} ({item['context']})") + at
        end = inner + len(" ".join(item["as_written"].split()))
        figures.append(GoldFigure(offsets[inner], offsets[end - 1] + 1, Decimal(str(item["value"])),
                                  item["unit"], item.get("qualifier"),
                                  str(item["period"]) if item.get("period") else None,
                                  item["as_written"], item.get("subject", UNANNOTATED),
                                  _scope(item)))
        cursor = at
    return sections, figures


# Units of one measure, in the larger's terms: "15 meters" is 15 m or 0.015 km, "4,187 kg" 4.187 t
# (the annotations write lengths in km and weights in t; the extractor keeps the unit written).
_IN_LARGER_UNIT = {"m": ("km", Decimal("0.001")), "kg": ("t", Decimal("0.001"))}


def same_quantity(value, unit: str, other_value, other_unit: str) -> bool:
    """Whether two value-unit pairs state the same quantity."""
    def larger(v, u):
        to, factor = _IN_LARGER_UNIT.get(u, (u, Decimal(1)))
        return Decimal(str(v)) * factor, to
    return larger(value, unit) == larger(other_value, other_unit)


def tally(candidates: list[Candidate], sections, figures: list[GoldFigure]) -> Tally:
    inside = [c for c in candidates if any(s <= c.offset < e for s, e in sections)]
    result = Tally(gold=len(figures), candidates=len(inside))
    used: set[int] = set()
    for figure in figures:
        match = next((i for i, c in enumerate(inside) if i not in used
                      and c.offset < figure.end and c.end > figure.start
                      and same_quantity(c.value, c.unit, figure.value, figure.unit)), None)
        if match is None:
            result.misses.append(figure)
            continue
        used.add(match)
        c = inside[match]
        result.matched += 1
        result.with_qualifier += c.qualifier == figure.qualifier
        result.with_period += c.period == figure.period
        if c.qualifier != figure.qualifier or c.period != figure.period:
            result.wrong.append((figure, c))
        if figure.subject is not UNANNOTATED:
            subject_ok, scope_ok = c.subject == figure.subject, same_scope(figure.scope, c.scope)
            result.annotated += 1
            result.with_subject += subject_ok
            result.with_scope += scope_ok
            result.with_both += subject_ok and scope_ok
            if not (subject_ok and scope_ok):
                result.misattributed.append((figure, c))
    result.extras = [c for i, c in enumerate(inside) if i not in used]
    return result


def evaluate(gold_dir: Path = GOLD_DIR, root: Path = ROOT) -> dict[str, Tally]:
    """Tally per text for every gold file: a seed of `root` (`seed:`), or a text beside the
    gold file (`text:`, with its own `date:`)."""
    aliases, kinds = entity_names(root / "facts" / "entities.yaml")
    province, firms = city_province_and_firms(root / "facts" / "entities.yaml")
    parts = city_parts(root / "facts" / "entities.yaml")
    dates = seed_dates(root / "seeds" / "index.yaml")
    results = {}
    for path in sorted(gold_dir.glob("*.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        if "text" in gold:
            seed, doc_date, reference_year = gold["text"], gold.get("date"), None
            text = (path.parent / seed).read_text(encoding="utf-8")
        else:
            seed = gold["seed"]
            text = (root / "seeds" / seed).read_text(encoding="utf-8")
            doc_date, reference_year = dates.get(seed, (None, None))
        candidates = extract(text, source=seed, doc_date=str(doc_date) if doc_date else None,
                             reference_year=reference_year, aliases=aliases, kinds=kinds, province=province,
                             firms=firms, parts=parts)
        sections, figures = load_gold(path, text)
        results[seed] = tally(candidates, sections, figures)
    return results


def total(results: dict[str, Tally]) -> Tally:
    overall = Tally()
    for result in results.values():
        overall.add(result)
    return overall


def report(results: dict[str, Tally], verbose: bool = False) -> str:
    lines = [f"{'text':28} {'gold':>5} {'cand':>5} {'P':>6} {'R':>6} {'P+qual':>7} {'R+qual':>7}"
             f" {'P+per':>6} {'R+per':>6}"]
    for name, t in [*results.items(), ("all", total(results))]:
        p, r = t.scores(t.matched)
        pq, rq = t.scores(t.with_qualifier)
        pp, rp = t.scores(t.with_period)
        lines.append(f"{name:28} {t.gold:5} {t.candidates:5} {p:6.3f} {r:6.3f} {pq:7.3f} {rq:7.3f}"
                     f" {pp:6.3f} {rp:6.3f}")
    overall = total(results)
    if overall.annotated:
        lines += ["", f"of {overall.annotated} matched figures annotated with subject and scope: "
                  f"subject right {overall.accuracy(overall.with_subject):.3f}, "
                  f"scope right {overall.accuracy(overall.with_scope):.3f}, "
                  f"both right {overall.accuracy(overall.with_both):.3f}"]
    if verbose:
        lines += ["", "missed:"] + [f"  {name} {g.as_written!r} {g.value} {g.unit}"
                                    for name, t in results.items() for g in t.misses]
        lines += ["", "not in gold:"] + [f"  {c.source}:{c.line} {c.as_written!r} {c.value} {c.unit}"
                                         for c in overall.extras]
        lines += ["", "qualifier or period differs (gold -> extracted):"] + [
            f"  {c.source}:{c.line} {g.as_written!r} qual {g.qualifier}->{c.qualifier} "
            f"period {g.period}->{c.period}" for g, c in overall.wrong]
        lines += ["", "subject or scope differs (gold -> extracted):"] + [
            f"  {c.source}:{c.line} {g.as_written!r} subject {g.subject}->{c.subject} "
            f"scope {'/'.join(str(x) for x in g.scope)}->"
            f"{c.scope.level}/{c.scope.place}/{c.scope.among}" for g, c in overall.misattributed]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="seeds", dest="which",
                        help="which annotated texts to score (default: seeds)")
    parser.add_argument("--verbose", action="store_true", help="list misses and extras")
    args = parser.parse_args()
    print(report(evaluate(SETS[args.which]), args.verbose))


if __name__ == "__main__":
    main()
