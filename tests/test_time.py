"""Time-awareness: a figure's age on the production date, plans past their date, recent events,
supersession; on small synthetic stores."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil

import pytest

from briefgen.config import Freshness
from briefgen.facts.age import Timeline, as_of_date, data_age
from briefgen.facts.model import Entity, SeedInfo
from briefgen.facts.store import FactStore
from conftest import REPO
from stores import fact

SEED = "news.txt"
SEEDS = {SEED: SeedInfo(SEED, "News", "Daily", "2019-05-14", "an article")}
TODAY = dt.date(2026, 12, 4)
CITY = Entity("qingdao", "Qingdao", "city")


def store_of(*facts, tmp_path=None) -> FactStore:
    entities = {CITY.slug: CITY, "port": Entity("port", "Port", "sector"),
                "israel": Entity("israel", "Israel", "country")}
    return FactStore(list(facts), entities, {}, SEEDS, CITY, tmp_path)


def figure(id, period=None, **kw):
    return fact(id, "port", kw.pop("metric", "count"), kw.pop("label", "Sea routes"), "a quote",
                seed=SEED, value=kw.pop("value", 5), unit="count", counted="sea routes",
                as_written=str(kw.pop("as_written", 5)), period=period, **kw)


def test_as_of_is_the_end_of_the_period_else_the_seed_date():
    assert as_of_date(figure("a", "../2019-03"), SEEDS) == dt.date(2019, 3, 31)
    assert as_of_date(figure("b", "2018"), SEEDS) == dt.date(2018, 12, 31)
    assert as_of_date(figure("c"), SEEDS) == dt.date(2019, 5, 14)  # undated: its seed's
    # a target says when something is due, not when the figure was stated
    target = figure("d", "2030", period_kind="target")
    assert as_of_date(target, SEEDS) == dt.date(2019, 5, 14)


def test_a_figure_older_than_the_policy_is_stale_a_recent_one_is_not():
    timeline = Timeline(TODAY, Freshness(stale_after_years=3))
    assert timeline.stale(figure("old", "2019"), SEEDS)
    assert not timeline.stale(figure("new", "2025-06"), SEEDS)
    assert not timeline.stale(fact("t", "port", "platform", "A text", "q", text="A text."), SEEDS)
    assert Timeline(TODAY, Freshness(stale_after_years=10)).stale(figure("old", "2019"), SEEDS) is False


def test_a_plan_past_its_date_is_restated_or_dropped_one_in_the_future_is_kept():
    past = fact("plan", "port", "milestone", "Park to open", "q", text="The park is to open in 2019.",
                period="2019", period_kind="target", status="plan",
                text_past="The park was to open in 2019.")
    future = fact("later", "port", "milestone", "Zone", "q", text="The zone is to open in 2030.",
                  period="2030", period_kind="target", status="plan")
    bare = fact("bare", "port", "milestone", "Port", "q", text="A port is to open in 2019.",
                period="2019", period_kind="target", status="plan")
    restate = Timeline(TODAY, Freshness(past_plans="restate"))
    assert restate.text(past) == "The park was to open in 2019."
    assert restate.text(future) == "The zone is to open in 2030." and not restate.past_due(future)
    assert not restate.unsayable(past) and restate.unsayable(bare)
    assert Timeline(TODAY, Freshness(past_plans="drop")).unsayable(past)


def test_a_plan_is_past_due_only_after_its_date_and_then_takes_its_past_wording():
    plan = figure("p", "2019-06", metric="berths", label="Berths planned", status="plan",
                  label_past="Berths that were planned")
    on_the_day, the_day_after = Timeline(dt.date(2019, 6, 30)), Timeline(dt.date(2019, 7, 1))
    assert not on_the_day.past_due(plan) and the_day_after.past_due(plan)
    assert (on_the_day.label(plan), the_day_after.label(plan)) \
        == ("Berths planned", "Berths that were planned")
    assert not the_day_after.unsayable(plan)  # a figure is said by its label
    since = figure("s", "2019-03/..", status="expected")  # open-ended: due at its start
    assert not Timeline(dt.date(2019, 3, 31)).past_due(since)
    assert Timeline(dt.date(2019, 4, 1)).past_due(since)
    assert not the_day_after.past_due(figure("done", "2019-06"))  # no status: no plan
    assert not the_day_after.past_due(figure("undated", status="plan"))


def test_a_past_plan_without_past_wording_for_what_a_brief_prints_is_left_out():
    restate = Timeline(TODAY, Freshness(past_plans="restate"))
    text_only = figure("f", "2019", status="plan", text="Five routes are planned.",
                       text_past="Five routes were planned.")
    assert restate.unsayable(text_only)  # a figure prints its label, which has no past form
    labelled = fact("t", "port", "milestone", "Park to open", "q", text="The park is to open.",
                    period="2019", status="plan", label_past="Park that was to open")
    assert restate.unsayable(labelled)  # a text prints its text
    assert restate.text(labelled) == "The park is to open."
    assert restate.label(labelled) == "Park that was to open"


def test_a_figure_is_stale_once_more_than_the_policy_s_years_old():
    policy = Freshness(stale_after_years=3)
    as_of_2019 = figure("y", "2019")  # as of 31 December 2019
    assert not Timeline(dt.date(2022, 12, 30), policy).stale(as_of_2019, SEEDS)
    assert Timeline(dt.date(2023, 1, 1), policy).stale(as_of_2019, SEEDS)
    assert Timeline(dt.date(2026, 1, 1), policy).stale(figure("undated"), SEEDS)  # by its seed
    assert not Timeline(dt.date(2026, 1, 1), policy).stale(figure("unknown"), {})
    event = fact("e", "port", "milestone", "Port opened", "q", text="The port opened.",
                 period="2010", seed=SEED)
    assert not Timeline(dt.date(2026, 1, 1), policy).stale(event, SEEDS)  # a text is no figure


def test_an_open_period_and_an_undated_seed_date_a_figure_as_well_as_they_can():
    assert as_of_date(figure("since", "2018-08/.."), SEEDS) == dt.date(2019, 5, 14)
    yearly = {SEED: SeedInfo(SEED, "News", "Daily", None, "an article", reference_year=2018)}
    assert as_of_date(figure("y"), yearly) == dt.date(2018, 12, 31)
    assert as_of_date(figure("y"), {SEED: SeedInfo(SEED, "News", None, None, "undated")}) is None
    assert as_of_date(figure("y"), {}) is None


def test_recent_events_are_those_inside_the_window():
    timeline = Timeline(TODAY, Freshness(recent_events_years=2))
    event = lambda id, when: fact(id, "port", "event", "E", "q", text="E.", period=when,  # noqa: E731
                                  period_kind="event")
    assert timeline.recent(event("new", "2025-10-01"))
    assert not timeline.recent(event("old", "2019-06-02"))


def test_a_newer_figure_of_the_same_measure_supersedes_the_older(tmp_path):
    older = figure("routes-2018", "2018-05", period_kind="point", value=5)
    newer = figure("routes-2019", "2019-06", period_kind="point", value=8, as_written=8)
    other = figure("routes-q1", "2018-01/2018-03", value=3, as_written=3)  # not a stock
    store = store_of(older, newer, other, tmp_path=tmp_path)
    assert store.superseded == {"routes-2018": "routes-2019"}
    from briefgen.compose.store_view import live
    assert [f.id for f in live(store, store.facts)] == ["routes-2019", "routes-q1"]


def test_data_age_counts_the_figures_once_and_the_stale_ones():
    facts = [figure("a", "2018"), figure("a", "2018"), figure("b", "2025-06"),
             fact("t", "port", "platform", "A text", "q", text="A text.")]
    age = data_age(facts, SEEDS, Timeline(TODAY))
    assert (age.first_year, age.last_year, age.figures, age.stale) == (2018, 2025, 2, 1)
    assert age.stale_after == "three years"


def test_data_age_dates_an_undated_figure_by_its_seed_and_says_nothing_without_dates():
    """The cover's "figures of 2018–2025, 2 older than five years": an undated figure counts
    with its seed's date; without any date there is no first or last year."""
    facts = [figure("a", "2018"), figure("b"), figure("c", "2025-06")]  # b: its seed's, 2019
    age = data_age(facts, SEEDS, Timeline(TODAY, Freshness(stale_after_years=5)))
    assert (age.first_year, age.last_year, age.figures, age.stale) == (2018, 2025, 3, 2)
    assert (age.stale_after, age.stale_after_years) == ("five years", 5)
    undated = data_age([figure("u")], {}, Timeline(TODAY))
    assert (undated.first_year, undated.last_year, undated.figures, undated.stale) \
        == (None, None, 1, 0)


