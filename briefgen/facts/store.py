"""Load the fact store: entities, metrics, the seeds index and every fact file, validated.

`load_store(project)` returns a FactStore or raises FactError listing every problem found;
`read_store(project)` returns the store and the problems, for `briefgen facts check`.
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..config import Project
from ..conforms import conforms
from ..errors import BriefgenError, ConfigError, FactError, Problem
from ..safety.files import text_in
from ..safety.paths import is_within
from ..validate import validate
from ..yamlio import LineDict, load, loads, no_gc
from . import store_cache
from .model import (UNITS, Entity, Fact, FactScope, Metric, Period, SeedInfo, Source, exact_value,
                    parse_period, real_date)
from .quantities import parse_quantity
from .supersede import superseded
from .tags import TAGS

RESERVED_FILES = {"entities.yaml", "metrics.yaml"}
ACCEPTED_DIR = "accepted"  # where `facts accept` moves the facts it takes from the inbox


@dataclass
class FactStore:
    """Every fact of a project, with the entities, metrics and seeds they refer to."""

    facts: list[Fact]
    entities: dict[str, Entity]
    metrics: dict[str, Metric]
    seeds: dict[str, SeedInfo]
    city: Entity
    seed_dir: Path
    files: list[Path] = field(default_factory=list)
    accepted: frozenset[str] = frozenset()  # ids of the facts read from facts/accepted/
    by_id: dict[str, Fact] = field(default_factory=dict)
    _notes: dict | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.by_id = {f.id: f for f in self.facts}
        # the losing side of each resolved conflict (the preferred fact names the others)
        self.overruled = frozenset(i for f in self.facts if f.preferred for i in f.conflicts_with)
        # Indexes, so that what a brief asks of the store does not grow with the store's size.
        self._about: dict[str, list[Fact]] = {}  # slug -> facts about it (subject or related)
        self._equivalents: dict[str, list[Fact]] = {}  # fact id -> the facts giving it in another currency
        for fact in self.facts:
            for slug in dict.fromkeys((fact.subject, *fact.related)):
                self._about.setdefault(slug, []).append(fact)
            if fact.equivalent_of:
                self._equivalents.setdefault(fact.equivalent_of, []).append(fact)
        self.subjects = frozenset(f.subject for f in self.facts)  # those with facts of their own
        self.preferred = frozenset(f.id for f in self.facts if f.preferred)  # won a conflict
        self.superseded = superseded(self.facts)  # older figure id -> the newer one's

    @property
    def notes(self) -> dict:
        """{fact id: the consistency findings a brief printing it notes} (facts/rules/),
        worked out on first use."""
        if self._notes is None:
            from .rules import brief_notes
            self._notes = brief_notes(self)
        return self._notes

    def get(self, fact_id: str) -> Fact:
        try:
            return self.by_id[fact_id]
        except KeyError:
            raise FactError(f"unknown fact id {fact_id!r}{_suggest(fact_id, self.by_id)}",
                            hint="see `briefgen facts list`") from None

    def find(self, subject: str | None = None, metric: str | None = None,
             tag: str | None = None) -> list[Fact]:
        """Facts about `subject` (as subject or related), optionally of a metric or tag."""
        candidates = self.facts if subject is None else self._about.get(subject, ())
        return [f for f in candidates
                if (metric is None or f.metric == metric)
                and (tag is None or tag in f.tags)]

    def equivalents(self, fact_id: str) -> list[Fact]:
        """The facts that give fact `fact_id`'s figure in another currency."""
        return self._equivalents.get(fact_id, [])

    def entity(self, slug: str) -> Entity:
        try:
            return self.entities[slug]
        except KeyError:
            raise FactError(f"unknown subject {slug!r}{_suggest(slug, self.entities)}",
                            hint="see `briefgen list`") from None

    @property
    def partners(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.is_partner]

    @property
    def sectors(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == "sector"]


def _suggest(name: str, known) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def load_store(project: Project) -> FactStore:
    """The validated store; raises FactError with every problem if there are any. A valid
    store is kept in the project's cache and reused while its inputs are unchanged
    (store_cache.py); `briefgen facts check` always reads and verifies everything."""
    digest = store_cache.inputs_digest(project)
    kept = store_cache.read(project, digest)
    if kept is not None:
        return _same_city(project, kept)
    store, problems = read_store(project)
    if problems:
        raise FactError(problems=problems)
    store_cache.keep(project, digest, store)
    return _same_city(project, store)


