"""A small in-memory store with the FactStore interface, for compose and render tests."""

from __future__ import annotations

from decimal import Decimal

from briefgen.errors import FactError
from briefgen.facts.model import Entity, Fact, SeedInfo, Source, parse_period

MAGAZINE = "003_4c29bc11d0cc8af9.txt"
NEWS = "000_79af381633f60f74.txt"


class FakeStore:
    def __init__(self, facts: list[Fact], entities: list[Entity], seeds: list[SeedInfo]):
        self.facts = facts
        self.entities = {e.slug: e for e in entities}
        self.seeds = {s.file: s for s in seeds}
        self.subjects = frozenset(f.subject for f in facts)
        self.preferred = frozenset(f.id for f in facts if f.preferred)
        self.overruled = frozenset(i for f in facts if f.preferred for i in f.conflicts_with)

    def get(self, fact_id: str) -> Fact:
        for fact in self.facts:
            if fact.id == fact_id:
                return fact
        raise FactError(f"no fact with id {fact_id!r}")

    def equivalents(self, fact_id: str) -> list[Fact]:
        return [f for f in self.facts if f.equivalent_of == fact_id]

    def find(self, subject=None, metric=None, tag=None) -> list[Fact]:
        return [f for f in self.facts
                if (subject is None or f.about(subject)) and (metric is None or f.metric == metric)
                and (tag is None or tag in f.tags)]


def fact(id, subject, metric, label, quote, seed=MAGAZINE, **kw) -> Fact:
    if "value" in kw and kw["value"] is not None:
        kw["value"] = Decimal(str(kw["value"]))
    if isinstance(kw.get("period"), str):
        kw["period"] = parse_period(kw["period"], kw.pop("period_kind", None))
    return Fact(id=id, subject=subject, metric=metric, label=label,
                sources=(Source(seed, quote),), **kw)


KOREA_QUOTE = ("By the end of March 2019, South Korea invested 12,930 projects in Qingdao, "
               "with signed foreign investment of $30.462 billion")


def korea_store() -> FakeStore:
    facts = [
        fact("kr.fdi-signed", "south-korea", "fdi_signed_cumulative", "Signed investment from South Korea",
             KOREA_QUOTE, value="30462000000", unit="USD", as_written="$30.462 billion",
             period="../2019-03", priority=1),
        fact("kr.projects", "south-korea", "projects_cumulative", "Korean-invested projects",
             KOREA_QUOTE, value=12930, unit="count", counted="projects", as_written="12,930",
             period="../2019-03", priority=1),
        fact("kr.banks", "south-korea", "count", "Korean banks with branches in Qingdao",
             "more than 60 Korean financial institutions", value=60, unit="count", counted="banks",
             qualifier="more_than", period="2019-06", period_kind="point", priority=2,
             related=("finance",)),
        fact("kr.growth", "south-korea", "growth_yoy", "Growth of trade with South Korea",
             "trade grew 7.1 percent year on year", value="7.1", unit="percent",
             period="2019-01/2019-03", priority=2),
        fact("kr.rank", "south-korea", "investor_rank", "Source of foreign investment",
             "South Korea is the second largest source of foreign investment", value=2, unit="rank",
             priority=1),
        fact("kr.club", "south-korea", "platform", "Korean business club",
             "The club has <members> from R&D firms & \u201cbig\u201d groups", seed=NEWS,
             text="The Korea business club links R&D firms & <members> from \u201cbig\u201d groups",
             priority=3, tags=("platform",)),
        fact("kr.busan", "south-korea", "sister_city", "Sister port",
             "Qingdao Port and Busan Port are sister ports", seed=NEWS,
             text="Qingdao Port and 부산 (Busan) Port are sister ports; 青岛 links to Haifa (חיפה) and Düsseldorf's Straße",
             priority=2, tags=("sister-city",)),
    ]
    entities = [Entity("south-korea", "South Korea", "country", iso="KR"),
                Entity("finance", "Finance and venture capital", "sector"),
                Entity("qingdao", "Qingdao", "city")]
    seeds = [SeedInfo(MAGAZINE, "A City of Dreams: Qingdao \u2014 An International Metropolis",
                      "A City of Dreams Qingdao (investment magazine)", None, "magazine",
                      reference_year=2019),
             SeedInfo(NEWS, "Qingdao business clubs boost intl cooperation", None, "2021-03-12", "news")]
    return FakeStore(facts, entities, seeds)
