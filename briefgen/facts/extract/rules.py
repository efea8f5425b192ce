"""Judging a figure-shaped span in its context: a fact, or noise?

`find_quantities` finds everything that looks like a figure; these rules decide, from the words
around it, whether it states an amount. Digits are figures unless they are a year, part of a
name ("Fortune Global 500", "the “411” mode"), an ordinal ("110th") or noise found earlier.
Word numbers are figures only when they count something ("nine business centers") or carry a
unit ("five years"), not when they refer back ("the two sides") or form a compound
("two-way"). "largest" is a rank only as an investor, source, partner, exporter or importer.

Ordinals of events ("the 110th train", "the 40th anniversary", "the 300 millionth
refrigerator") are milestones, not quantities: they are skipped, and a person records them as
text facts if they matter.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass

from briefgen.facts.quantities import NUMBER_PATTERN, UNIT_WORDS, Found, number_value

# Capitalised words that may stand right before a figure without making it part of a name.
_FREE_CAPITALS = frozenset(
    "in on at by of for from to and the a an about over nearly almost around approximately some "
    "only just another all among with since until up total altogether more less than its their "
    "our these those both each every q presently currently now including where while when as "
    "last this that there here then still also yet but so of after before during within under "
    "above below some exceeding reaching nearly roughly estimated respectively".split()
)
_MONTHS = frozenset("january february march april may june july august september october "
                    "november december".split())
_DETERMINERS = frozenset("the these those its their our his her both all each every my your "
                         "top".split())
_STOP_WORDS = frozenset(
    "of in on at to from with for by and or but the a an was were is are has have had will "
    "would which that who as than after before per each every into over under between among "
    "including such more less this these those it its".split()
)
# Plural nouns that name the kind of a plural after them: "3,000 sales outlets", "20 sports venues"
_ATTRIBUTIVE_PLURALS = frozenset("sales sports customs savings".split())
_IRREGULAR_PLURALS = frozenset(
    "people staff personnel children men women police aircraft cattle sheep fish crew media "
    "data teeth feet mice geese".split()
)
_SINGULARS_IN_MEN = frozenset("omen amen acumen abdomen regimen specimen stamen hymen semen ramen bitumen lumen "
                              "yemen bremen carmen albumen tegmen".split())
_NOT_PLURALS = frozenset(
    "this its has was does goes makes takes gives remains becomes means includes covers reaches "
    "hits grows rises falls puts brings keeps lets across various previous famous numerous serious always perhaps "
    "besides towards afterwards whereas thus plus news series species bus gas yes less unless "
    "overseas business logistics electronics economics physics statistics mathematics athletics "
    "us his hers ours yours theirs whose".split()
)
# A stock index's level, in points: no measure a brief states (its change keeps its percent).
_POINTS = re.compile(r"\s+points\b")
_AN_INDEX = re.compile(r"\b(?:[Ii]ndex|[Cc]omposite|Hang\s+Seng|Nikkei|KOSPI|Dow|Nasdaq|S&P)\b")
# (an index moves or closes at its points; a team scores them: "scored 95 points" stays)
_SCORED = re.compile(r"\b(?:scor(?:e|es|ed|ing)|won|earn(?:s|ed)?|got)\s+(?:\w+\s+)?$", re.IGNORECASE)
# What bare "largest" must rank to be a rank fact.
_RANK_NOUNS = re.compile(  # ("the largest and third largest foreign investors": two ranks of one noun)
    r"(?:\s+(?:and|or)\s+[\w-]+\s+(?:largest|biggest))?"
    r"(?:\s+[\w-]+){0,3}?\s+(?:investors?|source|sources|(?:trading|trade|economic|business)"
    r"\s+partners?|partners?|exporters?|importers?|destinations?|producer)\b", re.IGNORECASE)
# "the world's busiest cargo handling port": hubs are ranked in a place, as investors are.
_RANKING_PLACE = r"(?:world|country|nation|China|Asia|Europe)"
_HUB = r"(?:ports?|airports?|terminals?)"
_PLACE_POSSESSIVE = re.compile(rf"\b{_RANKING_PLACE}['’]s\s+$")
_RANKED_HUBS = re.compile(rf"(?:\s+[\w-]+){{0,3}}?\s+{_HUB}\b", re.IGNORECASE)
# a hub said to be the largest in a place, its noun before: "The 300,000-ton ore terminal is now
# the world's largest and can handle …" (nothing ranked after "largest")
_HUB_IS = re.compile(rf"\b{_HUB}\b[^.;:]{{0,60}}?\b(?:is|was|are|were|became|becomes|"
                     rf"remains?|remained)\s+(?:(?:now|already|still|also)\s+)?(?:the\s+)?{_RANKING_PLACE}['’]s\s+$",
                     re.IGNORECASE)
# a hub ranked in a place named after it: "the largest port serving China-Africa trade in China"
# (the hub word ends its noun: not "the largest port museum", "terminal operator", "port-side")
_HUB_IN_A_PLACE = re.compile(rf"(?:\s+[\w-]+){{0,2}}?\s+{_HUB}(?![\w-])"
                             r"(?=\s+(?:in|for|serving|handling|of|on|along|by|with|that|which)\b)[^,;.()]{0,60}?"
                             r"\bin\s+(?:China|the\s+(?:world|country|nation)|Asia|Northeast\s+Asia|Europe)\b")
# "one of the largest ports", "among the highest in China": no rank
_ONE_OF_THE = re.compile(r"\b(?:one\s+of|among)\s+the\s+$", re.IGNORECASE)
_A_LARGEST_AMOUNT = re.compile(r"\s+(?:number|amount|share|proportion|volume|quantity)\s+of\b", re.IGNORECASE)
_NOTHING_AFTER = re.compile(r"\s*(?:[,.;:)]|and\b|in\s+terms\b|by\s+(?:volume|throughput|capacity)\b)")
# A day of the month before "and": "on the 15th", "on May 3rd", "from the 1st" (a date's ordinal)
_A_DAY_BEFORE = re.compile(r"(?:\b(?:on|from|between|by|until|till|before|after)\s+(?:the\s+)?"
                           r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)"
                           r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third)\s*,?\s*$", re.IGNORECASE)
_RANK_BEFORE = re.compile(r"\b(?:rank(?:s|ed|ing)?|plac(?:ed|ing))\s+(?:\w+\s+){0,2}?(?:first|second|third|"
                          r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|No\.?\s*\d+|\d+(?:st|nd|rd|th))\b[^.;]*$")
_PARTITIVE = re.compile(r"[\s\u3000]+(?:out\s+)?of\s+(?:the|its|their|these|those)"
                        r"(?:\s+\d[\d,]*)?(?=[\s\u3000]+[A-Za-z])")
# Measures the project has no unit for (volume, energy, power): "4.41 million kiloliters of
# beer" is no count of kiloliters, and no figure a brief can state in a unit of its own.
# (as a noun or hyphened to the number: "800,000-cubic-meter", "a 500-liter tank")
_UNMEASURED = re.compile(r"[-\s]+(?:(?:kilo|hecto|milli|mega)?lit(?:er|re)s?|gallons?|barrels?|cubic[-\s]+\w+|"
                         r"(?:kilo|mega|giga)watt(?:s|-hours?|\s+hours?)?|(?:kW|MW|GW|TW)h?|ounces?|carats?|bushels?)\b",
                         re.IGNORECASE)
_SCALE_LETTER = re.compile(r"\s+(?:m|mn|mln|b|bn|k)\s+[a-z]", re.IGNORECASE)
_RATED = re.compile(r"\b(?:rated|rating|ranked|awarded|given)\s+(?:\w+\s+)?$", re.IGNORECASE)
# Words that count kinds or lots of a thing, named after "of": "100 kinds of fish"
_KINDS = frozenset("kinds types sorts varieties categories species batches sets pieces pairs".split())
# (a second word names the thing with the first, "kinds of agricultural products", "kinds of
# fresh fish"; not a word after it: "kinds of goods worth …", "sets of equipment valued at …")
_KIND_OF = re.compile(r"[\s\u3000]+of[\s\u3000]+(?!the\b|its\b|their\b)(?P<first>[A-Za-z][\w'’-]*)"
                      r"(?:[\s\u3000]+(?!(?:in|at|on|from|with|for|by|and|or|to|were|was|are|is|have|has|had|"
                      r"add|which|that|worth|such|including|sold|made|caught|grown|built|bought|sent|held|"
                      r"shown|taken|given)\b)(?![A-Za-z]+ed\b)(?P<second>[A-Za-z][\w'’-]*))?")
_WORD_AFTER = re.compile(r"[\s\u3000]*([A-Za-z][\w'’-]*)")  # "H135 helicopters" counts
_WORD_BEFORE = re.compile(r"([A-Za-z][\w&’'-]*)[ \t\u3000]*$")
# An amount in millions or billions of a currency is no model's or event's number ("Space 2049")
_SCALED_MONEY = re.compile(r"[\d.,]+\s+(?:million|billion|trillion)\s+(?:yuan|dollars|U\.?S\.?\s+dollars|euros|won|yen|pounds)\b",
                           re.IGNORECASE)
_WORDS_BEFORE = re.compile(r"([A-Za-z]+)[\s\u3000]+([A-Za-z]+)[\s\u3000]+$")
_ORDINAL_SCALE = re.compile(r"[\s\u3000]*(?:hundred|thousand|million|billion)th\b", re.IGNORECASE)
_AGE_OR_AGO = re.compile(r"[\s\u3000]*(?:old|ago)\b|-old\b", re.IGNORECASE)
_HYPHEN_NOUN = re.compile(r"-([a-z]{3,})\b")
_ONE_AS_AMOUNT = frozenset("only just within for in takes took take than about lasted".split())


@dataclass(frozen=True)
class Verdict:
    """A figure accepted as a fact candidate, with what the rules learnt about it."""

    counted: str | None
    reason: str
    confidence: float


def judge(text: str, found: Found, paired: bool) -> Verdict | None:
    """A Verdict for a figure worth proposing, or None for noise. `paired` says the figure is
    one side of "from X to Y", which makes a bare word number a figure ("from three to one")."""
    if _continues_word(text, found) or _is_quoted_name(text, found) or _an_image_of_size(text, found):
        return None
    judge_form = _FORMS.get(found.form, _judge_number)
    return judge_form(text, found, paired)


def _an_image_of_size(text: str, found: Found) -> bool:
    """"35 meters high, as tall as a 11-story building": a picture of a size, not a figure of
    anything (not "as high as 20 percent", a figure; nor "equivalent to 14 football fields",
    which restates an area)."""
    return bool(_AS_BIG_AS.search(text, max(found.start - 30, 0), found.start))


_AS_BIG_AS = re.compile(r"\bas\s+(?:tall|high|big|large|long|wide|deep|heavy)\s+as\s+an?\s+$", re.IGNORECASE)


def _judge_rank(text: str, found: Found, paired: bool) -> Verdict | None:
    if _TAKE_BEFORE.search(text, max(found.start - 8, 0), found.start) and _PLACE_TO.match(text, found.end):
        return None  # "trade tensions take second place to personal ties": less than, no rank
    return Verdict(None, "rank: an ordinal with largest/biggest, or 'ranking N'", 0.85)


_TAKE_BEFORE = re.compile(r"\b(?:take|takes|took|taking|taken)\s+$")
_PLACE_TO = re.compile(r"\s+to\b")


def _judge_rank_list(text: str, found: Found, paired: bool) -> Verdict:
    """"topped the list for 'cash flow'", "was listed as one of the top ten popular destinations in
    the North", "was sixth in the holiday popularity ranking": a place on one list, which a label
    rarely names whole: proposed for review, never kept unread."""
    return Verdict(None, "rank: a place on a list ('topped the list', 'one of the top ten', 'was sixth in'); "
                         "check what the list ranks", 0.6)


def _judge_rank_and(text: str, found: Found, paired: bool) -> Verdict | None:
    """"ranked first in the province, and second in northern China": a bare ordinal after "and"
    is a rank only when a rank comes before it in its sentence."""
    if not _RANK_BEFORE.search(text, max(found.start - 150, 0), found.start) \
            or _A_DAY_BEFORE.search(text, max(found.start - 40, 0), found.start):
        return None  # (nor days: "held on the 15th and 16th, respectively", "on May 3rd and 4th")
    return Verdict(None, "rank: an ordinal after 'and' that goes on from a rank before it", 0.75)


def _judge_largest(text: str, found: Found, paired: bool) -> Verdict | None:
    # ("one of the largest ginger producers", "the largest number of producers": no rank)
    if _ONE_OF_THE.search(text, max(found.start - 20, 0), found.start) or _A_LARGEST_AMOUNT.match(text, found.end):
        return None
    if text[found.start:found.end].lower() == "highest":  # "… and the highest in China" (quantities.py)
        return Verdict(None, "rank 1: an amount 'the highest in' a place", 0.75)
    if not (_RANK_NOUNS.match(text, found.end, found.end + 60) or (
            _PLACE_POSSESSIVE.search(text, max(found.start - 30, 0), found.start)
            and _RANKED_HUBS.match(text, found.end, found.end + 60)) or (
            _HUB_IS.search(text, max(found.start - 120, 0), found.start) and _NOTHING_AFTER.match(text, found.end))
            or _HUB_IN_A_PLACE.match(text, found.end, found.end + 120)):
        return None  # "the world's largest film park" ranks nothing a brief compares
    return Verdict(None, "rank 1: 'largest' investor, source, partner or hub", 0.75)


def _judge_multiplier(text: str, found: Found, paired: bool) -> Verdict:
    return Verdict(None, "multiplier word (twice, doubled …)", 0.75)


def _judge_fraction(text: str, found: Found, paired: bool) -> Verdict | None:
    value = found.quantity.value
    if not 0 < value < 100:
        return None  # "0/98" page views, "24/7"
    if _A_SHARE_GOING.match(text, found.start) and not _SHARES_BEFORE.search(
            re.split(r"[.!?;]\s", text[max(found.start - 200, 0):found.start])[-1]):
        return None  # "two crews led, and a fifth came from behind": the fifth one, no share
    return Verdict(None, "fraction, as percent", 0.75)


# "a quarter goes to the EU" is a share only beside others ("About 40 percent … go to Japan, …")
_A_SHARE_GOING = re.compile(r"a[\s-]+(?:third|quarter|fifth|tenth)\s+(?:goes|went|go|comes|came)\b", re.IGNORECASE)
_SHARES_BEFORE = re.compile(r"\d\s*(?:%|per\s*cent|percent)|\b(?:half|share|proportion)\b", re.IGNORECASE)


def _judge_half(text: str, found: Found, paired: bool) -> Verdict | None:
    before = _words_before(text, found.start)
    after = text[found.end:found.end + 4].lstrip().lower()
    if before[-1:] == ["by"] or (after.startswith("of") and not
                                 {"first", "second", "the", "latter", "past"} & set(before[-1:])):
        return Verdict(None, "'by half' / 'half of', as percent", 0.7)
    return None


def _judge_number(text: str, found: Found, paired: bool) -> Verdict | None:
    if _is_name(text, found) or _is_ordinal_or_age(text, found):
        return None
    if found.has_unit:
        return _judge_measured(text, found)
    if found.form == "word":
        return _judge_word_count(text, found, paired)
    return _judge_digit_count(text, found, paired)


def _judge_measured(text: str, found: Found) -> Verdict | None:
    unit = found.quantity.unit
    if unit in ("year", "month", "week", "day") and _words_before(text, found.start)[-1:] == ["first"]:
        return None  # "in first five months": a period, as "the first five months" is
    if found.form == "word" and found.quantity.value == 1 and not found.quantity.qualifier \
            and found.quantity.kind == "duration":
        if not set(_words_before(text, found.start)[-1:]) & _ONE_AS_AMOUNT:
            return None  # "one day, he went …" tells a story, not a duration ("one percent" is a figure)
    if found.form == "range":
        return Verdict(None, f"range in {unit}: the upper bound, qualified up_to", 0.75)
    return Verdict(None, f"figure with its unit ({unit})", 0.9)


def _judge_word_count(text: str, found: Found, paired: bool) -> Verdict | None:
    if paired:
        return Verdict(counted_after(text, found.end), "word number in 'from X to Y'", 0.7)
    if text[found.end:found.end + 1] == "-":
        return None  # "two-way", "one-stop"
    if counted_after(text, found.end) is None and (whole := _part_of_a_count(text, found)):
        return Verdict(whole, f"word number of '{whole}': one part of a count named before, the parts adding up to it",
                       0.6)
    if found.quantity.value == 1:
        return None  # "one of"
    before = _words_before(text, found.start)
    if before[-1:] and before[-1] in _DETERMINERS and not (
            before[-3:-1] == ["one", "of"] or before[-2:-1] == ["among"]):
        return None  # "the two sides" refers back; "one of the six zones" still counts
    counted = counted_after(text, found.end)
    if counted is None and (earlier := _counted_doing_the_same(text, found)):
        return Verdict(earlier, f"word number of '{earlier}' (named before, doing the same)", 0.6)
    if counted is None or _UNMEASURED.match(text, found.end) or _THE_ECONOMY_S_SECTORS.search(
            text, max(found.start - 30, 0), found.start) and _SECTORS.fullmatch(counted):
        return None
    return Verdict(counted, f"word number counting '{counted}'", 0.8)


# "Proportion of three industries was 7.5:48.1:44.4": the economy's three sectors (farming,
# industry, services) named as the parts of its structure, no count of anything
_THE_ECONOMY_S_SECTORS = re.compile(r"\b(?:proportions?|ratios?|structures?|shares?)\s+of\s+(?:the\s+)?$",
                                    re.IGNORECASE)
# (the noun alone: "the share of three industrial parks" counts parks)
_SECTORS = re.compile(r"(?:(?:industrial|economic)\s+)?(?:industries|sectors)", re.IGNORECASE)


def _counted_doing_the_same(text: str, found: Found) -> str | None:
    """What a word number stands for when its verb is the one an earlier count's noun had in the
    sentence: "Sixty-nine companies earn more than 1 billion yuan, 11 earn over 5 billion yuan,
    while five earn over 10 billion yuan" counts companies."""
    verb = _VERB_AFTER.match(text, found.end)
    if not verb or not _OPENS_A_CLAUSE.search(text, max(found.start - 12, 0), found.start):
        return None  # (not "line three carried …", "the other two earn …": a name, or things counted before)
    before = re.split(r"[.!?;:]\s", text[max(found.start - 300, 0):found.start])[-1]
    # ("More than 30 of its software enterprises had …, and seven had …": a part of a whole counts the same)
    counts = re.findall(rf"{NUMBER_PATTERN}\s+(?:of\s+(?:its|the|their|these)\s+)?"
                        rf"((?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*s)\s+{verb[1]}\b", before, re.IGNORECASE)
    return counts[-1] if counts else None  # (the nearest: "69 companies earn …, 11 banks earn …, while five earn")


