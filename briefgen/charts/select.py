"""Find the facts a chart spec names: by id, by series, or by a query over the store."""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.charts.spec import ChartSpec
from briefgen.errors import FactError
from briefgen.facts.model import Fact


@dataclass(frozen=True)
class Entry:
    """A fact as one bar/point of a chart, with the series it belongs to."""

    fact: Fact
    series: str | None = None


def select_entries(spec: ChartSpec, store) -> tuple[list[Entry], list[str]]:
    """(entries in chart order, problems)."""
    if spec.series:
        return _by_series(spec, store)
    if spec.fact_ids:
        facts, problems = get_facts(spec.fact_ids, store)
        return [Entry(f) for f in facts], problems
    return _by_query(spec, store)


def get_facts(ids: tuple[str, ...], store) -> tuple[list[Fact], list[str]]:
    facts, problems = [], []
    for fact_id in ids:
        try:
            facts.append(store.get(fact_id))
        except FactError:
            problems.append(f"unknown fact id {fact_id!r}")
    return facts, problems


def _by_series(spec: ChartSpec, store) -> tuple[list[Entry], list[str]]:
    entries, problems = [], []
    for name, ids in spec.series:
        facts, missing = get_facts(ids, store)
        entries += [Entry(f, name) for f in facts]
        problems += missing
    return entries, problems


def _by_query(spec: ChartSpec, store) -> tuple[list[Entry], list[str]]:
    problems = _query_problems(spec, store)
    if problems:
        return [], problems
    if spec.subject:
        facts = _across_periods(spec, store, problems)
    else:
        facts = [f for s in spec.subjects if (f := _one_for(s, spec, store, problems))]
    return [Entry(f) for f in facts], problems


def _query_problems(spec: ChartSpec, store) -> list[str]:
    problems = []
    if spec.metric not in store.metrics:
        problems.append(f"unknown metric {spec.metric!r} in chart query")
    for slug in (*spec.subjects, *([spec.subject] if spec.subject else [])):
        if slug not in store.entities:
            problems.append(f"unknown subject {slug!r} in chart query")
    return problems


def _candidates(slug: str, spec: ChartSpec, store) -> list[Fact]:
    """The subject's own facts for the metric (else those merely related to it), without
    restatements in another currency and without values superseded by a preferred one."""
    found = store.find(subject=slug, metric=spec.metric)
    own = [f for f in found if f.subject == slug] or found
    kept = [f for f in own if not f.equivalent_of and not _superseded(f, own)]
    if spec.period and not spec.subject:
        kept = [f for f in kept if f.period and f.period.text == spec.period]
    return kept


def _superseded(fact: Fact, facts: list[Fact]) -> bool:
    rivals = [f for f in facts if f.id in fact.conflicts_with or fact.id in f.conflicts_with]
    return not fact.preferred and any(r.preferred for r in rivals)


def _one_for(slug: str, spec: ChartSpec, store, problems: list[str]) -> Fact | None:
    facts = _candidates(slug, spec, store)
    where = f"{slug!r} with metric {spec.metric!r}" + (f" in {spec.period}" if spec.period else "")
    if not facts:
        problems.append(f"no fact for subject {where}")
        return None
    if len(facts) > 1:
        listed = ", ".join(f"{f.id} ({f.period.text if f.period else 'no period'})" for f in facts)
        problems.append(f"several facts for subject {where}: {listed}; "
                        "add `period:` or list the ids under `facts:`")
        return None
    return facts[0]


def _across_periods(spec: ChartSpec, store, problems: list[str]) -> list[Fact]:
    facts = _candidates(spec.subject, spec, store)
    if not facts:
        problems.append(f"no facts for subject {spec.subject!r} with metric {spec.metric!r}")
    undated = [f.id for f in facts if f.period is None]
    if undated:
        problems.append(f"facts without a period cannot be placed in time: {', '.join(undated)}")
        return []
    facts.sort(key=lambda f: (f.period.sort_key(), f.period.start or ""))
    seen: dict[str, str] = {}
    for fact in facts:
        if fact.period.text in seen:
            problems.append(f"two facts for {spec.subject!r} in {fact.period.text}: "
                            f"{seen[fact.period.text]}, {fact.id}; mark one preferred")
        seen[fact.period.text] = fact.id
    return facts
