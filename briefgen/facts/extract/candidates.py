"""Proposing candidate facts from plain text: `extract(text, source=..., ...)`.

The pipeline, each stage in its own module:

1. `quantities.find_quantities` finds every figure-shaped span (money, percent, counts, ranks …);
2. `noise` and `rules.judge` drop what is not a quantity (years, dates, phone
   numbers, names such as "Fortune Global 500", ordinals, anaphora such as "the two sides");
3. `periods` resolves the time phrases of the figure's sentence to an EDTF period;
4. `subjects` guesses the entity the figure is about;
5. this module links figures that belong together — a restatement in another currency
   ("2.8 billion yuan ($432.32 million)") and before/after pairs ("from 4 hours to 5 minutes") —
   and cuts the verbatim quote.

Candidates are proposals for a person to review (see `briefgen.facts.inbox`), never facts.
"""

from __future__ import annotations

import bisect
import collections
import functools
import re
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Mapping, Sequence

from briefgen.facts.extract.noise import MONTHS, WEEKDAYS, NoiseSpans
from briefgen.facts.extract.periods import TimePhrase, anchor_for, find_time_phrases
from briefgen.facts.extract.rules import Verdict, judge
from briefgen.facts.extract.scope import BETWEEN_A_PARTNER_AND_CHINA, CHINA_PAIR_TRADE, COUNTY_CITIES, Scope, names_a_city, counterparts_named, names_abroad, not_subjects, place_abroad_right_after, \
    places_abroad, \
    sector_abroad, \
    provinces_named, first_city_named, GRADES_LISTED, name_lists, places_listed, respectively_items, respectively_spans, scope_of, COMPASS, \
    sources, spelled_provinces, without_comments, without_sales_destinations, CITY_NAMES, PROVINCE_CITIES, PROVINCES, WIDER_PLACES
from briefgen.facts.extract.sentences import Sentences, Span
from briefgen.facts.extract.subjects import KIND_OF_FIRM, NOT_A_FIRM, PART_ACTING, Mention, SubjectFinder, noted_part, part_note, \
    partner_firms, without_part_note
from briefgen.facts.model import CURRENCIES
from briefgen.facts.quantities import CURRENCY_PREFIXES, NUMBER_PATTERN, SCALES, Found, Quantity, find_quantities, \
    UNIT_KINDS, number_value, tidy

MAX_QUOTE = 360  # longer sentences are cut to the clauses around the figure
INVESTED_ABROAD = "invested or set up"  # how a subject reason says the figure is home's investment abroad


@dataclass(frozen=True)
class Candidate:
    """A figure proposed as a fact, with its evidence and what the extractor inferred."""

    value: Decimal  # exact, in base units
    unit: str
    as_written: str  # exact substring of the source at `offset`
    quote: str  # exact substring of the source: the sentence (or clauses) stating the figure
    source: str  # the seed's file name
    offset: int  # character offset of as_written in the source
    line: int  # 1-based line of as_written
    kind: str  # money, count, percent, pp, change, area, mass, length, duration, multiplier, rank
    counted: str | None = None
    qualifier: str | None = None
    period: str | None = None  # EDTF, as in docs/fact-format.md
    period_kind: str | None = None
    period_inferred: bool = False
    subject: str | None = None  # an entity slug
    direction: str | None = None  # increase or decrease, for changes
    role: str | None = None  # before or after, for "from X to Y"
    pair_of: str | None = None  # key of the other side of a before/after pair
    equivalent_of: str | None = None  # key of the figure this restates in another currency
    reason: str = ""
    confidence: float = 0.5
    scope: Scope = Scope()
    subject_reason: str = ""  # the words that made the subject, for the reviewer
    home: str | None = None  # the other city a text is about: what its "the city" means
    firm: str | None = None  # the firm no entity stands for that its sentence is about, if any

    @property
    def key(self) -> str:
        """Stable within one source: where the figure is."""
        return f"{self.source}:{self.offset}"

    @property
    def end(self) -> int:
        return self.offset + len(self.as_written)

    @property
    def period_unresolved(self) -> bool:
        """Its sentence names a period the source's date does not resolve ("last year" in an
        undated page): a time phrase was found (its kind is set), its period not."""
        return self.period is None and self.period_kind is not None

    def to_json(self) -> dict:
        """The stable JSON form of `briefgen facts extract --json`."""
        value = int(self.value) if self.value == self.value.to_integral_value() else float(self.value)
        return {
            "key": self.key, "value": value, "unit": self.unit, "counted": self.counted,
            "as_written": self.as_written, "qualifier": self.qualifier, "period": self.period,
            "period_kind": self.period_kind, "period_inferred": self.period_inferred,
            "subject": self.subject, "quote": self.quote, "source": self.source,
            "offset": self.offset, "line": self.line, "kind": self.kind,
            "direction": self.direction, "role": self.role, "pair_of": self.pair_of,
            "equivalent_of": self.equivalent_of, "reason": self.reason,
            "confidence": self.confidence, "scope": self.scope.to_json(),
            "subject_reason": self.subject_reason,
        }


_NO_ENTITY_NAMED = "no entity named in the sentence or the paragraphs around it"
# what puts a figure elsewhere than the city, or with someone else, since the city was named
_SOMEWHERE_ELSE = re.compile(r"\b(?:global(?:ly)?|world(?:wide)?|nationwide|national(?:ly)?|international|"
                             r"country|countries|nation|province|provincial|overseas|abroad|foreign|company|"
                             r"firm|group|said|says|according|they|their|he|she|his|her)\b|[\"“”]", re.IGNORECASE)
_UNNAMED_REACH = 2000  # characters from the city's last naming that a figure naming no entity may be
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
_MEASURES_IN_CAPITALS = frozenset("GDP GNP CPI PPI PMI FDI TEU TEUs RMB".split())
_OPENS = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)$")  # what a sentence's first word follows
# (in a text about the city, a figure placed nowhere else that names no entity is the city's)
_CITY_S_UNNAMED = "no entity named in the sentence or the paragraphs around it: the city the text is about"
# A firm's name as news writes it, and the ending that says it is a firm ("Haier Group Co., Ltd.")
_FIRM_NAME = r"(?P<firm>[A-Z][\w&-]*(?:\s+[A-Z][\w&.-]*){0,3})"
_CORPORATE_ENDING = re.compile(r"(?:,?\s+(?:Group|Co\.?|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|Holdings|"
                               r"Company))+\.?$")
_LISTED_AFTER = "names listed together after it; the figure is about them all, no one of them"
_NO_ONE_NAMED_BEFORE = "the names before it are listed together (or with other fields) or name a kind of firm: no one subject"
_WIDER_PLACE_NO_ENTITY = "the figure is about a wider place, and its sentence names no entity"


def extract(text: str, *, source: str, doc_date: str | None = None,
            reference_year: int | None = None, aliases: Mapping[str, str] | None = None,
            kinds: Mapping[str, str] | None = None, province: str | None = None,
            firms: Sequence[str] = (), parts: Sequence[str] = ()) -> list[Candidate]:
    """Candidate facts of a text, in text order.

    `aliases` maps every entity name and alias (case as written) to its slug; `kinds` (optional)
    maps slugs to their kind (country, region, group, sector, city) so a partner named in a
    sentence wins over the city as the subject. `province` is the province the city is in:
    "the provincial average" in a text that names no province is its. `firms` are the city's own
    firms: a figure of one that no entity is named for is the city's, marked as the firm's.
    `parts` are the city's districts and county-level cities: a figure of one is the city's,
    noted as that part's.
    """
    text = _with_endless_words_blanked(text)
    founds = _split_from_to_ranges(text, list(find_quantities(text)))
    context = _Context(text, source, doc_date, reference_year, aliases or {}, kinds, province,
                       figures=[(f.start, f.end) for f in founds], firms=firms, parts=parts)
    founds = [f for f in founds if not context.is_noise(f)]
    context.founds, context.found_starts = founds, [f.start for f in founds]
    pairs = _from_to_pairs(text, founds)
    paired = {i for pair in pairs for i in pair}
    verdicts = [judge(text, found, i in paired) for i, found in enumerate(founds)]
    # "US" in "US$5 billion"; a rank's words may name its subject ("ranked Qingdao No 3"), and a
    # number that is no figure may be part of a name ("Fortune 500")
    context.subjects.ignore([(f.start, f.end) for f, verdict in zip(founds, verdicts)
                             if f.form not in ("rank", "rank_list") and verdict is not None])
    kept: dict[int, Candidate] = {}  # index in founds -> candidate
    for i, (found, verdict) in enumerate(zip(founds, verdicts)):
        if verdict is not None:
            kept[i] = context.candidate(found, verdict)
    kept = _spread_ranges(text, founds, _changes_of(text, founds, _amounts_gone_to(text, founds, _differences_in_units(
        text, founds, _share_units(text, founds, kept)))))
    return _without_repeats(text, context.paired_respectively(_link(text, founds, kept, pairs)))


# A "word" longer than any prose has ("Korea-Shandong-Korea-…" run on for pages, a web address's
# slug, never a real sentence): blanked, so that the name patterns, which would go back over it
# from every capital, stay linear, and no figure is read out of a slug ("…-rose-8-percent-…").
# (Same length, so offsets hold; a quote from its sentence then differs from the source, and
# `facts accept` holds the candidate for it.)
_ENDLESS_WORD = re.compile(r"\S{300,}")


def _with_endless_words_blanked(text: str) -> str:
    return _ENDLESS_WORD.sub(lambda m: " " * len(m[0]), text)


# --- one statement, one candidate ---------------------------------------------------------------

_ABBREVIATION_END = re.compile(r"\b[A-Z][a-z]{0,3}\.\s*$")  # "Jan.-Aug.", "U.S."
_QUOTE_WORDS = re.compile(r"[^\W\d_]{3,}")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s*$")
# The verb of change right before a list of figures ("… rose 19.9, 12.6 and 12.1 percent").
_LIST_CHANGE = re.compile(r"\b(?:(?P<up>rose|grew|increased|climbed|jumped|surged|went\s+up|were\s+up)|"
                          r"(?P<down>fell|declined|decreased|dropped|went\s+down|were\s+down))"
                          r"(?:\s+by)?\s+$", re.IGNORECASE)
_DISTRICT_OF = re.compile(r"\b(?:(?P<part>[A-Z][a-z]+)\s+(?i:district|county)\s+of\s+(?P<city>[A-Z][a-z]+)"
                          r"|(?P<city2>[A-Z][a-z]+)['’]s\s+(?P<part2>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?i:district|county|new\s+area)"
                          # the city's name before the part's, as a title writes it: "Weihai Lingang district"
                          rf"|(?P<city3>{CITY_NAMES})\s+(?P<part3>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?i:district|county|new\s+area))\b")
# Places listed where something was done: "in Beijing, Qingdao and other cities" (the last no
# part of a longer name: "in Jinan, Yantai and Shandong Province" is blanked by none)
_PLACES_VISITED = re.compile(r"\b(?:in|to|across)\s+[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)+,?\s+and\s+"
                             r"(?:other\s+(?:cities|places|regions|provinces)\b|[A-Z][a-z]+\b"
                             r"(?!\s+(?:[A-Z]|(?i:province|city|county|district|port)\b)))")
# Three names or more joined by hyphens: "China-Japan-Korea", "Japan-Korea-Qingdao"
_NAME_CHAIN = re.compile(r"(?<![\w'’])[A-Z][\w'’]*(?:-[A-Z][\w'’]*){2,}")
_DISTRICT_GROUPS = (("city", "part"), ("city2", "part2"), ("city3", "part3"))
# A news agency's dateline names its city in capitals at the top: "LIAOCHENG, China, Aug. 21 …"
_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?),")
_ONE_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")  # (a city's name, as the province's cities are written)
# (a figure given for each of a list's items: "drew 5 billion yuan each", "… apiece"; not "each year")
_RESPECTIVELY_SAID = re.compile(r"\b(?:respectively|apiece|"
                                r"each(?!\s+(?:year|month|week|day|quarter|time|other)s?\b))\b", re.IGNORECASE)
# (a company report's "YANTAI, China — …", "YANTAI, China, March 1, 2017 /PRNewswire/ --"; not an agency's
# "JINAN, China, Nov. 11 (Xinhua) --")
_CHINA_AFTER = re.compile(r"\s*China\b(?![^\n]{0,40}?\([A-Z][\w .]{1,30}\)\s*(?:-|—|–))")
# A list of places the figure goes to or is compared with: "Exports to Jinan, Qingdao and Yantai",
# "faster than Jinan, Qingdao and Yantai"
_LIST_OF_OTHERS = re.compile(r"\b(?:to|from|than|into|towards?|via|like|unlike|beyond|outside|over|surpassing|"
                             r"outpacing|overtaking|behind)\s+(?:the\s+)?(?:(?:other\s+)?(?:\w+\s+)?cities\s+"
                             r"(?:of\s+|(?:such\s+as|like|including)\s+)?)?$", re.IGNORECASE)
_CAPTION = re.compile(r"\[(?:Photo|Image|Video)\b[^\]\n]*\]\s*$")  # "… [Photo/Xinhua]"
_FURNITURE = re.compile(r"[»|›]|^\s*(?:By|Source|Photo|Editor)\s*:?\s+[A-Z][\w.'’-]*"
                        r"(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?:[|,/]|$)"
                        rf"|{_CAPTION.pattern}")  # a photo's caption, credited


