"""Spans of text that hold digits but never a quantity: phone numbers, dates, times of day,
registration and page numbers, list numbering, web addresses.

These are found with patterns over the whole text before quantities are judged; a figure that
overlaps one of them is dropped. Judgements that need the figure itself (a year, a number in a
name such as "Fortune Global 500") are made by the extractor.
"""

from __future__ import annotations

import bisect
import re

MONTHS = ("January February March April May June July August September October November "
          "December").split()
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH = r"(?:%s)" % "|".join(MONTHS + ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
                                         "Sept", "Sep", "Oct", "Nov", "Dec"])
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"

# an amount's unit after a number with two decimals: "at 11.50 percent", "at 12.34%", "at 10.05
# percentage points", "at 14.92 yuan", "at 23.50 US dollars", "at 10.20 RMB" (no clock; "GMT" is one)
_NOT_A_CLOCK = (r"\s*(?:%|(?!(?:GMT|UTC|BJT|CST|AM|PM)\b)[A-Z]{2,}\b|(?:[A-Z][\w.]*\s+){0,2}dollars?\b"
                r"|(?:percent\w*|per\s+cent|million|billion|thousand|trillion|yuan|euros?|yen|won|"
                r"pounds?|cents?|tons?|tonnes?|times|km|kg|sq|kilo\w*|met(?:er|re)s|square|hectares|points?|mln|bln|per)\b)")

_DEGREES = r"(?<![\w.,])\d{1,3}(?:\.\d+)?\s*°(?:\s*\d{1,2}(?:\.\d+)?\s*[′'’])?(?:\s*\d{1,2}(?:\.\d+)?\s*[″\"”])?"

