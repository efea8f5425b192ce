"""The review flow: extract --inbox, a person edits, accept moves facts into the store."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from briefgen.facts.inbox.files import UniqueIds, accept

SEED = """\
Testcity opens up to Korea

The Testcity-Korea club has helped more than 60 Korean enterprises since 2018. In 2018,
Testcity's trade with South Korea reached 2.8 billion yuan ($432.32 million), up 7.5 percent.
Eight Korean banks have set up branches in the city. The Korean club hall covers 3,000 square meters.
"""


@pytest.fixture
def project(mini: Path) -> Path:
    """The mini project with a second seed that the store does not cover yet."""
    (mini / "seeds" / "club.txt").write_text(SEED, encoding="utf-8")
    index = mini / "seeds" / "index.yaml"
    index.write_text(index.read_text(encoding="utf-8") + """\
  club.txt:
    title: Testcity opens up to Korea
    outlet: Test Daily
    date: 2019-06-01
    description: A second news item for the inbox tests.
""", encoding="utf-8")
    metrics = mini / "facts" / "metrics.yaml"
    metrics.write_text(metrics.read_text(encoding="utf-8") + """  money: {label: Amount of money, units: [USD, CNY]}
  change: {label: Change, units: [percent, pp, times]}
  area: {label: Area, units: [m2, km2, ha]}
""", encoding="utf-8")
    return mini


def inbox_of(project: Path, seed: str = "club") -> Path:
    return project / "facts" / "_inbox" / f"{seed}.yaml"


def candidates(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["facts"]


def extract_inbox(run, project: Path, seed: str = "club.txt"):
    result = run("--project", project, "facts", "extract", "--inbox", project / "seeds" / seed)
    assert result.exit_code == 0, result.output
    return result


def test_inbox_holds_candidates_in_the_fact_format(run, project):
    extract_inbox(run, project)
    items = candidates(inbox_of(project))
    assert [(i["value"], i["unit"]) for i in items] == [
        (60, "count"), (2800000000, "CNY"), (432320000, "USD"), (7.5, "percent"), (8, "count"),
        (3000, "m2")]
    first = items[0]
    assert first["review"] == "keep" and first["subject"] == "korea"
    assert first["qualifier"] == "more_than" and first["period"] == "2018/.."
    assert first["counted"] == "Korean enterprises" and first["metric"] == "count"
    assert re.fullmatch(r"[a-z0-9._-]+", first["id"])
    dollars = items[2]
    assert dollars["equivalent_of"] == items[1]["id"]
    assert items[1]["metric"] == "trade_volume" and items[3]["metric"] == "change"
    assert items[3]["tags"] == ["increase"]
    assert all(i["sources"][0]["seed"] == "club.txt" for i in items)


def test_figures_in_the_store_are_not_proposed_again(run, project):
    result = extract_inbox(run, project, "news.txt")
    items = candidates(inbox_of(project, "news"))
    # only "Eight Korean banks" is new: the store states the others with their quotes
    assert [(i["value"], i["counted"]) for i in items] == [(8, "Korean banks")]
    assert "5 already in the store" in result.stderr


def test_extracting_again_keeps_the_review(run, project):
    extract_inbox(run, project)
    path = inbox_of(project)
    path.write_text(path.read_text(encoding="utf-8").replace("review: keep", "review: drop", 1),
                    encoding="utf-8")
    result = extract_inbox(run, project)
    assert "0 new candidates" in result.stderr
    assert candidates(path)[0]["review"] == "drop"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_accept_moves_kept_complete_candidates_into_the_store(run, project):
    extract_inbox(run, project)
    path = inbox_of(project)
    _edit(path, "  - review: keep\n", "  - review: drop\n")  # the first one (60 enterprises)
    result = run("--project", project, "facts", "accept", path)
    assert result.exit_code == 0, result.output
    accepted = project / "facts" / "accepted" / "club.yaml"
    facts = yaml.safe_load(accepted.read_text(encoding="utf-8"))["facts"]
    assert [f["value"] for f in facts] == [2800000000, 432320000, 7.5, 8, 3000]
    assert not any("review" in f or "candidate" in f for f in facts)
    left = candidates(path)
    assert [(i["value"], i["review"]) for i in left] == [(60, "drop")]
    check = run("--project", project, "facts", "check")
    assert check.exit_code == 0, check.output


def test_incomplete_candidates_stay_with_a_reason(run, project):
    extract_inbox(run, project)
    path = inbox_of(project)
    _edit(path, "metric: count", "metric: ")
    result = run("--project", project, "facts", "accept")
    assert "`metric` is empty" in result.stdout and "left for review" in result.stdout
    assert [i["value"] for i in candidates(path)] == [60]


def test_a_candidate_the_schema_refuses_stays_with_the_schema_problem(run, project):
    """A scope the schema refuses keeps its candidate in the inbox, with the schema's reason
    at the candidate's line, and the store still checks clean."""
    extract_inbox(run, project)
    path = inbox_of(project)
    _edit(path, '    counted: "Korean banks"\n', '    counted: "Korean banks"\n    scope: {level: town}\n')
    result = run("--project", project, "facts", "accept", path)
    assert re.search(r"facts/_inbox/club.yaml:\d+: kr.korean-banks: scope/level: 'town' is not "
                     r"one of: city, province", result.output)
    assert [c["value"] for c in candidates(path)] == [8]
    check = run("--project", project, "facts", "check")
    assert check.exit_code == 0, check.output


@pytest.mark.parametrize("label", [r'"two\nlines"', '"   "', r'"a\r\nb"', r'"line\u2028separator"'])
def test_a_label_on_two_lines_or_of_spaces_only_stays_for_review(run, project, label):
    extract_inbox(run, project)
    path = inbox_of(project)
    text = path.read_text(encoding="utf-8")
    first = re.search(r"^    label: .*$", text, re.MULTILINE)[0]
    path.write_text(text.replace(first, f"    label: {label}", 1), encoding="utf-8")
    result = run("--project", project, "facts", "accept", path)
    assert re.search(r"facts/_inbox/club.yaml:\d+: [a-z0-9._-]+: label: .* is not a phrase on one "
                     r"line", result.output), result.output
    assert candidates(path)[0]["value"] == 60  # still in the inbox, as written
    check = run("--project", project, "facts", "check")
    assert check.exit_code == 0, check.output


def test_ids_are_unique_across_the_store(run, project):
    extract_inbox(run, project)
    path = inbox_of(project)
    first_id = candidates(path)[0]["id"]
    _edit(path, f"id: {first_id}", "id: kr.fdi-signed")  # taken by facts/korea.yaml
    run("--project", project, "facts", "accept", path)
    accepted = yaml.safe_load((project / "facts/accepted/club.yaml").read_text(encoding="utf-8"))
    assert accepted["facts"][0]["id"] == "kr.fdi-signed-2"


def test_accepting_appends_as_text_and_keeps_comments(run, project):
    accepted = project / "facts" / "accepted" / "club.yaml"
    accepted.parent.mkdir(parents=True)
    accepted.write_text("# Curated by hand: keep this comment.\nfacts:\n  - id: kr.note\n"
                        "    subject: korea\n    metric: platform\n    label: Note\n"
                        "    text: A note.\n    sources:\n      - seed: club.txt\n"
                        "        quote: \"Eight Korean banks have set up branches in the city.\"\n",
                        encoding="utf-8")
    extract_inbox(run, project)
    run("--project", project, "facts", "accept")
    text = accepted.read_text(encoding="utf-8")
    assert text.startswith("# Curated by hand: keep this comment.\nfacts:\n  - id: kr.note\n")
    assert len(yaml.safe_load(text)["facts"]) == 7
    assert not inbox_of(project).exists()  # everything accepted: the inbox file is gone