def _without_repeats(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A figure that a title, a crumb or a byline line repeats is one statement: such a line's
    candidate goes when a sentence of the body states the same figure with words in common."""
    linked = {c.equivalent_of for c in candidates} | {c.pair_of for c in candidates}
    body: dict[tuple, list[set[str]]] = {}
    near: dict[tuple, list[set[str]]] = {}  # figure -> the words of its own clauses
    title_end = _title_end(text)
    furniture = {c.key for c in candidates if c.offset < title_end or _is_furniture(text, c)}
    for c in candidates:
        if c.key not in furniture:
            body.setdefault(_figure_of(c), []).append(set(_QUOTE_WORDS.findall(c.quote.lower())))
            near.setdefault(_figure_of(c), []).append(_clause_words(text, c))
    rounded: dict[tuple, dict[Decimal, list[tuple]]] = {}  # (unit, decimals) -> the body's figures rounded
    return [c for c in candidates
            if not (c.key in furniture and c.key not in linked and _restated(c, body, near, rounded))]


def _figure_of(c: Candidate) -> tuple:
    """What a repeat must share: a headline drops the body's hedge ("sees 1.5-bln-tonne cargo
    throughput" restates "throughput exceeding 1.5 billion tonnes")."""
    return c.value, c.unit


def _read_as(c: Candidate) -> list[tuple]:
    """The figures a line's figure may be: a bare "$" is any dollar ("Singapore-Shandong trade
    rises to $4.1b" heads "US$3 billion (S$4.1 billion)")."""
    if c.unit == "USD" and _BARE_DOLLAR.match(c.as_written):
        return [(c.value, unit) for unit in _DOLLARS]
    return [_figure_of(c)]


_BARE_DOLLAR = re.compile(r"(?:about\s+|around\s+|over\s+|nearly\s+)?\$")
_DOLLARS = ("USD", "SGD", "HKD", "AUD", "CAD", "NZD", "TWD")


def _title_end(text: str) -> int:
    """Where the text's first line ends when it is a title: at most 20 words, and no sentence
    end of its own (a dateline may follow it on the next line) or one in an abbreviation ("…
    up 18.2 pct in Jan.-Aug."); 0 otherwise. Found once: a text of one long line is no title."""
    end = text.find("\n")
    first_line = text[:end if end >= 0 else len(text)]
    if len(first_line.split(None, 20)) <= 20 and \
            (_ABBREVIATION_END.search(first_line) or not _SENTENCE_END.search(first_line)):
        return len(first_line)
    return 0


def _is_furniture(text: str, c: Candidate) -> bool:
    """A crumb or byline, or a title (`_title_end`): a line of its own with no sentence end."""
    if _FURNITURE.search(c.quote):
        return True
    start = text.find(c.quote, max(c.offset - len(c.quote), 0))
    alone = (start >= 0 and "\n" not in c.quote.strip() and text[start - 1:start] in ("", "\n")
             and text[start + len(c.quote):start + len(c.quote) + 1] in ("", "\n"))
    return alone and not _SENTENCE_END.search(c.quote) and len(c.quote.split()) <= 20


def _restated(c: Candidate, body: dict[tuple, list[set[str]]], near: dict[tuple, list[set[str]]],
              rounded: dict[tuple, dict[Decimal, list[tuple]]]) -> bool:
    """A body sentence states the line's figure with words in common: the same figure, or one a
    headline rounds ("Tsingtao cheers 28% rise in profit" for "profit by 27.73 percent") with a
    word of that figure's own clause (not "Qingdao exports up 6%" for "Qingdao's GDP grew 5.9
    percent …, and its exports rose 12 percent")."""
    words = set(_QUOTE_WORDS.findall(c.quote.lower())) - {"home", "news"}
    if any(words & sentence for key in _read_as(c) for sentence in body.get(key, ())):
        return True
    return any(words & clause for key in _rounding_to(c, body, rounded) for clause in near[key])


_OWN_CLAUSE_CUT = re.compile(r"[,;:!?\n]|\.(?!\d)")


def _clause_words(text: str, c: Candidate) -> set[str]:
    """The common words (no names) of a figure's own clause: "sales lifted … profit by" for
    27.73 percent in "GROWING sales lifted Tsingtao Co's profit by 27.73 percent in 2007, …"."""
    before = text[max(c.offset - 120, 0):c.offset]
    cuts = list(_OWN_CLAUSE_CUT.finditer(before))
    before = before[cuts[-1].end():] if cuts else before
    end = c.offset + len(c.as_written)
    after = text[end:end + 80]
    cut = _OWN_CLAUSE_CUT.search(after)
    after = after[:cut.start()] if cut else after
    return {w.lower() for w in _QUOTE_WORDS.findall(f"{before} {after}") if w[0].islower()}


def _rounding_to(c: Candidate, body: dict[tuple, list[set[str]]],
                 rounded: dict[tuple, dict[Decimal, list[tuple]]]) -> list[tuple]:
    """The body's figures of c's unit that c, written with fewer decimals, rounds ("28" for
    27.73); the body is rounded once for each unit and number of decimals, not once a line."""
    value = Decimal(str(c.value))
    places = _decimals(value)
    if (c.unit, places) not in rounded:
        index = rounded[c.unit, places] = {}
        for key in body:
            if key[1] == c.unit and _decimals(Decimal(str(key[0]))) > places:
                at = Decimal(str(key[0])).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
                index.setdefault(at, []).append(key)
    return rounded[c.unit, places].get(value, [])


def _decimals(value: Decimal) -> int:
    """How many decimals a number is written with, none for a whole one ("27.73": 2, "28", "1E+2": 0)."""
    return max(-value.normalize().as_tuple().exponent, 0)


# --- one figure --------------------------------------------------------------------------------

class _Context:
    """What extraction knows about one text, found once in linear passes."""

    def __init__(self, text: str, source: str, doc_date: str | None, reference_year: int | None,
                 aliases: Mapping[str, str], kinds: Mapping[str, str] | None,
                 province: str | None = None, figures: list[tuple[int, int]] = (),
                 firms: Sequence[str] = (), parts: Sequence[str] = ()):
        self.text, self.source = text, source
        self._partner_firms = partner_firms(text, aliases, kinds or {}, firms)  # "South Korea's Kumho Tire"
        aliases = {**aliases, **self._partner_firms}
        # the text as read for places: "Shangdong" is Shandong, and a source names no place
        self.places = _blanked(without_comments(without_sales_destinations(spelled_provinces(text))),
                               sorted(sources(text) + [m.span() for m in GRADES_LISTED.finditer(text)]))
        self.parts = frozenset(parts)  # the city's own parts are no other cities ("Jiaozhou City")
        self.sentences = Sentences(text, figures)  # an endless sentence is cut between figures
        self.noise = NoiseSpans(text)
        self.anchor = anchor_for(text, doc_date, reference_year)
        self.phrases = _months_of_the_year_before(text, find_time_phrases(text, self.anchor))
        self._phrase_starts = [p.start for p in self.phrases]
        self.subjects = SubjectFinder(text, aliases, kinds, parts, firms)
        self.subjects_names = frozenset(aliases)  # every entity's names and aliases
        self.not_subjects = [span for span in not_subjects(text)  # "according to Qingdao Customs", "06198.HK",
                             if not self._examples_of_one(span)] + [
            (p.start, p.end) for p in self.sentences.paragraphs  # a photo's caption
            if _CAPTION.search(text, p.start, p.end)]
        self.subjects.ignore(self.not_subjects)
        self.city = next((name for name, slug in aliases.items()
                          if (kinds or {}).get(slug) == "city" and name[:1].isupper()), None)
        self.city_slug = next((slug for slug, kind in (kinds or {}).items() if kind == "city"), None)
        city_names = sorted((name for name, slug in aliases.items() if slug == self.city_slug),
                            key=len, reverse=True)  # "Qingdao", "the city"
        firms = {*firms, *(self._based_in_the_city(aliases) if self.city else ())}
        self._city_firm_name = re.compile(r"\b(?:" + "|".join(
            re.escape(name) for name in sorted(firms, key=len, reverse=True)) + r")\b") if firms else None
        self._city_firms_at = [(m.start(), m[0]) for m in self._city_firm_name.finditer(text)] \
            if self._city_firm_name else []  # where the text names one of the city's firms
        if self.city and self._city_firm_name:  # "the Qingdao Haier Group": the city's name in its firm's
            in_a_firm_s = re.compile(rf"\b{re.escape(self.city)}\s+(?={self._city_firm_name.pattern})")
            self.subjects.ignore([m.span() for m in in_a_firm_s.finditer(text)])
        self._city_names = re.compile(r"\b(?:" + "|".join(map(re.escape, city_names)) + r")\b",
                                      re.IGNORECASE) if city_names else None
        # (a firm named after its province, "Shandong Heavy Industry Group", is no naming of it)
        self.provinces = provinces_named(_blanked(self.places, [m.span() for m in _GROUP_NAME.finditer(self.places)]))
        self.city_province = province
        if not self.provinces and province and (based := _based_in(province).search(text)):
            # a text that names no province but where its firm is based: "The Shandong-based company's
            # IT products …" is about the city's province (only its own: "Guangdong-based BYD will
            # build a plant in Qingdao" is no text about Guangdong)
            self.provinces = [(based.start(), province)]
        self.port_slug = aliases.get("port")  # what "throughput" is of, when the city has one
        # what the city's firms' sites abroad are of, when the project has it
        lowered = {name.lower(): slug for name, slug in aliases.items()}
        self.outbound_slug = lowered.get("overseas investment")
        self.inbound_slug = lowered.get("foreign investment")  # what investment drawn to the city is of
        self.finance_slug = aliases.get("financial")  # what a financial centres index ranks
        self.tourism_slug = lowered.get("tourism")  # what visitors who "visited" the city count
        self._city_named: dict[tuple[int, int], int | None] = {}  # span -> where it names the city
        self._first_city = self._city_named_from(0)
        # (not in an agency's name: "Vice Governor of Qingdao Customs" reports on the province)
        self._city_by_name = re.compile(rf"\b{re.escape(self.city)}\b{_NOT_AN_AGENCY}" if self.city
                                        else r"(?!x)x")
        self._other_cities_parts = self._districts()  # (read once: the text's city and where it is named use it)
        self.home = self._other_home_city()
        self._about_the_city = not self.home and bool(self._city_by_name.search(text))
        self.home_province = self._home_province()
        self.national_from = self._national_from()
        home_at = self._named_at(self.home) if self.home else []
        # where the text first names its city; named once, the page is all about it (its only place)
        self._home_named = (0 if len(home_at) == 1 else home_at[0]) if home_at else len(text)
        # (a text naming its province more often than its other city is about the province:
        # "As the Mayor of Weihai said, …" in an article on Shandong and South Korea)
        self._home_is_topic = len(home_at) >= len(self.provinces)
        if self.home:  # "the city" of a text about Jinan is Jinan, not the project's city
            # (nor is the city one of the places the other city went to: "activities in Beijing,
            # Qingdao and other cities")
            visited = [m.span() for m in _PLACES_VISITED.finditer(text)]
            self.subjects.ignore([(m.start, m.end) for m in self.subjects.mentions_between(0, len(text))
                                  if m.slug == self.city_slug
                                  and (not self._city_by_name.search(text, m.start, m.end)
                                       or any(a <= m.start and m.end <= b for a, b in visited))])
            self.places = _blanked(self.places, visited)
            self.not_subjects = sorted([*self.not_subjects, *visited])
            self._city_named.clear()
            self._first_city = self._city_named_from(0)  # (read again: not in a place visited)
        self._first_scopes: dict[int, Scope] = {}  # sentence index -> scope of its first figure
        self._last_scope: tuple[int, Scope] | None = None  # where the last figure read is, and its scope
        self._scopes: dict[tuple[str, bool], Scope] = {}  # (clause, is_rank) -> its scope
        self._throughputs: dict[tuple[int, int], bool] = {}  # clause -> whether it says throughput
        self._shares: dict[tuple[int, int], list[tuple[int, int]]] = {}  # clause -> its shares
        self._spans: dict[tuple[int, int], re.Match | None] = {}  # sentence -> its "from … to …" years
        self._compared: dict[int, tuple[bool, re.Match | None]] = {}  # time phrase -> words before it
        self._grades: dict[tuple[int, int], list[tuple[int, int]]] = {}  # clause -> its grades
        self._comparisons: dict[tuple[int, int], list] = {}  # clause -> its figures' comparisons
        self._clauses: dict[tuple[int, ...], tuple[int, int]] = {}  # (sentence, figure or time phrase) -> clause
        self._one_period_memo: dict[int, tuple[list[int], list]] = {}  # paragraph -> its times, each if one period so far
        self._lists: dict[int, list[tuple[int, int]]] = {}  # sentence start -> its name lists
        self._field_lists: dict[int, list[tuple[int, int]]] = {}  # sentence start -> its field lists
        self._mid_sentence: dict[str, bool] = {}  # a firm's name -> written capitalised mid-sentence
        self._firms: dict[int, str | None] = {}  # a sentence's start -> the firm it is about
        self._partner_sites: dict[tuple[int, int], Mention | bool | None] = {}  # span -> the partner a site is in
        self._paragraph_partners: dict[int, list[tuple[int, int]]] = {}  # paragraph start -> its partners
        self._own_provinces: list[tuple[int, str]] | None = None  # provinces named, not as neighbours
        self._groups: list[re.Match] | None = None  # groups named ("Shandong Port Group"), found once
        self._group_ends: list[int] = []
        self.founds: list[Found] = []  # every figure of the text, for what each one counts
        self.found_starts: list[int] = []
        self.places_not_cities = WIDER_PLACES | {name for name, slug in aliases.items()
                                                 if slug != self.city_slug}
        self.countries = frozenset(name.split()[-1].lower() for name, slug in aliases.items()
                                   if name[:1].isupper() and (kinds or {}).get(slug, "country")
                                   in ("country", "region", "group", "partner"))

    def is_noise(self, found: Found) -> bool:
        """Inside a phone number, a date …, or a time phrase ("the first two months of 2019");
        or run across a blank line (a heading's number and the next paragraph's currency)."""
        if _BLANK_LINE.search(self.text, found.start, found.end):
            return True
        if self.noise.overlaps(found.start, found.end) and found.form not in ("rank", "rank_list"):
            return True  # ("ranked No. 1" is a rank, though "No. 1" alone is a number)
        nearby = self._phrases_in(max(found.start - 80, 0), found.end)
        return any(p.start < found.end and p.end > found.start for p in nearby)

    def candidate(self, found: Found, verdict: Verdict) -> Candidate:
        text, q = self.text, found.quantity
        sentence = self.sentences.at(found.start)
        period = self.period_for(found, sentence)
        kind, direction = kind_and_direction(text, found, sentence)
        scope = self.scope_for(found, sentence, kind == "rank")
        joined = _ALONG_WITH.search(text, max(found.start - 40, sentence.start), found.start)
        if joined and not scope.names_a_place and self._last_scope and self._last_scope[0] >= sentence.start \
                and not self._names_the_city_or_another(*self._figure_clause(found, sentence)):
            # "China imported nearly 90 billion U.S. dollars worth of crude oil …, along with 13.66
            # billion dollars worth of agricultural products": what is added on shares the place
            # (not "…, along with 2 billion yuan of exports from Qingdao")
            scope = self._last_scope[1]
        if kind != "rank":  # (a rank's place is its group's, not what the sentence is about)
            self._last_scope = (found.start, scope)
            self._first_scopes.setdefault(self.sentences.index_at(found.start), scope)
        if kind == "duration" and (_HOLIDAY_AFTER.match(text, found.end)
                                   or _NATIONAL_PERIOD_LASTING.search(text[sentence.start:found.start])):
            # "the three-day Dragon Boat Festival holiday": the country's holiday, no one's figure
            scope = Scope("country", "China", None, "the length of a national holiday")
            subject, subject_reason = None, "the length of a national holiday, no entity's"
        else:
            subject, subject_reason = self._index_rank(sentence, *self._port_measure(
                found, sentence, *self.subject_for(found, sentence, scope)))
        if subject in (None, self.city_slug) and (measured := self._sector_measured(found, sentence)):
            subject, subject_reason = measured
        abroad = self._ranked_abroad(found, sentence) if q.unit == "rank" else None
        if abroad:  # "Italy has close ties with Qingdao, being Qingdao's fourth largest trading partner"
            subject, subject_reason = None, f"a rank of '{abroad}', which no entity stands for"
        owner = self._wider_place_s_own(found, sentence, scope)
        if owner and self.subjects.kinds.get(subject) != "sector":
            # "… 6.5% in 2019, compared with Shandong province's 5.5% and China's 6.1%" (a sector
            # measured there stays the sector's: "a third of the province's $17.5 billion" of FDI)
            subject, subject_reason = None, f"the figure of '{owner}' itself, whose possessive it follows; " \
                                            "no entity stands for it"
        if self.subjects.kinds.get(subject) == "sector" and not scope.names_a_place and (
                _CITY_OF_PEOPLE_AFTER.match(text, found.end)
                or (_PEOPLE_AFTER.match(text, found.end) and _CITY_OF_BEFORE.search(text, max(found.start - 40, 0), found.start))):
            # "the 2.5-million-population city", "a city of 9 million people": the city's population
            subject, subject_reason = self.city_slug, "the population of a city: the city's, no sector's"
        if self.subjects.kinds.get(subject) == "sector" and (city := self._city_s_whole_economy(found, sentence)):
            # "Jimo's GDP exceeded $10 billion, 138 projects have been agreed on … the marine industry"
            subject, subject_reason = self.city_slug, " ".join(x for x in (
                f"'{' '.join(self.text[city.start:city.end].split())}'", city.note,
                f"and a measure of its whole economy {_WHERE[0]}") if x)
        if subject_reason == _CITY_S_UNNAMED and period is None:
            # (a figure naming nothing and dated by nothing is too loose to be the city's: its
            # sentence leans on words before, "+34.8%" of a half-year named a paragraph back)
            subject, subject_reason = None, _NO_ENTITY_NAMED
        subject, subject_reason, firm = self._with_city_firm(found, sentence, scope, subject, subject_reason)
        if noted_part(subject_reason) and (self._names_the_whole_city(sentence) or (
                not subject_reason.endswith(_WHERE[0]) and not self._text_opens_on_a_part()
                and self._measures_the_whole_economy(sentence.start, found.start))):
            # "The whole city's GDP reached …" after a paragraph on a part, or "GDP grew 8.3
            # percent" after one on a zone in a text about the city: the city's own
            subject_reason = without_part_note(subject_reason)
        if self.subjects.kinds.get(subject) == "sector" and not noted_part(subject_reason) \
                and (part := self._part_acting(found, sentence)):
            # "Shinan is now home to 96,000 market entities, …, and 137 financial enterprises": the
            # sector's, counted in that part of the city
            subject_reason += f", which opens on '{part}' {part_note(part)}"
        if subject == self.city_slug and firm and (partner := self._firm_s_site_in_a_partner(sentence)):
            subject, subject_reason = partner.slug, \
                f"a site of '{firm}', one of {self.city}'s own firms, in '{self.text[partner.start:partner.end]}'"
        if subject == self.city_slug and firm and self.outbound_slug and (abroad := self._firm_s_site_abroad(sentence)):
            subject, subject_reason = self.outbound_slug, \
                f"a site of '{firm}', one of {self.city}'s own firms, in '{abroad}', which no entity stands for"
        # (also a figure of investment abroad carried from before: its clause says where it went)
        if subject in (self.city_slug, self.inbound_slug, self.outbound_slug, None) and self.outbound_slug \
                and (abroad := self._invested_abroad(found, sentence, subject)):
            subject, subject_reason = self.outbound_slug, \
                f"{INVESTED_ABROAD} '{abroad}', which no entity stands for, by the figure's clause"
            if scope.level == "city" and not scope.place and _THE_COUNTRY_S_FIRMS_INVESTED.search(text, sentence.start, sentence.end):
                # "More than 15,500 Chinese companies have invested … in the UAE": the country's
                scope = Scope("country", "China", None, "investment abroad of the country's firms")
        if subject == self.city_slug and firm and _the_firm_s_whole(scope, kind, q.unit) \
                and not _SAID.search(text, sentence.start, found.start):  # ("Haier said global TV shipments …")
            scope = Scope("city", None, None, f"{scope.reason}: the whole of '{firm}', one of {self.city}'s own firms")
        return Candidate(
            value=q.value, unit=q.unit, as_written=text[found.start:found.end],
            quote=self.quote_for(found, sentence, scope), source=self.source, offset=found.start,
            line=self.sentences.line_at(found.start), kind=kind, counted=verdict.counted,
            qualifier=q.qualifier, period=period.period if period else None,
            period_kind=self._period_kind(period, sentence, found) if period else None,
            period_inferred=period.inferred if period else False,
            subject=subject, direction=direction,
            reason=verdict.reason, confidence=verdict.confidence,
            scope=self._of_the_city_it_is_part_of(scope), subject_reason=subject_reason, home=self.home, firm=firm)

    def _names_the_whole_city(self, sentence: Span) -> bool:
        """Whether the sentence speaks of the whole city ("the entire city", "the city's"), not of
        a part the text calls "the city" ("Laixi, a county-level city …, the city's exports")."""
        return any(not any(m.start == whole.start() and noted_part(m.note)
                           for m in self.subjects.mentions_between(whole.start(), whole.end()))
                   for whole in _WHOLE_CITY.finditer(self.text, sentence.start, sentence.end))

    def _sector_measured(self, found: Found, sentence: Span) -> tuple[str, str] | None:
        """What a figure counts can say whose it is, whatever place the sentence names: investors
        from abroad who "invested in" a place are investment drawn's ("Forty-eight countries and
        more than forty globally-recognized companies invested in Qingdao"; not "8,200 domestic
        firms have invested in Qingdao", nor firms of home or investing abroad), visitors who
        "visited" it are tourism's, and so is what their visits earned ("Sixty-two million people,
        foreign and domestic, visited the city last year, generating 93 billion yuan"; not a
        delegation's visit, nor a visit to a show, a fair, a hospital or a website)."""
        investors = _INVESTORS_INVESTED.match(self.text, found.end, sentence.end)
        if self.inbound_slug and investors and _FROM_ABROAD.match(investors["who"]) and \
                not _HOME_INVESTORS.search(investors["who"]) and not self._city_by_name.search(investors["who"]) \
                and not _INTO_ABROAD.match(self.text, investors.end()) \
                and not self._place_abroad(investors.start("into"), min(investors.end() + 40, sentence.end)):
            return self.inbound_slug, "investors from abroad counted, who invested: a figure of investment drawn"
        visits = _VISITED.match(self.text, found.end, sentence.end) or \
            _VISITS_EARNED.search(self.text, sentence.start, found.start)
        if self.tourism_slug and visits and not _NO_TOURISTS.search(self.text, sentence.start, visits.end("visited")) \
                and not _NOT_A_TRIP.match(self.text, visits.end("visited")):
            return self.tourism_slug, "visitors counted, who visited, or what their visits earned: tourism's figure"
        return None

    def _based_in_the_city(self, aliases: Mapping[str, str]) -> set[str]:
        """Firms the text says are the city's ("Qingdao-based Haier Group", "Hisense, headquartered
        in Qingdao"), by the name without its corporate ending ("Haier"); no entity's name."""
        city = re.escape(self.city)
        named = [m["firm"] for m in re.finditer(rf"\b{city}-based\s+{_FIRM_NAME}", self.text)] + \
            [m["firm"] for m in re.finditer(rf"{_FIRM_NAME},\s+(?:which\s+is\s+)?(?:headquartered|based)\s+in\s+"
                                            rf"{city}\b", self.text)] + \
            [m["firm"] for m in _REGISTERED_IN.finditer(self.text)  # (not "Qingdao Global Co": a common word)
             if m["city"] == self.city and m["firm"] not in self._partner_firms and m["firm"] not in NOT_A_FIRM]
        names = {_CORPORATE_ENDING.sub("", name) for name in named}
        lowered = {alias.lower() for alias in aliases}  # ("Testcity E-commerce Group": a field's name)
        return {name for name in names if name and name.lower() not in lowered and not names_a_city(name)}

    def _part_acting(self, found: Found, sentence: Span) -> str | None:
        """The part of the city the figure's sentence opens on as what acts ("Pingdu city, meanwhile,
        hosted …"), or None; not past another clause ("…, while the city's financial sector …")."""
        mentions = self.subjects.mentions_between(sentence.start, found.start)
        first = mentions[0] if mentions else None
        part = noted_part(first.note) if first and first.slug == self.city_slug else None
        if not part or not _OPENER.fullmatch(self.text, sentence.start, first.start) \
                or not _PART_ACTING.match(self.text, first.end, sentence.end) \
                or _CLAUSE_JOINT.search(self.text, first.end, found.start) \
                or any(m.slug == self.city_slug and not noted_part(m.note) for m in mentions):
            return None
        return part

    def _with_city_firm(self, found: Found, sentence: Span, scope: Scope, subject: str | None,
                        reason: str) -> tuple[str | None, str, str | None]:
        """(subject, reason, firm): the firm the figure's sentence is about, and the city for one
        of the city's own firms when no entity is the subject, or only a sector named before it
        ("… its R&D headquarters.\n\nIn 2023, Hisense's revenue hit …": the firm's)."""
        firm = self._firm_of(sentence)
        if reason == _CITY_S_UNNAMED:  # (one of the city's firms named before says whose)
            subject, reason, firm = self._city_firm_s(found, scope, reason, firm)
            return subject or self.city_slug, reason, firm
        if subject is None:
            return self._city_firm_s(found, scope, reason, firm)
        if self._city_firm_s_clause(found, sentence, subject, reason):
            # "Once Kumho's results are consolidated, Doublestar's annual turnover is projected to
            # exceed RMB 10 billion": the partner's firm is named in another clause
            own = self._city_firm_before(found, sentence)
            return self.city_slug, f"about '{own}', one of {self.city}'s own firms (facts/entities.yaml), " \
                "whose clause names no partner", firm or own
        if self.subjects.kinds.get(subject) not in ("sector", "city", None) and not firm:
            own = self._city_firm_before(found, sentence) if reason.endswith(_WHERE[1:]) and (
                self._times_named[subject] == 1 or self._abroad_as_a_whole(found, sentence)) else None
            if own:  # "… the event in Russia in 2018.\nHisense, which …, reported a 24 percent increase
                # in operating revenue": the firm its own sentence names, not a partner the text names
                # once before (a partner it goes on about is where the firm's figures are, unless the
                # sentence puts them abroad as a whole: "Tsingtao's sales grew 12 percent in overseas market")
                return self.city_slug, f"about '{own}', one of {self.city}'s own firms (facts/entities.yaml), " \
                    "named in its sentence after a partner named before", own
            # "Tsingtao beer now has 3,000 sales outlets in Kazakhstan", "… Its sales in Russia soared
            # 78 percent": the city's firm's figure in the partner's country, marked as the firm's
            return subject, reason, self._city_firm_owning(found, sentence)
        own = self._city_firm_before(found, sentence) if subject == self.city_slug or (
            self.subjects.kinds.get(subject) == "sector" and reason.endswith(_WHERE[1:])) else None
        if not own or (firm and not firm.startswith(own)):
            return subject, reason, firm
        if subject != self.city_slug:
            reason = f"about '{own}', one of {self.city}'s own firms (facts/entities.yaml), named in its " \
                "sentence after the sector named before"
        return self.city_slug, reason, firm or own  # "Testcity-based Zenbrand's revenue rose …": the firm's

    def _abroad_as_a_whole(self, found: Found, sentence: Span) -> bool:
        """Whether the figure's sentence puts it abroad as a whole, before it or right after it: "…
        sales grew 12 percent in overseas market, including 8 percent in western Europe", "overseas
        sales rose 12 percent" (not "sales there grew 12 percent, making the country its largest overseas
        market", which goes on about the partner named before)."""
        return bool(_IN_MARKETS_ABROAD.search(self.text, sentence.start, min(found.end + 40, sentence.end))
                    or _SALES_ABROAD.search(self.text, sentence.start, found.start)) \
            and not _THERE.search(self.text, sentence.start, sentence.end)

    def _city_firm_s_clause(self, found: Found, sentence: Span, subject: str | None, reason: str) -> bool:
        """Whether the figure's clause opens on one of the city's firms and names no partner,
        while the partner taken for the subject is only a partner's firm named in another clause
        of the sentence ("Once Kumho's results are consolidated, Doublestar's turnover …"; not "In
        Russia, …", "After entering the Korean market, …", which say where the figure is)."""
        if not self.city_slug or self.subjects.kinds.get(subject) not in ("country", "group", "region") \
                or not reason.endswith(_WHERE[0]):
            return False
        start, end = self._figure_clause(found, sentence)
        partners = [m for m in self.subjects.mentions_between(sentence.start, sentence.end) if self._a_partner(m)]
        if start <= sentence.start or any(start <= m.start < end for m in partners) \
                or not all(self.text[m.start:m.end] in self._partner_firms for m in partners):
            return False
        return any(start <= at < found.start and not self.text[start:at].strip()
                   for at, _ in self._city_firms_at)

    def _firm_s_site_abroad(self, sentence: Span) -> str | None:
        """The country no entity stands for where a site of the city's firm is that the figure's
        sentence speaks of (a plant, factory, complex, park or one of its phases): put there by
        the sentence, its paragraph or the text's opening ("… the second phase of its Haier
        Eco-Friendly Complex located in 10th of Ramadan City, Egypt"). Its plant, jobs and
        capacity are the city's investment abroad; not the firm's sales, revenue or exports, and
        not where a partner is named (the partner's, as "Haier's refrigerator plant in South
        Carolina" is the United States')."""
        if not _A_SITE.search(self.text, sentence.start, sentence.end) or self._home_site(sentence):
            return None  # (not "Its Qingdao plant has 8,000 workers" after a plant abroad)
        paragraph = self.sentences.paragraph_at(sentence.start)
        for start, end in ((sentence.start, sentence.end), (paragraph.start, paragraph.end),
                           *((p.start, p.end) for p in self.sentences.paragraphs[:2])):
            if any(map(self._a_partner, self.subjects.mentions_between(start, end))):
                return None
            place = next((m["place"] for m in _site_in_a_country().finditer(self.text, start, end)
                          if m["place"] not in self.subjects_names), None)  # (no partner's name, even aside)
            if place:
                return place
        return None

    def _firm_s_site_in_a_partner(self, sentence: Span) -> Mention | None:
        """The partner a site of the city's firm that the figure's sentence speaks of is in, put
        there by the sentence, its paragraph or the text's opening as `_firm_s_site_abroad` puts
        a site in a country no entity stands for: "Hisense opens its South African plant …. It
        started manufacture at the plant with a workforce of 300 people" (the partner's own, as
        "Haier's refrigerator plant in South Carolina" is the United States')."""
        if not _A_SITE.search(self.text, sentence.start, sentence.end):
            return None
        if self._home_site(sentence):  # ("Its Qingdao plant, the group's largest, has 8,000 workers")
            return None
        paragraph = self.sentences.paragraph_at(sentence.start)
        for span in ((sentence.start, sentence.end), (paragraph.start, paragraph.end),
                     *((p.start, p.end) for p in self.sentences.paragraphs[:2])):
            if span not in self._partner_sites:  # (read once per span, not once per figure)
                self._partner_sites[span] = self._partner_site_in(*span)
            found = self._partner_sites[span]
            if found is not None:  # (the first span that names a partner decides)
                return found or None
        return None

    def _partner_site_in(self, start: int, end: int) -> Mention | bool | None:
        """The one partner text[start:end] puts a site in; False when it names partners but not
        one such; None when it names none."""
        partners = [m for m in self.subjects.mentions_between(start, end) if self._a_partner(m)]
        if not partners:
            return None
        if len({m.slug for m in partners}) > 1:
            return False
        sited = [m for m in partners if _PARTNER_S_SITE.match(self.text, m.end)
                 or _SITE_IN.search(self.text[max(m.start - 80, start):m.start])]
        return sited[0] if len(sited) == 1 else False

    @functools.cached_property
    def _times_named(self) -> collections.Counter:
        """How often the text names each entity, counted once (after the figures' own words are
        forgotten), not once per figure."""
        return collections.Counter(m.slug for m in self.subjects.mentions)

    @functools.cached_property
    def _home_names(self) -> re.Pattern:
        """The city's name and its parts' ("Qingdao", "Huangdao"), possessive or not."""
        names = "|".join(re.escape(n) for n in sorted({self.city, *self.parts}, key=len, reverse=True))
        return re.compile(rf"\b(?:{names})(?:['’]s)?\b")

    def _home_site(self, sentence: Span) -> bool:
        """The figure's sentence puts a site in the city or one of its parts and names no partner:
        "its Qingdao plant", "a plant in Huangdao"."""
        if not self.city or any(map(self._a_partner, self.subjects.mentions_between(sentence.start, sentence.end))):
            return False
        for m in self._home_names.finditer(self.text, sentence.start, sentence.end):
            if _PARTNER_S_SITE.match(self.text, m.end()) or _SITE_IN.search(self.text[max(m.start() - 80, sentence.start):m.start()]):
                return True
        return False

    def _invested_abroad(self, found: Found, sentence: Span, subject: str | None) -> str | None:
        """Where abroad the figure's clause says home invested or set something up ("Qingdao
        has approved 28 investment projects in the UAE", "the company has set up 17
        subsidiaries overseas"): the city's or province's investment abroad. Only where the
        actor before the verb is of home (the city, its province or firms, "the company", "it");
        not where the clause names a partner or brings the investment home ("from overseas",
        "in Qingdao"), and not foreign investment's own "overseas business centers"."""
        start, end = self._figure_clause(found, sentence)
        if any(map(self._a_partner, self.subjects.mentions_between(start, end))):
            return None
        # (the last before the figure: what the figure is the object of; searched to the
        # clause's end, which "approved … investment projects" looks ahead to)
        verb = next((v for v in reversed(list(_INVESTED.finditer(self.text, start, end))) if v.start() < found.start),
                    None) or self._counted_investors_invested(found, end)
        if not verb or _HOME_BOUND.search(self.text, start, end) or self._brought_home(start, end) \
                or not self._home_actor(start, verb.start()):
            return None
        place = _invested_in_abroad().search(self.text, verb.end(), end)
        if place:
            return place["place"]
        overseas = _OVERSEAS.search(self.text, verb.end(), end)
        # (after investment named, not in foreign investment's own: "approved 35 investment
        # projects abroad", not "established 8 overseas business centers", "5 trade offices abroad")
        inbound = [m for m in self.subjects.mentions_between(start, end) if m.slug == self.inbound_slug]
        return overseas[0] if overseas and (not inbound or (
            overseas.start() >= inbound[-1].end and "invest" in self.text[inbound[-1].start:inbound[-1].end].lower())) \
            else None

    def _counted_investors_invested(self, found: Found, end: int) -> re.Match | None:
        """The verb of home's firms the figure counts, when they are its actor ("More than 15,500
        Chinese companies have invested more than US$6 billion in the UAE")."""
        verb = _INVESTED.search(self.text, found.end, end)
        if verb and _COUNTED_ACTOR.fullmatch(self.text, found.end, verb.start()) \
                and self._home_actor(found.end, verb.start()):
            return verb
        return None

    def _home_actor(self, start: int, end: int) -> bool:
        """Whether text[start:end], the words before a verb, names an actor of home: the city,
        a province, one of the city's firms, "the company", "local firms", "it" (not
        "Emirati investors")."""
        words = self.text[start:end]
        return bool(_HOME_ACTOR.search(words) or (self._city_names and self._city_names.search(words))
                    or (self._city_firm_name and self._city_firm_name.search(words))
                    or any(name in words for _, name in self.provinces)
                    or (self.city_province and self.city_province in words) or (self.home and self.home in words)) \
            and not _abroad_named(self.text, start, end)

    def _brought_home(self, start: int, end: int) -> bool:
        """Whether text[start:end] puts something in China, the province or the city ("projects
        in Qingdao", "into Shandong")."""
        home = {"China", "city", "province", "country", self.city, self.home, self.city_province,
                *(name for _, name in self.provinces)}
        return any(m["place"] in home for m in _INTO.finditer(self.text, start, end))

    def _city_firm_owning(self, found: Found, sentence: Span) -> str | None:
        """One of the city's firms its sentence opens on (not one it only compares with, "Unlike
        Haier, …", nor one that reports the figure, "Hisense … said …"), or that the sentence
        before opens on when this one goes on with "Its sales", "Its revenue" …"""
        opening = self._city_firm_opening(sentence)
        if opening and not _SAID.search(self.text, sentence.start, found.start):
            return opening
        index = self.sentences.index_at(sentence.start)
        if not index or not _FIRM_S_MEASURE.match(self.text, sentence.start):
            return None
        before = self.sentences.sentences[index - 1]
        if before.start < self.sentences.paragraph_at(sentence.start).start:
            return None
        return self._city_firm_opening(before)

    def _city_firm_opening(self, sentence: Span, alone: bool = False) -> str | None:
        """The city's firm the sentence opens on, after an opening phrase and its comma at most
        ("Founded in 1994, Hisense South Africa …", "According to Jia, Hisense entered …");
        `alone`: not followed by an entity's name ("Hisense South Africa")."""
        return next((name for at, name in self._city_firms_at
                     if sentence.start <= at < sentence.end and _OPENS_ON_FIRM.fullmatch(self.text, sentence.start, at)
                     and not (alone and self.subjects.names_between(at + len(name), at + len(name) + 2))),
                    None)

    def _joint_act(self, found: Found, sentence: Span) -> tuple[str | None, str] | None:
        """Three or more named together who act jointly ("Three leading shipping companies – the
        British P&O, the Danish Maersk and COSCO – will jointly invest US$887 million"): no one of
        them, a partner named in one item least of all; an investment is foreign investment's."""
        joint = _JOINTLY.search(self.text, sentence.start, found.start)
        if not joint or len(self.text[joint.end():found.start].split()) > 3:
            return None  # (the figure is what they do jointly, not a size of what they do it in)
        named = self.subjects.mentions_between(sentence.start, joint.start())
        if not any(self._a_partner(m) for m in named):
            return None
        # (from the first name: an opening's commas list no one, "In 2019, as planned, A and B …")
        listed = self.text[named[0].start:joint.start()]
        if len(_LIST_SEPARATOR.findall(listed)) < 2 or not _AND_WORD.search(listed):
            return None
        if joint["verb"].startswith("invest") and self.inbound_slug:
            return self.inbound_slug, "three or more named together invest jointly: foreign investment, no one of them"
        return None, "three or more named together act jointly: no one of them"

    def _members_of(self, found: Found, sentence: Span) -> tuple[str | None, str]:
        """A count of a group's members is the group's: "The SCO has eight member states" (an
        entity's), "The ASEM, which currently has 53 member countries, …" (no entity's, not the
        city's the text is about)."""
        named = [m for m in self.subjects.mentions_between(sentence.start, found.start)
                 if self.subjects.kinds.get(m.slug) not in ("city", "sector")]
        if named:
            return named[-1].slug, f"the members of '{self.text[named[-1].start:named[-1].end]}', counted"
        # (people or firms of a body of the city's, "The Qingdao Chamber of Commerce has 1,000
        # members"; not countries, which a city's body does not count)
        city = [m for m in self.subjects.mentions_between(sentence.start, found.start)
                if self.subjects.kinds.get(m.slug) == "city"]
        if city and not _MEMBER_STATES.match(self.text, found.end):
            return city[-1].slug, f"the members of a body of '{self.text[city[-1].start:city[-1].end]}', counted"
        return None, "the members of a group no entity stands for, counted"

    def _city_firm_before(self, found: Found, sentence: Span) -> str | None:
        """One of the city's firms its sentence names before the figure ("Qingdao-based Haier
        said its revenue rose …", "…, while Haier's rose 3 percent"): the figure is the firm's."""
        return next((name for at, name in reversed(self._city_firms_at) if sentence.start <= at < found.start), None)

    def _share_price_moved_by(self, found: Found, sentence: Span) -> bool:
        """Whether a money figure is what a share price moved by or to, right after the move in
        its clause ("shares jumped 29 New Zealand cents or 44 percent to 95 New Zealand cents"; not
        "shares rose 5% and its revenue hit $3 billion", "… after it won a $200 million contract")."""
        start, _ = self._figure_clause(found, sentence)
        moves = list(_SHARE_PRICE.finditer(self.text, start, found.start))
        if not moves:
            return False
        gap = self.text[moves[-1].end():found.start]
        return len(gap) <= 60 and not _NOT_THE_MOVE.search(gap)

    def _city_firm_s(self, found: Found, scope: Scope, reason: str,
                     firm: str | None) -> tuple[str | None, str, str | None]:
        """(subject, reason, firm) of a figure no entity is the subject of, when it is about one of
        the city's own firms (facts/entities.yaml): the firm its sentence opens on ("Last year,
        Haier raked in …"; "the company", the one the text named last), one its sentence names
        before it when it names no entity or only one listed with others ("Haier … leads the world
        in refrigerators with a 17.3% share"; "… sites in South Africa, Mexico and Czechia.\n\n
        Hisense hopes to boost its sales by 5 million"), or, when nothing
        is named around it, the last one the text named ("Tsingtao Brewery said … The company sold
        …"). The city's, marked as that firm's; never a figure of the country's or a province's."""
        if self.home or not self.city_slug or not self._city_firm_name \
                or (scope.place and scope.level in ("country", "province")):
            return None, reason, firm
        named = self._city_firm_name.match(firm) if firm else None
        if firm and not named and not _THE_FIRM.match(firm):
            return None, reason, firm  # a firm of no entity's, not the city's
        sentence = self.sentences.at(found.start)
        abroad = _firm_from_abroad().match(self.text, sentence.start, found.start)
        if abroad and not named and not self._city_firm_name.search(self.text, sentence.start, found.start):
            # "The New Zealand company's debt swelled to $355 million" (not "… was bought by Haier,
            # whose revenue reached …")
            return None, f"about a firm of '{abroad['place']}', which no entity stands for", None
        since = 0 if firm or reason in (_NO_ENTITY_NAMED, _CITY_S_UNNAMED) else \
            sentence.start if reason in (_WIDER_PLACE_NO_ENTITY, _NO_ONE_NAMED_BEFORE, _LISTED_AFTER) else len(self.text)
        own = named[0] if named else next(
            (name for at, name in reversed(self._city_firms_at) if since <= at < found.start), None)
        if not own:
            return None, reason, firm
        return self.city_slug, f"about '{own}', one of {self.city}'s own firms (facts/entities.yaml)", firm if named else own

    def _firm_of(self, sentence: Span) -> str | None:
        """The firm no entity stands for that the sentence opens on, or that its "It"/"Its" goes
        on about ("Hisense has set up …", "Last year its revenue …"), read once a sentence."""
        if sentence.start not in self._firms:
            self._firms[sentence.start] = self._firm_heading(sentence) or self._firm_referred_to(sentence)
        return self._firms[sentence.start]

    def scope_for(self, found: Found, sentence: Span, is_rank: bool) -> Scope:
        """From the figure's clause, else from around it (`_wider_scope`); a rank's group may be
        named anywhere in its sentence before the next rank ("13th in China and third among
        northern cities": the group is the third's); "the province" is the province the text
        named last before the figure."""
        if found.quantity.unit == "percent" and (_OF_THE_COUNTRY.match(self.text, found.end)
                                                 or _OF_THE_NATIONAL_TOTAL.match(self.text, found.end) or (
                _OF_ITS.match(self.text, found.end) and _OF_THE_COUNTRY.search(self.text, sentence.start,
                                                                                found.start))):
            # "8 percent of the country's grain output, 9 percent of its meat output": a share of
            # the country's whole, whoever contributes it
            return Scope("country", "China", None, "a share of the country's whole")
        if found.quantity.unit == "percent" and _OF_THE_WORLD.match(self.text, found.end):
            # "Shandong's export of food coloring takes up 60 percent of world trade in this area"
            return Scope("world", None, None, "a share of the world's whole")
        compared = _COMPARED_AFTER_BRACKET.search(self.text, found.end + 1, sentence.end) \
            if not is_rank and self.text[found.start - 1:found.start] == "(" and self.text[found.end:found.end + 1] == ")" \
            else None
        if compared:  # "Jinan's GDP growth rate (6.1%) exceeded the national GDP growth rate of 5.2%": the
            # bracketed figure is the measure its brackets follow ("… (6.1%) of Shandong province"), not the one compared
            sentence = replace(sentence, end=compared.start())
        start, end = self._figure_clause(found, sentence)
        next_rank = _ORDINAL.search(self.text, found.end, end) if is_rank else None
        if next_rank and _RANKS_JOINED.fullmatch(self.text, found.end, next_rank.start()):
            next_rank = None  # "ranked 4th and 6th in the world, respectively": the place is both's
        end = next_rank.start() if next_rank else end
        if not is_rank:
            end = self._before_a_compared_figure(found, end)
            # ("plans to have 330 vessels overseas by 2015, which will make it China's largest pelagic
            # fleet": the rank the figure earns ranks in the country, the figure is the fleet's own)
            result = _RANKING_RESULT.search(self.text, found.end, end)
            end = result.start() if result else end
        scope = self._scope_of(self._without_shares(start, end, found), is_rank)
        # (a rank's group is in its own words, after the rank before it and their "and": "fourth
        # largest trading partner in Europe and the third largest source of investment"; its place
        # may be the other's: "13th in China and third among northern cities")
        after_rank = self._after_the_rank_before(found, sentence) if is_rank else None
        if after_rank and after_rank > start:
            own_group = self._scope_of(self._without_shares(after_rank, end, found), is_rank).among
            scope = replace(scope, among=own_group)
        possessive = _PLACE_BEFORE.search(self.places, max(found.start - 30, start), found.start)
        if is_rank:
            # where a rank ranks is in its own words, when they name a place, before the clause's:
            # "Shandong's GDP ranks third in China"; "first in the province and 10th among cities
            # nationwide" (not "13th in China and third among northern cities": they name none);
            # "Shandong claimed the title of the world's second largest port": the world's
            own_start = possessive.start() if possessive else found.start
            own = self._scope_of(self._without_shares(own_start, end, found), is_rank)
            scope = own if own.names_a_place else scope
        elif possessive and not scope.names_a_place:  # "among the top 10 of Shandong's 145 zones"
            own = self._scope_of(self.places[possessive.start():found.start], is_rank)
            scope = own if own.names_a_place else scope
        owner = None if is_rank else _WIDER_OWNER.search(self.places, max(found.start - 40, start), found.start)
        if owner:  # "… compared with Shandong province's 5.5% and China's 6.1%": each its owner's
            own = self._scope_of(self.places[owner.start():found.start], is_rank)
            scope = own if own.names_a_place else scope
        # (a city named beside it is one of them: "One of the first 14 coastal cities …, Yantai")
        cities = (not scope.names_a_place or scope.level == "city") and _ONE_OF.search(
            self.text, max(found.start - 20, 0), found.start) and _CITIES.match(self.text, found.end)
        if cities:  # "among 17 cities in Shandong": the province's cities
            province = _IN_PROVINCE.match(self.places, cities.end())
            if province:
                return Scope("province", province["place"], None, f"a group of '{province['place']}'s' cities")
            return Scope("country", "China", None, "a group of the country's cities")
        if not scope.names_a_place and not is_rank:
            scope = self._average_after(end, sentence) or self._share_of_a_country(found) or \
                self._cities_of_the_province_together(sentence, start, end) or scope
        if not scope.names_a_place:
            scope = self._wider_scope(scope, found, sentence, start, is_rank)
        partner_s = self._country_named_before(sentence, found) if scope.level == "country" and \
            not is_rank and _THE_COUNTRY.search(scope.reason) else None
        if partner_s:  # (the partner's own: no province or home city to look for)
            return partner_s
        if is_rank and not scope.among:  # "Among the 15 sub-provincial cities in the country, …"
            until = next_rank.start() if next_rank else sentence.end
            in_sentence = self._scope_of(self.places[after_rank or sentence.start:until], is_rank)
            if in_sentence.among:
                scope = replace(scope, among=in_sentence.among) if scope.names_a_place else in_sentence
        if scope.level == "province" and not scope.place:
            scope = replace(scope, place=self._province_before(found.start))
        # (once the text has named it: a quote before that proves no place its label prints)
        if self.home and not scope.names_a_place and all(
                self._in_not_subjects(m.start()) for m in self._city_by_name.finditer(
                    self.text, sentence.start, sentence.end)) and self._home_named < found.start:
            return Scope("city", self.home, scope.among, f"the text is about {self.home}")
        group = None if scope.names_a_place else self._province_group_referred_to(sentence)
        if group:  # "Shandong Port Group … With 337 container routes, the port group connects …"
            return Scope("province", group, scope.among, f"'the group' is the {group} group named before")
        if self.home_province and not scope.names_a_place and any(
                at < found.start and name == self.home_province for at, name in self.provinces):
            return Scope("province", self.home_province, scope.among,
                         f"the text is about {self.home_province}")
        if self.national_from is not None and not scope.names_a_place and self.national_from < found.start:
            return Scope("country", "China", scope.among, "the text is about the country")
        return scope

    def _cities_of_the_province_together(self, sentence: Span, start: int, end: int) -> Scope | None:
        """The province, for a figure of three or more of its cities named together in the
        sentence and no "respectively": "join hands with four cities – Qingdao, Weifang, Zibo and
        Jining –", "Cities including Jinan, Weifang, Jining and Liaocheng have launched buses with a
        total range exceeding 2.4 million kilometers" (their total is no one city's). Not a figure
        of each ("5 billion yuan each"), of one of them its own clause names ("…, 5 billion yuan of
        it in Qingdao"), nor one of the cities a list is a destination or a comparison of
        ("Exports to Jinan, Qingdao and Yantai", "faster than Jinan, Qingdao and Yantai").
        (`start`, `end`: the figure's clause)"""
        cities = PROVINCE_CITIES.get(self.city_province or "", frozenset())
        if not cities or _RESPECTIVELY_SAID.search(self.text, sentence.start, sentence.end):
            return None
        for list_start, list_end in name_lists(self.text, sentence.start, sentence.end):
            names = [name.strip() for name in re.split(r",?\s*\band\b|,", self.text[list_start:list_end])]
            if len(names) < 3 or not all(name in cities for name in names) or \
                    _LIST_OF_OTHERS.search(self.text, max(list_start - 60, sentence.start), list_start):
                continue
            own = [m for m in _ONE_CAPITALISED_WORD.finditer(self.text, start, end)
                   if m[0] in cities and not list_start <= m.start() < list_end]
            if own:
                return None
            return Scope("province", self.city_province, None, f"a figure of {self.city_province}'s cities together")
        return None

    def _province_group_referred_to(self, sentence: Span) -> str | None:
        """The province whose group ("Shandong Port Group", run by the province) the figure's
        sentence refers back to as "the (port) group" or by its initials ("the SPG"), when no
        other group was named since."""
        refer = _THE_GROUP.search(self.text, sentence.start, sentence.end)
        if refer is None:
            return None
        if self._groups is None:  # (found once: many sentences may say "the group")
            self._groups = list(_OTHER_GROUP.finditer(self.text))
            self._group_ends = [m.end() for m in self._groups]
        last = bisect.bisect_right(self._group_ends, sentence.start) - 1
        named = _PROVINCE_GROUP.fullmatch(self._groups[last][0]) if last >= 0 else None
        if named is None:  # (no group named before, or another named since)
            return None
        initials = "".join(word[0] for word in named[0].split())
        if refer["initials"] and refer["initials"] != initials:
            return None
        return named["province"]

    def _ranked_abroad(self, found: Found, sentence: Span) -> str | None:
        """The country abroad no entity stands for that a partner's rank is of: the subject of the
        rank's clause ("Italy … being Qingdao's fourth largest trading partner"), with no partner of
        the project's named in that clause; not a country the rank is another's in ("Qingdao was
        Vietnam's fifth largest trading partner"), nor one named after the city or its firm or sector
        ("Qingdao Port, which receives ore from Brazil, is the second largest ore import market")."""
        if not _PARTNER_RANKED.match(self.text, found.end):
            return None
        joints = list(_CLAUSE_JOINT.finditer(self.text, sentence.start, found.start))
        start = joints[-1].end() if joints else sentence.start
        if any(map(self._a_partner, self.subjects.mentions_between(start, found.start))):
            return None
        for m in _abroad_name().finditer(self.text, start, found.start):
            if self.subjects.names_between(m.start(), m.end()) or _WHOSE_RANK.match(self.text, m.end()):
                continue
            if self.subjects.mentions_between(start, m.start()) or (
                    self._city_firm_name and self._city_firm_name.search(self.text, start, m.start())):
                return None  # (the city, its sector or firm is the clause's subject)
            return m[0]
        return None

    def _after_the_rank_before(self, found: Found, sentence: Span) -> int | None:
        """Where the words of a rank begin when another rank comes before it in its sentence,
        joined by "and" (not "4th and 6th …, respectively", which share theirs): after the "and"."""
        first, last = (bisect.bisect_left(self.found_starts, sentence.start),
                       bisect.bisect_left(self.found_starts, found.start))
        previous = next((f for f in reversed(self.founds[first:last]) if f.quantity.unit == "rank"
                         and f.end <= found.start), None)
        if previous is None or _RANKS_JOINED.fullmatch(self.text, previous.end, found.start):
            return None
        joined = list(_AND_THE.finditer(self.text, previous.end, found.start))
        return joined[-1].end() if joined else None

    def _home_province(self) -> str | None:
        """The province a text is about when it never names the project's city nor another city
        as its topic: the city's province, named at least twice (or once and "the province" too),
        and no other province but neighbours it lists or says it borders or faces ("The Fortune
        Global 500 enterprises under contract with Shandong …. The total investment volume
        increased by 6.9 billion U.S. dollars": the province's, however far back)."""
        if self.home or not self.city_province or self._city_by_name.search(self.text):
            return None
        # (not a neighbour it names in a list or as bordering it: "… borders Hebei, Henan and Anhui")
        own = [(at, name) for at, name in self.provinces if not self._a_neighbour(at)]
        named = {name for _, name in own}
        at = [at for at, name in own if name == self.city_province]
        # (named once, not as a neighbour, and "the province" too: "the province's territory … Shandong 2004 -
        # The Year in Review")
        count = len(at) + bool(at and _THE_PROVINCE.search(self.text))
        return self.city_province if named == {self.city_province} and count >= 2 else None

    def _national_from(self) -> int | None:
        """Where a text about the whole country first says so, when it names no province, no
        other city as its topic and the project's city at most in a list ("Container volume at
        major Chinese ports was 76.73 million teu. Domestic container volume … grew 8.5%",
        "Shanghai port, Ningbo-Zhoushan port and Qingdao port were the top three"): its
        sentences that name no place are the country's. None for any other text."""
        if self.home or self.provinces or any(not self._in_a_list(m.start()) for m in
                                              self._city_by_name.finditer(self.text)):
            return None
        national = [m.start() for m in _NATIONAL.finditer(self.places)]
        return national[0] if len(national) >= 2 else None

    def _a_neighbour(self, at: int) -> bool:
        """Whether the province at `at` is one of several listed, or one a place faces or borders
        ("the peninsula faces the Liaodong Peninsula of Liaoning Province over the sea")."""
        return self._in_a_list(at) or bool(_BORDERS.search(self.text, self.sentences.at(at).start, at))

    def _in_a_list(self, at: int) -> bool:
        """Whether the name at `at` is one of three or more listed ("Shanghai port, Ningbo-Zhoushan
        port and Qingdao port")."""
        sentence = self.sentences.at(at)
        return any(a <= at < b for a, b in name_lists(self.text, sentence.start, sentence.end)) or \
            bool(_LISTED_BEFORE.search(self.text, max(at - 120, sentence.start), at))

    def _country_named_before(self, sentence: Span, found: Found) -> Scope | None:
        """"Hisense entered the South African market … and built an industrial park … in the
        country": "the country" is the partner country its sentence named before, not China
        (the partner's own figure, whose place its subject says)."""
        # (or one of the sentences just before, when its own names none: "Hisense's park in South
        # Africa … The plant is one of the few that produce such fridges in the country")
        i = self.sentences.index_at(sentence.start)
        since = self.sentences.sentences[max(i - _COUNTRY_REACH, 0)].start
        before = [m for m in self.subjects.mentions_between(since, found.start)
                  if self.subjects.kinds.get(m.slug) == "country"]
        if not before or _CHINA_NAMED.search(self.text, before[-1].end, found.end) or (
                before[-1].start < sentence.start and not (
                    _THE_COUNTRY_IN.search(self.text, sentence.start, sentence.end)
                    and self._a_site_s_country(before[-1])
                    and not any(self.subjects.kinds.get(m.slug) == "city"
                                for m in self.subjects.mentions_between(sentence.start, found.start)))):
            # (a partner named before only as where something is — "built a plant in South
            # Africa" — and a sentence naming no city of its own)
            return None
        name = self.text[before[-1].start:before[-1].end]
        return Scope("city", None, None, f"'the country' is '{name}', named before it")

    def _a_site_s_country(self, mention: Mention) -> bool:
        """Whether a partner is named as the country a site was put in ("opened a plant in Japan",
        "built an industrial park in South Africa"), not where a fair was held or money went."""
        return any(m.start("place") <= mention.start < m.end("place") for m in _site_in_a_country().finditer(
            self.text, max(mention.start - 120, 0), mention.end + 1))

    def _share_of_a_country(self, found: Found) -> Scope | None:
        """"more than 28 percent of Japan's population is over 65": a share of a country's
        whole is about that country, not the place the sentence's other clauses name."""
        of = _OF_THE.match(self.text, found.end)
        if not of or found.quantity.unit != "percent":
            return None
        mention = next((m for m in self.subjects.mentions if m.start == of.end()), None)
        if mention is None or self.subjects.kinds.get(mention.slug) != "country" or \
                self.text[mention.end:mention.end + 2] not in ("'s", "’s") or self._names_its_firm(mention.end + 2):
            return None
        name = self.text[mention.start:mention.end]
        return Scope("country", name, None, f"a share of '{name}'s' whole")

    def _names_its_firm(self, at: int) -> bool:
        """Whether a partner's firm the text introduces is named right at `at` ("45 per cent of
        South Korea's Kumho Tire": a share of the firm, not of the country)."""
        word = re.match(r"\s*([\w&'’-]+)", self.text[at:at + 60])
        return bool(word and word[1] in self._partner_firms)

    def _before_a_compared_figure(self, found: Found, end: int) -> int:
        """Where the figure's clause ends when a later figure in it states a comparison of its
        own: in "a rise of 26.6 percent and 7.3 percentage points higher than the national
        average", the average is the 7.3 points' place, not the rise's."""
        at = bisect.bisect_right(self.found_starts, found.start)
        for later in self.founds[at:]:
            if later.start >= end:
                break
            if _COMPARED_BY_IT.match(self.text, later.end):
                # (not a figure listed with it: "2.2 percentage points and 1.2 percentage points faster
                # than the national levels" are both relative to the country)
                return end if self._compared_together(found, later.start) else later.start
        return end

    def _average_after(self, clause_end: int, sentence: Span) -> Scope | None:
        """The place of an average the clause after the figure compares it with: "up 3.9
        percent, surpassing the provincial average" is a growth relative to the province. Not when
        the comparison states its own figure ("…, outpacing the national average by 5.5
        percentage points"): that one is relative, the figure before keeps its own place."""
        m = _AVERAGE_AFTER.match(self.places, clause_end, sentence.end)
        if m and _BY_FIGURE.match(self.text, m.end()):
            return None
        scope = self._scope_of(m[0], False) if m else None
        return scope if scope and scope.names_a_place else None

    def _of_the_city_it_is_part_of(self, scope: Scope) -> Scope:
        """A city the text names as another's district is that city's part: "Jinan Laiwu District
        … Laiwu has 40 of them" is Jinan's (Laiwu, a city until 2019, is now its district)."""
        if scope.level != "city" or not scope.place:
            return scope
        whole = next((city for city, parts in self._other_cities_parts.items() if scope.place in parts), None)
        if whole is None:
            return scope
        # (a part of the project's city is the project's city: no place, as its other figures)
        return replace(scope, place=None if whole == self.city else whole, reason=f"{scope.reason}, a part of {whole}")

    def _other_home_city(self) -> str | None:
        """The city of the province a text is about when that is not the project's city: named
        at least three times, and more often than the project's city by name ("Yantai's foreign
        trade …" in an article about Yantai: "the city" there is Yantai, not Qingdao); or, in a
        text that never names the project's city, named twice and more often than any other
        city (a statistics page: "GDP in Rizhao reached …", "highway mileage of Rizhao …"), or
        named once where no other city and no province is named."""
        others = (PROVINCE_CITIES.get(self.city_province or "", frozenset()) | self._located_in_the_province()
                  | self._cities_of_their_own) - {self.city}
        # (a company report's dateline names the company's city: "YANTAI, China — Shandong Linglong
        # Tire Co. Ltd. posted …"; not an agency's, "JINAN, Nov. 11 (Xinhua) --", where a report on
        # the province was filed)
        dateline = _DATELINE.search(self.text, 0, 600)
        datelined = _title_case(dateline[1]) if dateline and _CHINA_AFTER.match(self.text, dateline.end()) else None
        counts = sorted(((len(re.findall(self._names_of(name), self.text)) + (name == datelined), name)
                         for name in others), reverse=True)
        (count, name), runner_up = (counts + [(0, None), (0, None)])[:2]
        own = len(self._city_by_name.findall(self.text))
        if count >= 3 and count > own:
            return name
        if own == 0 and count == 1 and not runner_up[0] and not self.provinces:
            return name  # the only place a page names at all: "In 2009, Liaocheng obtained …"
        return name if own == 0 and count >= 2 and count > runner_up[0] else None

    def _located_in_the_province(self) -> set[str]:
        """Places the text says are in the city's province that no list knows ("Qufu, Confucius's
        birthplace in east China's Shandong Province", "Shouguang city in Shandong province"): a
        county-level city is as much another city as a prefecture is. No entity's name."""
        if not self.city_province:
            return set()
        # (a name of several words is a port's, a firm's or a park's: "Qingdao Port in … Shandong Province")
        # (a name of a few words, each of a word's length: an unbounded run went back over every
        # capital of a hostile text)
        located = re.compile(rf"\b(?P<place>[A-Z][a-z]{{2,}}(?:\s+[A-Z][\w'’-]{{0,40}}){{0,4}})(?:\s+(?:city|county)|,\s+(?:(?:a|an|the)\s+)?"
                             rf"(?:[\w'’-]+\s+){{0,4}}?(?:city|county|town|birthplace|hometown)\b)?\s+in\s+"
                             rf"(?:(?:east|eastern|north|northern|south|southern|west|western|central)\s+)?"
                             rf"(?:China['’]s\s+)?{re.escape(self.city_province)}\s+[Pp]rovince\b")
        return {m["place"] for m in located.finditer(self.text)
                if " " not in m["place"] and m["place"] not in self.subjects_names and m["place"] not in PROVINCES}

    def _districts(self) -> dict[str, set[str]]:
        """The districts and counties the text names as a city's ("The Zhoucun district of Zibo
        city", "Zibo's Zhoucun district"): naming one names its city."""
        parts: dict[str, set[str]] = {}
        for m in _DISTRICT_OF.finditer(self.text):
            city, district = next((m[city], m[part]) for city, part in _DISTRICT_GROUPS if m[city])
            parts.setdefault(city, set()).add(district)
        # the province's county-level cities, each its prefecture's ("Shouguang" names Weifang);
        # the project's city's own are its parts, not another city, and one the text calls a city
        # without naming its prefecture is a city of its own (`_cities_of_their_own`)
        counties = COUNTY_CITIES.get(self.city_province or "", {})
        for county in {m[0] for m in _county_names(self.city_province).finditer(self.text)} if counties else ():
            if counties[county] != self.city and county not in self._cities_of_their_own:
                parts.setdefault(counties[county], set()).add(county)
        return parts

    @functools.cached_property
    def _cities_of_their_own(self) -> set[str]:
        """The province's county-level cities the text itself calls a city ("Anqiu city is …", "in
        the city of Haiyang") and whose prefecture it never names: the figures are that city's, not
        its prefecture's, which the reader is never told of ("Shouguang, Shandong province" names
        no city: Weifang's)."""
        counties = COUNTY_CITIES.get(self.city_province or "", {})
        if not counties:
            return set()
        called = {m["a"] or m["b"] for m in _A_COUNTY_CALLED_A_CITY.finditer(self.text)}
        named = {m[0] for m in _county_names(self.city_province).finditer(self.text)}
        # (nor when another county-level city of its prefecture is named: "Anqiu city …; Shouguang
        # exported …" is a text about Weifang)
        return {county for county in called if county in counties and counties[county] != self.city
                and not re.search(rf"\b{re.escape(counties[county])}\b", self.text)
                and not any(counties[other] == counties[county] for other in named - {county})}

    def _deals_since(self, start: int, sentence: Span) -> bool:
        """Whether every sentence after the one at `start`, up to `sentence`, speaks of "these
        projects" (or deals, contracts …) again: at most _DEALS_CHAIN sentences (a longer chain is
        no one's, and following it back from each figure made long texts quadratic)."""
        before, opening = self.sentences.at(max(sentence.start - 1, 0)), self.sentences.at(start).start
        for _ in range(_DEALS_CHAIN):
            if before.start <= opening:
                return True
            if not (_THESE_DEALS.search(self.text, before.start, before.end)
                    or _THE_DEALS_OPEN.match(self.text, before.start)):
                return False
            before = self.sentences.at(max(before.start - 1, 0))
        return before.start <= opening

    def _named_at(self, city: str) -> list[int]:
        """Where the text names its city, its dateline in capitals included ("LIAOCHENG, China,
        Aug. 21, 2023 /PRNewswire/ -- …"; a dateline alone makes no city the text's: "JINAN
        (Xinhua) --" is where a report on the province was filed)."""
        dateline = _DATELINE.search(self.text, 0, 600)
        opens = [dateline.start(1)] if dateline and _title_case(dateline[1]) == city else []
        # (or one of its districts or county-level cities: "in Shouguang, Shandong province")
        return opens + [m.start() for m in re.finditer(self._names_of(city), self.text)]

    def _names_of(self, city: str) -> str:
        """A pattern of the city's name and its parts' the text names; "Yantai Laishan district",
        as a title writes it, names it once."""
        parts = "|".join(re.escape(name) for name in
                         sorted(self._other_cities_parts.get(city, ()), key=len, reverse=True))
        city = re.escape(city)
        return rf"\b(?:{city}\s+(?:{parts})|{city}|{parts})\b" if parts else rf"\b{city}\b"

    def _wider_scope(self, scope: Scope, found: Found, sentence: Span, clause_start: int,
                     is_rank: bool) -> Scope:
        """The place a clause that names none leaves to its sentence: a clause about "its"
        throughput takes the province of the sentence's first clause ("Shandong Port Group held
        …, celebrating its annual cargo throughput exceeding …"); a sentence that names neither
        the city nor another place gives its own ("In Shandong province, foreign trade rose 10%,
        exports 12%"), or the sentence before's when it goes on with "Its …", else the province
        the sentence before is about (`_topic_before`)."""
        # (not the place of a rank the sentence ends on: "… reached 68.9 percent, making it one
        # of the top 100 new urbanization areas in China" ranks in China, the rate is the area's)
        result = _RANKING_RESULT.search(self.text, found.end, sentence.end)
        whole = self._without_shares(sentence.start, result.start() if result else sentence.end, found)
        wider = Scope()
        if _ITS.search(self.text, clause_start, found.start):
            head_end = _clause_of(self.text, sentence, sentence.start, sentence.start)[1]
            head = self._scope_of(self.places[sentence.start:head_end], is_rank)
            wider = head if head.level == "province" else wider
        if not wider.names_a_place and not self._names_city(sentence.start, sentence.end):
            wider = self._scope_of(whole, is_rank)
            previous = self.sentences.at(max(sentence.start - 2, 0))
            # (not when the city is what the sentence before is about: "Qingdao is … a new hub for
            # the sport in China. It has established sailing at 40 local schools" is the city's)
            about_the_city = _GOES_ON.match(whole) and self._opens_on_the_city(previous)
            if not wider.names_a_place and _GOES_ON.match(whole) and previous.start < sentence.start \
                    and not about_the_city:
                wider = replace(self._scope_of(self.places[previous.start:previous.end], is_rank),
                                named_in=(previous.start, previous.end))
            if not wider.names_a_place and _BILATERAL.search(whole):
                wider = self._country_pair_before(sentence)
            if not wider.names_a_place and not about_the_city:  # "It only took us 10 months": on about an earlier topic
                wider = self._topic_before(sentence, is_rank)
            if not wider.names_a_place:
                wider = self._province_of_a_text_without_the_city(sentence)
        if not wider.names_a_place:
            return scope
        return Scope(wider.level, wider.place, scope.among or wider.among, wider.reason,
                     wider.named_in)

    def _names_before(self, sentence: Span, at: int) -> bool:
        """Whether a capitalised word other than the sentence's first comes before `at`: "Shenzhen
        ranks third", "In 2019, Peking University ranked first" name what is ranked."""
        first = _FIRST_WORD.match(self.text, sentence.start)
        if first and first[1] not in _OPENERS and first[1][:1].isupper():
            return True
        return bool(_NAME_IN.search(self.text, first.end() if first else sentence.start, at))

    def _country_pair_before(self, sentence: Span) -> Scope:
        """"Bilateral trade" goes on about the pair the sentence before named, when that is the
        country's trade with another: "China-Saudi trade stood at $106 billion in 2022. … Official
        figures show bilateral trade reached $90 billion …" (up to two sentences back, not past
        one that names the city: "… Qingdao is the closest city. Bilateral trade …" is its)."""
        index = self.sentences.index_at(sentence.start)
        for previous in reversed(self.sentences.sentences[max(index - 2, 0):index]):
            if self._names_city(previous.start, previous.end):
                return Scope()
            pair = re.search(CHINA_PAIR_TRADE, self.places[previous.start:previous.end]) or \
                _BETWEEN_CHINA_AND.search(self.places, previous.start, previous.end)
            if pair:
                return Scope("country", "China", None, f"'{pair[0]}' in an earlier sentence",
                             named_in=(previous.start, previous.end))
        return Scope()

    def _opens_on_the_city(self, sentence: Span) -> bool:
        """Whether a sentence's subject is the city: it opens on its name ("Qingdao is …"), on its
        last line when a heading without a full stop runs into it ("Olympic legacy\nQingdao is …")."""
        words = self.text[sentence.start:sentence.end].rstrip()
        start = sentence.start + words.rfind("\n") + 1
        start += len(self.text[start:sentence.end]) - len(self.text[start:sentence.end].lstrip())
        return bool(self._city_by_name.match(self.text, start)) or bool(
            self.home and self.text.startswith(self.home, start))

    def _scope_of(self, clause: str, is_rank: bool) -> Scope:
        """`scope_of`, once per clause: the figures of a long clause (a text without full
        stops has a hundred in each) share it, and reading it again for each was most of the
        time such a text took."""
        key = (clause, is_rank)
        if key not in self._scopes:
            self._scopes[key] = scope_of(clause, is_rank, self.city, self.countries, self.parts)
        return self._scopes[key]

    @functools.cached_property
    def _a_province_s_text_without_the_city(self) -> bool:
        """Whether the text never names the city nor another city it is about, and one province only
        (read once: every figure naming no place asks; a city named later stops it from there on,
        `_another_city_from`)."""
        return self._first_city is None and not self.home and bool(self.city_slug) \
            and not any(m.slug == self.city_slug for m in self.subjects.mentions_between(0, len(self.text))) \
            and len({name for _, name in self.provinces}) == 1

    @functools.cached_property
    def _another_city_from(self) -> int:
        """Where the text's first naming of a city (of any province the places know, county-level ones
        too) ends, or past its end."""
        counties = COUNTY_CITIES.get(self.city_province or "", {})
        county = re.search(r"\b(?:" + "|".join(map(re.escape, counties)) + r")\b", self.text) if counties else None
        return min(first_city_named(self.text), county.end() if county else len(self.text) + 1)

    def _province_of_a_text_without_the_city(self, sentence: Span) -> Scope:
        """The province named last before the sentence in a text that never names the city nor
        another city it is about: "In a factory complex … in Shandong province, … Built with an
        investment of $50 million by US company Yardmax …, the factory's …" is the province's, not
        the project city's by default; after a sentence of its paragraph giving a national body's
        figures for the whole country, the country's ("According to the Ministry of Commerce, …
        foreign-invested enterprises in China reached 53,766 … . Actual foreign direct investment
        dropped …")."""
        if not self._a_province_s_text_without_the_city or self._another_city_from <= sentence.end \
                or _IN_A_NAMED_PLACE.search(self.text, sentence.start, sentence.end):
            return Scope()  # ("… Linzi district of Zibo …": that city's; "In Osaka, the new plant …": a place's)
        index = self.sentences.index_at(sentence.start)
        before = self._first_scopes.get(index - 1)
        previous = self.sentences.sentences[index - 1] if index else None
        if before and (before.level, before.place) == ("country", "China") and previous \
                and previous.start >= self.sentences.paragraph_at(sentence.start).start \
                and _A_NATIONAL_BODY.search(self.text, previous.start, previous.end):
            return replace(before, among=None, reason=f"{before.reason}, as the sentence before")
        # (where things are, "in Shandong province"; not where they come from, "12 firms from Henan Province")
        # (or where its firm is based, from that sentence on: "The Shandong-based company's products …")
        named = [name for at, name in self.provinces if name in PROVINCES and (
                     at < sentence.start and (_WHERE_THINGS_ARE.search(self.text, max(at - 40, 0), at)
                                              or _WHERE_THINGS_ARE_OPENS.match(self.text, at))
                     and not _A_NAME_GOES_ON.match(self.text, self.text.find(name, at) + len(name))
                     or at < sentence.end and _based_in(name).match(self.text, at))]
        return Scope("province", named[-1], None, f"'{named[-1]}' named earlier in a text that never names "
                     f"{self.city}") if named else Scope()

    def _topic_before(self, sentence: Span, is_rank: bool) -> Scope:
        """A sentence that names no place goes on about the province the text was last about: "In
        August, Shandong's exports rose 21 percent. Imports rose 11.7 percent." Back over up to
        `_TOPIC_REACH` sentences that name no place, to the first whose topic (the words before
        its first figure, not a "share of the province's total" after it) names one. Only a
        province or another city of it carries over ("Rizhao Port has 46 berths. The port …";
        a country or the world named there is more often a comparison);
        never past a sentence that names the city, nor into the paragraph before once the text
        has named the city or the other city it is about (a new paragraph may then be about that
        city again). A sentence that
        opens with "The" goes on about the figures of the sentence before even when that one
        names the city: "Shandong Port Group held a ceremony in Qingdao Port, celebrating its
        throughput exceeding 1.5 billion tonnes. The throughput grew 5.8 percent." """
        index = self.sentences.index_at(sentence.start)
        paragraph = self.sentences.paragraph_at(sentence.start)
        # (the text's other city counts as the city: "Dongying … In 2007, the zone's GDP reached …"
        # in a new paragraph is Dongying's again, not the province's of the paragraph before)
        city_named = (self._first_city is not None and self._first_city < sentence.start) or \
            (self._home_is_topic and self._home_named < sentence.start)
        for back, previous in enumerate(reversed(self.sentences.sentences[max(index - _TOPIC_REACH, 0):index])):
            if (city_named and previous.start < paragraph.start) or self._names_city(previous.start,
                                                                                     previous.end):
                # (in its paragraph: a new paragraph on "The total number of …" starts afresh)
                before = self._first_scopes.get(index - 1) if back == 0 and previous.start >= paragraph.start \
                    else None
                if before and before.level == "province" and _DEFINITE.match(self.text, sentence.start):
                    return replace(before, among=None, reason=f"{before.reason}, as the sentence before",
                                   named_in=(previous.start, previous.end))
                return Scope()
            topic_end = self._first_figure(previous.start, previous.end)
            topic = self._scope_of(self.places[previous.start:topic_end], is_rank)
            if topic.level == "city" and topic.place and names_a_city(
                    self.text[sentence.start:sentence.end]):
                return Scope()  # "In Weihai, exports rose 3 percent. Jinan hosted 40 firms."
            if topic.level == "province" or (topic.level == "city" and topic.place and self._of_the_province(
                    topic.place)):  # (not "… the northern Chinese city of Tianjin")
                where = "the sentence before" if back == 0 else "an earlier sentence"
                return replace(topic, among=None, reason=f"{topic.reason} in {where}",
                               named_in=(previous.start, previous.end))
            if topic.names_a_place:
                return Scope()
        return Scope()

    def _of_the_province(self, city: str) -> bool:
        """Whether a city is one of the province's (any city, when the province is unknown)."""
        cities = PROVINCE_CITIES.get(self.city_province or "")
        return not cities or city in cities

    def _first_figure(self, start: int, end: int) -> int:
        """Where text[start:end]'s first figure starts (`end` when it has none); the day of a
        date is none: "JINAN, July 24 (Xinhua) -- East China's Shandong Province has reported
        …" is about the province, which a dateline's day would cut off from the topic."""
        return next((m.start() for m in _FIGURE.finditer(self.text, start, end)
                     if not self.noise.overlaps(m.start(), m.end())), end)

    def _city_named_from(self, start: int, end: int | None = None) -> int | None:
        """Where text[start:end] first names the city other than as a source or in a ticker."""
        if not self._city_names:
            return None
        end = len(self.text) if end is None else end
        if (start, end) not in self._city_named:  # every figure of a sentence asks for it
            self._city_named[start, end] = next(
                (m.start() for m in self._city_names.finditer(self.text, start, end)
                 if not self._in_not_subjects(m.start())), None)
        return self._city_named[start, end]

    def _in_not_subjects(self, at: int) -> bool:
        """Whether `at` is in a source, a ticker, a photo's caption or a place listed as visited:
        no subject there."""
        return any(a <= at < b for a, b in self.not_subjects)

    def _names_city(self, start: int, end: int) -> bool:
        """Whether text[start:end] names the city ("Qingdao", "the city's") other than as a
        source ("according to statistics from the Qingdao Customs") or in a ticker."""
        return self._city_named_from(start, end) is not None

    def _without_shares(self, start: int, end: int, found: Found) -> str:
        """text[start:end] with the places of shares that are not `found` blanked out:
        "grew 3.2 percent, accounting for 26.8 percent of Shandong's total" — the province is
        what the 26.8 percent is a share of, not the place of the 3.2 percent. A grade right
        after a figure of the clause is blanked too: "four provincial tourist holiday zones" are
        graded by the province, not its figure (nor "five national key laboratories" beside them)."""
        text = self.places[start:end]
        if (start, end) not in self._shares:  # a long clause's figures share it
            self._shares[start, end] = [m.span() for m in _SHARE_OF.finditer(self.places, start, end)]
            self._grades[start, end] = self._grades_in(start, end)
            self._comparisons[start, end] = self._comparisons_in(start, end)
        spans = [span for span in self._shares[start, end] if not (span[0] <= found.start < span[1])]
        spans += self._grades[start, end]
        spans += [span for at, span in self._comparisons[start, end] if at != found.start
                  and not (found.start < at and self._compared_together(found, at))]
        for share_start, share_end in spans:
            text = text[:share_start - start] + " " * (share_end - share_start) + text[share_end - start:]
        return text

    def _compared_together(self, found: Found, at: int) -> bool:
        """Whether `found` is joined to the compared figure at `at` as one of a list the comparison
        after them is of: "2.2 and 1.2 percentage points faster than the national levels", "2.2
        percentage points and 1.2 percentage points faster than …", "1.5, 1.1 and 0.9 percentage
        points …" (bare numbers or ones in the same unit, with only commas or "and" between). A
        figure in its own unit is listed only by "and" or "or" before the compared one, and not as
        the amount a verb states: "reached 45,000 yuan, 3,000 yuan higher than the national
        average" and "reached 300 billion yuan and 20 billion yuan more than …" keep their place."""
        figures, gaps = [found], []
        first = bisect.bisect_right(self.found_starts, found.start)
        for later in self.founds[first:first + _LISTED_AT_MOST]:  # (a short list: long texts stay linear)
            if later.start > at:
                return False
            gap = _JOINED_FIGURES.fullmatch(self.text, figures[-1].end, later.start)
            if not gap:
                return False
            figures.append(later)
            gaps.append(gap[0])
            if later.start == at:
                break
        else:
            return False
        compared = figures[-1]
        if not all(_BARE_NUMBER.fullmatch(self.text, f.start, f.end) or f.quantity.unit == compared.quantity.unit
                   for f in figures[:-1]):
            return False
        return bool(_BARE_NUMBER.fullmatch(self.text, found.start, found.end)) or (
            bool(re.search(r"\b(?:and|or)\b", gaps[-1]))
            and not _AN_AMOUNT_STATED.search(self.text, max(found.start - 40, 0), found.start))

    def _comparisons_in(self, start: int, end: int) -> list[tuple[int, tuple[int, int]]]:
        """(figure's start, span) of the comparisons right after the figures of text[start:end]
        ("9.9 percentage points higher than the national average": the country is what that
        figure is relative to, not the place of the clause's other figures)."""
        first, last = bisect.bisect_left(self.found_starts, start), bisect.bisect_left(self.found_starts, end)
        compared = ((f.start, _ITS_OWN_COMPARISON.match(self.places, f.end)) for f in self.founds[first:last])
        return [(at, m.span()) for at, m in compared if m and m.end() <= end]

    def _grades_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The grades right after the figures of text[start:end] ("four provincial …")."""
        first, last = bisect.bisect_left(self.found_starts, start), bisect.bisect_left(self.found_starts, end)
        grades = (_GRADE.match(self.places, f.end) for f in self.founds[first:last])
        return [g.span(1) for g in grades if g and g.end() <= end]

    def _figure_clause(self, found: Found, sentence: Span) -> tuple[int, int]:
        """`_clause_of` the figure, found once: half a dozen rules ask for it."""
        return self._clause_once(sentence, found.start, found.end)

    def _clause_once(self, sentence: Span, start: int, end: int) -> tuple[int, int]:
        key = (sentence.start, sentence.end, start, end)
        if key not in self._clauses:
            self._clauses[key] = _clause_of(self.text, sentence, start, end)
        return self._clauses[key]

    def _province_before(self, offset: int) -> str | None:
        """The province named last before `offset`, not one of a list of others ("Its inland
        adjoins the provinces of Hebei, Henan, Anhui and Jiangsu. The province stretches 420 km
        …": the province the text is about, not its neighbours)."""
        if self._own_provinces is None:  # (read once: each figure of "the province" asks)
            self._own_provinces = [(at, name) for at, name in self.provinces if not self._a_neighbour(at)]
        before = [name for at, name in self._own_provinces if at < offset]
        if before:
            return before[-1]
        return self._own_provinces[0][1] if self._own_provinces else self.city_province

    def paired_respectively(self, candidates: list[Candidate]) -> list[Candidate]:
        """"A, B and C ... 1, 2 and 3, respectively": the n-th figure is the n-th item's; an
        item that names no entity leaves its figure without a subject (the reviewer says). A
        sentence may hold several such lists, each closed by its own "respectively"; a list
        after the figures may name their places ("27.4 and 2.2 percent of the provincial and
        the country's total, respectively"); figures listed right after the "respectively" pair
        with the same items ("…, respectively, up 0.2 percent, down 13.1 percent and down 9.5
        percent")."""
        by_sentence: dict[int, list[int]] = {}
        for i, c in enumerate(candidates):
            if not c.equivalent_of:
                by_sentence.setdefault(self.sentences.index_at(c.offset), []).append(i)
        subjects: dict[str, tuple[str | None, str]] = {}  # key -> (subject, item text)
        scopes: dict[str, Scope] = {}
        changes: dict[str, tuple[str, str | None]] = {}  # key -> (kind, direction) of its list's first
        for indexes in by_sentence.values():
            sentence = self.sentences.at(candidates[indexes[0]].offset)
            for start, group, closer, afters in self._respectively_groups(candidates, indexes, sentence):
                items = self._items_of(candidates, group, start)
                for after in afters:  # (each list after it the same length pairs in the same order)
                    if len(after) == len(group) and all(candidates[i].key in items for i in group):
                        items.update((candidates[j].key, items[candidates[i].key])
                                     for i, j in zip(group, after))
                subjects.update(items)
                first = candidates[group[0]]
                verb = _LIST_CHANGE.search(self.text, max(first.offset - 40, 0), first.offset)
                if first.kind == "change" or verb:  # "rose 19.9, 12.6 and 12.1 percent": changes
                    direction = first.direction or ("decrease" if verb and verb["down"] else "increase")
                    changes.update((candidates[i].key, ("change", direction)) for i in group)
                scopes.update(self._places_of(candidates, group, closer))
                if items:
                    scopes.update(self._other_cities(items))
                else:
                    cities = self._province_cities(candidates, group, start)
                    scopes.update(cities)
                    # another city's figure is never the project city's ("Qingdao's trade rose.
                    # Tai'an and Yantai led. Their growth rates were …")
                    subjects.update((candidates[i].key, (None, cities[candidates[i].key].place))
                                    for i in group if candidates[i].key in cities
                                    and candidates[i].subject == self.city_slug)
        if not subjects and not scopes and not changes:  # (a list's changes without entities:
            return candidates                            # "throughput grew 5.8 and 8.1 percent")
        return [self._with_item(replace(c, kind=changes[c.key][0], direction=changes[c.key][1])
                                if c.key in changes else c, subjects.get(c.equivalent_of or c.key),
                                scopes.get(c.equivalent_of or c.key)) for c in candidates]

    def _respectively_groups(self, candidates: list[Candidate], indexes: list[int], sentence: Span
                             ) -> list[tuple[int, list[int], tuple[int, int], list[list[int]]]]:
        """(where its list may start, the figures, the "respectively" word, the lists of figures
        right after it) of each "respectively" in a sentence: the list right after the word, and
        each further list as long as it after "and an increase of" ("… $190 million, $71.55 million
        and $20.86 million respectively, a year-on-year increase of 255.0%, 72.7% and 174.1%, and an
        increase of 85.2%, 171.6% and 346.7% over 2019"). The figures are the ones listed
        right before the word ("hitting 19.3, 14.46 and 13.36 billion yuan, respectively": not
        the "three" of "the top three markets" before them); when no such list is there, with one
        "respectively" every figure of the sentence, with several the figures since the one
        before."""
        closers = respectively_spans(self.text, sentence.start, sentence.end)
        if len(indexes) < 2 or not closers:
            return []
        groups, start = [], sentence.start
        for closer in closers:
            since = [i for i in indexes if start <= candidates[i].offset < closer[0]]
            listed = self._listed(candidates, since, closer[0], backwards=True)
            after = self._listed(candidates, [i for i in indexes if candidates[i].offset >= closer[1]],
                                 closer[1], backwards=False)
            afters = [after]
            while len(after) == len(listed) >= 2 and (more := _ANOTHER_LIST.match(self.text, candidates[after[-1]].end)):
                after = self._listed(candidates, [i for i in indexes if candidates[i].offset >= more.end()],
                                     more.end(), backwards=False)
                end = candidates[after[-1]].end if after else more.end()
                owner = next((c for c in closers if c[0] >= end), None)
                if owner and not any(end <= candidates[i].offset < owner[0] for i in indexes):
                    break  # (a list its own later "respectively" closes: "… were recorded in A, B and C respectively")
                afters.append(after)
            if len(listed) >= 2:
                groups.append((start, listed, closer, afters))
            elif members := (indexes if len(closers) == 1 else since):
                # (a "respectively" with no figure since the one before pairs none: "… 5 and 3
                # percent, respectively, with Japan and Korea, respectively, the top partners")
                groups.append((start, members, closer, []))
            start = closer[1]
        return groups

    def _listed(self, candidates: list[Candidate], indexes: list[int], at: int,
                backwards: bool) -> list[int]:
        """The figures of `indexes` listed one after another ("19.3, 14.46 and 13.36 billion
        yuan", "up 0.2 percent, down 13.1 percent") ending right before `at` (backwards) or
        starting right after it."""
        order = list(reversed(indexes)) if backwards else list(indexes)
        run, edge = [], at
        for i in order:
            c = candidates[i]
            gap = self.text[c.end:edge] if backwards else self.text[edge:c.offset]
            if not (_LIST_GAP if run else (_CLOSE_GAP if backwards else _OPEN_GAP)).fullmatch(
                    _PARENTHESES.sub("", gap)):
                break
            if run and _is_rate(c) != _is_rate(candidates[run[0]]):
                break  # "… and imports 3 billion yuan, up 5 percent and 7 percent": the rates alone
            run.append(i)
            edge = c.offset if backwards else c.end
        return list(reversed(run)) if backwards else run

    def _items_of(self, candidates: list[Candidate], group: list[int],
                  start: int) -> dict[str, tuple[str | None, str]]:
        """The list item of each figure of a respectively-group; when the whole group pairs
        with no list, its last figures may, with a list after the figures before them ("X rose
        5% to 10 billion, while A and B grew 3% and 4% respectively")."""
        for size in range(len(group), 1, -1):
            tail = group[len(group) - size:]
            since = candidates[group[len(group) - size - 1]].end if size < len(group) else start
            items = respectively_items(self.text, since, candidates[tail[0]].offset, size) or []
            named = [self.subjects.subject_for(lo, hi, [(lo, hi)]) for lo, hi in items]
            if items and (self._names_subjects(named) or self._kinds_not_measures(candidates, tail, items)):
                return {candidates[i].key: (slug, " ".join(self.text[lo:hi].split()))
                        for i, slug, (lo, hi) in zip(tail, named, items)}
        return self._items_before(candidates, group, start)

    def _kinds_not_measures(self, candidates: list[Candidate], group: list[int],
                            items: list[tuple[int, int]]) -> bool:
        """Items that name no entity still say what each figure is when they are kinds, not
        measures: "passengers by highway, sea, railway and air … respectively" is no partner or
        sector named before, while "Domestic container volume and foreign trading volume grew
        8.5% and 11.1%, respectively" goes on about the port (the city, named before, stays), as
        do kinds of goods traded ("Exports of machinery, textiles and seafood rose 5, 6 and 7
        percent, respectively" after a sentence on trade with Japan: Japan's)."""
        carried = [candidates[i] for i in group]
        first = min(lo for lo, _ in items)
        return all(c.subject_reason.endswith(_WHERE[1:]) and c.subject != self.city_slug
                   for c in carried) and not any(
            _MEASURE_NOUN.search(self.text, lo, hi) for lo, hi in items) and not \
            _TRADE.search(self.text, self.sentences.at(first).start, first)

    def _items_before(self, candidates: list[Candidate], group: list[int],
                      start: int) -> dict[str, tuple[str | None, str]]:
        """"A, B and C are the top three partners. Trade with those countries totaled 6, 4 and 3
        billion yuan respectively": a list referred back to ("those countries", "the three") is
        the sentence before's."""
        first = candidates[group[0]].offset
        index = self.sentences.index_at(first)
        if index == 0 or not _THOSE.search(self.text, start, first):
            return {}
        previous = self.sentences.sentences[index - 1]
        items = respectively_items(self.text, previous.start, previous.end, len(group)) or []
        named = [self.subjects.subject_for(lo, hi, [(lo, hi)]) for lo, hi in items]
        if not items or not self._names_subjects(named):
            return {}
        return {candidates[i].key: (slug, " ".join(self.text[lo:hi].split()))
                for i, slug, (lo, hi) in zip(group, named, items)}

    def _other_cities(self, items: dict[str, tuple[str | None, str]]) -> dict[str, Scope]:
        """"In Qingdao and Yantai … 395.54 billion yuan and 185.96 billion yuan, respectively":
        a name listed with the city that no entity stands for is another city."""
        if self.city_slug not in {slug for slug, _ in items.values()}:
            return {}
        scopes = {}
        for key, (slug, words) in items.items():
            name = _PLACE_NAME.match(words)
            if slug is None and name and name[0] not in self.places_not_cities:
                scopes[key] = Scope("city", name[0], None, f"'{name[0]}', listed with the city")
        return scopes

    def _province_cities(self, candidates: list[Candidate], group: list[int],
                         start: int) -> dict[str, Scope]:
        """"The growth rate of Zaozhuang, Weifang and Binzhou was 107, 40.8 and 26.7 percent,
        respectively": a list of the province's other cities gives each figure its city."""
        cities = PROVINCE_CITIES.get(self.city_province or "", frozenset()) - {self.city}
        first = candidates[group[0]].offset
        items = respectively_items(self.text, start, first, len(group)) or []
        names = [" ".join(self.text[lo:hi].split()) for lo, hi in items]
        where = ""
        if not (names and all(name in cities for name in names)):
            names, where = self._cities_before(first, len(group)), " in the sentence before"
        if not names or not all(name in cities for name in names):
            return {}
        return {candidates[i].key: Scope("city", name, None,
                                         f"'{name}': a city of {self.city_province}{where}")
                for i, name in zip(group, names)}

    def _cities_before(self, first: int, count: int) -> list[str]:
        """"Tai'an, Linyi and Yantai led the way. Their growth rates were 62.7, 53.6 and 42.8
        percent respectively": a sentence that opens with "Their" or "They" pairs its figures
        with the list of cities the sentence before names."""
        sentence = self.sentences.at(first)
        index = self.sentences.index_at(first)
        if index == 0 or not _THEIR.match(self.text, sentence.start):
            return []
        previous = self.sentences.sentences[index - 1]
        lists = [m[0] for m in _CITY_LIST.finditer(self.text, previous.start, previous.end)]
        names = re.split(r",?\s+and\s+|,\s+", lists[-1]) if lists else []
        return names if len(names) == count else []

    def _names_subjects(self, named: list[str | None]) -> bool:
        """Whether a list's items are subjects: one names a partner or the city, or every one
        names an entity. "Cargo and container throughput … respectively" lists measures."""
        if all(named):
            return True
        return any(slug and self.subjects.kinds.get(slug, "partner") != "sector" for slug in named)

    def _places_of(self, candidates: list[Candidate], group: list[int],
                   closer: tuple[int, int]) -> dict[str, Scope]:
        """"… 4.9 and 3.9 percentage points higher than the country's average and the
        provincial average respectively": the n-th of the last figures has the n-th place
        listed after them, when those places differ."""
        last = candidates[group[-1]] if group else None
        places = places_listed(self.places, last.end, closer[0]) if last else None
        if last and not places:  # "exceeded the national and provincial levels by 6.2 and 0.1 points"
            places = self._places_before(candidates[group[0]].offset, len(group))
        if not places or not 2 <= len(places) <= len(group) or \
                len({(p.level, p.place) for p in places}) < 2:
            return {}
        tail = group[len(group) - len(places):]  # "X, up 6.1%, 4.9 and 3.9 points above A and B"
        return {candidates[i].key: self._placed(p, candidates[i].offset)
                for i, p in zip(tail, places)}

    def _places_before(self, first: int, size: int) -> list[Scope] | None:
        """The places listed right before a respectively-group's figures, when each item names
        one: "exceeded the national and provincial levels by 6.2 and 0.1 percentage points"."""
        listed = _PLACES_BEFORE.search(self.places, self.sentences.at(first).start, first)
        if not listed:
            return None
        places = places_listed(self.places, listed.start("list"), listed.end("list"))
        return places if places and len(places) == size else None

    def _placed(self, scope: Scope, offset: int) -> Scope:
        if scope.level == "province" and not scope.place:
            return replace(scope, place=self._province_before(offset))
        return scope

    @staticmethod
    def _with_item(c: Candidate, item: tuple[str | None, str] | None,
                   place: Scope | None = None) -> Candidate:
        if place is not None:
            c = replace(c, scope=replace(place, among=c.scope.among))
        if item is None:
            return c
        subject, words = item
        note = f"respectively-list item '{words}'" + ("" if subject else ", which names no entity")
        return replace(c, subject=subject, reason="; ".join(x for x in (c.reason, note) if x),
                       subject_reason=note)

    def _years_between(self, sentence: Span) -> re.Match | None:
        """The sentence's "from … in Y1 to … in Y2", looked for once per sentence (once per figure
        read a sentence of thousands of figures its length squared)."""
        key = (sentence.start, sentence.end)
        if key not in self._spans:
            self._spans[key] = _FROM_YEAR_TO_YEAR.search(self.text, sentence.start, sentence.end)
        return self._spans[key]

    def period_for(self, found: Found, sentence: Span) -> TimePhrase | None:
        """The time phrase of the figure's sentence; comparison bases never count. An annual
        rate between two years the sentence names ("rose 15.9 percent annually from 100 in
        2011 to 209 in 2016") is of the span, not of either year."""
        span = _annual_rate_span(self.text, found, sentence, self._years_between)
        if span:
            return span
        in_sentence = self._phrases_in(sentence.start, sentence.end)
        if in_order := self._times_in_the_figures_order(found, in_sentence):
            return in_order
        base = next((p for p in in_sentence if self._in_the_base_period(p, found, sentence)), None)
        if base:
            return self._a_year_before(base, sentence)
        if found.quantity.kind == "duration" and any(
                p.end <= found.start and not self.text[p.end:found.start].strip() for p in in_sentence):
            return None  # "in the next five years": the years the phrase counts, no time of their own
        if since_base := _annual_rate_since_base(self.text, found, in_sentence):
            return since_base
        if opened := self._since_clause_opening(found, sentence, in_sentence):
            return opened
        phrases = [p for p in in_sentence
                   if p.kind != "base" and p.period and not _inside_found(p, found)
                   and not self._dates_another_s_founding(p, found, sentence)
                   and not self._dates_the_next_figure_only(p, found)
                   and not self._opens_a_clause_after(p, found)
                   and not self._dates_a_later_clause(p, found, sentence)
                   and not self._dates_a_from_figure_after(p, found, in_sentence)
                   and not self._dates_a_start_of_work(p, found, sentence)
                   and not self._dates_a_record_s_start(p, found, sentence)]
        if own_unresolved := self._unresolved_in_clause(found, sentence, in_sentence, phrases):
            # "In 2010, trade reached $26.55 billion, and the volume was $19.88 billion in the
            # first eight months of this year" in an undated page: not 2010's
            return self._said_before_with_its_year(own_unresolved) or own_unresolved
        if undated_now := self._undated_now_after_and(found, sentence, in_sentence, phrases):
            # "was founded in 1996 and today has 23,000 employees" in an undated page: now, not 1996,
            # and when now is the page does not say
            return undated_now
        if phrases:
            nearest = self._nearest(phrases, found, sentence)
            if nearest and (added := self._added_up_to(nearest, found, sentence)):
                return added
            # an average over years is of a span of years: beside "in the first three quarters
            # of this year" it names none ("…, while e-commerce achieved an average annual growth
            # rate of 103.4 percent")
            # (no nearest when every phrase dates another thing: "The port, which opened in
            # August 2021, has grown at an average annual rate of 5 percent")
            if nearest and _AVERAGE_ANNUAL.search(self.text, max(found.start - 50, 0), found.start) and \
                    nearest.period and not _YEARS_SPAN.fullmatch(nearest.period) and nearest.kind != "target" \
                    and not nearest.period.startswith("../"):  # (up to a date: the span's end)
                return None
            return nearest
        # "In the first three quarters of this year" in an undated source: a period said, not known
        # (not "to date", "now": as of whenever the source was written)
        unresolved = [p for p in in_sentence if p.kind == "period" and p.period is None and not _inside_found(p, found)]
        if unresolved:
            return self._said_before_with_its_year(unresolved[0]) or unresolved[0]
        if at_the_event := self._at_the_event_before(sentence):
            return at_the_event
        if before_then := _BEFORE_THEN.match(self.text, sentence.start):
            # "… from a peak of 27,040 yuan in February 2013. Before this, rubber imported through
            # Qingdao accounted for more than 60 per cent": some time before, which the text does not say
            return TimePhrase(before_then.start(), before_then.end(), None, "period", True, 2)
        if self._refers_back(sentence, in_sentence):
            last = self._last_period_before(sentence.start)
            before = self.sentences.at(max(sentence.start - 1, 0))
            unknown = [p for p in self._phrases_in(before.start, sentence.start)
                       if p.period is None and p.kind == "period" and p.strength == 2
                       and (last is None or p.start > last.start)]
            if unknown:
                # "From January to August this year, … In this period, …" in an undated page: the
                # period the sentence before says, which the page does not date, not one said earlier
                return unknown[-1]
            if last is None and (that := _THAT_PERIOD.search(self.text, sentence.start, sentence.end)):
                # "… a week after China's Golden Week holidays. … received 4.47 million passenger trips
                # during that period": a period the text names by an event only, so no date it gives
                return TimePhrase(that.start(), that.end(), None, "period", True, 2)
            return last if last is None or self._after_the_base(last, in_sentence) else None
        if headed := self._heading_s_period(sentence):
            return headed
        if _CARRIES_ON.match(self.text, sentence.start):
            # (what "it has established" counts is up to the date, not in the paragraph's year)
            return self._done_by_the_date(found, sentence) or self._paragraph_period(sentence) \
                or self._as_of_the_date(found, sentence)
        return self._the_text_s_period(found, sentence) or self._paragraph_s_one_period(found, sentence) \
            or self._done_by_the_date(found, sentence) or self._as_of_the_date(found, sentence)

    def _as_of_the_date(self, found: Found, sentence: Span) -> TimePhrase | None:
        """What a dated source says a place or firm is home to now, naming no time ("Linyi is home to
        3,994 industrial enterprises", "The zone operates 31 freight train routes", "There are 300
        banks"): as of the source's date, inferred; not a size, a flow or a share in the present
        ("It covers 65.4 square kilometers", "exports are mainly machinery"), which name no time; nor
        what it had before ("…, up from 200") or has by nature ("120 islands and 49 bays")."""
        if not (self.anchor and self.anchor.day) or found.quantity.unit not in _STATES:
            return None
        if not _NOW_HAS.search(self.text, sentence.start, found.end) \
                or _A_RATE.search(self.text, found.end, min(found.end + 40, sentence.end)) \
                or _NATURE_COUNTED.match(self.text, found.end) \
                or _UP_FROM.search(self.text, max(found.start - 40, sentence.start), found.end) \
                or _IN_THE_PAST.search(self.text, *self._figure_clause(found, sentence)) \
                or _FUTURE.search(self.text, sentence.start, sentence.end) \
                or _SINCE_DONE.search(self.text, sentence.start, found.start) \
                or _A_YEAR_WRITTEN.search(self.text, *self._figure_clause(found, sentence)):
            return None  # (nor one a year of its clause may date: "The 2010 census found that …")
        return TimePhrase(found.start, found.start, self.anchor.text, "point", True, 1)

    def _paragraph_s_one_period(self, found: Found, sentence: Span) -> TimePhrase | None:
        """A sentence in the past that names no time, in a paragraph whose sentences before it all
        name one period ("In 2008, Weihai's GDP reached 178.35 billion yuan. The GDP per capita
        exceeded 63,519 yuan"): that period, inferred. A count only as what "there were" ("In 2017,
        there were 1,221 students. … There were 229 graduate students")."""
        paragraph = self.sentences.paragraph_at(sentence.start)
        last = self._one_period_before(paragraph, sentence.start)
        if last is None:
            return None
        there_were = _THERE_WERE.match(self.text, sentence.start)
        # (a running total says "has": "It has attracted 43 projects" counts up to the source's date)
        if self._is_future(sentence.start) or self._is_future(last.start) \
                or not _IN_THE_PAST.search(self.text, sentence.start, sentence.end) \
                or _SINCE_DONE.search(self.text, sentence.start, found.start) \
                or _OWN_SPAN.search(self.text, sentence.start, sentence.end) \
                or _OWN_TIME.search(self.text, sentence.start, sentence.end) \
                or _ANOTHER_TIME.search(self.text, sentence.start, sentence.end) \
                or self._phrases_in(sentence.start, sentence.end) or found.quantity.unit in _UNCOUNTED \
                or (found.quantity.unit == "count" and not there_were):
            return None
        if ".." in last.period:
            # "By the end of 2017, highway mileage reached 8,676 km. Cargo throughput amounted to
            # 407 million tons": a flow measured then is the year's; another stock says nothing,
            # but what "there were" counts is a stock at that end ("There were 80 million tourist
            # visits" a flow again)
            if there_were and not _FLOW_COUNTED.match(self.text, found.end, sentence.end):
                return replace(last, inferred=True)
            if not (_A_FLOW.search(self.text, sentence.start, found.start) or there_were):
                return None
            return replace(last, period=last.period[3:], kind="period", inferred=True)
        return replace(last, inferred=True)

    def _one_period_before(self, paragraph: Span, offset: int) -> TimePhrase | None:
        """The last time named in the paragraph before `offset` when every one named there names
        the same period, each said with figures of its own (not an event's, "In 2005, Testcity
        opened a port"), none a founding's, and that period no running total's other than a whole
        year's ("by the end of 2017", which a flow after it takes as the year). Each paragraph is
        scanned once (a long one would be scanned per figure)."""
        if paragraph.start not in self._one_period_memo:
            starts, states, period, broken = [], [], None, False
            for p in self._phrases_in(paragraph.start, paragraph.end):
                if not (p.period and p.kind != "base" and p.strength == 2):
                    continue
                broken = broken or (period is not None and p.period != period) or self._dates_a_founding(p) \
                    or not self._said_with_a_figure(p)
                period = p.period
                starts.append(p.start)
                states.append(None if broken or (".." in p.period and not _END_OF_A_YEAR.fullmatch(p.period)) else p)
            self._one_period_memo[paragraph.start] = (starts, states)
        starts, states = self._one_period_memo[paragraph.start]
        i = bisect.bisect_left(starts, offset)
        return states[i - 1] if i else None

    def _said_with_a_figure(self, phrase: TimePhrase) -> bool:
        """Whether the phrase's sentence states a figure (a time said of figures, not of an event)."""
        sentence = self.sentences.at(phrase.start)
        i = bisect.bisect_left(self.found_starts, sentence.start)
        return i < len(self.founds) and self.founds[i].start < sentence.end

    def _times_in_the_figures_order(self, found: Found, phrases: list[TimePhrase]) -> TimePhrase | None:
        """"grew 15 per cent and 12 per cent in 2006 and last year": two figures joined by "and", then
        two times joined by "and", pair in their order."""
        for first, after in zip(phrases, phrases[1:] + [None]):
            second = after if after and _TIMES_JOINED.fullmatch(self.text, first.end, after.start) else None
            if second is None and (year := _AND_A_YEAR.match(self.text, first.end)):  # "in 2019 and 2020"
                second = TimePhrase(year.start("year"), year.end(), year["year"], "period", False, 2)
            if first.period and second and second.period:
                i = bisect.bisect_right(self.found_starts, first.start) - 1
                if i < 1 or not _ONLY_IN.fullmatch(self.text, self.founds[i].end, first.start) \
                        or not _AND_ONLY.fullmatch(self.text, self.founds[i - 1].end, self.founds[i].start):
                    continue
                if found.start == self.founds[i - 1].start:
                    return first
                if found.start == self.founds[i].start:
                    return second
        return None

    def _dates_a_from_figure_after(self, phrase: TimePhrase, found: Found, in_sentence: list[TimePhrase]) -> bool:
        """"declined to below 17,000 yuan per tonne from a peak of 27,040 yuan in February 2013", "… in
        2021, up 10.9 percentage points from 48.6 percent in 2012": a time right after the figure a
        change came from is that figure's, not the one it came to, when it is a level's (a peak) or
        the sentence names the change's own time; alone, it is the change's ("fell to 12 billion
        dollars from 14 billion dollars in 2019")."""
        if phrase.start < found.end or phrase.kind not in ("period", "event"):
            return False  # (not a cumulative one: "reduced to 159 from 243 by the end of March", what it had come to then)
        i = bisect.bisect_right(self.found_starts, found.start)
        between = [f for f in self.founds[i:i + 4] if f.end <= phrase.start]
        if not (between and _ONLY_IN.fullmatch(self.text, between[-1].end, phrase.start)):
            return False
        came_from = self.text[max(between[-1].start - 30, 0):between[-1].start]
        return bool(_FROM_A_LEVEL.search(came_from)) or bool(_FROM_BEFORE.search(came_from)) and any(
            p is not phrase and p.period and p.kind != "base" for p in in_sentence)

    def _opens_a_clause_after(self, phrase: TimePhrase, found: Found) -> bool:
        """"It has jurisdiction over six districts …, and as of 2014 has a population of 9,046,200":
        a time opening the clause after ", and" dates that clause, not the figures before it."""
        return phrase.start >= found.end and any(
            m.end() == phrase.start for m in _CLAUSE_JOINT.finditer(self.text, max(found.end, phrase.start - 12),
                                                                    phrase.start))

    def _dates_a_later_clause(self, phrase: TimePhrase, found: Found, sentence: Span) -> bool:
        """"The projected capacity of the new facility is 750,000 appliances annually, and the combined
        production … is anticipated to reach 1.7 million units by 2025": a target after a clause joint
        (", and", ", while", ";") and a clause with its own verb and figure is that clause's aim, not
        the aim of a figure before it whose clause says nothing of the future (but "… will reach 5
        billion yuan, and imports 3 billion yuan, by 2025", no verb of its own, and "… will be more
        than 10%, …, and talents will exceed 3 million by 2026", aims all along, aim at each)."""
        if phrase.start < found.end or phrase.kind != "target":
            return False
        joint = _CLAUSE_JOINT.search(self.text, found.end, phrase.start)
        if joint is None or not _A_CLAUSE_S_VERB.search(self.text, joint.end(), phrase.start):
            return False
        i = bisect.bisect_left(self.found_starts, joint.end())
        if i == len(self.founds) or self.founds[i].end > phrase.start:
            return False  # (no figure of its own before the target)
        return not _AIMED.search(self.text, sentence.start, found.start)

    def _dates_the_next_figure_only(self, phrase: TimePhrase, found: Found) -> bool:
        """"rise from the current 50 million yuan to 300 million yuan": "the current" is the
        time of the figure right after it, not of the aim after "to"."""
        return bool(_THE_CURRENT.match(self.text, phrase.start)) and bool(self.text[phrase.end:found.start].strip())

    def _in_the_base_period(self, phrase: TimePhrase, found: Found, sentence: Span) -> bool:
        """Whether the figure is of the period a comparison is made with: "compared with $1.5
        billion in the same period of the previous year", "In the same period of last year, the
        port handled 10 million TEUs", "… than in the same period of last year, when it hit …"."""
        if phrase.kind != "base" or not _SAME_PERIOD.search(self.text, phrase.start, phrase.end):
            return False
        return bool(_RIGHT_BEFORE_BASE.fullmatch(self.text, found.end, phrase.start)
                    or (_OPENING_BASE.fullmatch(self.text, sentence.start, phrase.start)
                        and _BASE_ENDS_OPENING.match(self.text, phrase.end) and found.start > phrase.end)
                    or (_WHEN_AFTER_BASE.match(self.text, phrase.end) and found.start > phrase.end))

    def _a_year_before(self, base: TimePhrase, sentence: Span) -> TimePhrase:
        """The period a "same period of last year" compares with: the one named before, a year
        earlier, or in the year the base writes ("the same quarter of 2017"); unknown when none was
        named."""
        named = [p for p in self._phrases_in(sentence.start, base.start) if p.period and p.kind != "base"] \
            or [p for p in [self._last_period_before(sentence.start)] if p]
        if not named:
            return TimePhrase(base.start, base.end, None, "period", True, 2)
        period = named[-1].period
        written = re.search(r"(?:19|20)\d\d", self.text[base.start:base.end])
        years = set(re.findall(r"\d{4}", period))
        if written and len(years) == 1:  # "compared with 9 percent in the same quarter of 2017"
            period = period.replace(years.pop(), written[0])
        elif not written:
            period = re.sub(r"\d{4}", lambda y: f"{int(y[0]) - 1:04d}", period)
        else:
            period = None
        return TimePhrase(base.start, base.end, period, "period", True, 2)

    def _done_by_the_date(self, found: Found, sentence: Span) -> TimePhrase | None:
        """A count a dated source says its subject "has" built up, naming no time ("The Group has
        established 10 research centres"): all of them up to the source's date, inferred."""
        # (a count only: money after "has established" is the size of what was set up, "a fund of
        # 1 billion yuan", and a cumulative amount would be labelled as a metric's total)
        if not (self.anchor and self.anchor.day) or found.quantity.unit != "count":
            return None
        start, _ = self._figure_clause(found, sentence)
        if not _HAS_DONE.search(self.text, start, found.start) or _FUTURE.search(self.text, start, found.start):
            return None
        return TimePhrase(found.start, found.start, f"../{self.anchor.text}", "cumulative", True, 1)

    def _unresolved_in_clause(self, found: Found, sentence: Span, in_sentence: list[TimePhrase],
                              resolved: list[TimePhrase]) -> TimePhrase | None:
        """A period the figure's own clause names that the source's date does not resolve, when
        the clause names no other: the figure's time is that one, unknown, not another clause's;
        so is one written right after the figure ("fell to 817 in 2013 and 368 in the first half
        of this year" in an undated page: not 2013's)."""
        right_after = next((p for p in in_sentence if p.kind == "period" and p.period is None
                            and 0 <= p.start - found.end <= 2 and not self.text[found.end:p.start].strip()), None)
        if right_after:
            return right_after
        start, end = self._figure_clause(found, sentence)
        if any(start <= p.start and p.end <= end for p in resolved):
            return None
        return next((p for p in in_sentence if p.kind == "period" and p.period is None and start <= p.start
                     and p.end <= end and not _inside_found(p, found)), None)

    def _dates_a_record_s_start(self, phrase: TimePhrase, found: Found, sentence: Span) -> bool:
        """A time after "since" that a first, an only or a superlative runs from ("the fastest
        growth since 2010", "the first delegation since the conclusion of the agreement late last
        year"): the start of the record, no time of the figures; but of what "when" goes on to
        count then ("the first time since 2011, when it recorded 1,043,230"). A rank the figure
        itself is ("the third-largest partner since 2010") runs from it."""
        end = phrase.start + len("since") if self.text.startswith(("since", "Since"), phrase.start) else phrase.start
        start = max(sentence.start, phrase.start - 200)
        if "since" not in self.text[start:end].lower():  # (the search is costly; most times have no "since")
            return False
        record = _RECORD_SINCE.search(self.text, start, end)
        if not record or found.start <= record.start() < found.end:
            return False
        return not (found.start >= phrase.end and _WHEN_THEN.match(self.text, phrase.end))

    def _since_clause_opening(self, found: Found, sentence: Span, phrases: list[TimePhrase]) -> TimePhrase | None:
        """"Since the first foreign-funded project … was approved … in 1984, the city has become
        home to more than 12,400 overseas-backed projects": a figure of the main clause is a
        total up to the report (the year is the opening clause's own: "an investment of
        $70,000" then); not when the main clause names its own time."""
        m = _SINCE_OPENING.match(self.text, sentence.start, found.start)
        if not m or any(p.kind != "base" and p.period and m.end() <= p.start < sentence.end for p in phrases):
            return None
        return TimePhrase(m.start(), m.start("end"), f"../{self.anchor.text}" if self.anchor else None,
                          "cumulative", True, 2)

    def _the_text_s_period(self, found: Found, sentence: Span) -> TimePhrase | None:
        """A report on one period ("… rose 59.5 percent in the first eight months of the year.
        Hong Kong invested $11.44 billion in Shandong, …"): a sentence in the past that names no
        time is in the one span of time every sentence before it names; inferred, so the inbox
        asks for it to be checked."""
        named = [p for p in self._phrases_in(0, sentence.start)
                 if p.period and p.kind != "base" and p.strength == 2]
        # (the day a report came out dates no figure of it: "On July 17, the zone released its
        # statistics of the first half year")
        named = [p for p in named if not _ONE_DAY.fullmatch(p.period)] or named
        spans = {p.period for p in named}
        if len(spans) != 1 or not (re.fullmatch(r"\d{4}-\d\d/\d{4}-\d\d", next(iter(spans)))
                                   or self._a_year_reported(next(iter(spans)), sentence)):
            return None
        # (in the present, a change on the year before says it is of the report's span: "There are
        # 20 industry projects …, a Y-O-Y increase of 822%")
        if self._is_future(sentence.start) or self._is_future(named[-1].start) \
                or not (_IN_THE_PAST.search(self.text, sentence.start, sentence.end)
                        or _ON_THE_YEAR_BEFORE.search(self.text, sentence.start, sentence.end)) \
                or _OWN_TIME.search(self.text, sentence.start, sentence.end) \
                or self._phrases_in(sentence.start, sentence.end) \
                or found.quantity.unit in _UNCOUNTED:
            return None
        return replace(named[-1], inferred=True)

    def _a_year_reported(self, period: str, sentence: Span) -> bool:
        """A year a dated text reports on: its own or the one before ("In 2013, Jinan's GDP …" in
        January 2014), not a year of its history ("since 1982"), and the only time the text names
        before the sentence: beside a holiday, a festival or a date ("during the 2025 National
        Day holiday"), a figure may be of those days."""
        # (an undated text: the one year it reports on, as far as it tells: not one that only dates
        # an event, "The airport opened in 2021", nor into "Over the following years, …")
        if not re.fullmatch(r"\d{4}", period):
            return False
        if self.anchor is None:
            year_named = [p for p in self._phrases_in(0, sentence.start) if p.period == period]
            if any(_EVENT_IN.search(self.text, max(p.start - 30, 0), p.start) for p in year_named) \
                    or _LATER.search(self.text, sentence.start, sentence.end):
                return False
        elif not self.anchor.year - 1 <= int(period) <= self.anchor.year:
            return False
        named = [p for p in self._phrases_in(0, sentence.start) if p.kind != "base"]
        return all(p.period == period and _IN_THE_YEAR.fullmatch(self.text, p.start, p.end) for p in named)

    def _said_before_with_its_year(self, phrase: TimePhrase) -> TimePhrase | None:
        """"in the first quarter" in an undated text that said "in the first quarter of 2016"
        before: that quarter (inferred)."""
        words = _without_year(self.text[phrase.start:phrase.end])
        earlier = [p for p in self._phrases_in(0, phrase.start)
                   if p.period and _without_year(self.text[p.start:p.end]) == words]
        return replace(earlier[-1], start=phrase.start, end=phrase.end, inferred=True) if earlier else None

    def _paragraph_period(self, sentence: Span) -> TimePhrase | None:
        """A sentence that names no time and goes on about what the sentence before spoke of
        ("It has also …", "Of the 33 million visitors, …") is in the time its paragraph set
        last; inferred, so the inbox asks for it to be checked."""
        paragraph = self.sentences.paragraph_at(sentence.start)
        phrase = self._last_span_named(paragraph.start, sentence.start)
        # a plan goes on in a plan's time only ("… completed by 2025. It is expected to handle
        # 35 million passengers"), not in a past period before it
        if phrase is None or self._is_future(phrase.start) != self._is_future(sentence.start):
            return None
        # nor does a sentence in the present go on in a past year ("… added sailing to the
        # curriculum in 2005. Its training team, comprising nearly 40 pupils, has a class each day")
        # ("This is higher than the provincial average" says more of the figure before: its time)
        named = self.sentences.at(phrase.start)
        if self._in_the_present(sentence) and _IN_THE_PAST.search(self.text, named.start, named.end) \
                and not _POINTS_BACK.match(self.text, sentence.start):
            return None
        return replace(phrase, inferred=True)

    def _in_the_present(self, sentence: Span) -> bool:
        return bool(_PRESENT.search(self.text, sentence.start, sentence.end)) and not \
            _IN_THE_PAST.search(self.text, sentence.start, sentence.end)

    def _is_future(self, offset: int) -> bool:
        sentence = self.sentences.at(offset)
        return bool(_FUTURE.search(self.text, sentence.start, sentence.end))

    def _nearest(self, phrases: list[TimePhrase], found: Found,
                 sentence: Span) -> TimePhrase | None:
        """A phrase of the figure's clause, else of the sentence's main clauses; one naming a
        period before one only saying "so far"; the nearest (before the figure counts double)."""
        start, end = self._figure_clause(found, sentence)
        # (a change said right after a figure goes with that figure's clause: "…, which utilized
        # US$947 million … in the first quarter of this year, up 73.4 percent …")
        changed = self._figure_changed(found, sentence, start)
        if changed:
            start = self._figure_clause(changed, sentence)[0]
        phrases = [p for p in phrases if not _dates_a_figure_compared(self._compared_before(p), found)
                   and not self._in_a_later_aim(p, found, sentence)]
        in_clause = [p for p in phrases if p.start >= start and p.end <= end]
        if now := self._now_after_and(in_clause, found):
            return now
        if any(p.start >= found.end for p in in_clause):
            # "rose from 59.1 percent in 2017 to 68.6 percent … in the first three quarters of this
            # year": a figure after "to" is of the time after it, not of the "from" before
            in_clause = [p for p in in_clause if p.end > found.start or not _FROM_WORD.search(
                self.text, start, p.start) or not _TO_RIGHT_BEFORE.search(self.text, p.end, found.start)] or in_clause
        # (nor one opening a clause after a semicolon past the figure: "…, import from Latin America
        # reached 90.28 billion yuan; in August alone, trade reached …"; not one closing the
        # sentence: "…; both figures are for 2017")
        phrases = in_clause or [p for p in phrases if not self._describes_other(p, sentence)
                                and not self._dates_a_side_of_a_change(p, found)
                                and not (p.start >= found.end and _OPENS_A_CLAUSE_AFTER_A_SEMICOLON.search(
                                    self.text, found.end, p.start))]
        if not phrases:
            return None
        strongest = max(p.strength for p in phrases)
        return min((p for p in phrases if p.strength == strongest), key=lambda p: _reach(p, found))

    def _dates_a_side_of_a_change(self, phrase: TimePhrase, found: Found) -> bool:
        """A time written right after the figure a change starts from ("sales jumped from 3 million
        dollars in 1990 to …") dates that side only; one after the figure it reaches ("… to 30
        million dollars last year") dates no figure said before the change ("Its capital has
        increased from 450,000 U.S. dollars to 3.8 million dollars, and …"), only what goes on
        from it ("…, bringing in 741 projects")."""
        before = self.text[max(phrase.start - 60, 0):phrase.start]
        if _FROM_SIDE.search(before):
            # ("buyers from 45 countries placed orders last year": no change's side)
            return bool(_TO_NEXT.match(self.text, phrase.end) or _UP_FROM.search(before))
        reached = _TO_SIDE.search(before)
        return bool(reached) and found.end <= phrase.start - len(before) + reached.start("to")

    def _figure_changed(self, found: Found, sentence: Span, clause_start: int) -> Found | None:
        """The figure a change's clause follows right after (", up 73.4 percent" after "US$947
        million … in the first quarter of this year"), when the change opens its clause."""
        if not _A_CHANGE_OPENS.match(self.text, clause_start, found.start):
            return None
        i = bisect.bisect_left(self.found_starts, clause_start) - 1
        before = self.founds[i] if i >= 0 else None
        return before if before and before.start >= sentence.start and before.quantity.unit != "percent" \
            and not self.text[before.end:clause_start].count(",") > 1 else None

    def _undated_now_after_and(self, found: Found, sentence: Span, in_sentence: list[TimePhrase],
                               phrases: list[TimePhrase]) -> TimePhrase | None:
        """`_now_after_and` in a page with no date: the "now" names no period, and still wins."""
        start, end = self._figure_clause(found, sentence)
        nows = [p for p in in_sentence if p.period is None and p.kind == "point"]
        in_clause = sorted((p for p in phrases + nows if p.start >= start and p.end <= end), key=lambda p: p.start)
        now = self._now_after_and(in_clause, found) if nows else None
        return now if now and now.period is None else None

    def _now_after_and(self, in_clause: list[TimePhrase], found: Found) -> TimePhrase | None:
        """"The facility opened its doors in March 2000 and today boasts a capacity of more than
        400,000 units": a "now" that opens the figure's verb after "and" says when the figure is,
        not the date of the verb before."""
        before = [p for p in in_clause if p.end <= found.start]
        if len(before) < 2 or before[-1].kind != "point" or before[-1].strength != 1 \
                or any(p.start >= found.end for p in in_clause):  # "… that exported $1.5 billion in 2017"
            return None
        return before[-1] if _AND.search(self.text, before[-2].end, before[-1].start) else None

    def _in_a_later_aim(self, phrase: TimePhrase, found: Found, sentence: Span) -> bool:
        """"The plan comprises 16 specific measures and aims to recruit over 450,000 young
        professionals by 2026": a target's time in an aim joined on with "and" after a figure
        said of now is the aim's, not the figure's."""
        if phrase.start < found.end or _FUTURE.search(self.text, sentence.start, found.start):
            return False
        joined = _AND.search(self.text, found.end, phrase.start)
        return bool(joined and _AIM_JOINED.match(self.text, joined.end(), phrase.start)
                    and not _FUTURE.search(self.text, found.end, joined.start()))

    def _compared_before(self, phrase: TimePhrase) -> tuple[bool, re.Match | None]:
        """`_compared_before` of a phrase, read once however many figures its sentence has."""
        if phrase.start not in self._compared:
            self._compared[phrase.start] = _compared_before(self.text, phrase)
        return self._compared[phrase.start]

    def _after_the_base(self, last: TimePhrase, in_sentence: list[TimePhrase]) -> bool:
        """Whether the period named last can be compared with the sentence's base: not one before
        the base's year ("Since May 2017, the terminal has broken records. Throughput has increased
        by 15 percent compared to the same period in 2023" is not of May 2017)."""
        base_years = [int(y) for p in in_sentence if p.kind == "base"
                      for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", self.text[p.start:p.end])]
        last_years = re.findall(r"\d{4}", last.period or "")  # (a span's end: "2015/2019" is after 2015)
        return not (base_years and last_years) or int(last_years[-1]) > base_years[0]

    def _at_the_event_before(self, sentence: Span) -> TimePhrase | None:
        """"… the summit, hosted from July 15 to July 16, featured 28 events … . At the summit, 96
        projects were signed": a sentence that opens on the event named before is in that event's
        days, when the time named last before it, in its paragraph or the one before, is a span of
        days (inferred; not one day: "On May 5, Testcity held a meeting. At the meeting, …" may
        report any time)."""
        if not _AT_THE_EVENT.match(self.text, sentence.start):
            return None
        paragraph = self.sentences.paragraph_at(sentence.start)
        since = self.sentences.paragraph_at(paragraph.start - 1).start if paragraph.start else paragraph.start
        last = self._last_span_named(since, sentence.start)
        return replace(last, inferred=True) if last and last.kind == "event" and "/" in last.period else None

    def _refers_back(self, sentence: Span, in_sentence: list[TimePhrase]) -> bool:
        """"in this period", "Of the total, …", or a comparison with "the same period last
        year" and no period of its own: the period is the one named last."""
        return (any(p.kind == "base" for p in in_sentence)
                or bool(_REFERS_BACK.search(self.text, sentence.start, sentence.end))
                or bool(_SAME_TIME.match(self.text, sentence.start))
                or bool(_BREAKS_DOWN.match(self.text, sentence.start)))

    def _describes_other(self, phrase: TimePhrase, sentence: Span) -> bool:
        """A phrase in a relative clause ("…, which opened in August 2021, …") dates the thing
        described, not the figures of the main clause."""
        start, _ = _clause_of(self.text, sentence, phrase.start, phrase.end)
        return bool(_RELATIVE.match(self.text, start))

    def _names_the_city_or_another(self, start: int, end: int) -> bool:
        return bool(self._city_by_name.search(self.text, start, end)) or names_a_city(self.text[start:end])

    def _heading_s_period(self, sentence: Span) -> TimePhrase | None:
        """The period a heading names for the list right under it ("Trade Characteristics in August
        Alone:" over "2. Shandong-Latin America ordinary trade reached 14.46 billion yuan"), inferred:
        a line that ends with a colon and names one period, followed by numbered or bulleted items only
        up to the sentence's, which names no time before the sentence."""
        i = bisect.bisect_right(self._heading_ends, sentence.start) - 1
        if i < 0:
            return None
        start, end, items_end = self._headings[i]
        paragraph = self.sentences.paragraph_at(sentence.start)
        if paragraph.start > items_end or self._phrases_in(paragraph.start, sentence.start):
            return None
        periods = [p for p in self._phrases_in(start, end) if p.period and p.kind != "base"]
        return replace(periods[0], inferred=True) if len(periods) == 1 else None

    @functools.cached_property
    def _headings(self) -> list[tuple[int, int, int]]:
        """Each heading's span and where the list under it ends: at the first line after it that is
        no list item, which may itself be the list's one paragraph."""
        headings = []
        for m in _HEADING.finditer(self.text):
            items_end = len(self.text)
            for line in _LINE.finditer(self.text, m.end() + 1):
                if line[0].strip() and not _LIST_ITEM.match(line[0]):
                    items_end = line.start()
                    break
            headings.append((m.start(), m.end(), items_end))
        return headings

    @functools.cached_property
    def _heading_ends(self) -> list[int]:
        return [end for _, end, _ in self._headings]

    def _phrases_in(self, start: int, end: int) -> list[TimePhrase]:
        i = bisect.bisect_left(self._phrase_starts, start)
        j = bisect.bisect_left(self._phrase_starts, end)
        return self.phrases[i:j]

    def _dates_another_s_founding(self, phrase: TimePhrase, found: Found, sentence: Span) -> bool:
        """A time after "founded"/"established"/"set up" dates the founding of what the sentence
        is about, not a figure outside its clause: "Founded in 1984, the group has established 10
        research centres" counts the centres up to now, not in 1984 (unless it says "when" or "at the
        establishment of …")."""
        if found.end <= phrase.start and _ENTERED_AFTER.search(self.text, found.end, phrase.start):
            return True  # "… has 3,000 sales outlets in Kazakhstan after it entered the country in 2006"
        if not (self._dates_a_founding(phrase) or self._a_completion_to_come(phrase, found)):
            return False
        clause = self._phrase_clause(phrase, sentence)
        # ("When it was established in 1993, there were only 30": the founding's time is the figure's)
        return not (_WHEN.match(self.text, clause[0]) or clause == self._figure_clause(found, sentence))

    def _phrase_clause(self, phrase: TimePhrase, sentence: Span) -> tuple[int, int]:
        """`_clause_of` a time phrase, found once: every figure of a long sentence asks for it."""
        return self._clause_once(sentence, phrase.start, phrase.end)

    def _a_completion_to_come(self, phrase: TimePhrase, found: Found) -> bool:
        """"With an investment of 60 billion yuan, the center is expected to be completed in
        2030": a completion to come dates itself, not a figure said before it (but "Once completed
        in 2025, the plant will produce …", "was completed in 2018, with an investment of …" do)."""
        return found.end <= phrase.start and bool(_COMPLETED_IN.search(self.text, max(phrase.start - 60, 0), phrase.start))

    def _dates_a_start_of_work(self, phrase: TimePhrase, found: Found, sentence: Span) -> bool:
        """"Construction of two seabed tunnels … will start in June this year": the day work on
        what the figure counts starts, no time by which the tunnels are there (not "300 projects
        will start construction in the first quarter", which counts what starts then, nor another
        clause's start: "…, and trial operations with 20 buses will begin in May")."""
        if not _WORK_STARTS.search(self.text, max(phrase.start - 60, sentence.start), phrase.start):
            return False
        clause_start = max([m.end() for m in _CLAUSE_JOINT.finditer(self.text, sentence.start, found.start)],
                           default=sentence.start)
        return _WORK_ON.search(self.text, clause_start, found.start) is not None

    def _dates_a_founding(self, phrase: TimePhrase) -> bool:
        """Whether the phrase follows "founded", "established", "set up" or "incorporated", or "the
        establishment of" a thing's name ("since the establishment of the Singapore-Shandong Business
        Council in 1993")."""
        return bool(_FOUNDED_IN.search(self.text, max(phrase.start - 30, 0), phrase.start)
                    or _FOUNDING_OF.search(self.text, max(phrase.start - 100, 0), phrase.start))

    def _last_period_before(self, offset: int) -> TimePhrase | None:
        return self._last_span_named(max(offset - 800, 0), offset)

    def _last_span_named(self, start: int, end: int) -> TimePhrase | None:
        """The period named last in [start, end): a span of time before a day ("according to
        the daily on July 25" dates the report, not what the figures before it counted)."""
        named = [p for p in self._phrases_in(start, end)
                 if p.period and p.kind != "base" and p.strength == 2
                 and not self._dates_a_founding(p)]
        spans = [p for p in named if not _ONE_DAY.fullmatch(p.period)]
        # "… in the first eight months, reversing the trend since the beginning of this year. During
        # this period, exports …": the period the figures were given for, not a trend's open start
        # (not a period over before the open one began: "From 2010 to 2015 … Since 2016 …")
        last = (spans or named or [None])[-1]
        if last is not None and last.period.endswith("/.."):
            opened = last.period[:-3]
            opened = f"{opened}-01" if len(opened) == 4 else opened[:7]  # as YYYY-MM
            closed = [p for p in spans if not p.period.endswith("/..") and _period_end(p.period) >= opened]
            return closed[-1] if closed else last
        return last

    def _added_up_to(self, phrase: TimePhrase, found: Found, sentence: Span) -> TimePhrase | None:
        """What was newly added by the end of a year or a month of it, as the figure's own
        clause says ("By the end of 2016, there were 230 financial institutions …, while newly
        increased deposits totaled roughly 100 billion yuan"): added in that year (or its months
        so far), not a total up to its end; None for any other phrase."""
        end = _UP_TO_A_YEAR_OR_MONTH.fullmatch(phrase.period or "") if phrase.kind == "cumulative" else None
        if not end:
            return None
        start = self._figure_clause(found, sentence)[0]
        # (what the figure's own words open on: "…, and total loans 900 billion yuan", "newly increased
        # deposits pushed the balance to …" are none)
        start = max((m.end() for m in _OWN_WORDS_START.finditer(self.text, start, found.start)), default=start)
        if not _ADDED_IN_THE_TIME.match(self.text, start, found.start):  # (what they open on)
            return None
        months = end["month"] not in (None, "01")  # (January alone is the month: "2021-01")
        return replace(phrase, period=f"{end['year']}-01/{end['end']}" if months else end["end"], kind="period")

    def _period_kind(self, phrase: TimePhrase, sentence: Span, found: Found) -> str:
        """A year or period in a sentence about the future is a target ("In 2019, Qingdao will
        hold …", "plans to invest …"); not when the future is another clause's, after "and"
        past the figure ("… surged to $730 million in the first 11 months of 2021 and by the end
        of December the total is expected to double")."""
        future = _FUTURE.search(self.text, sentence.start, sentence.end)
        if future and future.start() > found.end and _AND.search(self.text, found.end, future.start()) \
                and not _FUTURE.search(self.text, sentence.start, found.start):
            future = None
        return "target" if phrase.kind in ("period", "event") and future else phrase.kind

    def subject_for(self, found: Found, sentence: Span, scope: Scope) -> tuple[str | None, str]:
        """The entity named in the figure's sentence, else earlier in its paragraph, else in the
        paragraph before ("The amount accounted for …" goes on about the last one), with the
        words that name it. Not the city when the figure's clause is about trade with or
        investment from someone no entity stands for ("imports and exports to RCEP members")."""
        paragraph = self.sentences.paragraph_at(found.start)
        previous = self.sentences.paragraph_at(paragraph.start - 1) if paragraph.start else paragraph
        windows = [(sentence.start, sentence.end), (paragraph.start, sentence.start),
                   (previous.start, min(previous.end, paragraph.start))]
        if ((group := _GROUP_SIZE.search(self.text, max(found.start - 12, 0), found.start)) and
                _GROUP_NOUN.match(self.text, found.end) and (
                    group["the"] or _AMONG_A_GROUP.search(self.text, max(found.start - 40, 0), found.start)
                    or _RANKS.search(self.text, max(sentence.start, found.start - 200), found.start))) or \
                _ONE_OF_A_WIDE_GROUP.search(self.text, max(found.start - 40, 0), found.start):
            # ("… Expo, which is one of the world's three major fisheries exhibitions")
            return None, "the number of peers a rank is among, not one of them"
        if _MEMBERS_COUNTED.match(self.text, found.end):
            return self._members_of(found, sentence)
        if (found.quantity.unit == "percent" and _SHARE_PRICE.search(self.text, sentence.start, found.start)) or (
                found.quantity.unit in CURRENCIES and self._share_price_moved_by(found, sentence)):
            # "CRRC's share prices gained on Thursday, up 1.56 percent in Shanghai and 1.51 percent in
            # Hong Kong", "shares jumped 29 New Zealand cents … to 95 New Zealand cents": a firm's
            # stock moving on an exchange, no place's figure
            return None, "a share price's move on a stock exchange, no entity's figure"
        joint = self._joint_act(found, sentence)
        if joint:
            return joint
        if kinds := self._another_kind_listed_before(found, sentence):
            return None, f"'{kinds}' is another kind of what the figure counts, listed before it: no subject"
        if example := _AN_EXAMPLE_S_FIGURE.search(self.text, max(sentence.start, found.start - 120), found.start):
            # "13 business service projects such as the 50 billion yuan Xingyuan Huadu … Plaza": one
            # example's figure, whose kind names its field or none
            named = self.subjects.mentions_between(example.start("kind"), example.end("kind"))
            words = " ".join(example["kind"].split())
            if named:
                return named[-1].slug, f"'{words}', the kind of the example it is a figure of"
            return None, f"a figure of an example of '{words}', which names no entity"
        opening = self._with_opening_subject(found, sentence)
        if opening:
            return opening
        whole = self._whole_of_share(found, sentence)
        if whole:
            return whole
        market = _IN_A_MARKET.match(self.text, found.end) or (
            _MARKET_RANKED.search(self.text, max(found.start - 60, sentence.start), found.start)
            if found.quantity.unit == "rank" else None)
        if market:  # "57.5 percent in American market, 106.1 percent in Canadian market": each its own
            # (or "the China market, the second-largest in the world": the market ranked)
            named = self.subjects.mentions_between(market.start("place"), market.end("place"))
            if named:
                return named[0].slug, f"'{market['place']}' market, which the figure is of"
            return None, f"about the {market['place']} market, which no entity stands for"
        wider = self._wider_place_s_clause(found, sentence)
        if wider:
            return None, f"a clause on the measure of '{wider}' itself, which no entity stands for"
        lists = self._lists_in(sentence)
        share_of = self._whole_after_share(found, sentence)
        skip = lists + self._counted_by_others(found, sentence) + self._next_clauses(found, sentence) \
            + self._ahead_of_the_rank(found, sentence) + self._listing_places(found, paragraph) \
            + [m.span() for m in MEMBERS_ASIDE.finditer(self.text, sentence.start, sentence.end)] \
            + self._firms_by_kind(found, sentence) + share_of \
            + self._sectors_before_trade(sentence, paragraph, previous) + self._field_lists_in(sentence) \
            + self._clauses_of_another_time(found, sentence) + self._relative_asides_before(found, sentence) \
            + self._those_served_in(sentence)
        found_mention = self.subjects.mention_for(found.start, found.end, windows, skip)
        if share_of and (not found_mention or found_mention[0].slug == self.city_slug):
            found_mention = self._whole_named(share_of[0], lists) or found_mention
        if found_mention and found_mention[1] == 0:
            found_mention = self._clause_subject(found, sentence, found_mention[0], skip) or found_mention
        if found_mention and found_mention[1] > 0 and found.quantity.unit in CURRENCIES \
                and _PER_A_WEIGHT.search(self.text, sentence.start, sentence.end):
            # "Rubber price declined to below 17,000 yuan per tonne from a peak of 27,040 yuan": a
            # market's prices, no figure of the port or firm the text went on about
            return None, "a price per weight, a market's: no entity named before is its subject"
        if found_mention and found_mention[1] > 0:
            firm = self._firm_referred_to(sentence)
            if firm:  # "… nine centers in the United States. Last year its revenue hit …"
                return None, f"'its' goes on about '{firm}', which no entity stands for"
            firm = self._firm_heading(sentence) if self._a_partner(found_mention[0]) \
                and not _FIRM_HOME.match(self.text, found_mention[0].end) else None
            if firm:  # "… introduced technology from Germany. Last year, Haier raked in …"
                return None, f"about '{firm}', which no entity stands for, not a partner named before"
            if self.subjects.kinds.get(found_mention[0].slug) == "sector" and self._a_firm_s_site_since(
                    found_mention[0], sentence):
                # "… won an international sailing competition. … Triaux is a general manager of a French
                # company in Yantai. He walks slowly around the 5,000-square-meter factory": the firm's
                return None, "the firm's site the sentence is about, which no entity stands for, not a field named before"
            antecedent = self._pronoun_antecedent(sentence, skip)
            # (from the paragraph before, the name it ended on: a remark there, "German businesses
            # … said Yao Jian, Qingdao's deputy mayor", is no topic the next paragraph goes on with)
            found_mention = antecedent or (
                self._carried(found_mention) if found_mention[1] == 1
                else None if self._one_of_a_list(found_mention[0])
                or self._one_of_several_partners(found_mention[0], sentence)
                else (self._part_opened(found_mention[0]), found_mention[1]))
            if found_mention and not antecedent:
                found_mention = (self._one_of_several_parts(found_mention[0]), found_mention[1])
            if not antecedent and found_mention and self._a_partner(found_mention[0]) \
                    and self._about_the_province(sentence):
                return None, "the sentence is about the province it names, not a partner named before"
            if not antecedent and found_mention and found_mention[1] >= 1 and self._a_partner(
                    found_mention[0]) and self._province_between(found_mention[0], sentence):
                return None, "a sentence about the province comes between it and the partner named before"
            if not antecedent and (found_mention is None or found_mention[0].slug != self.city_slug) \
                    and self._measures_the_whole_economy(sentence.start, found.start):
                # "… 166.96 million US dollars of foreign capital. GDP rose 12%": not the capital's
                # (the world's or a region's economy is no city's: "30% of the total economy" of the globe)
                city = self.city_slug if self._about_the_city and scope.level == "city" and not scope.place else None
                # (in a text going on about a part of the city, that part's economy: "Since 2014, the
                # Qingdao West Coast New Area has … . Last year, the area's GDP reached …")
                part = self._city_named_last(sentence.start) if city and self._text_opens_on_a_part() \
                    and not self._names_the_whole_city(sentence) else None
                note = f" {part.note}" if part and noted_part(part.note) else ""
                return city, f"a measure of the whole economy: no entity named before is its subject{note}"
            if not antecedent and found_mention and found_mention[0].slug == self.inbound_slug \
                    and _WORDS_OF_CAPITAL.search(self.text, found_mention[0].start, found_mention[0].end) \
                    and not _OF_INVESTMENT.search(self.text, sentence.start, sentence.end) \
                    and not _BREAKS_DOWN.search(self.text, sentence.start, min(sentence.start + 40, sentence.end)) \
                    and not _OF_THEM.match(self.text, sentence.start):
                # "… 99 new overseas-funded projects. Production enterprises in the zone generated 360
                # million yuan of output value": investment drawn before, no figure of it now
                return None, "foreign investment named before, but the figure's sentence speaks of no investment"
            if found_mention is None:
                return None, _NO_ONE_NAMED_BEFORE
        listed = [(a, b) for a, b in lists if self.subjects.names_between(a, b)]
        if listed and (not found_mention or found_mention[1] > 0):
            # (a list only after the figure, "Hisense's revenue rose 20 percent on the back of
            # strong performances in the U.S., Europe and Australia", leaves a firm named before it)
            return None, _LISTED_AFTER if all(a >= found.end for a, _ in listed) else \
                "names listed together; the figure is about them all, no one of them"
        if not found_mention and self._about_the_city and scope.level == "city" and not scope.place \
                and self._nothing_else_since_the_city(sentence):
            return self.city_slug, _CITY_S_UNNAMED
        area = _THE_AREA.search(self.text, sentence.start, sentence.end)
        if not found_mention and area and self._opening_part():
            # ("From January to September, the output of … in the area reached …", naming no one)
            found_mention = self._opening_part(), 1
        if not found_mention:
            return None, _NO_ENTITY_NAMED
        mention, window = found_mention
        if mention.slug == self.city_slug and not noted_part(mention.note) and area:
            # ("… 30 reforms have been launched in the area" in a text opening on the city's new area)
            mention = self._opening_part() or mention
        if self.subjects.kinds.get(mention.slug) == "sector" and self.city_slug and \
                _ONE_OF.search(self.text, max(found.start - 20, 0), found.start) and \
                _CITIES.match(self.text, found.end):
            if self.home or (scope.level == "city" and scope.place):  # a text about Yantai
                return None, f"one of a number of cities: {scope.place or self.home}, which no entity stands for"
            return self.city_slug, "one of a number of cities: the city, whatever the sentence calls it"
        if window == 0 and self._partners_together(found, sentence, mention):
            sector = self._sector_named(found, sentence, skip, mention)
            if sector:  # "Foreign investment from Japan and South Korea hit $150 million"
                return sector.slug, f"two partners named together, no one of them: '{self.text[sector.start:sector.end]}' named in the sentence"
            return None, "two partners named together as one subject; the figure is about both"
        if window == 0 and self._a_partner(mention) and self._combined_over_partners(found, sentence):
            # "… eight sites with three each in South Korea & China, one each in Vietnam & United
            # States — with a combined production capacity of 54.64 million tyres"
            return None, "a combined figure of the several partners its sentence names, no one of them"
        region = self._with_a_region(mention, found) if window == 0 and self._a_partner(mention) else None
        if region:  # "nine research centers in Europe and the United States"
            sector = self._sector_named(found, sentence, skip, mention)
            if sector:  # "… that from Europe and the United States reached $19.68 million"
                return sector.slug, (f"named together with '{region}', no one partner: "
                                     f"'{self.text[sector.start:sector.end]}' named in the sentence")
            return None, f"named together with '{region}', which no entity stands for; the figure is about both"
        own_place = place_abroad_right_after(self.text, found.end) if window == 0 and self._a_partner(mention) \
            and _ANOTHER_FIGURE_S_PLACE.search(self.text, max(mention.start - 40, 0), mention.start) else None
        if own_place and not self.subjects.names_between(*own_place):
            # "… 80 percent in South Korea, 55 percent in Russia and 97 percent in Costa Rica": Costa
            # Rica's, not the partner named before it
            return None, f"about '{' '.join(self.text[own_place[0]:own_place[1]].split())}', which no entity stands for"
        unknown = self._unknown_counterpart(found, sentence, mention) if window == 0 else None
        if unknown:  # "…, and imports from Australia rose 11 percent": not the other clause's partner
            return None, f"about '{unknown}', which no entity stands for"
        if mention.slug == self.city_slug and scope.level == "city" and scope.place:
            return None, f"the figure is about {scope.place}, not the project's city"
        # "… tourist resources.\n\nWeihai's GDP reached …. GDP per capita exceeded …": the city
        # named since (in the figure's sentence, or paragraph when the name is further back)
        since = sentence.start if window == 1 else paragraph.start
        if window > 0 and scope.level == "city" and scope.place and re.search(
                rf"\b{re.escape(scope.place)}\b", self.text[since:found.start]):
            return None, f"the figure is about {scope.place}, named after '{self.text[mention.start:mention.end]}'"
        about = _PROVINCE_CLAUSE.search(self.text, sentence.start, found.start)
        if about and mention.slug == self.city_slug:
            # "Qingdao is the wealthiest city in Shandong province, which has the second-…"
            return None, f"in a clause about '{about['province']}', which no entity stands for"
        if window > 0 and _SEVERAL_BACK.search(self.text, sentence.start, found.start):
            return None, "refers back to several partners; the figure is about them all, no one of them"
        # (another city's text goes on about its sectors as the project city's does, and so
        # does a text about the province)
        home = scope.level == "city" or (scope.level, scope.place) == ("province", self.home_province) \
            or (scope.level == "country" and self.national_from is not None) \
            or (found.quantity.unit == "rank" and mention.slug == self.city_slug and scope.level == "country"
                and not self._names_a_province(sentence)
                and not self._names_before(sentence, found.start))  # (where the city's rank ranks)
        if window > 0 and not home:
            refers = _REFERS_TO.match(self.text, sentence.start) or \
                _THESE_DEALS.search(self.text, sentence.start, found.start)
            if refers and refers.re is _REFERS_TO and refers["site"] and mention.slug != self.city_slug:
                refers = None  # ("The plant …" is the city's firm's, not a partner's named before)
            if not refers and not _BOTH_SIDES.search(
                    self.text, sentence.start, sentence.end) and not self._names_again(found, sentence):
                return None, _WIDER_PLACE_NO_ENTITY
            # "Its coastline …" is what the sentence before is about, not a name further back
            # (unless each sentence since goes on about the same projects: "… for a total of 128
            # investment projects. Overall investment in these projects … \n\nThe projects cover …")
            if mention.start < self.sentences.at(max(sentence.start - 1, 0)).start \
                    and not self._deals_since(mention.start, sentence):
                return None, "the figure is about a wider place, and the sentence before names no entity"
        abroad = self._place_abroad(sentence.start, found.start) if window > 0 else \
            sector_abroad(self.text, mention.end) if self.subjects.kinds.get(mention.slug) == "sector" \
            and not self._city_by_name.search(self.text, sentence.start, mention.start) else None
        # ("ports along northern Italy's Ligurian coast … handled 3.5m TEUs": that country's ports)
        if abroad:  # "… South Carolina, the United States. Jifa … a clothing factory in Vietnam …"
            return None, f"about '{abroad}', which no entity stands for"
        if mention.slug == self.city_slug or window > 0:
            _, end = self._figure_clause(found, sentence)
            counterpart = next((c for c in counterparts_named(self.text, sentence.start, end)
                                if not self.subjects.names_between(*c)), None)
            if counterpart:
                who = " ".join(self.text[counterpart[0]:counterpart[1]].split())
                return None, f"about '{who}', which no entity stands for"
        words = " ".join(self.text[mention.start:mention.end].split())
        note = mention.note or (PARTNER_FIRM_NOTE if words in self._partner_firms else "")
        return mention.slug, " ".join(x for x in (f"'{words}'", note, _WHERE[window]) if x)

    def _wider_place_s_own(self, found: Found, sentence: Span, scope: Scope) -> str | None:
        """The province, China or the world whose possessive the figure follows at once
        ("compared with Shandong province's 5.5% and China's 6.1%"): that place's own figure,
        when the figure's scope is that wider place and no entity is named in the possessive.
        Not a rank ("the world's second largest port" ranks the port), nor "the country's",
        which may be a partner's ("Germany grew. The country's 2.1% …")."""
        owner = _WIDER_OWNER.search(self.places, max(found.start - 40, sentence.start), found.start)
        if not owner or found.quantity.unit == "rank" or scope.is_city or \
                self.subjects.names_between(owner.start(), owner.end()):
            return None
        return " ".join(owner["owner"].split())

    def _with_opening_subject(self, found: Found, sentence: Span) -> tuple[str | None, str] | None:
        """A figure in a sentence's opening "With …," phrase is about the subject of the clause
        after its comma: "With 17 bustling cities and a population of more than 94 million,
        Shandong province … offers British businesses …" is the province's, not the partner's
        the clause goes on to name. Only for the phrase's first part (no comma before the
        figure: "With A, B and C, …" lists may be anyone's), when the phrase names no entity of its
        own ("With exports to Germany up 15%, …" is Germany's), and a subject the clause opens on,
        other than the city (its sectors' measures stay theirs: "With two pre-Olympic test
        events under its belt, Qingdao …" counts sailing events) or a possessive ("…, the
        province's largest city, Qingdao, …")."""
        if not _WITH_OPENING.match(self.text, sentence.start) or \
                ", " in self.text[sentence.start:found.start]:
            return None
        comma = self.text.find(", ", found.end, sentence.end)
        if comma < 0 or self.subjects.names_between(sentence.start, comma):
            return None  # ("With exports to Germany up 15%, …": the phrase names its own)
        head = comma + 2
        subject = next((m for m in self.subjects.mentions_between(head, head + 40)
                        if not self.text[head:m.start].strip() or _ARTICLE.fullmatch(self.text[head:m.start])), None)
        if subject and subject.slug == self.city_slug:
            return None  # ("With 3,200 freight trains …, Qingdao has become …": what it counts says whose)
        if subject:
            words = " ".join(self.text[subject.start:subject.end].split())
            return subject.slug, f"'{words}', the subject of the clause after the opening 'With …'"
        province = _PROVINCE_OPENS.match(self.places, head)  # (a firm named after it is no province)
        if province and (not province["name"] or any(at == head for at, _ in self.provinces)):
            return None, f"'{province[0]}', the subject of the clause after the opening 'With …', " \
                         "which no entity stands for"
        return None

    def _nothing_else_since_the_city(self, sentence: Span) -> bool:
        """Whether nothing but the city is named from its last naming to the end of the figure's
        sentence: no other place, nationality or wider whole ("Global demand", "Nationwide",
        "the province's plans"), no firm ("The company sold …"), no one speaking or referred to
        ("said Wang Li, 58", "their exports"), and no capitalised word in the sentence but its
        first, a month's, the city's or its parts' ("The hub in Jinan employs …")."""
        last = self._city_named_last(sentence.start)
        if last is None or sentence.start - last.end > _UNNAMED_REACH:  # (too far back to say; and linear)
            return False
        if _SOMEWHERE_ELSE.search(self.text, last.end, sentence.end) or _abroad_named(self.text, last.end, sentence.end) \
                or any(last.end <= at < sentence.end for at, _ in self.provinces):
            return False
        own = {*(self.city or "").split(), *(w for part in self.parts for w in part.split()), *MONTHS, *WEEKDAYS,
               *_MEASURES_IN_CAPITALS}  # ("In 2021, the GDP reached …": a measure, no name)
        named = {m[0] for m in _CAPITALISED.finditer(self.text, last.end, sentence.end)
                 if not _OPENS.search(self.text, max(m.start() - 4, 0), m.start())}
        return named <= own and not names_a_city(self.text[last.end:sentence.end])

    def _text_opens_on_a_part(self) -> bool:
        """Whether the text's first naming of the city is of a part of it (its title or first
        sentence: "Qingdao West Coast New Area to boost …")."""
        return self._opening_part() is not None

    def _opening_part(self) -> Mention | None:
        """The part of the city the text first names the city by, which its "the area" goes on
        about; None when it first names the whole city."""
        first = next((m for m in self.subjects.mentions if m.slug == self.city_slug), None)
        return first if first and noted_part(first.note) else None

    def _city_named_last(self, offset: int) -> Mention | None:
        """The mention of the city named last before `offset`."""
        return next((m for m in reversed(self.subjects.mentions_between(0, offset)) if m.slug == self.city_slug), None)

    def _place_abroad(self, start: int, end: int) -> str | None:
        """A country or region abroad no entity stands for, that text[start:end] puts something in."""
        return next((m["place"] for m in places_abroad(self.text, start, end)
                     if not self.subjects.names_between(m.start("place"), m.end("place"))), None)

    def _combined_over_partners(self, found: Found, sentence: Span) -> bool:
        """Whether the figure is a combined total ("a combined capacity of", "in total") in a
        sentence that names two or more partners."""
        if not _COMBINED.search(self.text, max(found.start - 50, sentence.start), found.start):
            return False
        return self._several_partners_in(sentence)

    def _several_partners_in(self, span: Span) -> bool:
        """Whether `span` names two or more partners."""
        return len({m.slug for m in self.subjects.mentions_between(span.start, span.end) if self._a_partner(m)}) >= 2

    def _a_partner(self, mention: Mention) -> bool:
        return self.subjects.kinds.get(mention.slug) not in ("sector", "city")

    def _about_the_province(self, sentence: Span) -> bool:
        """A sentence that names no entity but names a province ("Shandong exported 10.04
        million tyres", "The province's exports …"), or opens with "it" after a sentence that
        does, is about that province: no partner named earlier is carried into it ("… 1.72
        million tires to the US. … Shandong exported 10.04 million passenger car tires" is no
        figure of the United States'; a sector goes on: the province's outbound investment)."""
        if self._names_a_province(sentence):
            return True
        index = self.sentences.index_at(sentence.start)
        return bool(index and _OPENS_WITH_IT.match(self.text, sentence.start, sentence.end)
                    and self._names_a_province(self.sentences.sentences[index - 1]))

    def _province_between(self, mention: Mention, sentence: Span) -> bool:
        """Whether a sentence after the one naming `mention`, before `sentence`, is about the
        province: "… 1.72 million tires to the US. The province exported 12.97 million tires
        …. Foreign-invested firms exported 3.20 million tires" goes on about the province."""
        first = self.sentences.index_at(mention.start) + 1
        last = self.sentences.index_at(sentence.start)
        return any(self._names_a_province(between) and not self.subjects.names_between(
                       between.start, between.end)
                   for between in self.sentences.sentences[first:last])

    def _names_a_province(self, span: Span) -> bool:
        return any(span.start <= at < span.end for at, _ in self.provinces) or \
            bool(_THE_PROVINCE.search(self.text, span.start, span.end))

    def _carried(self, found: tuple[Mention, int]) -> tuple[Mention, int] | None:
        """A sentence that names no entity goes on about the subject of the sentence that last
        named one, chosen as in that sentence (a partner before a sector before the city), not
        the name it ended on: "1.16 million tourists visited Qingdao. The earnings reached $690
        million" goes on about tourism; "Imports and exports of foreign-invested enterprises in
        Qingdao …" names a kind of firm, not foreign investment; names listed together
        ("Farming, Forestry, and Fishery") are all of them, no one (None: no subject)."""
        mention, window = found
        named = self.sentences.at(mention.start)
        lists = self._lists_in(named) + self._field_lists_in(named) + self._those_served_in(named)
        same = [m for m in self.subjects.mentions_between(named.start, mention.end)
                if m.end <= mention.end and not any(a <= m.start < b for a, b in lists)
                and not self._firms_measured(named, m)]
        if not same:
            return None
        return self._part_opened(min(same, key=lambda m: (self.subjects._rank(m.slug), -m.start))), window

    def _one_of_several_partners(self, mention: Mention, sentence: Span) -> bool:
        """Whether a partner is one of several its sentence names ("… left the market along with 130
        American, 30 British, and 28 Italian business groups"): the paragraph after it goes on about
        none of them, unless it opens on a pronoun that points back ("While trade with the United
        States fell, trade with Japan rose 8 percent.\n\nIt reached …")."""
        return self._a_partner(mention) and not _POINTS_BACK_WITH.match(self.text, sentence.start) \
            and self._several_partners_in(self.sentences.at(mention.start))

    def _one_of_a_list(self, mention: Mention) -> bool:
        """Whether the name is one of names or fields listed together ("production sites in South
        Africa, Mexico and Czechia", "from agriculture …, to automobiles and shipping"): a paragraph
        after it goes on about them all, no one of them."""
        named = self.sentences.at(mention.start)
        return any(a <= mention.start < b for a, b in
                   self._lists_in(named) + self._field_lists_in(named) + self._those_served_in(named))

    def _those_served_in(self, sentence: Span) -> list[tuple[int, int]]:
        """Who a business serves ("The target customers of this supermarket include buyers from
        restaurants, hotels, food businesses, …"): its customers' fields are none of its own."""
        return [m.span() for m in _THOSE_SERVED.finditer(self.text, sentence.start, sentence.end)]

    def _part_opened(self, mention: Mention) -> Mention:
        """The city named again after its sentence opened on a part of it: that part, which is
        what the text goes on about ("The Qingdao West Coast New Area had a GDP of …, the
        highest among all districts in Qingdao. … the primary sector hit 4.55 billion yuan")."""
        named = self.sentences.at(mention.start)
        first = next(iter(self.subjects.mentions_between(named.start, mention.end)), mention)
        return first if first.slug == mention.slug and noted_part(first.note) \
            else mention

    def _one_of_several_parts(self, mention: Mention) -> Mention:
        """A part of the city named before, in a sentence that names another part too ("… has 22
        stations from Miaoling Road in Laoshan District to Aoshan Bay in Jimo District. It is
        expected to handle …"): what goes on is about them both, the city's, no one part's."""
        part = noted_part(mention.note)
        if not part:
            return mention
        named = self.sentences.at(mention.start)
        others = {other for m in self.subjects.mentions_between(named.start, named.end)
                  if (other := noted_part(m.note)) and other != part}
        return Mention(mention.start, mention.end, self.city_slug, "(one of the city's parts named there "
                       "together: the city's)") if others and self.city_slug else mention

    def _city_s_whole_economy(self, found: Found, sentence: Span) -> Mention | None:
        """The city (or a part of it) named before a measure of its whole economy in the figure's
        clause, which names no sector or partner ("Jimo's GDP exceeded $10 billion"): the city's,
        not a sector's named elsewhere in the sentence."""
        start, end = self._figure_clause(found, sentence)
        before = self.subjects.mentions_between(start, found.start)
        if any(self.subjects.kinds.get(m.slug) != "city" for m in self.subjects.mentions_between(start, end)) \
                or not self._measures_the_whole_economy(start, found.start):
            return None  # (not "Qingdao's GDP includes 300 billion yuan from the marine economy")
        return next((m for m in reversed(before) if m.slug == self.city_slug), None)

    def _measures_the_whole_economy(self, start: int, end: int) -> bool:
        """Whether the words before a figure name a measure of the whole economy ("GDP rose"),
        not a share of it, which is what was named before: "The added value of the marine
        economy reached 300 billion yuan. Its share of GDP was 27 percent" is the marine
        economy's."""
        return any(not _SHARE_OF_ECONOMY.search(self.text, max(m.start() - 60, start), m.start())
                   for m in _WHOLE_ECONOMY.finditer(self.text, start, end))

    def _firm_referred_to(self, sentence: Span) -> str | None:
        """The firm a sentence that opens with "It"/"Its" ("Last year its sales revenue …") goes
        on about, when the sentence before opens with one no entity stands for ("So far, the
        company has set up 17 subsidiaries … in the United States", "Hisense has been eyeing …"):
        the partner named later in that sentence is where, not whose."""
        if not _PRONOUN_OPENS.match(self.text, sentence.start):
            return None
        index = self.sentences.index_at(sentence.start)
        for before in reversed(self.sentences.sentences[max(index - 3, 0):index]):
            head = _FIRM_HEAD.match(self.text, before.start, before.end)
            if not (head and head["pronoun"]):  # "It is ranked first …": back to what that goes on about
                # ("Due to its good performance abroad, Hisense won … . It ranked second …"; not
                # "Hisense South Africa has grown …", a partner's own company)
                return self._firm_heading(before) or self._city_firm_opening(before, alone=True)
        return None

    def _firm_heading(self, span: Span) -> str | None:
        """The firm no entity stands for that `span` opens on as its subject ("So far, the
        company has …", "Last year, Haier raked in …")."""
        head = _FIRM_HEAD.match(self.text, span.start, span.end)
        if not head or head["pronoun"]:
            return None
        name = head["firm"]
        if self.subjects.names_between(head.start("firm"), head.end("firm")) or \
                names_a_city(name) or name in WIDER_PLACES or name in PROVINCES or \
                any(name in parts for parts in self._other_cities_parts.values()):  # "Lingang gathered …": a district
            return None
        if not (_THE_FIRM.match(name) or head["registered"] or self._capitalised_mid_sentence(name)
                or self._a_name_that_dealt(name, head)):
            return None  # "Trade has …": a capital only for opening; a name keeps it elsewhere
        return " ".join(name.split())

    def _a_name_that_dealt(self, name: str, head: re.Match) -> bool:
        """A word never written in lower case that opens a sentence on a deal's verb ("Sinotruk
        exported 1,000 trucks …"): a firm's name, not a measure ("Exports rose …")."""
        return bool(_DEALT.search(head[0])) and " " not in name and \
            re.search(rf"\b{re.escape(name.lower())}\b", self.text) is None

    def _capitalised_mid_sentence(self, name: str) -> bool:
        """Whether `name` is written capitalised after a word or comma somewhere in the text (a
        name), looked up once per name: a text's every "Its …" sentence asks again."""
        if name not in self._mid_sentence:
            self._mid_sentence[name] = bool(re.search(rf"[a-z,]\s+{re.escape(name)}\b", self.text))
        return self._mid_sentence[name]

    def _pronoun_antecedent(self, sentence: Span, skip: list) -> tuple[Mention, int] | None:
        """"The new airport is 39 kilometers from the city's downtown. It has attracted 44.3
        billion yuan": a sentence that opens with "It" goes on about what the sentence before
        was about, its first entity, not the one it named last (unless that is the city). Before
        a run of such sentences ("… the city's marine businesses was worth …. They accounted for 30
        percent of the city's GDP. Their value has been growing …"), back to what the first
        stood for; walked, not recursed, and at most `_PRONOUN_CHAIN_REACH` sentences back, so a
        paragraph of a thousand "It has …" is read, in time that grows with its length."""
        if not _PRONOUN_OPENS.match(self.text, sentence.start):
            return None
        paragraph = self.sentences.paragraph_at(sentence.start)
        chain, current = [], sentence
        while len(chain) < _PRONOUN_CHAIN_REACH:
            index = self.sentences.index_at(current.start)
            if index == 0 or self.sentences.sentences[index - 1].start < paragraph.start:
                break
            before = self.sentences.sentences[index - 1]
            chain.append((current, before))
            if not (_PRONOUN_OPENS.match(self.text, before.start) and before.start > paragraph.start):
                break
            current = before
        return next(filter(None, (self._antecedent_in(before, current, skip) for current, before in reversed(chain))),
                    None)

    def _antecedent_in(self, before: Span, sentence: Span, skip: list) -> tuple[Mention, int] | None:
        """What the pronoun opening `sentence` stands for in the sentence `before` it."""
        named = [m for m in self.subjects.mentions_between(before.start, before.end)
                 if not any(a <= m.start and m.end <= b for a, b in skip)]
        if named and named[0].slug == self.city_slug and _OPENS_ON_NAME.fullmatch(
                self.text, before.start, named[0].start) and not _POSSESSIVE_S.match(self.text, named[0].end) \
                and _PLACE_S_MEASURE.match(self.text, sentence.start) and not any(map(self._a_partner, named)):
            # "Qingdao received 100 million tourists. Its total volume of foreign trade rose …":
            # a place's trade is the city's, which the sentence before opens on
            return named[0], 1
        # the city says least: what the sentence before went on to name says more (the zone
        # "has been working to boost logistics. It has added 13 train lines": logistics')
        named = [m for m in named if m.slug != self.city_slug]  # ("the city's marine businesses")
        return (named[0], 1) if named else None

    def _whole_of_share(self, found: Found, sentence: Span) -> tuple[str, str] | None:
        """"52 South Korean projects, accounting for 74.3 percent of the 70 newly approved foreign
        investments": the whole a share is of is what its own words name, not the part's partner."""
        if not _SHARE_WHOLE.search(self.text, max(found.start - 40, sentence.start), found.start):
            return None
        words = _COUNTED_WORDS.match(self.text, found.end, sentence.end)
        own = words and self.subjects.mention_for(found.start, found.end, [(found.end, words.end())])
        if not own:
            return None
        named = " ".join(self.text[own[0].start:own[0].end].split())
        return own[0].slug, f"'{named}': what the whole a share is of counts"

    def _port_measure(self, found: Found, sentence: Span, subject: str | None,
                      reason: str) -> tuple[str | None, str]:
        """A throughput, a tonnage or a count of TEU is a port's figure ("Ore throughput hit 240
        million tons", "Shandong seaports lifted 1.1 million TEU", "Qingdao handled 289 million
        tonnes"), wherever the port is (the scope says where), unless a partner or another sector
        is the subject."""
        if subject not in (None, self.city_slug) or not self.port_slug or _ABOUT_NO_ENTITY.match(reason):
            return subject, reason  # (ports abroad no entity stands for are no port's of the city's)
        clause = self._figure_clause(found, sentence)
        if clause not in self._throughputs:  # a long clause's figures share it
            self._throughputs[clause] = bool(_THROUGHPUT.search(self.text, *clause))
        if not self._throughputs[clause]:
            return subject, reason
        # ("the ports of northern Italy's Liguria range handled 3.5 million TEUs": that country's)
        owner = next((m for m in _abroad_name().finditer(self.text, clause[0], found.start)
                      if self.text.startswith(("'s", "’s"), m.end()) and not self.subjects.names_between(*m.span())), None)
        if owner and not self._city_by_name.search(self.text, owner.end(), found.start):
            return None, f"about '{owner[0]}', which no entity stands for"
        return self.port_slug, "a throughput: a port's figure" + (f" ({reason})" if subject else "")

    def _index_rank(self, sentence: Span, subject: str | None, reason: str) -> tuple[str | None, str]:
        """The city's place in a ranking of financial centres is the financial sector's figure
        ("According to the Global Financial Centres Index, … the city moved up the rankings to
        No 46 globally"), as a port's throughput is the port's, though the city is named; not a
        rank by a measure its sentence names ("… a rising financial center. Qingdao ranks 13th
        among Chinese cities by GDP")."""
        if subject != self.city_slug or not self.finance_slug or \
                not _RANKING.search(self.text, sentence.start, sentence.end):
            return subject, reason
        paragraph = self.sentences.paragraph_at(sentence.start)
        before = self.sentences.paragraph_at(paragraph.start - 1) if paragraph.start else paragraph
        if not _FINANCIAL_CENTRES.search(self.text, before.start, sentence.end):
            return subject, reason
        if not _FINANCIAL_CENTRES.search(self.text, sentence.start, sentence.end) and (
                _WHOLE_ECONOMY.search(self.text, sentence.start, sentence.end)
                or _MEASURE_NOUN.search(self.text, sentence.start, sentence.end)):
            return subject, reason  # "Qingdao ranks 13th among Chinese cities by GDP": its own measure
        return self.finance_slug, "a place among financial centres: the financial sector's figure"

    def _names_again(self, found: Found, sentence: Span) -> bool:
        """"… built its first central warehouse in China. …, the warehouse covers 10,000 square
        meters": the figure's clause names again, with "the", a thing the sentence before named."""
        index = self.sentences.index_at(sentence.start)
        if index == 0:
            return False
        previous = self.sentences.sentences[index - 1]
        start, end = self._figure_clause(found, sentence)
        if _PARTICIPLE.match(self.text, start) and end < sentence.end:
            # "Processing 30,000 orders a day, the warehouse covers …": the main clause's subject
            end = _clause_of(self.text, sentence, end + 1, end + 1)[1]
        nouns = {m[1].lower() for m in _THE_NOUN.finditer(self.text, start, end)} - _VAGUE_NOUNS
        return any(re.search(rf"\b{re.escape(noun)}\b", self.text[previous.start:previous.end], re.IGNORECASE)
                   for noun in nouns)

    def _unknown_counterpart(self, found: Found, sentence: Span, mention: Mention) -> str | None:
        """The counterpart the figure's own clause names when no entity stands for it and the
        mention chosen is outside that clause ("Exports to the United States fell 6 percent, and
        imports from Australia rose 11 percent")."""
        start, end = self._figure_clause(found, sentence)
        if start <= mention.start < end:
            return None
        counterparts = counterparts_named(self.text, start, found.start)
        counterpart = next((c for c in counterparts if not self.subjects.names_between(*c)), None)
        if not counterpart:
            return None  # one after the figure is a whole ("14 percent of its trade with the EU")
        return " ".join(self.text[counterpart[0]:counterpart[1]].split())

    def _wider_place_s_clause(self, found: Found, sentence: Span) -> str | None:
        """The wider place ("the province's") that opens the "while" clause a figure is in, when
        the clause names no entity: "Foreign capital reached $10.78 billion, while the province's
        imports and exports grew 4.2 percent" is the province's trade, not foreign capital's."""
        contrast = None
        for contrast in _CONTRAST.finditer(self.text, sentence.start, found.start):
            pass
        own = contrast and _WIDER_PLACE_S.match(self.text, contrast.end())
        if not own or self.subjects.names_between(own.start(), found.start):
            return None
        return " ".join(own["place"].split())

    def _next_clauses(self, found: Found, sentence: Span) -> list[tuple[int, int]]:
        """From a name after the figure that opens a clause of its own to the sentence's end:
        "Hong Kong invested $11 billion, up 65 percent, Singapore invested $1 billion" — the 65
        percent is Hong Kong's, whatever name is nearer after it. Only when a name comes
        before the figure: "For 30 years, Qingdao has …" names its subject after it. A clause
        set against the figure's ("Its foreign trade rose by 10 percent, while the actual use of
        foreign capital reached …") is another's in any case."""
        contrast = _CONTRAST.search(self.text, found.end, sentence.end)
        result = _RESULT_CLAUSE.search(self.text, found.end, contrast.start() if contrast else sentence.end)
        if result and all(self.subjects.kinds.get(m.slug) == "sector"
                          for m in self.subjects.mentions_between(result.start(), sentence.end)):
            # "… 600 outlets in 110 countries, contributing to the development of logistics
            # systems": a field the figures serve, not theirs
            contrast = result
        if not self.subjects.names_between(sentence.start, found.start):
            return [(contrast.start(), sentence.end)] if contrast else []
        for m in _CLAUSE_SUBJECT.finditer(self.text, found.end, contrast.start() if contrast else sentence.end):
            if self.subjects.names_between(m.start("name"), m.end("name")):
                return [(m.start("name"), sentence.end)]
        return [(contrast.start(), sentence.end)] if contrast else []

    def _clauses_of_another_time(self, found: Found, sentence: Span) -> list[tuple[int, int]]:
        """An "until" clause after the figure that tells of another time by a verb and its own year
        ("The city of about three million inhabitants was a fishing village until the Germans seized
        it in 1898"): who acts in it is no subject of the figure."""
        return [(m.start(), m.end()) for m in _ANOTHER_TIME_S_CLAUSE.finditer(self.text, found.end, sentence.end)]

    def _relative_asides_before(self, found: Found, sentence: Span) -> list[tuple[int, int]]:
        """A relative clause ("in which", "whose", "who"; not "which") set off by commas before the
        figure ("The Qingdao-based company, in which United States beer giant Anheuser-Busch holds a
        27 per cent stake, said it would invest …"): says who else the subject has to do with, no
        subject of the figure after it."""
        return [m.span() for m in _RELATIVE_ASIDE.finditer(self.text, sentence.start, found.start)]

    def _another_kind_listed_before(self, found: Found, sentence: Span) -> str | None:
        """A count of one kind of projects (or firms) after another kind its sentence names by a
        field ("boutique tourism projects such as …, 13 business service projects such as …, and
        eight medical and healthcare projects"): the field is the other kind's, and the count's own
        words name none; the words of that other kind."""
        counted = _COUNTED_KIND.match(self.text, found.end, sentence.end)
        if not counted or not counted["own"] or self.subjects.names_between(found.end, counted.end()):
            return None  # ("78 companies from the top 500 club": the kind named before, again)
        listed = _KIND_LISTED_AFTER[counted["head"]]
        for m in reversed(self.subjects.mentions_between(sentence.start, found.start)):
            kind = self.subjects.kinds.get(m.slug) == "sector" and listed.match(self.text, m.end, found.start)
            if kind:
                return " ".join(self.text[m.start:kind.end("kind")].split())
        return None

    def _a_firm_s_site_since(self, mention: Mention, sentence: Span) -> bool:
        """Whether the figure's sentence is about "the factory" (or plant, workshop) of a company
        named after the field was, in the sentence before."""
        site = _THE_FIRM_S_SITE.search(self.text, sentence.start, sentence.end)
        if not site or not sentence.start:
            return False
        before = self.sentences.at(sentence.start - 1)
        return before.start > mention.end and bool(_A_COMPANY.search(self.text, before.start, before.end))

    def _sector_named(self, found: Found, sentence: Span, skip: list[tuple[int, int]],
                      mention: Mention) -> Mention | None:
        """The sector the sentence names outside `skip` that a figure of several partners together
        measures: named before the figure with no other figure between ("Foreign investment from
        Japan and South Korea hit …"), in the partners' own clause ("… hit $150 million,
        accounting for 29 percent"), or referred back to ("while that from Europe … reached …");
        not one named after the figure ("…, most of them shipped through Qingdao Port") nor
        another figure's ("Container throughput rose 5 percent, while imports from Japan and
        Korea reached $6 billion")."""
        last = next((m for m in reversed(self.subjects.mentions_between(sentence.start, found.start))
                     if self.subjects.kinds.get(m.slug) == "sector"
                     and not any(a <= m.start < b for a, b in skip)), None)
        if last is None or bisect.bisect_left(self.found_starts, last.end) == \
                bisect.bisect_left(self.found_starts, found.start):
            return last
        clause = _clause_of(self.text, sentence, mention.start, mention.end)
        if clause[0] <= last.start < mention.start or _THAT_FROM.search(self.text, last.end, found.start):
            return last
        return None

    def _partners_together(self, found: Found, sentence: Span, mention: Mention) -> bool:
        """"Japan and South Korea invested $710 million, up 137 percent": two partners joined as
        the subject of a clause are about both, no one of them; so are a partner and a place no
        entity stands for ("Hong Kong and Macao signed 30 deals"), not China, a province or a city."""
        chain = next((m for m in _NAME_CHAIN.finditer(self.text, sentence.start, sentence.end)
                      if m.start() <= mention.start < m.end()), None)
        if chain and len({m.slug for m in self.subjects.mentions_between(*chain.span())
                          if self.subjects._rank(m.slug) == 0}) >= 2:
            return True  # "the China-Japan-Korea Industries Expo": the event of all three
        pair = next((m for pattern in (_TWO_NAMES, _FROM_TWO) for m in pattern.finditer(self.text, sentence.start, found.start)
                     if m.start(1) <= mention.start < m.end(2)), None)
        if not pair:
            pair = _IN_TWO_PLACES.match(self.text, found.end, sentence.end)
            pair = pair if pair and pair.start(1) <= mention.start < pair.end(2) else None
        if not pair:
            return False
        first = self.subjects.mention_for(pair.start(1), pair.end(1), [(pair.start(1), pair.end(1))])
        second = self.subjects.mention_for(pair.start(2), pair.end(2), [(pair.start(2), pair.end(2))])
        if bool(first) != bool(second):  # "Hong Kong and Macao signed 30 deals": Macao has no entity
            other = pair[2] if first else pair[1]
            return (self.subjects._rank((first or second)[0].slug) == 0 and other not in WIDER_PLACES
                    and other not in PROVINCES and not names_a_city(other))
        return bool(first and second and first[0].slug != second[0].slug
                    and self.subjects._rank(first[0].slug) == self.subjects._rank(second[0].slug) == 0)

    def _with_a_region(self, mention: Mention, found: Found) -> str | None:
        """A region no entity stands for joined to the partner by "and" or "or", either side
        (by a repeated preposition, "both to the US and to EU", only for a figure after both: not
        "sold 2 million TVs in Korea and in EU countries it sold 1 million")."""
        before = _REGION_AND.search(self.text, max(mention.start - 40, 0), mention.start)
        after = _AND_REGION.match(self.text, mention.end)
        if after and after["prep"] and found.start < after.end():
            after = None
        joined = before or after
        return joined["region"] if joined and not self.subjects.names_between(*joined.span("region")) else None

    def _listing_places(self, found: Found, paragraph: Span) -> list[tuple[int, int]]:
        """The partners a price of one share's paragraph names ("All the shares will be tradeable
        in Hong Kong. The price was HK$4.68 a share, against a closing price of HK$3.60"): where
        the firm's shares trade, not whose the price is (the firm's, or its sector's)."""
        if found.quantity.unit not in CURRENCIES or not (
                _PER_SHARE.match(self.text, found.end)
                or _PRICE_BEFORE.search(self.text, max(found.start - 60, 0), found.start)):
            return []
        if paragraph.start not in self._paragraph_partners:  # (read once for all its prices)
            self._paragraph_partners[paragraph.start] = [
                (m.start, m.end) for m in self.subjects.mentions_between(paragraph.start, paragraph.end)
                if self._a_partner(m)]
        return self._paragraph_partners[paragraph.start]

    def _ahead_of_the_rank(self, found: Found, sentence: Span) -> list[tuple[int, int]]:
        """The one a rank of the sentence comes after ("the second-largest in the world after the
        United States"): ahead of what is ranked, no subject of the sentence's figures."""
        first = bisect.bisect_left(self.found_starts, sentence.start)
        last = bisect.bisect_left(self.found_starts, sentence.end)
        ranks = [f for f in self.founds[first:last] if f.quantity.unit == "rank"]
        return [ahead.span("ahead") for rank in ranks
                if (ahead := _AHEAD_OF_RANK.match(self.text, rank.end, sentence.end))]

    def _counted_by_others(self, found: Found, sentence: Span) -> list[tuple[int, int]]:
        """Spans of the sentence's other figures with the words they count: "10 trading
        platforms and four cross-border e-commerce platforms" — the sector is what the four are,
        not what the ten are. Only between counts: "621 freight trains ran, up 54.9 percent" —
        the change is of what the 621 counts."""
        if found.quantity.unit != "count":
            return []
        spans = []
        first = bisect.bisect_left(self.found_starts, sentence.start)
        last = bisect.bisect_left(self.found_starts, sentence.end)
        for other in self.founds[first:last]:
            # only a sibling in a list: "38 enterprises handled 60 cross-border financing
            # deals" — the 38 did what the 60 count
            # (an act after a comma lists only what it did: "added 2,732 trading companies,
            # establishing nine e-commerce parks" — not for the nine, whose doers the 2,732 are:
            # "30 Korean companies came to the zone, setting up 12 factories")
            if other is not found and other.quantity.unit == "count" and _joins_a_list(
                    self.text, min(found.end, other.end), max(found.start, other.start),
                    acts=other.start > found.start):
                words = _COUNTED_WORDS.match(self.text, other.end, sentence.end)
                spans.append((other.start, words.end() if words else other.end))
        return spans

    def _whole_after_share(self, found: Found, sentence: Span) -> list[tuple[int, int]]:
        """The whole a share is of: "It accounts for nearly half of the province's total foreign
        capital" is the share of what "It" is (the sentence before's Hong Kong), not of foreign
        investment, whatever the whole's words name."""
        if found.quantity.unit != "percent":
            return []
        whole = _WHOLE_AFTER.match(self.text, found.end, sentence.end)
        return [whole.span()] if whole else []

    def _clause_subject(self, found: Found, sentence: Span, nearest: Mention,
                        skip: list) -> tuple[Mention, int] | None:
        """"Qingdao Liuting International Airport had seen 150,000 tourists": between two
        sectors, the one the figure's clause opens with is what the clause is about."""
        if self.subjects.kinds.get(nearest.slug) != "sector":
            return None
        start, _ = self._figure_clause(found, sentence)
        before = [m for m in self.subjects.mentions_between(start, found.start)
                  if not any(a <= m.start and m.end <= b for a, b in skip)
                  and self.subjects.kinds.get(m.slug) != "city"]
        first = before[0] if before else None
        if first and first.slug != nearest.slug and self.subjects.kinds.get(first.slug) == "sector" \
                and _OPENS_CLAUSE.fullmatch(self.text, start, first.start) \
                and not (self.text[first.start].isupper() and _NAME_GOES_ON.match(self.text, first.end)):
            return first, 0
        return None

    def _whole_named(self, whole: tuple[int, int], lists: list) -> tuple[Mention, int] | None:
        """"90 per cent of foreign companies have benefited, said the mayor of the city": a
        share of a whole that names no part's owner is of what the whole names, not the city."""
        named = [m for m in self.subjects.mentions_between(*whole) if m.slug != self.city_slug
                 and not any(a <= m.start and m.end <= b for a, b in lists)]
        return (named[0], 0) if named else None

    def _firms_measured(self, sentence: Span, m: Mention) -> bool:
        """"Imports and exports of foreign-invested enterprises", "foreign-funded enterprises'
        trade": the mention says what kind of firms trade, and the sentence is no sector's."""
        return bool(_FIRMS_AFTER.match(self.text, m.end) and (
            _MEASURE_OF.search(self.text, sentence.start, m.start) or _FIRMS_MEASURE.match(self.text, m.end)))

    def _firms_by_kind(self, found: Found, sentence: Span) -> list[tuple[int, int]]:
        """Mentions that only say what kind of firms trade, sell or produce: "Imports and exports
        of foreign-invested enterprises reached 20.55 billion yuan", "1,211 foreign-invested
        enterprises achieved sales revenue of 173.57 billion yuan" — the figure is the trade or
        the revenue, not foreign investment (though the 1,211 counts the firms, and is)."""
        spans = []
        for m in self.subjects.mentions_between(sentence.start, sentence.end):
            if not _FIRMS_AFTER.match(self.text, m.end):
                continue
            # (what a kind of firm made in trade: not a partner's firms, "Japanese companies recorded 3
            # billion dollars in imports", nor the count of the firms right before them, "1,211
            # foreign-invested enterprises recorded imports and exports of …")
            traded = _FIRMS_TRADED.match(self.text, m.end) and not self._a_partner(m) \
                and not (found.end <= m.start and not self.text[found.end:m.start].strip())
            owner = _MEASURE_OF.search(self.text, sentence.start, m.start) or \
                _FIRMS_MEASURE.match(self.text, m.end) or traded
            # (a verb, "exported", only after firms of a kind: "Japanese companies sold 200,000
            # cars" is still Japan's, as before)
            measure = _OTHER_MEASURE_NOUN if self._a_partner(m) else _OTHER_MEASURE
            measured_after = m.end <= found.start and (measure.search(self.text, m.end, found.start)
                                                       or _WORTH_OF_TRADE.match(self.text, found.end))
            if owner or measured_after:
                spans.append((m.start, m.end))
        return spans

    def _sectors_before_trade(self, sentence: Span, paragraph: Span, previous: Span) -> list[tuple[int, int]]:
        """Sectors named before a sentence that states the place's trade and names none: "The
        actual utilization of foreign capital reached $1.92 billion. However, total import and
        export volume amounted to $16.38 billion" — the trade is the city's, not foreign
        investment's; a sector's trade names the sector in its own sentence ("e-commerce
        exports")."""
        # ("Cross-border e-commerce grew. Its exports …" goes on about it)
        if not _TRADE.search(self.text, sentence.start, sentence.end) or _GOES_ON.match(self.text,
                                                                                      sentence.start):
            return []
        return [(m.start, m.end) for m in self.subjects.mentions_between(previous.start, sentence.start)
                if self.subjects.kinds.get(m.slug) == "sector"]

    def _field_lists_in(self, sentence: Span) -> list[tuple[int, int]]:
        """The lists of fields in lower case in a sentence ("planting, winemaking, trade and
        related tourism"), found once for all its figures."""
        if sentence.start not in self._field_lists:
            # (not one whose every field names the same entity: "port logistics, port equipment and
            # port services" are the port's)
            self._field_lists[sentence.start] = [m.span() for m in _FIELD_LIST.finditer(
                self.text, sentence.start, sentence.end) if not self._each_item_names_one(m.span())]
        return self._field_lists[sentence.start]

    def _examples_of_one(self, span: tuple[int, int]) -> bool:
        """Examples that all name one entity ("six major industries, such as marine organism, marine
        equipment, marine chemical industry and marine power equipment"): what they stand for is
        that entity's, so they name it."""
        opening = _EXAMPLES_OPEN.search(self.text, *span)
        last = opening and _LAST_ITEM.search(self.text, opening.end(), span[1])
        return bool(last) and self._each_item_names_one((opening.end(), last.end()))

    def _each_item_names_one(self, span: tuple[int, int]) -> bool:
        """Whether every item of a list names one and the same entity."""
        named = self.subjects.mentions_between(*span)
        breaks = [m.span() for m in _LIST_ITEM_BREAK.finditer(self.text, *span)]
        items = zip([span[0]] + [b for _, b in breaks], [a for a, _ in breaks] + [span[1]])
        return len({m.slug for m in named}) == 1 and all(
            any(start <= m.start < end for m in named) for start, end in items)

    def _lists_in(self, sentence: Span) -> list[tuple[int, int]]:
        """The lists of three or more names in a sentence that does not pair them with its
        figures by "respectively"."""
        if sentence.start not in self._lists:
            lists = name_lists(self.text, sentence.start, sentence.end)  # "ASEAN, Africa and India"
            respectively = lists and respectively_spans(self.text, sentence.start, sentence.end)
            self._lists[sentence.start] = [] if respectively else lists
        return self._lists[sentence.start]

    def quote_for(self, found: Found, sentence: Span, scope: Scope | None = None) -> str:
        """The figure's sentence (its clauses around the figure when it is long), from the
        sentence before in its paragraph when that one names the place the figure is about: the
        quote proves the scope its label prints ("… in Shandong. In 2019, trade between the two
        sides …")."""
        start, end = sentence.start, sentence.end
        if end - start > MAX_QUOTE:
            start, end = _clauses_around(self.text, sentence, found)
        elif scope is not None and scope.named_in is not None and \
                end - scope.named_in[0] <= MAX_QUOTE and \
                self.sentences.at(max(start - 2, 0)).start == scope.named_in[0] and \
                scope.named_in[0] >= self.sentences.paragraph_at(start).start:
            start = scope.named_in[0]  # in its paragraph: a title above is no part of the quote
        # a figure written across a sentence break still lies whole in its quote
        return self.text[min(start, found.start):max(end, found.end)]


# A count said to have been, as the paragraph's period counted ("In 2017, there were 1,221 students.
# … There were 229 graduate students"): of that period; other counts may be a stock that "reached 22"
_THERE_WERE = re.compile(r"(?:(?:And|But|Also|Meanwhile),?\s+)?[Tt]here\s+(?:were|was)\b")

# A first, an only or a superlative, then "since" and what it runs from, in one phrase
_RECORD_SINCE = re.compile(r"\b(?:first|only|record|best|worst|most|least|(?:high|low|larg|bigg|fast|slow|strong|"
                           r"weak|great|small|sharp|steep|quick|deep|long|warm|cold|hott|heavi|busi|wid)est)\b"
                           # (no verb of a clause between: "Only 30 firms have left the zone since 2010")
                           r"(?:(?!\b(?:has|have|had|is|are|was|were|will)\b)[^,;.]){0,60}?"
                           r"\bsince\b[^,;.]{0,120}$", re.IGNORECASE)
_WHEN_THEN = re.compile(r",?\s+when\b")

# Words of investment drawn, which a sentence going on about it uses ("these projects", "foreign
# companies", "The total"; not "Production enterprises", which may be anyone's), or a pointer back
# to what was drawn (`_BREAKS_DOWN`, "Among them, 73 were newly established"; "Of these, …")
_OF_INVESTMENT = re.compile(r"\b(?:invest\w*|projects?|capital|funds?|funding|contract\w*|deals?|agreements?|FDI|"
                            r"ventures?|actual\s+use|utili[sz]\w*|"
                            # ("The total reached …"; not "The total output of the zone", "The amount of cargo")
                            r"(?:the|this|that)\s+(?:total|sum|amount|figure)(?=(?:\s+(?:volume|value))?\s+(?:was|were|is|reached|rose|grew|hit|"
                            r"increased|stood|amounted|totaled|totalled|came|exceeded)\b)|"
                            r"(?:(?:these|those|such|the)\s+(?:[\w-]+\s+)?|(?:foreign|overseas|international|"
                            r"transnational|multinational)[\w-]*\s+(?:[\w-]+\s+)?)(?:enterprises|companies|firms))\b",
                            re.IGNORECASE)
_OF_THEM = re.compile(r"Of\s+(?:them|these|those)\b")
# A name of investment drawn itself (not the sector's other names: "overseas business centers")
_WORDS_OF_CAPITAL = re.compile(r"invest|capital|fund|FDI|Fortune|foreign|overseas-|projects|deals|contract",
                               re.IGNORECASE)

# "until the Germans seized it in 1898": a clause of its own time (a verb before its year), up to the year
# (not "until 2025", a time of the figure's own clause; nor "after Korean Air reopened the route in 2019",
# which says why the figure is so)
_ANOTHER_TIME_S_CLAUSE = re.compile(r"\b(?:until|till)\s+[^,;.\d]{0,80}?\b(?:[a-z]{3,}ed|was|were|"
                                    r"became|took|began|came|won|lost|left|made|built)\b[^,;.\d]{0,40}?"
                                    r"\b(?:1[6-9]|20)\d\d\b")

# (not ", which is mostly with Japan,": what the subject itself is, whose partner may be the figure's)
_RELATIVE_ASIDE = re.compile(r",\s*(?:(?:in|of|to|for|with|from|by|through)\s+which|whose|who)\s+[^,;.]{2,120}?,")

# (what they "include" or are "such as", up to a figure: "Buyers from Japan signed deals worth …" list no
# one served)
_THOSE_SERVED = re.compile(r"\b(?:customers|clients|buyers|consumers|patrons|users)\b[^.;\d]{0,40}?"
                           r"\b(?:include|includes|including|such\s+as)\b[^.;\d]*", re.IGNORECASE)

# The kind a count counts, right after it: "13 business service projects"
_KINDS_LISTED = ("projects", "enterprises", "companies", "firms")
_EXAMPLES_WORDS = r"(?:such\s+as|like|including)"
_COUNTED_KIND = re.compile(rf"\s+(?P<own>(?:[a-z][\w-]*\s+){{0,4}}?)(?P<head>{'|'.join(_KINDS_LISTED)})\b")
# … and that kind named by a field before it, with its examples: "tourism projects such as"
_KIND_LISTED_AFTER = {head: re.compile(rf"(?P<kind>(?:\s+[a-z][\w-]*){{0,2}}?\s+{head})\s+{_EXAMPLES_WORDS}\b")
                      for head in _KINDS_LISTED}

# A figure opening the name of an example: "13 business service projects such as the 50 billion yuan"
_AN_EXAMPLE_S_FIGURE = re.compile(rf"(?P<kind>(?:\b[a-z][\w-]*\s+){{1,4}}(?:{'|'.join(_KINDS_LISTED)}))\s+"
                                  rf"{_EXAMPLES_WORDS}\s+(?:the\s+)?$")

_THE_FIRM_S_SITE = re.compile(r"\bthe\s+(?:[\w,.-]+\s+){0,2}(?:factory|plant|workshop|mill)\b", re.IGNORECASE)
_A_COMPANY = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:company|firm|manufacturer|maker)\b", re.IGNORECASE)

_PRONOUN_CHAIN_REACH = 50  # sentences a run of "It …" is followed back (no text goes on so long about one thing)

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_EXAMPLES_OPEN = re.compile(rf"\b{_EXAMPLES_WORDS}\s+")
_LAST_ITEM = re.compile(r"\s(?:and|or)\s+[^,.;:()]+")  # (a list's "and" and the item after it, where the list ends)
_LIST_ITEM_BREAK = re.compile(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
# ("… contributed 9% to the country's overall economy, 13% to industrial output value")
_OF_ITS = re.compile(r"\s+(?:of\s+its\b|to\s+(?:[a-z]+\s+){0,2}(?:output|economy|GDP|revenue|exports|imports|"
                     r"trade|investment|total)\b)")
# ("less than 2% of the entire country", "9% to the country's overall economy", "25 percent of
# the national total")
_OF_THE_COUNTRY = re.compile(r"\s*\b(?:of|to)\s+(?:(?:the\s+(?:country|nation)|China)['’]s\b|"
                             r"the\s+(?:entire|whole)\s+(?:country|nation)\b)")
# (right after the share: "of world trade", "of the global total", "of the global high-end wig market";
# not "of the world's top 500 firms", firms counted)
_OF_THE_WORLD = re.compile(r"\s*\bof\s+(?:the\s+)?(?:world['’]s|global|world)\s+(?!top\b)(?:[\w-]+\s+){0,2}?"
                           r"(?:trade|total|output|market|exports|imports|production|supply|demand|population|"
                           r"reserves|sales|capacity)\b")
_OF_THE_NATIONAL_TOTAL = re.compile(r"\s*\bof\s+the\s+national\s+total\b")  # (right after the share only)
# Members named beside a group, set off by commas: "investment from SCO members, mainly Russia
# and India, hit …" is the group's, not a member's.
MEMBERS_ASIDE = re.compile(r",\s*(?:mainly|mostly|chiefly|largely|primarily|especially|notably|"
                            r"including|such\s+as|led\s+by)\s+[^,;.]{2,80}?,")
_THE_PROVINCE = re.compile(r"\bthe\s+province\b", re.IGNORECASE)
# "It exported …", "During the reporting period, it exported …"
# What a place's whole economy measures: no partner or sector named before is its subject.
_WHOLE_ECONOMY = re.compile(
    r"\b(?:GDP|gross\s+domestic\s+product|per\s+capita|population|(?:primary|secondary|second|"
    r"tertiary|third)\s+industry|fixed[-\s]assets?\s+investment|retail\s+sales|disposable\s+income|"
    r"fiscal\s+revenue|general\s+public\s+budget|industrial\s+output)\b", re.IGNORECASE)
# A city's population said with the figure: "the 2.5-million-population city", "a city of 9 million people"
_CITY_OF_PEOPLE_AFTER = re.compile(r"-?\s*(?:population|people|inhabitants|residents)\s+(?:city|metropolis)\b")
_PEOPLE_AFTER = re.compile(r"\s+(?:people|inhabitants|residents)\b")
_CITY_OF_BEFORE = re.compile(r"\b(?:city|metropolis)\s+of\s+$")
# A share of the economy ("share of GDP", "proportion in the city's GDP"): its part's measure.
_SHARE_OF_ECONOMY = re.compile(r"\b(?:share|proportion|percentage|ratio|part)\s+(?:of|in|to)\s+(?:(?:the\s+)?"
                               r"(?:city|province|country|nation)['’]s\s+|the\s+|its\s+|their\s+)?"
                               r"(?:total\s+)?$", re.IGNORECASE)
_OPENS_WITH_IT = re.compile(r"(?:[^,.;]{0,40},\s*)?(?:it|its)\b", re.IGNORECASE)
# What firms named by their kind ("foreign-invested enterprises") do other than invest: a measure
# of their own, before ("Imports and exports of …") or after them ("… enterprises' trade volume",
# "… enterprises in the city achieved a total sales revenue of …").
# Three or more fields listed in lower case: "integrates planting, winemaking, trade and related
# tourism" names what an industry spans; the next sentence goes on about the industry.
# (a word of at most 60 characters, at most 30 fields before the last: "a-b-c-…" or 5,000
# fields with no "and" is not read again from each of its words)
_FIELD = r"[a-z][\w-]{0,60}(?:\s+[a-z][\w-]{0,60})?"
# (or what it spans "from agriculture and home appliances, to services and technology, to
# automobiles and shipping")
_FIELDS_PAIRED = rf"{_FIELD}(?:\s+and\s+{_FIELD})?"
_FIELD_LIST = re.compile(rf"\b(?:{_FIELD},\s+){{1,30}}{_FIELD},?\s+(?:and|or)\s+(?:[a-z][\w-]*\s+){{0,2}}"
                         r"[a-z][\w-]*"
                         # (two "to" at least: "shifted from tourism to logistics" is no list)
                         rf"|\bfrom\s+{_FIELDS_PAIRED},?\s+to\s+{_FIELDS_PAIRED}"
                         rf"(?:,?\s+(?:and\s+)?to\s+{_FIELDS_PAIRED}){{1,10}}")
_NOT_AN_AGENCY = r"(?!\s+(?:Customs|Bureau|Commission|Department|Administration|Office|Daily)\b)"
_REGIONS = (r"(?:Europe|Africa|Asia|Oceania|(?:Latin|South|North|Central)\s+America|the\s+Middle\s+East|"
            r"(?:Central|Southeast|South|East|West)\s+Asia|ASEAN|(?:the\s+)?EU|the\s+European\s+Union)")
_REGION_AND = re.compile(rf"\b(?P<region>{_REGIONS}),?\s+(?:and|or)\s+(?:the\s+)?$")
_AND_REGION = re.compile(rf",?\s+(?:and|or)\s+(?:(?P<prep>to|in|with|from)\s+)?(?P<region>{_REGIONS})\b")
# The country's own figures: "at major Chinese ports", "China's foreign trade", "nationwide".
_NATIONAL = re.compile(r"\b(?:(?:at|in)\s+(?:major\s+)?Chinese\s+(?:ports|cities|airports)|China['’]s\s+"
                       r"(?:foreign\s+trade|exports|imports|GDP|economy|ports)|nationwide|across\s+the\s+country)\b")
_LISTED_BEFORE = re.compile(r"(?:[A-Z][\w-]*(?:\s+[a-z]+)?,\s+)+[A-Z][\w-]*(?:\s+[a-z]+)?,?\s+and\s+$")
_RANKING = re.compile(r"\b(?:rank(?:s|ed|ing|ings)?|places|slots)\b", re.IGNORECASE)
_FINANCIAL_CENTRES = re.compile(r"\bfinancial\s+(?:cent(?:er|re)s?|hubs?)\b|\bGFCI\b", re.IGNORECASE)
_MEASURE_NOUN = re.compile(r"\b(?:volume|exports?|imports?|trade|value|output|throughput|revenues?|"
                           r"sales|investment|income|profits?)\b", re.IGNORECASE)
_FIRMS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:enterprises|firms|companies|businesses)\b")
_TRADE = re.compile(r"\b(?:[Tt]rade|[Ii]mports?|[Ee]xports?|[Ii]mport\s+and\s+export)\b(?![\w-])")
# (in lower case: "the Foreign Trade and Economy Bureau" is a name, not a measure)
_OTHER_MEASURE = re.compile(r"\b(?:trade[ds]?|import(?:s|ed)?|export(?:s|ed)?|sales|sold|revenues?|output|"
                            r"profits?|turnover|taxe?s?)\b")  # ("Foreign-invested firms exported …")
_OTHER_MEASURE_NOUN = re.compile(r"\b(?:trade|imports?|exports?|sales|revenues?|output|profits?|turnover|"
                                 r"taxe?s?)\b")
# ("the total tax paid by foreign-invested enterprises", "the export amount of …", "Exports by …")
# ("the figure for foreign-invested enterprises": the measure of the clause before, restated)
_MEASURE_OF = re.compile(r"\b(?i:trade|imports?|exports?|sales|revenues?|output|profits?|turnover|taxe?s?)"
                         r"(?:\s+(?:value|volume|amount))?\s+(?:of|by|paid\s+by|generated\s+by)\s+(?:the\s+)?$"
                         r"|\b(?i:the\s+(?:figure|number|value))\s+for\s+(?:the\s+)?$")
# … or what the firms of the kind made: "foreign-invested enterprises made 6.93 billion yuan-worth trade"
# (so no figure of the sentence is foreign investment's: "…, accounting for 52.9% of the total;
# foreign-invested enterprises made …")
_FIRMS_TRADED = re.compile(r"\s+(?:[\w-]+\s+)?(?:enterprises|firms|companies)\s+(?:made|recorded|achieved|posted|"
                           r"realized|realised|saw)\s+(?:(?!investment|capital)[^.;,]|\.(?=\d)){0,40}?"
                           r"(?:-worth|\s+worth\s+of|\s+in)?\s*(?:trade|imports?|exports?|import\s+and\s+export)\b")
# The measure said right after the figure: "foreign-invested enterprises made 6.93 billion yuan-worth trade"
_WORTH_OF_TRADE = re.compile(r"(?:-worth|\s+worth\s+of)\s+(?:[\w-]+\s+)?(?:trade|imports?|exports?|sales|goods)\b")
_FIRMS_MEASURE = re.compile(r"\s+(?:[\w-]+\s+)?(?:enterprises|firms|companies|businesses)['’]s?\s+"
                            r"(?:[\w-]+\s+){0,2}?" + _OTHER_MEASURE.pattern)
# A clause of its own after a figure: ", Singapore invested …", "; and Japan exported …".
_CAPS = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3}"
_VERB = (r"(?:[a-z]+ed|is|was|are|were|has|have|had|saw|sees|rose|grew|fell|made|took|became|"
         r"remains?|invests?|exports?|imports?|reached|ranks?)\b")
_CLAUSE_SUBJECT = re.compile(rf"[,;]\s+(?:(?:and|while|whereas|but)\s+)?(?P<name>{_CAPS}"
                             rf"(?:\s+and\s+{_CAPS})?)\s+(?:also\s+)?{_VERB}")
# ", while its trade with Germany grew 9 percent": a contrasting clause states other figures;
# ", followed by South Korea with 9 percent", ", including 27 from Japan": so do a ranking's next
# items and a share's parts, for the figures before them ("…; among them 50 projects involving
# Fortune 500 companies": the 370 projects before are not all theirs).
_CONTRAST = re.compile(r"[,;]\s+(?:while|whereas|but|(?:even\s+)?(?:al)?though|followed\s+by|including|"
                       r"among\s+(?:them|which|these|those))\b")
# ("from" a figure, "to" right before this one: not "Investment from Hong Kong … rose to")
# The market right after a figure: "106.1 percent in Canadian market", "3 percent in the Japanese market"
_IN_A_MARKET = re.compile(r"\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+markets?\b")
_TO_RIGHT_BEFORE = re.compile(r"\bto\s+(?:(?:about|around|nearly|almost|over|some|more\s+than)\s+)?$")
# A side of a change right before a time: "from (just) one in 1981", "to 30 million dollars last year"
_SIDE_OPENING = r"(?:(?:just|only|about|around|nearly|almost|some|over|more\s+than)\s+)?(?:US\$|HK\$|RMB\s*|[$¥€])?"
_SIDE_WORDS = r"an?|one|two|three|four|five|six|seven|eight|nine|ten"
_SIDE_FIGURE = rf"{_SIDE_OPENING}(?:\d[\d,.]*|{_SIDE_WORDS})\b(?:\s+[\w.%-]+){{0,3}}\s*$"
_FROM_SIDE = re.compile(r"\bfrom\s+" + _SIDE_FIGURE, re.IGNORECASE)
_SIDE_START = rf"{_SIDE_OPENING}(?:\d|(?:{_SIDE_WORDS})\b)"
# (a change's start is a figure: not "imports from Japan rose to 5 billion dollars in 2011")
_TO_SIDE = re.compile(r"\bfrom\s+" + _SIDE_START + r".*(?P<to>\bto)\s+" + _SIDE_FIGURE, re.IGNORECASE)
_TO_NEXT = re.compile(r"\s*,?\s*(?:and\s+)?to\s+" + _SIDE_START, re.IGNORECASE)
_UP_FROM = re.compile(r"\b(?:up|down)\s+from\s+" + _SIDE_FIGURE, re.IGNORECASE)
_FROM_WORD = re.compile(r"\bfrom\s+(?:[\w$¥€-]+\s+){0,2}?[$¥€]?\d")
# A year that dates an event, and times after or before one, in a sentence of an undated text.
_EVENT_IN = re.compile(r"\b(?:opened|founded|established|launched|set\s+up|built|started|began|inaugurated|closed)"
                       r"\s+(?:[a-z]+\s+){0,2}$")
_LATER = re.compile(r"\b(?:following|later|before|until|since|afterwards|subsequent|over\s+the\s+years)\b",
                    re.IGNORECASE)
# A firm's site, or one of its phases: what the figure's sentence must speak of.
_SITE = (r"factory|factories|plant|plants|complex|industrial\s+park|production\s+base|manufacturing\s+base|"
         r"facility|facilities")
_A_SITE = re.compile(rf"\b(?:{_SITE}|phases?)\b", re.IGNORECASE)
# a site named right after its partner's name ("its South African manufacturing plant") or put in
# it ("a plant in Thailand", "a factory located in Rayong, Thailand")
_PARTNER_S_SITE = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_SITE})\b", re.IGNORECASE)
_SITE_IN = re.compile(rf"\b(?:{_SITE}),?\s+(?:(?:located|based|built)\s+)?(?:in|at)\s+(?:[^.;,\n]{{0,40}},\s+)?$",
                      re.IGNORECASE)


