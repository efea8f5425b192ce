"""The consistency, tense and scope rules of `briefgen facts check`, each on a small synthetic
store, and the shipped store's findings."""

from __future__ import annotations

from dataclasses import replace

from briefgen.facts.model import Entity, SeedInfo
from briefgen.facts.rules import notes_for, run_rules
from briefgen.facts.store import FactStore
from stores import fact

SEED = "news.txt"
CITY = Entity("qingdao", "Qingdao", "city")


def store_of(*facts, seed_dir=None) -> FactStore:
    entities = {CITY.slug: CITY, "ecom": Entity("ecom", "E-commerce", "sector"),
                "port": Entity("port", "Port", "sector"),
                "israel": Entity("israel", "Israel", "country")}
    seeds = {SEED: SeedInfo(SEED, "News", "Daily", "2019-06-10", "an article")}
    return FactStore(list(facts), entities, {}, seeds, CITY, seed_dir)


def codes(store, rule: str) -> list[tuple[str, str]]:
    return [(f.fact.id, f.message) for f in run_rules(store, (rule,))]


def money(id, label, value, written, quote, **kw):
    return fact(id, "ecom", kw.pop("metric", "trade"), label, quote, seed=SEED, value=value,
                unit="CNY", as_written=written, period="2018", **kw)


def growth(id, label, value, quote):
    return fact(id, "ecom", "growth_yoy", f"Growth of {label}", quote, seed=SEED, value=value,
                unit="percent", as_written=f"{value}%", period="2018")


def ecommerce(total_growth: str, b2b: str = "48.83", b2b_value: str = "32926000000"):
    return store_of(
        money("total", "trade, 2018", "34245000000", "RMB 34.245 billion", "total 34.245 up"),
        growth("total-growth", "trade, 2018", total_growth, "total up"),
        money("b2b", "B2B trade, 2018", b2b_value, "RMB 32.926 billion", "B2B", part_of="total"),
        growth("b2b-growth", "B2B trade, 2018", b2b, "B2B up 48.83%"),
        money("b2c", "B2C trade, 2018", "1317000000", "RMB 1.317 billion", "B2C", part_of="total"),
        growth("b2c-growth", "B2C trade, 2018", "53.86", "B2C up 53.86%"))


def test_parts_that_all_grew_faster_than_their_total_are_reported_with_both_quotes():
    [(fact_id, message)] = codes(ecommerce("41.9"), "consistency.parts-total")
    assert fact_id == "total-growth"
    assert "41.9%" in message and "b2b-growth 48.83%" in message and "b2c-growth 53.86%" in message
    assert '"total up"' in message and '"B2B up 48.83%"' in message


def test_a_total_growth_between_its_parts_is_consistent():
    assert codes(ecommerce("50"), "consistency.parts-total") == []


def test_parts_that_are_not_all_of_the_total_say_nothing_of_its_growth():
    assert codes(ecommerce("41.9", b2b_value="20000000000"), "consistency.parts-total") == []


def test_parts_that_add_up_to_more_than_the_total_are_reported():
    [(fact_id, message)] = codes(ecommerce("50", b2b_value="40000000000"),
                                 "consistency.parts-total")
    assert fact_id == "total" and "add up to more than it" in message


def test_a_brief_printing_both_sides_says_they_disagree():
    store = ecommerce("41.9")
    assert notes_for(store.notes, ["total-growth"]) == []  # one side alone: nothing to say
    [note] = notes_for(store.notes, ["total-growth", "b2c-growth"])
    assert note.startswith("Note: these growth figures disagree: 41.9% for the total")


def sister_ports(event_period: str):
    count = fact("ports", "port", "count", "Sister ports", "reached 22", seed=SEED, value=22,
                 unit="count", counted="sister ports", as_written="22", period="2018-05",
                 period_kind="point")
    haifa = fact("haifa", "israel", "sister_city", "Haifa Port, sister port", "agreement with Haifa",
                 seed=SEED, text="A sister port agreement with Haifa.", period=event_period,
                 period_kind="event", related=("port",), tags=("sister-port", "agreement"))
    return store_of(count, haifa)


def test_a_count_overtaken_by_a_later_event_of_its_kind_is_reported_and_noted():
    store = sister_ports("2019-06-02")
    [(fact_id, message)] = codes(store, "consistency.count-overtaken")
    assert fact_id == "ports" and "haifa (2019-06-02" in message and '"reached 22"' in message
    [note] = notes_for(store.notes, ["ports"])
    assert "dates from May 2018" in note and "Haifa Port, sister port, 2 June 2019" in note


def test_an_event_that_may_predate_the_count_does_not_overtake_it():
    assert codes(sister_ports("2018"), "consistency.count-overtaken") == []  # any day of 2018


