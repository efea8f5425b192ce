"""Tables (.xlsx, .csv): every sheet as rows of cell texts, so a cell can be cited by its
coordinates (trade.xlsx!Sheet1!C7) and proven against the seed.

The seed text of a table is one block per sheet, separated by a form feed: a line `[name]`,
then one line per row from row 1, cells separated by tabs (an empty row is an empty line), so
line and tab position are row and column. Numbers are written exactly as stored (2019, 1234.5),
dates as ISO dates; formulas give the value Excel last computed. A CSV is one sheet named after
its file, as spreadsheet programs name it.
"""

from __future__ import annotations

import csv
import datetime
import io
import zipfile
from decimal import Decimal
from pathlib import Path

from briefgen.errors import ExtractError
from briefgen.safety.archives import UNPACKED_HINT, unpacked_problem
from briefgen.sources.model import SourceText
from briefgen.sources.normalise import PAGE_BREAK, clean_line

Sheet = tuple[str, list[list[str]]]  # (name, rows of cell texts)
MAX_CELLS = 5_000_000  # a yearbook's largest sheets hold tens of thousands


def read(path: Path) -> SourceText:
    sheets = read_sheets(path)
    if not any(rows for _, rows in sheets):
        raise ExtractError("the table has no cells with values", path=path)
    return SourceText(table_text(sheets), "table", title=None, locators="cell",
                      notes={"title": "a table has no title property",
                             "date": "a table has no publication date; give the release date",
                             "outlet": "give the office that published the table",
                             "url": "give the page the table was downloaded from"})


def read_sheets(path: Path) -> list[Sheet]:
    return _csv_sheets(path) if path.suffix.lower() == ".csv" else _xlsx_sheets(path)


def table_text(sheets: list[Sheet]) -> str:
    blocks = [f"[{name}]\n" + "\n".join("\t".join(row) for row in rows) for name, rows in sheets]
    return PAGE_BREAK.join(block.rstrip("\n") for block in blocks) + "\n"


def _xlsx_sheets(path: Path) -> list[Sheet]:
    import openpyxl
    if not zipfile.is_zipfile(path):
        raise ExtractError("not an Excel workbook (.xlsx is a ZIP package; this file is not one: "
                           "an old .xls, or encrypted?)", path=path,
                           hint="save it as .xlsx (or .csv) and add that")
    too_large = unpacked_problem(path)
    if too_large:
        raise ExtractError(too_large, path=path, hint=UNPACKED_HINT)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises KeyError, InvalidFileException, BadZipFile ...
        raise ExtractError(f"not an Excel workbook ({type(error).__name__})", path=path,
                           hint="save it as .xlsx (or .csv) and add that") from None
    try:
        cells, sheets = 0, []
        for sheet in book.worksheets:
            sheet.reset_dimensions()  # rows as long as their last cell, not the size it claims
            rows, cells = _cell_rows(sheet.iter_rows(values_only=True), path, cells)
            sheets.append((sheet.title, rows))
        return sheets
    finally:
        book.close()


def _csv_sheets(path: Path) -> list[Sheet]:
    from briefgen.facts.extract.inputs import read_text
    text = read_text(path)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows, _ = _cell_rows(csv.reader(io.StringIO(text), dialect), path)
    return [(path.stem, rows)]


def _cell_rows(rows, path: Path, cells: int = 0) -> tuple[list[list[str]], int]:
    """The rows' cell texts, trimmed, and the cells counted so far (`cells` before these): a
    table of more than MAX_CELLS is refused while it is read, before its text fills memory."""
    texts = []
    for row in rows:
        cells += len(row)
        if cells > MAX_CELLS:
            raise ExtractError(f"the table has more than {MAX_CELLS:,} cells (counted to the "
                               "last value of each row)", path=path,
                               hint="save the sheet or the rows that hold the figures as a "
                                    "table of its own")
        texts.append([cell_text(v) for v in row])
    return _trimmed(texts), cells


def cell_text(value) -> str:
    """A cell's value as the seed writes it: exact numbers, ISO dates, text on one line."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):  # shortest text that reads back as the stored double
        text = format(Decimal(repr(value)), "f")
        return text.removesuffix(".0")
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return clean_line(str(value))


def _trimmed(rows: list[list[str]]) -> list[list[str]]:
    """Rows without their trailing empty cells, and without trailing empty rows."""
    rows = [_strip_end(row) for row in rows]
    while rows and not rows[-1]:
        rows.pop()
    return rows


def _strip_end(row: list[str]) -> list[str]:
    end = len(row)
    while end and not row[end - 1]:
        end -= 1
    return row[:end]
