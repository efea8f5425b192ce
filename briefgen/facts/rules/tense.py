"""A fact whose words state a plan, an expectation or work under way must say so (`status`
with the date it refers to), so that briefs can tell when its date has passed."""

from __future__ import annotations

import re

from ..age import first_day, written_by
from .finding import Finding, quoted

FUTURE = re.compile(
    r"\b(?:will|shall|is to|are to|is due to|are due to|is expected to|are expected to|"
    r"aims? to|plans? to|to be (?:completed|launched|built|held|opened|introduced|assembled|"
    r"set up)|under construction)\b", re.I)


def future_without_status(store) -> list[Finding]:
    """Text or label in the future tense ("is to open in 2019", "under construction") without
    a `status`: a brief would state it as still to come whatever the production date."""
    findings = []
    for fact in store.facts:
        if fact.status:
            continue
        found = next((m.group(0) for m in map(FUTURE.search, (fact.text or "", fact.label)) if m),
                     None)
        if found:
            findings.append(Finding(
                fact, f"says {found!r} but has no status: {quoted(fact)}",
                "add status: plan, expected or ongoing with the period it refers to and a "
                "text_past (label_past) for when it has passed; or reword text and label"))
    return findings


def future_period_without_status(store) -> list[Finding]:
    """A figure whose period begins after every one of its sources was published, without a
    `status` or a target period: it had not happened when it was written down, so it is a plan,
    forecast or target, and a brief would print it as a result."""
    findings = []
    for fact in store.facts:
        if not fact.is_numeric or fact.status or fact.period is None or fact.period.kind == "target":
            continue
        begins, published = fact.period.start, _latest_source_date(fact, store.seeds)
        if begins and published and first_day(begins) > published:
            findings.append(Finding(
                fact, f"its period {fact.period.text} begins after its source was published "
                f"({published.isoformat()}): a figure not yet reached is a plan, forecast or "
                f"target: {quoted(fact)}",
                "add status: plan or expected (with text_past or label_past for when the date "
                "has passed), or make the period a target (period_kind: target)"))
    return findings


def _latest_source_date(fact, seeds):
    """The last day any of the fact's sources could have been written (None: one is undated)."""
    days = [written_by(seeds.get(source.seed)) for source in fact.sources]
    return None if None in days else max(days, default=None)
