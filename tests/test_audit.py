"""briefgen audit: each rule catches a defect planted in a claim, and passes the claim mended."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from stores import fact

from briefgen import document as d
from briefgen.audit import dates, events, measure, numbers, scope, speaker, tense
from briefgen.audit.finding import Finding
from briefgen.audit.reading import Cited, Claim, claims
from briefgen.events.model import Contact, Event
from briefgen.facts.model import SeedInfo

REPO = Path(__file__).resolve().parents[1]


class Context:
    """What the rules ask of a context, without a project."""

    def __init__(self, store=None, today=dt.date(2026, 1, 1), seeds=None):
        self.store, self.today, self._seeds = store, today, seeds or {}

    def seed_text(self, seed):
        return self._seeds.get(seed)


class NoSeeds:
    seeds: dict = {}


CONTEXT = Context(NoSeeds())


def claim(text: str, *facts, kind: str = "text") -> Claim:
    cited = tuple(Cited(n, f.quote, (f,), f.quote) for n, f in enumerate(facts, 1))
    return Claim("partner-x", kind, text, cited)


def reasons(rule, text, *facts, context=CONTEXT) -> list[str]:
    return [f.reason for f in rule(claim(text, *facts), context)]


KOREA = fact("kr.trade", "south-korea", "trade_volume", "Trade with South Korea",
             "In the first quarter of 2019, Qingdao's trade with South Korea reached $1.93 "
             "billion", value=1930000000, unit="USD", period="2019-01/2019-03")


# --- numbers ---------------------------------------------------------------------------------

def test_a_number_no_quote_gives_is_found():
    assert reasons(numbers.check, "Qingdao's trade with South Korea: US$2.93 billion", KOREA) \
        == ["'US$2.93 billion' is in none of the cited quotes"]


def test_a_number_as_quoted_or_converted_passes():
    area = fact("film.area", "film", "area", "Floor area", "a total of 5,400,000 m2 buildings",
                value=5400000, unit="m2")
    fdi = fact("kr.fdi", "south-korea", "fdi", "Signed FDI", "signed investment of $30.462 "
               "billion", value=30462000000, unit="USD")
    nine = fact("c", "x", "platform", "centres", "nine business centers", text="t")
    assert reasons(numbers.check, "Trade: US$1.93 billion (Q1 2019)", KOREA) == []
    assert reasons(numbers.check, "Building floor area: 5.4 million m²", area) == []
    assert reasons(numbers.check, "Signed: US$30.46 billion", fdi) == []
    assert reasons(numbers.check, "A business centre, one of its 9 centres", nine) == []


@pytest.mark.parametrize("text, found", [
    ("Trade: US$1.93 billion", []),  # 1.925 rounded half up to the digits printed
    ("Trade: US$1.9 billion", []),
    ("Trade: US$2 billion", []),
    ("Trade: RMB1.93 billion", []),
    ("Trade: €1.93 billion", []),
    ("Trade: US$1.92 billion", ["'US$1.92 billion'"]),
    ("Trade: US$1.94 billion", ["'US$1.94 billion'"]),
    ("Trade: US$1.8 billion", ["'US$1.8 billion'"]),
    ("Trade: US$1.925 million", ["'US$1.925 million'"]),
    ("Trade: US$1,925,000,001", ["'US$1,925,000,001'"]),
    ("Trade: US$1925000000000000000000000000000", ["'US$1925000000000000000000000000000'"]),
])
def test_a_figure_may_be_printed_rounded_to_the_digits_it_shows_and_no_other(text, found):
    trade = fact("t", "south-korea", "trade_volume", "Trade", "trade reached 1,925 million",
                 value=1925000000, unit="USD")
    assert [r.split(" is in")[0] for r in reasons(numbers.check, text, trade)] == found


def test_a_number_in_words_is_never_a_rounding():
    """"ten" is ten: a quote's 8 or 12 rounded to one digit is no licence to print it."""
    for quoted in ("8", "12"):
        berths = fact("b", "port", "count", "Berths", f"the port has {quoted} berths",
                      value=int(quoted), unit="count", counted="berths")
        assert reasons(numbers.check, "The port has ten berths", berths) \
            == ["'ten' is in none of the cited quotes"]
        assert reasons(numbers.check, f"Berths: {quoted}", berths) == []


