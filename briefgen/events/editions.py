"""What the builds take from an event: its brief request, its pack, the themed project and
the store with the event as a subject."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ..build import BriefRequest
from ..config import Project
from ..errors import ConfigError
from ..facts.model import Entity
from ..facts.store import FactStore
from .model import Event


def themed(project: Project, event: Event) -> Project:
    """The project with the event's colours, font and logo, in the event's language."""
    values = dict(event.theme)
    if event.logo:
        values["logo"] = event.logo
    if event.language != project.language:
        project = dataclasses.replace(project, language=event.language)
    return dataclasses.replace(project, theme=project.theme.with_overrides(**values)) if values else project


def with_event(store: FactStore, event: Event) -> FactStore:
    """The store with the event as a subject (kind `event`), so its brief has an entity."""
    entity = Entity(event.slug, event.name, "event")
    return dataclasses.replace(store, entities={**store.entities, event.slug: entity})


def brief_request(event: Event) -> BriefRequest:
    """The one-page event brief: templates/event.md.j2 (or the event's own event.md.j2)."""
    return BriefRequest("event", event.slug, template="event.md.j2",
                        variables=(("event", event),), template_dirs=_template_dirs(event))


def pack_config(project: Project, event: Event):
    """The event pack: event cover, the event brief, then the event's partners and sectors."""
    from ..pack import PackConfig
    subjects = ((("overview", "overview"),) if event.pack_overview else ()) + tuple(
        ("partner", p) for p in event.partners) + tuple(("sector", s) for s in event.sectors)
    if not subjects:  # an empty list would mean "everything" to the pack
        raise ConfigError(f"the pack of event {event.slug!r} would hold no partner or sector brief",
                          path=event.path, line=dict(event.key_lines).get("partners"),
                          hint="list partners or sectors in event.yaml, or set pack.overview: "
                               "true; `briefgen build event` builds the event brief alone")
    return PackConfig(
        title=event.pack_title or event.title,
        subtitle=event.pack_subtitle or " · ".join(x for x in (event.when, event.where) if x) or None,
        audience=event.audience, subjects=subjects,
        file_name=event.pack_file_name or f"{event.slug}-pack",
        template_dirs=_template_dirs(event), variables=(("event", event),),
        lead=(brief_request(event),), cover="event-cover", language=event.language)


def _template_dirs(event: Event) -> tuple[Path, ...]:
    folder = event.template_dir
    return (folder,) if folder and folder.is_dir() else ()
