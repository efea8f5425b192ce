"""Suggestions that make a candidate a fact a person only has to confirm: metric, id, label.

The metric is guessed from the words just before the figure ("signed foreign investment of
$30.462 billion" is `fdi_signed_cumulative`), the id follows the store's convention
`<subject-short>.<what>-<period>`, the label says what is measured, for whom and where, in the
source's own words when no metric says it better. They are guesses, written into the inbox for
review with the reason for each; a guess that is not a known metric is left empty, so `accept`
asks for it instead of storing a wrong one.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from briefgen.facts.extract.candidates import IN_SENTENCE, INVESTED_ABROAD, LEVEL_COMPARED, MEMBERS_ASIDE, PARTNER_FIRM_NOTE, \
    Candidate, says_each_year
from briefgen.facts.extract.noise import NoiseSpans
from briefgen.facts.extract.rules import counted_after, is_plural
from briefgen.facts.extract.scope import name_lists, names_abroad, without_city_provinces
from briefgen.facts.extract.subjects import PART_ACTING, PART_ACTS, named_part, noted_part
from briefgen.facts.inbox.label_check import MONEY_WORDS, RATE_AFTER
from briefgen.facts.model import PHYSICAL_UNITS
from briefgen.facts.quantities import NUMBER_PATTERN, ORDINALS, find_quantities
from briefgen.facts.rules.scope import SPEECH_BEFORE, _opened

# (words before the figure, metric when cumulative, metric otherwise); first match wins. Cues
# start at a word ("contractual" is no "actual", "designed" no "signed").
_MONEY_CUES = [
    # investment going out ("the actual investment in countries along the Belt and Road"):
    # never foreign investment coming in; its label is the source's words. Only investment:
    # "exports to overseas markets" are exports, "capital from overseas investors" comes in
    (r"(?:outbound|outward|overseas)\s+(?:direct\s+)?invest(?!or)|invest(?:ments?|ed)?\s+"
     r"(?:made\s+)?(?:abroad|overseas|in\s+(?:other\s+|foreign\s+)?countries\b)",
     "investment_amount", "investment_amount"),
    # ("real use of foreign fund amounting to 4.6 billion yuan", a translation of the same)
    (r"actually[\s-]+utili[sz]ed|utili[sz]ed|\bactual\s+(?:foreign\s+)?investments?\b|\breal\s+use\s+of\s+foreign\s+(?:funds?|capital|investment)",
     "fdi_utilized_cumulative", "fdi_utilized"),
    (r"paid-in", "fdi_paid_in_cumulative", "fdi_paid_in_cumulative"),
    # contracts won abroad ("newly signed foreign contracts", "foreign contracted projects"): the
    # city's firms' work abroad, no foreign investment signed (no metric of its own: the label is
    # the source's words)
    (r"(?:foreign|overseas|international)\s+(?:contracts|contract(?:ed)?\s+projects|engineering)|"
     r"contracted\s+projects|projects\s+contracted", "overseas_contracts", "overseas_contracts"),
    # (signed by or with someone from abroad: not "the zone … signed contracts worth $38.6 billion")
    (r"(?:foreign|overseas|investors?|multinational|fortune|funded|countries|partners|[a-z]+(?:an|ese|ish)\s+(?:firms?|compan(?:y|ies)|"
     r"enterprises?|investors?|businesses|groups?))[^.;]{0,60}\bsigned"
     r"|\bsigned[^.;]{0,60}(?:foreign|overseas|investors?|multinational|fortune|funded)|contract(?:ual|ed)?\s+foreign",
     "fdi_signed_cumulative", "fdi_contract"),
    (r"two-way\s+investment", "two_way_investment_cumulative", "two_way_investment_cumulative"),
    (r"\bplanned", "investment_planned", "investment_planned"),
    # (not a thing named for trade: "the Demonstration Zone for … Economic and Trade Cooperation")
    (r"import\s+and\s+export|imports\s+and\s+exports|trade\s+volume|trade\b(?!\s+(?:cooperation|zones?|"
     r"cent(?:er|re)s?|fairs?|expos?|organi[sz]ation|offices?|promotion|week|conferences?|forums?|parks?|"
     r"areas?|hubs?|agreements?|war|frictions?|barriers?|polic(?:y|ies)|representatives?|missions?|"
     r"delegations?|talks|ties|relations|partners?)\b)", "trade_volume", "trade_volume"),
    # (not industry's "export delivery value", the output its firms delivered for export: no exports)
    (r"export(?:s|ed)?\b(?!\s+delivery\b)", "exports", "exports"),
    (r"import(?:s|ed)?\b", "imports", "imports"),
    (r"total\s+investment|invest", "investment_total_cumulative", "investment_amount"),
]
_DOMESTIC = re.compile(r"\s*(?:of\s+|in\s+)?domestic\b")
_PEOPLE = re.compile(r"\b(?:people|passengers|participants|experts|professionals|technicians|"
                     r"researchers|scholars|visitors|tourists|students|residents|workers)\b", re.I)


def suggest_metric(candidate: Candidate, text_before: str,
                   known: dict[str, tuple[str, ...]]) -> str | None:
    """A metric name for the candidate, if it is a known metric that allows its unit."""
    return metric_and_reason(candidate, text_before, known)[0]


def metric_and_reason(candidate: Candidate, text_before: str,
                      known: dict[str, tuple[str, ...]], city: str | None = None) -> tuple[str | None, str]:
    """The suggested metric and why: the words that chose it, or why none is suggested. A
    rank among another's partners ("China is the largest trading partner of South Korea") is
    no rank among the city's (`city`, its name): a plain rank."""
    guess = _guess_metric(candidate, text_before[-90:].lower())
    if guess in _OTHER_WAY and _toward_home(candidate, guess, text_before[-90:],
                                                   candidate.scope.place or city):
        return _OTHER_WAY[guess], f"'{guess}' to or from {candidate.scope.place or city}: its {_OTHER_WAY[guess]}"
    if guess in ("trade_partner_rank", "investor_rank") and _among_anothers(candidate, text_before, city):
        return "rank", "a rank among another's partners or investors, not the city's"
    if guess not in known or (known[guess] and candidate.unit not in known[guess]):
        return None, f"'{guess}' is not a metric of facts/metrics.yaml for {candidate.unit}: choose one"
    return guess, _metric_reason(candidate, text_before[-90:].lower(), guess)


def _metric_reason(c: Candidate, before: str, metric: str) -> str:
    cumulative = " (cumulative: the period runs up to a date)" if c.period_kind == "cumulative" else ""
    if c.unit not in _NON_MONEY:
        if _DOMESTIC.match(_after(c, before)):
            return "domestic money after the figure: no foreign-investment metric"
        group = _group_of(c, before)
        if group:
            return f"the figure is of {group[0]}, not the city's in a period"
        for words in (_last_clause(before), _clause(before)):
            for cue, _, _ in _MONEY_CUES:
                m = re.search(cue, words)
                if m:
                    return f"'{m[0]}' before the figure{cumulative}"
        if invested := _TO_BE_INVESTED.match(_after(c, before)):
            return f"'{invested[0].strip()}' after the figure"
        return "an amount of money with no words that say which"
    if c.unit == "count":
        return f"counts '{c.counted}'{cumulative}" if c.counted else "a number with nothing counted"
    if c.unit == "rank":
        return f"a rank; the words after it: '{_after(c, before)[:40].strip()}'"
    if c.kind == "change":
        return f"a change ({c.direction})" + (", year on year" if metric == "growth_yoy" else "")
    return f"a figure in {c.unit}"

def _guess_metric(c: Candidate, before: str) -> str | None:
    cumulative = c.period_kind == "cumulative"
    if c.unit not in _NON_MONEY:
        if _DOMESTIC.match(_after(c, before)):  # "utilized 1.1 billion yuan of domestic capital"
            return "money"  # not foreign investment: the label says it in the source's words
        group = _group_of(c, before)
        if group:  # "The projects have contracted foreign capital worth $1.24 billion"
            return "investment_amount" if re.search(r"invest|capital", group[1]) else "money"
        for words in (_last_clause(before), _clause(before)):  # "… increased by 15.7 percent to reach"
            for cue, when_cumulative, otherwise in _MONEY_CUES:
                if re.search(cue, words):
                    return when_cumulative if cumulative else otherwise
        if _TO_BE_INVESTED.match(_after(c, before)):  # "27 billion yuan will be invested in energy"
            return "investment_planned"
        return "money"
    if c.unit == "count":
        return _count_metric(c, cumulative)
    if c.unit == "rank":
        if re.search(r"trad(?:ing|e)\s+partner", _after(c, before)):
            return "trade_partner_rank"
        return "investor_rank" if re.search(r"investor|source", _after(c, before)) else "rank"
    if c.unit in ("percent", "pp", "times"):
        return _ratio_metric(c, before)
    return _BY_KIND.get(c.kind)


# "U.S. exports to Qingdao": the other side's exports are the city's imports, and "Japan's imports
# from the city" its exports
_OTHER_WAY = {"exports": "imports", "imports": "exports"}
_WAY = {"exports": r"export(?:s|ed)?\b(?:\s+FIGURE)?(?:\s+(?:of|in)\s+[\w\s-]{1,30}?)?\s+to",
        "imports": r"import(?:s|ed)?\b(?:\s+FIGURE)?(?:\s+(?:of|in)\s+[\w\s-]{1,30}?)?\s+from"}


def _toward_home(c: Candidate, guess: str, before: str, home: str | None) -> bool:
    """Whether the trade the words around a figure name goes to (exports) or comes from
    (imports) the city or the place the figure is about: "Japan's exports to Qingdao totaled
    …", "Japan imported $1 billion of goods from the city"."""
    places = r"the\s+city" + (rf"|(?:the\s+city\s+of\s+)?{re.escape(home)}" if home else "")
    words = f"{_last_clause(before)} FIGURE {re.split(r'[,;.]', _after_raw(c, before))[0]}"
    # (not the city's partners, "exports to the city's largest trading partner", nor another
    # city, "exports to the city of Osaka")
    return bool(re.search(rf"{_WAY[guess]}\s+(?:{places})(?![\w'’-]|\s+of\b)", words, re.IGNORECASE))


def _among_anothers(c: Candidate, before: str, city: str | None) -> bool:
    """"the largest trading partner of South Korea": the group is another's, neither the city's
    nor that of the home place the figure is about ("… of Shandong", scope Shandong; a country
    abroad whose partners the rank is among stays another's)."""
    whose = _OF_WHOM.match(_after_raw(c, before))
    home = (city, c.scope.place) if c.scope.level in ("city", "province") else (city,)  # "of Shandong": its scope
    return bool(whose and city) and whose[1] not in home


# "… trading partner of South Korea", "… source of investment of Japan": whose partners
_OF_WHOM = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:trading\s+partners?|investors?|sources?(?:\s+of\s+[a-z\s]+?)?)"
                      r"\s+(?:of|for)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _count_metric(c: Candidate, cumulative: bool) -> str:
    counted = c.counted or ""
    if re.search(r"\bprojects\b", counted):
        return "projects_cumulative" if cumulative else "projects"
    if re.search(r"\bjobs\b", counted):
        return "jobs"
    return "people" if _PEOPLE.search(counted) else "count"


def _ratio_metric(c: Candidate, before: str) -> str:
    if c.kind == "change":
        return "growth_yoy" if re.search(r"year-on-year|y-o-y|yoy", c.quote.lower()) else "change"
    return "ratio" if c.unit == "times" else "share"


_NON_MONEY = PHYSICAL_UNITS  # TEU, working days, nautical miles: no money cue applies
_BY_KIND = {"area": "area", "mass": "mass", "duration": "duration", "multiplier": "ratio"}


# The goods a trade figure is of, named before its noun: "Its peanut exports topped …", "high-tech
# product exports" (not whose or how much: "the city's total exports", "foreign trade exports"; the
# goods open their noun phrase, so not "electrical product" of "mechanical and electrical product")
_NOT_GOODS = (r"(?:its|their|the|this|that|these|those|our|his|her|total|foreign|overall|annual|combined|monthly|"
              r"yearly|general|import|export|trade|and|or|of|to|from|whose|local|direct|new|net|which|while|"
              r"whereas|saw|sees|see|with|as|but|when|where|that|who|was|were|is|are|had|has|have|rising|"
              r"increased|increasing|growing|grew|falling|fell|boosted|expanded|record|city|port|province|"
              r"company|country|firm|firms|companies|enterprise|enterprises|\w+['’]s)")
_GOODS_TRADED = re.compile(rf"(?:^|(?<![\w'’-])(?i:its|their|the|this|that|these|those|our|total|while|whereas|but|\w+['’]s)\s+|[,;:(]\s*)"
                           rf"(?P<goods>(?!{_NOT_GOODS}\b)[a-z][a-z-]+(?:\s+(?!{_NOT_GOODS}\b)[a-z][a-z-]+)?)"
                           r"\s+(?P<way>exports|imports)\s+(?:\w+\s+){0,3}$")


# the kind of projects a total investment is of: "approved 2,309 Taiwan-funded projects with a total
# investment of", "40 new foreign-invested projects with total investment of"
_PROJECTS_OF_A_KIND = re.compile(rf"(?:{NUMBER_PATTERN})(?![\d,])\s+(?:(?:key|major|new)\s+)*"
                                 r"(?P<kind>(?:(?!(?:key|major|new|the|of|and|with)\b)(?!\d)[\w-]+\s+){0,2}?"
                                 r"(?!(?:key|major|new|the|of|and|with)\b)(?!\d)[\w-]+)\s+projects\s+with\s+(?:a\s+|an\s+)?"
                                 r"(?:total\s+|combined\s+)?investment\s+(?:of|exceeding|worth)\s+(?:more\s+than\s+|over\s+|about\s+)?$",
                                 re.IGNORECASE)


# Money a plan will invest, said right after it: "a total of 19.2 billion yuan will be invested in"
_TO_BE_INVESTED = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:will|is\s+to|are\s+to|would)\s+be\s+invested\b")


def _last_clause(before: str) -> str:
    """The words since the previous figure ("…$30.462 billion and actually utilized …"), within the
    figure's sentence ("… investments.\n\nStatistics show that the total output value of Shinan
    was": no investment's), or with the sentence before when the figure's sentence points back to
    it ("… investment grew fast. It reached")."""
    since_figure = re.split(r"\d[\d,.]*\s*(?:billion|million)?", before)[-1]
    sentences = _SENTENCE_OR_LINE_BREAK.split(since_figure)
    if len(sentences) > 1 and _OPENS_POINTING_BACK.match(sentences[-1]):
        return " ".join(sentences[-2:])
    return sentences[-1]


# (in lowered words too; not after an abbreviation: "in the u.s. reached", "singapore, etc. reached")
_SENTENCE_OR_LINE_BREAK = re.compile(r"(?<!\.[a-z]\.)(?<!\betc\.)(?<!\bco\.)(?<!\bno\.)(?<!\bltd\.)(?<!\binc\.)"
                                     r"(?<!\bvs\.)(?<!\bst\.)(?<!\bmr\.)(?<!\bms\.)(?<!\bdr\.)(?<=[a-z)][.!?])\s+"
                                     r"|(?<!:)\n")  # (not a heading's colon: "Actually utilized foreign capital:\n3.5 …")
_OPENS_POINTING_BACK = re.compile(r"\s*(?:it|this|that|they|the\s+(?:figure|total|amount))\b", re.IGNORECASE)


def _clause(before: str) -> str:
    """The words of the figure's clause before it, figures included."""
    return re.split(r"[,;:.]\s", before)[-1]


def _after(c: Candidate, before: str) -> str:
    return _after_raw(c, before)[:60].lower()


def suggest_label(candidate: Candidate, metric: str | None, metric_labels: dict[str, str],
                  text_before: str, partners: dict[str, str] | None = None,
                  city: str | None = None) -> str:
    """What a reader sees next to the value."""
    return label_and_reason(candidate, metric, metric_labels, text_before, partners, city)[0]


# Words saying where counted things are ("Workers positioned abroad", "Students studying in
# Japan"), and parts of the world they may be in ("3,000 engineers in Africa")
_WHERE_WORDS = r"positioned|stationed|based|working|living|studying|employed|located|deployed|sent"
_WORLD_PARTS = (r"Africa|Europe|Asia|Latin\s+America|North\s+America|South\s+America|Oceania|"
                r"(?:the\s+)?Middle\s+East|(?:Southeast|South|Central|East|West|Northeast)\s+Asia")
# a label saying where its things are: the figure's place follows in brackets, not as "in Qingdao"
_ELSEWHERE = re.compile(rf"\b(?:abroad|overseas)\b(?!-)|\b(?:{_WHERE_WORDS})\s+(?:in|at)\b|\bhosting\s+the\b"
                        rf"|\bin\s+(?:{_WORLD_PARTS})\b", re.IGNORECASE)


def label_and_reason(c: Candidate, metric: str | None, metric_labels: dict[str, str],
                     text_before: str, partners: dict[str, str] | None = None,
                     city: str | None = None) -> tuple[str, str]:
    """The label and where its words come from. It says whose figure it is and the wider place
    or group a figure is about (a label without them would read as the city's own figure).
    `partners` maps partner slugs to their names; `city` is the city's name."""
    place = c.scope.place  # a wider place, or a city other than the project's
    label, why = _what(c, metric, metric_labels, text_before, (partners or {}).get(c.subject or ""),
                       place or city or "", place, city)
    owner = _owner_left_out(c, label, text_before)
    why = f"{owner}; {why}" if owner else why
    label = label[:1].upper() + label[1:]
    partner = (partners or {}).get(c.subject or "")
    way = _TRADED.match(label) if partner and partner.lower() not in label.lower() else None
    if way:  # "Tractors exported" in Kazakhstan's brief would read as Kazakhstan's exports
        label = f"{label[:way.end()]} {_TRADE_WAY[way['verb']]} {_with_the(partner)}{label[way.end():]}"
        why += f"; the partner it went {_TRADE_WAY[way['verb']]}, which the brief's title alone does not say"
    if _PLANNED_SIZE.search(_before_in_quote(c, text_before)) and not re.search(r"\bplan", label, re.IGNORECASE):
        # "The trade cooperation zone has a planned area of 20 square kilometers": the size planned,
        # not one the zone has now
        label = f"Planned area of {label[:1].lower() + label[1:] if label.startswith('The ') else label}"
        why += "; the area is a planned one, as the words before it say"
    if not partner and (abroad := _trade_partner_unnamed(c, metric, text_before)) \
            and abroad[1].lower() not in label.lower():
        label += f" {abroad[0]} {_with_the(abroad[1])}"  # ("Import and export trade with Latin America in Shandong")
        why += "; the place abroad the trade is with, which no entity stands for"
    per = _PER_AFTER.match(_after_counted(c, text_before))
    if per and not re.search(r"\bper\b", label, re.IGNORECASE):  # "save 20,000 yuan per container": a rate
        label += " " + re.sub(r"^(?:here|there)\s+", "", " ".join(per[0].split()))
        why += "; what the amount is per, as the words after it say"
    field = _FIELD_AFTER.match(_after_raw(c, text_before)) if c.unit not in _NON_MONEY and not c.counted else None
    # (a money word names the measure itself, not its field: "$1 billion in tourism revenue")
    if field and field["field"].lower() not in label.lower() and not MONEY_WORDS.search(field["field"]) \
            and not _NO_FIELD.search(field["field"]):
        label += f" in {field['field']}"  # "an output value of … in far-ocean fisheries"
        why += "; the field the words after it name"
    segment = _SEGMENT_OPENING.match(_before_in_quote(c, text_before))
    if segment and segment["field"].lower() not in label.lower():
        label += f" in the {segment['field']}"  # "In the liquid bulk sector, throughput rose 16%"
        why += "; the part of the whole the sentence opens on"
    compared = (_COMPARED_WITH_ANOTHER.match(_after_raw(c, text_before)) or _compared_in_pair(c, text_before)) \
        if c.unit in ("pp", "percent") else None
    if compared:  # "16 percentage points higher than the national level": a gap, not a change
        label, why = _margin_label(c, label, compared, text_before), \
            why + "; the figure compares it with another's, as the words after it say"
    else:
        label, why = _with_place_and_tags(c, label, why, text_before, place)
    speaker = _speaker(c.quote) or _remark_speaker(c, text_before)
    if speaker in _PRONOUNS:  # "He said …": whoever was named saying something last
        speaker = _named_speaker_before(text_before) or "the source's speaker"
    if speaker:
        label += f", according to {speaker}"
        why += f"; the quote is what {speaker} said"
    return label, why


# A sentence opening on the part of a whole its figures are of: "In the liquid bulk sector, …"
_SEGMENT_OPENING = re.compile(r"\s*In\s+the\s+(?P<field>(?:[\w-]+\s+){1,4}(?:sector|segment|business|division))\s*,")


def _owner_left_out(c: Candidate, label: str, text_before: str) -> str | None:
    """Why the label leaves out whose figure it is, as its sentence tells it (one of
    OWNER_LEFT_OUT), or None."""
    said = _before_in_quote(c, text_before)
    if c.unit not in _NON_MONEY and _INVOLVED_BY_COUNTED.search(said):
        return INVOLVED  # "8,200 domestic firms have invested …, involving 120 billion yuan": theirs
    if _A_FIRM_S.search(said) and not _A_FIRM_S.search(label):
        return FIRM_S  # "…, manager of the company's trade department, reported … exports"
    if c.firm and not _names_firm(label, c.firm):
        return FIRM_S  # "Hisense has created over 1,000 jobs in South Africa": Hisense's
    if _AN_EVENT_S.search(said) and not _AN_EVENT_S.search(f"the {label}"):
        return EVENT_S  # "this year's event, held from July 26 …, attracted 7.2 million visitors"
    if _SIGNED_AT_AN_EVENT.match(_after_raw(c, text_before)) and not _AN_EVENT_S.search(f"the {label}"):
        return EVENT_S  # "More than 20 cooperation agreements were signed during the event": the event's deals
    if _OPENING_PHRASE.match(said):  # "Consisting of 38 supporting activities, the fair saw …": the fair's
        at = _at(c, text_before)
        main = _MAIN_SUBJECT.match(c.quote, at + len(c.as_written)) if at >= 0 else None
        if main and _AN_EVENT_S.match(main["subject"]) and not _AN_EVENT_S.search(f"the {label}"):
            return EVENT_S
        if main and _A_SITE.match(main["subject"]) and main["subject"].split()[-1].lower() not in label.lower():
            return SITE_S
    actor = _A_COUNTED_ACTOR.search(said) or _COUNT_NAMED_OPENING.match(said)
    if actor and (actor["things"].lower() not in label.lower() or _SOME_NAMED.search(actor[0])):
        # "17 monitored scenic spots in Tai'an, …, attracted 794,300 tourists"; "Three scenic spots,
        # including A, B and C, achieved a revenue of": three of them, not the place's scenic spots
        return COUNTED_S
    if _EACH_HAS.search(said) and not re.search(r"\beach\b", label, re.IGNORECASE):
        return EACH_S  # "Haier and Hisense currently each have over 30 production bases"
    site = _A_SITE_DID.search(said) or _A_SITE_COSTING.search(said) or _site_it_stands_for(c, text_before)
    if site and site["site"].split()[-1].lower() not in label.lower() and not _within(c, text_before):
        return SITE_S  # "The ancient town has welcomed more than 1.5 million tourists"
    owner = _ITS_OWNER.match(said) if _WITH_ITS.search(said) else None
    if owner and owner["owner"].split()[-1].lower() not in label.lower():
        return ITS_S  # "The marine economy has seen booming development, with its total output value …"
    return None


