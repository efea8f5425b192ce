"""The fact store in a language: the same facts, values, periods and sources, with the names,
labels and texts a reader sees translated (the project's translations/CODE.po).

Everything that picks, orders and formats facts then runs unchanged on the translated store;
quotes, seeds and values are never touched. A text without a translation is the English marked
`(EN) …` (and recorded in the edition), so a brief that would print it can be refused.
"""

from __future__ import annotations

from dataclasses import replace

from briefgen.facts.tags import noted
from briefgen.language.check import FACT_FIELDS
from briefgen.language.edition import Edition


def translated_store(store, edition: Edition):
    """A copy of `store` (a FactStore) with its readers' words in `edition`'s language."""
    from briefgen.facts.store import FactStore
    entities = {slug: _entity(e, edition) for slug, e in store.entities.items()}
    metrics = {name: replace(m, label=edition.translate("metric", f"metric {name}", m.label,
                                                        "facts/metrics.yaml", m.line))
               for name, m in store.metrics.items()}
    facts = [_fact(f, edition) for f in store.facts]
    edition.source_facts.update((f.id, f) for f in store.facts)
    copy = FactStore(facts, entities, metrics, store.seeds, entities[store.city.slug],
                     store.seed_dir, store.files, store.accepted)
    copy._notes = {fact_id: [replace(finding, note=_note(finding.note, edition))
                             for finding in findings]
                   for fact_id, findings in store.notes.items()}
    return copy


def _entity(entity, edition: Edition):
    if entity.kind == "event":  # named by its event.yaml, written in the brief's language
        return entity
    where = ("facts/entities.yaml", entity.line)
    name = edition.translate("entity", f"entity {entity.slug} name", entity.name, *where)
    short = entity.short and edition.translate("entity", f"entity {entity.slug} short",
                                               entity.short, *where)
    return replace(entity, name=name, short=short)


def _fact(fact, edition: Edition):
    changes = {name: edition.translate("fact", f"fact {fact.id} {name}", getattr(fact, name),
                                       fact.path, fact.line_of(name))
               for name in FACT_FIELDS if getattr(fact, name)}
    if fact.reason and noted(fact):  # printed as a note (facts/tags.py)
        changes["reason"] = edition.translate("fact", f"fact {fact.id} reason", fact.reason,
                                              fact.path, fact.line_of("reason"))
    if fact.counted:
        changes["counted"] = edition.translate("counted", "counted", fact.counted, fact.path,
                                               fact.line_of("counted"))
    return replace(fact, **changes)


def _note(note: str | None, edition: Edition) -> str | None:
    return note and edition.translate("note", "note", note)
