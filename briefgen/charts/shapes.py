"""A matplotlib Figure drawn straight into reportlab shapes, for the PDF: vector paths, and text
as real text in the PDF's own fonts.

This is what writing an SVG and reading it back with svglib gave, at a third of the cost: the
figure is drawn once through a small matplotlib renderer instead of being written out as XML
and parsed again. Units are points, with the origin at the bottom left, in both libraries.
"""

from __future__ import annotations

import math
import os
from functools import lru_cache

from matplotlib.backend_bases import RendererBase
from matplotlib.font_manager import get_font
from matplotlib.path import Path as MplPath
from matplotlib.textpath import TextToPath
from reportlab import rl_config
from reportlab.graphics.shapes import FILL_NON_ZERO, Drawing, Group, Path, String
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from briefgen.charts.fonts import font_files, line_metrics, register_with_reportlab
from briefgen.render.fonts import split_by_font, visual_order

_CAPS = {"butt": 0, "round": 1, "projecting": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}
_ANCHORS = {"left": "start", "center": "middle", "right": "end"}
_BOLD_FROM = 600  # font weights from semibold up are set in the bold face


class _TextToPath(TextToPath):
    def _get_font(self, prop):  # matplotlib's, with the font files looked up once
        font = get_font(font_files(prop))
        font.set_size(self.FONT_SCALE, self.DPI)
        return font


class ShapesRenderer(RendererBase):
    """Collects what a figure draws as reportlab shapes (paths and strings)."""

    def __init__(self, width: float, height: float):
        super().__init__()
        self._text2path = _TextToPath()  # measures text as RendererBase does
        self.width, self.height = width, height
        font = register_with_reportlab()
        self.faces = (font.reportlab_regular, font.reportlab_bold)
        self.shapes: list = []

    def flipy(self) -> bool:  # y grows upwards, as in reportlab
        return False

    def get_canvas_width_height(self) -> tuple[float, float]:
        return self.width, self.height

    def points_to_pixels(self, points: float) -> float:
        return points  # one pixel is one point: the figure is drawn at 72 dpi

    def _get_font_height_metrics(self, prop):  # matplotlib 3.11 asks for every text
        return line_metrics(prop, 72)

    def get_text_width_height_descent(self, s, prop, ismath):
        if ismath:
            return super().get_text_width_height_descent(s, prop, ismath)
        font = self._text2path._get_font(prop)
        return _measured(font, s, prop.get_size_in_points(), self._text2path._get_hinting_flag())

    def draw_path(self, gc, path, transform, rgbFace=None):  # noqa: N803 - matplotlib's name
        shape = _outline(path, transform)
        shape.fillColor = _colour(rgbFace, gc) if rgbFace is not None else None
        rgb = gc.get_rgb()
        if gc.get_linewidth() > 0 and rgb[3] > 0:
            shape.strokeColor = _colour(rgb, gc)
            shape.strokeWidth = gc.get_linewidth()
            shape.strokeLineCap = _CAPS[gc.get_capstyle()]
            shape.strokeLineJoin = _JOINS[gc.get_joinstyle()]
            offset, dashes = gc.get_dashes()
            if dashes is not None and len(dashes):
                shape.strokeDashArray = [offset, list(dashes)] if offset else list(dashes)
        else:
            shape.strokeColor = None
        if shape.fillColor is not None or shape.strokeColor is not None:
            self.shapes.append(self._clipped(gc, shape))

    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):  # noqa: N803
        anchor = "start"
        if mtext is not None and (angle == 0 or mtext.get_rotation_mode() == "anchor"):
            # Anchored where matplotlib anchors it (as its SVG writer does): text measured by
            # FreeType with kerning then ends where reportlab, measuring without it, ends it.
            x, y = _anchor_point(mtext, x, y, angle)
            anchor = _ANCHORS[mtext.get_ha()]
        weight = prop.get_weight()
        bold = (weight if isinstance(weight, int) else _WEIGHTS.get(weight, 400)) >= _BOLD_FROM
        # Text comes in logical order: matplotlib's own layout (the PNG) reorders right-to-left
        # runs, reportlab draws what it is given, so they are put in visual order here.
        runs = [(run, font or self.faces[bold])
                for run, font in split_by_font(visual_order(s, base=None))]
        group = Group(*_strings(runs, prop.get_size_in_points(), _colour(gc.get_rgb(), gc), anchor),
                      transform=(1, 0, 0, 1, float(x), float(y)))  # not numpy's numbers
        if angle:
            group.rotate(angle)
        self.shapes.append(self._clipped(gc, group))

    def _clipped(self, gc, shape):
        box = gc.get_clip_rectangle()
        if box is None:
            return shape
        (x0, y0), (x1, y1) = box.get_points().tolist()
        clip = Path(isClipPath=1, fillColor=None, strokeColor=None)
        clip.moveTo(x0, y0), clip.lineTo(x1, y0), clip.lineTo(x1, y1), clip.lineTo(x0, y1)
        clip.closePath()
        return Group(clip, shape)


