"""Guessing what a figure is about from the entity names around it.

Every name and alias from facts/entities.yaml is found in the text in one pass. A figure's
subject is the entity named in its sentence: a partner before a sector, a sector before the city
(the city is named nearly everywhere, so it says least), and between equals the mention nearest
the figure; else the entity named last before it in its paragraph (or the paragraph before). Aliases written with a capital match with that
case ("US", "Korean"); lower-case aliases ("the city", "film") match in any case.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass
from typing import Collection, Mapping

from briefgen.facts.extract.scope import COUNTRY_OF_ADJECTIVE, names_of_places_abroad

# A street named after a place: "Hong Kong Middle Road's COSCO Plaza", "Beijing Road"
_STREET_AFTER = re.compile(r"(?:\s+(?:Middle|East|West|North|South|Central))?\s+(?:Road|Street|Avenue|Rd\.?|St\.)(?![\w-])"
                           r"(?!\s+[Ss]hows?\b)")  # (a road show is no road)
# The city named to say where something else is, in a relative clause or an aside: "which is
# located in Qingdao", ", based in Qingdao" (not "Research facilities were located in Qingdao",
# what the sentence says of the city)
_LOCATED_IN = re.compile(r"(?:\b(?:which|that|who)\s+(?:is|are|was|were)\s+|,\s*)(?:located|based|headquartered|"
                         r"situated)\s+in\s+(?:the\s+(?:coastal\s+)?city\s+of\s+)?$")
_CITY_AFTER = re.compile(r"\s+(?:city|cities|towns?)\b")
# "the city of Dongying": a city the words go on to name, no alias of the project's city
_OF_A_NAME = re.compile(r"\s+of\s+[A-Z]")


def _a_city_named_after(m: "Mention", text: str) -> bool:
    return text[m.start:m.end].lower() == "the city" and bool(_OF_A_NAME.match(text, m.end))


# A place in brackets after a firm's name of two words or more: "Shandong Gold Mining (Hong Kong) has
# entered a Bid Implementation Agreement": the firm's arm there, whose name it is part of
# (not "The China (Qingdao) Pilot Free Trade Zone", a place's, nor "the Shanghai Cooperation
# Organisation (SCO)", the initials of the name before)
_NAME_BEFORE_BRACKET = re.compile(r"(?<![\w'’.-])(?:(?:The|In|At|A|An|For|From|With|By)\s+)?"
                                  r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){1,5})\s*\($")


# (a firm's name, not a city's: "Saint Petersburg (Russia)", "Los Angeles (US)")
_FIRM_WORD = re.compile(r"\b(?:Group|Co|Corp|Corporation|Company|Holdings?|Industr(?:y|ies)|Mining|Bank|Trading|"
                        r"Investments?|Development|Ports|Energy|Shipping|Logistics|Technolog(?:y|ies)|Electronics|Electric|Motors?|Steel|"
                        r"Chemicals?|Pharma\w*|Capital|Securities|Ltd|Limited|Inc|Tires?|Tyres?|Brewery|Enterprises?)\b")
# (the name ends with the bracket, or goes on with a firm's ending: "… (Qingdao) Co., Ltd."; not "(Qingdao)
# Pilot Free Trade Zone", a name going on)
_BRACKET_ENDS_A_FIRM_S_NAME = re.compile(r"\)(?:\s*(?:[a-z,;.:]|$)|\s+(?:Co|Ltd|Limited|Inc|Corp|LLC)\b)")


def _a_firm_s_bracketed_place(m: "Mention", text: str) -> bool:
    """Whether the mention is a place in brackets after a firm's name, one of the project's names in
    it or not ("Qingdao Port International Development (Hong Kong)"; not a fair's or an airport's:
    "Northeast Asia International Expo (Korea) pavilion")."""
    if not _BRACKET_ENDS_A_FIRM_S_NAME.match(text, m.end):
        return False
    before = _NAME_BEFORE_BRACKET.search(text, max(m.start - 80, 0), m.start)
    if not before:
        return False
    words = before["name"].split()
    initials = "".join(word[0] for word in words if word[0].isupper())
    return " ".join(text[m.start:m.end].split()) != initials and bool(_FIRM_WORD.search(before["name"]))


# A sector's word that names no business of it: living things ("a rich variety of marine life",
# "marine animals") and an institution's name ("Ocean University of China": its students and staff
# are no marine economy's)
_LIVING_THINGS_AFTER = re.compile(r"\s+(?:life(?!\s+sciences?\b)|species|animals?|creatures|mammals|biodiversity)\b")
# (a capitalised word of a school's or a research body's name: "Ocean University of China", "Equestrian
# Polo Cultural Industry Research and Development Center"; not a venue's or an office's, "Qingdao
# International Sailing Centre", "Customs Supervision Center", which do the sector's business)
_INSTITUTION_AFTER = re.compile(r"(?:\s+(?:[A-Z][\w&'’-]*|of|for)){0,6}?\s+(?:University|College|School|"
                                r"Research(?:\s+(?:and|&)\s+Development)?\s+(?:Center|Centre|Institute))\b")
_INSTITUTION_BEFORE = re.compile(r"\b(?:University|College|School|Academy|Institute)\s+of\s+"
                                 r"(?:[A-Z][\w'’-]*\s+(?:and\s+|&\s+)?){0,3}$")


def _names_no_business(m: "Mention", text: str) -> bool:
    return bool(_LIVING_THINGS_AFTER.match(text, m.end)
                or (text[m.start].isupper() and (_INSTITUTION_AFTER.match(text, m.end)
                                                 or _INSTITUTION_BEFORE.search(text, max(m.start - 60, 0), m.start))))


# "the SCO demonstration zone", "the Sino-Korean innovation park": a partner's name before a zone's
# or park's names a part of the city built for that partner, and the zone's own figures are the
# city's. The words between are a name's, not a clause's: no preposition or verb among them.
# ("the China-SCO Local Economic and Trade Cooperation Demonstration Area": "and" inside a name)
_ZONE_AFTER = re.compile(r"(?:\s+(?!(?:[Ii]n|[Oo]f|[Tt]o|[Ff]rom|[Ww]ith|[Aa]nd|[Bb]y|[Aa]t|[Ff]or|[Oo]n|is|are|"
                         r"was|were|has|have|had|will|the|a|an|its|their|this|that)\b)(?![a-z]+ed\b)"
                         r"[\w()'’-]+|\s+and(?=\s+[A-Z])){0,8}?\s+(?i:zone|park|ecopark|zones|parks|"
                         r"demonstration\s+areas?|pilot\s+areas?)\b")
# A firm's name holds words of fields: "Qingdao Tourism Group", "SCO (Qingdao) International
# Business, Travel and Culture Exchange Center Co., Ltd.": the firm is no sector (a port's or an
# airport's operator is its facility, and keeps it: "Qingdao Port Group").
_FIRM_NAME = re.compile(r"\b(?:[A-Z][\w'’&-]*,?\s+(?:\([A-Z][\w'’-]*\)\s+)?(?:and\s+)?){1,8}?"
                        r"(?:Group|Co\.|Company|Corporation|Holdings)(?!\s+(?:of|for)\b)")
_FACILITY = re.compile(r"(?:air)?port\b", re.IGNORECASE)
# "Going out" is the policy of firms investing abroad, not people going somewhere: "tourists
# going out of Qingdao", "going out for dinner"
_GOING_SOMEWHERE = re.compile(r"(?i:go(?:es|ing)?\s+out)(?=\s+(?:of|into|for|from|at|with|to\s+(?:the|a|an))\b)")

# A sector's place that only locates what is near it: "Industrial output from companies in the
# vicinity of Qingdao Port soared", "hotels near the airport" (the city's, not the port's)
_NEAR = re.compile(r"\b(?:in\s+the\s+vicinity\s+of|near(?:by)?|close\s+to|adjacent\s+to|next\s+to|"
                   r"around\s+the)\s+(?:the\s+)?$", re.IGNORECASE)

# Other words news uses for what an alias names: a figure of "foreign capital", of
# "foreign-invested enterprises" or of investment by "Fortune 500" companies measures foreign
# investment, and so do the "investment deals" and "investment projects" a place signs,
# whichever entity the project's entities.yaml gives "foreign investment" to (the
# README of benchmarks/news says so for the annotations); outbound contracts and cooperation are
# overseas investment's, aquatic products fishery's. Added
# only when the project has the alias on the left; the project's own aliases win.
_SYNONYMS = {
    "foreign investment": ("foreign capital", "foreign capitals", "foreign-invested",
                           "foreign invested", "foreign-funded", "overseas-funded",
                           "foreign companies", "foreign firms", "foreign enterprises", "foreign fund",
                           "foreign-owned", "foreign funds", "overseas funds",
                           "overseas-backed", "foreign-backed", "Fortune 500", "Fortune Global 500",
                           "Global Fortune 500", "World Fortune 500", "world's top 500",
                           "world’s top 500",
                           # deals and projects a place signs to attract investment
                           "investment deals", "investment projects", "investment agreements",
                           "signed contracts for",
                           # investment a place draws from home and abroad ("149 domestic and
                           # overseas investment projects"): not its firms' investment abroad
                           "domestic and overseas investment", "domestic and foreign investment",
                           "domestic and foreign-funded", "domestic and overseas-funded"),
                           # ("key projects with a total investment of"
                           # a city plans are its construction, no investment attracted)
    "fishery": ("aquatic products", "aquatic product", "aquaculture"),
    # what banks hold and lend is finance's; hotels, sights and travel agents are tourism's
    "finance": ("deposit", "deposits", "loan", "loans"),
    "tourism": ("hotel", "hotels", "scenic area", "scenic areas", "scenic spot", "scenic spots",
                "travel agent", "travel agents", "travel agency", "travel agencies", "tour guide",
                "tour guides", "places of interest", "tourist attractions"),
    "overseas investment": ("invested overseas", "invest overseas", "invests overseas",
                            "investing overseas", "invested abroad", "investing abroad",
                            "investment overseas", "investments overseas", "investment abroad",
                            # (not "overseas plants", which may be a foreign firm's in the city)
                            "factories abroad", "plants abroad",
                            # the official statistics' names for outbound business
                            "outbound direct investment", "outbound non-financial investment",
                            "non-financial outbound investment", "non-financial direct investment",
                            "foreign economic and technological cooperation",
                            "foreign economic and technical cooperation",
                            "overseas contracted projects", "foreign contracted projects",
                            "overseas project", "overseas projects", "projects abroad",
                            "overseas economic and trade cooperation zone",
                            "overseas economic and trade cooperation zones",
                            # contracting and labour sent abroad, and the policy's own names
                            "foreign contract projects", "overseas contract projects",
                            "international contractors", "labor cooperation", "labour cooperation",
                            "labor service cooperation", "labour service cooperation",
                            "going out", "go global", "going global"),
    # students and graduates who come back from abroad are talent's
    "talent": ("returnees", "returnee", "overseas students", "returning students",
               "returned students", "overseas-educated", "overseas graduates"),
}
# Projects and firms a place draws, and the investment they bring, are investment promotion's
# (foreign investment's entity, as the synonyms above), wherever they come from: "40 new projects
# … were signed", "112 enterprises and projects coming in", "deals with total contracted
# investment of". Not projects a place plans or builds itself ("325 key projects", "launched 65
# major projects"), nor a sector's own ("five ports projects").
_INVESTMENT_DRAWN = re.compile(
    # (not new projects a place builds: "155 new projects … have started construction in the new area")
    r"\b(?:(?:newly\s+signed|signed|introduced)\s+projects?"
    r"|(?:new|industrial)\s+projects?(?!\s+construction\b)"
    r"(?!(?:(?!,\s*(?:and|while|but|whereas)\b)[^.;]|\.(?=\d)){0,80}?\b(?:started|starting|began|begun|commenced|"
    r"broke\s+ground)\s+construction\b)"
    r"|projects?\s+(?:(?:were|was|have\s+been|has\s+been)\s+)?(?:signed|introduced|attracted|coming\s+in)"
    r"|enterprises\s+and\s+projects|contract(?:ed|ual)\s+investments?"
    # "witnessed the signing of 105 projects with a total investment of …"
    r"|signing\s+of(?=\s+(?:[\w,.]+\s+){0,3}?projects?\b)"
    # "inked deals totaling $2.34 billion for 13 key projects at a signing ceremony"
    # (not deals to sell or buy, "signed export deals", nor "projects" as a verb: "… and projects
    # its exports to double")
    r"|(?:inked|signed|clinched|sealed)\s+(?:(?!(?:export|import|supply|sales?|purchase|procurement|trade|"
    r"trading|order|lease|leasing)\b)\w+\s+){0,2}?deals\b"
    r"(?=(?:[^.;]|\.(?=\d)){0,80}?\bprojects?\b(?!\s+(?:its|their|his|her|that|a|an|the|to)\b))"
    # projects from abroad that come to the place: "113 overseas projects already approved to settle in Shandong"
    r"|(?:overseas|foreign)\s+projects?\s+(?:[a-z]+\s+){0,3}?(?:to\s+)?(?:settle[sd]?|settling|land(?:s|ed)?)\s+in"
    r"|attract(?:s|ed|ing)?\s+investment|investment\s+attraction)\b", re.IGNORECASE)
# (nor new projects whose construction the words before tell of: "Construction on 40 new industrial
# projects … kicked off")
_NEW_PROJECTS = re.compile(r"(?i:new|industrial)\b")
_BUILT_BEFORE = re.compile(r"\b(?i:construction\s+(?:on|of)|building\s+of|(?:to\s+)?build)\s+(?:[\w,.$()-]+\s+){0,4}$")
# "the industry", "this sector": a sector named again (not "the financial sector", which names
# its own), within a paragraph or so of where it was named; not the first word of a compound
# ("the industry supporting zone", "the industry chain": industry in general).
_SECTOR_AGAIN = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:industry|sector)\b(?!\s+(?:of|in|chains?|parks?|"
                           r"zones?|clusters?|associations?|supporting|bases?|structure)\b)")
_SECTOR_AGAIN_REACH = 600
# … not the field a superlative ranks in: "its tractors unit experienced the highest growth rate in
# the industry" (the trucks' industry, not the sector named before)
_BEST_IN = re.compile(r"\b(?i:the\s+(?:highest|fastest|largest|biggest|best|strongest))\b[\w\s-]{0,40}\b(?i:in|within|among)\s+$")
# Lower is preferred. Kinds come from facts/entities.yaml (country, region, group, sector, city).
_PRIORITY = {"country": 0, "region": 0, "group": 0, "partner": 0, "sector": 1, "city": 2}


# Between a figure and the counterpart it is from, to or with: " from ", " of goods to the ".
_OWN_COUNTERPART = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:from|to|with)\s+(?:the\s+)?")
# … and the partner right after it that says where it is: "… 80 percent in South Korea, 55 percent in
# Russia" (not the city: "top 100 private enterprises in Qingdao" ranks a district's firms)
_OWN_PARTNER_S_PLACE = re.compile(r"\s+in\s+(?:the\s+)?")
# Between a name and the figure it has: " with ", " at ", " enterprises with " ("10,000 Korean
# enterprises with US$11.4 billion and 2,247 Japanese enterprises with US$2.6 billion").
_NAME_WITH = re.compile(r"\s+(?:[a-z-]+\s+)?(?:with|at)\s+")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    slug: str
    note: str = ""  # how the name stands for the slug, when not by itself ("a zone of the city")


# A firm's own headquarters or funds: "the tyre maker's facility and new headquarters in Qingdao",
# "headquarters of Haier Europe", "funds the company is drawing on" (not "regional headquarters"
# a city draws, nor "guiding funds")
_FIRM_S_OWN = re.compile(r"(?i:headquarters|funds?)$")
_OWNER_BEFORE = re.compile(r"\b(?P<owner>[\w-]+)['’]s\s+(?:[\w-]+\s+(?:and\s+)?){0,3}$")
_OWNER_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?[A-Z]|(?:that\s+|which\s+)?(?:the\s+(?:company|firm|group)|it)\s+(?:is|was|has|will)\b)")


def _a_firm_s_own(m: "Mention", text: str, names: Collection[str]) -> bool:
    """(the owner not a place: "Qingdao's regional headquarters", "the city's funds" are the sector's)"""
    if not _FIRM_S_OWN.match(text, m.start, m.end):
        return False
    owner = _OWNER_BEFORE.search(text, max(m.start - 60, 0), m.start)
    return bool(owner and owner["owner"] not in names and owner["owner"].lower() not in _PLACE_WORDS) \
        or bool(_OWNER_AFTER.match(text, m.end)) \
        or bool(_ITS_SEAT.search(text, max(m.start - 12, 0), m.end) and _IN_A_PLACE.match(text, m.end))


_ITS_SEAT = re.compile(r"\b(?:its|their)\s+headquarters$")  # "announced … at its headquarters in Weifang"
_IN_A_PLACE = re.compile(r"\s+in\s+[A-Z]")


_PLACE_WORDS = {"city", "province", "country", "nation", "region", "zone", "area", "district", "government"}


class SubjectFinder:
    """Entity mentions of one text, and the subject guess for a figure."""

    def __init__(self, text: str, aliases: Mapping[str, str],
                 kinds: Mapping[str, str] | None = None, parts: Collection[str] = (), firms: Collection[str] = ()):
        self.kinds = dict(kinds or {})
        # "a port city", "industrial and tourism cities": a sector's name that says what kind
        # of place a city is names the city, not the sector
        firm_name_spans = [m.span() for m in _FIRM_NAME.finditer(text)]
        self.mentions = [m for m in _find_mentions(text, with_synonyms(aliases))
                         if not (self.kinds.get(m.slug) == "sector" and (
                             _CITY_AFTER.match(text, m.end) or _in_firm_name(m, text, firm_name_spans)
                             or _names_no_business(m, text)
                             or _GOING_SOMEWHERE.match(text, m.start)
                             or _NEAR.search(text, max(m.start - 30, 0), m.start)
                             or _a_firm_s_own(m, text, aliases)))
                         and not _STREET_AFTER.match(text, m.end)
                         and not _a_firm_s_bracketed_place(m, text)
                         and not _a_city_named_after(m, text)]
        self.mentions = _with_sectors_named_again(self.mentions, text, self.kinds)
        self.mentions = _with_events_named_again(self.mentions, text, self.kinds)
        self.mentions = _with_investment_drawn(self.mentions, text, with_synonyms(aliases))
        city = next((slug for slug, kind in self.kinds.items() if kind == "city"), None)
        if city:
            firms = frozenset(firms)
            self.mentions = [_as_zone_of(m, city, text, firms) if self._rank(m.slug) == 0
                             else _as_part_of(m, text) if m.slug == city else m
                             for m in self.mentions]
            self.mentions = _with_parts_named_again(self.mentions, text, city, aliases, parts)
            self.mentions = _the_city_as_the_part_called_so(self.mentions, text, city)
        self._starts = [m.start for m in self.mentions]
        self.text = text

    def ignore(self, spans: list[tuple[int, int]]) -> None:
        """Forget mentions inside these spans (figures: "US" in "US$5.5 billion")."""
        spans = sorted(spans)
        starts = [s for s, _ in spans]
        self.mentions = [m for m in self.mentions if not _inside(m, spans, starts)]
        self._starts = [m.start for m in self.mentions]

    def subject_for(self, start: int, end: int, windows: list[tuple[int, int]]) -> str | None:
        """The subject of a figure at [start, end): from the first window (its sentence, then its
        paragraph) that names an entity."""
        found = self.mention_for(start, end, windows)
        return found[0].slug if found else None

    def mention_for(self, start: int, end: int, windows: list[tuple[int, int]],
                    skip: list[tuple[int, int]] = ()) -> tuple[Mention, int] | None:
        """The mention that makes the subject, and the index of the window it is in. In the
        figure's own sentence a partner goes before a sector before the city; before it, the
        entity named last is the one the text goes on about. Mentions inside `skip` spans do not
        count."""
        inside = _within(skip)
        for index, (lo, hi) in enumerate(windows):
            if index == 0:
                found = [m for m in self._between(lo, hi) if not inside(m)]
                if found:
                    return min(found, key=lambda m: (self._rank(m.slug), self._distance(m, start, end))), index
                continue
            # (before the sentence, the last one named: read from the end, so a long paragraph full
            # of names is not read through for each of its figures)
            last = next((m for m in reversed(self._between(lo, hi)) if not inside(m)), None)
            if last and self._only_locates(last):
                # (the last name before only locates something — "…, which is located in Qingdao." —
                # no subject, nor one named further back)
                return None
            if last:
                return last, index
        return None

    def _only_locates(self, m: Mention) -> bool:
        """Whether a mention of the city only says where something else is ("which is located in
        Qingdao", "based in Qingdao")."""
        return self.kinds.get(m.slug) == "city" and bool(
            _LOCATED_IN.search(self.text, max(m.start - 40, 0), m.start))

    def _distance(self, m: Mention, start: int, end: int) -> int:
        """How far a mention is from a figure; the counterpart the figure's own preposition
        names ("8 from South Korea", "exports of 5 billion yuan to Japan") is nearest."""
        if m.start >= end and (_OWN_COUNTERPART.fullmatch(self.text, end, m.start) or (
                self._rank(m.slug) == 0 and _OWN_PARTNER_S_PLACE.fullmatch(self.text, end, m.start))):
            return 0
        if m.end <= start and _NAME_WITH.fullmatch(self.text, m.end, start):
            return 0  # "South Korea with 9 percent and Singapore with 6 percent"
        return _distance(m, start, end)

    def mentions_between(self, lo: int, hi: int) -> list[Mention]:
        """The mentions that start in [lo, hi)."""
        return self._between(lo, hi)

    def names_between(self, lo: int, hi: int) -> bool:
        """Whether an entity is named in [lo, hi)."""
        return bool(self._between(lo, hi))

    def _between(self, lo: int, hi: int) -> list[Mention]:
        i = bisect.bisect_left(self._starts, lo)
        j = bisect.bisect_left(self._starts, hi)
        return self.mentions[i:j]

    def _rank(self, slug: str) -> int:
        return _PRIORITY.get(self.kinds.get(slug, "partner"), 0)


def _with_sectors_named_again(mentions: list[Mention], text: str,
                              kinds: Mapping[str, str]) -> list[Mention]:
    """"… growing the tourism industry into a pillar. This year, the industry's revenues …":
    "the industry" and "the sector" name again the sector named last before them."""
    added = []
    for m in _SECTOR_AGAIN.finditer(text):
        if _BEST_IN.search(text, max(m.start() - 60, 0), m.start()):
            continue
        named = [n for n in mentions if kinds.get(n.slug) == "sector"
                 and m.start() - _SECTOR_AGAIN_REACH <= n.start and n.end <= m.start()]
        if named:
            added.append(Mention(m.start(), m.end(), named[-1].slug,
                                 f"('{m[0]}': the sector named before)"))
    return sorted(mentions + added, key=lambda n: (n.start, -n.end)) if added else mentions


# "the festival", "this year's event": an event named again, after the event a sector's name is
# (facts/entities.yaml may give "Beer Festival" to tourism): "The drinking areas of the event total
# 50,000 square meters" is that festival's.
_EVENT_AGAIN = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]his\s+year['’]s|[Tt]he\s+\d+(?:st|nd|rd|th)?|[Tt]he\s+annual)\s+"
                          r"(?:festival|event|fair|expo|exposition|carnival|regatta)\b(?!\s+(?:of|in|at)\b)")
