"""The integrity rules refuse misleading charts with a located message naming the facts."""

import itertools

import pytest
from test_charts_fakes import FACTS, chart_store, fact

from briefgen.charts import resolve
from briefgen.errors import ChartError

WHERE = "templates/sector.md.j2:27: "


def refusal(**spec) -> str:
    with pytest.raises(ChartError) as error:
        resolve(spec, STORE, path="templates/sector.md.j2", line=27)
    assert all(str(p).startswith(WHERE) for p in error.value.problems)
    return str(error.value)


STORE = chart_store(FACTS + [
    fact("kr.x1", "south-korea", "exports", 1, "USD", "2018"),
    fact("kr.x2", "south-korea", "exports", 2, "USD", "2019"),
    fact("kr.x3", "south-korea", "exports", 3, "USD", "2021"),
    fact("kr.xq", "south-korea", "exports", 3, "USD", "2020-01/2020-03"),
    fact("share.a", "qingdao", "share", 40, "percent", "2018"),
    fact("share.b", "qingdao", "share", 70, "percent", "2018"),
    fact("share.c", "qingdao", "share", 20, "percent", "2018"),
    fact("share.d", "qingdao", "share", 10, "percent", "2018"),
    fact("share.e", "qingdao", "share", 5, "percent", "2018"),
    fact("fin.funds-joined", "finance", "count", 10, "count", "2019", "point", counted="funds",
         label="Funds that have joined the sci-tech innovation fund"),
    fact("fin.funds-managed", "finance", "count", 4, "count", "2019", "point", counted="funds",
         label="Funds managed by the founder of China Equity Group"),
    fact("clear.import-2019", "customs", "import_clearance_time", "51.42", "h", "2019"),
    fact("clear.import-cut-2019", "customs", "change", "27.71", "percent", "2019",
         label="Cut in overall import clearance time, 2019 against 2018"),
    fact("clear.import-odd-2019", "customs", "change", "27.71", "percent", "2019",
         label="Import clearance time, 2019 against 2018"),
    fact("exam.after-2019", "customs", "duration", 6, "h", "2019", "point",
         label="Examination time with the 411 mode"),
])


def test_mixed_currencies_are_refused_without_conversion():
    message = refusal(kind="bar", title="t", facts=["sco.trade-2018", "sco.trade-2019"],
                      allow_mixed="periods")
    assert message == (WHERE + "chart mixes units: USD (sco.trade-2018) and CNY (sco.trade-2019); "
                       "briefgen does not convert currencies or units — chart figures in one unit")


def test_counts_of_different_things_are_different_units():
    message = refusal(kind="bar", title="t", facts=["kr.banks", "outbound.projects-2018"],
                      allow_mixed=["measures", "periods"])
    assert "count of banks (kr.banks) and count of projects (outbound.projects-2018)" in message


def test_signed_and_utilised_investment_are_not_mixed_unless_allowed():
    message = refusal(kind="column", title="t", facts=["kr.fdi-signed", "kr.fdi-utilised"])
    assert message == (WHERE + "chart mixes measures: fdi_signed_cumulative (kr.fdi-signed) and "
                       "fdi_utilized_cumulative (kr.fdi-utilised); chart one measure, or add "
                       "`allow_mixed: measures` and label each bar with its measure")


def test_cumulative_and_period_figures_are_not_mixed():
    message = refusal(kind="bar", title="t", facts=["kr.investment", "de.trade-2018"],
                      allow_mixed="measures")
    assert ("chart mixes kinds of period: cumulative (kr.investment) and period (de.trade-2018)"
            in message)


def test_subjects_are_compared_in_one_period_only():
    message = refusal(kind="bar", title="t", facts=["de.trade-2018", "kr.trade-2019q1"])
    assert ("chart compares subjects across different periods: 2018 (de.trade-2018) and "
            "2019-01/2019-03 (kr.trade-2019q1)") in message


def test_one_subject_over_periods_of_different_length_is_refused():
    message = refusal(kind="column", title="t", facts=["kr.x1", "kr.xq"])
    assert "periods of different lengths side by side: year (kr.x1) and 3 months (kr.xq)" in message


def test_line_needs_evenly_spaced_periods():
    message = refusal(kind="line", title="t", facts=["kr.x1", "kr.x2", "kr.x3"])
    assert "a line chart needs evenly spaced periods, got 2018 (kr.x1), 2019 (kr.x2), 2021 (kr.x3)" \
        in message


def test_line_follows_one_subject():
    message = refusal(kind="line", title="t", facts=["kr.x1", "demo.exports-2015"])
    assert "a line chart follows one subject over time" in message


def test_donut_with_five_parts_is_refused():
    message = refusal(kind="donut", title="t",
                      facts=["share.a", "share.b", "share.c", "share.d", "share.e"])
    assert message == (WHERE + "a donut shows 2 or 3 parts of one whole, got 5 (share.a, share.b, "
                       "share.c, share.d, share.e); use a bar chart")


