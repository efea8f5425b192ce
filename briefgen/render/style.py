"""Type sizes and spacing, in points, computed once for both renderers.

The DOCX and the PDF take every size, leading and gap from here (with exact line spacing in
Word), so a page that fits in the PDF fits in Word and LibreOffice too: Arial and the embedded
Liberation Sans have the same metrics.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.document import Layout
from briefgen.theme import Theme

MM = 72 / 25.4  # points per millimetre


def figure_leading(size: float) -> float:
    """The line height of key-figure values set at `size`."""
    return round(size * 1.15, 2)


@dataclass(frozen=True)
class Metrics:
    base: float  # body text
    leading: float
    small: float  # sources, notes, captions, footer
    small_leading: float
    standfirst: float  # a brief's opening sentence
    standfirst_leading: float
    h1: float
    h2: float
    title: float
    subtitle: float
    figure: float  # key-figure values
    para_after: float  # the grid: the gap after every block (paragraph, list, panel, figure, table)
    item_after: float  # gap after one list item
    h1_before: float
    h1_after: float
    h2_before: float
    h2_after: float
    list_indent: float  # text indent of list items
    cell_pad: float  # table and panel cell padding
    band_pad: float  # padding inside the title band
    citation: float  # size of citation markers
    citation_rise: float


def metrics(theme: Theme, layout: Layout | None = None) -> Metrics:
    """The sizes for a theme, after the fitter's type-size decision (`layout`)."""
    layout = layout or Layout()
    base = layout.base_size or theme.base_size
    scale = base / theme.base_size  # headings and figures step down with the body text
    small = layout.small_size or theme.small_size
    standfirst = round(theme.standfirst_size * scale, 2)
    gap = round(base * 0.6, 2)
    return Metrics(
        base=base, leading=round(base * theme.line_spacing, 2), small=small,
        small_leading=round(small * theme.line_spacing, 2),
        standfirst=standfirst, standfirst_leading=round(standfirst * 1.28, 2),
        h1=round(theme.h1_size * scale, 2), h2=round(theme.h2_size * scale, 2),
        title=theme.title_size, subtitle=round(theme.base_size + 1.5, 2),
        figure=round(theme.figure_size * scale, 2),
        # a section heading sits closer to its text than to what comes before it
        para_after=gap, item_after=round(base * 0.15, 2),
        h1_before=round(gap * 1.5, 2), h1_after=round(base * 0.4, 2),
        h2_before=gap, h2_after=round(base * 0.3, 2),
        list_indent=round(base * 1.3, 2), cell_pad=round(base * 0.45, 2), band_pad=10.0,
        citation=round(base * 0.66, 2), citation_rise=round(base * 0.33, 2),
    )


def key_figure_rows(count: int) -> list[int]:
    """How many figures go in each row of the panel: 4 -> [4]; 5 -> [3, 2]; 6 -> [3, 3]."""
    if count <= 4:
        return [count] if count else []
    per_row = 3 if count <= 6 else 4
    rows = [per_row] * (count // per_row)
    return rows + ([count % per_row] if count % per_row else [])
