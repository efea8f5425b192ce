"""Compose: fixture templates -> the document model, compared with expected JSON dumps.

Run with BRIEFGEN_UPDATE_SNAPSHOTS=1 to rewrite the expected dumps after an intended change
(then read the diff).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefgen import document as d
from briefgen.compose import build_document
from briefgen.errors import TemplateError
from fakestore import korea_store

ENGINE = Path(__file__).parent / "roots" / "engine"
REPO = Path(__file__).resolve().parents[1]


def compose(name: str, dirs=("templates",), **kw) -> d.Document:
    return build_document(name, korea_store(), template_dirs=[ENGINE / x for x in dirs],
                          subject="south-korea", produced="2024-06-01", root=REPO, **kw)


def dump(doc: d.Document) -> dict:
    """The model as JSON, with absolute paths made relative to the repository."""
    text = json.dumps(d.to_dict(doc), ensure_ascii=False, indent=1).replace(str(REPO) + "/", "")
    return json.loads(text)


def check_snapshot(doc: d.Document, name: str) -> None:
    expected_file = ENGINE / "expected" / f"{name}.json"
    actual = dump(doc)
    if os.environ.get("BRIEFGEN_UPDATE_SNAPSHOTS") or not expected_file.exists():
        expected_file.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert actual == json.loads(expected_file.read_text(encoding="utf-8"))


@pytest.mark.parametrize("template, dirs, snapshot", [
    ("country.md.j2", ("templates",), "country"),
    ("country.md.j2", ("event", "templates"), "country-event"),
    ("literal.md.j2", ("templates",), "literal"),
])
def test_snapshot(template, dirs, snapshot):
    doc = compose(template, dirs, variables={"event": {"name": "Korea Week 2024"}})
    check_snapshot(doc, snapshot)


def test_citations_are_numbered_in_reading_order_per_source_statement():
    doc = compose("country.md.j2")
    keyfigures = doc.blocks[1]
    assert isinstance(keyfigures, d.KeyFigures)
    # fdi-signed and projects rest on the same quote: one number
    assert [k.citations for k in keyfigures.items] == [(1,), (1,), (2,), (3,)]
    sources = doc.blocks[-1]
    assert isinstance(sources, d.Sources)
    assert [e.number for e in sources.entries] == list(range(1, len(sources.entries) + 1))
    first = sources.entries[0]
    assert first.title.startswith("A City of Dreams")
    assert first.quote.startswith("By the end of March 2019")
    news = [e for e in sources.entries if e.date]
    assert news and news[0].date == "12 March 2021"


def test_fact_values_and_labels_render_literally():
    doc = compose("literal.md.j2")
    assert doc.meta.title == "R&D <Qingdao> \u201cdesk\u201d"
    text = "\n".join(d.plain_text(b.children) for b in doc.blocks if isinstance(b, d.Paragraph))
    assert "R&D firms & <members> from \u201cbig\u201d groups" in text
    assert "青岛" in text and "부산" in text and "חיפה" in text and "Düsseldorf's Straße" in text
    assert "\u0007" not in text and "\u0000" not in text and "emoji 🚢 stays" in text


def test_event_overrides_a_block_and_extends_the_base():
    doc = compose("country.md.j2", ("event", "templates"), variables={"event": {"name": "Korea Week"}})
    callout = next(b for b in doc.blocks if isinstance(b, d.Callout))
    assert callout.title == "About this edition"
    inner = d.plain_text(callout.children[0].children)
    assert "R&D <tags> & “quotes” stay literal: *not emphasis* [x](y)." in inner
    assert callout.origin.path.endswith("event/country.md.j2")


def test_priorities_from_headings_paragraphs_and_directives():
    doc = compose("country.md.j2")
    heading = next(b for b in doc.blocks if isinstance(b, d.Heading) and d.plain_text(b.children) == "Cooperation")
    assert heading.priority == 3
    literal = compose("literal.md.j2")
    assert isinstance(literal.blocks[-2], d.BulletList) and literal.blocks[-2].priority == 2
    assert isinstance(literal.blocks[-1], d.Sources)  # added at the end: no sources directive


ERRORS = [
    ("unknown-fact.md.j2", "errors/unknown-fact.md.j2", 5, "unknown fact 'kr.nope'"),
    ("syntax.md.j2", "errors/syntax.md.j2", 6, "template syntax error"),
    ("undefined.md.j2", "errors/undefined.md.j2", 4, "undefined variable 'missing'"),
    ("keyfigure.md.j2", "errors/keyfigure.md.j2", 12, "unknown fact 'kr.nope'"),
    ("yaml.md.j2", "errors/yaml.md.j2", 5, "invalid YAML in directive"),
    ("directive.md.j2", "errors/directive.md.j2", 4, "unknown directive 'gallery'"),
    ("frontmatter.md.j2", "errors/frontmatter.md.j2", 3, "unknown front matter keys: colour"),
    ("attribute.md.j2", "errors/attribute.md.j2", 4, "fact 'kr.projects' has no attribute 'bogus'"),
    ("code.md.j2", "errors/code.md.j2", 4, "indented code block"),
    ("child.md.j2", "errors/child.md.j2", 5, "image not found"),
]


@pytest.mark.parametrize("template, path, line, message", ERRORS)
def test_errors_name_the_template_line(template, path, line, message):
    with pytest.raises(TemplateError) as caught:
        compose(template, ("errors",))
    problem = caught.value.problems[0]
    assert (problem.path, problem.line) == (f"tests/roots/engine/{path}", line), str(caught.value)
    assert message in problem.message


def test_sandbox_refuses_python_internals(tmp_path):
    (tmp_path / "evil.md.j2").write_text('---\ntitle: X\n---\n{{ "".__class__.__mro__ }}\n')
    with pytest.raises(TemplateError, match="unsafe"):
        build_document("evil.md.j2", korea_store(), template_dirs=[tmp_path])


UNSAFE = [
    ('{{ "".__class__ }}', "unsafe"),
    ("{{ cycler.__init__.__globals__ }}", "unsafe"),
    ("{% include '/etc/passwd' %}", "not found"),
    ("{% include '../../../../etc/passwd' %}", "not found"),
    ("{% import 'os' as os %}", "not found"),
    ("{{ project.root.joinpath('x').read_text() }}", "unsafe"),
    ("{{ project.path('out').joinpath('x').write_text('y') }}", "cannot use"),
    ("{{ entities.clear() }}", "unsafe"),
    ("{{ 9 ** 99999999 }}", "exponent"),
    ("{{ 'x' * 1000000000 }}", "longer than"),
]


@pytest.mark.parametrize("expression, message", UNSAFE)
def test_sandbox_closes_files_modules_and_huge_values(tmp_path, expression, message):
    from briefgen.config import load_project
    (tmp_path / "evil.md.j2").write_text(f"---\ntitle: X\n---\nIntro\n\n{expression}\n")
    with pytest.raises(TemplateError) as caught:
        build_document("evil.md.j2", korea_store(), template_dirs=[tmp_path], root=tmp_path,
                       variables={"project": load_project(REPO)})
    problem = caught.value.problems[0]
    assert (problem.path, problem.line) == ("evil.md.j2", 6)
    assert message in problem.message
    assert not (REPO / "out" / "x").exists()


@pytest.mark.parametrize("image, message", [
    ("../../outside.png", "outside"), ("/etc/passwd", "outside"), ("notes.txt", "not a PNG")])
def test_figure_images_are_image_files_inside_the_project(tmp_path, image, message):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "notes.txt").write_text("hello")
    (tmp_path / "t" / "evil.md.j2").write_text(
        f"---\ntitle: X\n---\n\n```figure\nimage: {image}\nalt: x\n```\n")
    with pytest.raises(TemplateError, match=message):
        build_document("evil.md.j2", korea_store(), template_dirs=[tmp_path / "t"], root=tmp_path)


def test_missing_template():
    with pytest.raises(TemplateError, match="'nothere.md.j2' not found"):
        compose("nothere.md.j2")


def test_facts_query():
    doc_store = korea_store()
    from briefgen.compose.context import ComposeContext
    ctx = ComposeContext(doc_store, "south-korea")
    assert [f.id for f in ctx.facts(subject="south-korea", min_priority=1)] == \
        ["kr.fdi-signed", "kr.projects", "kr.rank"]
    assert [f.id for f in ctx.facts(subject="finance")] == ["kr.banks"]
    assert [f.id for f in ctx.facts(tag="platform")] == ["kr.club"]
    assert len(ctx.facts(subject="south-korea", numeric=True, limit=2)) == 2