def test_a_chart_title_s_comparison_is_held_to_its_figures():
    """'two-thirds of' is a documented conversion of two cited figures (compose/findings.py);
    a comparison they do not bear out is found."""
    signed = fact("kr.signed", "south-korea", "fdi", "Signed", "signed investment of $30.462 "
                  "billion", value=30462000000, unit="USD")
    used = fact("kr.used", "south-korea", "fdi_used", "Utilised", "actually utilized foreign "
                "investment of $19.7134 billion", value=19713400000, unit="USD")
    title = "Actually utilised investment is {} of signed investment. US$ · cumulative"
    assert reasons(numbers.check, title.format("two-thirds"), signed, used) == []
    assert reasons(numbers.check, title.format("three-quarters"), signed, used) == \
        ["'three-quarters' is in none of the cited quotes"]
    assert reasons(numbers.check, "Signed is over twenty times utilised", signed, used) == \
        ["'over twenty times' is in none of the cited quotes"]


@pytest.mark.parametrize("text, found", [
    ("The fair opened on 1 July 2019", []),  # a day of a month is no figure
    ("The fair opened on 31 March 2019", []),
    ("May 13: the fair opened", []),
    ("Firms signed in May 2019: 32", ["'32'"]),  # no month has a 32nd day
    ("Firms signed in 2019: 0", ["'0'"]),
    ("Exports of the H135 helicopter and of Q1 2019: US$1.93 billion", []),  # names, not figures
    ("The 3540s series: US$1.93 billion", []),
    ("The 3540 series: US$1.93 billion", ["'3540'"]),
    ("The 737MAX jets: US$1.93 billion", []),
    ("South Korea is Qingdao's second largest partner: US$1.93 billion", []),  # ranks are no
    ("South Korea is Qingdao's largest partner: US$1.93 billion", []),  # figures here
    ("In 2019, the second largest partner: US$2.93 billion", ["'US$2.93 billion'"]),
])
def test_days_years_and_names_are_no_figures_and_every_other_number_is(text, found):
    assert [r.split(" is in")[0] for r in reasons(numbers.check, text, KOREA)] == found


def test_an_uncited_claim_is_not_held_to_numbers():
    assert reasons(numbers.check, "Periods of the figures: 2019") == []


# --- dates -----------------------------------------------------------------------------------

def test_a_year_or_month_the_quote_and_period_lack_is_found():
    found = reasons(dates.check, "In June 2018 Qingdao's trade with South Korea grew", KOREA)
    assert found == ["2018 is in neither the cited quotes nor the facts' periods",
                     "'June' is in neither the cited quotes nor the facts' periods"]


def test_a_date_within_the_facts_period_passes():
    assert reasons(dates.check, "Trade with South Korea (Jan–Mar 2019)", KOREA) == []
    assert reasons(dates.check, "Companies may apply in 2019", KOREA) == []  # "may", the verb


def test_a_finding_names_the_brief_the_sentence_the_rule_and_the_quote():
    """What a reader of `briefgen audit` sees: one line per finding, whatever the rule."""
    text = "In June 2018 trade grew"
    said = "2018 is in neither the cited quotes nor the facts' periods"
    assert [f.line() for f in dates.check(claim(text, KOREA), CONTEXT)] == [
        f"partner-x: {text}: dates: {said}: {KOREA.quote}",
        f"partner-x: {text}: dates: 'June' is in neither the cited quotes nor the facts' periods: "
        f"{KOREA.quote}"]
    investor = fact("de.rank", "germany", "investor_rank", "Rank", "Germany is the largest "
                    "investor in Qingdao", value=1, unit="rank")
    text = "Germany is Qingdao's top Asian investor"
    assert [f.line() for f in scope.check(claim(text, investor), CONTEXT)] == [
        f"partner-x: {text}: scope: the rank word 'top' is in none of the cited quotes: "
        f"{investor.quote}",
        f"partner-x: {text}: scope: the scope word 'asian' is in none of the cited quotes: "
        f"{investor.quote}"]


