"""parse_quantity reads a figure as written back into an exact value in base units."""

from decimal import Decimal

import pytest

from briefgen.facts.quantities import find_quantities, parse_quantity


@pytest.mark.parametrize("written, value, unit, qualifier", [
    ("$30.462 billion", "30462000000", "USD", None),
    ("$19.7134 billion", "19713400000", "USD", None),
    ("US$2.37 billion", "2370000000", "USD", None),
    ("US $5.5 billion", "5500000000", "USD", None),
    ("US \n$1.9 billion", "1900000000", "USD", None),
    ("USD 5.8 billion", "5800000000", "USD", None),
    ("380 million USD", "380000000", "USD", None),
    ("RMB 94.35 billion", "94350000000", "CNY", None),
    ("23 million RMB", "23000000", "CNY", None),
    ("2.8 billion yuan", "2800000000", "CNY", None),
    ("about 2.8 billion yuan", "2800000000", "CNY", "about"),
    ("ten thousand yuan", "10000", "CNY", None),
    ("HK$3 billion", "3000000000", "HKD", None),
    ("7.1 percent", "7.1", "percent", None),
    ("35.43%", "35.43", "percent", None),
    ("up to 40%", "40", "percent", "up_to"),
    ("4.2 percentage points", "4.2", "pp", None),
    ("4.2 percentage \npoints", "4.2", "pp", None),
    ("12,930", "12930", "count", None),
    ("more than 60", "60", "count", "more_than"),
    ("over 1300", "1300", "count", "more_than"),
    ("nearly 400,000", "400000", "count", "nearly"),
    ("at least 5", "5", "count", "at_least"),
    ("less than 3", "3", "count", "less_than"),
    ("approximately 100", "100", "count", "about"),
    ("2 million", "2000000", "count", None),
    ("one thousand", "1000", "count", None),
    ("second largest", "2", "rank", None),
    ("third-largest", "3", "rank", None),
    ("ranking first", "1", "rank", None),
    ("ranking third", "3", "rank", None),
    ("largest", "1", "rank", None),
    ("seven-fold", "7", "times", None),
    ("1.1 times", "1.1", "times", None),
    ("1.1 \ntimes", "1.1", "times", None),
    ("more than twice", "2", "times", "more_than"),
    ("doubled", "2", "times", None),
    ("3,000-square-meter", "3000", "m2", None),
    ("10,000-square-meter", "10000", "m2", None),
    ("100,000 square meters", "100000", "m2", None),
    ("200,000 m2", "200000", "m2", None),
    ("10.6 square kilometers", "10.6", "km2", None),
    ("4.5 hectares", "4.5", "ha", None),
    ("250 million tons", "250000000", "t", None),
    ("3-ton", "3", "t", None),
    ("51.42 hours", "51.42", "h", None),
    ("5 minutes", "5", "min", None),
    ("3.2 days", "3.2", "day", None),
    ("3 working days", "3", "working_day", None),
    ("less than 200 nautical miles", "200", "nmi", "less_than"),
    ("10-day", "10", "day", None),
    ("two decades", "20", "year", None),
    ("1-2 days", "2", "day", "up_to"),
    ("1/5", "20", "percent", None),
    ("one third", "33.33", "percent", None),
    ("nearly one third", "33.33", "percent", "nearly"),
    ("one sixth", "16.67", "percent", None),
    ("half", "50", "percent", None),
    ("about half", "50", "percent", "about"),
    ("20m teu", "20000000", "TEU", None),  # a one-letter scale with a unit word, as with a currency
    ("1.5bn tonnes", "1500000000", "t", None),
    ("9.46 million twenty-foot container units", "9460000", "TEU", None),
    ("tripling", "3", "times", None),
    ("one out of every ten", "10", "percent", None),
    ("four of every hundred", "4", "percent", None),
])
def test_parse_quantity(written, value, unit, qualifier):
    quantity = parse_quantity(written)
    assert quantity is not None
    assert (quantity.value, quantity.unit, quantity.qualifier) == (Decimal(value), unit, qualifier)


