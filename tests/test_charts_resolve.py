"""resolve(): from a chart spec and the store to ChartData — labels, subtitle, source, alt."""

from decimal import Decimal

import pytest
from test_charts_fakes import chart_store

from briefgen.charts import ChartData, ChartPoint, resolve
from briefgen.errors import ChartError

STORE = chart_store()


def chart(**spec) -> ChartData:
    return resolve(spec, STORE, path="templates/country.md.j2", line=12)


def test_bar_chart_of_two_measures_labels_each_bar_with_its_measure():
    data = chart(kind="column", title="Most signed investment has been put to use",
                 facts=["kr.fdi-signed", "kr.fdi-utilised"], allow_mixed="measures",
                 labels={"kr.fdi-signed": "Signed", "kr.fdi-utilised": "Actually utilised"})
    assert [p.label for p in data.points] == ["Signed", "Actually utilised"]
    assert [p.display for p in data.points] == ["US$30.46 bn", "US$19.71 bn"]
    assert [p.value for p in data.points] == [Decimal("30462000000"), Decimal("19713400000")]
    assert [p.measure for p in data.points] == [
        "Signed (contract) foreign investment, cumulative",
        "Actually utilised foreign investment, cumulative"]
    assert data.points[0].period == "cumulative to March 2019"
    assert data.unit_label == "US$"
    assert data.subtitle == "US$ · Qingdao and South Korea · cumulative to March 2019"
    assert data.alt == ("Column chart: Most signed investment has been put to use. US$ · Qingdao "
                        "and South Korea · cumulative to March 2019: Signed US$30.46 billion; "
                        "Actually utilised US$19.71 billion.")
    assert data.fact_ids == ("kr.fdi-signed", "kr.fdi-utilised")


def test_source_line_names_the_seed_shortly():
    data = chart(kind="bar", title="t", facts=["outbound.projects-2018"])
    assert data.source == ("Source: Qingdao Intensifies Overseas Production Capacity Cooperation, "
                           "english.qingdao.gov.cn, 14 May 2018")
    # the outlet repeats the title, so it is left out; the magazine shows no date
    data = chart(kind="bar", title="t", facts=["kr.fdi-signed"])
    assert data.source == "Source: A City of Dreams: Qingdao — An International Metropolis"


def test_sources_of_several_seeds_are_all_listed():
    data = chart(kind="hbar", title="t", facts=["kr.investment", "outbound.key-projects"],
                 allow_mixed=["measures", "periods"])
    assert data.source == ("Sources: A City of Dreams: Qingdao — An International Metropolis; "
                           "Qingdao Intensifies Overseas Production Capacity Cooperation, "
                           "english.qingdao.gov.cn, 14 May 2018")


def test_growth_labels_join_the_value_and_are_cited():
    data = chart(kind="column", title="Both grew by half", facts=["ecom.b2b-2018", "ecom.b2c-2018"],
                 labels=["B2B", "B2C"], growth=["ecom.b2b-growth-2018", "ecom.b2c-growth-2018"])
    assert [p.display for p in data.points] == ["RMB 32.93 bn · +48.83% y-o-y",
                                                 "RMB 1.32 bn · +53.86% y-o-y"]
    assert "B2B RMB 32.93 billion, up 48.83 per cent year on year" in data.alt
    assert data.fact_ids == ("ecom.b2b-2018", "ecom.b2c-2018", "ecom.b2b-growth-2018",
                             "ecom.b2c-growth-2018")
    assert data.subtitle == "Import and export trade (RMB) · Cross-border e-commerce in Qingdao · 2018"


def test_growth_as_a_mapping():
    data = chart(kind="hbar", title="t", facts=["kr.trade-2019q1"],
                 growth={"kr.trade-2019q1": "kr.trade-growth-2019q1"})
    assert data.points[0].display == "US$1.93 bn · +7.1% y-o-y"
    assert data.points[0].label == "kr.trade-2019q1"  # one fact: its own label


def test_query_across_subjects_takes_one_fact_each():
    data = chart(kind="hbar", title="t", metric="investment_total_cumulative",
                 subjects=["south-korea", "germany"])
    assert [(p.label, p.fact_id) for p in data.points] == [("South Korea", "kr.investment"),
                                                          ("Germany", "de.investment")]
    assert data.subtitle == "Total investment of projects, cumulative (US$) · Qingdao · to March 2019"


def test_query_across_periods_is_in_time_order():
    data = chart(kind="line", title="t", metric="exports", subject="qingdao")
    assert [p.label for p in data.points] == ["2015", "2016", "2017", "2018"]
    assert data.subtitle == "Exports (US$) · Qingdao · 2015 to 2018"


def test_query_with_several_periods_for_a_subject_asks_for_one():
    store = chart_store()
    with pytest.raises(ChartError, match=r"several facts for subject 'qingdao' with metric "
                                         r"'exports': demo.exports-2015 \(2015\)"):
        resolve({"kind": "bar", "title": "t", "metric": "exports", "subjects": ["qingdao"]},
                store, path="t.md", line=3)
    data = resolve({"kind": "bar", "title": "t", "metric": "exports", "subjects": ["qingdao"],
                    "period": 2017}, store, path="t.md", line=3)
    assert data.fact_ids == ("demo.exports-2017",)


