"""The review page's facts and briefs pages through Starlette's test client: search, a fact's
label and priority changed in place with `facts check`'s own checks, previews, the pack."""

from __future__ import annotations

import re
import shutil
import time

import pytest

pytest.importorskip("starlette")
from conftest import REPO
from starlette.testclient import TestClient

from briefgen.config import load_project
from briefgen.review.app import create_app

BASE = "http://127.0.0.1:8765"


@pytest.fixture
def client(mini):
    shutil.copytree(REPO / "templates", mini / "templates")
    return TestClient(create_app(load_project(mini)), base_url=BASE)


def hidden(html: str) -> dict:
    return dict(re.findall(r'<input type="hidden" name="(csrf|digest)" value="([^"]*)"', html))


def test_facts_are_searched_by_subject_metric_source_text_and_age(client):
    def ids(query: str) -> list[str]:
        return re.findall(r'<a href="/facts/([^"]+)">', client.get(f"/facts?{query}").text)
    assert len(ids("")) == 6
    assert ids("metric=trade_volume") == ["kr.trade-q1"]
    assert ids("q=year-on-year") == ["kr.trade-growth"]  # found in its quote
    assert len(ids("subject=korea&seed=news.txt")) == 6 and ids("subject=finance") == ["kr.banks"]  # related
    assert len(ids("older_than=5")) == 6 and ids("older_than=10") == []  # as of 2019, made 2026
    assert client.get("/facts?page=x").status_code == 400


def test_a_fact_shows_its_quote_in_context(client):
    page = client.get("/facts/kr.trade-q1").text
    assert "<mark>In the first quarter of 2019, trade reached $1.93 billion</mark>, with a" in page
    assert "facts/korea.yaml:" in page
    assert client.get("/facts/nope").status_code == 404


def test_label_and_priority_are_changed_in_place(client, mini, run):
    path = mini / "facts" / "korea.yaml"
    before = path.read_text(encoding="utf-8")
    form = hidden(client.get("/facts/kr.trade-q1").text) | {"label": "Trade: first quarter",
                                                           "priority": "1"}
    reply = client.post("/facts/kr.trade-q1", data=form)
    assert reply.status_code == 200 and "saved" in reply.text
    after = path.read_text(encoding="utf-8")
    assert after == before.replace("    label: Trade in Q1 2019\n",
                                   '    label: "Trade: first quarter"\n    priority: 1\n')
    assert run("--project", mini, "facts", "check").exit_code == 0
    assert 'value="Trade: first quarter"' in reply.text  # the page shows the store as it is now


def test_a_bad_label_is_refused_next_to_the_field(client, mini):
    path = mini / "facts" / "korea.yaml"
    before = path.read_bytes()
    form = hidden(client.get("/facts/kr.trade-q1").text) | {"label": " ", "priority": "2"}
    reply = client.post("/facts/kr.trade-q1", data=form)
    assert reply.status_code == 400 and path.read_bytes() == before
    field = re.search(r'<div class="field field-label invalid">(.*?)</div>', reply.text, re.DOTALL)
    assert field and re.search(r"facts/korea.yaml:\d+: label: must not be empty", field[1])
    form["label"], form["priority"] = "Trade", "7"
    reply = client.post("/facts/kr.trade-q1", data=form)
    assert reply.status_code == 400 and "priority must be 1, 2 or 3" in reply.text


def test_a_fact_file_changed_meanwhile_is_not_overwritten(client, mini):
    form = hidden(client.get("/facts/kr.trade-q1").text) | {"label": "Trade", "priority": "2"}
    path = mini / "facts" / "korea.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# a note\n", encoding="utf-8")
    reply = client.post("/facts/kr.trade-q1", data=form)
    assert reply.status_code == 409 and "changed since the page was shown" in reply.text
    assert "Trade in Q1 2019" in path.read_text(encoding="utf-8")


def test_fact_edits_need_the_token(client, mini):
    form = hidden(client.get("/facts/kr.trade-q1").text) | {"label": "Trade", "priority": "2"}
    del form["csrf"]
    assert client.post("/facts/kr.trade-q1", data=form).status_code == 403


