"""Words for figures that a template cannot build from filters alone: a label without the
period the panel prints under it, the date of an undated figure, a figure's value and note, and
the citation markers of several facts."""

from __future__ import annotations

import re

from ..facts.model import Fact
from ..language import active, cldr, in_source
from ..text import date_text
from .formatting import as_of, value_text
from .store_view import fact_of, timeline_of, undated
from .templates import MarkdownSafe

_YEAR = re.compile(r"\b(1[89]\d\d|2[01]\d\d)\b")
_HEDGE = re.compile(r"\b(?:reported|about|around|estimated|expected|planned|target\w*|by|"
                    r"projected|forecast|aim\w*)\b", re.I)


def short_label(store, item) -> str:
    """A figure's label without a trailing period the panel prints under it anyway.

    'Qingdao's trade with South Korea, Q1 2019' -> "Qingdao's trade with South Korea";
    'Pages of the plan (April 2019)' -> 'Pages of the plan'. Only a last clause that names a
    year of the fact's own period goes; a label without a period keeps every word.
    """
    fact = fact_of(store, item)
    timeline = timeline_of(store)
    return label_without_period(fact, timeline.label(fact) if timeline else fact.label)


def label_without_period(fact: Fact, label: str | None = None) -> str:
    """The fact's label (or `label`, its past wording) without a trailing period clause."""
    label = label or fact.label
    if fact.period is None:
        return label
    years = set(_YEAR.findall(fact.period.text))
    in_its_year = re.search(r"\s+in\s+((?:19|20)\d\d)\s*$", label)  # "Revenue for GE Appliances in 2014"
    if in_its_year and in_its_year[1] == fact.period.text and fact.period.kind == "period" \
            and in_its_year.start() >= 12:  # (not "as of 2019", "by 2019": "in" says the year's flow)
        return label[:in_its_year.start()]
    match = re.search(r"(?:,\s*([^,()]{1,40})|\s*\(([^()]{1,40})\))\s*$", label)
    if not match:
        return label
    clause = match.group(1) or match.group(2)
    if _HEDGE.search(clause):  # "as reported for Q1 2018", "target": the label's caveat stays
        return label
    clause_years = set(_YEAR.findall(clause))
    if clause_years and clause_years <= years and len(clause.split()) <= 5:
        shorter = label[:match.start()].rstrip(" ,")
        return shorter if len(shorter) >= 12 else label
    return label


def when_of(store, item) -> str:
    """When a figure holds ('as of March 2019', 'Q1 2019'); for an undated figure, when its
    source reported it ('reported 2019', 'reported 30 May 2024'), or 'date not given' when the
    source has no date either (headline choice puts such figures last)."""
    fact = fact_of(store, item)
    if "check-period" in fact.tags:
        edition = active()
        return edition.say("period_unclear") if edition is not None else "period unclear"
    if fact.period is not None:
        # a plan accepted as its source words it ("by 2025") says it is one, whatever the date
        plan = active() is None and not (fact.label_past or fact.text_past) and _plan_marker(fact)
        return f"{as_of(fact.period)}, {plan}" if plan else as_of(fact.period)
    seed = store.seeds.get(fact.seed)
    edition = active()
    if edition is not None:
        reported = seed and (seed.date or (seed.year and str(seed.year)))
        return (edition.say("reported", date=cldr.date_text(edition, str(reported)))
                if reported else edition.say("date_not_given"))
    if seed is not None and seed.date:
        return f"reported {date_text(seed.date)}"
    if seed is not None and seed.year:
        return f"reported {seed.year}"
    return "date not given"


def date_prefix(store, item) -> str:
    """The date to set before a dated item ('26 March 2019'), or '' when its text already names
    the year (no "2019: 2019 marks the 40th anniversary …"), it has no period, or its period was
    inferred from the article's date ("2019: Oracle has set up …" would date the article, not
    the event)."""
    fact = fact_of(store, item)
    if fact.period is None or fact.period.inferred:
        return ""
    years = set(_YEAR.findall(fact.period.text))
    if years & set(_YEAR.findall(in_source(fact).text or "")):  # read in English
        return ""
    return as_of(fact.period)


def equivalent_text(store, item) -> str:
    """The same figure in a second currency, as the source gives it ('about US$432.32 million'),
    or '' when the source gives none."""
    equivalents = store.equivalents(fact_of(store, item).id)
    return value_text(equivalents[0]) if equivalents else ""


def figure_value(store, item) -> str:
    """A figure's value for running text. A share or multiplier the source gives in words
    ('nearly one third', 'doubled', 'seven-fold') keeps its words: printing 33.33% or 2 times
    would claim a precision the source does not have."""
    fact = fact_of(store, item)
    written = fact.as_written or ""
    if fact.unit in ("percent", "times") and written and not re.search(r"\d", written):
        edition = active()
        if edition is not None:
            return edition.translate("fact", f"fact {fact.id} as_written", written, fact.path,
                                     fact.line_of("as_written"))
        return written[:1].lower() + written[1:]
    return value_text(fact)


def figure_note(store, item) -> str:
    """When a figure in a list holds, unless its label already names that period: "as of 2019"
    for 'Enterprises: 24', '' for 'Growth of trade, 2018 (year on year): 41.9%'; 'date not
    given' for a number neither it nor its source dates ('' for a text). A plan or target keeps its marker even when the
    label names the year ('Countries to host a "Qingdao Week" in 2019: 6 (target)'), and a
    figure whose period the source leaves unclear says so."""
    fact = fact_of(store, item)
    if "check-period" in fact.tags:
        return when_of(store, fact) if fact.period else ""
    if undated(store, fact):  # beside dated figures, no date would read as today's
        return when_of(store, fact) if fact.is_numeric else ""
    when = when_of(store, fact)
    years = set(_YEAR.findall(fact.period.text)) if fact.period else set()
    if years and years <= set(_YEAR.findall(label_without_period(in_source(fact)))):
        return _plan_marker(fact)
    return when


def _plan_marker(fact: Fact) -> str:
    """'target' or 'planned' for a figure that is one (its period's kind, status or tags), else ''."""
    marker = ""
    if fact.status in ("plan", "expected") or "plan" in fact.tags:
        marker = "planned" if fact.status != "expected" else "expected"
    elif (fact.period is not None and fact.period.kind == "target") or "target" in fact.tags:
        marker = "target"
    edition = active()
    return edition.say(f"marker.{marker}") if edition is not None and marker else marker


def figure_periods(store, ids) -> list[str]:
    """The distinct periods of some figures, oldest first, for a 'Periods of the figures' line
    (a template prints the line, and its caution, only when there are two or more)."""
    facts = sorted((fact_of(store, i) for i in ids),
                   key=lambda f: (f.period is None, f.period.sort_key() if f.period else ""))
    return list(dict.fromkeys(when_of(store, f) for f in facts))


def cites(items, fact=None) -> MarkdownSafe:
    """The citation markers of several facts, each source once: `cites(ids, fact)` or
    `cites(proxies)`."""
    proxies = [fact(i) if isinstance(i, str) and fact is not None else i for i in items]
    return MarkdownSafe("".join(dict.fromkeys(str(p.cite) for p in proxies)))