def _same_city(project: Project, store: FactStore) -> FactStore:
    """briefgen.yaml's `city:`, when written, names the city of facts/entities.yaml."""
    config = project.root / "briefgen.yaml"
    try:
        lines = config.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return store
    line = next((n for n, text in enumerate(lines, 1) if text.startswith("city:")), None)
    if line is not None and project.city != store.city.slug:
        raise ConfigError(f"city {project.city!r} is not the city of facts/entities.yaml "
                          f"({store.city.slug!r})", path=str(config), line=line,
                          hint=f"write city: {store.city.slug}, the slug of the city entity")
    return store


def read_store(project: Project) -> tuple[FactStore, list[Problem]]:
    """Load everything, collecting problems instead of stopping at the first."""
    from .verify import verify  # verification needs the loaded store

    facts_dir, seed_dir = project.path("facts"), project.path("seeds")
    problems: list[Problem] = []
    entities, city = _load_entities(facts_dir / "entities.yaml", project, problems)
    metrics = _load_metrics(facts_dir / "metrics.yaml", project, problems)
    seeds = _load_seed_index(seed_dir / "index.yaml", project, problems)
    files = fact_files(facts_dir)
    facts: list[Fact] = []
    accepted: set[str] = set()
    for path, (file_facts, file_problems) in zip(files, _load_fact_files(files, project)):
        facts.extend(file_facts)
        problems.extend(file_problems)
        if _is_accepted(facts_dir, path):
            accepted.update(f.id for f in file_facts)
    store = FactStore(_with_locators(facts, seeds, seed_dir), entities, metrics, seeds, city,
                      seed_dir, files, frozenset(accepted))
    # a definitions file that did not load leaves out the checks against it (else every fact
    # would be "unknown"); the others run, so all problems are reported in one run
    definitions = {"entities": facts_dir / "entities.yaml", "metrics": facts_dir / "metrics.yaml",
                   "seeds": seed_dir / "index.yaml"}
    broken = {p.path for p in problems}
    unread = {key for key, path in definitions.items() if display_path(path, project) in broken}
    problems.extend(verify(store, project, unread))
    return store, problems


def _with_locators(facts: list[Fact], seeds: dict[str, SeedInfo], seed_dir: Path) -> list[Fact]:
    """Facts whose sources are seeds that keep positions (PDF pages, paragraphs, table cells)
    get each source's locator, read from the seed text once per seed."""
    located = {name for name, info in seeds.items() if info.locators}
    if not located:
        return facts
    from briefgen.sources.locate import source_locator
    texts: dict[str, str | None] = {}

    def locate(source: Source) -> Source:
        if source.seed not in located:
            return source
        if source.seed not in texts:
            texts[source.seed] = _read_seed(seed_dir, source.seed)
        info = seeds[source.seed]
        where = source_locator(texts[source.seed], info.locators, source.quote, source.cell,
                               info.original)
        return replace(source, locator=where) if where else source
    return [replace(f, sources=tuple(locate(s) for s in f.sources))
            if any(s.seed in located for s in f.sources) else f for f in facts]


def _read_seed(seed_dir: Path, seed: str) -> str | None:
    return text_in(seed_dir, seed)  # None: verify reports it


def fact_files(facts_dir: Path) -> list[Path]:
    """Every fact file under facts/, in a stable order: the curator's files, then the facts
    `facts accept` moved into facts/accepted/ (within a priority, briefs keep the store's order,
    so a figure accepted from the inbox never displaces the curator's own); `_`-prefixed
    folders are skipped."""
    found = []
    for path in sorted(facts_dir.rglob("*.yaml"), key=_curated_first(facts_dir)):
        relative = path.relative_to(facts_dir)
        if relative.name in RESERVED_FILES and len(relative.parts) == 1:
            continue
        if any(part.startswith("_") for part in relative.parts):
            continue
        found.append(path)
    return found