def _part_of_a_count(text: str, found: Found) -> str | None:
    """What a number of a breakdown counts: "19 enterprises had … qualification at various levels,
    one in class I, two in class II, nine in class III, and seven in class IV" counts enterprises,
    the four parts adding up to the 19 named before them (a list that adds up to nothing named is
    no breakdown of it; nor is one of a duration's parts, "in 3 decades, two in the 1990s and one
    in 2010", nor of any other measure: a breakdown counts things)."""
    # (only a list's item: after a comma or "and", before "in", "at", "of", "from" or "with")
    if not _AN_ITEM_AFTER.match(text, found.end) or not _AN_ITEM_BEFORE.search(text, max(found.start - 8, 0),
                                                                                found.start):
        return None
    # (the sentence, at most a few hundred characters either side: a text with no full stop stays linear)
    window_start, window_end = max(found.start - 400, 0), min(found.end + 300, len(text))
    sentence_start = max(text.rfind(". ", window_start, found.start), text.rfind("\n", window_start, found.start),
                         window_start - 1) + 1
    sentence_end = min(end for end in (text.find(". ", found.end, window_end), text.find("\n", found.end, window_end),
                                       window_end) if end >= 0)
    sentence = text[sentence_start:sentence_end]
    at = found.start - sentence_start
    # (the nearest few counts before it in the sentence: a hostile list of counts costs a few searches a figure)
    starts, wholes = _counts_in(text)
    first, last = bisect_left(starts, sentence_start), bisect_left(starts, found.start)
    for whole, counted in reversed(wholes[max(first, last - _WHOLES_TRIED):last]):
        if whole.end() > found.start:
            continue
        parts = _BREAKDOWN.search(sentence, whole.end() - sentence_start)
        if parts and parts.start() <= at < parts.end():
            numbers = [number_value(m[1]) for m in _BREAKDOWN_PART.finditer(parts[0])]
            if len(numbers) >= 2 and sum(numbers) == number_value(whole["number"]):
                return counted
    return None