# Investing or setting up, what a place or firm does abroad: "has approved 28 investment
# projects in the UAE", "set up 17 subsidiaries overseas", "plans to invest $994 million in
# Serbia", "the Chinese direct investment in Kenya" (not "invested by", whose actor follows).
_INVESTED = re.compile(r"\b(?:invest(?:s|ed|ing)?(?!\s+by\b)|investments?(?=\s+in\b)|set(?:s|ting)?\s+up|established?|establish(?:es|ing)|"
                       r"buil[dt]s?|approved(?=\s+(?:[\w$.,-]+\s+){0,3}(?:overseas\s+)?investments?\b))\b",
                       re.IGNORECASE)
# who acts, when it is home's: "the company has set up", "local enterprises have established"
_HOME_ACTOR = re.compile(r"\b(?:(?:the|its|our)\s+(?:city|province|company|group|firm|firms|companies|enterprises|"
                         r"manufacturer|maker)|local|Chinese|China|it|they|we)\b", re.IGNORECASE)
# (as the actor of investing: not "Testcity has invested …, where Chinese companies are many")
_THE_COUNTRY_S_FIRMS_INVESTED = re.compile(r"\b(?:Chinese|China's|China’s)\s+(?:companies|enterprises|firms|businesses|"
                                           r"investors)\s+(?:have\s+|has\s+|had\s+)?(?:also\s+|already\s+)?invest")