def _curated_first(facts_dir: Path):
    def key(path: Path) -> tuple[bool, Path]:
        return _is_accepted(facts_dir, path), path
    return key


def _is_accepted(facts_dir: Path, path: Path) -> bool:
    """Whether a fact file is one `facts accept` wrote (in facts/accepted/)."""
    return path.relative_to(facts_dir).parts[0] == ACCEPTED_DIR


def display_path(path: Path, project: Project) -> str:
    """A path relative to the project root, as users see it."""
    try:
        return str(path.relative_to(project.root))
    except ValueError:
        return str(path)


def _read_yaml(path: Path, project: Project, problems: list[Problem], folder: Path | None = None):
    """The data of a YAML file of `folder` (default: its own folder), or None with the problem
    collected; a file that is a link out of `folder` is not read (a shared project's
    facts/more.yaml linked to a file of yours would print it in the errors and briefs)."""
    if not is_within(folder or path.parent, path):
        problems.append(Problem(f"this file leads outside {(folder or path.parent).name}/ (a link)",
                                display_path(path, project),
                                hint="put the file itself there, not a link to it"))
        return None
    try:
        return load(path, display_path(path, project))
    except BriefgenError as exc:
        problems.extend(exc.problems)
        return None


def _read_valid(path: Path, schema: str, project: Project, problems: list[Problem]):
    """The file's data if it reads and matches its schema; else None, problems collected."""
    data = _read_yaml(path, project, problems)
    if data is None:
        return None
    schema_problems = [] if conforms(data, schema) else validate(data, schema, display_path(path, project))
    problems.extend(schema_problems)
    return None if schema_problems else data


def _load_entities(path: Path, project: Project, problems: list[Problem]):
    name = display_path(path, project)
    data = _read_valid(path, "entities", project, problems)
    if data is None:
        fallback = Entity(project.city, project.city.title(), "city")
        return {fallback.slug: fallback}, fallback
    city = _entity(data["city"], "city")
    entities, duplicated = {city.slug: city}, set()
    for kind_key in ("partners", "sectors"):
        for raw in data.get(kind_key) or []:
            entity = _entity(raw, raw.get("kind", "sector"))
            if entity.slug in entities:
                problems.append(Problem(f"duplicate entity slug {entity.slug!r}", name, entity.line,
                                        "give each entity its own slug"))
                duplicated.add(entity.slug)
            entities[entity.slug] = entity
    for entity in entities.values():
        if entity.slug + SOURCES in entities:
            problems.append(_companion_clash(entities[entity.slug + SOURCES], entity, name))
        for member in entity.members:
            if member not in entities:
                problems.append(Problem(f"group {entity.slug!r} lists unknown member {member!r}",
                                        name, entity.line, "add the member under partners"))
        circle = _circle(entity.slug, entities) if entity.slug not in duplicated else []
        if circle:  # (a duplicate slug makes members of the other entity's name look circular)
            problems.append(Problem(
                f"group {entity.slug!r} is among its own members ({' -> '.join(circle)})", name,
                entity.line, "list the countries it groups, not the group itself"))
    return entities, city


def _circle(slug: str, entities: dict) -> list[str]:
    """The chain of members by which the group `slug` holds itself ([] when it does not): a
    group's figures cover its members', and such a group would be a part of itself."""
    came_from: dict[str, str] = {}
    waiting = [slug]
    while waiting:
        group = waiting.pop()
        for member in entities[group].members if group in entities else ():
            if member == slug:
                chain = [group]
                while chain[-1] != slug:
                    chain.append(came_from[chain[-1]])
                return [*reversed(chain), slug]
            if member not in came_from:
                came_from[member] = group
                waiting.append(member)
    return []


SOURCES = "-sources"  # a brief's quotes go beside it as NAME-sources.pdf (build.py)


def _companion_clash(entity: Entity, other: Entity, name: str) -> Problem:
    return Problem(f"entity slug {entity.slug!r} gives its brief the file name of the quotes "
                   f"beside the brief on {other.slug!r} (…-{entity.slug}.pdf)", name, entity.line,
                   f"give it a slug that does not end with {SOURCES!r}")