def test_values_are_exact_and_integral_when_whole():
    assert str(parse_quantity("$30.462 billion").value) == "30462000000"
    assert str(parse_quantity("7.10 percent").value) == "7.1"


@pytest.mark.parametrize("written, counted", [
    ("8 Korean banks", "Korean banks"),
    ("nine business centers", "business centers"),
    ("Eighteen Korean enterprises", "Korean enterprises"),
    ("about 35,000 jobs", "jobs"),
    ("12,930", None),
])
def test_counts_say_what_is_counted(written, counted):
    quantity = parse_quantity(written)
    assert quantity.unit == "count" and quantity.counted == counted


@pytest.mark.parametrize("written", ["", "hello", "2019-2022", "Q1", "(+86)", "10m"])
def test_not_a_figure(written):
    assert parse_quantity(written) is None


def test_kind_names_the_family_of_the_unit():
    assert parse_quantity("RMB 1 billion").kind == "money"
    assert parse_quantity("4.5 hectares").kind == "area"
    assert parse_quantity("seven-fold").kind == "multiplier"


def test_find_quantities_spans_are_exact_substrings():
    text = "trade reached US \n$5.5 billion, up 7.1 percent, in 12 countries"
    found = list(find_quantities(text))
    assert [text[f.start:f.end] for f in found] == ["US \n$5.5 billion", "7.1 percent", "12"]


def test_find_quantities_splits_unmeasured_ranges():
    found = list(find_quantities("(2019-2022) from 3 to 1"))
    assert [f.quantity.value for f in found] == [2019, 2022, 3, 1]


def test_a_rank_written_no_after_to_at_or_and_is_a_rank_where_it_says_where():
    text = "The city moved up to No 46 globally and No 15 in Asia, and to No. 13 among cities."
    assert [(f.quantity.value, f.quantity.unit, f.quantity.qualifier) for f in find_quantities(text)] == [
        (46, "rank", None), (15, "rank", None), (13, "rank", None)]
    # a number in a name is no rank: "No. 1 Middle School", "Document No. 13 in the file"
    assert all(f.quantity.unit != "rank" for f in find_quantities("Document No. 13 in the file."))


def test_a_top_n_list_is_a_rank_up_to_n_but_top_500_names_a_list():
    def ranks(text):
        return [(text[f.start:f.end], f.quantity.value, f.quantity.qualifier) for f in find_quantities(text)
                if f.quantity.unit == "rank"]
    assert ranks("It ranked in the top 10 of cities.") == [("in the top 10", 10, "up_to")]
    assert ranks("It is the world's top 10 financial centre.") == [("is the world's top 10", 10, "up_to")]
    assert ranks("They were the top three ports.") == [("were the top three", 3, "up_to")]
    assert ranks("the list of top ten boxports") == [("list of top ten", 10, "up_to")]
    assert ranks("two Top 500 enterprises and the world's top 500 companies") == []
    assert ranks("the top 10 percent of earners") == []


def test_square_km_and_a_scale_run_on_to_its_number_are_read():
    assert parse_quantity("362 square km").value == 362 and parse_quantity("362 square km").unit == "km2"
    assert parse_quantity("64,000 sq. km").unit == "km2"
    q = parse_quantity("$4billion")
    assert (q.value, q.unit) == (4000000000, "USD")
    assert [f.quantity.value for f in find_quantities("5 millionaires")] == [5]  # no scale in a word


def test_between_two_numbers_joined_by_and_is_a_range_read_as_its_upper_bound():
    from briefgen.facts.quantities import find_quantities
    [found] = list(find_quantities("mostly priced between 3 and 10 yuan"))
    assert (found.quantity.value, found.quantity.unit, found.quantity.qualifier, found.form) == (
        10, "CNY", "up_to", "range")
    # "and" joins a range only after "between"; years between stay a span of years
    assert [f.quantity.value for f in find_quantities("3 and 10 yuan")] == [3, 10]
    assert [f.form for f in find_quantities("Between 1992 and 2010, exports grew")] == ["digits", "digits"]


