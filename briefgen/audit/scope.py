"""Rank and scope words ("second largest", "only", "first ... outside Europe", "in Shandong",
"world's") are in a quote the claim cites: a claim may not widen or narrow what its source
ranks, nor move it to another place."""

from __future__ import annotations

import re

from .finding import Finding
from .reading import Claim

RANKS = ("largest", "biggest", "smallest", "highest", "lowest", "busiest", "leading", "only",
         "sole", "first", "second", "third", "fourth", "fifth", "earliest", "oldest", "top",
         "best", "most")
# a scope word and the words a quote may say it with
SCOPES = {
    "europe": ("europe",), "european": ("europe",), "asia": ("asia",), "asian": ("asia",),
    "shandong": ("shandong",), "world": ("world", "global"),
    "global": ("world", "global"), "outside": ("outside", "abroad", "overseas"),
    "nationwide": ("nationwide", "national", "country", "china"),
    "province": ("province", "provincial", "shandong"),
    "provincial": ("province", "provincial", "shandong"),
}
# scope words written capitalised inside a sentence too
_ALWAYS_CAPITALISED = ("european", "asian", "europe", "asia", "shandong")
# a rank word a quote may say in other words: first is the superlative's place ("the most in
# the world" ranks first), never the other way round
SAID_AS = {"first": r"\b(?:first|1st|no\.?\s*1|number\s+one|the\s+(?:\w+[-\s])?(?:largest|biggest|"
                    r"most|highest|busiest|greatest|leading|top))\b",
           # an ordinal in figures ("ranked 3rd") says the word
           "second": r"\b(?:second|2nd|no\.?\s*2)\b", "third": r"\b(?:third|3rd|no\.?\s*3)\b",
           "fourth": r"\b(?:fourth|4th|no\.?\s*4)\b", "fifth": r"\b(?:fifth|5th|no\.?\s*5)\b"}
# ordinals that name a time, not a rank
_NOT_RANKS = re.compile(r"\b(?:first|second|third|fourth)\s+(?:quarter|half|day|phase|batch)\b",
                        re.I)


def claim_words(text: str) -> list[str]:
    """The claim's words in lower case, a possessive as its noun ("Shandong's" is "shandong"),
    without ordinals of time and names: a capitalised word inside a sentence ("the First SCO
    trade and investment fair", "Global (Qingdao) Venture Investment Conference") or after a
    hyphen ("Hong Kong-Macao-Shandong Week") names something; it ranks nothing. A lower-case word
    after a hyphen is a word like any other ("second-largest", "world-leading")."""
    text = _NOT_RANKS.sub("", text)
    words = []
    for match in re.finditer(r"[A-Za-z][A-Za-z']*", text):
        word = re.sub(r"'s?$", "", match.group(0).lower())
        before = text[:match.start()].rstrip()
        in_name = match.group(0)[0].isupper() and before and before[-1] not in ".:;!?"
        if word in _ALWAYS_CAPITALISED and text[match.start() - 1:match.start()] != "-":
            in_name = False  # a scope, not a name
        if not in_name:
            words.append(word)
    return words


def check(claim: Claim, context) -> list[Finding]:
    if not claim.cited:
        return []
    quotes = claim.evidence.lower()
    findings = []
    for word in dict.fromkeys(claim_words(claim.text)):
        if word in RANKS and not re.search(SAID_AS.get(word, rf"\b{word}\b"), quotes):
            findings.append(Finding(claim.brief, claim.text, "scope",
                                    f"the rank word {word!r} is in none of the cited quotes",
                                    claim.quotes))
        elif word in SCOPES and not any(s in quotes for s in SCOPES[word]):
            findings.append(Finding(claim.brief, claim.text, "scope",
                                    f"the scope word {word!r} is in none of the cited quotes",
                                    claim.quotes))
    return findings
