"""draw(): a resolved chart as a file, from the cache when nothing changed; drawing(): the chart
as reportlab shapes for a PDF."""

from __future__ import annotations

import warnings
from functools import lru_cache
from pathlib import Path

from briefgen.charts import cache
from briefgen.charts.fonts import chart_font, register_with_reportlab
from briefgen.charts.model import ChartData
from briefgen.errors import ChartError
from briefgen.theme import Theme

# rlg: reportlab shapes (pickled), for the PDF; png: for the DOCX; svg: vector with real text,
# for use elsewhere.
FORMATS = ("rlg", "png", "svg")
TOGETHER = ("rlg", "png")  # a brief's PDF and DOCX need both: drawn from one figure
WIDTH_CM = 8.5  # about a half column of an A4 one-page brief
HEIGHT_CM = 5.5


def draw(chart: ChartData, theme: Theme, fmt: str, *, width_cm: float | None = None,
         height_cm: float | None = None, cache_dir: str | Path | None = None,
         with_text: bool = True) -> Path:
    """The chart drawn as `fmt` ('rlg', 'png' or 'svg'); the file is named by a hash of the
    chart, theme, format, size and drawing code, so an unchanged chart is never drawn twice.
    `with_text=False` leaves title, subtitle and source line out, for a renderer that sets
    them as text (selectable in the PDF, real text in the DOCX, the same in both)."""
    return _drawn(chart, theme, fmt, width_cm, height_cm, cache_dir, with_text)[0]


def _drawn(chart: ChartData, theme: Theme, fmt: str, width_cm: float | None,
           height_cm: float | None, cache_dir: str | Path | None,
           with_text: bool) -> tuple[Path, bytes | None]:
    """draw()'s file, and its bytes when this process drew and wrote them just now (None when
    the file was in the cache or the helper process drew it: read it, checking its seal)."""
    if fmt not in FORMATS:
        raise ChartError(f"chart format {fmt!r} is not one of {', '.join(FORMATS)}")
    # Rounded to a hundredth of a millimetre: the renderers compute the same width in
    # different ways (17.799999999999997 and 17.8 cm) and must share one drawing.
    size = (round(width_cm or WIDTH_CM, 3), round(height_cm or HEIGHT_CM, 3))
    options = f"{chart_font().family}|{with_text}"
    folder = cache.cache_dir(cache_dir)
    paths = {f: folder / f"{key[:40]}.{f}"
             for f, key in cache.cache_keys(chart, theme, FORMATS, size, options).items()}
    if cache.is_drawn(paths[fmt]):
        return paths[fmt], None
    # The PDF asks for the shapes and the DOCX for the PNG of the same chart, and building
    # the figure is a third of the cost of drawing: the other is drawn while it is at hand.
    wanted = TOGETHER if fmt in TOGETHER else (fmt,)
    missing = {f: paths[f] for f in wanted if f == fmt or not cache.is_drawn(paths[f])}
    written = _render_all(chart, theme, size, missing, with_text)
    if written is None:  # the helper process drew it: read back, its seal checked
        if cache.is_drawn(paths[fmt]):
            return paths[fmt], None
    elif fmt in written:  # written and sealed here: no need to read it back
        return paths[fmt], written[fmt]
    # the cache cannot be written: a private folder
    return _draw_privately(chart, theme, size, fmt, paths[fmt].name, with_text)


def _draw_privately(chart, theme, size, fmt: str, name: str,
                    with_text: bool) -> tuple[Path, bytes | None]:
    path = _private_folder() / name
    if cache.is_drawn(path):
        return path, None
    return path, (_render_all(chart, theme, size, {fmt: path}, with_text) or {}).get(fmt)


