"""Figures, dates and periods in another language's conventions, from CLDR (Babel).

The same functions as compose/formatting.py, for an edition that is not the source language:
digits, grouping, percent signs, month names and compact scales come from the CLDR locale
(254亿, 12.59亿, 2019年3月); the words around them (currency names, units, hedges, the shape of a
period) from the edition's messages. Values stay exact Decimals until a scale is applied.

Compact scales follow a rule, the same for every language (CLDR says which scale words exist:
万 and 亿 in Chinese, 만 and 억 in Korean): an amount of money of at least ten thousand is
scaled (254亿美元, 50万美元); a count or quantity only from a hundred thousand (12,930个项目,
but 120万吨), where writing every digit would be harder to read. Below that, every digit is
written, grouped as the locale groups them.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

# Babel is imported by the functions that use it: an English brief never loads it.

MINUS = "\u2212"
SCALE_MONEY_FROM = Decimal(10_000)
SCALE_COUNT_FROM = Decimal(100_000)
_QUALIFIERS = ("more_than", "at_least", "about", "nearly", "up_to", "less_than")
_CURRENCIES = ("CNY", "USD", "EUR", "HKD", "JPY", "KRW", "GBP", "SGD")


def _rounded(value: Decimal, places: int = 2) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP).normalize()


def number(e, value, places: int = 2) -> str:
    """Grouped as the locale groups, at most `places` decimals, no trailing zeros."""
    from babel.numbers import format_decimal
    d = _rounded(Decimal(str(value)), places)
    text = format_decimal(abs(d), locale=e.language.locale, decimal_quantization=False)
    return (MINUS + text) if d < 0 else text


def scaled(e, value, start: Decimal = SCALE_COUNT_FROM) -> str:
    """With the locale's compact scale word from `start` up: 30462000000 -> '304.62亿'."""
    amount = Decimal(str(value))
    if abs(amount) < start:
        return number(e, amount)
    from babel.numbers import format_compact_decimal
    text = format_compact_decimal(abs(amount), locale=e.language.locale, fraction_digits=2)
    return (MINUS + text) if amount < 0 else text


def scale_of(e, value, start: Decimal = SCALE_COUNT_FROM) -> tuple[Decimal, str]:
    """(divisor, scale word) of the locale's largest compact scale `value` reaches, from
    `start` up: (10⁸, '亿') for 30462000000 in Chinese; (1, '') below `start`."""
    from babel import Locale
    magnitude = abs(Decimal(str(value)))
    if magnitude < start:
        return Decimal(1), ""
    patterns = Locale.parse(e.language.locale).compact_decimal_formats["short"]["other"]
    found = (Decimal(1), "")
    for size, pattern in sorted(patterns.items(), key=lambda item: int(item[0])):
        text = getattr(pattern, "pattern", pattern)
        zeros = text.count("0")
        word = text.replace("0", "").strip()
        if word and zeros and Decimal(size) <= magnitude:
            found = (Decimal(size) / Decimal(10) ** (zeros - 1), word)
    return found


def qualified(e, text: str, qualifier: str | None) -> str:
    if not qualifier:
        return text
    if qualifier not in _QUALIFIERS:
        raise ValueError(f"unknown qualifier {qualifier!r} (known: {', '.join(_QUALIFIERS)})")
    return e.say(f"qualifier.{qualifier}", x=text)


def currency_name(e, code: str) -> str:
    """The edition's word for a currency; else CLDR's name for it in the locale."""
    if code in _CURRENCIES:
        return e.say(f"currency.{code}")
    from babel.numbers import get_currency_name
    return get_currency_name(code, locale=e.language.locale)


def money(e, value, currency: str, qualifier: str | None = None) -> str:
    amount = scaled(e, value, SCALE_MONEY_FROM)
    return qualified(e, e.say("money", amount=amount, currency=currency_name(e, currency)), qualifier)


def count(e, value, qualifier: str | None = None, counted: str | None = None) -> str:
    text = scaled(e, value)
    if counted:
        text = e.say("counted", number=text, counted=counted)
    return qualified(e, text, qualifier)


def _signed(e, value: Decimal, signed: bool) -> str:
    text = number(e, abs(value))
    if value < 0:
        return MINUS + text
    return ("+" + text) if signed and value > 0 else text


def percent(e, value, signed: bool = False, qualifier: str | None = None) -> str:
    from babel import Locale
    pattern = Locale.parse(e.language.locale).percent_formats[None].pattern  # '#,##0%', '#,##0 %'
    text = pattern.split(";")[0].replace("#,##0", _signed(e, Decimal(str(value)), signed), 1)
    return qualified(e, text, qualifier)


def pp(e, value, signed: bool = False, qualifier: str | None = None) -> str:
    return qualified(e, e.say("percentage_points", x=_signed(e, Decimal(str(value)), signed)), qualifier)


def ordinal_word(e, n: int) -> str:
    words = e.word_list("ordinals")
    return words[n - 1] if 1 <= n <= len(words) else str(n)