# A stock its sentence says was so once ("There were 5 football fields …", "the city was home to"):
# with no date, a brief would print it as today's
_ONCE_WAS = re.compile(r"\b(?:[Tt]here\s+were|[Tt]here\s+was|was\s+home\s+to|were\s+home\s+to|used\s+to\s+(?:be|have))\b")


# A span back from whenever the source was written: "during the past five years", "over the last decade"
_PAST_SPAN = re.compile(r"\b(?:during|over|in|for|within)\s+the\s+(?:past|last|previous)\s+(?:(?:\d+|two|three|four|five|six|"
                        r"seven|eight|nine|ten|several|few)\s+)?(?:years?|decades?|months?)\b", re.IGNORECASE)


def over_a_past_span(c: Candidate) -> bool:
    """A figure its sentence gives over a span back from the source's writing ("an annual increase
    of 8.5 percent during the past five years") that has no period: printed without one, it would
    read as a year's figure."""
    return c.period is None and c.period_kind is None and bool(_PAST_SPAN.search(c.quote))


def was_so_once(c: Candidate, text_before: str) -> bool:
    """A figure of something its sentence says was so in the past ("There were 5 football fields
    …") that neither it nor its source dates."""
    return c.period is None and c.period_kind is None and bool(_ONCE_WAS.search(_before_in_quote(c, text_before)))


def _names_firm(label: str, firm: str) -> bool:
    """Whether the label names the firm ("Hisense Group": "Hisense"; "the company": "company")."""
    word = firm.split()[-1] if firm[:4].lower() == "the " else firm.split()[0]
    return re.search(rf"\b{re.escape(word)}\b", label, re.IGNORECASE) is not None


# Plural nouns that name a measure, not things counted: "and imports fell 3 percent" is the
# change in imports, not in the amount before it
_MEASURE_PLURALS = frozenset("imports exports sales revenues earnings deposits loans profits taxes "
                             "receipts savings outlays expenditures arrivals".split())
# A second verb of the subject before, and the measure it names: "… and had an operating income of"
_SECOND_VERB_MEASURE = re.compile(r"(?:had|has|have|posted|recorded|registered|generated|reali[sz]ed|achieved|"
                                  r"reported)\s+(?:an?\s+|the\s+)?(?P<measure>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
                                  r"\s+(?:of|worth|totall?ing)\s*")
# A place, body or industry named with words of its own, what a measure after its verb is of ("The
# north Chinese port of Shandong posted a cargo throughput of …", "the zone realized a total output
# value of", "The cultural tourism industry achieved an added value of"); not one doing ("The park welcomed")
_A_PLACE_NAMED = re.compile(r"[Tt]he\s+(?:[a-z][\w-]*\s+|[A-Z][\w-]*\s+){0,4}(?:port|zone|park|airport|company|group|"
                            r"district|county|province|city|industry|sector|mall)(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?")
# Money saved: "… and save approximately 20,000 yuan per container" is no value of the shipment
_SAVED = re.compile(r"\b(?:save[sd]?|saving|savings\s+of|cut\s+(?:costs?|spending)\s+by)\s+"
                    r"(?:(?:about|approximately|around|nearly|some|up\s+to|more\s+than|over)\s+)?$", re.IGNORECASE)
# the amount a restatement in brackets restates: "20,000 Chinese yuan (" before "$3,100"
_RESTATING = re.compile(r"[\d.,]+(?:\s+(?:million|billion|trillion))?\s+[A-Za-z. ]{1,20}?\s*\(\s*$")


def _saving(c: Candidate, text_before: str, place: str | None, city: str | None) -> str:
    """"saving from direct sea shipment to Qingdao": what saves the money, in the source's words."""
    topic = re.sub(r"\s+(?:save[sd]?|saving|cut)$", "", _topic(c, text_before, place, city))
    if topic and not (city and topic.startswith(city)) and not (place and topic.startswith(place)):
        topic = _lower_article(topic[:1].lower() + topic[1:]) if not re.match(r"[A-Z]{2}", topic) else topic
    return f"saving from {topic}" if topic else "saving"


# What an amount is per: "20,000 yuan per container", "3,000 yuan a month" is no total
_PER_AFTER = re.compile(RATE_AFTER)
# The field an amount is of, right after it: "an output value of more than 10 billion yuan in
# far-ocean fisheries" (not a time, a total or a place: "in 2020", "in total", "in Qingdao")
_FIELD_AFTER = re.compile(r"\s+in\s+(?!(?:the|a|an|total|all|terms|recent|addition|aggregate|which|that|this|its|their|"
                          r"each|every|cash|value|value-added|kind|return|part|turn|advance|line|order|"
                          r"particular|general|sum|recent|contracts?|contracted|actual|accumulated)\b)"
                          r"(?P<field>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
                          # ("and" only before the next figure or clause: "in goods and services" is
                          # one field, not goods)
                          r"(?=\s*[,;.()]|\s+and\s+(?:[\d$¥€£]|(?:the|its|their|a|an)\b)"
                          r"|\s+(?:while|by|from|to|for|with|over|during|as)\b|\s*$)")
# … nor a time, a way of counting, a place or what was won ("in two years", "in spring", "in
# real terms", "in rural areas", "in orders at the fair", "in response": no field the amount is of)
_NO_FIELD = re.compile(r"\b(?:years?|months?|weeks?|days?|decades?|quarters?|spring|summer|autumn|winter|"
                       r"terms|prices|scale|size|areas?|regions?|places?|orders?|"
                       r"one|two|three|four|five|six|seven|eight|nine|ten|just|only|less|more|those|these|some|"
                       r"response|currency|practice|principle|theory|fact|reality|time|future|past|"
                       r"at|on|of)\b")


_MARGIN = {"higher": "above", "above": "above", "faster": "above",
           "lower": "below", "below": "below", "slower": "below"}
_CHANGE_IN = re.compile(r"^(?:year-on-year\s+|average\s+annual\s+|annual\s+)?change\s+in\s+", re.IGNORECASE)
_RATE_BEFORE = re.compile(r"\d\s*(?:%|percent|per\s+cent)", re.IGNORECASE)


# Two margins paired with two levels: "4.9 and 3.9 percentage points higher than the country's
# average and the provincial average respectively"
_MARGIN_PAIR = re.compile(r"\s*(?P<way>higher|lower|above|below|faster|slower)\s+than\s+"
                          r"(?P<first>(?:that\s+of\s+)?the\s+[^,;.()]{1,40}?)\s+and\s+"
                          r"(?P<second>(?:that\s+of\s+)?the\s+[^,;.()]{1,40}?)\s*,?\s+respectively\b", re.IGNORECASE)
_MARGIN_FIGURE = r"\d[\d.,]*(?:\s+percentage\s+points?|\s+points?|\s*%|\s+percent)?"  # "3.9 percentage points"
_FIRST_OF_PAIR = re.compile(rf"\s+and\s+{_MARGIN_FIGURE}")
_SECOND_OF_PAIR = re.compile(rf"{_MARGIN_FIGURE}\s+and\s+$")


def _compared_in_pair(c: Candidate, text_before: str) -> dict | None:
    """The way and the level a margin of a respectively-pair, or of two margins listed before one
    comparison, is measured against, or None."""
    at = _at(c, text_before)
    if at < 0:
        return None
    after = c.quote[at + len(c.as_written):]
    first = _FIRST_OF_PAIR.match(after)
    pair = _MARGIN_PAIR.match(after, first.end()) if first else None
    if pair:
        return {"way": pair["way"], "whom": pair["first"]}
    # ("2.2 percentage points and 1.2 percentage points faster than the national levels": both margins)
    both = _COMPARED_WITH_ANOTHER.match(after, first.end()) if first else None
    if both:
        return {"way": both["way"], "whom": both["whom"]}
    pair = _MARGIN_PAIR.match(after) if _SECOND_OF_PAIR.search(c.quote, 0, at) else None
    return {"way": pair["way"], "whom": pair["second"]} if pair else None


def _margin_label(c: Candidate, label: str, compared: re.Match | dict, text_before: str) -> str:
    """How far a measure is above or below another's ("Change in port throughput, margin above
    the national average rate": the 3 percent is no change of its own); a level's gap ("per
    capita income was 20 percent higher than the national average") is no change at all."""
    at = _at(c, text_before)
    if not _RATE_BEFORE.search(c.quote, 0, max(at, 0)):
        label = _CHANGE_IN.sub("", label)
        label = label[:1].upper() + label[1:]
    # (the place a margin is relative to is not whose measure it is: "the province's loans …, 2.2
    # percentage points faster than the national levels" is no "China's social financing scale")
    owner = f"{c.scope.place}'s " if c.scope.place else None
    if owner and label.startswith(owner) and owner.strip() not in c.quote[:max(at, 0)]:
        label = label[len(owner):]
        label = label[:1].upper() + label[1:]
    return f"{label}, margin {_MARGIN[compared['way'].lower()]} {' '.join(compared['whom'].split())}"


def _with_place_and_tags(c: Candidate, label: str, why: str, text_before: str,
                         place: str | None) -> tuple[str, str]:
    """The label with the group a rank is among, the wider place the figure is about, the part
    of the city, and the figure's direction and role."""
    rank = c.unit == "rank"  # "Qingdao's rank among 60 cities in China": group, then place
    measure = _measure_ranked_respectively(c, text_before) if rank else None
    if measure and measure.lower() not in label.lower():  # "… rank by cargo", "… rank by containers"
        label += f" by {measure}"
        why += "; the measure it ranks by, paired with it by 'respectively'"
    if rank and c.scope.among and c.scope.among.lower() not in label.lower():
        label += f" among {c.scope.among}"
    if rank and c.scope.level == "world" and not place and "world" not in label:
        label += " in the world"  # "the world's fifth largest container port"
    if place and place.lower() not in label.lower():  # ("Workers positioned abroad (Shandong)")
        # (where the investor is, for investment abroad: "(Shandong)", not "in Shandong")
        in_place = (c.scope.level != "country" or rank) and not _ELSEWHERE.search(label) \
            and not c.subject_reason.startswith(INVESTED_ABROAD)
        label += f" in {place}" if in_place else f" ({place})"
        why += f"; the figure is about {place}, as its scope says"
    if not rank and c.scope.among and c.scope.among.lower() not in label.lower():
        label += f" (among {c.scope.among})"
    label, why = _in_part(c, label, why, text_before)
    label, why = _of_a_kind_of_firm(c, label, why, text_before)
    label, why = _of_a_partner_s_firm(c, label, why, text_before)
    label, why = _with_what_was_done(c, label, why, text_before)
    label += "".join(f" ({tag})" for tag in (c.direction, c.role) if tag and tag not in label)
    return label, why


# A figure that says how far something is above or below another's: "which was 16 percentage
# points higher than the national level over the same period"
_COMPARED_WITH_ANOTHER = re.compile(r"\s*(?P<way>higher|lower|above|below|faster|slower)\s+than\s+"
                                    r"(?P<whom>(?:that\s+of\s+)?the\s+(?:national|country(?:['’]s)?|provincial|"
                                    r"province(?:['’]s)?|city['’]s|average|world['’]s)[^,;.()]{0,30}?)"
                                    r"(?=\s*[,;.()]|\s+(?:over|in|during|for|of)\b|\s*$)", re.IGNORECASE)


# "handled 1.32 billion tons of cargo and 29.56 million TEUs of containers in 2019, ranking first and
# second, respectively": each rank is by the measure in its place in the list before it
_ORDINAL_WORD = rf"(?:{'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th))"
_RANKS_RESPECTIVELY = re.compile(rf"\b(?:ranking|ranked|ranks?|placing|placed)\s+(?:No\.?\s*)?{_ORDINAL_WORD}"
                                 rf"(?:(?:,\s*|,?\s+and\s+)(?:No\.?\s*)?{_ORDINAL_WORD}){{1,5}},?\s+respectively\b",
                                 re.IGNORECASE)
_ORDINAL_AT = re.compile(_ORDINAL_WORD, re.IGNORECASE)
_AMOUNT_OF = re.compile(r"\d[\d.,]*(?:\s+(?:million|billion|thousand|trillion))?\s+[A-Za-z]+\s+of\s+"
                        r"(?P<what>[a-z][\w-]*)")


def _measure_ranked_respectively(c: Candidate, text_before: str) -> str | None:
    """What a rank of a respectively-list ranks by: the measure of the amount in its place in the
    list before it ("… tons of cargo and … TEUs of containers …, ranking first and second,
    respectively": "cargo", "containers"), when the two lists are as long; else None."""
    at = _at(c, text_before)
    ranks = next((m for m in _RANKS_RESPECTIVELY.finditer(c.quote) if m.start() <= at < m.end()), None) \
        if at >= 0 else None
    if ranks is None:
        return None
    ordinals = [m.start() for m in _ORDINAL_AT.finditer(c.quote, ranks.start(), ranks.end())]
    measures = [m["what"] for m in _AMOUNT_OF.finditer(c.quote, 0, ranks.start())]
    mine = [i for i, start in enumerate(ordinals) if at <= start < at + len(c.as_written)]
    if len(measures) != len(ordinals) or len(mine) != 1:
        return None
    return measures[mine[0]]


def _in_part(c: Candidate, label: str, why: str, text_before: str) -> tuple[str, str]:
    """The label with the part of the city its figure is about: "Projects" → "Projects in the
    China-Japan (Qingdao) Local Development Cooperation Demonstration Zone"."""
    within = _within(c, text_before)
    if within is None:
        return label, why
    words, name = within
    said = name or words
    if said.lower() in label.lower():
        return label, why
    if words.startswith("in "):  # where the things counted are: "Market entities in the Huang-Bohai New Area"
        # (another city the scope names is left for the reviewer to confirm: the part may be the project
        # city's own, "… Yantai grew fast, and there are 70,000 market entities in the West Coast New Area")
        label = f"{_IN_A_PLACE_AT_THE_END.sub('', label)} {words}"
    elif words in label.lower():
        label = re.sub(re.escape(words), said, label, count=1, flags=re.IGNORECASE)
    elif ": " in label:  # one part's name before a colon only
        return label, why
    else:
        label = f"{said}: {label}"
    return label[:1].upper() + label[1:], why + f"; the sentence is about {said}, a part of the city"


# What may open a sentence before the actor it is about: "In 2016, …", "Last year, …", "Meanwhile, …"
_SENTENCE_OPENER = r"(?:(?:In|By|During|Last|This)\s+[^,]{1,40},\s+|(?:Meanwhile|Moreover|Also|However|Now),?\s+)?"
_TITLES = r"(?:Chairman|Chairwoman|Chief|CEO|President|Executive|Director|Vice|Manager|Spokesman|Spokeswoman)"


def _of_a_partner_s_firm(c: Candidate, label: str, why: str, text_before: str) -> tuple[str, str]:
    """The label with the partner's firm that gave the figure its subject and opens its sentence
    ("Lotte Mart has 120 stores in China": "Lotte Mart: Stores (China)", not all South Korea's
    stores), when it does not name it (not "Doublestar seeks … Kumho Tire", the city's firm acting)."""
    named = re.match(rf"'(?P<word>[^']+)' {re.escape(PARTNER_FIRM_NOTE)}", c.subject_reason or "")
    at = _at(c, text_before)
    if not named or at < 0 or named["word"].lower() in label.lower():
        return label, why
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(c.quote, 0, at)), default=0)
    words = rf"{re.escape(named['word'])}(?![\w'’-])(?:\s+(?!{_TITLES}\b)[A-Z][\w&'’-]*){{0,3}}"
    firm = re.compile(rf"{_SENTENCE_OPENER}(?P<name>{words})").match(c.quote, start)
    if not firm:
        return label, why
    name = " ".join(firm["name"].split())
    return f"{name}: {label}", why + f"; the figure is {name}'s, a firm of the partner"


# What was done to the things a figure counts or the area it measures, which the label must keep: "It
# has … emptied an area of over 3100 mu" (no area the district has), "making sure the successful
# completion of two major programs", "5,945 projects under construction"
_DONE_BEFORE = re.compile(r"\b(?P<verb>emptied|cleared|vacated|demolished|relocated|removed|reclaimed|requisitioned|"
                          r"expropriated|completed|closed|renovated|rebuilt|retrofitted)\s+(?:(?:an?|the)\s+)?"
                          r"(?:area\s+of\s+)?$"
                          r"|\b(?P<noun>completion|relocation|demolition|removal|closure|renovation)\s+of\s+(?:the\s+)?$",
                          re.IGNORECASE)
_DONE_BY_NOUN = {"completion": "completed", "relocation": "relocated", "demolition": "demolished",
                 "removal": "removed", "closure": "closed", "renovation": "renovated"}
_BEING_DONE_AFTER = re.compile(r"\s+(?:(?!with\b)[a-z-]+\s+)?(?P<state>under\s+construction|being\s+built|in\s+progress|"
                               r"under\s+way|underway)\b")


def _with_what_was_done(c: Candidate, label: str, why: str, text_before: str) -> tuple[str, str]:
    """The label with what its sentence says was done to what the figure measures, when the label
    leaves it out ("Area" → "Area emptied", "Projects" → "Projects under construction")."""
    at = _at(c, text_before)
    if at < 0:
        return label, why
    done = _DONE_BEFORE.search(c.quote, max(at - 40, 0), at)
    state = _BEING_DONE_AFTER.match(c.quote, at + len(c.as_written)) if c.counted else None
    words = (done["verb"].lower() if done["verb"] else _DONE_BY_NOUN[done["noun"].lower()]) if done \
        else " ".join(state["state"].split()) if state else None
    if not words or words.split()[0] in label.lower() or (done and done["noun"] and done["noun"].lower() in label.lower()):
        return label, why
    # (before what says where or of what: "Land cleared in Testcity", "Mines closed, share of …")
    tail = _LABEL_TAIL.search(label)
    at_tail = tail.start() if tail else len(label)
    return f"{label[:at_tail]} {words}{label[at_tail:]}", why + f"; '{words}', what the sentence says was done to it"


_LABEL_TAIL = re.compile(r",\s+share\s+of\b|\s+in\s+(?:the\s+)?[A-Z]|\s+\(")


_FIRM_NOUNS = r"enterprises?|firms?|compan(?:y|ies)|business(?:es)?|exporters?|manufacturers?"
# A kind of firm a sentence opens on as what acts: "Private enterprises continued to dominate the
# city's foreign trade, with their total import and export value hitting 408.68 billion yuan"
_KIND_OF_FIRM_OPENS = re.compile(
    _SENTENCE_OPENER +
    r"(?P<kind>(?:(?:[Pp]rivate(?:ly[-\s]owned)?|[Ss]tate-owned|[Ff]oreign-(?:invested|funded)|[Oo]verseas-funded|"
    r"[Hh]igh-tech|[Ll]isted|[Kk]ey|[Ll]ocal|[Ss]mall\s+and\s+medium-sized|[Ee]xport-oriented|[Pp]rocessing-trade)\s+)+"
    r"(?:enterprises|firms|companies|businesses|exporters|manufacturers))"
    r"(?:['’]\s+|\s+(?:(?:also|still|have|has|continued\s+to|continue\s+to)\s+)*(?:dominated?|led|lead|"
    r"exported|imported|accounted|contributed|invested|achieved|recorded|registered|reported|posted|saw|"
    r"generated|reached|hit|grew|rose|increased|made|played|remained|were|are)\b)")


def _of_a_kind_of_firm(c: Candidate, label: str, why: str, text_before: str) -> tuple[str, str]:
    """The label with the kind of firm the figure's sentence opens on as what acts, when the
    label does not name it: the figure is theirs, not the whole city's ("Import and export
    trade" → "Private enterprises: Import and export trade")."""
    at = _at(c, text_before)
    if at < 0:
        return label, why
    head = c.quote[:at]
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(head)), default=0)
    opens = _KIND_OF_FIRM_OPENS.match(head, start)
    resumed = max((m.end() for m in _THEIR_AGAIN.finditer(head, opens.end())), default=opens.end()) if opens else 0
    if not opens or _ANOTHER_SUBJECT_S_CLAUSE.search(head, resumed):
        return label, why
    kind = " ".join(opens["kind"].split())
    if ": " in label or re.search(rf"\b(?:{_FIRM_NOUNS})\b", label, re.IGNORECASE):
        return label, why  # (a part's already, or what it counts: "Private enterprises", "State-owned firms")
    return f"{kind[:1].upper()}{kind[1:]}: {label}", why + f"; the sentence is about {kind.lower()}"


# another clause with a subject of its own between the kind of firm and the figure: ", while the
# city's total trade reached …", ", with the city's total trade hitting …", "Qingdao, whose GDP …" (not
# ", and accounted for", ", with their …", the same subject going on)
# (", with their …" goes back to the kind of firm after a clause between: "…, which grew 5 percent, with their …")
_THEIR_AGAIN = re.compile(r",\s+with\s+their\b")
_ANOTHER_SUBJECT_S_CLAUSE = re.compile(r"[;:]|,\s*(?:while|whereas|but|and\s+(?:the|its|this|a|an)\s)|\b(?:while|whereas|whose|which|where)\b"
                                       r"|\bwith\s+(?:the\s+(?:city|province|country|district)|[A-Z][\w-]*)['’]s\s")


