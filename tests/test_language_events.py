"""Events and pack files in Chinese: an event.yaml written in Chinese (`language: zh`) makes a
Chinese event brief and pack, read back from PDF and DOCX; a pack file's `language:`; which
language wins over --language; the English event edition untouched by all of it."""

from __future__ import annotations

import hashlib
import re
import warnings
import zipfile

import pytest
from pypdf import PdfReader

from briefgen.render.cjk_lines import CANNOT_END, CANNOT_START
from conftest import REPO
from test_events import copy_project as copy_english, edit

ZH_EVENT = "sco-trade-fair-zh"


def copy_project(target):
    """The shipped project with its Chinese translations."""
    import shutil
    project = copy_english(target)
    shutil.copytree(REPO / "translations", project / "translations")
    return project


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    return copy_project(tmp_path_factory.mktemp("zh-events") / "qingdao")


@pytest.fixture(scope="module")
def zh_event(shipped):
    """The Chinese event brief, built with every missing-glyph warning an error."""
    from click.testing import CliRunner
    from briefgen.cli import main
    out = shipped / "out" / "zh-event"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = CliRunner().invoke(main, ["--project", str(shipped), "build", "event", ZH_EVENT,
                                           "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    # the event's name ends with its language's code already: not added a second time
    assert sorted(p.name for p in out.iterdir()) == [
        f"event-{ZH_EVENT}-sources.pdf", f"event-{ZH_EVENT}.docx", f"event-{ZH_EVENT}.pdf"]
    return out / f"event-{ZH_EVENT}"


def key_line(path, key: str) -> int:
    """The line of a top-level key of a YAML file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if line.startswith(key))


def _pdf_lines(path) -> list[str]:
    return [line.strip() for page in PdfReader(path).pages
            for line in page.extract_text().split("\n") if line.strip()]


def _fonts(path) -> set[str]:
    """The base fonts of every page, each checked to be embedded."""
    found = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), f"{font['/BaseFont']} is not embedded"
            found.add(str(font["/BaseFont"]))
    return found


def test_the_chinese_event_brief_reads_in_chinese_on_one_page(zh_event):
    pdf = zh_event.with_suffix(".pdf")
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1 and reader.trailer["/Root"]["/Lang"] == "zh-CN"
    assert any("DroidSansFallback" in name for name in _fonts(pdf))
    lines = _pdf_lines(pdf)
    text = "".join(lines)
    for words in ("首届上合组织国际投资贸易博览会",  # the title, from event.yaml
                  "活动简报", "时间：2019年5月24日—26日", "地点：青岛胶州",  # zh template, dates by CLDR
                  "对象：上合组织国家的企业和商协会",
                  "重点合作伙伴", "活动日程", "后续联系",
                  "423", "首届上合组织国际投资贸易博览会参展商和企业",  # a fact, its label translated
                  "上合组织秘书长弗拉基米尔·诺罗夫",  # a highlight's text, translated
                  "第1页，共1页"):
        assert words in text, words
    assert "(EN)" not in text and "When:" not in text and "Programme" not in text
    assert "From May 24 to 26" not in text  # the quotes are beside the brief, as the source has them
    quotes = " ".join(p.extract_text() for p in PdfReader(pdf.with_name(f"{pdf.stem}-sources.pdf")).pages)
    assert "From May 24 to 26" in " ".join(quotes.split())
    chinese = [line for line in lines if any(ord(c) >= 0x2E80 for c in line)]
    assert not [line for line in chinese if line[0] in CANNOT_START - set(".,;:?!)]}%")]
    assert not [line for line in chinese if line[-1] in CANNOT_END]


def test_the_chinese_event_docx_is_in_chinese_with_its_language(zh_event):
    from docx import Document
    with zipfile.ZipFile(zh_event.with_suffix(".docx")) as docx:
        styles = docx.read("word/styles.xml").decode("utf-8")
    assert re.search(r'<w:lang [^>]*w:eastAsia="zh-CN"', styles)
    document = Document(zh_event.with_suffix(".docx"))
    text = "\n".join([p.text for p in document.paragraphs] +
                     [c.text for t in document.tables for r in t.rows for c in r.cells])
    assert "首届上合组织国际投资贸易博览会" in text and "活动日程" in text
    assert "2019年5月24日—26日" in text and "(EN)" not in text


def test_the_chinese_event_pack_has_a_chinese_cover(run, shipped, tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = run("--project", shipped, "pack", "--event", ZH_EVENT, "--format", "pdf",
                     "--jobs", "1", "--out", tmp_path)
    assert result.exit_code == 0, result.stderr
    reader = PdfReader(tmp_path / "sco-trade-fair-pack-zh.pdf")
    cover, contents = (page.extract_text().replace("\n", "") for page in reader.pages[:2])
    assert "首届上合组织国际投资贸易博览会" in cover and "2019年5月24日—26日 · 青岛胶州" in cover
    assert "概览" in cover and "重点产业领域港口与物流 · 招商引资" in cover and "本期资料" in cover
    assert "目录" in contents and "上合组织国家" in contents
    assert "(EN)" not in "".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("event, flag, said", [
    (ZH_EVENT, "en", "event.yaml is written in Chinese (Simplified) (language: zh), so it makes "
                     "no brief in --language en"),
    ("sco-trade-fair", "zh", "event.yaml is written in English (it has no language: key), so it "
                             "makes no brief in --language zh"),
])
def test_an_event_is_built_in_the_language_it_is_written_in(run, shipped, event, flag, said):
    path = shipped / "events" / event / "event.yaml"
    line = key_line(path, "language:" if flag == "en" else "name:")
    for command in (("build", "event", event), ("pack", "--event", event)):
        result = run("--project", shipped, *command, "--language", flag, "--out", shipped / "x")
        assert result.exit_code == 1
        assert f"error: events/{event}/event.yaml:{line}: {said}" in result.stderr
    assert not (shipped / "x").exists()


def test_an_unknown_event_language_is_an_error_at_its_line(run, project):
    path = project / "events" / ZH_EVENT / "event.yaml"
    edit(path, "\nlanguage: zh", "\nlanguage: xx")
    result = run("--project", project, "build", "event", ZH_EVENT)
    assert result.exit_code == 1
    assert (f"events/{ZH_EVENT}/event.yaml:{key_line(path, 'language:')}: language: unknown "
            "language 'xx'") in result.stderr


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "qingdao")


def _digests(folder) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_the_english_event_brief_is_the_same_however_its_language_is_said(run, project, tmp_path,
                                                                          monkeypatch):
    """English by default, `language: en` in the file, --language en: the same bytes."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    path = project / "events" / "sco-trade-fair" / "event.yaml"
    built = []
    for number, (prefix, flags) in enumerate((("", ()), ("language: en\n", ()),
                                              ("language: en\n", ("--language", "en")))):
        path.write_text(prefix + path.read_text(encoding="utf-8").removeprefix("language: en\n"),
                        encoding="utf-8")
        out = tmp_path / str(number)
        result = run("--project", project, "build", "event", "sco-trade-fair", *flags, "--out", out)
        assert result.exit_code == 0, result.stderr
        built.append(_digests(out))
    assert built[0] == built[1] == built[2]
    assert set(built[0]) == {"event-sco-trade-fair.pdf", "event-sco-trade-fair.docx",
                             "event-sco-trade-fair-sources.pdf"}


PACK_ZH = """\
language: zh
title: 青岛与韩国
subtitle: 面向韩国投资者
audience: 韩国投资者和商会
file_name: korea-roadshow
subjects:
  - partner:south-korea
"""


def test_a_pack_file_written_in_chinese_makes_a_chinese_pack(run, shipped, tmp_path):
    config = tmp_path / "korea.yaml"
    config.write_text(PACK_ZH, encoding="utf-8")
    result = run("--project", shipped, "pack", "--config", config, "--format", "pdf", "--out",
                 tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    cover = PdfReader(tmp_path / "out" / "korea-roadshow-zh.pdf").pages[0].extract_text()
    assert "青岛与韩国" in cover and "本资料集专为韩国投资者和商会编制" in cover.replace("\n", "")
    assert (tmp_path / "out" / "partner-south-korea-zh.pdf").is_file()

    refused = run("--project", shipped, "pack", "--config", config, "--language", "en",
                  "--out", tmp_path / "en")
    assert refused.exit_code == 1
    assert (f"error: {config}:1: the pack file is written in Chinese (Simplified) (language: zh), "
            "so it makes no pack in --language en") in refused.stderr
    assert not (tmp_path / "en").exists()


@pytest.mark.parametrize("written, command_line, project_language, built", [
    (None, None, "en", "en"), (None, None, "zh", "zh"), (None, "zh", "en", "zh"),
    ("en", None, "zh", "en"), ("en", "zh", "en", "zh"), ("zh", None, "en", "zh"),
    ("zh", "zh", "en", "zh"),
])
def test_which_language_a_pack_is_built_in(tmp_path, written, command_line, project_language,
                                           built):
    """--language, else the pack file's language:, else briefgen.yaml's."""
    import dataclasses
    from briefgen.config import load_project
    from briefgen.pack import load_pack_config, pack_language
    project = dataclasses.replace(load_project(REPO), language=project_language)
    config = tmp_path / "pack.yaml"
    title = "青岛" if written == "zh" else "Qingdao"  # its words in its language
    config.write_text((f"language: {written}\n" if written else "") + f"title: {title}\n",
                      encoding="utf-8")
    loaded = load_pack_config(config, project, command_line)
    assert loaded.language == written
    assert pack_language(project, loaded, command_line).language == built


def test_chinese_dates_and_ordinals_are_not_typed_figures():
    from briefgen.typed_figures import typed_figures
    assert typed_figures("首届博览会于2019年5月24日至26日在第3展厅举办") == []
    assert typed_figures("356家德国企业参会") == ["356"]
    assert typed_figures("投资50万美元，增长7%") == ["50", "7"]


def test_an_english_pack_file_in_chinese_takes_its_words_from_the_translations(run, shipped,
                                                                                tmp_path):
    """Its title as translated in translations/zh.po; a title with no translation fails the
    pack with the file and line of the title, and lists nothing else."""
    config = tmp_path / "europe.yaml"
    config.write_text("title: Qingdao and Europe\nsubjects: [partner:spain]\n", encoding="utf-8")
    built = run("--project", shipped, "pack", "--config", config, "-l", "zh", "--format", "pdf",
                "--out", tmp_path / "out")
    assert built.exit_code == 0, built.stderr
    assert "青岛与欧洲" in PdfReader(tmp_path / "out" / "investor-pack-zh.pdf").pages[0].extract_text()

    config.write_text("title: Qingdao and Spain\nsubjects: [partner:spain]\n", encoding="utf-8")
    refused = run("--project", shipped, "pack", "--config", config, "-l", "zh", "--format", "pdf",
                  "--out", tmp_path / "out")
    assert refused.exit_code == 1
    assert [line for line in refused.stderr.splitlines() if line.startswith("error:")] == [
        f"error: {config}:1: no Chinese (Simplified) translation of pack title: 'Qingdao and "
        "Spain' (add it to translations/zh.po, or build with --untranslated mark to print the "
        "English marked (EN))"]


@pytest.mark.parametrize("event, old, new, said", [
    (ZH_EVENT, "audience: 上合组织国家的企业和商协会", "audience: Companies from SCO countries",
     "audience 'Companies from SCO countries' is not written in Chinese (Simplified)"),
    (ZH_EVENT, "city: 青岛胶州", "city: Jiaozhou, Qingdao",
     "venue.city 'Jiaozhou, Qingdao' is not written in Chinese (Simplified)"),
    ("sco-trade-fair", "\naudience: Companies and trade bodies from SCO countries",
     "\naudience: 上合组织国家的企业和商协会",
     "audience '上合组织国家的企业和商协会' is not written in English"),
])
def test_words_not_in_the_event_s_language_are_an_error_at_their_line(run, project, event, old,
                                                                      new, said):
    """A Chinese brief never prints an English audience or venue silently, nor the reverse."""
    path = project / "events" / event / "event.yaml"
    edit(path, old, new)
    line = next(number for number, text in
                enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if new.strip() in text)
    result = run("--project", project, "build", "event", event, "--out", project / "x")
    assert result.exit_code == 1
    assert f"error: events/{event}/event.yaml:{line}: {said}" in result.stderr, result.stderr
    assert not (project / "x").exists()


@pytest.mark.parametrize("text, key, said", [
    ("language: zh\ntitle: 青岛与欧洲\naudience: European investors\n", "audience",
     "audience 'European investors' is not written in Chinese (Simplified)"),
    ("language: en\ntitle: 青岛与欧洲\n", "title", "title '青岛与欧洲' is not written in English"),
    ("title: Qingdao\nsubtitle: 合作伙伴\n", "subtitle", "subtitle '合作伙伴' is not written in English"),
])
def test_a_pack_file_s_words_not_in_its_language_are_an_error_at_their_line(tmp_path, text, key,
                                                                            said):
    from briefgen.config import load_project
    from briefgen.errors import ConfigError
    from briefgen.pack import load_pack_config
    config = tmp_path / "pack.yaml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_pack_config(config, load_project(REPO))
    [problem] = caught.value.problems
    assert said in problem.message and problem.path == str(config)
    assert problem.line == key_line(config, f"{key}:")
