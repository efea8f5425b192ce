"""A label or text may claim no more than its quote: an open list ("such as") stays open, and a
remark someone made is printed as theirs, never as a statistic."""

from __future__ import annotations

import re

from ..store import load_seed_text
from .finding import Finding, quoted

OPEN_LIST = re.compile(r"\b(?:such as|including|among them|among others)\b", re.I)
OPEN_WORDS = re.compile(r"\b(?:such as|including|includ\w*|among|e\.g\.|for example|other|"
                        r"others|and more)\b|…", re.I)
ATTRIBUTED = re.compile(r"\b(?:according to|said|says|say|told|estimates?d?)\b", re.I)
SPEECH_BEFORE = 240  # characters of the seed before a quote searched for "X said"


def such_as(store) -> list[Finding]:
    """A quote that lists examples ("such as iron ore, manganese ore and chromium ore") and a
    figure whose label names them as if they were all ("iron, manganese and chromium ore")."""
    findings = []
    for fact in store.facts:
        if not fact.is_numeric:
            continue
        match = OPEN_LIST.search(fact.quote)
        words = f"{fact.label} {fact.text or ''}"
        if match and _names_items(fact.quote, match, words) and not OPEN_WORDS.search(words):
            findings.append(Finding(
                fact, f"its quote gives examples ({match.group(0)!r}) but the label names them "
                      f"as a closed list: {fact.label!r}: {quoted(fact)}",
                "keep the list open in the label: 'such as …', 'including …'"))
    return findings


def _names_items(quote: str, match: re.Match, words: str) -> bool:
    """The label names two or more of the examples listed after 'such as' ("iron ore, manganese
    ore and chromium ore": iron, manganese, chromium), as if they were all."""
    listed = re.split(r"[.;]", quote[match.end():match.end() + 120])[0]
    items = re.split(r",\s*(?:and\s+)?|\s+and\s+", listed)
    heads = {m.group(0) for m in (re.search(r"[a-z]{4,}", i.lower()) for i in items) if m}
    return len(heads & set(re.findall(r"[a-z]{4,}", words.lower()))) >= 2


def said(store) -> list[Finding]:
    """A figure whose quote is someone's remark ("X said ... the second largest port") printed
    without saying whose it is."""
    findings = []
    texts: dict[str, str | None] = {}
    for fact in store.facts:
        if not fact.is_numeric or ATTRIBUTED.search(f"{fact.label} {fact.text or ''}"):
            continue
        if fact.seed not in texts:
            texts[fact.seed] = _flat(load_seed_text(store, fact.seed))
        if _is_remark(fact.quote, texts[fact.seed]):
            findings.append(Finding(
                fact, f"its quote is a remark someone made, printed as a statistic: {quoted(fact)}",
                "say whose it is in the label ('…, according to NAME, ROLE')"))
    return findings


def _flat(text: str | None) -> str | None:
    return " ".join(text.split()) if text is not None else None


def _is_remark(quote: str, seed: str | None) -> bool:
    """Inside quotation marks opened after 'said', or a quote that says 'said' itself."""
    quote = " ".join(quote.split())
    if re.search(r"\bsaid\b", quote):
        return True
    at = seed.find(quote) if seed else -1
    if at < 0:
        return False
    before = seed[max(0, at - SPEECH_BEFORE):at]
    return _opened(before, quote) and bool(re.search(r"\b(?:said|says|told)\b", before))


def _opened(before: str, quote: str) -> bool:
    """Whether quotation marks are open where the quote starts. A straight mark is an opening
    one when a space (or nothing) is before it and a word after it: counting straight marks
    would take the closing mark of an earlier remark ('…," said NAME. The park …') for an
    opening one whenever the window the count starts in cuts that remark in two."""
    if before.rfind("“") > before.rfind("”"):
        return True
    at = before.rfind('"')
    after = (before + quote)[at + 1:at + 2]
    return at >= 0 and (at == 0 or before[at - 1] in " (—–-") and after.strip() != ""