def _what(c: Candidate, metric: str | None, metric_labels: dict[str, str], text_before: str,
          partner: str | None, home: str, place: str | None,
          city: str | None = None) -> tuple[str, str]:
    """What the figure measures, and why these words: a partner's trade, investment or rank,
    what it counts, a specific metric's label, else the source's own words."""
    given = _rank_given_by(c, partner, text_before)
    if given:
        return given, "a rank the partner gives to another ('PARTNER's' before it, 'of PARTNER' after)"
    group = _group_of(c, text_before) if c.unit not in _NON_MONEY or c.counted else None
    if group and c.counted and _GROUP_TAIL.sub("", " " + group[1]).strip():
        group = None  # "These firms invested in 30 countries": the count is not of the firms
    if group:
        return _group_label(group, text_before, c), \
            f"the figure is of {group[0]} (the subject of its clause), not the city's"
    each = _EACH_OVER.search(_before_in_quote(c, text_before)) if c.unit not in _NON_MONEY else None
    if each and (each["over"] or c.qualifier in ("more_than", "at_least")) \
            and (each["each"] or each["that"] or not each["of"]) \
            and not _A_TOTAL_AFTER.match(_after_raw(c, text_before)):
        # "seven projects with more than 10 billion yuan in investment": a class of projects ("325
        # projects with an investment of more than 200 billion yuan": what they come to)
        return f"investment of each of the {each['many']} {each['what']}", \
            "a size the counted things each have, not a total"
    if c.unit not in _NON_MONEY and _SAVED.search(_RESTATING.sub("", _before_in_quote(c, text_before))):
        return _saving(c, text_before, place, city), "money the words before it say is saved"
    templated = _templated(c, metric, partner, home, place)
    if templated:
        return templated, f"the metric {metric}, the partner and the place"
    if c.counted:
        attended = _ATTENDED.search(_before_in_quote(c, text_before))
        if attended:  # "This event was attended by over 160 representatives": of that event
            return f"{c.counted} attending {re.sub(r'^(?:this|that)', 'the', attended[1], flags=re.I)}", \
                "what the figure counts, and what they attended"
        relation = _count_relation(c, text_before)
        if _one_of_a_group(c, text_before) or (relation and _counted_actor(c, text_before)):
            # "as one of three pilot zones": the group a thing is one of; "the 18 APEC member
            # economies have established 5,477 projects": theirs only
            return " ".join(f"{c.counted} {relation}".split()), UNSAID
        if relation:
            return f"{c.counted} {relation}", "what the figure counts, and what the sentence says of them"
        if _done_by_or_to(c, text_before) or (not _before_in_quote(c, text_before).strip()
                                               and _all_named(c, _after_counted(c, text_before))):
            # ("Three scenic spots, including A, B and C, achieved …": those named, not all there
            # are; "The station has five lines, including …" counts all the station has)
            return c.counted, UNSAID
        bound = _BOUND_FOR.match(_after_counted(c, text_before))
        # ("29 daily flights to Seoul, two daily flights to Busan": each route its own; a partner's
        # own brief already says whose: "Projects from Japan" there is "Projects")
        if bound and not (partner and partner.lower() in bound[0].lower()):
            return f"{c.counted} {' '.join(bound[0].split())}", \
                "what the figure counts, and where they go or come from"
        return c.counted, "what the figure counts"
    goods = _GOODS_TRADED.search(_clause(_last_clause(_before_in_quote(c, text_before)))) \
        if metric in ("exports", "imports") else None
    if goods:  # "Its peanut exports topped 42 million dollars": the peanuts', not all exports
        return f"{goods['goods']} {goods['way']}", "the goods the words before it say were traded"
    if metric and metric in metric_labels and metric not in _GENERIC \
            and not _AN_AVERAGE.search(_before_in_quote(c, text_before)[-60:]):
        label = _IN_A_PERIOD.sub("", metric_labels[metric])
        kind = _PROJECTS_OF_A_KIND.search(_before_in_quote(c, text_before))
        if kind and re.search(r"\bof projects\b", label):  # "2,309 Taiwan-funded projects with a total investment of"
            return label.replace("of projects", f"of {kind['kind']} projects", 1), \
                f"the label of the metric {metric}, with the kind of projects the words before it name"
        return label, f"the label of the metric {metric}"
    after = _after_raw(c, text_before)
    sized = _SIZED.match(after) if c.kind in _SIZES and _AS_ADJECTIVE.search(c.as_written) else None
    if sized and not is_plural(sized[1].split()[-1]):  # "a 3,400-meter runway": its length
        # ("10-million-ton ports" is a class of ports, no one thing's size)
        return f"{c.kind} of the {sized[1]}", f"the {c.kind} the figure gives to what follows it"
    topic = _item_topic(c, partner) or _with_its_item(c, _topic(c, text_before, place, city))
    changes = c.kind == "change" or metric in ("change", "growth_yoy")
    if (_NO_MEASURE.fullmatch(topic) and not (partner and _PRONOUN.fullmatch(topic))) \
            or (re.fullmatch(r"\w+ing", topic) and not _MEASURE_AFTER.match(after)) \
            or _A_TIME.fullmatch(topic):  # "The first quarter of 2013 saw a 22% increase in FDI"
        topic = ""  # "The amount accounted for …", "an increase of 13 percent", "rising 6 percent"
    if changes and not topic and _MEASURE_IN_AFTER.match(after) and (measure := _MEASURE_AFTER.match(after)):
        topic = measure[1]  # "a growth rate of 21.1 percent in foreign trade": what grew, after it
    if changes and (not topic or re.search(r"\d", topic) or _BARE_NAME.fullmatch(topic)
                    or _BRACKETED_AFTER_AMOUNT.search(_before_in_quote(c, text_before))
                    or _NAME_ACTED.fullmatch(topic)  # "Hong Kong invested …, up 65 percent"
                    or _NUMBER_OF.match(topic) or (is_plural(topic.split()[-1])
                                                    and topic.split()[-1].lower() not in _MEASURE_PLURALS)
                    or _RESPECTIVELY_AFTER.match(c.quote, max(_at(c, text_before), 0))):  # (paired in order)
        # "2,017 firms realized … yuan, up by 10.8 percent": the yuan's change, not the firms'
        # "178,800 flights took off …, up 7.7 percent": the change is the amount's, not its words'
        topic = _changed_amount(c, text_before, place, city) or topic
    elif changes and topic and (measured := _changed_amount(c, text_before, place, city)) \
            and measured.lower().endswith(f" of {_lower_article(topic).lower()}"):
        # "Qingdao's marine economy realized an output value of …, up 8 percent": the change
        # in its output value, which the amount's label names
        topic = measured
    if not topic and (changes or (c.unit == "percent" and _share_of(c, text_before))) \
            and not _MEASURE_IN_AFTER.match(after):  # "The GMP of Qingdao made a strong
        topic = _sentence_subject(c, place, city)  # recovery, with a growth rate of 6.5 percent"
    if _PRONOUN.fullmatch(topic):  # "It accounts for nearly half of …": the subject's
        topic = partner or ""
    elif _PERSON.fullmatch(topic):  # "he said, pointing out that 28 percent of …": no measure
        topic = ""
    elif re.search(r"\b\w+ing$", topic):  # "with the Republic injecting some US$750 million in
        measure = _MEASURE_AFTER.match(_after_raw(c, text_before))  # foreign direct investment"
        topic = f"{measure[1]} from {partner}" if measure and partner else measure[1] if measure else \
            "" if re.fullmatch(r"\w+ing", topic) else topic  # "Rising": no measure
    if not topic and c.unit != "rank" and not (c.unit in _RATIOS and re.match(r"\s*of\b", after)):
        # "with $12.7 billion in actual investment", "16 percent in the modern service sector": the
        measure = _MEASURE_AFTER.match(after)  # words after the figure say what it measures
        topic = measure[1] if measure else ""
    acted = _NAME_ACTED.fullmatch(topic) if c.kind == "money" else None
    earned = _MEASURE_AFTER.match(after) if acted and not acted[2] \
        and not (_PERSON.fullmatch(acted[1]) or _PRONOUN.fullmatch(acted[1])) else None
    if earned and MONEY_WORDS.search(earned[1]):  # "Haier earned 108 billion yuan in revenue": its revenue
        topic = f"{acted[1]}'s {earned[1]}"
    if not changes and c.unit != "percent":  # "Fourteen projects worth $910 million": their
        topic = _NUMBER_OF.sub("", topic)  # value
    label, why = (topic, "the words the source uses for what it measures") if topic else \
        (c.kind, "the kind of figure: the source names no measure")
    if changes and topic and _A_CHANGE.search(topic):  # "Qingdao's average annual growth of R&D
        return label, why  # investment will be more than 10%": the topic says it already
    if changes and topic:
        change = "year-on-year change" if metric == "growth_yoy" else "change"
        at = _at(c, text_before)  # "a growth rate of 33.4 percent each year": a yearly rate
        if at >= 0 and metric != "growth_yoy" and says_each_year(c.quote, at, at + len(c.as_written)):
            average = re.search(r"average\s+annual|annual\s+average", c.quote[max(at - 50, 0):at], re.I)
            change = "average annual change" if average else "annual change"
        elif metric != "growth_yoy" and (since := _since(c)):  # "from 16.4 billion yuan in 2011 to
            return f"{change} in {_lower_article(label)} since {since}", why  # 28.6 billion yuan in 2016, up 74.29%"
        return f"{change} in {_lower_article(label)}", why
    ranked = _ranked_object(c, text_before) if c.unit == "rank" else None
    if ranked:  # "DP World won approval to build a facility in northern China's second-busiest port": the port's
        topic = ranked
    if c.unit == "rank" and topic:  # "the city ranked 3rd …": Qingdao's rank, not Qingdao
        listed = _ranked_together(c, text_before, topic)
        if listed is not None:  # "Beijing, …, Qingdao, Nanjing, and Hangzhou ranked as the top 10"
            return (_rank_label(city, after), "the city is among the names ranked together") \
                if city and city in listed else (f"rank of {listed}", "names ranked together: no one of them")
        return _rank_label(topic, after), why
    share_of = _share_of(c, text_before) if metric == "share" or c.unit == "percent" else ""
    if share_of and topic and topic == partner:
        return f"{partner}'s share of {share_of}", why
    if share_of and not topic:
        return f"share of {share_of}", "the words the source uses for what it is a share of"
    return label + (f", share of {share_of}" if share_of else ""), why


def _ranked_object(c: Candidate, text_before: str) -> str | None:
    """What a rank written after a preposition and a place's possessive ranks ("a facility in
    northern China's second-busiest port": "the port"), not the sentence's subject; or None."""
    at = _at(c, text_before)
    if at < 0 or not _AFTER_A_PREPOSITION.search(c.quote, max(at - 60, 0), at):
        return None
    noun = _WHAT_IS_RANKED.match(c.quote, at + len(c.as_written))
    return f"the {' '.join(noun[1].split())}" if noun else None


# "… in northern China's " right before a rank: the rank is of what the preposition's object names
# (not "to" or "from": "Testcity rose to China's third-busiest port" is the subject's rank)
_AFTER_A_PREPOSITION = re.compile(r"\b(?:in|at|into|for|with|on)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?"
                                  r"[A-Z][\w-]*['’]s\s+$")
_WHAT_IS_RANKED = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s*[,.;:()]|\s+(?:in|of|on|at|for|with|as|and|to|by)\b|\s*$)")


# The year a change is measured from, when its sentence names one: "increased from 16.4 billion
# yuan in 2011 to 28.6 billion yuan in 2016, up 74.29 percent", "up 160 percent from the amount in
# 2011", "more than tripling the figure in 2011"
# (the "to" of an amount, not of a place: "… from the holiday period in 2019, to the city's 83
# attractions" names no span)
_BASE_YEAR = re.compile(rf"\bfrom\b{IN_SENTENCE}{{0,80}}?\bin\s+(?P<from>(?:19|20)\d\d)\b{IN_SENTENCE}{{0,80}}?"
                        r"\bto\s+(?:(?:about|around|nearly|over|more\s+than|some|RMB|US)\s*)?[\d$¥€£]"
                        rf"|\b(?:from|than|over|tripl\w*|doubl\w*|quadrupl\w*)\s+{LEVEL_COMPARED}"
                        r"\s+(?:in\s+|of\s+)?(?P<level>(?:19|20)\d\d)\b", re.IGNORECASE)


# where a clause ends and the next begins: "…; technology contract revenue rose", "…, while
# the import volume rose"
_NEXT_CLAUSE = re.compile(r";|,?\s+(?:while|whereas|but)\s|,\s+and\s", re.IGNORECASE)


def _since(c: Candidate) -> str | None:
    """The year a change of a later period is measured from, as its clause names it (between
    semicolons or joins: "… from 538 in 2012 to 5,554 in 2021; technology contract revenue rose
    …", "… in 2016, while the import volume rose 5 percent")."""
    at = max(c.quote.find(c.as_written), 0)
    joins = [m.end() for m in _NEXT_CLAUSE.finditer(c.quote, max(at - 300, 0), at)]
    start = joins[-1] if joins else max(at - 300, 0)
    after = _NEXT_CLAUSE.search(c.quote, at, at + 300)
    end = after.start() if after else min(at + 300, len(c.quote))
    m = _BASE_YEAR.search(c.quote, start, end)
    year = m and (m["from"] or m["level"])
    own = _OWN_BASE_AFTER.match(c.quote, at + len(c.as_written))
    if own and own["year"] != year:  # "up 8 percent over the previous year": its own base
        return None
    return year if year and c.period and "/" not in c.period and c.period[:4] > year else None


# the base a change names right after it: "up 8 percent over the previous year", "… from a year
# earlier", "… over 2015", "… year on year"
_OWN_BASE_AFTER = re.compile(r"\s*,?\s*(?:year[- ]on[- ]year|y-o-y|yoy|(?:over|from|on|compared\s+(?:with|to)|than)\s+"
                             r"(?:the\s+(?:previous|last|prior|preceding|same)\b|a\s+year\s+(?:earlier|ago|before)|"
                             r"last\s+year|(?P<year>(?:19|20)\d\d)\b))", re.IGNORECASE)


# What a change is of, named right after it: "a rise of 8 percent in shipments to Japan" (not a
# time, "in the first half", "in 2016", nor a place, "in Qingdao")
_MEASURE_IN_AFTER = re.compile(r"\s+in\s+(?!(?:the\s+)?(?:first|second|third|fourth|last|same|past|previous|"
                               r"next|year|month|quarter|period|half|(?:19|20)\d\d)\b|the\s+[A-Z]|[A-Z])"
                               r"(?:the\s+)?[a-z]")


# A change's own noun heading the topic: the label needs no "Change in"
_A_CHANGE = re.compile(r"\b(?:growth|increase|decrease|decline|rise|fall|drop)\s+(?:rate\s+)?(?:of|in)\b",
                       re.IGNORECASE)


# A size written as an adjective ("a 170,000-square-meter passenger terminal", "a 3,400-meter
# runway") and the noun it sizes, up to the next comma, conjunction or preposition. Not a
# mass: "a 400,000-ton ore berth" is the class of ships it takes, never what the berth weighs.
_SIZES = frozenset({"area", "length"})
_AS_ADJECTIVE = re.compile(r"\d-[a-z]", re.IGNORECASE)
_SIZED = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?=\s*[,.;]|\s+(?:and|in|at|of|on|with|for)\b|\s*$)")


# Money that sizes each of the things counted before it: "12 projects with more than 5 billion
# yuan in investment", "613 projects with investment exceeding 100 million yuan" (not a total:
# "14 projects worth $910 million", "projects with a total investment of"; "with an investment of
# more than" is a total unless "each" says otherwise)
# … unless the words after the amount say it is what they come to: "with more than 20 billion yuan
# in total investment", "in combined investment", "altogether"
_A_TOTAL_AFTER = re.compile(r"[^,;.()]{0,40}?\b(?:total|combined|altogether|in\s+all|together|aggregate)\b",
                            re.IGNORECASE)
_EACH_OVER = re.compile(r"\b(?P<many>\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?P<what>projects|enterprises|companies|firms)(?:,(?=\s+each\b))?\s+(?P<each>each\s+)?"
                        # ("16 projects that used foreign capital of more than $10 million": each one's)
                        r"(?:with|(?P<that>that\s+(?:used|use|attracted|involved|had|have)(?:\s+[\w-]+){0,2}))\s+"
                        r"(?:an?\s+)?(?:(?:investments?|capital)\s+)?(?P<of>of\s+)?(?P<over>(?:more\s+than|over|above|"
                        r"exceeding|at\s+least|no\s+less\s+than)\s+)?$", re.IGNORECASE)


def _ranked_together(c: Candidate, text_before: str, topic: str) -> str | None:
    """The list of three or more names a rank is given to together, ending on `topic` ("Beijing,
    Chengdu, …, and Hangzhou ranked as the top 10"), or None."""
    at = _at(c, text_before)
    head = c.quote[:max(at, 0)]
    end = head.rfind(topic)
    lists = [(a, b) for a, b in name_lists(head, 0, len(head)) if end >= 0 and a < end < b <= end + len(topic) + 1]
    return head[lists[-1][0]:lists[-1][1]] if lists else None


# An average is no total a metric's label names: "with an average investment volume of 316
# million yuan" (its own words say what it is)
_AN_AVERAGE = re.compile(r"\b(?:average|averaging|averaged|on\s+average|per\s+capita)\b[^,;.]{0,40}$",
                         re.IGNORECASE)


_RISE_TO = re.compile(r"['’]s\s+(?:ascension|ascent|rise|climb|jump|advance|move)(?:\s+to(?:\s+the)?)?$")


def _rank_label(topic: str, after: str) -> str:
    """Whose rank and in what: "Qingdao's rank" ("Qingdao Port takes …": the name's), "Rank of
    Qingdao's GDP", with what it ranks in ("… in tourist satisfaction among 60 cities")."""
    acted = _NAME_ACTED.fullmatch(topic)
    topic = acted[1] if acted else topic
    topic = _RISE_TO.sub("", topic)  # "Qingdao's ascension to the 46th place": Qingdao's rank
    ranked = _RANKED_IN.match(after)
    whose = f"{topic}'s rank" if _BARE_NAME.fullmatch(topic) and "'" not in topic else \
        f"rank of {_lower_article(topic)}"
    return whose + (f" in {ranked[1]}" if ranked else "")


def _lower_article(words: str) -> str:
    """"The value of …" inside a label: "change in the value of …"; so a common measure word that
    opened its sentence ("Change in exports", "Change in cargo throughput")."""
    return re.sub(r"^(?:The|A|An|Exports|Imports|Trade|Investment|Revenue|Revenues|Sales|Output|Income|"
                  r"Cargo|Container|Tourism|Domestic|Foreign|Total)\b", lambda m: m[0].lower(), words)


# Words before a figure that name no measure: a change's own noun ("an increase of 13.2
# percent"), a word pointing back ("The amount accounted for …", "It …"), a verb alone.
_NO_MEASURE = re.compile(r"(?:(?:an?|the|its|their)\s+)?(?:(?:year-on-year|annual|average|yearly|"
                         r"combined|[\w-]+-year|substantial|significant|notable|remarkable|steady|strong|"
                         r"robust|rapid|sharp|slight|modest|impressive|considerable|marked)\s+)*(?:increase|decrease|growth(?:\s+rate)?|jump|"
                         r"rise|decline|drop|surge|amount|proportion|figure|total|number|share|ratio|"
                         r"percentage)(?:\s+of)?(?:\s+year[- ]on[- ]year)?|representing|accounting|"
                         r"statistics\s+show(?:\s+that)?|it|they|this|these|with|and|or|the|an?"
                         # "…, leading to an annual average growth rate of 21.1 percent in foreign trade":
                         # a participle's result, its measure after the figure
                         r"|(?:leading|resulting|contributing|bringing|giving\s+rise)\s+to\s+(?:(?:an?|the)\s+)?"
                         r"(?:(?:annual|average|yearly|year-on-year|overall|combined)\s+)*(?:increase|decrease|"
                         r"growth(?:\s+rate)?|rise|decline|drop)(?:\s+of)?",
                         re.IGNORECASE)


# "Statistics from Yantai's commerce bureau show (that) …": who reports, not what is measured
_REPORT_OPENING = re.compile(r"^(?:(?:the\s+)?(?:latest\s+|official\s+)?(?:statistics|data|figures|reports?)\b"
                             r"[^,]{0,60}?\bshow(?:s|ed)?|although|though)\s+(?:that\s+)?"
                             # ("Among them, 58 are in the field of manufacturing": a part of what was
                             # said before, no measure of its own)
                             r"|^(?:among|of)\s+(?:them|these|those|which)\s*,?\s*", re.IGNORECASE)


def _sentence_subject(c: Candidate, place: str | None, city: str | None) -> str:
    """The words before the first verb of the figure's sentence when they name a measure ("The
    gross marine product (GMP) of Qingdao"), not a name, a pronoun or a figure; else ''."""
    verb = _VERB.search(c.quote)
    if not verb or verb.start() >= c.quote.find(c.as_written):
        return ""
    chunks = re.split(r",\s", c.quote[:verb.start()])  # "Notably, Qingdao's GOP in 2014 totaled":
    for chunk in (chunks[-1], chunks[0]):  # the words right before the verb, else the sentence's first
        words = re.sub(r"\s+in\s+(?:19|20)\d\d$", "", _subject_words(chunk))  # ("… (GOP) in 2014")
        if words and not (re.search(r"\d", words) or _BARE_NAME.fullmatch(words) or _PRONOUN.fullmatch(words)
                          or _PERSON.fullmatch(words) or _NO_MEASURE.fullmatch(words) or _A_TIME.fullmatch(words)):
            return _named_city(c, words, city)
    return ""


def _changed_amount(c: Candidate, text_before: str, place: str | None, city: str | None) -> str:
    """What a change that names no measure changes: the amount its clause states just before it
    ("an influx of $6.5 billion in foreign capital …, a nearly 14.3-percent increase" → "foreign
    capital in Shandong"); '' when its sentence states no amount before it."""
    at = _at(c, text_before)
    noise = NoiseSpans(c.quote[:at]) if at > 0 else None  # (not a day: "from Oct 1 to 7")
    amounts = [f for f in find_quantities(c.quote[:at]) if _an_amount(c.quote, f)
               and not noise.overlaps(f.start, f.end)] if at > 0 else []
    if not amounts or _SENTENCE_END.search(c.quote[amounts[-1].end:at]):
        return ""
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(c.quote, 0, amounts[-1].start)), default=0)
    amount = _respective_amount(c.quote, at, [f for f in amounts if f.start >= sentence_start])
    if amount is None and _NEXT_CLAUSE.search(c.quote, amounts[-1].end, at):  # "…, and imports grew 50 percent"
        return ""
    # (not a restatement in brackets: "1.04 trillion yuan ($164 billion), an increase of 11.7 percent")
    amount = amount or next((f for f in reversed(amounts) if not _RESTATEMENT_BEFORE.search(c.quote, 0, f.start)),
                            amounts[-1])
    counted = counted_after(c.quote, amount.end) if amount.quantity.unit == "count" else None
    if counted:  # "approved 156 South Korean-funded projects, an increase of 67.7 percent"
        return f"the number of {counted}"
    before = c.quote[:amount.start]
    return _topic(replace(c, as_written=c.quote[amount.start:amount.end], kind="amount"), before,
                  place, city)


def _respective_amount(quote: str, at: int, amounts: list):
    """The amount a change of a list "A and B, respectively" pairs with, in order, among the
    amounts stated before the list ("26.49 million visitors, generating a revenue of 1.18 billion
    yuan ($160 million), increases of 42.3 percent and 93.2 percent, respectively": 42.3 percent
    is the visitors'); None when the change is no such list's."""
    closer = _RESPECTIVELY_AFTER.match(quote, at)
    opener = None if closer else next(_RESPECTIVE_BEFORE.finditer(quote, amounts[-1].end, at), None)
    if not closer and not opener:
        return None
    end = closer.end() if closer else (_LIST_END.search(quote, at) or re.search(r"$", quote)).start()
    start = opener.end() if opener else amounts[-1].end
    changes = [start + f.start for f in find_quantities(quote[start:end])
               if f.quantity.unit in ("percent", "pp", "times")]  # ("2.7 times and 2.5 times higher")
    own = [f for f in amounts if not _RESTATEMENT_BEFORE.search(quote, 0, f.start)]  # not "($160 million)"
    if len(changes) < 2 or len(own) < len(changes) or at not in changes:
        return None
    return own[len(own) - len(changes) + changes.index(at)]


_RESPECTIVELY_AFTER = re.compile(rf"{IN_SENTENCE}{{0,120}}?\brespectively\b")
# … or "respective" before the list: "representing respective increases of 58.6 percent, 153.4
# percent, and 105.3 percent" (the list ends at the clause's end)
_RESPECTIVE_BEFORE = re.compile(r"\brespective\s+(?:[a-z-]+\s+){1,2}?(?:of\s+|by\s+)?", re.IGNORECASE)
_LIST_END = re.compile(r"[;.](?:\s|$)|,\s+(?!and\b)(?=[a-z]{3,}(?!\s+percent))")
_RESTATEMENT_BEFORE = re.compile(r"\(\s*(?:about|around|approximately|or|some|nearly)?\s*$")
_NUMBER_OF = re.compile(r"^(?:the\s+)?number\s+of\s+", re.IGNORECASE)  # a count's own words
# a change in brackets right after an amount is that amount's: "RMB 388.24 billion (8.4 percent
# growth)"
_BRACKETED_AFTER_AMOUNT = re.compile(r"\d\s*(?:[a-z]+\s*)?\(\s*(?:up\s+|down\s+|an?\s+)?$", re.IGNORECASE)


