"""What a project lacks to be built in a language: `briefgen translations check`.

Listed, in the order a translator works through them: briefgen's own words (messages/CODE.po),
templates with no version in templates/CODE/, then the project's entities, measures, the words
counts are counted in, and every fact's label and text (translations/CODE.po). A translation
counts only when written for the English text as it is now, so an edited English label shows up
here again.
"""

from __future__ import annotations

from pathlib import Path

from briefgen.facts.tags import NOTED
from briefgen.language.catalog import previous_english
from briefgen.language.edition import Edition, Missing
from briefgen.language.words import WORDS, fields

FACT_FIELDS = ("label", "text", "label_past", "text_past")


def untranslated(edition: Edition, store, project) -> list[Missing]:
    """Everything of the project and briefgen with no translation in `edition`."""
    return [*_words(edition), *_templates(edition, project.path("templates"), project.root),
            *(edition.explained(m) for m in needed_texts(store, project)
              if edition.translations.get(m.context, m.english) is None)]


def needed_texts(store, project=None) -> list[Missing]:
    """Every text of the project and its store a brief may print, as the entry its translation
    goes under: the project's name and organisation (headers and footers) and the cover's contact
    office and address, entities, measures,
    facts, counted words and the notes briefs print where facts disagree."""
    needed: list[Missing] = []
    if project is not None:
        needed += [Missing("project", f"project {key}", getattr(project, key), "briefgen.yaml")
                   for key in ("name", "organisation") if getattr(project, key)]
        needed += [Missing("project", f"contact {key}", getattr(project.contact, key),
                           "briefgen.yaml") for key in ("office", "address")
                   if getattr(project.contact, key)]
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
                needed.append(Missing("fact", f"fact {fact.id} {name}", english, fact.path,
                                      fact.line_of(name)))
        if fact.unit in ("percent", "times") and fact.as_written and \
                not any(c.isdigit() for c in fact.as_written):  # a share in words: "nearly one third"
            needed.append(Missing("fact", f"fact {fact.id} as_written", fact.as_written, fact.path,
                                  fact.line_of("as_written")))
        if fact.reason and any(tag in NOTED for tag in fact.tags):  # printed as a note
            needed.append(Missing("fact", f"fact {fact.id} reason", fact.reason, fact.path,
                                  fact.line_of("reason")))
        among = fact.scope.among if fact.scope else None
        if among:  # a rank's group, printed in its role: "largest European investor"
            needed.append(Missing("fact", f"fact {fact.id} among", among, fact.path,
                                  fact.line_of("scope")))
        if fact.counted and fact.counted not in counted:
            counted[fact.counted] = Missing("counted", "counted", fact.counted, fact.path,
                                            fact.line_of("counted"))
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


def update_file(path: Path, needed: list[Missing], language) -> tuple[int, int]:
    """Bring the PO file at `path` up to date with `needed` (it is created when missing): a text
    whose English was edited keeps its translation under the new English, marked fuzzy (to be
    reviewed: a fuzzy translation is never used) with the English it was made for as its
    previous msgid (`#| msgid`), where it stood in the file; a new text gets an entry with an
    empty translation. Other entries are kept as they are. Returns (added, marked fuzzy)."""
    import io

    from babel.messages.pofile import write_po

    from briefgen.language.edition import SHARED_CONTEXT
    from briefgen.outputs import write_bytes
    catalog = _read_po(path, language, f"{path.parent.name}/{path.name}")
    translated = {m.context: m for m in catalog if m.id and m.string and m.context}
    edited: dict[tuple[str, str], Missing] = {}
    added = 0
    for missing in needed:
        if catalog.get(missing.english, context=missing.context) is not None:
            continue
        earlier = translated.get(missing.context) if missing.kind not in SHARED_CONTEXT else None
        if earlier is not None:
            edited[(earlier.id, missing.context)] = missing
            continue
        where = [(missing.path, missing.line)] if missing.path else []
        catalog.add(missing.english, "", locations=where, context=missing.context)
        added += 1
    out = io.BytesIO()
    write_po(out, _with_edits(catalog, edited), width=100, sort_output=False, omit_header=False,
             include_previous=True)
    write_bytes(path, out.getvalue())
    return added, len(edited)


def _read_po(path: Path, language, shown: str):
    from babel.messages.catalog import Catalog

    from briefgen.language.catalog import read_po_file
    catalog = read_po_file(path, shown)
    if catalog is None:
        return Catalog(locale=language.locale.replace("_Hans", ""), charset="utf-8")
    for message in catalog:
        _previous_from_comments(message)
    return catalog


def _previous_from_comments(message) -> None:
    """Babel reads a `#| msgid "…"` line (the English a fuzzy translation was made for) as a
    comment, and would write it back as one: make it the previous msgid again."""
    earlier = previous_english(message)
    message.user_comments = [c for c in message.user_comments if not c.startswith("| ")]
    if earlier is not None:
        message.previous_id = [earlier]


def _with_edits(catalog, edited: dict):
    """A copy of `catalog`, each entry in its place, those of `edited` ((English, context) ->
    the text now) under their new English, fuzzy, with the English they were made for."""
    from babel.messages.catalog import Catalog, Message
    copy = Catalog(locale=catalog.locale, charset="utf-8", fuzzy=catalog.fuzzy)
    copy.header_comment = catalog.header_comment
    copy.mime_headers = catalog.mime_headers
    copy.obsolete = catalog.obsolete
    for message in catalog:
        if not message.id:
            continue
        now = edited.get((message.id, message.context))
        if now is not None:
            where = [(now.path, now.line)] if now.path else list(message.locations)
            message = Message(now.english, message.string, locations=where,
                              flags={*message.flags, "fuzzy"}, auto_comments=message.auto_comments,
                              user_comments=message.user_comments, context=message.context,
                              previous_id=message.previous_id or message.id)  # made for this
        copy[message.id] = message
    return copy


def glossary_path(root: Path, code: str) -> Path:
    return root / "translations" / f"{code}-glossary.yaml"


def glossary_findings(edition: Edition, store, project) -> list[str]:
    """Translations whose English holds a term of translations/CODE-glossary.yaml and whose
    translation holds none of the term's accepted forms: 'path:line: …' lines, for warnings."""
    path = glossary_path(project.root, edition.language.code)
    if not path.is_file():
        return []
    import yaml
    terms = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("terms") or []
    found = []
    for missing in needed_texts(store, project):
        entry = edition.translations.entries.get((missing.context, missing.english))
        if entry is None:
            continue
        for term in terms:
            if term["en"].lower() in missing.english.lower() and \
                    not any(form in entry.text for form in term["zh"]):
                found.append(f"{entry.path}:{entry.line}: {missing.context}: {term['en']!r} is "
                             f"{term['zh'][0]} in the glossary ({path.name})")
    return found
