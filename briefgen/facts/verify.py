"""Verify a loaded store: references, verbatim quotes, values against their quotes, conflicts."""

from __future__ import annotations

import os
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ..config import Project
from ..errors import Problem
from ..safety.files import text_in
from .model import UNITS, Fact
from .quantities import parse_quantity


from .supersede import GENERIC_METRICS  # noqa: F401 - one list: their label tells them apart


def normalise(text: str) -> str:
    """Collapse every run of whitespace (incl. full-width and no-break spaces) to one space."""
    return " ".join(text.split())  # str.split() and re's \s agree on what whitespace is


def verify(store, project: Project, unread: frozenset[str] | set[str] = frozenset()) -> list[Problem]:
    """Every problem of the store beyond the schema: one list, in file order. `unread` names the
    definitions ("entities", "metrics", "seeds": the seeds index) that could not be read: the
    checks against them are left out."""
    problems: list[Problem] = []
    seed_texts = _SeedTexts(store.seed_dir)
    undescribed: dict[str, list[tuple[Fact, int | None]]] = {}  # seed -> (fact, line) citing it
    for fact in store.facts:
        problems.extend(_check_references(fact, store, unread))
        problems.extend(_check_sources(fact, store, seed_texts, undescribed, "seeds" in unread))
        problems.extend(_check_value(fact))
    problems.extend(_undescribed_seeds(undescribed))
    problems.extend(_check_duplicate_ids(store.facts))
    problems.extend(_check_conflicts(store.facts, store.by_id))
    return problems


def edit_problems(store, edited: Fact) -> list[Problem]:
    """What `verify` would newly report if `edited` replaced the fact of its id in `store`
    with only its label or priority changed: its own reference and scope checks (a scope's
    place must be in the label), and conflicts (a generic metric's label is part of the
    measure). The quotes and values it was verified with are unchanged."""
    facts = [edited if f.id == edited.id else f for f in store.facts]
    before = {str(p) for p in _check_conflicts(store.facts, store.by_id)}
    conflicts_now = _check_conflicts(facts, {**store.by_id, edited.id: edited})
    return _check_references(edited, store, frozenset()) + \
        [p for p in conflicts_now if str(p) not in before]


class _SeedTexts:
    """Normalised seed texts, read once each."""

    def __init__(self, seed_dir) -> None:
        self.seed_dir = seed_dir

    @lru_cache(maxsize=None)
    def raw(self, seed: str) -> str | None:
        return text_in(self.seed_dir, seed)

    @lru_cache(maxsize=None)
    def get(self, seed: str) -> str | None:
        text = self.raw(seed)
        return None if text is None else normalise(text)


def _problem(fact: Fact, message: str, line: int | None = None, hint: str | None = None) -> Problem:
    return Problem(f"{fact.id}: {message}", fact.path, line or fact.line, hint)


def _check_references(fact: Fact, store, unread) -> list[Problem]:
    problems = []
    for slug in (fact.subject, *fact.related):
        if slug not in store.entities and "entities" not in unread:
            problems.append(_problem(fact, f"unknown subject {slug!r}",
                                     hint="add it to facts/entities.yaml or fix the slug"))
    metric = store.metrics.get(fact.metric)
    if metric is None and "metrics" not in unread:
        problems.append(_problem(fact, f"unknown metric {fact.metric!r}",
                                 hint="add it to facts/metrics.yaml"))
    elif metric is not None and fact.unit in UNITS and metric.units and fact.unit not in metric.units:
        problems.append(_problem(fact, f"unit {fact.unit!r} is not a unit of metric "
                                       f"{fact.metric!r} ({', '.join(metric.units)})",
                                 hint="use one of those units, or another metric; different "
                                      "measures are different metrics"))
    if fact.unit == "count" and not fact.counted:
        problems.append(_problem(fact, "a count needs `counted` (what is counted, e.g. projects)",
                                 hint="add counted: projects (a plural noun)"))
    for other in (*fact.conflicts_with, *(i for i in (fact.equivalent_of, fact.part_of) if i)):
        if other not in store.by_id:
            problems.append(_problem(fact, f"refers to unknown fact id {other!r}",
                                     hint="see `briefgen facts list` for the ids"))
    return problems + _check_scope(fact)


def _check_scope(fact: Fact) -> list[Problem]:
    """A figure about a wider place than the city prints with that place in its label: briefs
    show labels as they are, so a label without it reads as the city's figure."""
    place = fact.scope.place if fact.scope and not fact.scope.is_city else None
    if not place or place.lower() in fact.label.lower():
        return []
    return [_problem(fact, f"the label does not say the figure is about {place} "
                           f"(scope level {fact.scope.level})",
                     hint=f"name it in the label, e.g. '... in {place}', so no brief prints it "
                          "as the city's figure")]


