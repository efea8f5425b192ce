"""Journey: an article from an undated page brings two facts on partners the project has no
brief of: India's "increasing domestic production by 322%" (a change with no figure it is the
change of, no period) and an agreement of Qingdao with Dushanbe, in Tajikistan. Both are
accepted unedited.

India's brief would show nothing (a partner brief prints a percentage only as the growth of a
figure it charts): `briefgen list` does not list it, the pack leaves it out (no page, no
contents entry, not among the SCO members "with a brief of their own") and `briefgen build
partner india` says why, writing nothing. Tajikistan's brief shows its one agreement: it is
listed, built and in the pack.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers import REPO, briefgen, files_under

ARTICLE = """Haier Inaugurates Industrial Park in Pune

Haier India inaugurated its industrial park in Pune. The industrial park will enable the brand \
to manufacture 3.8 million units of these products in all, increasing domestic production by 322%.

Qingdao and Dushanbe signed an agreement on friendly cooperation between the two cities.
"""
FACTS = """# Facts accepted from the review inbox (`briefgen facts accept`), extracted from haier-india-pune.txt.
facts:
  - id: in.change
    subject: india
    metric: change
    label: "Haier India Inaugurates Industrial Park: Change in increasing domestic production (increase)"
    value: 322
    unit: percent
    as_written: "322%"
    tags: [increase]
    sources:
      - seed: "haier-india-pune.txt"
        quote: "The industrial park will enable the brand to manufacture 3.8 million units of these products in all, increasing domestic production by 322%."

  - id: tj.dushanbe-agreement
    subject: tajikistan
    metric: agreement
    label: Agreement on friendly cooperation between Qingdao and Dushanbe
    text: Qingdao and Dushanbe signed an agreement on friendly cooperation between the two cities.
    sources:
      - seed: "haier-india-pune.txt"
        quote: "Qingdao and Dushanbe signed an agreement on friendly cooperation between the two cities."
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A copy of the shipped project with the article added and its two facts accepted."""
    root = tmp_path_factory.mktemp("thin")
    project = root / "project"
    project.mkdir()
    shutil.copy(REPO / "briefgen.yaml", project)
    for folder in ("facts", "seeds", "templates", "packs", "events", "translations"):
        shutil.copytree(REPO / folder, project / folder,
                        ignore=shutil.ignore_patterns("_inbox", "accepted"))
    (root / "haier-india-pune.txt").write_text(ARTICLE, encoding="utf-8")
    added = briefgen("seeds", "add", root / "haier-india-pune.txt", cwd=project)
    assert added.returncode == 0, added.stderr
    (project / "facts" / "accepted").mkdir()
    (project / "facts" / "accepted" / "haier-india-pune.yaml").write_text(FACTS, encoding="utf-8")
    checked = briefgen("facts", "check", cwd=project)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    return project


def test_a_partner_whose_brief_shows_nothing_is_not_listed(project):
    listed = briefgen("list", "--json", cwd=project)
    assert listed.returncode == 0, listed.stderr
    partners = {item["slug"] for item in json.loads(listed.stdout) if item["kind"] == "partner"}
    assert "tajikistan" in partners and "sco" in partners
    assert "india" not in partners
    text = briefgen("list", cwd=project).stdout
    assert "Tajikistan" in text and "India" not in text


def test_building_it_says_which_facts_show_nothing_and_why_and_writes_nothing(project):
    before = files_under(project)
    done = briefgen("build", "partner", "india", cwd=project)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    message = lines[0]
    assert message.startswith("error: facts/accepted/haier-india-pune.yaml:3: no partner brief 'india'")
    assert "would be an empty page" in message
    assert "in.change (change, 322%)" in message
    assert "with no figure it is the change of" in message
    assert "undated" in message
    assert "add a fact with India as subject that a brief shows" in message
    assert files_under(project) == before


def test_the_pack_leaves_it_out_and_keeps_the_brief_with_one_fact(project):
    done = briefgen("pack", "--format", "pdf", "-j", "1", cwd=project)
    assert done.returncode == 0, done.stdout + done.stderr
    out = project / "out" / "pack"
    assert (out / "partner-tajikistan.pdf").is_file()
    assert not (out / "partner-india.pdf").exists()
    pages = [" ".join(page.extract_text().split())
             for page in PdfReader(out / "investor-pack.pdf").pages]
    assert not any("India" in page for page in pages)
    contents = next(page for page in pages if "Contents" in page)
    assert "Tajikistan" in contents and "SCO countries" in contents
    members = next(page for page in pages if "Members with a brief of their own" in page)
    assert "Kyrgyzstan · Tajikistan · Belarus" in members
    tajikistan = next(page for page in pages if "Tajikistan Partner brief" in page)
    assert "Qingdao and Dushanbe signed an agreement on friendly cooperation" in tajikistan
    # the review's list of briefs and the audit read the same rule
    audit = briefgen("audit", cwd=project)
    assert "india" not in audit.stdout.lower()


def test_a_brief_with_one_shown_fact_builds(project):
    done = briefgen("build", "partner", "tajikistan", "--format", "pdf", cwd=project)
    assert done.returncode == 0, done.stderr
    text = " ".join(" ".join(page.extract_text() for page in
                             PdfReader(project / "out" / "partner-tajikistan.pdf").pages).split())
    assert "Qingdao and Dushanbe signed an agreement on friendly cooperation" in text


def test_an_event_listing_it_is_refused_at_its_line(project):
    path = project / "events" / "sco-trade-fair" / "event.yaml"
    text = path.read_text(encoding="utf-8")
    assert "partners: [sco, russia, pakistan, kazakhstan]" in text
    path.write_text(text.replace("partners: [sco, russia, pakistan, kazakhstan]",
                                 "partners: [sco, russia, tajikistan, india]"), encoding="utf-8")
    try:
        done = briefgen("build", "event", "sco-trade-fair", cwd=project)
    finally:
        path.write_text(text, encoding="utf-8")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("error: events/sco-trade-fair/event.yaml:")
    assert "partner 'india' has no brief: it would show none of its facts" in done.stderr
    assert "tajikistan" not in done.stderr
