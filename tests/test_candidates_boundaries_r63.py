"""Boundary cases, from an adversarial review, for the sixty-second round's extraction rules: a county-level city the text calls a city,
"across China", "the largest … producer" and sides of the country, a share of or a rank in a market
abroad, a place in brackets after a firm's name, where a firm's shares moved, a time after a
semicolon, a heading's period, and a trade mode under Customs control.

Each case asserts what a careful annotator would record, where the rule should fire and where it
must not."""

from __future__ import annotations

from briefgen.facts.extract.candidates import extract

QINGDAO = {"Qingdao": "qingdao", "the city": "qingdao"}
QINGDAO_KINDS = {"qingdao": "city"}
ALIASES = {**QINGDAO, "Japan": "japan", "Japanese": "japan", "United States": "usa", "US": "usa",
           "South Africa": "south-africa", "Germany": "germany", "Korea": "south-korea",
           "South Korea": "south-korea", "Hong Kong": "hong-kong", "Singapore": "singapore",
           "Pakistan": "pakistan", "port": "port", "Customs": "customs", "customs": "customs"}
KINDS = {**QINGDAO_KINDS, "japan": "country", "usa": "country", "south-africa": "country",
         "germany": "country", "south-korea": "country", "hong-kong": "country", "singapore": "country",
         "pakistan": "country", "port": "sector", "customs": "sector"}


def rows(text, aliases=None, kinds=None, doc_date="2024-02-01"):
    """(as written, subject, scope level, scope place, among, period) of each candidate."""
    return [(c.as_written, c.subject, c.scope.level, c.scope.place, c.scope.among, c.period)
            for c in extract(text, source="t.txt", aliases=aliases or QINGDAO, kinds=kinds or QINGDAO_KINDS,
                             province="Shandong", doc_date=doc_date)]


def row(text, as_written, **kw):
    (found,) = [r for r in rows(text, **kw) if r[0] == as_written]
    return found


def places(text, **kw):
    return [r[3] for r in rows(text, **kw)]


# --- 1. a county-level city the text calls a city -------------------------------------------------

def test_a_county_called_a_city_is_its_own_place():
    assert places("Anqiu city is a big ginger base. Anqiu produces 1 million tonnes of ginger annually.") == ["Anqiu"]


def test_the_county_called_a_city_is_the_city_the_text_speaks_of():
    text = ("Anqiu city is a ginger base. Anqiu exported 5,000 tons of ginger in 2022. Anqiu's output rose "
            "8 percent. The city's GDP grew 5 percent.")
    assert places(text) == ["Anqiu", "Anqiu", "Anqiu"]


def test_another_county_of_the_same_prefecture_is_not_the_project_s_city():
    text = ("Anqiu city exported 5,000 tons of ginger in 2022. Shouguang exported 9,000 tons of vegetables "
            "in 2022.")
    assert row(text, "9,000 tons")[3] in ("Shouguang", "Weifang")


def test_another_county_of_the_same_prefecture_is_not_the_project_s_city_jining():
    text = "Zoucheng city exported 5,000 tons of coal in 2022. Qufu received 10 million tourists in 2022."
    assert row(text, "10 million")[3] in ("Qufu", "Jining")


def test_the_city_of_a_county_at_the_start_of_a_sentence():
    assert places("The city of Anqiu is a ginger base.\n\nAnqiu produces 1 million tonnes of ginger "
                  "annually.") == ["Anqiu"]


def test_the_county_level_city_of_a_county():
    assert places("Ginger is grown in the county-level city of Anqiu.\n\nAnqiu produces 1 million tonnes "
                  "of ginger annually.") == ["Anqiu"]


def test_a_county_in_its_named_prefecture_stays_the_prefecture_s():
    assert places("Anqiu city in Weifang exported 5,000 tons of ginger in 2022.") == ["Weifang"]


def test_a_city_of_another_province_is_no_county_of_this_one():
    assert places("Kansas City imported 5,000 tons of tires in 2022.") != ["Weifang"]


# --- 2. across China -------------------------------------------------------------------------------

def test_markets_across_china_are_the_country_s():
    assert row("Qingdao sells ginger to over 1,300 wholesale markets across China.", "over 1,300")[2:4] == (
        "country", "China")


def test_cities_across_china_are_the_country_s():
    assert row("Qingdao beer is sold in 300 cities across China.", "300")[2:4] == ("country", "China")


def test_factories_across_china_in_another_clause_leave_the_city_s_figure():
    text = "Qingdao's exports rose 8 percent in 2023 even as factories across China slowed."
    assert row(text, "8 percent")[2:4] == ("city", None)


def test_a_singular_noun_ending_in_s_is_no_plural():
    text = "Qingdao produced 5,000 tons of beer in 2023 and expanded its business across China."
    assert row(text, "5,000 tons")[2:4] == ("city", None)


def test_outlets_across_mainland_china_are_the_country_s():
    assert row("Qingdao's brewer has 20 outlets across mainland China.", "20")[2:4] == ("country", "China")