def _entity(raw: dict, kind: str) -> Entity:
    return Entity(slug=raw["slug"], name=raw["name"], kind=kind,
                  aliases=tuple(raw.get("aliases") or ()), iso=raw.get("iso"),
                  members=tuple(raw.get("members") or ()), short=raw.get("short"),
                  description=raw.get("description"), line=getattr(raw, "line", None))


def _load_metrics(path: Path, project: Project, problems: list[Problem]) -> dict[str, Metric]:
    data = _read_valid(path, "metrics", project, problems)
    if data is None:
        return {}
    metrics = data["metrics"]
    return {name: Metric(name, raw["label"], tuple(raw.get("units") or ()),
                         raw.get("description"), metrics.line_of(name))
            for name, raw in metrics.items()}


EARLIEST_SEED_YEAR = 1900  # a source's date before this, or after next year, is a slip


def _published_when(date: str) -> bool:
    import datetime as dt
    return EARLIEST_SEED_YEAR <= int(date[:4]) <= dt.date.today().year + 1


def _load_seed_index(path: Path, project: Project, problems: list[Problem]) -> dict[str, SeedInfo]:
    data = _read_valid(path, "seed_index", project, problems)
    if data is None:
        return {}
    for name, raw in (data["seeds"] or {}).items():
        if raw.get("date") and not real_date(str(raw["date"])):
            problems.append(Problem(f"seeds/{name}/date: {str(raw['date'])!r} is not a real date",
                                    display_path(path, project), raw.line_of("date"),
                                    "write YYYY, YYYY-MM or YYYY-MM-DD with a month 01-12 and a "
                                    "day that month has"))
        elif raw.get("date") and not _published_when(str(raw["date"])):
            problems.append(Problem(
                f"seeds/{name}/date: {str(raw['date'])!r} is not when a source can have been "
                f"published (in {EARLIEST_SEED_YEAR} to next year)",
                display_path(path, project), raw.line_of("date"),
                "write the date the document gives, as YYYY, YYYY-MM or YYYY-MM-DD"))
    return {name: SeedInfo(file=name, title=raw["title"], outlet=raw.get("outlet"),
                           date=str(raw["date"]) if raw.get("date") else None,
                           description=raw["description"], date_note=raw.get("date_note"),
                           reference_year=raw.get("reference_year"), url=raw.get("url"),
                           original=raw.get("original"), locators=raw.get("locators"))
            for name, raw in (data["seeds"] or {}).items()}


# Reading YAML is most of the time a large store takes to load; above this many bytes of fact
# files they are read in parallel, one process per core (a small store is quicker alone).
PARALLEL_BYTES = 1_000_000


def _load_fact_files(files: list[Path], project: Project) -> list[tuple[list[Fact], list[Problem]]]:
    """(facts, problems) of each file, in order; big stores are read by several processes."""
    workers = min(_cores(), 8, len(files))
    size = sum(_size(path) for path in files)
    if workers < 2 or size < PARALLEL_BYTES:
        return [_load_one(path, project) for path in files]
    import multiprocessing  # here: a store too small for them imports no process pool
    if "fork" not in multiprocessing.get_all_start_methods():
        return [_load_one(path, project) for path in files]
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from ..safety.workers import die_with_parent
    chunks = max(1, len(files) // (workers * 4))
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                 initializer=die_with_parent) as pool:
            return list(pool.map(_load_one, files, [project] * len(files), chunksize=chunks))
    except (OSError, BrokenProcessPool):  # no processes to be had: read them here
        return [_load_one(path, project) for path in files]