def test_briefs_list_and_preview(client, mini):
    page = client.get("/briefs").text
    assert '<a href="/briefs/partner/korea">South Korea</a>' in page
    preview = client.get("/briefs/partner/korea")
    assert preview.status_code == 200 and "built again with the latest facts" in preview.text
    assert '<a href="/facts/kr.fdi-signed">' in preview.text
    image = client.get("/briefs/partner/korea.png")
    assert image.headers["content-type"] == "image/png" and image.content.startswith(b"\x89PNG")
    assert "unchanged since it was last built" in client.get("/briefs/partner/korea").text
    deadline = time.monotonic() + 60
    while "still reading the briefs" in (page := client.get("/facts/kr.fdi-signed").text):
        assert time.monotonic() < deadline
        time.sleep(0.1)
    assert '<a href="/briefs/partner/korea">South Korea</a> (partner)' in page  # printed in


def test_a_brief_that_would_show_nothing_is_neither_listed_nor_previewed(mini):
    """The club's one fact is a growth rate with no figure of its own it is the growth of: its
    brief would be an empty page. The review's list leaves it out and its preview says why."""
    (mini / "facts" / "club.yaml").write_text("""facts:
  - id: club.growth
    subject: club
    metric: growth_yoy
    label: Trade growth of the club, year on year
    value: 7.1
    unit: percent
    as_written: 7.1 percent
    period: 2019-01/2019-03
    sources:
      - seed: news.txt
        quote: "with a year-on-year growth of 7.1 percent"
""", encoding="utf-8")
    shutil.copytree(REPO / "templates", mini / "templates")
    client = TestClient(create_app(load_project(mini)), base_url=BASE)
    page = client.get("/briefs").text
    assert '<a href="/briefs/partner/korea">South Korea</a>' in page
    assert "/briefs/partner/club" not in page
    preview = client.get("/briefs/partner/club")
    assert preview.status_code == 404
    assert "no partner brief &#39;club&#39;: it would be an empty page" in preview.text
    assert "club.growth (growth_yoy, 7.1 percent)" in preview.text


@pytest.mark.parametrize("path", ["/briefs/partner/atlantis", "/briefs/secret/korea",
                                  "/briefs/partner/..%2F..%2Fetc.png", "/briefs/sector/korea"])
def test_unknown_briefs_are_not_found(client, path):
    assert client.get(path).status_code == 404


def test_the_pack_builds_with_progress(client, mini):
    page = client.get("/briefs").text
    assert client.post("/pack", data=hidden(page), follow_redirects=False).status_code == 303
    deadline = time.monotonic() + 120
    while "http-equiv=\"refresh\"" in (status := client.get("/pack").text):
        assert time.monotonic() < deadline, "the pack did not finish"
        time.sleep(0.2)
    assert "Finished in" in status and "0 failed" in status, status
    assert (mini / "out" / "pack" / "investor-pack.pdf").is_file()
    assert client.post("/pack", data={}).status_code == 403


def _newer_projects_figure(mini) -> None:
    """A 2025 source with a newer count of the same measure as kr.projects."""
    (mini / "seeds" / "later.txt").write_text(
        "By the end of 2025, South Korea had invested 13,400 projects in Testcity.\n",
        encoding="utf-8")
    with (mini / "seeds" / "index.yaml").open("a", encoding="utf-8") as index:
        index.write("  later.txt:\n    title: Later news\n    outlet: Test Daily\n"
                    "    date: 2025-12-20\n    description: A newer count.\n")
    (mini / "facts" / "later.yaml").write_text("""\
facts:
  - id: kr.projects-2025
    subject: korea
    metric: count
    label: Korean projects
    value: 13400
    unit: count
    counted: projects
    as_written: "13,400"
    period: ../2025-12
    sources:
      - seed: later.txt
        quote: "South Korea had invested 13,400 projects in Testcity"
""", encoding="utf-8")


