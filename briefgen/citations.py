"""Citation numbers of a document model: read them in reading order, renumber, prune.

Composing numbers citations once; the fitter, which may drop blocks, prunes the Sources list
to what is still cited. Both work on the document model alone.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from briefgen import document as d


def cited_numbers(node: Any) -> list[int]:
    """Citation numbers in reading order (text, key figures, figures), repeats included."""
    found: list[int] = []
    _walk(node, found)
    return found


def _walk(node: Any, found: list[int]) -> None:
    if isinstance(node, d.CitationRef):
        found.append(node.number)
    elif isinstance(node, (d.KeyFigure, d.Figure)):
        found.extend(node.citations)
    if isinstance(node, tuple):
        for item in node:
            _walk(item, found)
    elif _is_model_node(node):
        for field in dataclasses.fields(node):
            if field.name not in ("citations", "chart"):
                _walk(getattr(node, field.name), found)


def _is_model_node(node: Any) -> bool:
    return dataclasses.is_dataclass(node) and type(node).__module__ == d.__name__


def reading_order(node: Any) -> dict[int, int]:
    """Each citation number -> its place (1, 2, …) in the order the reader meets them."""
    return {key: number for number, key in enumerate(dict.fromkeys(cited_numbers(node)), 1)}


def renumber(node: Any, mapping: dict[int, int]) -> Any:
    """The node with every citation number replaced through `mapping`."""
    if isinstance(node, d.CitationRef):
        return d.CitationRef(mapping[node.number])
    if isinstance(node, tuple):
        return tuple(renumber(item, mapping) for item in node)
    if not _is_model_node(node):
        return node
    changes = {f.name: renumber(getattr(node, f.name), mapping)
               for f in dataclasses.fields(node) if f.name != "chart"}
    if isinstance(node, (d.KeyFigure, d.Figure)):
        changes["citations"] = tuple(dict.fromkeys(mapping[k] for k in node.citations))
    return dataclasses.replace(node, **changes)


def prune_sources(blocks: tuple[d.Block, ...]) -> tuple[d.Block, ...]:
    """Blocks whose Sources list only the statements still cited, renumbered 1..n.

    For a fitter that drops blocks: the citations of a dropped section leave the source list
    with it, and the numbers that remain close up in reading order.
    """
    mapping = reading_order(tuple(b for b in blocks if not isinstance(b, d.Sources)))
    if all(k == n for k, n in mapping.items()) and not any(
            isinstance(b, d.Sources) and len(b.entries) != len(mapping) for b in blocks):
        return blocks
    pruned: list[d.Block] = []
    for block in blocks:
        if isinstance(block, d.Sources):
            kept = tuple(dataclasses.replace(e, number=mapping[e.number])
                         for e in block.entries if e.number in mapping)
            if kept:
                pruned.append(dataclasses.replace(block, entries=kept))
            continue
        pruned.append(renumber(block, mapping))
    return tuple(pruned)
