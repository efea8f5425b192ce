"""Boundary cases, from an adversarial review, for the sixty-third round's extraction rules: "the city
of <Name>", yearly capacity in tpy/tpa, a month that opens its clause in an undated text, the
industry a superlative ranks in, and "<Province>-based".

Each case asserts what a careful annotator would record, where the rule should fire and where it
must not. Every sentence is invented for the test."""

from __future__ import annotations

from briefgen.facts.extract.candidates import extract
from briefgen.facts.quantities import find_quantities

QINGDAO = {"Qingdao": "qingdao", "the city": "qingdao"}
QINGDAO_KINDS = {"qingdao": "city"}
ALIASES = {**QINGDAO, "logistics": "logistics", "port": "port", "Hong Kong": "hong-kong",
           "Japan": "japan"}
KINDS = {**QINGDAO_KINDS, "logistics": "sector", "port": "sector", "hong-kong": "country",
         "japan": "country"}
PARTS = ("Jiaozhou", "Pingdu", "Laixi", "Jimo", "Huangdao")
SECTOR_BEFORE = "Demand is driven by the logistics industry.\n\n\"We worked hard,\" he said.\n\n"


def rows(text, aliases=None, kinds=None, doc_date=None, parts=()):
    """(as written, subject, scope level, scope place, period) of each candidate."""
    return [(c.as_written, c.subject, c.scope.level, c.scope.place, c.period)
            for c in extract(text, source="t.txt", aliases=aliases or ALIASES, kinds=kinds or KINDS,
                             province="Shandong", doc_date=doc_date, parts=parts)]


def row(text, as_written, **kw):
    (found,) = [r for r in rows(text, **kw) if r[0] == as_written]
    return found


def period(text, as_written, **kw):
    return row(text, as_written, **kw)[4]


def quantities(text):
    return [(f.quantity.value, f.quantity.unit) for f in find_quantities(text)]


# --- 1. "the city of <Name>" -------------------------------------------------------------------

def test_the_city_of_another_city_is_not_the_project_s_subject():
    text = "The 4.1-billion-yuan complex, in the city of Dongying in eastern Shandong province, will produce diesel."
    assert row(text, "4.1-billion-yuan")[1] != "qingdao"


def test_the_city_of_the_project_s_own_name_stays_the_city_s():
    assert row("The city of Qingdao attracted 300 projects in 2023.", "300")[1] == "qingdao"


def test_the_city_alone_is_still_the_project_s_city():
    text = "Qingdao is a port.\n\nIn 2023 the city attracted 300 projects."
    assert row(text, "300")[1] == "qingdao"


def test_the_city_of_one_of_the_city_s_own_county_level_cities_stays_the_city_s():
    text = "The factory is in the city of Jiaozhou, which produced 20 billion yuan of output in 2023."
    assert row(text, "20 billion yuan", parts=PARTS)[1] == "qingdao"


def test_the_city_of_a_lower_case_nickname_stays_the_city_s():
    text = "Qingdao, known as the city of beer, sold 2 million tonnes of beer in 2023."
    assert row(text, "2 million tonnes")[1] == "qingdao"


def test_the_coastal_city_of_another_city_is_that_city_s():
    text = "Qingdao's port grew.\n\nThe coastal city of Rizhao handled 500 million tonnes of cargo in 2023."
    assert row(text, "500 million tonnes")[3] == "Rizhao"


# --- 2. a yearly capacity in tpy, tpa and mtpa ---------------------------------------------------

def test_capitalised_mtpa_after_thousands_is_metric_tonnes_not_millions():
    assert quantities("a 60,000 MTPA caustic soda plant") != [(60000000000, "t")]


def test_tonnes_per_day_and_a_plural_are_not_tonnes_per_year():
    assert quantities("a 300 tpd plant") != [(300, "t")]
    assert quantities("10 tpas") != [(10, "t")]


# --- 3. a month that opens its clause in an undated text -----------------------------------------

JAN_AUG = "In January-August 2017, Qingdao's trade totaled 133 billion yuan"


def test_a_month_alone_after_a_semicolon_is_of_the_range_s_year():
    assert period(JAN_AUG + "; in August alone, trade reached 19 billion yuan.", "19 billion yuan") == "2017-08"


def test_the_month_of_august_opening_a_sentence_is_of_the_range_s_year():
    assert period(JAN_AUG + ". In the month of August, trade reached 19 billion yuan.", "19 billion yuan") \
        == "2017-08"


def test_a_numbered_line_opening_with_a_month():
    assert period(JAN_AUG + ".\n2. In August, exports reached 19 billion yuan.", "19 billion yuan") == "2017-08"


def test_a_dated_text_s_month_is_of_the_date_not_of_the_year_said_before():
    text = "In 2015, Qingdao's trade rose 3 percent. In March, exports rose 8 percent."
    assert period(text, "8 percent", doc_date="2017-09-20") == "2017-03"


def test_a_period_of_unknown_year_said_in_between_leaves_the_month_unknown():
    text = "In 2016, Qingdao's trade rose 3 percent. Last year, trade rose 6 percent. In March, exports rose 8 percent."
    assert period(text, "8 percent") is None


def test_a_target_year_is_no_year_of_a_past_month():
    text = "The city aims to double trade to 1 trillion yuan by 2025. In March, exports rose 8 percent."
    assert period(text, "8 percent") != "2025-03"


def test_the_year_a_firm_was_founded_is_no_year_of_its_results():
    text = "Haier, founded in 1984, is based in Qingdao. In March, its revenue rose 8 percent."
    assert period(text, "8 percent") != "1984-03"


