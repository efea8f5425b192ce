"""PDF: text in reading order, page by page, without running heads, feet and page numbers.

pypdfium2 (PDFium, the PDF engine of Chromium) reads the text layer as runs of text with their
boxes, fast enough for a yearbook of hundreds of pages. The runs are set in lines top to bottom;
a page in two columns is read column by column (a gutter near the middle that no run of the
body crosses, below any full-width heading); a word broken at a line end ("invest-/ment") is
joined again when the next line goes on in lower case; lines that recur at the top or bottom of
most pages (digits aside: "Annual Report 2019 | 12") and lines that are only a page number are
dropped. Pages are separated by a form feed, so a quote's page can be found (locate.py). A PDF
without a text layer is refused: it needs OCR, which briefgen does not do.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import ExtractError
from briefgen.sources.model import SourceText
from briefgen.sources.normalise import PAGE_BREAK, clean_line

EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be running furniture
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{1,4})?$",
                          re.IGNORECASE)
_HYPHENATED = re.compile(r"(\w)-\n(?=[a-z])")
# what PDF writers put in properties nobody filled in (reportlab: untitled, anonymous, unspecified)
_PLACEHOLDERS = frozenset({"", "untitled", "anonymous", "unspecified", "unknown", "none"})
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


@dataclass(frozen=True)
class Run:
    """A run of text on one line, in page coordinates measured from the top left."""

    x0: float
    x1: float
    top: float
    bottom: float
    text: str


def read(path: Path) -> SourceText:
    import pypdfium2
    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as error:
        raise _unreadable(path, error) from None
    try:
        pages = [_page_lines(document[i]) for i in range(len(document))]
        info = document.get_metadata_dict()
    finally:
        document.close()
    if not any(pages):
        raise ExtractError("the PDF has no text layer (scanned pages?); briefgen does not do "
                           "OCR", path=path,
                           hint="run OCR first, with ocrmypdf for instance, and add the PDF it writes")
    pages = _without_furniture(pages)
    text = PAGE_BREAK.join(_HYPHENATED.sub(r"\1", "\n".join(lines)) for lines in pages)
    return _with_metadata(text.strip("\n") + "\n", info, pages)


def _unreadable(path: Path, error: Exception) -> ExtractError:
    if "password" in str(error).lower():
        return ExtractError("the PDF is encrypted", path=path,
                            hint="save an unprotected copy and add that")
    return ExtractError(f"the PDF cannot be read ({error}); it is damaged or not a PDF",
                        path=path, hint="download or export it again")


def _page_lines(page) -> list[str]:
    """The page's lines in reading order (column by column)."""
    runs = _runs(page)
    return [line for region in (_columns(runs, page.get_width()) or [runs])
            for line in _lines(region)]


def _runs(page) -> list[Run]:
    height, textpage = page.get_height(), page.get_textpage()
    try:
        runs = []
        for i in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(i)
            # PDFium reports a hyphen at a line end as \x02 (it may be a soft one): keep it
            text = clean_line(textpage.get_text_bounded(left, bottom, right, top).replace("\x02", "-"))
            if text:
                runs.append(Run(left, right, height - top, height - bottom, text))
        return runs
    finally:
        textpage.close()


def _lines(runs: list[Run]) -> list[str]:
    """Runs set in lines: top to bottom, a run joining the line whose middle it shares."""
    lines: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: (r.top, r.x0)):
        middle = (run.top + run.bottom) / 2
        if lines and lines[-1][0].top <= middle <= lines[-1][0].bottom:
            lines[-1].append(run)
        else:
            lines.append([run])
    return [" ".join(r.text for r in sorted(line, key=lambda r: r.x0)) for line in lines]


