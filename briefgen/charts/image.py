"""draw(): a resolved chart as an image file, from the cache when nothing changed."""

from __future__ import annotations

from pathlib import Path

from briefgen.charts import cache
from briefgen.charts.fonts import chart_font
from briefgen.charts.model import ChartData
from briefgen.errors import ChartError
from briefgen.theme import Theme

FORMATS = ("svg", "png")  # SVG: vector with real text, for the PDF; PNG: for the DOCX
WIDTH_CM = 8.5  # about a half column of an A4 one-page brief
HEIGHT_CM = 5.5


def draw(chart: ChartData, theme: Theme, fmt: str, *, width_cm: float | None = None,
         height_cm: float | None = None, cache_dir: str | Path | None = None,
         with_text: bool = True) -> Path:
    """The chart drawn as `fmt` ('svg' or 'png'); the file is named by a hash of the chart,
    theme, format, size and drawing code, so an unchanged chart is never drawn twice.
    `with_text=False` leaves title, subtitle and source line out, for a renderer that sets
    them as text (selectable in the PDF, real text in the DOCX, the same in both)."""
    if fmt not in FORMATS:
        raise ChartError(f"chart format {fmt!r} is not one of {', '.join(FORMATS)}")
    # Rounded to a hundredth of a millimetre: the renderers compute the same width in
    # different ways (17.799999999999997 and 17.8 cm) and must share one drawing.
    size = (round(width_cm or WIDTH_CM, 3), round(height_cm or HEIGHT_CM, 3))
    options = f"{chart_font().family}|{with_text}"
    paths = {f: cache.cache_dir(cache_dir) / f"{cache.cache_key(chart, theme, f, size, options)[:40]}.{f}"
             for f in FORMATS}
    if not cache.is_drawn(paths[fmt]):
        # The other format is drawn from the same figure while it is at hand: the PDF asks for
        # the SVG and the DOCX for the PNG of the same chart, and building the figure is half
        # the cost of drawing.
        missing = {f: p for f, p in paths.items() if f == fmt or not cache.is_drawn(p)}
        _render_all(chart, theme, size, missing, with_text)
    return paths[fmt]


def _render_all(chart: ChartData, theme: Theme, size: tuple[float, float],
                paths: dict[str, Path], with_text: bool) -> None:
    from briefgen.charts.render import build_figure, save_figure

    figure = build_figure(chart, theme, size, with_text)
    for fmt, path in paths.items():
        cache.write_atomically(path, lambda tmp, f=fmt: save_figure(figure, f, tmp, theme))