def _unreadable(seed_dir, seed: str) -> bool:
    """A file (or link) is there by that name, but safety.files.text_in does not read it."""
    try:
        return "/" not in seed and "\\" not in seed and os.path.lexists(seed_dir / seed)
    except ValueError:  # a NUL in the name
        return False


def _check_sources(fact: Fact, store, seed_texts: _SeedTexts, undescribed: dict,
                   index_unread: bool) -> list[Problem]:
    problems = []
    for source in fact.sources:
        text = seed_texts.get(source.seed)
        if text is None and _unreadable(store.seed_dir, source.seed):
            problems.append(_problem(fact, f"seed file {source.seed!r} cannot be read: it is a "
                                           f"link out of {store.seed_dir.name}/ or not a regular "
                                           "file", source.line,
                                     "put the document itself in seeds/ (briefgen seeds add)"))
        elif text is None:
            problems.append(_problem(fact, f"seed file {source.seed!r} not found in "
                                           f"{store.seed_dir.name}/", source.line,
                                     "add the document to seeds/ or fix the file name"))
        elif source.cell and (problem := _check_cell(fact, source, seed_texts.raw(source.seed))):
            problems.append(problem)
        elif not source.cell and normalise(source.quote) not in text:
            problems.append(_problem(fact, f"quote not found verbatim in {source.seed}: "
                                           f"{_short(source.quote)!r}{_nearest(source.quote, text)}",
                                     source.line, "copy the quote exactly from the seed"))
        elif source.seed not in store.seeds and not index_unread:
            undescribed.setdefault(source.seed, []).append((fact, source.line))
    return problems


def _check_cell(fact: Fact, source, table: str) -> Problem | None:
    """A table cell's text is the quote: the cell must exist and hold it."""
    from briefgen.sources.locate import cell_value
    value = cell_value(table, source.cell)
    if value is None:
        return _problem(fact, f"no cell {source.cell} in {source.seed} (no such sheet, or not a "
                              "table seed)", source.line,
                        "give Sheet!CELL of the table as `briefgen seeds add` read it")
    if normalise(value) != normalise(source.quote):
        return _problem(fact, f"cell {source.seed}!{source.cell} holds {value!r}, not the quote "
                              f"{_short(source.quote)!r}", source.line,
                        "the quote of a cell is its value as the seed writes it")
    return None


def _undescribed_seeds(undescribed: dict[str, list[tuple[Fact, int | None]]]) -> list[Problem]:
    """One problem per seed missing from seeds/index.yaml, at its first citation."""
    problems = []
    for seed, citations in undescribed.items():
        fact, line = citations[0]
        others = len({f.id for f, _ in citations}) - 1
        also = f" (cited by {others} more fact{'s' if others != 1 else ''})" if others else ""
        problems.append(_problem(fact, f"seed {seed!r} is not described in seeds/index.yaml{also}",
                                 line, "add it to seeds/index.yaml with its title, outlet, date "
                                       "and description"))
    return problems


def _check_value(fact: Fact) -> list[Problem]:
    if fact.value is None or fact.unit not in UNITS:  # an unknown unit is reported already
        return []
    if not fact.as_written:
        return [_problem(fact, "a value needs `as_written`, the figure as the quote writes it",
                         hint="copy the figure from the quote, e.g. as_written: $1.93 billion")]
    written = normalise(fact.as_written)
    cells = [s for s in fact.sources if s.cell]
    if cells:
        return _check_cell_value(fact, cells[0], written)
    if not any(written in normalise(s.quote) for s in fact.sources):
        return [_problem(fact, f"as_written {fact.as_written!r} is not in its quote",
                         hint="copy the figure exactly as the quote writes it")]
    parsed = parse_quantity(written)
    if parsed is None:
        return [_problem(fact, f"as_written {fact.as_written!r} cannot be read as a quantity",
                         hint="write the figure with its unit, e.g. '$30.462 billion', '7.1 percent'")]
    bare_number = parsed.unit == "count" and not parsed.counted  # unit stated around it
    if parsed.value != fact.value or (parsed.unit != fact.unit and not bare_number):
        return [_problem(fact, f"as_written {fact.as_written!r} reads as {parsed.value} "
                               f"{parsed.unit}, but the fact says {fact.value} {fact.unit}",
                         hint="fix value (exact, in base units) or unit to match the quote")]
    return []


def _check_cell_value(fact: Fact, source, written: str) -> list[Problem]:
    """A value from a table cell: as_written is the cell's text, and the value is the cell's
    number times the source's scale (a table in millions has scale 1000000)."""
    if written != normalise(source.quote):
        return [_problem(fact, f"as_written {fact.as_written!r} is not the cell's text "
                               f"{source.quote!r}", hint="copy the cell's value as as_written")]
    try:
        number = Decimal(written.replace(",", ""))
    except InvalidOperation:
        return [_problem(fact, f"cell {source.cell} holds {written!r}, not a number",
                         hint="cite a cell that holds the figure")]
    scale = source.scale if source.scale is not None else Decimal(1)
    if number * scale != fact.value:
        return [_problem(fact, f"cell {source.cell} holds {written} (× {_plain(scale)} = "
                               f"{_plain(number * scale)}), but the fact says {_plain(fact.value)}",
                         hint="fix value, or the source's scale: 1000000 for a table in millions")]
    return []