@functools.lru_cache(maxsize=1)
def _counts_in(text: str) -> tuple[list[int], list[tuple[re.Match, str]]]:
    """Every count of things in the text ("19 enterprises"), with what it counts and their starts,
    found once a text (the figures of one text are judged one after another; a string keeps its
    hash, so the cache costs no pass over it). Not a measure: "3 decades", "10 times" count no things."""
    wholes = [(whole, counted) for whole in _A_COUNT.finditer(text)
              if (counted := counted_after(text, whole.end("number"))) is not None
              and counted.split()[-1].lower() not in UNIT_WORDS]
    return [whole.start() for whole, _ in wholes], wholes


_WHOLES_TRIED = 3
_AN_ITEM_AFTER = re.compile(r"\s+(?:in|at|of|from|with)\s", re.IGNORECASE)
_AN_ITEM_BEFORE = re.compile(r"(?:,|\band)\s+$", re.IGNORECASE)
_A_COUNT = re.compile(rf"(?P<number>{NUMBER_PATTERN})\s+(?P<counted>(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*s)\b",
                      re.IGNORECASE)
_BREAKDOWN_ITEM = rf"({NUMBER_PATTERN})\s+(?:in|at|of|from|with)\s+[^,;.]{{1,40}}?"
_BREAKDOWN_PART = re.compile(_BREAKDOWN_ITEM, re.IGNORECASE)
_BREAKDOWN = re.compile(rf"(?<=,\s){_BREAKDOWN_ITEM}(?:,?\s+(?:and\s+)?{_BREAKDOWN_ITEM})+(?=[,;.]|$)",
                        re.IGNORECASE)


