"""One-page fitting, decided once for both formats.

The PDF layout engine measures: the document fits when it ends on page `max_pages` at the latest
with a few percent of the frame left free there, so the DOCX in Word or LibreOffice fits too.
The layout that fits is the PDF written out. Until the document fits, in order:

1. drop optional blocks of priority 3, the last one first (a heading takes its section along);
2. shorten charts and figures, to 85% and then 70% of their height (never below 25 mm);
3. step the type size down, 0.5 pt at a time, at most 1 pt (9 pt -> 8 pt); the small text
   (sources, notes: the theme's `small_size`, 7.5 pt) is the smallest a reader should have to
   read, and stays;
4. drop optional blocks of priority 2, then 1, the last one first.

Required blocks (priority None) are never dropped and text is never cut. If it still does not
fit, RenderError lists the blocks that overflowed, with their template lines. The result is a
new Document whose `layout` records the type size and what was dropped; both renderers render it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from briefgen import document as d
from briefgen.citations import prune_sources
from briefgen.config import Page
from briefgen.errors import Problem, RenderError
from briefgen.render.pdf import Laid, frame_box, pdf_bytes
from briefgen.theme import Theme

SAFETY = 0.04  # share of the frame height kept free in trial layouts
CHART_STEPS = (0.85, 0.70)
MIN_FIGURE_MM = 25.0  # a chart's picture (its title and source line are text around it)
TYPE_STEP, TYPE_MAX_DROP = 0.5, 1.0


@dataclasses.dataclass(frozen=True)
class Measurement:
    pages: int
    overflow: tuple[int, ...]  # indices of blocks with content beyond the last allowed page
    limit: int
    tight: bool = False  # on the last allowed page, less than the safety share is left free
    laid: Laid | None = None  # the PDF itself: when it fits, it is the final output

    @property
    def fits(self) -> bool:
        return self.pages <= self.limit and not self.tight


def measure(doc: d.Document, theme: Theme, page: Page, max_pages: int, *,
            safety: float = SAFETY, chart_cache: Path | None = None) -> Measurement:
    """Lay the document out and see what lands beyond max_pages or too near the bottom.

    The layout is the real one (full frame): content that leaves `safety` of the frame free is
    exactly what a frame that much shorter would hold, so no second trial layout is needed.
    """
    laid = pdf_bytes(doc, theme, page, chart_cache=chart_cache)
    overflow = tuple(sorted(i for i, on in laid.block_pages.items() if max(on) > max_pages))
    tight = laid.pages == max_pages and laid.space_left.get(laid.pages, 1.0) < safety
    if tight and not overflow:
        overflow = tuple(sorted(i for i, on in laid.block_pages.items() if max_pages in on))[-1:]
    return Measurement(laid.pages, overflow, max_pages, tight, laid)


def fit(doc: d.Document, theme: Theme, page: Page = Page(), *, max_pages: int | None = None,
        safety: float = SAFETY, chart_cache: Path | None = None) -> d.Document:
    """The document as it fits `max_pages` (default: the document's own `meta.max_pages`)."""
    return fit_laid(doc, theme, page, max_pages=max_pages, safety=safety,
                    chart_cache=chart_cache)[0]


def fit_laid(doc: d.Document, theme: Theme, page: Page = Page(), *, max_pages: int | None = None,
             safety: float = SAFETY, chart_cache: Path | None = None) -> tuple[d.Document, Laid]:
    """The fitted document and its PDF, laid out while fitting (so never laid out twice)."""
    limit = max_pages or doc.meta.max_pages
    measured: dict[d.Document, Measurement] = {}  # steps re-check the document they start from

    def check(candidate: d.Document) -> Measurement:
        if candidate not in measured:
            measured[candidate] = measure(candidate, theme, page, limit, safety=safety,
                                          chart_cache=chart_cache)
        return measured[candidate]

    _within_reach(doc, limit)
    result = check(doc)
    if result.fits:
        return _filled(doc, result.laid, page), result.laid
    for step in _steps(theme):
        doc, result = step(doc, check)
        if result.fits:
            return _filled(doc, result.laid, page), result.laid
    raise _overflow_error(doc, result, limit)


def _filled(doc: d.Document, laid: Laid, page: Page) -> d.Document:
    """The fitted document with the share of its last page it fills (a pack binds a brief that
    fills little of its page as a card, several to a page: see placement.py), and the points
    it takes there (the pack stacks the cards below it by those, render/pdf_join.py)."""
    used = 1.0 - laid.space_left.get(laid.pages, 0.0)
    return dataclasses.replace(doc, layout=dataclasses.replace(
        doc.layout, fill=round(used, 4), used_pt=used * frame_box(page)[3]))


Step = Callable[[d.Document, Callable[[d.Document], Measurement]], tuple[d.Document, Measurement]]


def _steps(theme: Theme) -> list[Step]:
    return [_dropping(3), _shortening_figures, _stepping_type(theme), _dropping(2), _dropping(1)]


def _dropping(priority: int) -> Step:
    def step(doc: d.Document, check) -> tuple[d.Document, Measurement]:
        result = check(doc)
        while not result.fits:
            candidates = [i for i, b in enumerate(doc.blocks) if b.priority == priority]
            if not candidates:
                break
            doc = drop_block(doc, candidates[-1])
            result = check(doc)
        return doc, result
    return step


def _shortening_figures(doc: d.Document, check) -> tuple[d.Document, Measurement]:
    original = doc
    result = check(doc)
    for share in CHART_STEPS:
        doc = _scale_figures(original, share, doc)
        result = check(doc)
        if result.fits:
            break
    return doc, result


def _scale_figures(original: d.Document, share: float, current: d.Document) -> d.Document:
    heights = [b.height_mm for b in original.blocks if isinstance(b, d.Figure)]
    blocks, figures = [], iter(heights)
    for block in current.blocks:
        if isinstance(block, d.Figure):
            # shorter, down to MIN_FIGURE_MM, but never taller than it was
            shorter = max(MIN_FIGURE_MM, next(figures) * share)
            block = dataclasses.replace(block, height_mm=min(block.height_mm, shorter))
        blocks.append(block)
    return dataclasses.replace(current, blocks=tuple(blocks))


def _stepping_type(theme: Theme) -> Step:
    def step(doc: d.Document, check) -> tuple[d.Document, Measurement]:
        result = check(doc)
        drop = TYPE_STEP
        while drop <= TYPE_MAX_DROP and not result.fits:
            layout = dataclasses.replace(doc.layout, base_size=theme.base_size - drop)
            doc = dataclasses.replace(doc, layout=layout)
            result = check(doc)
            drop += TYPE_STEP
        return doc, result
    return step


def section_end(blocks: tuple[d.Block, ...], index: int) -> int:
    """For a heading, the index after its section; for any other block, index + 1.

    A section ends at the next heading of the same or a higher level, and at the Sources block
    (which belongs to the whole document).
    """
    block = blocks[index]
    if not isinstance(block, d.Heading):
        return index + 1
    end = index + 1
    while end < len(blocks) and not _ends_section(blocks[end], block.level):
        end += 1
    return end


def _ends_section(block: d.Block, level: int) -> bool:
    return isinstance(block, d.Sources) or (isinstance(block, d.Heading) and block.level <= level)


def drop_block(doc: d.Document, index: int) -> d.Document:
    """The document without a block (a heading goes with its section), headings left empty,
    or sources no longer cited."""
    end = section_end(doc.blocks, index)
    removed = doc.blocks[index:end]
    blocks = prune_sources(_without_empty_sections(doc.blocks[:index] + doc.blocks[end:]))
    gone = tuple(d.describe(b) for b in removed if not isinstance(b, (d.Spacer, d.PageBreak)))
    layout = dataclasses.replace(doc.layout, dropped=doc.layout.dropped + gone[:1])
    return dataclasses.replace(doc, blocks=blocks, layout=layout)


def _without_empty_sections(blocks: tuple[d.Block, ...]) -> tuple[d.Block, ...]:
    kept = list(blocks)
    changed = True
    while changed:
        changed = False
        for i, block in enumerate(kept):
            if isinstance(block, d.Heading) and section_end(tuple(kept), i) == i + 1:
                del kept[i]
                changed = True
                break
    return tuple(kept)


# What a page can hold, several times over (the densest brief holds 8,400 characters in 82 parts:
# blocks, runs of text, list items): a document larger than this never fits, and the layouts
# of fitting would take minutes to find that out (60,000 list items: ten layouts of 30 s each).
CHARS_PER_PAGE = 60_000
PARTS_PER_PAGE = 1_000


def _within_reach(doc: d.Document, limit: int) -> None:
    """Refuse, before any layout, a document that no fitting could bring down to `limit` pages,
    naming the block where it outgrows them."""
    chars = parts = 0
    for block in doc.blocks:
        block_chars, block_parts = _size(block)
        chars, parts = chars + block_chars, parts + block_parts
        if chars > CHARS_PER_PAGE * limit or parts > PARTS_PER_PAGE * limit:
            pages = "page" if limit == 1 else "pages"
            origin = block.origin or d.Origin(None)
            raise RenderError(
                f"far too long for {limit} {pages}: more than {CHARS_PER_PAGE * limit:,} "
                f"characters or {PARTS_PER_PAGE * limit:,} parts (paragraphs, list items, table "
                f"cells, runs of text) by {d.describe(block)}",
                path=origin.path, line=origin.line,
                hint="write less: a page holds about a tenth of this")


def _size(node) -> tuple[int, int]:
    """(characters, parts) of a block: every string in it, every node and item."""
    if isinstance(node, str):
        return len(node), 0
    if isinstance(node, (tuple, list)):
        sizes = [_size(item) for item in node]
        return sum(c for c, _ in sizes), len(node) + sum(p for _, p in sizes)
    if dataclasses.is_dataclass(node) and not isinstance(node, (type, d.Origin)):
        sizes = [_size(getattr(node, f.name)) for f in dataclasses.fields(node)]
        return sum(c for c, _ in sizes), sum(p for _, p in sizes)
    return 0, 0


def _overflow_error(doc: d.Document, result: Measurement, limit: int) -> RenderError:
    pages = "page" if limit == 1 else "pages"
    problems = [Problem(f"does not fit on {limit} {pages} even after dropping optional blocks and "
                        f"stepping the type size down; overflowing: {d.describe(doc.blocks[i])}",
                        path=doc.blocks[i].origin.path if doc.blocks[i].origin else None,
                        line=doc.blocks[i].origin.line if doc.blocks[i].origin else None,
                        hint="shorten the text, give blocks a priority, or allow more pages")
                for i in result.overflow] or [Problem(f"'{doc.meta.title}' does not fit on {limit} {pages}")]
    return RenderError(problems=problems)
