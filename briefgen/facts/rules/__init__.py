"""Rules across facts: consistency, tense and scope. Each is a small named function
`rule(store) -> list[Finding]` in a module of its own, listed once in RULES, in the order
`briefgen facts check` runs them. A finding is a warning, never an error: the facts are
verified; the rules say where they disagree with each other or with what their quote says.

`facts check` prints each as `warning: path:line: ... [code]`, naming both quotes and what to
do. A finding that matters to readers also carries a `note`: a brief that prints the fact says
so under its figures (`notes_for`), so two facts that contradict each other never stand side by
side without a word.
"""

from __future__ import annotations

from . import consistency, scope, tense
from .finding import Finding


RULES = (
    ("consistency.parts-total", consistency.parts_total),
    ("consistency.count-overtaken", consistency.count_overtaken),
    ("consistency.same-period-values", consistency.same_period_values),
    ("tense.future-without-status", tense.future_without_status),
    ("tense.future-period-without-status", tense.future_period_without_status),
    ("scope.such-as", scope.such_as),
    ("scope.said", scope.said),
)
NOTED = ("consistency.parts-total", "consistency.count-overtaken",
         "consistency.same-period-values")  # the rules whose findings briefs note


def run_rules(store, names=None) -> list[Finding]:
    """Every finding of the rules named (default: all), each stamped with its rule's code."""
    from dataclasses import replace
    return [replace(finding, code=name) for name, rule in RULES
            if names is None or name in names for finding in rule(store)]


def brief_notes(store) -> dict[str, list[Finding]]:
    """{fact id: the findings a brief printing it notes}."""
    notes: dict[str, list[Finding]] = {}
    for finding in run_rules(store, NOTED):
        if finding.note:
            notes.setdefault(finding.fact.id, []).append(finding)
    return notes


def notes_for(notes: dict[str, list[Finding]], cited) -> list[str]:
    """The notes of a brief that cites the fact ids `cited`, each once, in order."""
    cited = list(cited)
    shown = set(cited)
    found = [f.note for fact_id in cited for f in notes.get(fact_id, ())
             if not f.shown_with or shown & set(f.shown_with)]
    return list(dict.fromkeys(found))


__all__ = ["Finding", "RULES", "run_rules", "brief_notes", "notes_for"]