# (a semicolon ends the sentence part the count is looked for in, so it opens no clause here)
_OPENS_A_CLAUSE = re.compile(r"(?:,|\bwhile|\bwhereas|\band|\bbut)\s+$")
_VERB_AFTER = re.compile(r"\s+([a-z]{3,})\s+(?=(?:[A-Z]|over|more\s+than|above|at\s+least|less\s+than|under|about|"
                         r"nearly|between|\$|\d))")


def _judge_digit_count(text: str, found: Found, paired: bool) -> Verdict | None:
    if _words_before(text, found.start)[-1:] == ["top"]:
        return None  # "one of the world's top 10 container lines" names a league, not a count
    if _POINTS.match(text, found.end) and not _SCORED.search(text, max(found.start - 30, 0), found.start) \
            and _AN_INDEX.search(re.split(r"[.;]\s", text[max(found.start - 100, 0):found.start])[-1]):
        return None  # "the Shanghai Composite Index … close at 2610.51 points": an index's level
    counted = counted_after(text, found.end)
    hyphened = _HYPHEN_NOUN.match(text, found.end)
    if hyphened and counted is None:
        counted = hyphened[1] + "s"  # "a 20-item policy" counts items
    if _is_year(text, found) and not (counted and counted[0].islower() and not _a_recent_year(text, found)):
        return None
    if _no_count_of(text, found, counted):
        return None
    if counted:
        return Verdict(counted, f"count of '{counted}'", 0.85)
    reason = "bare number in a pair" if paired else "bare number (no unit or counted noun)"
    return Verdict(None, reason, 0.6)


