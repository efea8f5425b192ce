"""What templates see: `fact()`, `facts()`, `entity`, `subject`, `store`, and the filters.

`{{ fact("kr.fdi-signed") }}` prints the formatted value with a citation marker, e.g.
"US$30.46 billion[1]". The proxy also exposes `.value` (formatted, no marker), `.quantity`
(with what is counted: "12,930 projects"), `.label`, `.as_of` ("as of March 2019"), `.when`
("by the end of March 2019"), `.text`, `.quote`, `.cite` (the marker alone), `.amount` (the
exact Decimal), `.source` (the seed's SeedInfo), `.equivalent` (the same figure in another
currency, or None), `.id`, `.subject`, `.metric`, `.unit`, `.priority`, `.tags`, `.fact`.

Citations are numbered per distinct source statement (seed + quote): facts that rest on the same
quote share one number. The markers use the Markdown form `[^N]` with a provisional N; the
Markdown stage renumbers them in reading order and builds the Sources block.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Callable, Protocol

from briefgen.compose import formatting as fmt
from briefgen.compose.templates import MarkdownSafe, escape_markdown, with_article
from briefgen.errors import FactError, TemplateError
from briefgen.facts.model import Entity, Fact, Period, SeedInfo

PROXY_ATTRIBUTES = ("value", "quantity", "label", "as_of", "when", "text", "quote", "cite",
                    "amount", "source", "equivalent", "id", "subject", "metric", "unit",
                    "priority", "tags", "fact", "with_as_of")


class Store(Protocol):
    """The part of briefgen.facts.store.FactStore the templates use."""

    facts: list[Fact]
    entities: dict[str, Entity]
    seeds: dict[str, SeedInfo]
    subjects: frozenset[str]  # the subjects with facts of their own
    overruled: frozenset[str]  # ids of the facts that lost a resolved conflict
    preferred: frozenset[str]  # ids of the facts that won one
    accepted: frozenset[str]  # ids of the facts accepted from the review inbox (facts/accepted/)

    def get(self, fact_id: str) -> Fact: ...

    def equivalents(self, fact_id: str) -> list[Fact]: ...

    def find(self, subject: str | None = None, metric: str | None = None,
             tag: str | None = None) -> list[Fact]: ...


@dataclass(frozen=True)
class Citation:
    """One cited source statement."""

    key: int  # provisional number, in order of first use
    seed: str
    quote: str
    locator: str | None = None  # 'p. 12', 'para. 4', 'trade.xlsx!Sheet1!C7'


@dataclass
class Citations:
    """Hands out one provisional number per (seed, quote, cell); the Markdown stage renumbers
    them."""

    by_source: dict[tuple, Citation] = field(default_factory=dict)
    by_key: dict[int, Citation] = field(default_factory=dict)
    facts: dict[str, None] = field(default_factory=dict)  # ids of the facts cited, in order

    def cite(self, fact: Fact) -> int:
        self.facts[fact.id] = None
        first = fact.sources[0]
        source = (first.seed, first.quote, first.cell)
        if source not in self.by_source:
            citation = Citation(len(self.by_source) + 1, first.seed, first.quote, first.locator)
            self.by_source[source] = citation
            self.by_key[citation.key] = citation
        return self.by_source[source].key

    def marker(self, fact: Fact) -> MarkdownSafe:
        return MarkdownSafe(f"[^{self.cite(fact)}]")


class FactProxy:
    """A fact as a template sees it (see the module docstring)."""

    def __init__(self, fact: Fact, compose: "ComposeContext"):
        self.fact = fact
        self._compose = compose

    def __markdown__(self) -> str:
        return MarkdownSafe(escape_markdown(self.quantity) + self.cite)

    def __str__(self) -> str:
        return self.quantity

    def __repr__(self) -> str:
        return f"<fact {self.fact.id}>"

    def __undefined_attr__(self, name: str) -> str:
        return (f"fact {self.fact.id!r} has no attribute {name!r} "
                f"(known: {', '.join(PROXY_ATTRIBUTES)})")

    @property
    def value(self) -> str:
        return fmt.value_text(self.fact)

    @property
    def quantity(self) -> str:
        return fmt.value_text(self.fact, with_counted=True)

    @property
    def with_as_of(self) -> MarkdownSafe:
        when = fmt.as_of(self.fact.period)
        text = f"{self.quantity} ({when})" if when else self.quantity
        return MarkdownSafe(escape_markdown(text) + self.cite)

    @property
    def cite(self) -> MarkdownSafe:
        """The citation marker, after the stale mark of a figure older than the policy allows."""
        return MarkdownSafe(self._compose.stale_mark(self.fact)
                            + self._compose.citations.marker(self.fact))

    @property
    def label(self) -> str:
        timeline = self._compose.timeline
        return timeline.label(self.fact) if timeline else self.fact.label

    @property
    def text(self) -> str:
        timeline = self._compose.timeline
        text = timeline.text(self.fact) if timeline else self.fact.text
        return text or self.quantity

    as_of = property(lambda self: fmt.as_of(self.fact.period))
    when = property(lambda self: fmt.when(self.fact.period))
    quote = property(lambda self: self.fact.quote)
    amount = property(lambda self: self.fact.value)
    id = property(lambda self: self.fact.id)
    subject = property(lambda self: self.fact.subject)
    metric = property(lambda self: self.fact.metric)
    unit = property(lambda self: self.fact.unit)
    priority = property(lambda self: self.fact.priority)
    tags = property(lambda self: self.fact.tags)

    @property
    def source(self) -> SeedInfo | None:
        return self._compose.store.seeds.get(self.fact.seed)

    @property
    def equivalent(self) -> "FactProxy | None":
        equivalents = self._compose.store.equivalents(self.fact.id)
        return FactProxy(equivalents[0], self._compose) if equivalents else None


@dataclass
class ComposeContext:
    """The per-document state behind the template API: the store, the subject, the citations."""

    store: Store
    subject: str | None = None
    citations: Citations = field(default_factory=Citations)
    marked: dict[str, None] = field(default_factory=dict)  # ids of the figures marked stale

    @property
    def timeline(self):
        """The production date and freshness policy (briefgen.facts.age.Timeline), if any."""
        return getattr(self.store, "timeline", None)

    def stale_mark(self, fact: Fact) -> str:
        """'†' for a figure older than the policy's `stale_after_years`, else ''."""
        from briefgen.facts.age import STALE_MARK
        timeline = self.timeline
        if timeline is None or not timeline.stale(fact, self.store.seeds):
            return ""
        self.marked[fact.id] = None
        return STALE_MARK

    def fact(self, fact_id: str) -> FactProxy:
        try:
            return FactProxy(self.store.get(fact_id), self)
        except FactError as exc:
            problem = exc.problems[0]  # "unknown fact id 'x' (did you mean 'y'?)"
            suggestion = problem.message.partition(repr(fact_id))[2]
            raise TemplateError(f"unknown fact {fact_id!r}{suggestion}",
                                hint=problem.hint or "see `briefgen facts list`") from None

    def facts(self, subject: str | None = None, metric: str | None = None, tag: str | None = None,
              min_priority: int | None = None, numeric: bool | None = None,
              limit: int | None = None, include_superseded: bool = False) -> list[FactProxy]:
        """Facts by subject (or related), metric and tag, most important first.

        `min_priority=2` keeps facts at least that important (priority 1 or 2). Facts that
        restate another in a second currency (`equivalent_of`) and the losing side of a
        resolved conflict are left out unless `include_superseded` is true.
        """
        found = self.store.find(subject=subject, metric=metric, tag=tag)
        if min_priority is not None:
            found = [f for f in found if f.priority <= min_priority]
        if numeric is not None:
            found = [f for f in found if f.is_numeric == numeric]
        if not include_superseded:
            found = [f for f in found if not _superseded(f, self.store)]
        found = sorted(found, key=lambda f: f.priority)  # stable: store order within a priority
        return [FactProxy(f, self) for f in found[:limit]]

    def entity(self, slug: str | None) -> Entity | None:
        if slug is None:
            return None
        if slug not in self.store.entities:
            raise TemplateError(f"unknown entity {slug!r}")
        return self.store.entities[slug]

    def variables(self, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        """The names a template can use."""
        return {"fact": self.fact, "facts": self.facts, "store": self.store,
                "subject": self.subject, "entity": self.entity(self.subject),
                "entities": self.store.entities, **(extra or {})}


def _superseded(fact: Fact, store: Store) -> bool:
    if fact.equivalent_of or fact.id in getattr(store, "superseded", {}):
        return True
    timeline = getattr(store, "timeline", None)
    if timeline is not None and timeline.unsayable(fact):
        return True
    if fact.preferred or not fact.conflicts_with:
        return False
    # a preferred fact names it among its conflicts, or it names a preferred fact among its own
    # (looked up in the store's indexes: a fact consulted here is not one the brief uses)
    return fact.id in store.overruled or any(other in store.preferred for other in fact.conflicts_with)


# --- filters: the formatting functions, accepting a fact or a number -------------------------


def _parts(value: Any) -> tuple[Decimal, str | None, Fact | None]:
    fact = value.fact if isinstance(value, FactProxy) else value if isinstance(value, Fact) else None
    if fact is not None:
        if fact.value is None:
            raise TemplateError(f"fact {fact.id!r} has no value to format")
        return fact.value, fact.qualifier, fact
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal, str)):
        raise TemplateError(f"cannot format {with_article(type(value).__name__)} object as a number",
                            hint='give a fact or a number: {{ fact("kr.fdi-signed") | money }}')
    try:
        return Decimal(str(value)), None, None
    except ArithmeticError:
        raise TemplateError(f"{str(value)[:40]!r} is not a number",
                            hint='give a fact or a number: {{ fact("kr.fdi-signed") | money }}') from None