# firms a figure counts, up to their verb: " Chinese companies have "
_COUNTED_ACTOR = re.compile(r"\s+(?:[\w-]+\s+){0,2}(?:companies|enterprises|firms|businesses)\s+(?:have\s+|had\s+|has\s+)?")
_OVERSEAS = re.compile(r"\b(?:overseas|abroad)\b(?![-\s](?:funded|invested|backed|owned|Chinese|students?)\b)"
                       # (or the countries of a route abroad: "investment in countries along the “Belt and Road”";
                       # not where goods come from: "selling goods made in countries along …")
                       r"|(?<!made\s)(?<!grown\s)(?<!produced\s)(?<!sourced\s)(?<!manufactured\s)"
                       r"\bin\s+(?:the\s+)?countries(?:\s+and\s+regions)?\s+along\s+the\s+[\"“]?Belt\s+and\s+Road\b[\"”]?",
                       re.IGNORECASE)
# the clause brings the investment home, is foreign investment's or sets up no investment
# ("established sister-city ties with 437 overseas cities")
_HOME_BOUND = re.compile(r"\b(?:from\s+(?:overseas|abroad)|foreign[-\s](?:invested|funded|owned|capital|"
                         r"investment|investors?|firms?|companies|enterprises)|attract(?:s|ed|ing)?|ties|"
                         r"relations(?:hips?)?|sister|friendship|partnerships?)\b", re.IGNORECASE)
