"""Both renderers: every node type, literal text, fonts, metadata, links, alt text, bytes."""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from briefgen import document as d
from briefgen.config import Page
from briefgen.errors import RenderError
from briefgen.render.docx import docx_bytes, docx_document, render_docx
from briefgen.render.fonts import MissingGlyphWarning
from briefgen.render.pdf import render_pdf
from briefgen.theme import DEFAULT_THEME
from render_samples import LITERAL, PIXEL, chart, document, one_of_each

BASE_14 = {"Courier", "Helvetica", "Times-Roman", "Symbol", "ZapfDingbats", "Times-Bold", "Helvetica-Bold",
           "Courier-Bold", "Times-Italic", "Helvetica-Oblique", "Courier-Oblique", "Times-BoldItalic",
           "Helvetica-BoldOblique", "Courier-BoldOblique"}
SAMPLES = one_of_each()


def render(fmt: str, doc: d.Document, path: Path, **kw) -> Path:
    (render_pdf if fmt == "pdf" else render_docx)(doc, path, DEFAULT_THEME, Page(), **kw)
    return path


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                parts.extend(p.text for p in cell.paragraphs)
    return "\n".join(parts).replace("\u00a0", " ")  # no-break spaces read as spaces, as in the PDF


def text_of(fmt: str, path: Path) -> str:
    return pdf_text(path) if fmt == "pdf" else docx_text(path)


def test_every_block_type_has_a_sample():
    assert set(SAMPLES) == {t.__name__ for t in d.BLOCK_TYPES}


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_every_node_type_renders(fmt, kind, tmp_path):
    target = render(fmt, document(SAMPLES[kind]), tmp_path / f"x.{fmt}")
    text = text_of(fmt, target)
    assert "South Korea" in text
    expected = {"Heading": "Investment heading", "Paragraph": "second line", "BulletList": "second bullet",
                "OrderedList": "step two", "KeyFigures": "US$5.5 billion", "Table": "12,930",
                "Figure": "Image caption text", "Callout": "Callout body text",
                "Sources": "Clubs boost cooperation"}
    if kind in expected:
        assert expected[kind] in text
    if kind == "Sources":  # each document and the numbers citing it; the quotes are elsewhere
        assert "[1, 3]" in text and "club quote" not in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_unknown_block_is_an_error_naming_it(fmt, tmp_path):
    class Marquee:
        priority = None
        origin = d.Origin("templates/x.md.j2", 7)
    with pytest.raises((RenderError, TypeError), match=r"Marquee \(templates/x.md.j2:7\)"):
        render(fmt, document(Marquee()), tmp_path / f"x.{fmt}")  # type: ignore[arg-type]
    assert not (tmp_path / f"x.{fmt}").exists()  # no partial file


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_literal_text_in_both_formats(fmt, tmp_path):
    doc = document(d.Paragraph((d.Text(LITERAL + " bell\u0007 nul\u0000 gone"),)), title="R&D <Qingdao>")
    text = text_of(fmt, render(fmt, doc, tmp_path / f"x.{fmt}"))
    for word in ("R&D <tags> &", "\u201cquotes\u201d", "\uff21\uff22", "青岛", "부산", "Düsseldorf Straße",
                 "R&D <Qingdao>", "bell nul gone"):
        assert word in text, word


def test_hebrew_is_shaped_right_to_left_in_the_pdf(tmp_path):
    import pdfplumber
    pytest.importorskip("bidi", reason="python-bidi puts right-to-left text in visual order")
    path = render("pdf", document(d.Paragraph((d.Text("Haifa (חיפה) port"),))), tmp_path / "x.pdf")
    with pdfplumber.open(str(path)) as pdf:
        hebrew = [c for c in pdf.pages[0].chars if "\u0590" <= c["text"] <= "\u05ff"]
    left_to_right = "".join(c["text"] for c in sorted(hebrew, key=lambda c: c["x0"]))
    assert left_to_right == "הפיח"  # on the page the word reads right to left: ח is rightmost
    assert "חיפה" in pdf_text(path)  # and text extraction gets the logical order back


