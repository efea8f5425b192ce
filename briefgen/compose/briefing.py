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

import difflib
import functools
import re
from collections import defaultdict
from decimal import Decimal

from ..facts.model import CURRENCIES, Fact
from ..facts.verify import GENERIC_METRICS
from ..text import date_text
from .formatting import as_of, rank, value_text
from .templates import MarkdownSafe

_NOT_HEADLINES = ("rank", "percent", "pp", "times")  # shown in words, not as panel figures
_CHARTABLE_UNITS = CURRENCIES | {"count", "m2", "km2", "ha", "t"}
# Measures that may share a chart (each bar labelled with its own measure); any other metric
# is charted only with itself.
_FAMILIES = {
    "fdi_signed_cumulative": "inbound", "fdi_utilized_cumulative": "inbound",
    "fdi_paid_in_cumulative": "inbound", "fdi_contract": "inbound-period",
    "fdi_utilized": "inbound-period", "trade_volume": "trade", "exports": "trade",
    "imports": "trade", "projects_cumulative": "projects-both-ways",
    "outbound_projects_cumulative": "projects-both-ways",
}
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
_REGION_WORDS = ("European", "Asian", "African", "American", "Latin American", "Middle Eastern",
                 "Nordic", "Oceanian", "Central Asian", "Southeast Asian", "Northeast Asian")
_SECTION_METRICS = {  # metric -> the section of a brief it belongs to
    "platform": "platforms", "sister_city": "platforms", "agreement": "platforms",
    "policy": "platforms", "milestone": "milestones", "event": "events",
}
_INTRO_METRICS = ("statement", "platform", "milestone", "sister_city", "policy", "agreement")
_YEAR = re.compile(r"\b(1[89]\d\d|2[01]\d\d)\b")
_KEPT_OUT = ("suspect-scale", "check-date")  # tags of facts no list shows (see the docstring)
_WORDS = re.compile(r"\w+")
_SIMILAR = 0.6  # word-sequence similarity above which two texts of one statement are one item
_MIN_HEADLINES = 3  # figures a panel needs before it leaves the chart's figures to the chart


def _fact(store, item) -> Fact:
    """A Fact from an id, a template proxy or a Fact."""
    if isinstance(item, str):
        return store.get(item)
    return getattr(item, "fact", item)


def _live(store, facts: list[Fact]) -> list[Fact]:
    """Without second-currency restatements and the losing side of resolved conflicts."""
    return [f for f in facts if not f.equivalent_of and f.id not in store.overruled]


def _own(store, subject: str) -> list[Fact]:
    return [f for f in _live(store, store.find(subject=subject)) if f.subject == subject]


def _measure(fact: Fact):
    """What makes two figures the same measure: a family of metrics, or a generic metric's label."""
    return _FAMILIES.get(fact.metric) or (
        (fact.metric, fact.label) if fact.metric in GENERIC_METRICS else fact.metric)


def _kept_out(fact: Fact) -> bool:
    return any(tag in fact.tags for tag in _KEPT_OUT)


def _undated(store, fact: Fact) -> bool:
    """Neither the figure nor its source says when it holds."""
    seed = store.seeds.get(fact.seed)
    return fact.period is None and (seed is None or not (seed.date or seed.year))


