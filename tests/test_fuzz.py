"""Property-based fuzzing of user input: fact files (valid and invalid YAML, random fields and
values) and random Unicode in fact texts, labels, entity names, quotes and templates
(right-to-left scripts, CJK, emoji, control characters, 10,000-character words, empty strings).

Whatever the input, the result is a clean build or a clean BriefgenError (the CLI's exit 1 with
`error:` lines), never another exception; every file produced opens with python-docx and pypdf.
Briefs are built in-process through the library API on the tiny mini project.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from briefgen.errors import BriefgenError
from conftest import REPO, ROOTS

# Missing glyphs print as boxes by design (random code points); the warning says so, once each.
pytestmark = pytest.mark.filterwarnings("ignore:no embedded font has a glyph")

# BRIEFGEN_FUZZ_EXAMPLES=500 for a longer hunt; the default keeps the file near 15 s.
EXAMPLES = int(os.environ.get("BRIEFGEN_FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

# --- text strategies ---------------------------------------------------------------------------

SAMPLES = [
    "שלום עולם", "مرحبا بالعالم", "\u202eevil\u202c", "\u2067rtl\u2069", "北京欢迎你", "한국어 문장",
    "日本語のテキスト", "🎉🇨🇳👨‍👩‍👧‍👦", "e\u0301\u0301\u0301", "\x00", "\x07\x1b[31m", "\x0b\x0c",
    "\r\n", "\t", "\ufeff", "\ufffe", "\uffff", "\u2028\u2029", "\u00a0", "\u3000", "&amp;<b>x</b>",
    "<para>", "]]>", "*_`#|>[]()!", "{{ x }}", "{% if %}", "---", "```", "\\", "%s%n", "''\"\"",
    "𝕳𝖊𝖑𝖑𝖔", "\U0010ffff", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇", "",
]
LONG_WORD = st.integers(200, 10_000).map(lambda n: "W" * n)
PIECE = st.one_of(
    st.sampled_from(SAMPLES),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=25),
    st.text(st.characters(), max_size=8),  # lone surrogates included: only YAML can carry them
    LONG_WORD,
)
TEXT = st.lists(PIECE, max_size=4).map("".join)
# Names (entities, organisation): mostly what a name can be, sometimes empty or far too long.
_SOME_NAME = st.lists(st.one_of(st.sampled_from(SAMPLES), st.text(max_size=25)),
                      min_size=1, max_size=3).map("".join).filter(str.strip)
NAME = st.one_of(_SOME_NAME, _SOME_NAME, _SOME_NAME, st.sampled_from(["", "N" * 256, "N" * 255]))
ENCODABLE = st.lists(st.one_of(st.sampled_from(SAMPLES), st.text(
    st.characters(exclude_categories=("Cs",)), max_size=25)), min_size=1, max_size=3).map("".join)

# --- the tiny project --------------------------------------------------------------------------

TEMPLATE = '''\
---
title: {{ entity.name | yaml }}
subtitle: Partner brief · {{ fact("kr.banks").id | yaml }}
header: {{ project.name | yaml }}
footer: {{ project.organisation | yaml }}
---
{{ entity.name }} and {{ city.name }}: {{ fact("kr.banks").text }}{{ fact("kr.banks").cite }}

@FUZZ@

```keyfigures
- kr.fdi-signed
- {fact: kr.projects, label: {{ fact("kr.projects").label | yaml }}}
- kr.trade-growth
```

## {{ fact("kr.trade-q1").label }}

- {{ fact("kr.trade-q1").label }}: {{ fact("kr.trade-q1") }}
- {{ fact("kr.banks").text }}{{ fact("kr.banks").cite }}
{% for f in facts(subject=subject, numeric=False) %}
- {{ f.text }}{{ f.cite }}
{% endfor %}

| Measure | Value |
| --- | --- |
| {{ fact("kr.trade-q1").label }} | {{ fact("kr.trade-q1") }} |

```note title={{ entity.name | yaml }}
{{ fact("kr.banks").text }}
```

```sources
```
'''


@contextmanager
def tiny_project(template_fuzz: str = ""):
    """A fresh copy of the mini project with a small partner template."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "mini"
        shutil.copytree(ROOTS / "mini", root)
        (root / "templates").mkdir()
        shutil.copy(REPO / "templates" / "reference.docx", root / "templates")  # Word styles, as shipped
        (root / "templates" / "partner.md.j2").write_text(
            TEMPLATE.replace("@FUZZ@", template_fuzz), encoding="utf-8", errors="surrogatepass")
        yield root


