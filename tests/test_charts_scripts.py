"""Chart text in scripts the chart font lacks (Chinese, Japanese, Hangul) is set in the fallback
fonts the PDF's body text uses: in the PDF's shapes, in the PNG, and when measuring it."""

import subprocess
import sys
import warnings
from decimal import Decimal

import pytest

from briefgen.charts import ChartData, ChartPoint, draw
from briefgen.charts.image import drawing
from briefgen.theme import DEFAULT_THEME


def _point(label: str, billions: int) -> ChartPoint:
    return ChartPoint(label, Decimal(billions * 10**9), f"{billions} bn", "2018", "Investment",
                      "USD", f"x.{billions}")


CHART = ChartData("hbar", "青岛 and its partners", "US$ · 서울 and 青岛 · 2018", "US$",
                  (_point("韩国 South Korea", 30), _point("日本", 12), _point("서울 Seoul", 5),
                   _point("Germany", 2)),
                  "Source: 青岛日报", "alt", ("x.30",))


def _strings(node):
    from reportlab.graphics.shapes import Group, String

    for child in node.contents:
        if isinstance(child, String):
            yield child
        elif isinstance(child, Group):
            yield from _strings(child)


def test_no_glyph_is_missing_in_either_picture(tmp_path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        draw(CHART, DEFAULT_THEME, "png", cache_dir=tmp_path)
        draw(CHART, DEFAULT_THEME, "rlg", cache_dir=tmp_path)
    assert [str(w.message) for w in caught] == []


def test_the_pdf_sets_each_script_in_its_fallback_font(tmp_path):
    import pdfplumber
    from reportlab.graphics import renderPDF

    renderPDF.drawToFile(drawing(CHART, DEFAULT_THEME, cache_dir=tmp_path), str(tmp_path / "c.pdf"))
    with pdfplumber.open(tmp_path / "c.pdf") as pdf:
        page = pdf.pages[0]
        text = page.extract_text()
        font_of = {c["text"]: c["fontname"].split("+")[-1] for c in page.chars}
    assert "青岛 and its partners" in text and "서울 Seoul" in text and "韩国 South Korea" in text
    assert font_of["青"] == font_of["日"] == "DroidSansFallback"
    assert font_of["서"] == "NanumGothic"
    assert font_of["G"] == "LiberationSans" and font_of["p"] == "LiberationSans-Bold"


def test_runs_of_a_label_follow_each_other_and_keep_its_anchor(tmp_path):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    strings = list(_strings(drawing(CHART, DEFAULT_THEME, cache_dir=tmp_path)))
    korea = [s for s in strings if s.text in ("韩国", " South Korea")]
    assert [s.text for s in korea] == ["韩国", " South Korea"]
    first, second = korea
    first_width = stringWidth(first.text, first.fontName, first.fontSize)
    second_width = stringWidth(second.text, second.fontName, second.fontSize)
    assert second.x == pytest.approx(first.x + first_width)
    assert second.x + second_width == pytest.approx(0)  # labels left of the bars end at the bar


def test_text_width_measures_what_matplotlib_sets():
    import matplotlib
    from matplotlib.figure import Figure

    from briefgen.charts.fonts import register_with_matplotlib, text_width
    from briefgen.charts.raster import LineTextCanvas
    from briefgen.charts.style import ChartStyle

    style = ChartStyle.from_theme(DEFAULT_THEME, register_with_matplotlib())
    with matplotlib.rc_context(style.rc()), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # matplotlib's own, for the Thai glyphs
        fig = Figure(figsize=(4, 1), dpi=720)  # pixels of a tenth of a point: little rounding
        renderer = LineTextCanvas(fig).get_renderer()
        for text in ("青岛日报", "서울 Seoul", "Qingdao", "กรงเทพ"):  # Thai: in no font
            label = fig.text(0, 0.5, text, fontsize=10)
            assert label.get_window_extent(renderer).width / 10 == pytest.approx(
                text_width(text, 10), rel=0.02), text


def test_a_drawing_read_in_another_process_brings_its_fonts(tmp_path):
    """The shapes name the fallback fonts; a process that reads them from the cache (a pack
    worker laying out the PDF) registers those fonts before drawing."""
    path = draw(CHART, DEFAULT_THEME, "rlg", cache_dir=tmp_path)
    code = f"""
from reportlab.graphics import renderPDF
from briefgen.charts.image import _read_drawing
print(len(renderPDF.drawToString(_read_drawing({str(path)!r}))) > 0)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "True"


def test_a_character_no_font_has_is_drawn_as_a_box_with_a_warning(tmp_path):
    """Thai is in none of the fonts: the chart is still drawn (an empty box, as matplotlib and
    the PDF draw one), and the warning names the character."""
    from briefgen.render.fonts import MissingGlyphWarning

    chart = ChartData("hbar", "Partners", "US$ · 2018", "US$",
                      (_point("กรุงเทพ Bangkok", 3), _point("Germany", 2)), "Source", "alt",
                      ("x.3",))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        shapes = drawing(chart, DEFAULT_THEME, cache_dir=tmp_path)
    assert "กรุงเทพ Bangkok" in [s.text for s in _strings(shapes)]
    assert draw(chart, DEFAULT_THEME, "png", cache_dir=tmp_path).stat().st_size > 0
    named = {str(w.message).split()[7] for w in caught if w.category is MissingGlyphWarning}
    assert named == {"U+0E01", "U+0E23", "U+0E38", "U+0E07", "U+0E40", "U+0E17", "U+0E1E"}
    assert all(w.category is MissingGlyphWarning for w in caught)  # not matplotlib's as well


def test_right_to_left_text_reaches_the_pdf_in_visual_order(tmp_path):
    """matplotlib lays out Hebrew right to left itself (the PNG); reportlab does not, so the
    shapes carry it reversed, in the direction of its first letter as matplotlib orders it."""
    chart = ChartData("hbar", "ישראל", "US$ · 2018", "US$",
                      (_point("ישראל Israel", 5), _point("Israel ישראל 2019", 2)), "Source",
                      "alt", ("x.5",))
    texts = [s.text for s in _strings(drawing(chart, DEFAULT_THEME, cache_dir=tmp_path))]
    assert "לארשי" in texts  # the title, one right-to-left word
    assert "Israel לארשי" in texts  # Hebrew first: a right-to-left line
    assert "Israel 2019 לארשי" in texts  # Latin first: the number goes with the Hebrew before it