@pytest.mark.parametrize("text, found", [
    ("Trade grew in May 2019", ["'May'"]),
    ("Signed on 13 May in Qingdao", ["'May'"]),
    ("9 May: the trade fair", ["'May'"]),
    ("Trade grew in June", ["'June'"]),  # a month without a day or a year is a month too
    ("Companies may visit in June", ["'June'"]),  # the verb "may" is passed, not the rest
    ("Investors May Apply Until the Fund Closes", []),  # "May" the verb, in a title
    ("Investors May Apply from June", ["'June'"]),  # and the months after it are read
])
def test_may_is_a_month_beside_a_day_or_a_year_and_otherwise_the_verb(text, found):
    reasons_ = reasons(dates.check, text, KOREA)
    assert [r.split(" is in")[0] for r in reasons_] == found


def period_fact(period):
    return fact("p", "south-korea", "trade_volume", "Trade", "trade grew", value=5, unit="USD",
                period=period)


@pytest.mark.parametrize("period, text, found", [
    ("2019", "Trade in January 2019 and December 2019", []),
    ("2019", "Trade in 2020", ["2020"]),
    ("2019-03/2019-05", "Trade in March, April and May 2019", []),
    ("2019-03/2019-05", "Trade in January 2019", ["'January'"]),
    ("2019-03/2019-05", "Trade in June 2019", ["'June'"]),
    ("2019-01/2019-03", "Trade in April 2019", ["'April'"]),
    ("2019-03/2019-10", "Trade in October 2019", []),
    ("2019-11/2019-12", "Trade in January 2019", ["'January'"]),
    ("2018-06/2019-06", "Trade in January 2019 and December 2018", []),
])
def test_a_claim_may_print_every_year_and_month_of_a_cited_period_and_no_other(period, text, found):
    reasons_ = reasons(dates.check, text, period_fact(period))
    assert [r.split(" is in")[0] for r in reasons_] == found


def test_a_month_may_be_the_cited_source_s_or_written_as_a_number_in_a_quote():
    class Seeds:
        seeds = {"nov.txt": SeedInfo("nov.txt", "News", "Daily", "2019-11", "an article"),
                 "day.txt": SeedInfo("day.txt", "News", "Daily", "2019-11-20", "an article")}
    for seed in Seeds.seeds:
        undated = fact("u", "port", "count", "Routes", "five routes", value=5, unit="count",
                       seed=seed)
        assert reasons(dates.check, "Routes as of November 2019", undated,
                       context=Context(Seeds())) == []
        assert reasons(dates.check, "Routes as of October 2019", undated,
                       context=Context(Seeds())) \
            == ["'October' is in neither the cited quotes nor the facts' periods"]
    iso = fact("i", "port", "count", "Routes", "routes on 2019-10-08: five", value=5, unit="count")
    assert reasons(dates.check, "Routes in October 2019", iso) == []


# --- scope -----------------------------------------------------------------------------------

def test_rank_and_scope_words_beyond_the_quote_are_found():
    investor = fact("de.rank", "germany", "investor_rank", "Rank", "Germany is the largest "
                    "investor in Qingdao", value=1, unit="rank")
    assert reasons(scope.check, "Germany is Qingdao's second largest European investor",
                   investor) == ["the rank word 'second' is in none of the cited quotes",
                                 "the scope word 'european' is in none of the cited quotes"]
    assert reasons(scope.check, "Germany is Qingdao's largest investor", investor) == []
    # an ordinal written in figures says its word
    third = fact("t.rank", "fashion-tourism", "rank", "Rank", "the city ranked 3rd in tourist "
                 "satisfaction among 60 cities", value=3, unit="rank")
    assert reasons(scope.check, "Qingdao's rank in tourist satisfaction among 60 cities: third", third) == []
    assert reasons(scope.check, "Qingdao's rank among 60 cities: second", third) == [
        "the rank word 'second' is in none of the cited quotes"]
    # a superlative's place is first ("the most in the world"), but first says no superlative
    most = fact("p.rank", "port", "rank", "Rank", "its cargo throughput exceeded 1.6 billion metric "
                "tons in 2022, the most in the world", value=1, unit="rank")
    assert reasons(scope.check, "Rank of cargo throughput in the world: first (2022)", most) == []
    assert reasons(scope.check, "Germany is Qingdao's first investor", fact(
        "d.r", "germany", "investor_rank", "Rank", "Germany invested early in Qingdao", value=1,
        unit="rank")) == ["the rank word 'first' is in none of the cited quotes"]
    assert reasons(scope.check, "Germany is Qingdao's largest investor", fact(
        "d.f", "germany", "investor_rank", "Rank", "Germany was the first investor in Qingdao",
        value=1, unit="rank")) == ["the rank word 'largest' is in none of the cited quotes"]


