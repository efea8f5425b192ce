"""Links between partners and sectors by evidence (compose/links.py), on synthetic stores: the
rule, symmetric lists, hundreds of partners, sectors with no evidence, lists that say how many
they leave out, and the audit's link and list rules catching lists that disagree."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from stores import fact

from briefgen.audit import lists
from briefgen.audit.reading import Claim
from briefgen.compose.briefing import intro_id, name_list, partners_of, section_ids, sectors_of
from briefgen.compose.links import links
from briefgen.facts.model import Entity
from briefgen.facts.store import FactStore

CITY = Entity("city", "Testcity", "city")


def store_of(facts, partners=(), sectors=()) -> FactStore:
    entities = {CITY.slug: CITY}
    entities.update({slug: Entity(slug, name, "country", aliases=aliases)
                     for slug, name, aliases in partners})
    entities.update({slug: Entity(slug, name, "sector", aliases=aliases)
                     for slug, name, aliases in sectors})
    return FactStore(list(facts), entities, {}, {}, CITY, Path("."))


PARTNERS = [("germany", "Germany", ("German",)), ("japan", "Japan", ("Japanese",))]
SECTORS = [("film", "Film", ("film", "cinema")), ("port", "Port", ("port",))]


def text_fact(id, subject, text, related=(), **kw):
    return fact(id, subject, "platform", text[:30], text, text=text, related=tuple(related), **kw)


def test_a_fact_naming_both_in_a_cooperation_sense_links_them_both_ways():
    store = store_of([text_fact("p1", "port", "Testcity Port signed an MOU with Japan's ports",
                                related=["japan"])], PARTNERS, SECTORS)
    assert sectors_of(store, "japan") == ["Port"] and partners_of(store, "port") == ["Japan"]
    assert sectors_of(store, "germany") == [] and partners_of(store, "film") == []


def test_a_related_tag_alone_is_no_evidence():
    store = store_of([
        # related, but the words name no cooperation: a German-style building is no German film
        text_fact("f1", "film", "The 1907 cinema is a German-style building", related=["germany"]),
        # related, but the words never name the partner
        text_fact("f2", "film", "Studios signed contracts with foreign crews", related=["japan"]),
    ], PARTNERS, SECTORS)
    assert links(store).pairs == {}
    assert partners_of(store, "film") == [] and sectors_of(store, "germany") == []


def test_plans_and_intentions_are_no_evidence():
    store = store_of([
        text_fact("p1", "japan", "Qingdao plans a port cooperation agreement with Japan",
                  related=["port"]),
        text_fact("p2", "germany", "A German port operator signed an agreement with the port",
                  related=["port"], status="plan", period="2030", period_kind="target"),
        text_fact("p3", "germany", "German firms expressed interest in port cooperation",
                  related=["port"]),
    ], PARTNERS, SECTORS)
    assert partners_of(store, "port") == []


def test_hundreds_of_partners_list_symmetrically_and_say_how_many_more():
    partners = [(f"p{i:03}", f"Partner {i:03}", ()) for i in range(300)]
    facts = [text_fact(f"f{i:03}", "port", f"The port signed an agreement with Partner {i:03}",
                       related=[f"p{i:03}"]) for i in range(0, 300, 2)]  # every second one
    facts.append(text_fact("extra", "port", "The port and Partner 000 opened a route",
                           related=["p000"]))
    store = store_of(facts, partners, SECTORS)
    linked = partners_of(store, "port")
    assert len(linked) == 150 and linked[0] == "Partner 000"  # most evidence first
    for i in range(300):
        assert sectors_of(store, f"p{i:03}") == (["Port"] if i % 2 == 0 else [])
    shown = name_list(linked)
    assert shown.endswith(" and 126 more") and shown.count(" · ") == 23
    assert sectors_of(store, "film") == []  # a sector no fact links to anyone


def test_a_related_text_fact_appears_only_in_the_brief_it_names():
    store = store_of([
        text_fact("port-zone", "port", "The aviation zone in the Port district opened", priority=2,
                  related=["film"]),
        text_fact("port-films", "port", "Film crews use the port's old piers", priority=2,
                  related=["film"]),
    ], PARTNERS, SECTORS)
    assert section_ids(store, "film", "platforms") == ["port-films"]
    port = [intro_id(store, "port"), *section_ids(store, "port", "platforms")]
    assert sorted(port) == ["port-films", "port-zone"]  # its own brief holds both


class Context:
    def __init__(self, store):
        self.store = self.view = store
        self.today = dt.date(2026, 1, 1)


def _list(store, brief, subject, text):
    return lists.name_list(Claim(brief, "text", text, ()), subject, store)


def test_the_audit_finds_links_without_evidence_and_lists_that_disagree():
    store = store_of([
        text_fact("p1", "port", "The port signed an agreement with Japan", related=["japan"]),
        text_fact("p2", "port", "The port opened a route to Germany", related=["germany"]),
    ], PARTNERS, SECTORS)
    found = lists.check([
        _list(store, "sector-port", "port", "Japan · Film"),  # Film is no partner: no list
        _list(store, "sector-port", "port", "Japan"),  # Germany left out silently
        _list(store, "partner-germany", "germany", "Port · Film"),  # Film has no evidence
        _list(store, "partner-japan", "japan", "Port"),
    ][1:], Context(store))
    assert sorted((f.brief, f.rule, f.reason) for f in found) == [
        ("partner-germany", "link", "Film: no fact names both Germany and it in a cooperation sense"),
        ("partner-germany", "list", "Port's brief does not list Germany"),
        ("sector-port", "list", "leaves out Germany without saying how many more"),
    ]
    assert _list(store, "sector-port", "port", "Japan · Film") is None


def test_a_list_that_says_how_many_more_is_complete():
    store = store_of([text_fact(f"p{i}", "port", f"The port signed an agreement with P{i}",
                                related=[f"x{i}"]) for i in range(3)],
                     [(f"x{i}", f"P{i}", ()) for i in range(3)], SECTORS)
    shown = name_list(partners_of(store, "port"), most=1)
    assert shown == "P0 and 2 more"
    assert lists.check([_list(store, "sector-port", "port", shown)], Context(store)) == []
    assert [f.reason for f in lists.check([_list(store, "sector-port", "port", "P0 and 1 more")],
                                          Context(store))] \
        == ["leaves out P1, P2 without saying how many more"]



def test_links_are_worked_out_once_per_store_and_production_date(monkeypatch):
    """Each brief sees the store through its own recording view; the links are the store's,
    worked out once per production date (per brief, a pack's time grew with its size squared)."""
    from briefgen.build import RecordingStore
    from briefgen.compose.links import Links
    from briefgen.facts.age import Timeline
    store = store_of([text_fact("de.film", "germany", "German film studios cooperate with Testcity",
                                related=["film"])], PARTNERS, SECTORS)
    made, work_out = [], Links.__init__

    def counted(self, *args):
        made.append(1)
        work_out(self, *args)
    monkeypatch.setattr(Links, "__init__", counted)
    spring, autumn = Timeline(dt.date(2024, 3, 1)), Timeline(dt.date(2024, 9, 1))
    first = links(RecordingStore(store, spring))
    assert links(RecordingStore(store, spring)) is first and len(made) == 1
    assert first.sectors_of("germany") == ["film"]
    assert links(RecordingStore(store, autumn)) is not first and len(made) == 2


class _CountedItems(dict):
    """A dict that counts how often all its items are read."""
    reads = 0

    def items(self):
        type(self).reads += 1
        return super().items()


def test_every_partner_s_sectors_read_the_pairs_once():
    """A pack asks for every partner's sectors and every sector's partners: the pairs are read
    from each side once, not scanned for each brief (which grew with a pack's size squared),
    and the lists keep their order: most evidence first, then the order of the entities."""
    partners = [(f"p{i:03}", f"Partner {i:03}", ()) for i in range(200)]
    facts = [text_fact(f"f{i:03}", "port", f"The port signed an agreement with Partner {i:03}",
                       related=[f"p{i:03}"]) for i in range(200)]
    facts += [text_fact("film-7", "film", "Film crews signed a contract with Partner 007",
                        related=["p007"]),
              text_fact("film-7b", "film", "Partner 007 film studios cooperate", related=["p007"]),
              text_fact("film-9", "film", "Film crews signed a contract with Partner 009",
                        related=["p009"])]
    store = store_of(facts, partners, SECTORS)
    found = links(store)
    found.pairs = _CountedItems(found.pairs)
    assert [sectors_of(store, f"p{i:03}") for i in (7, 9, 8)] == [["Film", "Port"], ["Film", "Port"], ["Port"]]
    assert all(sectors_of(store, f"p{i:03}") for i in range(200))
    assert partners_of(store, "film") == ["Partner 007", "Partner 009"]
    assert len(partners_of(store, "port")) == 200
    assert _CountedItems.reads == 1


def test_a_partner_s_groups_in_the_order_of_the_entities(monkeypatch):
    """group_of: the groups listing a partner among their members, in the order of
    facts/entities.yaml, read from the entities once per store (a pack asks for each partner's)."""
    from briefgen.build import RecordingStore
    from briefgen.compose.briefing import group_of
    store = store_of([], PARTNERS, SECTORS)
    store.entities.update({
        "sco": Entity("sco", "SCO countries", "group", members=("japan", "germany", "japan")),
        "g7": Entity("g7", "G7", "group", members=("germany",)),
    })
    read = []
    values = type(store.entities).values

    class Counted(dict):
        def values(self):
            read.append(1)
            return values(self)
    store.entities = Counted(store.entities)
    assert group_of(RecordingStore(store), "germany") == ["SCO countries", "G7"]
    assert group_of(RecordingStore(store), "japan") == ["SCO countries"]
    assert group_of(RecordingStore(store), "film") == []
    assert len(read) == 1