def test_chinese_yuan_is_the_yuan():
    from briefgen.facts.quantities import find_quantities
    [found] = list(find_quantities("save approximately 20,000 Chinese yuan"))
    assert (found.quantity.value, found.quantity.unit) == (20000, "CNY")


def test_a_place_numbered_before_what_it_ranks_is_a_rank():
    text = "It is the world's #1 brand. Snow became the No1 beer producer. Flat No. 1 Road had 5 shops."
    found = [(text[f.start:f.end], f.quantity.unit) for f in find_quantities(text)]
    assert found == [("#1", "rank"), ("No1", "rank"), ("1", "count"), ("5", "count")]


def test_a_named_place_s_top_list_is_a_rank():
    text = "Kazakhstan and Uzbekistan ranked as Shandong's top two trading partners."
    assert [(f.quantity.value, f.quantity.unit, f.quantity.qualifier) for f in find_quantities(text)] == \
        [(Decimal(2), "rank", "up_to")]


def test_a_range_a_scale_word_measures_is_its_upper_bound():
    def read(text):
        return [(text[f.start:f.end], f.quantity.value, f.quantity.unit, f.quantity.qualifier)
                for f in find_quantities(text)]
    assert read("to boost sales by 4-5 million sets") == [("4-5 million", 5000000, "count", "up_to")]
    assert read("by 4 to 5 million sets") == [("4 to 5 million", 5000000, "count", "up_to")]
    assert read("between 2 and 3 billion yuan") == [("2 and 3 billion yuan", 3000000000, "CNY", "up_to")]
    # no scale, no unit: two numbers, each for the extractor to judge
    assert [f.quantity.value for f in find_quantities("in 2019-2022")] == [2019, 2022]


def test_mu_and_indian_rupees_are_units():
    assert [(f.quantity.value, f.quantity.unit) for f in find_quantities("500 mu of land and 23 Mu more")] == [
        (500, "mu"), (23, "mu")]
    q = parse_quantity("30 billion Indian Rupees")
    assert (q.value, q.unit) == (30000000000, "INR")
    # a word that only begins with the letters is no unit
    assert [f.quantity.unit for f in find_quantities("5 museums")] == ["count"]


def test_more_partners_currencies_are_read():
    from briefgen.facts.quantities import parse_quantity
    assert parse_quantity("10 billion baht").unit == "THB"
    assert parse_quantity("2.3 billion ringgit").unit == "MYR"
    assert parse_quantity("5 million Australian dollars").unit == "AUD"
    assert parse_quantity("5 million dollars").unit == "USD"


def test_cents_are_a_hundredth_of_their_currency():
    assert [(f.quantity.value, f.quantity.unit) for f in find_quantities(
        "29 New Zealand cents a share, up from 5 cents")] == [(Decimal("0.29"), "NZD"), (Decimal("0.05"), "USD")]


def test_a_capital_letter_scale_apart_from_its_number_counts_with_a_currency_only():
    assert [(f.quantity.value, f.quantity.unit) for f in find_quantities("USD 163 M for the stake")] == [
        (163000000, "USD")]
    assert [(f.quantity.value, f.quantity.unit) for f in find_quantities("$2.5 B for it")] == [
        (2500000000, "USD")]
    # no currency: not a scale ("Building 5 B", "a channel 5 M deep")
    for text in ("Building 5 B has 300 rooms", "a channel 5 M deep"):
        assert [f.quantity.value for f in find_quantities(text)][0] == 5, text


def test_a_rank_verb_with_its_object_between_is_a_rank():
    """"…, ranking it fourth in terms of trade volume with the country"."""
    assert [(f.quantity.value, f.quantity.unit) for f in find_quantities("ranking it fourth in trade")] == [
        (4, "rank")]


