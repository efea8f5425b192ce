"""Names from users (subject slugs, pack file names, event names, output names) can never make a
build write outside its output folder; the CLI refuses them with a clean error."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.errors import BriefgenError, RenderError
from briefgen.outputs import MAX_NAME, inside, safe_name
from conftest import REPO

HOSTILE = [
    "../x", "../../etc/passwd", "/etc/passwd", "/", "", ".", "..", "...", "a/../../b",
    "a/b/../../../c", "x\x00y", "\x00", "C:\\Windows\\x", "..\\..\\x", "~/x", "$HOME/x",
    "name\n", "\t", "-rf", " ", "nul", "CON.pdf", "x" * 5000, "é" * 300, "東京/../大阪",
    "שלום", "مرحبا", "🎉", "\u202e\u2066evil", "a\udc80b",
]


# --- safe_name: a plain file name whatever it is given -----------------------------------------

_SAFE = re.compile(r"\A[a-z0-9](?:[a-z0-9._-]*[a-z0-9_])?\Z")


def _check_safe(name: str) -> None:
    slug = safe_name(name)
    assert _SAFE.match(slug), (name, slug)
    assert ".." not in slug and len(slug) <= MAX_NAME + 1
    assert slug.split(".")[0] not in ("con", "prn", "aux", "nul")


@pytest.mark.parametrize("name", HOSTILE)
def test_safe_name_of_hostile_names(name):
    _check_safe(name)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec=None), max_size=300))
def test_safe_name_of_any_text(name):
    _check_safe(name)


STABLE_LONG_NAME = "partner-" + "a" * 63 + "-1ecde9de"


def test_safe_name_keeps_plain_names_and_separates_lossy_ones():
    assert safe_name("partner-korea") == "partner-korea"
    assert safe_name("Qingdao Week/../x") == "qingdao-week-x"
    assert safe_name("event-東京") != safe_name("event-大阪")  # not both 'event'
    long_a, long_b = "partner-" + "a" * 200, "partner-" + "a" * 199 + "b"
    assert safe_name(long_a) != safe_name(long_b)
    assert len(safe_name(long_a)) <= MAX_NAME and safe_name(long_a).startswith("partner-aaaa")
    # the same in every process (no per-process hash): rebuilt outputs keep their names
    assert safe_name(long_a) == STABLE_LONG_NAME


# --- inside: the only way an output path is made -----------------------------------------------

@pytest.mark.parametrize("name", ["../x.pdf", "../../etc/passwd", "/etc/passwd", "/", "", ".",
                                  "..", "a/../../b.pdf", "sub/../../x", "x\x00.pdf", "\x00"])
def test_inside_refuses_names_that_leave_the_folder(tmp_path, name):
    with pytest.raises(RenderError) as info:
        inside(tmp_path / "out", name)
    assert "use a plain name" in str(info.value)


def test_inside_refuses_a_symlink_that_points_outside(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "precious.txt").write_text("keep")
    (out / "brief.pdf").symlink_to(tmp_path / "precious.txt")
    with pytest.raises(RenderError):
        inside(out, "brief.pdf")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_inside_of_a_safe_name_is_always_inside(tmp_path_factory, name):
    out = tmp_path_factory.getbasetemp() / "out"
    target = inside(out, f"{safe_name(name)}.pdf")
    assert target.parent == out.resolve()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["..", "/", "\\", "a", ".", "\x00", "~", " ", "é"]),
                max_size=12).map("".join))
def test_inside_never_returns_a_path_outside(tmp_path_factory, name):
    out = tmp_path_factory.getbasetemp() / "out"
    try:
        target = inside(out, name)
    except RenderError:
        return
    assert out.resolve() in target.parents


# --- requests built from names: brief outputs, pack file names ---------------------------------

@pytest.mark.parametrize("slug", HOSTILE)
@pytest.mark.parametrize("kind", ["partner", "sector", "event", "template"])
def test_brief_output_names_stay_in_the_folder(tmp_path, kind, slug):
    from briefgen.build import BriefRequest, output_name
    name = output_name(BriefRequest(kind, slug))
    for fmt in ("pdf", "docx"):
        target = inside(tmp_path, f"{name}.{fmt}")
        assert target.parent == tmp_path.resolve() and len(target.name.encode()) < 255


@pytest.fixture
def project(mini: Path) -> Path:
    shutil.copytree(REPO / "templates", mini / "templates")
    return mini


def _outputs(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.suffix in (".pdf", ".docx", ".json", ".part")}


def _nothing_outside(root: Path, out: Path, before: set[Path]) -> None:
    """Every output file under `root` that was not there before lies under `out`."""
    for path in _outputs(root) - before:
        assert out in path.parents, path


@pytest.mark.parametrize("slug", ["../../korea", "/etc/passwd", "korea/../../x", "korea\x00",
                                  "..", "", "korea\n", "x" * 3000, "東京"])
@pytest.mark.parametrize("kind", ["partner", "sector"])
def test_cli_refuses_odd_subjects_cleanly(project, run, tmp_path, kind, slug):
    out, before = tmp_path / "out", _outputs(tmp_path)
    result = run("--project", project, "build", kind, slug, "--out", out)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr
    assert not out.exists() or not any(out.iterdir())
    _nothing_outside(tmp_path, out, before)


@pytest.mark.parametrize("template", ["../../../etc/passwd", "/etc/passwd", "..", "partner.md.j2\x00",
                                      "../mini/briefgen.yaml"])
def test_cli_render_refuses_templates_outside_the_templates_folder(project, run, tmp_path, template):
    result = run("--project", project, "render", template, "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and "not found" in result.stderr


@pytest.mark.parametrize("subject", ["../../korea", "/etc/x", "korea/../..", "東京", "x" * 3000])
def test_cli_render_with_odd_subject_stays_in_the_folder(project, run, tmp_path, subject):
    out, before = tmp_path / "out", _outputs(tmp_path)
    result = run("--project", project, "render", "partner.md.j2", "--subject", subject, "--out", out)
    assert "Traceback" not in result.stderr
    assert result.exit_code == 1 and result.stderr.startswith("error: ")
    _nothing_outside(tmp_path, out, before)


@pytest.mark.parametrize("file_name", ["../evil", "/tmp/evil", "a/b", "..", "evil\n", "", "x\x00",
                                       ".hidden", "-rf"])
def test_pack_file_name_is_validated(project, run, tmp_path, file_name):
    import json
    config = tmp_path / "pack.yaml"
    config.write_text(f"title: T\nfile_name: {json.dumps(file_name)}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run("--project", project, "pack", "--jobs", "1", "--config", config, "--out", out)
    assert result.exit_code == 1, result.stdout
    assert re.match(r"error: .*pack\.yaml:2: file_name: .*", result.stderr), result.stderr
    assert not out.exists()


@pytest.mark.parametrize("file_name", ["../../evil", "/tmp/evil", "../..", "x\x00"])
def test_pack_refuses_a_file_name_outside_even_from_code(project, tmp_path, file_name):
    """PackConfig built in code skips pack.yaml validation; inside() still holds the line."""
    from briefgen.build import parse_formats
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    from briefgen.pack import PackConfig, build_pack
    loaded = load_project(project)
    out = tmp_path / "deep" / "out"
    with pytest.raises(BriefgenError):
        build_pack(loaded, load_store(loaded), PackConfig(file_name=file_name),
                   parse_formats("pdf"), out, jobs=1)
    assert not (tmp_path / "evil.pdf").exists() and not Path("/tmp/evil.pdf").exists()


def test_long_subject_slug_builds_into_a_short_file_name(project, run, tmp_path):
    slug = "k" + "-very-long" * 40
    entities = project / "facts" / "entities.yaml"
    entities.write_text(entities.read_text().replace("korea", slug))
    facts = project / "facts" / "korea.yaml"
    facts.write_text(facts.read_text().replace("subject: korea", f"subject: {slug}"))
    (project / "templates" / "partner").mkdir(exist_ok=True)  # so the long name is looked up there
    out = tmp_path / "out"
    result = run("--project", project, "build", "partner", slug, "--format", "pdf", "--out", out)
    assert result.exit_code == 0, result.stderr
    written, companion = sorted(out.iterdir(), key=lambda p: len(p.name))
    assert written.parent == out and len(written.name) <= MAX_NAME + 5
    assert companion.name == written.stem + "-sources.pdf"  # its quotes: still a short name
    assert os.path.getsize(written) > 1000 and os.path.getsize(companion) > 1000


def test_slug_with_a_trailing_newline_is_refused(project, run):
    entities = project / "facts" / "entities.yaml"
    entities.write_text(entities.read_text().replace("slug: korea,", 'slug: "korea\\n",'))
    result = run("--project", project, "facts", "check")
    assert result.exit_code == 1
    assert "facts/entities.yaml:3: partners/0/slug" in result.stderr


@pytest.mark.parametrize("name", ["../../evil", "/tmp/evil", "a/b", "..", ".", "", "ok\n", "ok\x00",
                                  "東京", "x" * 300, "-rf", "CON"])
@pytest.mark.parametrize("command", [["new-event"], ["build", "event"], ["pack", "--jobs", "1",
                                                                          "--event"]])
def test_event_names_are_refused_cleanly(project, run, tmp_path, command, name):
    before = _outputs(tmp_path) | set((project / "events").rglob("*"))
    result = run("--project", project, *command, name)
    if name.startswith("-") and command[-1] != "--event":  # an option to click: usage error
        assert result.exit_code == 2 and "No such option" in result.stderr
    else:
        assert result.exit_code == 1, result.stdout
        assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr
    assert set((project / "events").rglob("*")) | _outputs(tmp_path) <= before | {project / "events"}
    assert not Path("/tmp/evil").exists()


@pytest.mark.parametrize("name, slug", [
    ("_Partner.", "partner"),  # leading and trailing underscores and dots go
    ("a" * MAX_NAME, "a" * MAX_NAME),  # exactly the longest name: kept whole, no hash
    ("Tōkyō", "t-ky-" + hashlib.sha256("Tōkyō".encode()).hexdigest()[:8]),
    ("x" * 70 + ".-" + "y" * 20, "x" * 70 + "-" + hashlib.sha256(("x" * 70 + ".-" + "y" * 20)
                                                                 .encode()).hexdigest()[:8]),
    ("Tō\udcffkyō", "t-ky-" + hashlib.sha256("Tō\udcffkyō".encode("utf-8", "surrogatepass"))
     .hexdigest()[:8]),  # a name read from bytes that are not UTF-8
])
def test_safe_name_exactly(name, slug):
    assert safe_name(name) == slug


@pytest.mark.parametrize("folder, name, message", [
    ("out", "", "output name '' is empty or holds a NUL character"),
    ("out", "a\x00b", "output name 'a\\x00b' is empty or holds a NUL character"),
    ("o\x00ut", "brief.pdf", "output name 'brief.pdf' is empty or holds a NUL character"),
    ("out", "../brief.pdf", "output name '../brief.pdf' would write outside {out}"),
])
def test_inside_says_what_is_wrong_with_the_name(tmp_path, folder, name, message):
    with pytest.raises(RenderError) as caught:
        inside(tmp_path / folder, name)
    [problem] = caught.value.problems
    assert problem.message == message.format(out=(tmp_path / "out").resolve())
    assert problem.hint == "use a plain name without '..', '/' or control characters"
