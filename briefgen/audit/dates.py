"""Each year and month a claim prints is in a quote it cites, or in a cited fact's period, or is
the date of the cited source (briefgen dates an undated figure by its source: "as of 2019",
"reported 2019")."""

from __future__ import annotations

import calendar
import re

from .finding import Finding
from .reading import Claim

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
YEAR = re.compile(r"(?<![\d,.])(1[89]\d\d|2[01]\d\d)(?![\d,])")
MONTH = re.compile(r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?", re.I)


def check(claim: Claim, context) -> list[Finding]:
    if not claim.cited:
        return []
    years, months = _known(claim, context)
    findings = []
    for year in dict.fromkeys(YEAR.findall(claim.text)):
        if int(year) not in years:
            findings.append(Finding(claim.brief, claim.text, "dates",
                                    f"{year} is in neither the cited quotes nor the facts' "
                                    "periods", claim.quotes))
    for match in MONTH.finditer(claim.text):
        word = match.group(1)
        if word == "May" and not _dated(claim.text, match):  # "may" the verb is no month
            continue
        if word.islower():
            continue
        if _MONTHS[word.lower()] not in months:
            findings.append(Finding(claim.brief, claim.text, "dates",
                                    f"{word!r} is in neither the cited quotes nor the facts' "
                                    "periods", claim.quotes))
    return findings


def _dated(text: str, match: re.Match) -> bool:
    """A month beside a day or a year ('May 2019', '13 May'), not the verb."""
    around = text[max(0, match.start() - 4):match.end() + 6]
    return bool(re.search(r"\d", around))


def _known(claim: Claim, context) -> tuple[set[int], set[int]]:
    """The years and months the cited quotes, periods and sources give."""
    years: set[int] = set()
    months: set[int] = set()
    for cited in claim.cited:
        years.update(int(y) for y in YEAR.findall(cited.evidence))
        months.update(_MONTHS[m.lower()] for m in MONTH.findall(cited.evidence))
        months.update(int(m) for m in re.findall(r"\b\d{4}-(\d\d)\b", cited.evidence))
        for fact in cited.facts:
            if fact.period is not None:
                _add_span(fact.period.start, fact.period.end, years, months)
            seed = context.store.seeds.get(fact.seed)
            if seed is not None and seed.year:
                years.add(seed.year)
            if seed is not None and seed.date and len(seed.date) >= 7:
                months.add(int(seed.date[5:7]))
    return years, months


def _add_span(start: str | None, end: str | None, years: set[int], months: set[int]) -> None:
    """Every year and month from `start` to `end` (a quarter or 'Jan–May' prints its ends)."""
    first, last = start or end, end or start
    if not first:
        return
    y0, y1 = int(first[:4]), int(last[:4])
    years.update(range(y0, y1 + 1))
    m0 = int(first[5:7]) if len(first) >= 7 else 1
    m1 = int(last[5:7]) if len(last) >= 7 else 12
    if y0 == y1:
        months.update(range(m0, m1 + 1))
    else:
        months.update(range(1, 13))