def _an_amount(quote: str, found) -> bool:
    """Whether a figure before a change is an amount the change can be of: money, a mass, a
    count ("156 projects", "reached 151,400"), not a year, a span, part of a word or a list, or
    another ratio."""
    if found.quantity.kind == "percent" and _A_RATE_REACHED.search(quote, max(found.start - 100, 0), found.start):
        return True  # "the room rental rate … saw a rise to 39.56 percent, reflecting a 12.15 percent increase"
    if found.quantity.kind in ("duration", "percent", "pp", "rank", "multiplier"):
        return False
    if found.has_unit:
        return True
    written = quote[found.start:found.end]
    return found.quantity.unit == "count" and not _YEAR.fullmatch(written) \
        and not _NOT_ALONE.match(quote, found.end)


# a rate's level, reached: "rose to 39.56 percent", "the occupancy rate stood at 80 percent"
_A_RATE_REACHED = re.compile(r"\b(?:rate|ratio|proportion|share|occupancy)\b[^,;.]{0,80}?\b(?:to|at|reached|hit|"
                             r"of|was|is)\s+(?:about\s+|nearly\s+|over\s+)?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<![A-Z][a-z]{2})(?<!Sept)[.;!?]\s")  # "as of Dec. 6" ends none
# a span ("the first 10 months"), a word before its hyphen ("twenty-foot"), the first of a
# list or range ("4.9 and 3.9 percentage points"): the unit, if any, is after the last
_NOT_ALONE = re.compile(r"\s+(?:months?|years?|quarters?|weeks?|days?)\b|-|\s*(?:,|and|or|to)\s*\d",
                        re.IGNORECASE)


def _item_topic(c: Candidate, partner: str | None) -> str:
    """What a respectively-list item's figure measures: the words before the sentence's verb,
    its list of names replaced by the item ("Trade with Brazil, Russia and India rose 19.9, 12.6
    and 12.1 percent, respectively": "Trade with Russia"); '' for any other figure."""
    item = re.match(r"respectively-list item '([^']+)'", c.subject_reason)
    first = next(find_quantities(c.quote), None) if item and partner else None  # only the first
    if first is None:
        return ""
    head = c.quote[:first.start]
    verb = _VERB.search(head)
    head = head[:verb.start()] if verb else head
    names = _NAME_LIST_AT.search(head)
    if not names or item[1] not in names[0]:
        return ""
    return _in_place_of(head, names, item[1])


def _with_its_item(c: Candidate, topic: str) -> str:
    """A topic naming a respectively-list's names together, with the figure's own item in their
    place ("Kazakhstan and Uzbekistan … accounting for 58.6 percent and 29 percent …,
    respectively": the 58.6 percent's topic is Kazakhstan)."""
    item = re.match(r"respectively-list item '([^']+)'", c.subject_reason)
    # (the list that starts first, the longer at one start: "Japan, Korea and Russia", not its
    # "Korea and Russia")
    names = min((m for m in (_NAME_LIST_AT.search(topic), _TWO_NAMES_AT.search(topic)) if m),
                key=lambda m: (m.start(), -m.end()), default=None) if item else None
    if not names or item[1] not in names[0]:
        return topic
    return _in_place_of(topic, names, item[1])


def _in_place_of(words: str, names: re.Match, item: str) -> str:
    """`words` with the list of names `names` found in them replaced by one item of it."""
    return " ".join((words[:names.start()] + item + words[names.end():]).split())


_TWO_NAMES_AT = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*\s+and\s+(?:the\s+)?"
                           r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*")
_NAME_LIST_AT = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*"
                           r"(?:,\s*(?:and\s+)?(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*)+"
                           r"(?:,?\s+and\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*)?")
# "This event was attended by over 160 …": the thing attended, before the passive.
_ATTENDED = re.compile(r"(?:^|[,;.]\s+)((?:the|this|that)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:was|were|is|are|has\s+been)\s+"
                       r"attended\s+by\s+(?:over|more\s+than|about|nearly|some|around)?\s*$",
                       re.IGNORECASE)


# What a sentence says of the things it counts, so the label keeps it: "has attracted around
# 224,000 talents" are talents attracted (in the year), not the talents there are; "received
# 2,245,700 visitors", "connecting 167 cities", "925,000 workers positioned abroad".
_DONE_TO = {"attract": "attracted", "receiv": "received", "welcom": "welcomed", "connect": "connected",
            "link": "linked", "serv": "served", "approv": "approved", "introduc": "introduced",
            "employ": "employed", "host": "hosted", "train": "trained", "recruit": "recruited",
            "creat": "created", "open": "opened", "launch": "launched", "sign": "signed",
            "establish": "established", "add": "added", "register": "registered", "handl": "handled",
            "seal": "sealed", "ink": "inked", "lur": "lured", "complet": "completed", "export": "exported",
            "import": "imported", "monitor": "monitored", "survey": "surveyed", "select": "selected",
            "certifi": "certified", "help": "helped", "support": "supported", "nurtur": "nurtured",
            "cultivat": "cultivated", "upgrad": "upgraded", "refurbish": "refurbished"}
# (not a verb still to be done: "plans to attract 500 projects", "will receive", "failed to open";
# nor one denied: "has not attracted", "never received")
_VERB_BEFORE = re.compile(r"(?<!\bto\s)(?<!\bwill\s)(?<!\bshall\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bcan\s)"
                          r"(?<!\bmay\s)(?<!\bmight\s)(?<!\bmust\s)(?<!\bshould\s)(?<!\bnot\s)(?<!\bnever\s)"
                          r"(?<!n't\s)(?<!n’t\s)"
                          r"\b(?P<verb>%s)(?:e[ds]?|s|ed|ing|es)?\s+(?:(?:a\s+total\s+of|in\s+total|"
                          r"altogether|another|an\s+additional)\s+)?$" % "|".join(_DONE_TO), re.IGNORECASE)
# the places that received the people counted, as the subject of the verb ("all bathing beaches in
# Qingdao are well-organized and have received …"): a label without them claims all the city's
_RECEIVED_AT = {"received": "at", "welcomed": "at", "hosted": "at", "served": "at", "attracted": "to",
                "handled": "at"}
_VENUE_RECEIVING = re.compile(r"(?<![\w'’-])(?:(?:all|the|its|their|these|those|some|many|local|an?\s+(?:lot|number)\s+of|"
                              r"(?:dozens|hundreds|thousands)\s+of)\s+)*"
                              r"(?P<venue>(?:(?!(?:all|the|its|their|these|those|an?|lot|number|of|on|in|at|for|about|"
                              r"from|with|by|and|or)\b)(?-i:[a-z])[\w-]*\s+){0,2}?(?:beaches|parks|"
                              r"scenic\s+(?:spots|areas)|attractions|hotels|museums|venues|resorts|islands|cinemas|"
                              r"theatres|theaters|airports|railway\s+stations|terminals|hospitals|restaurants|"
                              r"shopping\s+malls|malls|stores))\b(?:\s+(?:in|of|across)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
                              r"(?!\s+(?:and|or|&)\s)"
                              # (up to the verb, only helping verbs, adverbs and "and" between: not "The museums said
                              # the city received …")
                              r"(?=\s+(?:(?:have|has|had|are|is|were|was|been|and|also|all|together|jointly|already|"
                              r"well-[\w-]+|[a-z]+ly)\s+){0,5}$)", re.IGNORECASE)
# the venue is not the verb's subject: another place or people have it, or it is one of several
# ("Qingdao with its beaches", "Visitors to the city's parks", "Restaurants and hotels")
_VENUE_NOT_THE_SUBJECT = re.compile(r"(?:\b(?:to|of|from|for)|(?<=\w)\s+(?:and|or|&))\s+(?:[\w'’-]+\s+){0,3}$",
                                    re.IGNORECASE)
# ("with 30 scenic spots hosting 3.645 million visitors": before an -ing verb the venue is its subject)
_VENUE_WITH = re.compile(r"\bwith\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# words that put the verb after them in the future: "will extend the route …, adding 12 stations"
# (not a relative clause's: "The city, which will host the expo next year, opened its line …")
_TO_COME = re.compile(r"(?<!\bwhich\s)(?<!\bwho\s)(?<!\bthat\s)"
                      r"\b(?:will|shall|is\s+to|are\s+to|plans?\s+to|aims?\s+to|(?:is|are)\s+expected\s+to)\b[^.;]*$",
                      re.IGNORECASE)
# what the things counted make up: "the training team, comprising nearly 40 pupils"
_MADE_OF = re.compile(r"(?:^|[.;:]\s+|,\s+)(?P<whole>(?:the|its|their|a|an)\s+[^,;.()]{3,60}?),?\s+(?:comprising|"
                      r"consisting\s+of|made\s+up\s+of|composed\s+of)\s+$", re.IGNORECASE)
_WHERE_AFTER = re.compile(rf"\s+(?P<where>(?:{_WHERE_WORDS})\s+(?:abroad|overseas|(?:in|at)\s+[^,;.()]{{1,40}}?)"
                          rf"|in\s+(?:{_WORLD_PARTS}))"  # or a part of the world right after them
                          r"(?=\s*[,;.()]|\s+(?:and(?!\s+(?:the\s+)?[A-Z])|which|who|with|while)\b|\s*$)")

# (a place and an adverb between: "three key laboratories in Shandong were newly approved")
_DONE_AFTER = re.compile(r"(?:\s+in\s+[A-Z][\w'’-]*)?\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:(?:newly|"
                         r"recently|officially|also|further|successfully)\s+)?(?:(?P<verb>%s)(?:ed|d)\b"
                         r"|(?P<listed>(?:included|listed|named)\s+(?:on|in|among)\s+[^,;.()]{3,60}?))"
                         r"(?=\s+(?:in|by|during|from|for|at|on)\s|\s*[,;.()]|\s+(?:and|which|who|with|while)\b|\s*$"
                         r"|\s+(?:(?:last|this|earlier|on)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                         r"Sunday|yesterday|today|week|month|year)\b)"  # "68 deals were inked Wednesday"
                         % "|".join(_DONE_TO), re.IGNORECASE)
# What the things counted did, right after them or their names in an aside: "Two Korean-funded
# enterprises, A and B, stepped up their investment by $31 million" (a verb and its object, up to
# a figure or the clause's end)
_DID_AFTER = re.compile(r"(?:,[^,;.()]{1,120},)?\s+(?:(?:have|has|had)\s+)?(?P<did>(?:also\s+|jointly\s+)?(?:(?:stepped\s+up|increased|"
                        r"expanded|added|raised|boosted|invested|registered|reported|built|set\s+up|opened)"
                        r"\s+(?:their|its|the)\s+[a-z][\w-]*(?=\s+(?:by|in|of|to|worth|totall?ing)\b|\s*[,;.]|\s*$)"
                        # with no object only "invested" is what they did: "projects set up in 2020",
                        # "firms registered in Hong Kong" had it done to them; and "by" names who
                        # did it ("projects invested by Japanese firms")
                        r"|invested(?=\s+(?:in|to)\b|\s*[,;.]|\s*$)))")
# What the things counted did that makes them these (and the other things counted with them), right
# after them or a place of theirs: "77 major projects in Laixi, Qingdao started construction", "Ten
# institutions and talent cooperation universities signed a contract at the ceremony"
_ACTED_AFTER = re.compile(r"(?P<others>\s+and\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*s)?"
                          r"(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:,?\s+[A-Z][\w'’-]*){0,3})?"
                          r"\s+(?P<did>(?:started|began|signed|completed|joined|launched|broke\s+ground)"
                          r"(?:\s+(?:an?\s+|the\s+)?(?!(?:with|in|at|on|by|for|from|to|and|intensively|recently|"
                          r"last|this|worth|valued|totall?ing|involving|into|its|their)\b)[a-z][\w-]*){1,2})")
# (the things counted open their clause, as what acts: not "A ship carrying 5,668 containers started …")
_OPENS_ITS_CLAUSE = re.compile(r"(?:^|[.;:,]\s+|\b(?:and|while)\s+)(?:(?:about|around|over|nearly|some|more\s+than|"
                               r"a\s+total\s+of|the)\s+)?$", re.IGNORECASE)
# … or the participle alone right after them, before a pause: "the 64 star-rated hotels
# monitored, with …" (not "500 firms registered in Hong Kong": where, the label would lose)
_DONE_BARE = re.compile(r"\s+(?P<listed>(?!))?(?P<verb>monitor|survey|approv|select|certifi)(?:ed|d)"
                        r"(?=\s*[,;.()]|\s+with\b|\s*$)", re.IGNORECASE)
# What kind of the things counted, right after them: "demonstration areas for healthy and
# ecological aquaculture", "tourists from abroad" (words, no figure, up to a pause or a verb)
_KIND_AFTER = re.compile(r"\s+(?P<kind>(?:for|from)\s+(?!(?:[A-Za-z'’-]+\s+){0,4}?(?:time|times|years?|months?|"
                         r"weeks?|days?|period|consecutive|now|then|the\s+same)\b)"
                         r"(?:[a-z][a-z'’-]*\s+){0,4}?[a-z][a-z'’-]*)"
                         r"(?=\s*[,;.()]|\s*$|\s+(?:were|was|have|has|had|are|is|visited|came|arrived|in|at|"
                         r"on|during|last|this)\b)")
# Places counted after "from" or "to": "companies from 15 countries" are countries of origin,
# "routes to 54 cities" cities of destination, not countries or cities there are
_PLACES = re.compile(r"(?:[\w-]+\s+)?(?:countries|regions|economies|cities|ports|destinations)(?:\s+and\s+regions)?",
                     re.IGNORECASE)
# Counted things in counted places: "500 ports in over 100 countries", "1,200 projects in 60 countries"
# (not places in places: "54 cities in 23 countries" are the countries reached)
_THINGS_IN = re.compile(r"\d\s+(?P<things>(?!(?:cities|destinations|regions|provinces)\b)[a-z][\w-]*"
                        r"(?:\s+(?!(?:cities|destinations|regions|provinces)\b)[a-z][\w-]*)?)\s+in\s+"
                        r"(?:(?:about|around|nearly|over|more\s+than|some|at\s+least)\s+)?$")


def _things_counted_in(before: str) -> str | None:
    """The things a count right before "in" counts ("500 ports in over 100 countries"): only a
    count's, not an amount's or a rate's ("20 percent in 30 countries", "5 million tons in …")."""
    within = _THINGS_IN.search(before)
    if not within:
        return None
    number_at = within.start()  # (the pattern opens on the count's last digit)
    count = next((f for f in find_quantities(before) if f.start <= number_at < f.end), None)
    return within["things"] if count and count.quantity.unit == "count" and not count.has_unit else None


_PLACES_BEFORE = re.compile(r"\b(?P<way>from|to|(?:navigation|links?|connections?|routes?)\s+with)\s+"
                            r"(?:(?:about|around|nearly|over|more\s+than|some)\s+)?$", re.IGNORECASE)
_WAYS = {"from": "of origin", "to": "of destination"}  # else connected: "navigation with 177 ports"
# The things that came from or went to the places counted: "38,000 business visitors from"
# The things counted that came from or went to the places counted, right after their number or
# opening the sentence: "38,000 business visitors from", "Exhibitors from" (not "… will feature sailors from")
_THINGS_BEFORE_WAY = re.compile(r"(?:(?:\d\s+(?:(?:million|billion|thousand)\s+)?|\b(?:[Tt]he|[Aa]ll|[Mm]any|[Ss]ome)\s+)"
                                r"(?P<things>(?:[A-Za-z][a-z-]*\s+){0,2}[A-Za-z][a-z-]*s)"
                                r"|^\s*(?P<opening>[A-Z][a-z-]*s))\s*$")  # (opening the sentence: one word)


def _things_that_came(before: str) -> str | None:
    """The things counted right before "from"/"to" ("38,000 business visitors", "Exhibitors"),
    in lower case, when a number or an article opens them."""
    m = _THINGS_BEFORE_WAY.search(before)
    things = m and (m["things"] or m["opening"]).lower()
    return things if things and is_plural(things.split()[-1]) else None
# more places after the first: "in Japan, Korea and the US"
_MORE_PLACES = re.compile(r",?\s*(?:and\s+|or\s+)?(?:the\s+)?[A-Z]")
_HERE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:city|province|country|area|region|district|zone)$")


# Why an amount's label is held back: counted things before it in its sentence involve it, and
# the label does not say whose it is
INVOLVED = "an amount the things its sentence counts before it involve"
# Why a firm's own figure is held back: its sentence tells it as a firm's ("the company's"), and the
# label does not say which firm
FIRM_S = "a firm's own figure, as its sentence tells it"
# … and an event's: its sentence is about "the expo", "this year's event", the label not
EVENT_S = "an event's figure, as its sentence tells it"
# … and the things a count at the head of its clause counts ("17 monitored scenic spots in
# Tai'an … attracted 794,300 tourists"): the tourists are those spots', not the city's
COUNTED_S = "a figure of the things its clause counts first"
# … and one each of several things has ("Haier and Hisense currently each have over 30
# production bases"): no total of theirs, nor the city's
EACH_S = "a figure each of several things has, not their total"
# … and of a place or body its clause names as what did it ("The city's airport handled more than
# 11 million travelers", "The ancient town has welcomed …"): the airport's, the town's
SITE_S = "a figure of the place or body its clause says did it"
# … and of what "its" refers to ("The marine economy has seen booming development …, with its total
# output value accounting for 30 percent of the city's GDP"): the marine economy's
ITS_S = "a figure of what its clause's 'its' refers to"
# Why a count's label is held back: its sentence says what the things counted did, or what was
# done to them or where, in words the label leaves out ("used eight sound stages", "sailing at 40
# local schools", "65 scenic spots received …"): "Sound stages: 8" would claim all there are
UNSAID = "what the figure counts; its sentence says more of them than the label does"
# … each a reason the label, as proposed, claims the figure for no one or the wrong one
OWNER_LEFT_OUT = (UNSAID, INVOLVED, FIRM_S, EVENT_S, COUNTED_S, EACH_S, SITE_S, ITS_S)
# A sentence opening on things counted and named at once, its every later figure theirs: "Three
# scenic spots, including A, B and C, achieved a revenue of … receiving over 0.5 million visitors"
_COUNT_NAMED_OPENING = re.compile(r"\s*(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten)\s+"
                                  r"(?P<things>(?:[\w'’-]+\s+){0,3}?[a-z][\w-]*s),\s+(?:including|namely)\s+"
                                  r"[A-Z][^;.]*?,\s+(?=[a-z])", re.IGNORECASE)
_SOME_NAMED = re.compile(r",\s+(?:including|such\s+as)\s")  # (examples of a kind: only some of its kind)
# The things counted, named after them: "Three scenic spots, including A, B and C, achieved …"
_NAMED_AFTER = re.compile(r",\s+(?:including|namely)\s+(?P<names>[A-Z][^;.]*?)(?:,\s+(?=[a-z])|[;.]|$)")


def _all_named(c: Candidate, after: str) -> bool:
    """Whether the names listed right after the things counted are as many as the count: the
    figure counts those named ("Three scenic spots, including A, B and C"), not all there are
    ("300 banks, including HSBC")."""
    named = _NAMED_AFTER.match(after)
    if not named or c.unit != "count":
        return False
    names = [n for n in re.split(r",\s+(?:and\s+)?|\s+and\s+", named["names"]) if n.strip()]
    return len(names) == c.value


# A sentence opening on a participle's phrase, whose figures are the main clause's subject's:
# "Consisting of 38 supporting activities, the fair saw …", "Covering an area of …, the park has …"
_OPENING_PHRASE = re.compile(r"\s*(?:[A-Z][a-z]+ing|With)\b[^,;]*$")
# … the subject the main clause opens on, after the phrase's comma
_MAIN_SUBJECT = re.compile(r"[^,;.]*,\s+(?P<subject>(?:the|this|its|that)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
                           r"\s+(?:has|have|had|is|was|saw|sees|[a-z]+ed|[a-z]+s)\b", re.IGNORECASE)
# "…, with its total output value accounting for": a measure of the sentence's subject
_WITH_ITS = re.compile(r"\bwith\s+(?:its|their)\s+(?:[\w-]+\s+){0,4}?(?:accounting|reaching|totall?ing|hitting|"
                       r"amounting|up|down|rising|growing|increasing)\b[^,;]{0,200}$", re.IGNORECASE)
# … and the subject its sentence opens on, which "its" refers to
_ITS_OWNER = re.compile(r"\s*(?P<owner>(?:[A-Z][\w'’-]*|[Tt]he)(?:\s+[\w'’-]+){0,5}?)"
                        r"(?:,|\s+(?:[a-z]+ed|has|have|had|is|was|saw|sees)\b)")
# the words before a count that say nothing of what was done with the things counted ("has 30
# universities", "there are", "including"), and the qualifiers the count may carry ("a total of")
_NEUTRAL_BEFORE = frozenset(
    "has have had having is are was were be been being of include includes included including "
    "total totaled totalled totaling totalling numbered boasts boasted houses housed contains contained "
    "comprises comprised reached reaching hit exceeded surpassed stood now there and or to than "
    "own owns owned offers offered features featured that which as when while if because but "
    "saw see sees seen witnessed".split())
_QUALIFYING = frozenset("the its their these those our all another additional some about around nearly "
                        "almost over more less fewer up at least only just roughly approximately estimated "
                        "a an also still currently already now whopping record further altogether combined "
                        "collectively totally".split())
# an amount that counted things before it in the sentence involve: "9,666 projects have been
# approved …, involving $17 billion", "the 18 APEC member economies have established 5,477
# projects …, involving a contractual foreign investment of 6.586 billion US dollars"
# ("reached deals for seven projects with Fortune 500 enterprises …, bringing in a total investment
# of 6 billion yuan": the seven projects', not the city's total)
_INVOLVED_BY_COUNTED = re.compile(r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                                  r"(?:[A-Za-z-]+\s+){0,4}?(?:firms|companies|enterprises|projects|"
                                  r"businesses|investors|deals|contracts|ventures)\b(?:[^.;]|\.(?=\d))*?"
                                  # (with no comma after those signed: "with 14 projects signed involving a total
                                  # investment of", the conference's, not all the city's)
                                  r"(?:,\s*|\s+(?:signed|inked|concluded)\s+)"
                                  r"(?:involving|bringing\s+in)\b(?:[^.;]|\.(?=\d))*$",
                                  re.IGNORECASE)
# things counted at the head of a clause, then what they did: "17 monitored scenic spots in
# Tai'an, East China's Shandong province, attracted" (and "… attracted 794,300 tourists and
# received"); "A total of 17,600 tourists visited 12 monitored hotels, bringing in"
_COUNTED_VERBS = (r"attracted|received|welcomed|served|hosted|drew|handled|recorded|earned|generated|"
                  r"brought\s+in|bringing\s+in|took\s+in|sold|employed|exported|imported|produced|"
                  r"registered|posted|achieved|realized|realised|created|accommodated|visited|"
                  # (and now: "The plant employs more than 500 people")
                  r"employs|produces|exports|handles|receives|attracts|generates|sells|creates")
_A_COUNTED_ACTOR = re.compile(
    r"(?:^|[,;:]\s+|\b(?:while|whereas|and)\s+)(?:the\s+|a\s+total\s+of\s+|some\s+|about\s+|nearly\s+|over\s+|"
    r"more\s+than\s+)?(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundreds|dozens)\s+(?P<things>(?:[\w'’-]+\s+){0,3}?[a-z][\w-]*s)\b"
    r"(?:\s+(?:in|at|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
    # an aside, or the examples of what is counted: "Three scenic spots, including A, B and C, achieved …"
    r"(?:,\s+[^,;.]{1,60},|,\s+(?:including|such\s+as)\s+[^;.]{1,160}?,)?"
    rf"\s+(?:have\s+|has\s+|had\s+)?(?:{_COUNTED_VERBS})\b"
    r"(?:\s+(?:a|an)\s+(?:total\s+)?(?:revenue|income|turnover|output|value|volume)\s+of)?"
    rf"(?:\s+[^,;.]{{1,60}}?(?:,\s+|\s+and\s+)(?:{_COUNTED_VERBS}))?"
    r"\s+(?:(?:a\s+total\s+of|about|around|nearly|almost|more\s+than|over|some)\s+)?$", re.IGNORECASE)