def test_before_after_pairs_are_series_before_and_after():
    data = chart(kind="before_after", title="Examination time cut from 25 hours to 6",
                 facts=["customs.exam-before", "customs.exam-after"])
    assert [(p.label, p.series, p.display) for p in data.points] == [
        ("Before", "before", "25 h"), ("After", "after", "6 h")]
    assert data.unit_label == "hours"


def test_stacked_parts_carry_their_series():
    data = chart(kind="stacked", title="B2B is almost all of it",
                 series={"B2B": ["ecom.b2b-2018"], "B2C": ["ecom.b2c-2018"]})
    assert [(p.label, p.series) for p in data.points] == [("Cross-border e-commerce", "B2B"),
                                                          ("Cross-border e-commerce", "B2C")]
    assert "B2B RMB 32.93 billion; B2C RMB 1.32 billion" in data.alt


def test_donut_rest_is_the_hedged_remainder_without_a_fact():
    data = chart(kind="donut", title="Half of all H135s fly medical rescue",
                 facts=["h135.medical", "h135.police"], rest="Other uses")
    rest = data.points[-1]
    assert (rest.label, rest.value, rest.display, rest.fact_id) == (
        "Other uses", Decimal("32"), "about 32%", None)
    assert data.points[0].display == "about 50%"


def test_donut_of_parts_of_a_stated_whole():
    data = chart(kind="donut", title="t", facts=["ecom.b2b-2018", "ecom.b2c-2018"],
                 whole="ecom.total-2018")
    assert len(data.points) == 2
    assert data.fact_ids[-1] == "ecom.total-2018"  # the whole is cited too


def test_mixed_periods_allowed_put_each_period_in_its_label():
    data = chart(kind="bar", title="t", facts=["de.trade-2018", "kr.trade-2019q1"],
                 allow_mixed="periods")
    assert [p.label for p in data.points] == ["Germany (2018)", "South Korea (Jan–Mar 2019)"]
    assert "periods as labelled" in data.subtitle
    assert "Germany (2018) US$2.37 billion; South Korea (Jan–Mar 2019)" in data.alt


def test_qualifier_is_never_dropped():
    data = chart(kind="big_number", title="t", facts=["sco.two-way"])
    assert data.points[0].display == "over US$1.9 bn"
    assert "over US$1.9 billion" in data.alt


def test_chart_point_and_data_are_frozen():
    data = chart(kind="bar", title="t", facts=["kr.fdi-signed"])
    with pytest.raises(AttributeError):
        data.title = "x"
    assert isinstance(data.points[0], ChartPoint)


@pytest.mark.parametrize("spec, message", [
    ({"kind": "pie", "title": "t", "facts": ["kr.fdi-signed"]}, "chart kind 'pie' is not one of"),
    ({"kind": "bar", "facts": ["kr.fdi-signed"]}, "chart needs `title:`"),
    ({"kind": "bar", "title": "t"}, "exactly one of `facts:`, `series:`"),
    ({"kind": "bar", "title": "t", "facts": ["nope"]}, "unknown fact id 'nope'"),
    ({"kind": "bar", "title": "t", "facts": ["kr.fdi-signed"], "colour": "red"},
     "unknown chart key 'colour'"),
    ({"kind": "bar", "title": "t", "facts": ["kr.fdi-signed"], "height": 400}, "`height:` is in millimetres"),
    ({"kind": "bar", "title": "t", "facts": ["kr.fdi-signed"], "allow_mixed": "units"},
     "units are never mixed"),
    ({"kind": "stacked", "title": "t", "facts": ["ecom.b2b-2018"]}, "names its facts by `series:`"),
    ({"kind": "bar", "title": "t", "metric": "exports"}, "needs either `subjects:`"),
    ({"kind": "grouped", "title": "t", "series": {"A": ["kr.fdi-signed"], "B": []}},
     "chart series 'B' names no facts"),
    ({"kind": "bar", "title": "t", "facts": ["kr.fdi-signed"], "growth": ["nope"]},
     "unknown fact id 'nope'"),
    ({"kind": "bar", "title": "t", "metric": "nope", "subjects": ["mars"]}, "unknown metric 'nope'"),
    ({"kind": "bar", "title": "t", "facts": ["kr.fdi-signed"], "labels": {"x": "y"}},
     "`labels:` names x"),
])
def test_spec_problems_are_located(spec, message):
    with pytest.raises(ChartError) as error:
        resolve(spec, STORE, path="templates/country.md.j2", line=12)
    assert message in str(error.value)
    assert all(str(p).startswith("templates/country.md.j2:12: ") for p in error.value.problems)


def test_every_spec_problem_is_reported_at_once():
    with pytest.raises(ChartError) as error:
        resolve({"kind": "pie", "facts": ["kr.fdi-signed"], "height": 0}, STORE, path="t.md",
                line=4)
    assert len(error.value.problems) == 3
