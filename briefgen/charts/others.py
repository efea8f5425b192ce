"""Charts that are not bars: a line over periods, a big number with its trend, a donut."""

from __future__ import annotations

from briefgen.charts.fonts import text_width
from briefgen.charts.marks import (bare_axes, category_labels, column_label, label_height,
                                   offset_text, split, value_limits)
from briefgen.charts.layout import Box, Canvas
from briefgen.charts.model import ChartData, ChartPoint
from briefgen.charts.style import LINE_HEIGHT, ChartStyle, widest, wrap
from briefgen.facts.model import CURRENCIES


def draw_line(canvas: Canvas, box: Box, chart: ChartData, style: ChartStyle):
    points = chart.points
    n = len(points)
    labels = [wrap(p.label, box.width / n * 0.95, style.text_pt) for p in points]
    area = box.inset(bottom=max(len(lines) for lines in labels) * style.text_pt * LINE_HEIGHT + 4)
    ax = bare_axes(canvas, area, "bottom", style)
    ys = [float(p.value) for p in points]
    ax.plot(range(n), ys, color=style.primary, linewidth=1.4, marker="o", markersize=3.2,
            zorder=3, clip_on=False)
    ax.set_xlim(-0.5, n - 0.5)
    ax.set_ylim(*value_limits(ys, area.height, [label_height(p, style) for p in points]))
    category_labels(ax, range(n), labels, "bottom", style)
    for i in _labelled(points, area.width, style):
        column_label(ax, i, ys[i], points[i], style)
    return ax


def _labelled(points, width_pt: float, style: ChartStyle) -> list[int]:
    """Every point when the values fit side by side; else the first, the last and the peak."""
    slot = width_pt / len(points)
    if widest([split(p)[0] for p in points], style.text_pt) <= slot * 0.95:
        return list(range(len(points)))
    peak = max(range(len(points)), key=lambda i: points[i].value)
    return sorted({0, len(points) - 1, peak})


def big_value(chart: ChartData, point: ChartPoint) -> str:
    """The figure as printed at a bar, its currency included: 'US$19.71 bn', 'RMB 34.25 bn'."""
    return split(point)[0]


def draw_big_number(canvas: Canvas, box: Box, chart: ChartData, style: ChartStyle):
    """The latest figure large, with what it measures, its period and growth; earlier
    figures, if any, as a small trend line beside it."""
    point = chart.points[-1]
    trend = len(chart.points) > 1
    width = box.width * (0.56 if trend else 1.0)
    figure = big_value(chart, point)
    size = _big_size(figure, width, box.height)
    notes = _big_notes(chart, point, width, style)
    block = size * 1.15 + 3 + len(notes) * style.text_pt * LINE_HEIGHT
    top = box.top - max((box.height - block) / 2, 0)  # the block sits in the middle
    canvas.text(box.left, top, figure, fontsize=size, fontweight="bold", color=style.primary,
                ha="left", va="top")
    top -= size * 1.15 + 3
    for line, colour in notes:
        canvas.text(box.left, top, line, fontsize=style.text_pt, color=colour, ha="left", va="top")
        top -= style.text_pt * LINE_HEIGHT
    if trend:
        return _sparkline(canvas, box.inset(left=box.width * 0.62), chart.points, style)
    return None


def _big_size(figure: str, width: float, height: float) -> float:
    """As large as fits: at most 26 pt, a third of the box high, and within `width`."""
    size = min(max(height * 0.34, 14.0), 26.0)
    return min(size, size * width / max(text_width(figure, size, bold=True), 1.0))


def _big_notes(chart: ChartData, point: ChartPoint, width: float,
               style: ChartStyle) -> list[tuple[str, str]]:
    """What the figure measures (dark), then its period and growth (muted), wrapped."""
    measure = point.measure if point.unit in CURRENCIES else f"{point.measure} ({chart.unit_label})"
    when = " · ".join(t for t in (point.label, split(point)[1]) if t)
    return ([(line, style.text) for line in wrap(measure, width, style.text_pt)]
            + [(line, style.muted) for line in wrap(when, width, style.text_pt)])


def _sparkline(canvas: Canvas, box: Box, points, style: ChartStyle):
    n = len(points)
    ends = [text_width(split(p)[0], style.small_pt) / 2 for p in (points[0], points[-1])]
    area = box.inset(left=ends[0], right=ends[1] + 1, bottom=style.small_pt * LINE_HEIGHT + 3,
                     top=4)
    ax = bare_axes(canvas, area, "bottom", style)
    ys = [float(p.value) for p in points]
    ax.plot(range(n), ys, color=style.primary, linewidth=1.2, zorder=3, clip_on=False)
    ax.plot([0, n - 1], [ys[0], ys[-1]], "o", color=style.primary, markersize=2.8, clip_on=False)
    ax.set_xlim(0, n - 1)
    room = [style.small_pt * LINE_HEIGHT + 2] * n
    ax.set_ylim(*value_limits(ys, area.height, room))
    category_labels(ax, [0, n - 1], [[points[0].label], [points[-1].label]], "bottom", style,
                    size=style.small_pt, colour=style.muted)
    for i in (0, n - 1):
        offset_text(ax, i, ys[i], split(points[i])[0], dy=2, ha="center", va="bottom",
                    fontsize=style.small_pt, color=style.text)
    return ax


PIE_REACH = 1.25  # the limits pie() sets around a pie of radius 1


def draw_donut(canvas: Canvas, box: Box, chart: ChartData, style: ChartStyle):
    """Two or three parts of one whole, each named with its value beside the ring."""
    diameter = min(box.height, box.width * 0.42)
    ax = canvas.axes(Box(box.left, box.top - diameter, diameter, diameter))
    colours = [style.colour(i) for i in range(len(chart.points))]
    # frame=True, then the frame and axis turned off here as pie() would without it: pie()
    # turns them off by setting no ticks, which makes matplotlib build the ticks first
    ax.pie([float(p.value) for p in chart.points], colors=colours, startangle=90,
           counterclock=False, wedgeprops={"width": 0.38, "edgecolor": "white", "linewidth": 1},
           frame=True)
    ax.set(frame_on=False, xlim=(-PIE_REACH, PIE_REACH), ylim=(-PIE_REACH, PIE_REACH))
    ax.set_axis_off()
    ax.set_aspect("equal")
    _key(canvas, box.inset(left=diameter + 10), box.top - diameter / 2, chart, colours, style)
    return ax


def _key(canvas: Canvas, box: Box, middle: float, chart: ChartData, colours, style) -> None:
    """Name and value of each part, stacked and centred beside the ring."""
    row = style.text_pt * LINE_HEIGHT * 2 + 4
    top = middle + row * len(chart.points) / 2
    for point, colour in zip(chart.points, colours):
        canvas.square(box.left, top - style.text_pt * 0.9, style.text_pt * 0.8, colour)
        x = box.left + style.text_pt * 1.3
        for line in wrap(point.label, box.width - style.text_pt * 1.3, style.text_pt)[:2]:
            canvas.text(x, top, line, fontsize=style.text_pt, color=style.text, va="top")
            top -= style.text_pt * LINE_HEIGHT
        canvas.text(x, top, point.display, fontsize=style.text_pt, fontweight="bold",
                    color=style.text, va="top")
        top -= style.text_pt * LINE_HEIGHT + 4
