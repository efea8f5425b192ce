"""Marks shared by every kind: value labels at bars and points, axis limits from zero that
leave room for those labels, and axes stripped to their zero line."""

from __future__ import annotations

from briefgen.charts.fonts import text_width
from briefgen.charts.layout import Box, Canvas
from briefgen.charts.model import GROWTH_SEPARATOR, ChartPoint
from briefgen.charts.style import LINE_HEIGHT, ChartStyle

BAR_FILL = 0.62  # share of a slot a bar fills
MAX_BAR_PT = 16.0  # thickest horizontal bar, so two bars do not become slabs
MAX_COLUMN_PT = 28.0  # widest column
LABEL_GAP = 3.0  # points between a bar's end and its value label


def split(point: ChartPoint) -> tuple[str, str | None]:
    value, _, growth = point.display.partition(GROWTH_SEPARATOR)
    return value, growth or None


def value_limits(values: list[float], extent_pt: float, room_pt: list[float]) -> tuple[float, float]:
    """Axis limits from zero that leave `room_pt[i]` beyond bar i for its label."""
    def reach(value: float, room: float) -> float:
        return value * extent_pt / max(extent_pt - room, extent_pt * 0.25)

    high = max([reach(v, r) for v, r in zip(values, room_pt) if v > 0], default=0.0)
    low = min([reach(v, r) for v, r in zip(values, room_pt) if v < 0], default=0.0)
    return low, (high if high > 0 or low < 0 else 1.0)


def label_height(point: ChartPoint, style: ChartStyle) -> float:
    growth = split(point)[1]
    return style.text_pt * LINE_HEIGHT + (style.small_pt * LINE_HEIGHT if growth else 0) + 2


def offset_text(ax, x: float, y: float, text: str, dx: float = 0.0, dy: float = 0.0, **style):
    """Text at a data point, moved by (dx, dy) points: a value label next to its bar."""
    from matplotlib.transforms import offset_copy

    shifted = offset_copy(ax.transData, fig=ax.figure, x=dx, y=dy, units="points")
    return ax.text(x, y, text, transform=shifted, **style)


def column_label(ax, x: float, height: float, point: ChartPoint, style: ChartStyle) -> None:
    """The value above a column (below, if negative), its growth label beyond it."""
    value, growth = split(point)
    up = height >= 0
    lines = [(value, style.text_pt, style.text)] + ([(growth, style.small_pt, style.muted)]
                                                   if growth else [])
    offset = 2.0
    for text, size, colour in (lines[::-1] if up else lines):
        offset_text(ax, x, height, text, dy=offset if up else -offset, ha="center",
                    va="bottom" if up else "top", fontsize=size, color=colour)
        offset += size * LINE_HEIGHT


def slot_height(labels: list[list[str]], style: ChartStyle) -> float:
    """Height per horizontal bar: its natural thickness, or more for a label of many lines."""
    lines = max(len(label) for label in labels)
    return max(MAX_BAR_PT / BAR_FILL, lines * style.text_pt * LINE_HEIGHT + 4)


def compact(area: Box, slots: int, slot_pt: float = MAX_BAR_PT / BAR_FILL) -> Box:
    """Few bars keep a bar's natural thickness, centred in the box."""
    height = min(area.height, slots * slot_pt)
    return Box(area.left, area.bottom + (area.height - height) / 2, area.width, height)


def label_width(point: ChartPoint, style: ChartStyle) -> float:
    value, growth = split(point)
    width = text_width(value, style.text_pt) + LABEL_GAP + 2
    return width + (text_width(growth, style.small_pt) + 4 if growth else 0)


def bar_end_label(ax, end: float, y: float, point: ChartPoint, style: ChartStyle) -> None:
    """The value just past a horizontal bar's end, its growth label after it."""
    value, growth = split(point)
    sign = 1 if end >= 0 else -1
    ha = "left" if sign > 0 else "right"
    offset_text(ax, end, y, value, dx=sign * LABEL_GAP, ha=ha, va="center",
                fontsize=style.text_pt, color=style.text)
    if growth:
        shift = LABEL_GAP + text_width(value, style.text_pt) + 4
        offset_text(ax, end, y, growth, dx=sign * shift, ha=ha, va="center",
                    fontsize=style.small_pt, color=style.muted)


def bare_axes(canvas: Canvas, area: Box, baseline: str, style: ChartStyle):
    """Axes with nothing but the zero line: values are labelled at the bars, categories by
    `category_labels`. (Axis ticks are not used at all: they cost a third of a chart's time.)"""
    ax = canvas.axes(area)
    ax.set_axis_off()
    line = ax.axhline if baseline == "bottom" else ax.axvline
    line(0, color=style.rule, linewidth=0.8, zorder=3)
    return ax


def category_labels(ax, positions, labels: list[list[str]], side: str, style: ChartStyle,
                    size: float | None = None, colour: str | None = None) -> None:
    """Names of the bars, under the columns (side 'bottom') or left of the bars ('left')."""
    from matplotlib.transforms import offset_copy

    size, colour = size or style.text_pt, colour or style.text
    if side == "bottom":
        where = offset_copy(ax.get_xaxis_transform(), fig=ax.figure, y=-3, units="points")
        place = {"ha": "center", "va": "top"}
    else:
        where = offset_copy(ax.get_yaxis_transform(), fig=ax.figure, x=-4, units="points")
        place = {"ha": "right", "va": "center", "multialignment": "right"}
    for position, lines in zip(positions, labels):
        x, y = (position, 0) if side == "bottom" else (0, position)
        ax.text(x, y, "\n".join(lines), transform=where, fontsize=size, color=colour,
                linespacing=LINE_HEIGHT, **place)
