"""Bars: columns, horizontal bars, before/after pairs, grouped and stacked bars.

Every bar starts at zero; values are labelled at the bars (no value axis, no gridlines);
the axis limits leave just enough room for those labels. Shares (every bar a percentage from 0
to 100) are drawn on a 0-100% track, so about half reads as half, not as a full bar; a value
the source hedges ("over", "about", "up to") is drawn open (an outline), never as exact.
"""

from __future__ import annotations

from briefgen.charts.fonts import text_width
from briefgen.charts.layout import Box, Canvas, legend_strip
from briefgen.charts.marks import (BAR_FILL, LABEL_GAP, MAX_BAR_PT, MAX_COLUMN_PT,
                                   bar_end_label, bare_axes, category_labels, column_label,
                                   compact, label_height, label_width, offset_text,
                                   slot_height, split, value_limits)
from briefgen.charts.model import ChartData
from briefgen.charts.style import LINE_HEIGHT, ChartStyle, is_dark, widest, wrap

MAX_COLUMNS = 6


def draw_bars(canvas: Canvas, box: Box, chart: ChartData, style: ChartStyle):
    """bar, hbar, column and before_after charts."""
    colours = [style.colour(0)] * len(chart.points)
    if chart.kind == "before_after":
        colours = [style.light, style.primary]
    if _upright(chart, box, style):
        return columns(canvas, box, chart.points, colours, style)
    return hbars(canvas, box, chart.points, colours, style)


def _upright(chart: ChartData, box: Box, style: ChartStyle) -> bool:
    """Columns for 'column'; for 'bar' only when the labels fit under the columns."""
    if chart.kind in ("column",):
        return True
    if chart.kind != "bar" or len(chart.points) > MAX_COLUMNS:
        return False
    slot = box.width / len(chart.points) * 0.92
    return all(len(wrap(p.label, slot, style.text_pt)) <= 2 and
               text_width(max(p.label.split(), key=len), style.text_pt) <= slot
               for p in chart.points)


def columns(canvas: Canvas, box: Box, points, colours, style: ChartStyle):
    n = len(points)
    slot = box.width / n
    labels = [wrap(p.label, slot * 0.92, style.text_pt) for p in points]
    label_h = max(len(lines) for lines in labels) * style.text_pt * LINE_HEIGHT + 4
    area = box.inset(bottom=label_h)
    ax = bare_axes(canvas, area, "bottom", style)
    heights = [float(p.value) for p in points]
    width = min(BAR_FILL, MAX_COLUMN_PT / slot)
    if is_share(points):
        ax.bar(range(n), [100.0] * n, width=width, color=style.track, zorder=1)
    _bars(ax.bar, range(n), heights, points, colours, style, width=width)
    ax.set_xlim(-0.5, n - 0.5)
    ax.set_ylim(*value_limits(_reach(heights, points), area.height,
                              [label_height(p, style) for p in points]))
    category_labels(ax, range(n), labels, "bottom", style)
    for i, point in enumerate(points):
        column_label(ax, i, heights[i], point, style)
    return ax


def hbars(canvas: Canvas, box: Box, points, colours, style: ChartStyle):
    n = len(points)
    labels = [wrap(p.label, box.width * 0.45, style.text_pt) for p in points]
    label_w = widest([line for lines in labels for line in lines], style.text_pt) + 5
    area = compact(box.inset(left=label_w), n, slot_height(labels, style))
    ax = bare_axes(canvas, area, "left", style)
    widths = [float(p.value) for p in points]
    if is_share(points):
        ax.barh(range(n), [100.0] * n, height=BAR_FILL, color=style.track, zorder=1)
    _bars(ax.barh, range(n), widths, points, colours, style, height=BAR_FILL)
    ax.set_ylim(n - 0.5, -0.5)  # first bar on top, in the author's order
    ax.set_xlim(*value_limits(_reach(widths, points), area.width,
                              [label_width(p, style) for p in points]))
    category_labels(ax, range(n), labels, "left", style)
    for i, point in enumerate(points):
        bar_end_label(ax, _reach(widths, points)[i], i, point, style)
    return ax


