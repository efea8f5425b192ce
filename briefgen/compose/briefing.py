"""Helpers the brief templates use to choose what a one-page brief shows.

They pick facts and return their ids (the template turns an id into a cited value with
`fact(id)`): the positioning line, headline figures, an honest chart, the items of each section
(each statement shown once per brief), dated items in order, the sectors a partner's facts touch.
A few return words a template cannot build from filters alone: a rank as a role ("second largest
investor"), a label without the period the panel prints under it, the date of an undated figure.
Templates get them as plain functions bound to the store.

A brief states each thing once. Two facts state the same thing (`same_statement`) when they are
one fact; when one says all the other does (its sources hold every statement the other quotes,
and it is about the other's subject, as its own subject or a related one: "six trade offices in
Alma-Ata, Bishkek, Lahore …" for the SCO countries holds "a trade office in Bishkek" for
Kyrgyzstan); or when they quote one source statement in near-identical words (the same sentence
written once per partner). A list of figures leaves out a figure a text already printed states
(its number, from the same source statement). Facts tagged `suspect-scale` (a figure whose scale
looks wrong as printed) or `check-date` (dates the source contradicts) stay out of every list.
"""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from ..charts.integrity import month_index, period_shape
from ..charts.wording import date_words, period_short, period_words
from ..facts.age import first_day, last_day
from ..facts.model import CURRENCIES, Fact, FactScope
from ..facts.supersede import measure_key
from ..facts.tags import KEPT_OUT_OF_HEADLINES, KEPT_OUT_OF_LISTS
from ..outputs import brief_name
from .formatting import rank
from .templates import MarkdownSafe, escape_markdown
from ..language import active, in_source
from . import findings
from .statements import distinct, same_statement, states_figure
from .links import links, names_subject
from .store_view import (FAMILIES, OnDate, fact_of, kept_out, kept_out_of_headlines, live, measure,
                         own_facts, own_history, standing, timeline_of, undated)
from .wording import (cites, date_prefix, equivalent_text, figure_note, figure_periods, figure_value,
                      short_label, when_of)

_NOT_HEADLINES = ("rank", "percent", "pp", "times")  # shown in words, not as panel figures
_CHARTABLE_UNITS = CURRENCIES | {"count", "m2", "km2", "ha", "mu", "t"}
# What each measure of a family is called in a chart title ("signed and actually utilised").
_MEASURE_WORDS = {
    "fdi_signed_cumulative": "signed", "fdi_utilized_cumulative": "actually utilised",
    "fdi_paid_in_cumulative": "paid-in", "fdi_contract": "contract",
    "fdi_utilized": "actually utilised", "trade_volume": "total", "exports": "exports",
    "imports": "imports", "projects_cumulative": "inbound",
    "outbound_projects_cumulative": "outbound",
}
# Rank metrics, in the order the positioning line names them, and the role each describes.
_RANK_ROLES = {
    "investor_rank": "investor", "investor_rank_in_region": "investor",
    "trade_partner_rank": "trading partner", "trade_partner_rank_in_region": "trading partner",
}
_ROLE_WORDS = {"investor": ("source of foreign investment", "source of investment")}
_SECTION_METRICS = {  # metric -> the section of a brief it belongs to
    "platform": "platforms", "sister_city": "platforms", "agreement": "platforms",
    "policy": "platforms", "milestone": "milestones", "event": "events",
}
_INTRO_METRICS = ("statement", "platform", "milestone", "sister_city", "policy", "agreement")
_YEAR = re.compile(r"\b(1[89]\d\d|2[01]\d\d)\b")
_MIN_HEADLINES = 3  # figures a panel needs before it leaves the chart's figures to the chart
_MIN_SERIES, _MAX_SERIES = 3, 12  # points of a line over time: fewer are bars' business


def _headline_candidates(store, subject: str, exclude: tuple[str, ...] = ()) -> list[Fact]:
    own = [f for f in own_facts(store, subject)
           if f.is_numeric and f.id not in exclude and f.unit not in _NOT_HEADLINES
           and not kept_out_of_headlines(f)]
    # stable: the curator's order within a priority; a figure no one dated after the dated ones,
    # and one about another place (another city, the province, the country) after the city's own
    # of its priority: a Qingdao brief leads with Qingdao's figures; figures accepted from the
    # inbox after the curator's (standing)
    own.sort(key=lambda f: (standing(store, f), undated(store, f), f.priority,
                            not (f.scope or FactScope()).is_city))
    kept: list[Fact] = []
    for fact in own:  # one measure is shown in one unit and one period only
        if not any(measure(k) == measure(fact) and (k.unit, k.period) != (fact.unit, fact.period)
                   or _stated_twice(k, fact) for k in kept):
            kept.append(fact)
    return kept


