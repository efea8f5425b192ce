"""A measure over time is a line, not two bars: `chart_for` draws the figures a source gives for
evenly spaced periods (older ones that newer figures supersede included) and titles the line
with what it shows, by the rules of compose/findings.py (docs/charts.md)."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal as D

import pytest
from stores import ROOTS

from briefgen.compose import findings
from briefgen.compose.briefing import chart_for, key_figure_ids
from briefgen.config import load_project
from briefgen.facts.model import parse_period
from briefgen.facts.store import load_store


@pytest.fixture(scope="module")
def store():
    return load_store(load_project(ROOTS / "series"))


def test_a_measure_given_for_several_years_is_a_line_with_its_finding(store):
    spec = chart_for(store, "japan")
    assert spec["kind"] == "line"
    # the longest run wins: four years of trade over three year-ends of projects
    assert spec["facts"] == [f"jp.trade-{y}" for y in (2016, 2017, 2018, 2019)]
    assert spec["title"] == ("Qingdao's trade with Japan rose every year from 2016 to 2019, "
                             "to more than twice its 2016 level")
    assert store.superseded["jp.trade-2016"] == "jp.trade-2019"  # briefs print the newest only


def test_the_line_resolves_and_the_panel_keeps_the_newest_figure(store):
    from briefgen import charts
    chart = charts.resolve(chart_for(store, "japan"), store, path="auto", line=0)
    assert [p.label for p in chart.points] == ["2016", "2017", "2018", "2019"]
    assert [p.display for p in chart.points][-1] == "RMB 62.4 bn"
    assert "jp.trade-2016" not in key_figure_ids(store, "japan")


def test_a_hedged_point_leaves_the_title_describing(store):
    spec = chart_for(store, "spain")
    assert spec["kind"] == "line"
    assert spec["title"] == "Qingdao's exports to Spain, 2017 to 2019"


def _with_trade_periods(store, years):
    """The store with Japan's trade figures moved to `years` (the projects left out)."""
    facts = [dataclasses.replace(f, period=parse_period(str(year)))
             for f, year in zip((f for f in store.facts if f.id.startswith("jp.trade")), years)]
    return dataclasses.replace(store, facts=facts)


def test_uneven_periods_never_make_a_line_hiding_a_gap(store):
    assert chart_for(_with_trade_periods(store, (2012, 2015, 2016, 2017)), "japan")["facts"] == \
        ["jp.trade-2017", "jp.trade-2018", "jp.trade-2019"]  # the latest even run: 2015-2017
    assert chart_for(_with_trade_periods(store, (2013, 2015, 2016, 2019)), "japan") is None


def test_two_figures_for_one_period_make_no_line(store):
    assert chart_for(_with_trade_periods(store, (2016, 2017, 2017, 2019)), "japan") is None


@pytest.mark.parametrize("values, months, flows, expected", [
    ((10, 11, 12), 12, True, "Trade rose every year from A to C"),
    ((10, 14, 25), 12, True, "Trade rose every year from A to C, to more than twice its A level"),
    ((10, 15, 30), 3, True, "Trade rose every quarter from A to C, to three times its A level"),
    ((10, 15, 30), 12, False, "Trade rose every year from A to C"),  # a stock: no multiple
    ((30, 25, 15), 12, True, "Trade fell every year from A to C, to half its A level"),
    ((30, 29, 28), 1, True, "Trade fell every month from A to C"),  # a small fall: no share
    ((10, 12, 11), 12, True, None),  # both ways: no finding
    ((10, 10, 11), 12, True, None),  # a flat step is not a rise
])
def test_line_findings(values, months, flows, expected):
    said = findings.over_time("trade", [(D(v), None) for v in values], ["A", "B", "C"],
                              months, flows)
    assert said == expected


def test_a_hedged_point_gives_no_line_finding_and_findings_add_no_figures():
    assert findings.over_time("trade", [(D(1), None), (D(2), "about"), (D(3), None)],
                              ["A", "B", "C"], 12, True) is None
    for top in range(2, 200, 3):
        said = findings.over_time("x", [(D(1), None), (D(top) / 2 + 1, None), (D(top) + 2, None)],
                                  ["A", "B", "C"], 12, True)
        assert said and not re.search(r"\d", said), said


def _with_trade_values(store, values: dict[int, int]):
    """The store with Japan's trade given for each year of `values` (the projects left out)."""
    base = next(f for f in store.facts if f.id == "jp.trade-2016")
    facts = [dataclasses.replace(base, id=f"jp.trade-{year}", period=parse_period(str(year)),
                                 value=D(value)) for year, value in values.items()]
    return dataclasses.replace(store, facts=facts)


