"""docs/templates.md is true: its examples build, and it documents every name a template gets.

Every fenced block whose info string reads `jinja example` is a template: it is saved in a copy
of the shipped project (`file=`, default `templates/`), built as a PDF for `subject=` with the
real engine against the shipped facts (`kind=` and `event=` for an event override), and each line
of a `text output` block right after it must be a line of the brief. A block without front
matter or `{% extends %}` is a fragment and gets a title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import REPO
from test_events import copy_project

GUIDE_PATH = REPO / "docs" / "templates.md"
GUIDE = GUIDE_PATH.read_text(encoding="utf-8")
FENCE = re.compile(r"^(`{3,})([^\n`]*)\n(.*?)^\1[ \t]*$", re.M | re.S)


@dataclass
class Example:
    number: int
    line: int
    body: str
    options: dict[str, str]
    output: list[str] = field(default_factory=list)


def examples() -> list[Example]:
    found: list[Example] = []
    previous = None  # the info words of the block before
    for match in FENCE.finditer(GUIDE):
        words = match.group(2).split()
        line = GUIDE.count("\n", 0, match.start()) + 1
        if words[:2] == ["jinja", "example"]:
            options = dict(w.split("=", 1) for w in words[2:])
            found.append(Example(len(found) + 1, line, match.group(3), options))
        elif words == ["text", "output"]:
            assert previous and previous[:2] == ["jinja", "example"], \
                f"docs/templates.md:{line}: an output block follows no example"
            found[-1].output = [x for x in match.group(3).split("\n") if x.strip()]
        previous = words
    return found


EXAMPLES = examples()


def section(title: str) -> str:
    """The text of the `### title` (or `## title`) section, up to the next heading."""
    found = re.search(rf"^#{{2,3}} {re.escape(title)}\n(.*?)(?=^#{{2,3}} )", GUIDE, re.M | re.S)
    assert found, title
    return found.group(1)


def table_names(title: str) -> set[str]:
    """The names in the first column of the tables of a section: `name(…)` or `name`."""
    return set(re.findall(r"^\| `([a-z_]+)[(`]", section(title), re.M))


def brief_lines(document) -> list[str]:
    """The brief as the output blocks write it: title, subtitle, then one line per paragraph,
    heading or list item (callouts included)."""
    from briefgen import document as d
    lines = [f"title: {document.meta.title}", f"subtitle: {document.meta.subtitle}"]

    def walk(blocks):
        for block in blocks:
            if isinstance(block, (d.Paragraph, d.Heading)):
                lines.append(d.plain_text(block.children))
            elif isinstance(block, (d.BulletList, d.OrderedList)):
                lines.extend("- " + d.plain_text(item) for item in block.items)
            elif isinstance(block, d.Callout):
                walk(block.children)
    walk(document.blocks)
    return lines


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return copy_project(tmp_path_factory.mktemp("docs") / "qingdao")


def test_the_guide_has_examples_with_output():
    assert len(EXAMPLES) >= 8
    assert sum(1 for e in EXAMPLES if e.output) >= 6


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"line-{e.line}" for e in EXAMPLES])
def test_example_builds_with_the_shipped_facts(example, project, tmp_path):
    from pypdf import PdfReader

    from briefgen import events
    from briefgen.build import BriefRequest, build_brief, compose
    from briefgen.config import load_project
    from briefgen.facts.store import load_store

    options = example.options
    body = example.body
    if not body.startswith(("---", "{% extends")):
        body = "---\ntitle: Example\n---\n" + body
    target = project / options.get("file", f"templates/_example_{example.number}.md.j2")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(body, encoding="utf-8")
    try:
        proj = load_project(project)
        store = load_store(proj)
        if "event" in options:
            event = events.load_event(proj, store, options["event"])
            assert event.warnings == ()
            proj, store = events.themed(proj, event), events.with_event(store, event)
            request = BriefRequest(options.get("kind", "partner"), options["subject"],
                                   variables=(("event", event),),
                                   template_dirs=(event.template_dir,))
        elif "file" in options:
            request = BriefRequest(options.get("kind", "sector"), options["subject"])
        else:
            request = BriefRequest("template", options["subject"], template=target.name)
        document, _ = compose(proj, store, request)
        lines = brief_lines(document)
        for expected in example.output:
            assert expected in lines, f"docs/templates.md:{example.line}: {expected!r} not in\n" + \
                "\n".join(lines)
        result = build_brief(proj, store, request, ("pdf",), tmp_path,
                             max_pages=document.meta.max_pages)
        assert len(PdfReader(result.files["pdf"]).pages) == document.meta.max_pages
    finally:
        target.unlink()
        if "file" in options:  # put back the shipped template the example stands for
            shipped = REPO / options["file"]
            if shipped.is_file():
                target.write_bytes(shipped.read_bytes())


def test_the_subject_template_example_is_the_shipped_one_in_substance():
    """The guide's e-commerce example and templates/sector/ecommerce.md.j2 chart the same facts."""
    example = next(e for e in EXAMPLES if e.options.get("file") == "templates/sector/ecommerce.md.j2")
    shipped = (REPO / "templates/sector/ecommerce.md.j2").read_text(encoding="utf-8")
    for line in ('{% set chart_facts = ["ecom.b2b-2018", "ecom.b2c-2018"] %}',
                 "growth: [ecom.b2b-growth-2018, ecom.b2c-growth-2018]", "allow_mixed: measures"):
        assert line in example.body and line in shipped, line