_EVENT_NAME = re.compile(r"(?i:festival|fair|expo|exposition|carnival|regatta)$")
_EVENT_AGAIN_REACH = 3000


def _with_events_named_again(mentions: list[Mention], text: str, kinds: Mapping[str, str]) -> list[Mention]:
    added = []
    for m in _EVENT_AGAIN.finditer(text):
        named = [n for n in mentions if kinds.get(n.slug) == "sector" and _EVENT_NAME.search(text[n.start:n.end])
                 and m.start() - _EVENT_AGAIN_REACH <= n.start and n.end <= m.start()]
        if named:
            added.append(Mention(m.start(), m.end(), named[-1].slug, f"('{m[0]}': the event named before)"))
    return sorted(mentions + added, key=lambda n: (n.start, -n.end)) if added else mentions


def _with_investment_drawn(mentions: list[Mention], text: str,
                           aliases: Mapping[str, str]) -> list[Mention]:
    """Projects a place draws ("40 new projects … were signed") and overseas investment it draws in
    (`_OVERSEAS_INVESTMENT_DRAWN`) as mentions of the entity the project gives foreign investment
    to, where no other name covers them; a name of the same words ("overseas investment" as
    investment abroad) gives way."""
    slug = {name.lower(): slug for name, slug in aliases.items()}.get("foreign investment")
    if not slug:
        return mentions
    drawn = [Mention(m.start(), m.end(), slug, "(projects a place draws)")
             for m in _INVESTMENT_DRAWN.finditer(text)
             if not (_NEW_PROJECTS.match(m[0]) and _BUILT_BEFORE.search(text, max(m.start() - 60, 0), m.start()))]
    drawn += [Mention(*m.span("name" if m["name"] else 0), slug, "(overseas investment a place draws)")
              for m in _OVERSEAS_INVESTMENT_DRAWN.finditer(text)]
    named = {" ".join(name.split()) for name in aliases}
    drawn += [Mention(m.start(), m.end(), slug, f"(investment from {place}, which no entity stands for)")
              for m in _invested_from_abroad().finditer(text)
              if (said := m["place"] or m["place2"]) not in named and (place := _places_abroad()[said]) not in named
              and not (m["place"] and _done_there(place, text, m.start()))]
    if not drawn:
        return mentions
    spans = {(m.start, m.end) for m in drawn}
    mentions = [m for m in mentions if (m.start, m.end) not in spans]
    return _without_nested(sorted(mentions + drawn, key=lambda n: (n.start, -n.end)))


