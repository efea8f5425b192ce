"""The annotated news of benchmarks/news/: every annotation locates its figure in its text and
names a known subject and a valid scope, and the benchmark scores subject and scope."""

from __future__ import annotations

import importlib.util
import sys
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from briefgen.facts.extract.scope import LEVELS, Scope

REPO = Path(__file__).resolve().parents[1]
NEWS = sorted((REPO / "benchmarks" / "news").glob("*/*.yaml"))


def _quality():
    spec = importlib.util.spec_from_file_location("extract_quality",
                                                  REPO / "benchmarks" / "extract_quality.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _slugs() -> set[str]:
    entities = yaml.safe_load((REPO / "facts" / "entities.yaml").read_text(encoding="utf-8"))
    return ({entities["city"]["slug"]} | {p["slug"] for p in entities["partners"]}
            | {s["slug"] for s in entities["sectors"]})


def test_both_halves_hold_several_real_articles():
    halves = {path.parent.name for path in NEWS}
    assert halves == {"dev", "heldout"}
    for half in halves:
        assert sum(path.parent.name == half for path in NEWS) >= 5


@pytest.mark.parametrize("path", NEWS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_an_annotation_locates_every_figure_and_says_where_it_came_from(path):
    header = path.read_text(encoding="utf-8")
    assert "# address: http" in header and "# retrieved: 20" in header
    gold = yaml.safe_load(header)
    text = (path.parent / gold["text"]).read_text(encoding="utf-8")
    _, figures = _quality().load_gold(path, text)  # raises when a figure is not in the text
    assert len(figures) == len(gold["figures"]) >= 2  # (a short report may state only two)
    slugs = _slugs()
    for item in gold["figures"]:
        assert "subject" in item and (item["subject"] is None or item["subject"] in slugs)
        scope = item.get("scope") or {}
        assert set(scope) <= {"level", "place", "among"}
        assert scope.get("level", "city") in LEVELS


def test_scope_matches_on_level_place_and_the_group_s_noun():
    same = _quality().same_scope
    assert same(("province", "Shandong", None), Scope("province", "shandong"))
    assert not same(("province", "Shandong", None), Scope("province", None))
    assert not same(("city", None, None), Scope("country", "China"))
    assert same(("city", None, "global container ports"), Scope("city", None, "global ports"))
    assert not same(("city", None, "global ports"), Scope("city", None, None))
    assert not same(("city", None, None), Scope("city", None, "European investors"))


def test_a_length_or_weight_matches_in_either_of_its_units():
    same = _quality().same_quantity
    assert same(Decimal("15"), "m", Decimal("0.015"), "km")
    assert same(Decimal("4187"), "kg", Decimal("4.187"), "t")
    assert same(Decimal("30"), "km", Decimal("30"), "km")
    assert not same(Decimal("15"), "m", Decimal("15"), "km")
    assert not same(Decimal("15"), "m", Decimal("15"), "count")


def test_subject_and_scope_are_scored_over_matched_figures():
    quality = _quality()
    overall = quality.total(quality.evaluate(quality.SETS["dev"]))
    assert overall.annotated == overall.matched > 0
    assert 0 <= overall.with_both <= min(overall.with_subject, overall.with_scope)
    assert "subject right" in quality.report(quality.evaluate(quality.SETS["dev"]))
