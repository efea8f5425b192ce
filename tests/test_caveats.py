"""Caveats reach the reader: every tag has a defined effect, an unknown tag is an error, a
hedged label keeps its hedge, a plan keeps its marker, a figure whose period is unclear says so
and its reason is printed (briefgen/facts/tags.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen import document as d

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def composed():
    from briefgen.build import BriefRequest, compose
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    project = load_project(REPO)
    store = load_store(project)

    def text(kind, slug):
        document, _ = compose(project, store, BriefRequest(kind, slug))
        lines = []
        for block in document.blocks:
            if isinstance(block, (d.Paragraph, d.Heading)):
                lines.append(d.plain_text(block.children))
            elif isinstance(block, (d.BulletList, d.OrderedList)):
                lines.extend(d.plain_text(item) for item in block.items)
            elif isinstance(block, d.KeyFigures):
                lines.extend(f"{k.label}: {k.value} ({k.as_of})" for k in block.items)
        return lines
    return text


def test_a_figure_whose_period_is_unclear_says_so_and_prints_its_reason(composed):
    lines = composed("sector", "marine")
    boats = next(line for line in lines if line.startswith("Ocean-going boats built"))
    assert "as reported for Q1 2018" in boats and "(period unclear)" in boats
    assert "as of March 2018" not in boats
    assert any(line.startswith("Ocean-going boats built, as reported for Q1 2018: \"In Q 1")
               for line in lines)  # the fact's reason, as a note line


def test_a_plan_keeps_its_marker_when_its_label_names_the_year(composed):
    lines = composed("sector", "investment-promotion")
    week = next(line for line in lines if "Qingdao Week\" in 2019" in line)
    assert week.startswith('Countries planned to host a "Qingdao Week" in 2019: 6 (target)')


def test_a_caveated_figure_stays_out_of_headline_panels():
    from briefgen.compose.briefing import headline_ids
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    store = load_store(load_project(REPO))
    assert "mar.ocean-going-boats" not in headline_ids(store, "marine")


def test_every_tag_of_the_shipped_facts_is_known_and_an_unknown_one_is_refused(mini):
    from briefgen.config import load_project
    from briefgen.errors import FactError
    from briefgen.facts.store import load_store
    from briefgen.facts.tags import TAGS
    store = load_store(load_project(REPO))
    assert {t for f in store.facts for t in f.tags} <= TAGS
    path = mini / "facts" / "korea.yaml"
    path.write_text(path.read_text().replace("    unit: USD", "    tags: [check-peroid]\n    unit: USD", 1))
    with pytest.raises(FactError) as caught:
        load_store(load_project(mini))
    assert "unknown tag 'check-peroid' (did you mean 'check-period'?)" in str(caught.value)
