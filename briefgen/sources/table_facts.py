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
from briefgen.sources import locate

MAP_KEYS = {"sheet", "header_row", "subject", "subjects", "period", "period_kind", "measures"}
MEASURE_KEYS = {"column", "metric", "label", "unit", "scale", "counted"}


@dataclass(frozen=True)
class Imported:
    facts: list[dict]
    sheet: str
    skipped: int  # empty value cells


def import_table(seed: str, table: str, original: str, mapping: dict, map_path: Path,
                 names: dict[str, str], metrics: dict[str, tuple[str, ...]],
                 sheet: str | None = None) -> Imported:
    """Facts from a table seed's text, as `mapping` (the map file, read) says."""
    problems: list[Problem] = []
    where = str(map_path)

    def refuse(message: str, hint: str | None = None) -> ExtractError:
        return ExtractError(message, path=where, hint=hint)
    unknown = set(mapping) - MAP_KEYS
    if unknown or not mapping.get("measures") or not mapping.get("subject"):
        raise refuse(f"a map needs subject and measures; unknown keys: {sorted(unknown) or 'none'}",
                     "see docs/extract.md#facts-from-tables")
    sheets = locate.sheets(table)
    name = sheet or mapping.get("sheet") or next(iter(sheets), "")
    if name not in sheets:
        raise refuse(f"{original} has no sheet {name!r} (it has {', '.join(sheets)})",
                     "give --sheet or sheet: with one of those")
    rows = sheets[name]
    header_row = int(mapping.get("header_row", 1))
    header = rows[header_row - 1] if header_row <= len(rows) else []

    def column(ref) -> int | None:
        ref = str(ref)
        if ref in header:
            return header.index(ref) + 1
        if ref.isalpha() and ref.isupper() and len(ref) <= 3:
            return locate.column_number(ref)
        problems.append(Problem(f"{original}!{name}: no column {ref!r} in header row {header_row} "
                                f"({', '.join(h for h in header if h)})", where,
                                hint="name a column by its header or its letter"))
        return None
    subject = mapping["subject"]
    subject_column = column(subject["column"]) if isinstance(subject, dict) else None
    period_column = column(mapping["period"]["column"]) if isinstance(mapping.get("period"), dict) else None
    measures = [(m, column(m.get("column", ""))) for m in mapping["measures"]]
    for measure, _ in measures:
        problems.extend(_measure_problems(measure, metrics, where))
    if problems:
        raise ExtractError(problems=problems)
    aliases = {**names, **{str(k): v for k, v in (mapping.get("subjects") or {}).items()}}
    facts, skipped = [], 0
    for number, cells in enumerate(rows[header_row:], header_row + 1):
        if not any(cells):
            continue
        cell = _reader(cells, name, number, original)
        ref, named = cell(subject_column) if subject_column else ("", subject)
        if named in aliases and aliases[named] is None:
            continue  # the map leaves this subject out
        slug = subject if isinstance(subject, str) else aliases.get(named)
        if slug is None:
            problems.append(Problem(f"{ref}: {named!r} is not an entity", where,
                                    "map it under subjects: (null leaves it out), or add it to "
                                    "facts/entities.yaml"))
            continue
        period = _period(cell(period_column), mapping, where, problems) if period_column else None
        for measure, value_column in measures:
            ref, text = cell(value_column)
            if not text:
                skipped += 1
                continue
            fact = _fact(seed, name, ref, text, value_column, number, slug, period, measure,
                         mapping, where, problems)
            if fact:
                facts.append(fact)
    problems.extend(_duplicate_ids(facts, where))
    if problems:
        raise ExtractError(problems=problems)
    return Imported(facts, name, skipped)


def _reader(cells: list[str], sheet: str, row: int, original: str):
    """cell(column) -> ('trade.xlsx!Sheet1!C7', its text)."""
    def cell(column: int) -> tuple[str, str]:
        text = cells[column - 1] if column <= len(cells) else ""
        return f"{original}!{locate.cell_ref(sheet, row, column)}", text
    return cell


def _measure_problems(measure: dict, metrics: dict, where: str) -> list[Problem]:
    problems = []
    unknown = set(measure) - MEASURE_KEYS
    if unknown:
        problems.append(Problem(f"unknown measure keys {sorted(unknown)}", where,
                                hint=f"a measure has {', '.join(sorted(MEASURE_KEYS))}"))
    for key in ("column", "metric", "label", "unit"):
        if not measure.get(key):
            problems.append(Problem(f"a measure needs {key}", where, hint="see docs/extract.md"))
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


def _fact(seed, sheet, ref, text, column, row, slug, period, measure, mapping, where, problems):
    try:
        number = Decimal(text.replace(",", ""))
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


def facts_yaml(imported: Imported, original: str, map_path: Path) -> str:
    head = (f"# Written by `briefgen facts import` from {original}!{imported.sheet} with "
            f"{map_path.name}.\n# Edit the map and import again rather than this file.\n")
    return head + yaml.dump({"facts": imported.facts}, Dumper=_Dumper, sort_keys=False,
                            allow_unicode=True, width=100)


def import_command(table: Path, map_path: Path, sheet: str | None, facts_dir: Path,
                   seeds_dir: Path, out: Path | None = None) -> tuple[Path, Imported]:
    """What `briefgen facts import` does: find the table's seed, map it, write the facts."""
    from briefgen.facts.extract.inputs import entity_names
    from briefgen.outputs import write_text
    seed, info = _table_seed(table, seeds_dir)
    original = str(info.get("original") or seed).rsplit("/", 1)[-1]
    aliases, kinds = entity_names(facts_dir / "entities.yaml")
    names = {**{slug: slug for slug in kinds}, **aliases}
    imported = import_table(seed, (seeds_dir / seed).read_text(encoding="utf-8"), original,
                            _read_yaml(map_path), map_path, names, _metrics(facts_dir), sheet)
    target = out or facts_dir / "tables" / f"{Path(seed).stem}.yaml"
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
                     if content_hash(p.read_text(encoding="utf-8", errors="replace")) == digest), None)
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