def test_accept_is_idempotent_for_figures_already_stored(run, project):
    extract_inbox(run, project)
    path = inbox_of(project)
    saved = path.read_text(encoding="utf-8")
    run("--project", project, "facts", "accept", path)
    path.write_text(saved, encoding="utf-8")  # the same inbox again (say, restored from a backup)
    result = run("--project", project, "facts", "accept", path)
    assert "accepted 0" in result.stdout and "6 already in the store" in result.stdout


def test_a_paragraph_printed_twice_is_stored_once(run, project):
    """A page that prints its paragraph twice proposes its figures twice, one candidate per place;
    accepting them stores each once, the others "already" stated."""
    paragraph = "In 2018, Testcity's trade with South Korea reached 2.8 billion yuan, up 7.5 percent."
    (project / "seeds" / "club.txt").write_text(f"{paragraph}\n\n{paragraph}\n", encoding="utf-8")
    extract_inbox(run, project)
    assert len(candidates(inbox_of(project))) == 4
    result = run("--project", project, "facts", "accept")
    assert "accepted 2" in result.stdout and "2 already in the store" in result.stdout, result.stdout
    stored = yaml.safe_load((project / "facts" / "accepted" / "club.yaml").read_text(encoding="utf-8"))["facts"]
    assert sorted(f["value"] for f in stored) == [7.5, 2800000000]


def test_accept_reports_a_missing_inbox_file(run, project):
    result = run("--project", project, "facts", "accept", project / "facts/_inbox/none.yaml")
    assert result.exit_code == 1 and "no such inbox file" in result.stderr


def test_accept_without_inbox_says_what_to_do(run, project):
    result = run("--project", project, "facts", "accept")
    assert result.exit_code == 0 and "the inbox is empty" in result.stdout


def test_unique_ids():
    assert UniqueIds({"kr.b"}).give("kr.a") == "kr.a"
    assert UniqueIds({"kr.a", "kr.a-2"}).give("kr.a") == "kr.a-3"
    ids = UniqueIds({"kr.a", "kr.a-3"})
    assert [ids.give(i) for i in ("kr.a", "kr.a", "kr.a-2", "kr.a", "kr.b")] \
        == ["kr.a-2", "kr.a-4", "kr.a-2-2", "kr.a-5", "kr.b"]


def _smallest_free(wanted: str, taken: set[str]) -> str:
    """The id as inboxes have always named it: the smallest free -N (N from 2)."""
    n = 2
    while wanted in taken and f"{wanted}-{n}" in taken:
        n += 1
    return wanted if wanted not in taken else f"{wanted}-{n}"


def test_unique_ids_are_the_smallest_free_numbers_whatever_the_order():
    import random
    rng = random.Random(7)
    names = ["us.jobs", "us.jobs-2", "us.jobs-3", "us.jobs-2-2", "us.money", "us.money-4"]
    for _ in range(50):
        taken = set(rng.sample(names, rng.randint(0, 4)))
        expected, ids = set(taken), UniqueIds(set(taken))
        for wanted in rng.choices(names, k=40):
            right = _smallest_free(wanted, expected)
            expected.add(right)
            assert ids.give(wanted) == right


class _Counting(set):
    looked_up = 0

    def __contains__(self, item):
        type(self).looked_up += 1
        return super().__contains__(item)


def test_ids_wanted_thousands_of_times_cost_a_few_look_ups_each():
    """A long text of one kind of figure (a megabyte: thousands of `us.jobs`) wants one id
    again and again: trying -2, -3 … from the start each time took n²/2 look-ups (323 s)."""
    ids, wanted = UniqueIds(_Counting({"us.jobs-7"})), 5000
    given = [ids.give("us.jobs") for _ in range(wanted)]
    assert given[:3] == ["us.jobs", "us.jobs-2", "us.jobs-3"] and given[6] == "us.jobs-8"
    assert len(set(given)) == wanted
    assert _Counting.looked_up < 3 * wanted  # n²/2 would be 12 million


def test_library_accept_without_a_cli(project):
    from briefgen.facts.extract.candidates import extract
    from briefgen.facts.extract.inputs import entity_names
    from briefgen.facts.inbox.files import write_inbox
    aliases, kinds = entity_names(project / "facts" / "entities.yaml")
    text = SEED
    found = extract(text, source="club.txt", doc_date="2019-06-01", aliases=aliases, kinds=kinds)
    path, new, skipped = write_inbox(found, text, project / "facts", "club.txt")
    result = accept(path, project)
    assert (new, skipped, len(result.accepted)) == (6, 0, 6)


def test_restatement_follows_the_figure_it_restates(run, project):
    extract_inbox(run, project)
    path = inbox_of(project)
    items = candidates(path)
    yuan_id = items[1]["id"]
    _edit(path, f"    id: {yuan_id}\n", "    id: kr.fdi-signed\n")  # clashes: becomes -2
    _edit(path, f"equivalent_of: {yuan_id}", "equivalent_of: kr.fdi-signed")
    run("--project", project, "facts", "accept", path)
    accepted = yaml.safe_load((project / "facts/accepted/club.yaml").read_text(encoding="utf-8"))
    by_value = {f["value"]: f for f in accepted["facts"]}
    assert by_value[2800000000]["id"] == "kr.fdi-signed-2"
    assert by_value[432320000]["equivalent_of"] == "kr.fdi-signed-2"
    assert run("--project", project, "facts", "check").exit_code == 0


def test_restatement_waits_when_its_figure_is_dropped(run, project):
    extract_inbox(run, project)
    path = inbox_of(project)
    yuan_id = candidates(path)[1]["id"]
    text = path.read_text(encoding="utf-8")
    block_start = text.index(f"    id: {yuan_id}\n")
    review_at = text.rindex("  - review: keep", 0, block_start)
    path.write_text(text[:review_at] + "  - review: drop" + text[review_at + 16:], encoding="utf-8")
    result = run("--project", project, "facts", "accept", path)
    assert "is neither in the store nor accepted with it" in result.stdout
    assert sorted(i["value"] for i in candidates(path)) == [432320000, 2800000000]


# --- suggestions: specific metrics, readable labels, and why -----------------------------------

PARTNERS = {"singapore": "Singapore", "japan": "Japan", "korea": "South Korea"}
SG_ALIASES = {"Singapore": "singapore", "Testcity": "testcity", "Japan": "japan"}
SG_KINDS = {"singapore": "country", "testcity": "city", "japan": "country"}
LABELS = {"trade_volume": "Import and export trade", "investor_rank": "Rank as a source of investment",
          "fdi_utilized": "Actually utilised foreign investment in a period",
          "fdi_contract": "Contract foreign investment in a period",
          "growth_yoy": "Year-on-year change"}
UNITS = {"trade_volume": ("USD",), "investor_rank": ("rank",), "fdi_utilized": ("USD",),
         "change": ("percent",), "money": ("USD", "CNY"), "rank": ("rank",), "share": ("percent",),
         "trade_partner_rank": ("rank",), "projects": ("count",), "area": ("km2",),
         "count": ("count",), "investment_amount": ("USD",), "fdi_contract": ("USD",),
         "growth_yoy": ("percent",)}


def _suggested(text: str) -> list[tuple[str | None, str, str]]:
    """(metric, label, why the label) of each candidate of the text."""
    from briefgen.facts.extract.candidates import extract
    from briefgen.facts.inbox.suggest import label_and_reason, metric_and_reason
    rows = []
    for c in extract(text, source="t.txt", aliases=SG_ALIASES, kinds=SG_KINDS):
        before = text[max(c.offset - 160, 0):c.offset]
        metric, _ = metric_and_reason(c, before[-120:], UNITS)
        rows.append((metric, *label_and_reason(c, metric, LABELS, text[:c.offset], PARTNERS,
                                               "Testcity")))
    return rows