# Investment from a place abroad the project has no entity for is foreign investment: "104
# Taiwan-funded projects", "Taiwanese investors", "contracted Taiwan funds" (not "Cambodian
# investments" or "Vietnam investments" alone, which may be money going there, nor "the
# Italian-owned maker Candy" a city firm buys, nor "New Jersey investors")
@functools.cache
def _invested_from_abroad() -> re.Pattern:
    places = "|".join(map(re.escape, _places_abroad()))
    return re.compile(rf"(?<![\w-])(?<!New\s)(?=[A-Z])(?:(?P<place>{places})(?:-(?:funded|invested)|\s+investors?)"
                      rf"|(?:(?<=contracted\s)|(?<=utilized\s)|(?<=utilised\s))(?P<place2>{places})\s+(?:funds|capital|investments?))\b")


def _done_there(place: str, text: str, at: int) -> bool:
    """Whether the words of their sentence before investors from a place put a site in that place:
    "Hisense's plant in Mexico, built with Mexican investors" (partners abroad, not investment drawn
    in; not "After a forum in Thailand, Thai investors put …", nor "…, a forum in Mexico heard" after them)."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), at - 200, 0)
    return re.search(rf"\b(?:plants?|factor(?:y|ies)|facilit(?:y|ies)|projects?|parks?|bases?|mines?|operations?|"
                     rf"ventures?)\s+in\s+(?:the\s+)?{re.escape(place)}\b", text[start:at]) is not None


@functools.cache
def _places_abroad() -> dict[str, str]:
    """{a country's name or its people's adjective: the country's name}, longest first (Taiwan
    too, which the countries leave out)."""
    places = {name: name for name in (*names_of_places_abroad(countries_only=True), "Taiwan")}
    places.update((adjective, name) for adjective, name in COUNTRY_OF_ADJECTIVE.items() if name in places)
    return dict(sorted(places.items(), key=lambda item: (-len(item[0]), item[0])))




# "Overseas investment" a place draws in is foreign investment, not its firms' investment
# abroad: what it "introduced", "attracted", "utilized", "made use of", "brought in" or set up
# agencies "to draw in", and the overseas investment "in this … province". (Not "in Africa", nor
# "in H1": only the text's own place.)
_OVERSEAS_INVESTMENT_DRAWN = re.compile(
    # (words between of a figure or a kind, no sentence's end, no "to" nor a verb of urging, and no "by",
    # "of" or "from" after: "introduced new measures to encourage overseas investment by local firms"
    # is investment abroad)
    r"\b(?:(?:introduc|attract|absorb|utili[sz])\w*|ma(?:de|ke|kes|king)\s+use\s+of|draw(?:s|n|ing)?\s+in"
    r"|drew\s+in|br(?:ing|ings|inging|ought)\s+(?:along|in))\s+"
    r"(?:(?!(?:to|encourage\w*|support\w*|promot\w*|boost\w*|guid\w*|help\w*)\b)(?:\d[\d.,]*\d|[\w$-]+)\s+){0,6}?"
    r"(?P<name>(?:direct\s+)?overseas\s+investments?)\b(?!\s+(?:by|of|from)\b)"
    # (its own place, in lower case: not "in the Suez economic zone", "in the Asia-Pacific region")
    r"|\b(?:direct\s+)?overseas\s+investments?(?=\s+in\s+(?:this|the)\s+(?:(?-i:[a-z])[\w-]*\s+){0,4}?"
    r"(?:province|city)\b)", re.IGNORECASE)


def _as_zone_of(m: Mention, city: str, text: str, firms: Collection[str]) -> Mention:
    """A partner's name that begins a zone's or park's name, as a mention of the city; not
    after a firm's name ("the Hisense South Africa Industrial Park", "Ruyi Group Shandong-Pakistan
    Industrial Park": the firm's park in that country). Only a known firm, or a name ending as a
    firm's does, owns a park: "the West Coast Sino-German Ecopark" is the city's."""
    zone = _ZONE_AFTER.match(text, m.end)
    owner = _PARK_OWNER.search(text, max(m.start - 40, 0), m.start) if zone else None
    if owner and (owner["word"] in firms or owner["word"] in _FIRM_ENDINGS):
        return m
    return Mention(m.start, m.end, city, f"(in '{' '.join(zone[0].split())}', a part of the city)") \
        if zone else m


_FIRM_ENDINGS = {"Group", "Company", "Corporation", "Holdings", "Co", "Ltd"}
# The capitalised word before a partner's name in a park's name, and before a place joined to it
# ("Group Shandong-Pakistan")
_PARK_OWNER = re.compile(r"(?<![\w'’-])(?P<word>[A-Z][\w&'’]*)\s+(?:[A-Z][\w]*[-–])?$")


# The city's name opening the name of a part of it: "Qingdao West Coast New Area", "Qingdao
# Hi-tech Zone". The figures of a text going on about that part are the part's, not the city's.
_PART_AFTER = re.compile(r"(?:\s+(?:\([A-Z][\w'’-]*\)|[A-Z][\w'’-]*)){0,5}?\s+(?:New\s+Area|District|"
                         r"(?:[A-Z][\w'’-]*\s+)?Zone|(?:[A-Z][\w'’-]*\s+)?Park|Ecopark|County)\b")


# A part's name that opens a sentence ("The Qingdao West Coast New Area had …", "In Qingdao
# Hi-tech Zone, …"): what the sentence, and the text after it, is about. (Not one named further
# on, "… put under Qingdao National Hi-tech Industrial Development Zone", nor inside a longer
# name, "Max Qingdao Hi-tech Park".)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]['’”\"]?\s+|\n)[\s\u3000]*(?:(?:The|In|At)\s+)?$")
# ("In the first three quarters of 2021, the GDP of Qingdao West Coast New Area totaled …": a
# measure of the part, which the text goes on about)
_MEASURE_OF = re.compile(r"(?:^|[.!?,]\s+|\n)(?:[Tt]he\s+)?(?:[\w-]+\s+){0,2}(?:GDP|output|exports?|imports?|trade|"
                         r"revenues?|investment|economy|value|volume|sales|population|income|throughput)"
                         r"\s+of\s+(?:the\s+)?$"  # (not "a resident of Qingdao Shinan District")
                         # ("Since its establishment in 2014, the Qingdao West Coast New Area has …": a
                         # main clause's subject after an opening phrase)
                         r"|^[\s\u3000]*(?:Since|In|By|After|Over|During)\b[^.!?\n]{0,60},\s+(?:the\s+)?$", re.MULTILINE)


def _as_part_of(m: Mention, text: str) -> Mention:
    """The city's name that begins a part's name and opens its sentence, noted as that part's."""
    part = _PART_AFTER.match(text, m.end)
    if not part or not (_OPENS_SENTENCE.search(text, max(m.start - 40, 0), m.start)
                        or _MEASURE_OF.search(text, max(m.start - 60, 0), m.start)):
        return m
    return Mention(m.start, m.end, m.slug, part_note(text[m.start:part.end()]))


