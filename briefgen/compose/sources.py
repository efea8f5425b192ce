"""Citation numbers in reading order, and the Sources block they point to.

Templates hand out provisional numbers as facts are inserted; here they are renumbered 1..n in
the order a reader meets them (text, key figures, charts), and the Sources block lists each cited
statement: seed title, outlet, date, where in the document, and the whole quote (a brief prints
the document and place; the quote goes to the pack's sources appendix and the brief's DOCX
comments). A Sources block with nothing to list is dropped; without a ```sources directive, the
list goes at the end.
"""

from __future__ import annotations

import dataclasses

from briefgen import document as d
from briefgen.citations import reading_order, renumber
from briefgen.compose.context import Citation, Citations, Store
from briefgen.language import active
from briefgen.text import date_text, tidy_spacing

def _entry(number: int, citation: Citation, store: Store) -> d.SourceEntry:
    quote, locator = " ".join(citation.quote.split()), citation.locator
    info = store.seeds.get(citation.seed)
    if info is None:
        return d.SourceEntry(number, citation.seed, quote=quote, locator=locator, seed=citation.seed)
    date = date_text(info.date) if info.date else None
    return d.SourceEntry(number, info.title, info.outlet, date, quote, info.url, locator, citation.seed)


def number_citations(blocks: list[d.Block], citations: Citations, store: Store) -> list[d.Block]:
    """Renumber citations in reading order and fill (or add) the Sources block."""
    mapping = reading_order(tuple(blocks))
    if mapping:  # a document citing nothing (the pack's contents, its appendix) stays as it is
        blocks = [renumber(block, mapping) for block in blocks]
    entries = tuple(_entry(number, citations.by_key[k], store) for k, number in mapping.items())
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
    edition = active()
    if edition is not None:  # the block's title in the brief's language (notes may follow it)
        default = d.Sources.title
        placed = [dataclasses.replace(b, title=edition.say("sources") + b.title[len(default):])
                  if isinstance(b, d.Sources) and b.title.startswith(default) else b
                  for b in placed]
    return placed


def quotes_by_brief(documents) -> list[dict]:
    """What the pack's sources appendix lists for each fitted brief: its title, the anchor
    links lead to, and each citation number with its quote, document and place (as strings,
    the quote's spacing slips mended for display), so a reader can check every figure."""
    listed = []
    for document in documents:
        entries = [e for b in document.blocks if isinstance(b, d.Sources) for e in b.entries]
        if entries:
            listed.append({"title": document.meta.title, "anchor": document.meta.anchor,
                           "quotes": [_quoted(e) for e in sorted(entries, key=lambda e: e.number)]})
    return listed


def _quoted(entry: d.SourceEntry) -> dict:
    return {"number": entry.number, "quote": tidy_spacing(entry.quote or ""),
            "document": tidy_spacing(entry.title), "place": entry.locator or ""}
