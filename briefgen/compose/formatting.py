"""The one set of display filters: money, counts, percentages, ranks, quantities and periods.

Values are exact Decimals; rounding happens here, for display only, and never changes the
currency or the measure the source used (no conversions). Every template filter and every key
figure goes through these functions, so a figure reads the same everywhere in the product.

While a brief is composed in another language (briefgen.language.using), each function hands
over to its namesake in briefgen/language/cldr.py, which writes the figure in that language.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from briefgen.facts.model import Fact, Period
from briefgen.language import localized
from briefgen.text import date_text, month_name

MINUS = "\u2212"  # a real minus sign, not a hyphen


_localized = localized("cldr")  # in another edition, briefgen/language/cldr.py writes it

QUALIFIER_WORDS = {
    "more_than": "more than", "at_least": "at least", "about": "about",
    "nearly": "nearly", "up_to": "up to", "less_than": "less than",
}

# Currency display: a symbol glued to the number, or a code and a space. CNY reads as RMB.
_CURRENCY_PREFIX = {"USD": "US$", "HKD": "HK$", "EUR": "€", "GBP": "£", "CNY": "RMB ", "SGD": "S$"}

_SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"),
           (Decimal(10) ** 6, "million"))

_UNIT_WORDS = {  # unit -> (singular, plural); symbols have one form
    "h": ("hour", "hours"), "min": ("minute", "minutes"), "s": ("second", "seconds"),
    "day": ("day", "days"), "working_day": ("working day", "working days"),
    "week": ("week", "weeks"), "month": ("month", "months"),
    "year": ("year", "years"), "t": ("tonne", "tonnes"),
    "km2": ("km²", "km²"), "m2": ("m²", "m²"), "ha": ("ha", "ha"), "mu": ("mu", "mu"),
    "kg": ("kg", "kg"), "km": ("km", "km"), "m": ("m", "m"), "TEU": ("TEU", "TEU"),
    "nmi": ("nautical mile", "nautical miles"), "m3": ("m³", "m³"),
}

_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
             "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
             "twentieth").split()


@_localized
def number(value: Decimal | int | str, places: int = 2) -> str:
    """'12930' -> '12,930'; '30.462' -> '30.46'; at most `places` decimals, no trailing zeros."""
    d = Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{d:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


@_localized
def scaled(value: Decimal) -> str:
    """Large amounts in words: 30462000000 -> '30.46 billion'; 500000 -> '500,000'."""
    magnitude = abs(value)
    for size, word in _SCALES:
        if magnitude >= size:
            return f"{number(value / size)} {word}"
    return number(value)


@_localized
def qualified(text: str, qualifier: str | None) -> str:
    """Prefix the hedge the source used: ('60', 'more_than') -> 'more than 60'."""
    if not qualifier:
        return text
    if qualifier not in QUALIFIER_WORDS:
        raise ValueError(f"unknown qualifier {qualifier!r} (known: {', '.join(QUALIFIER_WORDS)})")
    return f"{QUALIFIER_WORDS[qualifier]} {text}"


@_localized
def money(value: Decimal | int | str, currency: str, qualifier: str | None = None) -> str:
    """'US$30.46 billion', 'RMB 94.35 billion', 'HK$1.2 million', '€500,000' (never converted)."""
    amount = Decimal(str(value))
    prefix = _CURRENCY_PREFIX.get(currency, f"{currency} ")
    sign = MINUS if amount < 0 else ""
    return qualified(f"{sign}{prefix}{scaled(abs(amount))}", qualifier)


@_localized
def count(value: Decimal | int | str, qualifier: str | None = None, counted: str | None = None) -> str:
    """'12,930', 'more than 60', '1.2 million'; with `counted`: '12,930 projects'."""
    text = scaled(Decimal(str(value)))
    if counted:
        text = f"{text} {counted}"
    return qualified(text, qualifier)


@_localized
def percent(value: Decimal | int | str, signed: bool = False, qualifier: str | None = None) -> str:
    """'7.1%'; signed: '+7.1%' or '−5.9%'."""
    return qualified(_signed(Decimal(str(value)), signed) + "%", qualifier)


@_localized
def pp(value: Decimal | int | str, signed: bool = False, qualifier: str | None = None) -> str:
    """Percentage points: '4.2 pp'; signed: '+4.2 pp'."""
    return qualified(_signed(Decimal(str(value)), signed) + " pp", qualifier)


def _signed(value: Decimal, signed: bool) -> str:
    text = number(abs(value))
    if value < 0:
        return MINUS + text
    return ("+" + text) if signed and value > 0 else text


@_localized
def ordinal_word(n: int) -> str:
    """2 -> 'second'; beyond twentieth, '21st'."""
    if 1 <= n <= len(_ORDINALS):
        return _ORDINALS[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@_localized
def rank(value: Decimal | int | str, superlative: str = "largest") -> str:
    """1 -> 'largest'; 2 -> 'second largest'."""
    n = int(Decimal(str(value)))
    return superlative if n == 1 else f"{ordinal_word(n)} {superlative}"


@_localized
def rank_place(value: Decimal | int | str) -> str:
    """A place in a ranking that no superlative qualifies: 6 -> 'sixth', 47 -> '47th'."""
    return ordinal_word(int(Decimal(str(value))))


_SUPERLATIVES = ("largest", "biggest", "busiest", "highest")


def rank_text(fact: Fact) -> str:
    """A rank in its quote's terms: 'second largest' only where the quote says largest;
    'ranked 47th' in an index is '47th', not '47th largest'."""
    superlative = rank_superlative(fact)
    return rank(fact.value, superlative) if superlative else rank_place(fact.value)


def rank_superlative(fact: Fact) -> str | None:
    """The superlative the fact's quote ranks by, if any."""
    quote = " ".join((fact.quote or "").lower().split())
    return next((w for w in _SUPERLATIVES if re.search(rf"\b{w}\b", quote)), None)