def test_a_flow_said_in_the_opposite_direction_of_its_quote_is_found():
    outbound = fact("o.bri", "outbound", "money", "Investment", "Shandong's actual outbound investment "
                    "was 28.07 billion yuan; of which the actual investment in countries along the "
                    "Belt and Road was 6.2 billion yuan", value=6200000000, unit="CNY")
    assert reasons(measure.check, "Actually utilised foreign investment in Shandong: RMB 6.2 billion",
                   outbound) == ["the claim says 'foreign'; its cited quotes only say the opposite"]
    assert reasons(measure.check, "Shandong's outbound investment: RMB 6.2 billion", outbound) == []
    imports = fact("k.imp", "south-korea", "imports", "Imports", "Imports from South Korea rose "
                   "to $3 billion", value=3000000000, unit="USD")
    assert reasons(measure.check, "Exports to South Korea: US$3 billion", imports) == [
        "the claim says 'exports'; its cited quotes only say the opposite"]
    # a word the quotes say neither way is no contradiction ("Qingdao projects in Japan")
    projects = fact("j.p", "japan", "projects", "Projects", "there were 92 Qingdao projects in Japan",
                    value=92, unit="count")
    assert reasons(measure.check, "Outbound projects: 92", projects) == []
    important = fact("k.s", "south-korea", "sales", "Sales", "South Korea is an important market: "
                     "sales there reached $3 billion", value=3000000000, unit="USD")
    assert reasons(measure.check, "Exports to South Korea: US$3 billion", important) == []
    # inbound is the foreign side: a quote that says it beside "abroad" is no contradiction
    tourists = fact("q.t", "qingdao", "tourists", "Tourists", "Qingdao received 1.2 million inbound "
                    "tourists, while 2 million residents travelled abroad", value=1200000, unit="count")
    assert reasons(measure.check, "Foreign tourists: 1.2 million", tourists) == []
    assert reasons(measure.check, "Outbound tourists: 1.2 million", fact(
        "q.i", "qingdao", "tourists", "Tourists", "Qingdao received 1.2 million inbound tourists",
        value=1200000, unit="count")) == ["the claim says 'outbound'; its cited quotes only say the opposite"]
    # a name is no measure: the "Import Expo" ranks no flow
    expo = fact("e", "sco", "event", "Expo", "exporters attended the fair", text="t")
    assert reasons(measure.check, "Firms at the China International Import Expo", expo) == []


def test_rank_words_inside_names_rank_nothing():
    fair = fact("f", "sco", "event", "Fair", "the fair attracted 423 exhibitors", text="t")
    assert reasons(scope.check, "Exhibitors at the First SCO trade fair", fair) == []
    assert reasons(scope.check, "Projects of the Hong Kong-Macao-Shandong Week", fair) == []
    assert reasons(scope.check, "China's first fair", fair) \
        == ["the rank word 'first' is in none of the cited quotes"]


@pytest.mark.parametrize("text, found", [
    # a possessive scopes as its noun: the quote ranks Qingdao in China, not in Shandong
    ("Qingdao is Shandong's largest port", ["scope word 'shandong'"]),
    ("Qingdao is Europe's largest port", ["scope word 'europe'"]),
    ("Qingdao is the world's largest port", ["scope word 'world'"]),
    # a lower-case word after a hyphen is checked like any other
    ("Qingdao is a world-leading port", ["scope word 'world'", "rank word 'leading'"]),
    ("Qingdao is China's second-largest port", ["rank word 'second'"]),
    ("Qingdao is China's largest-ever port", []),
    # a scope word capitalised inside a sentence is no name
    ("Qingdao is the largest European port", ["scope word 'european'"]),
    ("Qingdao is the largest Asian port", ["scope word 'asian'"]),
    ("Qingdao is the largest port in Asia", ["scope word 'asia'"]),
    ("Qingdao is the largest port in Shandong", ["scope word 'shandong'"]),
    ("Qingdao is the largest port of the Hong Kong-Shandong Week", []),
    # a capitalised word opening a sentence is no name either
    ("Qingdao grew. Busiest of all is its port", ["rank word 'busiest'"]),
    ("Qingdao: Busiest port", ["rank word 'busiest'"]),
    ("Busiest port: Qingdao", ["rank word 'busiest'"]),
    # whole words only: the quote's "largest" is not "large", nor "almost" "most"
    ("Qingdao is almost the largest port in China", []),
    ("Qingdao is the most visited port", ["rank word 'most'"]),
    ("In the first half Qingdao was the largest port in China", []),
])
def test_rank_and_scope_words_are_read_as_a_reader_reads_them(text, found):
    port = fact("p", "port", "rank", "Rank", "Qingdao is the largest port in China, almost",
                value=1, unit="rank")
    said = reasons(scope.check, text, port)
    assert [r.removeprefix("the ").split(" is in")[0] for r in said] == found