def _money(value: Any, currency: str | None = None) -> str:
    """'US$30.46 billion': a fact in its own currency (never converted), a number in `currency`."""
    amount, qualifier, fact = _parts(value)
    return fmt.money(amount, currency or (fact.unit if fact else "USD") or "USD", qualifier)


def _count(value: Any, counted: str | None = None) -> str:
    """'12,930 projects', 'more than 60': a fact with what it counts, a number with `counted`."""
    amount, qualifier, fact = _parts(value)
    return fmt.count(amount, qualifier, counted or (fact.counted if fact else None))


def _percent(value: Any, signed: bool = False) -> str:
    """'7.1%'; `signed=true`: '+7.1%', '−5.9%'."""
    amount, qualifier, _ = _parts(value)
    return fmt.percent(amount, signed, qualifier)


def _pp(value: Any, signed: bool = False) -> str:
    """Percentage points: '4.2 pp'; `signed=true`: '+4.2 pp'."""
    amount, qualifier, _ = _parts(value)
    return fmt.pp(amount, signed, qualifier)


def _rank(value: Any, superlative: str = "largest") -> str:
    """1 -> 'largest', 2 -> 'second largest'."""
    amount, qualifier, _ = _parts(value)
    return fmt.qualified(fmt.rank(amount, superlative), qualifier)