# --- the guide documents every name, and only names that exist ----------------------------------

def test_every_helper_is_documented_and_every_documented_helper_exists():
    from briefgen.compose.briefing import template_helpers
    from stores import korea_store
    provided = set(template_helpers(korea_store()))
    documented = table_names("Helpers")
    assert documented == provided, (f"undocumented: {sorted(provided - documented)}; "
                                    f"documented but not provided: {sorted(documented - provided)}")


def test_every_filter_is_documented_and_every_documented_filter_exists():
    """The product's filters (briefgen's own, and Jinja2's that briefgen replaces in meaning:
    `capitalize`) are in the table; Jinja2's other built-ins are Jinja2's."""
    import jinja2

    from briefgen.compose.build import make_engine
    from briefgen.compose.context import FILTERS
    documented = table_names("Filters")
    assert documented == set(FILTERS) | {"md", "yaml"}, sorted(documented)
    engine = make_engine([REPO / "templates"])
    assert documented <= set(engine.env.filters)
    extra = set(engine.env.filters) - set(jinja2.defaults.DEFAULT_FILTERS)
    assert extra <= documented, f"undocumented filters: {sorted(extra - documented)}"


def test_every_directive_is_documented_and_every_documented_directive_exists():
    import inspect

    from briefgen.compose.directives import Directives
    provided = {name[1:] for name, member in inspect.getmembers(Directives, inspect.isfunction)
                if name.startswith("_") and not name.startswith("__")
                and list(inspect.signature(member).parameters)[1:5] == ["options", "body", "at",
                                                                        "converter"]}
    assert table_names("Directives") == provided


def test_every_fact_attribute_is_documented():
    from briefgen.compose.context import PROXY_ATTRIBUTES
    documented = set(re.findall(r"`\.([a-z_]+)`", section("A fact")))
    assert set(PROXY_ATTRIBUTES) <= documented, set(PROXY_ATTRIBUTES) - documented


def test_every_name_a_template_is_given_is_documented(project, monkeypatch):
    """Capture the names of real builds: a partner brief, an event brief, an event pack's pages."""
    from briefgen import events
    from briefgen.binder import front_and_back
    from briefgen.build import BriefRequest, compose
    from briefgen.compose.templates import TemplateEngine
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    given: set[str] = set()
    render = TemplateEngine.render

    def capture(self, name, context, scale=1):
        given.update(context)
        return render(self, name, context, scale)
    monkeypatch.setattr(TemplateEngine, "render", capture)
    proj = load_project(project)
    store = load_store(proj)
    compose(proj, store, BriefRequest("partner", "south-korea"))
    event = events.load_event(proj, store, "qingdao-week-germany")
    themed, with_event = events.themed(proj, event), events.with_event(store, event)
    compose(themed, with_event, events.brief_request(event))
    front_and_back(themed, with_event, events.pack_config(themed, event), [])
    documented = table_names("Variables") | table_names("Helpers")
    assert given - documented == set(), f"undocumented template names: {sorted(given - documented)}"


def test_fact_ids_in_the_guide_exist():
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    store = load_store(load_project(REPO))
    prefixes = {fact_id.split(".")[0] for fact_id in store.by_id}
    pattern = r"(?<!unknown fact ')\b([a-z]+)\.[a-z0-9-]*[a-z0-9](?![.\w])"  # errors name bad ids
    mentioned = {m.group(0) for m in re.finditer(pattern, GUIDE) if m.group(1) in prefixes}
    assert mentioned and mentioned <= set(store.by_id), sorted(mentioned - set(store.by_id))
