"""The one set of display filters: exact Decimals in, reader's text out."""

from decimal import Decimal as D

import pytest

from briefgen.compose import formatting as fmt
from briefgen.facts.model import parse_period
from stores import korea_store


@pytest.mark.parametrize("value, currency, qualifier, expected", [
    ("30462000000", "USD", None, "US$30.46 billion"),
    ("94350000000", "CNY", None, "RMB 94.35 billion"),
    ("432320000", "USD", None, "US$432.32 million"),
    ("2800000000", "CNY", "about", "about RMB 2.8 billion"),
    ("1200000", "HKD", None, "HK$1.2 million"),
    ("500000", "EUR", None, "€500,000"),
    ("5000000000000", "KRW", None, "KRW 5 trillion"),
    ("19713400000", "USD", "more_than", "more than US$19.71 billion"),
    ("1005000", "USD", None, "US$1.01 million"),  # half up, for display only
])
def test_money_keeps_the_source_currency(value, currency, qualifier, expected):
    assert fmt.money(D(value), currency, qualifier) == expected


@pytest.mark.parametrize("value, qualifier, counted, expected", [
    (12930, None, None, "12,930"),
    (60, "more_than", None, "more than 60"),
    (60, "more_than", "banks", "more than 60 banks"),
    (200, "about", None, "about 200"),
    (30, "nearly", None, "nearly 30"),
    (10, "up_to", None, "up to 10"),
    (5, "at_least", None, "at least 5"),
    (2500000, None, "people", "2.5 million people"),
])
def test_count(value, qualifier, counted, expected):
    assert fmt.count(D(value), qualifier, counted) == expected


def test_percent_and_points():
    assert fmt.percent(D("7.1")) == "7.1%"
    assert fmt.percent(D("7.1"), signed=True) == "+7.1%"
    assert fmt.percent(D("-5.9"), signed=True) == "\u22125.9%"
    assert fmt.percent(D("-5.9")) == "\u22125.9%"
    assert fmt.pp(D("4.2")) == "4.2 pp"
    assert fmt.pp(D("4.2"), signed=True) == "+4.2 pp"


def test_no_float_rounding_errors():
    assert fmt.number(D("0.1") + D("0.2")) == "0.3"
    assert fmt.number(D("1234567.125")) == "1,234,567.13"
    assert fmt.money(D("30462000000.000000001"), "USD") == "US$30.46 billion"


def test_rank_as_ordinal_words():
    assert fmt.rank(2) == "second largest"
    assert fmt.rank(1) == "largest"
    assert fmt.rank(3, "biggest") == "third biggest"
    assert fmt.ordinal_word(22) == "22nd"
    assert fmt.ordinal_word(13) == "thirteenth"


@pytest.mark.parametrize("value, unit, expected", [
    ("10.6", "km2", "10.6 km²"), ("51.42", "h", "51.42 hours"), ("1", "day", "1 day"),
    ("12000", "t", "12,000 tonnes"), ("300", "m2", "300 m²"), ("20", "ha", "20 ha"),
    ("200", "nmi", "200 nautical miles"), ("205000", "m3", "205,000 m³"), ("500", "mu", "500 mu"),
])
def test_quantities_with_units(value, unit, expected):
    assert fmt.quantity(D(value), unit) == expected


@pytest.mark.parametrize("period, kind, as_of, when", [
    ("../2019-03", None, "as of March 2019", "by the end of March 2019"),
    ("2019-01/2019-03", None, "Q1 2019", "in Q1 2019"),
    ("2019-01/2019-05", None, "Jan–May 2019", "in Jan–May 2019"),
    ("2019-01/2019-06", None, "H1 2019", "in H1 2019"),
    ("2018", None, "2018", "in 2018"),
    ("2016/2018", None, "2016–2018", "in 2016–2018"),
    ("2025", "target", "by 2025", "by 2025"),
    ("2019-06", "point", "as of June 2019", "as of June 2019"),
    ("2018-08/..", None, "since August 2018", "since August 2018"),
    ("2017-11", "event", "November 2017", "in November 2017"),
    ("2019-03-26", "event", "26 March 2019", "on 26 March 2019"),
    ("2019-06-02/2019-06-07", None, "2–7 June 2019", "on 2–7 June 2019"),
    ("2018-11/2019-02", None, "Nov 2018–Feb 2019", "in Nov 2018–Feb 2019"),
])
def test_periods(period, kind, as_of, when):
    p = parse_period(period, kind)
    assert fmt.as_of(p) == as_of
    assert fmt.when(p) == when


def test_value_text_dispatches_on_the_unit():
    store = korea_store()
    assert fmt.value_text(store.get("kr.fdi-signed")) == "US$30.46 billion"
    assert fmt.value_text(store.get("kr.projects")) == "12,930"
    assert fmt.value_text(store.get("kr.projects"), with_counted=True) == "12,930 projects"
    assert fmt.value_text(store.get("kr.banks")) == "more than 60"
    assert fmt.value_text(store.get("kr.growth")) == "7.1%"
    assert fmt.value_text(store.get("kr.rank")) == "second largest"
    assert fmt.value_text(store.get("kr.club")).startswith("The Korea business club")


def test_unknown_qualifier_is_an_error():
    with pytest.raises(ValueError, match="unknown qualifier"):
        fmt.count(D(1), "roughly")


def test_a_rank_says_largest_only_where_its_quote_does():
    from dataclasses import replace
    store = korea_store()
    ranked = store.get("kr.rank")
    assert "largest" in ranked.quote and fmt.value_text(ranked) == "second largest"
    source = replace(ranked.sources[0], quote="Testcity ranked 47th in the Global Financial Centres Index.")
    in_index = replace(ranked, value=D(47), sources=(source,))
    assert fmt.value_text(in_index) == "47th"
    sixth = replace(in_index, value=D(6))
    assert fmt.value_text(sixth) == "sixth"

