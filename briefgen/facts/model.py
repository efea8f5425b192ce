"""The fact model: statements with a value, a time qualifier and verbatim sources.

A fact is modelled on a Wikidata statement, kept simple: a subject (an entity slug), a metric (a
name from facts/metrics.yaml), an exact value in base units with its unit, the period the value
refers to, and one or more sources, each a seed file and the verbatim quote that states it.
Non-numeric facts (a platform, a milestone, an agreement) have no value; their `text` says what
a reader should know.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

QUALIFIERS = ("more_than", "at_least", "about", "nearly", "up_to", "less_than")
PERIOD_KINDS = ("cumulative", "period", "point", "target", "event")
# What a fact says of its date: a plan ("is to open in 2019"), an expectation ("will need over
# the coming 20 years"), or work going on at that date ("under construction").
STATUSES = ("plan", "expected", "ongoing")

# ISO 4217 codes a store may use. RMB and yuan are CNY.
CURRENCIES = frozenset(
    "USD CNY EUR JPY KRW HKD GBP SGD ILS RUB PKR KZT KGS INR AUD NZD CAD CHF TWD MOP THB MYR "
    "UZS TJS BYN IRR".split()
)
PHYSICAL_UNITS = frozenset(
    "percent pp count rank times m2 km2 ha mu m3 t kg h min s day working_day week month year km m nmi TEU".split()
)
UNITS = CURRENCIES | PHYSICAL_UNITS

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}


SCOPE_LEVELS = ("city", "province", "country", "region", "world")


@dataclass(frozen=True)
class FactScope:
    """What a figure is about beyond its subject: the geography (`level`, `place`) when it is
    not the project's city, and the group a rank is within (`among`): "second largest source of
    foreign investment in Shandong" is level province, place Shandong; "Europe's largest
    investor in Qingdao" is level city, among "European investors"."""

    level: str = "city"
    place: str | None = None
    among: str | None = None

    @property
    def is_city(self) -> bool:
        """The project's city: level city with no place (a `place` at level city is another
        city: "Yantai")."""
        return self.level == "city" and not self.place

    @property
    def key(self) -> tuple:
        """Where and among what, compared without case: a figure of another place or group is
        another measure."""
        return self.level, (self.place or "").lower(), (self.among or "").lower()


@dataclass(frozen=True)
class Source:
    """Where a fact is stated: a seed file and the verbatim quote."""

    seed: str
    quote: str
    line: int | None = None  # line of this source in the fact file
    cell: str | None = None  # a table seed's cell ('Sheet1!C7') whose text the quote is
    scale: Decimal | None = None  # the fact's value is the cell's times this (a table in millions)
    locator: str | None = None  # 'p. 12', 'para. 4', 'trade.xlsx!Sheet1!C7': set when the store loads


@dataclass(frozen=True)
class Period:
    """The time a value refers to, written EDTF-style (ISO 8601-2).

    `2018`, `2019-03`, `2019-03-26` (a calendar span); `2019-01/2019-05` (an interval);
    `../2019-03` (cumulative to the end of March 2019); `2018-08/..` (since August 2018).
    `kind` says how to read it: cumulative, period, point (as of), target (by) or event (on).
    """

    text: str
    kind: str
    inferred: bool = False

    @property
    def start(self) -> str | None:
        first = self.text.split("/")[0]
        return None if first == ".." else first

    @property
    def end(self) -> str | None:
        last = self.text.split("/")[-1]
        return None if last == ".." else last

    def sort_key(self) -> str:
        """A string that sorts periods by their end (latest last)."""
        return self.end or self.start or ""


_DATE = r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"
_PERIOD_RE = re.compile(rf"^(?:{_DATE}|\.\./{_DATE}|{_DATE}/\.\.|{_DATE}/{_DATE})$")


def parse_period(text: str, kind: str | None = None, inferred: bool = False) -> Period:
    """Parse a period string; the kind defaults from its shape. Raises ValueError."""
    text = str(text).strip()
    if not _PERIOD_RE.match(text):
        raise ValueError(f"period {text!r} is not a date like 2019, 2019-03, 2019-03-26, "
                         "an interval 2019-01/2019-05, '../2019-03' or '2018-08/..'")
    for part in text.split("/"):
        if part != ".." and not real_date(part):
            raise ValueError(f"period {text!r}: {part!r} is not a real date")
    if kind is None:
        kind = "cumulative" if text.startswith("../") else "period"
    if kind not in PERIOD_KINDS:
        raise ValueError(f"period kind {kind!r} is not one of {', '.join(PERIOD_KINDS)}")
    return Period(text, kind, inferred)


def exact_value(value) -> Decimal | None:
    """An exact Decimal from a YAML int, decimal or numeric string; None if not a number."""
    if value is None or isinstance(value, bool):
        return None
    try:
        result = Decimal(str(value).replace(",", "")) if isinstance(value, str) else Decimal(value)
    except (InvalidOperation, ValueError):
        return None
    return result if result.is_finite() else None


