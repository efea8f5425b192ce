"""What a chart shows, resolved from facts: the data `draw` turns into an image.

A ChartData is plain, frozen and comparable, so it can be snapshotted in tests, hashed for the
cache and read by renderers for alt text. It holds no matplotlib objects and no Fact objects:
every number in it has already passed the integrity checks in `integrity.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

KINDS = ("bar", "hbar", "column", "line", "grouped", "stacked", "before_after", "big_number", "donut")

# Separates a value from its growth label in ChartPoint.display ("32.93 bn · +48.83% y-o-y"),
# so the text reads well anywhere and `draw` can still set the growth part on its own line.
GROWTH_SEPARATOR = " · "


@dataclass(frozen=True)
class ChartPoint:
    """One bar, point, segment or part of a chart."""

    label: str  # what the reader sees at the bar: subject, period, or the author's label
    value: Decimal  # exact, in base units (as in the fact)
    display: str  # the value as printed on the chart ("30.46 bn"), with any growth label
    period: str | None  # the period in words ("cumulative to March 2019")
    measure: str  # the metric's label ("Actually utilised foreign investment, cumulative")
    unit: str  # the fact's unit code (USD, CNY, percent, h, count …)
    fact_id: str | None  # None only for a derived part (a donut's stated remainder)
    series: str | None = None  # grouped/stacked series; "before"/"after" for before_after
    qualifier: str | None = None  # the source's hedge (more_than, about …): drawn as such


@dataclass(frozen=True)
class ChartData:
    """A resolved chart: everything needed to draw it and to describe it."""

    kind: str
    title: str  # states the message
    subtitle: str  # measure, unit, place, period
    unit_label: str  # the unit in words for the reader ("US$", "RMB", "hours")
    points: tuple[ChartPoint, ...]
    source: str  # "Source: <seed title>, <outlet>, <date>"
    alt: str  # a sentence describing what the chart shows
    fact_ids: tuple[str, ...]  # every fact the chart uses (bars, growth labels, wholes)
