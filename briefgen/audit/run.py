"""What `briefgen audit` reads and how: compose every brief of the pack and every event brief
(as `briefgen pack` and `briefgen build event` would), read their claims, run each rule."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from . import dates, events, lists, measure, numbers, scope, speaker, tense
from .finding import Finding
from .reading import claims

CLAIM_RULES = (numbers.check, dates.check, scope.check, measure.check, tense.check, speaker.check,
               events.check)


@dataclass
class Context:
    """What the rules may look at besides a claim: the store (and as briefs see it on the
    production date), the production date and the seeds' texts."""

    store: object
    view: object  # the store through the production date's timeline (build.RecordingStore)
    today: dt.date
    _seeds: dict = field(default_factory=dict)

    def seed_text(self, seed: str) -> str | None:
        return speaker.seed_text(self.store, seed, self._seeds)


def audit_project(project, store, briefs: tuple[str, ...] = ()) -> list[Finding]:
    """Findings over every brief (or those named in `briefs`), in reading order: each brief's
    English edition, whatever language the project builds in (the rules read English)."""
    from dataclasses import replace

    from ..build import RecordingStore
    from ..facts.age import Timeline
    from ..language import SOURCE
    project = replace(project, language=SOURCE)
    today = project.built_on()
    context = Context(store, RecordingStore(store, Timeline(today, project.freshness)), today)
    findings: list[Finding] = []
    name_lists = []
    for name, subject, document, doc_store, event in _documents(project, store):
        for claim in claims(document, doc_store, name):
            for rule in CLAIM_RULES:
                findings.extend(rule(claim, context))
            found = lists.name_list(claim, subject, store)
            if found is not None:
                name_lists.append(found)
        if event is not None:
            findings.extend(events.contacts(event, name))
    findings.extend(lists.check(name_lists, context))
    return [f for f in findings if not briefs or f.brief in briefs]


def _requests(project, store):
    """(brief request, subject, event or None) of every brief of the pack, then of every event
    brief (each event checked as `briefgen build event` checks it) written in English: the
    rules read English words (an event in another language is left out: docs/audit.md)."""
    from ..build import BriefRequest
    from ..catalog import buildables
    from ..events import brief_request, load_event
    from ..events.load import event_names
    from ..language import SOURCE
    for item in buildables(project, store):
        yield BriefRequest(item.kind, "overview" if item.kind == "overview" else item.slug), \
            item.slug, None
    for name in event_names(project):
        event = load_event(project, store, name)
        if event.language == SOURCE:
            yield brief_request(event), event.slug, event


def _documents(project, store):
    """(name, subject, composed document, the store it cites, its event or None)."""
    from ..build import compose, output_name
    from ..events import themed, with_event
    for request, subject, event in _requests(project, store):
        brief_store = store if event is None else with_event(store, event)
        document, _ = compose(project if event is None else themed(project, event), brief_store,
                              request)
        yield output_name(request), subject, document, brief_store, event


def unaudited(project, store) -> dict[str, str]:
    """{event brief name: its language's name} of the events the rules cannot read (not in
    English), as `briefgen build event` names them."""
    from ..build import output_name
    from ..events import brief_request, load_event
    from ..events.load import event_names
    from ..language import SOURCE, language
    events = (load_event(project, store, name) for name in event_names(project))
    return {output_name(brief_request(e), e.language): f"{language(e.language).name} "
            f"(language: {e.language})" for e in events if e.language != SOURCE}


def brief_names(project, store) -> list[str]:
    """The names `briefgen audit BRIEF...` accepts."""
    from ..build import output_name
    return [output_name(request) for request, _, _ in _requests(project, store)]
