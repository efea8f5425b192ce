"""Which figures a newer figure of the same measure supersedes.

Two numeric facts measure the same thing when they share subject, metric, unit, what is counted
and (for a generic metric) their label without its years, and their periods are of one shape: two
stocks (cumulative or as of a date), or two spans written alike (a year and a year, a quarter and
a quarter). The one whose period ends later supersedes the other: briefs print the newer, and the
store keeps the older, recorded as superseded (`briefgen facts list --json`: `superseded_by`).
A restatement in another currency (`equivalent_of`) and either side of a declared conflict are
left to the conflict rules.
"""

from __future__ import annotations

import re

from .model import Fact

_YEARS = re.compile(r"\b(1[89]|2[01])\d\d\b")
_STOCKS = ("cumulative", "point")
GENERIC_METRICS = frozenset(
    "count money area duration mass rank ratio change share people jobs capacity "
    "projects growth_yoy investment_amount".split())


def measure_key(fact: Fact) -> tuple | None:
    """What makes two dated figures one measure over time; None for a fact that has none."""
    period = fact.period
    if (not fact.is_numeric or period is None or period.end is None or fact.equivalent_of
            or fact.conflicts_with or fact.preferred or fact.status):
        return None
    shape = "stock" if period.kind in _STOCKS else (
        period.kind + ":" + re.sub(r"\d", "9", period.text) if period.kind == "period" else None)
    if shape is None:
        return None
    label = " ".join(_YEARS.sub("", fact.label).split()).lower() \
        if fact.metric in GENERIC_METRICS else ""
    # (the period's shape last: a line's points compare the rest, `_same_days`)
    return (fact.subject, fact.metric, fact.unit, fact.counted or "", label,
            fact.scope_key, shape)


def superseded(facts: list[Fact]) -> dict[str, str]:
    """{id of an older figure: id of the newest figure of its measure}."""
    newest: dict[tuple, Fact] = {}
    groups: dict[tuple, list[Fact]] = {}
    for fact in facts:
        key = measure_key(fact)
        if key is None:
            continue
        groups.setdefault(key, []).append(fact)
        if key not in newest or fact.period.sort_key() > newest[key].period.sort_key():
            newest[key] = fact
    return {f.id: newest[key].id for key, group in groups.items() for f in group
            if f.period.sort_key() < newest[key].period.sort_key()}
