"""One thing the proof-reader found: the brief, the sentence, the rule, why, and the quote."""

from __future__ import annotations

from dataclasses import dataclass

SEVERITIES = ("warning", "error")  # lowest first


@dataclass(frozen=True)
class Finding:
    brief: str  # the brief's output name: partner-japan, sector-film, event-sco-trade-fair
    sentence: str  # what the reader sees
    rule: str  # numbers, dates, scope, measure, tense, speaker, link, list, event-claim, contact
    reason: str
    quote: str = ""  # the cited quote(s) the sentence was held against
    severity: str = "error"

    def line(self) -> str:
        """`brief: sentence: reason: quote`, one line."""
        parts = [self.brief, _flat(self.sentence), f"{self.rule}: {self.reason}"]
        return ": ".join(parts + ([_flat(self.quote)] if self.quote else []))

    def to_json(self) -> dict:
        return {"brief": self.brief, "sentence": self.sentence, "rule": self.rule,
                "reason": self.reason, "quote": self.quote, "severity": self.severity}

    def at_least(self, severity: str) -> bool:
        return SEVERITIES.index(self.severity) >= SEVERITIES.index(severity)


def _flat(text: str) -> str:
    return " ".join(text.split())
