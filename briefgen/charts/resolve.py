"""From a chart spec and the fact store to a checked ChartData (no drawing here)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from briefgen.charts import describe, integrity, wording
from briefgen.charts.describe import Context
from briefgen.charts.model import GROWTH_SEPARATOR, ChartData, ChartPoint
from briefgen.charts.select import Entry, get_facts, select_entries
from briefgen.charts.spec import ChartSpec, parse_spec
from briefgen.errors import ChartError, Problem
from briefgen.facts.model import Fact


def resolve(spec: dict, store, *, path: str, line: int) -> ChartData:
    """Check a chart spec against the store and the integrity rules; raise one ChartError
    listing every problem, each located at `path:line` and naming the facts involved."""
    parsed, problems = parse_spec(spec)
    _raise_if(problems, path, line)
    entries, problems = select_entries(parsed, store)
    _raise_if(problems, path, line)
    entries = _in_chart_order(parsed, entries)
    extras, problems = _extras(parsed, entries, store)
    problems = integrity.check(parsed, entries) + problems
    _raise_if(problems, path, line)
    return _build(parsed, entries, extras, store)


def _raise_if(messages: list[str], path: str, line: int) -> None:
    if messages:
        raise ChartError(problems=[Problem(m, path, line) for m in messages])


def _in_chart_order(spec: ChartSpec, entries: list[Entry]) -> list[Entry]:
    """Over time means earliest first, whatever order the author listed the facts in."""
    if spec.kind in describe.OVER_TIME and all(e.fact.period for e in entries):
        return sorted(entries, key=lambda e: (e.fact.period.sort_key(), e.fact.period.start or ""))
    return entries


def _extras(spec: ChartSpec, entries: list[Entry], store) -> tuple[dict[str, Fact], list[str]]:
    """Growth facts (by the bar they label) and a donut's whole (under key ''), checked."""
    ids = {e.fact.id for e in entries}
    problems = [f"`growth:` names {bar_id}, which is not one of the chart's facts"
                for bar_id, _ in spec.growth if bar_id not in ids]
    problems += [f"`labels:` names {fid}, which is not one of the chart's facts"
                 for fid, _ in spec.labels if fid not in ids]
    extras: dict[str, Fact] = {}
    for bar_id, growth_id in spec.growth:
        found, missing = get_facts((growth_id,), store)
        problems += missing
        if found and bar_id in ids:
            extras[bar_id] = found[0]
    problems += _growth_checks(entries, extras) + _donut_checks(spec, entries, store, extras)
    return extras, problems


def _growth_checks(entries: list[Entry], extras: dict[str, Fact]) -> list[str]:
    by_id = {e.fact.id: e.fact for e in entries}
    return [p for bar_id, growth in extras.items() if by_id[bar_id].is_numeric
            for p in integrity.growth_problems(by_id[bar_id], growth)]


def _donut_checks(spec: ChartSpec, entries: list[Entry], store, extras: dict) -> list[str]:
    if spec.kind != "donut" or any(not e.fact.is_numeric for e in entries):
        return []
    whole = None
    if spec.whole:
        found, problems = get_facts((spec.whole,), store)
        if problems:
            return problems
        whole = extras[""] = found[0]
    return integrity.donut_problems(spec, [e.fact for e in entries], whole)


def _build(spec: ChartSpec, entries: list[Entry], extras: dict[str, Fact], store) -> ChartData:
    facts = [e.fact for e in entries]
    ctx = Context.of(facts)
    scale = wording.chart_scale([f.value for f in facts + list(extras.values())], facts[0].unit)
    pairs = [_point(spec, e, i, ctx, scale, extras.get(e.fact.id), store)
             for i, e in enumerate(entries)]
    if spec.kind == "donut" and spec.rest:
        pairs.append(_rest_point(spec, facts, extras.get(""), scale, store))
    unit_text = wording.unit_label(facts[0])
    sub = describe.subtitle(spec, facts, unit_text, ctx, store)
    used = facts + list(extras.values())
    return ChartData(
        kind=spec.kind, title=spec.title, subtitle=sub, unit_label=unit_text,
        points=tuple(p for p, _ in pairs), source=describe.source_line(used, store),
        alt=describe.alt_text(spec.kind, spec.title, sub, pairs),
        fact_ids=tuple(dict.fromkeys(f.id for f in used)),
    )


def _point(spec: ChartSpec, entry: Entry, index: int, ctx: Context, scale,
           growth: Fact | None, store) -> tuple[ChartPoint, str]:
    """The point, and its value in words for the alt text."""
    fact = entry.fact
    display = wording.value_text(fact, scale)
    words = wording.value_words(fact, scale)
    if growth is not None:
        display += GROWTH_SEPARATOR + wording.growth_text(growth)
        words += f", {wording.growth_words(growth)}"
    series = ("before", "after")[index] if spec.kind == "before_after" else entry.series
    point = ChartPoint(
        label=describe.point_label(spec, fact, index, ctx, store), value=fact.value,
        display=display, period=wording.period_words(fact.period),
        measure=describe.measure_name(store, fact), unit=fact.unit, fact_id=fact.id,
        series=series, qualifier=fact.qualifier)
    return point, words


def _rest_point(spec: ChartSpec, parts: list[Fact], whole: Fact | None, scale,
                store) -> tuple[ChartPoint, str]:
    """The remainder of a donut's whole: arithmetic on cited facts, shown with no fact id."""
    total = whole.value if whole is not None else Decimal(100)
    value = total - sum((f.value for f in parts), Decimal(0))
    # The remainder of hedged parts ("about 50 per cent") is itself only about right.
    hedged = "about" if any(f.qualifier for f in parts) else None
    stand_in = replace(parts[0], value=value, qualifier=hedged)
    point = ChartPoint(
        label=spec.rest, value=value, display=wording.value_text(stand_in, scale),
        period=wording.period_words(parts[0].period),
        measure=describe.measure_name(store, parts[0]), unit=parts[0].unit, fact_id=None,
        qualifier=hedged)
    return point, wording.value_words(stand_in, scale)