def _plain(number: Decimal) -> str:
    """1234500000 for Decimal('1234500000.0'), 18.5 for Decimal('18.50')."""
    return str(int(number)) if number == number.to_integral_value() else format(number.normalize(), "f")


def _check_duplicate_ids(facts: list[Fact]) -> list[Problem]:
    seen: dict[str, Fact] = {}
    problems = []
    for fact in facts:
        if fact.id in seen:
            first = seen[fact.id]
            problems.append(_problem(fact, f"duplicate id (first defined at {first.path}:{first.line})",
                                     hint="give each fact its own id"))
        else:
            seen[fact.id] = fact
    return problems


def conflict_key(fact: Fact) -> tuple:
    """Facts with the same key claim to measure the same thing; a figure of another place or
    group is another measure ("Shandong's imports from Pakistan" and "China's imports from
    Pakistan" in one quarter)."""
    label = fact.label.lower() if fact.metric in GENERIC_METRICS else ""
    period = fact.period.text if fact.period else ""
    return (fact.subject, fact.metric, fact.counted or "", fact.unit, period, label,
            fact.scope_key)


def _check_conflicts(facts: list[Fact], by_id: dict[str, Fact]) -> list[Problem]:
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.value is not None and not fact.equivalent_of:
            groups[conflict_key(fact)].append(fact)
    problems = []
    for group in groups.values():
        if len({f.value for f in group}) > 1 and not _resolved(group):
            ids = ", ".join(f.id for f in group)
            problems.append(_problem(group[-1], f"conflicting values for the same measure and "
                                                f"period ({ids})",
                                     hint="if they measure the same thing, mark one `preferred: true` "
                                          "with a `reason` and list the others in `conflicts_with`; if not "
                                          "(two routes, places or kinds), say in each `label` what it is of, "
                                          "with a generic `metric` such as `count`, or give a figure of another "
                                          "place its `scope`"))
    for fact in facts:
        if fact.conflicts_with and not _resolved([fact, *(by_id[i] for i in fact.conflicts_with
                                                          if i in by_id)]):
            problems.append(_problem(fact, "conflict is not resolved",
                                     hint="mark one fact of the conflict `preferred: true` "
                                          "and give a `reason`"))
    return problems


def _resolved(group: list[Fact]) -> bool:
    preferred = [f for f in group if f.preferred]
    return len(preferred) == 1 and bool(preferred[0].reason)


def conflicts(facts: list[Fact], by_id: dict[str, Fact]) -> list[tuple[Fact, list[Fact]]]:
    """Resolved conflicts: (preferred fact, the others), for reports."""
    result = []
    for fact in facts:
        if fact.preferred and fact.conflicts_with:
            result.append((fact, [by_id[i] for i in fact.conflicts_with if i in by_id]))
    return result


def _nearest(quote: str, seed_text: str) -> str:
    """Where the passage of the seed that starts (or ends) like the quote first differs from it:
    `; the seed has "…cargo that totalled 12.5…" where the quote has "…cargo that totaled
    12.5…"`. Empty when no passage of the seed starts or ends like the quote."""
    quote = normalise(quote)
    head = _longest(lambda n: quote[:n] in seed_text, len(quote))
    tail = _longest(lambda n: quote[len(quote) - n:] in seed_text, len(quote))
    if max(head, tail) < min(12, len(quote) // 2):
        return ""
    if head >= tail:  # the start agrees up to `head`: show the context on both sides of it
        at = seed_text.index(quote[:head]) + head
        theirs, ours = _around(seed_text, at, 24, 16), _around(quote, head, 24, 16)
    else:  # the end agrees from `start` on
        start = len(quote) - tail
        at = seed_text.index(quote[start:])
        theirs, ours = _around(seed_text, at, 16, 24), _around(quote, start, 16, 24)
    return f'; the seed has "{theirs}" where the quote has "{ours}"'


def _around(text: str, at: int, before: int, after: int) -> str:
    """text[at - before : at + after], widened to whole words, with … where it is cut."""
    start, end = max(0, at - before), min(len(text), at + after)
    while 0 < start and text[start - 1] != " " and at - start < before + 12:
        start -= 1
    while end < len(text) and text[end] != " " and end - at < after + 12:
        end += 1
    return f"{'…' if start else ''}{text[start:end].strip()}{'…' if end < len(text) else ''}"


def _longest(holds, limit: int) -> int:
    """The largest n <= limit for which holds(n), given that holds is true up to some n."""
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if holds(middle):
            low = middle
        else:
            high = middle - 1
    return low


def _short(text: str, limit: int = 70) -> str:
    text = normalise(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"
