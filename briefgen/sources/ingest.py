"""`briefgen seeds add`: documents in, seed texts and their index entries out.

Every document is read and checked first (format, size, duplicates by content); only then are
the seed texts, the originals (in seeds/originals/) and the extended seeds/index.yaml written,
all together (outputs.write_all): a refused document leaves the project as it was.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml

from briefgen.errors import BriefgenError, ExtractError, Problem
from briefgen.outputs import safe_name, write_all
from briefgen.safety.files import text_in
from briefgen.sources import read_source
from briefgen.sources.model import SourceText
from briefgen.yamlio import loads

ORIGINALS = "originals"
FIELDS = ("title", "outlet", "date", "url")
NULLABLE = ("outlet", "date")  # the index states these even when unknown
_INDEX_HEADER = ("# The source documents: one entry per seed text (`briefgen seeds add` writes "
                 "them).\nseeds:\n")
_KIND_NAMES = {"text": "Text", "html": "Web page", "pdf": "PDF document", "docx": "Word document",
               "table": "Table"}


@dataclass(frozen=True)
class Added:
    """A document added: its seed, its kept original and the index entry written for it."""

    path: Path  # as given
    seed: str  # file name in seeds/
    original: str | None  # path under seeds/; None for a seed described where it is
    entry: dict
    missing: tuple[str, ...]  # what the document does not say about itself, and why

    def to_json(self) -> dict:
        return {"path": str(self.path), "seed": self.seed, "original": self.original,
                **self.entry, "missing": list(self.missing)}


def content_hash(text: str) -> str:
    """The identity of a seed's content: its words, whatever the whitespace between them."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def add_sources(paths: list[Path], seeds_dir: Path) -> list[Added]:
    """Read every document, refuse duplicates, then write seeds, originals and the index.

    A text file already in seeds/ but not yet in its index (a seed made by hand) is described
    where it is: its entry is written, the file is left as it is."""
    index = seeds_dir / "index.yaml"
    described = set(_seeds_of(index.read_text(encoding="utf-8"), index)) if index.is_file() else set()
    sources = [(Path(p), read_source(Path(p))) for p in paths]
    in_place = {path for path, _ in sources if _is_hand_made_seed(path, seeds_dir, described)}
    _refuse_duplicates(sources, seeds_dir, in_place)
    taken = {folder: _names_in(folder) for folder in (seeds_dir, seeds_dir / ORIGINALS)}
    added, files = [], {}
    for path, source in sources:
        if path in in_place:
            added.append(_added(path, source, path.name, None))
            continue
        seed = _free_name(safe_name(path.stem) + ".txt", taken[seeds_dir])
        original = _free_name(safe_name(path.stem) + path.suffix.lower(), taken[seeds_dir / ORIGINALS])
        original = f"{ORIGINALS}/{original}"
        added.append(_added(path, source, seed, original))
        files[seeds_dir / seed] = source.text.encode("utf-8")
        files[seeds_dir / original] = path.read_bytes()
    files[index] = _extended_index(index, added).encode("utf-8")
    write_all(files)
    return added


def _is_hand_made_seed(path: Path, seeds_dir: Path, described: set[str]) -> bool:
    return (path.suffix.lower() == ".txt" and path.resolve().parent == seeds_dir.resolve()
            and path.name not in described)


def _refuse_duplicates(sources: list[tuple[Path, SourceText]], seeds_dir: Path,
                       in_place: set[Path]) -> None:
    own = {path.resolve() for path in in_place}
    texts = {p.name: text_in(seeds_dir, p.name) for p in sorted(seeds_dir.glob("*.txt"))
             if p.resolve() not in own} if seeds_dir.is_dir() else {}
    known = {content_hash(text): name for name, text in texts.items()
             if text is not None}  # not a pipe, nor /dev/zero, nor a link out of seeds/
    problems = []
    for path, source in sources:
        digest = content_hash(source.text)
        if digest in known:
            problems.append(Problem(f"the same content is already a seed: {known[digest]}",
                                    str(path), hint="nothing to add; cite that seed"))
        known.setdefault(digest, path.name)
    if problems:
        raise ExtractError(problems=problems)


def _names_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def _free_name(name: str, taken: set[str]) -> str:
    stem, dot, suffix = name.rpartition(".")
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{stem}-{n}{dot}{suffix}"
    taken.add(candidate)
    return candidate


def _added(path: Path, source: SourceText, seed: str, original: str | None) -> Added:
    """The index entry: what the document says about itself, each gap null (the title: the
    file's name) with a note saying why."""
    entry: dict = {}
    missing = []
    for field in FIELDS:
        value, note = getattr(source, field), source.notes.get(field)
        if value is None:
            missing.append(f"{field}: {note or 'not found'}")
            if field == "title":
                value, note = path.stem, f"{note or 'no title found'}; named after the file"
        if value is not None or field in NULLABLE:
            entry[field] = value
        if note:
            entry[f"{field}_note"] = note
    entry["description"] = source.description or f"{_KIND_NAMES[source.kind]} {path.name}."
    if original:
        entry["original"] = original
    if source.locators:
        entry["locators"] = source.locators
    return Added(path, seed, original, entry, tuple(missing))


def _extended_index(index: Path, added: list[Added]) -> str:
    """index.yaml with an entry per added seed appended; comments and order kept."""
    text = index.read_text(encoding="utf-8") if index.is_file() else _INDEX_HEADER
    before = _seeds_of(text, index)
    if not before:  # `seeds: {}` or `seeds:` of a new project
        text = "\n".join("seeds:" if line.startswith("seeds:") else line
                         for line in text.splitlines()) + "\n"
    for item in added:
        body = yaml.safe_dump({item.seed: item.entry}, sort_keys=False, allow_unicode=True,
                              width=100, default_flow_style=False)
        text = text.rstrip("\n") + "\n" + "".join(f"  {line}\n" for line in body.splitlines())
    try:
        after = _seeds_of(text, index)
    except BriefgenError:  # the entries appended to `seeds: {}` or to a list, say
        after = {}
    if set(after) != set(before) | {a.seed for a in added}:
        raise ExtractError("cannot add entries to this seeds index (is `seeds:` written in flow "
                           "style, or followed by other keys?)", path=index,
                           hint="write `seeds:` as the last key, one entry per block")
    return text


def _seeds_of(text: str, index: Path) -> dict:
    """The `seeds:` mapping of the index's text (empty for a new project's `seeds:`), read as
    every project file is (yamlio: located errors, bounded aliases)."""
    data = loads(text, index)
    seeds = data.get("seeds") if isinstance(data, dict) else None
    if not isinstance(data, (dict, type(None))) or not isinstance(seeds, (dict, type(None))):
        raise ExtractError("the seeds index is not a mapping of seed texts under `seeds:`",
                           path=index, line=data.line_of("seeds") if isinstance(data, dict) else 1,
                           hint="write `seeds:` and under it one entry per seed text")
    return seeds or {}
