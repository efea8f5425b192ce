"""Helpers the brief templates use to choose what a one-page brief shows.

They pick facts (never format them): headline figures, an honest chart, dated items in order,
and the sectors a partner's facts touch. Templates get them as plain functions.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from ..facts.model import CURRENCIES, Fact
from ..facts.verify import GENERIC_METRICS

_NOT_HEADLINES = ("rank", "percent", "pp", "times")  # shown in words, not as panel figures
_CHARTABLE_UNITS = CURRENCIES | {"count", "m2", "km2", "ha", "t"}
# Measures that may share a chart (each bar labelled with its own measure); any other metric
# is charted only with itself.
_FAMILIES = {
    "fdi_signed_cumulative": "inbound", "fdi_utilized_cumulative": "inbound",
    "fdi_paid_in_cumulative": "inbound", "fdi_contract": "inbound-period",
    "fdi_utilized": "inbound-period", "trade_volume": "trade", "exports": "trade",
    "imports": "trade",
}


def _live(store, facts: list[Fact]) -> list[Fact]:
    """Without second-currency restatements and the losing side of resolved conflicts."""
    preferred_over = {i for f in store.facts if f.preferred for i in f.conflicts_with}
    return [f for f in facts if not f.equivalent_of and f.id not in preferred_over]


def headline_ids(store, subject: str, limit: int = 5) -> list[str]:
    """4-6 headline figures: the subject's own numeric facts, most important first."""
    own = [f for f in _live(store, store.find(subject=subject))
           if f.subject == subject and f.is_numeric and f.unit not in _NOT_HEADLINES
           and "suspect-scale" not in f.tags]
    own.sort(key=lambda f: f.priority)  # stable: the curator's order within a priority
    return [f.id for f in own[:limit]]


def chart_for(store, subject: str, exclude: tuple[str, ...] = ()) -> dict | None:
    """An honest bar chart spec from the subject's facts, or None when the data allows none.

    Bars share one unit, one counted thing and one period; they may be different measures
    (signed vs utilised), so the spec allows mixed measures and every bar keeps its own label.
    """
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in _live(store, store.find(subject=subject)):
        if (fact.subject == subject and fact.is_numeric and fact.unit in _CHARTABLE_UNITS
                and fact.period and fact.value > 0 and "suspect-scale" not in fact.tags):
            family = _FAMILIES.get(fact.metric) or (
                (fact.metric, fact.label) if fact.metric in GENERIC_METRICS else fact.metric)
            groups[(family, fact.unit, fact.counted, fact.period.text, fact.period.kind)].append(fact)
    usable = [g for g in groups.values() if 2 <= len(g) <= 6]
    if not usable:
        return None
    best = max(usable, key=lambda g: (sum(3 - f.priority for f in g), g[0].unit in CURRENCIES,
                                      len(g)))
    best = sorted(best, key=lambda f: -f.value)
    metrics = {f.metric for f in best}
    spec = {"kind": "hbar", "facts": [f.id for f in best],
            "labels": {f.id: f.label for f in best}}
    if len(metrics) > 1:
        spec["allow_mixed"] = ["measures"]
    return spec


def by_date(facts: list, newest_first: bool = False) -> list:
    """Fact proxies (or facts) ordered by their period; undated ones last."""
    def key(item):
        fact = getattr(item, "fact", item)
        return fact.period.sort_key() if fact.period else ("" if newest_first else "~")
    return sorted(facts, key=key, reverse=newest_first)


def sectors_of(store, subject: str) -> list[str]:
    """Names of the sectors a subject's facts are related to, most frequent first."""
    counts: dict[str, int] = defaultdict(int)
    for fact in store.find(subject=subject):
        for slug in (fact.subject, *fact.related):
            entity = store.entities.get(slug)
            if entity is not None and entity.kind == "sector":
                counts[entity.name] += 1
    return sorted(counts, key=lambda name: (-counts[name], name))


def partners_of(store, subject: str) -> list[str]:
    """Names of the partners a sector's facts are related to, most frequent first."""
    counts: dict[str, int] = defaultdict(int)
    for fact in store.find(subject=subject):
        for slug in (fact.subject, *fact.related):
            entity = store.entities.get(slug)
            if entity is not None and entity.is_partner:
                counts[entity.name] += 1
    return sorted(counts, key=lambda name: (-counts[name], name))


def template_helpers(store) -> dict:
    """The functions brief templates can call, bound to the store."""
    return {
        "headline_ids": lambda subject, limit=5: headline_ids(store, subject, limit),
        "chart_for": lambda subject: chart_for(store, subject),
        "by_date": by_date,
        "sectors_of": lambda subject: sectors_of(store, subject),
        "partners_of": lambda subject: partners_of(store, subject),
        "zero": Decimal(0),
    }
