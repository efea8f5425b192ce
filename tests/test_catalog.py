"""What is buildable: a partner or sector whose brief shows something of its own (a figure or a
text fact), as compose/briefing.py's `has_brief` decides. The rule is checked against the brief
itself: for one fact at a time on a partner with no facts of its own, the brief is composed
anyway (the catalog's refusal set aside) and cites a fact exactly when the rule says it shows
something."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefgen.config import load_project
from briefgen.errors import BriefgenError
from briefgen.facts.model import FactScope
from briefgen.facts.store import FactStore, load_store
from conftest import REPO
from stores import fact

QUOTE = "a statement the test stands in for"
# (a single fact on India, whether India's brief shows it)
SINGLE_FACTS = {
    "a change in percent with no period": (dict(metric="change", value=322, unit="percent"), False),
    "a dated amount": (dict(metric="fdi_utilized", value=12, unit="USD_mn", period="2019"), True),
    "a lone statement": (dict(metric="statement", text="India and Qingdao trade."), False),
    "a milestone": (dict(metric="milestone", text="A first Indian firm opened in Qingdao."), True),
    "an undated event (listed as a milestone)": (
        dict(metric="event", text="An Indian delegation visited Qingdao."), True),
    "a dated event": (dict(metric="event", text="An Indian delegation visited Qingdao.",
                           period="2019-05-02"), True),
    "a rank in the province": (dict(metric="investor_rank", value=3, unit="rank", period="2019",
                                    scope=FactScope(level="province", place="Shandong")), False),
    "a rank in the city": (dict(metric="investor_rank", value=3, unit="rank", period="2019",
                                priority=1), True),
    "a platform of doubtful date": (dict(metric="platform", text="An Indian park in Qingdao.",
                                         tags=("check-date",)), False),
}


# why each fact a brief does not show is not shown, as the error says it
WHY = {
    "a change in percent with no period": "a change in percent with no figure it is the change of",
    "a lone statement": "a statement, shown only as a brief's lead",
    "a rank in the province": "a rank of another place or group than the city's",
    "a platform of doubtful date": "tagged check-date",
}


@pytest.fixture(scope="module")
def shipped():
    project = load_project(REPO)
    return project, load_store(project)


def with_fact(store: FactStore, **kw) -> FactStore:
    """The shipped store with one more fact, on India (which has none of its own)."""
    seed = next(iter(store.seeds))
    new = fact("in.single", "india", kw.pop("metric"), "A fact on India", QUOTE, seed=seed, **kw)
    return FactStore([*store.facts, new], store.entities, store.metrics, store.seeds, store.city,
                     store.seed_dir, store.files, store.accepted)


def composed_cites(project, store, monkeypatch, kind: str, slug: str) -> tuple[str, ...]:
    """The facts the brief cites, composed even when the catalog would refuse it."""
    from briefgen import catalog
    from briefgen.build import BriefRequest, compose
    monkeypatch.setattr(catalog, "find_buildable", lambda *args: None)
    document, _ = compose(project, store, BriefRequest(kind, slug))
    monkeypatch.undo()
    return document.facts


@pytest.mark.parametrize("case", SINGLE_FACTS)
def test_a_brief_is_buildable_exactly_when_it_shows_a_fact(shipped, monkeypatch, case):
    from briefgen.catalog import buildables
    project, store = shipped
    fields, shown = SINGLE_FACTS[case]
    store = with_fact(store, **fields)
    cited = composed_cites(project, store, monkeypatch, "partner", "india")
    assert bool(cited) == shown, (case, cited)
    listed = {b.slug for b in buildables(project, store) if b.kind == "partner"}
    assert ("india" in listed) == shown, case


@pytest.mark.parametrize("case", [c for c, (_, shown) in SINGLE_FACTS.items() if not shown])
def test_building_a_brief_that_shows_nothing_says_why(shipped, case):
    from briefgen.build import BriefRequest, compose
    project, store = shipped
    store = with_fact(store, **SINGLE_FACTS[case][0])
    with pytest.raises(BriefgenError) as raised:
        compose(project, store, BriefRequest("partner", "india"))
    message = str(raised.value)
    assert "no partner brief 'india': it would be an empty page" in message
    assert f"in.single ({SINGLE_FACTS[case][0]['metric']}" in message
    assert WHY[case] in message and "add a fact with India as subject" in message
    assert "\n" not in message


def test_the_members_with_a_brief_of_their_own_follow_the_rule(shipped):
    from briefgen.build import production_timeline
    from briefgen.compose.briefing import members_in_pack
    from briefgen.compose.store_view import OnDate
    project, store = shipped
    timeline = production_timeline(project)
    for fields, shown in SINGLE_FACTS.values():
        seen = OnDate(with_fact(store, **fields), timeline)
        assert ("India" in members_in_pack(seen, "sco")) == shown, fields


def test_a_sector_shows_a_percentage_of_priority_2_and_not_one_of_priority_3(shipped, monkeypatch):
    """A sector brief lists figures a panel leaves out (percentages) under "More figures",
    priority 1 and 2 only: a sector with only a detail in percent is an empty page."""
    from briefgen.catalog import buildables, find_buildable
    project, store = shipped
    marine = [f for f in store.facts if f.subject == "marine"]
    assert marine
    for priority, shown in ((2, True), (3, False)):
        share = replace(marine[0], id="mar.single", metric="share", value=marine[0].value or 5,
                        unit="percent", text=None, period=None, priority=priority, tags=())
        others = [f for f in store.facts if f.subject != "marine"]
        thin = FactStore([*others, share], store.entities, store.metrics, store.seeds, store.city,
                         store.seed_dir, store.files, store.accepted)
        cited = composed_cites(project, thin, monkeypatch, "sector", "marine")
        assert bool(cited) == shown, priority
        assert ("marine" in {b.slug for b in buildables(project, thin)}) == shown
        if not shown:
            with pytest.raises(BriefgenError, match="priority 3"):
                find_buildable(project, thin, "sector", "marine")
