"""The chart font: Liberation Sans (metric-compatible with Arial, which the DOCX names), else
DejaVu Sans, which matplotlib always ships. One font serves matplotlib (drawing, measuring)
and reportlab (chart text in the PDF set in the TrueType fonts the PDF renderer registers).

Characters it lacks are set in the fallback fonts the PDF's body text uses (render/fonts.py),
tried in the same order: DejaVu Sans (symbols), Droid Sans Fallback (Chinese, Japanese),
NanumGothic (Hangul), so a chart names 青岛 or 서울 as the text around it does."""

from __future__ import annotations

import importlib.util
import os
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_PACKAGE_FONTS = Path(__file__).resolve().parent.parent / "fonts"
_SYSTEM_FONTS = (Path("/usr/share/fonts/truetype/liberation2"),
                 Path("/usr/share/fonts/truetype/liberation"))


@dataclass(frozen=True)
class ChartFont:
    family: str  # the family name matplotlib knows and the SVG writes
    regular: Path
    bold: Path
    reportlab_regular: str  # the names the PDF renderer registers the same files under
    reportlab_bold: str


# The names reportlab knows the fallback fonts by (render/fonts.py registers them).
SYMBOLS, CJK, HANGUL = "DejaVuSans", "DroidSansFallback", "NanumGothic"


def fallback_fonts() -> tuple[tuple[str, str, Path], ...]:
    """(matplotlib family, reportlab name, file) of the fonts for characters the chart font and
    the body font lack, in the order matplotlib tries them."""
    return (("DejaVu Sans", SYMBOLS, chart_font_folder() / "DejaVuSans.ttf"),
            ("Droid Sans Fallback", CJK, _PACKAGE_FONTS / "DroidSansFallbackFull.ttf"),
            ("NanumGothic", HANGUL, _PACKAGE_FONTS / "NanumGothic.ttf"))


def font_families(primary: str) -> tuple[str, ...]:
    """What matplotlib's font.family is set to: the chart font, then its fallbacks."""
    return (primary, *(family for family, _, _ in fallback_fonts() if family != primary))


@lru_cache(maxsize=1)
def chart_font() -> ChartFont:
    for folder in (_PACKAGE_FONTS, *_SYSTEM_FONTS):
        regular, bold = folder / "LiberationSans-Regular.ttf", folder / "LiberationSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            return ChartFont("Liberation Sans", regular, bold, "LiberationSans",
                             "LiberationSans-Bold")
    return _dejavu()


def chart_font_folder() -> Path:
    """matplotlib's own fonts (DejaVu), found without importing it, which takes half a second."""
    spec = importlib.util.find_spec("matplotlib")
    return Path(spec.submodule_search_locations[0]) / "mpl-data" / "fonts" / "ttf"


def _dejavu() -> ChartFont:
    folder = chart_font_folder()
    return ChartFont("DejaVu Sans", folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf",
                     "DejaVuSans", "DejaVuSans-Bold")


@lru_cache(maxsize=1)
def register_with_matplotlib() -> ChartFont:
    """Make the chart font known to matplotlib (once per process)."""
    from matplotlib import font_manager

    font = chart_font()
    for path in (font.regular, font.bold, *(path for _, _, path in fallback_fonts())):
        if path.is_file():
            font_manager.fontManager.addfont(str(path))
    logging.getLogger(font_manager.__name__).addFilter(_one_face_fallbacks)
    return font


def _one_face_fallbacks(record: logging.LogRecord) -> bool:
    """Drop matplotlib's warning that a fallback font has no bold face: they have one face,
    and bold text in a script the chart font lacks is set in it, as in the PDF."""
    families = {family for family, _, _ in fallback_fonts()}
    return not (str(record.msg).startswith("findfont: Failed to find font weight")
                and len(record.args or ()) > 1 and record.args[1] in families)


@lru_cache(maxsize=1)
def register_with_reportlab() -> ChartFont:
    """Make the chart font known to reportlab under the names the PDF renderer gives the same
    files, so chart text in a PDF is real text in the document's font (not Helvetica, not
    outlines). A font already registered is kept: a document in progress may be using it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = chart_font()
    registered = set(pdfmetrics.getRegisteredFontNames())
    for path, name in ((font.regular, font.reportlab_regular), (font.bold, font.reportlab_bold)):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    return font


def font_files(prop) -> list[str]:
    """The files matplotlib sets text of these FontProperties in (the chart font, then each
    fallback), looked up once. matplotlib looks them up every time a text is measured or drawn,
    one family at a time: with the fallbacks that was a tenth of a chart's time."""
    from matplotlib import rcParams
    # generic names (sans-serif) resolve through these settings, part of the key as in matplotlib
    return _font_files(prop, tuple(tuple(rcParams[key]) for key in _FAMILY_SETTINGS))


