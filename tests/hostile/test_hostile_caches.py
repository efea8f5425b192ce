"""A project's .cache/ may come from someone else: nothing in it is ever unpickled unless this
machine sealed it, and whatever its bytes, a cache entry that cannot be trusted is made again."""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
import shutil
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.safety import cache_files
from conftest import REPO


@pytest.fixture(autouse=True)
def key_dir(tmp_path, monkeypatch, cold_cache) -> Path:
    """A machine key of this test alone; the cache in the (copied) project's own .cache/, where
    someone else's files would be found, not in the test's $BRIEFGEN_CACHE_DIR."""
    folder = tmp_path / "keys"
    monkeypatch.setenv(cache_files.KEY_ENV, str(folder))
    monkeypatch.delenv("BRIEFGEN_CACHE_DIR")
    return folder


@pytest.fixture
def project(mini: Path) -> Path:
    shutil.copytree(REPO / "templates", mini / "templates")
    return mini


class Planted:
    """Unpickling it creates the file it names: the proof that a pickle was loaded."""

    def __init__(self, marker: Path):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


def _planted(marker: Path) -> bytes:
    return pickle.dumps(Planted(marker))


def _entries(project: Path) -> list[Path]:
    return sorted(p for p in (project / ".cache").rglob("*") if p.is_file())


def test_planted_pickles_are_never_loaded(project, run, tmp_path):
    assert run("--project", project, "pack", "--jobs", "1").exit_code == 0
    entries = _entries(project)
    assert any(p.name == "store.pickle" for p in entries) and any("fitted" in p.parts for p in entries)
    marker = tmp_path / "ran"
    for path in entries:
        path.write_bytes(_planted(marker))  # a bare pickle
    key_less = cache_files.MAGIC + bytes(32) + _planted(marker)  # sealed-looking, wrong tag
    shutil.rmtree(project / "out")
    for command in (["list"], ["build", "partner", "korea"], ["pack", "--jobs", "1"]):
        result = run("--project", project, *command)
        assert result.exit_code == 0, (command, result.output)
        assert not marker.exists(), command
    for path in _entries(project):
        path.write_bytes(key_less)
    shutil.rmtree(project / "out")
    assert run("--project", project, "pack", "--jobs", "2").exit_code == 0
    assert not marker.exists()


@pytest.mark.parametrize("damage", [b"", b"\x80", b"garbage" * 100, None])
def test_damaged_entries_are_made_again(project, run, damage):
    assert run("--project", project, "pack", "--jobs", "1").exit_code == 0
    for path in _entries(project):
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2] if damage is None else damage)
    shutil.rmtree(project / "out")
    result = run("--project", project, "pack", "--jobs", "1")
    assert result.exit_code == 0, result.output
    fitted = [p for p in _entries(project) if "fitted" in p.parts]
    assert fitted and all(cache_files.opened("fitted", p.read_bytes()) is not None for p in fitted)


def test_an_authentic_entry_of_another_kind_is_refused(project, run, tmp_path):
    assert run("--project", project, "list").exit_code == 0
    store = project / ".cache" / "store.pickle"
    fitted = tmp_path / "fitted.pickle"
    cache_files.write_object(fitted, "fitted", "not a store")
    shutil.copy(fitted, store)
    result = run("--project", project, "facts", "list", "--json")
    assert result.exit_code == 0 and "kr.fdi-signed" in result.stdout


