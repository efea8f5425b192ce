"""Boundary cases, from an adversarial review, for the sixty-sixth round's extraction rules: "the
highest in China" as a rank (and the place of the amount before it), ranks paired with
"respectively", "number one spot", a measure spread to places "across the country", a city named as
another's district, "provincial capital", and margins listed before one comparison.

Each case asserts what a careful annotator would record, where the rule should fire and where it
must not. Every sentence is invented for the test (Testcity and its partners)."""

from __future__ import annotations

from briefgen.facts.extract.candidates import extract

ALIASES = {"Testcity": "testcity", "the city": "testcity", "Japan": "japan", "port": "port"}
KINDS = {"testcity": "city", "japan": "country", "port": "sector"}


def found_in(text: str, doc_date: str | None = None):
    """(as written, unit, period, subject, scope level, scope place) of each figure."""
    return [(c.as_written, c.unit, c.period, c.subject, c.scope.level, c.scope.place)
            for c in extract(text, source="t.txt", aliases=ALIASES, kinds=KINDS, province="Shandong",
                             doc_date=doc_date)]


def ranks(rows):
    return [(r[0], r[4], r[5]) for r in rows if r[1] == "rank"]


def row(rows, written):
    (hit,) = [r for r in rows if r[0] == written]
    return hit


# --- "the highest in" a place: rank 1 ------------------------------------------------------------

def test_highest_in_the_province_is_a_rank_and_the_amount_stays_the_city_s():
    rows = found_in("Testcity's wheat yield reached 600 kilograms per mu in 2021, the highest in the province.")
    assert row(rows, "600 kilograms")[2:] == ("2021", "testcity", "city", None)
    assert ranks(rows) == [("highest", "province", "Shandong")]


def test_highest_in_the_world_after_a_country_s_amount():
    rows = found_in("China's foreign trade reached 40 trillion yuan in 2021, the highest in the world.")
    assert row(rows, "40 trillion yuan")[4:] == ("country", "China")
    assert ranks(rows) == [("highest", "world", None)]


def test_highest_after_up_and_keeps_the_rise_in_the_province():
    rows = found_in("In 2021 Shandong's grain output reached 54 million tons, up 2 percent and the highest in China.")
    assert [r[4:] for r in rows if r[1] != "rank"] == [("province", "Shandong")] * 2
    assert ranks(rows) == [("highest", "country", "China")]


def test_highest_in_china_for_the_first_time_is_still_a_rank():
    rows = found_in("Shandong's grain output was the highest in China for the first time in 2021, at 54 million tons.")
    assert ranks(rows) == [("highest", "country", "China")]
    assert row(rows, "54 million tons")[4:] == ("province", "Shandong")


def test_an_amount_that_is_the_highest_in_the_province_is_the_city_s():
    rows = found_in("Testcity's output of 3 million tons was the highest in the province in 2021.")
    assert row(rows, "3 million tons")[3:] == ("testcity", "city", None)
    assert ranks(rows) == [("highest", "province", "Shandong")]


def test_the_highest_level_since_a_year_is_no_rank():
    rows = found_in("Testcity's exports rose 12 percent in 2021, the highest level since 2015.")
    assert ranks(rows) == []


def test_the_highest_in_the_history_of_is_no_rank():
    rows = found_in("Testcity's exports rose 12 percent in 2021, the highest in the history of the port.")
    assert ranks(rows) == []


def test_the_highest_in_china_s_history_is_a_record_not_a_rank():
    rows = found_in("Testcity's exports were the highest in China's history in 2021, at 900 billion yuan.")
    assert ranks(rows) == []
    assert row(rows, "900 billion yuan")[3:] == ("testcity", "city", None)


def test_the_highest_in_the_country_s_history_leaves_the_country_its_amount():
    rows = found_in("Foreign trade reached 40 trillion yuan in 2021, the highest in the country's history.")
    assert rows == [("40 trillion yuan", "CNY", "2021", None, "country", "China")]


def test_the_highest_in_the_country_since_a_year_leaves_the_country_its_amount():
    rows = found_in("Foreign trade reached 40 trillion yuan in 2021, the highest in the country since 2010.")
    assert rows == [("40 trillion yuan", "CNY", "2021", None, "country", "China")]


def test_the_highest_in_the_province_in_a_decade_is_no_rank():
    rows = found_in("Testcity's exports rose 12 percent in 2021, the highest in the province in a decade.")
    assert ranks(rows) == []
    assert row(rows, "12 percent")[3:] == ("testcity", "city", None)


def test_one_of_or_among_the_highest_is_no_rank():
    for text in ("Testcity's exports rose 12 percent in 2021, one of the highest in China.",
                 "Testcity's exports rose 12 percent in 2021, among the highest in China."):
        rows = found_in(text)
        assert ranks(rows) == [], text
        assert row(rows, "12 percent")[3:] == ("testcity", "city", None)