_FAMILY_SETTINGS = ("font.family", "font.serif", "font.sans-serif", "font.cursive",
                    "font.fantasy", "font.monospace")


@lru_cache(maxsize=64)
def _font_files(prop, settings: tuple) -> list[str]:
    from matplotlib.font_manager import fontManager
    return fontManager._find_fonts_by_props(prop)


def line_metrics(prop, dpi: float) -> tuple[float, float, float]:
    """Ascent, descent and line gap of the font matplotlib sets `prop` in, at `dpi`, as
    matplotlib 3.11 reads them from the font's tables for every text it lays out (its renderers'
    _get_font_height_metrics). Read once per font and size: looking the font up for each text
    was a tenth of a chart's time."""
    return _line_metrics(tuple(font_files(prop)), prop.get_size_in_points(), dpi)


@lru_cache(maxsize=64)
def _line_metrics(files: tuple, fontsize: float, dpi: float) -> tuple:
    from matplotlib.font_manager import get_font

    font = get_font(list(files))
    # matplotlib's text.Text._get_layout, term for term, so that the numbers are its own
    for table_name, linegap_key, ascent_key, descent_key in (
            ("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
            ("hhea", "lineGap", "ascent", "descent")):
        table = font.get_sfnt_table(table_name)
        if table is None:
            continue
        units_per_em = font.get_sfnt_table("head")["unitsPerEm"]
        scale = 1 / units_per_em * fontsize * dpi / 72
        return (table[ascent_key] * scale, -table[descent_key] * scale,
                table[linegap_key] * scale)
    return None, None, None  # matplotlib measures the text instead


_REFERENCE_PT = 100.0  # advances are read once at this size and scaled: widths are linear


@lru_cache(maxsize=4)
def _advances(path: Path) -> dict[str, float]:
    """Advance widths per character at the reference size, filled as characters are met.
    Summing advances is ~50x faster than laying out each string with FreeType, and only
    ignores kerning (it overestimates by about 1 %, which errs on the side of room)."""
    return {}


@lru_cache(maxsize=8)
def _face(path: Path):
    from matplotlib.ft2font import FT2Font

    face = FT2Font(str(path))
    face.set_size(_REFERENCE_PT, 72)
    return face


# A face reads its font file through an open file whose offset a forked worker would share
# with its parent: two processes reading glyphs at once then read each other's bytes ("invalid
# outline", wrong widths). Each process opens its own, as matplotlib does for its font cache.
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_face.cache_clear)


def text_width(text: str, size_pt: float, bold: bool = False) -> float:
    """Width of one line of text in points, as matplotlib will set it."""
    font = chart_font()
    path = font.bold if bold else font.regular
    advances = _advances(path)
    missing = set(text) - advances.keys()
    for char in missing:
        advances[char] = _advance(char, path)
    return sum(advances[c] for c in text) * size_pt / _REFERENCE_PT


def _advance(char: str, path: Path) -> float:
    """The advance of `char` at the reference size in the first font that has it, as
    matplotlib picks it (the chart font's empty box when none does)."""
    from matplotlib.ft2font import LoadFlags

    fallbacks = (p for _, _, p in fallback_fonts() if p.is_file() and p != path)
    face = next((f for f in map(_face, (path, *fallbacks)) if f.get_char_index(ord(char))), None)
    if face is not None:
        glyph = face.load_char(ord(char), flags=LoadFlags.NO_HINTING)
    elif (last_resort := chart_font_folder() / "LastResortHE-Regular.ttf").is_file():
        # no font has it: matplotlib 3.11 draws the Last Resort font's sign for it
        glyph = _face(last_resort).load_char(ord(char), flags=LoadFlags.NO_HINTING)
    else:  # older matplotlib: the chart font's empty box
        glyph = _face(path).load_glyph(0, flags=LoadFlags.NO_HINTING)
    return glyph.linearHoriAdvance / 65536
