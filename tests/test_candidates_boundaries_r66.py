"""Boundary cases, from an adversarial review, for the sixty-fifth round's extraction rules: shares
written as parts of 100, breakdowns of a count, standards' numbers, fiscal years, company datelines,
firms named after their province, grades listed, the province's cities together, titles of honour
and the peninsula.

Each case asserts what a careful annotator would record, where the rule should fire and where it
must not. Every sentence is invented for the test (Testcity and its partners)."""

from __future__ import annotations

from briefgen.facts.extract.candidates import extract

ALIASES = {"Testcity": "testcity", "the city": "testcity", "Japan": "japan", "Japanese": "japan",
           "Korea": "korea", "port": "port", "logistics": "port", "foreign investment": "investment"}
KINDS = {"testcity": "city", "japan": "country", "korea": "country", "port": "sector", "investment": "sector"}


def cands(text: str, doc_date: str | None = "2017-03-01", aliases: dict | None = None, kinds: dict | None = None):
    return extract(text, source="t.txt", aliases=aliases or ALIASES, kinds=kinds or KINDS, province="Shandong",
                   doc_date=doc_date)


def rows(text: str, **kwargs):
    """(as written, unit, counted, period, subject, scope level, scope place) of each candidate."""
    return [(c.as_written, c.unit, c.counted, c.period, c.subject, c.scope.level, c.scope.place)
            for c in cands(text, **kwargs)]


def of(text: str, written: str, **kwargs):
    """The candidate written so (the first)."""
    return next(c for c in cands(text, **kwargs) if c.as_written == written)


# --- shares written as parts of 100 ---------------------------------------------------------------

def test_shares_spaced_colons():
    r = rows("In 2016, the structure of Testcity's three industries was 7.5 : 48.1 : 44.4.")
    assert [x[:2] for x in r] == [("7.5", "percent"), ("48.1", "percent"), ("44.4", "percent")]
    assert {x[3] for x in r} == {"2016"}


def test_shares_four_parts():
    r = rows("In 2016, Testcity's land was 40.5:30.5:20:9 for farms, forests, towns and water.")
    assert [x[:2] for x in r] == [("40.5", "percent"), ("30.5", "percent"), ("20", "percent"), ("9", "percent")]


def test_shares_with_the_ratio_sign():
    r = rows("In 2016, the ratio of the three industries in Testcity was adjusted to 7.1∶43.6∶49.3.")
    assert [x[:2] for x in r] == [("7.1", "percent"), ("43.6", "percent"), ("49.3", "percent")]


def test_shares_of_three_sectors_count_nothing():
    r = rows("The structure of the three sectors in Testcity was 5:45:52 in 2016, and 5:45:50 in 2017.")
    assert "three" not in [x[0] for x in r]
    assert ("50", "percent") in [x[:2] for x in r]


def test_a_time_of_day_is_no_share():
    r = rows("The rocket lifted off from Testcity at 20:40:40 Beijing time, carrying 3 satellites.")
    assert "percent" not in [x[1] for x in r]
    assert ("3", "count", "satellites") in [x[:3] for x in r]


def test_a_ratio_adding_up_to_something_else_is_no_share():
    r = rows("The ratio of boys to girls to teachers in Testcity's schools was 10:9:1.")
    assert "percent" not in [x[1] for x in r]


def test_scores_are_no_shares():
    r = rows("Testcity beat Korea 3:1 and drew 2:2, scoring 10 goals in 5 games.")
    assert "percent" not in [x[1] for x in r]


# --- "proportion of three industries" -------------------------------------------------------------

def test_a_share_of_three_industrial_parks_counts_parks():
    r = rows("The share of three industrial parks in Testcity's output rose to 40 percent.")
    assert ("three", "count", "industrial parks") in [x[:3] for x in r]


def test_share_of_the_three_industries_counts_nothing():
    r = rows("In 2016, the share of the three industries in Testcity's GDP was 8, 45 and 47 percent respectively.")
    assert "three" not in [x[0] for x in r]


# --- parts of a count ------------------------------------------------------------------------------

def test_parts_of_parks_by_direction():
    r = rows("Testcity has 12 parks, four in the east, five in the west and three in the north.")
    assert [x[:3] for x in r] == [("12", "count", "parks"), ("four", "count", "parks"),
                                  ("five", "count", "parks"), ("three", "count", "parks")]


