"""A claim that prints someone's remark says whose it is ("…, according to NAME")."""

from __future__ import annotations

import re

from ..facts.rules.scope import ATTRIBUTED, _flat, _is_remark
from ..facts.store import load_seed_text
from .finding import Finding
from .reading import Claim


# words that say whose a remark is, beyond facts/rules/scope.py's ATTRIBUTED
SPOKEN = re.compile(r"\b(?:pledged|announced|stated|promised|noted|remarked|explained|added|"
                    r"expressed|in the words of)\b", re.I)


def check(claim: Claim, context) -> list[Finding]:
    if not claim.cited or ATTRIBUTED.search(claim.text) or SPOKEN.search(claim.text):
        return []
    for cited in claim.cited:
        seeds = {f.seed for f in cited.facts}
        if any(_is_remark(cited.quote, context.seed_text(seed)) for seed in seeds):
            return [Finding(claim.brief, claim.text, "speaker",
                            "the quote is someone's remark; the claim does not say whose",
                            cited.quote)]
    return []


def seed_text(store, seed: str, cache: dict) -> str | None:
    if seed not in cache:
        cache[seed] = _flat(load_seed_text(store, seed))
    return cache[seed]
