"""Words and measures both renderers share, so the DOCX and the PDF say and size things alike."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefgen import document as d
from briefgen.language.editions import produced_text
from briefgen.text import date_text
from briefgen.render.fonts import bold_width
from briefgen.render.style import Metrics

CARD_GAP_PT = 20.0  # between two briefs bound as cards on one page of a pack (placement.py)
COVER_BAND_MM = 85.0  # a cover's title band: a block of colour over the top third of the page
COVER_TITLE_SCALE = 1.75  # a cover's title and subtitle, against a brief's
COVER_PAD_SCALE = 1.8  # the padding inside a cover's band, against a brief's


@dataclass(frozen=True)
class CoverBand:
    """A cover's title band, as both renderers draw it: at least COVER_BAND_MM tall, its title
    and subtitle larger than a brief's and set at its foot."""

    title: float  # points
    subtitle: float
    pad: float
    height: float


def cover_band(sizes: Metrics) -> CoverBand:
    return CoverBand(round(sizes.title * COVER_TITLE_SCALE, 1),
                     round(sizes.subtitle * COVER_TITLE_SCALE * 0.8, 1),
                     round(sizes.band_pad * COVER_PAD_SCALE, 1), round(COVER_BAND_MM * 72 / 25.4, 1))


@dataclass(frozen=True)
class Target:
    """A document of a longer file (a pack) that links may lead to: its title (what a link
    says it leads to) and the page it starts on, known before layout."""

    title: str
    page: int


def footer_text(meta: d.Meta) -> str:
    """'Produced 1 June 2024 · <footer>'."""
    produced = meta.produced and (produced_text(meta.language, meta.produced)
                                  or f"Produced {date_text(meta.produced)}")
    parts = [produced or "", meta.footer or ""]
    return " \u00b7 ".join(p for p in parts if p)


def source_groups(entries: tuple[d.SourceEntry, ...]) -> list[tuple[str, list[d.SourceEntry]]]:
    """Entries grouped by source document, in order of first citation.

    A brief cites several statements of one document; its title, outlet and date are printed
    once, followed by each numbered quote.
    """
    groups: dict[str, list[d.SourceEntry]] = {}
    for entry in sorted(entries, key=lambda e: e.number):
        groups.setdefault(source_heading(entry), []).append(entry)
    return list(groups.items())


def source_heading(entry: d.SourceEntry) -> str:
    """'Title. Outlet, 12 March 2021.'"""
    where = ", ".join(p for p in (entry.outlet, entry.date) if p)
    return entry.title.rstrip(".") + "." + (f" {where}." if where else "")


def quote_text(entry: d.SourceEntry) -> str:
    """'[3] “quote” (p. 12)' (no-break space: the number stays with its quote)."""
    quoted = quoted_text(entry)
    return f"[{entry.number}]\u00a0{quoted}" if quoted else f"[{entry.number}]"


def quoted_text(entry: d.SourceEntry) -> str:
    """'“quote” (p. 12)': the quote in quotation marks and where it is, if known."""
    quote = f"\u201c{entry.quote}\u201d" if entry.quote else ""
    where = f"({entry.locator.replace(' ', chr(0xA0))})" if entry.locator else ""  # "p. 12" unbroken
    return " ".join(part for part in (quote, where) if part)


def source_text(heading: str, entries: list[d.SourceEntry]) -> str:
    """One line per source document: 'Title. Outlet, date. [1] “…” [2] “…”'."""
    return heading + " " + " ".join(quote_text(e) for e in entries)


def citation_label(numbers: tuple[int, ...]) -> str:
    return "[" + ",".join(str(n) for n in numbers) + "]" if numbers else ""


def table_widths(block: d.Table, width: float) -> list[float]:
    """Column widths from the longest text of each column, each within 12%..60% of the width."""
    columns = len(block.header)
    lengths = []
    for i in range(columns):
        cells = [block.header[i]] + [row[i] for row in block.rows if i < len(row)]
        lengths.append(max(len(d.plain_text(c)) for c in cells))
    shares = [min(max(n / max(sum(lengths), 1), 0.12), 0.6) for n in lengths]
    return [width * s / sum(shares) for s in shares]


def image_box(pixels: tuple[int, int], box: tuple[float, float]) -> tuple[float, float]:
    """The largest size with the image's aspect ratio that fits `box` (points)."""
    scale = min(box[0] / pixels[0], box[1] / pixels[1])
    return pixels[0] * scale, pixels[1] * scale


def picture_carries_text(figure: d.Figure) -> bool:
    """Whether a chart's picture shows its own title, subtitle and source line: only when the
    figure does not set them as text (briefs do, so both formats carry the same words)."""
    return not (figure.caption or figure.subtitle or figure.source)


_CURRENCY = re.compile(r"^(?:[A-Z]{2,3}\$?|[A-Z]{0,3}\$|[€£¥₩₪])$")  # RMB, US$, HK$, $, €
_SCALE_WORDS = {"thousand", "million", "billion", "trillion"}
NO_BREAK = "\u00a0"


def keep_amounts_together(value: str) -> str:
    """'More than RMB 12.59 billion' -> 'More than RMB\u00a012.59\u00a0billion': a line may
    break before an amount, never inside it (a currency stays with its number, a number with
    its scale word)."""
    words = value.split(" ")
    joined = words[:1]
    for before, word in zip(words, words[1:]):
        glue = ((_CURRENCY.match(before) and word[:1].isdigit())
                or (any(c.isdigit() for c in before) and word.rstrip(".,;:") in _SCALE_WORDS))
        joined.append((NO_BREAK if glue else " ") + word)
    return "".join(joined)


KEY_FIGURE_SMALLEST = 0.75  # of the theme's size: smaller than this, a value wraps instead


def key_figure_size(values: list[str], size: float, width: float,
                    measure: Callable[[str, float], float]) -> float:
    """The size for a panel's values: the theme's, or smaller (in half points, down to
    KEY_FIGURE_SMALLEST of it) so that no unbreakable part of any value is wider than a cell.

    One size for the whole panel keeps its figures even; both renderers use it, so the DOCX
    lays the panel out as the PDF does. `measure(text, size)` gives a text's width in points.
    """
    parts = [part for value in values for part in keep_amounts_together(value).split(" ") if part]
    if not parts or width <= 0:
        return size
    widest = max(measure(part, size) for part in parts)
    if widest <= width:
        return size
    fitted = size * width / widest
    halves = int(fitted * 2) / 2  # DOCX sizes are whole half points
    return max(halves, round(size * KEY_FIGURE_SMALLEST * 2) / 2)


def key_figure_text_width(width: float, columns: int, cell_pad: float) -> float:
    """The width a key figure's text has in a panel of `columns` across `width` points (the
    cell less its padding: pad + 2 on the left, pad on the right, as both renderers set it),
    less a point so LibreOffice, Word and reportlab agree on what fits."""
    return width / columns - 2 * cell_pad - 2 - 1


def panel_value_size(block: d.KeyFigures, width: float, columns: int, sizes: Metrics) -> float:
    """The size both renderers set a key-figure panel's values in (see key_figure_size)."""
    return key_figure_size([f.value for f in block.items], sizes.figure,
                           key_figure_text_width(width, columns, sizes.cell_pad), bold_width)