@pytest.mark.parametrize("low", [0, -5])
def test_a_known_figure_at_or_below_zero_is_never_skipped_to_make_a_rising_line(store, low):
    """2016 and 2018 fell: a line of 2015, 2017 and 2019 alone would rise 'at every step'."""
    years = {2015: 10, 2016: low, 2017: 20, 2018: low, 2019: 30}
    assert chart_for(_with_trade_values(store, years), "japan") is None
    later = {**years, 2020: 40, 2021: 50}  # the run after the last fall is a line of its own
    spec = chart_for(_with_trade_values(store, later), "japan")
    assert spec["facts"] == ["jp.trade-2019", "jp.trade-2020", "jp.trade-2021"]
    assert "from 2019 to 2021" in spec["title"]


def test_a_period_given_twice_written_differently_makes_no_line_unless_the_figures_agree(store):
    """'2017' and '2017-01/2017-12' are one year: a second figure for it, revised down, is a
    conflict, and a line through the first would 'rise every year' over a fall."""
    years = {2016: 301, 2017: 325, 2018: 410, 2019: 624}
    base = _with_trade_values(store, years)
    twin = dataclasses.replace(base.facts[1], id="jp.trade-2017-revised",
                               period=parse_period("2017-01/2017-12"))
    for value, line in ((D(250), False), (D(325), True)):
        spec = chart_for(dataclasses.replace(base, facts=[*base.facts,
                                                          dataclasses.replace(twin, value=value)]),
                         "japan")
        assert (spec is not None and spec["facts"] == [f"jp.trade-{y}" for y in years]) == line


def test_figures_for_periods_not_over_on_the_production_date_are_no_points_of_the_line(store):
    """On 1 June 2024, figures for 2024, 2025 and 2026 are forecasts or a year so far, even
    without a plan's status: the line is the years that have ended, titled by them only."""
    import datetime as dt
    from briefgen.build import RecordingStore
    from briefgen.facts.age import Timeline
    years = {2021: 10, 2022: 20, 2023: 30, 2024: 40, 2025: 50, 2026: 60}
    seen = RecordingStore(_with_trade_values(store, years), Timeline(dt.date(2024, 6, 1)))
    spec = chart_for(seen, "japan")
    assert spec["facts"] == ["jp.trade-2021", "jp.trade-2022", "jp.trade-2023"]
    assert spec["title"].endswith("from 2021 to 2023, to three times its 2021 level")
    assert chart_for(RecordingStore(_with_trade_values(store, years), Timeline(dt.date(2027, 1, 1))),
                     "japan")["facts"] == [f"jp.trade-{y}" for y in years]


def test_figures_of_another_place_are_never_bars_beside_the_city_s(store):
    """Spain's exports to Shandong beside Spain's exports to the city, one period: two measures,
    no bar chart of them, and a chart asked for them is refused as mixing measures."""
    from briefgen.charts.integrity import check
    from briefgen.charts.select import Entry
    from briefgen.charts.spec import ChartSpec
    from briefgen.facts.model import FactScope
    city = next(f for f in store.facts if f.id == "es.exports-2019")
    province = dataclasses.replace(city, id="es.exports-2019-shandong", value=city.value * 10,
                                   label="Shandong's exports to Spain", scope=FactScope("province", "Shandong"))
    facts = [f for f in store.facts if f.subject != "spain"] + [city, province]
    assert chart_for(dataclasses.replace(store, facts=facts), "spain") is None
    problems = check(ChartSpec(kind="hbar", title="Exports", fact_ids=(city.id, province.id)),
                     [Entry(city), Entry(province)])
    assert any("mixes measures" in p for p in problems), problems


def test_a_chart_of_another_place_s_figures_names_that_place_not_the_city(store):
    """Shandong's exports to and imports from Spain: the chart's words never call them the city's."""
    from briefgen import charts
    from briefgen.facts.model import FactScope
    exports = next(f for f in store.facts if f.id == "es.exports-2019")
    shandong = FactScope("province", "Shandong")
    facts = [dataclasses.replace(exports, id="es.exports-sd", label="Shandong's exports to Spain", scope=shandong),
             dataclasses.replace(exports, id="es.imports-sd", metric="imports", value=exports.value / 2,
                                 label="Shandong's imports from Spain", scope=shandong)]
    shandong_store = dataclasses.replace(store, facts=[f for f in store.facts if f.subject != "spain"] + facts)
    spec = chart_for(shandong_store, "spain")
    assert spec["facts"] == ["es.exports-sd", "es.imports-sd"]
    chart = charts.resolve(spec, shandong_store, path="auto", line=0)
    assert "Qingdao" not in spec["title"] and "Qingdao" not in chart.subtitle, (spec["title"], chart.subtitle)
    assert "Shandong" in chart.subtitle