def test_docx_keeps_hebrew_in_logical_order(tmp_path):
    path = render("docx", document(d.Paragraph((d.Text("Haifa (חיפה) port"),))), tmp_path / "x.docx")
    assert "Haifa (חיפה) port" in docx_text(path)


def test_missing_glyph_warns_instead_of_a_silent_box(tmp_path):
    with pytest.warns(MissingGlyphWarning, match="U\\+1F6A2"):
        render("pdf", document(d.Paragraph((d.Text("ship \U0001F6A2"),))), tmp_path / "x.pdf")


def _fonts(reader: PdfReader) -> list[dict]:
    fonts = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.append(font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font)
    return fonts


def test_pdf_fonts_are_embedded_and_never_base_14(tmp_path):
    doc = document(*[b for b in SAMPLES.values() if not isinstance(b, d.PageBreak)],
                   d.Paragraph((d.Text("青岛 부산 ★"),)))
    reader = PdfReader(str(render("pdf", doc, tmp_path / "x.pdf")))
    fonts = _fonts(reader)
    names = {str(f["/BaseFont"]).lstrip("/").split("+")[-1] for f in fonts}
    assert {"LiberationSans", "LiberationSans-Bold", "DroidSansFallback", "NanumGothic", "DejaVuSans"} <= names
    assert not names & BASE_14
    for font in fonts:
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]


def test_pdf_metadata_language_and_links(tmp_path):
    doc = document(SAMPLES["Paragraph"], language="en-GB")
    reader = PdfReader(str(render("pdf", doc, tmp_path / "x.pdf")))
    info = reader.metadata
    assert (info.title, info.author, info.subject) == ("South Korea", "Qingdao Investment Promotion Office",
                                                      "South Korea")
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    uris = [a.get_object()["/A"]["/URI"] for a in reader.pages[0]["/Annots"]]
    assert uris == ["https://example.org/a?b=1&c=2"]


def test_pdf_header_footer_and_page_numbers(tmp_path):
    text = pdf_text(render("pdf", document(SAMPLES["Paragraph"], SAMPLES["PageBreak"], SAMPLES["Heading"]),
                           tmp_path / "x.pdf"))
    assert "Page 1 of 2" in text and "Page 2 of 2" in text
    assert "Produced 1 June 2024 \u00b7 For information" in text
    assert "Qingdao \u2014 partner brief" in text


def test_pdf_pack_has_one_bookmark_per_document(tmp_path):
    docs = [document(SAMPLES["Paragraph"], title="South Korea"), document(SAMPLES["Paragraph"], title="Japan")]
    path = tmp_path / "pack.pdf"
    assert render_pdf(docs, path, DEFAULT_THEME, Page()) == 2
    assert [item.title for item in PdfReader(str(path)).outline] == ["South Korea", "Japan"]


def test_docx_styles_page_setup_and_properties(tmp_path):
    doc = document(*[b for b in SAMPLES.values() if not isinstance(b, d.PageBreak)])
    path = tmp_path / "x.docx"
    render_docx(doc, path, DEFAULT_THEME, Page(size="Letter", left=20))
    word = docx.Document(str(path))
    styles = {p.style.name for p in word.paragraphs}
    assert {"Heading 1", "Normal", "List Bullet", "List Number", "Caption", "Source Entry"} <= styles
    tables = [t.style.name for t in word.tables]
    assert tables[0] == "Title Band" and {"Key Figures", "Data Table", "Callout Box"} <= set(tables)
    section = word.sections[0]
    assert round(section.page_width.mm, 1) == 215.9 and round(section.left_margin.mm) == 20
    assert section.header.paragraphs[0].text == "Qingdao \u2014 partner brief"
    assert "PAGE" in section.footer._element.xml and "NUMPAGES" in section.footer._element.xml
    props = word.core_properties
    assert (props.title, props.author, props.language) == ("South Korea", "Qingdao Investment Promotion Office", "en")
    assert word.styles["Normal"].font.name == "Arial"


