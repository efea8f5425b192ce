"""draw(): what reaches matplotlib, vector text in SVG and PDF (shapes where matplotlib puts
them), PNG resolution, same bytes for the same chart, and the content-hash cache. No pixel
comparisons."""

import subprocess
import sys
from pathlib import Path

import pytest
from test_charts_fakes import chart_store

from briefgen.charts import draw, resolve
from briefgen.charts import image as draw_module
from briefgen.charts.image import drawing
from briefgen.charts.render import build_figure
from briefgen.errors import ChartError
from briefgen.theme import DEFAULT_THEME

STORE = chart_store()
SIZE = (8.5, 5.5)
SPECS = {
    "column": {"kind": "column", "title": "Most signed investment has been put to use",
               "facts": ["kr.fdi-signed", "kr.fdi-utilised"], "allow_mixed": "measures",
               "labels": ["Signed", "Actually utilised"]},
    "bar": {"kind": "bar", "title": "t", "metric": "investment_total_cumulative",
            "subjects": ["south-korea", "germany"]},
    "hbar": {"kind": "hbar", "title": "Germany ahead", "metric": "investment_total_cumulative",
             "subjects": ["south-korea", "germany"]},
    "growth": {"kind": "column", "title": "Both grew by half", "labels": ["B2B", "B2C"],
               "facts": ["ecom.b2b-2018", "ecom.b2c-2018"],
               "growth": ["ecom.b2b-growth-2018", "ecom.b2c-growth-2018"]},
    "line": {"kind": "line", "title": "t", "metric": "exports", "subject": "qingdao"},
    "grouped": {"kind": "grouped", "title": "Imports lead", "allow_mixed": "measures",
                "series": {"Exports": ["sco.exports-2019"], "Imports": ["sco.imports-2019"]}},
    "stacked": {"kind": "stacked", "title": "B2B is almost all of it",
                "series": {"B2B": ["ecom.b2b-2018"], "B2C": ["ecom.b2c-2018"]}},
    "before_after": {"kind": "before_after", "title": "From 25 hours to 6",
                     "facts": ["customs.exam-before", "customs.exam-after"]},
    "big_number": {"kind": "big_number", "title": "t", "facts": ["qd.fdi-2019"],
                   "growth": ["qd.fdi-growth-2019"]},
    "big_trend": {"kind": "big_number", "title": "t", "metric": "exports", "subject": "qingdao"},
    "donut": {"kind": "donut", "title": "Half fly rescue", "rest": "Other uses",
              "facts": ["h135.medical", "h135.police"]},
}


def chart(name):
    return resolve(SPECS[name], STORE, path="t.md", line=1)


def figure(name):
    return build_figure(chart(name), DEFAULT_THEME, SIZE)


def texts(fig) -> list[str]:
    return [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))]


def labels(ax, wanted: set[str]) -> list[str]:
    """The category labels among an Axes' texts, in the order they were set."""
    return [t.get_text() for t in ax.texts if t.get_text() in wanted]


def test_columns_start_at_zero_with_their_values_and_labels():
    fig = figure("column")
    ax = fig.axes[0]
    assert [p.get_height() for p in ax.patches] == [30462000000.0, 19713400000.0]
    assert ax.get_ylim()[0] == 0
    assert labels(ax, {"Signed", "Actually utilised"}) == ["Signed", "Actually utilised"]
    assert {"US$30.46 bn", "US$19.71 bn"} <= set(texts(fig))  # the currency at the value
    assert not ax.spines["top"].get_visible() and not ax.spines["right"].get_visible()
    assert not ax.axison  # no value axis: values are labelled at the bars
    baseline = ax.lines[0]
    assert list(baseline.get_ydata()) == [0, 0]  # only the zero line is drawn