def part_note(name: str) -> str:
    """How a mention notes the part of the city it names; `noted_part` reads it back."""
    return f"(the part of the city named '{name}')"


_PART_NOTED = re.compile(r"\(the part of the city named '(?P<name>[^']+)'\)")


def noted_part(reason: str) -> str | None:
    """The part of the city a mention's note (or a subject reason holding it) names, or None."""
    noted = _PART_NOTED.search(reason)
    return " ".join(noted["name"].split()) if noted else None


def without_part_note(reason: str) -> str:
    """A subject reason with its part's note taken out (the figure is the whole city's)."""
    return _SPACED_PART_NOTE.sub("", reason)


def named_part(reason: str) -> tuple[str, str] | None:
    """(the words that named it, the part) of a subject reason "'Jiaozhou' (the part of the city
    named 'Jiaozhou') named …", or None."""
    named = _NAMED_PART.search(reason)
    return (named["word"], named["name"]) if named else None


_SPACED_PART_NOTE = re.compile(r"\s*" + _PART_NOTED.pattern)
_NAMED_PART = re.compile(r"'(?P<word>[^']+)' " + _PART_NOTED.pattern)


# What a part of the city does as its sentence's subject: "Licang is home to", "Jimo attracted",
# "Pingdu city, meanwhile, hosted a … demonstration"
PART_ACTS = (r"(?:(?:also|now)\s+)?(?:is\s+(?:(?:also|now)\s+)?home\s+to|boasts|hosts|hosted|houses|has|had|saw|"
             r"attracted|received|recorded|registered|reported|achieved|handled|posted|exported|imported|signed|"
             r"introduced|gathered|cultivated|built|established|set\s+up|held|organi[sz]ed|launched|opened)\b")