@lru_cache(maxsize=2048)
def _measured(font, text: str, size: float, flags) -> tuple[float, float, float]:
    """Width, height and descent of a line at 72 dpi, as RendererBase measures it, kept for
    the process: laying a line out (FreeType loads and hints each glyph) is the dearest part
    of measuring it, and the same label recurs from chart to chart. The font is part of the
    key: it names the files, and a forked process gets fonts of its own."""
    font.set_size(size, 72)
    font.set_text(text, 0.0, flags=flags)
    width, height = font.get_width_height()  # 1/64 point
    return width / 64.0, height / 64.0, font.get_descent() / 64.0


if hasattr(os, "register_at_fork"):  # a worker's fonts are new objects: the parent's sizes go
    os.register_at_fork(after_in_child=_measured.cache_clear)


_WEIGHTS = {"ultralight": 200, "light": 300, "normal": 400, "regular": 400, "book": 400,
            "medium": 500, "roman": 500, "semibold": 600, "demibold": 600, "demi": 600,
            "bold": 700, "heavy": 800, "extra bold": 800, "black": 900}


def _strings(runs: list[tuple[str, str]], size: float, colour: Color, anchor: str) -> list[String]:
    """One String per run of (text, font), side by side, the whole anchored at 0, 0: text in a
    script the chart font lacks is set in the PDF's fallback font for it."""
    if len(runs) == 1:
        (text, font), = runs
        return [String(0, 0, text, fontName=font, fontSize=size, fillColor=colour,
                       textAnchor=anchor)]
    widths = [stringWidth(text, font, size) for text, font in runs]
    x = -sum(widths) * {"start": 0.0, "middle": 0.5, "end": 1.0}[anchor]
    strings = []
    for (text, font), width in zip(runs, widths):
        strings.append(String(x, 0, text, fontName=font, fontSize=size, fillColor=colour))
        x += width
    return strings


def _outline(path, transform) -> Path:
    shape = Path(autoclose="svg", fillMode=FILL_NON_ZERO)
    last = (0.0, 0.0)
    for points, code in path.iter_segments(transform, remove_nans=True, simplify=False):
        vertices = points.tolist()  # Python's numbers: pickled and read back as they are
        if code == MplPath.MOVETO:
            shape.moveTo(*vertices)
        elif code == MplPath.LINETO:
            shape.lineTo(*vertices)
        elif code == MplPath.CURVE4:
            shape.curveTo(*vertices)
        elif code == MplPath.CURVE3:  # a quadratic curve, raised to the cubic PDF draws
            (cx, cy), (ex, ey) = vertices[:2], vertices[2:]
            sx, sy = last
            shape.curveTo(sx + 2 / 3 * (cx - sx), sy + 2 / 3 * (cy - sy),
                          ex + 2 / 3 * (cx - ex), ey + 2 / 3 * (cy - ey), ex, ey)
        elif code == MplPath.CLOSEPOLY:
            shape.closePath()
        if code != MplPath.CLOSEPOLY:
            last = (vertices[-2], vertices[-1])
    return shape


def _colour(rgba, gc) -> Color:
    alpha = gc.get_alpha() if gc.get_forced_alpha() else (rgba[3] if len(rgba) > 3 else 1.0)
    return Color(float(rgba[0]), float(rgba[1]), float(rgba[2]), alpha=float(alpha))


def _anchor_point(mtext, x: float, y: float, angle: float) -> tuple[float, float]:
    """The text's own anchor, moved along its up-down direction to this line's baseline."""
    ax, ay = mtext.get_transform().transform(mtext.get_unitless_position()).tolist()
    down = (math.sin(math.radians(angle)), -math.cos(math.radians(angle)))
    shift = down[0] * (x - ax) + down[1] * (y - ay)
    return ax + shift * down[0], ay + shift * down[1]


def figure_drawing(fig, checked: bool = False) -> Drawing:
    """The figure as a reportlab Drawing of its size in points. reportlab checks the type of
    every attribute set on a shape only if `checked` (a tenth of the shapes' cost): they are set
    from matplotlib's paths and colours alike for every chart, and tests/test_charts_draw.py
    draws every kind checked."""
    width, height = (float(v) * 72 for v in fig.get_size_inches())
    renderer = ShapesRenderer(width, height)
    dpi, checking = fig.dpi, rl_config.shapeChecking
    fig.dpi, rl_config.shapeChecking = 72, int(checked)
    try:
        fig.draw(renderer)
    finally:
        fig.dpi, rl_config.shapeChecking = dpi, checking
    drawing = Drawing(width, height)
    for shape in renderer.shapes:
        drawing.add(shape)
    return drawing