# --- tense -----------------------------------------------------------------------------------

PLAN = fact("ip.week", "investment-promotion", "count", "Qingdao Week countries",
            "In 2019, Qingdao will hold Qingdao Week in six countries", value=6, unit="count",
            period="2019", status="plan")


def test_a_plan_said_as_done_is_found():
    assert reasons(tense.check, "Countries hosting a Qingdao Week in 2019: 6", PLAN) \
        == ["ip.week is a plan; the claim says it as done"]


def test_a_past_plan_in_the_future_tense_is_found():
    found = reasons(tense.check, "Qingdao will hold Qingdao Week in six countries", PLAN)
    assert found == ["ip.week was due 2019-12-31, before the production date 2026-01-01; the "
                     "claim speaks of it in the future"]
    assert reasons(tense.check, "Qingdao planned Qingdao Week in six countries", PLAN) == []


EXPECTED = fact("port.teu", "port", "throughput", "Container throughput", "throughput is expected "
                "to reach 30 million TEU in 2025", value=30000000, unit="TEU", period="2025",
                status="expected")
TARGET = fact("zone.firms", "zone", "count", "Firms in the zone", "the zone aims to host 500 firms "
              "by 2020", value=500, unit="count", counted="firms", period="../2020",
              period_kind="target")


def test_an_expectation_and_a_target_are_held_to_a_plan_s_tense():
    assert reasons(tense.check, "Container throughput in 2025: 30 million TEU", EXPECTED) \
        == ["port.teu is an expectation; the claim says it as done"]
    assert reasons(tense.check, "Firms in the zone in 2020: 500", TARGET) \
        == ["zone.firms is a target; the claim says it as done"]
    assert reasons(tense.check, "The zone was to host 500 firms by 2020", TARGET) == []
    assert reasons(tense.check, "The zone will host 500 firms", TARGET) \
        == ["zone.firms was due 2020-12-31, before the production date 2026-01-01; the claim "
            "speaks of it in the future"]
    ongoing = fact("metro", "metro", "count", "Metro lines", "four lines are being built",
                   value=4, unit="count", counted="lines", period="2019", status="ongoing")
    assert reasons(tense.check, "Metro lines: 4", ongoing) == []  # work going on, said as such
    undated = fact("ip.office", "investment-promotion", "milestone", "Office", "Qingdao will "
                   "open an office", text="t", status="plan")
    assert reasons(tense.check, "Qingdao will open an office", undated) == []  # no date to pass


def test_a_plan_may_be_said_in_the_future_until_its_date_has_passed():
    text = "Qingdao will hold Qingdao Week in six countries"
    on_the_day = Context(NoSeeds(), today=dt.date(2019, 12, 31))
    assert reasons(tense.check, text, PLAN, context=on_the_day) == []
    the_day_after = Context(NoSeeds(), today=dt.date(2020, 1, 1))
    assert reasons(tense.check, text, PLAN, context=the_day_after) \
        == ["ip.week was due 2019-12-31, before the production date 2020-01-01; the claim "
            "speaks of it in the future"]
    since = fact("ip.open", "investment-promotion", "milestone", "Office", "the office is to "
                 "open from March 2019", text="t", period="2019-03/..", status="plan")
    assert reasons(tense.check, "The office is to open", since, context=the_day_after) \
        == ["ip.open was due 2019-03-31, before the production date 2020-01-01; the claim "
            "speaks of it in the future"]