def _headline_candidates(store, subject: str, exclude: tuple[str, ...] = ()) -> list[Fact]:
    own = [f for f in _own(store, subject)
           if f.is_numeric and f.id not in exclude and f.unit not in _NOT_HEADLINES
           and not _kept_out(f)]
    # stable: the curator's order within a priority; a figure no one dated after the dated ones
    own.sort(key=lambda f: (f.priority > 2, _undated(store, f), f.priority))
    kept: list[Fact] = []
    for fact in own:  # one measure is shown in one unit and one period only
        if not any(_measure(k) == _measure(fact) and (k.unit, k.period) != (fact.unit, fact.period)
                   for k in kept):
            kept.append(fact)
    return kept


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
    """An honest bar chart spec from the subject's facts, or None when the data allows none.

    Bars share one unit, one counted thing and one period; they may be different measures
    (signed vs utilised), so the spec allows mixed measures and every bar keeps its own label.
    The spec's `title` says what is compared.
    """
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in _own(store, subject):
        if (fact.is_numeric and fact.unit in _CHARTABLE_UNITS and fact.id not in exclude
                and fact.period and fact.value > 0 and not _kept_out(fact)):
            groups[(_measure(fact), fact.unit, fact.counted, fact.period.text,
                    fact.period.kind)].append(fact)
    usable = [g for g in groups.values() if 2 <= len(g) <= 6]
    if not usable:
        return None
    best = max(usable, key=lambda g: (sum(3 - f.priority for f in g), g[0].unit in CURRENCIES,
                                      len(g)))
    best = sorted(_parts_without_total(best), key=lambda f: -f.value)
    spec = {"kind": "hbar", "facts": [f.id for f in best],
            "labels": {f.id: _short_label(f) for f in best},
            "title": _chart_title(store, subject, best)}
    if len({f.metric for f in best}) > 1:
        spec["allow_mixed"] = ["measures"]
    growth = {f.id: g.id for f in best if (g := growth_of(store, f)) is not None}
    if growth:
        spec["growth"] = growth
    return spec


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
    fact = _fact(store, item)
    if fact.period is None:
        return None
    stem = "growth of " + fact.label.lower()
    for other in _own(store, fact.subject):
        if (other.metric == "growth_yoy" and other.period == fact.period
                and other.label.lower().startswith(stem)):
            return other
    return None


def _chart_title(store, subject: str, facts: list[Fact]) -> str:
    """What the chart compares: 'Investment from South Korea: signed and actually utilised'."""
    entity, city = store.entities[subject], store.city
    words = [_MEASURE_WORDS.get(f.metric) for f in facts]
    family = _FAMILIES.get(facts[0].metric)
    if family and all(words):
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
    return f"{entity.name}: {' and '.join(_short_label(f) for f in facts[:2])}" if len(facts) == 2 \
        else f"{entity.name}: the main figures compared"


# --- the positioning line ---------------------------------------------------------------------


def rank_ids(store, subject: str) -> list[str]:
    """The ranks a partner's positioning line states: as investor, then as trading partner.

    One of each at most: the rank among all partners when the facts give it, else the rank
    within a region; the most important and dated first.
    """
    ranks = [f for f in _own(store, subject) if f.metric in _RANK_ROLES and f.value]
    ranks.sort(key=lambda f: (f.priority, f.period is None, f.metric.endswith("_in_region")))
    chosen: dict[str, Fact] = {}
    for fact in ranks:
        chosen.setdefault(_RANK_ROLES[fact.metric], fact)
    return [f.id for f in sorted(chosen.values(), key=lambda f: list(_RANK_ROLES).index(f.metric))]


def role(store, item) -> str:
    """A rank as a role: 'second largest investor', 'largest European trading partner'."""
    fact = _fact(store, item)
    region = ""
    if fact.metric.endswith("_in_region"):
        found = [w for w in _REGION_WORDS if re.search(rf"\b{w}\b", fact.label)]
        region = (max(found, key=len) + " ") if found else "regional "
    return f"{rank(fact.value)} {region}{_RANK_ROLES[fact.metric]}"


def intro_id(store, subject: str) -> str | None:
    """A sentence about the subject for a brief without ranks to state: its own most important
    text fact (a statement before a platform, a milestone …), priority 1 or 2; for a partner, a
    statement or a priority 1 fact only. None when it would be the brief's only text: a thin
    brief lists it under its heading instead of setting it in bold on its own."""
    entity = store.entities[subject]
    if rank_ids(store, subject) and entity.is_partner:
        return None
    texts = [f for f in _own(store, subject) if not f.is_numeric and f.text]
    own = [f for f in texts if f.metric in _INTRO_METRICS and f.priority <= 2
           and (not entity.is_partner or f.metric == "statement" or f.priority == 1)]
    own.sort(key=lambda f: (f.priority, _INTRO_METRICS.index(f.metric)))
    return own[0].id if own and len(texts) > 1 else None