def _stated_twice(a: Fact, b: Fact) -> bool:
    """One amount two sources give under two measures ("actual foreign investment from Singapore
    hit $750 million" in one article, "the Republic injecting some US$750 million" in another):
    the same value, unit and period of money, area or mass, shown once. Counts may coincide."""
    return a.unit == b.unit and a.unit not in _NOT_AMOUNTS and a.value == b.value and \
        _when(a) == _when(b)


# Units whose equal values say nothing of one statement: 7% exports and 7% imports are two.
_NOT_AMOUNTS = frozenset({"count", "percent", "pp", "rank", "times"})


def _when(fact: Fact) -> tuple | None:
    """The period a figure is for, whether its source dates it or it was inferred."""
    return (fact.period.text, fact.period.kind) if fact.period else None


def headline_ids(store, subject: str, limit: int | None = None,
                 exclude: tuple[str, ...] = ()) -> list[str]:
    """4-6 headline figures: the subject's own numeric facts, most important first.

    Without a `limit`, six when there are six, else four, else what there is (the panel has
    rows of three or up to four, so five would leave a gap). A measure appears in one unit and
    one period only: Qingdao's 2018 trade with a partner in US$ is never set beside its
    January–April 2019 trade in RMB. A figure neither it nor its source dates comes after the
    dated ones of priority 1 and 2 (a panel would have no period to print under it).
    `exclude`: facts shown elsewhere (a subject's own chart).
    """
    found = _headline_candidates(store, subject, exclude)
    if limit is None:
        limit = 6 if len(found) >= 6 else 4 if len(found) >= 4 else len(found)
    return [f.id for f in found[:limit]]


def key_figure_ids(store, subject: str, chart_facts=None) -> list[str]:
    """The figures of a brief's panel: one row of up to four when the brief has a chart, else up
    to six. The chart's figures are left to the chart: a subject's own chart (`chart_facts`)
    always; the automatic one when at least three other important figures (priority 1 or 2)
    fill the row instead, so the page carries more figures, not the same ones twice."""
    if chart_facts is not None:
        return headline_ids(store, subject, 4, tuple(chart_facts))
    spec = chart_for(store, subject)
    if spec is None:
        return headline_ids(store, subject)
    found = _headline_candidates(store, subject, tuple(spec["facts"]))
    if sum(f.priority <= 2 for f in found) < _MIN_HEADLINES:
        found = _headline_candidates(store, subject)
    return [f.id for f in found[:4]]


def chart_for(store, subject: str, exclude: tuple[str, ...] = ()) -> dict | None:
    """An honest chart spec from the subject's facts, or None when the data allows none.

    A measure the facts give for three or more evenly spaced periods is a line over time
    (`_series`); otherwise bars that share one unit, one counted thing and one period. Bars may
    be different measures (signed vs utilised), so the spec allows mixed measures and every bar
    keeps its own label. The spec's `title` states what the chart finds, else what it compares.
    """
    series = _series(store, subject, exclude)
    if series:
        return {"kind": "line", "facts": [f.id for f in series], "labels": {},
                "title": _series_title(store, subject, series)}
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in _chartable(own_facts(store, subject), exclude):
        groups[(measure(fact), fact.unit, fact.counted, fact.period.text,
                fact.period.kind, fact.scope_key)].append(fact)
    usable = [g for g in groups.values() if 2 <= len(g) <= 6]
    if not usable:
        return None
    best = max(usable, key=lambda g: (sum(3 - f.priority for f in g), g[0].unit in CURRENCIES,
                                      len(g)))
    best = sorted(_parts_without_total(best), key=lambda f: -f.value)
    spec = {"kind": "hbar", "facts": [f.id for f in best],
            "labels": {f.id: short_label(store, f) for f in best},
            "title": _chart_title(store, subject, best)}
    if len({f.metric for f in best}) > 1:
        spec["allow_mixed"] = ["measures"]
    growth = {f.id: g.id for f in best if (g := growth_of(store, f)) is not None}
    if growth:
        spec["growth"] = growth
    return spec