PART_ACTING = (r"(?:\s+(?:[Cc]ity|[Dd]istrict|[Cc]ounty))?(?:,\s+(?:meanwhile|also|too|however|in\s+turn),)?"
               rf"\s+{PART_ACTS}")


# A district or county the text places in the city: "Jimo District, Qingdao", "Laixi District,
# Qingdao City", "the Huangdao district of Qingdao", "Qingdao's Chengyang District"
_PART_WORD = r"[A-Z][a-z]+"
_PART_KIND = r"(?:[Dd]istrict|[Cc]ounty|[Cc]ounty-level\s+[Cc]ity)"


def _with_parts_named_again(mentions: list[Mention], text: str, city: str,
                            aliases: Mapping[str, str], known: Collection[str] = ()) -> list[Mention]:
    """The city's mentions where the text names one of its districts (one the project lists as
    the city's `parts`, or one the text places in the city) by its name alone ("Jimo clothing
    market is …", "Jiaozhou City, Shandong Province"): the district's figures are the city's,
    noted as that part's."""
    names = "|".join(sorted((re.escape(a) for a, slug in aliases.items() if slug == city and a[:1].isupper()),
                            key=len, reverse=True))
    if not names:
        return mentions
    placed = re.finditer(rf"\b(?P<part>{_PART_WORD})\s+{_PART_KIND}\s*(?:,\s*|\s+of\s+)(?:{names})\b"
                         rf"|\b(?:{names})['’]s\s+(?P<part2>{_PART_WORD})\s+{_PART_KIND}", text)
    parts = ({m["part"] or m["part2"] for m in placed} | set(known)) - set(aliases) - NOT_A_FIRM
    if not parts:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    # (not inside another name: "the West Coast New District", "Li Jimo", "Jimo Textile Group")
    again = [Mention(m.start(), m.end(), city, part_note(m[0]))
             for m in _part_names(parts).finditer(text) if not any(a <= m.start() < b for a, b in taken)
             and not _NAME_BEFORE.search(text, max(m.start() - 30, 0), m.start()) and not _NAME_AFTER.match(text, m.end())
             and not _a_person_s(text, m)]
    return sorted(mentions + again, key=lambda m: (m.start, -m.end))


