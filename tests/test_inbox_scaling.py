"""Long texts: the inbox's look-ups give what a scan of the whole text gave, in a number of
steps that grows with the text, not with the text times its figures."""

from __future__ import annotations

import random
import re

import pytest

from briefgen.facts.inbox import files
from briefgen.facts.inbox.files import Mentions
from briefgen.facts.inbox.suggest import occurrences


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
