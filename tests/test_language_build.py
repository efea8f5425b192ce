"""A brief in Chinese, end to end: built from translations, read back from its PDF and DOCX
(characters, fonts, language, line breaks), refused when a printed text has no translation, and
written beside the English edition without touching it."""

from __future__ import annotations

import re
import warnings
import zipfile

import pytest
from pypdf import PdfReader

from briefgen.render.cjk_lines import CANNOT_END, CANNOT_START, may_break

ZH = {  # the mini project in Chinese (tests/roots/mini)
    "project name": ("Mini test project", "迷你测试项目"),
    "project organisation": ("Test office", "测试办公室"),
    "entity testcity name": ("Testcity", "测试市"),
    "entity korea name": ("South Korea", "韩国"),
    "entity club name": ("Club countries", "俱乐部国家"),
    "entity finance name": ("Finance", "金融"),
    "fact kr.fdi-signed label": ("Signed investment", "合同外资"),
    "fact kr.trade-q1 label": ("Trade in Q1 2019", "2019年第一季度贸易额"),
    "fact kr.trade-growth label": ("Trade growth, year on year", "贸易额同比增长"),
    "fact kr.projects label": ("Korean projects", "韩资项目"),
    "fact kr.investor-rank label": ("Rank among investors", "外资来源地排名"),
    "fact kr.banks label": ("Korean banks", "韩资银行"),
    "fact kr.banks text": ("Korean banks have branches in Testcity.",
                           "多家韩资银行在测试市设立分行，为两地企业提供跨境结算、贸易融资和投资咨询等金融服务。"),
    "counted": ("projects", "个项目"),
}


def write_po(project, entries=ZH, drop=()):
    lines = []
    for context, (english, chinese) in entries.items():
        if context not in drop:
            lines += [f'msgctxt "{context}"', f'msgid "{english}"', f'msgstr "{chinese}"', ""]
    (project / "translations").mkdir(exist_ok=True)
    (project / "translations" / "zh.po").write_text("\n".join(lines), encoding="utf-8")


@pytest.fixture
def zh_project(mini, monkeypatch):
    from conftest import REPO
    import shutil
    shutil.copytree(REPO / "templates", mini / "templates")
    write_po(mini)
    monkeypatch.chdir(mini)
    return mini


@pytest.fixture
def zh_brief(zh_project, run):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph warns: here it fails the test
        result = run("build", "partner", "korea", "--language", "zh", "--out", "out")
    assert result.exit_code == 0, result.stderr
    return zh_project / "out"


def pdf_lines(path) -> list[str]:
    return [line for page in PdfReader(path).pages
            for line in page.extract_text().split("\n") if line.strip()]


def test_the_chinese_brief_reads_in_chinese(zh_brief):
    text = "\n".join(pdf_lines(zh_brief / "partner-korea-zh.pdf"))
    assert "合作伙伴简报 · 与测试市的合作" in text
    assert "韩国是测试市第二大外资来源地" in text
    assert "304.62亿美元" in text and "截至2019年3月" in text
    assert "资料来源" in text and "第1页，共1页" in text.replace("\n", "")
    assert "(EN)" not in text
    # the quotes are in the companion, under the brief's words, cited in the source's language
    assert "South Korea is the second largest investor of Testcity." not in text
    quotes = "\n".join(pdf_lines(zh_brief / "partner-korea-zh-sources.pdf"))
    assert "资料来源：各项数据所依据的原文表述" in quotes
    assert "South Korea is the second largest investor of Testcity." in quotes


def test_the_chinese_pdf_embeds_a_subset_of_the_cjk_font_and_says_zh_cn(zh_brief):
    reader = PdfReader(zh_brief / "partner-korea-zh.pdf")
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
            fonts.add(str(font["/BaseFont"]))
    assert any(re.fullmatch(r"/?[A-Z]{6}\+DroidSansFallback.*", name) or "DroidSansFallback" in name
               for name in fonts), fonts
    assert reader.trailer["/Root"]["/Lang"] == "zh-CN"


def test_no_line_of_the_chinese_pdf_starts_or_ends_with_a_forbidden_mark(zh_brief):
    lines = pdf_lines(zh_brief / "partner-korea-zh.pdf")
    assert len(lines) > 10
    for line in lines:
        assert line.strip()[0] not in CANNOT_START - set(".,;:?!)]}%"), line
        assert line.strip()[-1] not in CANNOT_END, line