def _chartable(facts: list[Fact], exclude: tuple[str, ...], signed: bool = False) -> list[Fact]:
    """The facts a chart may draw; `signed` keeps those at or below zero (which no chart draws)
    so that a line over time can see them and stop there."""
    return [f for f in facts if f.is_numeric and f.unit in _CHARTABLE_UNITS and f.id not in exclude
            and f.period and (signed or f.value > 0) and not kept_out_of_headlines(f)]


def _series(store, subject: str, exclude: tuple[str, ...]) -> list[Fact] | None:
    """The longest run of one measure over evenly spaced periods of one kind and length (at
    least `_MIN_SERIES`, the latest `_MAX_SERIES`), older figures that newer ones supersede
    included: drawn over time, they are history, not stale news. None when there is none."""
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    values: dict[tuple, set] = defaultdict(set)  # the figures for one measure's same days
    for fact in _chartable(own_history(store, subject), exclude, signed=True):
        key = measure_key(fact)
        if key is not None and _over(store, fact):
            groups[(key, fact.period.kind, period_shape(fact.period))].append(fact)
            values[_same_days(fact)].add(fact.value)
    runs = [run for group in groups.values() if (run := _even_run(group))
            and all(len(values[_same_days(f)]) == 1 for f in run)]
    return max(runs, key=lambda r: (len(r), -sum(f.priority for f in r)), default=None)


def _even_run(facts: list[Fact]) -> list[Fact] | None:
    """The latest evenly spaced run of periods, one figure each, after the last figure at or
    below zero (skipping it would hide a fall: 10, 0, 20, 0, 30 is no rise); None when it is too
    short or a period has two figures (a conflict for the curator, not a point to pick)."""
    facts = sorted(facts, key=lambda f: month_index(f.period))
    if len({f.period.text for f in facts}) < len(facts):
        return None
    run = facts[-1:]
    for fact in reversed(facts[:-1]):
        step = month_index(run[0].period) - month_index(fact.period)
        if len(run) > 1 and step != month_index(run[1].period) - month_index(run[0].period):
            break
        run.insert(0, fact)
    while any(f.value <= 0 for f in run):
        run.pop(0)
    return run[-_MAX_SERIES:] if len(run) >= _MIN_SERIES else None


def _over(store, fact: Fact) -> bool:
    """Whether the fact's period has ended on the production date: a figure for one that has
    not (a forecast, a year so far) is no point of history, plan's status or not."""
    timeline = timeline_of(store)
    return timeline is None or last_day(fact.period.end) <= timeline.today


def _same_days(fact: Fact) -> tuple:
    """The fact's measure and the days its period covers, however the period is written ('2017'
    and '2017-01/2017-12' alike: two figures for them disagreeing are a conflict, not a line)."""
    period = fact.period
    start = period.start and first_day(period.start)
    end = period.end and last_day(period.end)
    return measure_key(fact)[:-1], period.kind, start, end


def _series_title(store, subject: str, facts: list[Fact]) -> str:
    """What a line shows: 'Trade with Japan rose every year'; when the figures allow no finding,
    what it follows: 'Trade with Japan, 2016 to 2019'."""
    name = short_label(store, facts[-1])
    first, last = period_words(facts[0].period), period_words(facts[-1].period)
    edition = active()
    if edition is not None:
        return edition.say("chart.series", measure=name, first=first, last=last)
    months = month_index(facts[1].period) - month_index(facts[0].period)
    flows = facts[0].period.kind == "period"
    when = [period_short(f.period) if flows else date_words(f.period.end) for f in facts]
    said = findings.over_time(name, [(f.value, f.qualifier) for f in facts], when, months, flows)
    return said or f"{name[:1].upper()}{name[1:]}, {first} to {last}"


def _parts_without_total(facts: list[Fact]) -> list[Fact]:
    """Exports and imports without the trade total they add up to (a bar of the whole beside
    its two parts would double the scale); a total with one part stays."""
    metrics = {f.metric for f in facts}
    if {"exports", "imports", "trade_volume"} <= metrics:
        return [f for f in facts if f.metric != "trade_volume"]
    return facts