_EACH_HAS = re.compile(r"\beach\s+(?:\w+\s+){0,2}?(?:ha[sd]|have|own(?:s|ed)?|operate[sd]?|run|runs|ran|employ(?:s|ed)?|"
                       r"hold(?:s)?|held|set\s+up|built|attract(?:s|ed)?|receive[sd]?|invest(?:s|ed)?)\s+"
                       r"(?:(?:a\s+total\s+of|about|around|nearly|almost|more\s+than|over|some)\s+)?$", re.IGNORECASE)
_SITES = (r"airport|terminal|station|railway|train|town|village|park|scenic\s+(?:spot|area)|resort|museum|"
          r"hotel|mall|hospital|university|company|firm|plant|factory|facility|mine|oilfield|base|center|centre")
_A_SITE = re.compile(rf"(?:the|this|its|that)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_SITES})$", re.IGNORECASE)
_QUALIFIED = r"(?:(?:a\s+total\s+of|about|around|nearly|almost|more\s+than|over|some)\s+)?"
_A_SITE_DID = re.compile(
    r"(?:^|[,;:]\s+|\b(?:while|whereas|and)\s+)(?:the|its|this|that|[A-Z][\w'’-]*['’]s?)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?P<site>{_SITES})(?:,\s+[^,;.]{{1,60}},)?\s+(?:has\s+|have\s+|had\s+|also\s+)?"
    rf"(?:{_COUNTED_VERBS})\s+{_QUALIFIED}$", re.IGNORECASE)
# what a project or site costs, told of it in an aside ("The project, with a planned total investment
# of 290 million yuan, will …"): that project's money, not the city's investment
_A_SITE_COSTING = re.compile(
    rf"(?:^|[,;:]\s+)(?:the|its|this|that)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<site>project|{_SITES}),?\s+"
    r"(?:with|which\s+(?:has|had|involves|involved|will\s+have))\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?:investment|cost|value)\s+of\s+{_QUALIFIED}$", re.IGNORECASE)
# "it" doing or having what is counted, right after a sentence that opens on a place or body
# ("The Mount Tai scenic spot has become the most popular … . During the holiday, it received
# 103,900 tourists"; "The train travels between … . It has three routes")
_IT_DID = re.compile(rf"(?:^|[,;:]\s+)(?:it|they)\s+(?:also\s+)?(?:has|have|had|{_COUNTED_VERBS})\s+{_QUALIFIED}$",
                     re.IGNORECASE)
_OPENS_ON_A_SITE = re.compile(rf"(?:The\s+)?(?:[A-Z][\w'’-]*\s+){{0,5}}?(?:[a-z][\w-]*\s+){{0,2}}?(?P<site>{_SITES})\b",
                              re.IGNORECASE)


def _site_it_stands_for(c: Candidate, text_before: str) -> re.Match | None:
    """The place or body the sentence before opens on, when the figure's clause is "it" doing or
    having what is counted."""
    if not _IT_DID.search(_before_in_quote(c, text_before)):
        return None
    at = _at(c, text_before)
    head = text_before[:len(text_before) - at].strip() if at >= 0 else ""
    previous = re.split(r"(?<=[.!?])\s+", head)[-1] if head else ""
    return _OPENS_ON_A_SITE.match(previous)
# an earlier count of the same list: "six cities and " before "two coastal counties"
_LISTED_BEFORE = re.compile(r"(?:\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                            r"\s+(?:[A-Za-z-]+\s+){1,4}(?:and|or)\s+)+$", re.IGNORECASE)
_BATCH_OF = re.compile(r"\b(?:batch|shipment|consignment|lot|group|team|delegation|convoy|fleet|round|wave)\s+of\s+"
                       r"(?:(?:about|around|nearly|over|more\s+than|some)\s+)?$", re.IGNORECASE)
_ONE_OF_BEFORE = re.compile(r"\bone\s+of\s+(?:the\s+)?(?:(?:first|only|top|major|main)\s+)?$", re.IGNORECASE)
# A verb of what goes to the things counted ("distributes to", "exported to", "equivalent to")
_GIVEN_TO = re.compile(r"(?:distribut|suppl|sell|sold|export|ship|deliver|provid|serv|equivalent)\w*")
_PLAN_WORDS = frozenset("will would shall to plans plan aims aim expects expected".split())
_CONTRACT = re.compile(r"\b(?:contracts?|deals?|agreements?|orders?|tenders?|bids?)\b", re.IGNORECASE)
# ("Three Singapore companies on Thursday signed …": a day between the things and their verb;
# "12 project signings at the meeting": the event they were counted at; "28 restaurants onboard")
_COUNT_VERB_AFTER = re.compile(r"\s+(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:the|this|that|a)\s+(?:[\w-]+\s+){0,4}?"
                               r"(?:meeting|forum|ceremony|conference|fair|expo|summit|event|exhibition|seminar|"
                               r"symposium|roundtable|talks|session)\b"
                               r"|\s+(?:onboard|on\s+board|aboard)\b"  # "28 restaurants onboard": a ship's
                               r"|(?:\s+(?:in|at|across)\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|the\s+(?:city|province|"
                               r"country|region|district|zone|area))"
                               # "representatives from Chinese and South Korean … enterprises attended"
                               r"|\s+from\s+[^.;:()]{1,120}?(?=\s+[a-z]+ed\b))?(?:\s+(?:on\s+[A-Z][a-z]+day|yesterday|last\s+week))?"
                               # ("177 exhibitors are attending", "16 projects that used")
                               # ("seven bathing beaches will be officially closed": what is to be done to them)
                               r"\s+(?:(?:(?:have|has|had)\s+(?:been\s+)?|(?:were|was|are|is)\s+|(?:that|which|who)\s+|"
                               r"(?:will|would|shall|are\s+to|is\s+to)\s+(?:be\s+)?)(?:[a-z]+ly\s+)?)?"
                               r"(?P<verb>[a-z]+ed|(?!(?:during|including|according|regarding|concerning|following|"
                               r"excluding|involving|covering|totaling|totalling|amounting|bring|king|spring|string)\b)"
                               r"[a-z]{3,}ing|held|built|saw|made|"
                               r"took|went|came|grew|rose|fell|won|gave|got|drew|brought|sold|bought|"
                               r"travel|travels|operate|operates|serve|serves|visit|visits|receive|receives)\b")


# … or had something done to them further on in their clause ("Five districts in Qingdao, Shandong
# province -- Huangdao, … -- were listed among China's top 100", "600 cultural events and
# activities were held"), not in a clause of its own after "and" or "while"
_DONE_TO_LATER = re.compile(r"(?![^.;:]{0,160}?,\s*(?:and|while|but|whereas)\s)[^.;:]{0,160}?\s(?:were|was|are|is|have\s+been|"
                            r"has\s+been)\s+(?:[a-z]+ed|held|built|set\s+up|made|seen|chosen|won)\b")


def _one_of_a_group(c: Candidate, text_before: str) -> bool:
    at = _at(c, text_before)
    return at >= 0 and bool(_ONE_OF_BEFORE.search(c.quote, max(at - 40, 0), at))


def _words_before_in_clause(c: Candidate, text_before: str) -> str:
    """The quote's words before the figure, back to its clause's start (a comma, a colon, a
    bracket or a dash)."""
    return re.split(r"(?<!\d),|,(?!\d{3}\b)|[;:(]|\s[-–—]\s", c.quote[:max(_at(c, text_before), 0)])[-1]


def _counted_actor(c: Candidate, text_before: str) -> bool:
    """Whether the things counted are what a counted group of actors did ("126 Fortune 500
    enterprises have set up 248 projects", "the 18 APEC member economies have established 5,477
    projects"): the verb right before the count, and a count before it in its clause."""
    clause = _words_before_in_clause(c, text_before)
    verb = _VERB_BEFORE.search(clause)
    return bool(verb) and bool(re.search(r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|"
                                         r"eleven|twelve|dozens|hundreds|thousands)\s+(?:[A-Za-z-]+\s+){0,4}"
                                         r"[A-Za-z-]+s\b", clause[:verb.start()], re.IGNORECASE))


def _done_by_or_to(c: Candidate, text_before: str) -> bool:
    """Whether a count's sentence says what its things did or had done to them, or where, in
    words its label (the counted noun alone) leaves out: a verb or a preposition right before the
    count other than one of being or having ("used eight sound stages", "at 40 local schools"), or
    a verb right after its things ("65 scenic spots in Qingdao received …")."""
    at = _at(c, text_before)
    if at < 0:
        return False
    clause = _LISTED_BEFORE.sub("", _words_before_in_clause(c, text_before))  # "in six cities and two coastal counties": the list's
    if _BATCH_OF.search(clause):  # "The first batch of 232 parcels": one batch, not all there are
        return True
    words = re.findall(r"[A-Za-z]+(?:['’]s)?", clause)
    while words and words[-1].lower() in _QUALIFYING:
        words.pop()
    governor = words[-1] if words else ""
    # "will open 5 new branches" (not a contract's content: "gained a contract … to provide 22 trains")
    planned = len(words) > 1 and words[-2].lower() in _PLAN_WORDS and not _CONTRACT.search(clause)
    if governor.islower() and not governor.endswith(("'s", "’s")) and governor not in _NEUTRAL_BEFORE \
            and not planned:
        return True
    given = [w.lower() for w in words]
    while given and given[-1] in _QUALIFYING | {"than"}:  # ("to more than 3,000 chain stores")
        given.pop()
    if len(given) > 1 and given[-1] == "to" and _GIVEN_TO.fullmatch(given[-2]):
        # "distributes to more than 3,000 chain stores and 500 home appliance stores": its own
        return True
    after = c.quote[at + len(c.as_written):]
    counted_at = after.find(c.counted)
    return bool(counted_at >= 0 and (_COUNT_VERB_AFTER.match(after, counted_at + len(c.counted))
                                     or _DONE_TO_LATER.match(after, counted_at + len(c.counted))))


def _count_relation(c: Candidate, text_before: str) -> str:
    """What the sentence says happened to, or where it puts, the things counted ("attracted",
    "positioned abroad"), or ""."""
    at = _at(c, text_before)
    if at < 0:
        return ""
    within = _things_counted_in(c.quote[max(at - 60, 0):at]) if _PLACES.fullmatch(c.counted) else None
    if within:  # "connecting 500 ports in over 100 countries": the countries hosting the ports
        return f"hosting the {within}"
    after = c.quote[at + len(c.as_written):]
    counted_at = after.find(c.counted)
    past_counted = counted_at + len(c.counted) if counted_at >= 0 else None
    where = _WHERE_AFTER.match(after, past_counted) if past_counted is not None else None
    if where and not where["where"].endswith(("abroad", "overseas")) and _MORE_PLACES.match(after, where.end()):
        where = None  # "studying in Japan, Korea and the US": the first place names only some
    if where and not _HERE.search(where["where"]):  # "living in the city": the label's place says where
        return " ".join(where["where"].split())
    way = _PLACES_BEFORE.search(c.quote[max(at - 30, 0):at]) if _PLACES.fullmatch(c.counted) else None
    if way:  # "20,357 projects from 109 countries and regions had been approved": of origin
        ways = _WAYS.get(way["way"].lower(), "connected")
        whose = _things_that_came(c.quote[max(at - 90, 0):at - len(way[0])])
        # (the places of what: "business visitors from more than 20 countries" are the visitors')
        return f"{ways} of the {whose}" if whose and way["way"].lower() in _WAYS else ways
    did = _DID_AFTER.match(after, past_counted) if past_counted is not None else None
    if did:  # "Two Korean-funded enterprises, A and B, stepped up their investment": those that did
        return "that " + " ".join(did["did"].split())
    acted = _ACTED_AFTER.match(after, past_counted) \
        if past_counted is not None and _OPENS_ITS_CLAUSE.search(c.quote, 0, at) else None
    if acted:  # "77 major projects in Laixi started construction": those that did, not all there are
        return " ".join(f"{acted['others'] or ''} that {acted['did']}".split())
    done = (_DONE_AFTER.match(after, past_counted) or _DONE_BARE.match(after, past_counted)) \
        if past_counted is not None else None
    if done:  # "Seven Shandong enterprises were included on a list of …", "12 projects were signed"
        return " ".join(done["listed"].split()) if done["listed"] else _DONE_TO[done["verb"].lower()]
    verb = _VERB_BEFORE.search(c.quote[max(at - 60, 0):at])
    said = c.quote[:max(at - 60, 0) + verb.start()] if verb else ""
    # (from the last sentence break only: linear on a long quote of "will … will … 3.5")
    if verb and not (verb[0].split()[0].lower().endswith("ing")
                     and _TO_COME.search(said, max(said.rfind("."), said.rfind(";")) + 1)):
        done = _DONE_TO[verb["verb"].lower()]  # (not "The second phase will extend …, adding 12 stations")
        venue = _VENUE_RECEIVING.search(said, max(said.rfind("."), said.rfind(";")) + 1) \
            if done in _RECEIVED_AT else None
        clause = max(said.rfind(","), 0)
        if venue and (_VENUE_NOT_THE_SUBJECT.search(said, clause, venue.start()) or (
                _VENUE_WITH.search(said, clause, venue.start()) and not verb[0].split()[0].lower().endswith("ing"))):
            venue = None
        # "all bathing beaches in Qingdao … have received a total of 23.4 million person-time
        # visitors": those the beaches received, not all the city's
        return f"{done} {_RECEIVED_AT[done]} {venue['venue'].lower()}" if venue else done
    whole = _MADE_OF.search(c.quote[max(at - 90, 0):at])
    if whole:  # "Its "Dream of Sailing" training team, comprising nearly 40 pupils": in the team
        return "in " + _lower_article(re.sub(r"^(?:its|their|his|her|our)\s+", "the ",
                                             " ".join(whole["whole"].split()), flags=re.IGNORECASE))
    kind = _KIND_AFTER.match(after, past_counted) if past_counted is not None else None
    if kind:  # "nine demonstration areas for healthy aquaculture were established": those areas
        done = _DONE_AFTER.match(after, kind.end()) or _DONE_BARE.match(after, kind.end())
        verb = _DONE_TO[done["verb"].lower()] if done and done["verb"] else ""
        return " ".join(f"{kind['kind']} {verb}".split())
    return ""


def _before_in_quote(c: Candidate, text_before: str) -> str:
    """The quote's words before the figure."""
    at = _at(c, text_before)
    return " ".join(c.quote[:at].split()) + " " if at >= 0 else ""


_PRONOUN = re.compile(r"(?:it|they)(?:\s+\w+)?", re.IGNORECASE)
_PERSON = re.compile(r"he|she|we|I|this|these|that|those", re.IGNORECASE)  # no measure's words


# A set of projects or deals a sentence refers back to ("The projects have contracted foreign
# capital worth $1.24 billion", "These deals are worth"): its money is theirs, not the city's
# foreign investment of a period, and the label says whose it is.
_GROUP = re.compile(r"^((?:the|these|those|such|all|both)\s+(?:[\w-]+\s+){0,3}?(?:projects|deals|"
                    r"agreements|contracts|companies|firms|enterprises|investors|plans|programmes|"
                    r"programs))\s+(?:(?:will|would|also|together|jointly)\s+)*"
                    r"(?:have|has|had|are|were|be|cover|covers|include|includes|involve|involves|"
                    r"comprise|comprises|contain|contains)\b\s*"
                    r"(?:(?:also|together|jointly|in\s+total)\s+)*(.*)$", re.IGNORECASE)
_GROUP_TAIL = re.compile(r"(?:\s+(?:worth|of|at|totall?ing|amounting\s+to|valued\s+at|reaching|"
                         r"to|in|with|a|an|the|total|about|nearly|over|more\s+than))+$",
                         re.IGNORECASE)


def _group_of(c: Candidate, before: str) -> tuple[str, str] | None:
    """(the set, the words between it and the figure) when the figure's clause is about a set
    of projects or deals it refers back to: "The projects have contracted foreign capital
    worth" gives ("the projects", "contracted foreign capital worth")."""
    at = _at(c, before)
    if at < 0:
        return None
    head = " ".join(c.quote[:at].split())
    clause = head[max((m.end() for m in _CLAUSE_START.finditer(head)), default=0):]
    m = _GROUP.match(_LEAD.sub("", clause))
    return (m[1][:1].lower() + m[1][1:], m[2]) if m else None


def _group_label(group: tuple[str, str], before: str, c: Candidate) -> str:
    """"Contracted foreign capital of the key projects": the measure in the source's words, of
    the set, named as the text before named it ("13 key projects" → "the key projects")."""
    noun, words = group
    measure = c.counted or re.sub(r"^(?:an?|the)\s+", "", _GROUP_TAIL.sub("", " " + words).strip(),
                                  flags=re.IGNORECASE) or "value"
    head = noun.split()[-1]
    at = _at(c, before)
    earlier = before[:len(before) - at] if at >= 0 else before  # before the figure's sentence
    named = re.findall(rf"\b(?:\d[\d,]*|an?|the)\s+((?:[a-z][\w-]*\s+){{1,2}}?){head.rstrip('s')}s?\b",
                       earlier)
    if named and noun.split()[0].lower() in ("the", "these", "those") and len(noun.split()) == 2:
        noun = f"the {named[-1]}{head}"
    return f"{measure} of {noun}"


# The words a metric's label uses to describe the measure, which a figure's label does not print
# ("Contract foreign investment in a period": the figure's period is printed beside it).
_IN_A_PERIOD = re.compile(r"\s+in\s+a\s+period(?:\s+or\s+programme)?$")

# ("the Qingdao Municipal Bureau of Culture and Tourism said": one body's name, not "Tourism"; a
# sentence's opening word is none of it: "Both Haier and Hisense said")
_NAMES = (r"(?:the\s+)?(?!(?:Both|Either|Neither|In|During|After|Before|While|Since|When|As|And|But)\s)"
          r"[A-Z][\w.&'’()-]*(?:\s+(?:of\s+|and\s+)?[A-Z(][\w.&'’()-]*){0,6}")
# a role after a name, and the person's name after it: "the Qingdao Party chief, Li Qun"
_ROLE = (r"(?:\s+(?:chief|secretary|mayor|director|head|president|official|spokesman|spokeswoman|"
         r"spokesperson|manager|chairman|chairwoman|governor|minister|ambassador|consul)"
         r"(?:,?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?)?")
_WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"  # "… said Monday": when
# (an aside between the name and "said": short, or a title and up to 90 characters after it)
_SPEAKER_ASIDE = (r"(?:[^,.\n]{1,60}|(?:the\s+|a\s+|an\s+)?(?:(?:deputy|vice|general|executive|chief|former|acting|senior)\s+)*"
                  r"(?:head|director|chief|chairman|chairwoman|president|manager|mayor|secretary|official|spokesman|"
                  r"spokeswoman|spokesperson|governor|minister|ambassador|consul|founder|CEO|researcher|professor|"
                  r"expert|analyst|economist|engineer|representative|leader|officer)\b[^,.\n]{1,90})")
_SAID_BY = re.compile(rf"({_NAMES}|the\s+[a-z][a-z ]{{2,40}}?)(?:,\s+{_SPEAKER_ASIDE},)?\s+(?:said|says|told)\b"
                      rf"|\b(?:said|says)\s+(?!(?:on\s+)?(?:{_WEEKDAYS})\b)({_NAMES}{_ROLE}|an?\s+[a-z][a-z ]{{2,30}}?\s+(?:from|of|at)\s+"
                      r"(?:the\s+)?[A-Z][^,.;\n]{2,60}?(?=\s*[,.;]|\s*$))")
# ("Wang Wei, mayor of Testcity, said"; "…, said a representative from Oriental Movie Metropolis"; "Pu Jiao,
# head of the Cangma Mountain Ski Resort in the Qingdao West Coast New Area, said": a long title between)


def _speaker(quote: str) -> str | None:
    """Who says the quote ("IE Singapore said that trade …"): a figure someone said is theirs;
    so is one of a remark the quote opens and does not close (\"From January-March of 2024,
    Shandong Province's import from Pakistan crossed $36.25 million.\" … he added)."""
    if not re.search(r"\bsaid\b|\bsays\b|\btold\b", quote):
        return "the source's speaker" if _REMARK_OPENED.match(quote) or _REMARK_ADDED.search(quote) else None
    m = _SAID_BY.search(quote)
    return _name_of(m) if m else "the source's speaker"


# a quote that opens a quotation and does not close it: a remark said by someone after it
_REMARK_OPENED = re.compile(r"\s*[\"“][^\"”]*$")
# … or closes one with who added it: '… crossed $704.40 million", he added.'
_REMARK_ADDED = re.compile(r"[\"”],?\s+(?:he|she|they|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+added\b")


def _name_of(said: re.Match) -> str:
    """The speaker's name in a `_SAID_BY` match, from where its sentence or line begins ("…
    mayor of Linyi.\n\nHe said": "He")."""
    name = re.split(r"(?<=[a-z]{2})\.\s+|\n", said[1] or said[2])[-1]
    return re.sub(r"(?<=[a-z]{2})\.$", "", name)  # the sentence's full stop ("said Wang Wei.")


_PRONOUNS = frozenset("He She They It We I".split())


def _named_speaker_before(before: str) -> str | None:
    """The speaker named last before a figure ("…, said Lian Chengmin, mayor of Linyi. He said
    …"): who a pronoun's remark is."""
    names = [_name_of(m) for m in _SAID_BY.finditer(before[-1500:])]
    return next((n for n in reversed(names) if n not in _PRONOUNS), None)


def _remark_speaker(c: Candidate, before: str) -> str | None:
    """Who says a quote that stands inside quotation marks opened after "said" (Liu said: "…
    It has the world's seventh-largest port …"): a remark printed as a figure says whose."""
    at = _at(c, before)
    head = c.quote[:at] if at >= 0 else ""
    start = before.rfind(head) if head else len(before)
    if at < 0 or start < 0:
        return None
    window = before[max(0, start - SPEECH_BEFORE):start]
    window = window[window.rfind("\n\n") + 1:]  # the remark's own paragraph
    if not (_opened(window, c.quote) and re.search(r"\b(?:said|says|told)\b", window)):
        return None
    names = list(_SAID_BY.finditer(window))
    return _name_of(names[-1]) if names else "the source's speaker"


# A firm's own trade, told by the firm ("Wang Jun, manager of the company's international trade
# department, reported … silver exports to Hong Kong"): no trade of the city's.
_A_FIRM_S = re.compile(r"\b(?:the|its)\s+(?:company|firm|group|enterprise|corporation)['’]s?\b"
                       # a speaker's own firm: "The annual export volume of our company to Japan reaches …"
                       r"|\b(?:our|my)\s+(?:company|firm|group|enterprise|corporation|factory|plant)\b"
                       # "since 2011 the company has sold …, exported some 2,000 vehicles": its
                       r"|\bthe\s+(?:company|firm|group|corporation|manufacturer|maker)\s+(?:has|had|have|[a-z]+ed)\b"
                       # what was done for a firm: "officials visited the company …, arranging a larger
                       # 1,700-square-meter production site" (its site, not the district's)
                       r"|\b(?:for|visited|visiting|helped|helping|assisted|assisting|supported|supporting)\s+the\s+"
                       r"(?:company|firm|enterprise)\b"
                       r"|\bCo\.?,?\s+(?:Ltd|Limited)\b", re.IGNORECASE)