def _no_count_of(text: str, found: Found, counted: str | None) -> bool:
    """Words after a number that make it no count: a volume ("4.41 million kiloliters"), a scale
    written as a letter ("37 m tourists"), a rating ("rated extra 5 stars"; not "drew 30 stars")."""
    return bool(_UNMEASURED.match(text, found.end) or _SCALE_LETTER.match(text, found.end)
                or ((counted or "").lower() == "stars" and _RATED.search(text, max(found.start - 25, 0), found.start)))


_FORMS = {
    "rank": _judge_rank, "rank_list": _judge_rank_list, "rank_and": _judge_rank_and, "largest": _judge_largest, "multiplier": _judge_multiplier,
    "fraction": _judge_fraction, "half": _judge_half,
}


# --- context tests -----------------------------------------------------------------------------

def counted_after(text: str, end: int, max_words: int = 8) -> str | None:
    """What a count counts: the words after it up to the first plural noun ("Korean banks",
    "new overseas production capacity cooperation projects", "local development and
    cooperation demonstration zones"), or None."""
    words, pos = [], end
    partitive = _PARTITIVE.match(text, pos)  # "Four of the projects", "three out of the 15 routes"
    pos = partitive.end() if partitive else pos
    if more := _MORE_OF_THEM.match(text, pos):  # "two more major conferences": more of the things counted
        words, pos = [more[1]], more.end()
    for _ in range(max_words):
        m = _WORD_AFTER.match(text, pos)
        if not m or (m[1].lower() in _STOP_WORDS and not (words and m[1].lower() == "and")):
            return None
        words.append(m[1])
        pos = m.end()
        if is_plural(m[1]) and not _names_kind_of_plural(m[1], text, pos):
            if m[1].lower() in _KINDS:
                return " ".join(words + _kind_of(text, pos))
            return " ".join(words + _and_others(text, pos) + _designated_size(text, pos) + _by_whom(text, pos))
        nxt = text[pos:pos + 1]
        if nxt and not nxt.isspace() and nxt != "-":
            return None  # punctuation ends the noun phrase
    return None


