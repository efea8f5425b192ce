"""Time phrases in running text, resolved to EDTF periods ("2019-01/2019-05", "../2019-03").

A figure's period comes from the time phrases of its sentence: "by the end of March 2019" is
cumulative to March 2019, "in the first quarter of 2019" is 2019-01/2019-03, "so far" is
cumulative to the document's date. Relative phrases ("this year", "last year", "In Q 1",
"On May 29") resolve against an anchor — the document's date, else its reference year, else a
date printed near the top of the text — and are marked inferred. Comparison bases ("the same
period last year", "compared to that of 2018") are recognised so they are not taken as periods.
"""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass
from typing import Callable

from briefgen.facts.extract.noise import MONTHS, WEEKDAYS

_MONTH_NUMBERS = {m.lower(): i for i, m in enumerate(MONTHS, 1)}
_MONTH_NUMBERS.update({m[:3].lower(): i for i, m in enumerate(MONTHS, 1)})
_MONTH_NUMBERS["sept"] = 9
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7,
           "8": 8, "9": 9, "10": 10, "11": 11, "twelve": 12, "12": 12}
_ORDINAL_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
                     "3rd": 3, "4th": 4}


@dataclass(frozen=True)
class Anchor:
    """The date relative phrases resolve against."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def text(self) -> str:
        parts = [f"{self.year:04d}"] + [f"{p:02d}" for p in (self.month, self.day) if p]
        return "-".join(parts)


@dataclass(frozen=True)
class TimePhrase:
    """A time phrase: where it is and the period it names (None for a comparison base)."""

    start: int
    end: int
    period: str | None
    kind: str  # cumulative, period, point, target, event; "base" for comparison bases
    inferred: bool
    strength: int  # 2 names a period; 1 only says "as of now" ("so far", "currently")


_DATE_LINE = re.compile(r"(?<!\d)((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")


def anchor_for(text: str, doc_date: str | None, reference_year: int | None) -> Anchor | None:
    """The document's date, else its reference year, else a date line near the top."""
    if doc_date:
        parts = [int(p) for p in str(doc_date)[:10].split("-")]
        return Anchor(*parts)
    if reference_year:
        return Anchor(int(reference_year))
    m = _DATE_LINE.search(text[:1000])
    return Anchor(int(m[1]), int(m[2]), int(m[3])) if m else None


# --- the phrases -------------------------------------------------------------------------------

_S = r"[\s\u3000]+"
_MONTH_RE = r"(?P<month>%s)" % "|".join(MONTHS)
_ABBREVIATED = r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"  # capitalised: "Mar." is no verb
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d-])"
_REL = r"(?P<rel>this|last|next|the\s+same|the\s+previous)\s+year"
_YEAR_OR_REL = rf"(?:{_YEAR}|{_REL})"


def _year_of(m: re.Match, anchor: Anchor | None) -> tuple[int | None, bool]:
    """The year a match names, and whether it was inferred (a relative phrase, or no year
    written: "In Q 1", "On May 29" mean the anchor's year)."""
    groups = m.groupdict()
    if groups.get("year"):
        return int(groups["year"]), False
    if anchor is None:
        return None, True
    rel = " ".join((groups.get("rel") or "this").lower().split())
    offset = {"last": -1, "next": 1, "the previous": -1}.get(rel, 0)
    return anchor.year + offset, True


def _past_month_year(year: int, month: int, anchor: Anchor | None, m: re.Match | None = None) -> int:
    """The year of a month named without one: the latest such month up to the source's date
    ("in Nov." in a report of January 2018 is November 2017), or the next one in a sentence about
    what will be ("will receive another two cruisers … in May" in April: this May)."""
    if m is not None and _WILL_BE.search(m.string, _sentence_around(m.string, m.start(), m.end())[0], m.start()):
        return year
    return year - 1 if anchor and anchor.month and month > anchor.month and year == anchor.year else year


def _count_of(word: str) -> int | None:
    """"five", "5": how many; None for a word that is no count."""
    return _COUNTS.get(word.lower()) or (int(word) if word.isdigit() else None)


def _month(m: re.Match, name: str = "month") -> int:
    return _MONTH_NUMBERS[m[name].lower().rstrip(".")]


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


# A time phrase whose year cannot be known (no date, no reference year): still a time phrase,
# so its numbers ("Q 1") are not figures, but it names no period.
_UNRESOLVED = (None, "period", True)

Handler = Callable[[re.Match, "Anchor | None"], "tuple[str | None, str, bool] | None"]
_RULES: list[tuple[str, Handler]] = []


def rule(pattern: str):
    """Register a handler for a time-phrase pattern (matched case-insensitively)."""
    def register(handler: Handler) -> Handler:
        _RULES.append((pattern, handler))
        return handler
    return register