@lru_cache(maxsize=1)
def _private_folder() -> Path:
    """A folder of this process alone (removed when it ends), for charts when the project's
    cache cannot be written: costing speed, never the build."""
    import atexit
    import shutil
    import tempfile
    folder = tempfile.mkdtemp(prefix="briefgen-charts-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return Path(folder)


def drawing(chart: ChartData, theme: Theme, *, width_cm: float | None = None,
            height_cm: float | None = None, cache_dir: str | Path | None = None,
            with_text: bool = True):
    """The chart as a reportlab Drawing (vector shapes, text in the PDF's fonts), read once per
    process: a pack's layout reuses it."""
    path, data = _drawn(chart, theme, "rlg", width_cm, height_cm, cache_dir, with_text)
    if data is not None:  # drawn here just now: read from its bytes, not again from the file
        _JUST_DRAWN[str(path)] = data
    try:
        return _read_drawing(str(path))
    except _Unreadable:  # cut short, planted, or pickled by another reportlab: drawn again
        try:
            path.unlink(missing_ok=True)
        except OSError:  # a cache that cannot be written: draw() finds a private folder
            pass
        options = {"width_cm": width_cm, "height_cm": height_cm, "cache_dir": cache_dir,
                   "with_text": with_text}
        return _read_drawing(str(draw(chart, theme, "rlg", **options)))
    finally:
        _JUST_DRAWN.clear()


# The bytes of the drawing drawing() asks _read_drawing for, when this process has just
# written them: reading the file back and checking its seal again would only cost time.
_JUST_DRAWN: dict[str, bytes] = {}


class _Unreadable(Exception):
    pass


@lru_cache(maxsize=64)
def _read_drawing(path: str):
    import pickle
    register_with_reportlab()  # the shapes name the chart's fonts, which must be registered
    # only shapes this process or machine drew are unpickled
    data = _JUST_DRAWN.pop(path, None) or cache.drawn(Path(path))
    try:
        shapes = pickle.loads(data) if data is not None else None
    except Exception:  # noqa: BLE001 - pickled by another reportlab: drawn again
        shapes = None
    if shapes is None:
        raise _Unreadable(path)
    if _uses_fallback_fonts(shapes):  # drawn in another process, which registered them there
        from briefgen.render.fonts import register_fallbacks
        register_fallbacks()
    return shapes


def _uses_fallback_fonts(group) -> bool:
    """Whether a drawing sets text in one of the PDF's fallback fonts (large, so registered
    only in a process that needs them)."""
    from reportlab.graphics.shapes import Group, String

    from briefgen.render.fonts import FALLBACKS
    return any(node.fontName in FALLBACKS if isinstance(node, String)
               else isinstance(node, Group) and _uses_fallback_fonts(node)
               for node in group.contents)


def _render_all(chart: ChartData, theme: Theme, size: tuple[float, float],
                paths: dict[str, Path], with_text: bool) -> dict[str, bytes] | None:
    """The chart drawn into `paths`: the bytes of the files this process wrote, or None when
    the helper process drew them."""
    from briefgen.charts.apart import drew
    if drew(chart, theme, size, paths, with_text):  # a one-off's helper process, if any
        return None
    return render_here(chart, theme, size, paths, with_text)


def render_here(chart: ChartData, theme: Theme, size: tuple[float, float],
                paths: dict[str, Path], with_text: bool) -> dict[str, bytes]:
    """Draw the chart in this process, each format's file written and sealed; the bytes of
    those written (none when the cache cannot be written)."""
    from briefgen.charts.render import build_figure, figure_bytes

    with warnings.catch_warnings():
        # matplotlib warns of a glyph no font has once per character and picture; the shapes
        # for the PDF say it once per character, as the PDF's text does (MissingGlyphWarning)
        warnings.filterwarnings("ignore", r"Glyph \d+ .*missing from font", UserWarning)
        figure = build_figure(chart, theme, size, with_text)
        drawn = {fmt: figure_bytes(figure, fmt, theme) for fmt in paths}
    return {fmt: data for fmt, data in drawn.items() if cache.keep(paths[fmt], data)}
