"""Each number a claim prints is in a quote it cites, or is a documented conversion of one.

Numbers are read as values in base units with the grammar `facts check` reads quotes with
(`facts/quantities.py`), so "5.4 million m²" matches a quote's "5,400,000 m2" and "9" a quote's
"nine". The conversions briefgen itself makes are accepted: a cited fact's value (proven against
its quote by `facts check`), either of them rounded to the digits printed ("US$30.46 billion"
for "$30.462 billion"), a share written as a fraction, and the comparison a chart's title
states between two of its cited figures ("two-thirds of", "over twenty times"), recomputed
with the title's own rules (compose/findings.py). "One of" is no figure. Years,
days of a month and ranks are not numbers here: `dates` and `scope` read them.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from ..compose.findings import share_words, times
from ..facts.quantities import find_quantities
from .finding import Finding
from .reading import Claim

_MONTH = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
                    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
                    re.I)
YEAR = re.compile(r"^(1[89]\d\d|2[01]\d\d)$")


def check(claim: Claim, context) -> list[Finding]:
    if not claim.cited:
        return []
    allowed = _allowed_values(claim)
    compared = _comparisons(claim)
    findings = []
    for token, value in printed_numbers(claim.text):
        if not any(_matches(value, token, v) for v in allowed) and \
                not any(token.strip().lower() in words for words in compared):
            findings.append(Finding(claim.brief, claim.text, "numbers",
                                    f"{token!r} is in none of the cited quotes", claim.quotes))
    return findings


def printed_numbers(text: str) -> list[tuple[str, Decimal]]:
    """(as printed, value) of the figures in `text`, without years, days and ranks."""
    found = []
    for item in find_quantities(text):
        token = text[item.start:item.end]
        if item.form in ("rank", "largest") or _date_part(text, item.start, item.end, token) \
                or token.strip().lower() == "one" and text[item.end:].startswith(" of"):
            continue
        found.append((token, item.quantity.value))
    return found


def _date_part(text: str, start: int, end: int, token: str) -> bool:
    bare = token.strip()
    if YEAR.match(bare):
        return True
    if re.fullmatch(r"\d{1,2}", bare) and 1 <= int(bare) <= 31:
        return bool(_MONTH.search(text[max(0, start - 12):end + 12]))
    # "the 3540s", "737MAX": a number run on into letters is a name, not a figure (one run on from
    # letters, "Q1", "H135", is no number to find_quantities)
    return bool(re.match(r"[A-Za-z]", text[end:]))


def _allowed_values(claim: Claim) -> set[Decimal]:
    values = set()
    for cited in claim.cited:
        values.update(q.quantity.value for q in find_quantities(cited.evidence))
        values.update(f.value for f in cited.facts if f.value is not None)
    return values


def _comparisons(claim: Claim) -> set[str]:
    """What a chart's title may say of two cited figures: the smaller as a share of the larger
    and the larger as a multiple of the smaller, in the words compose/findings.py chooses."""
    values = sorted({f.value for cited in claim.cited for f in cited.facts
                     if f.value is not None and f.value > 0})
    said = set()
    for index, small in enumerate(values):
        for large in values[index + 1:]:
            said.update((share_words(small / large), times(large / small)))
    return said


def _matches(printed: Decimal, token: str, value: Decimal) -> bool:
    """The same value, or `value` rounded to the significant digits printed."""
    if printed == value:
        return True
    digits = len(re.sub(r"\D", "", re.split(r"[^\d.,]", token.strip().lstrip("US$RMB€£¥ "))[0]
                        or "")) if re.search(r"\d", token) else 0
    if not digits or value == 0:
        return False
    try:
        exponent = value.adjusted() - digits + 1
        rounded = value.scaleb(-exponent).quantize(Decimal(1), ROUND_HALF_UP).scaleb(exponent)
        return rounded == printed
    except InvalidOperation:
        return False