# (not a time named by its event: "Throughout the Spring Festival holiday", "released during the expo")
_AN_EVENT_S = re.compile(r"(?<!during\s)(?<!throughout\s)(?<!over\s)(?<!\bin\s)(?<!\bat\s)(?<!\bon\s)(?<!since\s)"
                         r"(?<!after\s)(?<!before\s)(?<!of\s)"
                         r"\b(?:the|this(?:\s+year['’]s)?|its|that)\s+(?:[\w-]+\s+){0,5}?(?:event|expo|festival|fair|"
                         r"forum|exhibition|conference|summit|carnival|games|ceremony)\b(?!\s+(?:of|in|on|holiday)\b)",
                         re.IGNORECASE)
# Deals an event saw signed, or who came to it, said after their count: "20 cooperation agreements
# were signed during the fair", "38,000 visitors from 20 countries attended the exhibition"
_SIGNED_AT_AN_EVENT = re.compile(
    r"[^.;]{0,80}?\b(?:(?:signed|inked|concluded|sealed|clinched|reached)\s+(?:during|at|on\s+the\s+sidelines\s+of)|"
    # and who came to it: "38,000 business visitors from more than 20 countries attended the exhibition"
    r"attended|visited|took\s+part\s+in|participated\s+in|joined|"
    # "some 420 companies … are meeting during a promotional event"
    r"(?:(?:are|were)\s+)?(?:meeting|gathering|met|gathered)\s+(?:during|at|for))\s+"
    r"(?:the|an?|this(?:\s+year['’]s)?)\s+(?:[\w-]+\s+){0,5}?(?:event|expo|festival|fair|forum|exhibition|conference|"
    r"summit|ceremony|meeting|week|session)\b", re.IGNORECASE)
# A count's label on goods traded ("Tractors exported"), and the way the partner's name joins it
_PLANNED_SIZE = re.compile(r"\bplanned\s+(?:total\s+)?(?:land\s+|floor\s+|construction\s+)?area\s+of\s+"
                           r"(?:(?:about|around|some|nearly|over|more\s+than)\s+)?$", re.IGNORECASE)


def _trade_partner_unnamed(c: Candidate, metric: str | None, text_before: str) -> tuple[str, str] | None:
    """("with", "Latin America") when a trade figure's sentence, before it, says the trade is with a
    place abroad that no entity stands for ("trade with Latin America totaled", "export to Latin
    America reached", "Shandong-Latin America ordinary trade reached"): the label must say so, or
    the partner's trade reads as the whole province's."""
    if metric not in _TRADE_METRICS or c.subject:
        return None
    found = list(_trade_partner_pattern().finditer(_before_in_quote(c, text_before)))
    if not found:
        return None
    m = found[-1]
    way = "to" if (m["way"] or "").lower().startswith("export") else "from" if m["way"] else "with"
    return way, " ".join((m["place"] or m["pair"]).split())


_TRADE_METRICS = frozenset({"trade_volume", "exports", "imports"})


@functools.cache
def _trade_partner_pattern() -> re.Pattern:
    places = rf"(?:{names_abroad()}|{_WORLD_PARTS}|ASEAN|the\s+EU|EU|RCEP\s+members)"
    return re.compile(rf"\b(?:trade\s+with|(?P<way>exports?\s+to|imports?\s+from))\s+(?:the\s+)?(?P<place>{places})\b"
                      rf"|\b[A-Z][a-z]+(?:\s+Province)?-(?P<pair>{places})\s+(?:[a-z]+\s+){{0,2}}?trade\b")


_TRADED = re.compile(r"^[A-Z][a-z-]*(?:\s+[a-z][\w-]*){0,3}\s+(?P<verb>exported|imported|shipped|sold|delivered)\b"
                     r"(?!\s+(?:to|from)\b)")  # (things, not a name: "… Co Ltd exported" says no measure)
_TRADE_WAY = {"exported": "to", "shipped": "to", "sold": "to", "delivered": "to", "imported": "from"}
_TAKES_THE = re.compile(r"^(?:United|Republic|Kingdom|European|Czech|Netherlands|Philippines)\b|\b(?:Emirates|Union|"
                        r"Islands|Republic|Kingdom)$")


def _with_the(name: str) -> str:
    """A country's name as a sentence says it: "the United States", "the Netherlands", "Japan"."""
    return f"the {name}" if _TAKES_THE.search(name) else name


_TRADE = {"trade_volume": "trade with", "exports": "exports to", "imports": "imports from"}
_INVESTMENT = {"fdi_utilized": "Actually utilised investment from {p} in {home}",
               "fdi_utilized_cumulative": "Actually utilised investment from {p} in {home}, cumulative",
               "fdi_contract": "Contract investment from {p} in {home}",
               "fdi_signed_cumulative": "Signed investment from {p} in {home}, cumulative",
               "fdi_paid_in_cumulative": "Paid-in capital from {p} in {home}, cumulative"}


def _templated(c: Candidate, metric: str | None, partner: str | None, home: str,
               place: str | None) -> str | None:
    """Trade and ranks of a partner say both sides: "Qingdao's trade with Japan", "Singapore's
    rank among investors in Shandong"."""
    if not partner or not home:
        return None
    if metric in _TRADE and not _A_FIRM_S.search(c.quote):
        return f"{home}'s {_TRADE[metric]} {partner}"
    if metric in _INVESTMENT:
        return _INVESTMENT[metric].format(p=partner, home=home)
    group = c.scope.among
    if metric in ("investor_rank", "investor_rank_in_region"):
        return f"{partner}'s rank among {group or 'investors'} in {home}"
    if metric in ("trade_partner_rank", "trade_partner_rank_in_region"):
        return f"{partner}'s rank among {group or 'trading partners'} of {home}"
    if metric == "rank":
        return f"{partner}'s rank" + (f" among {group}" if group else "") + (f" in {place}" if place else "")
    return None


def _rank_given_by(c: Candidate, partner: str | None, before: str) -> str | None:
    """"Shandong is now Singapore's fifth largest Chinese provincial destination for
    investment", "China is the largest trading partner of South Korea": the partner's
    possessive before the rank, or "of PARTNER" after it, makes the partner the one who ranks,
    not the one ranked: "Shandong's rank as Singapore's Chinese provincial destination for
    investment", never "Singapore's rank in Shandong"."""
    at = _at(c, before)
    if c.unit != "rank" or not partner or at < 0:
        return None
    head, after = c.quote[:at], c.quote[at + len(c.as_written):]
    owner = re.search(rf"\b{re.escape(partner)}['’]s\s+(?:the\s+)?$", head)
    of_partner = None if owner else \
        re.match(rf"\s*([^,;.()]*?)\s+(?:of|for)\s+(?:the\s+)?{re.escape(partner)}\b", after)
    holder = (owner or of_partner) and re.search(
        r"((?:[A-Z][\w-]*\s+){1,4}?)(?:is|was|became|has\s+become|remains|remained)\s+"
        r"(?:now\s+|also\s+|still\s+)?(?:the\s+)?$", head[:owner.start()] if owner else head)
    if not holder:
        return None
    noun = of_partner or re.match(r"\s*([^,;.()]*?)(?:\s+(?:with|as|after|while|and)\b|[,;.()]|$)", after)
    what = " ".join(noun[1].split()) if noun and noun[1].strip() else "partner"
    return f"{' '.join(holder[1].split())}'s rank as {partner}'s {what}"


# The verb after the thing a clause measures: "exports of machinery increased by 9.6 percent".
# ("the city's newly signed foreign contracts amounted to …": a participle after "newly" describes
# the noun, the verb is "amounted")
_VERB = re.compile(r"(?<!\bnewly\s)(?<!\brecently\s)(?<!\bjointly\s)(?<!\bnewly-)"
                   r"\b(?:reached|reach|reaching|totaled|totalled|totaling|hit|stood|was|were|is|are|"
                   r"amounted|amounting|increased|rose|grew|growing|surged|soared|soaring|jumped|"
                   r"fell|declined|decreased|dropped|registered|recorded|posted|accounted|"
                   r"accounting|made|attracted|handled|exceeded|exceeding|surpassed|surpassing|"
                   r"topped|finished|ended|saw|signed|approved|had|has|have|hitting|up|down|spans|spanning|"
                   r"climbed|climbing|took|began|contributed|occupies|stores|ranked|ranking|moved|ranges|ranged|range(?=\s+from)|"
                   r"(?:extends|extending|stretches|stretching)\s+(?:across|over)|"  # "The city extends across an area of"
                   r"tops|reaches|involve|involves|equaled|equalled|equals|equalling|equaling|totals|"
                   # (not "achieved a breakthrough": what was achieved; "achieved an average annual
                   # growth rate of": the verb of the rate)
                   r"(?:reali[sz]ed|achieved)(?!\s+(?:from|by|in|at|through|during)\b)"
                   r"(?!\s+an?\s+(?!(?:[a-z]+\s+){0,2}(?:growth|increase|rise|decline|drop)\b)"
                   # ("achieved an industrial output value of": the value's verb)
                   r"(?!(?:(?!(?:growth|increase|rise|decline|drop)\b)[a-z-]+\s+){0,5}(?:value|output|revenue|income|profits?|volume|"
                   r"turnover|sales)\s+of\b))|"
                   r"(?:more\s+than\s+)?(?:doubled|tripled|trebled|quadrupled|halved)|"
                   r"covers|covering|utili[sz]ed|contracted(?=\s*(?:by\s*)?$)|"
                   r"(?<![Tt]he\s)amounts?(?=\s+to\b))\b")  # "Exports amount to …" (not "the amount")
_LEAD = re.compile(r"^(?:•\s*)?(?:(?:with|while|whereas|and|but|as|that|of|by|its|their|also|pointing\s+out|noting|"
                   r"adding|saying|stressing|all\s+together|altogether|meanwhile|moreover|furthermore|"
                   r"besides|additionally|however)\s+)+", re.IGNORECASE)  # "…, pointing out that 28 percent",
# "All together research and development outlays in the city increased from …"
_CLAUSE_START = re.compile(r"[,;:(.!?]\s|\s(?:[–—]|--)\s|\bthat\s|\bwhich\s|^", re.IGNORECASE)
_JOINS_CLAUSES = re.compile(r"\b(?:and|while|whereas|but)\s")
# After such an "and", the next clause's own subject: a noun phrase of up to five words, then its
# verb ("and per capita GDP hit"), not a verb going on with the same subject ("and lasted").
_SUBJECT_S_VERB = (r"(?:hit|reached|totaled|totalled|amounted|rose|grew|increased|fell|declined|"
                   r"stood|was|were|surged|jumped|exceeded|topped|dropped)\b")
# (a plural right before such a verb is a noun: "and imports fell 3 percent")
_NEW_SUBJECT = re.compile(rf"(?:the\s+|its\s+|their\s+)?(?:(?![a-z]+(?:ed|s)\b)[\w()'’-]+|[a-z]+s(?=\s+{_SUBJECT_S_VERB}))"
                          rf"(?:\s+(?!having\b|being\b)[\w()'’-]+){{0,4}}?\s+{_SUBJECT_S_VERB}")

# After such an "and", a measure of its own right before the figure: "with an average occupancy
# rate of 73.28% and a total business income of 45,890,700 yuan" (the yuan are the income's).
_OWN_MEASURE = re.compile(r"(?:an?\s+|the\s+|its\s+|their\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,5}\s+of\s*")

# After such an "and", a noun phrase right before the figure, its verb left out as the clause
# before has it: "The primary industry contributed RMB 36.26 billion and its secondary industry
# RMB 388.24 billion" (the 388.24 billion are the secondary industry's)
# (or a measure named bare: "Exports reached 5 billion yuan and imports 3 billion yuan")
_GAPPED = re.compile(r"(?:(?:its|the|their)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}"
                     r"|(?:imports|exports|trade|investment|revenue|revenues|sales|output|income|"
                     r"(?:container|cargo|passenger)\s+(?:throughput|volume)|throughput)"
                     r"(?:\s+[a-z][\w'’-]*){0,2})\s*")

# A verb whose object, a measure named before the figure, is of what acts: "Qingdao's marine economy
# realized an output value of", "the port area extends across a land area of"
_ACHIEVED = re.compile(r"(?:achieved|reali[sz]ed|extends|extending|stretches|stretching)\b", re.IGNORECASE)
# The group's own earning verb right before a money figure: "generating 21.49 million yuan in
# operating revenue" (not "accounting for $390 million in tourism revenue": a part of another's)
_EARNING_BEFORE = re.compile(r"\b(?:generat(?:es?|ed|ing)|earn(?:s|ed|ing)?|reali[sz](?:es?|ed|ing)|record(?:s|ed|ing)?|"
                             r"post(?:s|ed|ing)?)(?:\s+(?:about|around|nearly|over|"
                             r"more\s+than|some|a\s+total\s+of))?\s*$")

# A clause opened by its verb names its measure after the article: "Featuring an investment of",
# "Generating a revenue of", "involving a contractual foreign investment of"
_VERB_OPENING = re.compile(r"^(?!(?:[Pp]rocessing|[Ss]hipping|[Ff]inancing|[Mm]anufacturing)\b)[A-Za-z]+(?:ing|ed)\s+"
                           r"(?:(?:in|up|out|on)\s+)?(?:an?|the|some)\s+(?=\w)")  # ("bringing in a total investment of")

# A past verb opening the label before its object: "Received investment capital" is the capital
# received ("contracted" and "utilised" investment are kinds of investment, and stay)
_DONE_OPENING = re.compile(r"(?P<verb>(?i:%s|received|achieved|realized|realised))\s+"
                           r"(?!by\b|to\b|in\b|at\b|with\b|from\b|for\b|the\b|an?\b)"
                           r"(?P<what>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})"
                           % "|".join(sorted(set(_DONE_TO.values()) - {"added"})))  # ("added value")
_A_MEASURE = re.compile(r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}")  # "contractual foreign investment"
# "Revenues will reach …", "… will carry 282,000 tons": the plan's verb is no part of the label;
# only the words a plan's or forecast's status marks the fact with ("Revenues may" keeps its "may")
_MODAL_END = re.compile(r"\s+(?:will|shall|(?:is|are)\s+(?:expected|set|likely)\s+to)(?:\s+be|\s+[a-z]+)?$")


# When a thing named was begun, which describes it: "… launched in 2013"
_FOUNDED = re.compile(r"\s+(?:launched|founded|established|opened|built|set\s+up|completed)\s+in\s+"
                      r"(?:19|20)\d\d$")


def _measure_after(c: Candidate, text_before: str) -> re.Match | None:
    """The words after the figure that say what it measures ("… in foreign capital", "… of
    investment", "$4billion investment"), as a match whose group 1 they are."""
    at = _at(c, text_before)
    after = c.quote[at + len(c.as_written):] if at >= 0 and c.unit not in _NON_MONEY else ""
    return _MEASURE_AFTER.match(_after_raw(c, text_before)) or _MEASURE_NEXT.match(after)


_A_RATE_NAMED = re.compile(r"(?:(?:average\s+)?annual\s+|annual\s+average\s+|year-on-year\s+|rapid\s+|steady\s+)?"
                           r"(?:growth|increase|rise|decline|decrease|drop)(?:\s+rate)?", re.IGNORECASE)


# The report a clause's figures come from, before what they show: "Data unveiled by Shandong
# Economic and Information Technology Committee … shows", "Statistics from the bureau showed that"
_REPORT_FRAME = re.compile(r"\b(?:[Dd]ata|[Ss]tatistics|[Ff]igures|[Aa]\s+report|[Aa]\s+survey)\s+"
                           r"(?:unveiled|released|issued|published|compiled|from|by|of)\b[^,;:]{0,160}?\s+"
                           r"(?:show|shows|showed|indicate[sd]?|reveal(?:s|ed)?)\s+(?:that\s+)?"
                           # "It is learned that this inbound train contained …"
                           r"|\b[Ii]t\s+(?:is|was)\s+(?:learned|learnt|reported|understood|known|said|estimated)\s+that\s+"
                           # "Also worth mentioning is Qingdao's ascension to the 46th place": what follows is said
                           # (at its clause's start: not "The most notable was exports to Russia")
                           r"|(?:^|(?<=[.;,:]\s))(?:(?:[Aa]lso|[Pp]articularly|[Ee]specially|[Ee]qually)\s+)?"
                           r"(?:[Ww]orth\s+(?:mentioning|noting)|[Nn]otable|[Oo]f\s+note)\s+(?:is|was|are|were)\s+")


# An aside between dashes names what the words before it are ("The five major source cities -
# Beijing, Shanghai, Tianjin, Nanjing, and Hangzhou - contributed"): no part of the measure
_DASH_ASIDE = re.compile(r"\s[-–—]\s[^-–—]{0,150}?,[^-–—]{0,150}?\s[-–—]\s")


def _topic(c: Candidate, text_before: str, place: str | None, city: str | None = None) -> str:
    """What the figure's clause measures, in the source's words: the words before its first
    verb ("with actual investments into the province increased by …" → "actual investments
    into the province"); "the province" is the place its scope names, "the city" the city
    (`city`, the project's, or the other city its scope names). The words are the
    quote's: a photo credit or heading before its sentence ("[Photo/Xinhua]") is no part of it."""
    at = _at(c, text_before)
    before = " ".join((c.quote[:at] if at >= 0 else text_before[-160:]).split())
    before = MEMBERS_ASIDE.sub("", before)  # "from SCO members, mainly Russia and India, hit"
    before = without_city_provinces(before)  # "in Weihai, Shandong province is expected"
    before = _REPORT_FRAME.sub("", before)  # "Data unveiled by … shows volume of … totaled"
    before = _DASH_ASIDE.sub(" ", before)  # "The five major source cities - Beijing, …, and Hangzhou - contributed"
    start = max((m.end() for m in _CLAUSE_START.finditer(before)), default=0)
    after_and = False  # whether the clause begins after a figure's "and"
    for joined in _JOINS_CLAUSES.finditer(before, start):
        # "GDP reached 100 billion yuan and per capita GDP hit …": after a figure, "and"
        # begins the next figure's clause (before one, it joins names: "imports and exports")
        if re.search(r"\d", before[start:joined.start()]) and (
                _NEW_SUBJECT.match(before, joined.end()) or _OWN_MEASURE.fullmatch(before, joined.end())
                or _GAPPED.fullmatch(before, joined.end())):
            start, after_and = joined.end(), True
    clause = before[start:]
    second = _SECOND_VERB_MEASURE.fullmatch(clause) if after_and else None
    if second:  # "The park welcomed 15,700 tourists and had an operating income of": the income
        return second["measure"]
    verb = _VERB.search(clause)
    along = _WITH_MEASURE.search(clause) if verb else None
    measured = _A_MEASURE_OF.match(_subject_words(clause[:verb.start()])) if along else None
    if measured and c.kind != "change" and re.search(r"\d", clause[verb.end():along.start()]) \
            and not _FLOW.search(along["measure"]):
        # "The output of marine aquatic products reached 8.25 million tonnes with an added value
        # exceeding": the added value, of what the subject's first measure is of (not "40 projects
        # with a total investment of": the projects')
        return f"{along['measure']} of {_lower_article(measured.string[measured.end():])}"
    words = _subject_words(clause[:verb.start()] if verb else clause)
    if re.search(r"\bthat$", clause):
        words = ""  # "The projects mean that 70% of the task …": the figure opens what is said
    elif not words or _AUXILIARY.match(words):
        # "The first phase, covering 3.5 sq km, will be developed during the next five years":
        # the clause opens with its verb, so what it is about is the clause before the comma
        subject = _clause_before(before, start)
        words = _joined(subject, _predicate(words) or (c.kind.capitalize() if subject and c.kind in _MEASURES
                                                        else ""))
    elif c.kind == "duration" and verb:  # "The park is expected to be fully operational in"
        words = _joined(words, _predicate(clause[verb.start():]))
    words = _FOUNDED.sub("", words)  # "The Sino-German Ecopark launched in 2013": the park
    described = _APPOSITIVE.match(words) and re.search(rf"({_BARE_NAME.pattern}),\s*$", before[:start])
    if described:  # "Yantai, a coastal city in … Shandong province attracted …": Yantai
        words = described[1]
    arm = _NAME_AND_ITS_ARM.search(before[:start])
    if arm and words.lower() in arm["arm"].lower():  # "DP World, its port business, has …": DP World
        words = arm["name"]
    words = _named_city(c, words, city)  # "the city approved …": Qingdao approved …
    invested = _INVESTED.match(f"{words} {clause[verb.start():] if verb else ''}")
    if invested:  # "Hong Kong invested $11.44 billion in Shandong": investment from Hong Kong
        pronoun = _PRONOUN.fullmatch(invested[1]) or _PERSON.fullmatch(invested[1])
        words = "investment" if pronoun else f"investment from {invested[1]}"
        where = _invested_in().match(_after_raw(c, text_before)) if c.firm and invested[1].startswith(c.firm) else None
        if where:  # "Hisense invested 45 million euros ($48.08 million) in the factory": a firm's
            # investment where it puts it (for one of the city's own, no investment coming to the city)
            words = f"investment by {invested[1]} in {' '.join(where[1].split())}"
    acted = _NAME_ACTED.fullmatch(words)  # "Qingdao secured foreign investment amounting to …"
    if acted and acted[1] in (city, place):  # a known place: "Cargo shipped …" names none
        words = f"{acted[2]} in {acted[1]}" if acted[2] else acted[1]
    named = _MEASURE_BEFORE.search(clause[verb.end():]) if verb else None
    named = None if named and _FLOW.search(named[1]) else named  # "an influx of $6.5 billion in …"
    group = _NUMBER_OF.sub("", words)
    thing = _THING.fullmatch(words)
    plural = bool(group) and is_plural(group.split()[-1]) and not _BARE_NAME.fullmatch(group)
    earned = _measure_after(c, text_before) if plural and not named and c.kind in ("money", "amount") \
        and _EARNING_BEFORE.search(clause) else None
    if plural and c.unit != "count" and (named or (earned and MONEY_WORDS.search(earned[1]))):
        # "2,017 industrial enterprises realized added value of …", "The city's 67 scenic spots …
        # generating 21.49 million yuan in operating revenue": the group's value, revenue
        # (a name keeps its capital: "Testcity's e-commerce imports")
        opening = group if re.match(r"[A-Z][\w-]*['’]s\b", group) else group[:1].lower() + group[1:]
        words = f"{(named or earned)[1]} of {_lower_article(opening)}"
    elif named and _A_PLACE_NAMED.fullmatch(words) and not MONEY_WORDS.search(words) \
            and not re.fullmatch(r"[Tt]he\s+(?:industry|sector)", words):  # ("The sector recorded": which?)
        # "The north Chinese port of Shandong posted a cargo throughput of …": the port's throughput
        words = f"{named[1]} of {_lower_article(words)}"
    elif thing:  # "The airport handled … 208,000 tons of cargo": the airport's cargo
        measure = named or _measure_after(c, text_before)
        words = f"{words}: {measure[1]}" if measure else words
    elif (_BARE_NAME.fullmatch(words) and words.lower() not in _MEASURE_NOUNS) \
            or _PRONOUN.fullmatch(words):  # "Shandong saw an influx of $6.5 billion in foreign
        # capital", "it also handled a total container throughput of"
        # (a change named after the verb is the figure's kind, not a measure of the name's: "Testcity's
        # GDP achieved an average annual growth rate of 8 percent" is a change in its GDP)
        measure = (None if named and _A_RATE_NAMED.fullmatch(named[1]) else named) or _measure_after(c, text_before)
        # "They have brought in … $9.5 billion in capital": a pronoun names no place
        pronoun = _PRONOUN.fullmatch(words) or _PERSON.fullmatch(words)
        if not measure or pronoun:
            words = measure[1] if measure else "" if pronoun else words
        elif measure is not named and c.firm and _names_firm(words, c.firm):
            pass  # "Haier is expected to realize … in the global market": a market is no firm's place
        else:  # what the name's verb names ("Qingdao approved new outbound investments worth"):
            # the name's; the words after the figure: in the name ("foreign capital in Shandong")
            words = f"{words}'s {measure[1]}" if measure is named else \
                f"{measure[1]} in {_lower_article(words)}"
    elif named and _ACHIEVED.match(verb[0]) and not _A_RATE_NAMED.fullmatch(named[1]):
        # "Qingdao's marine economy realized an output value of …": the economy's output value
        # ("The industry achieved an added value of": the added value; which industry, the label does not say)
        # (a name keeps its capital: "Qingdao Port's Qianwan port area")
        opening = words if re.match(r"[A-Z][\w-]*(?:['’]s\b|\s+[A-Z])", words) else words[:1].lower() + words[1:]
        words = named[1] if re.fullmatch(r"[Tt]he\s+(?:industry|sector)", words) else \
            f"{named[1]} of {_lower_article(opening)}"
    if place:
        words = re.sub(r"\b[Tt]he\s+province(?:'s)?", lambda m: place + ("'s" if "'" in m[0] else ""),
                       words)
    words = _CAPITALS.sub(lambda m: m[0].lower(), words)  # "TWO-WAY trade …", a lead's capitals
    words = _DANGLING.sub("", " ".join(words.split()[:12]))
    words = re.sub(r"^[^()]*\)\s*", "", words)  # "dollars) in …": the end of a restatement
    opened = _VERB_OPENING.match(words)  # "Featuring an investment of": the investment
    if opened and _A_MEASURE.fullmatch(words[opened.end():]):  # (not "Becoming the third city in …")
        words = words[opened.end():]
    words = _MODAL_END.sub("", words)  # "Revenues will reach …": revenues
    done = _DONE_OPENING.fullmatch(words)  # "received investment capital of": capital received
    if done:
        words = f"{done['what']} {done['verb'].lower()}"
    return words if re.search(r"[a-z]{3}", words) and not _DANGLING.fullmatch(" " + words) else ""