def growth_of(store, item) -> Fact | None:
    """The year-on-year change the source gives for a figure: a `growth_yoy` fact about the same
    subject and period whose label is 'Growth of <the figure's label>…'."""
    fact = fact_of(store, item)
    if fact.period is None:
        return None
    stem = "growth of " + in_source(fact).label.lower()  # the English label names the figure
    for other in own_facts(store, fact.subject):
        if (other.metric == "growth_yoy" and other.period == fact.period
                and in_source(other).label.lower().startswith(stem)):
            return other
    return None


def _chart_title(store, subject: str, facts: list[Fact]) -> str:
    """What the chart finds, from its values (compose/findings.py): 'Actually utilised
    investment is two-thirds of signed investment'; when the figures allow no finding, what it
    compares: 'Investment from South Korea: signed and actually utilised'."""
    entity, city = store.entities[subject], store.city
    words = [_MEASURE_WORDS.get(f.metric) for f in facts]
    family = FAMILIES.get(facts[0].metric)
    edition = active()
    if edition is not None:
        return _chart_title_in(edition, store, entity, facts, words, family)
    finding = _finding(store, facts, words, family)
    if finding:
        return finding
    if family and all(words) and _the_city_s(facts):
        listed = " and ".join([", ".join(dict.fromkeys(words[:-1])), words[-1]])
        if family == "trade":
            what = f"{city.name}'s trade with {entity.name}"
        elif family == "projects-both-ways":
            what = f"Investment projects between {city.name} and {entity.name}"
        elif entity.slug == city.slug:
            what = f"Foreign investment in {city.name}"
        else:
            what = f"Investment from {entity.name} in {city.name}"
        return f"{what}: {listed}"
    return f"{entity.name}: {' and '.join(short_label(store, f) for f in facts[:2])}" if len(facts) == 2 \
        else f"{entity.name}: the main figures compared"


def _the_city_s(facts: list[Fact]) -> bool:
    """Whether the figures are the city's own, which a title naming the city may say ("Qingdao's
    trade with Pakistan"); a province's or the country's are named by their labels."""
    return all((f.scope or FactScope()).is_city for f in facts)


_FAMILY_NOUNS = {"inbound": "{} investment", "inbound-period": "{} investment",
                 "projects-both-ways": "{} projects", "trade": "{}"}


def _finding(store, facts: list[Fact], words: list, family) -> str | None:
    """The finding of bars sorted largest first, named by their measure words when the family
    has them ('signed investment'), else by their labels."""
    pattern = _FAMILY_NOUNS.get(family)
    if pattern and all(words):
        names = [pattern.format("total trade" if w == "total" else w) for w in words]
    else:
        names = [short_label(store, f) for f in facts]
    values = [(f.value, f.qualifier) for f in facts]
    if len(facts) == 2:
        return findings.two_bars(names[0], names[1], *values)
    return findings.several_bars(names, values)


def _chart_title_in(edition, store, entity, facts, words, family) -> str:
    """The same title in another language, from its words (chart.*, measure.*)."""
    city = store.city
    if family and all(words) and _the_city_s(facts):
        named = [edition.say(f"measure.{w}") for w in dict.fromkeys(words)]
        listed = edition.say("list.and").join([edition.say("list.sep").join(named[:-1]), named[-1]]
                                              if len(named) > 1 else named)
        key = {"trade": "chart.trade", "projects-both-ways": "chart.projects_both_ways"}.get(
            family, "chart.foreign_investment" if entity.slug == city.slug else "chart.investment_from")
        what = edition.say(key, city=city.name, partner=entity.name)
        return edition.say("chart.title", what=what, listed=listed)
    if len(facts) == 2:
        return edition.say("chart.two", entity=entity.name, first=short_label(store, facts[0]),
                           second=short_label(store, facts[1]))
    return edition.say("chart.main", entity=entity.name)


# --- the positioning line ---------------------------------------------------------------------


def rank_ids(store, subject: str) -> list[str]:
    """The ranks a partner's positioning line states: as investor, then as trading partner.

    One of each at most: the rank among all partners when the facts give it, else the rank
    within a region; the most important and dated first.
    """
    ranks = [f for f in own_facts(store, subject) if f.metric in _RANK_ROLES and f.value
             and (f.scope is None or f.scope.is_city)]  # never a province's rank as the city's
    ranks.sort(key=lambda f: (f.priority, f.period is None, f.metric.endswith("_in_region")))
    chosen: dict[str, Fact] = {}
    for fact in ranks:
        chosen.setdefault(_RANK_ROLES[fact.metric], fact)
    return [f.id for f in sorted(chosen.values(), key=lambda f: list(_RANK_ROLES).index(f.metric))]