# --- through the composer and the command line ------------------------------------------------


def with_policy(mini, policy: str):
    """The mini project with the shipped templates and a freshness policy (its production date
    is 2026-01-15)."""
    shutil.copytree(REPO / "templates", mini / "templates")
    config = mini / "briefgen.yaml"
    config.write_text(config.read_text() + "freshness:\n" + policy)
    return mini


@pytest.fixture
def dated(mini):
    return with_policy(mini, "  stale_after_years: 3\n")


def test_a_brief_marks_stale_figures_in_both_formats(dated, run):
    from docx import Document
    from pypdf import PdfReader
    result = run("--project", dated, "build", "partner", "korea", "--out", dated / "out")
    assert result.exit_code == 0, result.output
    pdf = "\n".join(p.extract_text() for p in PdfReader(dated / "out/partner-korea.pdf").pages)
    word = "\n".join(p.text for p in Document(dated / "out/partner-korea.docx").paragraphs)
    word += "\n".join(c.text for t in Document(dated / "out/partner-korea.docx").tables
                      for row in t.rows for c in row.cells)
    for text in (pdf, word):
        assert "†" in text.replace("Sources · †", "")  # a figure is marked
        assert "Sources · † More than three years old: look for newer data." in text


def test_a_fresh_policy_marks_nothing(mini, run):
    with_policy(mini, "  stale_after_years: 50\n")
    result = run("--project", mini, "build", "partner", "korea", "--format", "pdf",
                 "--out", mini / "out")
    assert result.exit_code == 0, result.output
    from pypdf import PdfReader
    text = "\n".join(p.extract_text() for p in PdfReader(mini / "out/partner-korea.pdf").pages)
    assert "†" not in text


