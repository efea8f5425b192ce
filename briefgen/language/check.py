"""What a project lacks to be built in a language: `briefgen translations check`.

Listed, in the order a translator works through them: briefgen's own words (messages/CODE.po),
templates with no version in templates/CODE/, then the project's entities, measures, the words
counts are counted in, and every fact's label and text (translations/CODE.po). A translation
counts only when written for the English text as it is now, so an edited English label shows up
here again.
"""

from __future__ import annotations

from pathlib import Path

from briefgen.language.edition import Edition, Missing
from briefgen.language.words import WORDS, fields

FACT_FIELDS = ("label", "text", "label_past", "text_past")


def untranslated(edition: Edition, store, project) -> list[Missing]:
    """Everything of the project and briefgen with no translation in `edition`."""
    return [*_words(edition), *_templates(edition, project.path("templates"), project.root),
            *(m for m in needed_texts(store, project)
              if edition.translations.get(m.context, m.english) is None)]


def needed_texts(store, project=None) -> list[Missing]:
    """Every text of the project and its store a brief may print, as the entry its translation
    goes under: the project's name and organisation (headers and footers), entities, measures,
    facts, counted words and the notes briefs print where facts disagree."""
    needed: list[Missing] = []
    if project is not None:
        needed += [Missing("project", f"project {key}", getattr(project, key), "briefgen.yaml")
                   for key in ("name", "organisation") if getattr(project, key)]
    entities_file = "facts/entities.yaml"
    for entity in store.entities.values():
        needed.append(Missing("entity", f"entity {entity.slug} name", entity.name, entities_file,
                              entity.line))
        if entity.short:
            needed.append(Missing("entity", f"entity {entity.slug} short", entity.short,
                                  entities_file, entity.line))
    for metric in store.metrics.values():
        needed.append(Missing("metric", f"metric {metric.name}", metric.label, "facts/metrics.yaml",
                              metric.line))
    counted: dict[str, Missing] = {}
    for fact in store.facts:
        for name in FACT_FIELDS:
            english = getattr(fact, name)
            if english:
                needed.append(Missing("fact", f"fact {fact.id} {name}", english, fact.path, fact.line))
        if fact.counted and fact.counted not in counted:
            counted[fact.counted] = Missing("counted", "counted", fact.counted, fact.path, fact.line)
    notes = {finding.note: Missing("note", "note", finding.note, finding.fact.path, finding.fact.line)
             for findings in store.notes.values() for finding in findings if finding.note}
    return [*needed, *counted.values(), *notes.values()]


def _words(edition: Edition) -> list[Missing]:
    missing = []
    for key, english in WORDS.items():
        text = edition.words.get(key, english)
        if text is None or fields(text) != fields(english):
            missing.append(Missing("word", key, english,
                                   f"briefgen/language/messages/{edition.language.code}.po"))
    return missing


def _templates(edition: Edition, templates: Path, root: Path) -> list[Missing]:
    """Templates of the source language with no version of their own in templates/CODE/."""
    own = templates / edition.language.code
    found = []
    for path in sorted(templates.rglob("*.md.j2")):
        relative = path.relative_to(templates)
        if relative.parts[0] in _language_folders() or (own / relative).is_file():
            continue
        found.append(Missing("template", _shown(own / relative, root), str(relative),
                             _shown(path, root)))
    return found


def _language_folders() -> set[str]:
    from briefgen.language import languages
    return set(languages())


def _shown(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)