# --- sections ---------------------------------------------------------------------------------


def section_ids(store, subject: str, section: str, limit: int = 6,
                shown: tuple[str, ...] = ()) -> list[str]:
    """The text facts of one section of a brief (`platforms`, `milestones`, `events`).

    The subject's own facts first, then facts of other subjects related to it (priority 1 or 2
    only), details (priority 3) last. Never the positioning sentence (it is shown above), a
    city-wide fact in a partner or sector brief (the city overview carries those), a fact tagged
    `suspect-scale` or `check-date`, nor an undated event (a recent event has a date). Each
    statement once: of facts that state the same thing (`same_statement`), the subject's own
    (else the more important) is kept, and nothing the positioning sentence or the sections
    `shown` earlier in the brief said is said again.
    Platforms are ordered by importance, milestones by date (undated last) and events newest
    first.
    """
    city, intro = store.city.slug, intro_id(store, subject)
    found = [f for f in _live(store, store.find(subject=subject))
             if not f.is_numeric and _SECTION_METRICS.get(f.metric) == section and f.id != intro
             and (f.subject != city or subject == city)
             and (f.subject == subject or f.priority <= 2) and not _kept_out(f)
             and (section != "events" or f.period is not None)]
    # important before detail; within each, the subject's own facts first
    found.sort(key=lambda f: (f.priority > 2, f.subject != subject, f.priority))
    found = _distinct(store, subject, found, (*shown, *([intro] if intro else [])))
    if section == "milestones":
        found = by_date(found[:limit])
    elif section == "events":
        found = by_date(found, newest_first=True)
    return [f.id for f in found[:limit]]


def more_ids(store, subject: str, limit: int = 6, exclude: tuple[str, ...] = (),
             shown: tuple[str, ...] = ()) -> list[str]:
    """Further figures for a 'More figures' list: the subject's own numeric facts (priority 1
    or 2) that are not headline figures, nor ranks already stated in the positioning line, nor
    (`exclude`) in the subject's own chart, with their growth labels, nor figures a text the
    brief has `shown` states (its number, from the same source statement)."""
    chart_facts = exclude or None
    if not exclude:  # the automatic chart's bars
        exclude = tuple((chart_for(store, subject) or {}).get("facts", ()))
    growth = {g.id for i in exclude if (g := growth_of(store, i)) is not None}
    listed = set(key_figure_ids(store, subject, chart_facts)) | set(rank_ids(store, subject)) \
        | set(exclude) | growth
    texts = [_fact(store, i) for i in shown]
    own = [f for f in _own(store, subject)
           if f.is_numeric and f.priority <= 2 and f.id not in listed and not _kept_out(f)
           and not any(_states_figure(t, f) for t in texts)]
    own.sort(key=lambda f: f.priority)
    return [f.id for f in own[:limit]]


# --- one statement, once ----------------------------------------------------------------------


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
    a, b = _fact(store, a), _fact(store, b)
    if a.id == b.id:
        return True
    if a.is_numeric or b.is_numeric or not (a.text and b.text):
        return False
    if _says_all_of(a, b) or _says_all_of(b, a):
        return True
    return _shares_statement(a, b) and _similar(a.text, b.text)


def _distinct(store, subject: str, facts: list[Fact], shown=()) -> list[Fact]:
    """`facts` in their order, without those that state what one `shown` or one kept states;
    of two that state the same thing, the subject's own, else the more important, else the one
    about more subjects (the group's six trade offices before one member's office), is kept."""
    before = [_fact(store, i) for i in shown]
    kept: list[Fact] = []
    for fact in sorted(facts, key=lambda f: (f.subject != subject, f.priority, -len(f.related))):
        if not any(same_statement(store, fact, other) for other in (*before, *kept)):
            kept.append(fact)
    ids = {f.id for f in kept}
    return [f for f in facts if f.id in ids]