def test_facts_stale_lists_the_old_figures_oldest_first_with_their_briefs(dated, run):
    result = run("--project", dated, "facts", "stale", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and [r["as_of"] for r in rows] == sorted(r["as_of"] for r in rows)
    signed = next(r for r in rows if r["id"] == "kr.fdi-signed")
    assert signed["as_of"] == "2019-03-31" and signed["age_years"] == 6.8
    assert "partner-korea" in signed["briefs"] and signed["subject"] == "korea"
    text = run("--project", dated, "facts", "stale", "--subject", "korea")
    assert "kr.fdi-signed" in text.stdout and "partner-korea" in text.stdout


def test_facts_stats_shows_the_age_distribution(dated, run):
    result = run("--project", dated, "facts", "stats")
    assert "age of the" in result.stdout and "stale (more than 3 years old):" in result.stdout


def test_the_pack_cover_states_the_age_of_the_figures_it_prints(dated, run):
    from pypdf import PdfReader
    result = run("--project", dated, "pack", "--jobs", "1", "--format", "pdf",
                 "--out", dated / "pack")
    assert result.exit_code == 0, result.output
    cover = " ".join(PdfReader(dated / "pack/investor-pack.pdf").pages[0].extract_text().split())
    assert "The figures date from 2019;" in cover
    assert "are more than three years old on the production date and are marked †" in cover


def composed_view(store, **policy):
    from briefgen.build import RecordingStore
    return RecordingStore(store, Timeline(TODAY, Freshness(**policy)))


def plans_store(tmp_path):
    restated = fact("park", "port", "platform", "Park", "q1", seed=SEED, priority=1,
                    text="The park is to open in 2019.", period="2019", period_kind="target",
                    status="plan", text_past="The park was to open in 2019.")
    silent = fact("zone", "port", "platform", "Zone", "q2", seed=SEED, priority=1,
                  text="The zone is to open in 2020.", period="2020", period_kind="target",
                  status="plan")
    future = fact("hub", "port", "platform", "Hub", "q3", seed=SEED, priority=1,
                  text="The hub is to open in 2030.", period="2030", period_kind="target",
                  status="plan")
    old_event = fact("fair-2019", "port", "event", "Fair", "q4", seed=SEED, text="A fair.",
                     period="2019-05-24", period_kind="event")
    new_event = fact("fair-2026", "port", "event", "Fair", "q5", seed=SEED, text="A new fair.",
                     period="2026-05-24", period_kind="event")
    return store_of(restated, silent, future, old_event, new_event, tmp_path=tmp_path)


def test_a_brief_restates_or_leaves_out_plans_past_their_date(tmp_path):
    from briefgen.compose.briefing import intro_id, section_ids
    from briefgen.compose.context import ComposeContext

    def said(view):  # the sentence under the title, then the platforms
        return [intro_id(view, "port"), *section_ids(view, "port", "platforms")]
    view = composed_view(plans_store(tmp_path))
    assert said(view) == ["park", "hub"]  # "zone" has no past words
    compose = ComposeContext(view, "port")
    assert compose.fact("park").text == "The park was to open in 2019."
    assert compose.fact("hub").text == "The hub is to open in 2030."
    dropped = composed_view(plans_store(tmp_path), past_plans="drop")
    assert said(dropped) == ["hub"]


def test_recent_events_hold_only_the_window_older_events_are_milestones(tmp_path):
    from briefgen.compose.briefing import section_ids
    view = composed_view(plans_store(tmp_path), recent_events_years=2)
    assert section_ids(view, "port", "events") == ["fair-2026"]
    assert section_ids(view, "port", "milestones") == ["fair-2019"]


def test_facts_list_json_names_the_newer_figure(mini, run):
    facts = mini / "facts" / "korea.yaml"
    text = facts.read_text()
    older = text.split("  - id: kr.projects")[1].split("\n  - id:")[0]
    facts.write_text(text + "  - id: kr.projects-2018" + older.replace("../2019-03", "../2018-12"))
    rows = {r["id"]: r for r in json.loads(run("--project", mini, "facts", "list", "--json").stdout)}
    assert rows["kr.projects-2018"]["superseded_by"] == "kr.projects"
    assert rows["kr.projects"]["superseded_by"] is None


def test_past_wording_without_a_status_is_an_error_at_its_line(mini, run):
    facts = mini / "facts" / "korea.yaml"
    facts.write_text(facts.read_text().replace(
        "    label: Korean projects\n",
        "    label: Korean projects\n    text_past: Korean projects were counted.\n"))
    result = run("--project", mini, "facts", "check")
    assert result.exit_code == 1
    assert "facts/korea.yaml:40: kr.projects: text_past is set but status is missing" in result.stderr


def test_facts_stale_leaves_out_a_figure_a_newer_one_supersedes(dated, run):
    """Refreshing a figure takes it off the list: the older one stays in the store, unprinted."""
    facts = dated / "facts" / "korea.yaml"
    text = facts.read_text()
    older = text.split("  - id: kr.projects")[1].split("\n  - id:")[0]
    facts.write_text(text + "  - id: kr.projects-2018" + older.replace("../2019-03", "../2018-12"))
    ids = {r["id"] for r in json.loads(run("--project", dated, "facts", "stale", "--json").stdout)}
    assert "kr.projects" in ids and "kr.projects-2018" not in ids


@pytest.mark.parametrize("date, fine", [("0001-01-01", False), ("1989-12-31", False),
                                        ("1990-01-01", True), ("9999-12-31", False)])
def test_a_production_date_centuries_off_is_an_error_at_its_line(mini, run, date, fine):
    config = mini / "briefgen.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r"(?m)^production_date: .*$", f"production_date: {date}", text),
                      encoding="utf-8")
    result = run("--project", mini, "facts", "check")
    assert (result.exit_code == 0) == fine, result.stderr
    if not fine:
        assert f"briefgen.yaml:4: production_date: '{date}' is outside 1990-01-01 to " \
            in result.stderr


