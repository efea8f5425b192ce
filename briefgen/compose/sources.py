"""Citation numbers in reading order, and the Sources block they point to.

Templates hand out provisional numbers as facts are inserted; here they are renumbered 1..n in
the order a reader meets them (text, key figures, charts), and the Sources block lists each cited
statement: seed title, outlet, date and a short quote. A Sources block with nothing to list is
dropped; without a ```sources directive, the list goes at the end.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from briefgen import document as d
from briefgen.compose.context import Citations, Store
from briefgen.compose.formatting import date_text

QUOTE_LIMIT = 110  # characters of a quote shown in the source list


def _walk_keys(node: Any, found: list[int]) -> None:
    if isinstance(node, d.CitationRef):
        found.append(node.number)
    elif isinstance(node, (d.KeyFigure, d.Figure)):
        found.extend(node.citations)
    if isinstance(node, tuple):
        for item in node:
            _walk_keys(item, found)
    elif _is_model_node(node):
        for field in dataclasses.fields(node):
            if field.name not in ("citations", "chart"):
                _walk_keys(getattr(node, field.name), found)


def _is_model_node(node: Any) -> bool:
    return dataclasses.is_dataclass(node) and type(node).__module__ == d.__name__


def _renumber(node: Any, mapping: dict[int, int]) -> Any:
    if isinstance(node, d.CitationRef):
        return d.CitationRef(mapping[node.number])
    if isinstance(node, tuple):
        return tuple(_renumber(item, mapping) for item in node)
    if not _is_model_node(node):
        return node
    changes = {f.name: _renumber(getattr(node, f.name), mapping)
               for f in dataclasses.fields(node) if f.name != "chart"}
    if isinstance(node, (d.KeyFigure, d.Figure)):
        changes["citations"] = tuple(dict.fromkeys(mapping[k] for k in node.citations))
    return dataclasses.replace(node, **changes)


def short_quote(quote: str, limit: int = QUOTE_LIMIT) -> str:
    """The quote, shortened at a word boundary with an ellipsis when it is long."""
    quote = " ".join(quote.split())
    if len(quote) <= limit:
        return quote
    cut = quote.rfind(" ", 0, limit)
    return quote[:cut if cut > limit // 2 else limit].rstrip(" ,;:") + " …"


def _entry(number: int, seed: str, quote: str, store: Store) -> d.SourceEntry:
    info = store.seeds.get(seed)
    if info is None:
        return d.SourceEntry(number, seed, quote=short_quote(quote))
    date = date_text(info.date) if info.date else None
    return d.SourceEntry(number, info.title, info.outlet, date, short_quote(quote), info.url)


def number_citations(blocks: list[d.Block], citations: Citations, store: Store) -> list[d.Block]:
    """Renumber citations in reading order and fill (or add) the Sources block."""
    keys: list[int] = []
    _walk_keys(tuple(blocks), keys)
    order = list(dict.fromkeys(keys))
    mapping = {key: number for number, key in enumerate(order, 1)}
    blocks = [_renumber(block, mapping) for block in blocks]
    entries = tuple(_entry(mapping[k], citations.by_key[k].seed, citations.by_key[k].quote, store)
                    for k in order)
    return _place_sources(blocks, entries)


def _place_sources(blocks: list[d.Block], entries: tuple[d.SourceEntry, ...]) -> list[d.Block]:
    placed: list[d.Block] = []
    for block in blocks:
        if isinstance(block, d.Sources):
            if entries and not any(isinstance(b, d.Sources) for b in placed):
                placed.append(dataclasses.replace(block, entries=entries))
            continue
        placed.append(block)
    if entries and not any(isinstance(b, d.Sources) for b in placed):
        placed.append(d.Sources(entries))
    return placed


def prune_sources(blocks: tuple[d.Block, ...]) -> tuple[d.Block, ...]:
    """Blocks whose Sources list only the statements still cited, renumbered 1..n.

    For a fitter that drops blocks: the citations of a dropped section leave the source list
    with it, and the numbers that remain close up in reading order.
    """
    keys: list[int] = []
    _walk_keys(tuple(b for b in blocks if not isinstance(b, d.Sources)), keys)
    order = list(dict.fromkeys(keys))
    mapping = {key: number for number, key in enumerate(order, 1)}
    if all(k == n for k, n in mapping.items()) and not any(
            isinstance(b, d.Sources) and len(b.entries) != len(order) for b in blocks):
        return blocks
    pruned: list[d.Block] = []
    for block in blocks:
        if isinstance(block, d.Sources):
            kept = tuple(dataclasses.replace(e, number=mapping[e.number])
                         for e in block.entries if e.number in mapping)
            if kept:
                pruned.append(dataclasses.replace(block, entries=kept))
            continue
        pruned.append(_renumber(block, mapping))
    return tuple(pruned)
