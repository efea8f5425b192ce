"""How much of each page of a PDF is left blank, measured on the rendered pixels (pypdfium2).

A page's blank fraction is the share of its text frame (inside the margins, so the running
header and footer do not count) below the lowest printed row: a brief that ends a third of
the way down its page is 67% blank. Gaps between blocks are part of the design, not blank.
"""

from __future__ import annotations

from pathlib import Path

SCALE = 0.5  # 36 dpi: a point is half a pixel, plenty to find the last line of text
INK = 245  # a grey darker than this is printed (the page is white, 255)


def blank_fractions(pdf: bytes | Path, page) -> list[float]:
    """The blank fraction of every page, in order; `page` is the project's Page (margins)."""
    import numpy
    import pypdfium2
    document = pypdfium2.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    try:
        fractions = []
        for number in range(len(document)):
            pixels = numpy.asarray(document[number].render(scale=SCALE, grayscale=True).to_pil())
            fractions.append(_blank_below(pixels, page))
        return fractions
    finally:
        document.close()


def _blank_below(pixels, page) -> float:
    import numpy
    per_mm = pixels.shape[0] / page.height_mm
    top, bottom = round(page.top * per_mm), pixels.shape[0] - round(page.bottom * per_mm)
    inked = numpy.flatnonzero((pixels[top:bottom] < INK).any(axis=1))
    if not len(inked):
        return 1.0
    return round(1.0 - (inked[-1] + 1) / (bottom - top), 3)