def test_the_eleventh_review_s_cases_stay_as_they_were():
    """A shop called "99 Cents Only" is no money; a year's possessive or a rating scale after
    "ranking it" is no rank."""
    assert all(f.quantity.unit != "USD" for f in find_quantities("The 99 Cents Only chain opened a store."))
    for text in ("ranking it 2023's best beach city", "a survey ranked it 1 to 10 for cleanliness"):
        assert all(f.quantity.unit != "rank" for f in find_quantities(text)), text


def test_feet_deadweight_and_african_shillings_have_units():
    """"118 meters (387 feet)", "the ship (8,800 dwt)", "30 billion Kenyan shillings"; a
    container's size class ("41 40-foot containers") is no length."""
    got = [(f.quantity.value, f.quantity.unit) for f in find_quantities(
        "It is 118 meters (387 feet) long, carries 8,800 dwt and 30 billion Kenyan shillings of tea.")]
    assert got == [(118, "m"), (Decimal("117.9576"), "m"), (8800, "t"), (30000000000, "KES")]
    got = [(f.quantity.value, f.quantity.unit) for f in find_quantities(
        "5 billion rand, 2 billion Pakistani rupees, 3 million Belarusian rubles and 3 million 20-foot "
        "equivalent units")]
    assert got == [(5000000000, "ZAR"), (2000000000, "PKR"), (3000000, "BYN"), (3000000, "TEU")]


def test_apostrophe_thousands_metric_tons_and_how_often():
    """"24'000 sqm", "16 mln mt" (a megatonne is "Mt"), "has been held for 9 times" (a count),
    "the number two market" (a rank)."""
    got = [(f.quantity.value, f.quantity.unit) for f in find_quantities(
        "The plant is 24'000 sqm and cost USD 1’250’000; ore imports were 16 mln mt and 500 Mt of coal; "
        "the fair has been held for 9 times and grew 3 times; the EU is the number two market for seafood.")]
    assert got == [(24000, "m2"), (1250000, "USD"), (16000000, "t"), (500000000, "t"), (9, "count"),
                   (3, "times"), (2, "rank")]
    assert [f.quantity.unit for f in find_quantities("a number of firms and the number one priority")] == ["count"]


def test_a_multiple_compared_a_name_s_number_and_a_mountain_stay_what_they_are():
    """"hosted 5 times more cruise ships" is a multiple; "Hall No. 2 in the seafood market",
    "Shibei No. 2 Market", "the number one reason buyers …" are no ranks; "12 Mt Laoshan" is no
    tonnage."""
    assert [f.quantity.unit for f in find_quantities("Testcity hosted 5 times more cruise ships.")] == ["times"]
    for text in ("Hall No. 2 in the seafood market", "Shibei No. 2 Market sold fish",
                 "Price is the number one reason Japanese buyers choose it"):
        assert all(f.quantity.unit != "rank" for f in find_quantities(text)), text
    assert all(f.quantity.unit != "t" for f in find_quantities("Testcity's 12 Mt Laoshan scenic spots"))


def test_topped_before_an_amount_is_more_than_it():
    got = [(f.quantity.value, f.quantity.qualifier) for f in find_quantities("Exports topped 42 billion dollars.")]
    assert got == [(42000000000, "more_than")]
    assert [f.quantity.unit for f in find_quantities("Testcity topped the country in exports.")] == ["rank"]


def test_a_range_with_its_currency_written_again_is_one_range():
    got = [(f.quantity.value, f.quantity.unit, f.quantity.qualifier) for f in find_quantities(
        "charged $64-$81 per tonne, or $4.21 - $7.02 a ton")]
    assert got == [(81, "USD", "up_to"), (Decimal("7.02"), "USD", "up_to")]


def test_an_ordinal_after_and_the_goes_on_from_a_rank():
    got = [(f.quantity.value, f.quantity.unit) for f in find_quantities(
        "ranked the first in Shandong province and the 14th in China")]
    assert got == [(1, "rank"), (14, "rank")]


