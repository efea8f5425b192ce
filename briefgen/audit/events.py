"""Words no fact supports: a sentence without a citation that reads as a claim about the past
(a past-tense verb, a superlative, or an organisation's achievement), as hand-written text in
event.yaml may; and event contacts with no way to reach them (a warning)."""

from __future__ import annotations

import re

from .finding import Finding
from .reading import Claim

PAST = re.compile(
    r"\b(?:was|were|had|did|held|opened|signed|launched|brought|became|won|grew|reached|built|"
    r"set up|established|attracted|completed|achieved|hosted|made|led|gathered|created|"
    r"increased|doubled|ranked|\w{3,}(?<!need)(?<!speed)(?<!seed)(?<!feed)ed)\b", re.I)
SUPERLATIVE = re.compile(r"\b(?:largest|biggest|best|leading|first|only|most|top|greatest|"
                         r"fastest|highest)\b", re.I)
ACHIEVES = re.compile(r"\b(?:brings|delivers|attracts|achieves|wins|leads|ranks|secures|"
                      r"has (?:brought|attracted|signed|won|built|become|delivered))\b", re.I)
# past participles that describe rather than claim ("based in", "related", "as reported")
_NOT_CLAIMS = re.compile(r"\b(?:based|related|interested|dedicated|located|detailed|limited|"
                         r"reported|listed|named|invited|registered|needed|proposed|planned|"
                         r"scheduled|expected|advanced|qualified|specialised|specialized|"
                         r"selected|featured|concerned|united)\b", re.I)


def check(claim: Claim, context) -> list[Finding]:
    if claim.cited or claim.kind != "text":
        return []
    words = _NOT_CLAIMS.sub("", claim.text)
    why = next((reason for pattern, reason in (
        (PAST, "a past-tense verb"), (SUPERLATIVE, "a superlative"),
        (ACHIEVES, "an organisation's achievement")) if (m := pattern.search(words))), None)
    if why is None:
        return []
    word = next(m.group(0) for p in (PAST, SUPERLATIVE, ACHIEVES) if (m := p.search(words)))
    return [Finding(claim.brief, claim.text, "event-claim",
                    f"reads as a claim ({why}: {word!r}) but cites no fact")]


def contacts(event, brief: str) -> list[Finding]:
    """A contact needs an email address, a telephone number or a web address."""
    return [Finding(brief, contact.name, "contact",
                    f"{event.path}: contact {contact.name!r} has no email, phone or url",
                    severity="warning")
            for contact in event.contacts if not (contact.email or contact.phone or contact.url)]
