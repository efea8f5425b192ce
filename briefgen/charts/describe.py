"""Words around a chart's numbers: bar labels, the subtitle, the source line and the alt text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.charts import wording
from briefgen.charts.integrity import GENERIC_METRICS, measures
from briefgen.charts.model import ChartPoint
from briefgen.charts.spec import ChartSpec
from briefgen.facts.model import Fact, FactScope
from briefgen.language import active

KIND_NOUNS = {"bar": "Bar chart", "hbar": "Bar chart", "column": "Column chart",
              "line": "Line chart", "grouped": "Grouped bar chart", "stacked": "Stacked bar chart",
              "before_after": "Before-and-after chart", "big_number": "Key figure",
              "donut": "Donut chart"}
OVER_TIME = ("line", "big_number")


@dataclass(frozen=True)
class Context:
    """What varies across a chart's facts, which decides what each label must say."""

    subjects_vary: bool
    periods_vary: bool
    measures_vary: bool

    @classmethod
    def of(cls, facts: list[Fact]) -> "Context":
        return cls(len({f.subject for f in facts}) > 1,
                   len({f.period.text if f.period else None for f in facts}) > 1,
                   len(measures(facts)) > 1)


def entity_name(store, slug: str) -> str:
    entity = store.entities.get(slug)
    return (entity.short or entity.name) if entity else slug


def measure_name(store, fact: Fact) -> str:
    metric = store.metrics.get(fact.metric)
    if metric is None or fact.metric in GENERIC_METRICS:
        return fact.label
    return metric.label


def _common_measure(store, facts: list[Fact]) -> str | None:
    """The measure all facts share; for a generic metric whose facts are labelled apart
    (before/after, one label per year), the metric's own name ('Duration')."""
    names = {measure_name(store, f) for f in facts}
    if len(names) == 1:
        return names.pop()
    metric = store.metrics.get(facts[0].metric)
    return metric.label if metric else None


def point_label(spec: ChartSpec, fact: Fact, index: int, ctx: Context, store) -> str:
    """The bar's label; when periods or measures vary, it says its own period and measure."""
    label = spec.label_for(fact.id) or _default_label(spec, fact, index, ctx, store)
    period = wording.period_short(fact.period)
    shows_period = spec.kind not in OVER_TIME and (ctx.periods_vary or spec.kind == "before_after")
    if shows_period and period and period not in label:
        label = f"{label} ({period})"
    return label


def _default_label(spec: ChartSpec, fact: Fact, index: int, ctx: Context, store) -> str:
    if spec.kind in OVER_TIME:
        return wording.period_short(fact.period) or fact.label
    if spec.kind == "before_after":
        edition = active()
        return edition.say(("chart.before", "chart.after")[index]) if edition else ("Before", "After")[index]
    if spec.kind in ("grouped", "stacked"):  # the label is the category; the series says the rest
        if ctx.periods_vary and not ctx.subjects_vary:
            return wording.period_short(fact.period) or fact.label
        return entity_name(store, fact.subject)
    if ctx.measures_vary:
        return fact.label
    if ctx.subjects_vary:
        return entity_name(store, fact.subject)
    if ctx.periods_vary:
        return wording.period_short(fact.period) or fact.label
    return fact.label


def subtitle(spec: ChartSpec, facts: list[Fact], unit_text: str, ctx: Context, store) -> str:
    """Measure (unit) · place · period, each left out where the labels already say it."""
    if spec.subtitle:
        return spec.subtitle
    measure = None if ctx.measures_vary else _common_measure(store, facts)
    edition = active()
    if edition is not None:
        head = edition.say("chart.measure", measure=measure, unit=unit_text) if measure else unit_text
        parts = [head, _place(facts, ctx, store), _period_span(spec, facts, ctx)]
        return " · ".join(p for p in parts if p)
    head = f"{measure} ({unit_text})" if measure else unit_text[:1].upper() + unit_text[1:]
    period = _period_span(spec, facts, ctx)
    if period and measure and "cumulative" in measure and period.startswith("cumulative to "):
        period = period.removeprefix("cumulative ")  # the measure already says cumulative
    parts = [head, _place(facts, ctx, store), period]
    return " · ".join(p for p in parts if p)