def test_a_partner_s_figures_in_the_province_say_both_sides_and_the_place():
    rows = _suggested("Singapore is Shandong's third largest foreign investor, with actual "
                      "investments into the province increased by 15.7 percent to reach $1.4 "
                      "billion in 2015. Trade between Singapore and Shandong province reached "
                      "$3.14 billion in 2015.")
    assert [(m, label) for m, label, _ in rows] == [
        ("investor_rank", "Singapore's rank among investors in Shandong"),
        ("change", "Change in actual investments into Shandong (increase)"),
        ("fdi_utilized", "Actually utilised investment from Singapore in Shandong"),
        ("trade_volume", "Shandong's trade with Singapore")]
    assert "the metric investor_rank, the partner and the place" == rows[0][2]


def test_a_city_rank_within_a_group_says_the_group():
    (row,) = _suggested("Japan is the largest Asian investor in Testcity.")
    assert row[:2] == ("investor_rank", "Japan's rank among Asian investors in Testcity")


def test_a_figure_someone_said_is_labelled_as_theirs():
    rows = _suggested("IE Singapore said that trade between Singapore and Shandong province "
                      "reached $3.14 billion last year.")
    assert rows[0][1] == "Shandong's trade with Singapore, according to IE Singapore"


def test_a_figure_inside_a_remark_is_labelled_as_the_speaker_s():
    rows = _suggested("The mayor met the delegation.\n\nLiu said: \"Testcity is an important port "
                      "city. It has 144 air routes to major cities.\"")
    assert rows[0][1].endswith(", according to Liu")


def test_two_equal_ranks_in_one_sentence_each_say_what_they_rank():
    rows = _suggested("Japan is also the third largest source of foreign investment and the "
                      "third largest trading partner of Testcity.")
    assert [(m, label) for m, label, _ in rows] == [
        ("investor_rank", "Japan's rank among investors in Testcity"),
        ("trade_partner_rank", "Japan's rank among trading partners of Testcity")]


def test_domestic_money_is_not_proposed_as_foreign_investment():
    (row, _) = _suggested("The park utilized over 1.1 billion yuan of domestic capital, up 40% "
                          "year on year.")
    assert row[0] == "money" and "foreign" not in row[1].lower()
    (fdi,) = _suggested("Testcity actually utilized $1.1 billion.")
    assert fdi[0] == "fdi_utilized"


def test_signed_projects_are_no_decrease_and_a_change_without_a_measure_is_not_doubled():
    counted, share = _suggested("The 14 new contracted projects mean that 70% of the task has "
                                "been accomplished.")
    assert share[:2] == ("share", "Share of the task accomplished")  # what the projects mean
    grew, shrank = _suggested("Exports grew 5 percent, while imports contracted 3 percent.")
    assert (grew[1], shrank[1]) == ("Change in exports (increase)", "Change in imports (decrease)")
    assert [row[1] for row in _suggested("Up 40% year on year.")] == ["Change (increase)"]


def test_a_figure_of_a_part_of_the_city_is_labelled_with_its_name_not_as_the_partner_s():
    text = ("The China-Japan (Testcity) Local Development Cooperation Demonstration Zone, in the "
            "West Coast New Area, opened in 2019. The zone, which spans 10.6 square kilometers, "
            "is one of the six China-Japan demonstration zones the state approved. To date, the zone "
            "has introduced seven projects from Japan. Japan has 900 projects in Testcity.")
    rows = [row for row in _suggested(text) if row[0] in ("projects", "count", "area")]
    zone = "China-Japan (Testcity) Local Development Cooperation Demonstration Zone"
    assert [label for _, label, _ in rows] == [
        f"{zone}: Area", "China-Japan demonstration zones", f"{zone}: Projects introduced", "Projects"]
    assert rows[2][2].endswith(f"the sentence is about {zone}, a part of the city")
    (park, _) = _suggested("Sino-German Ecopark is in Testcity. The value of industries in the "
                           "park increased by 65% to 0.82 billion yuan.")
    assert park[1] == "Change in the value of industries in Sino-German Ecopark (increase)"


def test_a_part_of_the_city_is_named_without_the_words_before_its_name():
    for text, name, done in [
            ("In Testcity West Coast New Area, Japanese firms are active. The new area has "
             "attracted 50 projects from Japan.", "Testcity West Coast New Area", " attracted"),
            ("Officials met Mitsui & Co. Testcity Free Trade Zone opened in 2019. Since then the "
             "zone has introduced 12 projects from Japan.", "Testcity Free Trade Zone", " introduced"),
            ("Meanwhile Testcity High-tech Zone grew fast. The zone has 40 projects from Japan.",
             "Testcity High-tech Zone", "")]:
        (row,) = _suggested(text)
        assert row[:2] == ("projects", f"{name}: Projects{done}"), text


def test_a_share_says_what_it_is_a_share_of():
    rows = _suggested("Officials said that foreign investment from Fortune 500 firms in Testcity "
                      "made up 38.5 percent of all foreign investment in Shandong province.")
    assert rows[0][1].startswith("Foreign investment from Fortune 500 firms in Testcity, share "
                                 "of all foreign investment in Shandong province")


def test_the_inbox_says_why_each_field_was_chosen_and_accept_leaves_that_out(run, project):
    extract_inbox(run, project)
    inbox = inbox_of(project).read_text(encoding="utf-8")
    first = inbox.split("\n  - ")[1]
    for field in ("review", "subject", "metric", "label", "scope"):
        assert f"    # why {field}: " in first, first
    assert "# why subject: 'Korean' named in the sentence" in first
    assert "# why metric: counts 'Korean enterprises'" in first
    run("--project", project, "facts", "accept")
    accepted = (project / "facts" / "accepted" / "club.yaml").read_text(encoding="utf-8")
    assert "# why" not in accepted


def test_a_restatement_in_another_currency_has_the_label_of_its_figure(run, project):
    extract_inbox(run, project)
    items = candidates(inbox_of(project))
    assert items[2]["equivalent_of"] == items[1]["id"] and items[2]["label"] == items[1]["label"]


def test_another_city_s_figure_is_labelled_with_that_city():
    rows = _suggested("In Weihai City, exports rose 12 percent to $3 billion in 2019.")
    assert [label for _, label, _ in rows] == ["Change in exports in Weihai (increase)",
                                               "Exports in Weihai"]


def _statuses(text: str) -> list[tuple[str, str | None]]:
    """(as written, suggested status) of each candidate of the text."""
    from briefgen.facts.extract.candidates import extract
    from briefgen.facts.inbox.suggest import status_and_reason
    return [(c.as_written, status_and_reason(c, text[max(c.offset - 160, 0):c.offset])[0])
            for c in extract(text, source="t.txt", aliases=SG_ALIASES, kinds=SG_KINDS)]


def test_a_plan_or_an_expectation_is_suggested_as_one_and_a_done_thing_is_not():
    assert _statuses("The first phase, covering 3.5 square kilometers, will be developed by the "
                     "Testcity government.") == [("3.5 square kilometers", "plan")]
    assert _statuses("The park is expected to be fully operational in 10 years.") \
        == [("10 years", "expected")]
    # each figure by its own part of the sentence: the first is done, the second planned
    assert _statuses("Testcity's exports reached $5 billion in 2019, and the city plans to "
                     "double them to $10 billion.")[-1:] == [("$10 billion", "plan")]
    assert _statuses("Testcity's exports reached $5 billion in 2019, and the city plans to "
                     "double them to $10 billion.")[0] == ("$5 billion", None)
    assert _statuses("Trade with Singapore grew faster than expected, by 12 percent.") \
        == [("12 percent", None)]
    # a forecast beaten, and a plan of the noun a relative clause is about, are not the figure's
    assert _statuses("Exports beat forecasts, reaching 5 billion yuan in 2023.") \
        == [("5 billion yuan", None)]
    assert _statuses("Exports topped analysts' forecasts at 5 billion yuan in 2023.") \
        == [("5 billion yuan", None)]
    assert _statuses("The company, which plans to expand abroad, invested 5 billion yuan in "
                     "Testcity in 2023.") == [("5 billion yuan", None)]
    assert _statuses("The ministry forecasts growth of 5 percent.") == [("5 percent", "expected")]


