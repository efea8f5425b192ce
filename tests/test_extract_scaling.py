"""Long texts: extraction's shortcuts for long sentences give what reading them whole gave."""

from __future__ import annotations

import random
import re

import pytest

from briefgen.facts.extract.candidates import _LIST_JOIN, _joins_a_list


@pytest.mark.parametrize("seed", range(5))
def test_a_list_join_read_from_the_last_word_is_the_one_read_from_the_whole_gap(seed):
    rng = random.Random(seed)
    pieces = ["and", "or", ",", " ", "\n", "\u3000", "b", "5", "band", "for", "-", ", and"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for start in range(len(text) + 1):
            for end in range(len(text) + 1):
                assert _joins_a_list(text, start, end) == bool(_LIST_JOIN.search(text[start:end])), \
                    (text, start, end)


def test_a_firm_s_name_is_looked_up_in_the_whole_text_once_however_many_its_sentences(monkeypatch):
    """'Haier has … Its revenue …' repeated: each "Its" sentence asks whether the firm's name is
    written mid-sentence anywhere; scanning the whole text each time made a long text quadratic."""
    from briefgen.facts.extract import candidates

    text = "We visited Haier. " + "Haier has 5 centers in Japan. Its revenue rose 3%. " * 200
    scans = []

    class CountingRe:  # the module's `re`, counting the searches of the whole text
        def __getattr__(self, name):
            return getattr(re, name)

        @staticmethod
        def search(pattern, string, *args, **kwargs):
            if string is text:
                scans.append(pattern)
            return re.search(pattern, string, *args, **kwargs)

    monkeypatch.setattr(candidates, "re", CountingRe())
    rows = candidates.extract(text, source="t.txt", aliases={"Japan": "japan"},
                              kinds={"japan": "country"})
    assert [c.subject for c in rows if c.as_written == "3%"] == [None] * 200  # the firm's, each
    assert len(scans) <= 2, scans[:3]