def _dump(data) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1_000_000)


def _read(root: Path, name: str):
    return yaml.safe_load((root / "facts" / name).read_text(encoding="utf-8"))


def _write(root: Path, name: str, data) -> None:
    (root / "facts" / name).write_text(_dump(data), encoding="utf-8")


def build_clean(root: Path) -> list[Path]:
    """Build the korea brief in both formats: the files made, or [] after a clean error."""
    from briefgen.build import BriefRequest, build_brief
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    try:
        project = load_project(root)
        store = load_store(project)
        result = build_brief(project, store, BriefRequest("partner", "korea"), ("pdf", "docx"),
                             root / "out")
    except BriefgenError as exc:
        assert exc.problems and all(str(p) for p in exc.problems)
        _event(f"clean error: {type(exc).__name__}: {exc.problems[0].message[:40]}")
        return []
    _event("built")
    files = list(result.files.values())
    for path in files:
        assert_opens(path)
    return files


def _event(text: str) -> None:
    """Outcome statistics (pytest --hypothesis-show-statistics); nothing outside Hypothesis."""
    try:
        event(text)
    except InvalidArgument:
        pass


def assert_opens(path: Path) -> None:
    if path.suffix == ".docx":
        from docx import Document
        document = Document(str(path))
        "".join(p.text for p in document.paragraphs)
        "".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    else:
        from pypdf import PdfReader
        reader = PdfReader(str(path), strict=True)
        assert len(reader.pages) >= 1
        for page in reader.pages:
            page.extract_text()


# --- fact files --------------------------------------------------------------------------------

KEYS = ["id", "subject", "metric", "label", "value", "unit", "counted", "as_written", "qualifier",
        "period", "period_kind", "period_inferred", "text", "priority", "related", "tags",
        "equivalent_of", "preferred", "conflicts_with", "reason", "sources", "bogus"]
SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), TEXT,
                   st.sampled_from(["korea", "count", "USD", "percent", "../2019-03", "2019-13",
                                    "2019-01/2018-01", "1e400", ".nan", "-0", "12,930", "news.txt",
                                    "kr.banks", "point", "more_than", "2019-02-30"]))
VALUE = st.recursive(SCALAR, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(KEYS + ["seed", "quote"]), inner,
                                                 max_size=4)), max_leaves=10)
FACT = st.dictionaries(st.sampled_from(KEYS), VALUE, max_size=12)
RAW_YAML = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(["facts:", "  - id: x", "    sources:", "      - seed: news.txt",
                              "- [", "{", "}", "  quote: \"", "&a", "*a", "!!binary x", "? [a]",
                              ": b", "<<: *a", "\t", "---", "...", "%YAML 1.1", "- !!set {a}",
                              "facts: null", "facts: []", "facts: {}", "label: |", "  \x00"]),
             max_size=12).map("\n".join),
)