def test_the_second_highest_is_rank_two_only():
    rows = found_in("Testcity's wheat yield reached 600 kilograms per mu in 2021, the second highest in China.")
    assert ranks(rows) == [("second highest", "country", "China")]
    assert row(rows, "600 kilograms")[4:] == ("city", None)


# --- "first and second, respectively" ------------------------------------------------------------

def test_ranked_third_and_fourth_respectively():
    rows = found_in("Qingdao and Testcity ranked third and fourth, respectively, in the province.")
    assert [r[0] for r in rows if r[1] == "rank"] == ["ranked third", "and fourth"]


def test_ranks_respectively_paired_with_counts():
    rows = found_in("Testcity and Jinan ranked first and second, respectively, with 300 and 200 projects.")
    assert [r[0] for r in rows if r[1] == "rank"] == ["ranked first", "and second"]
    assert row(rows, "300")[4:] == ("city", None)
    assert row(rows, "200")[4:] == ("city", "Jinan")


def test_days_listed_respectively_after_a_rank_are_no_ranks():
    for text in ("Testcity, which ranked first in the province for exports, hosted the Expo and the Forum on the "
                 "15th and 16th, respectively.",
                 "Testcity ranked first in the province, and the two fairs were held on the 15th and 16th, "
                 "respectively."):
        assert [r[0] for r in found_in(text) if r[1] == "rank"] == ["ranked first"], text


def test_days_listed_respectively_after_ranks_listed_together():
    rows = found_in("The two lines, ranked first and second in length, opened on the 1st and 2nd, respectively.")
    assert [r[0] for r in rows if r[1] == "rank"] == ["ranked first", "and second"]


def test_phases_listed_respectively_are_no_ranks():
    rows = found_in("The first and second phases of the Testcity project cost 2 billion yuan and 3 billion yuan, "
                    "respectively.")
    assert [r[:2] for r in rows] == [("2 billion yuan", "CNY"), ("3 billion yuan", "CNY")]


# --- "number one spot", "No. 1 position" ---------------------------------------------------------

def test_the_no_1_position_in_a_province_is_rank_one():
    rows = found_in("The pharmaceutical industry of Testcity has held the No. 1 position in Shandong for five years.")
    assert ranks(rows) == [("the No. 1 position", "province", "Shandong")]


def test_the_number_one_spot_in_the_province_in_a_year():
    rows = found_in("Testcity's tourism revenue took the number one spot in the province in 2021.")
    assert [(r[0], r[2], r[4], r[5]) for r in rows] == [("the number one spot", "2021", "province", "Shandong")]


def test_securing_the_no1_spot_after_an_amount():
    rows = found_in("Testcity's tourism revenue reached 90 billion yuan in 2021, securing the No.1 spot in the "
                    "province.")
    assert row(rows, "90 billion yuan")[4:] == ("city", None)
    assert ranks(rows) == [("the No.1 spot", "province", "Shandong")]


def test_the_number_one_spot_held_for_years():
    rows = found_in("Testcity's pharmaceutical industry has held the number one spot for five consecutive years.")
    assert [r[0] for r in rows if r[1] == "rank"] == ["the number one spot"]


def test_number_one_as_a_priority_or_an_agenda_item_is_no_rank():
    rows = found_in("Cutting red tape is the number one priority, and the number one position on the agenda went "
                    "to 5G.")
    assert ranks(rows) == []


def test_a_name_with_number_one_spot_is_no_rank():
    rows = found_in("The Number One Spot restaurant in Testcity served 2,000 diners.")
    assert [r[0] for r in rows] == ["2,000"]


def test_the_no_1_task_is_no_rank():
    assert found_in("Cutting red tape is the No. 1 task for Testcity in 2022.") == []


# --- places a measure spread to ------------------------------------------------------------------

def test_promoted_to_more_than_20_cities_across_the_province_sets_no_scope():
    rows = found_in("The technology, which has 30 patents, has been promoted to more than 20 cities across the "
                    "province.")
    assert row(rows, "30")[4:] == ("city", None)


def test_extended_to_other_cities_nationwide_leaves_the_city_its_figures():
    rows = found_in("The Testcity model, with 300 pilot villages, has been extended to 12 other cities nationwide.")
    assert row(rows, "300")[3:] == ("testcity", "city", None)


def test_promoted_in_a_list_of_provinces_regions_and_municipalities():
    rows = found_in("The technology, which holds 30 patents, has been promoted in 20 provinces, autonomous "
                    "regions and municipalities across the country.")
    assert row(rows, "30")[4:] == ("city", None)


def test_stores_in_cities_across_the_country_are_the_country_s():
    rows = found_in("The company has 120 stores in more than 20 cities across the country.")
    assert [r[4:] for r in rows] == [("country", "China")] * 2


def test_invested_in_provinces_across_the_country_is_no_spread():
    rows = found_in("Testcity has invested in more than 20 provinces across the country, with 500 projects.")
    assert row(rows, "more than 20")[4:] == ("country", "China")


