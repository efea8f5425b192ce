"""A claim that prints someone's remark says whose it is ("…, according to NAME", "NAME said",
or a sentence led by its speaker: "SCO Secretary-General Vladimir Norov: …"). A quote is a remark
when facts/rules/scope.py says so (it says "said", or quotation marks opened after "said" hold
it), or when quotation marks close after it before "said" ("“China is …,” said NAME")."""

from __future__ import annotations

import re

from ..facts.rules.scope import ATTRIBUTED, _flat, _is_remark
from ..facts.store import load_seed_text
from .finding import Finding
from .reading import Claim


# words that say whose a remark is, beyond facts/rules/scope.py's ATTRIBUTED
SPOKEN = re.compile(r"\b(?:pledged|announced|stated|promised|noted|remarked|explained|added|"
                    r"expressed|in the words of)\b", re.I)


# "SCO Secretary-General Vladimir Norov: the zone provides …": a sentence led by its speaker
LED_BY_SPEAKER = re.compile(r"^(?:[\w.'-]+\s+){0,6}[A-Z][\w.'-]+\s+[A-Z][\w.'-]+:\s")


def check(claim: Claim, context) -> list[Finding]:
    if not claim.cited or ATTRIBUTED.search(claim.text) or SPOKEN.search(claim.text) \
            or claim.kind == "text" and LED_BY_SPEAKER.match(claim.text):
        return []
    for cited in claim.cited:
        seeds = {f.seed for f in cited.facts}
        if any(_is_remark(cited.quote, context.seed_text(seed))
               or _remark_closed_after(cited.quote, context.seed_text(seed)) for seed in seeds):
            return [Finding(claim.brief, claim.text, "speaker",
                            "the quote is someone's remark; the claim does not say whose",
                            cited.quote)]
    return []


SAID_AFTER = re.compile(r"^[^“”\"]{0,160}[”\"]\s*,?\s*(?:\w+\s+){0,3}(?:said|says|told|added)\b")


def _remark_closed_after(quote: str, seed: str | None) -> bool:
    """A remark whose quotation marks close after the quote, before 'said': '“China is the
    fastest growing market …,” said NAME' (facts/rules/scope.py looks before the quote only)."""
    quote = " ".join(quote.split())
    at = seed.find(quote) if seed else -1
    return at >= 0 and bool(SAID_AFTER.match(seed[at + len(quote):]))


def seed_text(store, seed: str, cache: dict) -> str | None:
    if seed not in cache:
        cache[seed] = _flat(load_seed_text(store, seed))
    return cache[seed]