@FUZZ
@given(st.one_of(
    RAW_YAML,
    st.lists(FACT, max_size=3).map(lambda facts: _dump({"facts": facts})),
    st.dictionaries(st.sampled_from(["facts", "other"]), VALUE, max_size=2).map(_dump),
))
def test_random_fact_files_give_a_clean_error_or_store(text):
    from briefgen.config import load_project
    from briefgen.facts.store import read_store
    with tiny_project() as root:
        (root / "facts" / "fuzz.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
        store, problems = read_store(load_project(root))
        for problem in problems:
            assert str(problem) and problem.message
        if not problems:
            build_clean(root)


TEXT_CHANGE = st.tuples(st.sampled_from(["label", "text"]), TEXT)
CHANGE = st.one_of(
    TEXT_CHANGE, TEXT_CHANGE, TEXT_CHANGE,
    st.tuples(st.sampled_from(["reason", "counted", "as_written", "tags"]), TEXT),
    st.tuples(st.sampled_from(["value", "period", "unit", "qualifier", "period_kind", "priority",
                               "as_written", "related", "conflicts_with", "equivalent_of"]), SCALAR),
    st.tuples(st.sampled_from(KEYS), VALUE),
)


@FUZZ
@given(st.lists(CHANGE, min_size=1, max_size=3))
def test_valid_fact_with_one_random_field_builds_or_fails_cleanly(changes):
    """The shipped mini facts with fields replaced at random: the store loads and the brief
    builds, or both fail with located problems."""
    with tiny_project() as root:
        data = _read(root, "korea.yaml")
        for index, (key, value) in enumerate(changes):
            data["facts"][index % len(data["facts"])][key] = value
        _write(root, "korea.yaml", data)
        build_clean(root)


# --- Unicode in facts, entity names, quotes ----------------------------------------------------

@FUZZ
@given(label=TEXT, text=TEXT, name=NAME, city=NAME, organisation=NAME)
def test_unicode_in_facts_and_names(label, text, name, city, organisation):
    with tiny_project() as root:
        facts = _read(root, "korea.yaml")
        for fact in facts["facts"]:
            fact["label"] = label or fact["label"]
            if "text" in fact:
                fact["text"] = text or fact["text"]
        _write(root, "korea.yaml", facts)
        entities = _read(root, "entities.yaml")
        entities["partners"][0]["name"] = name
        entities["city"]["name"] = city
        _write(root, "entities.yaml", entities)
        config = root / "briefgen.yaml"
        settings_data = yaml.safe_load(config.read_text(encoding="utf-8"))
        settings_data["organisation"] = organisation
        config.write_text(_dump(settings_data), encoding="utf-8")
        build_clean(root)


SEED_DATE = st.one_of(st.sampled_from(["2019-05-20", "2019-02-30", "2019-13", "2019-00-10", "2019",
                                        "0000-01-01", "9999-12-31", None]), SCALAR)


@FUZZ
@given(quote=ENCODABLE, title=TEXT, date=SEED_DATE)
def test_unicode_in_quotes_and_seed_titles(quote, title, date):
    """A text fact whose quote is any text that is in its seed: the Sources list prints it."""
    with tiny_project() as root:
        seed = root / "seeds" / "news.txt"
        seed.write_text(seed.read_text(encoding="utf-8") + "\n\n" + quote + "\n", encoding="utf-8")
        facts = _read(root, "korea.yaml")
        facts["facts"].append({"id": "kr.fuzz", "subject": "korea", "metric": "platform",
                               "label": "Fuzz", "text": "Fuzzed quote.", "priority": 1,
                               "sources": [{"seed": "news.txt", "quote": quote}]})
        _write(root, "korea.yaml", facts)
        index = yaml.safe_load((root / "seeds" / "index.yaml").read_text(encoding="utf-8"))
        index["seeds"]["news.txt"]["title"] = title
        index["seeds"]["news.txt"]["date"] = date
        (root / "seeds" / "index.yaml").write_text(_dump(index), encoding="utf-8")
        build_clean(root)


# --- Unicode and Markdown in templates ---------------------------------------------------------

@FUZZ
@given(st.one_of(
    TEXT,
    st.lists(st.sampled_from(["# ", "## ", "- ", "1. ", "> ", "| a | b |\n| - | - |\n| ", "**",
                              "*", "`", "[x](", ")", "![a](", "\n\n", "```note\n", "```\n",
                              "```keyfigures\n- kr.banks\n", "```chart\nkind: bar\n",
                              "{priority=3}", "{{ fact('kr.banks') }}", "{{ entity.name }}"]),
             max_size=8).flatmap(lambda parts: TEXT.map(lambda t: "".join(parts) + t)),
))
def test_unicode_and_markdown_in_templates(fragment):
    with tiny_project(fragment) as root:
        build_clean(root)


@FUZZ
@given(TEXT, TEXT, st.booleans())
def test_unicode_in_front_matter(title, subtitle, quoted):
    if quoted:  # as `{{ x | yaml }}` writes it
        title, subtitle = (json.dumps(t, ensure_ascii=False) for t in (title, subtitle))
    with tiny_project() as root:
        template = root / "templates" / "partner.md.j2"
        text = template.read_text(encoding="utf-8")
        text = text.replace("title: {{ entity.name | yaml }}", f"title: {title}", 1)
        text = text.replace("subtitle: Partner brief · {{ fact(\"kr.banks\").id | yaml }}",
                            f"subtitle: {subtitle}", 1)
        template.write_text(text, encoding="utf-8", errors="surrogatepass")
        build_clean(root)


# --- the CLI: exit 1 with error lines, never a traceback ---------------------------------------

@settings(max_examples=max(EXAMPLES // 2, 1), deadline=None,
          suppress_health_check=list(HealthCheck))
@given(RAW_YAML)
def test_cli_reports_broken_fact_files_as_errors(text):
    from click.testing import CliRunner

    from briefgen.cli import main
    with tiny_project() as root:
        (root / "facts" / "fuzz.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
        for args in (["facts", "check"], ["build", "partner", "korea", "--format", "pdf"]):
            result = CliRunner().invoke(main, ["--project", str(root), *args])
            assert result.exception is None or isinstance(result.exception, SystemExit), \
                result.exception
            assert result.exit_code in (0, 1)
            if result.exit_code == 1:
                assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr


# --- directives: chart specs and key figures with random bodies ---------------------------------

FACT_IDS = st.sampled_from(["kr.fdi-signed", "kr.trade-q1", "kr.trade-growth", "kr.projects",
                            "kr.investor-rank", "kr.banks", "kr.none", ""])
CHART_SPEC = st.fixed_dictionaries(
    {"kind": st.sampled_from(["column", "hbar", "bar", "line", "grouped", "stacked",
                              "before_after", "big_number", "donut", "pie", ""]),
     "title": st.one_of(ENCODABLE, SCALAR)},
    optional={"facts": st.one_of(st.lists(FACT_IDS, max_size=4), SCALAR),
              "labels": st.one_of(st.dictionaries(FACT_IDS, ENCODABLE, max_size=3),
                                  st.lists(st.one_of(st.none(), ENCODABLE), max_size=3), SCALAR),
              "series": st.dictionaries(ENCODABLE, st.lists(FACT_IDS, max_size=3), max_size=3),
              "metric": st.sampled_from(["trade_volume", "growth_yoy", "count", "nope"]),
              "subjects": st.lists(st.sampled_from(["korea", "club", "testcity", "x"]), max_size=3),
              "subject": st.sampled_from(["korea", "club", "x"]),
              "growth": st.one_of(st.dictionaries(FACT_IDS, FACT_IDS, max_size=2), SCALAR),
              "allow_mixed": st.one_of(st.sampled_from(["measures", "periods", "units"]), SCALAR),
              "whole": FACT_IDS, "rest": ENCODABLE, "subtitle": ENCODABLE,
              "height": st.one_of(st.integers(-10, 400), SCALAR),
              "period": st.sampled_from(["2018", "../2019-03", "x"])})
KEYFIGURES = st.lists(st.one_of(FACT_IDS, st.fixed_dictionaries(
    {"fact": FACT_IDS}, optional={"label": st.one_of(ENCODABLE, SCALAR),
                                  "as_of": st.one_of(ENCODABLE, SCALAR)})), max_size=7)
OPTIONS = st.lists(st.sampled_from(["priority=2", "priority=9", "height=40", "height=-3",
                                    "height=x", "title=\"T\"", "bogus=1", "=", "a=b=c"]),
                   max_size=2).map(" ".join)


@FUZZ
@given(st.one_of(CHART_SPEC.map(lambda spec: ("chart", spec)),
                 KEYFIGURES.map(lambda items: ("keyfigures", items))), OPTIONS)
def test_random_chart_specs_and_key_figures(directive, options):
    name, body = directive
    fence = f"```{name} {options}\n{_dump(body)}```\n"
    with tiny_project(fence) as root:
        build_clean(root)


# --- what fuzzing found, kept as plain tests ---------------------------------------------------




@pytest.mark.parametrize("text, message", [
    ("? [a]\n: b\n", "a key must be plain text, not a list or mapping"),  # was a TypeError
    ("{[a]: 1}", "a key must be plain text"),
    ("a: !!float abc", "'abc' is not a number"),  # was decimal.InvalidOperation
])
def test_yaml_that_once_raised_tracebacks(text, message):
    from briefgen.yamlio import loads
    with pytest.raises(BriefgenError, match=message):
        loads(text, "x.yaml")


def test_yaml_special_floats_and_sexagesimal_read_exactly():
    from decimal import Decimal

    from briefgen.yamlio import loads
    data = loads("a: -.inf\nb: .NaN\nc: 190:20:30.15\nd: -1:30.5\ne: 1_000.5\n")
    assert data["a"] == Decimal("-Infinity") and data["b"].is_nan()  # -.inf was an error
    assert (data["c"], data["d"], data["e"]) == (Decimal("685230.15"), Decimal("-90.5"),
                                                 Decimal("1000.5"))
    assert list(loads("1: x\ntrue: y\nnull: z\n")) == ["1", "true", "null"]  # keys are text


@pytest.mark.parametrize("change, message", [
    (("facts/entities.yaml", "name: South Korea", "name: " + "K" * 256),
     "facts/entities.yaml:3: partners/0/name: 256 characters long; at most 255"),
    (("briefgen.yaml", "organisation: Test office", "organisation: " + "O" * 300),
     "briefgen.yaml:2: organisation: "),
    (("templates/partner.md.j2", "title: {{ entity.name | yaml }}", "title: " + "T" * 300),
     "templates/partner.md.j2:2: front matter title: 300 characters long; a document property "
     "holds at most 255 (shorten the title)"),  # python-docx raised ValueError past 255
    (("templates/partner.md.j2", "header:", "keywords: 5\nheader:"),
     "templates/partner.md.j2:4: front matter keywords: must be a list of words"),
    (("templates/partner.md.j2", "header:", "max_pages: many\nheader:"),
     "templates/partner.md.j2:4: front matter max_pages: 'many' is not a whole number"),
    (("templates/partner.md.j2", "header:", "bad: x: y\nheader:"),
     "templates/partner.md.j2:4: invalid YAML in the front matter"),  # said "in directive"
    (("templates/partner.md.j2", "header:", "produced: yesterday\nheader:"),
     "templates/partner.md.j2:4: front matter produced: 'yesterday' is not a date"),  # ValueError
    (("templates/partner.md.j2", "header:", "produced: 2019-02-30\nheader:"),
     "templates/partner.md.j2:4: invalid YAML in the front matter: day is out of range for month"),
    (("templates/partner.md.j2", "- kr.trade-growth", "- {fact: kr.trade-growth, as_of: 2019-13-01}"),
     "templates/partner.md.j2:14: invalid YAML in directive: month must be in 1..12"),
])
def test_long_names_and_bad_front_matter_are_located_errors(change, message):
    from click.testing import CliRunner

    from briefgen.cli import main
    name, old, new = change
    with tiny_project() as root:
        path = root / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        result = CliRunner().invoke(main, ["--project", str(root), "build", "partner", "korea"])
        assert result.exit_code == 1 and message in result.stderr, result.stderr


def test_c1_control_characters_in_a_label_build():
    """A C1 control character reached the key figures' YAML, which refused it."""
    with tiny_project() as root:
        facts = _read(root, "korea.yaml")
        facts["facts"][3]["label"] = "Korean\x86 projects\x9f"
        _write(root, "korea.yaml", facts)
        assert build_clean(root)


def test_template_not_utf8_is_a_located_error():
    with tiny_project() as root:
        (root / "templates" / "partner.md.j2").write_bytes(b"---\ntitle: \xed\xa0\x80\n---\n")
        with pytest.raises(BriefgenError, match=r"not UTF-8 text") as info:
            from briefgen.build import BriefRequest, build_brief
            from briefgen.config import load_project
            from briefgen.facts.store import load_store
            project = load_project(root)
            build_brief(project, load_store(project), BriefRequest("partner", "korea"), ("pdf",),
                        root / "out")
        assert info.value.problems[0].path == "templates/partner.md.j2"


def test_a_block_taller_than_a_page_names_its_template_line():
    """reportlab's LayoutError surfaced as 'cannot lay out the PDF: Flowable <Table@0x…>'."""
    with tiny_project() as root:
        facts = _read(root, "korea.yaml")
        facts["facts"][5]["text"] = "W" * 4_800  # within the characters a page may hold
        _write(root, "korea.yaml", facts)
        from click.testing import CliRunner

        from briefgen.cli import main
        result = CliRunner().invoke(main, ["--project", str(root), "build", "partner", "korea"])
        assert result.exit_code == 1
        assert ("templates/partner.md.j2:29: Callout \"South Korea\" is taller than a page and "
                "cannot be split") in result.stderr, result.stderr
