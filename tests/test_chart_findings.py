"""Charts that state their finding: titles from the values by the rules of compose/findings.py,
shares on a 0-100% track, hedged values drawn open, the currency at every money value."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from test_charts_fakes import chart_store

from briefgen.charts import resolve
from briefgen.charts.render import build_figure
from briefgen.compose import findings
from briefgen.theme import DEFAULT_THEME

EXACT = None


@pytest.mark.parametrize("big, small, expected", [
    (D("30.462"), D("19.7134"), "Utilised is two-thirds of signed"),  # 64.7%: within 3 points
    (D("5.13"), D("2.36"), "Utilised is under half of signed"),  # 46%: no fraction within 3
    (D("100"), D("96"), "Utilised is nearly as large as signed"),
    (D("2113"), D("92"), "Signed is over twenty times utilised"),  # below a third: a multiple
    (D("10"), D("3"), "Signed is over three times utilised"),
    (D("10"), D("5"), "Utilised is half of signed"),
    (D("12"), D("3"), "Signed is four times utilised"),
])
def test_two_bars_state_a_share_or_a_multiple(big, small, expected):
    assert findings.two_bars("signed", "utilised", (big, EXACT), (small, EXACT)) == expected


@pytest.mark.parametrize("big_q, small_q, expected", [
    ("more_than", None, "Signed is at least four times utilised"),  # the larger: a lower bound
    (None, "more_than", "Signed is at most four times utilised"),
    ("about", "about", "Signed is about four times utilised"),
    ("more_than", "more_than", None),  # both lower bounds: the ratio is open, no finding
    ("about", "more_than", None),
])
def test_a_hedged_figure_hedges_the_finding_or_leaves_it_unsaid(big_q, small_q, expected):
    assert findings.two_bars("signed", "utilised", (D(40), big_q), (D(10), small_q)) == expected


def test_a_share_of_a_lower_bound_is_at_most_that_share_and_hedges_never_stack():
    assert findings.two_bars("signed", "utilised", (D(3), "more_than"), (D(2), None)) == \
        "Utilised is at most two-thirds of signed"
    assert findings.two_bars("signed", "utilised", (D(33), "more_than"), (D(10), None)) is None


def test_a_finding_holds_no_digits():
    """A title adds no figure of its own: the comparison is in words (the brief content test
    checks every digit on a page against the facts)."""
    import re
    for big in range(2, 300, 7):
        said = findings.two_bars("a", "b", (D(big), None), (D(1), None))
        assert said and not re.search(r"\d", said), said


def test_plural_names_agree_and_several_bars_name_the_largest():
    assert findings.two_bars("imports", "exports", (D(7), None), (D("5.6"), None)) == \
        "Exports are four-fifths of imports"
    assert findings.several_bars(["construction approval", "real estate", "registration"],
                                 [(D(40), None), (D(5), None), (D(3), None)]) == \
        "Construction approval is the largest, over ten times registration"


def test_the_shipped_briefs_chart_titles_state_findings():
    from briefgen.build import BriefRequest, compose
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    from conftest import REPO
    project = load_project(REPO)
    store = load_store(project)
    document, _ = compose(project, store, BriefRequest("partner", "south-korea"))
    [chart] = [b.chart for b in document.blocks if getattr(b, "chart", None) is not None]
    assert chart.title == "Actually utilised investment is two-thirds of signed investment"
    assert [p.display for p in chart.points] == ["US$30.46 bn", "US$19.71 bn"]


def _figure(spec):
    return build_figure(resolve(spec, chart_store(), path="t.md", line=1), DEFAULT_THEME, (8.5, 5.5))


def test_shares_sit_on_a_0_to_100_track_and_hedged_bars_are_open():
    fig = _figure({"kind": "hbar", "title": "About half fly medical rescue",
                   "facts": ["h135.medical", "h135.police"]})
    ax = fig.axes[0]
    widths = [p.get_width() for p in ax.patches]
    assert widths == [100.0, 100.0, 50.0, 18.0]  # the track, then the bars
    assert ax.get_xlim()[1] > 100  # the whole scale, and room for the labels past it
    track, bar = ax.patches[0].get_facecolor(), ax.patches[2].get_facecolor()
    assert bar != ax.patches[2].get_edgecolor() and track != bar  # "about": drawn open
    assert {"about 50%", "about 18%"} <= {t.get_text() for t in ax.texts}


def test_exact_values_are_solid_bars_without_a_track():
    fig = _figure({"kind": "hbar", "title": "Germany ahead", "metric": "investment_total_cumulative",
                   "subjects": ["south-korea", "germany"]})
    ax = fig.axes[0]
    assert len(ax.patches) == 2
    assert all(p.get_facecolor() == p.get_edgecolor() for p in ax.patches)