def test_title_subtitle_and_source_are_in_the_figure():
    fig = figure("column")
    title = next(t for t in fig.texts if t.get_text().startswith("Most signed"))
    assert title.get_fontweight() in ("bold", 700) and title.get_ha() == "left"
    assert "US$ · Qingdao and South Korea · cumulative to March 2019" in texts(fig)
    assert any(t.startswith("Source: A City of Dreams") for t in texts(fig))


def test_text_uses_the_document_font():
    fig = figure("column")
    families = {t.get_fontfamily()[0] for t in fig.texts}
    assert families == {"Liberation Sans"}


def test_horizontal_bars_run_from_zero_first_on_top():
    ax = figure("hbar").axes[0]
    assert [p.get_width() for p in ax.patches] == [1196000000.0, 2600000000.0]
    assert ax.get_xlim()[0] == 0
    assert ax.get_ylim()[0] > ax.get_ylim()[1]  # inverted: first bar at the top
    assert labels(ax, {"South Korea", "Germany"}) == ["South Korea", "Germany"]
    assert [t.get_position()[1] for t in ax.texts[:2]] == [0, 1]


def test_growth_labels_sit_at_the_columns():
    assert {"RMB 32.93 bn", "+48.83% y-o-y", "+53.86% y-o-y"} <= set(texts(figure("growth")))


def test_stacked_segments_follow_each_other():
    ax = figure("stacked").axes[0]
    bars = [(p.get_x(), p.get_width()) for p in ax.patches]
    assert bars == [(0.0, 32926000000.0), (32926000000.0, 1317000000.0)]
    assert ax.get_xlim()[0] == 0
    assert "B2C RMB 1.32 bn" in texts(ax)  # too narrow to hold its value: labelled after the bar


def test_at_most_four_colours_from_the_theme_palette():
    for name in SPECS:
        fig = figure(name)
        colours = {_hex(p.get_facecolor()) for ax in fig.axes for p in ax.patches}
        colours |= {_hex(p.get_facecolor()) for p in fig.patches}
        colours -= {"#ffffff"}
        assert len(colours) <= 4 and colours <= {c.lower() for c in DEFAULT_THEME.palette}, name


def _hex(rgba) -> str:
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgba[:3])


def test_line_starts_at_zero_and_keeps_time_order():
    ax = figure("line").axes[0]
    assert list(ax.lines[-1].get_ydata()) == [41.2e9, 38.9e9, 43.5e9, 47.1e9]
    assert ax.get_ylim()[0] == 0
    assert labels(ax, {"2015", "2016", "2017", "2018"}) == ["2015", "2016", "2017", "2018"]


def test_big_number_shows_the_figure_with_its_currency_and_growth():
    fig = figure("big_number")
    assert "US$2.36 bn" in texts(fig)
    assert any("+6.7% y-o-y" in t for t in texts(fig))


def test_donut_has_one_wedge_per_part():
    ax = figure("donut").axes[0]
    assert len(ax.patches) == 3
    assert "about 32%" in texts(figure("donut"))


CM = 72 / 2.54  # points in a centimetre


def _palette_rgb(index: int) -> tuple[int, int, int]:
    colour = DEFAULT_THEME.palette[index].lstrip("#")
    return tuple(int(colour[i:i + 2], 16) for i in (0, 2, 4))


@pytest.mark.parametrize("name", sorted(SPECS))
def test_every_kind_draws_its_size_text_and_colours_as_shapes(name, tmp_path):
    """The PDF's drawing: the asked size, the chart's words as strings, the palette's colour."""
    import pickle

    from reportlab.graphics.shapes import Path as RlPath, String

    from briefgen.charts import cache

    bars = chart(name)
    path = draw(bars, DEFAULT_THEME, "rlg", width_cm=SIZE[0], height_cm=SIZE[1], cache_dir=tmp_path)
    shapes = pickle.loads(cache.drawn(path))  # the sealed file's payload
    assert (round(shapes.width, 1), round(shapes.height, 1)) == \
        (round(SIZE[0] * CM, 1), round(SIZE[1] * CM, 1))
    strings = " ".join(s.text for s, _, _ in _leaves(shapes, (0.0, 0.0)) if isinstance(s, String))
    for words in (bars.title, bars.subtitle, bars.source):
        assert " ".join(words.split()) in " ".join(strings.split()), (words, strings)
    fills = {s.fillColor.hexval()[2:].lower() for s, _, _ in _leaves(shapes, (0.0, 0.0))
             if isinstance(s, (RlPath, String)) and s.fillColor}
    assert DEFAULT_THEME.palette[0].lstrip("#").lower() in fills, fills  # marks or big figure


