"""Compose: fixture templates -> the document model, compared with expected JSON dumps.

Run with BRIEFGEN_UPDATE_SNAPSHOTS=1 to rewrite the expected dumps after an intended change
(then read the diff).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from briefgen import document as d
from briefgen.compose import build_document
from briefgen.errors import TemplateError
from stores import korea_store

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
    if os.environ.get("BRIEFGEN_UPDATE_SNAPSHOTS"):  # a deliberate change, reviewed in the diff
        expected_file.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if not expected_file.exists():
        pytest.fail(f"no snapshot {expected_file}: write it with BRIEFGEN_UPDATE_SNAPSHOTS=1 and "
                    "review it")
    assert actual == json.loads(expected_file.read_text(encoding="utf-8"))


@pytest.mark.parametrize("template, dirs, snapshot", [
    ("country.md.j2", ("templates",), "country"),
    ("country.md.j2", ("event", "templates"), "country-event"),
    ("literal.md.j2", ("templates",), "literal"),
])
def test_snapshot(template, dirs, snapshot):
    doc = compose(template, dirs, variables={"event": {"name": "Korea Week 2024"}})
    check_snapshot(doc, snapshot)


def test_a_missing_snapshot_fails_and_is_not_written():
    with pytest.raises(pytest.fail.Exception, match="no snapshot"):
        check_snapshot(compose("literal.md.j2"), "no-such-snapshot")
    assert not (ENGINE / "expected" / "no-such-snapshot.json").exists()


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


@pytest.mark.parametrize("expression", ["[1] * 100001", "100001 * [1]", "(1, 2) * 50001",
                                        "'ab' * 50001", "50001 * 'ab'"])
def test_sandbox_repeat_limit_covers_lists_and_tuples(tmp_path, expression):
    """`[1] * 10**9` would take gigabytes: the limit counts the length any repetition would
    make before making it, whatever is repeated (100,000 items or characters at most)."""
    (tmp_path / "big.md.j2").write_text(f"---\ntitle: X\n---\n{{{{ ({expression}) | length }}}}\n")
    with pytest.raises(TemplateError, match="longer than 100,000"):
        build_document("big.md.j2", korea_store(), template_dirs=[tmp_path])
    at_limit = expression.replace("100001", "100000").replace("50001", "50000")
    (tmp_path / "ok.md.j2").write_text(f"---\ntitle: X\n---\n{{{{ ({at_limit}) | length }}}}\n")
    doc = build_document("ok.md.j2", korea_store(), template_dirs=[tmp_path])
    assert doc.blocks[0].children[0].text == "100000"


@pytest.mark.parametrize("expression, refused", [
    ("2 ** 1000", False), ("2 ** 1001", True), ("2 ** -1001", True), ("2.0 ** 1000", False), ("'%(a)s' % {'a': entity}", True), ("'%(a)s' % {'a': 3}", False),
])  # the expected text of those allowed: what Python makes of them
def test_sandbox_limits_exponents_and_checks_what_is_formatted(tmp_path, expression, refused):
    (tmp_path / "x.md.j2").write_text(f"---\ntitle: X\n---\n{{{{ {expression} }}}}\n")
    if refused:
        with pytest.raises(TemplateError, match="larger than 1000|cannot print an Entity"):
            build_document("x.md.j2", korea_store(), template_dirs=[tmp_path], subject="south-korea")
    else:
        doc = build_document("x.md.j2", korea_store(), template_dirs=[tmp_path], subject="south-korea")
        assert doc.blocks[0].children[0].text == str(eval(expression.replace("entity", "0")))


@pytest.mark.parametrize("expression, result", [
    ("'{a}'.format_map({'a': 1})", "1"),
    ("'{a}'.format_map({'a': entity})", "cannot print an Entity object as text"),
    ("'{a}'.format_map({'a': 1}, 2)", "format_map() takes exactly one mapping"),
    ("'{a}'.format_map(a=1)", "format_map() takes exactly one mapping"),
    ("project.path('out')", "path() returns a PosixPath, which templates cannot use"),
])
def test_format_map_and_calls_are_checked_like_format(tmp_path, expression, result):
    from briefgen.config import load_project
    (tmp_path / "x.md.j2").write_text(f"---\ntitle: X\n---\n{{{{ {expression} }}}}\n")

    def build():
        return build_document("x.md.j2", korea_store(), template_dirs=[tmp_path],
                              subject="south-korea", variables={"project": load_project(REPO)})
    if result == "1":
        assert build().blocks[0].children[0].text == "1"
    else:
        with pytest.raises(TemplateError) as caught:
            build()
        message = caught.value.problems[0].message
        assert message == result or message.startswith(f"{result} (") or \
            message.endswith(f": {result}"), message


def test_format_conversions_apply_to_plain_values(tmp_path):
    (tmp_path / "x.md.j2").write_text("---\ntitle: X\n---\n{{ '{!r} {!s}'.format('a', 'b') }}\n")
    doc = build_document("x.md.j2", korea_store(), template_dirs=[tmp_path])
    assert doc.blocks[0].children[0].text == "'a' b"


@pytest.mark.parametrize("image, message", [
    ("../../outside.png", "outside"), ("/etc/passwd", "outside"), ("notes.txt", "not a PNG")])
def test_figure_images_are_image_files_inside_the_project(tmp_path, image, message):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "notes.txt").write_text("hello")
    (tmp_path / "t" / "evil.md.j2").write_text(
        f"---\ntitle: X\n---\n\n```figure\nimage: {image}\nalt: x\n```\n")
    with pytest.raises(TemplateError, match=message):
        build_document("evil.md.j2", korea_store(), template_dirs=[tmp_path / "t"], root=tmp_path)


def test_a_markdown_image_is_a_figure_of_the_template_s_folder_checked_as_one(tmp_path):
    """`![alt](logo.png "Caption")` names a file beside the template (as docs/templates.md
    says), whatever the current folder, and is held to the figure directive's checks."""
    folder = tmp_path / "t"
    folder.mkdir()
    shutil.copy(REPO / "events" / "sco-trade-fair" / "logo.png", folder / "logo.png")
    (folder / "x.md.j2").write_text("---\ntitle: X\n---\n\nText.\n\n![The logo](logo.png \"Logo\")\n")
    (figure,) = [b for b in build_document("x.md.j2", korea_store(), template_dirs=[folder],
                                           root=tmp_path).blocks if isinstance(b, d.Figure)]
    assert (figure.image, figure.alt, figure.caption) == (str(folder / "logo.png"), "The logo", "Logo")
    (folder / "x.md.j2").write_text("---\ntitle: X\n---\n\n![The logo](../../secret.png)\n")
    with pytest.raises(TemplateError, match="outside") as caught:
        build_document("x.md.j2", korea_store(), template_dirs=[folder], root=tmp_path)
    assert caught.value.problems[0].line == 5


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


