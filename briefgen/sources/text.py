"""Plain text and Markdown: the text as it is, with the first line as a title and a date line
near the top ("Updated: 2016-05-24", "POSTED: October 15, 2007") as its publication date."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from pathlib import Path

from briefgen.errors import BriefgenWarning, ExtractError
from briefgen.sources.model import SourceText
from briefgen.sources.normalise import plain_text

TITLE_CHARS = 200  # a longer first line is a paragraph, not a title
DATE_LINES = 5  # lines from the top a date line may be on
SOURCE_LAST_LINES = 2  # lines from the end a "Source: …" line may be on
DATE_LINE_WORDS = 12  # more words besides the date is a sentence, not a date line

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# a month's name or its abbreviation, never a word that starts like one ("Mayor", "Marine"), in
# capitals too ("Beijing Review | NO. 9 MARCH 2, 2017")
_MONTH_NAMES = (r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")
_MONTH = rf"(?P<mon>{_MONTH_NAMES})"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
# one full date: 2016-05-24, 2012/10/09, "July 11, 2022", "October 15,2007", "11 July 2022"; a
# byline run on into it as pasted from a page ("May 06, 2021Byiqingdao") ends no date
_DATE = re.compile(rf"(?<![\d/.-]){_YEAR}[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}})(?![\d/.-])"
                   rf"|\b{_MONTH}\s+(?P<d2>\d{{1,2}}),\s*(?P<y2>(?:19|20)\d\d)(?!\d)"
                   rf"|\b(?P<d3>\d{{1,2}})\s+(?P<mon3>{_MONTH_NAMES}),?\s+"
                   rf"(?P<y3>(?:19|20)\d\d)(?!\d)")


# A full stop that ends a sentence, not an abbreviation a headline may end with ("Haier opens
# plant in U.S.", "… joins Hisense Co.")
_ENDS_A_SENTENCE = re.compile(r"(?<!\b[A-Z])(?<!\bCo)(?<!\bLtd)(?<!\bInc)(?<!\bCorp)\.$")


# "Updated: 2016-04-28" closing a byline of any length
_STAMP = re.compile(r"\b(?:Updated|Published|Posted|Released)\s*:?\s*$", re.IGNORECASE)
# a line that gives a date and nothing else, a real day or not ("Updated: 9999-99-99", "2021-02-30")
_DATE_SHAPED = re.compile(r"(?:(?:Updated|Published|Posted|Released)\s*:?\s*)?\d{1,4}[-/.]\d{1,2}"
                          r"[-/.]\d{1,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?", re.IGNORECASE)


def read(path: Path) -> SourceText:
    from briefgen.facts.extract.inputs import read_text
    text = plain_text(read_text(path, lambda message: warnings.warn(message, BriefgenWarning)))
    if not text.strip():
        raise ExtractError("the file holds only blank lines", path=path)
    dated = date_line(text)
    notes = {"outlet": "plain text names no publisher; give the outlet",
             "url": "plain text has no address"}
    outlet, url, when, line = _source_line(text)
    if outlet:
        notes["outlet"] = f"read from the line {line!r}: check it"
    if url:
        notes["url"] = f"read from the line {line!r}"
    if when and not dated:
        dated = (when, line)
    title = _title(text)
    notes["title"] = "taken from the first line" if title else "the first line is not a title"
    if dated:
        notes["date"] = f"read from the date line {dated[1]!r}: check it"
    elif unreal := next((line for line in _top_lines(text) if _DATE_SHAPED.fullmatch(line)), None):
        notes["date"] = (f"the date line {unreal!r} near the top is no possible publication date; "
                         "give the publication date")
    else:
        notes["date"] = "plain text has no date property and no date line; give the publication date"
    return SourceText(text, "text", title=title, date=dated[0] if dated else None, outlet=outlet, url=url,
                      notes=notes)


# "Source: Global Times, 2023-05, https://…", "From: Xinhua": a line naming the publisher (a name
# closed by a comma, a bar or the line's end, written with a capital, in camel case, "eFeedLink",
# or as a web address, "permcitybro.com"; not "Source:  View: 275 Date: …")
_SOURCE_LINE = re.compile(r"(?:Source|From|Publisher)\s*:\s*(?P<outlet>(?:[A-Z]|[a-z]{1,3}[A-Z]|(?:[a-z][\w-]*\.)+"
                          r"(?:com|net|org|info|cn|gov|edu|int|io|co|uk|de|jp|kr|sg|hk|ru|kz|pk|in|au|nz|eu)\b(?![@.\w]))"
                          r"[^,;|():\n]{0,60}?(?:\s*\([^()\n]{1,80}\))?)"
                          r"\s*(?:[,|;]|$)")
# a month or a year the line gives when it has no full date: "…, 2017-02, https://…"
_MONTH_OR_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?:-(0[1-9]|1[0-2]))?(?![\d/.-])")
_ADDRESS = re.compile(r"https?://\S+")


def _source_line(text: str) -> tuple[str | None, str | None, str | None, str | None]:
    """(outlet, address, date, the line) of a "Source: …" line near the top or closing the text
    (the date its day, else its month or year)."""
    line = next((line for line in _top_lines(text) + _last_lines(text) if _SOURCE_LINE.match(line)), None)
    if line is None:
        return None, None, None, None
    address = _ADDRESS.search(line)
    return (_SOURCE_LINE.match(line)["outlet"], address[0].rstrip(".,;)") if address else None,
            _date_in(_ADDRESS.sub("", line)), line)


def _date_in(line: str) -> str | None:
    """The one full date a line gives ("…, 2020-04-08, …"), else its month or year ("2017-02")."""
    days = [day for day in map(_day, _DATE.finditer(line)) if day is not None]
    if len(days) == 1:
        return days[0].isoformat()
    when = _MONTH_OR_YEAR.search(line)
    return "-".join(filter(None, when.groups())) if when else None


def _last_lines(text: str) -> list[str]:
    """The last lines that are not blank (a "Source: Xinhua" line often closes an article)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return lines[-SOURCE_LAST_LINES:]


