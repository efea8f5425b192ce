"""Malformed input of every kind ends in `path:line: message` and exit 1, quickly."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.errors import BriefgenError
from briefgen.yamlio import MAX_EXPANDED, loads
from conftest import REPO

BOMB = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{k}: &{k} [{', '.join([f'*{p}'] * 9)}]\n" for p, k in zip("abcdefgh", "bcdefghi"))


def test_an_alias_bomb_is_refused_quickly():
    started = time.monotonic()
    with pytest.raises(BriefgenError, match=f"expand to more than {MAX_EXPANDED:,}") as caught:
        loads(BOMB, "facts/bomb.yaml")
    assert caught.value.problems[0].line == 1 and time.monotonic() - started < 2


def test_aliases_within_bounds_still_work():
    assert loads("a: &a [1, 2]\nb: *a\n")["b"] == [1, 2]


def test_a_nul_byte_has_its_line():
    with pytest.raises(BriefgenError) as caught:
        loads("a: 1\nb: x\x00y\n", "facts/x.yaml")
    assert caught.value.problems[0].line == 2 and "U+0000" in str(caught.value)


def test_a_number_of_thousands_of_digits_has_its_line():
    with pytest.raises(BriefgenError) as caught:
        loads("a: 1\nvalue: " + "9" * 5000 + "\n", "facts/x.yaml")
    assert caught.value.problems[0].line == 2 and "too long" in str(caught.value)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_loads_or_fails_cleanly(text):
    try:
        loads(text, "facts/x.yaml")
    except BriefgenError as error:
        assert error.problems[0].path == "facts/x.yaml"


@pytest.mark.parametrize("brand, message", [
    ('primary: "#FFFFFF"', "brand/primary #FFFFFF is too light"),
    ('accent: "#FAFAFA"', "brand/accent #FAFAFA is too light"),
])
def test_unusable_brands_are_refused(run, mini, brand, message):
    config = mini / "briefgen.yaml"
    config.write_text(config.read_text(encoding="utf-8") + f"brand:\n  {brand}\n", encoding="utf-8")
    result = run("--project", mini, "facts", "check")
    assert result.exit_code == 1 and f"briefgen.yaml:6: {message}" in result.stderr


def test_a_font_the_pdf_cannot_match_is_named(run, mini):
    config = mini / "briefgen.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "brand:\n  font_family: Comic Sans\n",
                      encoding="utf-8")
    from briefgen.errors import BriefgenWarning
    with pytest.warns(BriefgenWarning, match="'Comic Sans' is not a font the PDF can match"):
        assert run("--project", mini, "facts", "check").exit_code == 0


def test_a_city_that_is_no_entity_is_refused(run, mini):
    config = mini / "briefgen.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("city: testcity", "city: nowhere"), encoding="utf-8")
    line = next(n for n, t in enumerate(text.splitlines(), 1) if t.startswith("city:"))
    for _ in range(2):  # with the store read afresh, then from its cache
        result = run("--project", mini, "facts", "list")
        assert result.exit_code == 1
        assert f"briefgen.yaml:{line}: city 'nowhere' is not the city of facts/entities.yaml" \
            in result.stderr


def test_an_unknown_language_has_its_line(run, mini):
    """It was found only when a brief was written, as an error naming no file."""
    config = mini / "briefgen.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "language: '../../x'\n", encoding="utf-8")
    result = run("--project", mini, "facts", "check")
    assert result.exit_code == 1
    assert "briefgen.yaml:5: unknown language '../../x' (known: en, zh)" in result.stderr


def test_a_file_that_is_not_utf8_has_the_line_of_its_first_bad_byte(run, mini):
    (mini / "facts" / "bad.yaml").write_bytes(b"facts:\n  - id: a\n    label: caf\xe9\n")
    result = run("--project", mini, "facts", "check")
    assert result.exit_code == 1 and "facts/bad.yaml:3: not UTF-8 text" in result.stderr


@pytest.mark.parametrize("args,code", [
    (["frobnicate"], 2), (["pack", "--frob"], 2), (["pack", "-j", "0"], 2),
    (["pack", "-j", "abc"], 2), (["build", "partner"], 2), (["--pdf-standard", "foo", "list"], 2),
    (["pack", "--out", "briefgen.yaml"], 2), (["pack", "--config", "facts"], 2),
    (["pack", "--format", "xyz"], 1), (["build", "partner", "../../etc"], 1),
    (["pack", "--event", "../facts"], 1), (["render", "../../../etc/passwd"], 1),
])
def test_exit_codes_are_those_errors_md_gives(run, mini, monkeypatch, args, code):
    """Usage errors click refuses exit 2; every error of briefgen's own exits 1 (docs/errors.md)."""
    monkeypatch.chdir(mini)
    result = run(*args)
    assert result.exit_code == code, result.output
    assert ("Usage:" in result.output) == (code == 2)