_INTO = re.compile(r"\b(?:in|into|to)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*|city|province|country)\b")


@functools.cache
def _invested_in_abroad() -> re.Pattern:
    """A place abroad something is put in ("in the UAE"; not "lines to Africa")."""
    return re.compile(rf"\b(?i:in)\s+(?:the\s+)?(?P<place>{names_abroad()})\b")


@functools.cache
def _firm_from_abroad() -> re.Pattern:
    """A sentence opening on a firm by its country abroad: "The New Zealand company's debt …"."""
    # (after an opening phrase or the firm's name: "In 2023, the New Zealand company's", "Fisher
    # Paykel, the New Zealand company, …")
    return re.compile(rf"\s*(?:[\w'’&-]+\s+){{0,3}}?(?:[\w'’&-]+,\s+)?[Tt]he\s+(?P<place>{names_abroad()})\s+"
                      rf"(?:{KIND_OF_FIRM}|miner|bank)\b")


# A place called a city by the text: "Anqiu city", "Anqiu City", "the city of Haiyang", "the
# county-level city of Haiyang"
_A_COUNTY_CALLED_A_CITY = re.compile(r"\b[Tt]he\s+(?:[Cc]ounty-[Ll]evel\s+)?[Cc]ity\s+of\s+(?P<b>[A-Z][a-z]{2,})\b"
                                     r"|\b(?!The\b)(?P<a>[A-Z][a-z]{2,})\s+[Cc]ity\b")


