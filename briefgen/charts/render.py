"""ChartData -> matplotlib Figure -> reportlab shapes, PNG or SVG. matplotlib is imported here,
inside the functions, so that importing briefgen.charts (for resolve, or a renderer's type hints)
stays fast."""

from __future__ import annotations

import functools
import pickle
from contextlib import contextmanager

from briefgen.charts.fonts import register_with_matplotlib
from briefgen.charts.layout import Canvas, frame
from briefgen.charts.model import ChartData
from briefgen.charts.style import ChartStyle
from briefgen.theme import Theme

PNG_DPI = 200  # the DOCX picture stays sharp in print at one-page-brief size
CM = 72 / 2.54  # points per centimetre
# No dates, versions or random ids in the files: same chart, same bytes.
_SVG = {"metadata": {"Date": None, "Creator": None}}


def preload() -> None:
    """Import matplotlib, the PNG and shapes renderers, and register the chart font:
    what the first chart of a process costs, done ahead (a pack does it before forking its
    workers, a one-off's chart helper as it starts)."""
    _import_figure()

    from briefgen.charts import bars, others, raster, shapes  # noqa: F401
    register_with_matplotlib()


def _import_figure() -> None:
    """Import matplotlib.figure without writing the table of settable properties matplotlib
    puts in the docstring of each Artist class's `set()` as the class is made (`kwdoc`, for
    help() and the manual): a sixth of the import, for text no chart reads. Classes made later
    get their tables; if matplotlib.figure is imported already, nothing changes."""
    import matplotlib.artist

    tables = matplotlib.artist.kwdoc
    matplotlib.artist.kwdoc = lambda artist: ""
    try:
        import matplotlib.figure  # noqa: F401
    finally:
        matplotlib.artist.kwdoc = tables


def _drawers():
    from briefgen.charts import bars, others

    return {"bar": bars.draw_bars, "hbar": bars.draw_bars, "column": bars.draw_bars,
            "before_after": bars.draw_bars, "grouped": bars.draw_grouped,
            "stacked": bars.draw_stacked, "line": others.draw_line,
            "big_number": others.draw_big_number, "donut": others.draw_donut}


def build_figure(chart: ChartData, theme: Theme, size_cm: tuple[float, float],
                 with_text: bool = True):
    """The Figure for a chart (tests inspect its Axes: what reaches matplotlib)."""
    style = ChartStyle.from_theme(theme, register_with_matplotlib())
    width, height = size_cm[0] * CM, size_cm[1] * CM
    rc = style.rc()
    with _settings(rc):
        fig = pickle.loads(_blank_figure(tuple(sorted(rc.items()))))
        fig.set_size_inches(width / 72, height / 72)
        canvas = Canvas(fig, width, height, ready=list(fig.axes))
        _drawers()[chart.kind](canvas, frame(canvas, chart, style, with_text), chart, style)
        canvas.drop_unused()
    return fig


@contextmanager
def _settings(rc: dict):
    """matplotlib's settings `rc` for the block, then back as they were. Only these are saved
    and put back: matplotlib's rc_context copies all three hundred and more, 0.4 ms each time,
    once for the figure and once for each file (a tenth of a chart's time)."""
    from matplotlib import rcParams

    saved = {key: rcParams[key] for key in rc}
    try:
        rcParams.update(rc)
        yield
    finally:
        rcParams.update(saved)


@functools.lru_cache(maxsize=8)
def _blank_figure(rc_items: tuple) -> bytes:
    """A Figure with one empty Axes, made under these settings and pickled. Every chart starts
    from a copy: unpickling costs a third of making them anew (matplotlib builds each axis,
    spine and tick), and a sixth without the ticks."""
    _import_figure()  # as preload() does, for a process that did not preload (`pack -j 1`)
    from matplotlib.figure import Figure

    fig = Figure(figsize=(1, 1))
    axes = fig.add_axes((0, 0, 1, 1))
    for axis in (axes.xaxis, axes.yaxis):
        # The ticks matplotlib made (half of what is pickled) go back to being made on first
        # use, as in a new Axis: the charts draw no ticks (marks.bare_axes; a donut has none)
        del axis.majorTicks, axis.minorTicks
    return pickle.dumps(fig, protocol=pickle.HIGHEST_PROTOCOL)


def figure_bytes(fig, fmt: str, theme: Theme) -> bytes:
    """The figure as 'rlg' (reportlab shapes, pickled), 'png' or 'svg'."""
    style = ChartStyle.from_theme(theme, register_with_matplotlib())
    with _settings(style.rc()):  # svg.fonttype, hashsalt and hinting apply when saving
        if fmt == "rlg":
            return _pickled_drawing(fig)
        if fmt == "png":
            return _png(fig)
        import io
        buffer = io.BytesIO()
        fig.savefig(buffer, format=fmt, **_SVG)
        return buffer.getvalue()


def _png(fig) -> bytes:
    """The figure drawn at PNG_DPI as savefig draws it (white ground, no margins added), the
    PNG written by charts/png.py."""
    from briefgen.charts.png import png_bytes
    from briefgen.charts.raster import LineTextCanvas

    canvas = LineTextCanvas(fig)  # becomes the figure's canvas
    dpi = fig.dpi
    fig.dpi = PNG_DPI
    try:
        canvas.draw()
        return png_bytes(canvas.buffer_rgba(), *canvas.get_width_height(physical=True), PNG_DPI)
    finally:
        fig.dpi = dpi


def _pickled_drawing(fig) -> bytes:
    import io

    from briefgen.charts.shapes import figure_drawing
    buffer = io.BytesIO()
    _PlainNumbers(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(figure_drawing(fig))
    return buffer.getvalue()


class _PlainNumbers(pickle.Pickler):
    """numpy scalars pickled as the Python numbers they equal: reading a cached drawing back
    then imports no numpy, a tenth of a second of a one-off brief, and reportlab writes the
    same digits for both. charts/shapes.py hands reportlab Python's numbers already (pickled
    as such, without a call here for each, and read back faster); this catches any other."""

    def reducer_override(self, obj):
        import numpy
        if isinstance(obj, numpy.generic):
            value = obj.item()
            return type(value), (value,)
        return NotImplemented