def test_a_claim_gets_one_tense_finding_the_first():
    assert reasons(tense.check, "2019 is the year of the fair; 2018 is the year before", PLAN) \
        == ["2019 is before the production date's year 2026; the claim speaks of it in the present"]
    assert [f.line() for f in tense.check(claim("Countries in 2019: 6", PLAN, TARGET), CONTEXT)] \
        == [f"partner-x: Countries in 2019: 6: tense: ip.week is a plan; the claim says it as "
            f"done: {PLAN.quote}"]
    assert reasons(tense.check, "Trade and countries in 2019: 6", KOREA, PLAN) \
        == ["ip.week is a plan; the claim says it as done"]  # every cited fact is read
    assert [f.line() for f in tense.check(claim("Qingdao will hold 6 weeks", PLAN), CONTEXT)] \
        == ["partner-x: Qingdao will hold 6 weeks: tense: ip.week was due 2019-12-31, before "
            f"the production date 2026-01-01; the claim speaks of it in the future: {PLAN.quote}"]
    assert [f.line() for f in tense.check(claim("2019 sees 6 countries", PLAN), CONTEXT)] \
        == ["partner-x: 2019 sees 6 countries: tense: 2019 is before the production date's year "
            f"2026; the claim speaks of it in the present: {PLAN.quote}"]


def test_a_past_year_said_in_the_present_is_found():
    event = fact("jp.anniversary", "japan", "milestone", "Anniversary",
                 "This year marks the 40th anniversary of ties.", period="2019")
    assert reasons(tense.check, "2019 marks the 40th anniversary of ties.", event) == [
        "2019 is before the production date's year 2026; the claim speaks of it in the present"]
    assert reasons(tense.check, "2019 marked the 40th anniversary of ties.", event) == []
    assert reasons(tense.check, "2026 marks the 47th anniversary of ties.", event) == []


def test_every_shipped_plan_reads_right_on_the_production_date_wherever_it_is_printed():
    """A brief prints a fact's text only when its page has room, so the audit of the shipped
    pack sees some plans and not others: each plan's text (and a figure's label), in the tense
    the production date gives it, is held to the tense rule here, printed or not."""
    from briefgen.config import load_project
    from briefgen.facts.age import Timeline
    from briefgen.facts.store import load_store
    project = load_project(REPO)
    store, timeline = load_store(project), Timeline(project.built_on(), project.freshness)
    context = Context(store, project.built_on())
    printed = [(fact, words) for fact in store.facts
               for words in (timeline.text(fact), fact.is_numeric and timeline.label(fact)) if words]
    found = [f"{fact.id}: {words}: {finding.reason}" for fact, words in printed
             for finding in tense.check(claim(words, fact), context)]
    assert found == []


# --- speaker ---------------------------------------------------------------------------------

REMARK = fact("avi.market", "aviation", "count", "Helicopters needed", "China will need 1,000 "
              "helicopters, Li said", value=1000, unit="count")


def test_a_remark_printed_as_a_statistic_is_found():
    assert reasons(speaker.check, "Helicopters China needs: 1,000", REMARK) \
        == ["the quote is someone's remark; the claim does not say whose"]
    assert reasons(speaker.check, "Helicopters China needs: 1,000, according to Li", REMARK) == []


def test_a_quote_inside_quotation_marks_opened_after_said_is_a_remark():
    quoted = fact("q", "finance", "times", "Ratio", "the figure is reduced to 1.1 times",
                  value=1.1, unit="times")
    seed = 'the manager said: "But in Qingdao, the figure is reduced to 1.1 times"'
    context = Context(NoSeeds(), seeds={quoted.seed: seed})
    assert reasons(speaker.check, "Co-investment ratio: 1.1 times", quoted, context=context) \
        == ["the quote is someone's remark; the claim does not say whose"]


def test_a_remark_whose_quotation_marks_close_before_said_is_a_remark():
    growth = fact("g", "aviation", "growth_yoy", "Growth", "China is the fastest growing market",
                  value=20, unit="percent")
    seed = "“China is the fastest growing market,” said Marie Veve, general manager."
    context = Context(NoSeeds(), seeds={growth.seed: seed})
    assert reasons(speaker.check, "Growth of China's market: 20%", growth, context=context) \
        == ["the quote is someone's remark; the claim does not say whose"]
    assert reasons(speaker.check, "General manager Marie Veve: China is the fastest growing "
                   "market", growth, context=context) == []


