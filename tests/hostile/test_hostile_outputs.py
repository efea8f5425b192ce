"""A pack's outputs are replaced together or not at all, a damaged output is rebuilt even when
no input changed, and a manifest of any shape is read safely (a bad one counts as absent)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefgen.errors import RenderError
from conftest import REPO


@pytest.fixture
def packed(mini: Path, run):
    shutil.copytree(REPO / "templates", mini / "templates")
    assert run("--project", mini, "pack", "--jobs", "1").exit_code == 0
    return mini, mini / "out" / "pack"


def _files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def _consistent(out: Path) -> None:
    """Every output is the one the manifest vouches for, and nothing else is left."""
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    for fmt, name in manifest["pack"].items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == manifest["pack_sha256"][fmt]
    for entry in manifest["documents"].values():
        for fmt, name in entry["files"].items():
            assert hashlib.sha256((out / name).read_bytes()).hexdigest() == entry["sha256"][fmt]
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("name", ["investor-pack.pdf", "investor-pack.docx", "partner-korea.pdf",
                                  "overview.docx"])
def test_a_damaged_output_is_rebuilt_though_no_input_changed(packed, run, name):
    project, out = packed
    good = (out / name).read_bytes()
    (out / name).write_bytes(good[: len(good) // 3])
    result = run("--project", project, "pack", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert (out / name).read_bytes() == good
    _consistent(out)


@pytest.mark.parametrize("manifest", [
    "", "not json", "[]", "null", '{"documents": "x"}', '{"pack": 1, "pack_hash": 2, "documents": {}}',
    '{"pack": {"pdf": "../../../etc/passwd"}, "pack_hash": "x", "documents": {}, "fingerprint": "f"}',
    '{"pack": {}, "pack_hash": "x", "documents": {"a": {"kind": "partner"}}}',
    '\x00\xff\xfe',
])
def test_a_malformed_manifest_counts_as_absent(packed, run, manifest):
    project, out = packed
    (out / "manifest.json").write_text(manifest, encoding="utf-8", errors="surrogateescape")
    result = run("--project", project, "pack", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    _consistent(out)


def test_a_manifest_naming_files_outside_is_not_trusted(packed, run):
    project, out = packed
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    manifest["documents"]["overview"]["files"]["pdf"] = "../../briefgen.yaml"
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (out / "overview.pdf").write_bytes(b"damaged")
    assert run("--project", project, "pack", "--jobs", "1").exit_code == 0
    _consistent(out)


def test_stale_outputs_a_manifest_names_outside_or_as_links_are_not_removed(packed, run):
    """An earlier manifest is what says which files a build made: one naming files outside the
    output folder (with their true hashes), or a link put where an output was, removes none
    of them; the outputs the next build does not make are removed."""
    project, out = packed
    outside = project / "briefgen.yaml"
    kept_elsewhere = project / "kept.pdf"
    shutil.copy(out / "overview.pdf", kept_elsewhere)
    os.symlink(kept_elsewhere, out / "linked.pdf")
    digest = hashlib.sha256(outside.read_bytes()).hexdigest()
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    manifest["documents"]["extra"] = {**manifest["documents"]["overview"], "files": {
        "pdf": "../../briefgen.yaml", "docx": "linked.pdf"}, "sha256": {
        "pdf": digest, "docx": hashlib.sha256(kept_elsewhere.read_bytes()).hexdigest()}}
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert run("--project", project, "pack", "--jobs", "1", "--format", "pdf").exit_code == 0
    assert outside.is_file() and kept_elsewhere.is_file() and (out / "linked.pdf").is_symlink()
    assert not [p for p in out.iterdir() if p.suffix == ".docx"]  # this build's stale files


@pytest.mark.parametrize("name", ["x" * 300 + ".pdf", "\u00e9" * 200 + ".pdf"])
def test_a_manifest_naming_a_file_too_long_for_the_system_is_written_all_the_same(packed, run,
                                                                                   name):
    """A stale name no file can have (longer than the system allows) removes nothing and stops
    nothing: the build ends with its manifest written, not with the new outputs moved in under
    the old manifest (which would fail every build after it in the same way)."""
    project, out = packed
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    manifest["documents"]["extra"] = {**manifest["documents"]["overview"],
                                      "files": {"pdf": name}, "sha256": {"pdf": "a" * 64}}
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = run("--project", project, "pack", "--jobs", "1", "--format", "pdf")
    assert result.exit_code == 0, result.output
    assert "extra" not in json.loads((out / "manifest.json").read_text(encoding="utf-8"))["documents"]
    _consistent(out)


def test_a_failure_while_binding_replaces_nothing(packed, run, monkeypatch):
    project, out = packed
    facts = project / "facts" / "korea.yaml"
    facts.write_text(facts.read_text().replace("label: Signed investment\n",
                                               "label: Signed investment, changed\n"))
    before = _files(out)

    def fail(*args, **kwargs):
        raise RenderError("the disk is full", path=out / "investor-pack.pdf")
    monkeypatch.setattr("briefgen.binder.bind_pack", fail)
    result = run("--project", project, "pack", "--jobs", "1")
    assert result.exit_code == 1 and "the disk is full" in result.stderr
    assert _files(out) == before  # the briefs rendered before the failure are not in place


def test_a_run_killed_between_renames_is_repaired_by_the_next(packed, run, monkeypatch):
    project, out = packed
    facts = project / "facts" / "korea.yaml"
    facts.write_text(facts.read_text().replace("label: Signed investment\n",
                                               "label: Signed investment, changed\n"))
    real_replace, done = os.replace, []

    def replace_then_die(source, target):  # the third rename out of the stage (caches aside)
        if ".stage-" in str(source):
            if len(done) == 2:
                raise KeyboardInterrupt  # as a kill between two renames would stop it
            done.append(target)
        return real_replace(source, target)
    monkeypatch.setattr(os, "replace", replace_then_die)
    assert run("--project", project, "pack", "--jobs", "1").exit_code == 130
    monkeypatch.setattr(os, "replace", real_replace)
    assert run("--project", project, "pack", "--jobs", "1").exit_code == 0
    _consistent(out)
    text = "".join(page.extract_text() for page in PdfReader(out / "investor-pack.pdf").pages)
    assert "Signed investment, changed" in text


def test_a_stage_folder_left_by_a_killed_run_is_removed(packed, run):
    project, out = packed
    left = out / ".stage-killed"
    left.mkdir()
    (left / "partner-korea.pdf").write_bytes(b"half")
    old = time.time() - 3600
    os.utime(left, (old, old))
    assert run("--project", project, "pack", "--jobs", "1").exit_code == 0
    assert not left.exists()


def _logo(folder: Path) -> None:
    from PIL import Image
    Image.new("RGB", (40, 20), "#0B3C5D").save(folder / "logo.png")
    config = folder / "briefgen.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "brand:\n  logo: logo.png\n",
                      encoding="utf-8")


def test_two_copies_of_a_project_build_alike(packed, run, tmp_path):
    """Fingerprint, input hashes, chart names and outputs depend on content, not on the
    project's folder or the files' modification times."""
    from briefgen.build import theme_key
    from briefgen.charts.cache import cache_keys
    from briefgen.config import load_project
    from briefgen.pack import inputs_fingerprint, load_pack_config
    from test_charts_draw import chart
    project, out = packed
    shutil.rmtree(out)
    _logo(project)
    copy = tmp_path / "elsewhere" / "copy"
    shutil.copytree(project, copy)
    os.utime(copy / "facts" / "korea.yaml", (1, 1))
    one, two = load_project(project), load_project(copy)
    assert inputs_fingerprint(one, load_pack_config(None, one), ("pdf",)) == \
        inputs_fingerprint(two, load_pack_config(None, two), ("pdf",))
    assert theme_key(one.theme) == theme_key(two.theme)
    assert cache_keys(chart("column"), one.theme, ("png",), (8.0, 5.0), "") == \
        cache_keys(chart("column"), two.theme, ("png",), (8.0, 5.0), "")
    for folder in (project, copy):
        assert run("--project", folder, "pack", "--jobs", "1").exit_code == 0
    assert _files(project / "out" / "pack") == _files(copy / "out" / "pack")


def test_write_all_writes_nothing_when_a_folder_is_in_the_way(tmp_path):
    """The PDF's rename failed on a folder after the DOCX had been replaced."""
    from briefgen.errors import RenderError
    from briefgen.outputs import write_all
    (tmp_path / "a.docx").write_bytes(b"old")
    (tmp_path / "b.pdf").mkdir()
    with pytest.raises(RenderError, match="a folder is in its place"):
        write_all({tmp_path / "a.docx": b"new", tmp_path / "b.pdf": b"new"})
    assert (tmp_path / "a.docx").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx", "b.pdf"]