def _states_figure(text_fact: Fact, figure: Fact) -> bool:
    """A text fact prints a figure: its text holds the figure's number as written, and it quotes
    the statement the figure comes from ('Qingdao's 15 campaigns: …' and '15 campaigns')."""
    if not text_fact.text or not figure.as_written or not _shares_statement(text_fact, figure):
        return False
    text = text_fact.text.lower()
    numbers = re.findall(r"\d[\d,.]*\d|\d", figure.as_written)
    if not numbers:  # written in words: 'six', 'doubled'
        return bool(re.search(rf"\b{re.escape(figure.as_written.lower())}\b", text))
    return all(re.search(rf"(?<![\d.,]){re.escape(n)}(?![\d]|[.,]\d)", text) for n in numbers)


def main_platform_ids(store, subject: str, limit: int = 4) -> list[str]:
    """The platforms a city overview names: the city's own, then the most important platforms
    of every partner and sector (priority 1), then the cooperation zones."""
    platforms = [f for f in _live(store, store.facts)
                 if f.metric == "platform" and f.text and f.priority <= 2]
    ranked = sorted(platforms, key=lambda f: (f.subject != subject, f.priority > 1,
                                              "zone" not in f.tags, f.priority))
    return [f.id for f in ranked[:limit]]


def subject_names(store, items) -> list[str]:
    """The names of the subjects of some facts, each once, in order."""
    names = (store.entities[_fact(store, i).subject].name for i in items)
    return list(dict.fromkeys(names))


LISTED_NAMES = 24  # a one-page list of names stops here: a store may hold hundreds of partners


def name_list(names: list[str], most: int = LISTED_NAMES) -> str:
    """'Germany · Israel · Japan'; past `most` names, the first `most` and 'and others' (no
    count: a number in a brief comes from a fact)."""
    shown = " · ".join(names[:most])
    return shown + (" and others" if len(names) > most else "")


def first_subjects(store, items, most: int = LISTED_NAMES) -> list:
    """The facts among `items` whose subject is one of the first `most` subjects: what a
    `name_list` of their `subject_names` shows, so only those are cited."""
    kept = subject_names(store, items)[:most]
    return [item for item in items if store.entities[_fact(store, item).subject].name in kept]


def group_of(store, subject: str) -> list[str]:
    """Names of the partner groups (SCO countries …) a partner belongs to."""
    return [e.name for e in store.entities.values() if subject in e.members]


def members_in_pack(store, subject: str) -> list[str]:
    """Names of a group's members that have a brief of their own."""
    entity = store.entities[subject]
    return [store.entities[m].name for m in entity.members
            if m in store.subjects and m in store.entities]


def in_pack(store, kind: str) -> list[str]:
    """Names of the partners (kind='partner') or sectors (kind='sector') that have a brief."""
    return [e.name for e in store.entities.values() if e.slug in store.subjects and e.kind != "city"
            and (e.is_partner if kind == "partner" else e.kind == "sector")]


def by_date(facts: list, newest_first: bool = False) -> list:
    """Fact proxies (or facts) ordered by their period; undated ones last."""
    def key(item):
        fact = getattr(item, "fact", item)
        return fact.period.sort_key() if fact.period else ("" if newest_first else "~")
    return sorted(facts, key=key, reverse=newest_first)


def sectors_of(store, subject: str) -> list[str]:
    """Names of the sectors a subject's facts are related to, most frequent first."""
    counts: dict[str, int] = defaultdict(int)
    for fact in store.find(subject=subject):
        for slug in (fact.subject, *fact.related):
            entity = store.entities.get(slug)
            if entity is not None and entity.kind == "sector":
                counts[entity.name] += 1
    return sorted(counts, key=lambda name: (-counts[name], name))


