"""Sample documents for renderer tests: one block of every node type, and literal text."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from briefgen import document as d

PIXEL = Path(__file__).parent / "roots" / "engine" / "templates" / "pixel.png"
LITERAL = "R&D <tags> & \u201cquotes\u201d, full\uff0dwidth \uff21\uff22, 青岛, 부산, Düsseldorf Straße"


def meta(**kw) -> d.Meta:
    values = dict(title="South Korea", subtitle="Partner brief \u00b7 Qingdao", subject="South Korea",
                  author="Qingdao Investment Promotion Office", produced="2024-06-01",
                  header="Qingdao \u2014 partner brief", footer="For information", keywords=("Korea",))
    values.update(kw)
    return d.Meta(**values)


def chart():
    from briefgen.charts import ChartData, ChartPoint
    points = (ChartPoint("Signed", Decimal("30462000000"), "30.46 bn", "to March 2019",
                         "Signed investment", "USD", "kr.fdi-signed"),
              ChartPoint("Utilised", Decimal("19713400000"), "19.71 bn", "to March 2019",
                         "Utilised investment", "USD", "kr.fdi-utilized"))
    return ChartData("hbar", "Signed investment is half as large again as utilised",
                     "US$ · South Korea in Qingdao · cumulative to March 2019", "US$", points,
                     "Source: A City of Dreams", "Bar chart: signed US$30.46 bn, utilised US$19.71 bn.",
                     ("kr.fdi-signed", "kr.fdi-utilized"))


def one_of_each() -> dict[str, d.Block]:
    """A block of every type, keyed by type name."""
    text = (d.Text("Signed "), d.Strong((d.Text("US$30.46 "), d.Emphasis((d.Text("billion"),)))),
            d.CitationRef(1), d.Text(" — see "), d.Link("https://example.org/a?b=1&c=2", (d.Text("the office"),)),
            d.LineBreak(), d.Text("second line"))
    return {
        "Heading": d.Heading(1, (d.Text("Investment heading"),)),
        "Paragraph": d.Paragraph(text),
        "BulletList": d.BulletList(((d.Text("first bullet"),), (d.Text("second bullet"), d.CitationRef(2)))),
        "OrderedList": d.OrderedList(((d.Text("step one"),), (d.Text("step two"),)), start=3),
        "KeyFigures": d.KeyFigures(tuple(d.KeyFigure(f"Label {i}", f"US${i}.5 billion", "as of March 2019", (1,))
                                         for i in range(1, 6))),
        "Table": d.Table(((d.Text("Measure"),), (d.Text("Value"),)),
                         (((d.Text("Projects"),), (d.Text("12,930"), d.CitationRef(1))),
                          ((d.Text("Banks"),), (d.Text("more than 60"),))),
                         caption=(d.Text("Table caption text"),), align=(None, "right")),
        "Figure": d.Figure(caption="Image caption text", source="Source: test image", alt="Alt text of the image",
                           image=str(PIXEL), height_mm=20, citations=(2,)),
        "Callout": d.Callout((d.Paragraph((d.Text("Callout body text"),)),), title="Callout title text"),
        "Sources": d.Sources((d.SourceEntry(1, "A City of Dreams", "Magazine", None, "By the end of March 2019"),
                              d.SourceEntry(2, "Clubs boost cooperation", None, "12 March 2021", "club quote"),
                              d.SourceEntry(3, "A City of Dreams", "Magazine", None, "second quote"))),
        "PageBreak": d.PageBreak(),
        "Spacer": d.Spacer(12),
    }


def document(*blocks: d.Block, **meta_values) -> d.Document:
    return d.Document(meta(**meta_values), tuple(blocks))