# --- only plain values become text (no Python reprs, no memory addresses) -----------------------

NOT_TEXT = [
    ('{{ "%s"|format(fact) }}', "cannot print a function as text"),
    ("{{ fact }}", "cannot print 'fact' as text: it is a function"),
    ("{{ store }}", "cannot print 'store' as text: it is a FactStore object"),
    ("{{ entity }}", "cannot print 'entity' as text: it is an Entity object"),
    ("{{ entities }}", "cannot print 'entities' as text: it is a mapping"),
    ("{{ facts(subject='south-korea') }}", "cannot print a list as text"),
    ('{{ fact("kr.projects").fact }}', "cannot print a Fact object as text"),
    ('{{ fact("kr.projects").tags }}', "cannot print a list as text"),
    ('{{ "Store: " ~ store }}', "cannot print a FactStore object"),
    ('{{ "%s" % store }}', "cannot print a FactStore object"),
    ('{{ "%s and %s" % (1, entity) }}', "cannot print an Entity object"),
    ('{{ "{}".format(store) }}', "cannot print a FactStore object"),
    ('{{ "{0.fact}".format(fact("kr.projects")) }}', "cannot print a Fact object"),
    ('{{ "{!r}".format(entity) }}', "cannot print an Entity object"),
    ("{{ store | string }}", "cannot print a FactStore object"),
    ("{{ store | upper }}", "cannot print a FactStore object"),
    ('{{ "x" | replace("x", store) }}', "cannot print a FactStore object"),
    ("{{ [entity] | join(', ') }}", "cannot print an Entity object"),
    ("{{ [store] | pprint }}", "cannot print a FactStore object"),
    ("{{ {'k': entity} | pprint }}", "cannot print an Entity object"),
    ("{{ {'id': store} | xmlattr }}", "cannot print a FactStore object"),
    ("{{ store | yaml }}", "cannot print a FactStore object"),
    ("{{ joiner }}", "cannot print 'joiner' as text: it is a function"),
    ("{{ entity | money }}", "cannot format an Entity object as a number"),
]