def test_docx_links_and_alt_text(tmp_path):
    path = render("docx", document(SAMPLES["Paragraph"], SAMPLES["Figure"]), tmp_path / "x.docx")
    word = docx.Document(str(path))
    links = [r for r in word.part.rels.values() if r.reltype.endswith("/hyperlink")]
    assert [(r.target_ref, r.is_external) for r in links] == [("https://example.org/a?b=1&c=2", True)]
    assert 'descr="Alt text of the image"' in word.element.xml


def test_docx_ordered_list_restarts_at_its_start(tmp_path):
    path = render("docx", document(SAMPLES["OrderedList"], SAMPLES["OrderedList"]), tmp_path / "x.docx")
    numbering = docx.Document(str(path)).part.numbering_part.element.xml
    assert numbering.count('w:startOverride w:val="3"') == 2


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_same_input_same_bytes(fmt, tmp_path):
    doc = document(*[b for b in SAMPLES.values() if not isinstance(b, d.PageBreak)])
    first, second = render(fmt, doc, tmp_path / f"a.{fmt}"), render(fmt, doc, tmp_path / f"b.{fmt}")
    assert first.read_bytes() == second.read_bytes()
    if fmt == "docx":
        dates = {i.date_time for i in zipfile.ZipFile(io.BytesIO(first.read_bytes())).infolist()}
        assert dates == {(1980, 1, 1, 0, 0, 0)}


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_chart_figures(fmt, tmp_path):
    figure = d.Figure(alt="Bar chart: signed US$30.46 bn, utilised US$19.71 bn.", chart=chart(), height_mm=45)
    path = render(fmt, document(figure), tmp_path / f"x.{fmt}", chart_cache=tmp_path / "cache")
    if fmt == "pdf":
        text = pdf_text(path)  # vector: text stays text, the title drawn in the picture too
        assert "Signed investment is half as large again" in text and "30.46 bn" in text
    else:
        assert 'descr="Bar chart: signed US$30.46 bn' in docx.Document(str(path)).element.xml


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_chart_title_and_source_set_as_text_stay_out_of_the_picture(fmt, tmp_path):
    bars = chart()
    figure = d.Figure(caption=bars.title, subtitle=bars.subtitle, source=bars.source, alt="Bar chart",
                      chart=bars, height_mm=45, citations=(1,))
    path = render(fmt, document(figure), tmp_path / f"x.{fmt}", chart_cache=tmp_path / "cache")
    text = pdf_text(path) if fmt == "pdf" else "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert text.count("Signed investment is half as large again") == 1
    assert text.count(bars.source) == 1 and bars.subtitle in text


def test_reference_document_styles_survive(tmp_path):
    from briefgen.render.reference import write_reference
    reference = write_reference(tmp_path / "reference.docx")
    word = docx.Document(str(reference))
    word.styles["Heading 1"].paragraph_format.alignment = 1  # a user centres headings in Word
    word.save(str(reference))
    rendered = docx_document(document(SAMPLES["Heading"]), DEFAULT_THEME, Page(), reference=reference)
    assert rendered.styles["Heading 1"].paragraph_format.alignment == 1
    assert rendered.styles["Heading 1"].font.size.pt == DEFAULT_THEME.h1_size  # theme sizes still win