# ("the same five months of 2021", "the same quarter of last year": the period compared with)
# ("the corresponding period last year", "the equivalent period of 2019", "the same time last year": the same)
@rule(r"(?:the\s+(?:same|corresponding|equivalent)\s+(?:period|(?:(?<=\bthan\sat\sthe\ssame\s)|"
      r"(?<!\bat\sthe\ssame\s)(?<!\bduring\sthe\ssame\s)(?<!\bby\sthe\ssame\s))time|(?:\w+\s+)?months|(?:\w+\s+)?quarters?|half(?:[-\s]year)?)\s+(?:of\s+|in\s+)?"
      r"(?:last\s+year|the\s+(?:previous|prior|preceding)\s+year|(?:19|20)\d\d)|"
      # "up 8 percent from the previous year", "59.04 percent from the holiday period in 2019"
      r"(?:from|over|than|compared\s+(?:to|with))\s+(?:the\s+)?(?:previous|prior|preceding)\s+year|"
      # "rose 10 percent from 2018", "a 50-per-cent increase from 2014" (not "from 2018 to 2020", a span)
      r"(?:(?<=percent\s)|(?<=%\s)|(?<=increase\s)|(?<=rise\s)|(?<=growth\s)|(?<=jump\s)|(?<=gain\s)|"
      r"(?<=decrease\s)|(?<=decline\s)|(?<=drop\s)|(?<=fall\s))from\s+(?:(?:19|20)\d\d\b|last\s+year\b(?![\'’]))"
      r"(?!\s*(?:to|till|-|–|through|until|and|onwards?|on)\b)|"
      # "increases … over last year's same period": the half or months the text named before, a year back
      r"(?:last\s+year|the\s+(?:previous|prior|preceding)\s+year|(?:19|20)\d\d)['’]s?\s+(?:same|corresponding)\s+period|"
      r"(?:from|over|than|compared\s+(?:to|with))\s+(?:the\s+|that\s+)?(?:[a-z]+\s+)?period\s+(?:of|in)\s+"
      r"(?:last\s+year|(?:19|20)\d\d)|"
      r"(?:compared\s+(?:to|with)|than(?:\s+in)?|from|over)\s+(?:that\s+of|the\s+same\s+period\s+of)"
      r"\s+(?:last\s+year|(?:19|20)\d\d)|"
      r"(?:compared\s+(?:to|with)|than(?:\s+in)?)\s+(?:last\s+year|(?:19|20)\d\d)|"
      # "a bigger role … compared with the last five years"
      # a share's whole of another time: "98.9 per cent of the annual volume recorded last year"
      # (a year's whole only, no figure in it: not "half of the 5 million tonnes recorded last year")
      r"(?<=\bof\s)the\s+(?:(?!\d)[\w-]+\s+){0,2}?(?:annual|full-year|whole-year|yearly|total)\s+"
      r"(?:(?!\d)[\w-]+\s+){0,2}?(?:recorded|registered|posted|reported|achieved|handled|seen)\s+"
      r"(?:last\s+year|in\s+(?:the\s+)?(?:previous|prior|preceding)\s+year|in\s+(?:19|20)\d\d)|"
      # (the phrase stops before "five years", which stays a figure)
      # (not "the last ten years' average", nor "the past three years, when …", which name a time)
      r"compared\s+(?:to|with)\s+(?:those\s+of\s+)?the\s+(?:past|last)(?=\s+\w+\s+years\b(?!['’]|\s*,\s*when\b))|"
      # "a 25.8 percent increase from that in 2020", "12,086 yuan higher than that in 2012"
      r"(?:compared\s+(?:to|with)|than|from|over)\s+(?:that|those)\s+in\s+(?:last\s+year|(?:19|20)\d\d)|"
      # "7.2 times that of 2003", "double those of 2010": "that of" points back, unless it is
      # a clause's subject with its verb ("…, and that of 2020 reached 6 billion yuan": 2020's)
      r"\b(?:that|those)\s+of\s+(?:last\s+year|(?:19|20)\d\d)"
      r"(?!,?\s+(?:was|were|is|are|reached|rose|grew|hit|fell|dropped|declined|increased|decreased|"
      r"totall?ed|stood|amounted|came|exceeded|topped|registered|recorded|saw|had)\b))")
def _base(m, anchor):
    return None, "base", False


@rule(r"since\s+(?:it|they|its\s+\w+)\s+(?:was|were|had\s+been)\s+(?:first\s+)?(?:inaugurated|founded|established|"
      r"launched|opened|held|set\s+up|started)\s+in\s+(?:19|20)\d\d")
def _compared_since(m, anchor):
    """"longer than any previous event since it was inaugurated in 1991": the years a
    comparison runs over, not the figure's time (when "than" comes before it in its clause)."""
    before = m.string[max(m.start() - 80, 0):m.start()]
    return (None, "base", False) if re.search(r"\bthan\b[^.;:]*$", before) else None


# ("in the six months, a rise of …", but not "in the six months to June", "the six months of 2020",
# "the six months ended …", "in the six months prior", whose time is their own or another's, nor "the
# coming months", no count of them)
@rule(rf"(?:in|during|over|for){_S}the{_S}(?:\w+-month{_S}period|(?:{'|'.join(_COUNTS)}){_S}months"
      rf"(?![\w-])(?!{_S}(?:of|to|ended|ending|through|until|till|since|from|before|after|ahead|between|prior|"
      rf"following|preceding|earlier|later|leading|that\s+followed)\b))")
def _months_named_before(m, anchor):
    """"During the 10-month period", "in the six months": the months the text named before; like a
    comparison base, it sends the figure back to the period named last."""
    return None, "base", False