def test_goods_distributed_across_china_are_not_the_country_s():
    text = "The goods were distributed across China within 48 hours, Qingdao port said, handling 3,000 containers."
    assert row(text, "3,000")[2:4] == ("city", None)


# --- 3. producers and sides of the country --------------------------------------------------------

def test_the_largest_producer_north_of_the_yangtze():
    text = "Qingdao is the largest ginger producer north of the Yangtze River."
    assert row(text, "largest")[2:5] == ("region", "northern China", "ginger producers")


def test_north_china_written_in_lower_case_is_the_country_s_north():
    assert row("Qingdao is the largest tire producer in north China.", "largest")[2:4] == (
        "region", "northern China")


def test_the_world_s_largest_producer():
    assert row("Qingdao is the world's largest tire producer.", "largest")[2:5] == (
        "world", None, "tire producers")


def test_central_china_keeps_its_name():
    text = "Qingdao ranks first among ports in central China."
    assert row(text, "ranks first")[3] in ("Central China", "central China")


def test_one_of_the_largest_producers_is_no_rank():
    found = rows("Qingdao is one of the largest ginger producers in China, with output of 1 million tonnes.")
    assert [r[0] for r in found] == ["1 million tonnes"]


def test_the_largest_number_of_producers_is_no_rank_of_the_city():
    found = rows("Qingdao has the largest number of ginger producers in the province, with 3,000 firms.")
    assert [r[0] for r in found] == ["3,000"]


def test_the_largest_producers_in_the_city_are_no_rank_of_the_city():
    found = rows("The largest producers in Qingdao made 5,000 tons of beer in 2023.")
    assert [r[0] for r in found] == ["5,000 tons"]


def test_a_share_in_a_market_abroad_is_that_country_s():
    text = "Qingdao's beer held a 12 percent share in the Korean market, while its exports rose 5 percent."
    assert [r[2:4] for r in rows(text, ALIASES, KINDS)] == [("country", "South Korea"), ("city", None)]


def test_a_share_of_the_market_in_a_country_abroad():
    text = "Qingdao-made TVs took 30 percent of the market share in Japan in 2023."
    assert row(text, "30 percent", aliases=ALIASES, kinds=KINDS)[2:4] == ("country", "Japan")


def test_a_rank_in_a_market_abroad():
    text = "Haier ranked second in the United States refrigerator market in 2023."
    assert row(text, "ranked second", aliases=ALIASES, kinds=KINDS)[2:4] == ("country", "United States")


def test_a_rank_in_china_in_exports_to_a_market_abroad_is_china_s():
    text = "Qingdao ranked first in China in exports to the Japanese market."
    assert row(text, "ranked first")[2:4] == ("country", "China")


def test_a_rank_in_the_province_in_exports_to_a_market_abroad_is_the_province_s():
    text = "Qingdao ranked first in Shandong in exports to the US market."
    assert row(text, "ranked first")[2:4] == ("province", "Shandong")


def test_a_rank_in_the_country_in_exports_to_a_market_abroad_is_china_s():
    text = "Qingdao ranked third in the country in exports to the Japanese market."
    assert row(text, "ranked third")[2:4] == ("country", "China")


def test_china_s_largest_exporter_to_a_market_abroad_is_ranked_in_china():
    text = "Qingdao is China's largest exporter to the Japanese market."
    assert row(text, "largest")[2:4] == ("country", "China")


def test_a_country_bound_trade_is_no_rank_in_that_country():
    text = "Qingdao ranked first in South Korea-bound container traffic among Chinese ports."
    assert row(text, "ranked first")[2:4] == ("country", "China")


def test_a_market_s_share_of_the_city_s_exports_is_the_city_s():
    text = "The Japanese market's share of Qingdao's exports rose to 12 percent."
    assert row(text, "12 percent", aliases=ALIASES, kinds=KINDS)[2:4] == ("city", None)


def test_north_korea_is_not_south_korea():
    text = "Qingdao's share of the North Korean market dropped to 5 percent."
    assert row(text, "5 percent")[3] != "South Korea"


def test_exports_to_a_market_abroad_stay_the_city_s():
    text = "Qingdao's exports to the US market rose 12 percent in 2023."
    assert row(text, "12 percent", aliases=ALIASES, kinds=KINDS)[2:4] == ("city", None)


def test_a_foreign_firm_s_share_of_the_city_s_market_stays_the_city_s():
    text = "The Japanese firm held 20 percent of Qingdao's beer market."
    assert row(text, "20 percent", aliases=ALIASES, kinds=KINDS)[2:4] == ("city", None)


# --- 5. a place in brackets after a firm's name ------------------------------------------------------

def test_a_place_in_brackets_after_a_name_holding_the_project_s_name():
    text = "Qingdao Port International Development (Hong Kong) bought a 20 percent stake for $50 million."
    assert [r[1] for r in rows(text, ALIASES, KINDS)] == ["port", "port"]


