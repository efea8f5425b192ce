"""The template helpers that choose and word what a brief shows (briefgen/compose/briefing.py),
on the shipped Qingdao store; and the small engine pieces the briefs rely on."""

from __future__ import annotations

import pytest
import yaml

from conftest import REPO


@pytest.fixture(scope="module")
def store():
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    return load_store(load_project(REPO))


def test_rank_roles_use_ordinals_and_regions(store):
    from briefgen.compose.briefing import rank_ids, role
    assert [role(store, i) for i in rank_ids(store, "south-korea")] == [
        "second largest investor", "second largest trading partner"]
    assert [role(store, i) for i in rank_ids(store, "germany")] == [
        "largest European investor", "largest European trading partner"]
    assert [role(store, i) for i in rank_ids(store, "hong-kong")] == [
        "largest source of foreign investment"]  # the quote's words, not "largest investor"
    assert rank_ids(store, "israel") == []


def test_dated_ranks_come_before_undated_reports(store):
    from briefgen.compose.briefing import rank_ids
    assert rank_ids(store, "japan") == ["jp.investor-rank", "jp.trade-partner-rank"]


def test_headline_figures_fill_whole_rows_and_never_mix_units_of_one_measure(store):
    from briefgen.compose.briefing import headline_ids, key_figure_ids
    for subject in ("south-korea", "japan", "sco", "ecommerce", "qingdao"):
        assert len(headline_ids(store, subject)) in (1, 2, 3, 4, 6)
    sco = headline_ids(store, "sco")
    assert "sco.trade-2019-jan-apr" in sco and "sco.trade-2018" not in sco
    # a brief with a chart keeps its panel to one row; its own chart's figures stay in the chart
    assert len(key_figure_ids(store, "south-korea")) == 4
    assert "ecom.b2b-2018" not in key_figure_ids(store, "ecommerce",
                                                 ["ecom.b2b-2018", "ecom.b2c-2018"])


def test_short_label_drops_only_a_trailing_period_of_the_fact(store):
    from briefgen.compose.briefing import short_label
    assert short_label(store, "kr.trade-2019q1") == "Qingdao's trade with South Korea"
    assert short_label(store, "fash.fashion-city-plan") == \
        "Pages of the international fashion city development plan"
    # a year that is not the fact's period stays: the subsidy before the 2019 increase
    assert short_label(store, "tal.startup-subsidy-current").endswith("before the 2019 increase")
    # a clause naming two years says more than the period under it
    assert short_label(store, "cus.import-clearance-cut-2019").endswith("2019 against 2018")
    # "in 2014" at the end, the fact's own year, goes too (the panel prints "2014" under it);
    # not in a label of another period
    from briefgen.compose.wording import label_without_period
    from stores import fact
    revenue = fact("us.revenue", "us", "money", "Revenue for GE Appliances in 2014", "q",
                   value=5.9, unit="USD", period="2014")
    assert label_without_period(revenue) == "Revenue for GE Appliances"
    assert label_without_period(fact("us.r", "us", "money", "Revenue for GE Appliances in 2014", "q",
                                     value=5.9, unit="USD", period="2015")).endswith("in 2014")


def test_undated_figures_say_when_their_source_reported_them(store):
    from briefgen.compose.briefing import when_of
    assert when_of(store, "kr.projects") == "as of March 2019"
    assert when_of(store, "film.park-investment") == "reported 2019"  # magazine of 2019
    # neither the figure nor its source is dated: no period label pretends otherwise
    assert when_of(store, "jp.zone-investment") == "date not given"


def test_equivalent_only_where_the_source_gives_one(store):
    from briefgen.compose.briefing import equivalent_text
    assert equivalent_text(store, "jp.zone-investment") == "about US$432.32 million"
    assert equivalent_text(store, "sco.trade-2019-jan-apr") == ""


def test_words_of_the_source_for_shares_and_multipliers(store):
    from briefgen.compose.briefing import figure_value
    assert figure_value(store, "film.share-of-national-films") == "nearly one third"
    assert figure_value(store, "out.cross-border-financing-growth") == "seven-fold"
    assert figure_value(store, "kr.trade-2019q1-growth") == "7.1%"
    assert figure_value(store, "kr.fdi-signed") == "US$30.46 billion"


def test_date_prefix_is_left_out_when_the_text_names_the_year(store):
    from dataclasses import replace

    from briefgen.compose.briefing import date_prefix
    from briefgen.facts.model import parse_period
    assert date_prefix(store, "jp.anniversary-40-2019") == ""  # "2019 marked the 40th …"
    assert date_prefix(store, "jp.firsts") == ""  # undated
    # a period inferred from the article's date dates the article, not the event: no
    # "2019: Oracle has set up …"
    oracle = store.get("ip.oracle-base")
    assert oracle.period.inferred and date_prefix(store, oracle) == ""
    stated = replace(oracle, period=parse_period("2019-03", "event"))
    assert date_prefix(store, stated) == "March 2019"