_MORE_OF_THEM = re.compile(r"\s+(more)(?=\s+[a-z])")  # (not "more than": "than" ends a count's noun)
# other things counted with the first, up to a pause or the clause's next word ("more than 100
# star hotels and travel agencies before the Games"; not "40 schools and has 100 clubs")
_AND_OTHERS = re.compile(r"\s+and\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?=\s*[,.;:)]|\s*$|\s+(?:in|at|on|for|"
                         r"from|with|that|which|who|before|after|across|were|was|have|has|had|are|is)\b)")


def _and_others(text: str, pos: int) -> list[str]:
    """The things counted with the first after "and", when they are plural nouns too."""
    m = _AND_OTHERS.match(text, pos)
    if not m or not is_plural(m[1].split()[-1]) or any(
            w.lower() in _STOP_WORDS or w.endswith("ed") for w in m[1].split()):
        return []
    return ["and", *m[1].split()]


# The statistics' threshold that says which firms are counted: "2,440 cultural enterprises above
# designated size" are not all of them.
_DESIGNATED_SIZE = re.compile(r"\s+((?:above|of)\s+(?:a\s+)?designated\s+size|above\s+(?:the\s+)?scale)\b",
                              re.IGNORECASE)


# Whose the things counted are, right after them: "138 investment projects by Fortune 500
# companies", "12 projects from Japanese firms" (a count of theirs, not of all such things)
_BY_WHOM = re.compile(r"\s+((?:by|from)\s+(?:[\w-]+\s+){0,3}?(?:companies|firms|enterprises|investors|multinationals)"
                      # (and the list they are on: "by Japanese companies in the Fortune 500 list")
                      r"(?:\s+(?:in|on|of)\s+the\s+Fortune\s+(?:Global\s+)?500(?:\s+list)?)?)\b")


