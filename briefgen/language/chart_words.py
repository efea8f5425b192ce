"""A chart's words and numbers in another language: the namesakes of briefgen/charts/wording.py
(which hands over to these while an edition is composed). One scale for a whole chart, chosen by
the same rule as running text (language/cldr.py): money from ten thousand, counts from a hundred
thousand, in the scale words CLDR gives the language (万, 亿)."""

from __future__ import annotations

from decimal import Decimal

from briefgen.facts.model import CURRENCIES
from briefgen.language import cldr
from briefgen.language.words import WORDS

_UNIT_SUFFIX = ("percent", "pp", "times")  # said after every value, as in English


def unit_label(e, fact) -> str:
    """The unit, said once per chart: '美元', '元', '个项目', '小时'."""
    if fact.unit in CURRENCIES:
        return cldr.currency_name(e, fact.unit)
    if fact.unit == "count":
        return fact.counted or ""
    if fact.unit == "percent":
        return "%"
    key = f"unit.{fact.unit}"
    return e.say(key) if key in WORDS else (fact.unit or "")


def chart_scale(e, values, unit: str):
    """(divisor, scale word, scale word) for the chart's largest value: (10⁸, '亿', '亿')."""
    if unit in ("percent", "pp", "times", "rank"):
        return Decimal(1), "", ""
    largest = max((abs(v) for v in values), default=Decimal(0))
    start = cldr.SCALE_MONEY_FROM if unit in CURRENCIES else cldr.SCALE_COUNT_FROM
    divisor, word = cldr.scale_of(e, largest, start)
    return divisor, word, word


def number_text(e, value: Decimal, divisor: Decimal = Decimal(1)) -> str:
    return cldr.number(e, value / divisor)


def _suffix(e, fact) -> str:
    if fact.unit == "percent":
        return "%"
    if fact.unit == "pp":
        return e.say("percentage_points", x="")
    if fact.unit == "times":
        return e.say("times", x="")
    key = f"unit.{fact.unit}"
    return e.say(key) if fact.unit not in CURRENCIES and fact.unit != "count" and key in WORDS else ""


def value_text(e, fact, scale) -> str:
    """The value at a bar: '304.62亿', '25小时', '7.1%', '超过19亿'."""
    divisor, short, _ = scale
    text = number_text(e, fact.value, divisor) + short + _suffix(e, fact)
    return cldr.qualified(e, text, fact.qualifier)


def value_words(e, fact, scale) -> str:
    """The value for the alt text: '304.62亿美元', '25小时', '12,930个项目'."""
    divisor, _, word = scale
    number = number_text(e, fact.value, divisor) + word
    if fact.unit in CURRENCIES:
        text = e.say("money", amount=number, currency=cldr.currency_name(e, fact.unit))
    elif fact.unit == "count":
        text = e.say("counted", number=number, counted=fact.counted or "")
    else:
        text = number + _suffix(e, fact)
    return cldr.qualified(e, text, fact.qualifier)


def growth_text(e, fact) -> str:
    """A growth at a bar: '同比+48.83%', '−27.71%', '×7'."""
    from briefgen.charts.wording import direction
    if fact.unit == "times":
        return f"×{cldr.number(e, fact.value)}"
    sign = "+" if direction(fact) > 0 else cldr.MINUS
    text = sign + cldr.number(e, abs(fact.value)) + _suffix(e, fact)
    return e.say("chart.year_on_year", change=text) if fact.metric == "growth_yoy" else text


def growth_words(e, fact) -> str:
    """A growth for the alt text: '同比增长48.83%', '下降27.71%'."""
    from briefgen.charts.wording import direction
    if fact.unit == "times":
        return e.say("times", x=cldr.number(e, fact.value))
    amount = cldr.number(e, abs(fact.value)) + _suffix(e, fact)
    key = "chart.up" if direction(fact) > 0 else "chart.down"
    words = e.say(key, change=amount)
    return e.say("chart.year_on_year", change=words) if fact.metric == "growth_yoy" else words


def period_words(e, period) -> str | None:
    """When the figures hold, for a subtitle: '截至2019年3月', '2018年', '到2025年'."""
    return None if period is None else cldr.as_of(e, period)


def period_short(e, period) -> str | None:
    return period_words(e, period)


def date_words(e, iso: str | None) -> str | None:
    return cldr.date_text(e, iso) if iso else None