# "up 20.6 percent on last year", "increasing 5.6 percent over the previous year", "revenues
# double over 2010": what a change is measured against. Only after a change's words: "over 2010"
# alone may be a count ("over 2010 firms"), "in the previous year" is a period.
_CHANGE_BEFORE = re.compile(r"(?:percent|per\s+cent|%|points?|double[ds]?|tripled?|times|up|down|"
                            r"increas\w*|decreas\w*|grow\w*|grew|growth|ris\w*|rose|f[ae]ll\w*|"
                            r"declin\w*|drop\w*|jump\w*|surg\w*)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


@rule(r"(?:over|on|against|of)\s+(?:the\s+)?(?:previous|preceding|prior)\s+year\b|on\s+last\s+year\b"
      r"|over\s+(?:19|20)\d\d(?!\d|[,.]\d)")
def _change_base(m, anchor):
    before = m.string[max(m.start() - 40, 0):m.start()]
    if not _CHANGE_BEFORE.search(before) or _PERIOD_BEFORE.search(before):
        return None  # "in December of the previous year": a month's year
    if m[0][:4].lower() == "over" and _COUNTED_AFTER.match(m.string, m.end()):
        return None  # "rose by over 2010 tons": a count
    return None, "base", False


# "… in June of", "the first quarter of": the year after them is the period's own.
_PERIOD_BEFORE = re.compile(rf"(?:{'|'.join(MONTHS)}|quarter|half|period|months)\s+$", re.IGNORECASE)
# A noun right after "over 2010" makes it a count ("over 2010 tons"), but not "over 2010 levels".
_COUNTED_AFTER = re.compile(r"\s+(?!levels?\b|figures?\b|numbers?\b|and\b|to\b|in\b|when\b|while\b|"
                            r"but\b|for\b|by\b|as\b|on\b|at\b)[a-z]")


# ("before the end of the last year": by its end, the text's "the last year" a year's name; not "Two
# months before the end of 2019", a time before it)
_NOT_A_SPAN_BEFORE = r"(?<!months\s)(?<!weeks\s)(?<!days\s)(?<!years\s)"
@rule(rf"(?:by|{_NOT_A_SPAN_BEFORE}before|as{_S}of|at|until|till|up{_S}to){_S}the{_S}end{_S}of{_S}"
      rf"(?:{_MONTH_RE}(?![\w]))?(?:\s*(?:of{_S})?(?:the{_S}(?=last{_S}year(?!{_S}of\b)))?{_YEAR_OR_REL})?")
def _by_end_of(m, anchor):
    year, inferred = _year_of(m, anchor)
    if not (m["month"] or m["year"] or m["rel"]):
        return None
    if year is None:
        return _UNRESOLVED
    inferred = inferred or not (m["year"] or m["rel"])  # "by the end of June": the anchor's year
    end = _ym(year, _month(m)) if m["month"] else f"{year:04d}"
    return f"../{end}", "cumulative", inferred


@rule(rf"(?:by|{_NOT_A_SPAN_BEFORE}before|as{_S}of|at|until|till|up{_S}to){_S}the{_S}end{_S}of{_S}the{_S}"
      rf"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th){_S}quarter|(?P<half>first|second){_S}half)"
      rf"(?:{_S}(?:of{_S})?{_YEAR_OR_REL})?")
def _by_end_of_quarter(m, anchor):
    """"As of the end of the first quarter of this year": all up to the quarter's last month."""
    year, inferred = _year_of(m, anchor)
    if year is None:
        return _UNRESOLVED
    month = 3 * _ORDINAL_QUARTERS[m["ord"].lower()] if m["ord"] else 6 if m["half"].lower() == "first" else 12
    return f"../{_ym(year, month)}", "cumulative", inferred


@rule(rf"(?:in{_S}|during{_S}|over{_S}|for{_S})?the{_S}(?:past|last)(?={_S}(?P<n>\w+){_S}years(?![\w-])(?!{_S}of\b))")
def _past_years(m, anchor):
    """"over the past five years" in a report of April 2008: the five whole years before it
    (2003-2007); in December, the report's own year is one of them ("over the past four years" in
    December 2010 is 2007-2010). The phrase stops before "five years", which stays a figure."""
    n = _count_of(m["n"])
    if not n or n > 50 or anchor is None:
        return None
    last = anchor.year if anchor.month == 12 else anchor.year - 1
    return f"{last - n + 1:04d}/{last:04d}", "period", True


@rule(rf"(?:in{_S}|during{_S}|over{_S}|for{_S}|within{_S})?the{_S}(?:next|coming)(?={_S}(?P<n>\w+){_S}years(?![\w-])(?!{_S}of\b))")
def _next_years(m, anchor):
    """"within the next five years" in a report of October 2015: a plan's five years from the
    report's own (2015-2019). The phrase stops before "five years", which stays a figure. Only in
    a sentence about a plan and with no year before it ("After the zone opened in 2008, its exports
    rose … in the next two years": those after 2008, unknown); years written beside it ("the next
    five years (2021-2025)") say them instead; a forecast over decades ("will need about 600
    helicopters in the coming 20 years") names no plan's span."""
    n = _count_of(m["n"])
    if not n or n > 50 or anchor is None or _YEARS_GIVEN.match(m.string, m.end()):
        return None
    sentence = _sentence_around(m.string, m.start(), m.end())
    if n > 10 and _FORECAST.search(m.string, *sentence):
        return _UNRESOLVED
    if re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", m.string[sentence[0]:m.start()]) \
            or not _PLANNED.search(m.string, *sentence):
        return _UNRESOLVED
    return f"{anchor.year:04d}/{anchor.year + n - 1:04d}", "target", True


_FORECAST = re.compile(r"\b(?:need|needs|forecasts?|forecast(?:ed|ing)|estimates?|estimated|predicts?|predicted|"
                       r"projected|demand)\b", re.IGNORECASE)
_YEARS_GIVEN = re.compile(r"\s+\w+\s+years\s*(?:\(|,|–|-|:)\s*(?:19|20)\d\d")
_PLANNED = re.compile(r"\b(?:will|would|shall|plans?|planned|planning|aims?|aimed|aiming|expects?|expected|"
                      r"targets?|intends?|is\s+to|are\s+to|set\s+to|going\s+to|hopes?|strives?|seeks?|"
                      r"strategy|goals?)\b", re.IGNORECASE)


# What will be, said before a month in its sentence ("will receive another 2 cruisers … in May";
# not "than expected", "were expected … but fell", "aimed at", nor a plan after the month)
_WILL_BE = re.compile(r"\b(?:will|shall|(?:plans?|aims?|intends?)\s+to|(?:is|are)\s+(?:expected|scheduled|set|due)\s+to"
                      r"|(?:is|are)\s+to)\b", re.IGNORECASE)


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end], cut at the full stops around it."""
    before = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    after = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    return before + 1, min(after) if after else len(text)


@rule(rf"(?:by|until|till){_S}(?:(?:early|mid|late){_S})?{_MONTH_RE}(?![\w])(?!{_S}\d)"
      rf"(?:,?{_S}(?:of{_S})?{_YEAR_OR_REL})?")
def _by_month(m, anchor):
    """"3.19 billion US dollars by late May", "By September of this year": all up to that month."""
    year, inferred = _year_of(m, anchor)
    if year is None:
        return _UNRESOLVED
    return f"../{_ym(year, _month(m))}", "cumulative", inferred or not (m["year"] or m["rel"])


@rule(rf"(?:in{_S}|during{_S}|over{_S}|for{_S})?the{_S}(?:past|last){_S}(?P<n>\w+){_S}"
      rf"(?P<unit>quarters|months)(?![\w-])(?!{_S}of\b)")  # not "the last three months of 2020"
def _past_months(m, anchor):
    """"In the past three quarters", "over the last nine months": the whole quarters or months
    before the one the document is dated in (written in October: January to September)."""
    n = _COUNTS.get(m["n"].lower())
    if not n:
        return None
    if anchor is None or anchor.month is None:
        return _UNRESOLVED
    quarters = m["unit"].lower() == "quarters"
    last = (anchor.month - 1) // 3 * 3 if quarters else anchor.month - 1  # 0: December before
    end = anchor.year * 12 + last - 1  # months counted from year 0, January = 0
    start = end - n * (3 if quarters else 1) + 1
    return f"{_counted_month(start)}/{_counted_month(end)}", "period", True


def _counted_month(months: int) -> str:
    """A month counted from January of year 0, as YYYY-MM."""
    year, month = divmod(months, 12)
    return _ym(year, month + 1)


@rule(rf"(?:in{_S}|during{_S})?(?:the{_S})?first{_S}(?P<n>two|three|2|3){_S}quarters"
      rf"(?:{_S}(?:of{_S})?{_YEAR_OR_REL})?")
def _first_quarters(m, anchor):
    year, inferred = _year_of(m, anchor)
    n = _COUNTS[m["n"].lower()]
    return (f"{_ym(year, 1)}/{_ym(year, 3 * n)}", "period", inferred) if year else _UNRESOLVED


@rule(rf"(?:in{_S}|during{_S})?(?:the{_S})?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
      rf"{_S}quarter(?:{_S}(?:of{_S})?{_YEAR_OR_REL})?")
def _quarter(m, anchor):
    year, inferred = _year_of(m, anchor)
    q = _ORDINAL_QUARTERS[m["ord"].lower()]
    return (f"{_ym(year, 3 * q - 2)}/{_ym(year, 3 * q)}", "period", inferred) if year else _UNRESOLVED


@rule(rf"(?<![\w-])(?:in{_S})?Q\s*(?P<q>[1-4])(?!\w)(?:{_S}(?:of{_S})?{_YEAR})?")
def _q(m, anchor):
    year, inferred = _year_of(m, anchor)
    q = int(m["q"])
    return (f"{_ym(year, 3 * q - 2)}/{_ym(year, 3 * q)}", "period", inferred) if year else _UNRESOLVED


# "in 2Q10", "1Q2024": the quarter and its year in one word (analysts' reports)
@rule(r"(?<![\w-])(?:in\s+)?(?P<q>[1-4])Q(?P<yy>\d\d(?:\d\d)?)(?![\w-])")
def _nq_yy(m, anchor):
    q, year = int(m["q"]), int(m["yy"])
    if len(m["yy"]) == 2:  # the century that puts it nearest the source's year ("2Q99" in 1999)
        near = anchor.year if anchor else 2000
        year = min((1900 + year, 2000 + year), key=lambda y: abs(y - near))
    if anchor and year > anchor.year + 1:
        return None  # (a model's name, "its 4Q50 model", no time)
    return f"{_ym(year, 3 * q - 2)}/{_ym(year, 3 * q)}", "period", False


@rule(rf"(?<![\w-])(?:in{_S})?H(?P<h>[12])(?:{_S}(?:of{_S})?{_YEAR})?(?!\w)")
def _h(m, anchor):
    year, inferred = _year_of(m, anchor)
    span = (1, 6) if m["h"] == "1" else (7, 12)
    return (f"{_ym(year, span[0])}/{_ym(year, span[1])}", "period", inferred) if year else _UNRESOLVED


@rule(rf"since{_S}the{_S}(?:beginning|start){_S}of{_S}(?:{_YEAR_OR_REL}|the{_S}year)")
def _since_the_year_began(m, anchor):
    """"…, reversing the downward trend since the beginning of this year": from January on (not
    this year's whole)."""
    year, inferred = _year_of(m, anchor)
    return (f"{_ym(year, 1)}/..", "period", inferred) if year else _UNRESOLVED


@rule(rf"since{_S}the{_S}(?P<half>first|second|1st|2nd){_S}half{_S}of{_S}{_YEAR_OR_REL}")
def _since_half(m, anchor):
    """"have been partially open since the second half of 2016 and have hosted 10 films": from
    then on, not the half-year alone."""
    year, inferred = _year_of(m, anchor)
    start = _ym(year, 1 if m["half"].lower() in ("first", "1st") else 7) if year else None
    return (f"{start}/..", "period", inferred) if start else _UNRESOLVED


# (a report's words without the article: "saw first half container throughput rise 3%", "in first
# half of 2017"; not "the first half-year", nor "a first half")
@rule(rf"(?:in{_S})?(?:the{_S}(?P<half>first|second|1st|2nd){_S}half|(?P<adj>first|second)-half"
      rf"|(?<!\bthe\s)(?<!\ba\s)(?P<bare>first|second){_S}half(?=\s+(?:of\b|[a-z]+\s))"
      # (no half of a century, an hour, a race: "its first half century", "the first half marathon")
      rf"(?!\s+(?:century|centuries|hour|marathon|decade|season|mile|day|week|month|inning)\b))"
      rf"(?:{_S}(?:of{_S})?{_YEAR_OR_REL})?")
def _half(m, anchor):
    year, inferred = _year_of(m, anchor)
    first = (m["half"] or m["adj"] or m["bare"]).lower() in ("first", "1st")  # "the city's first-half trade"
    span = (1, 6) if first else (7, 12)
    return (f"{_ym(year, span[0])}/{_ym(year, span[1])}", "period", inferred) if year else _UNRESOLVED


# ("in the first seven month this year": a typo for months; "in first 8 months of 2020": a
# headline's words, no article; not someone's own first months: "in his first three months in office")
@rule(rf"(?:in{_S})?(?:the{_S}|(?<!\b(?:its|his|her|our)\s)(?<!\btheir\s)(?<!\byour\s)(?<!\bmy\s)(?<!['’]s\s))"
      rf"first{_S}(?P<n>\w+){_S}months?"
      rf"(?:{_S}(?:of{_S})?{_YEAR_OR_REL})?")
def _first_months(m, anchor):
    year, inferred = _year_of(m, anchor)
    n = _COUNTS.get(m["n"].lower())
    if not n:
        return None
    return (f"{_ym(year, 1)}/{_ym(year, n)}", "period", inferred) if year else _UNRESOLVED


_SHORT_MONTHS = "|".join(sorted(set(MONTHS) | {m[:3] for m in MONTHS} | {"Sept"}, key=len,
                                 reverse=True))


@rule(rf"(?:from{_S})?(?P<m1>{'|'.join(MONTHS)}){_S}(?P<y1>(?:19|20)\d\d){_S}(?:to|through|till|until|-)"
      rf"{_S}(?P<m2>{'|'.join(MONTHS)}){_S}(?P<y2>(?:19|20)\d\d)(?!\d)")
def _months_of_two_years(m, anchor):
    """"From June 2018 to May 2019": the months between, across the turn of a year."""
    return f"{_ym(int(m['y1']), _month(m, 'm1'))}/{_ym(int(m['y2']), _month(m, 'm2'))}", "period", False


# "from July 15 to July16", "from July 30 to August 2, 2021": the days from one to the other,
# the month written again (a missing space before the day too); before the months' ranges, which
# would read "1 to July" of "from July 1 to July 5" as January to July
@rule(rf"(?:from|between){_S}{_MONTH_RE}{_S}(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?{_S}(?P<y1>(?:19|20)\d\d))?"
      rf"{_S}(?:to|and|through|till|until){_S}(?P<month2>{'|'.join(MONTHS)})\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
      rf"(?:,?{_S}{_YEAR})?")
def _days_across_months(m, anchor):
    first, last = _month(m), _month(m, "month2")
    turns = int(first > last)  # ("from December 30 to January 2": into the next year)
    if m["y1"]:
        start_year = int(m["y1"])
    elif m["year"]:
        start_year = int(m["year"]) - turns
    elif anchor:
        start_year = _past_month_year(anchor.year, first, anchor, m)
    else:
        return _UNRESOLVED
    return (f"{_ym(start_year, first)}-{int(m['d1']):02d}/{_ym(start_year + turns, last)}-{int(m['d2']):02d}",
            "event", not (m["y1"] or m["year"]))


# "from January to April", "Jan-Apr", and "January to April" with no "from" (full names only:
# "Jan to" may be no month)
@rule(rf"(?:(?:from|between){_S}(?P<m1>{_SHORT_MONTHS}){_S}(?:to|and|through|till|until)"
      rf"{_S}(?P<m2>{_SHORT_MONTHS})|(?P<m3>{_SHORT_MONTHS})\.?\s*[-–]\s*(?P<m4>{_SHORT_MONTHS})\.?"
      rf"|(?P<m5>{'|'.join(MONTHS)}){_S}(?:to|through|till|until){_S}(?P<m6>{'|'.join(MONTHS)})"
      # ("in 1 to June this year": the first month to June, as a translated release puts it)
      rf"|(?<![\w.,])1{_S}(?:to|-|–){_S}(?P<m7>{'|'.join(MONTHS)}))"
      rf"(?![\w])(?:{_S}(?:period{_S})?(?:of{_S})?{_YEAR_OR_REL})?")
def _month_range(m, anchor):
    year, inferred = _year_of(m, anchor)
    if not (m["year"] or m["rel"]):
        inferred = True
    first = _MONTH_NUMBERS[(m["m1"] or m["m3"] or m["m5"] or "January").lower()]
    last = _MONTH_NUMBERS[(m["m2"] or m["m4"] or m["m6"] or m["m7"]).lower()]
    if year and not (m["year"] or m["rel"]):  # the latest such months up to the source's date
        year = _past_month_year(year, last, anchor)
    return (f"{_ym(year, first)}/{_ym(year, last)}", "period", inferred) if year else _UNRESOLVED


@rule(rf"(?:from|between|for){_S}(?P<y1>(?:19|20)\d\d){_S}(?:to|and|through|till|until|-)"
      rf"{_S}(?P<y2>(?:19|20)\d\d)(?!\d)|\((?P<y3>(?:19|20)\d\d)\s*[-–]\s*(?P<y4>(?:19|20)\d\d)\)")
def _year_range(m, anchor):
    first, last = (m["y1"], m["y2"]) if m["y1"] else (m["y3"], m["y4"])
    return f"{first}/{last}", "period", False


@rule(rf"as{_S}of{_S}(?:(?P<month>{'|'.join(MONTHS)}){_S})?{_YEAR}")
def _as_of(m, anchor):
    end = _ym(int(m["year"]), _month(m)) if m["month"] else m["year"]
    return f"../{end}", "cumulative", False


@rule(rf"(?:since|from|starting{_S}from){_S}(?:(?P<month>{'|'.join(MONTHS)}){_S}"
      rf"(?P<mday>\d{{1,2}}),?\s*)?(?:{_MONTH_RE.replace('month', 'month2')}{_S})?{_YEAR_OR_REL}")
def _since(m, anchor):
    year, inferred = _year_of(m, anchor)
    if year is None:
        return _UNRESOLVED
    start = f"{year:04d}"
    if m["month"] and m["mday"]:
        start = f"{_ym(year, _month(m))}-{int(m['mday']):02d}"
    elif m["month2"]:
        start = _ym(year, _month(m, "month2"))
    return f"{start}/..", "period", inferred


@rule(rf"since{_S}(?:(?:early|late|mid)[-\s]+)?{_MONTH_RE}(?![\w-])(?!,?{_S}(?:of{_S})?(?:\d|(?:this|last|next)\b))")
def _since_month(m, anchor):
    """"losing money since January" in a report of November 2008: from that month on, open
    (the latest such month up to the source's date)."""
    if m["month"][0].islower():
        return None  # ("since may": no month)
    year, _ = _year_of(m, anchor)
    if year is None:
        return _UNRESOLVED
    year = _past_month_year(year, _month(m), anchor, m)
    return f"{_ym(year, _month(m))}/..", "period", True


@rule(rf"since{_S}(?:its|the|their){_S}\w+{_S}in{_S}(?:(?P<month>{'|'.join(MONTHS)}){_S})?{_YEAR}")
def _since_event(m, anchor):
    start = _ym(int(m["year"]), _month(m)) if m["month"] else m["year"]
    return f"{start}/..", "period", False


@rule(rf"since{_S}(?:(?:it|they|its|the|their)\b[^\d,.;:()]{{0,40}}?{_S})?on{_S}{_MONTH_RE}{_S}(?P<mday>\d{{1,2}})"
      rf"(?:,\s*{_YEAR})?")  # "since it began operations on May 29, 2015"
def _since_day(m, anchor):
    year, inferred = _year_of(m, anchor)
    if year is None:
        return _UNRESOLVED
    return f"{_ym(year, _month(m))}-{int(m['mday']):02d}/..", "period", inferred


# "as of Tuesday this year" in a dispatch of Wednesday 7 December: up to the Tuesday before
@rule(rf"as{_S}of{_S}(?-i:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
      rf"(?:{_S}this{_S}year)?")
def _as_of_weekday(m, anchor):
    if anchor is None or not (anchor.month and anchor.day):
        return _UNRESOLVED
    said = datetime.date(anchor.year, anchor.month, anchor.day)
    back = (said.weekday() - WEEKDAYS.index(m["weekday"])) % 7 or 7
    return f"../{(said - datetime.timedelta(days=back)).isoformat()}", "cumulative", True


# a month's name or its abbreviation with its full stop ("as of Dec. 6")
_MONTH_OR_ABBR = rf"(?P<month>{'|'.join(MONTHS)}|{_ABBREVIATED}\.)"


@rule(rf"(?:by|as{_S}of|until|till|up{_S}to){_S}{_MONTH_OR_ABBR}{_S}(?P<mday>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?"
      rf"(?:\s*,\s*{_YEAR})?")
def _by_day(m, anchor):
    """"exceeded 200 million tons by September 30": all up to that day."""
    year, inferred = _year_of(m, anchor)
    if year is None:
        return _UNRESOLVED
    return f"../{_ym(year, _month(m))}-{int(m['mday']):02d}", "cumulative", inferred


@rule(rf"(?P<by>by|until|till){_S}{_YEAR}")
def _by_year(m, anchor):
    return m["year"], "target", False


# "during the three-day Dragon Boat Festival holiday that ended on June 24", "During the seven-day
# Spring Festival holiday, which began on Jan 31": the days it lasted, not its last or first one (the phrase starts after "three-day", which stays a figure: how long it lasted)
@rule(rf"(?<![\w'’-])(?:(?!(?:[\w'’-]*-)?day\b)[\w'’-]+{_S}){{0,5}}?(?:holiday|festival|break|fair|expo|event|period),?{_S}"
      rf"(?:that|which){_S}(?P<way>ended|closed|concluded|began|started|opened){_S}(?:on{_S})?"
      rf"(?P<month>{'|'.join(MONTHS)}|{_ABBREVIATED}\.?){_S}(?P<mday>\d{{1,2}})(?!\d)"
      rf"(?:\s*,\s*{_YEAR})?")
def _days_around(m, anchor):
    lasted = _LASTED.search(m.string, max(m.start() - 20, 0), m.start())
    days = lasted and _count_of(lasted["n"])
    year, inferred = _year_of(m, anchor)
    if not days or year is None:
        return None
    day = datetime.date(year, _month(m), int(m["mday"]))
    span = datetime.timedelta(days=days - 1)
    start, end = (day, day + span) if m["way"] in ("began", "started", "opened") else (day - span, day)
    return f"{start.isoformat()}/{end.isoformat()}", "event", inferred


_LASTED = re.compile(r"(?P<n>\w+)-day[\s\u3000]+$")


@rule(rf"(?:from{_S}|between{_S})?{_MONTH_RE}{_S}(?P<d1>\d{{1,2}})\s*(?:to|-|–|and)\s*"
      rf"(?P<d2>\d{{1,2}})(?!\d)(?:,?{_S}{_YEAR})?")
def _day_range(m, anchor):
    year, inferred = _year_of(m, anchor)
    if year is None:
        return _UNRESOLVED
    month = _ym(year, _month(m))
    return f"{month}-{int(m['d1']):02d}/{month}-{int(m['d2']):02d}", "event", not m["year"]


@rule(rf"(?:on{_S})?{_MONTH_RE}{_S}(?P<mday>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:\s*,\s*{_YEAR})?")
def _day(m, anchor):
    year, inferred = _year_of(m, anchor)
    if year is None:
        return _UNRESOLVED
    return f"{_ym(year, _month(m))}-{int(m['mday']):02d}", "event", not m["year"]


# "in Nov.": a month abbreviated, its full stop after it (capitalised: "in Mar." is no verb)
@rule(rf"(?:in|during|for){_S}(?-i:(?P<abbr>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.(?=[\s,;]|$)")
def _month_abbreviated(m, anchor):
    year, _ = _year_of(m, anchor)
    month = next(number for name, number in _MONTH_NUMBERS.items() if name.startswith(m["abbr"].lower()[:3]))
    return (_ym(_past_month_year(year, month, anchor, m), month), "period", True) if year else _UNRESOLVED


# ("started construction in December, 2015": a comma may part the month from its year; not from a
# count after it, "In May, 2000 workers joined")
@rule(rf"(?:(?P<last>last){_S})?(?:(?:early|late|mid)[-\s]+)?{_MONTH_RE}"
      rf"(?:(?:,(?={_S}(?:19|20)\d\d(?!\d)(?!\s+(?:[a-z][\w-]*\s+)?[a-z]+s\b)))?{_S}(?:of{_S})?{_YEAR_OR_REL})?(?![\w-])")
def _month_year(m, anchor):
    if m["month"][0].islower() and not (m["year"] or m["rel"]):
        return None  # "may", "march" as verbs
    year, inferred = _year_of(m, anchor)
    if not (m["year"] or m["rel"]):
        inferred = True
        # "last December"; "in November" said in January
        year = year - 1 if year and m["last"] else _past_month_year(year, _month(m), anchor, m) if year else year
    return (_ym(year, _month(m)), "period", inferred) if year else _UNRESOLVED


# (not "surpassing the previous years' visitor numbers": years compared with, no period)
# ("last year`s volume", with a backtick for the apostrophe, is as "last year's")
@rule(rf"(?:in{_S}|during{_S}|for{_S})?(?:the{_S}(?:whole{_S}|full{_S}|entire{_S})?)?{_REL}(?!s['’`´])(?![`´]s)")
def _relative_year(m, anchor):
    if " ".join(m["rel"].lower().split()) == "the same":
        return None  # "In the same year": the year named before, not the source's (candidates.py)
    year, inferred = _year_of(m, anchor)
    if year is None:
        return _UNRESOLVED
    if m["rel"].lower().startswith("next"):
        return f"{year:04d}", "target", True
    return f"{year:04d}", "period", True


@rule(rf"as{_S}(?:early|late){_S}as{_S}(?:in{_S})?{_YEAR}")
def _as_early_as(m, anchor):  # "As early as 2018, Qingdao's automobile production first exceeded …"
    return m["year"], "period", False


# ("in fiscal 2016", "FY2016": a company's financial year, printed as the year it is named for; not
# "FY2016/17", a financial year across two years)
@rule(rf"(?:(?:in|during|for|of){_S}(?:the{_S}(?:whole{_S}|full{_S}|entire{_S}|fiscal{_S})?year{_S}(?:of{_S})?)?"
      rf"|(?<![\w-])(?:(?:in|during|for|of){_S})?(?:fiscal{_S}(?:year{_S})?|FY(?:{_S})?)(?=\d{{4}}(?!/\d))){_YEAR}")
def _in_year(m, anchor):  # "in 2017", "for the year 2017", "in the whole year of 2017"
    return m["year"], "period", False


@rule(rf"(?:in|during|for|of){_S}the{_S}{_YEAR}{_S}(?:fiscal|financial){_S}year(?![\w-])")
def _in_a_named_fiscal_year(m, anchor):  # "In the 2016 fiscal year"
    return m["year"], "period", False


# "during the 2024 Spring Festival holiday", "the 2023 May Day holiday": a week or so of that
# year, whose days the text does not give; printed as the year it would read as the year's total
@rule(rf"(?:in|during|over|for){_S}the{_S}{_YEAR}{_S}(?:[A-Z][\w'’-]*{_S}){{1,3}}"
      rf"(?:[Hh]oliday|[Ff]estival|[Gg]olden{_S}[Ww]eek|[Ss]eason)s?")
def _holiday_of_a_year(m, anchor):
    return _UNRESOLVED


# … and one with no year ("over the Spring Festival holiday", "during the Golden Week"): its days
# are not given either (not a festival's name: "the Qingdao International Beer Festival"; nor one whose days
# follow: "during the National Day holiday from October 2 to 8")
@rule(rf"(?:in|during|over|for|throughout){_S}the{_S}(?:(?:Spring|Mid-Autumn|Lantern|Dragon{_S}Boat|Qingming|"
      rf"National{_S}Day|May{_S}Day|Labor{_S}Day|Labour{_S}Day|New{_S}Year(?:['’]s)?(?:{_S}Day)?|Chinese{_S}New{_S}Year|"
      rf"Lunar{_S}New{_S}Year){_S}(?:festival{_S})?(?:holidays?|festival|break|golden{_S}week)"
      rf"|golden{_S}week(?:{_S}holidays?)?)(?![\w-])"
      rf"(?![\s,(]+(?:(?:from|between|on|of){_S})?(?:{'|'.join(MONTHS)}){_S}\d|[\s,(]+(?:from|between){_S}\d)")
def _holiday(m, anchor):
    return _UNRESOLVED


@rule(r"(?:so|thus)\s+far|to\s+date|up\s+(?:to|till|until)\s+(?:now|today)|by\s+now|as\s+of\s+(?:now|today)"
      r"|until\s+(?:now|today)|cumulatively|in\s+total\s+so\s+far")
def _to_date(m, anchor):
    return (f"../{anchor.text}", "cumulative", True) if anchor else (None, "cumulative", True)


# ("today boasts a capacity of …": now; not "today's", which names the present day's things)
# ("Haier said today that …" dates the statement, not the figures it reports)
@rule(r"(?<![\w-])(?:currently|at\s+present|presently|now|nowadays|(?<!said\s)(?<!says\s)(?<!announced\s)"
      r"(?<!reported\s)today(?!\s+(?:said|says|announced|reported|that)\b)|at\s+the\s+moment|as\s+of\s+now"
      r"|the\s+current(?=\s+(?:[$€£¥]\s?)?\d))"  # "rise from the current 50 million yuan"
      r"(?![\w'’-])")
def _now(m, anchor):
    return (anchor.text, "point", True) if anchor else (None, "point", True)


_WEAK = {_to_date, _now}
_COMPILED = [(re.compile(p, re.IGNORECASE), h) for p, h in _RULES]

# Every time phrase holds one of these words; the rules only run near them, which makes the
# scan of a long text several times faster than running every rule over all of it.
_TRIGGERS = re.compile(
    r"(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?<!\d)(?:19|20)\d\d"
    r"|year|quarter|half|months?|\b[qh]\s?[1-4]\b|\b[1-4]q\d\d|\bfar\b|\bdate\b|\bnow|current|present"
    r"|moment|today|cumulatively|holiday|festival|golden\s+week)")
_REACH = 60  # how far a phrase may extend on either side of its trigger word


def find_time_phrases(text: str, anchor: Anchor | None) -> list[TimePhrase]:
    """Every time phrase of the text, left to right; where two overlap, the earlier rule (the
    more specific one) wins."""
    segments = _segments(text)
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping spans already claimed
    phrases = []
    for pattern, handler in _COMPILED:
        for lo, hi in segments:
            for m in pattern.finditer(text, lo, hi):
                if _overlaps(taken, m.start(), m.end()):
                    continue
                if _STAMP.search(text, max(m.start() - 20, 0), m.start()):
                    bisect.insort(taken, (m.start(), m.end()))  # the page's own date, no figure's
                    continue
                result = handler(m, anchor)
                if result is None:
                    continue
                period, kind, inferred = result
                strength = 1 if handler in _WEAK else 2
                bisect.insort(taken, (m.start(), m.end()))
                phrases.append(TimePhrase(m.start(), m.end(), period, kind, inferred, strength))
    return sorted(phrases, key=lambda p: p.start)


# A page's date stamp: "|chinadaily.com.cn |Updated: February 20, 2024", "Written: 2012-05-07"
# (the page's date line, which a paragraph after it without a full stop between runs into)
_STAMP = re.compile(r"(?i:updated|published|posted|written|released|release\s+date|date)\s*:\s*$")


def _segments(text: str) -> list[tuple[int, int]]:
    """Merged windows of text around trigger words."""
    segments: list[list[int]] = []
    for m in _TRIGGERS.finditer(text):
        lo, hi = max(m.start() - _REACH, 0), min(m.end() + _REACH, len(text))
        if segments and lo <= segments[-1][1]:
            segments[-1][1] = hi
        else:
            segments.append([lo, hi])
    return [(lo, hi) for lo, hi in segments]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (start, start))
    return any(s < end and e > start for s, e in spans[max(i - 1, 0):i + 1])
