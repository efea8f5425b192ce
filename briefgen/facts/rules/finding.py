"""What a rule found: a warning at a fact's line, and what a brief printing the fact says."""

from __future__ import annotations

from dataclasses import dataclass

from ...errors import Problem
from ..model import Fact


@dataclass(frozen=True)
class Finding:
    """What a rule found, reported at `fact`'s line."""

    fact: Fact
    message: str
    hint: str
    code: str = ""
    note: str | None = None  # what a brief printing `fact` says about it
    shown_with: tuple[str, ...] = ()  # the note only when the brief also prints one of these

    def problem(self) -> Problem:
        return Problem(f"{self.fact.id}: {self.message}", self.fact.path, self.fact.line,
                       self.hint, self.code)


def quoted(fact: Fact, limit: int = 160) -> str:
    """The fact's first quote, shortened, in quotation marks, for a message."""
    quote = " ".join(fact.quote.split())
    return '"' + (quote if len(quote) <= limit else quote[:limit - 1] + "…") + '"'


def where(fact: Fact) -> str:
    return f"{fact.path}:{fact.line}"
