"""Long texts: the inbox's look-ups give what a scan of the whole text gave, in a number of
steps that grows with the text, not with the text times its figures."""

from __future__ import annotations

import random
import re

import pytest

from briefgen.facts.extract.candidates import extract
from briefgen.facts.inbox import files, suggest
from briefgen.facts.inbox.files import Mentions
from briefgen.facts.inbox.suggest import occurrences
from briefgen.facts.quantities import find_quantities


def last_by_scanning(text: str, place: str, offset: int) -> int | None:
    """The look-up as it was: every whole-word `place` in the text before `offset`."""
    named = [m.start() for m in re.finditer(rf"\b{re.escape(place)}\b", text[:offset])]
    return named[-1] if named else None


@pytest.mark.parametrize("place", ["Shandong", "ab ab", "a", "U.S.", "Hong Kong", "ab-"])
def test_last_mention_is_the_one_a_scan_of_the_prefix_finds(place):
    rng = random.Random(place)
    pieces = [place, place, " ", ".", "x", "ab", "-", "\n", "S.", "Kong"]
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        mentions = Mentions(text)
        for offset in range(len(text) + 1):
            assert mentions.last_before(place, offset) == last_by_scanning(text, place, offset), \
                (text, offset)


class CountingPattern:
    """A compiled pattern that adds up how many characters its scans may read."""

    def __init__(self, pattern: re.Pattern, tally: list[int]):
        self.pattern, self.tally = pattern, tally

    def finditer(self, text, pos=0, endpos=None):
        self.tally[0] += (len(text) if endpos is None else endpos) - pos
        return self.pattern.finditer(text, pos, *([endpos] if endpos is not None else []))

    def search(self, text, pos=0, endpos=None):
        self.tally[0] += (len(text) if endpos is None else endpos) - pos
        return self.pattern.search(text, pos, *([endpos] if endpos is not None else []))


def characters_read(monkeypatch, paragraphs: int) -> tuple[int, int]:
    """(characters the place look-ups read, characters of the text) for a text naming Shandong
    once, then `paragraphs` paragraphs with one figure each."""
    tally = [0]
    monkeypatch.setattr(files.re, "compile",
                        lambda *args, _compile=re.compile: CountingPattern(_compile(*args), tally))
    text = "Shandong is a province.\n\n" + "Exports rose 5 percent in the year.\n\n" * paragraphs
    mentions = Mentions(text)
    for at in (m.start() for m in re.finditer(r"\d", text)):
        assert mentions.last_before("Shandong", at) == 0
    monkeypatch.undo()
    return tally[0], len(text)


def test_place_look_ups_read_the_text_once_not_once_per_figure(monkeypatch):
    small, small_text = characters_read(monkeypatch, 100)
    large, large_text = characters_read(monkeypatch, 1000)
    assert small < 2 * small_text + 100 * 20  # one scan, then a few characters per figure
    assert large < 2 * large_text + 1000 * 20


@pytest.mark.parametrize("part", ["5", "aa", "1.5 billion", "", "a(b", "$2"])
def test_occurrences_are_those_a_regular_expression_finds(part):
    rng = random.Random(part)
    for _ in range(300):
        whole = "".join(rng.choice([part, "a", "5", " ", "(", "b", "$2", "."]) for _ in range(20))
        assert occurrences(part, whole) == [m.start() for m in re.finditer(re.escape(part), whole)]


def own_words_reading_every_figure(c, before: str) -> str:
    """`_own_words` as it was: every figure of the window read before choosing."""
    at = suggest._at(c, before)
    if at < 0:
        return c.quote
    end = at + len(c.as_written)
    lo, hi = max(0, at - suggest.OWN_REACH), min(len(c.quote), end + suggest.OWN_REACH)
    spans = [(lo + f.start, lo + f.end) for f in find_quantities(c.quote[lo:hi])]
    ends = [b for a, b in spans if b <= at]
    reported = [m.end() for m in suggest._REPORTED.finditer(c.quote, lo, at)]
    start = max(ends + reported, default=lo)
    if ends and start == max(ends) and suggest._AND_VERB.match(c.quote, start, at):
        start = max(sorted(ends)[:-1] + reported, default=lo)
    stop = min((a for a, b in spans if a >= end), default=hi)
    words_before = suggest._ASIDE.sub(",", c.quote[start:at])
    words_after = suggest._ASIDE.sub(",", c.quote[end:stop])
    breaks_before = [m for m in suggest._CLAUSE_BREAK.finditer(words_before)
                     if not suggest._shares_the_clause_before(words_before, m)]
    if breaks_before:
        words_before = words_before[breaks_before[-1].end():]
    first_after = suggest._CLAUSE_BREAK.search(words_after)
    if first_after:
        words_after = words_after[:first_after.start()]
    return f"{words_before} {words_after}"


def test_a_figure_s_own_words_stop_being_read_at_the_next_figure():
    rng = random.Random(7)
    words = ("exports will reach 5 billion yuan , and 12 percent from 2019 to 4 billion which said "
             "1-2 days 0532-68873099 $300m 10m tons expected up 3 times Qingdao").split()
    for _ in range(25):  # up to 300 words: quotes longer than the reach either side
        text = " ".join(rng.choice(words) for _ in range(rng.randint(5, 300)))
        for c in extract(text, source="t.txt"):
            before = text[max(c.offset - 160, 0):c.offset]
            assert suggest._own_words(c, before) == own_words_reading_every_figure(c, before)
