"""Boundary cases, from an adversarial review, for the sixty-fourth round's extraction rules: a kind of
firm that "made … trade", a change after a year said between it and its amount, an amount added on
", along with …", "Chinese enterprises have set up …", and where a report was filed (its date line,
or a paragraph opening "Singapore — …").

Each case asserts what a careful annotator would record, where the rule should fire and where it
must not. Every sentence is invented for the test."""

from __future__ import annotations

from briefgen.facts.extract.candidates import extract

ALIASES = {"Qingdao": "qingdao", "the city": "qingdao", "Japan": "japan", "Japanese": "japan",
           "Korea": "korea", "Singapore": "singapore", "SCO": "sco", "SCO members": "sco",
           "foreign investment": "investment", "Foreign investment": "investment",
           "Foreign-invested": "investment", "foreign-invested": "investment", "port": "port"}
KINDS = {"qingdao": "city", "japan": "country", "korea": "country", "singapore": "country", "sco": "group",
         "investment": "sector", "port": "sector"}


def rows(text, doc_date=None):
    """(as written, subject, scope level, scope place, period) of each candidate."""
    return [(c.as_written, c.subject, c.scope.level, c.scope.place, c.period)
            for c in extract(text, source="t.txt", aliases=ALIASES, kinds=KINDS,
                             province="Shandong", doc_date=doc_date)]


def row(text, as_written, **kw):
    (found,) = [r for r in rows(text, **kw) if r[0] == as_written]
    return found


def subject(text, as_written, **kw):
    return row(text, as_written, **kw)[1]


def scope(text, as_written, **kw):
    return row(text, as_written, **kw)[2:4]


CITY = ("city", None)
CHINA = ("country", "China")


# --- 1. a kind of firm that "made/recorded … trade" ----------------------------------------------

def test_firms_that_record_trade_name_no_investment_for_the_trade():
    text = ("In April, private enterprises made 9.39 billion yuan-worth trade, accounting for 52.9% of the "
            "total; foreign-invested enterprises recorded 6.93 billion yuan in trade.")
    assert "investment" not in [r[1] for r in rows(text)]


def test_firms_that_make_up_a_share_of_trade_name_no_investment():
    assert subject("Foreign-invested enterprises made up 40 percent of the city's trade in 2023.",
                   "40 percent") != "investment"


def test_the_count_of_the_firms_that_record_trade_is_still_foreign_investment_s():
    # ("1,211 foreign-invested enterprises achieved sales revenue …": the 1,211 counts the firms)
    text = "1,211 foreign-invested enterprises recorded imports and exports of 173.57 billion yuan in 2023."
    assert subject(text, "1,211") == "investment"
    assert subject(text, "173.57 billion yuan") != "investment"


def test_firms_that_made_new_investment_in_export_projects_made_investment_not_trade():
    text = "In 2023, foreign-invested enterprises made new investment of 3 billion yuan in export-oriented projects."
    assert subject(text, "3 billion yuan") == "investment"


def test_a_partner_s_companies_that_recorded_imports_are_still_the_partner_s():
    # (as "Japanese companies sold 200,000 cars" is still Japan's: the rule is for kinds of firm)
    text = "Japanese companies recorded 3 billion dollars in imports from Qingdao in 2023."
    assert subject(text, "3 billion dollars") == "japan"


def test_a_count_of_firms_that_recorded_projects_is_still_investment_s():
    text = "Foreign-invested enterprises recorded 300 new projects in 2023, and their imports rose."
    assert subject(text, "300") == "investment"


def test_the_country_s_change_after_a_year_is_the_country_s():
    text = ("China's exports to Japan were 150 billion dollars in 2023, up 3 percent, and Qingdao's exports "
            "were 5 billion dollars in 2024, down 2 percent.")
    assert scope(text, "3 percent") == CHINA
    assert scope(text, "2 percent") == CITY


def test_the_country_s_change_after_last_year_is_the_country_s():
    text = "China's trade with SCO members stood at 512.4 billion U.S. dollars last year, up 2.7 percent."
    assert scope(text, "2.7 percent") == CHINA


def test_the_country_s_change_after_a_half_year_is_the_country_s():
    text = ("China's trade with SCO members stood at 512.4 billion U.S. dollars in the first half of 2024, "
            "up 2.7 percent.")
    assert scope(text, "2.7 percent") == CHINA


def test_the_city_s_change_after_a_year_stays_the_city_s():
    assert row("Qingdao's exports stood at 512.4 billion yuan in 2024, up 2.7 percent.", "2.7 percent")[1:4] == (
        "qingdao", *CITY)


def test_a_change_of_another_partner_after_a_year_is_that_partner_s():
    text = "Qingdao's exports to Japan stood at 51 billion yuan in 2024, Korea's up 2.7 percent."
    assert subject(text, "2.7 percent") == "korea"


def test_a_change_after_during_a_year_keeps_the_amount_s_subject_and_period():
    text = "Exports from the port totaled 5 million tons during 2023, an increase of 4 percent."
    assert row(text, "4 percent")[1:] == ("port", *CITY, "2023")


def test_a_change_after_last_year_in_a_second_clause_is_of_last_year():
    text = ("Qingdao's exports were 51 billion yuan in 2024, while Japan's trade with China was 300 billion "
            "dollars last year, up 2 percent.")
    assert row(text, "2 percent", doc_date="2025-03-01")[1:] == ("japan", *CHINA, "2024")


# --- 3. an amount added on ", along with …" ----------------------------------------------------

def test_an_amount_along_with_the_country_s_is_the_country_s():
    text = ("China imported 90 billion U.S. dollars worth of crude oil from SCO members, along with 13.66 "
            "billion dollars worth of agricultural products.")
    assert [r[2:4] for r in rows(text)] == [CHINA, CHINA]