def real_date(text: str) -> bool:
    """True for a date that exists, written 2019, 2019-03 or 2019-03-26."""
    parts = text.split("-")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return False
    if len(parts) == 1:
        return True
    year, month = int(parts[0]), int(parts[1])
    if len(parts[1]) != 2 or not 1 <= month <= 12:
        return False
    return len(parts) == 2 or (len(parts[2]) == 2
                               and 1 <= int(parts[2]) <= calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class Fact:
    """One statement about a subject, with its evidence."""

    id: str
    subject: str
    metric: str
    label: str
    sources: tuple[Source, ...]
    value: Decimal | None = None
    unit: str | None = None
    counted: str | None = None  # for unit 'count': what is counted ("projects")
    as_written: str | None = None
    qualifier: str | None = None
    period: Period | None = None
    text: str | None = None  # a reader's sentence; required for non-numeric facts
    priority: int = 2  # 1 = headline, 2 = supporting, 3 = detail
    related: tuple[str, ...] = ()  # other entities (partners, sectors) the fact is about
    tags: tuple[str, ...] = ()
    equivalent_of: str | None = None  # id of the fact this one restates in another unit
    preferred: bool = False
    conflicts_with: tuple[str, ...] = ()
    reason: str | None = None  # why a conflict is resolved the way it is
    status: str | None = None  # plan | expected | ongoing, as of the end of `period`
    text_past: str | None = None  # `text` as said once that date has passed
    label_past: str | None = None  # `label` as said once that date has passed
    part_of: str | None = None  # id of the total this figure is a part of
    scope: FactScope | None = None  # None: the project's city, among all (see FactScope)
    path: str | None = None  # fact file this came from
    line: int | None = None  # line of the fact in that file
    key_lines: tuple[tuple[str, int], ...] = field(default=(), compare=False, repr=False)

    def line_of(self, key: str) -> int | None:
        """The line of one of the fact's keys ("label"), else the fact's own line."""
        return dict(self.key_lines).get(key, self.line)

    @property
    def scope_key(self) -> tuple:
        """Where and among what it measures (`FactScope.key`); the city's among all when it says none."""
        return (self.scope or FactScope()).key

    @property
    def is_numeric(self) -> bool:
        return self.value is not None

    @property
    def seed(self) -> str:
        """The first (primary) seed."""
        return self.sources[0].seed

    @property
    def quote(self) -> str:
        return self.sources[0].quote

    def about(self, slug: str) -> bool:
        """True if the fact is about an entity, as subject or related."""
        return self.subject == slug or slug in self.related

    def to_json(self) -> dict:
        """The stable JSON form used by `briefgen facts list --json`."""
        value = None
        if self.value is not None:
            value = int(self.value) if self.value == self.value.to_integral_value() else float(self.value)
        return {
            "id": self.id, "subject": self.subject, "metric": self.metric, "label": self.label,
            "value": value, "unit": self.unit, "counted": self.counted,
            "as_written": self.as_written, "qualifier": self.qualifier,
            "period": self.period.text if self.period else None,
            "period_kind": self.period.kind if self.period else None,
            "period_inferred": self.period.inferred if self.period else False,
            "text": self.text, "priority": self.priority, "related": list(self.related),
            "seed": self.seed, "quote": self.quote,
            "sources": [{"seed": s.seed, "quote": s.quote} for s in self.sources],
            "preferred": self.preferred, "conflicts_with": list(self.conflicts_with),
            "status": self.status, "part_of": self.part_of,
            "scope": vars(self.scope or FactScope()).copy(),
        }


@dataclass(frozen=True)
class Entity:
    """A partner (country, region or group), a sector, or the city."""

    slug: str
    name: str
    kind: str  # country | region | group | sector | city
    aliases: tuple[str, ...] = ()
    iso: str | None = None
    members: tuple[str, ...] = ()  # for groups
    short: str | None = None  # short name for tight spaces
    description: str | None = None
    line: int | None = None

    @property
    def is_partner(self) -> bool:
        return self.kind in ("country", "region", "group")


@dataclass(frozen=True)
class Metric:
    """A known measure. Different measures are different metrics, never merged."""

    name: str
    label: str
    units: tuple[str, ...] = ()  # allowed units; empty = any (or none, for text facts)
    description: str | None = None
    line: int | None = None


@dataclass
class SeedInfo:
    """A source document as described in seeds/index.yaml."""

    file: str
    title: str
    outlet: str | None
    date: str | None  # publication date, ISO, where the text shows one
    description: str
    date_note: str | None = None
    reference_year: int | None = None  # the year "this year" means, when no date is shown
    url: str | None = None
    original: str | None = None  # the document as it came, under seeds/ (`seeds add` keeps it)
    locators: str | None = None  # page, paragraph or cell: what the seed text keeps (sources/)
    extra: dict = field(default_factory=dict)

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else self.reference_year
