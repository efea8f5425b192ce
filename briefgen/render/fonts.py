"""Embedded fonts for the PDF, and per-character fallback for scripts the body font lacks.

The body font is Liberation Sans (metric-compatible with Arial, the font the DOCX names), vendored
in briefgen/fonts/ with its licence. Characters it has no glyph for are set in a fallback font:

- Hangul: NanumGothic (vendored, SIL OFL);
- Chinese, Japanese: Droid Sans Fallback (vendored, Apache 2.0);
- anything else (symbols, more scripts): DejaVu Sans, which matplotlib ships.

A character no font covers raises a MissingGlyphWarning naming it; it is still written (so text
extraction and the DOCX agree), but the warning means it would show as an empty box.

reportlab sets text left to right: `visual_order` reverses the Hebrew or Arabic runs of a line
(python-bidi) for the PDF's text and for the chart text it draws (matplotlib orders its own).
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFZCompress
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from briefgen.charts.fonts import CJK, HANGUL, SYMBOLS, fallback_fonts  # no matplotlib import
from briefgen.errors import BriefgenWarning

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
BODY = "LiberationSans"  # the names briefgen.charts maps chart text to, too
BODY_FACES = {"normal": "LiberationSans", "bold": "LiberationSans-Bold",
              "italic": "LiberationSans-Italic", "boldItalic": "LiberationSans-BoldItalic"}
_BODY_FILES = {"LiberationSans": "LiberationSans-Regular.ttf", "LiberationSans-Bold": "LiberationSans-Bold.ttf",
               "LiberationSans-Italic": "LiberationSans-Italic.ttf",
               "LiberationSans-BoldItalic": "LiberationSans-BoldItalic.ttf"}
FALLBACKS = frozenset((HANGUL, CJK, SYMBOLS))
_HANGUL_RANGES = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7AF), (0xD7B0, 0xD7FF))


class MissingGlyphWarning(BriefgenWarning):
    """No embedded font has a glyph for a character: it would print as an empty box."""


@dataclass(frozen=True)
class Fonts:
    """The body font's coverage; the fallbacks are read only when a character needs one."""

    body: frozenset[int]
    body_chars: frozenset[str] = frozenset()  # the same, as characters (a quick test of a text)

    def font_for(self, char: str) -> str | None:
        """The font that should set `char`: None for the body font, else a fallback's name."""
        code = ord(char)
        if code in self.body or char.isspace():
            return None
        coverage = register_fallbacks()
        order = (HANGUL, CJK, SYMBOLS) if _is_hangul(code) else (SYMBOLS, CJK, HANGUL)
        for name in order:
            if code in coverage[name]:
                return name
        return ""  # nobody has it


def _is_hangul(code: int) -> bool:
    return any(low <= code <= high for low, high in _HANGUL_RANGES)


# Characters beyond ASCII that briefgen's own words, marks and number formats use. Every PDF's
# body-font subsets start with them (reportlab puts all of ASCII in every first subset), so PDFs
# whose text uses no other characters embed the same subsets: a pack binding briefs' own pages
# then keeps one copy of each face (render/pdf_join.py), for a few kilobytes more per brief.
SHARED_CHARS = "\u00a0\u2009\u202f·–—‘’“”†•…−×²³°€£¥"


def seed_subsets(doc) -> None:
    """Give `doc` (a reportlab PDFDocument) the shared first subset of each body face."""
    for name in BODY_FACES.values():
        font = pdfmetrics.getFont(name)
        font.splitString("".join(c for c in SHARED_CHARS if ord(c) in font.face.charToGlyph), doc)


def _register(name: str, path: Path) -> TTFont:
    if name in pdfmetrics.getRegisteredFontNames():  # by the charts, say
        font = pdfmetrics.getFont(name)
    else:
        font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
    if type(font.face) is TTFontFace:  # reportlab makes the face itself: no way to pass a class
        font.face.__class__ = _SubsetsKept
    return font  # type: ignore[return-value]


class _SubsetsKept(TTFontFace):
    """A face whose subsets are made and compressed once per process: every PDF embeds the same
    first subset of each body face it uses (`seed_subsets`), and reportlab made that subset's
    font file (`makeSubset`) and deflated it again for each PDF. The font file's bytes are
    those reportlab makes for the same subset, deflated as reportlab deflates them."""

    def makeSubset(self, subset):  # noqa: N802 - reportlab's name
        kept = self.__dict__.setdefault("_briefgen_subsets", {})
        key = tuple(subset)
        data = kept.get(key)
        if data is None:
            data = super().makeSubset(subset)
            _keep(kept, key, data, SUBSETS_KEPT)
        return data

    def addSubsetObjects(self, doc, fontname, subset):  # noqa: N802 - reportlab's name
        reference = super().addSubsetObjects(doc, fontname, subset)
        descriptor = doc.idToObject[reference.name]
        font_file = doc.idToObject[descriptor["FontFile2"].name]
        if font_file.filters == [PDFZCompress]:
            font_file.filters = [_KEPT_FLATE]
        return reference