def _named_city(c: Candidate, words: str, city: str | None) -> str:
    """"the city" as that city's name: the other city the figure's scope names, else the city
    its text is about ("the city's newly signed foreign contracts, 53.5 percent of the
    province's total" in a text about Jinan are Jinan's), else the project's for a figure of
    the city or a rank (a figure of the province or wider in a text whose city is not known
    keeps the words; a rank among cities of Asia is still the city's), or the part of the city the
    text calls "the city" (the subject's reason says so). A figure of the city whose
    sentence names the project's city is the project's ("Qingdao is the province's largest port,
    and the city's imports …" in a text about Jinan)."""
    own = c.scope.level == "city" and city and re.search(rf"\b{re.escape(city)}\b", c.quote)
    name = c.scope.place if c.scope.level == "city" and c.scope.place else city if own else c.home or (
        city if c.scope.level == "city" or c.unit == "rank" else None)  # a rank's place is its group's
    if part := _the_city_s_part(c):  # ("Laixi, a county-level city …, the city's output")
        name = part
    if not name:
        return words
    return re.sub(r"\b[Tt]he\s+city(['’]s)?(?=\W|$)", lambda m: name + ("'s" if m[1] else ""), words)


# A clause whose words before the verb only name a place or a partner measures what the words
# after the figure say: "$6.5 billion in foreign capital" → "foreign capital in Shandong".
_BARE_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|province|city))*")
# A measure opening a sentence is capitalised like a name: "Exports accounted for 40 percent"
_MEASURE_NOUNS = frozenset("exports imports trade investment investments revenue revenues output "
                           "sales profits deposits loans gdp throughput tourists visitors arrivals "
                           "turnover production consumption".split())
# A name described by the words after its comma ("Yantai, a coastal city in …, attracted")
_APPOSITIVE = re.compile(r"an?\s+(?:[\w'’-]+\s+){0,3}?(?:city|province|port|country|town|district|"
                         r"county)\b", re.IGNORECASE)
# A name and the part of another it is, set off by commas before the verb
_NAME_AND_ITS_ARM = re.compile(rf"(?P<name>{_BARE_NAME.pattern}),\s+(?P<arm>(?:its|their)\s+(?:[\w'’-]+\s+){{0,3}}?"
                               r"(?:business|arm|unit|subsidiary|division)),\s*$")
# A name that invested the figure ("Japan has invested around $12.5 billion in …")
_INVESTED = re.compile(rf"({_BARE_NAME.pattern})\s+(?:(?:has|have|had)\s+)?invested"
                       r"(?:\s+(?:around|about|over|nearly|some|more\s+than|a\s+total\s+of))?\s*$")
# Where a firm puts what it invests, right after the figure: " in the factory", " in its Serbian plant",
# " in Serbia" (not " in June", " in R&D")
@functools.cache
def _invested_in() -> re.Pattern:  # (read when first needed: the names abroad take a while to load)
    return re.compile(r"\s*in\s+((?:the|its|a|an)\s+(?:[\w-]+\s+){0,3}?(?:factory|plant|facility|project|"
                      r"park|base|complex|centre|center|venture|company|firm|site)"
                      rf"|{names_abroad()})\b")
# The measure a clause names between its verb and the figure: "It has attracted a total
# investment of 44.3 billion yuan", "… with registered capital of $2.01 billion".
_MEASURE_BEFORE = re.compile(r"^\s*(?:(?:[a-z]+\s+){0,3}?(?:(?:an?|the|its|their)\s+|with\s+))?"
                             # (a measure's own words: not "base with a total investment of")
                             r"((?:(?!(?:with|in|at|on|for|to|by|from)\s)[a-z][\w-]*\s+){0,4}?[a-z][\w-]*)\s+(?:of|worth)"
                             r"(?:\s+(?:(?:more|less)\s+than|over|about|nearly|some|approximately|around))?\s*$")
# A second measure a clause gives its subject after a first figure: "… reached 8.25 million tonnes
# with an added value exceeding", "…, with a total investment of"
_WITH_MEASURE = re.compile(r"\bwith\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?P<measure>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*?)"
                           r"(?:\s+(?:of|exceeding|reaching|totall?ing|worth|amounting\s+to|hitting|topping))?"
                           r"(?:\s+(?:(?:more|less)\s+than|over|about|nearly|some|approximately|around))?\s*$")
# The measure a subject opens on, before what it is of: "The output of marine aquatic products"
_A_MEASURE_OF = re.compile(r"^(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:output|value|volume|revenues?|production|"
                           r"number|amount|total)\s+of\s+")
_FLOW = re.compile(r"\b(?:increase|growth|influx|inflow|jump|rise|decline|drop|surge)$")
# A thing, not a measure: "The airport handled …", "the port's", "The center has …"
_THING = re.compile(r"(?:the|its)\s+(?:new\s+)?(?:port|airport|cent(?:er|re)|warehouse|terminal|"
                    r"company|firm|group|project|base)", re.IGNORECASE)
# A name, a verb of its own ("secured", "now"), and what it acted on, if anything
_NAME_ACTED = re.compile(rf"({_BARE_NAME.pattern})\s+(?:[a-z]+ed|now|also|still|takes)"
                         r"(?:\s+(?:an?\s+|the\s+)?(?!(?:in|at|on|by|for|from|to|over)\b)"
                         r"((?:[a-z][\w-]*\s*){1,5}))?")
_MEASURE_AFTER = re.compile(r"\s*(?:worth\s+)?(?:in|of)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
                            r"(?=\s+(?:in|into|from|during|over|for|by|to|at|on|across|and)\b|\s*[,.;(]|\s*$)")
# "has attracted $4billion investment": a measure right after the money, with no "in" or "of"
_MEASURE_NEXT = re.compile(r"\s+((?:foreign\s+|direct\s+)*(?:investment|investments|revenue|revenues|sales|"
                           r"profits))\b")
_RELATIVE = re.compile(r"^\s*(?:which|that|who|where)\b|\b(?:which|that|who|where)\s*$", re.IGNORECASE)
_CAPITALS = re.compile(r"\b[A-Z]{2,}(?:-[A-Z]{2,})+\b")  # hyphened words in capitals, no acronym
# Words a label cut at its twelfth word may end on ("… in eastern China more than").
_DANGLING = re.compile(r"(?:\s+(?:more|less|than|of|in|into|to|for|by|with|from|at|on|and|or|"
                       r"the|a|an|its|their|over|about|nearly|almost|which|that|worth|each|just|"
                       r"(?:the\s+)?(?:past|last|next|first)|year))+$", re.IGNORECASE)
_MEASURES = frozenset({"area", "mass", "duration"})  # kinds whose name says what is measured
_AUXILIARY = re.compile(r"^(?:(?:will|shall|would|is|are|was|were|be|been|being|has|have|had|"
                        r"expected|set|scheduled|due|likely|to|also|still)\s+)+", re.IGNORECASE)


def _subject_words(words: str) -> str:
    """A clause's words before its verb, without leading conjunctions, dateline or time
    phrase, and without its figures: a label names a measure, never another figure."""
    words = _REPORT_OPENING.sub("", _DATELINE.sub("", _LEAD.sub("", words).strip(" ,;:-(")))
    words = _without_figures(_TIME_LEAD.sub("", words)).strip(" ,;:-(")
    # an adverb between the subject and its verb: "Cargo throughput of Qingdao port also exceeded"
    words = re.sub(r"(?<=\w)\s+(?:also|still|further|again|even|actually)$", "", words)
    # "The marine economy accounts for": the economy's share ("It accounts": the subject's)
    bare = re.sub(r"(?<=\w)\s+accounts?(?:\s+for)?$", "", words)
    return words if _PRONOUN.fullmatch(bare) else bare


def _without_figures(words: str) -> str:
    """The words up to their first figure, a count said as the number of what it counts
    ("178,800 flights took off" → "the number of flights", "A total of 18,000 firms in Henan"
    → "the number of firms in Henan"), any other figure left out with what follows it ("The
    port area will finish building of 10 new berths" → "The port area will finish building"); a
    count after a name's possessive keeps what it counts ("Qingdao's 50 industrial parks" →
    "Qingdao's industrial parks").
    A year is no figure here ("the TEU throughput … in 2020")."""
    figures = [f for f in find_quantities(words) if not _YEAR.fullmatch(words[f.start:f.end])
               and not (not f.has_unit and _NAMED_BY.search(words[:f.start]))  # "Fortune 500"
               and not (f.form == "word" and (words[f.end:f.end + 1] == "-"  # "TWO-WAY trade"
                                              or words[f.start:f.end].lower() == "one"))]
    if not figures:
        return words
    first = figures[0]
    head = _TOTAL_OF.sub("", words[:first.start])
    counted = counted_after(words, first.end) if first.quantity.unit == "count" else None
    counted = None if counted and _CURRENCY.search(counted) else counted  # "13 billion U.S. dollars"
    if not counted:  # "(about 13 billion U.S. dollars) in …": no words of a measure
        return _DANGLING.sub("", " " + head.strip(" ,;:-(")).strip()
    rest = words[first.end:].split(counted, 1)[-1]
    rest = rest[:figures[1].start - len(words)] if len(figures) > 1 else rest
    rest = rest if _PLACE_AFTER.match(rest) else ""  # "… flights took off": a verb's words
    if re.search(r"\b(?:of|for|in|from|with|by|on)\s*$", head) or re.search(r"['’]s\s*$", head):
        return f"{head}{counted}{rest}"  # "building of 10 new berths", "Qingdao's 50 industrial parks"
    if head.strip() and not re.search(r"\bthe\s*$", head, re.IGNORECASE):
        return head  # "ranking increased 33 places": the count is no part of what it names
    if first.form == "word" and re.search(r"\bthe\s*$", words[:first.start], re.IGNORECASE):
        # "The five major source cities - … - contributed": a group named, not counted
        return f"{words[:first.start]}{words[first.start:first.end]} {counted}{rest}"
    return f"{head}{'' if head else 'the '}number of {counted}{rest}"


_YEAR = re.compile(r"(?:19|20)\d\d")
# what a rank is in ("ranked 3rd in tourist satisfaction among …"), not where ("in the province")
_RANKED_IN = re.compile(r"\s+in\s+(?!the\s+(?:province|country|city|world|region|nation)\b)"
                        r"([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?=\s+among\b|\s*[,.;]|\s*$)")
_RATIOS = frozenset({"percent", "pp", "rank", "times"})
_CURRENCY = re.compile(r"\b(?:dollars|yuan|euros|pounds|won|yen)\b", re.IGNORECASE)
_NAMED_BY = re.compile(r"\b(?!(?:The|A|An|In|On|At|Of|For|By|With|From|To|Over|About|Nearly|Some|"
                       r"Since|During|Further|Among|And|But)\b)[A-Z]\w+\s$")
_PLACE_AFTER = re.compile(r"\s+(?:in|at|from|of|on|into|across|under|between)\s")
_TOTAL_OF = re.compile(r"\b(?:an?\s+)?total\s+of\s*$|\b(?:a|an|the)\s*$", re.IGNORECASE)
# "BERLIN, Feb. 21 (Xinhua) -- A new freight train …", "October 15,2007 QINGDAO port's …"
_DATELINE = re.compile(r"^(?:[A-Z]{3,}\W*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|"
                       r"Nov|Dec)[a-z]*\.?\s+)?\d{1,2}(?:,\s*\d{4})?(?:\s*\([A-Z][\w ]*\))?"
                       r"\s*(?:--|—|–)?\s*(?=[A-Z])")
# "In 2022 Qingdao was …", "Over the past three years, the city …": when, not what
# a time, no measure: "The first quarter of 2013", "Last year", "January-May"
_A_TIME = re.compile(r"(?:the\s+)?(?:(?:first|second|third|fourth|last|same)\s+(?:quarter|half|months?|period|"
                     r"year)|(?:past|last|previous)\s+(?:\w+\s+)?(?:years?|months?|decade)|(?:January|February|"
                     r"March|April|May|June|July|August|September|October|November|December)(?:[-–]\w+)?)"
                     r"(?:\s+(?:of\s+)?(?:19|20)\d\d)?|(?:19|20)\d\d", re.IGNORECASE)
_TIME_LEAD = re.compile(r"^(?:(?:in|over|during|since|for)\s+(?:the\s+)?(?:(?:past|last|first|same|"
                        r"previous)\b[^,]*|(?:19|20)\d\d\b)"
                        r"|(?:last|this)\s+year(?=,|\s+(?:the|its|their|(?-i:[A-Z]))))"  # "Last year the city's zones …"
                        r",?\s*", re.IGNORECASE)


def _predicate(words: str) -> str:
    """What a clause says of its subject, without its auxiliaries ("is expected to be fully
    operational in" → "fully operational in"); '' when only a participle is left ("covering")."""
    words = _without_figures(_AUXILIARY.sub("", words.strip(" ,;:-(") + " ")).strip()
    return "" if re.fullmatch(r"\w+ing|\w+ed", words) else words


def _clause_before(before: str, start: int) -> str:
    """The words before the verb of the nearest clause of the sentence before the one that
    starts at `start` that has any ("The first phase, covering 3.5 sq km, will …": "The first
    phase", past the participle's clause)."""
    for _ in range(3):
        head = before[:start].rstrip(" ,;:(")
        if not head or head[-1] in ".!?":
            return ""
        start = max((m.end() for m in _CLAUSE_START.finditer(head)), default=0)
        verb = _VERB.search(head, start)
        words = _subject_words(_RELATIVE.sub("", head[start:verb.start() if verb else len(head)]))
        if words:
            return words
    return ""


def _joined(subject: str, predicate: str) -> str:
    return f"{subject}: {predicate}" if subject and predicate else subject or predicate


def _share_of(c: Candidate, before: str) -> str:
    """"38.5 percent of all foreign investment in Shandong province" → what it is a share of."""
    m = re.match(r"\s*of\s+([^,;.()]{3,})", _after_raw(c, before))
    if not m:
        return ""
    # "… of the province's total and up 20 percent": the clause after "and" is another's
    whole = _SHARE_END.sub("", _whole_words(" ".join(m[1].split()), SHARE_OF_CHARS))
    return re.sub(r"\s+(?:is|are|was|were|has\s+been|have\s+been)\s+", " ", whole)  # "… population over 65"


SHARE_OF_CHARS = 120  # what a share is of, at most (in whole words)


def _whole_words(text: str, length: int) -> str:
    """The words of `text` that fit in `length` characters: a cut never ends a label
    mid-word ("… with undergraduate or above educati")."""
    return text if len(text) <= length else text[:length + 1].rsplit(" ", 1)[0]


_SHARE_END = re.compile(r"\s+and\s+(?:\w+ing|up|down|was|were|is|are|has|had|ranked|ranks)\b.*$"
                        # what the whole's members are said to be: "… of the high-tech industry projects
                        # include new energy vehicles, …"
                        r"|\s+(?:include[sd]?|including|cover(?:s|ed)?|involve[sd]?)\b.*$"
                        # another figure's clause after "and": "… of the city's total and generates
                        # 48.9 percent of its total revenue"
                        r"|\s+and\s+(?:(?!\s+and\s)[^,;])*?\d.*$"
                        r"|\s+(?:during|in|over)\s+(?:this|that|the\s+same|the)\s+period\b.*$"
                        # a clause of purpose or cause after the whole: "… of the legally payable tax
                        # amount so that monetary costs … are reduced"
                        r"|\s+(?:so\s+that|so\s+as\s+to|in\s+order\s+to|because|which|while|whereas)\b.*$",
                        re.IGNORECASE)


def _after_raw(c: Candidate, before: str) -> str:
    """The quote after the figure, past a restatement in brackets ("7.3 billion yuan (about
    1.02 billion U.S. dollars) in comprehensive revenue": what follows the brackets)."""
    at = _at(c, before)
    return _RESTATED.sub("", c.quote[at + len(c.as_written):]) if at >= 0 else ""


_RESTATED = re.compile(r"^\s*\)|^\s*\([^()]*\)")  # the end of a restatement, or one after


# where counted things go or come from, right after them: "to Seoul", "from Incheon", "between
# Qingdao and Busan" (a name, not "to the city")
_BOUND_FOR = re.compile(r"\s+(?:to|from|between)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
                        r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                        # (the name ends there: not "from Italian government agencies", nor "from
                        # Miaoling Road in Laoshan District to …", a line's span)
                        r"(?=\s*(?:[,.;:)]|$|and\b|or\b|\d))")


def _after_counted(c: Candidate, before: str) -> str:
    """The quote after the figure and what it counts: " every day" of "2,000 visitors every day"."""
    after = _after_raw(c, before)
    at = after.find(c.counted) if c.counted else -1
    return after[at + len(c.counted):] if 0 <= at <= 2 else after


def _at(c: Candidate, before: str) -> int:
    """Where the figure is in its quote: the occurrence of its words that the text before the
    figure leads up to ("the third largest source … and the third largest trading partner":
    the second "third largest" is followed by "trading partner"); -1 if it is not there."""
    return _position(c.as_written, c.quote, before[-80:].lower())


@functools.lru_cache(maxsize=4096)  # each figure's suggestions ask for it half a dozen times
def _position(part: str, quote: str, tail: str) -> int:
    """`_at` for the figure `part` whose text before ends in `tail`: only the end of the quote
    before each occurrence is lowered and compared (a quote holding 500 figures was lowered whole
    for each of them, for each figure)."""
    starts = occurrences(part, quote)
    return next((i for i in starts if tail.endswith(_lead(quote, i, len(tail)))),
                starts[0] if starts else -1)


def _lead(quote: str, at: int, length: int) -> str:
    """The last `length` characters of quote[:at], lowered (all of it when `length` is 0)."""
    return (quote[max(0, at - 2 * length):at] if length else quote[:at]).lower()[-length:]


def occurrences(part: str, whole: str) -> list[int]:
    """Where `part` is in `whole`, left to right and not overlapping, as a regular expression
    of its escaped words finds it, without compiling one for each figure's words."""
    starts, at = [], whole.find(part)
    while at >= 0:
        starts.append(at)
        at = whole.find(part, at + max(len(part), 1))
    return starts


# A part of the city a sentence is about ("the zone has introduced seven projects from Japan"),
# and the name it was given before ("The China-Japan (Qingdao) … Demonstration Zone").
# (a bare "the area" only where a named area goes before it, and as what acts or owns: "The area
# currently has …", "the area's GDP"; not a size or a place around, "the area of the zone", "the area
# under the city's jurisdiction", "the biggest city in the area")
_PART_NOUNS = (r"[Tt]he\s+(zone|park|ecopark|eco-park|new area|port area|district|industrial park|valley|town|"
               r"area(?=['’]s\b|\s+(?:currently|now|also|has|had|have|is|was|saw|recorded|attracted|achieved|realized)\b))\b")