def test_amounts_in_two_currencies_or_falling_are_no_range():
    """"HK$80 - US$10" restates; "$5 — $2 more than in 2022" and "fell from HK$12 to HK$9" are two
    amounts, not ranges."""
    for text, want in (("HK$80 - US$10 each", [(80, "HKD"), (10, "USD")]),
                       ("A ticket cost $5 — $2 more than last year.", [(5, "USD"), (2, "USD")]),
                       ("fell from HK$12 to HK$9 a share", [(12, "HKD"), (9, "HKD")])):
        assert [(f.quantity.value, f.quantity.unit) for f in find_quantities(text)] == want, text


def test_the_code_review_s_number_cases():
    """"16 mln mt. The port …" keeps its tonnes; "1'000'000'00" is read once, not from each group;
    "and the first in line" is no rank."""
    assert [(f.quantity.value, f.quantity.unit) for f in find_quantities("Throughput reached 16 mln mt. The port grew.")] \
        == [(16000000, "t")]
    assert len(list(find_quantities("1" + "'000" * 50 + "'00 sqm"))) < 10
    assert [f.quantity.unit for f in find_quantities("ranked 3rd in exports, and the first in line for funds")] == ["rank"]


def test_billions_then_millions_are_one_amount():
    """"11 billion 820 million yuan" (a Chinese amount put in English) is 11.82 billion yuan, never
    820 million; an amount after a comma is another ("3 billion yuan, 200 million more")."""
    text = ("The export delivery value was 11 billion 820 million yuan, and a profit of 1 billion 630 million "
            "yuan. Exports were 3 billion yuan, 200 million more than in 2007.")
    found = [(text[f.start:f.end], f.quantity.value, f.quantity.unit) for f in find_quantities(text)]
    assert found[:2] == [("11 billion 820 million yuan", Decimal("11820000000"), "CNY"),
                         ("1 billion 630 million yuan", Decimal("1630000000"), "CNY")]
    assert [f[0] for f in found[2:4]] == ["3 billion yuan", "200 million"]
    # with the first part's hedge and currency, in three parts, never across two currencies
    text = "about 11 billion 820 million yuan; $2 billion 5 million; 1 billion 2 million 300 thousand yuan; $5 billion 3 million yuan"
    found = [(text[f.start:f.end], f.quantity.value, f.quantity.unit, f.quantity.qualifier) for f in find_quantities(text)]
    assert found[:3] == [("about 11 billion 820 million yuan", Decimal("11820000000"), "CNY", "about"),
                         ("$2 billion 5 million", Decimal("2005000000"), "USD", None),
                         ("1 billion 2 million 300 thousand yuan", Decimal("1002300000"), "CNY", None)]
    assert [f[0] for f in found[3:]] == ["$5 billion", "3 million yuan"]


def test_an_amount_of_billions_then_millions_reads_back_as_its_value():
    """`facts accept` checks `as_written` with parse_quantity: it reads the amount extraction found."""
    assert parse_quantity("11 billion 820 million yuan").value == Decimal("11820000000")
    assert parse_quantity("11 billion 820 million yuan").unit == "CNY"
    assert parse_quantity("3 billion yuan").value == Decimal("3000000000")


def test_dollars_of_other_countries_written_before_the_number_are_read():
    read = [(f.quantity.value, f.quantity.unit) for f in find_quantities(
        "a $US1 trillion economy, $A1.5 billion, A$2.2 billion, NZ$ 5 million, C$40 million and $7")]
    assert read == [(1000000000000, "USD"), (1500000000, "AUD"), (2200000000, "AUD"), (5000000, "NZD"),
                    (40000000, "CAD"), (7, "USD")]


def test_an_ordinal_before_wealthiest_or_most_in_china_is_a_rank():
    assert [(f.quantity.value, f.quantity.unit) for f in find_quantities(
        "Testland is the third-wealthiest province in China")] == [(3, "rank")]
    assert [(f.quantity.value, f.quantity.unit) for f in find_quantities(
        "retail sales of 611.6 billion yuan, the third most in China")][-1] == (3, "rank")
    assert list(find_quantities("the wealthiest city in the province")) == []


