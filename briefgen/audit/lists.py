"""Lists of partners and sectors: every name has its evidence, no list is cut without saying
so, and lists agree across briefs (a sector a partner lists lists that partner).

A list is a line of names joined by " · " (what templates print under "Sectors of
cooperation" and "Partners involved"): in a partner's brief each the name of a sector, in a
sector's brief each the name of a partner, optionally ending "and N more". Evidence is `compose/links.py`'s rule, the one the briefs are composed with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..compose.links import links
from .finding import Finding
from .reading import Claim

MORE = re.compile(r"\s*(?:·\s*)?and (\d+) more$")


@dataclass(frozen=True)
class NameList:
    brief: str
    subject: str  # slug of the brief's subject
    names: tuple[str, ...]  # slugs listed
    more: int | None  # "and N more": N; nothing: None
    text: str


def name_list(claim: Claim, subject: str, store) -> NameList | None:
    """The claim as a list of partner or sector names, or None when it is no such list."""
    entity = store.entities.get(subject)
    if entity is None or not (entity.is_partner or entity.kind == "sector") or claim.cited:
        return None
    text, more = claim.text, None
    found = MORE.search(text)
    if found:
        more = int(found.group(1))
        text = text[:found.start()]
    wanted = "sector" if entity.is_partner else "partner"  # a partner lists sectors and back
    by_name = {e.name: e.slug for e in store.entities.values()
               if (e.kind == "sector" if wanted == "sector" else e.is_partner)}
    items = [i.strip() for i in text.split(" · ")]
    if not items or not all(i in by_name for i in items):
        return None
    return NameList(claim.brief, subject, tuple(by_name[i] for i in items), more, claim.text)


def check(lists: list[NameList], context) -> list[Finding]:
    """Findings over all the lists read (a list's partner side may be another brief's)."""
    evidence = links(context.view)
    store = context.store
    findings = []
    listed = {(lst.subject, slug) for lst in lists for slug in lst.names}
    complete = {lst.subject for lst in lists if lst.more is None}
    for lst in lists:
        wanted = _evidenced(evidence, store, lst.subject)
        for slug in lst.names:
            if slug not in wanted:
                findings.append(Finding(lst.brief, lst.text, "link",
                                        f"{store.entities[slug].name}: no fact names both "
                                        f"{store.entities[lst.subject].name} and it in a "
                                        "cooperation sense"))
        missing = [s for s in wanted if s not in lst.names]
        if missing and lst.more != len(missing):
            names = ", ".join(store.entities[s].name for s in missing)
            findings.append(Finding(lst.brief, lst.text, "list",
                                    f"leaves out {names} without saying how many more"))
        for slug in lst.names:  # the other side's list, when it is read and complete
            if slug in complete and (slug, lst.subject) not in listed:
                findings.append(Finding(lst.brief, lst.text, "list",
                                        f"{store.entities[slug].name}'s brief does not list "
                                        f"{store.entities[lst.subject].name}"))
    return findings


def _evidenced(evidence, store, subject: str) -> list[str]:
    entity = store.entities[subject]
    return evidence.sectors_of(subject) if entity.is_partner else evidence.partners_of(subject)
