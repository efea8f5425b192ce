"""Rules that compare facts with each other: parts against their total, a count against later
events of what it counts, one measure with two values for one period."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from ...text import date_text
from ..age import first_day, last_day
from ..model import Fact
from ..supersede import GENERIC_METRICS
from .finding import Finding, quoted, where

ROUNDING = Decimal("0.02")  # parts within 2% of their total are all of it (rounded figures)


# --- parts vs total ----------------------------------------------------------------------------


def growth_of(store, fact: Fact) -> Fact | None:
    """The year-on-year growth the source gives for a figure: a `growth_yoy` fact of the same
    subject and period labelled 'Growth of <the figure's label>…'."""
    stem = "growth of " + fact.label.lower()
    return next((g for g in store.find(subject=fact.subject, metric="growth_yoy")
                 if g.subject == fact.subject and g.period == fact.period
                 and g.label.lower().startswith(stem)), None)


def parts_total(store) -> list[Finding]:
    """Figures marked `part_of` a total: their sum may not exceed it, and when they are all of
    it, the total's growth lies between its parts' (it is their weighted average)."""
    parts: dict[str, list[Fact]] = defaultdict(list)
    for fact in store.facts:
        if fact.part_of:
            parts[fact.part_of].append(fact)
    findings = []
    for total_id, members in parts.items():
        total = store.by_id.get(total_id)
        if total is None or total.value is None:
            continue  # an unknown id is an error of verify.py; a text fact has no sum
        unlike = [p for p in members if (p.unit, p.period) != (total.unit, total.period)]
        findings += [_incomparable(part, total) for part in unlike]
        alike = [p for p in members if p not in unlike and p.value is not None]
        if alike:
            findings += _sum(total, alike) + _growth(store, total, alike)
    return findings


def _incomparable(part: Fact, total: Fact) -> Finding:
    return Finding(part, f"cannot be compared with its total {total.id} ({where(total)}): "
                         f"{part.unit} {part.period.text if part.period else 'undated'} against "
                         f"{total.unit} {total.period.text if total.period else 'undated'}",
                   "a part has its total's unit and period; remove part_of or fix the period")


def _sum(total: Fact, parts: list[Fact]) -> list[Finding]:
    added = sum(p.value for p in parts)
    if added <= total.value * (1 + ROUNDING):
        return []
    listed = " + ".join(f"{p.id} {p.as_written}" for p in parts)
    quotes = "; ".join(quoted(p) for p in parts)
    return [Finding(total, f"its parts add up to more than it: {listed} against "
                           f"{total.as_written}: {quoted(total)} against {quotes}",
                    "check the quotes and the values; a part that is not part of this total "
                    "should not say part_of",
                    note=f"Note: these figures disagree: the parts "
                         f"({', '.join(p.as_written or '' for p in parts)}) add up to more than "
                         f"their total ({total.as_written}).",
                    shown_with=tuple(p.id for p in parts))]


def _growth(store, total: Fact, parts: list[Fact]) -> list[Finding]:
    if abs(sum(p.value for p in parts) - total.value) > total.value * ROUNDING:
        return []  # not all of the total: its growth may lie anywhere
    growth, part_growth = growth_of(store, total), [growth_of(store, p) for p in parts]
    if growth is None or None in part_growth or growth.value is None:
        return []
    rates = [g.value for g in part_growth]
    if min(rates) <= growth.value <= max(rates):
        return []
    side = "faster" if growth.value < min(rates) else "slower"
    listed = ", ".join(f"{g.id} {g.as_written}" for g in part_growth)
    quotes = "; ".join(quoted(g) for g in part_growth)
    return [Finding(growth, f"the total grew {growth.as_written} but every part of it grew "
                            f"{side} ({listed}); parts that add up to a total cannot all grow "
                            f"{side} than it: {quoted(growth)} against {quotes}",
                    "check the source; keep both figures (briefs that print them add a note) or "
                    "tag the one you doubt check-date or suspect-scale with a comment why",
                    note=f"Note: these growth figures disagree: {growth.as_written} for the total, "
                         f"{' and '.join(g.as_written or '' for g in part_growth)} for the parts "
                         f"that make it up, which cannot all grow {side} than their total.",
                    shown_with=tuple(g.id for g in part_growth))]