def partners_of(store, subject: str) -> list[str]:
    """Names of the partners a sector's facts are related to, most frequent first."""
    counts: dict[str, int] = defaultdict(int)
    for fact in store.find(subject=subject):
        for slug in (fact.subject, *fact.related):
            entity = store.entities.get(slug)
            if entity is not None and entity.is_partner:
                counts[entity.name] += 1
    return sorted(counts, key=lambda name: (-counts[name], name))


# --- words for figures ------------------------------------------------------------------------


def short_label(store, item) -> str:
    """A figure's label without a trailing period the panel prints under it anyway.

    'Qingdao's trade with South Korea, Q1 2019' -> "Qingdao's trade with South Korea";
    'Pages of the plan (April 2019)' -> 'Pages of the plan'. Only a last clause that names a
    year of the fact's own period goes; a label without a period keeps every word.
    """
    return _short_label(_fact(store, item))


def _short_label(fact: Fact) -> str:
    label = fact.label
    if fact.period is None:
        return label
    years = set(_YEAR.findall(fact.period.text))
    match = re.search(r"(?:,\s*([^,()]{1,40})|\s*\(([^()]{1,40})\))\s*$", label)
    if not match:
        return label
    clause = match.group(1) or match.group(2)
    clause_years = set(_YEAR.findall(clause))
    if clause_years and clause_years <= years and len(clause.split()) <= 5:
        shorter = label[:match.start()].rstrip(" ,")
        return shorter if len(shorter) >= 12 else label
    return label


def when_of(store, item) -> str:
    """When a figure holds ('as of March 2019', 'Q1 2019'); for an undated figure, when its
    source reported it ('reported 2019', 'reported 30 May 2024'), or 'date not given' when the
    source has no date either (headline choice puts such figures last)."""
    fact = _fact(store, item)
    if fact.period is not None:
        return as_of(fact.period)
    seed = store.seeds.get(fact.seed)
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
    fact = _fact(store, item)
    if fact.period is None or fact.period.inferred:
        return ""
    years = set(_YEAR.findall(fact.period.text))
    if years & set(_YEAR.findall(fact.text or "")):
        return ""
    return as_of(fact.period)


def equivalent_text(store, item) -> str:
    """The same figure in a second currency, as the source gives it ('about US$432.32 million'),
    or '' when the source gives none."""
    equivalents = store.equivalents(_fact(store, item).id)
    return value_text(equivalents[0]) if equivalents else ""


def figure_value(store, item) -> str:
    """A figure's value for running text. A share or multiplier the source gives in words
    ('nearly one third', 'doubled', 'seven-fold') keeps its words: printing 33.33% or 2 times
    would claim a precision the source does not have."""
    fact = _fact(store, item)
    written = fact.as_written or ""
    if fact.unit in ("percent", "times") and written and not re.search(r"\d", written):
        return written[:1].lower() + written[1:]
    return value_text(fact)


def figure_note(store, item) -> str:
    """When a figure in a list holds, unless its label already names that period: "as of 2019"
    for 'Enterprises: 24', '' for 'Growth of trade, 2018 (year on year): 41.9%'; '' when
    neither the figure nor its source is dated."""
    fact = _fact(store, item)
    if _undated(store, fact):
        return ""
    when = when_of(store, fact)
    years = set(_YEAR.findall(fact.period.text)) if fact.period else set()
    if years and years <= set(_YEAR.findall(_short_label(fact))):
        return ""
    return when


def figure_periods(store, ids) -> list[str]:
    """The distinct periods of some figures, oldest first, for a 'Periods of the figures' line
    (a template prints the line, and its caution, only when there are two or more)."""
    facts = sorted((_fact(store, i) for i in ids),
                   key=lambda f: (f.period is None, f.period.sort_key() if f.period else ""))
    return list(dict.fromkeys(when_of(store, f) for f in facts))


def cites(items, fact=None) -> MarkdownSafe:
    """The citation markers of several facts, each source once: `cites(ids, fact)` or
    `cites(proxies)`."""
    proxies = [fact(i) if isinstance(i, str) and fact is not None else i for i in items]
    return MarkdownSafe("".join(dict.fromkeys(str(p.cite) for p in proxies)))


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