@pytest.mark.parametrize("setting, line", [
    ("pack:\n  cards_below: .nan\n", "briefgen.yaml:6: pack/cards_below: .nan is not a number"),
    ("page:\n  margins_mm: {top: .NaN}\n", "briefgen.yaml:6: page/margins_mm/top: .nan is not a number"),
])
def test_a_bound_number_written_nan_has_its_line(run, mini, setting, line):
    """A NaN cannot be compared with a bound: the check ended in decimal.InvalidOperation."""
    config = mini / "briefgen.yaml"
    config.write_text(config.read_text(encoding="utf-8") + setting, encoding="utf-8")
    result = run("--project", mini, "facts", "check")
    assert result.exit_code == 1 and line in result.stderr, result.output
    assert result.stderr.count(".nan is not a number") == 1


def _with_templates(project: Path) -> Path:
    shutil.copytree(REPO / "templates", project / "templates")
    return project


def test_an_empty_pack_file_builds_the_default_pack(run, mini):
    """An empty pack.yaml (a file just made) ended in an AttributeError traceback."""
    _with_templates(mini)
    (mini / "empty.yaml").write_text("# a pack of everything, for now\n", encoding="utf-8")
    result = run("--project", mini, "pack", "--config", mini / "empty.yaml", "--format", "pdf",
                 "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert (mini / "out" / "pack" / "investor-pack.pdf").is_file()


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_pack_file_name_that_is_a_briefs_is_refused_before_anything_is_written(run, mini, fmt):
    """`file_name: partner-korea` bound the pack over the brief's file: the brief was lost, and
    the manifest vouched for it with the hash of a file no longer there."""
    _with_templates(mini)
    (mini / "pack.yaml").write_text("subjects: [partner:korea]\nfile_name: partner-korea\n",
                                    encoding="utf-8")
    result = run("--project", mini, "pack", "--config", mini / "pack.yaml", "--format", fmt,
                 "--jobs", "1")
    assert result.exit_code == 1, result.output
    assert (f"pack.yaml:2: file_name: the pack's partner-korea.{fmt} would replace the brief of "
            "that name") in result.stderr, result.stderr
    assert not (mini / "out").exists()


def test_an_empty_list_of_pack_subjects_is_refused(run, mini):
    """`subjects: []` built every brief, as a pack file without subjects does."""
    (mini / "pack.yaml").write_text("title: A pack\nsubjects: []\n", encoding="utf-8")
    result = run("--project", mini, "pack", "--config", mini / "pack.yaml")
    assert result.exit_code == 1
    assert "pack.yaml:2: subjects: [] should be non-empty" in result.stderr, result.stderr


_NOT_FILES = {"pipe": os.mkfifo, "device": lambda path: path.symlink_to("/dev/zero"),
              "folder": lambda path: path.mkdir()}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("what", sorted(_NOT_FILES))
def test_a_yaml_file_that_is_no_regular_file_is_a_located_error(run, mini, what):
    """A named pipe among the fact files blocked `facts check` for ever; a link to /dev/zero
    filled memory (MemoryError)."""
    _NOT_FILES[what](mini / "facts" / "odd.yaml")
    result = run("--project", mini, "facts", "check")
    assert result.exit_code == 1, result.output
    expected = ("facts/odd.yaml: this file leads outside facts/ (a link)" if what == "device" else
                "facts/odd.yaml: cannot read file: not a regular file (a named pipe, a device or a "
                "folder)")  # a link to /dev/zero leads out of facts/, and is not opened
    assert expected in result.stderr, result.stderr


@pytest.mark.parametrize("po, message", [
    (b'msgid "South Korea"\nmsgstr "\xe9"\n', "translations/zh.po:2: not UTF-8 text"),
    (b'msgid "South Korea"\nmsgstr "x" "y\nmsgid', "translations/zh.po:3: not a readable PO file"),
    (None, "translations/zh.po: this file leads outside translations/ (a link)"),
], ids=["not-utf8", "malformed", "link-out"])
@pytest.mark.parametrize("command", ["update", "check"])
def test_a_translations_file_that_cannot_be_read_is_an_error_and_kept(run, mini, tmp_path, po,
                                                                    message, command):
    """`translations update` ended in a traceback on a byte that is not UTF-8, and rewrote a
    file Babel could read only in part (losing what it could not); a link out was read."""
    target = mini / "translations" / "zh.po"
    target.parent.mkdir()
    if po is None:
        po = b'msgid "South Korea"\nmsgstr "secret of yours"\n'
        (tmp_path / "elsewhere.po").write_bytes(po)
        target.symlink_to(tmp_path / "elsewhere.po")
    else:
        target.write_bytes(po)
    result = run("--project", mini, "translations", command, "--language", "zh")
    assert result.exit_code == 1, result.output
    assert message in result.stderr, result.stderr
    assert "secret of yours" not in result.output
    assert target.read_bytes() == po and sorted(target.parent.iterdir()) == [target]
