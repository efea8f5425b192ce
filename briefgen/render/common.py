"""Words and measures both renderers share, so the DOCX and the PDF say and size things alike."""

from __future__ import annotations

from briefgen import document as d
from briefgen.compose.formatting import date_text


def footer_text(meta: d.Meta) -> str:
    """'Produced 1 June 2024 · <footer>'."""
    parts = [f"Produced {date_text(meta.produced)}" if meta.produced else "", meta.footer or ""]
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
    """'[3] “quote”' (no-break space: the number stays with its quote)."""
    return f"[{entry.number}]\u00a0\u201c{entry.quote}\u201d" if entry.quote else f"[{entry.number}]"


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
