"""`briefgen facts import`: a table seed's rows turned into facts, as a map file says.

The map names the sheet, the header row, the column that holds the subject (or one subject for
the whole table), the column of the period, and one measure per value column (metric, label,
unit, scale). Every fact cites its cell (seed, `cell: Sheet!C7`, the cell's text as quote and
as_written), so `facts check` proves each value against its cell. Every problem (a mapped
column missing, a subject no entity names, a period or value that is not one) is reported with
its file, sheet and cell before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

from briefgen.errors import ExtractError, Problem
from briefgen.facts.model import UNITS, parse_period
from briefgen.safety.files import text_in
from briefgen.sources import locate



@dataclass(frozen=True)
class Imported:
    facts: list[dict]
    sheet: str
    skipped: int  # empty value cells


def import_table(seed: str, table: str, original: str, mapping: dict, map_path: Path,
                 names: dict[str, str], metrics: dict[str, tuple[str, ...]],
                 sheet: str | None = None) -> Imported:
    """Facts from a table seed's text, as `mapping` (the map file, read) says."""
    sheet_map = _SheetMap.open(seed, table, original, mapping, str(map_path), sheet)
    columns = sheet_map.columns(mapping)
    for measure, _ in columns.measures:
        sheet_map.problems.extend(_measure_problems(measure, metrics, sheet_map.where))
    sheet_map.stop_if_wrong()
    aliases = {**names, **{str(k): v for k, v in (mapping.get("subjects") or {}).items()}}
    facts, skipped = [], 0
    for number, cells in enumerate(sheet_map.rows[sheet_map.header_row:], sheet_map.header_row + 1):
        row_facts, row_skipped = sheet_map.row_facts(number, cells, columns, mapping, aliases)
        facts.extend(row_facts)
        skipped += row_skipped
    sheet_map.problems.extend(_duplicate_ids(facts, sheet_map.where))
    sheet_map.stop_if_wrong()
    return Imported(facts, sheet_map.sheet, skipped)


@dataclass(frozen=True)
class _Columns:
    subject: int | None  # None: one subject for the whole table
    period: int | None
    measures: list[tuple[dict, int | None]]


@dataclass
class _SheetMap:
    """One sheet of a table seed, read as a map file says; problems collected, not raised."""

    seed: str
    original: str  # the file's name, for cell references (trade.xlsx!Sheet1!C7)
    sheet: str
    rows: list[list[str]]
    header_row: int
    where: str  # the map file
    problems: list[Problem]

    @classmethod
    def open(cls, seed, table, original, mapping, where, sheet) -> _SheetMap:
        sheets = locate.sheets(table)
        name = sheet or mapping.get("sheet") or next(iter(sheets), "")
        if name not in sheets:
            raise ExtractError(f"{original} has no sheet {name!r} (it has {', '.join(sheets)})",
                               path=where, hint="give --sheet or sheet: with one of those")
        return cls(seed, original, name, sheets[name], int(mapping.get("header_row", 1)), where, [])

    def stop_if_wrong(self) -> None:
        if self.problems:
            raise ExtractError(problems=self.problems)

    def columns(self, mapping: dict) -> _Columns:
        subject, period = mapping["subject"], mapping.get("period")
        return _Columns(self.column(subject["column"]) if isinstance(subject, dict) else None,
                        self.column(period["column"]) if isinstance(period, dict) else None,
                        [(m, self.column(m.get("column", ""))) for m in mapping["measures"]])

    def column(self, ref) -> int | None:
        """A column by its heading in the header row, or by its letter."""
        ref = str(ref)
        header = self.rows[self.header_row - 1] if self.header_row <= len(self.rows) else []
        if ref in header:
            return header.index(ref) + 1
        if ref.isalpha() and ref.isupper() and len(ref) <= 3:
            return locate.column_number(ref)
        self.problems.append(Problem(
            f"{self.original}!{self.sheet}: no column {ref!r} in header row {self.header_row} "
            f"({', '.join(h for h in header if h)})", self.where,
            hint="name a column by its header or its letter"))
        return None

    def cell(self, cells: list[str], row: int, column: int) -> tuple[str, str]:
        """('trade.xlsx!Sheet1!C7', the cell's text)."""
        text = cells[column - 1] if column <= len(cells) else ""
        return f"{self.original}!{locate.cell_ref(self.sheet, row, column)}", text

    def row_facts(self, row: int, cells: list[str], columns: _Columns, mapping: dict,
                  aliases: dict) -> tuple[list[dict], int]:
        """(the facts of one row, its empty value cells)."""
        if not any(cells):
            return [], 0
        subject = mapping["subject"]
        ref, named = self.cell(cells, row, columns.subject) if columns.subject else ("", subject)
        if named in aliases and aliases[named] is None:
            return [], 0  # the map leaves this subject out
        slug = subject if isinstance(subject, str) else aliases.get(named)
        if slug is None:
            self.problems.append(Problem(f"{ref}: {named!r} is not an entity", self.where,
                                         "map it under subjects: (null leaves it out), or add "
                                         "it to facts/entities.yaml"))
            return [], 0
        period = (_period(self.cell(cells, row, columns.period), mapping, self.where,
                          self.problems) if columns.period else None)
        facts, skipped = [], 0
        for measure, column in columns.measures:
            ref, text = self.cell(cells, row, column)
            if not text:
                skipped += 1
                continue
            fact = _fact(self.seed, self.sheet, ref, text, column, row, slug, period, measure,
                         self.where, self.problems)
            if fact:
                facts.append(fact)
        return facts, skipped


