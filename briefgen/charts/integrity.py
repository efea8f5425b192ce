"""The rules that keep a chart honest, enforced before anything is drawn.

One chart never mixes units (no currency conversion), measures (signed vs actually utilised
investment are different metrics) or periods (cumulative vs period; different years across
subjects) unless the spec allows measures or periods explicitly — and then every label shows its
own measure and period. Donuts show two or three shares of one whole. Every problem names the
facts involved; `resolve` adds the template path and line.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from briefgen.charts.select import Entry
from briefgen.charts.spec import ChartSpec
from briefgen.charts.wording import direction, unit_key
from briefgen.facts.model import Fact, FactScope, Period

# Metrics whose name says only "Count" or "Amount of money": what they measure is in the
# fact's label (see `measures`).
GENERIC_METRICS = frozenset("count money area duration mass rank ratio change".split())
MAX_BARS = 12  # more is unreadable at one-page-brief size
MAX_SERIES = 4  # one colour each, and the theme has at most four
DONUT_PARTS = (2, 3)
GROWTH_UNITS = ("percent", "pp", "times")
# A donut's parts may miss their whole by rounding in the source (32.926 + 1.317 of 34.245).
SHARE_TOLERANCE = Decimal("0.01")


def check(spec: ChartSpec, entries: list[Entry]) -> list[str]:
    """Problems with the facts of one chart; empty when it may be drawn."""
    facts = [e.fact for e in entries]
    text_facts = [f.id for f in facts if not f.is_numeric]
    if text_facts:
        return [f"fact {fid} has no value (a text fact) and cannot be charted"
                for fid in text_facts]
    return (_count_problems(spec, entries) + _unit_problems(facts)
            + _measure_problems(spec, entries) + _period_problems(spec, facts)
            + _kind_problems(spec, entries))


def _listing(groups: dict[str, list[str]]) -> str:
    """{'USD': ['a', 'b'], 'CNY': ['c']} -> 'USD (a, b) and CNY (c)'."""
    parts = [f"{key} ({', '.join(ids)})" for key, ids in groups.items()]
    return ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]


def _group(facts: list[Fact], key) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for fact in facts:
        groups[key(fact)].append(fact.id)
    return dict(groups)


def _count_problems(spec: ChartSpec, entries: list[Entry]) -> list[str]:
    least = {"line": 2, "before_after": 2, "donut": 1}.get(spec.kind, 1)
    most = {"before_after": 2, "big_number": MAX_BARS, "donut": 3}.get(spec.kind, MAX_BARS)
    if spec.kind in ("grouped", "stacked"):
        most = MAX_BARS * MAX_SERIES
    n = len(entries)
    if least <= n <= most or spec.kind == "donut":  # donut parts are counted with the rest
        return []
    ids = ", ".join(e.fact.id for e in entries)
    need = f"exactly {least}" if least == most else f"{least} to {most}"
    return [f"a {spec.kind} chart needs {need} facts, got {n} ({ids})"]


def _unit_problems(facts: list[Fact]) -> list[str]:
    ranks = [f.id for f in facts if f.unit == "rank"]
    if ranks:
        return [f"ranks are positions, not quantities, and are not charted as bars: "
                f"{', '.join(ranks)}; state them in text"]
    units = _group(facts, unit_key)
    if len(units) > 1:
        return [f"chart mixes units: {_listing(units)}; briefgen does not convert currencies "
                "or units — chart figures in one unit"]
    return []


def measures(facts: list[Fact]) -> dict[str, list[str]]:
    """The facts grouped by what they measure: by metric name; and for a generic metric
    (count, money …), two facts on the same subject and period with different labels are two
    measures too — one subject at one time cannot have two values of one measure."""
    by_metric = _group(facts, lambda f: f.metric + _where(f))
    if len(by_metric) > 1 or not any(f.metric in GENERIC_METRICS for f in facts):
        return by_metric
    same_time = _group(facts, lambda f: f"{f.subject} {f.period.text if f.period else ''}")
    label_of = {f.id: f.label for f in facts}
    clash = any(len({label_of[i] for i in ids}) > 1 for ids in same_time.values())
    return _group(facts, lambda f: f'{f.metric} "{f.label}"') if clash else by_metric


def _where(fact: Fact) -> str:
    """A figure of another place or group measures something else: "imports" of Shandong and
    "imports" of China are two measures ('' for the project's city among all)."""
    scope = fact.scope or FactScope()
    if scope.key == FactScope().key:
        return ""
    return f" ({', '.join(filter(None, (scope.place or scope.level, scope.among)))})"


def _measure_problems(spec: ChartSpec, entries: list[Entry]) -> list[str]:
    """One measure per chart; in a grouped chart, one measure per series (each series is
    named beside its bars, so series may differ). Stacking different measures claims they
    add up, so a stacked chart needs `allow_mixed: measures` like any other."""
    if "measures" in spec.allow_mixed:
        return []
    if spec.kind == "grouped":
        groups = [[e.fact for e in entries if e.series == name] for name, _ in spec.series]
    else:
        groups = [[e.fact for e in entries]]
    for facts in groups:
        found = measures(facts)
        if len(found) > 1:
            return [f"chart mixes measures: {_listing(found)}; chart one measure, or add "
                    "`allow_mixed: measures` and label each bar with its measure"]
    return []


def _period_problems(spec: ChartSpec, facts: list[Fact]) -> list[str]:
    # A before/after pair is one measure at two times, and each bar shows its own period;
    # the "before" of a source is often undated.
    if "periods" in spec.allow_mixed or spec.kind == "before_after":
        return []
    kinds = _group(facts, lambda f: f.period.kind if f.period else "no period")
    if len(kinds) > 1:
        return [f"chart mixes kinds of period: {_listing(kinds)}; add `allow_mixed: periods` "
                "to show each bar with its own period"]
    if all(f.period is None for f in facts):
        return []
    if len({f.subject for f in facts}) > 1 and spec.kind not in ("line", "big_number"):
        return _same_period(facts)
    return _same_shape(facts)


def _same_period(facts: list[Fact]) -> list[str]:
    periods = _group(facts, lambda f: f.period.text)
    if len(periods) > 1:
        return [f"chart compares subjects across different periods: {_listing(periods)}; "
                "use figures for one period, or add `allow_mixed: periods` to label each bar "
                "with its period"]
    return []


def _same_shape(facts: list[Fact]) -> list[str]:
    shapes = _group(facts, lambda f: period_shape(f.period))
    if len(shapes) > 1:
        return [f"chart puts periods of different lengths side by side: {_listing(shapes)}; "
                "add `allow_mixed: periods` if that is meant"]
    return []


def period_shape(period: Period) -> str:
    """How long a period is, so a year is not set beside a quarter: 'year', '3 months'."""
    start, end = period.start, period.end
    if start is None:
        return "cumulative"
    if end is None:
        return "open-ended"
    if start == end:
        return {4: "year", 7: "month", 10: "day"}[len(start)]
    if len(start) == len(end) == 4:
        return f"{int(end) - int(start) + 1} years"
    if len(start) == len(end) == 7:
        months = (int(end[:4]) - int(start[:4])) * 12 + int(end[5:7]) - int(start[5:7]) + 1
        return f"{months} months"
    return f"{start}/{end}"


def _kind_problems(spec: ChartSpec, entries: list[Entry]) -> list[str]:
    facts = [e.fact for e in entries]
    if spec.kind in ("line", "big_number", "before_after"):
        return (_one_subject(spec, facts) + _distinct_periods(spec, facts)
                or _even_steps(spec, facts))
    if spec.kind in ("grouped", "stacked"):
        return _series_problems(spec, entries)
    return []


def _one_subject(spec: ChartSpec, facts: list[Fact]) -> list[str]:
    subjects = _group(facts, lambda f: f.subject)
    if len(subjects) > 1:
        return [f"a {spec.kind} chart follows one subject over time; found {_listing(subjects)}"]
    return []


def _distinct_periods(spec: ChartSpec, facts: list[Fact]) -> list[str]:
    if spec.kind == "before_after" or len(facts) < 2:
        return []
    undated = [f.id for f in facts if f.period is None]
    if undated:
        return [f"a {spec.kind} chart over time needs a period on every fact: {', '.join(undated)}"]
    periods = _group(facts, lambda f: f.period.text)
    repeated = {p: ids for p, ids in periods.items() if len(ids) > 1}
    if repeated:
        return [f"a {spec.kind} chart has two figures for one period: {_listing(repeated)}"]
    return []


def _even_steps(spec: ChartSpec, facts: list[Fact]) -> list[str]:
    """Points over time are drawn evenly spaced, so the periods must be evenly spaced too:
    2015, 2016, 2018 would hide a missing year inside a smooth line."""
    if spec.kind == "before_after" or len(facts) < 3:
        return []
    months = [month_index(f.period) for f in facts]
    if len({b - a for a, b in zip(months, months[1:])}) > 1:
        listed = ", ".join(f"{f.period.text} ({f.id})" for f in facts)
        return [f"a {spec.kind} chart needs evenly spaced periods, got {listed}; "
                "add the missing periods or use a column chart"]
    return []


def month_index(period: Period) -> int:
    """Months since year 0 at the period's start (its end when open at the start): the steps
    between points over time."""
    date = period.start or period.end or ""
    return int(date[:4]) * 12 + (int(date[5:7]) - 1 if len(date) >= 7 else 0)


def _series_problems(spec: ChartSpec, entries: list[Entry]) -> list[str]:
    problems = []
    if not 2 <= len(spec.series) <= MAX_SERIES:
        problems.append(f"a {spec.kind} chart needs 2 to {MAX_SERIES} series, "
                        f"got {len(spec.series)}")
    negative = [e.fact.id for e in entries if e.fact.value < 0]
    if spec.kind == "stacked" and negative:
        problems.append(f"a stacked chart cannot stack negative values: {', '.join(negative)}")
    return problems


def donut_problems(spec: ChartSpec, parts: list[Fact], whole: Fact | None) -> list[str]:
    """Two or three positive shares of one whole: percentages adding up to 100, or parts of a
    stated whole (a fact in the same unit and period)."""
    ids = ", ".join(f.id for f in parts)
    count = len(parts) + (1 if spec.rest else 0)
    if count not in DONUT_PARTS:
        return [f"a donut shows 2 or 3 parts of one whole, got {count} ({ids}"
                + (f", rest {spec.rest!r}" if spec.rest else "") + "); use a bar chart"]
    if any(f.value <= 0 for f in parts):
        return [f"a donut's parts must be positive: {ids}"]
    if whole is not None:
        return _whole_problems(spec, parts, whole)
    if any(f.unit != "percent" for f in parts):
        return [f"a donut shows shares of one whole: name the total with `whole:` or chart "
                f"percentages that add up to 100 ({ids})"]
    return _sum_problems(spec, parts, Decimal(100), "100 per cent")


def _whole_problems(spec: ChartSpec, parts: list[Fact], whole: Fact) -> list[str]:
    if not whole.is_numeric or unit_key(whole) != unit_key(parts[0]):
        return [f"donut whole {whole.id} must be a figure in the parts' unit "
                f"({unit_key(parts[0])})"]
    if (whole.period and whole.period.text) != (parts[0].period and parts[0].period.text):
        return [f"donut whole {whole.id} is for another period than its parts "
                f"({', '.join(f.id for f in parts)})"]
    return _sum_problems(spec, parts, whole.value, f"{whole.id}")


def _sum_problems(spec: ChartSpec, parts: list[Fact], whole: Decimal, name: str) -> list[str]:
    total = sum((f.value for f in parts), Decimal(0))
    slack = whole * SHARE_TOLERANCE
    ids = ", ".join(f.id for f in parts)
    if total > whole + slack:
        return [f"donut parts ({ids}) add up to more than their whole ({name}): "
                "they are not shares of one whole"]
    if not spec.rest and total < whole - slack:
        return [f"donut parts ({ids}) do not add up to their whole ({name}); add `rest:` "
                "with a label for the remainder, or use a bar chart"]
    return []


def growth_problems(bar: Fact, growth: Fact) -> list[str]:
    """A growth label must be a change of the very figure it stands beside."""
    if not growth.is_numeric or growth.unit not in GROWTH_UNITS:
        return [f"growth fact {growth.id} must be a change in {', '.join(GROWTH_UNITS)}"]
    if growth.unit != "times" and direction(growth) is None:
        return [f"growth fact {growth.id} does not say whether it is a rise or a fall: use a "
                "growth_yoy fact, or a label that says so (growth, increase, cut, reduction …)"]
    if not growth.about(bar.subject):
        return [f"growth fact {growth.id} is about {growth.subject}, not {bar.subject} "
                f"(as {bar.id} is)"]
    bar_period = bar.period.text if bar.period else None
    growth_period = growth.period.text if growth.period else None
    if bar_period != growth_period:
        return [f"growth fact {growth.id} ({growth_period or 'no period'}) is for another "
                f"period than {bar.id} ({bar_period or 'no period'})"]
    return []
