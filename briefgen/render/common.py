"""Words and measures both renderers share, so the DOCX and the PDF say and size things alike."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefgen import document as d
from briefgen.language.editions import produced_text
from briefgen.text import date_text, tidy_spacing
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
    once, followed by each citation number and where in the document it is.
    """
    groups: dict[str, list[d.SourceEntry]] = {}
    for entry in sorted(entries, key=lambda e: e.number):
        groups.setdefault(source_heading(entry), []).append(entry)
    return list(groups.items())


def source_heading(entry: d.SourceEntry) -> str:
    """'Title. Outlet, 12 March 2021.' (spacing slips of the source mended: tidy_spacing)."""
    outlet = outlet_shown(entry.title, entry.outlet)
    where = ", ".join(p for p in (outlet, entry.date) if p)
    return tidy_spacing(entry.title.rstrip(".") + "." + (f" {where}." if where else ""))


_WORD = re.compile(r"\w+")
_ASIDE = re.compile(r"\s*\(([^()]*)\)\s*$")


def outlet_shown(title: str, outlet: str | None) -> str | None:
    """The outlet as a source line prints it after the title: left out when its name only
    repeats the title's words, keeping what it adds in brackets ('A City of Dreams Qingdao
    (investment magazine)' after 'A City of Dreams: Qingdao — …' -> 'Investment magazine')."""
    if not outlet:
        return None
    aside = _ASIDE.search(outlet)
    name = outlet[:aside.start()] if aside else outlet
    if not set(_WORD.findall(name.lower())) <= set(_WORD.findall(title.lower())):
        return outlet
    return aside.group(1)[:1].upper() + aside.group(1)[1:] if aside and aside.group(1) else None


def cited_places(entries: list[d.SourceEntry]) -> list[tuple[tuple[int, ...], str | None]]:
    """A document's citations by the place they are in it: [((1, 2, 5), 'p. 4'), ((3,), 'p. 6')],
    in order of first citation (a source line gives each place once, with its numbers)."""
    places: dict[str | None, list[int]] = {}
    for entry in entries:
        places.setdefault(entry.locator, []).append(entry.number)
    return [(tuple(numbers), locator) for locator, numbers in places.items()]


def number_ranges(numbers: tuple[int, ...]) -> str:
    """(1, 2, 3, 5) -> '1–3, 5'."""
    runs: list[list[int]] = []
    for number in sorted(numbers):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(f"{r[0]}\u2013{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)


def place_text(locator: str | None) -> str:
    """'p.\u00a012': where a citation is in its document, unbroken."""
    return locator.replace(" ", NO_BREAK) if locator else ""


def quoted_text(entry: d.SourceEntry) -> str:
    """'“quote” (p. 12)': the quote in quotation marks and where it is, if known (spacing slips
    of the source mended for display)."""
    quote = f"\u201c{tidy_spacing(entry.quote)}\u201d" if entry.quote else ""
    where = f"({place_text(entry.locator)})" if entry.locator else ""
    return " ".join(part for part in (quote, where) if part)


def source_line(heading: str, entries: list[d.SourceEntry]) -> str:
    """One line per source document, as a brief prints it: 'Title. Outlet, date. [1, 2] p. 4 ·
    [3] p. 6' (the quotes are in the pack's sources appendix, and a brief's DOCX comments)."""
    return heading + " " + SOURCE_SEPARATOR.join(
        f"[{number_ranges(numbers)}]" + (NO_BREAK + place_text(locator) if locator else "")
        for numbers, locator in cited_places(entries))


SOURCE_SEPARATOR = " \u00b7 "


def comment_texts(document: d.Document) -> dict[int, str]:
    """Citation number -> '[3] “quote” (p. 12) — Title. Outlet, date.': what a reader of a
    brief alone checks a figure against (its DOCX's comments, its PDF's companion page)."""
    return {e.number: f"[{e.number}] {quoted_text(e)} \u2014 {source_heading(e)}"
            for block in document.blocks if isinstance(block, d.Sources) for e in block.entries}


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