def test_a_place_in_brackets_after_ports():
    assert row("Qingdao International Ports (Singapore) invested $50 million.", "$50 million",
               aliases=ALIASES, kinds=KINDS)[1] != "singapore"


def test_a_country_s_pavilion_at_an_international_fair_is_the_country_s():
    text = "Deals signed at the Northeast Asia International Expo (Korea) pavilion reached $50 million."
    assert row(text, "$50 million", aliases=ALIASES, kinds=KINDS)[1] == "south-korea"


# --- 6. where a firm's shares moved ------------------------------------------------------------------

def test_where_shares_closed_is_no_partner():
    text = "Qingdao Port's shares closed up 3.5 percent in Hong Kong on Monday."
    assert row(text, "3.5 percent", aliases=ALIASES, kinds=KINDS)[1] != "hong-kong"


def test_a_deal_abroad_after_a_share_move_is_that_country_s():
    text = "Qingdao Port shares rose 2 percent after it signed a $500 million terminal deal in Pakistan."
    assert row(text, "$500 million", aliases=ALIASES, kinds=KINDS)[1] == "pakistan"


def test_an_investment_abroad_in_the_next_clause_is_that_country_s():
    text = "Qingdao Port shares rose 3 percent, and its investment in Pakistan reached $500 million."
    assert row(text, "$500 million", aliases=ALIASES, kinds=KINDS)[1] == "pakistan"


def test_shares_at_the_start_of_a_sentence():
    text = "Shares rose 2 percent in Hong Kong after Qingdao Port reported profit of 5 billion yuan."
    assert row(text, "5 billion yuan", aliases=ALIASES, kinds=KINDS)[1] != "hong-kong"


# --- 7. times after a semicolon, headings, Customs control -------------------------------------------

def test_a_change_before_a_semicolon_keeps_the_sentence_s_period():
    text = ("In January-August 2017, Qingdao's exports reached 90.28 billion yuan, up 36.2%; in August alone, "
            "exports reached 19.31 billion yuan.")
    assert [r[5] for r in rows(text, doc_date="2017-09-20")] == ["2017-01/2017-08", "2017-01/2017-08", "2017-08"]


def test_a_time_that_closes_the_sentence_after_a_semicolon_dates_all():
    text = ("Qingdao's exports reached 90.28 billion yuan, imports rose 12 percent and trade grew 5 percent; "
            "all in 2017.")
    assert [r[5] for r in rows(text, doc_date="2018-03-01")] == ["2017", "2017", "2017"]


def test_both_figures_are_for_the_year_after_the_semicolon():
    text = "Qingdao's exports reached 90.28 billion yuan, up 8 percent; both figures are for 2017."
    assert [r[5] for r in rows(text, doc_date="2018-03-01")] == ["2017", "2017"]


def test_a_heading_dates_the_list_under_it():
    text = ("Trade Characteristics in August Alone:\n\n1. Ordinary trade reached 14.46 billion yuan.\n\n"
            "2. Processing trade rose 3 percent.\n\nIn January-August 2017, trade totaled 133.07 billion yuan.")
    assert [r[5] for r in rows(text, doc_date="2017-09-20")] == ["2017-08", "2017-08", "2017-01/2017-08"]


def test_a_heading_does_not_override_in_this_period():
    text = ("Trade in 2017:\n\nIn the first half, exports reached 5 billion yuan. In this period, imports "
            "rose 3 percent.")
    assert [r[5] for r in rows(text, doc_date="2017-09-20")] == ["2017-01/2017-06", "2017-01/2017-06"]


def test_a_heading_does_not_reach_past_a_new_section():
    text = ("Highlights of 2022:\n\n1. Exports rose 5 percent.\n\nAbout the port\n\nQingdao port has 15,000 "
            "employees.")
    assert row(text, "15,000")[5] != "2022"


def test_a_heading_with_a_base_year_dates_nothing():
    assert rows("Compared with 2016:\n\nExports rose 5 percent.", doc_date="2017-09-20")[0][5] is None


def test_a_speaker_s_line_is_no_heading():
    assert rows("He told reporters:\n\nExports rose 5 percent.", doc_date="2017-09-20")[0][5] is None


def test_under_customs_special_control_names_no_customs_office():
    text = "In August, Qingdao imported 41,000 tons of rubber under Customs special control, down 24.5%."
    assert [r[1] for r in rows(text, ALIASES, KINDS)] == ["qingdao", "qingdao"]


def test_a_named_customs_office_s_supervision_is_that_office_s():
    text = "Goods under Qingdao Customs supervision reached 41,000 tons in August."
    assert row(text, "41,000 tons", aliases=ALIASES, kinds=KINDS)[1] == "customs"


def test_a_customs_office_that_supervised_is_the_subject():
    text = "Qingdao Customs supervised 41,000 tons of rubber imports in August."
    assert row(text, "41,000 tons", aliases=ALIASES, kinds=KINDS)[1] == "customs"