def role(store, item) -> str:
    """A rank as a role: 'second largest investor', 'largest European trading partner' (the
    group a rank is within comes from the fact's `scope.among`, never from the template)."""
    fact = fact_of(store, item)
    noun = _RANK_ROLES[fact.metric]
    among = fact.scope.among if fact.scope else None
    edition = active()
    if edition is not None:
        return _role_in(edition, fact, noun, among)
    if among:
        words = among.split()
        if words[-1].rstrip("s") == noun.split()[-1]:  # "European investors" -> "European investor"
            return f"{rank(fact.value)} {' '.join(words[:-len(noun.split())] or words[:-1])} {noun}"
        return f"{rank(fact.value)} {noun} among {among}"
    region = "regional " if fact.metric.endswith("_in_region") else ""
    return f"{rank(fact.value)} {region}{_quoted_noun(fact, noun)}"


def _quoted_noun(fact: Fact, noun: str) -> str:
    """The role in the quote's own words where it says more exactly what is ranked: 'largest
    source of foreign investment' is not 'largest investor' (a source of investment may be
    many investors)."""
    quote = " ".join(fact.quote.lower().split())
    return next((words for words in _ROLE_WORDS.get(noun, ()) if words in quote), noun)


def _role_in(edition, fact: Fact, noun: str, among: str | None) -> str:
    """A rank as a role in another language: '第二大外资来源地', '欧洲第一大贸易伙伴'."""
    values = {"rank": rank(fact.value), "noun": edition.say(f"role.{noun.replace(' ', '_')}")}
    if among:
        among = edition.translate("fact", f"fact {fact.id} among", among, fact.path,
                                  fact.line_of("scope"))
        return edition.say("role.among", among=among, **values)
    if fact.metric.endswith("_in_region"):
        return edition.say("role.regional", **values)
    return edition.say("role", **values)


def intro_id(store, subject: str) -> str | None:
    """A sentence about the subject for a brief without ranks to state: its own most important
    text fact (a statement before a platform, a milestone …), priority 1 or 2; for a partner, a
    statement or a priority 1 fact only. None when it would be the brief's only text: a thin
    brief lists it under its heading instead of setting it in bold on its own."""
    entity = store.entities[subject]
    if rank_ids(store, subject) and entity.is_partner:
        return None
    texts = [f for f in own_facts(store, subject) if not f.is_numeric and f.text]
    own = [f for f in texts if f.metric in _INTRO_METRICS and f.priority <= 2
           and (not entity.is_partner or f.metric == "statement" or f.priority == 1)]
    own.sort(key=lambda f: (f.priority, _INTRO_METRICS.index(f.metric)))
    return own[0].id if own and len(texts) > 1 else None


# --- sections ---------------------------------------------------------------------------------


def section_ids(store, subject: str, section: str, limit: int = 6,
                shown: tuple[str, ...] = ()) -> list[str]:
    """The text facts of one section of a brief (`platforms`, `milestones`, `events`).

    The subject's own facts first, then facts of other subjects related to it (priority 1 or 2
    only, and only when their text names it: compose/links.py's `names_subject`), details
    (priority 3) last. Never the positioning sentence (it is shown above), a
    city-wide fact in a partner or sector brief (the city overview carries those), a fact tagged
    `suspect-scale` or `check-date`, nor an undated event (a recent event has a date). Each
    statement once: of facts that state the same thing (`same_statement`), the subject's own
    (else the more important) is kept, and nothing the positioning sentence or the sections
    `shown` earlier in the brief said is said again.
    Platforms are ordered by importance, milestones by date (undated last) and events newest
    first. On a production date, "events" holds only events inside the freshness policy's
    window (`recent_events_years`); older events are milestones.
    """
    city, intro = store.city.slug, intro_id(store, subject)
    found = [f for f in live(store, store.find(subject=subject))
             if not f.is_numeric and _section(store, f) == section and f.id != intro
             and (f.subject != city or subject == city)
             and (f.subject == subject or f.priority <= 2 and names_subject(store, f, subject))
             and not kept_out(f)
             and (section != "events" or f.period is not None)]
    # important before detail; within each, the subject's own facts first
    found.sort(key=lambda f: (f.priority > 2, f.subject != subject, f.priority))
    found = distinct(store, subject, found, (*shown, *([intro] if intro else [])))
    if section == "milestones":
        found = by_date(found[:limit])
    elif section == "events":
        found = by_date(found, newest_first=True)
    return [f.id for f in found[:limit]]