def _columns(runs: list[Run], width: float) -> list[list[Run]] | None:
    """[heading band, left column, right column, foot band] when the page is set in two
    columns: a gutter near the middle that no run of the body crosses, with most of the page's
    runs in the body and lines on both sides of it."""
    if len(runs) < 6:
        return None
    gutter = _emptiest_x(runs, width)
    crossing = [r for r in runs if r.x0 < gutter < r.x1]
    middle = (max(r.bottom for r in runs) + min(r.top for r in runs)) / 2
    top = max((r.bottom for r in crossing if r.top < middle), default=float("-inf"))
    foot = min((r.top for r in crossing if r.top >= middle), default=float("inf"))
    body = [r for r in runs if top < r.top and r.bottom < foot]
    left = [r for r in body if r.x1 <= gutter]
    right = [r for r in body if r.x0 >= gutter]
    if len(body) < 0.7 * len(runs) or len({round(r.top) for r in left}) < 3 \
            or len({round(r.top) for r in right}) < 3 or len(left) + len(right) < len(body):
        return None
    return [[r for r in runs if r.bottom <= top], left, right, [r for r in runs if r.top >= foot]]


def _emptiest_x(runs: list[Run], width: float) -> int:
    """The x between 30 % and 70 % of the width that the fewest runs cross (nearest the middle
    among equals): one pass over the runs, a count per point."""
    low, high = int(width * 0.3), int(width * 0.7)
    counts = [0] * (high - low + 2)
    for run in runs:
        start, end = max(int(run.x0) + 1, low), min(int(run.x1), high)
        if start <= end:
            counts[start - low] += 1
            counts[end - low + 1] -= 1
    crossing, best = 0, (len(runs) + 1, 0.0, low)
    for i in range(high - low + 1):
        crossing += counts[i]
        best = min(best, (crossing, abs(low + i - width / 2), low + i))
    return best[2]


def _without_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Each page's lines without page numbers and the lines that recur at most pages' edges."""
    edges = Counter()
    for lines in pages:
        edges.update({_shape(line) for line in _edge(lines)})
    least = max(2, (len(pages) + 1) // 2)
    running = {shape for shape, n in edges.items() if n >= least}
    return [[line for i, line in enumerate(lines)
             if not (_at_edge(i, len(lines)) and (_PAGE_NUMBER.match(line) or _shape(line) in running))]
            for lines in pages]


def _edge(lines: list[str]) -> list[str]:
    return lines[:EDGE_LINES] + lines[max(EDGE_LINES, len(lines) - EDGE_LINES):]


def _at_edge(index: int, count: int) -> bool:
    return index < EDGE_LINES or index >= count - EDGE_LINES


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower())


def _property(info: dict, key: str) -> str | None:
    """A document property, unless it is empty or a writing program's placeholder."""
    value = clean_line(str(info.get(key) or ""))
    return None if value.lower() in _PLACEHOLDERS else value


def _with_metadata(text: str, info: dict, pages: list[list[str]]) -> SourceText:
    title, author = _property(info, "Title"), _property(info, "Author")
    date = _pdf_date(str(info.get("CreationDate") or ""))
    notes = {}
    if not title:
        first = next((lines[0] for lines in pages if lines), None)
        title = first if first and len(first) <= 200 else None
        notes["title"] = ("the PDF has no Title property; taken from its first line" if title
                          else "the PDF has no Title property")
    notes["date"] = ("the PDF's creation date: check that it is the publication date" if date
                     else "the PDF has no creation date; give the publication date")
    notes["outlet"] = ("the PDF's Author property: check that it names the publisher" if author
                       else "the PDF has no Author property; give the outlet")
    notes["url"] = "a PDF file has no address; give the page it was downloaded from"
    return SourceText(text, "pdf", title=title, date=date, outlet=author,
                      description=_property(info, "Subject"),
                      locators="page", notes=notes)


def _pdf_date(value: str) -> str | None:
    """'D:20240530083000+08'00'' -> '2024-05-30' (as far as it is given and real)."""
    from briefgen.facts.model import real_date
    m = _PDF_DATE.match(value.strip())
    if not m:
        return None
    date = "-".join(part for part in m.groups() if part)
    return date if real_date(date) else None