def test_parts_of_firms_by_origin_name_their_partners():
    r = rows("In the first half, 20 firms joined the zone, twelve from Japan and eight from Korea.")
    assert [x[0] for x in r] == ["20", "twelve", "eight"]
    assert [x[2] for x in r] == ["firms"] * 3
    assert [x[4] for x in r[1:]] == ["japan", "korea"]


def test_parts_after_a_duration_count_no_years():
    r = rows("Over the past 5 years, Testcity hosted trade fairs, two in spring and three in autumn.")
    assert "years" not in [x[2] for x in r]


def test_parts_of_a_duration_count_no_decades():
    r = rows("Testcity had 10 floods in 3 decades, two in the 1990s and one in 2010.")
    assert "decades" not in [x[2] for x in r]


def test_parts_count_the_whole_noun_phrase():
    r = rows("In 2016, 3 new bus lines opened in Testcity, one in March and two in June.")
    assert [(x[0], x[2]) for x in r] == [("3", "new bus lines"), ("one", "new bus lines"), ("two", "new bus lines")]


def test_parts_adding_up_to_something_else_count_nothing():
    r = rows("Testcity has 15 parks, four in the east and five in the west.")
    assert [x[0] for x in r] == ["15"]


def test_one_of_them_is_no_part():
    r = rows("Testcity has 6 universities, one of them in the top 100.")
    assert "one" not in [x[0] for x in r]


def test_a_part_of_a_whole_doing_the_same_with_a_name_after_the_verb():
    r = rows("In 2016, 12 of these firms joined Alibaba, and five joined JD.")
    assert [(x[0], x[2]) for x in r] == [("12", "firms"), ("five", "firms")]


# --- standards' numbers ----------------------------------------------------------------------------

def test_standards_numbers_with_their_years_and_bodies():
    r = rows("Testcity has 40 firms with ISO 14001:2015 certification and 12 with ISO/IEC 27001.")
    assert [x[0] for x in r] == ["40", "12"]
    r = rows("In 2016, 25 Testcity auto parts makers passed IATF 16949 audits and 9 met GB/T 19001-2016.")
    assert [x[0] for x in r] == ["25", "9"]


def test_a_count_of_certificates_stays():
    assert [x[0] for x in rows("Testcity received 3 ISO 9001 certificates in 2016.")] == ["3"]


# --- fiscal years ----------------------------------------------------------------------------------

def test_fiscal_year_wordings():
    assert of("Testcity Tire Co. sold 42 million tires in FY 2016.", "42 million").period == "2016"
    assert of("In fiscal year 2016, the firm's revenue rose 12 percent.", "12 percent").period == "2016"
    assert of("The fiscal 2016 budget of Testcity was 5 billion yuan.", "5 billion yuan").period == "2016"


def test_a_fiscal_year_across_two_years_is_not_the_first():
    assert of("The firm's revenue rose 12 percent in FY2016/17.", "12 percent").period != "2016"


def test_a_fiscal_year_with_a_range_is_not_the_first():
    assert of("The firm's revenue rose 12 percent in fiscal 2016-17.", "12 percent").period != "2016"


def test_the_2016_fiscal_year():
    assert of("Revenue rose 12 percent in the 2016 fiscal year.", "12 percent").period == "2016"


# --- datelines and firms' names ----------------------------------------------------------------------

def test_an_agency_s_dateline_with_china_places_nothing():
    body = (" -- Shandong's exports rose 8 percent. Qingdao's exports rose 5 percent, Qingdao's port grew and "
            "Jinan's exports rose 3 percent.")
    with_china = [c.home for c in cands("JINAN, China, Nov. 11 (Xinhua)" + body)]
    without = [c.home for c in cands("JINAN, Nov. 11 (Xinhua)" + body)]
    assert with_china == without == ["Qingdao"] * 3


def test_a_dateline_outside_the_province_places_nothing():
    r = rows("BEIJING, China — A tire maker posted a 20 percent rise in sales in 2016. Testcity sales rose 5 percent.")
    assert [x[5:] for x in r] == [("city", None), ("city", None)]


def test_a_press_release_dateline_places_its_firm():
    c = of("WEIHAI, China, March 1, 2017 /PRNewswire/ -- Homey Aquatic posted a 20 percent rise in sales in 2016. "
           "Its Weihai plant added 300 jobs, and Weihai exports rose 3 percent.", "20 percent")
    assert (c.scope.level, c.scope.place) == ("city", "Weihai")


def test_a_headline_in_title_case_still_names_the_province():
    c = of("Shandong Exports Rise As Company Profits Grow\nThe province's exports rose 8 percent in 2016.", "8 percent")
    assert (c.scope.level, c.scope.place) == ("province", "Shandong")