def _the_city_as_the_part_called_so(mentions: list[Mention], text: str, city: str) -> list[Mention]:
    """"the city" after a part of the city the text calls a city ("Laixi, a county-level city in
    Qingdao, … In the first three quarters of 2020, the city's gross industrial output …"): that
    part, until the text names the city or another part again."""
    result, called = [], None
    for m in mentions:
        part = noted_part(m.note) if m.slug == city else None
        if m.slug != city or _WHERE_IT_IS.search(text, max(m.start - 40, 0), m.start):
            pass  # (another entity, or "a county-level city in Qingdao": where the part is, no naming of the whole)
        elif part and (_CALLED_A_CITY.match(text, m.end) or text[m.start:m.end].lower().endswith(" city")):
            called = part
        elif called and not part and _THE_CITY.fullmatch(text, m.start, m.end):
            m = Mention(m.start, m.end, m.slug, part_note(called))
        elif part != called:
            called = None
        result.append(m)
    return result


_CALLED_A_CITY = re.compile(r"(?:,\s+an?\s+(?:county-level\s+)?city\b|\s+[Cc]ity\b)")
_WHERE_IT_IS = re.compile(r"\ban?\s+(?:[\w-]+\s+)?city\s+(?:in|of|under)\s+$")
_THE_CITY = re.compile(r"[Tt]he\s+city")
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]*\s+$")
# a capitalised word right before a possessive, even opening a sentence: a person's name ("Li Jimo's
# company"), unless a word that opens sentences ("In Jimo's", "The Jimo's")
_WORD_BEFORE = re.compile(r"\b(?P<word>[A-Z][\w'’-]*)\s+$")
_OPENING_WORDS = frozenset("The In At On For By From With And But While As Of To This That These Last Since "
                           "During After Before Meanwhile Overall Also Now Today".split())