def test_a_bare_verb_after_and_shares_the_will_of_the_clause_before():
    assert _statuses("In the coming years, Testcity will expand marine fisheries, and build three "
                     "systems for seed development.") == [("three", "plan")]
    # a clause with a subject of its own does not
    assert _statuses("Testcity will expand fisheries, and the port built three berths in 2020.") \
        == [("three", None)]
    assert _statuses("Testcity will expand fisheries, and it opened three berths in 2020.") \
        == [("three", None)]


def test_a_clause_with_a_subject_and_verb_of_its_own_after_a_plan_is_no_plan():
    """Only a bare verb after ", and" shares the "will" before it: a noun and its past verb, or
    any clause after ";", ", while" or ", but", is a done thing of its own."""
    for join in (", and", ";", ", while", ", but"):
        assert _statuses(f"Testcity will build a new port{join} exports rose 5 percent in 2020.") \
            == [("5 percent", None)], join
    assert _statuses("Testcity will build a port, and investment reached 3 billion yuan last year.") \
        == [("3 billion yuan", None)]
    assert _statuses("Testcity will host the expo, and visitors numbered 30,000 last year.") \
        == [("30,000", None)]


def test_a_done_figure_beside_a_plan_in_the_same_sentence_is_not_a_plan():
    """The status comes from the figure's own clause: the plan in the next clause (or the one
    before) is that clause's figure's."""
    assert _statuses("The park attracted 120 projects last year and will add 30 more by "
                     "2027.")[:2] == [("120", None), ("30", "plan")]
    assert _statuses("Testcity hosts 45 German firms and is expected to attract 20 more.") \
        == [("45", None), ("20", "expected")]
    assert _statuses("The zone will open a second phase next year and already hosts 210 "
                     "companies.") == [("210", None)]
    assert _statuses("Exports reached 5 billion yuan; the city aims to double them.") \
        == [("5 billion yuan", None), ("double", "plan")]
    # "and" between two nouns joins no clause: the plan is still the figure's
    assert _statuses("The first phase, covering 3.5 square kilometers of land and water, will "
                     "be developed by the Testcity government.") \
        == [("3.5 square kilometers", "plan")]
    assert _statuses("Trade and investment are expected to reach $5 billion.") \
        == [("$5 billion", "expected")]


def test_a_figure_whose_clause_opens_with_its_verb_is_labelled_with_what_it_is_about():
    text = ("Testcity opened a Sino-German eco-park in 2011. The park, covering 10 square "
            "kilometers, is the first of its kind. The park is expected to be fully operational "
            "in 10 years. The first phase, covering 3.5 square kilometers, will be built first.")
    labels = [label for _, label, _ in _suggested(text) if label]
    assert labels[-3:] == ["Sino-German eco-park: Area",
                           "Sino-German eco-park: fully operational",
                           "The first phase: Area"]


def test_a_rank_the_partner_gives_another_place_is_that_place_s_not_the_partner_s():
    rows = _suggested("Shandong is now Singapore's fifth largest Chinese provincial destination "
                      "for investment, with 70 projects last year.")
    assert rows[0][1] == ("Shandong's rank as Singapore's Chinese provincial destination for "
                          "investment")
    rows = _suggested("Singapore is Shandong's third largest foreign investor.")
    assert rows[0][1] == "Singapore's rank among investors in Shandong"


def test_a_label_from_a_lead_in_capitals_reads_as_text_and_ends_on_a_word_that_measures():
    rows = _suggested("TWO-WAY trade between Singapore and Shandong province in eastern China "
                      "more than doubled for the first nine months of this year to US$3.6 "
                      "billion.")
    assert [label for _, label, _ in rows] == [
        "Change in two-way trade between Singapore and Shandong province in eastern China "
        "(increase)", "Two-way trade between Singapore and Shandong province in eastern China"]


PLANS = """\
Testcity's Korean club plans

The Testcity-Korea club said on Monday that it will open 5 new branches in Testcity.
"""


def test_a_plan_without_a_date_is_told_to_add_the_year_its_quote_names_or_its_own(run, project):
    """The hint names the year the plan's quote gives, or asks for the year it is for: never a
    year of its own ("add period: 2025" whatever the source's year)."""
    (project / "seeds" / "plans.txt").write_text(PLANS, encoding="utf-8")
    extract_inbox(run, project, "plans.txt")
    path = inbox_of(project, "plans")
    assert [(c["value"], c.get("status"), c.get("period")) for c in candidates(path)] \
        == [(5, "plan", None)]
    result = run("--project", project, "facts", "accept", path)
    assert "needs the date it refers to (add period: the year it is for, as its source gives " \
           "it (with period_kind: target" in result.output
    assert not re.search(r"add period: \d", result.output)
    for file in (path, project / "seeds" / "plans.txt"):  # a year the extractor missed
        _edit(file, "in Testcity.", "in Testcity by 2027.")
    result = run("--project", project, "facts", "accept", path)
    assert "(add period: 2027, the year its quote names (with period_kind: target" \
        in result.output
    for file in (path, project / "seeds" / "plans.txt"):
        _edit(file, "by 2027.", "by 2027, ten years after its founding in 2017.")
    result = run("--project", project, "facts", "accept", path)
    assert "(add period: the year it is for (its quote names 2017 and 2027), with " \
           "period_kind: target" in result.output


def test_a_photo_credit_before_the_sentence_is_no_part_of_its_label():
    (money, _) = _suggested("A ceremony is held in Testcity on June 20. [Photo/Test News]\n\n"
                            "The coastal city of Testcity inked deals totaling $2.5 billion for 12 "
                            "key projects on June 20.")
    assert money[1] == "The coastal city of Testcity inked deals"


def test_money_of_the_projects_a_sentence_refers_back_to_is_theirs_not_the_city_s():
    rows = _suggested("Testcity inked deals for 12 key projects on June 20. The projects have "
                      "contracted foreign capital worth $1.5 billion in total. Testcity's "
                      "contracted foreign investment reached $9 billion in 2021.")
    assert [row[:2] for row in rows[1:]] == [
        ("investment_amount", "Contracted foreign capital of the key projects"),
        ("fdi_contract", "Contract foreign investment")]  # the city's, its period beside it
    assert "not the city's" in rows[1][2]
    (deals,) = _suggested("These deals are worth $3 billion.")
    assert deals[:2] == ("money", "Value of these deals")


def test_a_year_on_year_change_says_of_what_and_a_count_of_a_plan_says_whose():
    rows = _suggested("In 2019, actual foreign investment from Singapore hit $750 million, up "
                      "189.4 percent year-on-year.")
    assert rows[-1][:2] == ("growth_yoy", "Year-on-year change in actual foreign investment "
                                          "from Singapore (increase)")
    rows = _suggested("Testcity released an action plan for trade with Japan. The plans cover "
                      "20 major tasks. These firms invested in 30 countries.")
    assert [row[1] for row in rows] == ["Major tasks of the action plans", "Countries"]


