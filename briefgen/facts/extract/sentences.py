"""Sentences and paragraphs of messy source text, as spans of the original string.

Sources break lines mid-sentence, indent paragraphs with full-width spaces (U+3000) and drop
page furniture between lines, so a sentence is found by its punctuation, not by its line: it
ends at . ! ? followed by space and a capital (or an opening quote), at a full stop run on into a
capitalised word ("stage.After"), at a blank line, or where a
new paragraph begins (a line indented with a full-width space). Spans index the original text,
so a quote cut from it is verbatim.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

# Words that end with a full stop without ending the sentence.
_TITLES = frozenset({"mr", "mrs", "ms", "dr"})  # before a name, never a sentence's last word
_ABBREVIATIONS = frozenset(
    "co ltd inc corp no nos mr mrs ms dr st jr vs etc e.g i.e u.s u.s.a u.k approx dept gov "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_END = re.compile(r"""[.!?]["'”’)]*(?=[\s\u3000]+["“‘(]?[A-Z0-9\u3000])"""
                  # a translated release that drops the space: "… a new stage.After preliminary
                  # statistics, …" (not "U.S.A", "chinadaily.com.cn")
                  # (or before a quote: "… container port.\"We are always looking …\"")
                  r"""|(?<=[a-z0-9%)])\.(?=["“]?[A-Z][a-z])""")
# (a straight quote is an opening one when the sentence so far has closed all its own; else it
# closes the sentence's own: 'He said "we are ready."The port …')
_PARAGRAPH = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*\u3000)|\n(?=\s*[A-Z][^\n.]{0,60}\n\s*\u3000)")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


class Sentences:
    """The sentences and paragraphs of one text, found once, looked up by offset."""

    def __init__(self, text: str, figures: Iterable[tuple[int, int]] = ()):
        """`figures`: the (start, end) of the text's figures, which no sentence may cut."""
        self.text = text
        self.paragraphs = _paragraph_spans(text)
        figures = sorted(figures)
        self.sentences = [s for p in self.paragraphs for s in _sentence_spans(text, p, figures)]
        self._starts = [s.start for s in self.sentences]
        self._paragraph_starts = [p.start for p in self.paragraphs]
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def index_at(self, offset: int) -> int:
        """Index of the sentence holding the offset."""
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)

    def at(self, offset: int) -> Span:
        return self.sentences[self.index_at(offset)]

    def paragraph_at(self, offset: int) -> Span:
        return self.paragraphs[max(bisect.bisect_right(self._paragraph_starts, offset) - 1, 0)]

    def line_at(self, offset: int) -> int:
        """1-based line number of an offset."""
        return bisect.bisect_right(self._line_starts, offset)


def _paragraph_spans(text: str) -> list[Span]:
    spans, start = [], 0
    for m in _PARAGRAPH.finditer(text):
        spans.extend(_without_titles(text, _trimmed(text, start, m.start())))
        start = m.end()
    spans.extend(_without_titles(text, _trimmed(text, start, len(text))))
    return [s for s in spans if s.end > s.start]


_LINE = re.compile(r"[^\n]*\n?")
_TITLE_END_WORDS = frozenset("a an and the of in on at to for with by from or".split())


def _without_titles(text: str, paragraph: Span) -> list[Span]:
    """A paragraph with its title lines ("Qingdao Film Industrial Park") split off, so a
    heading printed above a paragraph does not become part of its first sentence."""
    spans, start = [], paragraph.start
    lines = [m for m in _LINE.finditer(text, paragraph.start, paragraph.end) if m.group()]
    for line in lines[:-1]:
        if _is_title(line.group()) or (line.start() == _first_line_start(text)
                                       and _is_headline(line.group())):
            spans += [_trimmed(text, start, line.start()), _trimmed(text, line.start(), line.end())]
            start = line.end()
    spans.append(_trimmed(text, start, paragraph.end))
    return [s for s in spans if s.end > s.start]


def _is_title(line: str) -> bool:
    """Short, no punctuation, every longer word capitalised: a heading, not wrapped text."""
    words = line.split()
    if not 2 <= len(words) <= 8 or len(line.strip()) > 45 or re.search(r"[.,;:!?]", line):
        return False
    long_words = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    return (bool(long_words) and all(w[0].isupper() for w in long_words)
            and words[-1].lower() not in _TITLE_END_WORDS)


def _first_line_start(text: str) -> int:
    return len(text) - len(text.lstrip())


def _is_headline(line: str) -> bool:
    """A text's first line, short and unpunctuated, is its headline even in sentence case
    ("Qingdao emerges as global financial hub"), not the start of its first sentence."""
    words = line.split()
    return 2 <= len(words) <= 16 and len(line.strip()) <= 120 and \
        not re.search(r"[.,;:!?\"”]\s*$", line) and words[-1].lower() not in _TITLE_END_WORDS


def _closes_a_quote(text: str, start: int, end: int) -> bool:
    """Whether the straight quote right after a stop at `end` closes one the sentence opened (then
    it ends the sentence; else it opens the next)."""
    return text.startswith('"', end) and text.count('"', max(start, end - MAX_SENTENCE), end) % 2 == 1


