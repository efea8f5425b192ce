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
         with_source: bool = True) -> Path:
    """The chart drawn as `fmt` ('svg' or 'png'); the file is named by a hash of the chart,
    theme, format, size and drawing code, so an unchanged chart is never drawn twice.
    `with_source=False` leaves the source line out, for a renderer that sets it as text."""
    if fmt not in FORMATS:
        raise ChartError(f"chart format {fmt!r} is not one of {', '.join(FORMATS)}")
    size = (width_cm or WIDTH_CM, height_cm or HEIGHT_CM)
    key = cache.cache_key(chart, theme, fmt, size, f"{chart_font().family}|{with_source}")
    path = cache.cache_dir(cache_dir) / f"{key[:40]}.{fmt}"
    if not path.is_file():
        cache.write_atomically(path, lambda tmp: _render(chart, theme, fmt, size, tmp, with_source))
    return path


def _render(chart: ChartData, theme: Theme, fmt: str, size: tuple[float, float], tmp: Path,
            with_source: bool = True) -> None:
    from briefgen.charts.render import render

    render(chart, theme, fmt, size, tmp, with_source)