def test_a_place_named_paragraphs_before_the_figure_is_quoted_as_a_second_source(run, project):
    (project / "seeds" / "club.txt").write_text(
        "Henan opens up\n\nHenan saw record foreign investment in 2019.\n\nFirms came from many "
        "places.\n\nSouth Korea tops the list with $2 billion of investment in the province.\n",
        encoding="utf-8")
    extract_inbox(run, project)
    (fact,) = [f for f in candidates(inbox_of(project)) if f["value"] == 2000000000]
    assert fact["scope"]["place"] == "Henan" and "Henan" in fact["label"]
    assert [s["quote"] for s in fact["sources"]] == [
        "South Korea tops the list with $2 billion of investment in the province.",
        "Henan saw record foreign investment in 2019."]  # the quotes prove the label's place
    assert run("--project", project, "facts", "accept").exit_code == 0
    assert "$2 billion" in (project / "facts" / "accepted" / "club.yaml").read_text(encoding="utf-8")


def test_an_investment_says_whose_and_where_in_the_source_s_words_and_it_is_the_subject_s():
    rows = _suggested("Testcity's direct investment in Japan was 440 million yuan in 2017. Japan "
                      "tops the list. It accounts for nearly half of the city's foreign capital.")
    labels = [label for _, label, _ in rows]
    assert labels == ["Testcity's direct investment in Japan", "Japan's rank",
                      "Japan's share of the city's foreign capital"]


def test_a_reported_fact_after_a_plan_is_no_plan_and_is_labelled_without_the_speaker():
    text = ("In the future, health care will become an area where Japan and Testcity cooperate, "
            "he said, pointing out that more than 28 percent of Japan's population is over 65.")
    assert _statuses(text)[0] == ("more than 28 percent", None)
    assert _suggested(text)[0][1].startswith("Share of Japan's population over 65")


def test_a_respectively_item_s_figure_is_labelled_with_the_item_not_its_neighbour():
    rows = _suggested("Trade with Korea, Singapore and Japan rose 19.9, 12.6 and 12.1 percent, "
                      "respectively.")
    assert [row[1] for row in rows[1:]] == ["Change in trade with Singapore (increase)",
                                            "Change in trade with Japan (increase)"]


def test_a_clause_that_only_names_a_place_is_labelled_with_the_measure_after_the_figure():
    rows = _suggested("Henan saw an influx of $6.5 billion in foreign capital in the first 10 "
                      "months of 2010.")
    assert rows[0][1] == "Foreign capital in Henan"


def test_a_change_that_names_no_measure_is_labelled_with_the_amount_before_it():
    rows = _suggested("Henan saw an influx of $6.5 billion in foreign capital in the first 10 "
                      "months of 2010, a nearly 14.3-percent increase over the same period of last year.")
    assert rows[-1][1].startswith("Change in foreign capital in Henan")


def test_a_change_after_an_amount_restated_in_dollars_is_labelled_with_the_amount_s_measure():
    rows = _suggested("Henan has reported that its trade with Japan reached 87.4 billion yuan (about "
                      "13 billion U.S. dollars) in the first half of 2022, up 22.9 percent year on year.")
    assert "trade with Japan" in rows[-1][1] and "dollars" not in rows[-1][1]


def test_a_pronoun_before_the_verb_names_no_place_in_the_label():
    rows = _suggested("There are 900 foreign-backed firms in Henan. They have brought in a total "
                      "of $3.5 billion in capital.")
    assert rows[-1][1].startswith("Capital") and "They" not in rows[-1][1]


def test_a_clause_ending_in_a_participle_is_labelled_with_the_measure_after_the_figure():
    rows = _suggested("Singapore is a big investor, with the Republic injecting some US$750 million "
                      "in foreign direct investment into the province last year.")
    assert rows[-1][1] == "Foreign direct investment from Singapore"


def test_a_count_of_people_attending_says_what_they_attended():
    rows = _suggested("This event was attended by over 160 representatives from Japan. The club "
                      "has 40 members.")
    assert [row[1] for row in rows] == ["Representatives attending the event", "Members"]


def test_library_accept_checks_the_project_it_is_given_from_any_folder(project, tmp_path,
                                                                       monkeypatch):
    """The safe accept loads the store as it would be after accepting, from the project and
    seeds folder it is given: not from the working folder, nor the project's default seeds."""
    from briefgen.facts.extract.candidates import extract
    from briefgen.facts.extract.inputs import entity_names
    from briefgen.facts.inbox.files import write_inbox
    aliases, kinds = entity_names(project / "facts" / "entities.yaml")
    found = extract(SEED, source="club.txt", doc_date="2019-06-01", aliases=aliases, kinds=kinds)
    path, new, _ = write_inbox(found, SEED, project / "facts", "club.txt")
    shutil.move(project / "seeds", tmp_path / "elsewhere")
    monkeypatch.chdir(tmp_path)  # no project here
    result = accept(path, project, seeds_dir=tmp_path / "elsewhere")
    assert (len(result.accepted), result.left) == (new, [])



def test_a_problem_the_store_already_had_holds_back_no_candidate(run, project):
    """Accepting into a store with a problem of its own (a quote its seed lacks): the
    candidates that add no problem are accepted, and the store's problem stays reported."""
    korea = project / "facts" / "korea.yaml"
    korea.write_text(korea.read_text(encoding="utf-8").replace("trade reached $1.93 billion",
                                                               "trade reached $1.94 billion"))
    extract_inbox(run, project)
    result = run("--project", project, "facts", "accept", inbox_of(project))
    assert "would break the store" not in result.output
    accepted = yaml.safe_load((project / "facts" / "accepted" / "club.yaml").read_text())
    assert len(accepted["facts"]) == 6
    check = run("--project", project, "facts", "check")
    assert check.exit_code == 1 and "quote not found verbatim in news.txt" in check.output


def test_the_change_of_a_figure_held_for_its_label_is_held_with_it(run, project):
    """A change whose label only says "Change in" the held figure's label leaves out what that one did."""
    text = ("In 2018, Testcity Port handled a total of 1.15 million TEUs by sea-rail intermodal transportation, an "
            "increase of 48.7 percent over 2017.\n")
    (project / "seeds" / "club.txt").write_text(text, encoding="utf-8")
    extract_inbox(run, project)
    by_value = {str(item["as_written"]): item for item in candidates(inbox_of(project))}
    assert by_value["1.15 million TEUs"]["review"] == "drop"
    assert by_value["48.7 percent"]["label"].startswith("Change in") and by_value["48.7 percent"]["review"] == "drop"
    # a change whose label names its own measure is not held for another's
    text = ("In 2018, Testcity Port handled a total of 1.15 million TEUs by sea-rail intermodal transportation, "
            "while Testcity Port's total cargo throughput rose 12 percent.\n")
    (project / "seeds" / "club.txt").write_text(text, encoding="utf-8")
    inbox_of(project).unlink()
    extract_inbox(run, project)
    by_value = {str(item["as_written"]): item for item in candidates(inbox_of(project))}
    assert by_value["12 percent"]["review"] == "keep", by_value["12 percent"]


def test_a_label_that_reads_as_a_fragment_is_not_kept_unedited(run, project):
    """A label cut at the wrong place would print a line its quote does not say: the candidate
    is proposed `review: drop`, says why, and accepting the inbox unedited leaves it there."""
    text = ("Testcity Port said Wednesday it had handled 120 million tons of freight by Dec. 20, "
            "up 17.3 percent.\n\nTrade with South Korea reached 2.8 billion yuan.\n")
    (project / "seeds" / "club.txt").write_text(text, encoding="utf-8")
    extract_inbox(run, project)
    path = inbox_of(project)
    raw = path.read_text(encoding="utf-8")
    by_value = {str(item["as_written"]): item for item in candidates(path)}
    fragment = by_value["120 million tons"]
    assert "said Wednesday it" in fragment["label"] and fragment["review"] == "drop"
    assert "# why review: drop until the label is written:" in raw
    assert by_value["2.8 billion yuan"]["review"] == "keep"
    run("--project", project, "facts", "accept", path)
    store = "".join(p.read_text(encoding="utf-8") for p in (project / "facts").rglob("*.yaml")
                    if "_inbox" not in p.parts)
    assert "2.8 billion yuan" in store and "120 million tons" not in store