def _cores() -> int:
    """Cores this process may use (a container's CPU set, not the machine's)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _load_one(path: Path, project: Project) -> tuple[list[Fact], list[Problem]]:
    problems: list[Problem] = []
    with no_gc():
        return _load_fact_file(path, project, problems), problems


def _load_fact_file(path: Path, project: Project, problems: list[Problem]) -> list[Fact]:
    name = display_path(path, project)
    data = _read_yaml(path, project, problems, project.path("facts"))
    if data is None:
        return []
    return _facts_of(data, name, problems)


def check_fact_text(text: str, name: str) -> tuple[list[Fact], list[Problem]]:
    """What `facts check` says of one fact file's text on its own (its YAML, keys, values and
    periods; not its quotes and references, which need the whole store): for an edit, before
    it is written."""
    problems: list[Problem] = []
    try:
        data = loads(text, name)
    except BriefgenError as exc:
        return [], exc.problems
    return _facts_of(data, name, problems), problems


def _facts_of(data, name: str, problems: list[Problem]) -> list[Fact]:
    """The facts of a fact file's parsed data; its problems collected."""
    file_problems = [] if conforms(data, "fact_file") else validate(data, "fact_file", name)
    if file_problems:
        problems.extend(file_problems)
        return []
    facts = []
    for raw in data["facts"] or []:
        fact_problems = [] if conforms(raw, "fact") else validate(raw, "fact", name)
        if fact_problems:
            problems.extend(fact_problems)
            if isinstance(raw, LineDict):
                unit_problem(raw, problems, name)
            continue
        fact = _fact(raw, name, problems)
        if fact is not None:
            facts.append(fact)
    return facts


def _scope(raw: dict | None) -> FactScope | None:
    """None for the default (the project's city, ranked among all)."""
    if not raw or (raw["level"] == "city" and not raw.get("place") and not raw.get("among")):
        return None
    return FactScope(raw["level"], raw.get("place"), raw.get("among"))


def _fact(raw: dict, path: str, problems: list[Problem]) -> Fact | None:
    """Build a Fact from a schema-valid mapping; value and period problems are collected."""
    def problem(message: str, key: str | None = None, hint: str | None = None) -> None:
        problems.append(Problem(f"{raw['id']}: {message}", path,
                                raw.line_of(key) if key else raw.line, hint))

    # every problem of the fact in one run: none of these checks stops the others
    usable = True
    value = exact_value(raw.get("value"))
    if "value" in raw and value is None:
        problem(f"value {raw['value']!r} is not a number", "value",
                "write the exact value in base units: 1930000000 for $1.93 billion, 7.1 for "
                "7.1 percent")
        usable = False
    period = None
    if "period" in raw:
        try:
            period = parse_period(str(raw["period"]), raw.get("period_kind"),
                                  bool(raw.get("period_inferred", False)))
        except ValueError as exc:
            problem(str(exc), "period", "see docs/fact-format.md#periods")
            usable = False
    elif "period_kind" in raw:
        problem("period_kind is set but period is missing", "period_kind",
                "add the period (e.g. period: 2019-06) or remove period_kind")
    if raw.get("status") and period is None:
        problem(f"status {raw['status']!r} needs the date it refers to", "status",
                _period_hint(raw))
    for key in ("text_past", "label_past"):
        if key in raw and not raw.get("status"):
            problem(f"{key} is set but status is missing", key,
                    "add status: plan, expected or ongoing, or remove " + key)
    unit = raw.get("unit")
    if value is not None and unit is None:
        problem("a value needs a unit", "value", "add unit: USD, CNY, percent, count, ...")
    unit_problem(raw, problems, path)
    for tag in raw.get("tags") or ():
        if tag not in TAGS:
            close = difflib.get_close_matches(str(tag), sorted(TAGS), n=1)
            problem(f"unknown tag {tag!r}" + (f" (did you mean {close[0]!r}?)" if close else ""),
                    "tags", "see docs/fact-format.md#tags for the tags and what each does")
    if not usable:
        return None
    if value is None and not raw.get("text"):
        problem("a fact without a value needs a text for readers", None,
                "add text: (a sentence for readers), or value, unit and as_written")
    sources = tuple(Source(s["seed"], s["quote"], getattr(s, "line", None), s.get("cell"),
                           exact_value(s["scale"]) if "scale" in s else None) for s in raw["sources"])
    return Fact(
        id=raw["id"], subject=raw["subject"], metric=raw["metric"], label=raw["label"],
        sources=sources, value=value, unit=unit, counted=raw.get("counted"),
        as_written=str(raw["as_written"]) if "as_written" in raw else None,
        qualifier=raw.get("qualifier"), period=period, text=raw.get("text"),
        priority=raw.get("priority", 2), related=tuple(raw.get("related") or ()),
        tags=tuple(raw.get("tags") or ()), equivalent_of=raw.get("equivalent_of"),
        preferred=bool(raw.get("preferred", False)),
        conflicts_with=tuple(raw.get("conflicts_with") or ()), reason=raw.get("reason"),
        status=raw.get("status"), text_past=raw.get("text_past"),
        label_past=raw.get("label_past"), part_of=raw.get("part_of"),
        scope=_scope(raw.get("scope")), path=path, line=raw.line,
        key_lines=tuple(getattr(raw, "key_lines", {}).items()),
    )


