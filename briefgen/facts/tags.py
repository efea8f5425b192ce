"""The tags a fact may carry, and what each does. A tag not listed here is an error of `facts
check` (a typo such as `check-peroid` would otherwise silently lose its caveat).

Caveats change what a reader is shown:
- `suspect-scale`: the figure's scale looks wrong as the source prints it, and `check-date`:
  the source contradicts itself on the date: kept out of every list, panel and chart a brief's
  helpers choose (it stays in the store for a curator to resolve);
- `check-period`: the source leaves unclear which period the figure covers (a quarter's flow
  or the position at its end): kept out of headline panels and charts; where a list prints it,
  its date line says "period unclear" and the fact's `reason` is printed as a note;
- `list-mismatch`: the source's count and the items it lists disagree: kept out of headline
  panels and charts; where printed, the fact's `reason` is a note.
Plans: `plan` and `target` make the fact a plan wherever no `status` says so: never evidence of
a link between a partner and a sector (compose/links.py), and `briefgen audit` holds claims
citing it to a plan's tense.
Every other tag describes what a fact is about, for finding facts (`facts list`, the store's
`find(tag=...)`, templates' `facts(tag=...)`) and prints nothing; `zone` also puts a
cooperation zone first among the city overview's platforms.
"""

from __future__ import annotations

KEPT_OUT_OF_LISTS = ("suspect-scale", "check-date")
KEPT_OUT_OF_HEADLINES = ("suspect-scale", "check-date", "check-period", "list-mismatch")
NOTED = ("check-period", "list-mismatch")  # their `reason` is printed where the fact is: write
# it for readers
PLANS = ("plan", "target")
DESCRIPTIVE = (
    "platform", "policy", "event", "zone", "milestone", "business-center", "business-club",
    "statement", "agreement", "qingdao-week", "company", "business-environment", "sister-city",
    "sister-port", "delegation", "first", "park", "port", "health", "anniversary",
    "increase", "decrease", "before", "after",  # what `facts extract` proposes for changes
)
TAGS = frozenset((*KEPT_OUT_OF_LISTS, *NOTED, *PLANS, *DESCRIPTIVE))


def caveat_notes(facts) -> list[str]:
    """The note lines of a brief that prints `facts`: the `reason` of each fact whose tags say
    the reader must be told ("Ocean-going boats built: the source does not say whether …")."""
    from briefgen.language import active
    edition = active()
    pattern = edition.say("note.reason") if edition is not None else "{label}: {reason}"
    return list(dict.fromkeys(pattern.format(label=fact.label, reason=" ".join(fact.reason.split()))
                              for fact in facts if fact.reason and noted(fact)))


def noted(fact) -> bool:
    """Whether a brief printing `fact` prints its `reason` as a note."""
    return any(t in NOTED for t in fact.tags)