def test_one_measure_with_two_values_for_one_period_across_subjects():
    city = fact("qd.routes", "qingdao", "sea_routes", "Sea routes", "q1", seed=SEED, value=60,
                unit="count", counted="routes", as_written="60", period="2019", related=("port",))
    port = fact("port.routes", "port", "sea_routes", "Sea routes", "q2", seed=SEED, value=70,
                unit="count", counted="routes", as_written="70", period="2019")
    [(fact_id, message)] = codes(store_of(city, port), "consistency.same-period-values")
    assert fact_id == "port.routes" and "qd.routes" in message


def test_future_tense_without_a_status_is_reported():
    plan = fact("park", "port", "platform", "Park", "will open", seed=SEED,
                text="The park is to open in 2019.")
    dated = fact("zone", "port", "platform", "Zone", "will open", seed=SEED,
                 text="The zone is to open in 2030.", period="2030", period_kind="target",
                 status="plan")
    assert [i for i, _ in codes(store_of(plan, dated), "tense.future-without-status")] == ["park"]


def test_a_figure_for_a_period_after_its_source_was_published_needs_a_status():
    def throughput(id, period, **kw):
        return fact(id, "port", "throughput", "Container throughput", "30 million TEU",
                    seed=SEED, value=30000000, unit="TEU", as_written="30 million TEU",
                    period=period, **kw)
    ahead = throughput("ahead", "2020")  # the seed is of 10 June 2019
    later_month = throughput("later-month", "2019-07")
    same_month = throughput("same-month", "2019-06")  # may be the month so far
    planned = throughput("planned", "2020", status="plan")
    target = throughput("target", "2020", period_kind="target")
    found = codes(store_of(ahead, later_month, same_month, planned, target),
                  "tense.future-period-without-status")
    assert [i for i, _ in found] == ["ahead", "later-month"]
    assert found[0][1] == ('its period 2020 begins after its source was published (2019-06-10): '
                           'a figure not yet reached is a plan, forecast or target: '
                           '"30 million TEU"')


def test_a_later_source_or_an_undated_one_may_state_the_figure_as_reached():
    from briefgen.facts.model import Source
    store = store_of(fact("reached", "port", "throughput", "Container throughput", "q",
                          seed=SEED, value=1, unit="TEU", as_written="1 TEU", period="2020"))
    for later in (SeedInfo("later.txt", "News", "Daily", "2021-01-05", "an article"),
                  SeedInfo("later.txt", "News", "Daily", None, "an article")):
        store.seeds["later.txt"] = later
        store.facts[0] = replace(store.facts[0], sources=(*store.facts[0].sources[:1],
                                                          Source("later.txt", "q")))
        assert codes(store, "tense.future-period-without-status") == []


def test_a_label_that_closes_an_open_list_is_reported():
    quote = "bulk commodities such as iron ore, manganese ore and chromium ore, 250 million tons"
    closed = fact("ores", "port", "mass", "Iron, manganese and chromium ore imported", quote,
                  seed=SEED, value=250000000, unit="t", as_written="250 million tons")
    kept = fact("ores2", "port", "mass", "Bulk commodities (such as iron, manganese and chromium "
                "ore) imported", quote, seed=SEED, value=250000000, unit="t",
                as_written="250 million tons")
    assert [i for i, _ in codes(store_of(closed, kept), "scope.such-as")] == ["ores"]


def test_a_remark_printed_as_a_statistic_is_reported(tmp_path):
    (tmp_path / SEED).write_text('Li said: "We chose Qingdao because its port is the second '
                                 'largest foreign trade port in China."\n', encoding="utf-8")
    quote = "its port is the second largest foreign trade port in China"
    bare = fact("rank", "port", "rank", "Port among foreign trade ports", quote, seed=SEED,
                value=2, unit="rank", as_written="second largest")
    said = fact("rank2", "port", "rank", "Port among foreign trade ports, according to Li", quote,
                seed=SEED, value=2, unit="rank", as_written="second largest")
    assert [i for i, _ in codes(store_of(bare, said, seed_dir=tmp_path), "scope.said")] == ["rank"]


def test_facts_check_reports_the_shipped_inconsistencies(run):
    from conftest import REPO
    result = run("--project", REPO, "facts", "check")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert any(w.startswith("warning: facts/sectors/ecommerce.yaml:") and "41.9%" in w
               and "48.83%" in w and "53.86%" in w and w.endswith("[consistency.parts-total]")
               for w in warnings), warnings
    assert any(w.startswith("warning: facts/sectors/port.yaml:") and "22 sister ports" in w
               and "il.haifa-sister-port-2019-06-02" in w for w in warnings), warnings


def test_a_part_that_cannot_be_compared_with_its_total_is_reported():
    total = money("total", "trade, 2018", "34245000000", "RMB 34.245 billion", "total")
    part = fact("b2b", "ecom", "trade", "B2B trade, Q1 2019", "B2B", seed=SEED, value=100,
                unit="CNY", as_written="RMB 100", period="2019-01/2019-03", part_of="total")
    [(fact_id, message)] = codes(store_of(total, part), "consistency.parts-total")
    assert fact_id == "b2b" and "cannot be compared with its total total" in message
