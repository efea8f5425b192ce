"""Words and numbers as a chart prints them: periods, units, scaled values, growth labels.

Values are rounded for reading only (at most two decimals, half up, from the exact Decimal);
the qualifier a source gives ("more than", "about") is never dropped.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from briefgen.facts.model import CURRENCIES, Fact, Period
from briefgen.language import in_source, localized



# in another edition, the namesake in briefgen/language/chart_words.py says it
_localized = localized("chart_words")


_CURRENCY_WORDS = {"USD": "US$", "CNY": "RMB", "EUR": "€", "HKD": "HK$", "GBP": "£"}
_UNIT_WORDS = {
    "percent": "per cent", "pp": "percentage points", "times": "times", "rank": "rank",
    "m2": "m²", "km2": "km²", "ha": "hectares", "mu": "mu", "t": "tonnes", "kg": "kg", "h": "hours",
    "min": "minutes", "s": "seconds", "day": "days", "working_day": "working days",
    "week": "weeks", "month": "months",
    "year": "years", "km": "km", "m": "m",
}
# Units short enough to print after every value; money and counts say their unit once, in the
# subtitle, so the bars stay uncluttered.
_VALUE_SUFFIX = {"percent": "%", "pp": " pp", "times": "×", "h": " h", "min": " min",
                 "day": " days", "working_day": " working days", "week": " weeks", "month": " months", "year": " years",
                 "m2": " m²", "km2": " km²", "ha": " ha", "mu": " mu", "t": " t", "kg": " kg", "km": " km"}
_QUALIFIER_WORDS = {"more_than": "over", "at_least": "at least", "about": "about",
                    "nearly": "nearly", "up_to": "up to", "less_than": "under"}
_SCALES = ((Decimal("1e9"), "bn", "billion"), (Decimal("1e6"), "m", "million"))
MINUS = "\u2212"
# Fixed English month names: calendar.month_name follows the process locale.
_MONTHS = ("January February March April May June July August September October November "
           "December").split()


@_localized
def unit_label(fact: Fact) -> str:
    """The unit in words, said once per chart: 'US$', 'RMB', 'projects', 'hours'."""
    if fact.unit in CURRENCIES:
        return _CURRENCY_WORDS.get(fact.unit, fact.unit)
    if fact.unit == "count":
        return fact.counted or "number"
    return _UNIT_WORDS.get(fact.unit or "", fact.unit or "")


def unit_key(fact: Fact) -> str:
    """What must be equal for two facts to share an axis: counts of projects ≠ counts of banks."""
    return f"count of {fact.counted}" if fact.unit == "count" and fact.counted else str(fact.unit)


@_localized
def chart_scale(values: list[Decimal], unit: str) -> tuple[Decimal, str, str]:
    """One scale for a whole chart, from its largest value: (divisor, 'bn', 'billion')."""
    if unit in ("percent", "pp", "times", "rank"):
        return Decimal(1), "", ""
    largest = max((abs(v) for v in values), default=Decimal(0))
    for divisor, short, word in _SCALES:
        if largest >= divisor:
            return divisor, short, word
    return Decimal(1), "", ""


def number_text(value: Decimal, divisor: Decimal = Decimal(1)) -> str:
    """12930 -> '12,930'; 30462000000 / 1e9 -> '30.46'; never more than two decimals."""
    scaled = value / divisor
    rounded = scaled.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = f"{abs(rounded):,.2f}".rstrip("0").rstrip(".")
    return (MINUS if rounded < 0 else "") + text


@_localized
def value_text(fact: Fact, scale: tuple[Decimal, str, str]) -> str:
    """The value as printed at a bar: 'over US$1.9 bn', 'RMB 7.01 bn', '25 h', '7.1%'. A
    value names its currency: a reader who sees one bar alone must not guess it."""
    divisor, short, _ = scale
    text = number_text(fact.value, divisor)
    if short:
        text += f" {short}"
    if fact.unit in CURRENCIES:
        symbol = _CURRENCY_WORDS.get(fact.unit, fact.unit + " ")
        text = f"{symbol}{' ' if symbol.isalpha() else ''}{text}"
    text += _VALUE_SUFFIX.get(fact.unit or "", "")
    qualifier = _QUALIFIER_WORDS.get(fact.qualifier or "")
    return f"{qualifier} {text}" if qualifier else text


@_localized
def value_words(fact: Fact, scale: tuple[Decimal, str, str]) -> str:
    """The value for a sentence (alt text): 'US$30.46 billion', '25 hours', '1,196 projects'."""
    divisor, _, word = scale
    number = number_text(fact.value, divisor) + (f" {word}" if word else "")
    qualifier = _QUALIFIER_WORDS.get(fact.qualifier or "")
    prefix = f"{qualifier} " if qualifier else ""
    if fact.unit in CURRENCIES:
        symbol = _CURRENCY_WORDS.get(fact.unit, fact.unit + " ")
        glue = " " if symbol.isalpha() else ""
        return f"{prefix}{symbol}{glue}{number}"
    if fact.unit == "percent":
        return f"{prefix}{number} per cent"
    return f"{prefix}{number} {unit_label(fact)}".rstrip()


_DOWN = re.compile(r"\b(cut|cuts|reduc\w*|decreas\w*|declin\w*|fall|fell|drop\w*|down|lower|"
                   r"sav(e|ed|es|ing)|shorter)\b", re.IGNORECASE)
_UP = re.compile(r"\b(growth|grow\w*|increas\w*|ris(e|es|ing)|rose|up|higher|above|more)\b",
                 re.IGNORECASE)


def direction(fact: Fact) -> int | None:
    """+1 for a rise, -1 for a fall, None when the fact does not say. A `change` fact keeps its
    value positive and says the direction in its label ("Cut in import clearance time")."""
    fact = in_source(fact)  # read in English, the language of the rules above
    if fact.value < 0 or _DOWN.search(fact.label):
        return -1
    if fact.metric == "growth_yoy" or _UP.search(fact.label):
        return 1
    return None


@_localized
def growth_text(fact: Fact) -> str:
    """A growth fact as a short label: '+48.83% y-o-y', '−27.71%', '+4.2 pp', '×7'."""
    if fact.unit == "times":
        return f"×{number_text(fact.value)}"
    sign = "+" if direction(fact) > 0 else MINUS
    text = sign + number_text(abs(fact.value)) + _VALUE_SUFFIX.get(fact.unit or "", "")
    return f"{text} y-o-y" if fact.metric == "growth_yoy" else text


@_localized
def growth_words(fact: Fact) -> str:
    """A growth fact for a sentence: 'up 48.83 per cent year on year', 'down 27.71 per cent'."""
    if fact.unit == "times":
        return f"{number_text(fact.value)} times"
    way = "up" if direction(fact) > 0 else "down"
    amount = number_text(abs(fact.value)) + (" per cent" if fact.unit == "percent" else
                                             " percentage points")
    suffix = " year on year" if fact.metric == "growth_yoy" else ""
    return f"{way} {amount}{suffix}"


@_localized
def period_words(period: Period | None) -> str | None:
    """'cumulative to March 2019', 'January–March 2019', '2018', 'as of June 2019', 'by 2025'."""
    if period is None:
        return None
    return _period_text(period, long=True)


@_localized
def period_short(period: Period | None) -> str | None:
    """The same, short enough for a bar label: 'to Mar 2019', 'Jan–Mar 2019', '2018'."""
    if period is None:
        return None
    return _period_text(period, long=False)


def _period_text(period: Period, long: bool) -> str:
    start, end = period.start, period.end
    if start is None:
        prefix = "cumulative to " if long else "to "
        return prefix + _date_text(end, long)
    if end is None:
        return "since " + _date_text(start, long)
    text = _date_text(start, long) if start == end else _span_text(start, end, long)
    on = "on " if len(start) == 10 and start == end else "in "
    lead = {"point": "as of ", "target": "by ", "event": on if long else ""}.get(period.kind, "")
    return lead + text


def _span_text(start: str, end: str, long: bool) -> str:
    if start[:4] == end[:4] and len(start) == len(end) == 7:  # months of one year
        return f"{_month(start, long)}–{_month(end, long)} {start[:4]}"
    return f"{_date_text(start, long)}–{_date_text(end, long)}"


def _date_text(date: str, long: bool) -> str:
    """'2019' -> '2019'; '2019-03' -> 'March 2019'; '2019-03-26' -> '26 March 2019'."""
    if len(date) == 4:
        return date
    month_year = f"{_month(date, long)} {date[:4]}"
    return f"{int(date[8:10])} {month_year}" if len(date) == 10 else month_year


def _month(date: str, long: bool) -> str:
    name = _MONTHS[int(date[5:7]) - 1]
    return name if long else name[:3]


@_localized
def date_words(iso: str | None) -> str | None:
    """A publication date for a source line: '2021-03-12' -> '12 March 2021'."""
    return _date_text(iso, long=True) if iso else None