@pytest.mark.parametrize("date, fine", [("1899", False), ("1900-01", True), ("2999-05-20", False),
                                        (str(dt.date.today().year + 1), True)])
def test_a_seed_date_centuries_off_is_an_error_at_its_line(mini, run, date, fine):
    index = mini / "seeds" / "index.yaml"
    index.write_text(index.read_text(encoding="utf-8").replace("date: 2019-05-20", f"date: {date}"),
                     encoding="utf-8")
    result = run("--project", mini, "facts", "check")
    if fine:
        assert "is not when a source" not in result.stderr, result.stderr
    else:
        assert result.exit_code == 1
        assert f"seeds/index.yaml:5: seeds/news.txt/date: '{date}' is not when a source" \
            in result.stderr, result.stderr


def test_a_plan_s_date_says_it_is_one_unless_its_fact_has_past_wording():
    """"Cargo: 500,000 tonnes (by 2025)" read in 2026 as if reached: an accepted plan, target or
    expectation says what it is beside its date; a curated one with past wording words itself."""
    from briefgen.compose.wording import when_of
    target = figure("t", "2025", period_kind="target")
    planned = figure("p", "2025", period_kind="target", status="plan")
    expected = figure("e", "2039", status="expected")
    worded = figure("w", "2025", period_kind="target", status="plan", label_past="Sea routes planned for 2025")
    done = figure("d", "2018")
    store = store_of(target, planned, expected, worded, done)
    assert [when_of(store, f.id) for f in (target, planned, expected, worded, done)] == [
        "by 2025, target", "by 2025, planned", "2039, expected", "by 2025", "2018"]