@pytest.mark.parametrize("expression, message", NOT_TEXT, ids=[n[0] for n in NOT_TEXT])
def test_objects_that_are_not_text_are_refused_with_their_line(tmp_path, expression, message):
    (tmp_path / "t.md.j2").write_text(f"---\ntitle: X\n---\nIntro\n\n{expression}\n")
    with pytest.raises(TemplateError) as caught:
        build_document("t.md.j2", korea_store(), template_dirs=[tmp_path], root=tmp_path,
                       subject="south-korea")
    problem = caught.value.problems[0]
    assert (problem.path, problem.line) == ("t.md.j2", 6), str(caught.value)
    assert message in problem.message, str(caught.value)
    assert problem.hint and " at 0x" not in str(caught.value)


def test_plain_values_still_print(tmp_path):
    (tmp_path / "t.md.j2").write_text(
        '---\ntitle: X\n---\n{{ fact("kr.projects") ~ "; " ~ entity.name ~ "; " ~ 3 }} | '
        '{{ "%s, %d" % (fact("kr.fdi-signed"), 7) }} | {{ "{} in {}".format(entity.name, 2019) }} | '
        '{{ facts(subject="south-korea", limit=2) | join(" / ") }} | {{ none }}{{ 1.5 }} '
        '{{ fact("kr.projects").amount }} {{ [1, "a"] | pprint }} {{ fact("kr.projects") }}\n')
    doc = build_document("t.md.j2", korea_store(), template_dirs=[tmp_path], subject="south-korea")
    text = d.plain_text(doc.blocks[0].children)
    assert text == ("12,930 projects; South Korea; 3 | US$30.46 billion, 7 | South Korea in 2019 | "
                    "US$30.46 billion / 12,930 projects | 1.5 12930 [1, 'a'] 12,930 projects[1]"), text
    assert " at 0x" not in text


# --- blocks an extending template defines must exist in what it extends --------------------------

def _block_project(tmp_path, child: str):
    base, event = tmp_path / "base", tmp_path / "event"
    base.mkdir()
    event.mkdir()
    (base / "brief.md.j2").write_text(
        "---\ntitle: {% block title %}T{% endblock %}\n\n---\n{% block body %}\n"
        "{% block intro %}Intro{% endblock %}\n{% endblock %}\n")
    (base / "page.md.j2").write_text('{% extends "brief.md.j2" %}\n{% block intro %}Page{% endblock %}\n')
    (event / "page.md.j2").write_text(child)
    return [event, base]


@pytest.mark.parametrize("child, line, hint", [
    ('{% extends "base/page.md.j2" %}\n{% block intrro %}x{% endblock %}\n', 2, "did you mean 'intro'?"),
    ('{% extends "base/page.md.j2" %}\n\n{% block nosuch %}x{% endblock %}\n', 3,
     "the blocks it can replace: body, intro, title"),
    ('{% extends "base/page.md.j2" %}\n{% if true %}\n{% block tilte %}x{% endblock %}\n{% endif %}\n', 3,
     "did you mean 'title'?"),
])
def test_a_block_the_extended_template_lacks_is_an_error(tmp_path, child, line, hint):
    dirs = _block_project(tmp_path, child)
    with pytest.raises(TemplateError) as caught:
        build_document("page.md.j2", korea_store(), template_dirs=dirs, root=tmp_path)
    problem = caught.value.problems[0]
    assert (problem.path, problem.line) == ("event/page.md.j2", line), str(caught.value)
    assert "unknown block" in problem.message and "'base/page.md.j2'" in problem.message
    assert problem.hint.startswith(hint), problem.hint


