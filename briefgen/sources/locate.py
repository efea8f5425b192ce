"""Locators: where in its source a quote or a cell is, read back from the seed text.

A PDF seed starts each page after the first with a form feed, so a quote's page is one more
than the form feeds before it; an HTML or Word seed separates paragraphs by a blank line, so a
quote's paragraph is one more than the blank lines before it. A table seed's sheets are blocks
`[name]` separated by form feeds, a line per row and a tab between cells (see table.py).
This module needs no reading library: checks and briefs use it on seed text alone.
"""

from __future__ import annotations

import re

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_CELL = re.compile(r"^([A-Z]{1,3})([1-9][0-9]{0,6})$")


def find(text: str, quote: str) -> int | None:
    """Offset in `text` where `quote` starts, whitespace in either counted as equal."""
    words = quote.split()
    if not words:
        return None
    match = re.search(r"\s+".join(map(re.escape, words)), text)
    return match.start() if match else None


def position(text: str, kind: str | None, quote: str) -> int | None:
    """The page (kind 'page') or paragraph (kind 'paragraph') of a quote, from 1; or None."""
    offset = find(text, quote) if kind in ("page", "paragraph") else None
    if offset is None:
        return None
    if kind == "page":
        return text.count("\f", 0, offset) + 1
    return len(_PARAGRAPH_BREAK.findall(text, 0, offset)) + 1


def locator(text: str, kind: str | None, quote: str) -> str | None:
    """'p. 12' (page) or 'para. 4' (paragraph) of a quote in a seed, or None."""
    number = position(text, kind, quote)
    return None if number is None else f"{_ABBREVIATIONS[kind][0]} {number}"


_ABBREVIATIONS = {"page": ("p.", "pp."), "paragraph": ("para.", "paras.")}
_NUMBERED = re.compile(r"^(p\.|para\.) (\d+)$")


def cited_at(locators) -> str:
    """Several locators of one document in one phrase: 'pp. 3, 12', 'paras. 2, 5', or cells
    'trade.xlsx!Trade!C2, trade.xlsx!Trade!C3'."""
    numbered: dict[str, set[int]] = {}
    others = []
    for text in dict.fromkeys(locators):
        m = _NUMBERED.match(text)
        if m:
            numbered.setdefault(m[1], set()).add(int(m[2]))
        else:
            others.append(text)
    parts = []
    for single, several in _ABBREVIATIONS.values():
        numbers = sorted(numbered.get(single, ()))
        if numbers:
            parts.append(f"{single if len(numbers) == 1 else several} "
                         + ", ".join(map(str, numbers)))
    if others:
        parts.append(", ".join(others))  # cells, in the order they are cited
    return "; ".join(parts)


def source_locator(text: str | None, kind: str | None, quote: str, cell: str | None = None,
                   original: str | None = None) -> str | None:
    """Where a fact's source is: its table cell ('trade.xlsx!Sheet1!C7', named after the
    original file), else the page or paragraph of its quote; None when unknown."""
    if cell:
        return f"{original.rsplit('/', 1)[-1]}!{cell}" if original else cell
    return locator(text, kind, quote) if text is not None else None


def split_cell(ref: str) -> tuple[str, int, int]:
    """'Sheet1!C7' -> ('Sheet1', 7, 3) (sheet, row, column, both from 1); ValueError if not one."""
    sheet, _, cell = ref.rpartition("!")
    m = _CELL.match(cell)
    if not sheet or not m:
        raise ValueError(f"{ref!r} is not a cell reference like Sheet1!C7")
    return sheet, int(m[2]), column_number(m[1])


def column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_ref(sheet: str, row: int, column: int) -> str:
    return f"{sheet}!{column_letters(column)}{row}"


def sheets(text: str) -> dict[str, list[list[str]]]:
    """A table seed's sheets: name -> rows of cells."""
    found = {}
    for block in text.split("\f"):
        header, _, body = block.strip("\n").partition("\n")
        if header.startswith("[") and header.endswith("]"):
            found[header[1:-1]] = [line.split("\t") if line else [] for line in body.split("\n")]
    return found


def cell_value(text: str, ref: str) -> str | None:
    """The text of a cell of a table seed ('' for an empty cell inside the table), or None
    when there is no such sheet or the reference is not a cell."""
    try:
        sheet, row, column = split_cell(ref)
    except ValueError:
        return None
    rows = sheets(text).get(sheet)
    if rows is None:
        return None
    cells = rows[row - 1] if row <= len(rows) else []
    return cells[column - 1] if column <= len(cells) else ""


__all__ = [
    "cell_ref",
    "cell_value",
    "cited_at",
    "column_letters",
    "column_number",
    "find",
    "locator",
    "position",
    "sheets",
    "source_locator",
    "split_cell",
]
