"""Long texts: extraction's shortcuts for long sentences give what reading them whole gave."""

from __future__ import annotations

import random

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
