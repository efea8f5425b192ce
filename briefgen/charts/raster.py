"""The PNG for the DOCX: matplotlib's Agg renderer, with each line of text rasterized whole.

matplotlib 3.11 rasterizes text one glyph at a time in Python (for complex scripts, which the
chart font does not set), and that made a chart's PNG take half again as long. Horizontal
plain text is set here as matplotlib 3.10 set it: FreeType lays the line out and renders it
into one bitmap, drawn in one call. Anything else (mathtext, rotated text, a matplotlib without
those calls) goes matplotlib's own way. tests/test_charts_draw.py compares the two pictures.

Laying a line out (FreeType loads and hints each glyph) is the dearest part of both measuring
and drawing it, and matplotlib measures every text just before drawing it: a line is laid out
once, measured and rasterized together, and kept for the process (the same label recurs from
chart to chart).
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import NamedTuple

from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg, get_hinting_flag
from matplotlib.font_manager import get_font

from briefgen.charts.fonts import font_files, line_metrics


class _Line(NamedTuple):
    """A line of text laid out: its measures (pixels) and its bitmap, placed from the pen."""

    width: float
    height: float
    descent: float
    image: object  # numpy array, one byte of coverage a pixel
    left: float  # the bitmap's offset from the pen position
    top: float


_DRAWS_LINES = ("draw_glyphs_to_bitmap", "get_image", "get_bitmap_offset")


class _LineTextRenderer(RendererAgg):
    def _prepare_font(self, font_prop):  # RendererAgg's, with the font files looked up once
        font = get_font(font_files(font_prop))
        font.clear()
        font.set_size(font_prop.get_size_in_points(), self.dpi)
        return font

    def _get_font_height_metrics(self, font_prop):  # matplotlib 3.11 asks for every text
        return line_metrics(font_prop, self.dpi)

    def _line(self, s: str, prop) -> _Line | None:
        """`s` laid out in `prop`'s font at this renderer's resolution, or None when this
        matplotlib's fonts cannot draw a line whole."""
        font = get_font(font_files(prop))
        if not all(hasattr(font, name) for name in _DRAWS_LINES):
            return None
        return _laid_out(font, s, prop.get_size_in_points(), self.dpi, get_hinting_flag())

    def get_text_width_height_descent(self, s, prop, ismath):
        line = None if ismath else self._line(s, prop)
        if line is None:
            return super().get_text_width_height_descent(s, prop, ismath)
        return line.width, line.height, line.descent

    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        line = None if ismath or angle or not gc.get_antialiased() else self._line(s, prop)
        if line is None:
            return super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
        # y grows downwards here; draw_text_image takes the bitmap's bottom-left corner
        self._renderer.draw_text_image(line.image, round(x + line.left),
                                       round(y + line.top + line.descent) + 1, 0, gc)


@lru_cache(maxsize=2048)
def _laid_out(font, text: str, size: float, dpi: float, flags) -> _Line:
    """The line as RendererAgg measures it and as matplotlib 3.10 drew it (antialiased). The
    font is part of the key: it names the files, and a forked process gets fonts of its own."""
    font.clear()
    font.set_size(size, dpi)
    font.set_text(text, 0.0, flags=flags)
    width, height = font.get_width_height()  # 1/64 pixel
    descent = font.get_descent()
    font.draw_glyphs_to_bitmap(antialiased=True)
    left, top = font.get_bitmap_offset()
    return _Line(width / 64, height / 64, descent / 64, font.get_image(), left / 64, top / 64)


if hasattr(os, "register_at_fork"):  # a worker's fonts are new objects: the parent's lines go
    os.register_at_fork(after_in_child=_laid_out.cache_clear)


class LineTextCanvas(FigureCanvasAgg):
    """An Agg canvas whose renderer rasterizes text a line at a time."""

    def get_renderer(self):
        w, h = self.get_width_height(physical=True)
        key = w, h, self.figure.dpi
        if getattr(self, "_lastKey", None) != key:
            self.renderer = _LineTextRenderer(w, h, self.figure.dpi)
            self._lastKey = key
        return self.renderer