def _by_whom(text: str, pos: int) -> list[str]:
    m = _BY_WHOM.match(text, pos)
    return m[1].split() if m else []


def _designated_size(text: str, pos: int) -> list[str]:
    m = _DESIGNATED_SIZE.match(text, pos)
    return m[1].split() if m else []


def _names_kind_of_plural(word: str, text: str, pos: int) -> bool:
    """An irregular or attributive plural that names the kind of a plural after it: "64 aircraft
    stands", "12 data centers", "3,000 sales outlets" (not "300,000 aircraft annually")."""
    nxt = _WORD_AFTER.match(text, pos)
    return word.lower() in _IRREGULAR_PLURALS | _ATTRIBUTIVE_PLURALS and bool(nxt) and text[pos:pos + 1] == " " \
        and nxt[1].lower() not in _STOP_WORDS and nxt[1].lower() not in _IRREGULAR_PLURALS \
        and is_plural(nxt[1])


def _kind_of(text: str, pos: int) -> list[str]:
    """The words naming what a count of kinds counts kinds of ("100 kinds of fish"): the first
    after "of", and the next when the first is no plural noun already ("agricultural products";
    not "goods worth")."""
    m = _KIND_OF.match(text, pos)
    if not m:
        return []
    end = m.end("second") if m["second"] and not is_plural(m["first"]) else m.end("first")
    return text[pos:end].split()


def is_plural(word: str) -> bool:
    word = word.lower().replace("’", "'")
    if word in _IRREGULAR_PLURALS or (word.endswith("men") and word not in _SINGULARS_IN_MEN):
        return True  # ("3,300 Taiwan businessmen", "fishermen")
    if word in _NOT_PLURALS or "'" in word or len(word) < 4:
        return False
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _words_before(text: str, start: int, count: int = 3) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z]+", text[max(start - 40, 0):start])[-count:]]


def _continues_word(text: str, found: Found) -> bool:
    """"1920s", "110th", "5G", "3.x": the figure runs on into letters. A full stop before a
    capitalised word ends a sentence run on without a space ("up by 12.9%.The per capita …")."""
    nxt, after = text[found.end:found.end + 1], text[found.end + 1:found.end + 3]
    if nxt != ".":
        return nxt.isalnum()
    return after[:1].isdigit() or (after[:1].isalpha() and not _CAPITALISED_WORD.match(after))


_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]")


def _is_quoted_name(text: str, found: Found) -> bool:
    """“411” mode, “3540” reform: a quoted bare number names something; so does one inside a
    short quoted phrase with no sentence's stop in it, a slogan or a name ("two mountains and one
    river", the “four centers”), not a speaker's sentence ("… 30 branches," he said)."""
    if found.has_unit:
        return False
    opened = _QUOTE_OPENED.search(text, max(found.start - 41, 0), found.start)
    closed = _QUOTE_CLOSES.match(text, found.end, found.end + 41)
    return bool(opened and closed) and \
        len(f"{opened[1]} {text[found.start:found.end]} {closed[0]}".split()) <= 8