def is_share(points) -> bool:
    """Every bar a percentage between 0 and 100: parts of a whole, drawn on a 0-100% track."""
    return all(p.unit == "percent" and 0 <= p.value <= 100 for p in points)


def _reach(values: list[float], points) -> list[float]:
    """Where each bar's label goes: past the 0-100% track for shares, else past the bar."""
    return [100.0] * len(values) if is_share(points) else values


def _bars(draw, positions, values, points, colours, style: ChartStyle, **size) -> None:
    """Exact values solid; hedged ones open: the palette's lightest tone inside an outline."""
    fills = [style.light if p.qualifier else c for p, c in zip(points, colours)]
    draw(positions, values, color=fills, edgecolor=colours, linewidth=0.9, zorder=2, **size)


# Grouped and stacked ------------------------------------------------------------------------

def _groups(points) -> tuple[list[str], list[str]]:
    categories = list(dict.fromkeys(p.label for p in points))
    series = list(dict.fromkeys(p.series for p in points))
    return categories, series


def draw_grouped(canvas: Canvas, box: Box, chart: ChartData, style: ChartStyle):
    categories, series = _groups(chart.points)
    area = legend_strip(canvas, box, [(style.colour(i), s) for i, s in enumerate(series)], style)
    per_bar = area.width / len(categories) * 0.84 / len(series)
    fits = widest([split(p)[0] for p in chart.points], style.text_pt) <= per_bar * 1.1
    if fits and len(categories) <= MAX_COLUMNS:
        return _grouped_columns(canvas, area, chart.points, categories, series, style)
    return _grouped_bars(canvas, area, chart.points, categories, series, style)


def _offsets(series: list[str], slot_pt: float, most_pt: float) -> tuple[float, dict[str, float]]:
    """Bar width within a category's slot (data units) and each series' offset from its centre."""
    width = min(0.84 / len(series), (most_pt + 2) / slot_pt)
    return width, {s: (i - (len(series) - 1) / 2) * width for i, s in enumerate(series)}


def _grouped_columns(canvas, area, points, categories, series, style):
    labels = [wrap(c, area.width / len(categories) * 0.92, style.text_pt) for c in categories]
    label_h = max(len(lines) for lines in labels) * style.text_pt * LINE_HEIGHT + 4
    area = area.inset(bottom=label_h)
    ax = bare_axes(canvas, area, "bottom", style)
    width, offsets = _offsets(series, area.width / len(categories), MAX_COLUMN_PT)
    xs = [categories.index(p.label) + offsets[p.series] for p in points]
    heights = [float(p.value) for p in points]
    ax.bar(xs, heights, width=width * 0.92, zorder=2,
           color=[style.colour(series.index(p.series)) for p in points])
    ax.set_xlim(-0.5, len(categories) - 0.5)
    ax.set_ylim(*value_limits(heights, area.height, [label_height(p, style) for p in points]))
    category_labels(ax, range(len(categories)), labels, "bottom", style)
    for x, height, point in zip(xs, heights, points):
        column_label(ax, x, height, point, style)
    return ax


def _grouped_bars(canvas, area, points, categories, series, style):
    labels = [wrap(c, area.width * 0.4, style.text_pt) for c in categories]
    label_w = widest([line for lines in labels for line in lines], style.text_pt) + 5
    slot = max(MAX_BAR_PT / BAR_FILL * len(series) * 0.7, slot_height(labels, style))
    area = compact(area.inset(left=label_w), len(categories), slot)
    ax = bare_axes(canvas, area, "left", style)
    width, offsets = _offsets(series, area.height / len(categories), MAX_BAR_PT)
    ys = [categories.index(p.label) + offsets[p.series] for p in points]
    widths = [float(p.value) for p in points]
    ax.barh(ys, widths, height=width * 0.9, zorder=2,
            color=[style.colour(series.index(p.series)) for p in points])
    ax.set_ylim(len(categories) - 0.5, -0.5)
    ax.set_xlim(*value_limits(widths, area.width, [label_width(p, style) for p in points]))
    category_labels(ax, range(len(categories)), labels, "left", style)
    for y, end, point in zip(ys, widths, points):
        bar_end_label(ax, end, y, point, style)
    return ax


