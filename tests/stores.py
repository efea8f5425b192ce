"""Real fact stores of the small projects under tests/roots/, for compose and render tests:
the store's own rules (verified quotes, conflicts, overruled facts) are the ones under test."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from briefgen.config import load_project
from briefgen.facts.model import Fact, Source, parse_period
from briefgen.facts.store import FactStore, load_store

ROOTS = Path(__file__).parent / "roots"
MAGAZINE = "003_4c29bc11d0cc8af9.txt"
NEWS = "000_79af381633f60f74.txt"


def korea_store() -> FactStore:
    """tests/roots/korea: seven facts on South Korea from two seeds (the magazine, a news item),
    with literal text (R&D, <members>, curly quotes, Hangul, Chinese, Hebrew) in two of them."""
    return load_store(load_project(ROOTS / "korea"))


def fact(id, subject, metric, label, quote, seed=MAGAZINE, **kw) -> Fact:
    """A Fact on its own, for the formatting filters (which take a fact, not a store)."""
    if "value" in kw and kw["value"] is not None:
        kw["value"] = Decimal(str(kw["value"]))
    if isinstance(kw.get("period"), str):
        kw["period"] = parse_period(kw["period"], kw.pop("period_kind", None))
    return Fact(id=id, subject=subject, metric=metric, label=label,
                sources=(Source(seed, quote),), **kw)
