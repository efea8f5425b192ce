"""What can be built from a store: the city overview, partner briefs and sector briefs."""

from __future__ import annotations

from dataclasses import dataclass

from .facts.store import FactStore

KINDS = ("overview", "partner", "sector")


@dataclass(frozen=True)
class Buildable:
    """One brief that `briefgen build` can make."""

    kind: str  # overview | partner | sector
    slug: str
    name: str
    facts: int  # facts about the subject (as subject or related): what the brief can draw on

    def to_json(self) -> dict:
        return {"kind": self.kind, "slug": self.slug, "name": self.name, "facts": self.facts}


def buildables(store: FactStore) -> list[Buildable]:
    """Everything buildable, in pack order: overview, partners, sectors (as in entities.yaml).

    A subject is buildable when at least one fact has it as its subject.
    """
    own = {f.subject for f in store.facts}
    about: dict[str, int] = {}  # facts per entity, as subject or related: one pass over the store
    for fact in store.facts:
        for slug in {fact.subject, *fact.related}:
            about[slug] = about.get(slug, 0) + 1
    city = store.city
    found = [Buildable("overview", city.slug, f"{city.name} at a glance", about.get(city.slug, 0))]
    for entity in store.entities.values():
        if entity.slug in own and entity.kind != "city":
            found.append(Buildable(_kind(entity), entity.slug, entity.name, about.get(entity.slug, 0)))
    return found


def find_buildable(store: FactStore, kind: str, slug: str) -> Buildable:
    """The buildable for (kind, slug), looked up without listing them all (one per brief)."""
    from .errors import BriefgenError
    city = store.city
    if kind == "overview":
        return Buildable("overview", city.slug, f"{city.name} at a glance", len(store.find(city.slug)))
    entity = store.entities.get(slug)
    about = store.find(subject=slug) if entity is not None else []
    if (entity is not None and entity.kind != "city" and kind == _kind(entity)
            and any(f.subject == slug for f in about)):
        return Buildable(kind, slug, entity.name, len(about))
    known = ", ".join(b.slug for b in buildables(store) if b.kind == kind)
    raise BriefgenError(f"no {kind} brief {slug!r} can be built",
                        hint=f"known {kind}s with facts: {known or 'none'}; see `briefgen list`")


def _kind(entity) -> str:
    return "partner" if entity.is_partner else "sector"


def facts_drawn_on(project, store: FactStore, item: Buildable) -> int | None:
    """How many facts the brief draws on: those its template consulted while composing it (a
    change to any of them rebuilds it), as the pack's summary counts them; None when it cannot
    be composed (`briefgen build` says why)."""
    from .build import BriefRequest, compose
    from .errors import BriefgenError
    slug = "overview" if item.kind == "overview" else item.slug
    try:
        return len(compose(project, store, BriefRequest(item.kind, slug))[1])
    except BriefgenError:
        return None