def test_stale_and_superseded_are_marked_as_briefs_and_facts_stale_see_them(client, mini, run):
    _newer_projects_figure(mini)
    assert run("--project", mini, "facts", "check").exit_code == 0
    rows = dict(re.findall(r'<tr>\s*<td><a href="/facts/([^"]+)">(.*?)</tr>',
                           client.get("/facts").text, re.DOTALL))
    assert "† stale" in rows["kr.trade-q1"]  # 2019 data, produced 2026, policy three years
    assert "† stale" not in rows["kr.banks"]  # a text fact is not a figure
    assert "† stale" not in rows["kr.projects-2025"]
    assert 'superseded</span> by <a href="/facts/kr.projects-2025">' in rows["kr.projects"]
    assert "superseded" not in rows["kr.trade-q1"]

    def ids(query: str) -> list[str]:
        return re.findall(r'<tr>\s*<td><a href="/facts/([^"]+)">', client.get(f"/facts?{query}").text)
    assert ids("marked=superseded") == ["kr.projects"]
    stale = set(ids("marked=stale"))
    assert "kr.trade-q1" in stale and "kr.banks" not in stale and "kr.projects-2025" not in stale
    page = client.get("/facts/kr.projects").text
    assert 'superseded</span> by <a href="/facts/kr.projects-2025">kr.projects-2025</a>' in page
    assert "older than 3 years, so briefs mark it †" in page


def test_the_stale_mark_follows_the_freshness_policy(client, mini):
    with (mini / "briefgen.yaml").open("a", encoding="utf-8") as config:
        config.write("freshness:\n  stale_after_years: 10\n")
    fresh = TestClient(create_app(load_project(mini)), base_url=BASE)
    assert "† stale" not in fresh.get("/facts").text.split("<tbody>")[1]
    assert "† older than 10 years" in fresh.get("/facts").text


def test_a_label_must_still_name_the_place_of_its_scope(client, mini, run):
    """A label that no longer names the place of its fact's scope passes the file's own checks
    but not `facts check`: the page refuses it, next to the label, and writes nothing."""
    path = mini / "facts" / "korea.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "    label: Trade in Q1 2019\n",
        "    label: Trade in Q1 2019 in Shandong\n    scope: {level: province, place: Shandong}\n"),
        encoding="utf-8")
    assert run("--project", mini, "facts", "check").exit_code == 0
    before = path.read_bytes()
    form = hidden(client.get("/facts/kr.trade-q1").text) | {"label": "Trade in Q1 2019",
                                                           "priority": "2"}
    reply = client.post("/facts/kr.trade-q1", data=form)
    assert reply.status_code == 400 and path.read_bytes() == before
    field = re.search(r'<div class="field field-label invalid">(.*?)</div>', reply.text, re.DOTALL)
    assert field and re.search(r"facts/korea.yaml:\d+: kr.trade-q1: the label does not say the "
                               r"figure is about Shandong", field[1])
    assert run("--project", mini, "facts", "check").exit_code == 0


def test_a_label_that_makes_two_figures_one_measure_is_refused(client, mini, run):
    """For a generic metric the label tells measures apart: renaming one so that two different
    values claim the same measure and period is a conflict `facts check` refuses."""
    (mini / "seeds" / "zones.txt").write_text(
        "By the end of March 2019, 500 Korean projects were in the zones.\n", encoding="utf-8")
    with (mini / "seeds" / "index.yaml").open("a", encoding="utf-8") as index:
        index.write("  zones.txt:\n    title: Zones\n    outlet: Test Daily\n"
                    "    date: 2019-05-20\n    description: Projects in the zones.\n")
    (mini / "facts" / "zones.yaml").write_text("""\
facts:
  - id: kr.zone-projects
    subject: korea
    metric: count
    label: Korean projects in the zones
    value: 500
    unit: count
    counted: projects
    as_written: "500"
    period: ../2019-03
    sources:
      - seed: zones.txt
        quote: "500 Korean projects were in the zones"
""", encoding="utf-8")
    assert run("--project", mini, "facts", "check").exit_code == 0
    before = (mini / "facts" / "zones.yaml").read_bytes()
    form = hidden(client.get("/facts/kr.zone-projects").text) | {"label": "Korean projects",
                                                                "priority": "2"}
    reply = client.post("/facts/kr.zone-projects", data=form)
    assert reply.status_code == 400 and (mini / "facts" / "zones.yaml").read_bytes() == before
    assert re.search(r"facts/(korea|zones).yaml:\d+: kr.(zone-)?projects: conflicting values for "
                     r"the same measure and period \(kr.projects, kr.zone-projects\)", reply.text)
    assert run("--project", mini, "facts", "check").exit_code == 0