def test_unreadable_reference_document(tmp_path):
    bad = tmp_path / "reference.docx"
    bad.write_text("not a zip")
    with pytest.raises(RenderError, match="cannot open the reference document"):
        docx_document(document(), DEFAULT_THEME, Page(), reference=bad)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_figure_embeds_its_image_file(fmt, tmp_path):
    from PIL import Image
    from pypdf import PdfReader
    path = render(fmt, document(d.Figure(alt="A pixel", image=str(PIXEL), height_mm=20)),
                  tmp_path / f"x.{fmt}")
    if fmt == "docx":  # the file itself, unchanged
        with zipfile.ZipFile(path) as package:
            media = [package.read(n) for n in package.namelist() if n.startswith("word/media/")]
        assert media == [PIXEL.read_bytes()]
    else:  # the same pixels
        images = PdfReader(path).pages[0].images
        with Image.open(PIXEL) as source:
            expected = source.convert("RGB")
        assert len(images) == 1
        embedded = images[0].image.convert("RGB")
        assert embedded.size == expected.size
        assert embedded.tobytes() == expected.tobytes()


def test_amounts_never_break_inside():
    from briefgen.render.common import keep_amounts_together
    assert keep_amounts_together("More than RMB 12.59 billion") == "More than RMB\u00a012.59\u00a0billion"
    assert keep_amounts_together("US$1.9 billion") == "US$1.9\u00a0billion"
    assert keep_amounts_together("HK$ 500 million a year") == "HK$\u00a0500\u00a0million a year"
    assert keep_amounts_together("Up to 3 years") == "Up to 3 years"  # no amount to hold together
    assert keep_amounts_together("12,930") == "12,930"


def test_key_figure_panel_steps_its_type_down_evenly():
    from briefgen.render.common import key_figure_size

    def measure(text, size):  # 0.5 em per character
        return len(text) * size / 2
    assert key_figure_size(["40", "110"], 16, 100, measure) == 16  # all fit: the theme's size
    # 'RMB 12.59 billion' (17 characters) must fit 100 pt: 100 / 8.5 = 11.76 -> 11.5 pt
    assert key_figure_size(["RMB 12.59 billion", "40"], 16, 100, measure) == 12.0  # floor: 0.75
    assert key_figure_size(["RMB 12.59 billion", "40"], 16, 130, measure) == 15.0
    # 'More than' may go on a line of its own: only 'US$1.9 billion' (14 characters) must fit
    assert key_figure_size(["More than US$1.9 billion"], 16, 120, measure) == 16
    assert key_figure_size(["More than US$1.9 billion"], 16, 100, measure) == 14.0


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_key_figure_amounts_stay_on_one_line(fmt, tmp_path):
    items = tuple(d.KeyFigure(f"Label {n}", value, "as of 2019", (1,)) for n, value in
                  enumerate(["RMB 12.59 billion", "More than US$1.9 billion", "40", "110"]))
    doc = document(d.KeyFigures(items))
    path = render(fmt, doc, tmp_path / f"x.{fmt}")
    if fmt == "pdf":
        lines = PdfReader(str(path)).pages[0].extract_text().splitlines()
        assert "RMB 12.59 billion" in lines and "US$1.9 billion" in lines, lines
    else:
        cells = [c for t in docx.Document(str(path)).tables for c in t._cells]
        values = [c.paragraphs[0] for c in cells if c.paragraphs[0].style.name == "Key Figure"]
        assert values[0].text == "RMB\u00a012.59\u00a0billion"
        assert values[1].text == "More than US$1.9\u00a0billion"
        sizes = {run.font.size.pt for p in values for run in p.runs}
        assert len(sizes) == 1 and min(sizes) < DEFAULT_THEME.figure_size  # one smaller size for all