def test_blocks_of_any_ancestor_nested_new_blocks_and_self_calls_are_allowed(tmp_path):
    child = ('{% extends "base/page.md.j2" %}\n{% block title %}Event{% endblock %}\n'
             "{% block body %}{% block mine %}Mine{% endblock %} {{ self.helper() }}{% endblock %}\n"
             "{% block helper %}Helper{% endblock %}\n")
    doc = build_document("page.md.j2", korea_store(), template_dirs=_block_project(tmp_path, child),
                         root=tmp_path)
    assert doc.meta.title == "Event"
    assert d.plain_text(doc.blocks[0].children) == "Mine Helper"


def test_an_included_template_with_an_unknown_block_is_an_error_too(tmp_path):
    dirs = _block_project(tmp_path, '{% extends "base/page.md.j2" %}\n'
                                    '{% block body %}{% include "part.md.j2" %}{% endblock %}\n')
    (dirs[0] / "part.md.j2").write_text('{% extends "brief.md.j2" %}\n{% block bdy %}{% endblock %}\n')
    with pytest.raises(TemplateError) as caught:
        build_document("page.md.j2", korea_store(), template_dirs=dirs, root=tmp_path)
    assert (caught.value.problems[0].path, caught.value.problems[0].line) == ("event/part.md.j2", 2)


def test_super_self_and_macros_keep_the_template_markdown(tmp_path):
    """Template text that comes back through {{ super() }}, {{ self.x() }} or a macro is the
    template's Markdown (not escaped, no stray line markers); values inside it stay literal."""
    (tmp_path / "b.md.j2").write_text("---\ntitle: X\n---\n{% block intro %}Intro *a* {{ '*b*' }}{% endblock %}\n")
    (tmp_path / "c.md.j2").write_text(
        '{% extends "b.md.j2" %}\n{% macro m(x) %}**{{ x }}**{% endmacro %}\n'
        "{% block intro %}{{ super() }} and {{ m('R&D *c*') }}{% endblock %}\n")
    doc = build_document("c.md.j2", korea_store(), template_dirs=[tmp_path])
    children = doc.blocks[0].children
    assert d.plain_text(children) == "Intro a *b* and R&D *c*"
    assert [type(c).__name__ for c in children] == ["Text", "Emphasis", "Text", "Strong"]


def test_figure_filters_keep_a_facts_hedge_unit_and_counted_thing():
    import dataclasses

    from briefgen.compose.context import FILTERS
    from stores import fact
    banks = fact("kr.banks", "south-korea", "count", "Korean banks", "more than 60 banks", value=60,
                 unit="count", counted="banks", qualifier="more_than")
    growth = dataclasses.replace(banks, unit="percent", counted=None, qualifier="about")
    area = dataclasses.replace(banks, unit="km2", counted=None, qualifier=None, value=10.6)
    assert FILTERS["count"](banks) == "more than 60 banks"
    assert FILTERS["number"](banks) == "more than 60"
    assert FILTERS["percent"](growth, signed=True) == "about +60%"
    assert FILTERS["quantity"](area) == "10.6 km²"
    assert FILTERS["quantity"](3, "h") == "3 hours"
    assert FILTERS["ordinal"](2) == "second"
    with pytest.raises(TemplateError, match="quantity needs a unit"):
        FILTERS["quantity"](3)
    with pytest.raises(TemplateError, match="the as_of filter takes a fact, not a str"):
        FILTERS["as_of"]("2019")


def test_a_block_of_values_only_comes_back_through_super_escaped_once(tmp_path):
    (tmp_path / "b.md.j2").write_text(
        "---\ntitle: {% block title %}{{ 'R&D *x*' }}{% endblock %}\n\n---\n"
        "{% block intro %}{{ 'A & B' }}{% endblock %}\n")
    (tmp_path / "c.md.j2").write_text(
        '{% extends "b.md.j2" %}\n{% block title %}{{ super() }} · Week{% endblock %}\n'
        "{% block intro %}{{ super() }}, {{ self.title() }}{% endblock %}\n")
    doc = build_document("c.md.j2", korea_store(), template_dirs=[tmp_path])
    assert doc.meta.title == "R&D *x* · Week"
    assert d.plain_text(doc.blocks[0].children) == "A & B, R&D *x* · Week"