def _sentence_spans(text: str, paragraph: Span,
                    figures: list[tuple[int, int]]) -> list[Span]:
    spans, start = [], paragraph.start
    for m in _END.finditer(text, paragraph.start, paragraph.end):
        if _is_abbreviation(text, m.start()):
            continue
        end = m.end() + _closes_a_quote(text, start, m.end())
        spans.append(_trimmed(text, start, end))
        start = end
    spans.append(_trimmed(text, start, paragraph.end))
    return [piece for s in spans if s.end > s.start for piece in _bounded(text, s, figures)]


# characters: the longest sentence of the shipped sources has under 800. Every figure's scope
# and subject are looked for in its whole sentence, so a text with no full stop (a table
# flattened to one line, a hostile file) is cut into pieces about this long: after a comma, else
# at a space, never inside one of the text's figures ("fifth largest", "12.5 billion yuan").
MAX_SENTENCE = 2000
FIGURE_REACH = 200  # characters: more than any one figure's
# figures: a sentence's figures are checked against each other, so a piece of a hostile text
# dense with them ("1 1 1 …", three thousand in 6 KB) is cut before its 101st figure too
MAX_FIGURES = 100


def _bounded(text: str, span: Span, figures: list[tuple[int, int]]) -> list[Span]:
    pieces, start, low = [], span.start, span.start + MAX_SENTENCE // 2
    while span.end - start > MAX_SENTENCE and low < span.end:
        high = min(low + MAX_SENTENCE // 2, span.end)
        cut = _cut(text, low, high, figures)
        if cut is None:  # no place to cut: the piece goes on
            low = high
            continue
        pieces.append(_trimmed(text, start, cut))
        start, low = cut, cut + MAX_SENTENCE // 2
    pieces.append(_trimmed(text, start, span.end))
    return [q for p in pieces if p.end > p.start for q in _few_figures(text, p, figures)]


def _few_figures(text: str, span: Span, figures: list[tuple[int, int]]) -> list[Span]:
    """`span` cut right before every MAX_FIGURES-th figure it holds."""
    inside = figures[bisect.bisect_left(figures, (span.start,)):bisect.bisect_left(figures, (span.end,))]
    if len(inside) <= MAX_FIGURES:
        return [span]
    pieces, start = [], span.start
    for figure_start, _ in inside[MAX_FIGURES::MAX_FIGURES]:
        pieces.append(_trimmed(text, start, figure_start))
        start = figure_start
    pieces.append(_trimmed(text, start, span.end))
    return [p for p in pieces if p.end > p.start]


def _cut(text: str, low: int, high: int, figures: list[tuple[int, int]]) -> int | None:
    """The last place between `low` and `high` where a sentence may be cut; None if none."""
    comma = max(text.rfind(", ", low, high), text.rfind("; ", low, high))
    cut = comma + 1 if comma >= 0 else text.rfind(" ", low, high)
    index = bisect.bisect_left(figures, (cut,)) - 1  # the figures starting before the cut
    while cut > low and index >= 0 and figures[index][0] > low - FIGURE_REACH:
        if figures[index][0] < cut < figures[index][1]:
            cut = figures[index][0]  # just before the figure it would cut in two
        index -= 1
    return cut if cut > low else None


def _is_abbreviation(text: str, dot: int) -> bool:
    """True for the full stop of "Co.", "No.", "U.S." or an initial ("S. M."), unless a word
    that only opens a sentence follows ("… (Hong Kong) Co. There are 728 …"); "Cos." or "Bros."
    only when the firm's name goes on ("Anheuser-Busch Cos. Inc."); a title always goes on with a
    name, even one spelt like an opener ("Mr. He Lifeng")."""
    if text[dot] != ".":
        return False
    word = re.search(r"[\w.]*$", text[max(dot - 12, 0):dot])[0].lower()
    # (the last small letter of a hyphened word is no initial: "a decrease of 0.9% q-o-q. Incidentally";
    # a capital still is: "Sino-U. S. trade")
    hyphened = dot - len(word) - 1 >= 0 and text[dot - len(word) - 1] in "-‐" and text[dot - 1].islower()
    if (len(word) == 1 and word.isalpha() and not hyphened) or word in _TITLES:
        return True
    if word in _FIRMS_PLURAL:  # "Anheuser-Busch Cos. Inc. will take …", not "… to Anheuser-Busch Cos. Japan's …"
        return bool(_FIRM_GOES_ON.match(text, dot + 1))
    return word in _ABBREVIATIONS and not _OPENER.match(text, dot + 1)


# A plural firm word ends its sentence unless the name goes on with a firm's word ("Inc.", "Group") or in lower case
_FIRMS_PLURAL = frozenset({"cos", "bros"})
_FIRM_GOES_ON = re.compile(r"\s+(?:(?:Inc|Ltd|Corp|Co|LLC|plc|Group)\b|[a-z])")


# Words that open a sentence and never go on a name ("Co. There", "U.S. It").
_OPENER = re.compile(r"\s+(?:There|The|It|They|This|These|Its|Their|In|On|At|By|As|But|Meanwhile|"
                     r"However|Moreover|He|She|We)\s")


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