def test_sections_show_each_fact_once_and_leave_city_facts_to_the_overview(store):
    from briefgen.compose.briefing import intro_id, section_ids
    intro = intro_id(store, "ecommerce")
    assert intro and intro not in section_ids(store, "ecommerce", "platforms", 10)
    assert "qd.campaigns-list" not in section_ids(store, "talent", "platforms", 10)
    assert "qd.campaigns-list" in section_ids(store, "qingdao", "platforms", 10)


def test_facts_that_state_the_same_thing(store):
    from briefgen.compose.briefing import same_statement
    same = [
        ("sco.trade-office-cities", "kz.trade-office-almaty"),  # the whole and its part
        ("kg.trade-office-bishkek", "pk.trade-office-lahore"),  # one sentence per partner
        ("pk.haier-ruba-zone", "za.hisense-industrial-park"),
        ("by.borisov", "ru.nizhnekamsk"),
        ("jp.firsts", "jp.first-air-route-osaka"),  # one says all the other does
        ("avi.airbus-framework-2015", "avi.airbus-documents-2016"),
        ("sco.events-2018", "film.sco-film-festival"),
        ("out.key-cooperation-areas-named", "pk.haier-ruba-zone"),
    ]
    for a, b in same:
        assert same_statement(store, a, b) and same_statement(store, b, a), (a, b)
    different = [
        ("il.zim-mou-2019-06-02", "il.haifa-sister-port-2019-06-02"),  # one sentence, two deals
        ("ru.business-center", "kz.trade-office-almaty"),
        ("ru.business-center", "sco.trade-office-cities"),
        ("jp.firsts", "jp.sister-city-shimonoseki"),
        ("kr.projects", "kr.fdi-signed"),  # figures are never merged
    ]
    for a, b in different:
        assert not same_statement(store, a, b), (a, b)


def test_a_brief_lists_each_statement_once(store):
    from briefgen.compose.briefing import same_statement, section_ids
    sco = section_ids(store, "sco", "platforms", 7)
    assert "sco.trade-office-cities" in sco  # the cities in one bullet …
    assert not {"kz.trade-office-almaty", "kg.trade-office-bishkek",
                "pk.trade-office-lahore"} & set(sco)  # … not one per member
    assert "kz.trade-office-almaty" in section_ids(store, "kazakhstan", "platforms")  # own first
    assert "sco.trade-office-cities" not in section_ids(store, "kazakhstan", "platforms")
    outbound = section_ids(store, "outbound", "platforms", 7)
    assert not {"pk.haier-ruba-zone", "za.hisense-industrial-park"} & set(outbound)
    events = section_ids(store, "sco", "events")
    assert "sco.events-2018" in events and "film.sco-film-festival" not in events
    japan = section_ids(store, "japan", "milestones", 10)
    assert "jp.firsts" in japan and "jp.first-air-route-osaka" not in japan
    # a later section leaves out what an earlier one said
    assert "jp.firsts" not in section_ids(store, "japan", "milestones", 10,
                                          shown=("jp.first-air-route-osaka",))
    from briefgen.catalog import buildables
    from briefgen.config import load_project
    for item in buildables(load_project(REPO), store):
        for section in ("platforms", "milestones", "events"):
            ids = section_ids(store, item.slug, section, 10)
            for n, a in enumerate(ids):
                for b in ids[n + 1:]:
                    assert not same_statement(store, a, b), (item.slug, a, b)


def test_lists_leave_out_doubtful_facts_and_undated_events(store):
    from briefgen.compose.briefing import section_ids
    assert "ru.haier-refrigerator-milestone-2019-03-12" not in section_ids(
        store, "russia", "milestones", 10)  # suspect-scale
    aviation = section_ids(store, "aviation", "milestones", 10)
    assert "avi.airbus-qingdao-incorporated" not in aviation  # check-date
    assert "avi.united-general-aviation-jv" not in aviation
    assert "fash.sailing-events" not in section_ids(store, "fashion-tourism", "events", 10)
    assert all(store.get(i).period for i in section_ids(store, "investment-promotion", "events"))


def test_more_figures_leave_out_a_figure_a_shown_text_states(store):
    from briefgen.compose.briefing import more_ids
    chart = ("qd.business-registration-days", "qd.real-estate-registration-days",
             "qd.construction-approval-days")  # templates/sector/investment-promotion.md.j2
    assert "ip.poly-registration-time" in more_ids(store, "investment-promotion", 10, chart)
    # "… settled in Shibei district; registration took one day." states the figure
    assert "ip.poly-registration-time" not in more_ids(store, "investment-promotion", 10, chart,
                                                        shown=("ip.poly-headquarters",))