@pytest.mark.parametrize("name", ["key_figure", "_keyfigures", "__init__"])
def test_helper_method_names_are_not_directives(tmp_path, name):
    (tmp_path / "x.md.j2").write_text(f"---\ntitle: X\n---\n```{name}\n- kr.projects\n```\n")
    with pytest.raises(TemplateError, match=f"unknown directive '{name}'"):
        build_document("x.md.j2", korea_store(), template_dirs=[tmp_path])


def _refusal(tmp_path, expression: str):
    (tmp_path / "t.md.j2").write_text(f"---\ntitle: X\n---\nIntro\n\n{expression}\n")
    with pytest.raises(TemplateError) as caught:
        build_document("t.md.j2", korea_store(), template_dirs=[tmp_path], root=tmp_path,
                       subject="south-korea")
    return caught.value.problems[0]


# The whole message and hint for each kind of value a template cannot print.
NOT_TEXT_EXACT = [
    ("{{ fact }}", "cannot print 'fact' as text: it is a function",
     "call it: fact(...); docs/templates.md says what each function takes and returns"),
    ('{{ "%s" % fact }}', "cannot print a function as text",
     "call it; docs/templates.md says what each function takes and returns"),
    ("{{ entities }}", "cannot print 'entities' as text: it is a mapping",
     "print one of its values, e.g. entities[subject].name"),
    ("{{ facts(subject='south-korea') }}", "cannot print a list as text",
     'join its items: {{ items | join(", ") }}, or print one: items[0]'),
    ("{{ store }}", "cannot print 'store' as text: it is a FactStore object",  # not its _notes
     "print one of its attributes: facts, entities, metrics, seeds, city, seed_dir, files, accepted, by_id"),
    ("{{ entity }}", "cannot print 'entity' as text: it is an Entity object",
     "print one of its attributes: slug, name, kind, aliases, iso, members, short, description"),
    ('{{ fact("kr.projects").fact }}', "cannot print a Fact object as text",
     "print one of its attributes: id, subject, metric, label, sources, value, unit, counted, "
     "as_written, qualifier, period, text, …"),
    ("{{ cycler(1, 2) }}", "cannot print a Cycler object as text",
     "print one of its attributes (docs/templates.md lists them)"),
]


@pytest.mark.parametrize("expression, message, hint", NOT_TEXT_EXACT,
                         ids=[n[0] for n in NOT_TEXT_EXACT])
def test_a_value_that_is_not_text_is_refused_with_what_to_print_instead(tmp_path, expression,
                                                                        message, hint):
    problem = _refusal(tmp_path, expression)
    assert (problem.message, problem.hint) == (message, hint)


@pytest.mark.parametrize("count, listed", [(12, "f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11"),
                                           (13, "f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, …")])
def test_the_hint_names_twelve_attributes_at_most(count, listed):
    import dataclasses

    from briefgen.compose.sandbox import not_text
    record = dataclasses.make_dataclass("Record", [f"f{i}" for i in range(count)])(*range(count))
    [problem] = not_text(record, "record").problems
    assert problem.hint == f"print one of its attributes: {listed}"


def test_markdown_is_converted_a_top_level_block_at_a_time_as_parsed_whole(tmp_path):
    """Each top-level block's inline content is parsed as its turn comes (compose/markdown.py
    _top_level_nodes), after the whole's blocks: a link to a definition further down resolves,
    a caption joins the table before it, a priority alone in a paragraph marks the next block,
    a list's items stay one list."""
    from briefgen.compose.markdown import BlockConverter
    from briefgen.compose.templates import Rendered
    markdown = ("See [the source][src] for **more**.\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\n"
                "Table: Figures\n\n{priority=2}\n\n- one\n\n- two\n\n[src]: https://example.org/a\n")
    rendered = Rendered("inline.md.j2", "inline.md.j2", markdown, ())
    blocks = BlockConverter(rendered, 0, lambda *args: []).convert(markdown)
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Table", "BulletList"]
    link = next(i for i in blocks[0].children if isinstance(i, d.Link))
    assert link.href == "https://example.org/a"
    assert blocks[1].caption == (d.Text("Figures"),) and blocks[2].priority == 2
    assert len(blocks[2].items) == 2
