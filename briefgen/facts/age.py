"""How old a fact is on the production date, and what that means for a brief.

A figure's as-of date is the last day of its period (a stock "as of March 2019" holds on
31 March 2019; a year's flow, on 31 December); a target's date says when something is due, not
when the figure was stated, so a target figure (and a figure without a period, or one open to
the future: "since August 2018") dates from its seed: the seed's date, else its reference year.

`Timeline` applies briefgen.yaml's `freshness` policy on one production date: which figures are
stale (marked † in briefs), which events are recent, which plans' dates have passed.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from ..config import Freshness
from .model import Fact, SeedInfo

STALE_MARK = "†"
DAYS_PER_YEAR = 365.2425


def last_day(text: str) -> dt.date:
    """The last day of a date written 2019, 2019-03 or 2019-03-26."""
    parts = [int(p) for p in text.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return dt.date(year, month, day)


def first_day(text: str) -> dt.date:
    """The first day of a date written 2019, 2019-03 or 2019-03-26 (an event of 2018 may have
    happened on any day of it: only its first day is surely before a later date)."""
    parts = [int(p) for p in text.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def as_of_date(fact: Fact, seeds: dict[str, SeedInfo]) -> dt.date | None:
    """When the figure held (see the module docstring); None when neither it nor its seed says."""
    period = fact.period
    if period is not None and period.kind != "target" and period.end is not None:
        return last_day(period.end)
    return written_by(seeds.get(fact.seed))


def written_by(seed: SeedInfo | None) -> dt.date | None:
    """The last day a seed can have been written: its date, else the end of its reference year."""
    if seed is None:
        return None
    if seed.date:
        return last_day(seed.date)
    return dt.date(seed.year, 12, 31) if seed.year else None


def due_date(fact: Fact) -> dt.date | None:
    """The date a plan, expectation or ongoing work refers to: the end of its period."""
    if fact.status is None or fact.period is None:
        return None
    return last_day(fact.period.end or fact.period.start)  # a period has one or both


def years_between(earlier: dt.date, later: dt.date) -> float:
    return (later - earlier).days / DAYS_PER_YEAR


@dataclass(frozen=True)
class Timeline:
    """The freshness policy on one production date."""

    today: dt.date
    policy: Freshness = Freshness()

    def age(self, fact: Fact, seeds: dict[str, SeedInfo]) -> float | None:
        """Years from the figure's as-of date to the production date (None: undated)."""
        when = as_of_date(fact, seeds)
        return None if when is None else years_between(when, self.today)

    def stale(self, fact: Fact, seeds: dict[str, SeedInfo]) -> bool:
        """A figure older than `stale_after_years` (text facts are not figures)."""
        age = self.age(fact, seeds) if fact.is_numeric else None
        return age is not None and age > self.policy.stale_after_years

    def recent(self, fact: Fact) -> bool:
        """An event no older than `recent_events_years` (judged by the end of its period)."""
        if fact.period is None or fact.period.end is None:
            return False
        return years_between(last_day(fact.period.end), self.today) <= self.policy.recent_events_years

    def past_due(self, fact: Fact) -> bool:
        """A plan, expectation or ongoing work whose date is before the production date."""
        due = due_date(fact)
        return due is not None and due < self.today

    def unsayable(self, fact: Fact) -> bool:
        """A past plan a brief leaves out: the policy drops them, or it has no past wording."""
        if not self.past_due(fact):
            return False
        past = fact.text_past if not fact.is_numeric else fact.label_past
        return self.policy.past_plans == "drop" or not past

    def text(self, fact: Fact) -> str | None:
        """The fact's reader text in the right tense."""
        return fact.text_past if self.past_due(fact) and fact.text_past else fact.text

    def label(self, fact: Fact) -> str:
        return fact.label_past if self.past_due(fact) and fact.label_past else fact.label

    def stale_note(self) -> str:
        """The footnote of a brief that marks stale figures."""
        years = self.policy.stale_after_years
        from briefgen.language import active
        edition = active()
        if edition is not None:
            return edition.say("stale_note", years=years)
        return f"{STALE_MARK} More than {_years_words(years)} old: look for newer data."


_NUMBER_WORDS = "zero one two three four five six seven eight nine ten".split()


def _years_words(years: int) -> str:
    number = _NUMBER_WORDS[years] if years < len(_NUMBER_WORDS) else str(years)
    return f"{number} year" + ("" if years == 1 else "s")


@dataclass(frozen=True)
class DataAge:
    """The age of the figures a pack prints, for its cover."""

    first_year: int | None  # of the oldest dated figure
    last_year: int | None  # of the newest
    figures: int  # figures printed
    stale: int  # of them, older than the policy allows
    stale_after: str  # "three years"
    stale_after_years: int = 3  # the same as a number, for a language that writes it in digits


def data_age(facts: list[Fact], seeds: dict[str, SeedInfo], timeline: Timeline) -> DataAge:
    """How old the figures among `facts` are (each fact once; text facts are not figures)."""
    figures = [f for f in {f.id: f for f in facts}.values() if f.is_numeric]
    years = sorted(d.year for d in (as_of_date(f, seeds) for f in figures) if d is not None)
    return DataAge(years[0] if years else None, years[-1] if years else None, len(figures),
                   sum(timeline.stale(f, seeds) for f in figures),
                   _years_words(timeline.policy.stale_after_years),
                   timeline.policy.stale_after_years)
