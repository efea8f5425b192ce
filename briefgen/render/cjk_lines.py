"""Line breaking for Chinese (and Japanese) text in the PDF, by the rules of Chinese typesetting.

A line may break between any two Chinese characters, but never

- before closing punctuation: no line starts with ，。、；：？！”’）》」』】 (or a Latin , . ; : ? ! ) %),
- after opening punctuation: no line ends with “‘（《「『【 (or a Latin ( [),
- inside a run of Latin letters and digits (a name, 304.62, US$): it breaks at a space or where
  the run meets Chinese text.

reportlab's own CJK wrapping breaks anywhere and only knows Japanese closing marks, so briefgen's
Paragraph uses this instead for paragraphs set with wordWrap='CJK' (languages whose script is
`cjk`); English paragraphs never come here.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.paragraph import ParaLines, makeCJKParaLine

CANNOT_START = frozenset("，。、；：？！”’）》」』】〕〗〉…·—～%‰°,.;:?!)]}")
CANNOT_END = frozenset("“‘（《「『【〔〖〈([{")


CJK_FROM = 0x2E80  # CJK radicals, punctuation, kana, ideographs, full-width forms from here


def has_cjk(frags) -> bool:
    """Whether any fragment holds a character of the CJK blocks."""
    return any(ord(char) >= CJK_FROM for frag in frags for char in (frag.text or "")
               if not isinstance(frag.text, bytes))


class _Unit(str):
    """One character and its fragment, as reportlab's cjkU, with its width looked up once per
    character, font and size (a brief sets the same few hundred characters again and again)."""

    def __new__(cls, char: str, frag):
        unit = str.__new__(cls, char)
        unit.frag = frag
        definition = getattr(frag, "cbDefn", None)
        unit.width = (getattr(definition, "width", 0) if definition is not None
                      else _width(char, frag.fontName, frag.fontSize))
        return unit


@lru_cache(maxsize=8192)
def _width(char: str, font: str, size: float) -> float:
    return stringWidth(char, font, size)


def _latin(char: str) -> bool:
    """A character of a Latin run: a letter, digit or mark below the CJK blocks, not a space."""
    return ord(char) < CJK_FROM and not char.isspace() and char not in "·—…"


def may_break(before: str, after: str) -> bool:
    """Whether a line may end after `before` and the next start with `after`."""
    if not before or not after:  # a picture or a line break: reportlab's empty units
        return False
    if after.isspace() or after in CANNOT_START or before in CANNOT_END:
        return False  # (a line ends with its space: the break goes after it)
    if before.isspace():
        return True
    return not (_latin(before) and _latin(after))


def split_lines(frags, max_widths, calc_bounds: bool) -> ParaLines:
    """The lines of a paragraph's fragments (reportlab's ParaLines of kind 1)."""
    units = [_Unit(char, frag) for frag in frags for char in (frag.text or [""])]
    lines, start, used = [], 0, 0.0
    i = 0
    while i < len(units):
        width = max_widths[min(len(lines), len(max_widths) - 1)]
        unit = units[i]
        used += unit.width
        forced = hasattr(unit.frag, "lineBreak")
        if forced or (used > width + 1e-6 and i > start):
            end = i + 1 if forced else _break_before(units, start, i)
            lines.append(_line(units[start:end], width, forced, calc_bounds))
            start = i = _skip_spaces(units, end)
            used = 0.0
            continue
        i += 1
    if start < len(units):
        width = max_widths[min(len(lines), len(max_widths) - 1)]
        lines.append(_line(units[start:], width, False, calc_bounds))
    return ParaLines(kind=1, lines=lines)


def _break_before(units, start: int, over: int) -> int:
    """Where the line that overflows at `over` ends: the last place the rules allow; without
    one (a Latin run longer than the line), at `over`, hanging a mark that cannot start a line."""
    for k in range(over, start, -1):
        if may_break(units[k - 1], units[k]):
            return k
    return over + 1 if units[over] in CANNOT_START else over


def _skip_spaces(units, index: int) -> int:
    while index < len(units) and units[index].isspace() and not hasattr(units[index].frag, "lineBreak"):
        index += 1
    return index


def _line(units, width: float, forced: bool, calc_bounds: bool):
    used = sum(u.width for u in units)
    return makeCJKParaLine(units, width, used, width - used, forced, calc_bounds)