@functools.cache
def _based_in(province: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(province)}-(?:based|headquartered)\b")


# A month named alone that opens its clause: "; in August alone, …", "This August, …", or ends a
# heading (not when something was said or is due: "its estimates in January", "to come on stream in
# October")
_A_MONTH_ALONE = re.compile(rf"(?P<month>{'|'.join(MONTHS)})(?=\s*(?:(?i:alone)\s*)?(?P<heading>:[ \t]*$)?(?(heading)|,))", re.MULTILINE)
_OPENS_WITH_A_MONTH = re.compile(r"(?:^|[;.]\s*|\n[ \t]*(?:\d{1,2}[.)]\s*)?)(?i:in|during|this|for)\s+(?:the\s+month\s+of\s+)?$")
# … or a heading's, on its line: "Trade Characteristics in August Alone:"
_IN_A_HEADING = re.compile(r"(?:^|\n)[ \t]*[A-Z][^\n:.;]{0,80}\b(?i:in|during|for)\s+$")
def _a_month_alone(text: str, phrase: TimePhrase) -> re.Match | None:
    """The month a phrase names alone, when it opens its clause or ends a heading."""
    month = _A_MONTH_ALONE.match(text, phrase.start)
    if not month or month.end("month") != phrase.end:
        return None
    opens = _IN_A_HEADING.search(text, max(phrase.start - 90, 0), phrase.start) if month["heading"] \
        else _OPENS_WITH_A_MONTH.search(text, max(phrase.start - 40, 0), phrase.start)
    return month if opens else None


def _in_the_year_of(text: str, phrase: TimePhrase, month: re.Match, period: str) -> TimePhrase:
    """The month dated in the one year `period` names, if the period holds it, the sentence is not
    about what will be, and "This <month>" follows a span of months (not a whole year)."""
    number = MONTHS.index(month["month"].capitalize()) + 1
    year = _ONE_YEAR.fullmatch(period)
    this = text[max(phrase.start - 6, 0):phrase.start].lower().strip().endswith("this")
    if not _within(period, number) or _FUTURE.search(text, phrase.start, _sentence_end(text, phrase.end)) \
            or (this and year[0] == year["year"]):
        return phrase
    return replace(phrase, period=f"{year['year']}-{number:02d}", inferred=True)


def _within(period: str, month: int) -> bool:
    """Whether a period of one year holds the month: the whole year, or months up to it."""
    months = [int(m) for m in re.findall(r"-(\d{2})", period)]
    return not months or months[0] <= month <= months[-1]


def _sentence_end(text: str, at: int) -> int:
    end = text.find(".", at, at + 300)
    return end if end >= 0 else min(at + 300, len(text))


_ONE_YEAR = re.compile(r"(?P<year>\d{4})(?:-\d{2})?(?:/(?P=year)(?:-\d{2})?)?")


def _months_of_the_year_before(text: str, phrases: list[TimePhrase]) -> list[TimePhrase]:
    """A month named without a year in an undated text is of the one year the period said last
    before it names ("in January-August 2017, … ; in August alone, …": August 2017), inferred; not
    after a target or an event's year ("by 2025", "founded in 1984"), nor in a sentence about what
    will be; "This August" only within a span of months said before."""
    last, dated = None, []
    for phrase in phrases:
        if phrase.period:
            year = _ONE_YEAR.fullmatch(phrase.period)
            last = phrase if year and phrase.kind != "target" and not _EVENT_IN.search(
                text, max(phrase.start - 40, 0), phrase.start) else None
        elif last and phrase.kind == "period" and (month := _a_month_alone(text, phrase)):
            phrase = _in_the_year_of(text, phrase, month, last.period)
        else:
            last = None  # ("In 2016, … Last year, trade rose 6 percent. In March, …": which year, unknown)
        dated.append(phrase)
    return dated


@functools.cache
def _county_names(province: str) -> re.Pattern:
    """The province's county-level cities, any of them (one reading of the text, not one a name)."""
    return re.compile(rf"\b(?:{'|'.join(sorted(COUNTY_CITIES[province]))})\b")


