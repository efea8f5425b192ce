"""A real FactStore of facts taken from the shipped seeds (and a few made up), for the chart
tests. (Named test_charts_* so it sits with the chart tests it serves.)"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from briefgen.facts.model import Entity, Fact, Metric, SeedInfo, Source, parse_period
from briefgen.facts.store import FactStore

MAGAZINE = "003_4c29bc11d0cc8af9.txt"
RELEASE = "002_ebe02bed5fb1622e.txt"
SEED_DIR = Path(__file__).resolve().parents[1] / "seeds"  # the shipped project's seeds


def fact(id, subject, metric, value=None, unit=None, period=None, kind=None, quote="q",
         seed=MAGAZINE, **extra) -> Fact:
    return Fact(id=id, subject=subject, metric=metric, label=extra.pop("label", id),
                sources=(Source(seed, quote),),
                value=None if value is None else Decimal(str(value)), unit=unit,
                period=parse_period(period, kind) if period else None, **extra)


FACTS = [
    fact("kr.fdi-signed", "south-korea", "fdi_signed_cumulative", 30462000000, "USD", "../2019-03",
         label="Signed investment from South Korea",
         quote="with signed foreign investment of $30.462 billion"),
    fact("kr.fdi-utilised", "south-korea", "fdi_utilized_cumulative", 19713400000, "USD",
         "../2019-03", label="Actually utilised investment from South Korea",
         quote="actually utilized foreign investment of $19.7134 billion"),
    fact("jp.paid-in", "japan", "fdi_paid_in_cumulative", 5800000000, "USD", "../2018",
         label="Paid-in capital from Japan", quote="a total paid-in capital of USD 5.8 billion"),
    fact("de.investment", "germany", "investment_total_cumulative", 2600000000, "USD", "../2019-03",
         label="Total investment from Germany", quote="with a total investment of $2.6 billion"),
    fact("kr.investment", "south-korea", "investment_total_cumulative", 1196000000, "USD",
         "../2019-03", label="Total investment of approved projects in South Korea"),
    fact("kr.trade-2019q1", "south-korea", "trade_volume", 1930000000, "USD", "2019-01/2019-03"),
    fact("kr.trade-growth-2019q1", "south-korea", "growth_yoy", "7.1", "percent",
         "2019-01/2019-03"),
    fact("de.trade-2018", "germany", "trade_volume", 2370000000, "USD", "2018"),
    fact("sco.trade-2018", "sco", "trade_volume", 5500000000, "USD", "2018"),
    fact("sco.trade-2019", "sco", "trade_volume", 12587000000, "CNY", "2019-01/2019-04"),
    fact("sco.exports-2019", "sco", "exports", 5576000000, "CNY", "2019-01/2019-04"),
    fact("sco.imports-2019", "sco", "imports", 7011000000, "CNY", "2019-01/2019-04"),
    fact("sco.two-way", "sco", "two_way_investment_cumulative", "1.9e9", "USD", "../2019-06",
         qualifier="more_than"),
    fact("ecom.total-2018", "ecommerce", "trade_volume", 34245000000, "CNY", "2018",
         label="Cross-border e-commerce trade"),
    fact("ecom.b2b-2018", "ecommerce", "trade_volume", 32926000000, "CNY", "2018", label="B2B trade"),
    fact("ecom.b2c-2018", "ecommerce", "trade_volume", 1317000000, "CNY", "2018", label="B2C trade"),
    fact("ecom.b2b-growth-2018", "ecommerce", "growth_yoy", "48.83", "percent", "2018"),
    fact("ecom.b2c-growth-2018", "ecommerce", "growth_yoy", "53.86", "percent", "2018"),
    fact("customs.exam-before", "customs", "duration", 25, "h",
         label="Average examination time at Huangdao Customs",
         quote="reduced from 25 hours to 6 hours"),
    fact("customs.exam-after", "customs", "duration", 6, "h",
         label="Average examination time at Huangdao Customs",
         quote="reduced from 25 hours to 6 hours"),
    fact("qd.fdi-2019", "qingdao", "fdi_utilized", 2360000000, "USD", "2019-01/2019-05",
         label="Actually utilised foreign investment"),
    fact("qd.fdi-growth-2019", "qingdao", "growth_yoy", "6.7", "percent", "2019-01/2019-05"),
    fact("h135.medical", "aviation", "share", 50, "percent", qualifier="about",
         label="H135 helicopters used for medical rescue"),
    fact("h135.police", "aviation", "share", 18, "percent", qualifier="about",
         label="H135 helicopters used for police duties"),
    fact("kr.club", "south-korea", "platform", text="The Qingdao-South Korea International "
         "Business Club was launched in November 2019.", seed="000_79af381633f60f74.txt"),
    fact("kr.rank", "south-korea", "investor_rank", 1, "rank"),
    fact("outbound.projects-2018", "outbound", "projects", 62, "count", "2018", counted="projects",
         seed=RELEASE),
    fact("outbound.key-projects", "outbound", "investment_amount", 380000000, "USD",
         label="Invested in key overseas projects", seed=RELEASE,
         quote="380 million USD has been invested in the key projects"),
    fact("kr.banks", "south-korea", "count", 9, "count", counted="banks"),
]
# A short series for line charts (figures made up for the tests, not from a seed).
FACTS += [fact(f"demo.exports-{year}", "qingdao", "exports", value, "USD", str(year))
          for year, value in ((2015, 41.2e9), (2016, 38.9e9), (2017, 43.5e9), (2018, 47.1e9))]

ENTITIES = {e.slug: e for e in [
    Entity("qingdao", "Qingdao", "city"),
    Entity("south-korea", "South Korea", "country", iso="KR"),
    Entity("japan", "Japan", "country", iso="JP"),
    Entity("germany", "Germany", "country", iso="DE"),
    Entity("sco", "SCO countries", "group", short="SCO"),
    Entity("ecommerce", "Cross-border e-commerce", "sector"),
    Entity("customs", "Customs and trade facilitation", "sector"),
    Entity("aviation", "Aviation", "sector"),
    Entity("outbound", "Outbound investment", "sector"),
]}

METRICS = {name: Metric(name, label) for name, label in {
    "fdi_signed_cumulative": "Signed (contract) foreign investment, cumulative",
    "fdi_utilized_cumulative": "Actually utilised foreign investment, cumulative",
    "fdi_paid_in_cumulative": "Paid-in capital, cumulative",
    "investment_total_cumulative": "Total investment of projects, cumulative",
    "fdi_utilized": "Actually utilised foreign investment in a period",
    "two_way_investment_cumulative": "Two-way investment, cumulative",
    "trade_volume": "Import and export trade", "exports": "Exports", "imports": "Imports",
    "growth_yoy": "Year-on-year change", "share": "Share", "duration": "Duration",
    "projects": "Projects in a period or programme", "investment_amount": "Investment amount", "count": "Count",
    "investor_rank": "Rank as a source of investment", "platform": "Cooperation platform",
}.items()}

SEEDS = {
    MAGAZINE: SeedInfo(MAGAZINE, "A City of Dreams: Qingdao — An International Metropolis",
                       "A City of Dreams Qingdao (investment magazine)", None, "magazine",
                       reference_year=2019),
    RELEASE: SeedInfo(RELEASE, "Qingdao Intensifies Overseas Production Capacity Cooperation",
                      "english.qingdao.gov.cn", "2018-05-14", "release"),
    "000_79af381633f60f74.txt": SeedInfo("000_79af381633f60f74.txt",
                                         "Qingdao business clubs boost intl cooperation", None,
                                         "2021-03-12", "news"),
}


def chart_store(facts=FACTS) -> FactStore:
    """A real FactStore of these facts (its own lookups and indexes); the facts are not
    verified against seeds, which the chart tests do not need (see the test below)."""
    return FactStore(facts=list(facts), entities=ENTITIES, metrics=METRICS, seeds=SEEDS,
                     city=ENTITIES["qingdao"], seed_dir=SEED_DIR)


def test_chart_facts_with_a_quote_are_the_shipped_store_s_facts():
    """The facts quoted here are the shipped project's: each quote is in its seed, and where
    the shipped store has the fact, it has the same value, unit and period."""
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    from briefgen.facts.verify import normalise
    shipped = load_store(load_project(SEED_DIR.parent))
    quoted = [f for f in FACTS if f.sources[0].quote != "q"]
    assert len(quoted) >= 7
    for fact in quoted:
        seed = normalise((SEED_DIR / fact.seed).read_text(encoding="utf-8"))
        assert normalise(fact.sources[0].quote) in seed, fact.id
        if fact.id in shipped.by_id:
            real = shipped.get(fact.id)
            assert (real.value, real.unit, real.period) == (fact.value, fact.unit, fact.period)
    store = chart_store()
    assert store.get("kr.fdi-signed").value == Decimal("30462000000")
    assert [f.id for f in store.find(subject="sco", metric="exports")] == ["sco.exports-2019"]