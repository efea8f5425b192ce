"""A claim's tense agrees with the production date and with what its facts say of their date:
a plan, an expectation or a target is said as one ("planned to", "was to", "target"), never as
done; and once its date has passed, not in the future ("will", "is expected to")."""

from __future__ import annotations

import re

from ..facts.age import due_date
from .finding import Finding
from .reading import Claim

PLAN_WORDS = re.compile(r"\b(?:plan\w*|will|would|was to|were to|is to|are to|expect\w*|target\w*|"
                        r"aim\w*|intend\w*|to be|to become|goal|propos\w*|prepar\w*|under construction|"
                        r"being built|schedul\w*|by \d{4})\b", re.I)
FUTURE = re.compile(r"\b(?:will|is to|are to|is expected to|are expected to|plans to|aims to|"
                    r"intends to)\b", re.I)

_KINDS = {"plan": "a plan", "expected": "an expectation"}

# A past year said in the present: "2019 marks the 40th anniversary …" read in 2026.
PAST_YEAR_NOW = re.compile(r"\b((?:19|20)\d{2})\s+(?:marks|is|sees|witnesses|becomes)\b")


def check(claim: Claim, context) -> list[Finding]:
    findings = [Finding(claim.brief, claim.text, "tense",
                        f"{m[1]} is before the production date's year {context.today.year}; the "
                        "claim speaks of it in the present", claim.quotes)
                for m in PAST_YEAR_NOW.finditer(claim.text) if int(m[1]) < context.today.year][:1]
    for fact in claim.facts:
        planned = fact.status in ("plan", "expected") or (
            fact.period is not None and fact.period.kind == "target")
        if not planned:
            continue
        due = due_date(fact) or _target_end(fact)
        if not PLAN_WORDS.search(claim.text):
            findings.append(Finding(claim.brief, claim.text, "tense",
                                    f"{fact.id} is {_KINDS.get(fact.status, 'a target')}; the "
                                    "claim says it as done", fact.quote))
        elif due is not None and due < context.today and FUTURE.search(claim.text):
            findings.append(Finding(claim.brief, claim.text, "tense",
                                    f"{fact.id} was due {due.isoformat()}, before the "
                                    f"production date {context.today.isoformat()}; the claim "
                                    "speaks of it in the future", fact.quote))
    return findings[:1]


def _target_end(fact):
    from ..facts.age import last_day
    period = fact.period
    return last_day(period.end or period.start) if period and (period.end or period.start) else None