def test_the_chinese_docx_names_its_language_and_east_asian_font(zh_brief):
    with zipfile.ZipFile(zh_brief / "partner-korea-zh.docx") as docx:
        styles = docx.read("word/styles.xml").decode("utf-8")
        body = docx.read("word/document.xml").decode("utf-8")
        footer = "".join(docx.read(n).decode("utf-8") for n in docx.namelist() if "footer" in n)
    defaults = re.search(r"<w:docDefaults>.*?</w:docDefaults>", styles, re.S).group(0)
    assert 'w:eastAsia="Microsoft YaHei"' in defaults
    assert re.search(r'<w:lang [^>]*w:val="zh-CN"[^>]*w:eastAsia="zh-CN"', defaults)
    assert "韩国是测试市第二大外资来源地" in body
    assert "第" in footer and "页，共" in footer


def test_a_printed_text_without_translation_fails_the_build_with_the_list(zh_project, run):
    write_po(zh_project, drop=("fact kr.banks text", "entity korea name"))
    result = run("build", "partner", "korea", "--language", "zh", "--out", "out")
    assert result.exit_code == 1
    assert ("error: facts/entities.yaml:3: no Chinese (Simplified) translation of entity korea "
            "name: 'South Korea'") in result.stderr
    assert "fact kr.banks text: 'Korean banks have branches in Testcity.'" in result.stderr
    assert not (zh_project / "out").exists()

    marked = run("build", "partner", "korea", "--language", "zh", "--untranslated", "mark",
                 "--out", "out", "--format", "pdf")
    assert marked.exit_code == 0, marked.stderr
    text = "\n".join(pdf_lines(zh_project / "out" / "partner-korea-zh.pdf"))
    assert "(EN) South Korea" in text and "(EN) Korean banks have branches" in text


def test_the_editions_do_not_share_file_names(zh_project, run):
    assert run("build", "partner", "korea", "--out", "out").exit_code == 0
    english = {p.name: p.read_bytes() for p in (zh_project / "out").iterdir()}
    assert run("build", "partner", "korea", "-l", "zh", "--out", "out").exit_code == 0
    files = sorted(p.name for p in (zh_project / "out").iterdir())
    assert files == ["partner-korea-sources.pdf", "partner-korea-zh-sources.pdf",
                     "partner-korea-zh.docx", "partner-korea-zh.pdf", "partner-korea.docx",
                     "partner-korea.pdf"]
    assert all((zh_project / "out" / name).read_bytes() == data for name, data in english.items())


def test_an_unknown_language_on_the_command_line(zh_project, run):
    result = run("build", "partner", "korea", "--language", "xx")
    assert result.exit_code == 1
    assert "unknown language 'xx' (known: en, zh)" in result.stderr


@pytest.mark.parametrize("before, after, allowed", [
    ("国", "家", True), ("国", "，", False), ("国", "。", False), ("国", "”", False),
    ("（", "国", False), ("“", "国", False), ("《", "国", False), ("年", "2", True),
    ("2", "0", False), ("Q", "i", False), ("o", "青", True), (" ", "Q", True), ("国", " ", False),
    ("亿", "美", True), ("5", "%", False), ("》", "和", True), (" ", "…", False), (" ", "”", False),
])
def test_where_a_chinese_line_may_break(before, after, allowed):
    assert may_break(before, after) is allowed


def test_a_long_chinese_paragraph_breaks_by_the_rules():
    from reportlab.lib.styles import ParagraphStyle
    from briefgen.render.fonts import register_fallbacks, register_fonts
    from briefgen.render.pdf_blocks import Paragraph
    register_fonts()
    register_fallbacks()
    text = ("青岛与韩国的经贸合作持续深化，截至2019年3月，韩国在青岛累计投资项目12,930个，"
            "合同外资304.62亿美元（实际使用197.13亿美元）。“中韩创新产业园”等平台相继落成，"
            "《青岛市促进中韩合作实施方案》提出：深化金融、物流、跨境电商等领域合作！") * 3
    style = ParagraphStyle("t", fontName="DroidSansFallback", fontSize=9, leading=11, wordWrap="CJK")
    for width in range(60, 200, 7):
        paragraph = Paragraph(text, style)
        paragraph.wrap(width, 1000)
        lines = ["".join(w.text for w in line.words) for line in paragraph.blPara.lines]
        assert "".join(lines) == text  # nothing lost or doubled
        for line in lines[1:]:
            assert line[0] not in CANNOT_START, (width, line)
        for line in lines[:-1]:
            assert line[-1] not in CANNOT_END, (width, line)
        assert not any(re.search(r"\d$", a) and re.match(r"[\d,.]", b)
                       for a, b in zip(lines, lines[1:])), (width, lines)  # numbers stay whole
