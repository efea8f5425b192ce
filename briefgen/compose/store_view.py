"""How the brief helpers see the store: facts as a brief may use them (restatements, overruled
and superseded facts and plans whose date has passed with nothing to say of them left out,
caveated facts kept out of lists) and what makes two figures one measure. `briefing`,
`statements` and `wording` share these."""

from __future__ import annotations

from ..facts.model import Fact
from ..facts.tags import KEPT_OUT_OF_HEADLINES, KEPT_OUT_OF_LISTS
from ..facts.verify import GENERIC_METRICS

# Measures that may share a chart (each bar labelled with its own measure); any other metric
# is charted only with itself.
FAMILIES = {
    "fdi_signed_cumulative": "inbound", "fdi_utilized_cumulative": "inbound",
    "fdi_paid_in_cumulative": "inbound", "fdi_contract": "inbound-period",
    "fdi_utilized": "inbound-period", "trade_volume": "trade", "exports": "trade",
    "imports": "trade", "projects_cumulative": "projects-both-ways",
    "outbound_projects_cumulative": "projects-both-ways",
}


def fact_of(store, item) -> Fact:
    """A Fact from an id, a template proxy or a Fact."""
    if isinstance(item, str):
        return store.get(item)
    return getattr(item, "fact", item)


def timeline_of(store):
    """The production date and freshness policy a brief is composed for (None: no such date,
    as for the store itself; nothing is then stale, past or out of the window)."""
    return getattr(store, "timeline", None)


class OnDate:
    """A store as a brief sees it on a production date (`timeline`), noting nothing: what is
    asked through it (whether another subject has a brief) is no fact a brief draws on."""

    def __init__(self, store, timeline):
        self._store, self.timeline = getattr(store, "_store", store), timeline

    def __getattr__(self, name: str):
        if name == "_store":  # not yet set (a copy being made): no store to ask
            raise AttributeError(name)
        return getattr(self._store, name)


def live(store, facts: list[Fact]) -> list[Fact]:
    """Without second-currency restatements, the losing side of resolved conflicts, figures a
    newer one of the same measure supersedes, and plans past their date that a brief leaves
    out (the freshness policy's `past_plans`)."""
    superseded = getattr(store, "superseded", {})
    return [f for f in with_history(store, facts) if f.id not in superseded]


def with_history(store, facts: list[Fact]) -> list[Fact]:
    """As `live`, but keeping the older figures of a measure: a chart over time draws them."""
    timeline = timeline_of(store)
    return [f for f in facts if not f.equivalent_of and f.id not in store.overruled
            and not (timeline and timeline.unsayable(f))]


def own_facts(store, subject: str) -> list[Fact]:
    return [f for f in live(store, store.find(subject=subject)) if f.subject == subject]


def own_history(store, subject: str) -> list[Fact]:
    return [f for f in with_history(store, store.find(subject=subject)) if f.subject == subject]


def measure(fact: Fact):
    """What makes two figures the same measure: a family of metrics, or a generic metric's label."""
    return FAMILIES.get(fact.metric) or (
        (fact.metric, fact.label) if fact.metric in GENERIC_METRICS else fact.metric)


def kept_out(fact: Fact) -> bool:
    """A fact no list, panel or chart shows (facts/tags.py: suspect-scale, check-date)."""
    return any(tag in fact.tags for tag in KEPT_OUT_OF_LISTS)


def kept_out_of_headlines(fact: Fact) -> bool:
    """A figure no headline panel or chart shows: also those whose period or count the source
    leaves in doubt (check-period, list-mismatch)."""
    return any(tag in fact.tags for tag in KEPT_OUT_OF_HEADLINES)


def standing(store, fact: Fact) -> int:
    """Where a figure stands among a subject's figures before its date and priority are
    weighed: 0 the curator's of priority 1 and 2 (and one accepted from the inbox that a
    reviewer made a headline, priority 1); 1 the curator's details (priority 3); 2 a figure
    accepted from the inbox at the priority proposed or lower: no figure accepted unedited
    takes the place of one the curator wrote."""
    if fact.id in store.accepted and fact.priority >= 2:
        return 2
    return 1 if fact.priority > 2 else 0


def undated(store, fact: Fact) -> bool:
    """Neither the figure nor its source says when it holds."""
    seed = store.seeds.get(fact.seed)
    return fact.period is None and (seed is None or not (seed.date or seed.year))