def test_a_statement_after_someone_s_closed_remark_is_no_remark():
    area = fact("a", "qingdao", "area", "The park: area", "The park, covering 10 square kilometers",
                value=10, unit="km2")
    remark = ('"At promotional fairs during the past few months, many firms from Europe, and '
              'even some from further afield, expressed strong interest in participating and '
              'investing in the park, including the largest ones among them," said the deputy '
              'mayor of the city and a former ministry spokesman. ')  # longer than the window
    for seed in (remark + "The park, covering 10 square kilometers, opened.",
                 "Plans were made. " * 12 + remark + "The park, covering 10 square kilometers"):
        context = Context(NoSeeds(), seeds={area.seed: seed})
        assert reasons(speaker.check, "The park: area: 10 km²", area, context=context) == []
    opened = 'the mayor said: "The park, covering 10 square kilometers, is the first."'
    context = Context(NoSeeds(), seeds={area.seed: opened})
    assert reasons(speaker.check, "The park: area: 10 km²", area, context=context) \
        == ["the quote is someone's remark; the claim does not say whose"]


# --- event text and contacts -----------------------------------------------------------------

def test_uncited_text_that_claims_a_result_is_found():
    for text, why in [("The delegation signed 16 agreements.", "a past-tense verb: 'signed'"),
                      ("Qingdao is the leading port of the north.", "a superlative: 'leading'"),
                      ("The centre brings German technology to Qingdao.",
                       "an organisation's achievement: 'brings'")]:
        assert [f.reason for f in events.check(claim(text), CONTEXT)] \
            == [f"reads as a claim ({why}) but cites no fact"]
    assert events.check(claim("This brief gathers what the sources report."), CONTEXT) == []
    assert events.check(claim("The delegation signed agreements.", KOREA), CONTEXT) == []


def test_a_contact_without_a_way_to_reach_it_is_a_warning():
    event = Event("e", "E", "E", path="events/e/event.yaml", contacts=(
        Contact("Centre"), Contact("Office", email="office@example.org")))
    found = events.contacts(event, "event-e")
    assert [(f.rule, f.severity, f.sentence) for f in found] == [("contact", "warning", "Centre")]


# --- reading and reporting ---------------------------------------------------------------------

def test_claims_read_text_key_figures_and_full_quotes():
    class Store:
        seeds: dict = {}

        def get(self, fact_id):
            return KOREA
    document = d.Document(d.Meta("T"), (
        d.Paragraph((d.Text("Trade grew "), d.CitationRef(1), d.Text("."))),
        d.KeyFigures((d.KeyFigure("Trade", "US$1.93 billion", "Q1 2019 †", (1,)),)),
        d.Sources((d.SourceEntry(1, KOREA.seed, quote=" ".join(KOREA.quote.split())),))),
        facts=(KOREA.id,))
    found = claims(document, Store(), "partner-south-korea")
    assert [(c.kind, c.text) for c in found] == [
        ("text", "Trade grew ."), ("key figure", "Trade: US$1.93 billion (Q1 2019)")]
    assert found[0].cited[0].quote == KOREA.quote and found[0].facts == (KOREA,)


def test_a_finding_is_one_line_and_json():
    finding = Finding("partner-x", "Trade:\n 5", "numbers", "'5' is in none", "a quote")
    assert finding.line() == "partner-x: Trade: 5: numbers: '5' is in none: a quote"
    assert finding.to_json()["severity"] == "error" and finding.at_least("warning")
    assert not Finding("b", "s", "contact", "r", severity="warning").at_least("error")


def test_the_command_reports_findings_with_their_exit_status(run):
    result = run("--project", REPO, "audit", "--json", "--severity", "warning",
                 "event-qingdao-week-germany")
    found = json.loads(result.stdout)
    assert {f["brief"] for f in found} == {"event-qingdao-week-germany"}
    assert ("contact", "warning") in {(f["rule"], f["severity"]) for f in found}
    assert result.exit_code == 1
    assert "warnings" in result.stderr


def test_a_clean_brief_exits_0(run):
    result = run("--project", REPO, "audit", "partner-spain", "sector-port")
    assert result.exit_code == 0 and result.stdout == ""
    assert "0 errors, 0 warnings" in result.stderr


