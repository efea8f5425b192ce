"""The shipped Qingdao project in Chinese: every brief of the pack composes from the shipped
translations with nothing untranslated, and two briefs (one with a chart set by a zh template)
read back in Chinese, on one page, from their PDF and DOCX."""

from __future__ import annotations

import dataclasses
import re
import zipfile

import pytest
from pypdf import PdfReader

from conftest import REPO
from briefgen.render.cjk_lines import CANNOT_END, CANNOT_START


@pytest.fixture(scope="module")
def zh_project():
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    project = dataclasses.replace(load_project(REPO), language="zh", production_date="2026-12-04")
    return project, load_store(project)


def test_every_brief_of_the_pack_composes_in_chinese(zh_project):
    from briefgen.build import compose
    from briefgen.document import to_dict
    from briefgen.pack import load_pack_config, plan
    project, store = zh_project
    requests = plan(project, store, load_pack_config(None, project))
    assert len(requests) > 20
    english = []
    for request in requests:  # a text without translation would raise TranslationError
        document, _ = compose(project, store, request)
        assert document.meta.language == "zh-CN"
        english += [(request.slug, run) for text in _reader_texts(to_dict(document))
                    for run in ENGLISH.findall(QUOTED.sub("", text))]
    assert not english  # three English words in a row: English the translations let through


ENGLISH = re.compile(r"[A-Za-z][A-Za-z'’-]+(?:\s+[A-Za-z][A-Za-z'’-]+){2,}")
QUOTED = re.compile(r"“[^”]*”")  # a source quoted verbatim, in its language


def _reader_texts(value):
    """The texts a reader sees in a document's dictionary form, but the Sources list and the
    charts' source lines: those cite documents in their own language."""
    if isinstance(value, dict):
        if value.get("type") == "Sources":
            return
        for key, item in value.items():
            if key not in ("source", "origin"):
                yield from _reader_texts(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _reader_texts(item)
    elif isinstance(value, str):
        yield value


@pytest.fixture(scope="module")
def zh_briefs(zh_project, tmp_path_factory):
    from briefgen.build import BriefRequest, build_brief
    project, store = zh_project
    out = tmp_path_factory.mktemp("zh")
    results = [build_brief(project, store, BriefRequest(kind, slug), ("docx", "pdf"), out)
               for kind, slug in (("partner", "south-korea"), ("sector", "port"))]
    return out, results


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_chinese_briefs_are_one_page_in_chinese(zh_briefs):
    out, results = zh_briefs
    assert [r.pages for r in results] == [{"docx": 1, "pdf": 1, "sources": 1}] * 2
    korea = _text(out / "partner-south-korea-zh.pdf")
    assert "韩国是青岛第二大外资来源地" in korea
    assert "韩国在青岛投资：合同和实际使用" in korea  # the chart's title, from briefgen's words
    assert "304.62亿" in korea.replace("\n", "") and "实际使用外资" in korea  # a bar, drawn in two fonts
    port = _text(out / "sector-port-zh.pdf")
    assert "进口通关时间长于出口" in port and "进口通关" in port  # templates/zh/sector/port.md.j2
    for text in (korea, port):
        assert "(EN)" not in text
        lines = [line.strip() for line in text.split("\n")  # Chinese lines: the quotes are English
                 if line.strip() and any(ord(c) >= 0x2E80 for c in line)]
        assert not [line for line in lines if line[0] in CANNOT_START - set(".,;:?!)]}%")]
        assert not [line for line in lines if line[-1] in CANNOT_END]


def test_the_chinese_docx_is_in_chinese_with_its_language(zh_briefs):
    out, _ = zh_briefs
    with zipfile.ZipFile(out / "sector-port-zh.docx") as docx:
        body = docx.read("word/document.xml").decode("utf-8")
        styles = docx.read("word/styles.xml").decode("utf-8")
    assert "港口与物流" in body and "产业简报" in body
    assert 'w:eastAsia="zh-CN"' in styles


def test_translations_check_passes_on_the_shipped_project(run):
    """Everything the Chinese briefs print (the pack's and the Chinese event's) is translated;
    what no brief prints is only counted."""
    result = run("--project", REPO, "translations", "check", "--language", "zh")
    assert result.exit_code == 0, result.stderr
    assert "everything the briefs print is translated into Chinese (Simplified)" in result.stdout
    assert re.search(r"note: \d+ more texts have no translation, but no brief prints them",
                     result.stderr)