@pytest.mark.parametrize("name", sorted(SPECS))
def test_every_kind_draws_a_png_of_its_size_with_ink_in_the_palette(name, tmp_path):
    import numpy as np
    from PIL import Image

    from briefgen.charts.render import PNG_DPI

    path = draw(chart(name), DEFAULT_THEME, "png", width_cm=SIZE[0], height_cm=SIZE[1],
                cache_dir=tmp_path)
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.size == (round(SIZE[0] / 2.54 * PNG_DPI), round(SIZE[1] / 2.54 * PNG_DPI))
        pixels = np.asarray(image.convert("RGB"), dtype=int)
    assert (pixels == 255).all(axis=2).mean() > 0.5  # a white ground
    dark = (pixels.sum(axis=2) < 300).sum()
    assert dark > 500  # text and lines
    first = (abs(pixels - _palette_rgb(0)).sum(axis=2) <= 12).sum()
    assert first > 200  # the marks, in the palette's first colour


@pytest.mark.parametrize("name", sorted(SPECS))
def test_every_kind_draws_an_svg_of_its_size_with_text_as_text(name, tmp_path):
    import xml.etree.ElementTree as ET

    bars = chart(name)
    path = draw(bars, DEFAULT_THEME, "svg", width_cm=SIZE[0], height_cm=SIZE[1], cache_dir=tmp_path)
    root = ET.parse(path).getroot()
    size = tuple(float(root.get(side).removesuffix("pt")) for side in ("width", "height"))
    assert size == pytest.approx((SIZE[0] * CM, SIZE[1] * CM), abs=0.1)
    texts = " ".join("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))
    for words in (bars.title, bars.subtitle, bars.source):
        assert " ".join(words.split()) in " ".join(texts.split()), (words, texts)
    assert DEFAULT_THEME.palette[0].lower() in path.read_text().lower()


def test_svg_keeps_text_as_text_without_dates(tmp_path):
    svg = draw(chart("column"), DEFAULT_THEME, "svg", cache_dir=tmp_path).read_text()
    assert ">Most signed investment has been put to use</text>" in svg
    assert "font-family: 'Liberation Sans'" in svg
    assert "<dc:date>" not in svg and "Matplotlib" not in svg


def test_chart_text_is_extractable_from_a_pdf(tmp_path):
    from reportlab.graphics import renderPDF

    renderPDF.drawToFile(drawing(chart("column"), DEFAULT_THEME, cache_dir=tmp_path),
                         str(tmp_path / "chart.pdf"))
    import pdfplumber

    with pdfplumber.open(tmp_path / "chart.pdf") as pdf:
        page = pdf.pages[0]
        text = page.extract_text()
        fonts = {c["fontname"].split("+")[-1] for c in page.chars}
    assert "Most signed investment has been put to use" in text
    assert "30.46 bn" in text and "Actually utilised" in text
    assert fonts == {"LiberationSans", "LiberationSans-Bold"}


@pytest.mark.parametrize("name", sorted(SPECS))
def test_shapes_sit_where_matplotlib_draws(name, tmp_path):
    """Every text and filled shape of the PDF's drawing is where matplotlib puts it (its own
    extents at 72 dpi, in points): texts by their anchor, shapes by their bounds."""
    from reportlab.graphics.shapes import Path as RlPath, String

    from briefgen.charts.shapes import ShapesRenderer, figure_drawing

    fig = build_figure(chart(name), DEFAULT_THEME, SIZE)
    shapes = list(_leaves(figure_drawing(fig), (0.0, 0.0)))
    fig.dpi = 72
    renderer = ShapesRenderer(*fig.bbox.size)  # measures text as matplotlib's SVG writer does
    texts = [t for t in fig.findobj(lambda a: hasattr(a, "get_text")) if t.get_text()
             and t.get_visible() and "\n" not in t.get_text()]
    strings = [(s.text, _left_edge(s, x), y) for s, x, y in shapes if isinstance(s, String)]
    for text in texts:
        box = text.get_window_extent(renderer)
        assert any(s == text.get_text() and abs(left - box.x0) <= 1.5 and box.y0 - 1 <= y <= box.y1
                   for s, left, y in strings), (text.get_text(), box, strings)
    filled = [s.getBounds() for s, _, _ in shapes if isinstance(s, RlPath) and s.fillColor
              and not s.isClipPath]
    for patch in [p for ax in fig.axes for p in ax.patches]:
        box = patch.get_window_extent(renderer)
        assert any(abs(b[0] - box.x0) < 0.5 and abs(b[2] - box.x1) < 0.5 and
                   abs(b[1] - box.y0) < 0.5 and abs(b[3] - box.y1) < 0.5 for b in filled), box


def _left_edge(string, x: float) -> float:
    """Where a reportlab string starts, from its anchor and width in its font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = stringWidth(string.text, string.fontName, string.fontSize)
    return x - {"start": 0, "middle": width / 2, "end": width}[string.textAnchor]


def _leaves(node, offset):
    """(shape, x, y) of each string and path, with the translation of the groups above it."""
    from reportlab.graphics.shapes import Group, String

    for child in node.contents:
        if isinstance(child, Group):
            t = child.transform
            yield from _leaves(child, (offset[0] + t[4], offset[1] + t[5]))
        elif isinstance(child, String):
            yield child, offset[0] + child.x, offset[1] + child.y
        else:
            yield child, offset[0], offset[1]


def test_png_is_at_least_200_dpi(tmp_path):
    from PIL import Image

    with Image.open(draw(chart("column"), DEFAULT_THEME, "png", cache_dir=tmp_path)) as image:
        assert round(min(image.info["dpi"])) >= 200  # PNG stores dots per metre: 199.9996
        assert image.width >= int(8.5 / 2.54 * 200)


@pytest.mark.parametrize("name", sorted(SPECS))
def test_png_text_looks_as_matplotlib_sets_it(name, tmp_path):
    """Text is rasterized a line at a time (charts/raster.py); the picture is matplotlib's own,
    give or take the odd anti-aliased edge pixel."""
    import numpy as np
    from PIL import Image

    from briefgen.charts.render import PNG_DPI, figure_bytes

    (tmp_path / "ours.png").write_bytes(figure_bytes(figure(name), "png", DEFAULT_THEME))
    figure(name).savefig(tmp_path / "theirs.png", format="png", dpi=PNG_DPI)
    ours, theirs = (np.asarray(Image.open(tmp_path / f"{who}.png").convert("L"), dtype=int)
                    for who in ("ours", "theirs"))
    assert ours.shape == theirs.shape
    assert (ours < 128).sum() > 500  # there is ink
    assert (abs(ours - theirs) > 96).mean() < 0.002


def test_png_text_is_set_a_line_at_a_time(tmp_path, monkeypatch):
    from matplotlib.backends.backend_agg import RendererAgg

    from briefgen.charts.render import figure_bytes

    monkeypatch.setattr(RendererAgg, "draw_text", lambda *a, **k: pytest.fail("glyph by glyph"))
    (tmp_path / "chart.png").write_bytes(figure_bytes(figure("hbar"), "png", DEFAULT_THEME))


@pytest.mark.parametrize("name", sorted(SPECS))
def test_no_chart_makes_axis_ticks(name, tmp_path):
    """Charts draw no ticks, and the ready copy of a figure comes without them: a chart that
    made them (pie() does, to hide them) would pay for building them on every copy."""
    from briefgen.charts.render import figure_bytes

    fig = figure(name)
    for fmt in ("rlg", "png", "svg"):
        (tmp_path / f"chart.{fmt}").write_bytes(figure_bytes(fig, fmt, DEFAULT_THEME))
    assert not [axis for ax in fig.axes for axis in (ax.xaxis, ax.yaxis)
                if {"majorTicks", "minorTicks"} & vars(axis).keys()]


@pytest.mark.parametrize("name", sorted(SPECS))
def test_shapes_pass_reportlabs_checks_and_draw_alike_unchecked(name, monkeypatch):
    from reportlab import rl_config
    from reportlab.graphics import renderPDF

    from briefgen.charts.shapes import figure_drawing

    monkeypatch.setattr(rl_config, "invariant", 1)
    checked = renderPDF.drawToString(figure_drawing(figure(name), checked=True))
    assert renderPDF.drawToString(figure_drawing(figure(name))) == checked
    assert rl_config.shapeChecking  # left as it was


@pytest.mark.parametrize("name", ["hbar", "donut", "big_trend"])
def test_png_holds_the_pixels_matplotlib_saves(name, tmp_path):
    """charts/png.py writes the PNG: the very pixels (and resolution) savefig gives through
    Pillow from the same canvas."""
    import numpy as np
    from PIL import Image

    from briefgen.charts.raster import LineTextCanvas
    from briefgen.charts.render import PNG_DPI, figure_bytes

    (tmp_path / "ours.png").write_bytes(figure_bytes(figure(name), "png", DEFAULT_THEME))
    theirs = figure(name)
    LineTextCanvas(theirs)
    theirs.savefig(tmp_path / "theirs.png", format="png", dpi=PNG_DPI)
    with Image.open(tmp_path / "ours.png") as ours, Image.open(tmp_path / "theirs.png") as other:
        assert (ours.mode, ours.size) == (other.mode, other.size)
        assert ours.info["dpi"] == other.info["dpi"]
        assert np.array_equal(np.asarray(ours), np.asarray(other))
    assert (tmp_path / "ours.png").stat().st_size < (tmp_path / "theirs.png").stat().st_size


def test_a_line_of_png_text_is_laid_out_once_for_measuring_and_drawing(tmp_path):
    from briefgen.charts import raster
    from briefgen.charts.render import figure_bytes

    fig = figure("growth")
    raster._laid_out.cache_clear()
    (tmp_path / "chart.png").write_bytes(figure_bytes(fig, "png", DEFAULT_THEME))
    laid_out = raster._laid_out.cache_info()
    lines = {line for t in fig.findobj(lambda a: hasattr(a, "get_text")) if t.get_visible()
             for line in t.get_text().split("\n") if line}
    assert laid_out.misses == len(lines) > 4
    assert laid_out.hits >= laid_out.misses  # measured, then drawn from the same layout
    (tmp_path / "again.png").write_bytes(figure_bytes(figure("growth"), "png", DEFAULT_THEME))
    assert raster._laid_out.cache_info().misses == laid_out.misses  # kept for the process
    assert (tmp_path / "again.png").read_bytes() == (tmp_path / "chart.png").read_bytes()


def test_drawing_a_chart_leaves_matplotlib_settings_as_they_were(tmp_path):
    from matplotlib import rcParams

    from briefgen.charts.render import figure_bytes

    before = dict(rcParams)
    fig = figure("column")
    for fmt in ("rlg", "png", "svg"):
        (tmp_path / f"chart.{fmt}").write_bytes(figure_bytes(fig, fmt, DEFAULT_THEME))
    assert dict(rcParams) == before


@pytest.mark.parametrize("fmt", ["rlg", "png", "svg"])
def test_same_chart_same_bytes(fmt, tmp_path):
    first = draw(chart("growth"), DEFAULT_THEME, fmt, cache_dir=tmp_path / "a").read_bytes()
    second = draw(chart("growth"), DEFAULT_THEME, fmt, cache_dir=tmp_path / "b").read_bytes()
    assert first == second


def test_unchanged_chart_is_not_drawn_again(tmp_path, monkeypatch):
    calls = []
    real = draw_module._render_all
    monkeypatch.setattr(draw_module, "_render_all", lambda *a: calls.append(a) or real(*a))
    first = draw(chart("column"), DEFAULT_THEME, "rlg", cache_dir=tmp_path)
    second = draw(chart("column"), DEFAULT_THEME, "rlg", cache_dir=tmp_path)
    assert first == second and len(calls) == 1
    png = draw(chart("column"), DEFAULT_THEME, "png", cache_dir=tmp_path)
    assert png.suffix == ".png" and len(calls) == 1  # drawn with the shapes, from one figure
    other = draw(chart("column"), DEFAULT_THEME.with_overrides(palette=["#333333"]), "rlg",
                 cache_dir=tmp_path)
    assert other != first and len(calls) == 2  # a new theme is a new picture
    assert draw(chart("column"), DEFAULT_THEME, "rlg", cache_dir=tmp_path, height_cm=4) != first
    assert not list(tmp_path.glob("*.svg"))  # drawn only when asked for


def test_cache_folder_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path))
    path = draw(chart("column"), DEFAULT_THEME, "png")
    assert path.parent == tmp_path / "charts"


def test_cache_folder_defaults_to_the_project(tmp_path, monkeypatch):
    monkeypatch.delenv("BRIEFGEN_CACHE_DIR", raising=False)
    (tmp_path / "briefgen.yaml").write_text("name: x\n")
    (tmp_path / "templates").mkdir()
    monkeypatch.chdir(tmp_path / "templates")
    assert draw(chart("column"), DEFAULT_THEME, "svg").parent == tmp_path / ".cache" / "charts"


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ChartError, match="chart format 'jpg' is not one of rlg, png, svg"):
        draw(chart("column"), DEFAULT_THEME, "jpg", cache_dir=tmp_path)


def test_importing_charts_does_not_import_matplotlib():
    code = ("import sys, briefgen.charts; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'matplotlib', 'svglib', "
            "'reportlab', 'PIL', 'numpy'}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).parent)
    assert result.stdout.strip() == "[]"


def test_chart_text_uses_the_fonts_the_pdf_renderer_registered_first(tmp_path):
    path = draw(chart("column"), DEFAULT_THEME, "rlg", cache_dir=tmp_path)
    code = f"""
import pickle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from briefgen.charts.fonts import chart_font, register_with_reportlab
font = chart_font()
pdfmetrics.registerFont(TTFont("LiberationSans", str(font.regular)))
pdfmetrics.registerFont(TTFont("LiberationSans-Bold", str(font.bold)))
before = pdfmetrics.getFont("LiberationSans")
register_with_reportlab()
assert pdfmetrics.getFont("LiberationSans") is before  # not replaced under a document
from reportlab.graphics.shapes import String
from pathlib import Path
from briefgen.charts.cache import drawn
drawing = pickle.loads(drawn(Path({str(path)!r})))
names = set()
def walk(node):
    if isinstance(node, String):
        names.add(node.fontName)
    for child in getattr(node, "contents", []):
        walk(child)
walk(drawing)
print(sorted(names))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip().splitlines()[-1] == "['LiberationSans', 'LiberationSans-Bold']"


def test_an_unreadable_drawing_is_drawn_again(tmp_path):
    path = draw(chart("column"), DEFAULT_THEME, "rlg", cache_dir=tmp_path)
    path.write_bytes(b"not a pickle")
    draw_module._read_drawing.cache_clear()
    shapes = drawing(chart("column"), DEFAULT_THEME, cache_dir=tmp_path)
    assert shapes.width > 0 and path.read_bytes() != b"not a pickle"


def test_a_drawing_just_drawn_is_not_read_back(tmp_path, monkeypatch):
    """drawing() of a chart this process has just drawn unpickles the bytes it wrote: the file
    and its seal are read again only when the chart comes from the cache."""
    from reportlab import rl_config
    from reportlab.graphics import renderPDF

    from briefgen.charts import cache

    monkeypatch.setattr(rl_config, "invariant", 1)
    read, real = [], cache.drawn

    def counted(path):
        data = real(path)
        if data is not None:
            read.append(Path(path).suffix)
        return data
    monkeypatch.setattr(cache, "drawn", counted)
    draw_module._read_drawing.cache_clear()
    shapes = drawing(chart("column"), DEFAULT_THEME, cache_dir=tmp_path)
    assert shapes.width > 0 and read == []  # drawn, written and sealed: nothing read back
    draw_module._read_drawing.cache_clear()
    again = drawing(chart("column"), DEFAULT_THEME, cache_dir=tmp_path)
    assert read == [".rlg", ".rlg"]  # found in the cache (draw), then read (its seal checked)
    assert renderPDF.drawToString(again) == renderPDF.drawToString(shapes)


def test_the_shapes_are_one_sealed_file_and_a_picture_has_its_seal_beside_it(tmp_path):
    from briefgen.safety import cache_files

    shapes = draw(chart("column"), DEFAULT_THEME, "rlg", cache_dir=tmp_path)
    png = draw(chart("column"), DEFAULT_THEME, "png", cache_dir=tmp_path)
    assert shapes.read_bytes().startswith(cache_files.MAGIC)
    assert png.read_bytes().startswith(b"\x89PNG")  # the picture as Word reads it
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([shapes.name, png.name,
                                                                 png.name + ".seal"])


def test_title_subtitle_and_source_can_be_left_to_the_renderer(tmp_path):
    with_text = draw(chart("column"), DEFAULT_THEME, "svg", cache_dir=tmp_path).read_text()
    without = draw(chart("column"), DEFAULT_THEME, "svg", cache_dir=tmp_path,
                   with_text=False).read_text()
    title = chart("column").title
    assert "Source: A City of Dreams" in with_text and "Source:" not in without
    assert title.split()[0] in with_text and title.split()[0] not in without


@pytest.mark.parametrize("name", sorted(SPECS))
def test_figure_from_the_ready_copy_is_a_fresh_figure(name, tmp_path, monkeypatch):
    """Charts start from a pickled Figure with one Axes (made once): the result is what a new
    Figure and new Axes give, in the PDF's shapes and in the PNG, with no Axes left unused."""
    import pickle

    from matplotlib.figure import Figure
    from reportlab import rl_config
    from reportlab.graphics import renderPDF

    from briefgen.charts import render
    from briefgen.charts.shapes import figure_drawing

    def drawn(fig) -> tuple[int, bytes, bytes]:
        monkeypatch.setattr(rl_config, "invariant", 1)
        (tmp_path / "chart.png").write_bytes(render.figure_bytes(fig, "png", DEFAULT_THEME))
        pdf = renderPDF.drawToString(figure_drawing(fig))
        return len(fig.axes), pdf, (tmp_path / "chart.png").read_bytes()

    ready = drawn(figure(name))
    monkeypatch.setattr(render, "_blank_figure",
                        lambda rc: pickle.dumps(Figure(figsize=(1, 1))))  # no Axes made ahead
    fresh = drawn(figure(name))
    assert ready == fresh
    assert ready[0] == (0 if name == "big_number" else 1)