def test_a_cache_that_cannot_be_written_costs_only_speed(project, run):
    shutil.rmtree(project / ".cache", ignore_errors=True)
    (project / ".cache").write_text("a file where the cache folder should be", encoding="utf-8")
    result = run("--project", project, "pack", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert (project / "out" / "pack" / "investor-pack.pdf").is_file()


def test_planted_chart_files_are_drawn_again(tmp_path):
    from briefgen.charts import image
    from briefgen.theme import DEFAULT_THEME
    from test_charts_draw import chart
    marker = tmp_path / "ran"
    shapes = image.draw(chart("column"), DEFAULT_THEME, "rlg", cache_dir=tmp_path)
    png = image.draw(chart("column"), DEFAULT_THEME, "png", cache_dir=tmp_path)
    good_png = png.read_bytes()
    shapes.write_bytes(_planted(marker))
    png.write_bytes(good_png[:-10] + b"x" * 10)  # another picture under the same name
    image._read_drawing.cache_clear()
    drawing = image.drawing(chart("column"), DEFAULT_THEME, cache_dir=tmp_path)
    assert drawing.width > 0 and not marker.exists()
    assert image.draw(chart("column"), DEFAULT_THEME, "png", cache_dir=tmp_path).read_bytes() == good_png


def test_charts_are_drawn_when_their_cache_cannot_be_written(tmp_path):
    from briefgen.charts import image
    from briefgen.theme import DEFAULT_THEME
    from test_charts_draw import chart
    blocked = tmp_path / "blocked"
    blocked.write_text("a file, not a folder", encoding="utf-8")
    image._read_drawing.cache_clear()
    assert image.drawing(chart("column"), DEFAULT_THEME, cache_dir=blocked).width > 0
    assert image.draw(chart("column"), DEFAULT_THEME, "png", cache_dir=blocked).stat().st_size


# --- the key ------------------------------------------------------------------------------------

def test_the_key_is_private_and_made_once(key_dir):
    first = cache_files.machine_key()
    info = (key_dir / "key").stat()
    assert len(first) == 32 and stat.S_IMODE(info.st_mode) == 0o600
    cache_files._machine_key.cache_clear()
    assert cache_files.machine_key() == first


def test_a_key_others_can_read_is_replaced(key_dir):
    cache_files.machine_key()
    (key_dir / "key").chmod(0o644)
    cache_files._machine_key.cache_clear()
    new = cache_files.machine_key()
    assert stat.S_IMODE((key_dir / "key").stat().st_mode) == 0o600
    assert (key_dir / "key").read_bytes() == new


def test_without_a_key_folder_caches_last_one_process(tmp_path, monkeypatch):
    blocked = tmp_path / "no-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv(cache_files.KEY_ENV, str(blocked))
    sealed = cache_files.sealed("fitted", b"payload")
    assert bytes(cache_files.opened("fitted", sealed)) == b"payload"


# --- the seal, with generated bytes -------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=300))
def test_no_bytes_open_without_the_seal(data):
    assert cache_files.opened("fitted", data) is None
    assert cache_files.opened("fitted", cache_files.MAGIC + data) is None


@settings(max_examples=300, deadline=None)
@given(payload=st.binary(min_size=1, max_size=200), flip=st.integers(min_value=0))
def test_any_changed_byte_breaks_the_seal(payload, flip):
    data = bytearray(cache_files.sealed("fitted", payload))
    assert bytes(cache_files.opened("fitted", bytes(data))) == payload
    assert cache_files.opened("store", bytes(data)) is None
    where = flip % len(data)
    data[where] ^= 0x01
    assert cache_files.opened("fitted", bytes(data)) is None


def test_nothing_but_the_cache_reader_unpickles():
    """pickle.loads of a file's bytes happens in safety/cache_files.py only (charts/image.py
    unpickles what its sealed reader returned; charts/render.py its own in-memory figure)."""
    allowed = {"safety/cache_files.py", "charts/image.py", "charts/render.py"}
    found = {p.relative_to(REPO / "briefgen").as_posix() for p in (REPO / "briefgen").rglob("*.py")
             if "pickle.load" in p.read_text(encoding="utf-8")}
    assert found <= allowed, found
    assert "cache.drawn(" in (REPO / "briefgen/charts/image.py").read_text(encoding="utf-8")


# --- not files: pipes, devices, links, folders in place of a cache entry or an output ------------

_NOT_FILES = {
    "pipe": lambda path: os.mkfifo(path),
    "device": lambda path: path.symlink_to("/dev/zero"),
    "folder": lambda path: path.mkdir(),
}


@pytest.mark.timeout(180)
@pytest.mark.parametrize("what", sorted(_NOT_FILES))
def test_a_pipe_device_or_folder_in_place_of_a_file_reads_as_missing(project, run, what):
    """A named pipe blocked the reader for ever, a link to /dev/zero filled memory: caches, the
    manifest and the outputs whose hashes it records are read only if they are regular files."""
    assert run("--project", project, "pack", "--jobs", "1").exit_code == 0
    out = project / "out" / "pack"
    replaced = _entries(project)
    if what == "pipe":  # an output that is a link leading out is refused (tests/test_paths.py)
        replaced += [out / "manifest.json", out / "partner-korea.pdf", out / "investor-pack.pdf"]
    elif what == "device":
        replaced += [out / "manifest.json"]
    for path in replaced:
        path.unlink()
        _NOT_FILES[what](path)
    result = run("--project", project, "pack", "--jobs", "1")
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents"] and (out / "investor-pack.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("what", sorted(_NOT_FILES))
def test_the_cache_reader_refuses_what_is_not_a_regular_file(tmp_path, what):
    path = tmp_path / "entry"
    _NOT_FILES[what](path)
    assert cache_files.read_object(path, "fitted") is None
    assert cache_files.sealed_file(path, "chart.png") is None
    copied = io.BytesIO()  # a pack's kept bound file: nothing copied from it, none vouched for
    assert not cache_files.copy_vouched(path, hashlib.sha256(b"").hexdigest(), copied)
    assert copied.getvalue() == b""


def test_a_folder_in_place_of_an_output_stops_the_pack_before_anything_is_replaced(project, run):
    """The stage's renames stopped at the folder, half of the outputs already replaced."""
    assert run("--project", project, "pack", "--jobs", "1").exit_code == 0
    out = project / "out" / "pack"
    (out / "partner-korea.pdf").unlink()
    (out / "partner-korea.pdf").mkdir()
    docx = out / "partner-korea.docx"
    docx.write_bytes(docx.read_bytes()[:1000])  # damaged: made again, renamed before the PDF
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    result = run("--project", project, "pack", "--jobs", "1")
    assert result.exit_code == 1
    assert "partner-korea.pdf: cannot write this file: a folder is in its place" in result.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not list(out.glob(".stage-*"))