def test_an_output_folder_that_is_a_file_is_named_as_one(mini, run):
    """`out` a file: the build said "out/partner-korea.pdf: cannot write this file: File exists"."""
    shutil.copytree(REPO / "templates", mini / "templates", dirs_exist_ok=True)
    (mini / "out").write_text("notes", encoding="utf-8")
    result = run("--project", mini, "build", "partner", "korea")
    assert result.exit_code == 1
    assert "out: this is a file, not a folder" in result.stderr, result.stderr
    assert (mini / "out").read_text(encoding="utf-8") == "notes"


def test_a_device_where_an_output_goes_is_not_replaced(tmp_path, run):
    """`reference-docx /dev/null --force`, run as root, replaced the null device with a Word
    file. A null device of the test's own stands in for it (only root can make one)."""
    from briefgen.outputs import write_all, write_bytes
    device = tmp_path / "reference.docx"
    try:
        os.mknod(device, 0o600 | stat.S_IFCHR, os.makedev(1, 3))
    except (OSError, AttributeError):
        pytest.skip("making a device needs root")
    with pytest.raises(RenderError, match="it is a device"):
        write_bytes(device, b"data")
    with pytest.raises(RenderError, match="it is a device"):
        write_all({tmp_path / "a.pdf": b"a", device: b"b"})
    result = run("reference-docx", device, "--force")
    assert result.exit_code == 1 and "it is a device" in result.output
    assert device.is_char_device() and sorted(p.name for p in tmp_path.iterdir()) == [device.name]

@pytest.mark.parametrize("command", [
    ("reference-docx", "{long}.docx"), ("seeds", "add", "{long}.txt"),
    ("facts", "extract", "{long}.txt"), ("build", "partner", "korea", "--out", "{long}"),
    ("facts", "import", "{long}.csv", "--map", "{long}.yaml"),
])
def test_a_name_too_long_for_the_system_is_an_error_naming_it(mini, run, monkeypatch, command):
    """Path.exists() and friends raise for a name of more than 255 bytes (ENAMETOOLONG): it
    ended these commands in a traceback."""
    shutil.copytree(REPO / "templates", mini / "templates")
    monkeypatch.chdir(mini)
    long = "a" * 300
    result = run(*(word.format(long=long) for word in command))
    assert result.exit_code == 1, result.output
    assert "File name too long" in result.stderr and long in result.stderr, result.stderr
