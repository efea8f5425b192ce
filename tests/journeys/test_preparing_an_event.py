"""Journey: a staff member prepares an event: scaffold it, fill it in, build its brief and pack.

The generated event.yaml is valid YAML that reads back as written whatever the event is called
(quotes, colons, `#`, other scripts); the filled-in event builds into a one-page brief.
"""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import REPO, briefgen


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True)
    shutil.copy(REPO / "briefgen.yaml", target)
    for folder in ("facts", "seeds", "templates", "events"):
        shutil.copytree(REPO / folder, target / folder, ignore=shutil.ignore_patterns("_inbox"))
    return target


@pytest.fixture(scope="module")
def qingdao(tmp_path_factory) -> Path:
    return copy_project(tmp_path_factory.mktemp("journey") / "qingdao")


# one printed line: no control characters, surrogates, line or paragraph separators
NAMES = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1,
                max_size=120).filter(lambda s: s.strip())
PUNCTUATED = st.sampled_from(['Korea Week: "Made in Qingdao" #2027', "Week # 1", "'single' quotes",
                              "- dash first", "yes", "null", "2027", "Qingdao Korea Week 2027",
                              "青岛—韩国周 2027", "Неделя Циндао", "שבוע צ'ינגדאו", "a: b: c",
                              "[brackets]", "{braces}", "&anchor", "*alias", "!tag", "% percent",
                              "@at", "`tick`", "trailing \\"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(display=st.one_of(PUNCTUATED, NAMES))
def test_the_scaffold_reads_back_whatever_the_event_is_called(qingdao, display):
    from briefgen.config import load_project
    from briefgen.events.scaffold import scaffold_event
    from briefgen.yamlio import load
    project = load_project(qingdao)
    folder = qingdao / "events" / "any-week"
    shutil.rmtree(folder, ignore_errors=True)
    scaffold_event(project, "any-week", display)
    data = load(folder / "event.yaml")
    assert data["name"] == display.strip()
    assert data["title"] is None  # the comment after the name is a comment, whatever the name
    line = next(x for x in (folder / "event.yaml").read_text().splitlines() if x.startswith("name:"))
    assert line.endswith("# printed on the cover and in the running header")


def test_a_long_name_made_from_the_folder_keeps_its_comment_apart(qingdao):
    from briefgen.config import load_project
    from briefgen.events.scaffold import scaffold_event
    from briefgen.yamlio import load
    shutil.rmtree(qingdao / "events" / "qingdao-korea-week-2027", ignore_errors=True)
    scaffold_event(load_project(qingdao), "qingdao-korea-week-2027")
    assert load(qingdao / "events" / "qingdao-korea-week-2027" / "event.yaml")["name"] == \
        "Qingdao Korea Week 2027"


@pytest.mark.parametrize("display", ["", "   ", "two\nlines", "x" * 121, "bell\a"])
def test_a_name_that_cannot_be_printed_is_refused_and_nothing_written(qingdao, display):
    result = briefgen("new-event", "refused-week", "--display-name", display, cwd=qingdao)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("error: --display-name ") and "(give one line" in result.stderr
    assert not (qingdao / "events" / "refused-week").exists()


FILLED = {  # what a user fills in, from the facts `briefgen facts list --subject germany` shows
    "partners: []": "partners: [germany]",
    "sectors: []": "sectors: [finance]",
    "highlights: []": "highlights: [de.krups-eco-park]",
}


def test_scaffold_fill_build(tmp_path):
    project = copy_project(tmp_path / "qingdao")
    made = briefgen("new-event", "germany-2027", "--display-name", "Qingdao Week: Germany #2027",
                    cwd=project)
    assert made.returncode == 0, made.stderr
    path = project / "events" / "germany-2027" / "event.yaml"
    text = path.read_text(encoding="utf-8")
    for old, new in FILLED.items():
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")

    built = briefgen("build", "event", "germany-2027", "--format", "pdf", cwd=project)
    assert built.returncode == 0 and built.stderr == "", built.stderr
    pdf = project / "out" / "events" / "germany-2027" / "event-germany-2027.pdf"
    quotes = pdf.with_name("event-germany-2027-sources.pdf")  # its quotes, beside it
    assert built.stdout == f"wrote {pdf} (1 page)\nwrote {quotes} (1 page)\n"
    from pypdf import PdfReader
    page = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert page.startswith("Qingdao Week: Germany #2027")
    assert "printed on the cover" not in page
    assert "Germany" in page and "Finance" in page


KOREA_2027 = """\
name: Qingdao Week in South Korea 2027
audience: Korean companies and investors
dates: {start: 2027-05, end: null, fact: null, note: null}
partners: [south-korea]
sectors: [finance]
highlights: [kr.port-mou-pusan-2019-05]
agenda:
  - title: Site visit to the port
    where: Qingdao
    fact: kr.bnk-visit-2019-05          # cited for what it says; it happened in 2019
  - title: Investment promotion meeting
    when: 14 May 2027
    where: Seoul
sections:
  intro:
    heading: Why this week
    text: Qingdao's delegation meets companies in South Korea to plan the next projects.
"""
# an event's override of the partner brief: one section dropped, one replaced, the rest kept
PARTNER_OVERRIDE = """\
{% extends "base/partner.md.j2" %}
{% block milestones %}{% endblock %}
{% block sectors %}

## Sectors for this week

Finance and the port.
{% endblock %}
"""


def test_an_upcoming_edition_builds_as_planned(tmp_path):
    project = copy_project(tmp_path / "qingdao")
    assert briefgen("new-event", "korea-2027", cwd=project).returncode == 0
    folder = project / "events" / "korea-2027"
    (folder / "event.yaml").write_text(KOREA_2027, encoding="utf-8")
    (folder / "templates" / "partner.md.j2").write_text(PARTNER_OVERRIDE, encoding="utf-8")

    packed = briefgen("pack", "--event", "korea-2027", "--format", "pdf", cwd=project)
    assert packed.returncode == 0, packed.stderr
    from pypdf import PdfReader
    out = project / "out" / "events" / "korea-2027"
    brief = " ".join(PdfReader(out / "event-korea-2027.pdf").pages[0].extract_text().split())
    # the dates set in event.yaml, no venue yet: only what is known is printed
    assert "When: May 2027 · For: Korean companies and investors" in brief
    assert "not given" not in brief and "Where:" not in brief
    # the intro's heading, above its text
    assert "Why this week Qingdao's delegation meets companies" in brief
    # an agenda item's date is the programme's: none from the 2019 fact it cites
    assert "• Qingdao: Site visit to the port" in brief and ", Qingdao: Site visit" not in brief
    assert "14 May 2027, Seoul: Investment promotion meeting" in brief
    cover = " ".join(PdfReader(out / "korea-2027-pack.pdf").pages[0].extract_text().split())
    assert "When May 2027" in cover and "Where" not in cover and "not given" not in cover
    # the partner brief of the edition: milestones dropped, sectors replaced, platforms kept
    standard = " ".join(PdfReader(project / "out" / "events" / "korea-2027" / "partner-south-korea.pdf")
                        .pages[0].extract_text().split())
    assert "Sectors for this week Finance and the port." in standard
    assert "Milestones" not in standard and "Sectors of cooperation" not in standard
    assert "Cooperation platforms and agreements" in standard
