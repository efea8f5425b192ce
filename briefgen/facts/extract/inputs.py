"""Reading what extraction needs: a document's text, its date, and the entity names.

Documents are refused with an ExtractError when they cannot be text (missing, empty, binary,
too large); text that is not UTF-8 is decoded as cp1252 (else latin-1) with a warning, because
a figure read from a slightly mis-decoded page is still worth proposing.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from briefgen.errors import ExtractError
from briefgen.validate import load_valid

MAX_BYTES = 10 * 1024 * 1024  # a news article is kilobytes; extraction runs at about 3 s per MB


@dataclass(frozen=True)
class Document:
    """A source document ready for extraction."""

    path: Path
    text: str
    doc_date: str | None = None
    reference_year: int | None = None


def read_text(path: Path, warn: Callable[[str], None] = lambda message: None) -> str:
    """The text of a document, or ExtractError saying why it cannot be read."""
    if path.is_dir():
        raise ExtractError("is a folder, not a file", path=path, hint="give the text files in it")
    if not path.is_file():
        raise ExtractError("no such file", path=path, hint="give the path of a text document")
    size = path.stat().st_size
    if size == 0:
        raise ExtractError("the file is empty", path=path)
    if size > MAX_BYTES:
        raise ExtractError(f"the file is {size / 1024 / 1024:.1f} MB; extraction reads at most "
                           f"{MAX_BYTES // 1024 // 1024} MB", path=path,
                           hint="split the document into articles")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ExtractError(f"cannot read the file: {error.strerror}", path=path) from None
    if b"\x00" in data[:8192]:
        raise ExtractError("the file is binary, not text", path=path,
                           hint="convert it to plain text first")
    return _decoded(data, path, warn)


def _decoded(data: bytes, path: Path, warn: Callable[[str], None]) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        where = error.start
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        warn(f"{path}: not UTF-8 (byte {where}); read as {encoding}, check quotes against the file")
        return text
    raise ExtractError("the file is not text in any known encoding", path=path)


def seed_dates(seeds_index: Path) -> dict[str, tuple[str | None, int | None]]:
    """File name -> (date, reference_year) from seeds/index.yaml (empty if there is none)."""
    if not seeds_index.is_file():
        return {}
    seeds = load_valid(seeds_index, "seed_index")["seeds"]
    return {name: (str(info["date"]) if info.get("date") else None, info.get("reference_year"))
            for name, info in seeds.items()}


def load_document(path: Path, seeds_index: Path | None = None,
                  warn: Callable[[str], None] = lambda message: None) -> Document:
    """A document with the date its index gives (else extraction looks for a date line).

    A PDF, Word file, web page or table is read as `seeds add` reads it (its text, and its
    own date where it states one), without writing anything."""
    from briefgen.sources import ADAPTERS, is_plain_text, read_source
    found_date = None
    if is_plain_text(path) or path.suffix.lower() not in ADAPTERS:  # anything else is read as text
        text = read_text(path, warn)
    else:
        source = read_source(path)
        text, found_date = source.text, source.date
    dates = seed_dates(seeds_index) if seeds_index else {}
    doc_date, reference_year = dates.get(path.name, (found_date, None))
    return Document(path, text, doc_date, reference_year)



def entity_names(entities_file: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(alias -> slug, slug -> kind) for every entity of facts/entities.yaml: the city, partners
    and sectors, by name, short name and aliases."""
    if not entities_file.is_file():
        return {}, {}
    data = load_valid(entities_file, "entities")
    aliases: dict[str, str] = {}
    kinds: dict[str, str] = {}
    groups = [([data["city"]] if data.get("city") else [], "city"),
              (data.get("partners") or [], "country"), (data.get("sectors") or [], "sector")]
    for entities, default_kind in groups:
        for entity in entities:
            slug = entity["slug"]
            kinds[slug] = entity.get("kind", default_kind)
            for name in [entity.get("name"), entity.get("short"), *(entity.get("aliases") or [])]:
                if name:
                    aliases.setdefault(str(name), slug)
    return aliases, kinds


def city_province_and_firms(entities_file: Path) -> tuple[str | None, list[str]]:
    """The province the city is in and the names of its own firms (its `province` and `firms`
    in facts/entities.yaml)."""
    city = _city(entities_file)
    return city.get("province"), [str(name) for name in city.get("firms") or []]


def city_parts(entities_file: Path) -> list[str]:
    """The names of the city's districts and county-level cities (its `parts`)."""
    return [str(name) for name in _city(entities_file).get("parts") or []]


def _city(entities_file: Path) -> dict:
    """The `city` entry of facts/entities.yaml, read once while the file stays the same (an
    extraction asks for its province, firms and parts)."""
    if not entities_file.is_file():
        return {}
    stat = entities_file.stat()
    return _city_read(str(entities_file), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _city_read(path: str, _mtime_ns: int, _size: int) -> dict:
    return load_valid(Path(path), "entities").get("city") or {}


def write_atomically(path: Path, content: str) -> None:
    """Write a file so a reader never sees half of it: a temporary file, then a rename."""
    from briefgen.outputs import write_text
    write_text(path, content)