def _top_lines(text: str) -> list[str]:
    """The first lines that are not blank, without Markdown's heading marks."""
    lines = (line.lstrip("# ").strip() for line in text.split("\n"))
    return [line for line in lines if line][:DATE_LINES]


def _title(text: str) -> str | None:
    """The first line near the top that is no date line ("Wednesday, June 13, 2001, updated at
    08:10" or "Updated: 9999-99-99" above the title), if it reads as a title: short, no sentence."""
    first = next((line for line in _top_lines(text)
                  if not (date_line(line) or _DATE_SHAPED.fullmatch(line))), "")
    return first if 0 < len(first) <= TITLE_CHARS and not _ENDS_A_SENTENCE.search(first) else None


def date_line(text: str) -> tuple[str, str] | None:
    """(ISO date, the line) of the first line near the top that states one full date and little
    else (a byline, a time, an outlet: no sentence), or None."""
    for line in text.split("\n")[:DATE_LINES]:
        line = line.strip()
        found = list(_DATE.finditer(line))
        stamped = len(found) == 1 and _STAMP.search(line[:found[0].start()])
        if len(found) != 1 or line.endswith(".") or (not stamped and len(
                (line[:found[0].start()] + line[found[0].end():]).split()) > DATE_LINE_WORDS):
            continue
        day = _day(found[0])
        if day is not None:
            return day.isoformat(), line
    return None


def _day(m: re.Match) -> dt.date | None:
    if m["y"]:
        year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    else:
        name = (m["mon"] or m["mon3"])[:3].lower()
        year, month, day = int(m["y2"] or m["y3"]), _MONTHS.index(name) + 1, int(m["d2"] or m["d3"])
    try:
        day = dt.date(year, month, day)
    except ValueError:  # "2012/13/40" is no day
        return None
    return day if day.year <= dt.date.today().year + 1 else None  # no publication date ahead
