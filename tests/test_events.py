"""Event editions: scaffold, validation with lines, the event brief, the event pack, overrides,
and event templates as untrusted input."""

from __future__ import annotations

import json
import shutil
import warnings
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefgen.errors import BriefgenWarning
from conftest import REPO
from pdf_checks import outline_documents

NOTHING_TO_SHOW = ".*almost nothing to show"
EXAMPLES = ("qingdao-week-germany", "hk-macao-shandong-week", "sco-trade-fair")


def copy_project(target: Path) -> Path:
    """The shipped Qingdao project (config, facts, seeds, templates, events), safe to modify."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "briefgen.yaml", target)
    for folder in ("facts", "seeds", "templates", "events"):
        shutil.copytree(REPO / folder, target / folder, ignore=shutil.ignore_patterns("_inbox"))
    return target


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path / "qingdao")


@pytest.fixture(scope="module")
def shared(tmp_path_factory) -> Path:
    """One copy for the tests that only read and build (each into its own --out)."""
    return copy_project(tmp_path_factory.mktemp("shared") / "qingdao")


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def docx_text(path: Path) -> str:
    from docx import Document
    document = Document(path)
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells).replace("\u00a0", " ")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


# --- scaffold -------------------------------------------------------------------------------

def _keys(schema: dict, prefix: str = "") -> set[str]:
    found = set()
    for key, sub in schema.get("properties", {}).items():
        found.add(prefix + key)
        found |= _keys(sub, f"{prefix}{key}.")
    return found


def _written(data, prefix: str = "") -> set[str]:
    found = set()
    for key, value in (data or {}).items():
        found.add(prefix + key)
        if isinstance(value, dict):
            found |= _written(value, f"{prefix}{key}.")
    return found


def test_new_event_writes_every_key_commented_and_builds(run, project):
    from briefgen.schemas import EVENT
    from briefgen.yamlio import load
    result = run("--project", project, "new-event", "japan-week")
    assert result.exit_code == 0, result.stderr
    path = project / "events" / "japan-week" / "event.yaml"
    keys = _written(load(path))
    list_items = {"agenda", "contacts"}  # their item keys are shown in the comments
    expected = {k for k in _keys(EVENT) if k.split(".")[0] not in list_items or "." not in k}
    assert keys == expected
    text = path.read_text()
    for key in ("title", "call_to_action", "font_family", "logo", "featured_metrics"):
        line = next(x for x in text.splitlines() if x.strip().startswith(f"{key}:"))
        assert "#" in line, f"{key} has no comment"
    example = project / "events" / "japan-week" / "templates" / "partner.md.j2.example"
    assert "base/partner.md.j2" in example.read_text()
    # the page is nearly empty: a warning on stderr says what to fill in; the build succeeds
    import subprocess
    import sys
    built = subprocess.run([sys.executable, "-m", "briefgen.cli", "--project", str(project), "build",
                            "event", "japan-week", "--format", "pdf"], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    assert "Japan Week" in pdf_text(project / "out" / "events" / "japan-week" / "event-japan-week.pdf")
    line = line_of(path, "partners:")
    assert built.stderr.splitlines() == [
        f"warning: events/japan-week/event.yaml:{line}: the event brief has almost nothing to show "
        "yet: fill in partners, sectors, highlights, dates and venue (see docs/events.md)"]


def test_a_filled_in_event_builds_without_a_warning(run, project):
    run("--project", project, "new-event", "japan-week")
    path = project / "events" / "japan-week" / "event.yaml"
    edit(path, "partners: []", "partners: [germany]")
    with warnings.catch_warnings():
        warnings.filterwarnings("error", NOTHING_TO_SHOW, BriefgenWarning)
        built = run("--project", project, "build", "event", "japan-week", "--format", "pdf")
    assert built.exit_code == 0, built.stderr


def test_new_event_refuses_to_overwrite(run, project):
    result = run("--project", project, "new-event", "qingdao-week-germany")
    assert result.exit_code == 1
    assert "events/qingdao-week-germany/ already exists" in result.stderr
    assert "Qingdao Week in Germany" in (project / "events/qingdao-week-germany/event.yaml").read_text()


@pytest.mark.parametrize("name", ["../outside", "Big-Week", "a/b", "café-week", "", "x" * 70, "week\n"])
def test_event_names_must_be_safe_slugs(run, project, name):
    for command in (("new-event", name), ("build", "event", name), ("pack", "--event", name)):
        result = run("--project", project, *command)
        assert result.exit_code == 1 and "is not a slug" in result.stderr, command
    assert not (project.parent / "outside").exists()


# --- validation: path:line: message (hint), exit 1, never a traceback ---------------------------

GERMANY = "events/qingdao-week-germany/event.yaml"

BAD = [  # (old text, new text, the line's marker in the edited file, message)
    ("audience: German", "colour: red\naudience: German", "colour: red", "unknown key 'colour'"),
    ('  accent: "#B5121B"', '  accent: "#B5121B"\n  accnt: "#000000"', "accnt:",
     "unknown key 'accnt' in theme (did you mean 'accent'?)"),
    ('primary: "#1D3557"', "primary: navy", "primary: navy",
     "theme.primary: 'navy' is not a colour written #RRGGBB"),
    ("  - title: Seminar on Qingdao", "  - titel: Seminar on Qingdao", "titel:",
     "unknown key 'titel' in agenda[0] (did you mean 'title'?)"),
    ('primary: "#1D3557"', "primary: #1D3557", "primary: #1D3557", "YAML reads # as the start of a comment"),
    ('primary: "#1D3557"', 'primary: "#F5D000"', "primary:", "too light"),
    ("font_family: Arial", "font_family: Comic Sans MS", "font_family:", "font 'Comic Sans MS' is not supported"),
    ("logo: logo.png", "logo: missing.png", "logo:", "logo 'missing.png' not found in events/qingdao-week-germany/"),
    ("logo: logo.png", "logo: ../../briefgen.yaml", "logo:", "is outside the event folder"),
    ("logo: logo.png", "logo: /etc/passwd", "logo:", "is outside the event folder"),
    ("logo: logo.png", "logo: event.yaml", "logo:", "is not a PNG or JPEG image"),
    ("partners: [germany]", "partners: [germny]", "partners:", "unknown partner 'germny' (did you mean 'germany'?)"),
    ("sectors: [fashion-tourism, finance", "sectors: [fashion-tourism, fnance", "sectors:", "unknown sector 'fnance'"),
    ("  - de.krups-eco-park", "  - de.krups-park", "de.krups-park", "highlights: unknown fact 'de.krups-park'"),
    ("featured_metrics: [trade_volume", "featured_metrics: [trade_volum", "featured_metrics:", "unknown metric 'trade_volum'"),
    ("  fact: de.tourism-seminar-2019-06-05", "  fact: de.nope", "fact: de.nope", "agenda item 1: unknown fact 'de.nope'"),
    ("  start: 2019-06", "  start: 2018-06", "start: 2018-06", "do not match the period 2019-06"),
    ("  start: 2019-06", "  start: 2019-13", "start: 2019-13", "is not a date"),
    ("  start: 2019-06", "  start: 2019-02-30", "start: 2019-02-30", "is not a date in the calendar"),
    ("featured_facts: []", "featured_facts: [de.eco-park]", "featured_facts:", "has no figure to show"),
    ("  country: Germany", "  country: France", "country: France", "venue.country 'France' is not in the quote"),
    ("audience: German companies", "audience: 356 German companies", "audience:", "the figure '356' is typed"),
    ("  Germany.", "  Germany. US$2.6 billion invested.", "call_to_action:",
     "the figure '2.6' is typed"),
    ("name: Qingdao Week in Germany", "name: null", "name: null", "name: None is not of type 'string'"),
]


@pytest.mark.parametrize("old, new, marker, message", BAD, ids=[b[3][:40] for b in BAD])
def test_event_yaml_errors_name_file_and_line(run, project, old, new, marker, message):
    path = project / GERMANY
    edit(path, old, new)
    line = line_of(path, marker)
    for command in (("build", "event", "qingdao-week-germany"), ("pack", "--event", "qingdao-week-germany")):
        result = run("--project", project, *command)
        assert result.exit_code == 1, result.output
        assert f"error: {GERMANY}:{line}: " in result.stderr, result.stderr
        assert message in result.stderr, result.stderr
        assert "(" in result.stderr.split(message)[-1] or "(" in message, "no hint"
        assert "Traceback" not in result.output + result.stderr
    assert not (project / "out").exists()


def test_all_problems_are_reported_at_once(run, project):
    path = project / GERMANY
    edit(path, "partners: [germany]", "partners: [germny]")
    edit(path, "logo: logo.png", "logo: missing.png")
    result = run("--project", project, "build", "event", "qingdao-week-germany")
    assert result.exit_code == 1 and "2 problems" in result.stderr


def test_logo_symlink_out_of_the_folder_is_refused(run, project):
    folder = project / "events" / "qingdao-week-germany"
    (folder / "logo.png").unlink()
    (folder / "logo.png").symlink_to(REPO / "events" / "hk-macao-shandong-week" / "logo.png")
    result = run("--project", project, "build", "event", "qingdao-week-germany")
    assert result.exit_code == 1 and "is outside the event folder" in result.stderr


def test_unknown_event_and_invalid_yaml(run, project):
    result = run("--project", project, "build", "event", "no-such-week")
    assert result.exit_code == 1 and "events/no-such-week/event.yaml not found" in result.stderr
    assert "briefgen new-event no-such-week" in result.stderr
    assert "known events: hk-macao-shandong-week, qingdao-week-germany, sco-trade-fair" in result.stderr
    edit(project / GERMANY, "partners: [germany]", "partners: [germany")
    result = run("--project", project, "build", "event", "qingdao-week-germany")
    assert result.exit_code == 1 and f"{GERMANY}:" in result.stderr and "invalid YAML" in result.stderr


@pytest.mark.parametrize("content, message", [
    (b"", "'name' is required"),
    (b"\xff\xfe\x00bad", "not UTF-8 text"),
    (b"- a\n- b\n", "is not of type 'object'"),
    (b"name: x\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n",
     "YAML aliases (*name) are not allowed"),
    (b"name: x\n" + b"# padding\n" * 20000, "larger than 100 kB"),
])
def test_hostile_event_files_fail_cleanly(run, project, content, message):
    (project / "events" / "bad").mkdir()
    (project / "events" / "bad" / "event.yaml").write_bytes(content)
    result = run("--project", project, "build", "event", "bad")
    assert result.exit_code == 1 and "events/bad/event.yaml" in result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr


def test_config_and_event_cannot_be_combined(run, shared):
    result = run("--project", shared, "pack", "--event", "sco-trade-fair", "--config", "pack.yaml")
    assert result.exit_code == 1 and "cannot be combined" in result.stderr


# --- the event brief ------------------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("qingdao-week-germany", ["Qingdao Week in Germany", "When: June 2019", "Where: Germany",
                              "Germany is Qingdao's largest European investor", "US$2.37 billion",
                              "Projects signed into the Sino-German Eco-Park", "Frankfurt",
                              "Qingdao Industrial and Business Center in Germany"]),
    ("hk-macao-shandong-week", ["Hong Kong–Macao–Shandong Week", "When: May 2024",
                                "Where: Hong Kong", "US$1.66 billion", "6,444",
                                "does not give the dates of the week"]),
    ("sco-trade-fair", ["First SCO International Trade and Investment Fair", "24–26 May 2019",
                        "Jiaozhou, Qingdao", "423", "Pakistan", "Demonstration Zone"]),
])
def test_event_brief_is_one_page_with_cited_figures(run, shared, tmp_path, name, expected):
    with warnings.catch_warnings():
        warnings.filterwarnings("error", NOTHING_TO_SHOW, BriefgenWarning)  # it shows enough
        result = run("--project", shared, "build", "event", name, "--out", tmp_path)
    assert result.exit_code == 0, result.stderr
    pdf, docx = tmp_path / f"event-{name}.pdf", tmp_path / f"event-{name}.docx"
    assert len(PdfReader(pdf).pages) == 1
    text, words = pdf_text(pdf), docx_text(docx)
    for needle in expected:
        assert needle in text.replace("\n", " "), needle
        assert needle in words.replace("\n", " "), needle
    assert "Sources" in text and "[1]" in text


def test_event_brief_figures_all_come_from_facts(shared):
    """Every key figure and every cited number in the brief is a fact of the store."""
    from briefgen import events
    from briefgen.build import compose
    from briefgen.config import load_project
    from briefgen.document import KeyFigures
    from briefgen.facts.store import load_store
    project = load_project(shared)
    store = load_store(project)
    for name in EXAMPLES:
        event = events.load_event(project, store, name)
        document, used = compose(events.themed(project, event), events.with_event(store, event),
                                 events.brief_request(event))
        panel = next(b for b in document.blocks if isinstance(b, KeyFigures))
        assert len(panel.items) == len(event.figures) and 4 <= len(panel.items) <= 6
        assert set(event.figures) <= set(used)
        assert set(event.highlights) <= set(used)


def test_shipped_event_briefs_fit_whole_and_cite_every_source(shared):
    """Nothing is dropped or shrunk to fit, and every listed source is cited on the page."""
    import dataclasses

    from briefgen import events
    from briefgen import document as d
    from briefgen.build import compose, fit_brief
    from briefgen.config import load_project
    from briefgen.facts.store import load_store

    def numbers(value):
        if isinstance(value, d.CitationRef):
            yield value.number
        elif dataclasses.is_dataclass(value) and not isinstance(value, d.Sources):
            for f in dataclasses.fields(value):
                if f.name == "citations":  # key figures and charts cite by number
                    yield from getattr(value, f.name)
                else:
                    yield from numbers(getattr(value, f.name))
        elif isinstance(value, (tuple, list)):
            for item in value:
                yield from numbers(item)

    project = load_project(shared)
    store = load_store(project)
    for name in EXAMPLES:
        event = events.load_event(project, store, name)
        themed = events.themed(project, event)
        document, _ = compose(themed, events.with_event(store, event), events.brief_request(event))
        fitted = fit_brief(document, themed)
        assert not fitted.layout.dropped and fitted.layout.base_size is None, (name, fitted.layout)
        cited = set(numbers(fitted.blocks))
        listed = {e.number for b in fitted.blocks if isinstance(b, d.Sources) for e in b.entries}
        assert listed == cited, name


def test_event_theme_colours_reach_both_formats(run, shared, tmp_path):
    run("--project", shared, "build", "event", "hk-macao-shandong-week", "--out", tmp_path)
    from docx import Document
    styles = Document(tmp_path / "event-hk-macao-shandong-week.docx").styles
    colours = {str(s.font.color.rgb) for s in styles if getattr(s, "font", None) is not None
               and s.font.color is not None and s.font.color.type is not None}
    assert "7A1F3D" in colours
    content = b"".join(p.get_contents().get_data() for p in PdfReader(
        tmp_path / "event-hk-macao-shandong-week.pdf").pages)
    assert b"0.478431 0.121569 0.239216" in content or b".478431 .121569 .239216" in content


def test_typed_figures():
    from briefgen.typed_figures import typed_figures
    assert typed_figures("US$1.66 billion in projects") == ["1.66"]
    assert typed_figures("16 project agreements") == ["16"]
    assert typed_figures("up 35% on the year") == ["35"]
    assert typed_figures("RMB 300 for lunch") == ["300"]
    assert typed_figures("exports of 1.51 and 2.6") == ["1.51", "2.6"]
    for fine in ("Qingdao Week 2019", "from 2 to 7 June", "24–26 May 2019", "May 28",
                 "opens at 9:30am", "Hall 3", "the 2nd forum", "COVID-19 and 5G", "2024-05-28"):
        assert typed_figures(fine) == [], fine


# --- the event pack ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def germany_pack(shared):
    from click.testing import CliRunner

    from briefgen.cli import main
    result = CliRunner().invoke(main, ["--project", str(shared), "pack", "--event",
                                       "qingdao-week-germany", "--jobs", "2"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return shared / "out" / "events" / "qingdao-week-germany"


def test_event_pack_has_cover_event_brief_first_and_bookmarks(germany_pack):
    pdf = germany_pack / "qingdao-week-germany-pack.pdf"
    reader = PdfReader(pdf)
    cover = reader.pages[0].extract_text()
    for needle in ("Qingdao Week in Germany", "June 2019", "Germany", "Partners in focus",
                   "Sectors on the agenda", "Fashion and tourism"):
        assert needle in cover, needle
    assert reader.pages[0]["/Resources"].get("/XObject"), "the logo is not on the cover"
    assert "Contact" in cover and "Page 1 of" not in cover  # the pack cover's treatment
    assert "Qingdao in figures" not in cover  # the event brief that follows has its figures
    titles = [o.title for o in outline_documents(reader)]
    assert titles[2:] == ["Qingdao Week in Germany", "Germany", "Fashion and tourism",
                          "Finance and venture capital", "Investment promotion", "Sources"]
    assert "Event" in reader.pages[1].extract_text()  # the contents names the kind
    manifest = json.loads((germany_pack / "manifest.json").read_text())
    assert list(manifest["documents"])[0] == "event-qingdao-week-germany"
    docx = docx_text(germany_pack / "qingdao-week-germany-pack.docx")
    assert "Qingdao Week in Germany" in docx and "Partners in focus" in docx


def test_event_pack_rebuild_with_unchanged_inputs_renders_nothing(run, shared, germany_pack):
    before = (germany_pack / "qingdao-week-germany-pack.pdf").stat().st_mtime_ns
    result = run("--project", shared, "pack", "--event", "qingdao-week-germany", "--jobs", "1")
    assert result.exit_code == 0
    assert (germany_pack / "qingdao-week-germany-pack.pdf").stat().st_mtime_ns == before


# --- template overrides from events/NAME/templates/ ---------------------------------------------

def test_event_templates_override_named_blocks(run, project, tmp_path):
    templates = project / "events" / "qingdao-week-germany" / "templates"
    templates.mkdir()
    (templates / "partner.md.j2").write_text(
        '{% extends "base/partner.md.j2" %}\n'
        "{% block subtitle %}Partner brief · {{ event.name }}{% endblock %}\n")
    (templates / "event.md.j2").write_text(
        '{% extends "base/event.md.j2" %}\n'
        "{% block agenda %}\n\n## Programme\n\nThe programme follows by e-mail.\n{% endblock %}\n")
    (templates / "pack").mkdir()
    (templates / "pack" / "event-cover.md.j2").write_text(
        '{% extends "base/pack/event-cover.md.j2" %}\n'
        "{% block introduction %}\n\nWelcome to {{ event.name }}.\n{% endblock %}\n")
    result = run("--project", project, "pack", "--event", "qingdao-week-germany",
                 "--format", "pdf", "--jobs", "1", "--out", tmp_path)
    assert result.exit_code == 0, result.stderr
    cover = PdfReader(tmp_path / "qingdao-week-germany-pack.pdf").pages[0].extract_text()
    assert "Welcome to Qingdao Week in Germany." in cover and "In this edition" not in cover
    assert "At a glance" in cover  # the cover's other blocks are kept
    event = (tmp_path / "event-qingdao-week-germany.pdf")
    text = pdf_text(event)
    assert "The programme follows by e-mail." in text and "Museum of Hamburg History" not in text
    assert "Qingdao Industrial and Business Center in Germany" in text  # other blocks kept
    partner = pdf_text(tmp_path / "partner-germany.pdf")
    assert "Partner brief · Qingdao Week in Germany" in partner
    assert "Cooperation platforms" in partner  # the rest of the base template is kept
    sector = pdf_text(tmp_path / "sector-finance.pdf")
    assert "Qingdao investor briefs · Qingdao Week in Germany" in sector  # the running header
    assert "Sector brief · Qingdao" in sector  # not overridden for sectors


@pytest.mark.parametrize("file, text, line, message", [
    ("event.md.j2", '{% extends "base/event.md.j2" %}\n{% block intrro %}\n\nHello.\n{% endblock %}\n',
     2, "unknown block 'intrro': 'base/event.md.j2' defines no block of that name, so this one "
        "would never be printed (did you mean 'intro'?)"),
    ("event.md.j2", '{% extends "base/event.md.j2" %}\n\n{% block nosuch %}\nHello.\n{% endblock %}\n',
     3, "unknown block 'nosuch': 'base/event.md.j2' defines no block of that name, so this one "
        "would never be printed (the blocks it can replace: agenda, asof, body, chart, contacts, "
        "footer, header, highlights, intro, keyfigures, partners, platforms, positioning, sectors, "
        "subtitle, title, when_where)"),
    ("partner.md.j2", '{% extends "base/partner.md.j2" %}\n{% block subtitel %}Partner brief{% endblock %}\n',
     2, "unknown block 'subtitel': 'base/partner.md.j2' defines no block of that name, so this one "
        "would never be printed (did you mean 'subtitle'?)"),
], ids=["misspelled", "unknown", "partner-override"])
def test_a_misspelled_block_override_is_an_error(run, project, tmp_path, file, text, line, message):
    templates = project / "events" / "qingdao-week-germany" / "templates"
    templates.mkdir()
    (templates / file).write_text(text)
    where = f"events/qingdao-week-germany/templates/{file}:{line}: "
    for command in (("build", "event", "qingdao-week-germany"),
                    ("pack", "--event", "qingdao-week-germany", "--jobs", "1")):
        out = tmp_path / command[0]
        result = run("--project", project, *command, "--out", out)
        if file == "partner.md.j2" and command[0] == "build":
            assert result.exit_code == 0, result.stderr  # the event brief does not use it
            continue
        assert result.exit_code == 1, result.output
        assert f"{where}{message}" in result.stderr, result.stderr
        assert "Traceback" not in result.output + result.stderr
        assert not out.exists() or not any(out.iterdir())


def test_event_text_is_literal_in_every_page(run, project, tmp_path):
    """Quotes, colons, # and markup in event.yaml print as written (front matter included)."""
    hostile = '"Qingdao Week": Germany # R&D <b>*x*</b>'
    edit(project / GERMANY, "name: Qingdao Week in Germany", "name: " + json.dumps(hostile))
    result = run("--project", project, "pack", "--event", "qingdao-week-germany", "--format", "pdf",
                 "--jobs", "1", "--out", tmp_path)
    assert result.exit_code == 0, result.stderr
    reader = PdfReader(tmp_path / "qingdao-week-germany-pack.pdf")
    for number in (0, 1, 2):  # cover, contents, event brief
        assert hostile in reader.pages[number].extract_text(), number