@pytest.mark.parametrize("label, flaws", [
    ("Freight handled by Qingdao Port", []), ("GDP", []), ("Projects", []),
    ("Live shows in Tai'an", []), ("Trade with South Korea", []),
    ("Qingdao Port said Wednesday it", ["fragment"]), ("The figure indicates the port", ["fragment"]),
    ("Duration", ["fragment"]), ("Last year its sales revenue", ["fragment"]),
    ("Change in 178,800 flights took off", ["figure"]), ("June 16 (Xinhua)", ["fragment"]),
    ("May Day holiday spending", []), ("Population", []), ("Cargo", []), ("Financing", []),
    ("Rizhao", ["fragment"]),
    # a possessive after "Change in" is whose measure changed, not a place added to the label
    ("Change in Qingdao's GDP (increase)", []), ("Change in Japan’s FDI", []),
    ("Change in Qingdao (increase)", ["fragment"]), ("Percent in Tai'an", ["fragment"]),
    # a total of a plural is a measure; a total that "includes" or "indicates" is a report
    ("The total sales of Haier in Qingdao", []), ("The total exports", []),
    ("The amount includes", ["fragment"]), ("This figure represents the port", ["fragment"]),
    # the verb whose object was the figure, a set's member with its size cut out, a share of itself
    ("The foreign side holding", ["fragment"]), ("Respectively increasing", ["fragment"]),
    ("The first of agreements: Area", ["fragment"]), ("The shares, share of the shares", ["fragment"]),
    ("Visitors received", []), ("Foreign investment, share of the province's total", []),
    ("Featuring an investment", ["fragment"]), ("Generated an operating revenue", ["fragment"]),
    ("Kinds of fish in the bay add", ["fragment"]), ("Processing trade", []),
    ("Terminal area will be", ["fragment"]), ("The value of the city's newly", ["fragment"]),
    ("Central Mongolia and Central Europe", ["fragment"]), ("Imports and Exports", []),
    ("Can allow in Shandong", ["fragment"]), ("The port of Qingdao", ["fragment"]),
    ("The coastal city of Qingdao in east China's Shandong Province", ["fragment"]),
    ("Throughput of the port of Qingdao", []), ("Becoming new residents", ["fragment"]),
    ("Direct sea shipment to Qingdao: anticipated to cut the total transit time", ["fragment"]),
    ("Shipping volume", []), ("Investment planned", []),
    ("Change in According to the loan growth rate in Weifang (increase)", ["fragment"]),
    ("Revenues may", ["fragment"]), ("Exports in May", []),
    ("Investment amount", []), ("Contract amount in Qingdao", []), ("Loan amounts", []),
    # a set's member with its size: no fragment
    ("Each of the 12 projects: Area", []), ("One of three ports", []), ("The first of: Area", ["fragment"]),
    # years, periods, decades, ordinals and names are no figures; amounts are
    ("Growth since 1985", []), ("Growth since the 1990s", []), ("Trade in 2019-2021", []),
    ("Investment under the plan for 2021-2050", []),
    ("Cargo of the 10,000th China-Europe freight train", []), ("Firms certified to ISO9001", []),
    ("Shipments of the 9000EX excavator", []), ("Firms in the Russell 3000 index", []),
    ("Projects worth $5 billion", ["figure"]), ("Firms with 1.5 million yuan", ["figure"]),
    ("Firms with 30% of sales", ["figure"]), ("Ships of 20000 tons", ["figure"]),
    # a rank's group may say its size, with thousands separators too
    ("Testcity's rank (among 2,800 counties)", []), ("Testcity's rank among the 2,800 counties", []),
    ("Testcity's rank among 2,800 counties", []),
    # a bullet, a word a label never ends on, a set's member, a pronoun, a report's words
    ("•Trade with Korea", ["fragment"]), ("• Trade with Korea", ["fragment"]),
    ("Of the trade", ["fragment"]), ("Investment mainly", ["fragment"]),
    ("Trade with Korea and,", ["fragment"]), ("Each of agreements", ["fragment"]),
    ("They exported goods", ["fragment"]), ("Share of it in the province's exports", ["fragment"]),
    ("Testcity Port said exports", ["fragment"]), ("Customs data show exports", ["fragment"]),
    ("Exports (Xinhua) of the port", ["fragment"]),
    # brackets and quotes pair
    ("Trade (with Korea", ["fragment"]), ('The "Belt and Road trade', ["fragment"]),
    ("“Belt and Road trade", ["fragment"]), ('The "Belt and Road" trade', []),
    # a plural name is a count's noun; two words are a name
    ("Qingdao Ports", ["fragment"]),
    # things, places and names with nothing measured, whatever is added after them
    ("The city", ["fragment"]), ("The port in Rizhao", ["fragment"]), ("There", ["fragment"]),
    ("Just", ["fragment"]), ("Change in just (increase)", ["fragment"]), ("Qingdao listed", ["fragment"]), ("Rank of Rizhao", ["fragment"]),
    ("Year-on-year change in Rizhao", ["fragment"]), ("Year-on-year change in the port", ["fragment"]),
    ("Percent in Inner Mongolia", ["fragment"]),
    ("Imports from (China)", ["fragment"]),
    # a noun and a name cut from "in quality and quantity Haier in Pakistan has increased …"
    ("Change in quantity Haier in Pakistan (increase)", ["fragment"]),
    ("Year-on-year change in the Rizhao port’s throughput (increase)", []),
    # a clause, not a measure: a verb with its object, a verb its adverb ends on, a rule's verb
    ("The Chinese tyre producer acquired controlling stakes", ["fragment"]),
    ("Tsingtao Brewery booked operating revenue", ["fragment"]),
    ("Zenco together with Testcity Investment jointly invested", ["fragment"]),
    ("The plant anticipates to generates approximately annual revenues", ["fragment"]),
    ("Rank of located in the Shandong Province among ports in the world", ["fragment"]),
    ("Cap foreign investments", ["fragment"]),
    ("Domestic and international lines opened", []), ("Tyres exported to Kazakhstan", []),
    ("The added value of the marine economy", []), ("Actually utilised foreign investment", []),
    ("Headquarters recently set up in Qingdao", []), ("Cap on foreign shareholding", []),
    ("Share of firms that plan to increase investment", []), ("Sales of Tsingtao canned beer", []),
    ("Number of plants Haier operates worldwide", []),
    # a plural's verb "total" waiting for its figure; "total" as a noun is fine
    ("The exhibition halls of the fair total", ["fragment"]), ("Share of the city's total", []),
    # a verb opening the measure after whose it is
    ("The Blue Economic Zone: Include in Shandong", ["fragment"]), ("Qingdao: Total trade", []),
    # LONG (90) characters print on a key figure's line, one more wraps
    ("Value of goods imported and exported through the ports of Qingdao, Rizhao and Yantai towns", []),
    ("Value of goods imported and exported through the ports of Qingdao, Rizhao and Yantai cities",
     ["long"]),
])
def test_label_flaws_name_what_reads_badly(label, flaws):
    from briefgen.facts.inbox.label_check import label_flaws
    assert label_flaws(label) == flaws


@pytest.mark.parametrize("label, unit, flaws", [
    ("A mail-delivery sea route between Weihai and Incheon", "year", ["duration"]),
    ("Weifang only used", "month", ["duration"]),
    ("Journey time of the freight train", "day", []), ("Years of growth", "year", []),
    ("Visa-free transit", "h", []), ("A mail-delivery sea route between Weihai and Incheon", "count", []),
    ("Weifang only used", "week", ["duration"]), ("Weifang only used", "h", ["duration"]),
    ("Weifang only used", "min", ["duration"]), ("Trade growth since the reform", "year", []),
    ("Consecutive growth", "year", []), ("Term of the lease", "year", []),
])
def test_a_duration_s_label_says_what_lasted(label, unit, flaws):
    from briefgen.facts.inbox.label_check import label_flaws
    assert label_flaws(label, unit) == flaws