def rank(e, value, superlative: str = "largest") -> str:
    """'最大', '第二大' (the superlative is the language's own: largest, first)."""
    n = int(Decimal(str(value)))
    return e.say("rank.first") if n == 1 else e.say("rank.nth", ordinal=ordinal_word(e, n))


def rank_place(e, value) -> str:
    """'第六' (a place that no superlative qualifies)."""
    return e.say("rank.place", ordinal=ordinal_word(e, int(Decimal(str(value)))))


def times(e, value, qualifier: str | None = None) -> str:
    return qualified(e, e.say("times", x=number(e, value)), qualifier)


def quantity(e, value, unit: str, qualifier: str | None = None) -> str:
    key = f"unit.{unit}"
    from briefgen.language.words import WORDS
    word = e.say(key) if key in WORDS else unit
    return qualified(e, e.say("quantity", amount=scaled(e, value), unit=word), qualifier)


def value_text(e, fact, *, with_counted: bool = False) -> str:
    """A fact's value in the edition's conventions; text facts give their (translated) text."""
    if fact.value is None:
        return fact.text or ""
    unit, v, q = fact.unit or "", fact.value, fact.qualifier
    if unit in _CURRENCIES or (len(unit) == 3 and unit.isupper()):
        return money(e, v, unit, q)
    if unit == "count":
        return count(e, v, q, fact.counted if with_counted else None)
    formatters = {"percent": lambda: percent(e, v, qualifier=q), "pp": lambda: pp(e, v, qualifier=q),
                  "rank": lambda: qualified(e, _rank_text(e, fact), q), "times": lambda: times(e, v, q)}
    return formatters.get(unit, lambda: quantity(e, v, unit, q))()


def _rank_text(e, fact) -> str:
    """As formatting.rank_text: a superlative only where the quote has one."""
    from briefgen.compose.formatting import rank_superlative
    # the language's superlative says "largest" (大): only for a quote that says largest or biggest
    return rank(e, fact.value) if rank_superlative(fact) in ("largest", "biggest") \
        else rank_place(e, fact.value)


# --- dates and periods -----------------------------------------------------------------------

_SKELETONS = {1: "y", 2: "yMMM", 3: "yMMMd"}


def date_text(e, iso: str) -> str:
    """'2019' -> '2019年'; '2019-03' -> '2019年3月'; '2019-03-26' -> '2019年3月26日'."""
    parts = [int(p) for p in iso.split("-")]
    from babel.dates import format_skeleton
    day = dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    return format_skeleton(_SKELETONS[len(parts)], day, locale=e.language.locale)


def _month(e, month: int) -> str:
    from babel.dates import format_skeleton
    return format_skeleton("MMM", dt.date(2000, month, 1), locale=e.language.locale)


def span_text(e, start: str, end: str) -> str:
    """An interval: '2019年第1季度', '2019年上半年', '2019年1月—5月', '2016—2018年'."""
    s, t = start.split("-"), end.split("-")
    if len(s) == len(t) == 1:
        return e.say("period.years", start=s[0], end=t[0])
    if len(s) == len(t) == 2 and s[0] == t[0]:
        first, last = int(s[1]), int(t[1])
        if (first, last) == (1, 12):
            return date_text(e, s[0])
        if (first, last) in ((1, 6), (7, 12)):
            return e.say("period.half1" if first == 1 else "period.half2", year=s[0])
        if last - first == 2 and first % 3 == 1:
            return e.say("period.quarter", quarter=(first + 2) // 3, year=s[0])
        return e.say("period.months", first=_month(e, first), last=_month(e, last), year=s[0])
    if len(s) == len(t) == 3 and s[:2] == t[:2]:
        return e.say("period.days", first=int(s[2]), last=int(t[2]), month=_month(e, int(s[1])),
                     year=s[0])
    return e.say("period.span", start=date_text(e, start), end=date_text(e, end))


def as_of(e, period) -> str:
    """When a figure holds: '截至2019年3月', '2019年第1季度', '到2025年', '2019年以来'."""
    if period is None:
        return ""
    start, end = period.start, period.end
    if period.kind == "target":
        return e.say("period.by", date=date_text(e, end or start or ""))
    if start is None:
        return e.say("period.as_of", date=date_text(e, end or ""))
    if end is None:
        return e.say("period.since", date=date_text(e, start))
    if period.kind == "point":
        return e.say("period.as_of", date=date_text(e, end))
    return date_text(e, start) if start == end else span_text(e, start, end)


def when(e, period) -> str:
    """The same as a phrase for running text: '截至2019年3月底', '2018年'."""
    if period is None:
        return ""
    if period.kind == "cumulative" and period.start is None:
        return e.say("period.by_end", date=date_text(e, period.end or ""))
    if period.kind == "target" or period.start is None or period.end is None or period.kind == "point":
        return as_of(e, period)
    on_a_day = len((period.start or "").split("-")) == 3
    return e.say("period.on" if on_a_day else "period.in", label=as_of(e, period))