def _measure_problems(measure: dict, metrics: dict, where: str) -> list[Problem]:
    problems = []  # the map's shape is its schema's (schemas.TABLE_MAP)
    metric, unit = measure.get("metric"), measure.get("unit")
    if metric and metric not in metrics:
        problems.append(Problem(f"unknown metric {metric!r}", where, hint="add it to facts/metrics.yaml"))
    elif metric and unit and metrics[metric] and unit not in metrics[metric]:
        problems.append(Problem(f"unit {unit!r} is not a unit of metric {metric!r}", where,
                                hint=", ".join(metrics[metric])))
    if unit and unit not in UNITS:
        problems.append(Problem(f"unknown unit {unit!r}", where, hint="see docs/fact-format.md"))
    return problems


def _period(cell: tuple[str, str], mapping: dict, where: str, problems: list[Problem]):
    ref, text = cell
    try:
        return parse_period(text, mapping.get("period_kind", "period"))
    except ValueError as error:
        problems.append(Problem(f"{ref}: {error}", where, hint="the period column holds years "
                                                               "like 2019 or dates like 2019-03"))
        return None


def _fact(seed, sheet, ref, text, column, row, slug, period, measure, where, problems):
    try:
        number = Decimal(text.replace(",", ""))
        if not number.is_finite():  # NaN, Infinity: what a program writes for no value
            raise InvalidOperation
    except InvalidOperation:
        problems.append(Problem(f"{ref}: {text!r} is not a number", where,
                                hint="map the columns that hold figures"))
        return None
    scale = Decimal(str(measure.get("scale", 1)))
    value = number * scale
    source = {"seed": seed, "cell": locate.cell_ref(sheet, row, column), "quote": text}
    if scale != 1:
        source["scale"] = scale
    fact = {"id": _fact_id(slug, measure["metric"], period), "subject": slug,
            "metric": measure["metric"], "label": measure["label"],
            "value": value.normalize() if value == value.to_integral_value() else value,
            "unit": measure["unit"]}
    if measure.get("counted"):
        fact["counted"] = measure["counted"]
    fact["as_written"] = text
    if period:
        fact["period"], fact["period_kind"] = period.text, period.kind
    fact["sources"] = [source]
    return fact


def _fact_id(slug: str, metric: str, period) -> str:
    return f"{slug}.{metric.replace('_', '-')}" + (f"-{period.text.replace('/', '-')}" if period else "")


