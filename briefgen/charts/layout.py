"""The frame every chart shares: the title (the message), the subtitle and the source line,
laid out in points, and the box left for the plot. Nothing here knows the kind of chart."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.charts.fonts import chart_font
from briefgen.charts.model import ChartData
from briefgen.charts.style import LINE_HEIGHT, ChartStyle, wrap
from briefgen.theme import DEFAULT_THEME, Theme

PAD = 1.5  # points kept clear at the image's edges
GAP_BELOW_SUBTITLE = 6.0
GAP_ABOVE_SOURCE = 5.0


@dataclass(frozen=True)
class Box:
    """A rectangle in points, origin at the figure's bottom left."""

    left: float
    bottom: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.bottom + self.height

    def inset(self, left: float = 0, bottom: float = 0, right: float = 0, top: float = 0) -> "Box":
        return Box(self.left + left, self.bottom + bottom, max(self.width - left - right, 1.0),
                   max(self.height - bottom - top, 1.0))


@dataclass(frozen=True)
class Canvas:
    """A matplotlib Figure addressed in points rather than fractions."""

    fig: object
    width: float
    height: float
    ready: list = field(default_factory=list)  # empty Axes the figure came with, used first

    def text(self, x: float, y: float, text: str, **style):
        return self.fig.text(x / self.width, y / self.height, text, **style)

    def axes(self, box: Box):
        position = (box.left / self.width, box.bottom / self.height,
                    box.width / self.width, box.height / self.height)
        if self.ready:
            axes = self.ready.pop(0)
            axes.set_position(position)
            return axes
        return self.fig.add_axes(position)

    def drop_unused(self) -> None:
        """Take out the ready Axes the chart did not use (they would draw nothing, but still
        be part of the figure)."""
        while self.ready:
            self.fig.delaxes(self.ready.pop())

    def square(self, x: float, y: float, size: float, colour: str) -> None:
        from matplotlib.patches import Rectangle

        self.fig.patches.append(Rectangle(
            (x / self.width, y / self.height), size / self.width, size / self.height,
            transform=self.fig.transFigure, facecolor=colour, edgecolor="none"))


def frame(canvas: Canvas, chart: ChartData, style: ChartStyle, with_text: bool = True) -> Box:
    """Draw title, subtitle and source (unless a renderer sets them as text: `with_text=False`);
    return the box between them for the plot."""
    width = canvas.width - 2 * PAD
    y = canvas.height - PAD
    if with_text:
        y = _lines(canvas, y, wrap(chart.title, width, style.title_pt, bold=True), style.title_pt,
                   color=style.text, fontweight="bold")
        y = _lines(canvas, y, wrap(chart.subtitle, width, style.text_pt), style.text_pt,
                   color=style.muted) - GAP_BELOW_SUBTITLE
    source = wrap(chart.source, width, style.small_pt) if with_text else []
    source_top = PAD + len(source) * style.small_pt * LINE_HEIGHT
    _lines(canvas, source_top, source, style.small_pt, color=style.muted)
    bottom = source_top + (GAP_ABOVE_SOURCE if source else 0)
    return Box(PAD, bottom, width, y - bottom)


def text_height_mm(chart: ChartData, theme: Theme = DEFAULT_THEME) -> float:
    """About the height the title, subtitle and source line take in a picture (one line each):
    what a picture drawn without them (`with_text=False`) can give up and show the same plot."""
    style = ChartStyle.from_theme(theme, chart_font())
    points = 2 * PAD + style.title_pt * LINE_HEIGHT
    if chart.subtitle:
        points += style.text_pt * LINE_HEIGHT + GAP_BELOW_SUBTITLE
    if chart.source:
        points += style.small_pt * LINE_HEIGHT + GAP_ABOVE_SOURCE
    return points * 25.4 / 72


def _lines(canvas: Canvas, top: float, lines: list[str], size: float, **style) -> float:
    """Set lines left-aligned from `top` down; return the y below the last one."""
    for line in lines:
        canvas.text(PAD, top, line, fontsize=size, ha="left", va="top", **style)
        top -= size * LINE_HEIGHT
    return top


def legend_strip(canvas: Canvas, box: Box, items: list[tuple[str, str]],
                 style: ChartStyle) -> Box:
    """A one-line key (colour square + name) across the top of `box`; returns the rest.
    Used only where a series cannot carry its own label at the bars."""
    from briefgen.charts.fonts import text_width

    size = style.text_pt
    x, top = box.left, box.top
    for colour, name in items:
        canvas.square(x, top - size * 0.85, size * 0.75, colour)
        canvas.text(x + size, top, name, fontsize=size, ha="left", va="top", color=style.text)
        x += size + text_width(name, size) + size * 1.2
    return box.inset(top=size * LINE_HEIGHT + 4)