def draw_stacked(canvas: Canvas, box: Box, chart: ChartData, style: ChartStyle):
    """Horizontal stacks: a segment's value sits inside it when it fits, else after the bar."""
    categories, series = _groups(chart.points)
    area = legend_strip(canvas, box, [(style.colour(i), s) for i, s in enumerate(series)], style)
    labels = [wrap(c, area.width * 0.35, style.text_pt) for c in categories]
    label_w = widest([line for lines in labels for line in lines], style.text_pt) + 5
    slot = max(MAX_BAR_PT * 1.2 / BAR_FILL, slot_height(labels, style))
    area = compact(area.inset(left=label_w), len(categories), slot)
    ax = bare_axes(canvas, area, "left", style)
    stacks = _stack(chart.points, categories)
    limit, outside = _stack_room(chart.points, stacks, area.width, style)
    for point, (y, left, value) in zip(chart.points, stacks):
        ax.barh(y, value, left=left, height=BAR_FILL, zorder=2, edgecolor="white", linewidth=0.6,
                color=style.colour(series.index(point.series)))
    ax.set_ylim(len(categories) - 0.5, -0.5)
    ax.set_xlim(0, limit)
    category_labels(ax, range(len(categories)), labels, "left", style)
    _stack_labels(ax, chart.points, stacks, outside, series, style)
    return ax


def _stack(points, categories) -> list[tuple[int, float, float]]:
    """(row, left, value) per point: each category's segments laid end to end."""
    ends: dict[str, float] = {}
    result = []
    for point in points:
        left = ends.get(point.label, 0.0)
        result.append((categories.index(point.label), left, float(point.value)))
        ends[point.label] = left + float(point.value)
    return result


def _stack_room(points, stacks, width_pt: float, style: ChartStyle) -> tuple[float, set[int]]:
    """(axis limit, indices of segments labelled outside). A segment too narrow for its value
    is labelled after its bar; the room that text takes narrows every segment, so settle it in
    a few rounds."""
    longest = max(left + value for _, left, value in stacks) or 1.0
    limit, outside = longest, set()
    for _ in range(3):  # segments only shrink as the room grows, so this settles quickly
        narrow = {i for i, (point, (_, _, value)) in enumerate(zip(points, stacks))
                  if text_width(split(point)[0], style.text_pt) + 4 > value / limit * width_pt}
        if narrow == outside:
            break
        outside = narrow
        texts = _outside_texts(points, stacks, outside).values()
        room = max(text_width(t, style.text_pt) for t in texts) + LABEL_GAP + 2
        limit = longest * width_pt / max(width_pt - room, width_pt * 0.4)
    return limit, outside


def _outside_texts(points, stacks, outside: set[int]) -> dict[int, str]:
    """Per row, the labels of its narrow segments: 'B2C 1.32 bn'."""
    rows: dict[int, list[str]] = {}
    for i in sorted(outside):
        rows.setdefault(stacks[i][0], []).append(f"{points[i].series} {split(points[i])[0]}")
    return {row: ", ".join(texts) for row, texts in rows.items()}


def _stack_labels(ax, points, stacks, outside: set[int], series, style) -> None:
    for i, (point, (row, left, value)) in enumerate(zip(points, stacks)):
        if i not in outside:
            colour = style.colour(series.index(point.series))
            ax.text(left + value / 2, row, split(point)[0], ha="center", va="center",
                    fontsize=style.text_pt, color="white" if is_dark(colour) else style.text)
    ends: dict[int, float] = {}
    for row, left, value in stacks:
        ends[row] = max(ends.get(row, 0.0), left + value)
    for row, text in _outside_texts(points, stacks, outside).items():
        offset_text(ax, ends[row], row, text, dx=LABEL_GAP, ha="left", va="center",
                    fontsize=style.text_pt, color=style.text)