@pytest.mark.parametrize("label, flaws", [
    ("Qingdao's rank", ["group"]), ("Japan's rank", ["group"]),
    ("Qingdao's rank among ports in the world", []), ("Japan's rank among investors in Qingdao", []),
    ("Qingdao Port's rank (among global ports)", []),
    # whose rank, of what measure, and not on which list or where: fifth of what?
    ("Rank of Huangdao district of Qingdao", ["group"]), ("Rank of the online sales of Qingdao", ["group"]),
    ("Rank of exports of Testcity in 2017", ["group"]), ("Rank of Testcity's GDP in Shandong", []),
    ("Rank of Testcity as a trading partner", []), ("Rank of Testcity on the list", []),
])
def test_a_rank_s_label_says_among_what(label, flaws):
    from briefgen.facts.inbox.label_check import label_flaws
    assert label_flaws(label, "rank") == flaws


def test_a_duration_that_names_nothing_that_lasted_is_not_kept_unedited(run, project):
    text = ("Testcity and Korea signed a deal. A mail-delivery sea route between Testcity and Seoul "
            "was reopened, seven years after it was halted.\n")
    (project / "seeds" / "club.txt").write_text(text, encoding="utf-8")
    extract_inbox(run, project)
    path = inbox_of(project)
    [item] = [i for i in candidates(path) if i["as_written"] == "seven years"]
    assert item["review"] == "drop"
    assert "names nothing that lasted" in path.read_text(encoding="utf-8")


def test_the_other_side_s_exports_to_the_city_are_the_city_s_imports():
    """"Japan's exports to Testcity" are the city's imports from Japan, never its exports to
    Japan; "exported" and "imported" are trade words too."""
    from briefgen.facts.extract.candidates import extract
    from briefgen.facts.inbox.suggest import label_and_reason, metric_and_reason
    text = ("In 2014, Testcity exported US$8.34 billion of goods to Japan, while Japan's exports to "
            "Testcity totaled US$2.42 billion. Singapore imported $1.5 billion of goods from the city. "
            "Imports from Japan were $3 billion.")
    units = {**UNITS, "exports": ("USD",), "imports": ("USD",)}
    rows = []
    for c in extract(text, source="t.txt", aliases=SG_ALIASES, kinds=SG_KINDS):
        before = text[max(c.offset - 160, 0):c.offset]
        metric, _ = metric_and_reason(c, before[-120:], units, "Testcity")
        rows.append((c.as_written, metric, label_and_reason(c, metric, LABELS, text[:c.offset],
                                                            PARTNERS, "Testcity")[0]))
    assert rows == [("US$8.34 billion", "exports", "Testcity's exports to Japan"),
                    ("US$2.42 billion", "imports", "Testcity's imports from Japan"),
                    ("$1.5 billion", "exports", "Testcity's exports to Singapore"),
                    ("$3 billion", "imports", "Testcity's imports from Japan")]


def test_a_thing_named_for_trade_is_no_trade_cue():
    """"… Demonstration Zone for Local Economic and Trade Cooperation … has an overall export value
    of $54 million": exports, never the whole trade."""
    from briefgen.facts.extract.candidates import extract
    from briefgen.facts.inbox.suggest import metric_and_reason
    units = {**UNITS, "exports": ("USD",), "imports": ("USD",)}
    for text, metric in (("The park in the Zone for Economic and Trade Cooperation has an overall export "
                          "value of $54 million.", "exports"),
                         ("The park's trade reached $54 million.", "trade_volume")):
        c = extract(text, source="t.txt", aliases=SG_ALIASES, kinds=SG_KINDS)[0]
        assert metric_and_reason(c, text[:c.offset][-120:], units, "Testcity")[0] == metric, text


def test_the_curator_s_figures_come_before_accepted_ones(run, project):
    """Facts accepted from the inbox (facts/accepted/, which sorts before the curator's files by
    name) come after the curator's own in the store, so within a priority a brief shows the
    curator's figures first: accepting never pushes them off the page."""
    from briefgen.compose.briefing import headline_ids, more_ids
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    curated_file = project / "facts" / "korea.yaml"  # one of the curator's figures a detail
    curated_file.write_text(curated_file.read_text(encoding="utf-8").replace(
        '    as_written: "12,930"\n', '    as_written: "12,930"\n    priority: 3\n'), encoding="utf-8")
    extract_inbox(run, project)
    assert run("--project", project, "facts", "accept", inbox_of(project)).exit_code == 0
    accepted_file = project / "facts" / "accepted" / "club.yaml"
    accepted = {f["id"] for f in yaml.safe_load(accepted_file.read_text(encoding="utf-8"))["facts"]}
    store = load_store(load_project(project))
    assert store.accepted == accepted
    order = [f.id for f in store.facts]
    assert accepted and order[-len(accepted):] == [i for i in order if i in accepted]
    panel = headline_ids(store, "korea", 6)
    assert "kr.projects" in panel  # the curator's detail before what was accepted unedited
    for shown in (panel, more_ids(store, "korea", 30)):
        curated = [i for i in shown if i not in accepted]
        assert curated and shown[:len(curated)] == curated, shown
    # a figure a reviewer made a headline (priority 1) leads with the curator's headlines
    promoted = sorted(accepted)[0]
    text = accepted_file.read_text(encoding="utf-8")
    accepted_file.write_text(text.replace(f"  - id: {promoted}\n", f"  - id: {promoted}\n    priority: 1\n"),
                             encoding="utf-8")
    store = load_store(load_project(project))
    assert promoted in headline_ids(store, "korea", 6)[:2]


def extract_city_firm_s(run, project: Path, seed_text: str) -> None:
    """Extract a seed about Zenbrand, which facts/entities.yaml names as one of the city's firms."""
    entities = project / "facts" / "entities.yaml"
    entities.write_text(entities.read_text(encoding="utf-8").replace(
        "city: {slug: testcity, name: Testcity}", "city: {slug: testcity, name: Testcity, firms: [Zenbrand]}"),
        encoding="utf-8")
    (project / "seeds" / "club.txt").write_text(seed_text, encoding="utf-8")
    extract_inbox(run, project)


def test_a_city_firm_s_figures_are_the_city_s_and_printed_only_as_the_firm_s(run, project):
    # facts/entities.yaml may name the city's own firms: their figures are the city's, marked as
    # theirs, and a label that does not name the firm is held back rather than print as the city's
    extract_city_firm_s(run, project, "Zenbrand profit up 32%\n\nIn the first half, Zenbrand booked sales "
                        "revenue of 7.9 billion yuan.\n\nThe company sold 2.7 million bicycles.\n")
    items = {i["as_written"]: i for i in candidates(inbox_of(project))}
    assert {i["subject"] for i in items.values()} == {"testcity"}
    assert "Zenbrand" in items["7.9 billion yuan"]["label"] and items["7.9 billion yuan"]["review"] == "keep"
    held = items["2.7 million"]
    assert "Zenbrand" not in held["label"] and held["review"] == "drop"
    assert "# why subject: about 'Zenbrand', one of Testcity's own firms" in inbox_of(project).read_text(encoding="utf-8")
    assert run("--project", project, "facts", "accept").exit_code == 0
    assert run("--project", project, "facts", "check").exit_code == 0