def test_an_amount_along_with_the_country_s_after_an_attribution_is_the_country_s():
    text = "China imported 90 billion dollars of crude oil, the city said, along with 13 billion dollars of soy."
    assert scope(text, "13 billion dollars") == CHINA


def test_an_amount_along_with_the_country_s_from_the_city_is_the_city_s():
    text = "China's imports rose 5 percent, along with 2 billion yuan of exports from Qingdao."
    assert scope(text, "2 billion yuan") == CITY


def test_an_amount_along_with_a_rank_takes_no_place_from_the_rank():
    # (a rank's place is its group's, not the place of what is added on)
    text = "Qingdao's exports rose 5 percent, ranking first in Shandong, along with 3 billion yuan of imports."
    assert scope(text, "3 billion yuan") == CITY


def test_an_amount_along_with_the_city_s_possessive_is_the_city_s():
    text = ("China imported 90 billion U.S. dollars worth of crude oil, along with Qingdao's 13.66 billion "
            "dollars worth of farm products.")
    assert scope(text, "13.66 billion dollars") == CITY


def test_an_amount_along_with_takes_no_place_from_the_sentence_before():
    text = ("China imported 90 billion dollars of crude oil.\n"
            "Qingdao exported 5 billion yuan of tires, along with 2 billion yuan of steel.")
    assert scope(text, "2 billion yuan") == CITY


def test_an_amount_along_with_takes_no_place_from_another_text():
    rows("China imported 90 billion dollars of crude oil, along with 13 billion dollars of soy.")
    assert scope("Tires, along with 2 billion yuan of steel, left the city in 2023.", "2 billion yuan") == CITY


def test_an_amount_added_as_well_as_the_country_s_is_the_country_s():
    text = ("China imported 90 billion U.S. dollars worth of crude oil from SCO members, as well as 13.66 "
            "billion dollars worth of agricultural products.")
    assert scope(text, "13.66 billion dollars") == CHINA


# --- 4. "Chinese enterprises have set up …" ------------------------------------------------------

def test_what_chinese_enterprises_have_set_up_abroad_is_the_country_s():
    text = "Chinese enterprises have set up more than 3,000 companies in other member states."
    assert scope(text, "more than 3,000") == CHINA


def test_what_chinese_enterprises_have_invested_in_the_city_is_the_city_s():
    assert scope("Chinese enterprises have invested 5 billion yuan in Qingdao.", "5 billion yuan") == CITY


def test_chinese_enterprises_established_in_the_city_are_the_city_s():
    # ("established" here describes the firms, it is no act of theirs)
    text = "Chinese enterprises established in Qingdao exported 3 billion yuan of goods in 2023."
    assert scope(text, "3 billion yuan") == CITY


def test_stores_chinese_companies_opened_in_the_city_are_the_city_s():
    assert scope("Chinese companies opened 20 stores in Qingdao last year.", "20") == CITY


def test_jobs_chinese_investors_created_in_the_city_are_the_city_s():
    assert scope("In 2023, Chinese investors created 3,000 jobs in Qingdao.", "3,000") == CITY


def test_a_count_of_chinese_enterprises_that_set_up_abroad_is_the_country_s():
    text = "More than 3,000 Chinese enterprises have set up companies in SCO member states."
    assert scope(text, "More than 3,000") == CHINA


# --- 5. where a report was filed --------------------------------------------------------------

def test_the_desk_on_a_date_line_is_no_subject():
    text = ("08 May 2020 | 08:52 UTC — Singapore\n\nSingapore — Crude imports for China's independent refineries "
            "rebounded 8.3% in April.")
    assert subject(text, "8.3%") is None


def test_a_partner_after_the_desk_s_opening_is_still_the_partner():
    assert subject("Singapore — Trade with Singapore rose 8.3% in April.", "8.3%") == "singapore"


def test_a_heading_on_the_city_in_lower_case_keeps_the_city():
    assert subject("Qingdao — a city of openness\n\nIts exports rose 8.3% in April.", "8.3%") == "qingdao"


def test_the_city_s_own_date_line_keeps_the_city():
    text = "08 May 2020 | 08:52 UTC — Qingdao\n\nExports rose 8.3% in April."
    assert subject(text, "8.3%") == "qingdao"


def test_the_city_s_own_opening_keeps_the_city():
    assert subject("Qingdao — Exports rose 8.3% in April.", "8.3%") == "qingdao"


def test_a_title_case_heading_on_the_city_keeps_the_city():
    text = "Qingdao — A City Of Openness\n\nExports rose 8.3% in April."
    assert subject(text, "8.3%") == "qingdao"


def test_a_list_by_partner_with_dashes_keeps_each_partner():
    text = ("Trade by partner:\nJapan — US$5.2 billion, up 3 percent\n"
            "Korea — US$4.1 billion, down 2 percent")
    assert [r[1] for r in rows(text)] == ["japan", "japan", "korea", "korea"]


def test_a_timeline_line_after_a_date_is_no_date_line():
    text = "Timeline\nMay 8, 2020 — Japan's imports rose 5 percent\nJune 1, 2020 — Korea invested 2 billion dollars"
    assert [r[1] for r in rows(text)] == ["japan", "korea"]


def test_a_dated_one_line_item_is_no_date_line():
    assert subject("08 May 2020 — Exports to Japan rose 5 percent", "5 percent") == "japan"


def test_a_partner_opening_a_sentence_with_an_aside_in_dashes_is_the_subject():
    text = "Japan — Qingdao's largest trading partner — bought 5 billion dollars of goods in 2023."
    assert subject(text, "5 billion dollars") == "japan"