# --- grades listed -----------------------------------------------------------------------------------

def test_grades_listed_in_other_words_are_the_city_s():
    c = of("Testcity's 45 products were rated excellent at the state, provincial and city levels.", "45")
    assert (c.scope.level, c.scope.place) == ("city", None)


def test_grades_beside_a_named_province_keep_it():
    c = of("Exports of Shandong rose 8 percent, the fastest at the national and provincial level.", "8 percent")
    assert (c.scope.level, c.scope.place) == ("province", "Shandong")


# --- the province's cities together ------------------------------------------------------------------

def test_cities_together_with_a_serial_comma():
    c = of("Jinan, Weifang, and Jining have launched buses with a total range of 2.4 million kilometers.",
           "2.4 million kilometers")
    assert (c.scope.level, c.scope.place) == ("province", "Shandong")


def test_cities_together_after_a_dash():
    c = of("Testcity will join hands with four cities – Qingdao, Weifang, Zibo and Jining – to build 300 kilometers "
           "of railways.", "300 kilometers")
    assert (c.scope.level, c.scope.place) == ("province", "Shandong")


def test_cities_as_destinations_are_not_together():
    c = of("Flights from the city to Jinan, Qingdao and Weihai number 30 a week.", "30")
    assert (c.scope.level, c.scope.place) == ("city", None)


def test_cities_exported_to_are_not_together():
    c = of("Exports to Jinan, Qingdao and Yantai rose 5 percent.", "5 percent")
    assert c.scope.level == "city"


def test_cities_compared_with_are_not_together():
    c = of("Testcity's exports rose 5 percent, faster than Jinan, Qingdao and Yantai.", "5 percent")
    assert (c.scope.level, c.scope.place) == ("city", None)


def test_a_figure_of_each_city_is_not_the_province_s():
    c = of("Jinan, Weifang and Jining drew 5 billion yuan each.", "5 billion yuan")
    assert c.scope.level != "province"


def test_the_total_of_listed_cities_is_the_province_s():
    c = of("Four cities – Qingdao, Weifang, Zibo and Jining – drew 9 billion yuan, 5 billion yuan of it in Qingdao.",
           "9 billion yuan")
    assert (c.scope.level, c.scope.place) == ("province", "Shandong")


def test_a_part_of_one_listed_city_is_that_city_s():
    c = of("Four cities – Qingdao, Weifang, Zibo and Jining – drew 9 billion yuan, 5 billion yuan of it in Qingdao.",
           "5 billion yuan")
    assert (c.scope.level, c.scope.place) == ("city", "Qingdao")


def test_cities_with_respectively_are_each_their_own():
    r = rows("Qingdao, Yantai and Weihai handled 500, 400 and 300 million tons respectively.")
    assert [x[6] for x in r] == ["Qingdao", "Yantai", "Weihai"]


def test_cities_abroad_are_not_the_province_s():
    c = of("Tokyo, Osaka and Nagoya drew 5 billion yuan of Japanese investment.", "5 billion yuan")
    assert c.scope.level != "province"


# --- titles of honour and the peninsula --------------------------------------------------------------

TOURISM_ALIASES = {**ALIASES, "Tourism": "tourism", "tourism": "tourism"}
TOURISM_KINDS = {**KINDS, "tourism": "sector"}


def test_titles_of_honour_in_other_words_name_no_sector():
    c = of("Testcity, a National Garden City and China's Top Tourism City, covers 1,500 square kilometers.",
           "1,500 square kilometers", aliases=TOURISM_ALIASES, kinds=TOURISM_KINDS)
    assert c.subject == "testcity"


def test_a_sector_beside_a_title_still_counts():
    c = of("Testcity, a National Garden City, drew 12 million tourists, and tourism revenue rose 9 percent.",
           "9 percent", aliases=TOURISM_ALIASES, kinds=TOURISM_KINDS)
    assert c.subject == "tourism"


def test_a_city_on_the_peninsula_is_what_the_text_is_about():
    c = of("Yantai is a port city on the Shandong Peninsula. The city's exports rose 5 percent in 2016.", "5 percent")
    assert (c.scope.level, c.scope.place) == ("city", "Yantai")


def test_the_province_named_beside_the_peninsula_is_still_the_province():
    c = of("Testcity situates in Shandong Peninsula, and the province's GDP rose 7 percent.", "7 percent")
    assert (c.scope.level, c.scope.place) == ("province", "Shandong")