def _times(value: Any) -> str:
    """A multiplier: '1.1 times'."""
    amount, qualifier, _ = _parts(value)
    return fmt.times(amount, qualifier)


def _quantity(value: Any, unit: str | None = None) -> str:
    """'10.6 km²', '51.42 hours': a fact in its own unit, a number in `unit`."""
    amount, qualifier, fact = _parts(value)
    unit = unit or (fact.unit if fact else None)
    if not unit:
        raise TemplateError("quantity needs a unit for a number",
                            hint="give one: {{ 10.6 | quantity('km2') }}")
    return fmt.quantity(amount, unit, qualifier)


def _number(value: Any, places: int = 2) -> str:
    """'12,930.46': grouped, at most `places` decimals (a fact's hedge is kept: 'about 60')."""
    amount, qualifier, _ = _parts(value)
    return fmt.qualified(fmt.number(amount, places), qualifier)


def _fact_of(value: Any, name: str) -> Fact:
    fact = value.fact if isinstance(value, FactProxy) else value
    if not isinstance(fact, Fact):
        raise TemplateError(f"the {name} filter takes a fact, not {with_article(type(value).__name__)}",
                            hint=f'{{{{ fact("kr.fdi-signed") | {name} }}}}')
    return fact


def _period_of(value: Any, name: str):
    return value if isinstance(value, Period) or value is None else _fact_of(value, name).period


def _ordinal(value: Any) -> str:
    """2 -> 'second'; beyond twentieth, '21st'."""
    amount, _, _ = _parts(value)
    return fmt.ordinal_word(int(amount))


def _capitalize(text: Any) -> str:
    """Upper-case the first letter only (Jinja's own lower-cases the rest: 'march')."""
    value = text.__markdown__() if hasattr(text, "__markdown__") else str(text)
    capital = value[:1].upper() + value[1:]
    return MarkdownSafe(capital) if hasattr(text, "__markdown__") else capital


FILTERS: dict[str, Callable[..., Any]] = {
    "capitalize": _capitalize,
    "money": _money,
    "count": _count,
    "percent": _percent,
    "pp": _pp,
    "rank": _rank,
    "times": _times,
    "quantity": _quantity,
    "number": _number,
    "ordinal": _ordinal,
    "as_of": lambda v: fmt.as_of(_period_of(v, "as_of")),
    "when": lambda v: fmt.when(_period_of(v, "when")),
    "value": lambda v: fmt.value_text(_fact_of(v, "value")),
}