@_localized
def times(value: Decimal | int | str, qualifier: str | None = None) -> str:
    """A multiplier: '7 times'."""
    return qualified(f"{number(Decimal(str(value)))} times", qualifier)


@_localized
def quantity(value: Decimal | int | str, unit: str, qualifier: str | None = None) -> str:
    """Area, duration, mass, length: '10.6 km²', '51.42 hours', '1 day', '12,000 tonnes'."""
    amount = Decimal(str(value))
    singular, plural = _UNIT_WORDS.get(unit, (unit, unit))
    word = singular if amount == 1 else plural
    return qualified(f"{scaled(amount)} {word}", qualifier)


@_localized
def value_text(fact: Fact, *, with_counted: bool = False) -> str:
    """A fact's value as a reader sees it, in its own unit; text facts give their text."""
    if fact.value is None:
        return fact.text or ""
    unit, v, q = fact.unit or "", fact.value, fact.qualifier
    if unit in _CURRENCY_PREFIX or (len(unit) == 3 and unit.isupper()):
        return money(v, unit, q)
    if unit == "count":
        return count(v, q, fact.counted if with_counted else None)
    formatters = {"percent": lambda: percent(v, qualifier=q), "pp": lambda: pp(v, qualifier=q),
                  "rank": lambda: qualified(rank_text(fact), q), "times": lambda: times(v, q)}
    return formatters.get(unit, lambda: quantity(v, unit, q))()


# --- periods ---------------------------------------------------------------------------------


@_localized
def span_text(start: str, end: str) -> str:
    """An interval: 'Q1 2019', 'H1 2019', '2019', 'Jan–May 2019', 'Nov 2018–Feb 2019', '2016–2018'."""
    s, e = start.split("-"), end.split("-")
    if len(s) == len(e) == 1:
        return f"{s[0]}–{e[0]}"
    if len(s) == len(e) == 2 and s[0] == e[0]:
        first, last = int(s[1]), int(e[1])
        named = {(1, 12): "", (1, 6): "H1 ", (7, 12): "H2 "}
        if (first, last) in named:
            return f"{named[(first, last)]}{s[0]}"
        if last - first == 2 and first % 3 == 1:
            return f"Q{(first + 2) // 3} {s[0]}"
        return f"{month_name(first, True)}–{month_name(last, True)} {s[0]}"
    if len(s) == len(e) == 3 and s[:2] == e[:2]:
        return f"{int(s[2])}–{int(e[2])} {month_name(int(s[1]))} {s[0]}"
    return f"{date_text(start, True)}–{date_text(end, True)}"


@_localized
def as_of(period: Period | None) -> str:
    """A short label for when a figure holds: 'as of March 2019', 'Q1 2019', '2018', 'by 2025'."""
    if period is None:
        return ""
    start, end = period.start, period.end
    if period.kind == "target":
        return f"by {date_text(end or start or '')}"
    if start is None:  # cumulative to a date
        return f"as of {date_text(end or '')}"
    if end is None:
        return f"since {date_text(start)}"
    if period.kind == "point":
        return f"as of {date_text(end)}"
    return date_text(start) if start == end else span_text(start, end)


@_localized
def when(period: Period | None) -> str:
    """The same, as a phrase for running text: 'by the end of March 2019', 'in 2018'."""
    if period is None:
        return ""
    label = as_of(period)
    if period.kind == "cumulative" and period.start is None:
        return f"by the end of {date_text(period.end or '')}"
    if label.startswith(("as of", "by ", "since ")):
        return label
    on_a_day = len((period.start or "").split("-")) == 3
    return f"on {label}" if on_a_day else f"in {label}"
