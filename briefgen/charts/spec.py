"""The chart spec: the YAML body of a ```chart directive, checked and made typed.

Every problem in a spec is collected, so an author sees all of them at once; `resolve` turns
them into one ChartError located at the directive's path and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from briefgen.charts.model import KINDS

KEYS = ("kind", "title", "subtitle", "facts", "series", "metric", "subjects", "subject", "period",
        "labels", "growth", "allow_mixed", "height", "whole", "rest")
MIXABLE = ("periods", "measures")  # units are never mixable: briefgen does not convert currencies
HEIGHT_MM = (15.0, 250.0)  # as the directive's `height=`: millimetres on the page
SERIES_KINDS = ("grouped", "stacked")


@dataclass(frozen=True)
class ChartSpec:
    kind: str
    title: str
    subtitle: str | None = None
    fact_ids: tuple[str, ...] = ()  # `facts:` in the author's order
    series: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (series name, fact ids), in order
    metric: str | None = None  # a query: metric + subjects (one per subject) …
    subjects: tuple[str, ...] = ()
    subject: str | None = None  # … or metric + subject (one per period)
    period: str | None = None  # picks one period when a subject has several
    labels: tuple[tuple[str, str], ...] = ()  # (fact id, label)
    growth: tuple[tuple[str, str], ...] = ()  # (bar fact id, growth fact id)
    allow_mixed: frozenset[str] = frozenset()
    height_mm: float | None = None
    whole: str | None = None  # donut: the fact the parts are shares of
    rest: str | None = None  # donut: label of the remainder of the whole, if shown

    @property
    def is_query(self) -> bool:
        return self.metric is not None

    def label_for(self, fact_id: str) -> str | None:
        return dict(self.labels).get(fact_id)

    def growth_for(self, fact_id: str) -> str | None:
        return dict(self.growth).get(fact_id)


def parse_spec(body: object) -> tuple[ChartSpec | None, list[str]]:
    """(spec, problems); the spec is None when a problem makes it unusable."""
    if not isinstance(body, dict):
        return None, ["a chart spec must be a YAML mapping (kind:, title:, facts: …)"]
    problems = [f"unknown chart key {key!r} (known: {', '.join(KEYS)})"
                for key in body if key not in KEYS]
    kind = _kind(body, problems)
    title = _text(body, "title", problems, required=True)
    fact_ids = _id_list(body, "facts", problems)
    spec = ChartSpec(
        kind=kind or "", title=title or "", subtitle=_text(body, "subtitle", problems),
        fact_ids=fact_ids, series=_series(body, problems),
        metric=_text(body, "metric", problems), subjects=_id_list(body, "subjects", problems),
        subject=_text(body, "subject", problems), period=_text(body, "period", problems),
        labels=_per_fact(body, "labels", fact_ids, problems),
        growth=_per_fact(body, "growth", fact_ids, problems),
        allow_mixed=_allow_mixed(body, problems), height_mm=_height(body, problems),
        whole=_text(body, "whole", problems), rest=_text(body, "rest", problems),
    )
    problems += _source_problems(spec)
    return (spec if kind and title else None), problems


def _kind(body: dict, problems: list[str]) -> str | None:
    kind = body.get("kind")
    if kind not in KINDS:
        problems.append(f"chart kind {kind!r} is not one of {', '.join(KINDS)}")
        return None
    return kind


def _text(body: dict, key: str, problems: list[str], required: bool = False) -> str | None:
    value = body.get(key)
    if value is None:
        if required:
            problems.append(f"chart needs `{key}:`" + (" (a sentence that states the message)"
                                                     if key == "title" else ""))
        return None
    if key == "period" and isinstance(value, (int, date)) and not isinstance(value, bool):
        value = str(value)  # YAML reads `period: 2018` as a number, 2019-03-26 as a date
    if not isinstance(value, str) or not value.strip():
        problems.append(f"chart `{key}:` must be a non-empty text, got {value!r}")
        return None
    return value.strip()


def _id_list(body: dict, key: str, problems: list[str]) -> tuple[str, ...]:
    value = body.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        problems.append(f"chart `{key}:` must be a list of ids, got {value!r}")
        return ()
    if len(set(value)) != len(value):
        problems.append(f"chart `{key}:` lists an id twice: {', '.join(value)}")
    return tuple(value)


def _series(body: dict, problems: list[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    value = body.get("series")
    if value is None:
        return ()
    if not isinstance(value, dict) or not value:
        problems.append("chart `series:` must map each series name to a list of fact ids")
        return ()
    series = []
    for name, ids in value.items():
        ids = _id_list({"series": ids}, "series", problems)
        if not ids:
            problems.append(f"chart series {name!r} names no facts")
        series.append((str(name), ids))
    return tuple(series)


def _per_fact(body: dict, key: str, fact_ids: tuple[str, ...],
              problems: list[str]) -> tuple[tuple[str, str], ...]:
    """`labels:`/`growth:` as {fact id: value}, or a list aligned with `facts:` (null skips)."""
    value = body.get(key)
    if value is None:
        return ()
    if isinstance(value, list):
        if len(value) != len(fact_ids):
            problems.append(f"chart `{key}:` as a list needs one entry per fact in `facts:` "
                            f"({len(fact_ids)}), got {len(value)}; or use a mapping fact id: value")
            return ()
        value = {fid: item for fid, item in zip(fact_ids, value) if item is not None}
    if isinstance(value, dict) and key == "labels":  # `2018:` or `- 2018` read as numbers
        value = {fid: str(v) if isinstance(v, int) and not isinstance(v, bool) else v
                 for fid, v in value.items()}
    if not isinstance(value, dict) or not all(isinstance(v, str) and v for v in value.values()):
        problems.append(f"chart `{key}:` must map fact ids to texts, got {value!r}")
        return ()
    return tuple((str(fid), text) for fid, text in value.items())


def _allow_mixed(body: dict, problems: list[str]) -> frozenset[str]:
    value = body.get("allow_mixed")
    if value is None:
        return frozenset()
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or any(v not in MIXABLE for v in values):
        hint = " (units are never mixed: no currency conversion)" if "units" in str(value) else ""
        problems.append(f"chart `allow_mixed:` takes {' and/or '.join(MIXABLE)}, "
                        f"got {value!r}{hint}")
        return frozenset()
    return frozenset(values)


def _height(body: dict, problems: list[str]) -> float | None:
    value = body.get("height")
    if value is None:
        return None
    low, high = HEIGHT_MM
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        problems.append(f"chart `height:` is in millimetres, from {low:g} to {high:g}; got {value!r}")
        return None
    return float(value)


def _source_problems(spec: ChartSpec) -> list[str]:
    """Exactly one way of naming the facts, and the one the kind needs."""
    ways = [w for w, used in (("facts", spec.fact_ids), ("series", spec.series),
                              ("metric", spec.is_query)) if used]
    if len(ways) != 1:
        return [f"chart names its facts with exactly one of `facts:`, `series:` or "
                f"`metric:` + `subject(s):`; found {', '.join(ways) or 'none'}"]
    problems = []
    if spec.is_query and bool(spec.subjects) == bool(spec.subject):
        problems.append("chart query `metric:` needs either `subjects:` (one figure per subject) "
                        "or `subject:` (its figures across periods)")
    if spec.kind in SERIES_KINDS and not spec.series:
        problems.append(f"a {spec.kind} chart names its facts by `series:` "
                        "(series name: [fact ids])")
    if spec.series and spec.kind and spec.kind not in SERIES_KINDS:
        problems.append(f"`series:` is for grouped or stacked charts, not {spec.kind}")
    if (spec.whole or spec.rest) and spec.kind != "donut":
        problems.append("`whole:` and `rest:` are for donut charts")
    return problems