def test_an_unknown_brief_is_an_error_naming_the_known_ones(run):
    result = run("--project", REPO, "audit", "partner-atlantis")
    assert result.exit_code == 1
    assert "no brief named 'partner-atlantis' to audit" in result.stderr
    assert "partner-japan" in result.stderr


def test_an_event_in_another_language_is_said_to_be_left_out_not_skipped_silently(run):
    said = ("'event-sco-trade-fair-zh' is written in Chinese (Simplified) (language: zh): the "
            "audit reads English only")
    named = run("--project", REPO, "audit", "event-sco-trade-fair-zh")
    assert named.exit_code == 1 and said in named.stderr
    everything = run("--project", REPO, "audit", "--json")
    assert ("note: event-sco-trade-fair-zh is not audited: it is written in Chinese (Simplified) "
            "(language: zh), and the audit reads English (docs/audit.md)") in everything.stderr
    briefs = {f["brief"] for f in json.loads(everything.stdout)}
    assert "event-sco-trade-fair" in briefs and "event-sco-trade-fair-zh" not in briefs


def test_a_project_built_in_another_language_is_audited_in_english():
    """briefgen.yaml `language: zh`: the rules read the briefs' English, not the Chinese
    (whose '1—5月' held figures no English quote has: dozens of false errors)."""
    from dataclasses import replace

    from briefgen.audit import audit_project
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    project = replace(load_project(REPO), language="zh")
    found = audit_project(project, load_store(project), ("overview",))
    assert [f.line() for f in found if f.severity == "error"] == []


# --- the shipped project ---------------------------------------------------------------------

def test_the_shipped_pack_and_events_audit_clean():
    from briefgen.audit import audit_project
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    project = load_project(REPO)
    findings = audit_project(project, load_store(project))
    assert [f.line() for f in findings if f.severity == "error"] == []
    # the sources give the event contacts no address, phone or web page: said, not hidden
    assert {f.rule for f in findings} <= {"contact"}


def test_the_other_side_s_exports_to_the_city_are_the_city_s_imports():
    from briefgen.facts.model import Entity

    class Store(NoSeeds):
        city = Entity("qingdao", "Qingdao", "city", aliases=("Tsingtao",))
    trade = fact("us.t", "united-states", "imports", "Imports", "In 2014, Qingdao exported US$8.34 "
                 "billion of goods to the U.S., while U.S. exports to Qingdao totaled US$2.42 billion",
                 value=2420000000, unit="USD")
    context = Context(Store())
    assert reasons(measure.check, "Qingdao's imports from United States: US$2.42 billion", trade,
                   context=context) == []
    korea = fact("k.t", "south-korea", "exports", "Exports", "South Korea's imports from the city "
                 "reached $3 billion", value=3000000000, unit="USD")
    assert reasons(measure.check, "Qingdao's exports to South Korea: US$3 billion", korea,
                   context=context) == []
    assert reasons(measure.check, "Qingdao's imports from South Korea: US$3 billion", korea,
                   context=context) == ["the claim says 'imports'; its cited quotes only say the opposite"]
    # exports to anyone else are still exports
    other = fact("j.t", "japan", "exports", "Exports", "Japan's exports to Korea reached $3 billion",
                 value=3000000000, unit="USD")
    assert reasons(measure.check, "Qingdao's imports from Japan: US$3 billion", other,
                   context=context) == ["the claim says 'imports'; its cited quotes only say the opposite"]
    # the city's exports to its partner or to another city are no trade turned round
    for quote in ("Exports to the city's largest trading partner, Japan, reached $3 billion",
                  "Qingdao's exports to the city of Osaka reached $3 billion"):
        partner = fact("j.c", "japan", "exports", "Exports", quote, value=3000000000, unit="USD")
        assert reasons(measure.check, "Qingdao's imports from Japan: US$3 billion", partner,
                       context=context) == ["the claim says 'imports'; its cited quotes only say the opposite"]
    named = fact("u.c", "united-states", "imports", "Imports", "U.S. exports to the city of Qingdao "
                 "reached $3 billion", value=3000000000, unit="USD")
    assert reasons(measure.check, "Qingdao's imports from United States: US$3 billion", named,
                   context=context) == []