def _a_person_s(text: str, m: re.Match) -> bool:
    """Whether a part's name in its possessive follows a name, as a person's does ("Wang Laoshan's
    restaurant")."""
    if not re.match(r"['’]s\b", text[m.end():m.end() + 2]):
        return False
    before = _WORD_BEFORE.search(text, max(m.start() - 30, 0), m.start())
    return bool(before) and before["word"] not in _OPENING_WORDS
_NAME_AFTER = re.compile(r"\s+[A-Z]")


def _part_names(parts: Collection[str]) -> re.Pattern:
    """A part's name with the kind of place after it, if written ("Jiaozhou City", "Jimo District")."""
    names = "|".join(_alias_pattern(p) for p in sorted(parts, key=len, reverse=True))
    # (its possessive too, "Jimo's GDP"; not a word it begins, "Jimo-based", "Jimo'an")
    return re.compile(rf"\b(?:{names})(?:\s+(?:{_PART_KIND}|City|New\s+Area))?\b(?!-|['’](?!s\b))")



def with_synonyms(aliases: Mapping[str, str]) -> dict[str, str]:
    """The aliases and, for each alias `_SYNONYMS` knows (in any case), its other words."""
    lowered = {name.lower(): slug for name, slug in aliases.items()}
    extra = {word: lowered[name] for name, words in _SYNONYMS.items() if name in lowered
             for word in words}
    return {**extra, **aliases}


def _find_mentions(text: str, aliases: Mapping[str, str]) -> list[Mention]:
    cased = [a for a in aliases if a != a.lower()]
    uncased = [a for a in aliases if a == a.lower()]
    mentions = []
    for names, flags in ((cased, 0), (uncased, re.IGNORECASE)):
        if not names:
            continue
        pattern = "|".join(_alias_pattern(a) for a in sorted(names, key=len, reverse=True))
        lookup = {(" ".join(a.split()) if flags == 0 else " ".join(a.lower().split())): aliases[a]
                  for a in names}
        # hyphens bound names too: "China-Japan" and "Qingdao-Israel" name Japan and Israel
        plural = "(?:s|es)?" if flags else ""  # "outbound investments", "ports"
        # ("non-financial" names what is not finance)
        for m in re.finditer(rf"(?<!\w)(?<!\bnon-)(?:{pattern}){plural}(?!\w)", text, flags):
            key = " ".join(m[0].split())
            slug = lookup.get(key if flags == 0 else key.lower()) or \
                lookup.get(re.sub(r"e?s$", "", key.lower())) or lookup.get(key.lower()[:-1])
            if slug:
                mentions.append(Mention(m.start(), m.end(), slug))
    return _without_nested(sorted(mentions, key=lambda m: (m.start, -m.end)))


def _alias_pattern(alias: str) -> str:
    """An alias whose words may be broken across lines."""
    return r"\s+".join(re.escape(word) for word in alias.split())


