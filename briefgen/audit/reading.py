"""A composed document as the proof-reader reads it: its claims, each with the full quotes and
the facts of the citations it carries.

A claim is a paragraph or list item (one statement in a brief's style; a paragraph set wholly
in italics is a note), a key figure (label, value and date line) or a chart's caption and subtitle with the chart's citations. The Sources
block holds each citation's quote; the facts that share it are found again from the store (the
document's `facts` cite them, each under its first source's seed and quote).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import document as d
from ..facts.model import Fact

STALE_MARK = "†"


@dataclass(frozen=True)
class Cited:
    number: int
    quote: str  # the quote of the Sources entry
    facts: tuple[Fact, ...]  # the cited facts whose first source it is
    evidence: str = ""  # that quote and the facts' other quotes (of the same statement)


@dataclass(frozen=True)
class Claim:
    brief: str
    kind: str  # text, note, key figure, chart
    text: str  # as printed, without citation marks
    cited: tuple[Cited, ...]

    @property
    def quotes(self) -> str:
        return " | ".join(c.quote for c in self.cited)

    @property
    def evidence(self) -> str:
        """Every quote of the cited facts: what numbers, dates and words are held against."""
        return " | ".join(c.evidence for c in self.cited)

    @property
    def facts(self) -> tuple[Fact, ...]:
        return tuple(f for c in self.cited for f in c.facts)


def claims(document: d.Document, store, brief: str) -> list[Claim]:
    """Every claim of the document, in reading order."""
    sources = _sources(document, store)
    found: list[Claim] = []

    def add(kind: str, inlines_or_text, numbers=()) -> None:
        if isinstance(inlines_or_text, str):
            text, refs = inlines_or_text, tuple(numbers)
        else:
            text, refs = _text(inlines_or_text), _refs(inlines_or_text)
        cited = tuple(sources[n] for n in dict.fromkeys(refs) if n in sources)
        found.append(Claim(brief, kind, text, cited))

    for block in _blocks(document.blocks):
        if isinstance(block, d.Paragraph):
            add("note" if _is_note(block) else "text", block.children)
        elif isinstance(block, (d.BulletList, d.OrderedList)):
            for item in block.items:
                add("text", item)
        elif isinstance(block, d.KeyFigures):
            for item in block.items:
                words = f"{item.label}: {item.value}" + (f" ({item.as_of})" if item.as_of else "")
                add("key figure", _unmarked(words), item.citations)
        elif isinstance(block, d.Figure) and block.chart is not None:
            words = ". ".join(x for x in (block.caption, block.subtitle) if x)
            add("chart", _unmarked(words), block.citations)
    return found


def _is_note(block: d.Paragraph) -> bool:
    """A note line (role "note": disagreements between facts, caveats, periods; or a paragraph
    set wholly in italics): it qualifies what the brief says and claims nothing itself."""
    return block.role == "note" or (len(block.children) == 1
                                    and isinstance(block.children[0], d.Emphasis))


def _blocks(blocks):
    for block in blocks:
        if isinstance(block, d.Callout):
            yield from _blocks(block.children)
        else:
            yield block


def _sources(document: d.Document, store) -> dict[int, Cited]:
    """Citation number -> the full quote and the facts it stands for."""
    by_entry: dict[tuple, list[Fact]] = {}
    for fact_id in document.facts:
        fact = store.get(fact_id)
        seed = store.seeds.get(fact.seed)
        title = seed.title if seed is not None else fact.seed
        by_entry.setdefault((title, " ".join(fact.quote.split())), []).append(fact)
    found = {}
    for block in _blocks(document.blocks):
        if isinstance(block, d.Sources):
            for entry in block.entries:
                facts = by_entry.get((entry.title, entry.quote), [])
                quote = " ".join((facts[0].quote if facts else entry.quote or "").split())
                others = dict.fromkeys(" ".join(s.quote.split()) for f in facts for s in f.sources)
                found[entry.number] = Cited(entry.number, quote, tuple(facts),
                                            " | ".join(dict.fromkeys((quote, *others))))
    return found


def _refs(inlines) -> list[int]:
    refs = []
    for node in inlines:
        if isinstance(node, d.CitationRef):
            refs.append(node.number)
        elif isinstance(node, (d.Strong, d.Emphasis, d.Link)):
            refs.extend(_refs(node.children))
    return refs


def _text(inlines) -> str:
    """The words a reader sees, without citation numbers or the stale mark."""
    return _unmarked(re.sub(r"\[\d+\]", "", d.plain_text(inlines)))


def _unmarked(text: str) -> str:
    return " ".join(text.replace(f" {STALE_MARK}", "").replace(STALE_MARK, " ").split())
