"""`briefgen seeds add` reads documents anyone may send and an index anyone may have edited: a
ZIP package that unpacks to gigabytes, Word XML that is damaged or holds comments, a workbook
whose rows reach the last column, an index of the wrong shape. Each is read, or refused with
the file named, quickly and without a traceback; a refusal writes nothing."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from briefgen.safety import archives
from briefgen.sources import table


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _docx(path: Path, text: str = "Trade with Korea reached $5 billion in 2023, officials in "
                                  "Qingdao said on Monday at the port.") -> Path:
    import docx
    document = docx.Document()
    document.add_paragraph(text)
    document.save(path)
    return path


def _rewritten(path: Path, part: str, change) -> Path:
    """The package at `path` with one part's bytes changed by `change`."""
    with zipfile.ZipFile(path) as package:
        parts = [(info.filename, package.read(info)) for info in package.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts:
            package.writestr(name, change(data) if name == part else data)
    return path


def _refused(run, mini: Path, document: Path, message: str) -> None:
    before = snapshot(mini)
    started = time.monotonic()
    result = run("--project", mini, "seeds", "add", document)
    assert result.exit_code == 1, result.output
    assert f"{document}: {message}" in result.stderr, result.stderr
    assert snapshot(mini) == before and time.monotonic() - started < 30


def test_a_package_that_unpacks_too_large_is_refused_before_it_is_unpacked(run, mini, tmp_path,
                                                                          monkeypatch):
    """A 1.5 MB Word file unpacking to 1.5 GB took 3 GB of memory and 25 s, then a traceback."""
    monkeypatch.setattr(archives, "MAX_UNPACKED", 1024 * 1024)
    padding = b"<!--" + b" " * 2 * 1024 * 1024 + b"-->"
    document = _rewritten(_docx(tmp_path / "bomb.docx"), "word/document.xml",
                          lambda data: data.replace(b"<w:body>", b"<w:body>" + padding))
    _refused(run, mini, document, "the package unpacks to 3 MB; briefgen reads documents of at "
                                  "most 1 MB unpacked")
    workbook = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(workbook, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("xl/workbook.xml", padding)
    _refused(run, mini, workbook, "the package unpacks to 2 MB")


def _unpacked(path: Path) -> int:
    with zipfile.ZipFile(path) as package:
        return sum(part.file_size for part in package.infolist())


def test_a_package_is_read_up_to_its_limit_and_refused_a_byte_past_it(run, mini, tmp_path,
                                                                     monkeypatch):
    """The limit is the unpacked size of every part added up: a package of exactly that size is
    read, one of a byte more is refused, its size told in MB as it rounds (2.501 MB: 3)."""
    target = int(2.501 * 1024 * 1024)
    padding = b" " * (target - _unpacked(_docx(tmp_path / "plain.docx")) - len(b"<!---->"))
    document = _rewritten(_docx(tmp_path / "limit.docx"), "word/document.xml",
                          lambda data: data.replace(b"<w:body>", b"<w:body><!--" + padding + b"-->"))
    assert _unpacked(document) == target
    monkeypatch.setattr(archives, "MAX_UNPACKED", target - 1)
    _refused(run, mini, document, "the package unpacks to 3 MB; briefgen reads documents of at "
                                  "most 2 MB unpacked")
    monkeypatch.setattr(archives, "MAX_UNPACKED", target)
    result = run("--project", mini, "seeds", "add", document)
    assert result.exit_code == 0, result.output
    assert "Trade with Korea reached $5 billion" in (mini / "seeds" / "limit.txt").read_text(
        encoding="utf-8")


def test_word_xml_that_is_not_well_formed_is_refused(run, mini, tmp_path):
    entities = "".join(f'<!ENTITY {b} "{("&" + a + ";") * 10}">'
                       for a, b in zip("abcdefgh", "bcdefghi"))
    bomb = f'<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">{entities}]>'.encode()
    document = _rewritten(_docx(tmp_path / "laughs.docx"), "word/document.xml",
                          lambda data: bomb + data[data.index(b"?>") + 2:].replace(
                              b"Trade with", b"&i; Trade with"))
    _refused(run, mini, document, "the Word document is damaged: a part is not well-formed XML")
    cut = _rewritten(_docx(tmp_path / "cut.docx"), "word/document.xml", lambda data: data[:-40])
    _refused(run, mini, cut, "the Word document is damaged: a part is not well-formed XML")


def test_comments_in_the_word_body_are_skipped(run, mini, tmp_path):
    document = _rewritten(_docx(tmp_path / "commented.docx"), "word/document.xml",
                          lambda data: data.replace(b"<w:body>", b"<w:body><!-- a note -->"))
    result = run("--project", mini, "seeds", "add", document)
    assert result.exit_code == 0, result.output
    assert "Trade with Korea reached $5 billion" in (mini / "seeds" / "commented.txt").read_text()


def _workbook(path: Path, rows: int, claimed: str | None = None) -> Path:
    """A sheet whose rows each hold one value in the last column (XFD), or one value in column
    A under a dimension that claims the whole grid."""
    import openpyxl
    book = openpyxl.Workbook()
    book.active["A1"] = "Year"
    book.save(path)

    def cells(data: bytes) -> bytes:
        sheet = data.decode()
        column = "A" if claimed else "XFD"
        values = "".join(f'<row r="{r}"><c r="{column}{r}" t="n"><v>{r}</v></c></row>'
                         for r in range(2, rows + 2))
        if claimed:
            start = sheet.index("<dimension")
            sheet = sheet[:start] + f'<dimension ref="{claimed}"/>' + sheet[sheet.index("/>", start) + 2:]
        return sheet.replace("</sheetData>", values + "</sheetData>").encode()
    return _rewritten(path, "xl/worksheets/sheet1.xml", cells)


def test_a_workbook_reaching_the_last_column_is_refused_while_it_is_read(run, mini, tmp_path,
                                                                        monkeypatch):
    """150 KB of rows with a value in column XFD made a seed of 327 MB in 55 s and 3 GB."""
    monkeypatch.setattr(table, "MAX_CELLS", 100_000)
    _refused(run, mini, _workbook(tmp_path / "wide.xlsx", 10),
             "the table has more than 100,000 cells (counted to the last value of each row)")


def test_a_sheet_claiming_the_whole_grid_is_read_as_it_is_stored(run, mini, tmp_path,
                                                                 monkeypatch):
    """Rows were padded to the size the sheet claims (16,384 columns) before being trimmed."""
    monkeypatch.setattr(table, "MAX_CELLS", 100_000)
    workbook = _workbook(tmp_path / "claims.xlsx", 100, claimed="A1:XFD1048576")
    result = run("--project", mini, "seeds", "add", workbook)
    assert result.exit_code == 0, result.output
    lines = (mini / "seeds" / "claims.txt").read_text().splitlines()
    assert lines[:3] == ["[Sheet]", "Year", "2"] and lines[-1] == "101"


@pytest.mark.parametrize("index,line", [
    ("seeds: 5\n", 1), ("seeds: [[1]]\n", 1), ("- 1\n", 1), ("# the sources\nseeds: [a]\n", 2),
])
def test_a_seeds_index_of_the_wrong_shape_is_a_located_error(run, mini, tmp_path, index, line):
    """`seeds: 5` ended in a TypeError traceback."""
    (mini / "seeds" / "index.yaml").write_text(index, encoding="utf-8")
    document = tmp_path / "article.txt"
    document.write_text("Trade reached $5 billion in 2023.\n", encoding="utf-8")
    before = snapshot(mini)
    result = run("--project", mini, "seeds", "add", document)
    assert result.exit_code == 1, result.output
    assert (f"seeds/index.yaml:{line}: the seeds index is not a mapping of seed texts under "
            "`seeds:`") in result.stderr, result.stderr
    assert snapshot(mini) == before


def test_a_seeds_index_in_flow_style_says_so(run, mini, tmp_path):
    """Its entries were appended after `seeds: {x: 1}`, and the index then called not YAML."""
    (mini / "seeds" / "index.yaml").write_text("seeds: {news.txt: {title: x}}\n", encoding="utf-8")
    document = tmp_path / "article.txt"
    document.write_text("Trade reached $5 billion in 2023.\n", encoding="utf-8")
    result = run("--project", mini, "seeds", "add", document)
    assert result.exit_code == 1 and "cannot add entries to this seeds index" in result.stderr


def test_a_page_of_too_many_elements_is_refused_before_extraction(run, mini, tmp_path,
                                                                  monkeypatch):
    """trafilatura's time grows with the square of a page's elements: 200,000 paragraphs
    (8 MB) ran for minutes. The page is counted before it is extracted."""
    import trafilatura

    from briefgen.sources import html
    monkeypatch.setattr(html, "MAX_ELEMENTS", 1000)
    monkeypatch.setattr(trafilatura, "extract", lambda *a, **k: pytest.fail("extracted"))
    page = tmp_path / "long.html"
    page.write_text("<html><body><article>" + "<p>Trade reached $5 billion in 2023.</p>" * 2000
                    + "</article></body></html>", encoding="utf-8")
    _refused(run, mini, page, "the page has 2,003 HTML elements; briefgen reads pages of at "
                              "most 1,000")


@pytest.mark.timeout(60)
def test_seeds_that_are_no_regular_files_do_not_stop_an_addition(run, mini, tmp_path):
    """Every seed is read to refuse duplicates: a named pipe among them blocked `seeds add` for
    ever, a link to /dev/zero filled memory."""
    import os
    os.mkfifo(mini / "seeds" / "pipe.txt")
    (mini / "seeds" / "zero.txt").symlink_to("/dev/zero")
    document = tmp_path / "article.txt"
    document.write_text("Trade reached $5 billion in 2023.\n", encoding="utf-8")
    result = run("--project", mini, "seeds", "add", document)
    assert result.exit_code == 0, result.output
    assert (mini / "seeds" / "article.txt").read_text() == "Trade reached $5 billion in 2023.\n"


# --- facts import: the map and the cells ------------------------------------------------------

_MAP = "subject: {column: Partner}\nperiod: {column: Year}\nmeasures:\n"
_MEASURE = "  - {column: Exports, metric: trade_volume, label: Exports, unit: USD"


@pytest.fixture
def table_seed(run, mini, tmp_path) -> Path:
    table = tmp_path / "trade.csv"
    table.write_text("Partner,Year,Exports\nSouth Korea,2019,1234.5\nSouth Korea,2020,NaN\n"
                     "South Korea,2021,inf\n", encoding="utf-8")
    assert run("--project", mini, "seeds", "add", table).exit_code == 0
    return mini / "seeds" / "trade.txt"


@pytest.mark.parametrize("text,message", [
    (_MAP + _MEASURE + ", scale: .nan}\n", "map.yaml:4: measures/0/scale: .nan is not a number"),
    (_MAP + _MEASURE + ", scale: abc}\n", "map.yaml:4: measures/0/scale: 'abc' is not of type 'number'"),
    (_MAP + _MEASURE + ", scale: 1e99999}\n", "map.yaml:4: measures/0/scale: "),
    ("header_row: abc\n" + _MAP + _MEASURE + "}\n", "map.yaml:1: header_row: 'abc' is not of type"),
    (_MAP + "  - [1]\n", "map.yaml:3: measures/0: [1] is not of type 'object'"),
    ("subject: {col: Partner}\nmeasures:\n" + _MEASURE + "}\n", "map.yaml:1: 'column' is required in subject"),
])
def test_a_table_map_of_the_wrong_shape_is_a_located_error(run, mini, tmp_path, table_seed,
                                                           text, message):
    """A scale written .nan imported facts of value NaN; `header_row: abc`, `scale: abc`, a
    measure that is a list or a subject without `column` ended in tracebacks."""
    (tmp_path / "map.yaml").write_text(text, encoding="utf-8")
    before = snapshot(mini)
    result = run("--project", mini, "facts", "import", table_seed, "--map", tmp_path / "map.yaml")
    assert result.exit_code == 1, result.output
    assert message in result.stderr, result.stderr
    assert snapshot(mini) == before


def test_cells_written_nan_or_inf_are_no_values(run, mini, tmp_path, table_seed):
    """A program's NaN and inf (pandas writes them for missing values) became facts of value
    NaN and Infinity."""
    (tmp_path / "map.yaml").write_text(_MAP + _MEASURE + "}\n", encoding="utf-8")
    result = run("--project", mini, "facts", "import", table_seed, "--map", tmp_path / "map.yaml")
    assert result.exit_code == 1, result.output
    assert "trade.csv!trade!C3: 'NaN' is not a number" in result.stderr, result.stderr
    assert "trade.csv!trade!C4: 'inf' is not a number" in result.stderr
    assert not (mini / "facts" / "tables").exists()


def test_a_web_address_is_told_apart_from_a_missing_file(run, mini):
    before = snapshot(mini)
    result = run("--project", mini, "seeds", "add", "https://example.com/news/trade.html")
    assert result.exit_code == 1
    assert ("https:/example.com/news/trade.html: no such file (briefgen reads files, not web "
            "addresses: save the page or download the file, and add that)") in result.stderr
    assert snapshot(mini) == before


def test_a_utf8_page_without_a_declared_charset_keeps_its_title(run, mini, tmp_path):
    """Without <meta charset>, lxml read the head as Latin-1: 'café' became 'cafÃ©' in the index
    (trafilatura read the body as UTF-8, so only the metadata was garbled)."""
    page = tmp_path / "cafe.html"
    page.write_text("<html><head><title>Trade talks at the café – 青岛</title></head><body><article>"
                    "<p>" + "Trade reached 5 billion dollars in 2023 in the city port. " * 3
                    + "</p></article></body></html>", encoding="utf-8")
    result = run("--project", mini, "seeds", "add", page, "--json")
    assert result.exit_code == 0, result.output
    assert '"title": "Trade talks at the café – 青岛"' in result.stdout, result.stdout


@pytest.mark.parametrize("part", [
    "In 2023 the trade of Qingdao reached 12.5 billion yuan, up 5 percent and more than doubled ",
    "the port handled 12.5 billion yuan of goods and the officials of the province then spoke "
    "again about the harbour and its many new berths and cranes ",  # no comma: cut at a space
    "Shandong is now Singapore's fifth largest ",  # a figure of words, no digit
])
def test_a_text_without_a_full_stop_is_cut_into_pieces_that_split_no_figure(part):
    """Every figure's scope and subject are looked for in its whole sentence: a long text with
    no sentence end (a table flattened to one line, a hostile file) is cut into pieces of at
    most MAX_SENTENCE characters, else extraction grows with the square of its length. A cut
    never falls inside a figure ("12.5 billion | yuan" failed with a traceback)."""
    from briefgen.facts.extract.candidates import extract
    from briefgen.facts.extract.sentences import MAX_SENTENCE, Sentences
    text = part * (60_000 // len(part))
    spans = Sentences(text).sentences  # (without the figures, cut at a comma or a space)
    assert len(spans) > 20 and max(s.end - s.start for s in spans) <= MAX_SENTENCE
    found = extract(text, source="one-line.txt")
    figure = "fifth largest" if "fifth" in part else "12.5 billion yuan"
    assert found and all(c.as_written in c.quote for c in found)
    assert sum(c.as_written.startswith(figure) for c in found) == text.count(figure)


@pytest.mark.parametrize("name", ["facts/korea.yaml", "briefgen.yaml"])
def test_extract_out_never_replaces_a_file_it_did_not_write(mini, run, tmp_path, name):
    """`facts extract --out briefgen.yaml` replaced the project's configuration with JSON."""
    text = tmp_path / "news.txt"
    text.write_text("In 2019 Testcity's exports grew 12.5 percent.\n", encoding="utf-8")
    target = mini / name
    before = target.read_bytes()
    result = run("--project", mini, "facts", "extract", text, "--out", target)
    assert result.exit_code == 1
    assert "there is a file here that `facts extract` did not write" in result.stderr
    assert target.read_bytes() == before
    mine = tmp_path / "candidates.json"
    for _ in range(2):  # a file it wrote itself it replaces
        assert run("--project", mini, "facts", "extract", text, "--out", mine).exit_code == 0
    assert mine.read_text(encoding="utf-8").startswith("[")
    other = tmp_path / "manifest.json"  # JSON, but no list of candidates: not its own either
    other.write_text('{"pack": {}}', encoding="utf-8")
    result = run("--project", mini, "facts", "extract", text, "--out", other)
    assert result.exit_code == 1 and other.read_text(encoding="utf-8") == '{"pack": {}}'
