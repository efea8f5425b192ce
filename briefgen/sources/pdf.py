"""PDF: text in reading order, page by page, without running heads, feet and page numbers.

pdfplumber reads the text layer. A page set in two columns is read column by column (a gutter
no word crosses, below any full-width heading); a word broken at a line end ("invest-/ment")
is joined again when the next line goes on in lower case; lines that recur at the top or
bottom of most pages (digits aside: "Annual Report 2019 | 12") and lines that are only a
page number are dropped. Pages are separated by a form feed, so a quote's page can be found
(locate.py). A PDF without a text layer is refused: it needs OCR, which briefgen does not do.
"""

from __future__ import annotations

import re
from collections import Counter
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


def read(path: Path) -> SourceText:
    import pdfplumber
    try:
        with pdfplumber.open(path) as pdf:
            pages = [_page_lines(page) for page in pdf.pages]
            info = dict(pdf.metadata or {})
    except ExtractError:
        raise
    except Exception as error:  # pdfminer raises many types for broken and encrypted files
        raise _unreadable(path, error) from None
    if not any(pages):
        raise ExtractError("the PDF has no text layer (scanned pages?); briefgen does not do "
                           "OCR", path=path,
                           hint="run OCR first, with ocrmypdf for instance, and add the PDF it writes")
    pages = _without_furniture(pages)
    text = PAGE_BREAK.join(_HYPHENATED.sub(r"\1", "\n".join(lines)) for lines in pages)
    return _with_metadata(text.strip("\n") + "\n", info, pages)


def _unreadable(path: Path, error: Exception) -> ExtractError:
    words = f"{type(error).__name__} {error}".lower()
    if "password" in words or "encrypt" in words:
        return ExtractError("the PDF is encrypted", path=path,
                            hint="save an unprotected copy and add that")
    return ExtractError(f"the PDF cannot be read ({type(error).__name__}); it is damaged or "
                        "not a PDF", path=path, hint="download or export it again")


def _page_lines(page) -> list[str]:
    """The page's lines in reading order (column by column)."""
    regions = _columns(page) or [page]
    lines = []
    for region in regions:
        text = region.extract_text() or ""
        lines.extend(line for line in (clean_line(x) for x in text.split("\n")) if line)
    return lines


def _columns(page):
    """[heading band, left column, right column, foot band] when the page is set in two
    columns: a gutter near the middle that no word of the body crosses, with most of the
    page's words in the body and lines on both sides of it."""
    words = page.extract_words()
    if len(words) < 20:
        return None
    middle = page.width / 2
    for gutter in sorted(range(int(page.width * 0.3), int(page.width * 0.7), 4),
                         key=lambda x: abs(x - middle)):
        crossing = [w for w in words if w["x0"] < gutter < w["x1"]]
        top = max((w["bottom"] for w in crossing if w["top"] < page.height / 2), default=0)
        foot = min((w["top"] for w in crossing if w["top"] >= page.height / 2), default=page.height)
        body = [w for w in words if top < w["top"] and w["bottom"] < foot]
        left = {round(w["top"]) for w in body if w["x1"] <= gutter}
        right = {round(w["top"]) for w in body if w["x0"] >= gutter}
        if len(body) >= 0.7 * len(words) and len(left) >= 3 and len(right) >= 3:
            bands = [(0, 0, page.width, top), (0, top, gutter, foot),
                     (gutter, top, page.width, foot), (0, foot, page.width, page.height)]
            return [page.crop(band) for band in bands if band[3] > band[1]]
    return None


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