_PATTERNS = [
    # a standard's number: "ISO 9001 certification", "ISO/TS 16949", "GB 18352.6-2016"
    r"(?<![\w-])(?:ISO(?:/(?:IEC|TS))?|IEC|GB(?:/T)?|EN|OHSAS|IATF)[ \t]?\d{3,5}(?:[.:-]\d{1,4})*(?!\w|\.\d)",
    # (+86) 0532-68873099, +86-531-89013333, 0532-68873099
    r"(?:\(\s*\+?\d{1,3}\s*\)|\+\d{1,3})[\s-]*\d[\d\s-]{5,}\d",
    r"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)",
    r"(?<![\w.,-])\d{2,4}-\d{3,4}-\d{4}(?![\w-])",  # 400-123-4567
    # street addresses: "99 Yan'an Third Road", "6 Middle Hong Kong Road"
    r"(?<![\w.,])\d{1,5}[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,4}(?:Road|Street|Avenue|Rd|St|Ave|Lane|"
    r"Boulevard|Blvd|Highway)\b",
    # 2018-05-14 01:58:11, 2021/03/12
    r"(?<!\d)\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?!\d)",
    # a month of a year, as a page's date line gives it, or two years: "2023-05", "in 2009-10"
    # (not a range of amounts: "2000-10,000 yuan")
    r"(?<![\d-])(?:19|20)\d\d[-–/]\d\d(?![\d-]|,\d|\s*(?:%|percent|per\s+cent))",
    # 9:00am, 5:00 pm, 7pm, 9 am, 14:30
    r"(?<![\w.])\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)",
    r"(?<![\w.:])\d{1,2}:\d{2}(?!\d)",
    # a time of day written with a dot after "at" or between two: "at 11.00 on December 16",
    # "between 06.30 and 21.30" (not "at 11.5 percent")
    rf"(?<=\bat\s)(?:[01]?\d|2[0-4])\.[0-5]\d(?![\d.,]|{_NOT_A_CLOCK})"
    rf"|\bbetween\s+(?:[01]?\d|2[0-4])\.[0-5]\d\s+and\s+(?:[01]?\d|2[0-4])\.[0-5]\d(?![\d.,]|{_NOT_A_CLOCK})",
    # May 29, March 12,2019, May 24 to 26, June 2-7
    rf"\b{_MONTH}\.?\s+{_DAY}(?:\s*(?:-|–|to|and)\s*{_DAY})?(?:\s*,\s*\d{{4}}(?!\d))?",
    # 29 May 2019
    rf"(?<![\d,.])\d{{1,2}}\s+{_MONTH}\b(?:\s*,?\s*\d{{4}}(?!\d))?",
    # ICP Registered No. 12013505, Tel: ..., No.3
    r"\b(?:No|Nos|NO|Tel|Fax|Zip|P\.O\. Box|Box|Room|Rm|Suite)\.?\s*:?\s*\d[\d-]*",
    r"\bICP\b[^\n]{0,40}?\d+",
    # page numbers and page furniture: "Page 10", "075074" (codes start with a zero)
    r"\b[Pp](?:age|p?\.)\s*\d+(?:-\d+)?",
    r"(?<![\w.,])(?<!\d['’])0\d+(?![\w.,])",  # (not a thousands group: "24'000 sqm"; "Jan-Nov '06" is)
    # list numbering at the start of a line: "1. Accelerating", "2) ...", and run on into the
    # item as a translated release prints it: "1.The city's GDP …"
    r"(?<![^\n])[ \t\u3000]*\d{1,2}[.)](?=[ \t\u3000]+\S|[A-Z][a-z])",
    # web addresses and e-mail
    r"\b(?:https?://|www\.)\S+",
    r"\b[\w.-]{1,64}@[\w-]+\.[\w.]+",  # a mailbox's name is at most 64 characters
    # page views: "Today/Total Visits : 0/98", or a bare count after a page's time stamp at its
    # line's end: "2017-12-30 20:10:34 1048"
    r"\bVisits?\s*:?\s*[\d/]+",
    r"(?<=\d\d:\d\d\s)\d+(?=[ \t]*(?:\n|$))",
    # a plan's name: "the 11th Five-Year Plan", "the 14th five-year plan period", "the city's
    # 12th five-year development plan"
    r"\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Tt]en|\d{1,2})-[Yy]ear\s+(?:[a-z]+\s+){0,2}[Pp]lan\b",
    # a container's size class: "41 40-foot containers", "20-ft boxes", "40-feet high cube
    # containers", "40-foot and 20-foot containers" (no length of anything); "20-foot
    # equivalent units" are TEU, a unit
    r"(?<![\w.,-])\d{2}-(?:foot|feet|ft)(?=(?:\s+(?:and|or)\s+\d{2}-(?:foot|feet|ft))?"
    r"\s+(?:[a-z-]+\s+){0,2}(?:containers?|boxes|box|reefers?)\b)",
    # a terminal's, a berth's or a port's class of size: "the 300,000-ton ore terminal", "50,000-ton
    # general-purpose facilities", "10-million-ton ports", "another 300 million-ton harbor", and
    # ships a place can take: "berths capable of handling 10,000-ton ships", "giving birth to
    # 400,000 Dwt Valemax bulk carriers" (no amount of anything; ships built or sailing are:
    # "two 210,000-tonne bulk carriers")
    r"(?<![\w.,-])\d[\d,]*(?:\.\d+)?(?:(?:[-\s](?:million|billion))?-(?:metric-)?(?:tons?|tonnes?)|[-\s](?:dwt|DWT|Dwt))"
    r"(?=\s+(?:(?!(?:of|at|in|to|for|from|by|on|with|and|or|a|an|the)\b)[A-Za-z-]+\s+){0,3}"
    r"(?:terminals?|berths?|ports|harbou?rs?|docks?|wharfs?|wharves|facilities|facility)\b)",
    r"(?:(?<=\bhandling\s)|(?<=\bhandle\s)|(?<=\bhandles\s)|(?<=\baccommodate\s)|(?<=\baccommodating\s)"
    r"|(?<=\breceive\s)|(?<=\breceiving\s)|(?<=\bserve\s)|(?<=\bserving\s)|(?<=\bto\s))"
    r"\d[\d,]*(?:-(?:metric-)?(?:tons?|tonnes?)|[-\s](?:dwt|DWT|Dwt))"
    r"(?=\s+(?:(?!(?:of|at|in|to|for|from|by|on|with|and|or|a|an|the)\b)[A-Za-z-]+\s+){0,3}(?:ships|vessels|carriers)\b)",
    # "stand on its own two feet": no length
    r"\bown\s+two\s+feet\b",
    # a speed, which no unit of the store measures: "more than 25 nautical miles per hour", "350
    # km/h", "a 350-km-per-hour train", "20 knots", "60 mph" (not a rate of goods or people: "36,000
    # tons per hour", "3,000 passengers per hour" keep their unit)
    r"(?<![\w.,$¥€£])\d[\d,.]*[\s-]*(?:km|kilomet(?:er|re)s?|(?:nautical[\s-]+|statute[\s-]+)?miles?|met(?:er|re)s?|m)"
    r"(?:\s*/\s*(?:h|hr|hour|s)\b|[\s-]+(?:per|an?)[\s-]+(?:hour|second)\b)",
    r"(?<![\w.,])\d[\d,.]*[\s-]*(?:kph|mph|km/h|kmh|knots?)(?![\w/])",
    # how often words are said or a name shows: "the word "Qingdao" is mentioned more than 10 times
    # throughout the report", "cited 5 times" (no amount of anything the city has or does)
    r"\b(?:mentioned|cited|quoted|referred\s+to|named)\s+(?:for\s+)?(?:(?:more\s+than|over|about|nearly|some|at\s+least|"
    r"as\s+many\s+as)\s+)?(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of)\s+times\b"
    r"|once\b|twice\b)",
    # a latitude or longitude, or a range of them: "36°41′~37°35′N", "121°11′E" (a temperature
    # has its C or F: "12.5°C" stays a figure)
    rf"{_DEGREES}(?:\s*[~～–-]\s*{_DEGREES})?\s*[NSEW](?![A-Za-z])",
]
NOISE_RE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))


class NoiseSpans:
    """The noise spans of a text, with a quick overlap test."""

    def __init__(self, text: str):
        self.spans = [(m.start(), m.end()) for m in NOISE_RE.finditer(text)]
        self._starts = [s for s, _ in self.spans]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self.spans[i][1] > start
