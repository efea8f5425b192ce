"""A project's .cache/ may come from someone else: nothing in it is ever unpickled unless this
machine sealed it, and whatever its bytes, a cache entry that cannot be trusted is made again."""

from __future__ import annotations

import errno
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

from briefgen.config import load_project
from briefgen.facts.store_cache import inputs_digest
from briefgen.safety import cache_files, files
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
    assert stat.S_IMODE(key_dir.stat().st_mode) == 0o700
    cache_files._machine_key.cache_clear()
    assert cache_files.machine_key() == first


def test_the_key_is_made_where_no_cache_folder_exists_yet(tmp_path, monkeypatch):
    """A new machine: not even ~/.cache exists."""
    folder = tmp_path / "home" / ".cache" / "briefgen"
    monkeypatch.setenv(cache_files.KEY_ENV, str(folder))
    first = cache_files.machine_key()
    assert (folder / "key").read_bytes() == first and sorted(folder.iterdir()) == [folder / "key"]
    cache_files._machine_key.cache_clear()
    assert cache_files.machine_key() == first


def test_a_key_made_meanwhile_by_another_process_is_the_one_used(key_dir, monkeypatch):
    """Two processes finding no key make one each at once: the one linked into place first is
    the key of both, so what either caches the other trusts."""
    other = cache_files.machine_key()  # the other process's, linked first
    cache_files._machine_key.cache_clear()
    read_key, looked = cache_files._read_key, []

    def not_there_yet(path):  # this process looked before the other linked its key
        if not looked:
            looked.append(path)
            raise FileNotFoundError(path)
        return read_key(path)
    monkeypatch.setattr(cache_files, "_read_key", not_there_yet)
    assert cache_files.machine_key() == other and looked
    assert (key_dir / "key").read_bytes() == other
    assert sorted(key_dir.iterdir()) == [key_dir / "key"]  # no temporary key left


def test_a_key_that_cannot_be_written_leaves_one_of_this_process(key_dir, monkeypatch):
    """A full disk as the key is written: no traceback, no half-written key, and what this
    process seals it still trusts."""
    def no_space(handle):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(cache_files.os, "fsync", no_space)
    key = cache_files.machine_key()
    assert len(key) == 32 and list(key_dir.iterdir()) == []
    assert bytes(cache_files.opened("fitted", cache_files.sealed("fitted", b"payload"))) == b"payload"


def test_a_key_that_is_a_link_is_not_used(key_dir, tmp_path, project, run):
    """A link in place of the key could lead to a file whose bytes someone else knows, and
    with them seal a pickle of theirs."""
    known = tmp_path / "known-key"
    known.write_bytes(b"k" * 32)
    known.chmod(0o600)
    key_dir.mkdir(mode=0o700)
    (key_dir / "key").symlink_to(known)
    assert cache_files.machine_key() != b"k" * 32
    marker = tmp_path / "ran"
    payload, kind = _planted(marker), f"store {inputs_digest(load_project(project))}"
    store = project / ".cache" / "store.pickle"
    store.parent.mkdir()
    store.write_bytes(cache_files.MAGIC + cache_files._tag(b"k" * 32, kind, payload) + payload)
    assert run("--project", project, "list").exit_code == 0
    assert not marker.exists()


def test_a_key_others_can_read_is_replaced(key_dir):
    cache_files.machine_key()
    (key_dir / "key").chmod(0o644)
    cache_files._machine_key.cache_clear()
    new = cache_files.machine_key()
    assert stat.S_IMODE((key_dir / "key").stat().st_mode) == 0o600
    assert (key_dir / "key").read_bytes() == new


def test_a_key_cut_short_is_replaced(key_dir):
    first = cache_files.machine_key()
    (key_dir / "key").write_bytes(first[:5])
    cache_files._machine_key.cache_clear()
    new = cache_files.machine_key()
    assert len(new) == 32 and (key_dir / "key").read_bytes() == new


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0,
                    reason="giving a file to another user takes root")
def test_a_key_of_another_user_is_replaced(key_dir):
    """Whoever owns the key file may have read it, however private its mode."""
    first = cache_files.machine_key()
    os.chown(key_dir / "key", 4321, 4321)
    cache_files._machine_key.cache_clear()
    new = cache_files.machine_key()
    assert new != first and (key_dir / "key").read_bytes() == new
    assert (key_dir / "key").stat().st_uid == os.getuid()


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
    unpickles what its sealed reader returned, or the shapes this process pickled a moment
    before; charts/render.py its own in-memory figure)."""
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


LIMIT = files.PIECE + 10  # bytes: more than one piece, so a copy's count must add up


@pytest.mark.parametrize("size", [LIMIT, LIMIT + 1])
def test_a_file_is_read_up_to_its_limit_and_not_a_byte_more(tmp_path, size):
    """What reads a cache entry, a manifest, a YAML or PO file whole, and what copies or hashes
    a pack's files a piece at a time: a file of the limit is read in full, one a byte larger is
    refused, never cut short."""
    path = tmp_path / "file"
    data = os.urandom(size)
    path.write_bytes(data)
    copied = io.BytesIO()
    if size <= LIMIT:
        assert files.regular_bytes(path, LIMIT) == files.read_regular(path, LIMIT) == data
        assert files.copy_regular(path, copied, LIMIT) == hashlib.sha256(data).hexdigest()
        assert copied.getvalue() == data
        return
    assert files.read_regular(path, LIMIT) is None
    for refused in (lambda: files.regular_bytes(path, LIMIT),
                    lambda: files.copy_regular(path, copied, LIMIT)):
        with pytest.raises(OSError) as caught:
            refused()
        assert caught.value.errno == errno.EFBIG
        assert caught.value.strerror == f"larger than {LIMIT:,} bytes"


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
