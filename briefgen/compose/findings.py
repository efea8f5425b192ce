"""The finding a chart's title states, derived from the values it draws (docs/charts.md).

A title that only names its bars ("Investment from South Korea: signed and actually utilised")
leaves the reader to do the sum. These rules state the sum, and no more than the figures hold:

1. Two bars: the smaller as a share of the larger when it is at least a third of it: a common
   fraction within 3 points of the exact share ("two-thirds"), else the fraction it is under
   or over ("under half"); below a third, the larger as a multiple of the smaller ("three
   times", "over four times", "over twenty times"); from 95%, "nearly as large as". Always in
   words: a title adds no figure the facts do not hold, only how two of them compare.
2. Three bars or more: the largest, and how many times the smallest it is.
3. A figure the source gives as "about" or "nearly" makes the finding "about"; a bound
   ("more than", "up to") makes it "at least" or "at most" as the ratio's direction follows;
   two bounds the same way leave the ratio open, and the title only names what is compared.
   Ratios are never stated from bars the chart could not compare (integrity.py refuses those
   before any title is made).
4. A line over time: a measure that rose (or fell) at every step says so, naming the first and
   last period shown; a flow (a year's or a quarter's figure) that ended at twice its first
   value or more adds the multiple, one that fell to four-fifths or less the share. A line that
   went both ways, or holds a hedged point, gets no finding (its title names what it follows).
"""

from __future__ import annotations

from decimal import Decimal

FRACTIONS = ((Decimal(1) / 3, "a third"), (Decimal(2) / 5, "two-fifths"), (Decimal(1) / 2, "half"),
             (Decimal(3) / 5, "three-fifths"), (Decimal(2) / 3, "two-thirds"),
             (Decimal(3) / 4, "three-quarters"), (Decimal(4) / 5, "four-fifths"),
             (Decimal(9) / 10, "nine-tenths"))
CLOSE = Decimal("0.03")  # a fraction in words within 3 points of the exact share
NEARLY_EQUAL = Decimal("0.95")
TWICE = Decimal("1.94")  # 'twice' within 3%, as `times` says it
FELL_A_FIFTH = Decimal("0.8") + CLOSE  # a fall to four-fifths or less is worth its share
LOWER_BOUNDS = ("more_than", "at_least")
HEDGES = ("about", "nearly", "up_to", "approximately", "almost")


def two_bars(larger: str, smaller: str, large: tuple, small: tuple) -> str | None:
    """The finding of two bars: their names, then each as (value, qualifier); None when the
    qualifiers leave the ratio open (both lower bounds, say)."""
    (big, big_q), (little, little_q) = large, small
    share = little / big
    if share >= NEARLY_EQUAL:
        hedge = _hedge(little_q, big_q)
        return None if hedge is None else f"{_cap(smaller)} {_is(smaller)} nearly as large as {larger}"
    if share >= Decimal(1) / 3 - CLOSE:
        said = _hedged(_hedge(little_q, big_q), share_words(share))
        return None if said is None else f"{_cap(smaller)} {_is(smaller)} {said} of {larger}"
    said = _hedged(_hedge(big_q, little_q), times(big / little))
    return None if said is None else f"{_cap(larger)} {_is(larger)} {said} {smaller}"


def several_bars(labels: list[str], values: list[tuple]) -> str | None:
    """The finding of three bars or more, largest first."""
    (big, big_q), (little, little_q) = values[0], values[-1]
    said = _hedged(_hedge(big_q, little_q), times(big / little))
    return None if said is None else \
        f"{_cap(labels[0])} {_is(labels[0])} the largest, {said} {labels[-1]}"


_STEPS = {1: "month", 3: "quarter", 6: "half-year", 12: "year"}


def over_time(name: str, values: list[tuple], periods: list[str], months: int,
              flows: bool) -> str | None:
    """The finding of a line: `values` as (value, qualifier) and `periods` in words, earliest
    first; `months` between points; `flows` when each point is a period's own figure."""
    if any(qualifier is not None for _, qualifier in values):
        return None  # a hedged point leaves the steps beside it open
    numbers = [value for value, _ in values]
    steps = list(zip(numbers, numbers[1:]))
    every = f"every {_STEPS[months]}" if months in _STEPS else "at every step"
    span = f"from {periods[0]} to {periods[-1]}"
    ratio = numbers[-1] / numbers[0]
    if all(b > a for a, b in steps):
        level = f", to {times(ratio)} its {periods[0]} level" if flows and ratio >= TWICE else ""
        return f"{_cap(name)} rose {every} {span}{level}"
    if all(b < a for a, b in steps):
        level = (f", to {share_words(ratio)} its {periods[0]} level"
                 if flows and Decimal(1) / 3 - CLOSE <= ratio <= FELL_A_FIFTH else "")
        return f"{_cap(name)} fell {every} {span}{level}"
    return None


def share_words(share: Decimal) -> str:
    """'two-thirds' when a common fraction is close, else 'under half' or 'over a third'."""
    fraction, words = min(FRACTIONS, key=lambda f: abs(f[0] - share))
    if abs(fraction - share) <= CLOSE:
        return words
    return f"under {words}" if share < fraction else f"over {words}"


_WORDS = ("", "one", "twice", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_TENS = ("", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def times(ratio: Decimal) -> str:
    """'three times', 'over four times', 'over twenty times': in words, as a title says it."""
    whole = int(ratio)
    if whole >= 100:
        return "over a hundred times"
    if whole >= 10:
        return f"over {_TENS[whole // 10]} times" if ratio > whole // 10 * 10 else f"{_TENS[whole // 10]} times"
    near = int(ratio.to_integral_value())
    if abs(ratio - near) <= near * Decimal("0.03"):
        return "twice" if near == 2 else f"{_WORDS[near]} times"
    return "more than twice" if whole == 2 else f"over {_WORDS[whole]} times"


def _hedged(hedge: str | None, words: str) -> str | None:
    """The ratio in words after its hedge; None when there is no hedge to say it with, or when
    it would stack on 'over' or 'under' ('about over three times' says nothing)."""
    if hedge is None or (hedge and words.startswith(("over", "under", "more than"))):
        return None
    return hedge + words


_BOUND = {"more_than": 1, "at_least": 1, "up_to": -1, "less_than": -1, None: 0}


def _hedge(top: str | None, bottom: str | None) -> str | None:
    """What a ratio top/bottom may be called given the figures' qualifiers: '' (exact),
    'about ', 'at least ', 'at most ', or None when it is open."""
    if top not in _BOUND or bottom not in _BOUND:  # about, nearly: approximate
        return "about " if _BOUND.get(top, 0) == 0 and _BOUND.get(bottom, 0) == 0 else None
    direction = _BOUND[top] - _BOUND[bottom]
    if _BOUND[top] and _BOUND[top] == _BOUND[bottom]:
        return None  # both bounds the same way: the ratio could be anything
    return "" if direction == 0 else "at least " if direction > 0 else "at most "


def _is(name: str) -> str:
    """'are' after a plural name ('exports', 'inbound projects'), else 'is'."""
    last = name.split()[-1] if name.split() else name
    return "are" if last.endswith("s") and not last.endswith(("ss", "'s")) else "is"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