def test_replicated_across_the_province_benefiting_residents_is_the_province_s():
    rows = found_in("The model has been replicated in 16 cities across the province, benefiting 2 million "
                    "residents.")
    assert row(rows, "2 million")[4:] == ("province", "Shandong")


# --- a city named as another's district ----------------------------------------------------------

def test_a_district_named_after_of_is_its_city_s():
    rows = found_in("The Laiwu District of Jinan held a fair.\n\nIn Laiwu, 40 firms signed deals worth 3 billion "
                    "yuan.")
    assert [r[4:] for r in rows] == [("city", "Jinan")] * 2


def test_a_district_of_the_project_s_city_is_the_project_s_city():
    for text in ("Testcity's Laiwu District held a fair.\n\nLaiwu has 40 firms.",
                 "The Laiwu District of Testcity held a fair.\n\nIn Laiwu, 40 firms signed deals."):
        assert row(found_in(text), "40")[4:] == ("city", None), text


def test_a_city_not_named_as_a_district_stays_a_city():
    rows = found_in("Jinan signed a deal with Laiwu.\n\nLaiwu city has 40 of the 41 categories of industries.")
    assert row(rows, "40")[4:] == ("city", "Laiwu")


def test_a_district_named_elsewhere_leaves_the_project_city_s_figures():
    rows = found_in("The Jinan Laiwu District held a fair. Laiwu steel mill in Testcity produced 3 million tons.")
    assert row(rows, "3 million tons")[3:] == ("testcity", "city", None)


# --- "provincial capital" ------------------------------------------------------------------------

def test_the_provincial_government_is_the_province():
    rows = found_in("The provincial government invested 3 billion yuan in the project.")
    assert rows[0][4:] == ("province", "Shandong")
    assert found_in("Provincial GDP grew 5 percent in 2022.")[0][4:] == ("province", "Shandong")


def test_the_provincial_capital_named_is_that_city():
    rows = found_in("The provincial capital Jinan's GDP grew 5 percent in 2022.")
    assert rows == [("5 percent", "percent", "2022", None, "city", "Jinan")]


def test_a_distance_from_the_provincial_capital_is_no_figure_of_the_province():
    rows = found_in("Testcity, 300 kilometers from the provincial capital, exported 5 billion yuan in 2022.")
    assert [r[4:] for r in rows] == [("city", None)] * 2


def test_a_rank_among_provincial_capitals_is_national():
    rows = found_in("Jinan ranked fifth among the 27 provincial capital cities in China in 2021.")
    assert ranks(rows) == [("ranked fifth", "country", "China")]


# --- margins listed together ---------------------------------------------------------------------

def test_margins_after_two_growths_are_both_relative_to_the_country():
    rows = found_in("In Shandong, exports rose 8 percent and imports rose 5 percent, 2 percentage points and 1 "
                    "percentage point higher than the national average.")
    assert [r[4:] for r in rows if r[1] == "percent"] == [("province", "Shandong")] * 2
    assert [r[4:] for r in rows if r[1] == "pp"] == [("country", "China")] * 2


def test_two_rates_that_were_higher_are_both_margins():
    rows = found_in("In Shandong, the two rates were 2.2 percent and 1.2 percent higher than the national average.")
    assert [r[4:] for r in rows] == [("country", "China")] * 2


def test_margins_after_or_are_relative_the_growths_are_not():
    rows = found_in("In Shandong, incomes rose 8.2 percent and 7.9 percent, or 1.1 percent and 0.8 percent faster "
                    "than the national average.")
    assert [r[4:] for r in rows] == [("province", "Shandong")] * 2 + [("country", "China")] * 2


def test_an_amount_then_its_margin_after_a_comma_keeps_its_place():
    rows = found_in("In 2021, per capita disposable income reached 45,000 yuan, 3,000 yuan higher than the "
                    "national average.")
    assert row(rows, "45,000 yuan")[4:] == ("city", None)
    assert row(rows, "3,000 yuan")[4:] == ("country", "China")


def test_an_amount_reached_and_its_margin_keep_their_places():
    rows = found_in("In Shandong, retail sales reached 300 billion yuan and 20 billion yuan more than the national "
                    "average.")
    assert [r[4:] for r in rows] == [("province", "Shandong"), ("country", "China")]


def test_a_rise_stated_by_up_and_its_margin_keep_their_places():
    rows = found_in("In Shandong, exports were up 12.5 percent and 3.5 percent more than the national average.")
    assert [r[4:] for r in rows] == [("province", "Shandong"), ("country", "China")]


def test_a_growth_and_a_margin_in_points_keep_their_places():
    rows = found_in("In Shandong, GDP grew 6.5 percent, 0.4 percentage points higher than the national average.")
    assert [r[4:] for r in rows] == [("province", "Shandong"), ("country", "China")]


def test_figures_not_joined_keep_their_places():
    rows = found_in("In Shandong, exports rose 8 percent in May while imports were 2 percent higher than the "
                    "national average.")
    assert [r[4:] for r in rows] == [("province", "Shandong"), ("country", "China")]


