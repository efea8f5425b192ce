"""What `briefgen facts extract` and `briefgen facts accept` do, apart from parsing options.

Every document is read (and refused with an ExtractError) before anything is written, and
every file is written atomically, so a failed run leaves no half-written output.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefgen.facts.extract.candidates import Candidate, extract
from briefgen.facts.extract.inputs import (
    Document,
    city_parts,
    city_province_and_firms,
    entity_names,
    load_document,
    write_atomically,
)
from briefgen.facts.inbox.files import INBOX_DIR, AcceptResult, accept, write_inbox
from briefgen.text import counted


@dataclass(frozen=True)
class Folders:
    """Where a project keeps its facts and seeds (None outside a project)."""

    root: Path | None = None
    facts: Path | None = None
    seeds: Path | None = None


def project_folders(project) -> Folders:
    """The facts/ and seeds/ folders of a loaded Project."""
    return Folders(project.root, project.path("facts"), project.path("seeds"))


def extract_documents(paths: list[Path], folders: Folders,
                      warn: Callable[[str], None]) -> list[tuple[Document, list[Candidate]]]:
    """Read every document first (so a bad one stops the run before anything is written), then
    extract each with the project's entity names and the dates of seeds/index.yaml."""
    index = folders.seeds / "index.yaml" if folders.seeds else None
    documents = [load_document(path, index, warn) for path in paths]
    entities = folders.facts / "entities.yaml" if folders.facts else None
    aliases, kinds = entity_names(entities) if entities else ({}, {})
    province, firms = city_province_and_firms(entities) if entities else (None, [])
    parts = city_parts(entities) if entities else []
    return [(doc, extract(doc.text, source=doc.path.name, doc_date=doc.doc_date,
                          reference_year=doc.reference_year, aliases=aliases, kinds=kinds,
                          province=province, firms=firms, parts=parts))
            for doc in documents]


def candidates_json(results) -> str:
    """The stable JSON array of every candidate of every document."""
    return json.dumps([c.to_json() for _, candidates in results for c in candidates],
                      ensure_ascii=False, indent=1)


def json_target(path: Path) -> Path:
    """`--out FILE`, checked before anything is extracted: a new file, or one an earlier
    `facts extract --out` wrote (a JSON array of candidates), never another file."""
    from briefgen.outputs import own_output
    return own_output(path, "facts extract", _candidates_array)


def _candidates_array(data: bytes) -> bool:
    try:
        found = json.loads(data)
    except ValueError:  # not JSON, not UTF-8
        return False
    return isinstance(found, list) and all(isinstance(c, dict) and "key" in c for c in found)


def write_json(path: Path, results) -> None:
    write_atomically(json_target(path), candidates_json(results) + "\n")


def write_inboxes(results, folders: Folders,
                  warn: Callable[[str], None]) -> list[tuple[Path, int, int]]:
    """One inbox file per document: (path, new candidates, skipped)."""
    for doc, _ in results:
        if doc.path.resolve().parent != folders.seeds.resolve():
            warn(f"{doc.path} is not in {folders.seeds}: copy it there and describe it in "
                 "seeds/index.yaml, or `facts accept` cannot prove its quotes")
    return [write_inbox(candidates, doc.text, folders.facts, str(doc.path))
            for doc, candidates in results]


def candidates_table(doc: Document, candidates: list[Candidate]):
    """A rich Table for people: where, value, unit, qualifier, period, subject, quote."""
    from rich.table import Table
    table = Table(title=f"{doc.path.name}: {counted(len(candidates), 'candidate')}", title_justify="left",
                  show_lines=False, pad_edge=False)
    for name, justify in (("line", "right"), ("value", "right"), ("unit", "left"),
                          ("qualifier", "left"), ("period", "left"), ("subject", "left")):
        table.add_column(name, justify=justify, no_wrap=True)
    table.add_column("as written · quote", overflow="fold", ratio=1)
    for c in candidates:
        period = (c.period or "") + ("*" if c.period_inferred else "")
        table.add_row(str(c.line), _number(c), c.unit, c.qualifier or "", period,
                      c.subject or "", f"[bold]{_flat(c.as_written)}[/] · {_around(c)}")
    return table


def _number(c: Candidate) -> str:
    value = c.value
    return f"{value:,}" if value == value.to_integral_value() else f"{value:,f}"


def _flat(text: str) -> str:
    return " ".join(text.split()).replace("[", r"\[")


def _around(c: Candidate, before: int = 35, after: int = 45) -> str:
    """The quote near the figure, so the words that qualify it are in view."""
    quote = " ".join(c.quote.split())
    at = max(quote.find(" ".join(c.as_written.split())), 0)
    start, end = max(at - before, 0), min(at + len(c.as_written) + after, len(quote))
    text = ("…" if start else "") + quote[start:end] + ("…" if end < len(quote) else "")
    return text.replace("[", r"\[")


def inbox_files(given: tuple[Path, ...], folders: Folders) -> list[Path]:
    """The inbox files to accept: those given, else every file of facts/_inbox/."""
    if given:
        return list(given)
    inbox = folders.facts / INBOX_DIR
    return sorted(inbox.glob("*.yaml")) if inbox.is_dir() else []


def accept_all(files: list[Path], folders: Folders) -> list[tuple[Path, AcceptResult]]:
    return [(path, accept_file(path, folders)) for path in files]


def accept_file(path: Path, folders: Folders, only: set[int] | None = None) -> AcceptResult:
    """`briefgen facts accept` for one inbox file (the candidates at `only`, or all of them)."""
    return accept(path, folders.root, facts_dir=folders.facts, seeds_dir=folders.seeds, only=only)
