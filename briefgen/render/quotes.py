"""A brief's quotes as a document of their own: the companion of a brief's PDF built alone.

A brief's source list names each document and the place in it; the statement every figure is
taken from is listed here, by citation number, so a reader of the brief alone can check it (a
pack's sources appendix holds them for the pack; a brief's DOCX holds them as Word comments).
"""

from __future__ import annotations

from dataclasses import replace

from briefgen import document as d
from briefgen.language.editions import words_in
from briefgen.language.words import WORDS
from briefgen.render.common import quoted_text, source_groups

SUBTITLE = "quotes.subtitle"  # briefgen's word for the companion's subtitle
MOST_PAGES = 50  # a page holds the quotes of a brief several times over


def quotes_document(brief: d.Document) -> d.Document | None:
    """The brief's quotes under its title, grouped by document; None for a brief citing none."""
    groups = [group for block in brief.blocks if isinstance(block, d.Sources)
              for group in source_groups(block.entries)]
    if not groups:
        return None
    blocks: list[d.Block] = []
    for heading, entries in groups:
        blocks.append(d.Paragraph((d.Strong((d.Text(heading),)),)))
        blocks.append(d.BulletList(tuple((d.Strong((d.Text(f"[{e.number}]"),)),
                                          d.Text(" " + quoted_text(e))) for e in entries)))
    edition = words_in(brief.meta.language)
    subtitle = edition.say(SUBTITLE) if edition else WORDS[SUBTITLE]
    meta = replace(brief.meta, subtitle=subtitle, anchor=None, outline=None, continues=False,
                   max_pages=MOST_PAGES)
    return d.Document(meta, tuple(blocks))