_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?!\d|[.,]\d)")  # not in 12,019 or 2019.5


def _period_hint(raw: dict) -> str:
    """What to add to a fact with a status but no date: the year its quotes name, when they
    name one; else the year it is for, which only the source can say (no year is invented)."""
    target = "with period_kind: target for a plan due by then"
    quotes = [str(source.get("quote", "")) for source in raw.get("sources") or ()]
    years = sorted({year for quote in quotes for year in _YEAR.findall(quote)})
    names = "its quote names" if len(quotes) == 1 else "its quotes name"
    if len(years) == 1 and not _in_another_clause(years[0], str(raw.get("as_written", "")), quotes):
        return f"add period: {years[0]}, the year {names} ({target})"
    if len(years) == 1:  # "… is 750,000 appliances annually, and the combined … by 2025": not this figure's
        return f"add period: the year it is for ({names} {years[0]}, in another clause), {target}"
    if years:
        listed = ", ".join(years[:-1]) + f" and {years[-1]}"
        return f"add period: the year it is for ({names} {listed}), {target}"
    return f"add period: the year it is for, as its source gives it ({target})"


def _in_another_clause(year: str, as_written: str, quotes: list[str]) -> bool:
    """Whether a clause joint (", and", ", while", ";") and a verb of the next clause's own come between
    the figure and the year its quote names ("… is 750,000 appliances annually, and the combined output
    … will reach 1.7 million units by 2025"; not "… will reach 5 billion yuan, and imports 3 billion
    yuan, by 2025", one aim for both)."""
    figure = re.compile(rf"(?<![\d.,]){re.escape(as_written)}(?![\d])") if as_written else None
    for quote in quotes:
        at, there = figure.search(quote) if figure else None, quote.find(year)
        if at and there >= at.end():  # (a year before the figure may open its sentence: "In 2019, …, and …")
            joint = _CLAUSE_JOINT.search(quote, at.end(), there)
            return bool(joint and _OWN_VERB.search(quote, joint.end(), there))
    return False


# (as the extractor's clause joints and verbs, briefgen/facts/extract/candidates.py: the store reads no extractor)
_CLAUSE_JOINT = re.compile(r",\s*(?:and|while|whereas|but)\s+|;\s*|\s(?:while|whereas)\s+")
_OWN_VERB = re.compile(r"\b(?:is|are|was|were|will|would|shall|has|have|had|reach(?:es|ed)?|rose|grew|fell|hit|hits|"
                       r"totall?ed|exceeded|stood)\b")


def unit_problem(raw: dict, problems: list[Problem], path: str) -> None:
    """An unknown unit, with the unit meant when the word is one the figures are read with
    ("tons": `t`); also for a fact whose other keys fail the schema, so it is reported at once."""
    unit = raw.get("unit")
    if not isinstance(unit, str) or unit in UNITS:
        return
    parsed = parse_quantity(f"1 {unit}")
    meant = parsed.unit if parsed and parsed.unit in UNITS and parsed.unit != "count" else None
    meant = meant or next(iter(difflib.get_close_matches(unit, sorted(UNITS), n=1)), None)
    problems.append(Problem(f"{raw.get('id', 'fact')}: unknown unit {unit!r}"
                            + (f" (did you mean {meant!r}?)" if meant else ""),
                            path, raw.line_of("unit"), "see docs/fact-format.md#units-and-values"))


def load_seed_text(store: FactStore, seed: str) -> str | None:
    """The text of a seed, or None if there is no such seed (safety.files.text_in)."""
    return text_in(store.seed_dir, seed)


__all__ = ["FactStore", "load_store", "read_store", "fact_files", "load_seed_text", "Period"]