def test_key_figures_leave_the_automatic_chart_its_figures(store):
    from briefgen.compose.briefing import chart_for, key_figure_ids
    for subject in ("germany", "south-korea", "sco", "qingdao", "japan"):
        charted = set(chart_for(store, subject)["facts"])
        shown = key_figure_ids(store, subject)
        assert len(shown) >= 3 and not charted & set(shown), subject
    # too few other figures: the panel keeps what there is rather than stay nearly empty
    assert key_figure_ids(store, "south-korea", ["kr.projects", "kr.trade-2019q1"])


def test_undated_figures_come_after_dated_ones(store):
    from briefgen.compose.briefing import headline_ids
    japan = headline_ids(store, "japan")
    assert "jp.zone-investment" not in japan  # undated, its source too
    assert len(japan) in (4, 6)


def test_automatic_chart_shows_parts_not_their_total_and_their_growth(store):
    from briefgen.compose.briefing import chart_for
    sco = chart_for(store, "sco")
    assert set(sco["facts"]) == {"sco.exports-2019-jan-apr", "sco.imports-2019-jan-apr"}
    assert sco["growth"]["sco.exports-2019-jan-apr"] == "sco.exports-2019-jan-apr-growth"
    germany = chart_for(store, "germany")  # total and one part: the total stays
    assert germany["facts"] == ["de.trade-2018", "de.exports-2018"]
    assert chart_for(store, "japan")["title"] == "Inbound projects are over twenty times outbound projects"
    assert chart_for(store, "israel") is None


def test_automatic_charts_resolve(store):
    from briefgen import charts
    from briefgen.catalog import buildables
    from briefgen.compose.briefing import chart_for
    from briefgen.config import load_project
    for item in buildables(load_project(REPO), store):
        spec = chart_for(store, item.slug)
        if spec:
            chart = charts.resolve(spec, store, path="auto", line=0)
            assert chart.title == spec["title"]


def test_yaml_filter_survives_the_markdown_unescaping_of_directive_bodies():
    from briefgen.compose.templates import unescape_markdown, yaml_quote
    for value in ['Business registration ("3540" reform)', "it's", "a\\*b: #c", "R&D <Q> “d”",
                  "line\nbreak", ""]:
        body = "key: " + yaml_quote(value)
        assert yaml.safe_load(unescape_markdown(body))["key"] == value.replace("\n", " ")


def test_chart_spec_height_is_honoured_and_the_option_wins(store, tmp_path):
    from briefgen import document as d
    from briefgen.compose.build import build_document

    def height(tmp, text):
        (tmp / "t.md.j2").write_text("---\ntitle: T\n---\n" + text)
        doc = build_document("t.md.j2", store, template_dirs=[tmp])
        return next(b.height_mm for b in doc.blocks if isinstance(b, d.Figure))

    spec = "kind: hbar\ntitle: T\nfacts: [kr.fdi-signed, kr.fdi-utilized]\nallow_mixed: measures\n"
    text = 61.0 - height(tmp_path, f"```chart\n{spec}height: 61\n```\n")  # title and source, as text
    assert 10 < text < 20
    assert height(tmp_path, f"```chart\n{spec}```\n") == pytest.approx(36.0 - text)  # from its bars
    assert height(tmp_path, f"```chart height=44\n{spec}height: 61\n```\n") == pytest.approx(44.0 - text)


def test_prune_sources_keeps_the_cited_and_closes_up_the_numbers():
    from briefgen import document as d
    from briefgen.citations import prune_sources
    blocks = (
        d.Paragraph((d.Text("a"), d.CitationRef(1))),
        d.Paragraph((d.Text("c"), d.CitationRef(3))),
        d.KeyFigures((d.KeyFigure("x", "1", None, (3,)),)),
        d.Sources(tuple(d.SourceEntry(n, f"S{n}", quote=f"q{n}") for n in (1, 2, 3))),
    )
    pruned = prune_sources(blocks)
    assert pruned[1].children[1] == d.CitationRef(2)
    assert pruned[2].items[0].citations == (2,)
    assert [(e.number, e.quote) for e in pruned[3].entries] == [(1, "q1"), (2, "q3")]
    assert prune_sources(pruned) == pruned  # nothing left to prune


