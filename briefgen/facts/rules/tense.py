"""A fact whose words state a plan, an expectation or work under way must say so (`status`
with the date it refers to), so that briefs can tell when its date has passed."""

from __future__ import annotations

import re

from .finding import Finding, quoted

FUTURE = re.compile(
    r"\b(?:will|shall|is to|are to|is due to|are due to|is expected to|are expected to|"
    r"aims? to|plans? to|to be (?:completed|launched|built|held|opened|introduced|assembled|"
    r"set up)|under construction)\b", re.I)


def future_without_status(store) -> list[Finding]:
    """Text or label in the future tense ("is to open in 2019", "under construction") without
    a `status`: a brief would state it as still to come whatever the production date."""
    findings = []
    for fact in store.facts:
        if fact.status:
            continue
        found = next((m.group(0) for m in map(FUTURE.search, (fact.text or "", fact.label)) if m),
                     None)
        if found:
            findings.append(Finding(
                fact, f"says {found!r} but has no status: {quoted(fact)}",
                "add status: plan, expected or ongoing with the period it refers to and a "
                "text_past (label_past) for when it has passed; or reword text and label"))
    return findings