def _section(store, fact: Fact) -> str | None:
    """The section a text fact belongs to; an event older than the freshness policy's
    `recent_events_years` is a milestone, not a recent event."""
    section = _SECTION_METRICS.get(fact.metric)
    timeline = timeline_of(store)
    if section == "events" and timeline is not None and not timeline.recent(fact):
        return "milestones"
    return section


def more_ids(store, subject: str, limit: int = 6, exclude: tuple[str, ...] = (),
             shown: tuple[str, ...] = ()) -> list[str]:
    """Further figures for a 'More figures' list: the subject's own numeric facts (priority 1
    or 2) that are not headline figures, nor ranks already stated in the positioning line, nor
    (`exclude`) in the subject's own chart, with their growth labels, nor figures a text the
    brief has `shown` states (its number, from the same source statement), nor an amount
    another listed figure already gives (`_stated_twice`); within a priority, figures neither
    they nor their sources date come last."""
    chart_facts = exclude or None
    if not exclude:  # the automatic chart's bars
        exclude = tuple((chart_for(store, subject) or {}).get("facts", ()))
    growth = {g.id for i in exclude if (g := growth_of(store, i)) is not None}
    listed = set(key_figure_ids(store, subject, chart_facts)) | set(rank_ids(store, subject)) \
        | set(exclude) | growth
    texts = [fact_of(store, i) for i in shown]
    own = [f for f in own_facts(store, subject)
           if f.is_numeric and f.priority <= 2 and f.id not in listed and not kept_out(f)
           and not any(states_figure(t, f) for t in texts)]
    own.sort(key=lambda f: (standing(store, f), f.priority, undated(store, f)))  # undated last
    stated = [fact_of(store, i) for i in sorted(listed)]
    kept: list[Fact] = []
    for fact in own:  # one amount two sources give is listed once
        if len(kept) < limit and not any(_stated_twice(k, fact) for k in stated + kept):
            kept.append(fact)
    return [f.id for f in kept]


def main_platform_ids(store, subject: str, limit: int = 4) -> list[str]:
    """The platforms a city overview names: the city's own, then the most important platforms
    of every partner and sector (priority 1), then the cooperation zones."""
    platforms = [f for f in live(store, store.facts)
                 if f.metric == "platform" and f.text and f.priority <= 2]
    ranked = sorted(platforms, key=lambda f: (f.subject != subject, f.priority > 1,
                                              "zone" not in f.tags, f.priority))
    return [f.id for f in ranked[:limit]]


def subject_names(store, items) -> list[str]:
    """The names of the subjects of some facts, each once, in order."""
    names = (store.entities[fact_of(store, i).subject].name for i in items)
    return list(dict.fromkeys(names))


LISTED_NAMES = 24  # a one-page list of names stops here: a store may hold hundreds of partners


def name_list(names: list[str], most: int = LISTED_NAMES) -> str:
    """'Germany · Israel · Japan'; past `most` names, the first `most` and how many more ('and
    5 more': a count of the list itself, so no list is cut without saying so)."""
    shown = " · ".join(names[:most])
    more = len(names) - most
    if more <= 0:
        return shown
    edition = active()
    return edition.say("list.and_others", names=shown, count=more) if edition is not None \
        else f"{shown} and {more} more"


def first_subjects(store, items, most: int = LISTED_NAMES) -> list:
    """The facts among `items` whose subject is one of the first `most` subjects: what a
    `name_list` of their `subject_names` shows, so only those are cited."""
    kept = subject_names(store, items)[:most]
    return [item for item in items if store.entities[fact_of(store, item).subject].name in kept]


def group_of(store, subject: str) -> list[str]:
    """Names of the partner groups (SCO countries …) a partner belongs to."""
    return list(_groups_by_member(store).get(subject, ()))


def _groups_by_member(store) -> dict[str, list[str]]:
    """Each member's groups' names, in the order of facts/entities.yaml: read from the entities
    once per store (kept on it, as its links are), not once per brief (a pack asks for every
    partner's groups, and reading every entity for each grew with its size squared)."""
    base = getattr(store, "_store", store)
    kept = getattr(base, "_groups", None)
    if kept is not None and kept[0] is store.entities:
        return kept[1]
    groups: dict[str, list[str]] = {}
    for entity in store.entities.values():
        for member in dict.fromkeys(entity.members):
            groups.setdefault(member, []).append(entity.name)
    try:
        base._groups = (store.entities, groups)
    except AttributeError:  # a frozen store: read again next time
        pass
    return groups