def test_one_amount_two_sources_give_under_two_measures_is_one_headline(tmp_path):
    from briefgen.compose.briefing import headline_ids
    from briefgen.facts.model import Entity, SeedInfo, parse_period
    from briefgen.facts.store import FactStore
    from stores import fact
    seeds = {"a.txt": SeedInfo("a.txt", "A", "Daily", "2020-09-22", "an article"),
             "b.txt": SeedInfo("b.txt", "B", "Times", "2020-11-13", "another")}
    money = dict(value=750000000, unit="USD", period="2019")
    facts = [fact("sg.fdi", "singapore", "fdi_utilized", "Actually utilised investment",
                  "actual foreign investment from Singapore hit $750 million", seed="a.txt",
                  as_written="$750 million", **money),
             fact("sg.fdi-2", "singapore", "investment_amount", "Foreign direct investment",
                  "the Republic injecting some US$750 million", seed="b.txt",
                  as_written="US$750 million", value=750000000, unit="USD",
                  period=parse_period("2019", None, True)),  # dated by its article: inferred
             fact("sg.trade", "singapore", "trade_volume", "Trade", "trade reached $750 million",
                  seed="a.txt", as_written="$750 million", value=750000000, unit="USD",
                  period="2020-01/2020-07"),
             fact("sg.projects", "singapore", "projects", "Projects", "70 projects", seed="b.txt",
                  as_written="70", value=70, unit="count", counted="projects", period="2019"),
             fact("sg.firms", "singapore", "count", "Firms", "70 firms", seed="b.txt",
                  as_written="70", value=70, unit="count", counted="firms", period="2019")]
    store = FactStore(facts, {"singapore": Entity("singapore", "Singapore", "country")}, {}, seeds,
                      Entity("qingdao", "Qingdao", "city"), tmp_path)
    assert headline_ids(store, "singapore") == ["sg.fdi", "sg.trade", "sg.projects", "sg.firms"]
    # nor is it listed again under "More figures": the key figure already gives the amount
    from briefgen.compose.briefing import more_ids
    assert more_ids(store, "singapore") == []
    alone = FactStore([f for f in facts if f.id != "sg.fdi"], store.entities, {}, seeds,
                      Entity("qingdao", "Qingdao", "city"), tmp_path)
    assert "sg.fdi-2" in headline_ids(alone, "singapore")
    # equal percentages are two figures: exports up 7% and imports up 7%
    from briefgen.compose.briefing import _stated_twice
    growth = [fact("sg.exports-growth", "singapore", "change", "Exports", "exports up 7%",
                   seed="a.txt", as_written="7%", value=7, unit="percent", period="2019"),
              fact("sg.imports-growth", "singapore", "change", "Imports", "imports up 7%",
                   seed="a.txt", as_written="7%", value=7, unit="percent", period="2019")]
    assert not _stated_twice(*growth)


def test_an_undated_number_in_a_list_says_so_and_comes_after_dated_ones(store):
    from dataclasses import replace

    from briefgen.compose.briefing import figure_note, more_ids
    from briefgen.compose.store_view import undated
    from briefgen.facts.store import FactStore
    # beside dated figures, a number with no date would read as today's
    assert figure_note(store, "jp.zone-investment") == "date not given"
    # first in the store and of the others' priority, it is still listed after every dated one
    zone = replace(store.get("jp.zone-investment"), priority=2)
    facts = [zone] + [f for f in store.facts if f.id != zone.id]
    moved = FactStore(facts, store.entities, store.metrics, store.seeds, store.city, store.seed_dir)
    listed = more_ids(moved, "japan", 30)
    dated = [i for i in listed if not undated(moved, moved.get(i))]
    assert dated and listed[:len(dated)] == dated and "jp.zone-investment" in listed[len(dated):]


def test_a_brief_leads_with_the_city_s_own_figures_before_another_place_s_of_their_priority(tmp_path):
    """Figures accepted from news about another city or the province (scope) come after the
    city's own of the same priority: they never push the city's figures out of the panel."""
    from briefgen.compose.briefing import headline_ids
    from briefgen.facts.model import Entity, FactScope, SeedInfo
    from briefgen.facts.store import FactStore
    from stores import fact
    seeds = {"a.txt": SeedInfo("a.txt", "A", "Daily", "2020-09-22", "an article")}
    elsewhere = [fact(f"kr.weihai-{n}", "korea", "count", f"Firms {n} in Weihai", f"{n} firms in Weihai",
                      seed="a.txt", as_written=str(n), value=n, unit="count", counted="firms", period="2019",
                      scope=FactScope("city", "Weihai")) for n in (10, 20, 30, 40)]
    own = [fact(f"kr.own-{n}", "korea", "count", f"Banks {n}", f"{n} banks in Qingdao", seed="a.txt",
                as_written=str(n), value=n, unit="count", counted="banks", period="2019") for n in (5, 6)]
    headline = fact("kr.rank", "korea", "count", "Projects", "90 projects", seed="a.txt", as_written="90",
                    value=90, unit="count", counted="projects", period="2019", priority=1,
                    scope=FactScope("province", "Shandong"))
    store = FactStore([*elsewhere, *own, headline], {"korea": Entity("korea", "Korea", "country")}, {},
                      seeds, Entity("qingdao", "Qingdao", "city"), tmp_path)
    assert headline_ids(store, "korea", 4) == ["kr.rank", "kr.own-5", "kr.own-6", "kr.weihai-10"]