def test_a_partner_s_candidate_whose_quote_never_names_it_waits_for_its_subject(run, project):
    # the partner is named in the sentence before: the quote alone does not say the figure is its
    (project / "seeds" / "club.txt").write_text(
        "Testcity signed a deal with South Korea.\n\nThe base's annual output is expected to reach 10 "
        "billion yuan. In 2018, Testcity's trade with South Korea reached 2.8 billion yuan.\n", encoding="utf-8")
    extract_inbox(run, project)
    items = {i["as_written"]: i for i in candidates(inbox_of(project))}
    held, named = items["10 billion yuan"], items["2.8 billion yuan"]
    assert (held["subject"], held["review"]) == ("korea", "drop")
    assert (named["subject"], named["review"]) == ("korea", "keep")
    text = inbox_of(project).read_text(encoding="utf-8")
    assert "# why review: drop until the subject is confirmed: its quote does not name South Korea" in text
    result = run("--project", project, "facts", "accept")
    assert result.exit_code == 0, result.output
    stored = yaml.safe_load(next((project / "facts" / "accepted").glob("*.yaml")).read_text(encoding="utf-8"))
    assert [f["value"] for f in stored["facts"]] == [2800000000]


def test_a_market_after_a_city_firm_s_figure_is_no_place_in_its_label(run, project):
    extract_city_firm_s(run, project, "Zenbrand is expected to realize sales revenue worth $13.9 billion in the "
                        "global market (including China) this year.\n")
    (item,) = candidates(inbox_of(project))
    assert "in Zenbrand" not in item["label"] and item["review"] == "drop"


def test_deals_signed_at_an_event_and_the_sentence_going_on_about_them_are_the_event_s(run, project):
    (project / "seeds" / "club.txt").write_text(
        "The Testcity trade fair opened on Monday. In Testcity, more than 20 cooperation agreements were "
        "signed during the fair. The agreements are worth more than 200 million yuan in Testcity. Testcity "
        "had 9 million tourists in 2019.\n", encoding="utf-8")
    extract_inbox(run, project)
    items = {i["as_written"]: i for i in candidates(inbox_of(project))}
    text = inbox_of(project).read_text(encoding="utf-8")
    assert items["more than 20"]["review"] == "drop" and "# why label: an event's figure" in text
    assert items["more than 200 million yuan"]["review"] == "drop"
    assert "an event's figure, as its sentence tells it: the things the sentence before counted" in text
    assert items["9 million"]["review"] == "keep"  # the city's own count is not the event's


def test_a_figure_over_the_past_years_with_no_period_waits_for_one(run, project):
    # an undated page: "the past five years" back from when?
    (project / "seeds" / "span.txt").write_text(
        "Testcity's exports registered an annual increase of 8.5 percent during the past five years. "
        "In 2018, Testcity's trade with South Korea reached 2.8 billion yuan.\n", encoding="utf-8")
    extract_inbox(run, project, "span.txt")
    items = {i["as_written"]: i for i in candidates(inbox_of(project, "span"))}
    text = inbox_of(project, "span").read_text(encoding="utf-8")
    span = items["8.5 percent"]
    assert span["review"] == "drop" and not span.get("period")
    assert "drop until a period is given: its sentence gives it over a span back from the source's writing" in text
    assert items["2.8 billion yuan"]["review"] == "keep"


def test_a_time_an_undated_source_does_not_resolve_is_not_quoted_as_words_the_sentence_lacks(run, project):
    """"during the first half of the year" in an undated page: the inbox says why the figure waits
    without quoting "last year" as if the sentence said it (the fresh38 reviewer read it so)."""
    (project / "seeds" / "half.txt").write_text(
        "Testcity's exports reached 739 million US dollars in the first half of the year.\n",
        encoding="utf-8")
    extract_inbox(run, project, "half.txt")
    item = candidates(inbox_of(project, "half"))[0]
    text = inbox_of(project, "half").read_text(encoding="utf-8")
    assert item["review"] == "drop" and not item.get("period")
    assert "only the source's date resolves (such as" in text and '("last year"' not in text


def test_what_a_place_is_poised_to_do_is_a_plan():
    assert _statuses("The park is poised to put 2,000 hydrogen-powered trucks on the road.") == [("2,000", "plan")]
    assert _statuses("The park put 2,000 hydrogen-powered trucks on the road in 2020.")[0][1] is None


def test_a_project_s_cost_told_in_an_aside_is_held_until_its_label_names_the_project(tmp_path):
    # "The project, with a planned total investment of 290 million yuan (…), will become the first …
    # in China": the project's money, not the city's planned investment, and no figure of China
    from briefgen.facts.extract.candidates import extract
    from briefgen.facts.inbox.suggest import OWNER_LEFT_OUT, SITE_S, label_and_reason
    text = ("Construction on a power station for electric buses began in Xuejiadao, Testcity. The project, with a "
            "planned total investment of 290 million yuan ($44.3 million), will become the first such station in China.")
    rows = extract(text, source="t.txt", aliases=SG_ALIASES, kinds=SG_KINDS)
    assert [(c.as_written, c.scope.level) for c in rows] == [("290 million yuan", "city"), ("$44.3 million", "city")]
    label, why = label_and_reason(rows[0], "investment_planned", LABELS, text[:rows[0].offset], PARTNERS, "Testcity")
    assert why.startswith(SITE_S) and SITE_S in OWNER_LEFT_OUT
    # the city's own amount after such a sentence is no project's
    text = ("The project, with a planned total investment of 290 million yuan, will open in June. Testcity's "
            "planned investment reached 5 billion yuan.")
    rows = extract(text, source="t.txt", aliases=SG_ALIASES, kinds=SG_KINDS)
    _, why = label_and_reason(rows[0], "investment_planned", LABELS, text[:rows[0].offset], PARTNERS, "Testcity")
    assert why.startswith(SITE_S)
    _, why = label_and_reason(rows[1], "investment_planned", LABELS, text[:rows[1].offset], PARTNERS, "Testcity")
    assert not why.startswith(SITE_S)


def test_a_restatement_takes_the_status_of_the_figure_it_restates(project):
    # "… of 290 million yuan ($44.3 million), will become …": the "will" after the dollars is no
    # plan of theirs alone; a restatement says what its figure says
    from briefgen.facts.extract.candidates import extract
    from briefgen.facts.extract.inputs import entity_names
    from briefgen.facts.inbox.files import write_inbox
    aliases, kinds = entity_names(project / "facts" / "entities.yaml")
    text = ("Korean firms build a plant in the city. The plant, with an investment of 2.8 billion yuan "
            "($432.32 million), will become the largest of its kind.\n")
    found = extract(text, source="club.txt", doc_date="2019-06-01", aliases=aliases, kinds=kinds)
    assert found[1].equivalent_of == found[0].key
    path, _, _ = write_inbox(found, text, project / "facts", "club.txt")
    blocks = candidates(path)
    assert [b.get("status") for b in blocks] == [None, None]


def test_a_speaker_s_name_joined_by_and_is_one_name():
    rows = _suggested("A Global Times report quoting the Testcity Municipal Bureau of Culture and Tourism said the "
                      "city received 4.47 million passenger trips.")
    assert rows[0][1].endswith(", according to the Testcity Municipal Bureau of Culture and Tourism")


def test_a_money_metric_is_read_from_its_own_sentence_and_from_a_plan_to_invest_after_it():
    text = ("The district drew new investments.\n\nStatistics show that the total output value of the district "
            "was 127.23 billion yuan in 2020.")
    assert _suggested(text)[-1][0] == "money"
    from briefgen.facts.extract.candidates import extract
    from briefgen.facts.inbox.suggest import metric_and_reason
    text = "In addition, a total of 19.2 billion yuan will be invested in the port."
    c = extract(text, source="t.txt", aliases=SG_ALIASES, kinds=SG_KINDS)[0]
    assert metric_and_reason(c, text[:c.offset], {"investment_planned": ("CNY",), "money": ("CNY",)}) == (
        "investment_planned", "'will be invested' after the figure")