def _abroad_named(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a place abroad, as an actor ("the UAE has invested")."""
    return bool(_abroad_name().search(text, start, end))


@functools.cache
def _abroad_name() -> re.Pattern:
    return re.compile(rf"\b(?:{names_abroad()})\b")


@functools.cache
def _site_in_a_country() -> re.Pattern:
    """A site put in a country abroad: "plant in Thailand", "Complex located in 10th of Ramadan
    City, Egypt" (countries only: no region, union or place of China's)."""
    return re.compile(rf"\b(?:{_SITE})\b[^.;\n]{{0,60}}?\b(?:in|at)\s+(?:[^.;,\n]{{0,40}},\s+)?"
                      rf"(?P<place>{names_abroad(countries_only=True)})\b", re.IGNORECASE)


# A comparison's base that dates the figure before it or the sentence it opens.
_SAME_PERIOD = re.compile(r"(?i:(?:same|corresponding|equivalent)\s+(?:period|(?:\w+\s+)?months|(?:\w+\s+)?quarters?|half))")
_RIGHT_BEFORE_BASE = re.compile(r"\s+(?:(?:it|they|which|that|we)\s+[a-z]+\s+)?(?:in|during|for)\s+")
_OPENING_BASE = re.compile(r"\s*(?:In|During|For)\s+")
_BASE_ENDS_OPENING = re.compile(r"\s*,")
_WHEN_AFTER_BASE = re.compile(r"\s*,\s+when\b")
# A clause after the figures saying what they bring about: "…, contributing to …", "…, helping …".
# (not "…, making aviation one of its fastest-growing industries", "…, serving the shipping
# industry": those name the figure's own field)
_RESULT_CLAUSE = re.compile(r"[,;]\s+(?:thus\s+|thereby\s+)?(?:contributing|helping|driving|boosting|fu?ell?ing|"
                            r"promoting)\b")
_RANKING_RESULT = re.compile(r",\s+[“\"]?(?:thus\s+)?(?:(?:which|that)\s+(?:will\s+|would\s+)?"
                             r"(?:make|makes|made|place|places|placed|put|puts)|making|placing|putting|ranking)"
                             r"\s+(?:it|them|the\s+[a-z]+)\b")
_RANKS_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+|\s*,\s*")
# A clause opening on a wider place's own measure: "…, while the province's imports …".
_WIDER_PLACE_S = re.compile(rf"\s+(?P<place>the\s+(?:province|country|nation)|{'|'.join(PROVINCES)}|China)['’]s\s")
# Two names joined as a clause's subject, right before its verb: "Japan and South Korea invested".
_TWO_NAMES = re.compile(rf"(?:^|(?<=[\s,]))({_CAPS})\s+and\s+({_CAPS})\s+(?:also\s+|together\s+)?{_VERB}")
# what comes from two places together: "Foreign investment from Japan and South Korea hit …"
_THAT_FROM = re.compile(r"\b(?:that|those)\s+(?:from|of|in|with|to)\s")  # "while that from Europe …"
_FROM_TWO = re.compile(rf"\bfrom\s+(?:the\s+)?({_CAPS})\s+and\s+(?:the\s+)?({_CAPS})\s+(?:{_VERB}|hit|stood|totall?ed|amounted)")
# where what a figure counts is, when two places, or with whom: "two research centers in Japan
# and Israel", "arrangements in nine areas for cooperation with Japan and South Korea"
_IN_TWO_PLACES = re.compile(rf"[^,;.]{{0,80}}?\b(?:in|with)\s+(?:the\s+)?({_CAPS})\s+and\s+(?:the\s+)?({_CAPS})\b")
_PARTICIPLE = re.compile(r"\s*[A-Z][a-z]+ing\b")  # a sentence opening "Processing …, the …"
# "the warehouse": a thing named again (its noun right after "the").
_THE_NOUN = re.compile(r"\b[Tt]he\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten)\b)([a-z]{4,})\b(?!\s+of\b)")
# Nouns that name no particular thing: "the total", "the same period", "the year".
_VAGUE_NOUNS = {"total", "same", "year", "period", "month", "first", "last", "previous", "whole",
                "country", "province", "city", "world", "nation", "figure", "amount", "number",
                "volume", "value", "growth", "average", "sector", "industry", "economy", "rate"}
# Words that refer back to a list of places: "those countries", "the three economies".
_THOSE = re.compile(r"\b(?:those|these|the\s+(?:two|three|four|five|six|above))\s+(?:countries|economies|"
                    r"markets|partners|cities|regions|members|places|provinces)\b", re.IGNORECASE)
# A sentence that goes on about the list before it: "Their growth rates were …".
_THEIR = re.compile(r"\s*(?:Their|They)\b")
# A list of the province's cities: "Tai'an, Linyi, Dezhou, Dongying and Yantai".
_CITY_LIST = re.compile(rf"\b(?:{CITY_NAMES})(?:,\s+(?:{CITY_NAMES}))*,?\s+and\s+(?:{CITY_NAMES})\b")
# What joins list items ("…, and 12 …"), or a second verb of the same subject ("is home to
# 25,000 firms and has launched 149 projects").
# (another act after a comma: "added 2,732 trading companies, establishing nine e-commerce parks"
# — the nine are the e-commerce ones; not "20 train lines, serving 54 cities", what the 20 do)
_LIST_JOIN = re.compile(r"(?:,|\band|\bor)(?:\s+(?:has|have|had)(?:\s+also)?\s+[a-z]+ed)?\s*$")
_ACT_JOIN = re.compile(r",\s+(?:also\s+)?(?:establishing|setting\s+up|building|opening|launching|adding|"
                       r"introducing|attracting|signing)\s*$")
_LIST_JOIN_REACH = 24  # the longest join it reads back


def _joins_a_list(text: str, start: int, end: int, acts: bool = False) -> bool:
    """Whether text[start:end] ends as `_LIST_JOIN` says, read from its last word only: a
    figure is checked against each other figure of its sentence, and a text without full stops
    has a hundred in each, so reading each gap whole took a tenth of the time."""
    last = end
    while last > start and text[last - 1].isspace():
        last -= 1
    tail = text[max(start, last - _LIST_JOIN_REACH):end]
    return bool(_LIST_JOIN.search(tail) or (acts and _ACT_JOIN.search(tail)))


# The noun phrase a figure counts: "four cross-border e-commerce platforms" (up to four words,
# none a preposition or conjunction that would start a new phrase).
# (a nationality too: "six Japanese and two Chinese enterprises", the two are no Japanese ones)
# (two kinds joined first: "149 domestic and overseas investment projects")
_COUNTED_WORDS = re.compile(r"(?:\s+(?:domestic|foreign|overseas|local|international|national|public|private|"
                            r"large|small|new)\s+(?:and|or)(?=\s+[a-z]))?"
                            r"(?:\s+(?!(?:and|or|of|in|to|from|with|by|at|for|on|up|down|than|"
                            r"while|which|that|the|a|an)\b)(?:[a-z][\w-]*|[A-Z][a-z]+(?:an|ese|ish|i|ch)\b)){1,4}")
_WHOLE_AFTER = re.compile(r"(?:\s*(?:percent|per\s+cent|%))?\s+of\s+[^,;.()]*")
_SHARE_WHOLE = re.compile(r"(?:percent|per\s+cent|%)\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?$")
# A relative clause whose antecedent is a province: its figures are the province's.
_PROVINCE_CLAUSE = re.compile(rf"\b(?P<province>(?:{'|'.join(PROVINCES)})(?:\s+[Pp]rovince)?),\s+"
                              r"(?:which|whose)\b[^,;.()]*$")
_TOPIC_REACH = 4  # sentences back that a province's topic carries over
_DEFINITE = re.compile(r"\s*The\b")
# a length in days before a public holiday's name: "three-day Dragon Boat Festival holiday", "8-day
# 'super golden week'"
_HOLIDAY_AFTER = re.compile(r"""(?:\s+["“'‘]?[\w-]+){0,4}?\s+["“'‘]?(?:holidays?|golden\s+week)\b""",
                            re.IGNORECASE)
# a national holiday's or travel period's length said after it: "The 2026 Spring Festival travel
# period commenced today … and will run until March 13th, spanning a total of 40 days"
# (Not another country's holiday, "Japan's Golden Week holiday, lasting 10 days", nor a tour
# named after it, nor when the holiday only dates what lasts: "During the Spring Festival holiday,
# Qingdao held a lantern fair lasting 10 days", unless "the holiday" is then what lasts.)
_NATIONAL_HOLIDAY = (r"(?<!Japan['’]s\s)(?<!Korea['’]s\s)(?<!Japanese\s)(?<!Korean\s)"
                     r"\b(?:Spring\s+Festival|Lunar\s+New\s+Year|National\s+Day|May\s+Day|Golden\s+Week|"
                     r"Dragon\s+Boat\s+Festival|Mid-Autumn\s+Festival|Qingming\s+Festival|Tomb-Sweeping\s+Day)"
                     r"(?:\s+(?:travel\s+)?(?:rush|period|season|holidays?|peak|break)\b|(?<=Week))"
                     r"(?!\s+(?:tours?|trips?|packages?|cruises?|events?|shows?|fairs?|markets?|exhibitions?|"
                     r"sales?|promotions?|campaigns?|specials?)\b)")
_LASTS = (r"(?:spanning|spanned|spans|lasting|lasted|lasts|last|running|ran|runs|run)\s+"
          r"(?:for\s+)?(?:a\s+total\s+of\s+)?$")
# (the gap goes on about the holiday, not about another thing after ", and …")
_HOLIDAY_GAP = r"(?:(?!,\s+and\s+(?:its|the|their|a|an)\b)[^.;]|\.(?=\d|\s+\d))"
_NATIONAL_PERIOD_LASTING = re.compile(
    rf"^(?:(?!\b(?:[Dd]uring|[Tt]hroughout|[Oo]ver|[Aa]head\s+of|[Bb]efore|[Aa]fter|[Ss]ince|[Ii]n|[Oo]n)\s)[^.;])*?"
    rf"{_NATIONAL_HOLIDAY}{_HOLIDAY_GAP}{{0,160}}?\b{_LASTS}"
    rf"|{_NATIONAL_HOLIDAY}{_HOLIDAY_GAP}{{0,160}}?\b(?:the|its)\s+(?:holiday|break|period|rush)\s+{_LASTS}")
# A single capitalised word that may name a place ("Yantai"), not a determiner.
_PLACE_NAME = re.compile(r"(?!(?:The|This|That|These|Those|Its|Their|Our|Each|Every|All|Both)\b)[A-Z][a-z]+\b(?!\s+[A-Z])")
# "Among the 15 sub-provincial cities in China, Qingdao ranked fifth": 15 counts the peers.
# A wider place's possessive the figure follows at once: "Shandong province's 5.5%", "China's 6.1%".
_WIDER_OWNER = re.compile(rf"\b(?P<owner>[A-Z][a-z]+\s+[Pp]rovince|{'|'.join(PROVINCES)}|China|"
                          r"[Tt]he\s+(?:province|world))['’]s\s+$")
# (or what moves "between the two Asian economies", the pair named before)
_BILATERAL = re.compile(r"(?<!\bits\s)(?<!\bIts\s)(?<!\btheir\s)\bbilateral\s+trade\b"
                        r"|\bbetween\s+the\s+two\s+(?-i:[A-Z][a-z]+\s+)?(?:countries|nations|economies)\b", re.IGNORECASE)
# The country and a partner a figure is between: "moved by ferry between South Korea and China"
_BETWEEN_CHINA_AND = re.compile(rf"\bbetween\s+China\s+and\s+(?:the\s+)?[A-Z][\w'’-]*|\b{BETWEEN_A_PARTNER_AND_CHINA}")
# Investors counted and what they did: "Forty-eight countries and more than forty globally-recognized
# companies invested in Qingdao" (from abroad: countries, foreign, overseas, global … firms).
_INVESTORS_INVESTED = re.compile(r"\s+(?P<who>[^.;]{0,80}?)\s+(?:have\s+|had\s+|has\s+)?invested(?P<into>\s+in)\b")
_FROM_ABROAD = re.compile(r"(?:[\w-]+\s+){0,2}?(?:countries|foreign|overseas|multinational|global|globally|"
                          r"Fortune|international|world)\b", re.IGNORECASE)
_HOME_INVESTORS = re.compile(r"\b(?:domestic|local|Chinese|Shandong)\b", re.IGNORECASE)
_INTO_ABROAD = re.compile(r"\s+(?:overseas|abroad|foreign)\b", re.IGNORECASE)  # "invested in overseas markets"
# Visitors counted who visited, and what the visits earned: "Sixty-two million people, foreign and
# domestic, visited the city last year, generating 93 billion yuan"
_VISITORS = r"(?:people|persons|visitors|tourists|travell?ers)"
_VISITED = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{_VISITORS}\b[^.;]{{0,40}}?\b(?P<visited>visited)\b")
_VISITS_EARNED = re.compile(rf"\b{_VISITORS}\b[^.;]{{0,40}}?\b(?P<visited>visited)\b[^.;]{{0,60}}?"
                            r"\b(?:generating|bringing\s+in|earning|creating)\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?$")
# what was visited, when it is no trip: "visited the Qingdao International Auto Show", "visited hospitals"
_NOT_A_TRIP = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s+(?:shows?|fairs?|expos?|exhibitions?|hospitals?|clinics?|"
                         r"platforms?|websites?|sites?\b(?!\s+of\s+interest)|pages?|booths?|stands?|"
                         r"pavilions?|markets?|offices?|centres?|centers?)\b", re.IGNORECASE)
# (a delegation's or officials' visit is no tourism)
_NO_TOURISTS = re.compile(r"\b(?:delegat\w*|officials?|executives?|businessmen|businesspeople|entrepreneurs|"
                          r"experts|investors|students|ministers?|leaders?)\b", re.IGNORECASE)
# A sentence opening on a phrase of circumstance: "With 17 bustling cities and …, Shandong …"
_WITH_OPENING = re.compile(r"\s*[\"“‘']?With\s")
_ARTICLE = re.compile(r"(?:the|The)\s+")
# A capitalised word after a sentence's first letter: "Shenzhen ranks third" is Shenzhen's rank
_NAME_IN = re.compile(r"\b[A-Z][a-z]+")
_FIRST_WORD = re.compile(r"\s*([\w'’-]+)")
_PART_ACTING = re.compile(PART_ACTING)
# Words a sentence may open with before what it is about: "Now, Shinan …", "Meanwhile Pingdu …"
_OPENER = re.compile(r"[\s\u3000]*(?:(?:Now|Currently|At\s+present|Today|Meanwhile|Also|In\s+addition),?\s+)?")
_OPENERS = frozenset("The This That These Those Its Their It In On At By For Last Since During Over As "
                     "According From After Before And But Also Meanwhile Moreover Besides Currently "
                     "Today Now".split())
# A clause opening on a province, not on its possessive ("the province's largest city, Qingdao, …")
_PROVINCE_OPENS = re.compile(rf"(?:(?P<name>{'|'.join(PROVINCES)})(?:\s+[Pp]rovince)?|[Tt]he\s+province)\b(?!['’]s)")
_GROUP_SIZE = re.compile(r"\b[Aa]mong\s+(?P<the>the\s+)?$")
# (without "the", a group only after being, a rank or a listing, or opening the sentence: "ranked 10th
# among 294 Chinese cities", "listed among 15 sub-provincial cities"; not "invested in projects among 20 countries")
_AMONG_A_GROUP = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|listed|ranked|ranks?|ranking|named|placed|included|"
                            r"stands?|stood|comes?|came|remains?|remained|\d+(?:st|nd|rd|th)|first|second|third|fourth|"
                            r"fifth|sixth|seventh|eighth|ninth|tenth|No\.\s*\d+)\s+among|\b(?-i:Among))\s+$", re.IGNORECASE)
# (or in a sentence that ranked before: "ranked 3rd in tourist satisfaction among 60 cities")
_RANKS = re.compile(r"\b(?:rank(?:s|ed|ing)?|No\.\s*\d|top|\d+(?:st|nd|rd|th)|first|second|third|largest|biggest|"
                    r"busiest|best|most)\b", re.IGNORECASE)
# A part of the city referred back to: "in the area", "the new area's", "the district"
_THE_AREA = re.compile(r"\b[Tt]he\s+(?:new\s+)?(?:area|district|zone)\b")
_MEMBER_STATES_WORDS = r"member\s+(?:countries|states|economies|nations)"
_MEMBER_STATES = re.compile(rf"\s+(?:full\s+)?{_MEMBER_STATES_WORDS}\b")
_LIST_SEPARATOR = re.compile(r"[,–—]|\s-{1,2}\s")
_AND_WORD = re.compile(r"\band\b")
_JOINTLY = re.compile(r"\b(?:will\s+|to\s+|have\s+|had\s+)?jointly\s+(?P<verb>[a-z]+)")
_MEMBERS_COUNTED = re.compile(rf"\s+(?:full\s+)?(?:{_MEMBER_STATES_WORDS}|members)\b")
_ONE_OF_A_WIDE_GROUP = re.compile(r"\b(?:[Oo]ne\s+of|[Aa]mong)\s+(?:the\s+)?(?:world|globe|country|nation|China|Asia|"
                                  r"Europe)['’]s\s+(?:(?:top|leading|major|largest|biggest)\s+)?$")
# "named one of 14 coastal cities", "listed among 15 sub-provincial cities": a group of cities
# that names no place is the country's (its cities are designated nationally).
_ONE_OF = re.compile(r"\b(?:[Oo]ne\s+of|[Aa]mong)\s+(?:the\s+)?(?:first\s+)?$")  # "One of the first 14 … cities"
_IN_PROVINCE = re.compile(rf"\s+(?:in|of)\s+(?P<place>{'|'.join(PROVINCES)})\b")
# "four provincial tourist holiday zones", "five national key laboratories": what is counted
_GRADE = re.compile(r"\s+((?:[Nn]ational|[Pp]rovincial)(?:-level)?)\s+[a-z]")
_CITIES = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:cities|municipalities)\b")
_GROUP_NOUN = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:cities|ports|airports|provinces|countries|"
                         r"economies|regions|municipalities)\b")
# "Qingdao is aiming at a throughput of 400 million tonnes": a city handles cargo at its port
# (the "passenger throughput" of an airport is aviation's, by its own alias).
_THROUGHPUT = re.compile(r"(?<!passenger\s)\bthroughput\b|\bTEUs?\b|\bbox\s+volume\b|\bcargo\s+tonnage\b|"
                         r"\bhandl(?:ed|es|ing|e)\s+(?:\S+\s+){1,3}?(?:tons|tonnes)\b",
                         re.IGNORECASE)
# Between the figures of a list ("19.3 billion yuan, 14.46 billion yuan, and 13.36", "up 0.2
# percent, down 13.1 percent"), before "respectively" and after it (", up 0.2 percent").
_LIST_GAP = re.compile(r"[\s,]*(?:(?:and|or)\s+)?(?:(?:up|down|rising|falling|growing|declining|"
                       r"increasing|decreasing)\s+(?:by\s+)?)?")
# (a comparison said once for the list: "152.4 percent and 217.05 percent year-on-year respectively")
# (and the whole the shares are of: "58.6 percent and 29 percent of Shandong's trade with Central
# Asia, respectively")
_CLOSE_GAP = re.compile(r"(?:\s+of\s+[^\d,;.()]{1,100}?)?"
                        r"[\s,]*(?:(?:year-on-year|year\s+on\s+year|on\s+a\s+yearly\s+basis)[\s,]*)?")
_OPEN_GAP = re.compile(r"[\s,]*(?!(?:while|whereas|but|and)\b)(?:[a-z-]+\s+){0,4}")
_PARENTHESES = re.compile(r"\([^()]*\)")  # a restatement: "19.3 billion yuan ($2.7 billion)"
# A partner named as another percentage's or number's place ("… 55 percent in Russia and 97 percent in
# Costa Rica"), not one that acts ("Japan invested $5 million in Vietnam")
_ANOTHER_FIGURE_S_PLACE = re.compile(r"\d(?:\s*(?:%|percent|per\s+cent))?\s+in\s+(?:the\s+)?$")
_WHERE_THINGS_ARE = re.compile(r"\b(?:in|of|across|throughout)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_WHERE_THINGS_ARE_OPENS = re.compile(r"(?i:in|of)\s")  # (a province's name read with its "in")
_A_NAME_GOES_ON = re.compile(r"\s+(?!Province\b)[A-Z]")  # ("Shandong University", "Shandong Gold": names)
# a capitalised name after "in" that the place readers may not know: "In Osaka, …", "in Ohio"
_IN_A_NAMED_PLACE = re.compile(r"\b(?i:in|at)\s+(?:the\s+)?(?!(?:The|This|That|These|Those|Its|Their)\b)[A-Z][a-z]")
# A national body whose report a paragraph gives: "According to the Ministry of Commerce, …"
_A_NATIONAL_BODY = re.compile(r"\b(?:(?:the\s+)?Ministry\s+of\s+[A-Z]\w+|National\s+Bureau\s+of\s+Statistics|"
                              r"General\s+Administration\s+of\s+Customs|State\s+Council|National\s+Development\s+and\s+"
                              r"Reform\s+Commission|State\s+Administration\s+of\s+Foreign\s+Exchange)\b")
# all markets abroad, no one country: "12 percent in overseas market", "overseas sales of …"
_IN_MARKETS_ABROAD = re.compile(r"\bin\s+(?:the\s+)?(?:overseas|international|foreign|global)\s+markets?\b", re.IGNORECASE)
_SALES_ABROAD = re.compile(r"\b(?:overseas|international|foreign)\s+(?:sales|revenues?|turnover)\b", re.IGNORECASE)
# (the place named before, not "there were …")
_THERE = re.compile(r"\b(?:there(?!\s+(?:is|are|was|were|has|have|had|will)\b)|the\s+country|that\s+country|"
                    r"the\s+market)\b", re.IGNORECASE)
# how a subject reason says its name is a partner's firm ("'Lotte' (a firm of the partner's) named in the
# sentence"): the label must name the firm, whose figures are not the whole partner's
PARTNER_FIRM_NOTE = "(a firm of the partner's)"
_WHERE = ("named in the sentence", "named earlier in the paragraph", "named in the paragraph before")
_ITS = re.compile(r"\b(?:its|their)\b", re.IGNORECASE)
# A share and the whole it is of: "accounting for 26.8 percent of the total foreign trade value of
# Shandong", up to the next clause ("… of the province's total and was a 44.5 percent increase").
# A second share of the same whole goes with it: "31.6 percent of the province's total GDP and
# 62.2 percent of its foreign trade".
_SHARE_OF = re.compile(r"\b(?:account(?:s|ed|ing)?\s+for|mak(?:es|ing)\s+up|made\s+up)\s+"
                       r"(?:[^,;.]|\.(?=\d))*?\bof\s+[^,;.]*?"
                       r"(?:\s+and\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+)?\d(?:[^,;.]|\.(?=\d))*?"
                       r"\bof\s+(?:its|their)\s+[^,;.]*?)*"
                       r"(?=\s+(?:and|while|but|whereas)\s|[,;]|\.(?:\s|$)|$)", re.IGNORECASE)
# Where a sentence's first figure starts: its topic is what comes before ("In 2017, the
# province's ports handled …": a year is no figure).
_FIGURE = re.compile(r"(?<![\w.])(?!(?:19|20)\d\d\b)\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                     r"twice|half|double)\b", re.IGNORECASE)
_GOES_ON = re.compile(r"\s*(?:Its|It|Their|They)\b")
# How many sentences back a chain of sentences on "these projects" is followed (`_deals_since`)
_DEALS_CHAIN = 4
# the investment projects, deals or contracts a sentence before counted, named again (not "the
# contracts signed with foreign investors": things described afresh)
_DEALS = r"(?:[a-z][\w-]*\s+)?(?:projects|deals|contracts|agreements)\b"
_THESE_DEALS = re.compile(rf"\b(?:[Tt]hese|[Tt]hose)\s+{_DEALS}")
# … or a sentence opening on them ("The projects cover 28 industry sectors")
_THE_DEALS_OPEN = re.compile(rf"\s*The\s+{_DEALS}")
# A sentence about what the one before stated: "The amount accounted for …".
# (or a firm's site opening it as its subject, then its verb or an aside: "The assembly plant, the
# joint venture's fifth in China, employs 3,000"; not "The company's rival Midea sold …", "The group
# of seven …", "The firm said …")
_REFERS_TO = re.compile(r"\s*(?:(?:The|This|That|These|Those)\s+(?:[a-z][\w-]*\s+){0,2}?(?:amount|figure|total|sum|number|"
                        r"volume|value|investments?|projects?)|(?:The|This|That)\s+(?:[a-z][\w-]*\s+){0,2}?"
                        r"(?P<site>company|firm|group|plant|factory|facility|(?:joint\s+)?venture|bridge|terminal|complex|"
                        r"refinery|base)(?=\s*,|\s+(?:is|was|has|had|will|can|now|also|employs|makes|produces|covers|"
                        r"handles|processes|spans)\b)|It|Its|This|These)\b")
# Words before the name that opens a clause: "The new ", "Qingdao Liuting International ".
# A capitalised word the name goes on after: "Huayi Brothers Film Town received 70,300 tourists"
# names a place by a field's word, the clause is not about the field ("Liuting International
# Airport" ends on its own).
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")
_OPENS_CLAUSE = re.compile(r"[\s\u3000]*(?:(?:[Tt]he|[Ii]ts|[Tt]his)\s+)?(?:[A-Z][\w'’-]*\s+){0,4}"
                           r"|.*?(?:--|—)\s*(?:[A-Z][\w'’-]*\s+){0,4}", re.DOTALL)
# A period that is one day: a report's date more often than what a figure counts.
_ONE_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_ON_THE_YEAR_BEFORE = re.compile(r"\b(?:year[- ]on[- ]year|y-o-y|yoy)\b", re.IGNORECASE)
_IN_THE_YEAR = re.compile(r"(?i:in|during|for|throughout)\s+(?:19|20)\d\d")  # "In 2013", not "last year"
# A time of a sentence's own that no rule reads ("During the "618" online shopping festival"), and
# the sizes of things and ranks, which no period of a report counts ("a store stretching over
# 10,000 sq m", "listed among the top ten enterprises")
def _without_year(words: str) -> str:
    return " ".join(re.sub(r"\s*,?\s*(?:of\s+|in\s+)?(?:19|20)\d\d\b", "", words).lower().split())


_AND = re.compile(r"\band\b")
_OWN_TIME = re.compile(r"\b[Dd]uring\s+the\b")
_UNCOUNTED = {"km2", "m2", "ha", "mu", "km", "m", "nmi", "day", "week", "month", "year", "h", "min", "s", "rank"}
# A sentence whose subject is "It" or "Its …".
# What only a place has, after "Its": "Its total volume of foreign trade", "Its GDP"
_PLACE_S_MEASURE = re.compile(r"[\s\u3000]*Its\s+(?:[a-z]+\s+){0,4}?(?:foreign\s+trade|trade|exports|imports|GDP|"
                              r"economy|population|fiscal\s+revenue|foreign\s+capital)\b")
# The words that may open a sentence before its first name: none, or a time ("In 2018, Qingdao …")
_ABOUT_NO_ENTITY = re.compile(r"about '[^']+', which no entity stands for")
_COMBINED = re.compile(r"\bcombined\s+(?!transport\b)(?:[a-z]|\d)")  # "a combined production capacity of"
_SAID = re.compile(r"\b(?:said|says|told|reported|announced)\b")
# A firm's own measure after "Its": "Its sales in Russia soared 78 percent"
_OPENS_ON_FIRM = re.compile(r"[\s\u3000]*(?:[^,.;]{1,60},\s+)?(?:the\s+)?")
_FIRM_S_MEASURE = re.compile(r"[\s\u3000]*(?:[A-Z][\w ]{0,30},\s+)?[Ii]ts\s+(?:[a-z]+\s+){0,2}?(?:sales|revenues?|exports|output|production|"
                             r"shipments|market\s+share|profits?|turnover)\b")
_POSSESSIVE_S = re.compile(r"['’]s\b")  # "Testcity's e-commerce grew": the sentence is about e-commerce
_OPENS_ON_NAME = re.compile(r"[\s\u3000]*(?:(?:In|By|Last|This)\s+[\w-]+,?\s+)?(?:the\s+)?")
_PRONOUN_OPENS = re.compile(r"[\s\u3000]*(?:(?:Last|This|Next|In|So|By)\s+[\w-]+,?\s+)?(?:It|Its|its|They|Their)\b")
# A partner named as a firm's home: "the Hong Kong-based ECO Environmental Investments Limited",
# "a German company" (the firm a later sentence goes on about is that partner's).
_THE_COUNTRY = re.compile(r"\bthe\s+(?:country|nation)\b")
# A group run by a province ("Shandong Port Group", "Shandong Hi-Speed Group") and a sentence
# referring back to it ("the port group", "the group", "the SPG")
_PROVINCE_GROUP = re.compile(rf"\b(?P<province>{'|'.join(PROVINCES)})(?:\s+[A-Z][\w-]*){{0,2}}\s+Group\b")
_OTHER_GROUP = re.compile(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+Group\b")
_THE_GROUP = re.compile(r"\b[Tt]he\s+(?:(?:port|parent)\s+)?group\b|\b[Tt]he\s+(?P<initials>[A-Z]{2,4})\b(?=\s+[a-z])")
_THE_COUNTRY_IN = re.compile(r"\bin\s+the\s+(?:country|nation)\b(?!['’])")
_COUNTRY_REACH = 3  # sentences back that a partner country named stays "the country"
# China named, not only as the home of a firm named after it ("Chinese firm Hisense has built a
# plant … in the country" is still the partner; not "Chinese firms followed")
_CHINA_NAMED = re.compile(r"\bChina\b|\bChinese\b(?!\s+(?:[a-z-]+\s+){0,2}(?:firm|company|brand|group|giant|maker|"
                          r"manufacturer)\s+[A-Z])")
_BORDERS = re.compile(r"\b(?:faces|facing|adjoins|adjoining|borders|bordering|neighbou?rs|neighbou?ring|"
                      r"across\s+from)\b")
_FIRM_HOME = re.compile(r"-based\b|(?:['’]s)?\s+(?:[A-Z][\w&.-]*\s+){0,4}(?:company|companies|firm|firms|"
                        r"enterprise|enterprises|group|Limited|Ltd|Co\b|Inc\b|Corporation|Group)\b")
# A firm registered under the city's name: "Qingdao Doublestar Co. Ltd." (its name is "Doublestar";
# not the city's port, customs or other bodies, which have no corporate ending right after)
_REGISTERED_IN = re.compile(r"\b(?P<city>[A-Z][a-z]+)\s+(?P<firm>(?!Port\b|Customs\b)[A-Z][\w&-]+)"
                           r"(?=\s+(?:Co\.?|Company|Group|Corp\.?|Corporation|Ltd\.?|Limited|Holdings)(?![\w-]))")
# Words that make a figure the whole city's, whatever part the text went on about before
_WHOLE_CITY = re.compile(r"\b(?:whole|entire)\s+city\b|\bcity-?wide\b|\b[Cc]itywide\b|\bthe\s+city['’]s\b|^\s*Overall\b",
                         re.IGNORECASE | re.MULTILINE)
_FIRM_S_REACH = re.compile(r"worldwide|global", re.IGNORECASE)  # not "two of the world's top three"
_SHARE_PRICE = re.compile(r"\b(?:share|stock)\s+prices?\b|\b(?:shares|stocks?)\s+(?:rose|gained|fell|jumped|climbed|"
                          r"surged|dropped|slid|slide|slip|slipped|tumbled|tumble|plunged|plunge|soared|rallied|"
                          r"declined|edged\s+(?:up|down)|closed|ended|were\s+up|were\s+down)\b", re.IGNORECASE)
_MARKET_RANKED = re.compile(r"\b(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+market,\s+(?:the\s+|its\s+)?$")
_A_CHANGE_OPENS = re.compile(r"[\s,]*(?:up|down|rising|falling|growing|increasing|decreasing|an?\s+(?:increase|decrease|rise|"
                             r"drop|growth|decline)\s+of)\s+(?:by\s+)?(?:about\s+|nearly\s+|over\s+)?$")
_PER_SHARE = re.compile(r"\s*(?:a|per|for\s+each)\s+share\b", re.IGNORECASE)
_PRICE_BEFORE = re.compile(r"\b(?:closing|opening|offer(?:ing)?|issue|listing|share|stock)\s+prices?\s+"
                           r"(?:of|at|was|is|stood\s+at)\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
# the one a rank comes after: "the second-largest in the world after the United States"
_AHEAD_OF_RANK = re.compile(r"[^.;:]{0,60}?\b(?:after|behind|(?:second|next)\s+only\s+to|trailing)\s+"
                            r"(?P<ahead>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
                            # (the name ends its phrase: not "after South Korea cut its investment",
                            # "after Japan's investment jumped", a clause of its own)
                            r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|to|and|with|among|on|for|as|at|by|of|worldwide|globally)\b)")
# words after a share price's move that begin another statement: "… rose 5% and its revenue hit"
_NOT_THE_MOVE = re.compile(r"\b(?:and|after|as|on|when|while|that|said|says|its|it|their|they|revenue|sales|"
                           r"profits?|investment|contract|deal|attracted|won)\b", re.IGNORECASE)
_THE_CURRENT = re.compile(r"the\s+current\b", re.IGNORECASE)
_THE_FIRM = re.compile(r"[Tt]he\s")  # "The company has …": a firm by its kind, capitalised or not
# The subject a sentence opens with, when it is a firm: "So far, the company has …", "Hisense
# Group plans …", or "It …" (which goes on about the sentence before's).
_FIRM_HEAD = re.compile(
    r"[\s\u3000]*(?:(?:So\s+far|Last\s+year|This\s+year|In\s+\d{4}|Now|Today),?\s+)?"
    r"(?:(?P<pronoun>[Ii]ts?)\b|(?:(?P<firm>[Tt]he\s+(?:company|firm|group|corporation|manufacturer|maker)"
    r"|(?P<registered>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,5}\s+(?:Group|Co\.?|Corp\.?|Corporation|Inc\.?|Ltd\.?|"
    r"Limited|Holdings))|[A-Z][a-z]+(?:\s+(?:Group|Co\.|Corp\.|Inc\.|Ltd\.))?)"
    r"(?:['’]s\s+[a-z]+)?\s+(?:has|have|had|is|was|plans|planned|will|[a-z]+ed)\b))")
# The verbs of a deal a firm makes, as _FIRM_HEAD ends on them
_DEALT = re.compile(r"\b(?:exported|imported|sold|shipped|delivered|acquired|bought|invested|signed|opened|built|"
                    r"launched|posted|reported|raked|won|secured)$")
# A place's possessive right before a rank: "the world's second largest", "China's third".
# (with the side of the country it names: "northern China's second-busiest port")
_PLACE_BEFORE = re.compile(rf"\b(?:{COMPASS}\s+(?=China))?(?:world|country|nation|province|[A-Z][a-z]+)['’]s\s+$")
_ORDINAL = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"\d+(?:st|nd|rd|th))\b", re.IGNORECASE)
# "between the two sides": the sides are the ones named before.
# "The trade with these three countries made up 59 percent": the partners listed before, together
_SEVERAL_BACK = re.compile(r"\b(?:these|those|the)\s+(?:three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                           r"(?:countries|nations|partners|economies|markets|cities)\b", re.IGNORECASE)
_AVERAGE_AFTER = re.compile(r"\s*,\s*(?:surpassing|exceeding|outpacing|beating|above|higher\s+than|"
                            r"faster\s+than)\s+the\s+[\w'’ -]{0,30}?\baverage\b")
_BY_FIGURE = re.compile(r"\s+by\s+(?:about\s+|nearly\s+)?\d")
# The places a respectively-group's figures compare with, listed right before them
_PLACES_BEFORE = re.compile(r"\b(?:than|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|outpac(?:ed|ing|es)|above|below)"
                            r"\s+(?P<list>the\s+[\w'’ ]{3,60}?)\s+(?:levels?|averages?|figures?|rates?)?\s*by\s*$")
# Numbers listed with the last figure, which share its unit and what is said after it: "2 and 1
# percentage points higher than the national average, respectively" (not "50,000 yuan, 10,000 yuan more
# than the national average": a figure of its own)
_BARE_NUMBER = re.compile(r"[\d.,]+")
_JOINED_FIGURES = re.compile(r"\s*(?:,\s*|(?:,\s*)?(?:and|or)\s+)")
_LISTED_AT_MOST = 6  # figures after one that a list of margins runs to
# A verb or word that states an amount right before a figure: "reached 45,000 yuan", "rose 8
# percent", "a total of", "up" (the figure is the amount, not a margin listed with others)
_AN_AMOUNT_STATED = re.compile(r"\b(?:reach(?:ed|es|ing)?|r[io]se[sn]?|rising|gr[eo]wn?|grows|growing|"
                               r"increas(?:ed|es|ing)|total(?:l?ed|l?ing|s)?|hit|hits|amount(?:ed|s|ing)?\s+to|"
                               r"st(?:ood|ands?)\s+at|up|down|of|at|to|by)\s+(?:(?:about|nearly|almost|over|"
                               r"more\s+than|around|some)\s+)?$", re.IGNORECASE)
# A figure's comparison with an average or a level of a place: "9.9 percentage points higher than
# the national average", "2 points above the provincial level"
_ITS_OWN_COMPARISON = re.compile(r"\s+(?:higher|lower|faster|slower|more|less|greater|above|below)\s+(?:than\s+)?"
                                 r"(?:that\s+of\s+)?the\s+(?:[\w-]+\s+){0,3}?(?:average|level|rate|figure)\b")
# the comparison a bracketed figure's sentence goes on to: "(6.1%) exceeded the national rate"
_COMPARED_AFTER_BRACKET = re.compile(r"\b(?:exceed\w*|surpass\w*|outpac\w*|outperform\w*|higher|lower|above|below|"
                                     r"faster|slower|compared|than|versus|vs)\b", re.IGNORECASE)
# A figure stating how far it is from another place's: "7.3 percentage points higher than the
# national average", "2 points above the provincial level"
_COMPARED_BY_IT = re.compile(r"\s+(?:higher|lower|faster|slower|more|less|greater)\s+than\b|\s+(?:above|below)\s+the\b")
_BOTH_SIDES = re.compile(r"\b(?:the\s+two|both)\s+(?:(?!(?:in|of|at|on|for|and)\b)[a-z]+\s+)?(?:sides|countries|nations|cities|places|"
                         r"parties|economies|provinces)\b", re.IGNORECASE)
# … a period said before, by "that" or "this" only (not "the same period", a comparison's)
_THAT_PERIOD = re.compile(r"\b(?:in|during|over|for)\s+(?:this|that)\s+period\b(?!\s+(?:last|of))", re.IGNORECASE)
_PER_A_WEIGHT = re.compile(r"\s(?:a|per|each|/)\s*(?:metric\s+)?(?:tonne|ton|kg|kilogram|barrel|pound|ounce|bushel|"
                          r"carat)s?\b", re.IGNORECASE)
_POINTS_BACK_WITH = re.compile(r"\s*(?:It|They|Its|Their|This|These|That|Those|Such)\b")
_BEFORE_THEN = re.compile(r"(?:Before|Prior\s+to)\s+(?:this|that|then)\b")
# A sentence opening on an event named before: "At the summit, …", "During the expo, …"
_AT_THE_EVENT = re.compile(r"(?:At|During|On\s+the\s+sidelines\s+of)\s+the\s+(?:[\w-]+\s+){0,2}?(?:summit|expo|fair|forum|"
                           r"festival|conference|event|exhibition|show|meeting|ceremony|convention|congress|"
                           r"symposium|carnival|games)\s*,")
_AND_ONLY = re.compile(r",?\s+and\s+")
# (two times joined by "and" alone: not "in 2006, and 2007 brought a slowdown"; a bare year after "and",
# _AND_A_YEAR, must end the phrase)
_TIMES_JOINED = re.compile(r"\s+and\s+")
_AND_A_YEAR = re.compile(r"\s+and\s+(?P<year>(?:19|20)\d\d)(?![\d-])(?=\s*(?:[,.;:)]|$))")
_ONLY_IN = re.compile(r",?\s*(?:(?:in|on|during)\s+)?")
# (a level it came down or up from, whose own time follows: "from a peak of 27,040 yuan in February 2013"; not
# "fell to 12 billion dollars from 14 billion dollars in 2019", where the time is the change's)
_FROM_A_LEVEL = re.compile(r"\bfrom\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:peak|high|low|record|level|height|"
                           r"bottom|top)\s+of\s+$", re.IGNORECASE)
_REFERS_BACK = re.compile(r"\b(?:in|during|over|for)\s+(?:this|that|the\s+same|the)\s+period\b"
                          r"(?!\s+(?:last|of))|\b[Ii]n\s+(?:the\s+same|that)\s+year\b", re.IGNORECASE)
# "by the end of 2017": a running total's time, whose year a flow stated after it is of
_END_OF_A_YEAR = re.compile(r"\.\./\d{4}")
# What is measured over a time, not at its end: throughput, trade, sales, visitors
# (not a kind of firm or place: "Loans to export firms", "an export processing zone")
_A_FLOW = re.compile(r"\b(?:throughput|exports?|imports?|trade|sales|revenue|output|turnover|passengers?|visitors|"
                     r"tourists|arrivals|trips|visits|person-times|handled|carried|received|exported|imported|sold)\b"
                     r"(?!\s+(?:firms?|companies|company|enterprises?|processing|zones?|bases?|parks?|businesses|"
                     r"manufacturers|producers)\b)", re.IGNORECASE)
# What a figure adds in its time, not what there is at its end: "newly increased deposits",
# "newly added loans", "new additions"
# (heading the words right before the figure, up to its verb: "newly added loans reached")
_ADDED_IN_THE_TIME = re.compile(r"\s*(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:new(?:ly)?[\s-]+(?:increased|added)|new\s+(?:increases|additions?))\s+"
                                r"(?:[\w-]+\s+){0,3}?(?:(?:reached|totall?ed|amounted\s+to|stood\s+at|surpassed|exceeded|numbered|came\s+to|"
                                r"hit|topped|was|were|of)\s+)?(?:(?:about|around|roughly|nearly|over|more\s+than|some)\s+)?"
                                r"(?:[^()]{1,40}\(\s*)?$",  # (or its restatement in brackets)
                                re.IGNORECASE)
# Between two lists of changes after a "respectively": ", and an increase of", ", up"
_ANOTHER_LIST = re.compile(r",?\s*(?:and\s+)?(?:(?:an?|the)\s+)?(?:(?:year-on-year|annual)\s+)?(?:increases?|decreases?|rises?|"
                           r"growth|drops?|declines?)\s+(?:of\s+)?|,\s*(?:and\s+)?(?:up|down)\s+(?:by\s+)?")
_OWN_WORDS_START = re.compile(r"[,;]\s|\b(?:and|while|whereas|with)\s")
_UP_TO_A_YEAR_OR_MONTH = re.compile(r"\.\./(?P<end>(?P<year>\d{4})(?:-(?P<month>\d{2}))?)")
# A heading over a list: a line of its own that ends with a colon ("Trade Characteristics in August Alone:")
_HEADING = re.compile(r"(?m)^[ \t]*[A-Z][^\n:.;]{2,100}:[ \t]*$")
# … and an item of the list under it: "1. ", "(2) ", "- ", "• "
_LIST_ITEM = re.compile(r"[ \t]*(?:\(?\d{1,2}[.)]|[-•·*])\s")
_LINE = re.compile(r"(?m)^.*$")
_OPENS_A_CLAUSE_AFTER_A_SEMICOLON = re.compile(r";\s*(?:(?:and|while|but|whereas)\s+)?"
                                               r"(?:(?i:in|during|for|over|from|by|as\s+of|this|last)\s+(?:the\s+)?)?$")
_SAME_TIME = re.compile(r"[\s\u3000]*(?:At\s+the\s+same\s+time|In\s+the\s+same\s+period)\b")
# A sentence that goes on about what the one before spoke of: a pronoun, "the city", "the
# industry", or a breakdown of a figure named before ("Of the 33 million visitors, …").
_CARRIES_ON = re.compile(r"[\s\u3000]*(?:(?:It|They|Its|Their|This|These)\b|The\s+(?:city|province|"
                         r"port|industry|sector|company|group|airport|zone)\b|Of\s+the\s+(?:\S+\s+)?\d)")
# A sentence's tense, read from its verbs: present ("has", "are") and no past ("was", "added")
_PRESENT = re.compile(r"\b(?:is|are|has|have|remains|remain|comprises|includes|covers|employs|hosts)\b")
_IN_THE_PAST = re.compile(r"\b(?:was|were|had|did|saw|grew|rose|fell|took|made|became|began|won|gave|got|"
                          r"came|went|stood|held|led|drew|brought|built|sold|spent|paid|\w{3,}ed)\b"
                          r"(?<!\bneed)(?<!\bspeed)(?<!\bfeed)(?<!\bseed)")
_POINTS_BACK = re.compile(r"[\s\u3000]*(?:This|These|That|Those|Of\s+the)\b")
# A sentence that breaks the previous figure down shares its period.
_BREAKS_DOWN = re.compile(r"(?:of\s+(?:the|this|that)\s+total|of\s+which|among\s+(?:them|these|those|"
                          r"the\s+\d[\d,]*)|specifically|in\s+particular)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|shall|plans?\s+to|planned\s+to|aims?\s+to|is\s+expected\s+to|"
                     r"are\s+expected\s+to|(?:is|are)\s+poised\s+to|targets?|goal)\b", re.IGNORECASE)
# … and the other words of an aim a clause may open with ("Exports are set to reach …", "Qingdao
# strives to raise …", "Sales should reach …")
_AIMED = re.compile(_FUTURE.pattern + r"|\b(?:(?:is|are)\s+(?:set|projected|forecast|anticipated)\s+to|strives?\s+to|"
                    r"striving\s+to|(?<!which\s)(?<!that\s)(?<!who\s)should)\b", re.IGNORECASE)
# An aim joined on after "and", with its own subject at most: "… and aims to recruit …", "…, and
# this number is expected to increase to 10 million in 2020"
_AIM_JOINED = re.compile(r"\s+(?:(?:this|that|these|the|its|it|they)\b[^,;.\d]{0,30}?\s)?" + _FUTURE.pattern,
                         re.IGNORECASE)


# "125 countries, up from only 34 in 1978": the year dates the figure compared with, not the
# figure before it ("rose to 4.3 percent in 2014" dates the figure itself).
_COMPARED_WITH = re.compile(r"\b(?:up|down|rising|rose|falling|fell|increas\w*|decreas\w*|compared)\s+"
                            r"(?:from|with)\s+(?P<figure>(?:(?:only|just|a\s+mere|more\s+than|over|about|nearly)\s+)?"
                            r"(?:(?-i:[A-Z]{3})\s?)?[\w.,$%-]*\d[\w.,%-]*)"  # "more than 30", "RMB 3.2 billion"
                            r"(?:\s+[a-z]+){0,3}\s+$", re.IGNORECASE)


# "up 160 percent from the amount in 2011", "more than tripling the figure in 2011": the year
# dates the level compared with, written as a word pointing back instead of a figure
# (the level's words, shared with the labels that say "since" that year)
LEVEL_COMPARED = r"(?:that\s+of\s+|the\s+)(?:figure|amount|level|number|total|value)"
_COMPARED_LEVEL = re.compile(rf"\b(?:from|over|than|on|tripl\w*|doubl\w*|quadrupl\w*)\s+{LEVEL_COMPARED}"
                             r"\s+(?:(?:in|of|for)\s+)?$", re.IGNORECASE)


def _the_firm_s_whole(scope: Scope, kind: str, unit: str) -> bool:
    """"The group now has over 13,700 employees worldwide": a firm's own total over all its
    sites, not a figure of the world's (a share of the world's market, or a rank, is)."""
    return scope.level == "world" and not scope.among and kind != "rank" and unit != "percent" \
        and bool(_FIRM_S_REACH.search(scope.reason))


def _dates_a_figure_compared(compared: tuple[bool, re.Match | None], found: Found) -> bool:
    """Whether a phrase with the words before it `compared` (`_compared_before`) dates the figure
    a change is measured from, which `found` is not."""
    level, m = compared
    return level or (bool(m) and not (m.start("figure") <= found.start < m.end("figure") + 1))


def _compared_before(text: str, phrase: TimePhrase) -> tuple[bool, re.Match | None]:
    """Whether the words before `phrase` point back to a level compared with ("from the amount
    in"), and the figure they compare with ("up 5 percent from 100 in")."""
    return (bool(_COMPARED_LEVEL.search(text, max(phrase.start - 60, 0), phrase.start)),
            _COMPARED_WITH.search(text, max(phrase.start - 80, 0), phrase.start))


# A rate said to hold each year ("an average annual growth rate of 11.9 percent", "rose 15.9
# percent annually"), and the two years its sentence runs from and to
# ("an annual increase of 25.9 percent" last year is that year's change: no rate of each year)
_ANNUAL_BEFORE = re.compile(r"\b(?:(?:average\s+(?:annual|yearly)|annual\s+average|annuali[sz]ed|compound\s+annual)\s+"
                            r"(?:[a-z]+\s+){0,3}?|annual\s+(?:growth\s+)?rate\s+)(?:of\s+|at\s+|by\s+)?$",
                            re.IGNORECASE)
# (a rate's own words: "the average annual disposable income reached 40,000 yuan in 2020" is
# 2020's income, no rate over years)
_AVERAGE_ANNUAL = re.compile(r"\b(?:average\s+(?:annual|yearly)|annual\s+average|compound\s+annual)\s+"
                             r"(?:(?:growth|increase|rise|decline|decrease|drop|expansion)\s+)?(?:rate\s+)?"
                             r"(?:(?:was|is|reached|hit|of|at|by)\s+)?$", re.IGNORECASE)
_YEARS_SPAN = re.compile(r"(?:19|20)\d\d/(?:(?:19|20)\d\d|\.\.)")  # ("since 2012": 2012/..)
_ANNUAL_AFTER = re.compile(r"\s*(?:annually|a\s+year(?!\s+(?:earlier|ago|before|previously|prior|later|on)\b)|"
                           r"each\s+year|every\s+year|per\s+year|per\s+annum)\b", re.IGNORECASE)  # (not "a year earlier")
IN_SENTENCE = r"(?:[^.;]|\.(?=\d))"  # no sentence end: "28.89" goes on
_FROM_YEAR_TO_YEAR = re.compile(rf"\bfrom\b{IN_SENTENCE}{{0,80}}?\b(?:in\s+)?((?:19|20)\d\d)\b(?!\s*[-–/])"
                                rf"{IN_SENTENCE}{{0,80}}?\bto\b{IN_SENTENCE}{{0,60}}?\bin\s+((?:19|20)\d\d)\b",
                                re.IGNORECASE)

# a join between a figure and the years it would be between: the next clause's own ("rose from 600
# billion yuan in 2011 to 1 trillion yuan in 2016, and is expected to grow 7 percent annually")
_JOINS_ANOTHER_CLAUSE = re.compile(r";|,?\s+(?:and|while|whereas|but)\s", re.IGNORECASE)


def says_each_year(text: str, start: int, end: int) -> bool:
    """Whether the words around the figure at [start, end) say it holds each year ("an average
    annual growth rate of 11.9 percent", "33.4 percent each year")."""
    return bool(_ANNUAL_BEFORE.search(text, max(start - 50, 0), start) or _ANNUAL_AFTER.match(text, end))


def _annual_rate_span(text: str, found: Found, sentence: Span, years_between) -> TimePhrase | None:
    """The span "from … in Y1 to … in Y2" (`years_between` of the sentence) of a rate said to hold
    each year; None otherwise."""
    if found.quantity.unit not in ("percent", "pp") or not says_each_year(text, found.start, found.end):
        return None
    m = years_between(sentence)
    if not m or int(m[1]) >= int(m[2]):
        return None
    between = text[found.end:m.start()] if found.end <= m.start() else text[m.end():max(found.start, m.end())]
    if _JOINS_ANOTHER_CLAUSE.search(between):  # "…, and is expected to grow 7 percent annually"
        return None
    return TimePhrase(m.start(), m.end(), f"{m[1]}/{m[2]}", "period", False, 2)



_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _annual_rate_since_base(text: str, found: Found, phrases: list[TimePhrase]) -> TimePhrase | None:
    """"In 2021, 8,208 patents were granted, 3.9 times that of 2012, with an average annual growth
    of 16.2 percent": a rate said to hold each year, in a sentence of one year compared with one
    earlier base year, is of the span between them; None otherwise."""
    if found.quantity.unit not in ("percent", "pp") or not says_each_year(text, found.start, found.end):
        return None
    bases = [(p, year) for p in phrases if p.kind == "base" and (year := _YEAR.search(text, p.start, p.end))]
    periods = [p for p in phrases if p.kind != "base" and p.period and _YEAR.fullmatch(p.period)]
    if len(bases) != 1 or len({p.period for p in periods}) != 1:
        return None
    (base, first), last = bases[0], periods[0]
    if int(first[0]) >= int(last.period):
        return None
    return TimePhrase(min(base.start, last.start), max(base.end, last.end), f"{first[0]}/{last.period}",
                      "period", False, 2)


# A sentence opening on a clause that says since when, up to its main clause in the present
# perfect: "Since the first foreign-funded project, with an investment of $70,000, was approved …
# in 1984, the city has become home to …"
_SINCE_OPENING = re.compile(r"\s*Since\s+(?:the|its|it|their|they|a|an)\s[^.;:]*?(?P<end>,\s+)(?=(?:[Tt]he\s+)?"
                            r"[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+(?:has|have)\b)")


# The words before a time that say it dates a founding ("Founded in 1984, …", "was set up in 2010")
_FOUNDED_IN = re.compile(r"\b(?:[Ff]ounded|[Ee]stablished|[Ss]et\s+up|[Ii]ncorporated)\s+(?:(?:in|on)\s+)?(?:the\s+year\s+)?$")
_FOUNDING_OF = re.compile(r"\b(?:establishment|founding|foundation|inception|creation)\s+of\s+(?:the\s+)?"
                          r"(?:[A-Z][\w'’&-]*\s+){1,8}(?:(?:in|on)\s+)?$")
# what a partner is ranked as: "fourth largest trading partner", "the third largest source of
# foreign investment", "largest export market"
_PARTNER_RANKED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:trading\s+partners?|partners?|investors?|sources?\s+of\s+"
                             r"(?:foreign\s+)?(?:investment|capital|imports|tourists|visitors)|export\s+(?:markets?|"
                             r"destinations?)|markets?)\b", re.IGNORECASE)
# (a verb, not a noun that may be one: "and imports 3 billion yuan, by 2025")
_A_CLAUSE_S_VERB = re.compile(r"\b(?:is|are|was|were|will|would|shall|has|have|had|reach(?:es|ed)?|rose|grew|fell|"
                              r"hit|hits|totall?ed|exceeded|stood)\b")
_CLAUSE_JOINT = re.compile(r",\s*(?:and|while|but|whereas)\s+|;\s*|\s(?:while|whereas)\s+")
_WHOSE_RANK = re.compile(r"['’]s\s")  # "Vietnam's fifth largest trading partner": Vietnam ranks another
# the "and" between two ranks of one clause
_AND_THE = re.compile(r"\s(?:and|while|but)\s+(?:the\s+|its\s+|[A-Z][\w'’-]*['’]s\s+)?")
# Work that starts on a day: "… will start in June", "is scheduled to commence in October", "will
# be started in May", "will break ground in 2024"; the work is on what the figure counts when its
# clause opens on it before the figure ("Construction of two seabed tunnels …", "Work on the …")
_WORK_STARTS = re.compile(r"\b(?:will|to|shall)\s+(?:officially\s+)?(?:(?:be\s+)?(?:started|begun|commenced)|start|begin|"
                          r"commence|kick\s+off|break\s+ground)(?:\s+(?:construction|building|work))?\s+(?:(?:in|on|from|at)\s+)?"
                          r"(?:the\s+)?$", re.IGNORECASE)
_WORK_ON = re.compile(r"\b(?:construction|building|work)\s+(?:work\s+)?(?:of|on)\b", re.IGNORECASE)
# A completion's date: "With an investment of 60 billion yuan, the center is expected to be
# completed in 2030" dates the completion, not a figure in another clause of its sentence
_COMPLETED_IN = re.compile(r"\b(?:to|will|shall)\s+be\s+(?:completed|finished|commissioned|put\s+into\s+"
                           r"(?:operation|use|service))\s+(?:(?:in|on|by)\s+)?$")
# a market entered after the figure: "… sales outlets in Kazakhstan after it entered the country in 2006"
# (not "exports entered a fast lane in 2018", nor "since the agreement entered into force in 2015")
_ENTERED_AFTER = re.compile(r"\bafter\s+(?:it|they|the\s+\w+|[A-Z]\w+)\s+(?:first\s+)?entered\s+(?:the\s+)?"
                            r"(?:(?:[\w-]+\s+){0,2}?(?:country|market)|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:(?:in|on)\s+)?$")
# A present perfect: a running total up to the source's date ("Japan has invested around $12.5
# billion in nearly 1,400 companies"), not the year a paragraph reported on.
_SINCE_DONE = re.compile(r"\b(?:has|have)\s+(?:(?:also|already|now|so\s+far|been|\w+ly)\s+)*(?!\d)"
                         r"(?!(?:seven|ten|eleven|women|men|children|citizens?|kitchen|garden|oxygen)\b)"
                         r"(?:[a-z]+ed|[a-z]+en|held|made|brought|built|sent|won|led|drawn|got|paid|sold|spent|"
                         r"set\s+up|become|grown|risen)\b")
# A sentence set at another time than its paragraph's: "When the port first opened, …", "A decade
# earlier, …", "In recent years, …", "When it opened in 1892" (a year no time phrase reads)
_ANOTHER_TIME = re.compile(r"\b(?:[Ww]hen|[Uu]ntil|earlier|later|ago|previously|formerly|originally|initially|"
                           r"back\s+then|at\s+the\s+time|(?:[Ii]n|[Oo]ver)\s+recent\s+(?:years|decades|months)|"
                           r"(?:in|since|by|from|until)\s+1[5-8]\d\d)\b")
# What a place or firm has now: a count (a size, a flow or a share in the present names no time)
_STATES = {"count"}
_A_YEAR_WRITTEN = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,])")
# … but not what it does each year or day, a flow: "hosts 3 million tourists each year"
_A_RATE = re.compile(r"\b(?:annually|yearly|daily|(?:a|an|each|every|per)\s+(?:year|month|week|day)"
                     r"(?!\s+(?:ago|earlier|before|later|on)\b))\b")  # (not "200 a year ago")