def test_donut_parts_must_be_shares_of_one_whole():
    assert "add up to more than their whole (100 per cent)" in refusal(
        kind="donut", title="t", facts=["share.a", "share.b"])
    assert "do not add up to their whole" in refusal(
        kind="donut", title="t", facts=["share.a", "share.c"])
    assert "name the total with `whole:`" in refusal(
        kind="donut", title="t", facts=["ecom.b2b-2018", "ecom.b2c-2018"])


def test_non_numeric_fact_is_refused():
    message = refusal(kind="bar", title="t", facts=["kr.club"])
    assert message == WHERE + "fact kr.club has no value (a text fact) and cannot be charted"


def test_ranks_are_not_bars():
    assert "ranks are positions, not quantities" in refusal(kind="bar", title="t",
                                                            facts=["kr.rank"])


def test_growth_label_must_match_its_bar_period_and_subject():
    message = refusal(kind="bar", title="t", facts=["ecom.b2b-2018"],
                      growth={"ecom.b2b-2018": "kr.trade-growth-2019q1"})
    assert "growth fact kr.trade-growth-2019q1 is about south-korea, not ecommerce" in message
    message = refusal(kind="bar", title="t", facts=["kr.trade-2019q1"],
                      growth=["kr.fdi-signed"])
    assert "growth fact kr.fdi-signed must be a change in percent, pp, times" in message


def test_grouped_needs_two_to_four_series():
    message = refusal(kind="grouped", title="t", series={"Only": ["ecom.b2b-2018"]})
    assert "a grouped chart needs 2 to 4 series, got 1" in message


def test_before_after_needs_a_pair_of_one_subject():
    assert "needs exactly 2 facts, got 1" in refusal(kind="before_after", title="t",
                                                     facts=["customs.exam-before"])


def test_allowing_periods_does_not_allow_units():
    message = refusal(kind="bar", title="t", facts=["sco.trade-2018", "sco.trade-2019"],
                      allow_mixed=["periods", "measures"])
    assert "chart mixes units" in message


def test_all_problems_are_reported_together():
    with pytest.raises(ChartError) as error:
        resolve({"kind": "bar", "title": "t", "facts": ["sco.trade-2018", "kr.fdi-signed",
                                                         "sco.trade-2019"]},
                STORE, path="t.md", line=1)
    messages = [p.message for p in error.value.problems]
    assert [m.split(":")[0] for m in messages] == ["chart mixes units", "chart mixes measures",
                                                   "chart mixes kinds of period"]


def test_generic_metric_facts_on_one_subject_and_period_with_different_labels_differ():
    message = refusal(kind="bar", title="t", facts=["fin.funds-joined", "fin.funds-managed"])
    assert ('chart mixes measures: count "Funds that have joined the sci-tech innovation fund" '
            "(fin.funds-joined) and count") in message


def test_grouped_series_may_be_different_measures_stacked_may_not():
    spec = {"title": "t", "series": {"Exports": ["sco.exports-2019"],
                                     "Imports": ["sco.imports-2019"]}}
    resolve({"kind": "grouped", **spec}, STORE, path="t.md", line=1)
    assert "chart mixes measures: exports" in refusal(kind="stacked", **spec)
    resolve({"kind": "stacked", "allow_mixed": "measures", **spec}, STORE, path="t.md", line=1)


def test_before_after_may_pair_an_undated_before_with_a_dated_after():
    data = resolve({"kind": "before_after", "title": "t",
                    "facts": ["customs.exam-before", "exam.after-2019"]},
                   STORE, path="t.md", line=1)
    assert [p.label for p in data.points] == ["Before", "After (as of 2019)"]
    assert data.subtitle.startswith("Duration (hours) · ")


def test_a_cut_is_labelled_as_a_fall():
    data = resolve({"kind": "hbar", "title": "t", "facts": ["clear.import-2019"],
                    "growth": ["clear.import-cut-2019"]}, STORE, path="t.md", line=1)
    assert data.points[0].display == "51.42 h · \u221227.71%"
    assert "51.42 hours, down 27.71 per cent" in data.alt


def test_a_change_that_does_not_say_its_direction_is_refused():
    message = refusal(kind="hbar", title="t", facts=["clear.import-2019"],
                      growth=["clear.import-odd-2019"])
    assert "growth fact clear.import-odd-2019 does not say whether it is a rise or a fall" in message


@pytest.mark.parametrize("kind", ["bar", "line", "grouped", "before_after", "big_number", "donut"])
def test_any_pair_of_facts_resolves_or_is_refused_with_a_chart_error(kind):
    """No combination of facts crashes resolve: it gives a chart or says what is wrong."""
    ids = [f.id for f in STORE.find()]
    for pair in itertools.combinations(ids, 2):
        spec = {"kind": kind, "title": "t", "facts": list(pair)}
        if kind == "grouped":
            spec = {"kind": kind, "title": "t", "series": {"A": [pair[0]], "B": [pair[1]]}}
        for mixed in ([], ["measures", "periods"]):
            try:
                resolve({**spec, "allow_mixed": mixed}, STORE, path="t.md", line=1)
            except ChartError:
                pass