def _duplicate_ids(facts: list[dict], where: str) -> list[Problem]:
    seen: dict[str, str] = {}
    problems = []
    for fact in facts:
        cell = fact["sources"][0]["cell"]
        if fact["id"] in seen:
            problems.append(Problem(f"{cell} and {seen[fact['id']]} give the same fact "
                                    f"{fact['id']} (same subject, measure and period)", where,
                                    hint="map the subject and period columns so each row is one"))
        seen.setdefault(fact["id"], cell)
    return problems


class _Dumper(yaml.SafeDumper):
    """Exact decimals written as YAML numbers (the store reads them back as Decimal)."""


_Dumper.add_representer(Decimal, lambda dumper, value: dumper.represent_scalar(
    "tag:yaml.org,2002:int" if value == value.to_integral_value() else "tag:yaml.org,2002:float",
    format(value, "f")))


_HEAD = "# Written by `briefgen facts import` from "  # what marks the files it may replace


def facts_yaml(imported: Imported, original: str, map_path: Path) -> str:
    head = (f"{_HEAD}{original}!{imported.sheet} with "
            f"{map_path.name}.\n# Edit the map and import again rather than this file.\n")
    return head + yaml.dump({"facts": imported.facts}, Dumper=_Dumper, sort_keys=False,
                            allow_unicode=True, width=100)


def import_command(table: Path, map_path: Path, sheet: str | None, facts_dir: Path,
                   seeds_dir: Path, out: Path | None = None) -> tuple[Path, Imported]:
    """What `briefgen facts import` does: find the table's seed, map it, write the facts."""
    from briefgen.facts.extract.inputs import entity_names
    from briefgen.outputs import own_output, write_text
    from briefgen.validate import load_valid
    seed, info = _table_seed(table, seeds_dir)
    original = str(info.get("original") or seed).rsplit("/", 1)[-1]
    aliases, kinds = entity_names(facts_dir / "entities.yaml")
    names = {**{slug: slug for slug in kinds}, **aliases}
    mapping = load_valid(map_path, "table_map", str(map_path))
    text = text_in(seeds_dir, seed)
    if text is None:
        raise ExtractError(f"seed {seed} is not a readable file of {seeds_dir.name}/", path=table,
                           hint=f"add the table again with `briefgen seeds add {table}`")
    imported = import_table(seed, text, original, mapping, map_path, names, _metrics(facts_dir),
                            sheet)
    target = own_output(out or facts_dir / "tables" / f"{Path(seed).stem}.yaml", "facts import",
                        lambda data: data.startswith(_HEAD.encode()))
    write_text(target, facts_yaml(imported, original, map_path))
    return target, imported


def _table_seed(table: Path, seeds_dir: Path) -> tuple[str, dict]:
    """(seed name, its index entry) of a table: given as its seed, or as the file added."""
    from briefgen.sources import read_source
    from briefgen.sources.ingest import content_hash
    index = (_read_yaml(seeds_dir / "index.yaml").get("seeds") or {})
    if table.resolve().parent == seeds_dir.resolve() and table.name in index:
        seed = table.name
    else:
        digest = content_hash(read_source(table).text)
        seed = next((p.name for p in sorted(seeds_dir.glob("*.txt"))
                     if content_hash(text_in(seeds_dir, p.name) or "") == digest), None)
        if seed is None or seed not in index:
            raise ExtractError("this table is not a seed yet", path=table,
                               hint=f"add it first with `briefgen seeds add {table}`")
    if index[seed].get("locators") != "cell":
        raise ExtractError(f"seed {seed} is not a table (.xlsx or .csv added with seeds add)",
                           path=table, hint="import facts from a table; extract them from text")
    return seed, index[seed]


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ExtractError(f"cannot read the file: {error.strerror}", path=path) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ExtractError(f"not valid YAML: {getattr(error, 'problem', error)}", path=path,
                           line=mark.line + 1 if mark else None) from None
    if not isinstance(data, dict):
        raise ExtractError("expected a mapping of keys", path=path)
    return data


def _metrics(facts_dir: Path) -> dict[str, tuple[str, ...]]:
    metrics = _read_yaml(facts_dir / "metrics.yaml").get("metrics") or {}
    return {name: tuple(raw.get("units") or ()) for name, raw in metrics.items()}