def test_currency_codes_inside_words_and_lower_case_dollar_prefixes_are_no_currency():
    read = [(f.quantity.value, f.quantity.unit) for f in find_quantities(
        "theft accounted for 3,100 and fraud 1,254, an entrepreneur 30 times")]
    assert read == [(3100, "count"), (1254, "count"), (30, "times")]
    assert [f.quantity.unit for f in find_quantities("bought AutoCAD 2020 licences")] == ["count"]
    assert [f.quantity.unit for f in find_quantities("raised a$5 million round")] == ["USD"]
    assert [f.quantity.unit for f in find_quantities("paid CA$40 million")] == ["CAD"]
    assert [f.quantity.unit for f in find_quantities("Rmb 5 billion, RMB100 million")] == ["CNY", "CNY"]


def test_most_in_china_is_a_rank_only_with_its_ordinal():
    assert list(find_quantities("Most in China expect it.")) == []
    assert list(find_quantities("Japanese firms invest most in China's coastal provinces")) == []
    assert [(f.quantity.value, f.quantity.unit) for f in find_quantities("the third-most in China")] == [(3, "rank")]


def test_yuan_written_yn_and_people_written_with_a_letter_scale_are_read():
    read = [(f.quantity.value, f.quantity.unit) for f in find_quantities(
        "Since 1992 it has spent Yn8.5bn; a population of 6.9m, of which 2.2m live in the city proper.")]
    assert read == [(1992, "count"), (8500000000, "CNY"), (6900000, "count"), (2200000, "count")]
    assert [f.quantity.unit for f in find_quantities("a 6.9m wall")] == ["count"]  # no people: the letter is dropped
    assert [f.quantity.value for f in find_quantities("a 6.9m wall")] == [Decimal("6.9")]


def test_shares_written_a_fifth_three_in_10_and_the_top_one_are_read():
    read = [(f.quantity.value, f.quantity.unit) for f in find_quantities(
        "more than a-third of total exports; 40 percent go to Japan, a quarter goes to the EU and a-fifth goes to "
        "the US. Three in 10 companies are based here.")]
    assert read == [(Decimal("33.33"), "percent"), (40, "percent"), (25, "percent"), (20, "percent"), (30, "percent")]
    assert [(f.quantity.value, f.quantity.unit) for f in find_quantities(
        "Testland, the top seafood exporting province in China")] == [(1, "rank")]
    # not a span of years, a league's size or a place on a building
    assert [f.quantity.unit for f in find_quantities("two in 10 years")] == ["count", "year"]
    assert [f.quantity.unit for f in find_quantities("one of the top three cities in China")] == ["count", "count"]
    assert list(find_quantities("He visited the top floor.")) == []


def test_the_new_share_rank_and_people_readings_stop_at_their_boundaries():
    def units(text):
        return [(text[f.start:f.end], f.quantity.unit) for f in find_quantities(text)]
    # metres before "living" or "live-" are no people
    assert units("a 3.5m living wall") == [("3.5", "count")]
    assert units("a 10m live-broadcast screen") == [("10", "count")]
    # a number before "in 10" that no clause opens on is no numerator
    for text in ("Qingdao has won 3 in 10 seasons.", "Pupils in Grade 6 in 10 schools", "build Line 3 in 10 phases"):
        assert "percent" not in [u for _, u in units(text)], text
    # "the top" is first only of one thing
    for text in ("Qingdao is one of the top ports in the world", "the top dozen ports in China",
                 "the top priority of coastal cities nationwide", "are the top exporters of appliances in China"):
        assert "rank" not in [u for _, u in units(text)], text


def _hedged(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.start:f.end], f.quantity.qualifier) for f in find_quantities(text)]


