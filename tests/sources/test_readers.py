"""Each adapter on documents built here: the text, the metadata, the locators, the refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from source_files import (ARTICLE_TEXT, BOILERPLATE_NUMBERS, PARAGRAPHS, TITLE,  # noqa: F401
                          article_docx, article_html, article_pdf, article_txt, trade_xlsx,
                          wrapped, write_docx, write_pdf, write_zip_of_text)

from briefgen.errors import ExtractError
from briefgen.facts.extract.candidates import extract
from briefgen.sources import locate, read_source


def words(text: str) -> str:
    return " ".join(text.split())


def test_plain_text_is_kept_and_titled_by_its_first_line(article_txt):
    source = read_source(article_txt)
    assert source.text == ARTICLE_TEXT
    assert source.title == TITLE and source.date is None and source.locators is None
    assert "date" in source.notes


def test_html_keeps_the_article_and_its_head_metadata(article_html):
    source = read_source(article_html)
    assert source.text.split("\n\n") == [TITLE, *PARAGRAPHS, ""][:-1] or \
        source.text.rstrip("\n").split("\n\n") == [TITLE, *PARAGRAPHS]
    assert (source.title, source.date, source.outlet, source.url) == (
        TITLE, "2024-05-30", "Testport Daily", "https://news.example.org/2024/05/30/testport-trade")
    assert source.locators == "paragraph" and not {"title", "date", "outlet", "url"} & set(source.notes)


def test_no_boilerplate_number_becomes_a_candidate(article_html):
    text = read_source(article_html).text
    for number in BOILERPLATE_NUMBERS:
        assert number not in text
    written = {c.as_written for c in extract(text, source="article.txt")}
    assert not written & set(BOILERPLATE_NUMBERS)
    assert "By Staff Reporter" not in text and "Related stories" not in text


def test_html_without_an_article_is_refused(tmp_path):
    page = tmp_path / "menu.html"
    page.write_text("<html><head><title>Index</title></head><body><nav><ul>"
                    + "".join(f"<li><a href='/{i}'>Story {i}</a></li>" for i in range(30))
                    + "</ul></nav></body></html>", encoding="utf-8")
    with pytest.raises(ExtractError, match="no article text") as error:
        read_source(page)
    assert error.value.problems[0].path == str(page)


def test_pdf_pages_in_order_without_running_heads_and_page_numbers(article_pdf):
    source = read_source(article_pdf)
    pages = source.text.split("\f")
    assert len(pages) == 2
    assert words(pages[0]) == words(TITLE + " " + PARAGRAPHS[0])
    assert words(pages[1]) == words(PARAGRAPHS[1] + " " + PARAGRAPHS[2])
    assert "Trade Review" not in source.text and "Issue" not in source.text
    assert (source.title, source.outlet, source.locators) == (TITLE, "Testport Customs", "page")
    assert "check" in source.notes["outlet"]  # the Author property is a guess at the publisher


def test_pdf_locators_give_the_page_of_a_quote(article_pdf):
    text = read_source(article_pdf).text
    assert locate.locator(text, "page", "up 12 percent year on year") == "p. 1"
    assert locate.locator(text, "page", "9.8 million containers") == "p. 2"
    assert locate.locator(text, "page", "not in the text") is None


def test_pdf_line_end_hyphens_are_undone(tmp_path):
    pdf = write_pdf(tmp_path / "hyphen.pdf", [["The city attracted foreign invest-",
                                               "ment of $2.1 billion, a Sino-",
                                               "Korean record."]])
    text = read_source(pdf).text
    assert "foreign investment of $2.1 billion, a Sino-\nKorean record." in text


def test_pdf_two_columns_are_read_column_by_column(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    path = tmp_path / "columns.pdf"
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(60, 780, "A heading across both columns of the page, wide as it is")
    left = wrapped(PARAGRAPHS[0], 38) + wrapped(PARAGRAPHS[1], 38)
    right = wrapped(PARAGRAPHS[2], 38) * 2
    for i, line in enumerate(left):
        canvas.drawString(60, 740 - 14 * i, line)
    for i, line in enumerate(right):
        canvas.drawString(320, 740 - 14 * i, line)
    canvas.save()
    text = words(read_source(path).text)
    assert words(" ".join(left)) in text and words(" ".join(right)) in text
    assert text.index("heading") < text.index(words(left[0])) < text.index(words(right[0]))


def test_pdf_without_text_layer_needs_ocr(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    path = tmp_path / "scan.pdf"
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.rect(50, 50, 400, 600, fill=1)
    canvas.save()
    with pytest.raises(ExtractError, match="no text layer.*OCR"):
        read_source(path)


@pytest.mark.parametrize("kind, match", [("encrypted", "encrypted"), ("corrupt", "damaged")])
def test_bad_pdfs_are_refused_with_their_name(tmp_path, kind, match):
    path = tmp_path / f"{kind}.pdf"
    if kind == "encrypted":
        write_pdf(path, [["secret 5 percent"]], encrypt="owner-and-user")
    else:
        path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n%%EOF")
    with pytest.raises(ExtractError, match=match) as error:
        read_source(path)
    assert error.value.problems[0].path == str(path)


def test_docx_paragraphs_and_tables_in_order(tmp_path):
    table = [["Partner", "Exports"], ["Korea", "1,234"], ["Japan", "800"]]
    source = read_source(write_docx(tmp_path / "a.docx", [TITLE, *PARAGRAPHS], table=table))
    blocks = source.text.rstrip("\n").split("\n\n")
    assert blocks == [TITLE, PARAGRAPHS[0], "Partner\tExports\nKorea\t1,234\nJapan\t800",
                      PARAGRAPHS[1], PARAGRAPHS[2]]
    assert (source.title, source.date, source.outlet) == (TITLE, "2024-05-30", "Testport Customs")
    assert locate.locator(source.text, "paragraph", "9.8 million containers") == "para. 5"


def test_docx_that_is_a_zip_of_something_else_is_refused(tmp_path):
    with pytest.raises(ExtractError, match="not a Word document"):
        read_source(write_zip_of_text(tmp_path / "fake.docx"))
    plain = tmp_path / "old.docx"
    plain.write_bytes(b"\xd0\xcf\x11\xe0 an old binary .doc")
    with pytest.raises(ExtractError, match="not a Word document"):
        read_source(plain)


def test_a_huge_file_is_refused_by_its_size_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * 1024 * 1024)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("the file was read"))
    with pytest.raises(ExtractError, match="200 MB"):
        read_source(path)


def test_unknown_suffix_names_what_is_read(tmp_path):
    path = tmp_path / "slides.pptx"
    path.write_bytes(b"x")
    with pytest.raises(ExtractError, match=r"no reader for \.pptx.*\.pdf"):
        read_source(path)


def test_tables_are_cells_with_coordinates(trade_xlsx, tmp_path):
    source = read_source(trade_xlsx)
    assert source.locators == "cell"
    assert locate.cell_value(source.text, "Trade!C2") == "1234.5"
    assert locate.cell_value(source.text, "Trade!D4") == "1100"
    assert locate.cell_value(source.text, "Trade!A6") == "Japan"
    assert locate.cell_value(source.text, "Notes!A1") == "Synthetic figures for tests"
    assert locate.cell_value(source.text, "Trade!Z99") == ""
    assert locate.cell_value(source.text, "Other!A1") is None
    csv = tmp_path / "trade.csv"
    csv.write_text("Partner;Year;Exports\nKorea;2019;1234.5\n", encoding="utf-8")
    assert locate.cell_value(read_source(csv).text, "trade!C2") == "1234.5"


def test_cell_references():
    assert locate.split_cell("Sheet 1!AB12") == ("Sheet 1", 12, 28)
    assert locate.cell_ref("Trade", 7, 3) == "Trade!C7"
    for bad in ("C7", "Sheet1!7C", "Sheet1!c7", "Sheet1!C0"):
        with pytest.raises(ValueError):
            locate.split_cell(bad)


def test_reading_libraries_are_imported_only_for_their_format():
    import subprocess
    import sys
    code = ("import sys, briefgen.cli, briefgen.sources, briefgen.sources.ingest, "
            "briefgen.sources.locate, briefgen.facts.verify; "
            "print(sorted(m for m in ('pypdfium2', 'pdfplumber', 'trafilatura', 'openpyxl', 'docx', 'lxml') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_locators_of_one_document_in_one_phrase():
    assert locate.cited_at(["p. 12", "p. 3", "p. 3"]) == "pp. 3, 12"
    assert locate.cited_at(["para. 4"]) == "para. 4"
    assert locate.cited_at(["t.xlsx!Trade!C2", "t.xlsx!Trade!C3"]) == "t.xlsx!Trade!C2, t.xlsx!Trade!C3"
    assert locate.source_locator(None, "cell", "1234.5", "Trade!C2", "originals/t.xlsx") == "t.xlsx!Trade!C2"


def test_placeholder_properties_of_pdf_writers_are_not_metadata(tmp_path):
    source = read_source(write_pdf(tmp_path / "p.pdf", [["Some text 5 percent"]], title=None, header=None,
                                   author=None))
    assert source.outlet is None and source.description is None  # reportlab: anonymous, unspecified
    assert source.title == "Some text 5 percent" and "first line" in source.notes["title"]


def test_plain_text_s_source_line_names_its_outlet_and_address(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Port completes oil storage project\nSource: Global Times, 2023-05, "
                    "https://example.org/page/1.shtml\n\nThe port built 8 tanks.\n", encoding="utf-8")
    source = read_source(path)
    assert (source.outlet, source.url) == ("Global Times", "https://example.org/page/1.shtml")
    assert "check it" in source.notes["outlet"]
    # a line that only starts like one names no outlet
    path.write_text("Zone imports 112 projects\nSource:  View: 275 Date: 2014-07-23\n\nText.\n", encoding="utf-8")
    assert read_source(path).outlet is None


def test_a_source_line_s_month_or_year_and_an_outlet_with_a_comma_in_brackets(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Holiday sales\nSource: China Daily Shandong Bureau (via Shandong On Internet, china-sd.com), "
                    "2017-02, http://www.example.com/News/2017-02/21_5918.html\n\nSales rose 5 percent.\n",
                    encoding="utf-8")
    source = read_source(path)
    assert (source.outlet, source.date) == ("China Daily Shandong Bureau (via Shandong On Internet, china-sd.com)",
                                            "2017-02")
    assert "check it" in source.notes["date"]


def test_a_source_line_closing_the_text_gives_its_outlet_address_and_day(tmp_path):
    path = tmp_path / "a.txt"
    body = "\n\n".join(f"Paragraph {n} says exports rose 5 percent." for n in range(1, 9))
    path.write_text(f"Trade rises\n\n{body}\n\nSource: China Services Info (example.com; China Daily), 2020-04-08, "
                    "https://example.com/s/202004/08/page.html\n", encoding="utf-8")
    source = read_source(path)
    assert (source.outlet, source.date, source.url) == (
        "China Services Info (example.com; China Daily)", "2020-04-08", "https://example.com/s/202004/08/page.html")
    # one line up from the end is still the closing line; a "Source:" deep in the body is not
    path.write_text(f"Trade rises\n\n{body}\n\nSource: Rail Professional, 2023-06, https://example.com/r\n\n"
                    "Related: more news\n", encoding="utf-8")
    assert (read_source(path).outlet, read_source(path).date) == ("Rail Professional", "2023-06")
    # an outlet in camel case or named by its web address
    for outlet in ("eFeedLink (efeedlink.com)", "permcitybro.com (permcitybro.com)"):
        path.write_text(f"Trade rises\n\n{body}\n\nSource: {outlet}, 2008-06-26, https://example.com/e\n",
                        encoding="utf-8")
        assert (read_source(path).outlet, read_source(path).date) == (outlet, "2008-06-26")
    for line in ("Source:  view: 275, 2008-06-26", "Source: chart.png", "Source: report.pdf, 2020-01-05",
                 "From: mr.wang@example.com"):
        path.write_text(f"Trade rises\n\n{body}\n\n{line}\n", encoding="utf-8")
        assert read_source(path).outlet is None, line
    lines = body.split("\n\n")
    path.write_text("Trade rises\n\n" + "\n\n".join(lines[:4] + ["Source: Hidden Outlet, 2020-01-01"] + lines[4:]),
                    encoding="utf-8")
    assert read_source(path).outlet is None
