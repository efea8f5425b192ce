"""The PNG for the DOCX: matplotlib's Agg renderer, with each line of text rasterized whole.

matplotlib 3.11 rasterizes text one glyph at a time in Python (for complex scripts, which the
chart font does not set), and that made a chart's PNG take half again as long. Horizontal
plain text is set here as matplotlib 3.10 set it: FreeType lays the line out and renders it
into one bitmap, drawn in one call. Anything else (mathtext, rotated text, a matplotlib without
those calls) goes matplotlib's own way. tests/test_charts_draw.py compares the two pictures.
"""

from __future__ import annotations

from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg, get_hinting_flag
from matplotlib.font_manager import get_font

from briefgen.charts.fonts import font_files


class _LineTextRenderer(RendererAgg):
    def _prepare_font(self, font_prop):  # RendererAgg's, with the font files looked up once
        font = get_font(font_files(font_prop))
        font.clear()
        font.set_size(font_prop.get_size_in_points(), self.dpi)
        return font

    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if ismath or angle:
            return super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
        font = self._prepare_font(prop)
        if not all(hasattr(font, name) for name in ("draw_glyphs_to_bitmap", "get_image",
                                                    "get_bitmap_offset")):
            return super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
        font.set_text(s, 0, flags=get_hinting_flag())
        font.draw_glyphs_to_bitmap(antialiased=gc.get_antialiased())
        left, top = font.get_bitmap_offset()  # 1/64 pixel, from the pen position
        descent = font.get_descent() / 64
        # y grows downwards here; draw_text_image takes the bitmap's bottom-left corner
        self._renderer.draw_text_image(font.get_image(), round(x + left / 64),
                                       round(y + top / 64 + descent) + 1, 0, gc)


class LineTextCanvas(FigureCanvasAgg):
    """An Agg canvas whose renderer rasterizes text a line at a time."""

    def get_renderer(self):
        w, h = self.get_width_height(physical=True)
        key = w, h, self.figure.dpi
        if getattr(self, "_lastKey", None) != key:
            self.renderer = _LineTextRenderer(w, h, self.figure.dpi)
            self._lastKey = key
        return self.renderer