def brief_link(store, subject: str, text: str | None = None) -> MarkdownSafe:
    """Markdown for a reference to `subject`'s brief, its `text` (the subject's name by
    default): in a pack, a link to the brief followed by its page ("that brief (p. 14)");
    in a brief alone, the text."""
    entity = store.entities[subject]
    kind = "sector" if entity.kind == "sector" else "partner"
    label = escape_markdown(entity.name if text is None else text)
    return MarkdownSafe(f'[{label}](#{brief_name(kind, subject)} "page")')


def groups_with_brief(store, subject: str) -> list[str]:
    """Slugs of the partner groups a partner belongs to that have a brief of their own."""
    return [e.slug for e in store.entities.values() if subject in e.members and has_brief(store, e.slug)]


def members_in_pack(store, subject: str) -> list[str]:
    """Names of a group's members that have a brief of their own."""
    entity = store.entities[subject]
    return [store.entities[m].name for m in entity.members if has_brief(store, m)]


def in_pack(store, kind: str) -> list[str]:
    """Names of the partners (kind='partner') or sectors (kind='sector') that have a brief."""
    return [e.name for e in store.entities.values()
            if (e.is_partner if kind == "partner" else e.kind == "sector") and has_brief(store, e.slug)]


# --- whether a brief shows anything -----------------------------------------------------------


def has_brief(store, slug: str) -> bool:
    """Whether `slug` is a partner or sector with a brief of its own: it has facts of its own
    and its brief shows one at least (`shows_something`). `briefgen list`, the pack and the
    lists of briefs in other briefs all ask this. Worked out once per store and production date,
    through a view that notes nothing (whether another subject has a brief is no fact a brief
    draws on)."""
    base, timeline = getattr(store, "_store", store), timeline_of(store)
    kept = getattr(base, "_with_brief", None)
    if kept is None or kept[0] is not base.entities or kept[1] != timeline:
        kept = (base.entities, timeline, {})
        try:
            base._with_brief = kept
        except AttributeError:  # a frozen store: worked out again next time
            pass
    known = kept[2]
    if slug not in known:
        entity = base.entities.get(slug)
        known[slug] = (entity is not None and entity.kind != "city" and slug in base.subjects
                       and shows_something(OnDate(base, timeline), slug))
    return known[slug]


def shows_something(store, subject: str) -> bool:
    """Whether a partner's or sector's brief shows a figure or a text fact: its key figures or
    chart, its positioning line (a partner's ranks) or lead, a section (platforms, milestones,
    recent events) or, in a sector brief, its list of more figures. Asked of the helpers its
    template calls, as it calls them, the cheapest first. The title, a partner's groups and the
    sectors (a sector's partners) named by evidence are no content of its own: a brief with
    nothing else would be an empty page."""
    if _headline_candidates(store, subject) or chart_for(store, subject):
        return True  # the panel shows these figures, or the chart does
    entity = store.entities[subject]
    if (entity.is_partner and rank_ids(store, subject)) or intro_id(store, subject):
        return True
    if any(section_ids(store, subject, section) for section in ("platforms", "milestones", "events")):
        return True
    return entity.kind == "sector" and bool(more_ids(store, subject, 3))


def why_not_shown(store, fact: Fact) -> str:
    """Why a brief about `fact`'s subject does not show it, in a few words (the error of a
    brief that would show nothing): the first of the helpers' reasons that applies."""
    superseded = getattr(store, "superseded", {})
    timeline = timeline_of(store)
    tags = [t for t in fact.tags if t in (KEPT_OUT_OF_HEADLINES if fact.is_numeric else KEPT_OUT_OF_LISTS)]
    if fact.equivalent_of:
        why = f"it restates {fact.equivalent_of} in another currency"
    elif fact.id in store.overruled:
        why = "it lost a resolved conflict"
    elif fact.id in superseded:
        why = f"a newer figure supersedes it ({superseded[fact.id]})"
    elif timeline is not None and timeline.unsayable(fact):
        why = "a plan whose date has passed, with nothing to say of it now"
    elif tags:
        why = f"tagged {', '.join(tags)}"
    else:
        why = _figure_not_shown(store, fact) if fact.is_numeric else _text_not_shown(store, fact)
    return why + ("; undated (neither it nor its source says when)" if undated(store, fact) else "")