UNSAFE = [
    ("{{ ''.__class__ }}", "unsafe"),
    ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "unsafe"),
    ("{% include '/etc/passwd' %}", "not found"),
    ("{% include '../../../briefgen.yaml' %}", "not found"),
    ("{% import 'os' as os %}", "not found"),
    ("{% from 'subprocess' import run %}", "not found"),
    ("{{ project.root }}", "unsafe"),
    ("{{ project.path('facts').joinpath('entities.yaml').read_text() }}", "cannot use"),
    ("{{ event.folder.parent }}", "unsafe"),
    ("{{ store.facts.clear() }}", "unsafe"),
    ("{{ 'x' * 10 ** 9 }}", "longer than"),
    ("{{ 2 ** 100000 }}", "exponent"),
]


@pytest.mark.parametrize("expression, message", UNSAFE, ids=[u[0] for u in UNSAFE])
def test_event_templates_are_sandboxed(run, project, expression, message):
    templates = project / "events" / "qingdao-week-germany" / "templates"
    templates.mkdir()
    (templates / "event.md.j2").write_text(
        '{% extends "base/event.md.j2" %}\n{% block agenda %}\n\n## Programme\n\n'
        f"{expression}\n{{% endblock %}}\n")
    result = run("--project", project, "build", "event", "qingdao-week-germany")
    assert result.exit_code == 1, result.output
    where = "events/qingdao-week-germany/templates/event.md.j2:6: "
    assert f"error: {where}" in result.stderr and message in result.stderr, result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert not (project / "out").exists()


