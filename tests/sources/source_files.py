"""Source documents built in the tests themselves: PDF (reportlab), Word (python-docx), Excel
(openpyxl) and hand-written HTML, all from one synthetic article whose figures are invented
for the tests, and surrounded by furniture full of numbers that must never become candidates."""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path

import pytest

TITLE = "Testport trade grows in early 2024"
# Synthetic: the figures are made up for these tests.
PARAGRAPHS = [
    "Testport's foreign trade reached 340 billion yuan in the first four months of 2024, up "
    "12 percent year on year, according to the city's customs office.",
    "Trade with South Korea accounted for 18.5 percent of the total. The city signed 45 new "
    "projects with a total investment of $2.1 billion in the same period.",
    "By the end of April 2024, the port had handled 9.8 million containers, and 26 new "
    "shipping routes had opened since January 2023.",
]
ARTICLE_TEXT = TITLE + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
# Furniture: every number here would be a candidate if it reached the text.
BOILERPLATE_NUMBERS = ("777", "4,321", "55 percent", "99 million", "8 trillion", "0532-1234",
                       "6,543", "31 stories", "1,000 readers")


@pytest.fixture
def article_txt(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE_TEXT, encoding="utf-8")
    return path


def write_pdf(path: Path, pages: list[list[str]], *, title: str | None = TITLE,
              author: str | None = "Testport Customs", header: str | None = "Testport Trade Review 2024",
              numbered: bool = True, encrypt: str | None = None) -> Path:
    """A PDF with one text line per list item, a running header and a page number foot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    canvas = Canvas(str(path), pagesize=A4, invariant=1, encrypt=encrypt)
    if title:
        canvas.setTitle(title)
    if author:
        canvas.setAuthor(author)
    width, height = A4
    for number, lines in enumerate(pages, 1):
        canvas.setFont("Helvetica", 9)
        if header:
            canvas.drawString(60, height - 40, f"{header} | Issue {number + 40}")
        if numbered:
            canvas.drawCentredString(width / 2, 30, str(number))
        canvas.setFont("Helvetica", 11)
        for i, line in enumerate(lines):
            canvas.drawString(60, height - 90 - 15 * i, line)
        canvas.showPage()
    canvas.save()
    return path


def wrapped(text: str, width: int = 70) -> list[str]:
    import textwrap
    return textwrap.wrap(text, width)


@pytest.fixture
def article_pdf(tmp_path: Path) -> Path:
    """The article over two pages (the second paragraph starts page 2)."""
    first = [TITLE, ""] + wrapped(PARAGRAPHS[0])
    second = wrapped(PARAGRAPHS[1]) + [""] + wrapped(PARAGRAPHS[2])
    return write_pdf(tmp_path / "article.pdf", [first, second])


def write_docx(path: Path, paragraphs: list[str], *, title: str | None = TITLE,
               table: list[list[str]] | None = None) -> Path:
    import docx
    document = docx.Document()
    document.core_properties.title = title or ""
    document.core_properties.author = "Testport Customs"
    document.core_properties.created = datetime.datetime(2024, 5, 30, 8, 0)
    document.add_heading(paragraphs[0], level=1)
    for i, text in enumerate(paragraphs[1:], 1):
        document.add_paragraph(text)
        if table and i == 1:
            grid = document.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, value in enumerate(row):
                    grid.cell(r, c).text = value
    document.save(str(path))
    return path


@pytest.fixture
def article_docx(tmp_path: Path) -> Path:
    return write_docx(tmp_path / "article.docx", [TITLE, *PARAGRAPHS])


ARTICLE_HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | Testport Daily - 777 stories</title>
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="Testport Daily">
<meta property="article:published_time" content="2024-05-30T08:00:00+08:00">
<meta name="description" content="Customs figures for January to April 2024.">
<link rel="canonical" href="https://news.example.org/2024/05/30/testport-trade">
</head><body>
<header><a href="/">Testport Daily</a> <span>4,321 subscribers</span>
<nav><ul><li><a href="/">Home</a></li><li><a href="/biz">Business</a></li>
<li><a href="/top">Top 55 percent club</a></li><li><a href="/world">World</a></li></ul></nav></header>
<div class="crumbs"><a href="/">Home</a> » <a href="/biz">Business</a> » Trade up 99 million</div>
<main><article>
<h1>{TITLE}</h1>
<p class="byline">By Staff Reporter | 2024-05-30 | 6,543 views</p>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/a">Province output tops 8 trillion yuan</a></li>
<li><a href="/b">31 stories you missed this week</a></li></ul></aside></main>
<footer><p>Copyright Testport Daily. Tel 0532-1234. 1,000 readers online.</p>
<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body></html>
"""


@pytest.fixture
def article_html(tmp_path: Path) -> Path:
    path = tmp_path / "article.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    return path


TRADE_ROWS = [  # synthetic figures, for tests only
    ["Partner", "Year", "Exports (USD million)", "Imports (USD million)"],
    ["Korea", 2019, 1234.5, 987.25], ["Korea", 2020, 1301, 1010.5],
    ["Korea", 2021, 1422.75, 1100], ["Korea", 2022, 1500, 1180.5],
    ["Japan", 2019, 800, 650],
]


def write_xlsx(path: Path, rows=TRADE_ROWS, sheet: str = "Trade") -> Path:
    import openpyxl
    book = openpyxl.Workbook()
    book.active.title = sheet
    for row in rows:
        book.active.append(row)
    book.create_sheet("Notes").append(["Synthetic figures for tests"])
    book.save(path)
    return path


@pytest.fixture
def trade_xlsx(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "trade.xlsx")


def write_zip_of_text(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a Word document")
    return path