def _figure_not_shown(store, fact: Fact) -> str:
    partner = store.entities[fact.subject].is_partner
    if fact.unit == "rank":
        return ("a rank of another place or group than the city's" if partner
                else "a rank: only a partner brief's positioning line states ranks")
    if fact.unit in _NOT_HEADLINES:
        if partner:
            metric = store.metrics.get(fact.metric)
            noun = metric.label.lower() if metric is not None else fact.metric
            return (f"a {noun} in {fact.unit} with no figure it is the {noun.split()[-1]} of, "
                    "which a partner brief shows only as the growth of a figure it charts")
        if fact.priority > 2:
            return f"a {fact.unit} figure of priority {fact.priority}: more figures lists priority 1 and 2"
    return "no panel, chart or list picks it"


def _text_not_shown(store, fact: Fact) -> str:
    if not fact.text:
        return "a text fact with no text"
    section = _section(store, fact)
    if section is None:
        return (f"a {fact.metric}, shown only as a brief's lead (priority 1 or 2) beside another "
                "text fact of its own")
    return f"no {section} list picks it"


def by_date(facts: list, newest_first: bool = False) -> list:
    """Fact proxies (or facts) ordered by their period; undated ones last."""
    def key(item):
        fact = getattr(item, "fact", item)
        return fact.period.sort_key() if fact.period else ("" if newest_first else "~")
    return sorted(facts, key=key, reverse=newest_first)


def sectors_of(store, subject: str) -> list[str]:
    """Names of the sectors a partner cooperates with, by evidence (compose/links.py), most
    evidence first: the same links its sectors' `partners_of` lists, read from the other side."""
    return [store.entities[s].name for s in links(store).sectors_of(subject)]


def partners_of(store, subject: str) -> list[str]:
    """Names of the partners a sector cooperates with, by evidence, most evidence first."""
    return [store.entities[p].name for p in links(store).partners_of(subject)]


def template_helpers(store) -> dict:
    """The functions brief templates can call, bound to the store."""
    return {
        "headline_ids": lambda subject, limit=None, exclude=(): headline_ids(
            store, subject, limit, tuple(exclude)),
        "key_figure_ids": lambda subject, chart_facts=None: key_figure_ids(store, subject,
                                                                          chart_facts),
        "chart_for": lambda subject, exclude=(): chart_for(store, subject, tuple(exclude)),
        "rank_ids": lambda subject: rank_ids(store, subject),
        "role": lambda item: role(store, item),
        "intro_id": lambda subject: intro_id(store, subject),
        "section_ids": lambda subject, section, limit=6, shown=(): section_ids(
            store, subject, section, limit, tuple(shown)),
        "more_ids": lambda subject, limit=6, exclude=(), shown=(): more_ids(
            store, subject, limit, tuple(exclude), tuple(shown)),
        "same_statement": lambda a, b: same_statement(store, a, b),
        "group_of": lambda subject: group_of(store, subject),
        "main_platform_ids": lambda subject, limit=4: main_platform_ids(store, subject, limit),
        "subject_names": lambda items: subject_names(store, items),
        "first_subjects": lambda items, most=LISTED_NAMES: first_subjects(store, items, most),
        "name_list": name_list,
        "members_in_pack": lambda subject: members_in_pack(store, subject),
        "brief_link": lambda subject, text=None: brief_link(store, subject, text),
        "groups_with_brief": lambda subject: groups_with_brief(store, subject),
        "in_pack": lambda kind: in_pack(store, kind),
        "by_date": by_date,
        "sectors_of": lambda subject: sectors_of(store, subject),
        "partners_of": lambda subject: partners_of(store, subject),
        "short_label": lambda item: short_label(store, item),
        "when_of": lambda item: when_of(store, item),
        "equivalent_text": lambda item: equivalent_text(store, item),
        "date_prefix": lambda item: date_prefix(store, item),
        "figure_periods": lambda ids: figure_periods(store, ids),
        "figure_note": lambda item: figure_note(store, item),
        "figure_value": lambda item: figure_value(store, item),
        "cites": cites,
        "zero": Decimal(0),
    }
