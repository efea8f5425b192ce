"""What a language edition prints today: the texts with no translation that the project's
briefs in that language would print. `translations check` fails on these (a build of those
briefs would) and only counts the others, which no brief prints yet.

The briefs are those a build in the language makes: every brief of the pack (everything
`briefgen list` shows) and the brief of every event written in the language. Each is composed
(not rendered) with untranslated text marked, as `--untranslated mark` builds it, and the
marked texts it prints are collected.
"""

from __future__ import annotations

import dataclasses
import warnings


def printed_untranslated(project, store, code: str) -> tuple[set[tuple[str, str]], list[str]]:
    """(context, English) of each text with no translation into `code` that a brief prints,
    and why a brief could not be composed ('partner-korea: message'), if one could not: what
    it would print is then unknown."""
    from briefgen.build import compose, output_name
    from briefgen.errors import BriefgenError
    from briefgen.language.editions import project_edition, shown_untranslated
    project = dataclasses.replace(project, language=code, untranslated="mark")
    edition = project_edition(project)
    found: set[tuple[str, str]] = set()
    failed: list[str] = []
    for brief_project, brief_store, request in _briefs(project, store):
        try:
            document, _ = compose(brief_project, brief_store, request)
        except BriefgenError as exc:
            failed.append(f"{output_name(request, code)}: {exc.problems[0]}")
            continue
        found.update((m.context, m.english) for m in shown_untranslated(document, edition))
    return found, failed


def _briefs(project, store):
    """(project, store, request) of every brief of the pack, then of every event written in
    the project's language."""
    from briefgen.events import brief_request, event_names, load_event, themed, with_event
    from briefgen.pack import load_pack_config, plan
    for request in plan(project, store, load_pack_config(None, project)):
        yield project, store, request
    for name in event_names(project):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # an event with little to show yet: build's warning
            event = load_event(project, store, name)
        if event.language == project.language:
            yield themed(project, event), with_event(store, event), brief_request(event)