SUBSETS_KEPT = 8  # subsets kept per face, and twice as many deflated font files per process


class _KeptFlate:
    """reportlab's Flate filter, each font file deflated once per process (keyed by its bytes)."""

    pdfname = PDFZCompress.pdfname

    def __init__(self):
        self.deflated: dict[bytes, bytes] = {}

    def encode(self, data: bytes) -> bytes:
        kept = self.deflated.get(data)
        if kept is None:
            kept = PDFZCompress.encode(data)
            _keep(self.deflated, data, kept, 2 * SUBSETS_KEPT)
        return kept

    def decode(self, encoded: bytes) -> bytes:
        return PDFZCompress.decode(encoded)


_KEPT_FLATE = _KeptFlate()


def _keep(kept: dict, key, value, most: int) -> None:
    """Keep `value` under `key`, forgetting the oldest entry beyond `most`."""
    if len(kept) >= most:
        kept.pop(next(iter(kept)), None)
    kept[key] = value


def _register_family(family: str, faces: dict[str, str]) -> None:
    """Tell reportlab which face <b> and <i> mean for a family (fallbacks use one face)."""
    for (bold, italic), face in {(0, 0): faces["normal"], (1, 0): faces["bold"],
                                 (0, 1): faces["italic"], (1, 1): faces["boldItalic"]}.items():
        addMapping(family, bold, italic, face)


@lru_cache(maxsize=1)
def register_fonts() -> Fonts:
    """Register the body font once per process; returns its coverage."""
    faces = [_register(name, FONT_DIR / filename) for name, filename in _BODY_FILES.items()]
    _register_family(BODY, BODY_FACES)
    codes = frozenset(faces[0].face.charToGlyph)
    return Fonts(codes, frozenset(map(chr, codes)))


@lru_cache(maxsize=1)
def register_fallbacks() -> dict[str, frozenset[int]]:
    """Register the fallback fonts (large files, so only once a character needs one)."""
    coverage = {}
    for _, name, path in fallback_fonts():
        coverage[name] = frozenset(_register(name, path).face.charToGlyph)
        _register_family(name, dict.fromkeys(("normal", "bold", "italic", "boldItalic"), name))
    return coverage


def split_by_font(text: str) -> list[tuple[str, str | None]]:
    """Runs of (text, font): font None is the body font, else the fallback that has the glyphs.

    Warns (MissingGlyphWarning) about characters no font covers; they stay in the body font.
    """
    fonts = register_fonts()
    if fonts.body_chars.issuperset(text):
        return [(text, None)] if text else []
    runs: list[tuple[str, str | None]] = []
    for char in text:
        font = fonts.font_for(char)
        if font == "":
            warnings.warn(f"no embedded font has a glyph for U+{ord(char):04X} {char!r}; "
                          "it will print as an empty box", MissingGlyphWarning, stacklevel=3)
            font = None
        if runs and runs[-1][1] == font:
            runs[-1] = (runs[-1][0] + char, font)
        else:
            runs.append((char, font))
    return runs


_RTL = ("R", "AL")  # the bidirectional types of right-to-left letters
# Every character of those types lies in these blocks (tests/test_render.py checks): one regular
# expression search spares a per-character lookup for the many texts without any.
_MAYBE_RTL = re.compile("[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufeff"
                        "\U00010800-\U00010fff\U0001e800-\U0001efff]")


def visual_order(text: str, base: str | None = "L") -> str:
    """Right-to-left runs reversed for display in a left-to-right line; other text unchanged.
    `base` is the line's direction: left to right (a brief's paragraphs), or None for the
    direction of its first letter (as matplotlib sets a chart's text)."""
    if not _MAYBE_RTL.search(text) or not any(unicodedata.bidirectional(c) in _RTL for c in text):
        return text
    try:
        from bidi import get_display
    except ImportError:
        warnings.warn("python-bidi is not installed: right-to-left text is shown in logical "
                      "order", stacklevel=2)
        return text
    return get_display(text, base_dir=base)


def bold_width(text: str, size: float) -> float:
    """The width in points of `text` set in the bold body face (how key-figure values are set)."""
    register_fonts()
    return pdfmetrics.stringWidth(text, BODY_FACES["bold"], size)