_WITHIN = re.compile(r"\b" + _PART_NOUNS)
_COUNTED_WITHIN = re.compile(r"[^,;.]{0,60}?\b(?:in|at|inside|within)\s+" + _PART_NOUNS)
_ONE_OF = re.compile(r"\bone\s+of(?:\s+the)?\s*$", re.IGNORECASE)
_IN_A_PLACE_AT_THE_END = re.compile(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")
# Things there are, counted in a list that ends on the part of a city they are in, named
_THERE_ARE = re.compile(r"\b[Tt]here\s+(?:are|were|is|was)\b[^.;:]*$")
_THERE_ARE_IN_A_NAMED_PART = re.compile(
    # (the first place after the figure, no verb between: not "12 hotels in the city, and 5 parks opened in …")
    r"(?:(?!\b(?:in|at|is|are|was|were|has|have|had|opened|built|set\s+up|located)\b)[^.;:]){0,200}?"
    r"\bin\s+(?P<name>(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){1,6}?(?:Zone|Park|New\s+Area|Port\s+Area|District|Valley|Town))"
    r"(?=\s*[.;]|\s*$)")
_AREA_NAME = re.compile(r"(?:\(?[A-Z][\w.'’&-]*\)?\s+){1,9}?(?:Zone|Park|Ecopark|Eco-Park|New Area|Port Area|"
                        r"District|Valley|Town|zone|park|ecopark|eco-park|valley|town|port area)\b")  # "a Sino-German eco-park"


def _within(c: Candidate, before: str) -> tuple[str, str | None] | None:
    """("the zone", its name or None) when the figure's sentence is about a part of the city
    it names only as "the zone", "the park", …: the figure is that part's, not the city's or
    the partner's everywhere in it."""
    at = _at(c, before)
    if at < 0 or _ONE_OF.search(before):  # "the zone … is one of the six zones": a group's size
        return None
    named = _named_part(c.quote, at, before)
    if named:
        return named, named
    found = list(_WITHIN.finditer(c.quote[:at]))
    # (or right after what it counts, the part named before: "70 projects in the valley")
    after = not found and c.counted and _COUNTED_WITHIN.match(c.quote, at + len(c.as_written))
    found = found or ([after] if after else [])
    if not found and c.counted and (there := _THERE_ARE_IN_A_NAMED_PART.match(c.quote, at + len(c.as_written))) \
            and _THERE_ARE.search(c.quote[:at]):
        # "there are more than 70,000 market entities, 13 listed companies, and 138 investment
        # projects … in the Huang-Bohai New Area": the things the part has
        return f"in {there['name']}", there["name"]
    if not found:
        part = _part_subject(c)
        return (part, part) if part else _within_as_the_sentence_before(c, before, at)
    noun = found[-1][1].lower()
    matches = [m for m in _AREA_NAME.finditer(before[:len(before) - max(at, 0)])
               if m[0].lower().endswith(noun.split()[-1].replace("eco-park", "park"))]
    name = next(filter(None, (_area_name(m[0]) for m in reversed(matches))), None)  # not "The park" again
    if noun == "area" and name and not after:
        # ("Qingdao's built-up area …, and the area's population": the nearest area, not the one named;
        # "the area" said again in between is the named one still)
        said_at = len(before) - at + found[-1].start()
        if re.search(r"(?<![Tt]he\s)\b[Aa]rea\b", before[matches[-1].end():said_at]):
            name = None
    if (after or noun == "area") and not name:
        return None
    return f"the {noun}", name


def _within_as_the_sentence_before(c: Candidate, before: str, at: int) -> tuple[str, str | None] | None:
    """A sentence that opens on what it measures ("The total output value of the tea industry
    exceeds …") right after one of its paragraph that opens on a part of the city ("The town boasts
    a tea garden area …"): the same part's."""
    paragraph = before[before.rfind("\n") + 1:len(before) - at]
    if not _OPENS_ON_A_MEASURE.match(c.quote) or not paragraph.strip() or c.scope.level != "city" \
            or _A_WIDER_WHOLE.search(c.quote):  # ("The national total was 300,000 hectares")
        return None
    previous = _SENTENCE_BREAK.split(paragraph.rstrip())[-1]
    opened = _WITHIN.match(previous)
    if not opened:
        return None
    names = [m[0] for m in _AREA_NAME.finditer(before[:len(before) - at - len(previous)])
             if m[0].lower().endswith(opened[1].lower().split()[-1])]
    name = next(filter(None, map(_area_name, reversed(names))), None)
    return (f"the {opened[1].lower()}", name) if name else None


_A_WIDER_WHOLE = re.compile(r"\b(?:national|nationwide|provincial|province|country|China|world|global)\b", re.IGNORECASE)
# "The total output value of …": a sentence opening on a measure, no place or name of its own
_OPENS_ON_A_MEASURE = re.compile(r"The\s+(?:[a-z][\w-]*\s+){0,8}?(?:of\s+the\s+)?[a-z][\w-]*\s+"
                                 r"(?:exceeds?|exceeded|reached|reaches|totals?|totaled|totalled|stands?|stood|"
                                 r"hit|hits|was|is|amounted|rose|grew|increased)\b")


def _the_city_s_part(c: Candidate) -> str | None:
    """The part of the city a text calls "the city", by the subject's reason: named so itself, or the
    figure a change or a restatement goes with was ("as '31.46 billion yuan', whose change it is")."""
    said = named_part(c.subject_reason)
    if said and re.fullmatch(r"[Tt]he\s+city", said[0]):
        return said[1]
    return noted_part(c.subject_reason) if c.subject_reason.startswith("as '") else None


def _part_subject(c: Candidate) -> str | None:
    """The part of the city whose name, in a sentence before, gave the figure its subject: the
    text goes on about "Qingdao West Coast New Area" (in its own sentence, the name may be only
    where a thing is: "the zone was put under Qingdao National Hi-tech … Zone")."""
    if "named in the sentence" not in c.subject_reason:
        return noted_part(c.subject_reason)
    # a district named alone in the sentence ("1,712 enterprises in Jiaozhou … totaling $3.55
    # billion"): the label must still say whose the figure is
    # (as a place: "in Jiaozhou", "around Pingdu", not a brand's word, "Laoshan beer")
    # (or as what the sentence is about: "Licang is home to more than 540,000 residents", or "It"
    # that goes on about it: "It has also gathered … 236 high-tech enterprises, … Shinan's …")
    if part := _the_city_s_part(c):  # ("Laixi, a county-level city …, the city's exports")
        return part
    word, part = named_part(c.subject_reason) or ("", "")
    if not word or not part.startswith(word) or not re.search(
            rf"\b(?:in|of|at|from|around|near)\s+(?:the\s+)?{re.escape(word)}\b|\b{re.escape(word)}{PART_ACTING}"
            rf"|^It\s+{PART_ACTS}", c.quote):
        return None
    return part


# A part of the city a sentence opens on by name ("Jinjialing Financial District in Laoshan, …,
# is home to 1,068 …", "Now Qingdao central station has five …"), or "It" right after a sentence
# that does ("… Demonstration Area … . It operates 20 international freight train lines")
_PART_NAMED = re.compile(r"^(?:(?:Now|Currently|At\s+present|Today|So\s+far|Meanwhile),?\s+)?"
                         r"(?P<name>(?:the\s+)?(?!(?:It|They|This|That|These|Those|He|She|We)\b)[A-Z][\w'’&()-]*"
                         r"(?:\s+(?:[A-Z][\w'’&()-]*|central|financial|free|trade|new|industrial|pilot|economic|"
                         r"development|high-tech|hi-tech|bonded|logistics|international|cooperation|demonstration|comprehensive|innovation|special|science|technology)){0,7}?\s+(?:(?i:zone|park|ecopark|"
                         r"eco-park|district|station|harbou?r|metropolis|demonstration\s+area|new\s+area|"
                         r"industrial\s+area|pilot\s+area)))\b")
# … or on a named thing it sets off with an aside before its verb: "The Qingdao Polar Ocean World,
# which launched a new dome theater, attracted 50,700 tourists", "Laoshan Mountain, a popular scenic
# area in the city, received 73,000 tourists": its figures are that thing's (not a person's words:
# "Zhang Wei, a deputy director, said …"; not the city or the province: "Shandong Province, which …")
_THING_NAMED = re.compile(r"^(?:(?:Now|Currently|At\s+present|Today|So\s+far|Meanwhile),?\s+)?"
                          r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){1,6})(?<!Province)(?<!City)"
                          r"(?<!County)(?<!Municipality),\s+(?:which\b|one\s+of\b|(?:a|an)\s+(?!(?:[\w-]+\s+){0,3}?"
                          r"(?:director|deputy|mayor|official|head|chairman|chairwoman|president|manager|secretary|"
                          r"spokesman|spokeswoman|spokesperson|professor|researcher|expert|consul|ambassador|"
                          r"minister|governor|founder|chief|executive|engineer|analyst|economist)\b))")
# … or on a named thing's possessive, a name of two words or more: "Shangri-La Centre's occupancy rate
# reached nearly 40%, with 2,150 sqm of office space leased" (the space is the centre's)
_THING_S = re.compile(r"^(?!(?:Although|Though|While|When|As|If|Because|Since|After|Before|But|And|So|Yet)\b)"
                      r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4}\s+(?:Centre|Center|Plaza|Mall|"
                      r"Tower|Towers|Building|Hotel|Terminal|Square|Mansion|Complex))['’]s\s+[a-z]")
_IT_OPENS = re.compile(r"^(?:(?:Now|Currently|At\s+present|Today|So\s+far),?\s+)?(?:It|it)\s+(?!is\s+(?:expected|"
                       r"estimated|reported|said)\b)")


def _named_part(quote: str, at: int, before: str) -> str | None:
    """The part of the city the figure's sentence opens on by name, or that its "It" refers
    back to (the sentence before opens on it); None when it opens on neither."""
    sentence = quote[:at]
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(sentence)), default=0)
    own = _PART_NAMED.match(sentence, start) or _THING_NAMED.match(sentence, start) or _THING_S.match(sentence, start)
    if own is None and _IT_OPENS.match(sentence, start):
        previous = _SENTENCE_BREAK.split(before[:len(before) - at + start].rstrip())[-1] if before else ""
        own = _PART_NAMED.match(previous)
    if own is None or re.fullmatch(r"(?i:the|this|that)\s+[\w-]+(?:\s+(?i:area|park|zone))?", own["name"]):
        return None  # "The zone", "the park": named elsewhere (`_within`)
    return " ".join(own["name"].split())


# Capitalised words a name picks up in front of it: a sentence's first word ("In Qingdao West
# Coast New Area", "Meanwhile …") or the end of the sentence before ("Mitsui & Co. Qingdao …").
_SENTENCE_BREAK = re.compile(r"(?<=[a-z][.!?])\s+(?=[A-Z])")
_NO_NAME = re.compile(r"^(?:(?:The|In|At|Inside|Within|Across|Around|Near|From|For|With|To|Of|"
                      r"On|By|Since|Meanwhile|Moreover|Besides|Also|And|But|Then|Now|This|That|"
                      r"Its|Their|Our|Both|Each|Every|Last|Next)\s+)+")


def _area_name(found: str) -> str | None:
    # (its own sentence's words: not "TEU.\n\nQingdao's Dongjiakou port area", nor a "U.S." broken off)
    name = _NO_NAME.sub("", " ".join(re.split(r"(?<=[A-Za-z]{2}[.!?])\s+", found)[-1].split()))
    return name if re.search(r"\w\s+\w", name) else None


# Words that make a figure a plan or an expectation, not a thing done ("The first phase,
# covering 3.5 sq km, will be developed …", "The park is expected to be fully operational in 10
# years"): a fact with such a status is printed with its marker, and the audit holds its tense.
_EXPECTED = re.compile(r"(?<!than\s)\b(?:(?:is|are|was|were)\s+(?:expected|anticipated)|expects?|(?:is|are)\s+expecting|forecasts?|"
                       r"projected|(?:is|are)\s+(?:likely|estimated)\s+to)\b", re.IGNORECASE)
# ("an agreement has been concluded that provides for the assembly of 30,000 electric vehicles":
# what an agreement provides for is yet to be done)
_PLANNED = re.compile(r"\b(?:will|shall|plans?\s+to|planned\s+to|aims?\s+to|aimed\s+to|provides?\s+for|provided\s+for|"
                      # ("The second stage is planned for northwest Lahore", "is planning a $200 million
                      # investment", "We hope to double that production capacity")
                      # (not "was planned in 2015 and opened in 2018", nor "…, hoping to tap the market": history, a motive)
                      r"(?:is|are)\s+planned\s+(?:for|in|at)|(?:is|are)\s+planning|"
                      r"(?<!despite\s)(?<!the\s)(?<!our\s)(?<!their\s)(?<!high\s)(?<!with\s)hopes?\s+to|"
                      r"intends?\s+to|intended\s+to|(?:is|are)\s+(?:set|scheduled|due|poised)\s+to|"
                      r"(?:is|are|was|were)\s+to\s+be|plans?\s+(?:have|has)\s+been\s+(?:made|drawn\s+up|laid\s+out)\s+for"
                      # ("Lotte Mart … is to close four underperforming supermarkets")
                      # (not "Its purpose is to sell …", "One way is to open …": what something is for)
                      r"|(?<!purpose\s)(?<!role\s)(?<!function\s)(?<!challenge\s)(?<!key\s)(?<!way\s)(?<!task\s)"
                      r"(?<!mission\s)(?<!idea\s)(?<!goal\s)(?<!aim\s)"
                      r"(?:is|are)\s+to\s+(?:close|open|build|set\s+up|invest|launch|sell|buy|acquire|shut))\b",
                      re.IGNORECASE)  # ("plans have been made for the visit …, including three … exchanges")


# a relative clause set off by commas speaks of its noun, not of the figure ("The company,
# which plans to expand, invested $5 billion"); a forecast beaten is no forecast of the figure
_ASIDE = re.compile(r",\s*(?:which|who)\b[^,]*,", re.IGNORECASE)
_OUTDONE = re.compile(r"\b(?:beat|beats|beating|topped|exceeded|exceeding|surpassed|missed|"
                      r"above|below|than)\s+(?:[\w-]+['’]?\s+)?$", re.IGNORECASE)


# What someone says begins a clause of its own: "… will deepen cooperation, he said, pointing
# out that 28 percent of Japan's population is over 65": the "will" is not the figure's.
_REPORTED = re.compile(r"\b(?:said|says|noted|noting|pointed\s+out|pointing\s+out|added|adding|"
                       r"stressed|stressing)(?:\s+that)?\b", re.IGNORECASE)


def status_and_reason(c: Candidate, before: str) -> tuple[str | None, str]:
    """`expected` or `plan` when the figure's own part of its sentence (between the figures
    around it) says it is one, with the words that say so; else (None, '')."""
    words = _own_words(c, before)
    for status, cue in (("expected", _EXPECTED), ("plan", _PLANNED)):
        m = next((m for m in cue.finditer(words) if not _OUTDONE.search(words, 0, m.start())),
                 None)
        if m:
            return status, f"'{' '.join(m[0].split())}' in the figure's part of the sentence"
    return _status_led_on(c, before, words) if _LEADS_ON.match(words) or _worth_of_it(c, before) \
        else _status_listed_on(c, before)


# a figure listed right after another ("including three high-level meetings and three
# cooperation exchanges"): the other's clause, and its status, are its own too
_NUMBER_WORD = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)"
# (or further on in a list of things the clause's verb governs: "plans to build three stations, a
# supply system, and 10 cranes …, and add 600 vehicles")
_LISTED_AFTER = re.compile(rf"{_NUMBER_WORD}\s+(?:[\w'’-]+,?\s+){{0,12}}?(?:and|,)\s+"
                           r"(?:(?:also\s+)?(?:add|build|set\s+up|open|create|introduce|install|launch|buy|deploy)\s+)?$",
                           re.IGNORECASE)
# the figure's own verb after it: "…, and 300 flights were added"
_VERB_OF_ITS_OWN = re.compile(r"\s*(?:[\w'’-]+\s+){0,5}?(?:was|were|is|are|has|have|had)\b", re.IGNORECASE)
# ", and 10 cranes", ", and add 600 vehicles": a list going on, no clause of its own
_LIST_GOES_ON = re.compile(rf",?\s*and\s+(?:(?:also\s+)?(?:add|build|set\s+up|open|create|introduce|install|launch|"
                           rf"buy|deploy)\s+)?(?={_NUMBER_WORD}\b)", re.IGNORECASE)


def _status_listed_on(c: Candidate, before: str) -> tuple[str | None, str]:
    at = _at(c, before)
    listed = _LISTED_AFTER.search(c.quote, 0, at) if at >= 0 else None
    if not listed or _VERB_OF_ITS_OWN.match(c.quote, at + len(c.as_written)):
        return None, ""  # ("will open 5 routes, and 300 flights were added in 2019": its own clause)
    head = c.quote[:listed.start()]
    start = max((m.end() for m in re.finditer(r"[.;](?:\s|$)", head)), default=0)
    for status, cue in (("expected", _EXPECTED), ("plan", _PLANNED)):
        found = [m for m in cue.finditer(head, start) if not _OUTDONE.search(head, start, m.start())]
        if found and not any(not _LIST_GOES_ON.match(c.quote, b.start())
                             for b in _CLAUSE_BREAK.finditer(head, found[-1].end())):
            return status, f"'{' '.join(found[-1][0].split())}', the clause of the figure it is listed with"
    return None, ""


# "… is expected to reach 45 billion yuan, generating tax revenue of 910 million yuan and
# creating 1,500 jobs": a participle going on from a figure says what that expectation brings
# (past what the figure before counts: "… services to more than 100,000 enterprises, resulting in an
# increase in output value of over 100 billion yuan")
# (the figure's own gap, a run of spaces, is not crossed: "30 plants near   villages, making it a hub"; nor
# is a preposition read as a participle: "during", "according", "including")
_LEADS_ON = re.compile(r"^\W*(?:(?:[\w'’-]+\s(?!\s)){0,3}?[\w'’-]+,\s*)?(?:and\s+)?(?:thus\s+)?"
                       r"(?!(?:during|according|including|following|regarding|excluding|concerning)\b)[a-z]+ing\b")


# What the things counted before it are worth: "… is expected to produce … 14 million pairs of cotton
# stockings worth 600 million yuan" (the worth as expected as the pairs)
_WORTH_OF_IT = re.compile(r"\b(?:worth|valued\s+at)\s+(?:(?:about|around|some|over|nearly|more\s+than)\s+)?$",
                          re.IGNORECASE)


def _worth_of_it(c: Candidate, before: str) -> bool:
    return bool(_WORTH_OF_IT.search(_before_in_quote(c, before)))


def _status_led_on(c: Candidate, before: str, words: str) -> tuple[str | None, str]:
    """The status of the clause a participle chain goes on from, when the figure's own words
    open on one, or of the things the figure is the worth of (no full stop, semicolon or clause of
    its own between them)."""
    at = _at(c, before)
    if at < 0 or not (_LEADS_ON.match(words) or _worth_of_it(c, before)):
        return None, ""
    head = c.quote[:at]
    start = max((m.end() for m in re.finditer(r"[.;](?:\s|$)", head)), default=0)
    for status, cue in (("expected", _EXPECTED), ("plan", _PLANNED)):
        found = [m for m in cue.finditer(head, start) if not _OUTDONE.search(head, start, m.start())]
        if found and not _CLAUSE_BREAK.search(head, found[-1].end()):
            cue_words = " ".join(found[-1][0].split())
            return status, f"'{cue_words}', which the participle before the figure goes on from"
    return None, ""


def _own_words(c: Candidate, before: str) -> str:
    """The figure's own clause: the quote from the figure before this one (or the sentence's
    start) to the next (or its end), cut where another clause begins, this figure and the
    relative clauses beside it left out. "Trade reached $5 billion in 2019 and will reach $8
    billion" gives the first amount "Trade reached  in", the second "and will reach"; "The park
    attracted 120 projects last year and will add 30 more" gives 120 "The park attracted
    projects last year" (the plan is the next clause's)."""
    at = _at(c, before)
    if at < 0:
        return c.quote
    end = at + len(c.as_written)
    # the figures within OWN_REACH either side: a quote of a text without full stops runs to
    # thousands of characters, and reading all its figures for each of them made a megabyte
    # of such text take minutes
    lo, hi = max(0, at - OWN_REACH), min(len(c.quote), end + OWN_REACH)
    ends_before, stop = [], hi
    # figures come in the order they start: none after the first one past this figure ends
    # before it, so the reading stops there
    for f in find_quantities(c.quote[lo:hi]):
        if f.form == "multiplier" and not any(ch.isdigit() for ch in c.quote[lo + f.start:lo + f.end]):
            continue  # "plans to double them to $10 billion": the verb's words, no clause of their own
        if lo + f.start >= end:
            stop = lo + f.start
            break
        if lo + f.end <= at:
            ends_before.append(lo + f.end)
    reported = [m.end() for m in _REPORTED.finditer(c.quote, lo, at)]
    start = max(ends_before + reported, default=lo)  # what someone says is a clause of its own
    if ends_before and start == ends_before[-1] and _AND_VERB.match(c.quote, start, at):
        # "is anticipated to cut the transit time by three days and save 20,000 yuan": the second
        # verb goes on with the first one's auxiliary, across the figure between them
        start = max(ends_before[:-1] + reported, default=lo)
    words_before = _ASIDE.sub(",", c.quote[start:at])
    words_after = _ASIDE.sub(",", c.quote[end:stop])
    breaks_before = [m for m in _CLAUSE_BREAK.finditer(words_before)
                     if not _shares_the_clause_before(words_before, m)]
    if breaks_before:
        words_before = words_before[breaks_before[-1].end():]
    first_after = _CLAUSE_BREAK.search(words_after)
    if first_after:
        words_after = words_after[:first_after.start()]
    return f"{words_before} {words_after}"


OWN_REACH = 400  # characters: a clause is shorter than this

# where another clause begins: a semicolon; a comma and a conjunction; but, while, whereas …;
# "and" or "but" going on with a verb of its own ("… last year and will add 30 more", "and is
# expected to", "and already hosts"), not "and" between two nouns ("land and water")
_CLAUSE_BREAK = re.compile(
    r";|,\s*(?:and|but|while|whereas|although|though|yet)\b"
    r"|\b(?:but|while|whereas|although|though)\b"
    r"|\b(?:and|but)\s+(?=(?:(?:also|then|still|now|further|later|soon)\s+)?"
    r"(?:will|shall|would|is|are|was|were|has|have|had|plans?|planned|aims?|aimed|intends?|"
    r"intended|expects?|expected|already)\b)", re.IGNORECASE)

# "… by three days and save 20,000 yuan": a verb of a plan's usual kind right after "and"
_AND_VERB = re.compile(r"\s*,?\s*and\s+(?:also\s+)?(?:save|cut|reduce|raise|increase|add|create|build|attract|"
                       r"bring|generate|reach|exceed|boost|lift|expand|employ|provide|hit|double|invest)\b")
# ", and build three systems": a bare verb after "and" has the clause before's subject and its
# "will" (not "and the city built", "and it has", "and Japan will").
_SHARED_VERB = re.compile(r"\s+(?!(?:the|a|an|its|their|it|they|this|these|those|there|he|she|we|"
                          r"[a-z]+ly)\b)[a-z]+\s+(?!(?:will|shall|would|is|are|was|were|has|have|had)\b)")
# (only after ", and", and only with no verb of its own up to the figure: "Testcity will build a
# port, and exports rose 5 percent in 2020" is a done thing with a subject of its own; "; exports
# rose", ", while exports rose" open a clause of their own whatever follows)
_OWN_FINITE_VERB = re.compile(r"\b(?:[a-z]+ed|rose|grew|hit|fell|stood|saw|won|made|took|came|went|rises|grows|"
                              r"reaches|hits|falls|stands|totals|tops|numbers|amounts|accounts|is|are|was|were|"
                              r"has|have|had)\b")


def _shares_the_clause_before(words: str, brk: re.Match) -> bool:
    """Whether the clause break `brk` in `words` only joins a second bare verb of the same
    subject (", and build three systems"), so the clause before (its "will") goes on."""
    return bool(re.fullmatch(r",\s*and", brk[0], re.IGNORECASE) and _SHARED_VERB.match(words, brk.end())
                and not _OWN_FINITE_VERB.search(words, brk.end()))


# Metrics whose label says too little for a figure's: its own words say what it measures (a
# year-on-year change of what: "Year-on-year change in actual foreign investment from …").
_GENERIC = frozenset("count money area duration mass rank ratio change growth_yoy share "
                     "investment_amount".split())  # of whom, in whom: "Shandong's investment in …"


def suggest_id(candidate: Candidate, metric: str | None, prefixes: dict[str, str]) -> str:
    """`<subject-short>.<what>[-<period>]`: lower case, digits, . _ -"""
    prefix = prefixes.get(candidate.subject or "", candidate.subject or "new")
    what = _slug(candidate.counted) if candidate.counted else (metric or candidate.kind)
    period = _period_slug(candidate.period)
    return _slug(f"{prefix}.{what}" + (f"-{period}" if period else ""), keep_dots=True)


def _period_slug(period: str | None) -> str:
    if not period:
        return ""
    return period.replace("../", "to-").replace("/..", "-on").replace("/", "-to-")


def _slug(text: str, keep_dots: bool = False) -> str:
    allowed = r"[^a-z0-9._-]" if keep_dots else r"[^a-z0-9_-]"
    text = re.sub(r"[\s_]+", "-", text.lower().replace("’", "").replace("'", ""))
    return re.sub(r"-{2,}", "-", re.sub(allowed, "-", text)).strip("-")[:60].strip("-")