def test_bound_docx_stores_each_picture_once_with_unique_shape_ids(tmp_path, monkeypatch):
    """Binding many documents: one search for a free shape id, not one per picture (python-docx
    searches the whole document each time), and every picture still gets an id of its own."""
    from docx.parts.story import StoryPart
    searches = []
    original = StoryPart.next_id
    monkeypatch.setattr(StoryPart, "next_id", property(lambda part: searches.append(1) or original.fget(part)))
    figure = d.Figure(alt="A pixel", image=str(PIXEL), height_mm=20)
    docs = [document(figure, d.Paragraph((d.Text(f"Brief {n}"),))) for n in range(5)]
    path = tmp_path / "pack.docx"
    path.write_bytes(docx_bytes(docs, DEFAULT_THEME))
    assert len(searches) == 1
    with zipfile.ZipFile(path) as package:
        media = [n for n in package.namelist() if n.startswith("word/media/")]
        xml = package.read("word/document.xml").decode()
    assert len(media) == 1  # one file, shown five times
    ids = [int(i) for i in re.findall(r'<wp:docPr id="(\d+)"', xml)]
    assert len(ids) == 5 and len(set(ids)) == 5
    reopened = docx.Document(str(path))
    assert len(reopened.inline_shapes) == 5
    assert [p.text for p in reopened.paragraphs if p.text.startswith("Brief")] == [f"Brief {n}" for n in range(5)]


def test_pdf_and_docx_share_one_drawing_of_a_chart(tmp_path):
    """The PDF asks for the shapes and the DOCX for the PNG of one drawing, drawn once: the
    renderers' page widths, computed differently, must name the same cached chart."""
    bars = chart()
    figure = d.Figure(caption=bars.title, alt="Bar chart", chart=bars, height_mm=45)
    for fmt in ("pdf", "docx"):
        render(fmt, document(figure), tmp_path / f"x.{fmt}", chart_cache=tmp_path / "cache")
    drawn = sorted(p.suffix for p in (tmp_path / "cache").rglob("*") if p.suffix != ".seal")
    assert drawn == [".png", ".rlg"]


def test_every_right_to_left_letter_is_in_the_quick_test_of_visual_order():
    """visual_order looks for right-to-left text with one search over a few blocks first: every
    character of bidirectional type R or AL must fall in them."""
    import sys
    import unicodedata

    from briefgen.render.fonts import _MAYBE_RTL
    outside = [hex(code) for code in range(sys.maxunicode + 1)
               if unicodedata.bidirectional(chr(code)) in ("R", "AL")
               and not _MAYBE_RTL.match(chr(code))]
    assert outside == []


def test_a_face_s_subsets_are_made_and_deflated_once_per_process(monkeypatch):
    """Every PDF embeds the same first subset of each body face it uses (render/fonts.py
    seed_subsets): made and deflated once per process, into the bytes reportlab makes for
    each PDF when it makes them itself."""
    import zlib
    from reportlab.pdfbase import pdfmetrics, ttfonts
    from briefgen.render import fonts
    from briefgen.render.pdf import pdf_bytes
    docs = [document(d.Paragraph((d.Text(words),))) for words in
            ("One brief", "Another brief", "A third brief")]
    ours = [pdf_bytes(doc, DEFAULT_THEME, Page()).data for doc in docs]
    made, deflated = [], []
    make, deflate = ttfonts.TTFontFace.makeSubset, zlib.compress
    monkeypatch.setattr(ttfonts.TTFontFace, "makeSubset",
                        lambda self, subset: made.append(1) or make(self, subset))
    monkeypatch.setattr(zlib, "compress", lambda data, *args: (
        deflated.append(data[:4] == b"\x00\x01\x00\x00") or deflate(data, *args)))  # a TrueType file
    assert [pdf_bytes(doc, DEFAULT_THEME, Page()).data for doc in docs] == ours
    assert made == [] and True not in deflated and deflated  # the pages' own content still is
    for name in fonts.BODY_FACES.values():  # reportlab's own face: each PDF makes its subsets
        monkeypatch.setattr(pdfmetrics.getFont(name).face, "__class__", ttfonts.TTFontFace)
    assert [pdf_bytes(doc, DEFAULT_THEME, Page()).data for doc in docs] == ours
    assert len(made) >= 3 and deflated.count(True) == len(made)