def test_event_figure_directive_cannot_read_outside_the_project(run, project):
    templates = project / "events" / "qingdao-week-germany" / "templates"
    templates.mkdir()
    (templates / "event.md.j2").write_text(
        '{% extends "base/event.md.j2" %}\n{% block agenda %}\n\n'
        "```figure\nimage: /etc/hostname\nalt: x\n```\n{% endblock %}\n")
    result = run("--project", project, "build", "event", "qingdao-week-germany")
    assert result.exit_code == 1 and "outside" in result.stderr and "Traceback" not in result.stderr


def test_readme_command_table_lists_the_event_commands():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = [line for line in readme.splitlines() if line.startswith("| `briefgen ")]
    for command in ("`briefgen new-event NAME`", "`briefgen build event NAME`", "[--event NAME]`"):
        assert any(command in row for row in table), command
    assert "docs/events.md" in readme


@pytest.mark.filterwarnings(f"ignore:{NOTHING_TO_SHOW}")  # the empty scaffold: known, tested above
def test_event_pack_needs_partners_or_sectors(run, project):
    run("--project", project, "new-event", "empty-week")
    result = run("--project", project, "pack", "--event", "empty-week")
    line = line_of(project / "events/empty-week/event.yaml", "partners:")
    assert result.exit_code == 1
    assert f"events/empty-week/event.yaml:{line}: the pack of event 'empty-week' would hold no" in result.stderr
    assert not (project / "out").exists()


def test_a_new_logo_under_the_same_name_rebuilds_the_cover(run, project, tmp_path):
    args = ("--project", project, "pack", "--event", "sco-trade-fair", "--format", "pdf",
            "--jobs", "1", "--out", tmp_path)
    assert run(*args).exit_code == 0
    before = (tmp_path / "sco-trade-fair-pack.pdf").read_bytes()
    shutil.copy(REPO / "events/qingdao-week-germany/logo.png", project / "events/sco-trade-fair/logo.png")
    assert run(*args).exit_code == 0
    assert (tmp_path / "sco-trade-fair-pack.pdf").read_bytes() != before