_HEDGE = r"(?:more\s+than|over|about|nearly|some)"  # (before a count: "There are over 300 banks")
_NOW_HAS = re.compile(r"\b(?:is\s+home\s+to|are\s+home\s+to|boasts?|operates?|hosts?|employs?|"
                      # a population now: "The Shandong province population is 96.4 M people", "has a population of"
                      r"population\s+(?:is|stands\s+at|totals)|(?:has|have)\s+a\s+(?:total\s+)?population\s+of|"
                      rf"[Tt]here\s+(?:are|is)(?=\s+(?:now\s+|currently\s+)?(?:{_HEDGE}|\d))|"
                      rf"(?:has|have)(?=\s+(?:now\s+|currently\s+|also\s+)?(?:{_HEDGE}\s+)?\d))\b")
# What a place "has" by nature ("Qingdao has 120 islands and 49 bays") is of no time
_NATURE_COUNTED = re.compile(r"\s+(?:[\w-]+\s+)?(?:islands|islets|bays|rivers|lakes|mountains|peaks|beaches|"
                             r"reefs|hills|springs)\b")
# A flow a figure counts, the last word of what it counts: "80 million tourist visits" (not "1,198
# passenger rail stations")
_FLOW_COUNTED = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:visits|trips|arrivals|passengers|visitors|tourists|person-times|"
                           r"calls|flights)\b(?![ \t]+[a-z])")
# A sentence naming a span of its own in words: "Over the three-decade period, …"
_OWN_SPAN = re.compile(r"\b(?:over|during|throughout|in)\s+the\s+(?:[\w-]+\s+){0,2}(?:period|decades?|years)\b",
                       re.IGNORECASE)
# A clause in the present perfect, what its subject "has" built up: "has established", "have set up"
_HAS_DONE = re.compile(r"\b(?:has|have)\s+(?:(?:also|already|now|so\s+far|successively|jointly)\s+)?"
                       r"(?:established|set\s+up|built|opened|attracted|introduced|signed|launched|founded|"
                       r"created|developed|registered|approved|accumulated|gathered|cultivated|hosted)\b")
_GROUP_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][\w&'’-]*){1,4}\s+(?:Group|Corporation|Holdings|Co\b|Company\b)")
# ("When it was established in 1993, there were only 30", "At the establishment of the zone in 2019, 30
# firms registered": the founding's time is the figure's)
_WHEN = re.compile(r"\s*(?:[Ww]hen|[Aa]t\s+the\s+time|(?:[Aa]t|[Uu]pon|[Oo]n)\s+(?:the\s+|its\s+)?"
                   r"(?:establishment|founding|foundation|inception|creation|opening|launch))\b")
_RELATIVE = re.compile(r"\s*(?:which|who|whose|where|that)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:](?=\s)|\s(?:--|[-–—])\s")  # "JINAN, May 12 (Xinhua) -- …"


def _title_case(name: str) -> str:
    """"TAI'AN" as the text names it elsewhere: "Tai'an"."""
    return " ".join(word.capitalize() for word in name.split())


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans written as spaces (same length, so offsets hold)."""
    parts, at = [], 0
    for start, end in spans:
        start = max(start, at)
        if end > start:
            parts += [text[at:start], " " * (end - start)]
            at = end
    return "".join(parts) + text[at:]


def _period_end(period: str) -> str:
    """A period's last month as YYYY-MM ("2020-01/2020-08" → "2020-08", "2015" → "2015-12")."""
    end = period.split("/")[-1]
    return end[:7] if len(end) >= 7 else f"{end[:4]}-12"


def _clause_of(text: str, sentence: Span, start: int, end: int) -> tuple[int, int]:
    """The clause holding [start, end): between the commas, semicolons or dashes around it."""
    first = sentence.start
    for m in _CLAUSE_END.finditer(text, sentence.start, start):
        first = m.end()
    after = _CLAUSE_END.search(text, end, sentence.end)
    return first, after.start() if after else sentence.end


def _reach(phrase: TimePhrase, found: Found) -> float:
    """How far a phrase is from a figure; news puts the time first ("In 2018, …"), so a phrase
    before the figure counts as half as far as one after it."""
    if phrase.end <= found.start:
        return (found.start - phrase.end) / 2
    return phrase.start - found.end


def _inside_found(phrase: TimePhrase, found: Found) -> bool:
    return phrase.start < found.end and phrase.end > found.start


_CLAUSE_CUT = re.compile(r"[,;:]\s")


def _clauses_around(text: str, sentence: Span, found: Found) -> tuple[int, int]:
    """The clauses (cut at , ; :) around a figure in a long sentence, at most MAX_QUOTE long."""
    commas = [m.end() for m in _CLAUSE_CUT.finditer(text, sentence.start, sentence.end)]
    cuts = [sentence.start, *commas, sentence.end]
    start = max(c for c in cuts if c <= found.start)
    end = min(c for c in cuts if c >= found.end)
    while end - start < MAX_QUOTE // 2:
        earlier = [c for c in cuts if c < start]
        later = [c for c in cuts if c > end]
        if not earlier and not later:
            break
        if earlier and (not later or start - earlier[-1] <= later[0] - end):
            start = earlier[-1]
        else:
            end = later[0]
    return _strip_span(text, start, end)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n\u3000,;:":
        start += 1
    while end > start and text[end - 1] in " \t\n\u3000,;:":
        end -= 1
    return start, end


# --- kind and direction ------------------------------------------------------------------------

_UP = (r"(?<!made\s)(?<!make\s)(?<!makes\s)up|grew|grow|grows|growing|grown|growth|increased?|increases|increasing|rose|rise|rises|"
       r"rising|surged?|surging|jumped?|jumping|climbed?|climbing|soared?|soaring|expanded|higher|gained?|added|raised")
_DOWN = (r"down|fell|fall|falls|falling|declined?|declines|declining|decreased?|decreases|"
         r"dropped?|drops|reduced?|reduces|reducing|reduction|cut|cuts|cutting|lower|shrank|"
         r"shrunk|slid|slumped?|plunged?|saved?|saves|saving|eased|"
         # "exports contracted 3 percent", not "14 new contracted projects" (signed ones)
         r"contracted(?=[\s\u3000]+(?:by[\s\u3000]+)?$)")
# "reduced to 1.1 times", "had grown to 31", "down from 3.4 percent": a level, not the change.
# (not a word's second half: "value-added … taxes are levied at 70 percent of …" is no increase)
_CUE_BEFORE = re.compile(rf"(?<!-)\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b(?![\s\u3000]+(?:to|from)\b)",
                         re.IGNORECASE)
_CUE_AFTER = re.compile(
    r"[\s\u3000]*(?:(?:year-on-year|y-o-y|yoy|annual|from)[\s\u3000]+)?"
    r"(?:(?P<up>increase|growth|rise|gain|jump|higher|more)|"
    r"(?P<down>reduction|cut|decrease|decline|drop|fall|lower|less|fewer))\b", re.IGNORECASE)
_CHANGE_UNITS = ("percent", "pp", "times")
# A share's verb just before the figure, and "of" the whole just after it
_SHARE_BEFORE = re.compile(r"\b(?:accounts?|accounted|accounting|represents?|represented|representing|"
                           r"mak(?:es?|ing)\s+up|made\s+up)(?:[\s\u3000]+for)?(?:[\s\u3000]+(?:about|nearly|"
                           r"almost|over|around|some|approximately|roughly|more[\s\u3000]+than))?[\s\u3000]*$",
                           re.IGNORECASE)
_OF_AFTER = re.compile(r"[\s\u3000]+of[\s\u3000]")


def kind_and_direction(text: str, found: Found, sentence: Span) -> tuple[str, str | None]:
    """The figure's kind, and increase/decrease where the words around it state a change.
    Percent, points and multipliers that change are kind 'change'; other units keep their kind
    and get a direction only after "by" ("reduced by RMB 10")."""
    quantity = found.quantity
    written = text[found.start:found.end].lower()
    if found.form == "multiplier":
        direction = None if "twice" in written else "increase"  # "twice the amount" is a ratio
    else:
        direction = _direction(text, found, sentence)
    if quantity.unit in _CHANGE_UNITS and direction:
        return "change", direction
    if direction and not re.search(r"\bby[\s\u3000]*$", text[max(found.start - 6, 0):found.start]):
        direction = None
    return quantity.kind, direction


def _direction(text: str, found: Found, sentence: Span) -> str | None:
    after = _CUE_AFTER.match(text, found.end, min(found.end + 40, sentence.end))
    if after:
        return "increase" if after["up"] else "decrease"
    listed = _PERCENTS_BEFORE.search(text, max(sentence.start, found.start - 120), found.start)
    if listed:  # "respective increases of 58.6 percent, 153.4 percent, and 105.3 percent": the list's
        return _direction(text, replace(found, start=listed.start(), end=listed.start()), sentence)
    window_start = max(sentence.start, found.start - 60)
    clause = text[window_start:found.start]
    clause = re.split(r"[;]|\d", clause)[-1]  # words since the previous figure or clause
    if _SHARE_BEFORE.search(clause) and _OF_AFTER.match(text, found.end):
        return None  # "… economic growth sector, accounts for 15.3 percent of the GDP": a share
    cues = list(_CUE_BEFORE.finditer(clause))
    if not cues:
        return None
    return "increase" if cues[-1]["up"] else "decrease"


# the figures of a list of rates right before a figure: "increases of 58.6 percent, 153.4 percent, and "
_PERCENTS_BEFORE = re.compile(r"(?<![\d.,])(?:\d[\d.,]*\s*(?:percent|per\s+cent|%)\s*,\s*(?:and\s+)?)+$")


# --- figures that belong together --------------------------------------------------------------

_FROM_BEFORE = re.compile(r"\bfrom(?:[\s\u3000]+the[\s\u3000]+original)?[\s\u3000]*$", re.IGNORECASE)


def _is_rate(c: Candidate) -> bool:
    return c.unit in ("percent", "pp")


_SPREAD_BEFORE = re.compile(r"\b(?:ranges?|ranged|ranging|var(?:y|ies|ied|ying))[\s\u3000]+from[\s\u3000]*$",
                            re.IGNORECASE)
_TO_BETWEEN = re.compile(r"^[\s\u3000]*to[\s\u3000]+(?:just[\s\u3000]+|only[\s\u3000]+)?$",
                         re.IGNORECASE)
_EQUIVALENT_BETWEEN = re.compile(
    r"^[\s\u3000]*(?:[(（]|,?[\s\u3000]*(?:or|equivalent[\s\u3000]+to|about|some))[\s\u3000]*$",
    re.IGNORECASE)
_ALONG_WITH = re.compile(r",\s*(?:along|together)\s+with\s+(?:(?:about|around|nearly|over|more\s+than|some)\s+)?$")
# (a year said between them: "stood at 512.4 billion U.S. dollars in 2024, up 2.7 percent")
_CHANGE_GAP = re.compile(r"(?:\s+(?:in|during)\s+(?:19|20)\d\d|\s+(?:last|this)\s+year)?[\s,]*(?:(?:up|down|rising|falling|growing|increasing|decreasing|declining)"
                         r"\s+(?:by\s+)?|(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:increase|decrease|rise|drop|"
                         r"growth|decline|jump)\s+of\s+)?")
# "… in 2024. This represents a more than ten-fold increase": the change of the sentence before's last figure
_CHANGE_NEXT_SENTENCE = re.compile(r"[^.!?\n]{0,120}[.!?][ \t]+(?:This|That|It)[ \t]+(?:represents|represented|marks|marked|"
                                   r"is|was|means|meant)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?")
# "… a more than ten-fold increase from $36.7 billion": the amount the change started from
_CHANGED_FROM = re.compile(r"\s+(?:increase|rise|growth|jump|decrease|decline|drop)\s+from\s+")
_RANK_GAP = re.compile(r"(?:\s+(?:in|during|by)\s+[^,.;:()]{1,30})?[\s,]*(?:(?:ranking|ranked|placing)\s+)?")
# (a finite verb right after a comma opening the next figure starts the clause's predicate, no item
# of a list: "each adjustment, which totals more than 8,000, exceeds 5 million yuan"; after "and",
# or as a participle, it goes on with the same measure: "was 800,000, and topped 1 million TEU",
# "…, topping 20 million TEU")
_A_VERB_OPENS = re.compile(r"(?:exceed(?:s|ed)|top(?:s|ped))\b", re.IGNORECASE)
_SHARED_UNIT_BETWEEN = re.compile(r"^[\s\u3000]*(?:,|and|or|-|–)[\s\u3000]*(?:and[\s\u3000]+)?$")
# (the currency may be written again: "from $3 to $5" is a before and an after too)
_RANGE_TO = re.compile(rf"[\s\u3000]*to[\s\u3000]*(?=(?:(?:{'|'.join(re.escape(c) for c in sorted(CURRENCY_PREFIXES, key=len, reverse=True))})[\s\u3000]*)?"
                       rf"{NUMBER_PATTERN})", re.IGNORECASE)


def _split_from_to_ranges(text: str, founds: list[Found]) -> list[Found]:
    """"from 5 to 10 percent" was read as a range; it is a before/after pair sharing a unit."""
    result = []
    for f in founds:
        if f.form == "range" and f.low and _FROM_BEFORE.search(text, max(f.start - 20, 0), f.start) \
                and not _SPREAD_BEFORE.search(text, max(f.start - 30, 0), f.start):
            separator = _RANGE_TO.match(text, f.low[1])
            if separator:
                result.extend(_range_sides(text, f, separator.end()))
                continue
        result.append(f)
    return result


def _range_sides(text: str, f: Found, high_start: int) -> list[Found]:
    q = f.quantity
    high_number = re.search(NUMBER_PATTERN, text[high_start:], re.IGNORECASE)[0]  # (after a currency: "to $5")
    factor = q.value / number_value(high_number)
    low_number = number_value(text[f.low[0]:f.low[1]])
    low_value = tidy(low_number * _scale_shared(low_number, factor, q.value))
    low = Found(f.start, f.low[1], Quantity(low_value, q.unit), "digits", True)
    high = Found(high_start, f.end, Quantity(q.value, q.unit), "digits", True)
    return [low, high]


def _from_to_pairs(text: str, founds: list[Found]) -> list[tuple[int, int]]:
    """Index pairs (before, after) written "from X to Y" (not "ranges from X to Y": a spread)."""
    pairs = []
    for i in range(len(founds) - 1):
        a, b = founds[i], founds[i + 1]
        if (_FROM_BEFORE.search(text, max(a.start - 20, 0), a.start)
                and not _SPREAD_BEFORE.search(text, max(a.start - 30, 0), a.start)
                and _TO_BETWEEN.match(text[a.end:b.start])):
            pairs.append((i, i + 1))
    return pairs


def _spread_ranges(text: str, founds: list[Found], kept: dict[int, Candidate]) -> dict[int, Candidate]:
    """"The allowance ranges from 800 yuan to 1,500 yuan a month": the least and the most of a
    spread, no change from one to the other."""
    for i in range(len(founds) - 1):
        a, b = founds[i], founds[i + 1]
        if i in kept and i + 1 in kept and _SPREAD_BEFORE.search(text, max(a.start - 30, 0), a.start) \
                and _TO_BETWEEN.match(text[a.end:b.start]):
            kept[i] = replace(kept[i], qualifier=kept[i].qualifier or "at_least")
            kept[i + 1] = replace(kept[i + 1], qualifier=kept[i + 1].qualifier or "up_to")
    return kept


def _scale_shared(number: Decimal, scale: Decimal, next_value: Decimal) -> Decimal:
    """The scale a bare number takes from the figure after it ("3 and 5 million": the million),
    or 1 when that would make it far larger than the next ("from 40,000 to 2 million tonnes":
    40,000 tonnes, not 40 billion; "800,000, topping 20 million TEU")."""
    return scale if number * scale <= next_value * _SCALE_SHARED_AT_MOST else Decimal(1)


_SCALE_SHARED_AT_MOST = 100  # times the next figure


def _share_units(text: str, founds: list[Found],
                 kept: dict[int, Candidate]) -> dict[int, Candidate]:
    """"40,000 and 50,000 square meters": a bare number takes the unit written after the next
    one (right to left, so lists of three or more work)."""
    for i in sorted(kept, reverse=True):
        nxt = kept.get(i + 1)
        current = kept[i]
        if (nxt is None or current.unit != "count" or current.counted
                or nxt.unit in ("count", "rank") or founds[i].form != "digits"
                or founds[i + 1].form not in ("digits", "word")
                or not _SHARED_UNIT_BETWEEN.match(text[founds[i].end:founds[i + 1].start])
                or (_A_VERB_OPENS.match(nxt.as_written) and "and" not in text[founds[i].end:founds[i + 1].start])):
            continue
        ratio = _scale_shared(current.value, nxt.value / number_value(_leading_number(nxt.as_written)), nxt.value)
        kept[i] = replace(current, value=tidy(current.value * ratio), unit=nxt.unit,
                          kind=nxt.kind, direction=current.direction or nxt.direction,
                          reason=f"shares the unit of '{nxt.as_written}'", confidence=0.75)
    return kept


def _differences_in_units(text: str, founds: list[Found], kept: dict[int, Candidate]) -> dict[int, Candidate]:
    """"a total volume of 26.8 million tons at the end of this year, 3.6 million more compared to
    2022": a bare number saying how much more or less than the amount before it in its sentence
    is in that amount's unit (only a unit whose figures are the number as written)."""
    for i in sorted(kept):
        before, current = kept.get(i - 1), kept[i]
        if before is None or current.unit != "count" or current.counted or before.unit in _NOT_AN_AMOUNT \
                or not _MORE_OR_LESS.match(text, founds[i].end) \
                or _SENTENCE_BREAK.search(text, founds[i - 1].end, founds[i].start) \
                or before.value != _as_written_value(before.as_written) \
                or not before.value / 1000 <= current.value <= before.value * 10:
            continue  # (nor "… 26.8 billion yuan in 2023, 3.6 more than the target": no such amount)
        kept[i] = replace(current, unit=before.unit, kind=before.kind,
                          reason=f"how much more or less than '{before.as_written}', in its unit", confidence=0.75)
    return kept


def _amounts_gone_to(text: str, founds: list[Found], kept: dict[int, Candidate]) -> dict[int, Candidate]:
    """"Its sales volume rose from 3.48 million yuan in 1984 to 40.6 billion in 2000": a bare number
    an amount goes to, right after the amount it goes from, is in that amount's unit."""
    for i in sorted(kept):
        before, current = kept.get(i - 1), kept[i]
        if before is None or current.unit != "count" or current.counted or before.unit in _NOT_AN_AMOUNT \
                or not _FROM_BEFORE.search(text, max(founds[i - 1].start - 20, 0), founds[i - 1].start) \
                or not _GOES_TO.fullmatch(text, founds[i - 1].end, founds[i].start) \
                or before.value != _as_written_value(before.as_written) or current.value < before.value / 1000:
            continue  # (only a unit whose figures are the number as written; not "… to 40 in 2000", no such amount)
        kept[i] = replace(current, unit=before.unit, kind=before.kind,
                          reason=f"the amount '{before.as_written}' goes to, in its unit", confidence=0.75)
    return kept


# between the amount gone from and the one gone to: " in 1984 to ", " to "
_GOES_TO = re.compile(r"\s+(?:in\s+(?:19|20)\d\d\s+)?to\s+")
_NOT_AN_AMOUNT = ("count", "rank", "percent", "pp", "times", "year", "month", "day")
# (not "3 more ports": a count of its own noun)
_MORE_OR_LESS = re.compile(r"\s+(?:more|less|fewer|higher|lower)\b(?=\s*(?:[,.;:)]|$)|\s+(?:than|compared|from|"
                           r"over|year-on-year|on|in|as|last|this)\b)(?!\s+than\s+\d)")
_SENTENCE_BREAK = re.compile(r"[.!?;]\s")


def _as_written_value(written: str) -> Decimal | None:
    """The number an amount is written with, times its scale words ("26.8 million tons": 26.8e6)."""
    number = re.search(NUMBER_PATTERN, written, re.IGNORECASE)
    if not number:
        return None
    value = Decimal(str(number_value(number[0])))
    for word in re.findall(r"[a-z]+", written[number.end():].lower())[:1]:
        value *= SCALES.get(word, 1)
    return tidy(value)


def _one_measure_before(text: str, founds: list[Found], kept: dict[int, Candidate], last: int) -> bool:
    """Whether the figures of the sentence `founds[last]` ends share its subject and scope: "This"
    is then what that sentence measured (not "…, about a fifth of Shandong's total of 250 billion
    dollars. It was up 8 percent": "It" is the city's exports, the total only their whole)."""
    opening = max(text.rfind(". ", 0, founds[last].start), text.rfind("\n", 0, founds[last].start))
    before = kept[last]
    for j in range(last - 1, -1, -1):
        if founds[j].start <= opening:
            return True
        if j in kept and (kept[j].subject, kept[j].scope) != (before.subject, before.scope):
            return False
    return True


def _changes_of(text: str, founds: list[Found], kept: dict[int, Candidate]) -> dict[int, Candidate]:
    """"Its imports from the EU totaled 117.53 billion yuan, up 10.5 percent": a change right
    after an amount, with nothing between but "up" or "an increase of", is that amount's change,
    with its subject and scope (the clause of the change alone names neither); a rank right after
    it ("…, ranking No. 1 in China") ranks it, and has its subject when it names none."""
    for i in sorted(kept):
        before, current = kept.get(i - 1), kept[i]
        if before is None or before.unit in (*_CHANGE_UNITS, "rank") or before.equivalent_of:
            continue
        gap = (founds[i - 1].end, founds[i].start)
        if current.kind == "change" and (_CHANGE_GAP.fullmatch(text, *gap) or (
                _CHANGE_NEXT_SENTENCE.fullmatch(text, *gap) and not current.subject_reason.endswith(_WHERE[0])
                and _one_measure_before(text, founds, kept, i - 1))):
            # (not a share; "… exceeding US$400 billion in 2024. This represents a more than
            # ten-fold increase from $36.7 billion in 2004": the next sentence's "This" too)
            kept[i] = replace(current, subject=before.subject, scope=before.scope,
                              subject_reason=f"as '{before.as_written}', whose change it is"
                              + _part_noted(before))
            if current.period is None and not _CHANGE_GAP.fullmatch(text, *gap):
                kept[i] = replace(kept[i], period=before.period, period_kind=before.period_kind,
                                  period_inferred=before.period_inferred)
            after = kept.get(i + 1)
            if after and after.kind == before.kind and _CHANGED_FROM.fullmatch(text, founds[i].end, founds[i + 1].start):
                kept[i + 1] = replace(after, subject=before.subject, scope=before.scope,
                                      subject_reason=f"as '{before.as_written}', whose earlier amount it is"
                                      + _part_noted(before))
        elif current.unit == "rank" and current.subject is None and before.subject \
                and _RANK_GAP.fullmatch(text, *gap):
            # "Ore throughput hit 240 million tons in 2009, ranking No. 1 in China": the rank is
            # of the amount's measure (its place is its own)
            kept[i] = replace(current, subject=before.subject,
                              subject_reason=f"as '{before.as_written}', which it ranks" + _part_noted(before))
    return kept


def _part_noted(c: Candidate) -> str:
    """The part of the city a figure's subject was noted as, for a figure that takes its subject."""
    part = noted_part(c.subject_reason)
    return f" {part_note(part)}" if part else ""


def _leading_number(written: str) -> str:
    return re.search(NUMBER_PATTERN, written, re.IGNORECASE)[0]


def _restatable(a: Candidate, b: Candidate) -> bool:
    """Whether b may restate a in another unit: two currencies, or two units of one extent or
    weight whose values agree ("around 20,000 mu (approximately 1333.33 hectares)"; not "2.1
    million tons (about 420 kg per capita)")."""
    if a.unit == b.unit:
        return False
    if a.kind == "money" and b.kind == "money":
        return True
    if a.unit not in _IN_BASE_UNITS or b.unit not in _IN_BASE_UNITS or UNIT_KINDS[a.unit] != UNIT_KINDS[b.unit]:
        return False
    first, second = float(a.value) * _IN_BASE_UNITS[a.unit], float(b.value) * _IN_BASE_UNITS[b.unit]
    return first > 0 and abs(first - second) <= 0.1 * first


def _at_the_span_s_ends(before: Candidate, after: Candidate) -> tuple[Candidate, Candidate]:
    """"Fell from 2,294 to 1,301 between 2006 and 2008": the figure before is of the span's first
    year, the one after of its last; neither is a figure of the span as a whole."""
    span = _TWO_YEARS.fullmatch(before.period or "")
    if not span or after.period != before.period or {before.period_kind, after.period_kind} != {"period"} \
            or before.period_inferred or after.period_inferred:  # (both years written, not "the past two years")
        return before, after
    return replace(before, period=span["first"]), replace(after, period=span["last"])


_TWO_YEARS = re.compile(r"(?P<first>(?:19|20)\d\d)/(?P<last>(?:19|20)\d\d)")


# Extents and weights in one base unit each (m², kg, m, m³), for a restatement to agree with
_IN_BASE_UNITS = {"m2": 1, "km2": 1e6, "ha": 1e4, "mu": 666.67, "t": 1000, "kg": 1, "m": 1, "km": 1000,
                  "nmi": 1852, "m3": 1}


def _link(text: str, founds: list[Found], kept: dict[int, Candidate],
          pairs: list[tuple[int, int]]) -> list[Candidate]:
    for before, after in pairs:
        if before in kept and after in kept:
            a, b = _at_the_span_s_ends(kept[before], kept[after])
            kept[before] = replace(a, role="before", pair_of=b.key)
            kept[after] = replace(b, role="after", pair_of=a.key)
    indexes = sorted(kept)
    for i, j in zip(indexes, indexes[1:]):
        a, b = kept[i], kept[j]
        if _restatable(a, b) and _EQUIVALENT_BETWEEN.match(text[a.end:b.offset]):
            kept[j] = replace(b, equivalent_of=a.key, qualifier=b.qualifier or a.qualifier,
                              period=b.period or a.period, period_kind=b.period_kind or a.period_kind,
                              period_inferred=b.period_inferred or a.period_inferred,
                              subject=a.subject, scope=a.scope,  # one amount, one subject
                              subject_reason=f"as '{a.as_written}', which it restates" + _part_noted(a),
                              reason=f"restates '{a.as_written}' in {b.unit}")
    return [kept[i] for i in indexes]