# --- a count overtaken by later events ---------------------------------------------------------


def count_overtaken(store) -> list[Finding]:
    """A count as of a date ("22 sister ports") and a later event of one more such thing (a
    sister-port agreement, tagged `sister-port`): the count is no longer current."""
    findings = []
    for count in store.facts:
        kind = _counted_kind(count)
        if kind is None:
            continue
        as_of = last_day(count.period.end)
        later = [e for e in store.find(subject=count.subject)
                 if e.period is not None and e.period.kind == "event" and e.period.start
                 and first_day(e.period.start) > as_of and kind in {_words(t) for t in e.tags}]
        if later:
            findings.append(_overtaken(count, kind, later))
    return findings


def _counted_kind(fact: Fact) -> str | None:
    """'sister port' for a count of sister ports as of a date; None for anything else."""
    period = fact.period
    if (fact.unit != "count" or not fact.counted or period is None or period.end is None
            or period.kind not in ("point", "cumulative")):
        return None
    words = fact.counted.lower()
    return words[:-1] if words.endswith("s") else words


def _words(tag: str) -> str:
    return tag.replace("-", " ").lower()


def _overtaken(count: Fact, kind: str, later: list[Fact]) -> Finding:
    first = min(later, key=lambda e: e.period.start)
    listed = ", ".join(f"{e.id} ({e.period.text}, {where(e)})" for e in later)
    return Finding(count, f"the count of {count.as_written} {count.counted} as of "
                          f"{date_text(count.period.end)} is overtaken by a later {kind}: "
                          f"{listed}: {quoted(count)} against {quoted(first)}",
                   "add the newer count when a source gives it; until then briefs print the "
                   "count with a note naming the later one",
                   note=f"Note: the count of {count.counted} dates from {date_text(count.period.end)}; "
                        f"it does not include later ones ({first.label}, "
                        f"{date_text(first.period.start)}).")


# --- one measure, one period, two values --------------------------------------------------------


def same_period_values(store) -> list[Finding]:
    """Two figures of one measure and period with different values, stated of different
    subjects (the city and a sector, a partner and its group): verify.py already refuses two
    such values for one subject unless one is preferred."""
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in store.facts:
        if fact.value is not None and fact.period is not None and not fact.equivalent_of:
            label = fact.label.lower() if fact.metric in GENERIC_METRICS else ""
            groups[(fact.metric, fact.unit, fact.counted or "", fact.period.text,
                    label, fact.scope_key)].append(fact)
    findings = []
    for group in groups.values():
        by_subject: dict[str, list[Fact]] = defaultdict(list)
        for fact in group:
            by_subject[fact.subject].append(fact)
        order = {f.id: i for i, f in enumerate(group)}
        pairs = {tuple(sorted((fact, other), key=lambda f: order[f.id]))
                 for fact in group for slug in fact.related if slug != fact.subject
                 for other in by_subject.get(slug, ())}  # one is about the other's subject
        for one, other in sorted(pairs, key=lambda p: (order[p[0].id], order[p[1].id])):
            if (one.value != other.value and other.id not in one.conflicts_with
                    and one.id not in other.conflicts_with):
                findings.append(_two_values(one, other))
    return findings


def _two_values(one: Fact, other: Fact) -> Finding:
    return Finding(other, f"the same measure and period as {one.id} ({where(one)}) with another "
                          f"value: {other.as_written} against {one.as_written}: {quoted(other)} "
                          f"against {quoted(one)}",
                   "mark one `preferred: true` with a `reason` and list the other in "
                   "`conflicts_with`",
                   note=f"Note: {other.label} is given as {other.as_written} and as "
                        f"{one.as_written} for the same period.",
                   shown_with=(one.id,))