def _without_nested(mentions: list[Mention]) -> list[Mention]:
    """Drop a mention inside a longer one ("Qingdao" inside "Qingdao Customs")."""
    kept: list[Mention] = []
    for m in mentions:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


def _in_firm_name(m: Mention, text: str, firms: list[tuple[int, int]]) -> bool:
    """Whether a sector's name is a word of a firm's name (not a port's or airport's operator)."""
    return (any(a <= m.start and m.end <= b for a, b in firms)
            and not _FACILITY.search(text, m.start, m.end))


def _within(spans: list[tuple[int, int]]):
    """A test of whether a mention lies wholly inside one of `spans`, in a number of steps that
    grows with their logarithm (a price of one share skips every partner of its paragraph)."""
    spans = sorted(spans)
    starts, reach = [a for a, _ in spans], list(itertools.accumulate((b for _, b in spans), max))
    return lambda m: (i := bisect.bisect_right(starts, m.start)) > 0 and reach[i - 1] >= m.end


def _inside(m: Mention, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect.bisect_right(starts, m.end - 1) - 1
    return any(s < m.end and e > m.start for s, e in spans[max(i - 1, 0):i + 1])


def _distance(m: Mention, start: int, end: int) -> int:
    return start - m.end if m.end <= start else max(m.start - end, 0)


# A partner's firm the text introduces: "South Korea's Kumho Tire", "German carmaker Volkswagen",
# "ElringKlinger Plastics Technology (Qingdao) Co., Ltd., a German-invested plastics producer".
# A later sentence naming the firm ("Kumho alone is targeting …") names that partner.
KIND_OF_FIRM = (r"(?:company|firm|group|giant|maker|producer|manufacturer|supplier|carmaker|automaker|"
                 r"conglomerate|retailer|enterprise|corporation|chipmaker|shipbuilder|brewer|tyre\s+maker|"
                 r"tire\s+maker)")
_BACKED = r"(?:-(?:invested|funded|owned|based|backed|headquartered))?"
# (after "a": an adjective at most, not "a supplier to German carmaker BMW")
_FIRM_ADJECTIVE = r"(?:(?:leading|major|large|big|well-known|renowned|wholly|famous|top|global)\s+)?"
_NAME_WORD = r"[A-Z][\w&'’-]*"
_NAME_RUN = rf"{_NAME_WORD}(?:(?:\s+|\s*[(),.]+\s*)(?:{_NAME_WORD}|\([^()\n]{{1,30}}\)))*"
# A possessive names a firm only when a word of a firm's name follows ("Korea's Kumho Tire", not
# "Russia's Putin", "Japan's April exports", "Korea's Industry Minister")
_FIRM_NAME_END = (r"(?:Tire|Tyre|Tires|Tyres|Group|Co\b\.?|Corp\b\.?|Corporation|Inc\b\.?|Ltd\b\.?|Limited|Motors?|"
                  r"Electronics|Electric|Steel|Chemicals?|Shipping|Lines|Airlines?|Holdings|Industries|Heavy|"
                  r"Energy|Pharma\w*|Telecom|Mobile|Systems|Technolog(?:y|ies)|Automotive|Engineering|AG|GmbH|SE|"
                  r"SA|plc|PLC|Co\.,?)")
# Capitalised words that open no firm's name, or are common in other names
NOT_A_FIRM = frozenset(
    "The A An This That These Its Their President Prime Minister Ministry Embassy Ambassador Consul "
    "Consulate Government Foreign Trade Economy Economic National Central Federal Deputy Vice "
    "Chancellor King Queen Prince Princess Premier Parliament Chamber Association Council Agency Department "
    "Office City Province State Capital Port Customs Bureau Commission Institute University Statistics "
    "Total Exports Imports Investment GDP In On At By For From With And Or But As It First General "
    "Global World International Pacific Atlantic Asia Asian Europe European Continental New North South "
    "East West Industry January February March April May June July August September October November "
    "December".split())


def partner_firms(text: str, aliases: Mapping[str, str], kinds: Mapping[str, str],
                  own: Collection[str] = ()) -> dict[str, str]:
    """{a firm's first word: the partner slug} for each firm of a partner (a country or a group of
    them) the text introduces as that partner's; the word must name nothing else, and no firm of
    the city's own (`own`: "Hisense Hitachi …, a Japanese-invested maker" is no Japanese Hisense)."""
    partners = sorted((a for a, slug in aliases.items() if a[:1].isupper()
                       and kinds.get(slug) in ("country", "group", "region")), key=len, reverse=True)
    if not partners:
        return {}
    names = "|".join(_alias_pattern(a) for a in partners)
    possessive = rf"(?<![\w-])(?P<partner>{names})['’]s\s+(?P<firm>{_NAME_WORD})(?:\s+{_NAME_WORD}){{0,2}}?\s+{_FIRM_NAME_END}"
    kind_before = rf"(?<![\w-])(?P<partner>{names}){_BACKED}\s+{_FIRM_ADJECTIVE}{KIND_OF_FIRM}\s+(?P<firm>{_NAME_WORD})"
    kind_after = rf",\s+an?\s+{_FIRM_ADJECTIVE}(?P<partner>{names}){_BACKED}\s+(?:[\w-]+\s+){{0,3}}?{KIND_OF_FIRM}\b"
    found: dict[str, str] = {}
    for pattern in (possessive, kind_before):
        for m in re.finditer(pattern, text):
            found.setdefault(m["firm"], aliases[" ".join(m["partner"].split())])
    for m in re.finditer(kind_after, text):
        head = re.search(rf"({_NAME_RUN})\.?\s*$", text[max(m.start() - 160, 0):m.start()])
        if head:
            found.setdefault(head[1].split()[0].strip("(),."), aliases[" ".join(m["partner"].split())])
    own_words = {word for name in own for word in name.split()}
    return {word: slug for word, slug in found.items()
            if len(word) >= 3 and word not in NOT_A_FIRM and word not in aliases and word not in own_words
            and not any(word in a.split() for a in aliases)
            and not re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text)}  # a common word ("so far")