# (a comma inside a slogan, "one country, two systems"; not one closing a speaker's words, "…,")
_QUOTE_OPENED = re.compile(r"[\"“]([^\"“”.;:!?\n]{0,40})$")
_QUOTE_CLOSES = re.compile(r"[^\"“”.;:!?\n]{0,40}?(?<!,)[\"”]")


def _is_name(text: str, found: Found) -> bool:
    """"Fortune Global 500", "Space 2049", "Page 10": a capitalised word right before."""
    if found.form == "range" or text[found.start - 1:found.start] == "$":
        return False
    if found.form == "digits" and text[found.start].isalpha():
        return False  # "Processing approximately 30,000 orders": a qualifier parts name and number
    if text[found.start - 1:found.start] == "-" and text[found.start - 2:found.start - 1].isalpha():
        return True  # "COVID-19", "Boeing-737"
    if _A_LEAGUE_TABLE.search(text, max(found.start - 30, 0), found.start):
        return True  # "179 Fortune global 500 companies": the league's name, written in any case
    m = _WORD_BEFORE.search(text, max(found.start - 40, 0), found.start)
    if not m:
        return False
    word = m[1]
    if found.has_unit and _SCALED_MONEY.match(text, found.start, found.end):
        return False  # "… Baotailong Tourism 9.23 million yuan and Fantawild 6.67 million yuan"
    counted = counted_after(text, found.end)
    if word.endswith(("'s", "’s")) and found.has_unit:
        return False  # "compared with Shandong province's 5.5% and China's 6.1%": a place's measure
    if word.endswith(("'s", "’s")) and counted and counted[0].islower() and (
            found.form == "digits" or _ONE_OF.search(text, max(found.start - 60, 0), m.start(1))):
        # "Shandong's 145 provincial-level development zones", "one of China's fourteen open cities":
        # a place's count ("Qingdao's three major trade partners" names the list that follows)
        return False
    if found.has_unit and found.form == "digits" and re.search(r"\btimes$", text[found.start:found.end]):
        return False  # "visited Qingdao 3 times": how often, not a name's number
    if word.endswith("ing") and counted and counted[0].islower():
        return False  # "Handling 9,000 parcels a day": a verb (not "Beijing 2022 Winter Games")
    if word.endswith("ing") and found.has_unit and _OPENS_CLAUSE.search(text, max(m.start(1) - 10, 0), m.start(1)):
        return False  # "Covering 35,000 miles, the race …": a participle opening its clause
    return (word[0].isupper() and word.lower() not in _FREE_CAPITALS
            and word.lower() not in _MONTHS and not word.isupper() or word in ("No", "NO"))


# ("Fortune Global 500", "fortune global 500"; not "made a fortune 10 times over")
_A_LEAGUE_TABLE = re.compile(r"\b(?:(?-i:Fortune|Forbes)\s+(?:global\s+|world\s+)?|(?:fortune|forbes)\s+(?:global|world)\s+)$",
                             re.IGNORECASE)
_ONE_OF = re.compile(r"\bone\s+of\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}$", re.IGNORECASE)
_OPENS_CLAUSE = re.compile(r"(?:^|[.!?,;:]\s*|\n\s*)$")


def _is_ordinal_or_age(text: str, found: Found) -> bool:
    return bool(_ORDINAL_SCALE.match(text, found.end) or
                (found.quantity.unit == "year" and _AGE_OR_AGO.match(text, found.end)))


def _a_recent_year(text: str, found: Found) -> bool:
    """A year before its noun ("are 2023 events", "the 2019 plans"): of the last and this
    century's decades, after an article, a possessive, a form of "be" or a preposition ("based
    on 2020 data") (not a count written
    without its comma: "It hired 2015 workers", "2000 workers", "some 2023 workers")."""
    value = int(found.quantity.value)
    return 1950 <= value <= 2049 and value % 100 != 0 and found.quantity.qualifier is None \
        and _words_before(text, found.start)[-1:] in _BEFORE_A_YEAR


_BEFORE_A_YEAR = [[w] for w in "the its their this these those his her our are were is was on in from for".split()]


def _is_year(text: str, found: Found) -> bool:
    written = text[found.start:found.end]
    return (found.form == "digits" and written.isdigit() and len(written) == 4
            and 1800 <= int(written) <= 2099)