def test_this_august_after_a_past_year_is_not_that_year_s():
    text = "Qingdao's exports rose 3 percent in 2016, a slow year. This August, exports rose 8 percent."
    assert period(text, "8 percent") != "2016-08"


def test_a_month_something_will_happen_in_after_a_whole_past_year_is_not_that_year_s():
    text = ("In 2017, Qingdao's exports rose 5 percent. In March, the firm will open a plant with an "
            "investment of 2 billion yuan.")
    assert period(text, "2 billion yuan") in (None, "2018-03")


def test_a_month_something_will_happen_in_before_the_range_s_end_is_of_the_next_year():
    text = JAN_AUG + ". In March, the firm will open a plant with an investment of 2 billion yuan."
    assert period(text, "2 billion yuan") in (None, "2018-03")


def test_a_month_said_mid_clause_is_not_the_figure_s():
    text = "Qingdao's net profit in 2017 tripled to 11 billion yuan, the same as its estimates in January."
    assert period(text, "11 billion yuan") == "2017"


def test_last_august_is_not_of_the_year_said_before():
    assert period(JAN_AUG + ". Last August, exports reached 19 billion yuan.", "19 billion yuan") != "2017-08"


def test_a_season_across_two_years_gives_no_year_to_a_month():
    text = ("In the 2016/2017 season, Qingdao exported 1 million tonnes of apples. In March, exports reached "
            "90,000 tonnes.")
    assert period(text, "90,000 tonnes") is None


def test_the_highest_growth_rate_in_the_industry_is_not_the_sector_named_before():
    text = SECTOR_BEFORE + "Its trucks unit posted the highest growth rate in the industry, 12 percent."
    assert row(text, "12 percent")[1] != "logistics"


def test_the_industry_s_revenues_still_name_the_sector_again():
    text = SECTOR_BEFORE + "This year, the industry's revenues rose 12 percent."
    assert row(text, "12 percent")[1] == "logistics"


def test_the_first_half_is_no_superlative():
    text = SECTOR_BEFORE + "In the first half investment in the sector rose 20 percent."
    assert row(text, "20 percent")[1] == "logistics"


def test_the_top_firms_in_the_industry_are_the_sector_s():
    text = SECTOR_BEFORE + "The top 10 firms in the industry earned 5 billion yuan."
    assert row(text, "5 billion yuan")[1] == "logistics"


def test_the_first_time_in_the_sector_is_the_sector_s():
    text = SECTOR_BEFORE + "It was the first time in the sector that revenue topped 5 billion yuan."
    assert row(text, "topped 5 billion yuan")[1] == "logistics"


def test_most_of_the_investment_in_the_sector_is_the_sector_s():
    text = ("In 2023, the city's logistics industry grew fast.\n\n\"We worked hard,\" he said.\n\n"
            "In 2023, most of the investment in the sector came from abroad, some 3 billion yuan.")
    assert row(text, "some 3 billion yuan")[1] == "logistics"


def test_the_highest_growth_rate_within_the_industry_is_not_the_sector_named_before():
    text = SECTOR_BEFORE + "Its trucks unit posted the fastest growth within the industry, 12 percent."
    assert row(text, "12 percent")[1] != "logistics"


# --- 5. "<Province>-based" --------------------------------------------------------------------------

def test_a_text_naming_no_city_is_of_the_province_its_firm_is_based_in():
    text = ("The server maker aims to grow abroad.\n\nThe Shandong-based company's IT products are available in "
            "108 countries and regions.\n\nThe bank promised the company 20 billion yuan in financing.")
    assert [r[2:4] for r in rows(text, doc_date="2017-05-21")] == [("province", "Shandong")] * 2


def test_a_firm_of_the_province_investing_in_the_city_is_the_city_s():
    text = "A Shandong-based firm invested 2 billion yuan in Qingdao last year."
    assert row(text, "2 billion yuan")[2:4] == ("city", None)


def test_a_firm_of_another_province_building_in_the_city_is_the_city_s():
    text = "Guangdong-based BYD will build a plant in Qingdao with an investment of 5 billion yuan."
    assert row(text, "5 billion yuan")[2:4] == ("city", None)


def test_a_firm_of_another_province_investing_in_the_city_keeps_the_city_s_subject():
    text = ("Qingdao attracted 300 projects in 2023. The Jiangsu-based company will invest 5 billion yuan "
            "in a plant in the city.")
    assert row(text, "5 billion yuan")[1:4] == ("qingdao", "city", None)


def test_investors_of_other_places_in_the_city_s_inflows_leave_them_the_city_s():
    text = ("Qingdao drew 12 billion dollars of foreign investment in 2023. Most came from Hong Kong-based funds "
            "and Jiangsu-based manufacturers, which invested 3 billion yuan.")
    assert row(text, "3 billion yuan")[3] != "Jiangsu"


def test_the_province_after_another_province_s_firm_is_still_the_city_s_province():
    text = ("Qingdao is a port city in Shandong province. It signed a deal with a Jiangsu-based chip maker "
            "last week. The province's exports rose 5 percent in 2023.")
    assert row(text, "5 percent")[3] == "Shandong"


def test_a_city_based_firm_described_as_of_the_province_stays_the_city_s():
    text = "Qingdao-based Hisense, a Shandong-based TV maker, sold 20 million sets in 2023."
    assert row(text, "20 million")[2:4] == ("city", None)


def test_a_firm_headquartered_in_the_province_is_of_the_province():
    text = "The Shandong-headquartered company's revenue rose 20 percent in 2023."
    assert row(text, "20 percent")[2:4] == ("province", "Shandong")
