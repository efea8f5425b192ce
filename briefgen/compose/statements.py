"""A brief states each thing once: when two facts state the same thing (see `briefing`'s
docstring), and which text facts already state a figure."""

from __future__ import annotations

import difflib
import functools
import re

from ..facts.model import Fact
from ..language import in_source
from .store_view import fact_of

_WORDS = re.compile(r"\w+")
_SIMILAR = 0.6  # word-sequence similarity above which two texts of one statement are one item


def _statements(fact: Fact) -> tuple[tuple[str, str], ...]:
    """(seed, the quote's words in lower case) for each source of a fact."""
    return _quote_words(fact.sources)


@functools.lru_cache(maxsize=4096)
def _quote_words(sources) -> tuple[tuple[str, str], ...]:
    # cached: a brief compares each candidate with every fact it keeps, quotes each time
    return tuple((s.seed, " ".join(_WORDS.findall(s.quote.lower()))) for s in sources)


def _shares_statement(a: Fact, b: Fact) -> bool:
    """Some quote of one holds, or is held by, a quote of the other (same seed)."""
    return any(sa == sb and (qa in qb or qb in qa)
               for sa, qa in _statements(a) for sb, qb in _statements(b))


def _says_all_of(whole: Fact, part: Fact) -> bool:
    """`whole` is about `part`'s subject and its sources hold every statement `part` quotes."""
    if part.subject != whole.subject and part.subject not in whole.related:
        return False
    held = _statements(whole)
    return all(any(sp == sw and qp in qw for sw, qw in held) for sp, qp in _statements(part))


def _similar(a: str, b: str) -> bool:
    words_a, words_b = _WORDS.findall(a.lower()), _WORDS.findall(b.lower())
    return difflib.SequenceMatcher(None, words_a, words_b, autojunk=False).ratio() >= _SIMILAR


def same_statement(store, a, b) -> bool:
    """Whether two text facts state the same thing, so a brief shows one of them: one fact; one
    says all the other does (about its subject, from the statements it quotes); or both quote
    one source statement in near-identical words (the sentence written once per partner)."""
    a, b = in_source(fact_of(store, a)), in_source(fact_of(store, b))  # compared in English
    if a.id == b.id:
        return True
    if a.is_numeric or b.is_numeric or not (a.text and b.text):
        return False
    if _says_all_of(a, b) or _says_all_of(b, a):
        return True
    return _shares_statement(a, b) and _similar(a.text, b.text)


def distinct(store, subject: str, facts: list[Fact], shown=()) -> list[Fact]:
    """`facts` in their order, without those that state what one `shown` or one kept states;
    of two that state the same thing, the subject's own, else the more important, else the one
    about more subjects (the group's six trade offices before one member's office), is kept."""
    before = [fact_of(store, i) for i in shown]
    kept: list[Fact] = []
    for fact in sorted(facts, key=lambda f: (f.subject != subject, f.priority, -len(f.related))):
        if not any(same_statement(store, fact, other) for other in (*before, *kept)):
            kept.append(fact)
    ids = {f.id for f in kept}
    return [f for f in facts if f.id in ids]


def states_figure(text_fact: Fact, figure: Fact) -> bool:
    """A text fact prints a figure: its text holds the figure's number as written, and it quotes
    the statement the figure comes from ('Qingdao's 15 campaigns: …' and '15 campaigns')."""
    text_fact, figure = in_source(text_fact), in_source(figure)
    if not text_fact.text or not figure.as_written or not _shares_statement(text_fact, figure):
        return False
    text = text_fact.text.lower()
    numbers = re.findall(r"\d[\d,.]*\d|\d", figure.as_written)
    if not numbers:  # written in words: 'six', 'doubled'
        return bool(re.search(rf"\b{re.escape(figure.as_written.lower())}\b", text))
    return all(re.search(rf"(?<![\d.,]){re.escape(n)}(?![\d]|[.,]\d)", text) for n in numbers)