def test_a_hedge_written_after_the_figure_is_its_qualifier():
    assert _hedged("Some 500 or so firms left, exports of 20 billion yuan or more, projects of 100 million yuan or "
                   "above, 4,000-odd companies, a 300-plus crowd and 5 percent and above.") == [
        ("Some 500 or so", "about"), ("20 billion yuan or more", "more_than"),
        ("100 million yuan or above", "more_than"), ("4,000-odd", "more_than"), ("300-plus", "more_than"),
        ("5 percent and above", "more_than")]
    # "or more than" opens another figure; "and above all" is no hedge; a scale may take "-plus"
    assert _hedged("10 or more than 20 firms") == [("10", None), ("more than 20", "more_than")]
    assert _hedged("It grew 5 percent and above all, exports rose.") == [("5 percent", None)]
    assert _hedged("a 2 million-plus crowd") == [("2 million-plus", "more_than")]


def test_what_a_place_has_jurisdiction_over_is_no_more_than():
    assert _hedged("It has jurisdiction over six districts, control over 3 ports and over 40 firms.") == [
        ("over six", None), ("over 3", None), ("over 40", "more_than")]


def test_a_restatement_or_a_real_maximum_keeps_its_own_reading():
    assert _hedged("It handled 21 million TEU or more precisely 21.01 million TEU.") == [
        ("21 million TEU", None), ("21.01 million TEU", None)]
    # after a change, "up to" another rate or a cap per thing is still at most
    assert _hedged("Car prices rose 5 percent, up to 12 percent for imported models.")[-1] == ("up to 12 percent", "up_to")
    assert _hedged("Subsidies grew 20 percent, up to 2 million yuan per firm.")[-1] == ("up to 2 million yuan", "up_to")


def test_a_figure_approached_is_nearly_it():
    assert _hedged("With a population approaching 100 million and trade nearing $300 billion, it grew.") == [
        ("approaching 100 million", "nearly"), ("nearing $300 billion", "nearly")]


def test_surpassed_before_an_amount_is_more_than_it():
    for text in ("Newly increased loans surpassed 100 billion yuan.", "Exports surpass 300 million dollars.",
                 "with throughput surpassing 34 million TEUs"):
        assert [f.quantity.qualifier for f in find_quantities(text)] == ["more_than"], text
    # (what is surpassed is no figure's bound: "surpassed Jiangsu")
    assert [f.quantity.qualifier for f in find_quantities("It surpassed Japan with 5 million tons.")] == [None]
    # (rivals overtaken are no bound: "surpassed 20 other ports", "exceeded 15 cities in the ranking")
    for text in ("Testcity Port surpassed 20 other ports.", "In 2021, Testcity exceeded 15 cities in the ranking."):
        assert [f.quantity.qualifier for f in find_quantities(text) if f.quantity.value in (20, 15)] == [None], text


def test_neared_before_an_amount_is_nearly_it():
    assert [f.quantity.qualifier for f in find_quantities("Turnover neared 14 billion yuan.")] == ["nearly"]


def test_a_fraction_said_with_a_cut_before_its_of_reads_back_as_written():
    """A fact's `as_written` "over a quarter" (of the city's GDP) reads back as more than 25
    percent, so accept does not hold it as a value its words do not say; in a sentence, "a
    quarter" with no "of" after it stays a time ("in a quarter.")."""
    got = parse_quantity("over a quarter")
    assert (got.value, got.unit, got.qualifier) == (25, "percent", "more_than")
    for text in ("Output doubled in a quarter.", "Output doubled in a quarter"):  # (the text's end too)
        assert [f.quantity.unit for f in find_quantities(text)] == ["times"], text


def test_us_dollars_written_without_a_space_are_dollars():
    got = [(f.quantity.value, f.quantity.unit) for f in find_quantities("60 million yuan (9.52 million U.S.dollars)")]
    assert got == [(60000000, "CNY"), (9520000, "USD")]


def test_a_plant_s_yearly_capacity_in_tonnes():
    from briefgen.facts.quantities import find_quantities
    found = [(f.quantity.value, f.quantity.unit) for f in find_quantities("a 1.5-million tpy crude unit and a 300,000 "
                                                                          "tpa MDI plant")]
    assert found == [(1500000, "t"), (300000, "t")]
