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


def buildables(project, store: FactStore) -> list[Buildable]:
    """Everything buildable, in pack order: overview, partners, sectors (as in entities.yaml).

    The overview always; a partner or sector when its brief has something to show on the
    project's production date: facts of its own, of which its brief shows one at least
    (compose/briefing.py `has_brief`, which the lists of briefs in other briefs ask too).
    """
    about: dict[str, int] = {}  # facts per entity, as subject or related: one pass over the store
    for fact in store.facts:
        for slug in {fact.subject, *fact.related}:
            about[slug] = about.get(slug, 0) + 1
    from .compose.briefing import has_brief
    city, seen = store.city, on_date(project, store)
    found = [Buildable("overview", city.slug, f"{city.name} at a glance", about.get(city.slug, 0))]
    for entity in store.entities.values():
        if entity.kind != "city" and has_brief(seen, entity.slug):
            found.append(Buildable(_kind(entity), entity.slug, entity.name, about.get(entity.slug, 0)))
    return found


def find_buildable(project, store: FactStore, kind: str, slug: str) -> Buildable:
    """The buildable for (kind, slug), looked up without listing them all (one per brief); a
    subject whose brief would show nothing is refused with its facts and why none is shown."""
    from .compose.briefing import has_brief
    from .errors import BriefgenError
    city = store.city
    if kind == "overview":
        return Buildable("overview", city.slug, f"{city.name} at a glance", len(store.find(city.slug)))
    entity = store.entities.get(slug)
    about = store.find(subject=slug) if entity is not None else []
    if entity is not None and entity.kind != "city" and kind == _kind(entity):
        seen = on_date(project, store)
        if has_brief(seen, slug):
            return Buildable(kind, slug, entity.name, len(about))
        own = [f for f in about if f.subject == slug]
        if own:
            raise _shows_nothing(seen, kind, entity, own)
    known = ", ".join(b.slug for b in buildables(project, store) if b.kind == kind)
    raise BriefgenError(f"no {kind} brief {slug!r} can be built",
                        hint=f"known {kind}s with facts: {known or 'none'}; see `briefgen list`")


SHOWN_AT_MOST = 3  # facts an error names with the reason each is not shown; then how many more


def _shows_nothing(seen, kind: str, entity, own: list):
    """The error for a brief that would show none of its subject's own facts."""
    from .compose.briefing import why_not_shown
    from .errors import BriefgenError
    reasons = "; ".join(f"{f.id} ({f.metric}{_amount(f)}): {why_not_shown(seen, f)}"
                        for f in own[:SHOWN_AT_MOST])
    more = f"; and {len(own) - SHOWN_AT_MOST} more" if len(own) > SHOWN_AT_MOST else ""
    facts = f"{len(own)} fact{'s' if len(own) != 1 else ''}"
    return BriefgenError(
        f"no {kind} brief {entity.slug!r}: it would be an empty page, showing none of the "
        f"{facts} with {entity.name} as subject: {reasons}{more}", path=own[0].path,
        line=own[0].line,
        hint=f"add a fact with {entity.name} as subject that a brief shows (a dated figure, a "
             "platform, a milestone …) or correct these; `briefgen list` lists the briefs that "
             "can be built")


def _amount(fact) -> str:
    if not fact.is_numeric:
        return ""
    return f", {fact.as_written}" if fact.as_written else f", {fact.value} {fact.unit}"


def on_date(project, store: FactStore):
    """The store as a brief sees it on the project's production date."""
    from .build import production_timeline
    from .compose.store_view import OnDate
    return OnDate(store, production_timeline(project))


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
