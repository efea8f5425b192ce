"""Which partners and sectors cooperate, by evidence: the one rule both sides' lists use.

A fact is evidence that a partner and a sector cooperate when
1. it is about both: one is its subject and the other its subject or among its `related`
   (a `related:` entry alone is not enough: it says what a curator filed it under);
2. its reader's words (a text fact's `text`, a figure's `label`) name the side that is not its
   subject, by name or by one of its aliases in facts/entities.yaml (a group is named by its
   own names, not its members'), as a whole word;
3. those words speak of cooperation: a cooperation word (`COOPERATION`: agreements, investment,
   trade, joint ventures, offices and centres abroad, visits, routes …) is among them;
4. it is cooperation that happened or holds, not one hoped for: a plan, an expectation or a
   target (`status`, a target period) or words of intent (`INTENT`: "intends", "expressed
   interest", "plans", "will") are no evidence.
So "the 1907 Film Club, a century-old German-style building" makes Germany no film partner (no
cooperation word), and a passenger count between Qingdao and Japan names no fashion or tourism.

`links(store)` computes every pair once; a partner's sectors and a sector's partners are read
from the same pairs, so the two lists agree by construction. Facts a brief may not use (kept out,
superseded, plans with nothing to say) are no evidence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple

from ..facts.tags import PLANS

COOPERATION = re.compile(
    r"\b(?:cooperat\w*|co-operat\w*|partner\w*|agreements?|mou|memorand\w*|signed|sign\w*|"
    r"joint\w*|invest\w*|trade\w*|trading|export\w*|import\w*|exchange\w*|delegations?|"
    r"business (?:cent(?:er|re)s?|clubs?|weeks?)|industrial and business cent(?:er|re)|"
    r"trade offices?|offices?|branch\w*|banks?|sister\w*|qingdao week|seminars?|forums?|"
    r"fairs?|visit\w*|routes?|flights?|subsidiar\w*|headquarters|set up|established|"
    r"introduc\w*|projects?|contracts?|loans?|borrow\w*|financing|acquisitions?|ipos?|"
    r"train\w*|express|parks?|zones?|festival|shot|film festival)\b", re.I)
INTENT = re.compile(r"\b(?:intend\w*|intention\w*|interest(?:ed)?|plans?|planned|will|is to|"
                    r"are to|propos\w*|expected|aims?|hopes?)\b", re.I)


def names_of(entity) -> tuple[str, ...]:
    return (entity.name, *entity.aliases, *((entity.short,) if entity.short else ()))


def _named(words: str, entity) -> bool:
    return any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w])", words, re.I)
               for name in names_of(entity) if name)


def names_subject(store, fact, subject: str) -> bool:
    """The fact's reader's words name `subject` (its own facts always do): a text fact of
    another subject belongs in this subject's brief only then."""
    if fact.subject == subject:
        return True
    entity = store.entities.get(subject)
    words = (fact.text if not fact.is_numeric else fact.label) or fact.label
    return entity is not None and _named(words, entity)


def evidence(store, fact) -> list[tuple[str, str]]:
    """The (partner, sector) pairs a fact is evidence of."""
    words = (fact.text if not fact.is_numeric else fact.label) or fact.label
    hoped = fact.status in ("plan", "expected") or any(t in PLANS for t in fact.tags) or (
        fact.period is not None and fact.period.kind == "target")
    if hoped or INTENT.search(words) or not COOPERATION.search(words):
        return []
    entities = store.entities
    about = [s for s in (fact.subject, *fact.related) if s in entities]
    pairs = []
    for partner in (s for s in about if entities[s].is_partner):
        for sector in (s for s in about if entities[s].kind == "sector"):
            other = sector if fact.subject == partner else partner
            if fact.subject in (partner, sector) and _named(words, entities[other]):
                pairs.append((partner, sector))
    return pairs


class Links:
    """Every evidenced (partner, sector) pair of a store, with the facts that evidence it."""

    def __init__(self, store, facts):
        self.pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
        for fact in facts:
            for pair in evidence(store, fact):
                self.pairs[pair].append(fact.id)
        self._store = store
        self._sides: _Sides | None = None  # made on first asking

    def sectors_of(self, partner: str) -> list[str]:
        return self._ranked(self._by_side().sectors.get(partner, {}))

    def partners_of(self, sector: str) -> list[str]:
        return self._ranked(self._by_side().partners.get(sector, {}))

    def _by_side(self) -> _Sides:
        """The pairs read from each side once, not once per brief: a pack asks for every
        partner's sectors, and scanning every pair for each grew with its size squared."""
        if self._sides is None:
            sectors: dict[str, dict[str, list[str]]] = defaultdict(dict)
            partners: dict[str, dict[str, list[str]]] = defaultdict(dict)
            for (partner, sector), ids in self.pairs.items():
                sectors[partner][sector] = ids
                partners[sector][partner] = ids
            order = {slug: place for place, slug in enumerate(self._store.entities)}
            self._sides = _Sides(dict(sectors), dict(partners), order)
        return self._sides

    def _ranked(self, found: dict[str, list[str]]) -> list[str]:
        """Slugs, most evidence first, then in the order of facts/entities.yaml."""
        order = self._by_side().order
        return sorted(found, key=lambda slug: (-len(found[slug]), order[slug]))


class _Sides(NamedTuple):
    sectors: dict[str, dict[str, list[str]]]  # partner -> {sector: the fact ids evidencing them}
    partners: dict[str, dict[str, list[str]]]  # sector -> {partner: the same}
    order: dict[str, int]  # slug -> its place in facts/entities.yaml


def links(store) -> Links:
    """The links of the facts a brief may use, computed once per store and production date:
    kept on the fact store under a brief's recording view (`_store`), which is made anew for
    every brief (computed per brief, they cost a pack time in the square of its size)."""
    from .store_view import kept_out, live, timeline_of
    base = getattr(store, "_store", store)
    timeline = timeline_of(store)
    cached = getattr(base, "_links", None)
    if cached is not None and cached[0] == timeline:
        return cached[1]
    found = Links(base, [f for f in live(store, store.facts) if not kept_out(f)])
    try:
        base._links = (timeline, found)
    except AttributeError:  # a frozen store: computed again next time
        pass
    return found