def _place(facts: list[Fact], ctx: Context, store) -> str | None:
    city = next((e for e in store.entities.values() if e.kind == "city"), None)
    city_name = city.name if city else None
    scopes = {f.scope_key for f in facts}
    if scopes != {FactScope().key}:
        # figures of another place are that place's: the one place they share, in English (an
        # edition names no place it has no word for), else none: the labels say where
        shared = facts[0].scope.place if len(scopes) == 1 and facts[0].scope else None
        return None if active() is not None or not shared else shared
    subject = store.entities.get(facts[0].subject)
    if ctx.subjects_vary or subject is None or subject.kind == "city":
        return city_name
    if not city_name:
        return subject.name
    edition = active()
    if edition is not None:
        key = "chart.place_partner" if subject.is_partner else "chart.place_sector"
        return edition.say(key, city=city_name, subject=subject.name)
    if subject.is_partner:
        return f"{city_name} and {subject.name}"
    return f"{subject.name} in {city_name}"


def _period_span(spec: ChartSpec, facts: list[Fact], ctx: Context) -> str | None:
    dated = [f.period for f in facts if f.period]
    if not dated:
        return None
    edition = active()
    if spec.kind in OVER_TIME and ctx.periods_vary:
        first, last = wording.period_short(dated[0]), wording.period_short(dated[-1])
        return edition.say("chart.from_to", first=first, last=last) if edition else f"{first} to {last}"
    if ctx.periods_vary:
        return edition.say("chart.periods_as_labelled") if edition else "periods as labelled"
    return wording.period_words(dated[0])


def source_line(facts: list[Fact], store) -> str:
    """'Source: <seed title>, <outlet>, <date>' for each seed the chart's facts cite."""
    seeds = list(dict.fromkeys(s.seed for f in facts for s in f.sources))
    cited = [_seed_text(store.seeds.get(name), name) for name in seeds]
    edition = active()  # the documents are named in their own language, as cited
    if edition is not None:
        return edition.say("chart.source", sources=edition.say("list.semicolon").join(cited))
    return ("Sources: " if len(cited) > 1 else "Source: ") + "; ".join(cited)


def _seed_text(info, name: str) -> str:
    if info is None:
        return name
    parts = [info.title, _short_outlet(info.outlet, info.title), wording.date_words(info.date)]
    return ", ".join(p for p in parts if p)


def _short_outlet(outlet: str | None, title: str) -> str | None:
    """The outlet without notes in brackets, and left out when the title already names it
    ('A City of Dreams Qingdao (investment magazine)' under 'A City of Dreams: Qingdao — …')."""
    if not outlet:
        return None
    outlet = re.sub(r"\s*\([^)]*\)", "", outlet).strip()
    return None if _words(outlet) in _words(title) else outlet


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def alt_text(kind: str, title: str, subtitle_text: str, points: list[tuple[ChartPoint, str]]) -> str:
    """'Column chart: <title>. <subtitle>: <label> <value in words>; …' — `points` pairs each
    point with its value in words (with any growth)."""
    one_category = len({p.label for p, _ in points}) == 1
    edition = active()
    if edition is not None:
        items = edition.say("list.semicolon").join(
            edition.say("chart.item", name=_item_name(point, one_category), value=words)
            for point, words in points)
        return edition.say("chart.alt", kind=edition.say(f"chart.kind.{kind}"),
                           title=title.rstrip("。."), subtitle=subtitle_text, items=items)
    items = "; ".join(f"{_item_name(point, one_category)} {words}" for point, words in points)
    return f"{KIND_NOUNS[kind]}: {title.rstrip('.')}. {subtitle_text}: {items}."


def _item_name(point: ChartPoint, one_category: bool) -> str:
    if point.series is None or point.series in ("before", "after"):
        return point.label
    return point.series if one_category else f"{point.label}, {point.series}"
