"""No partial writes: a build or pack that fails mid-render leaves earlier outputs byte for byte
and no temporary files; every output is written through briefgen/outputs.py."""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import REPO

BRIEF = ("partner-korea.pdf", "partner-korea.docx")
PACK = ("investor-pack.pdf", "investor-pack.docx", "manifest.json", *BRIEF,
        "overview.pdf", "overview.docx")


@pytest.fixture
def project(mini: Path) -> Path:
    """The mini project with the shipped templates."""
    shutil.copytree(REPO / "templates", mini / "templates")
    return mini


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _assert_clean(folder: Path) -> None:
    """Nothing but finished outputs: no `.name.XXXX.part` temporary files."""
    leftovers = [p.name for p in folder.rglob("*") if p.name.startswith(".") or ".part" in p.name]
    assert not leftovers


def _change_inputs(project: Path) -> None:
    """Make every brief render differently, so an untouched file really is the old one."""
    facts = project / "facts" / "korea.yaml"
    facts.write_text(facts.read_text().replace("label: Signed investment\n",
                                               "label: Signed investment, changed\n"))


def _fail_writing(monkeypatch, name: str, exc: BaseException) -> list[str]:
    """Writing `name`'s temporary file writes half of its data, then raises `exc`: by
    Path.write_bytes (most files), or by the writers that write the pack's files themselves
    (qpdf's save, the zip writer's file)."""
    import builtins

    import pikepdf
    hits = []

    def ours(path) -> bool:
        path = Path(path)
        found = path.name.startswith(f".{name}.") and path.name.endswith(".part")
        if found:
            hits.append(path.name)
        return found

    def halved(path: Path):
        data = path.read_bytes()
        path.write_bytes(data[:len(data) // 2])
        raise exc

    original, original_save, original_open = Path.write_bytes, pikepdf.Pdf.save, builtins.open

    def write_bytes(self, data):
        if ours(self):
            original(self, data[:len(data) // 2])
            raise exc
        return original(self, data)

    def save(self, target, *args, **kwargs):
        original_save(self, target, *args, **kwargs)
        if isinstance(target, (str, Path)) and ours(target):
            halved(Path(target))

    def open_(file, mode="r", *args, **kwargs):
        handle = original_open(file, mode, *args, **kwargs)
        return _Failing(handle, exc) if "w" in mode and isinstance(file, (str, Path)) \
            and ours(file) else handle

    monkeypatch.setattr(Path, "write_bytes", write_bytes)
    monkeypatch.setattr(pikepdf.Pdf, "save", save)
    monkeypatch.setattr(builtins, "open", open_)
    return hits


class _Failing:
    """A file whose first write writes half of its data, then raises."""

    def __init__(self, handle, exc: BaseException):
        self.handle, self.exc = handle, exc

    def write(self, data):
        self.handle.write(bytes(data)[:len(data) // 2])
        raise self.exc

    def __getattr__(self, name):
        return getattr(self.handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.handle.close()


def _no_space() -> OSError:
    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


# --- one brief -------------------------------------------------------------------------------

@pytest.fixture
def built(project, run, tmp_path):
    out = tmp_path / "out"
    result = run("--project", project, "build", "partner", "korea", "--out", out)
    assert result.exit_code == 0, result.stderr
    return project, out, _snapshot(out)


@pytest.mark.parametrize("name", BRIEF)
def test_build_disk_full_mid_write_keeps_the_previous_file(built, run, monkeypatch, name):
    project, out, before = built
    _change_inputs(project)
    hits = _fail_writing(monkeypatch, name, _no_space())
    result = run("--project", project, "build", "partner", "korea", "--out", out)
    assert hits and result.exit_code == 1
    assert re.search(rf"^error: .*{re.escape(name)}: cannot write this file: No space left on device "
                     r"\(check that the output folder is writable and has free space\)$",
                     result.stderr, re.M), result.stderr
    assert _snapshot(out)[name] == before[name]
    _assert_clean(out)


def test_build_renderer_error_keeps_the_previous_file(built, run, monkeypatch):
    from briefgen.errors import RenderError
    from briefgen.render import docx as docx_renderer
    project, out, before = built
    _change_inputs(project)

    def broken(self, block):
        raise RenderError("the renderer broke")
    monkeypatch.setattr(docx_renderer.DocxWriter, "_KeyFigures", broken)
    result = run("--project", project, "build", "partner", "korea", "--out", out)
    assert result.exit_code == 1 and "error: the renderer broke" in result.stderr
    assert _snapshot(out) == before  # the PDF too: every format is rendered before any is written
    _assert_clean(out)


def test_build_template_error_keeps_every_file(built, run):
    project, out, before = built
    template = project / "templates" / "partner.md.j2"
    template.write_text(template.read_text() + "\n{% if %}\n")
    result = run("--project", project, "build", "partner", "korea", "--out", out)
    assert result.exit_code == 1 and "template syntax error" in result.stderr
    assert _snapshot(out) == before
    _assert_clean(out)


def test_build_interrupted_mid_write_keeps_the_previous_file(built, run, monkeypatch):
    project, out, before = built
    _change_inputs(project)
    _fail_writing(monkeypatch, "partner-korea.pdf", KeyboardInterrupt())
    result = run("--project", project, "build", "partner", "korea", "--out", out)
    assert result.exit_code == 130 and "interrupted" in result.stderr
    assert _snapshot(out) == before
    _assert_clean(out)


def test_outputs_get_ordinary_permissions(built):
    _, out, _ = built
    mask = os.umask(0)
    os.umask(mask)
    for path in out.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask, path.name


def test_unwritable_output_is_a_clean_error(project, run, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("--project", project, "build", "partner", "korea", "--out", blocker / "out")
    assert result.exit_code == 1
    assert f"{blocker}: this is a file, not a folder" in result.stderr and "Traceback" not in result.stderr
    assert blocker.read_text() == "not a folder"


# --- the pack --------------------------------------------------------------------------------

@pytest.fixture
def packed(project, run, tmp_path):
    out = tmp_path / "pack"
    result = run("--project", project, "pack", "--jobs", "1", "--out", out)
    assert result.exit_code == 0, result.stderr
    before = _snapshot(out)
    assert set(PACK) <= set(before)
    return project, out, before


@pytest.mark.parametrize("name", ["investor-pack.pdf", "investor-pack.docx", "partner-korea.pdf",
                                  "manifest.json"])
def test_pack_disk_full_mid_write_keeps_the_previous_file(packed, run, monkeypatch, name):
    project, out, before = packed
    _change_inputs(project)
    hits = _fail_writing(monkeypatch, name, _no_space())
    result = run("--project", project, "pack", "--jobs", "1", "--out", out)
    assert hits and result.exit_code == 1
    assert re.search(r"cannot write (this file|these files): No space left on device",
                     result.stderr)  # the pack's two files are written by others together
    after = _snapshot(out)
    assert after[name] == before[name]
    if name != "manifest.json":  # the manifest still describes what is on disk
        assert after["manifest.json"] == before["manifest.json"]
    _assert_clean(out)


def test_pack_with_its_temporary_folder_full_keeps_the_previous_pack(packed, run, monkeypatch,
                                                                     tmp_path):
    """The pack's PDF, spilled to the temporary folder as it is joined (every part here), finds
    no space there: the error names that folder and TMPDIR, and the pack on disk is untouched."""
    import tempfile

    from briefgen.render import pdf_join
    project, out, before = packed
    _change_inputs(project)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setattr(pdf_join, "SPILL_EVERY", 1)
    spilled = []

    def full(self, path):
        spilled.append(path)
        raise _no_space()
    monkeypatch.setattr(pdf_join._Joining, "spill", full)
    result = run("--project", project, "pack", "--jobs", "1", "--out", out)
    assert spilled and result.exit_code == 1
    assert re.search(rf"^error: {re.escape(str(scratch))}: cannot write the PDF as it is joined in the "
                     r"temporary folder: No space left on device \(free space there, or set TMPDIR "
                     r"to a folder with room\)$", result.stderr, re.M), result.stderr
    assert "Traceback" not in result.stderr
    assert _snapshot(out) == before and not list(scratch.iterdir())
    _assert_clean(out)


def test_pack_renderer_error_keeps_the_bound_pack(packed, run, monkeypatch):
    from briefgen.errors import RenderError
    from briefgen.render import docx as docx_renderer
    project, out, before = packed
    _change_inputs(project)

    def broken(self, block):
        raise RenderError("the renderer broke")
    monkeypatch.setattr(docx_renderer.DocxWriter, "_KeyFigures", broken)
    result = run("--project", project, "pack", "--jobs", "1", "--out", out)
    assert result.exit_code == 1 and "the renderer broke" in result.stderr
    after = _snapshot(out)
    for name in ("investor-pack.pdf", "investor-pack.docx", "manifest.json", "partner-korea.docx"):
        assert after[name] == before[name], name
    _assert_clean(out)


def test_pack_template_error_keeps_every_file(packed, run):
    project, out, before = packed
    cover = project / "templates" / "pack" / "cover.md.j2"
    cover.write_text(cover.read_text() + "\n{{ no_such_variable }}\n")
    _change_inputs(project)
    result = run("--project", project, "pack", "--jobs", "1", "--out", out)
    assert result.exit_code == 1 and "undefined variable 'no_such_variable'" in result.stderr
    after = _snapshot(out)
    for name in ("investor-pack.pdf", "investor-pack.docx", "manifest.json"):
        assert after[name] == before[name], name
    _assert_clean(out)


def test_pack_interrupted_mid_write_leaves_no_part_files(packed, run, monkeypatch):
    project, out, before = packed
    _change_inputs(project)
    _fail_writing(monkeypatch, "investor-pack.docx", KeyboardInterrupt())
    result = run("--project", project, "pack", "--jobs", "1", "--out", out)
    assert result.exit_code == 130 and "interrupted" in result.stderr
    after = _snapshot(out)
    for name in ("investor-pack.docx", "manifest.json"):
        assert after[name] == before[name], name
    _assert_clean(out)


# --- the pack bound with workers: its PDF joined in a process of its own -----------------------

def test_pack_with_workers_word_error_while_the_pdf_joins_keeps_the_bound_pack(packed, run,
                                                                               monkeypatch):
    """With workers the PDF is joined in a process started for it while this one writes the
    DOCX (binder._bound): the DOCX failing meanwhile leaves the last bound pack as it was, and
    the joining process, once the error is reported, no longer writes into the output folder."""
    from briefgen import binder
    from briefgen.errors import RenderError
    from briefgen.render.pdf_join import join_pdfs
    project, out, before = packed
    _change_inputs(project)
    joining, submitted = [], threading.Event()
    joiner = binder._joiner

    @contextmanager
    def watched():
        with joiner() as started:
            submit = started.submit

            def watched_submit(function, *args):
                if function is join_pdfs:
                    submitted.set()
                return submit(function, *args)
            started.submit = watched_submit
            joining.append(started)
            yield started

    def broken(*args):  # once the PDF's parts are handed to the joining process
        assert submitted.wait(60)
        raise RenderError("the Word pack broke")
    monkeypatch.setattr(binder, "_joiner", watched)
    monkeypatch.setattr(binder, "_docx_pack", broken)
    result = run("--project", project, "pack", "--jobs", "2", "--out", out)
    assert result.exit_code == 1 and "the Word pack broke" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(joining) == 1  # the PDF was being joined apart when the DOCX failed
    joining[0].shutdown(wait=True)  # whatever it was still doing, done
    after = _snapshot(out)
    for name in ("investor-pack.pdf", "investor-pack.docx", "manifest.json"):
        assert after[name] == before[name], name
    _assert_clean(out)


def test_pack_with_workers_join_error_in_its_own_process_keeps_the_bound_pack(packed, run,
                                                                              monkeypatch):
    """An error in the joining process (a brief's PDF changed while the pack was bound: it is
    bound from that file) is the build's error, reported as such, and nothing is replaced."""
    from briefgen import binder
    from briefgen.render.pdf_join import OwnPages
    project, out, before = packed
    _change_inputs(project)
    changed = []
    laid_part = binder._laid_part

    def changing(part, laying):
        if isinstance(part, OwnPages) and part.path is not None and not changed:
            part.path.write_bytes(part.path.read_bytes() + b"\n% changed\n")
            changed.append(part.path.name)
        return laid_part(part, laying)
    monkeypatch.setattr(binder, "_laid_part", changing)
    result = run("--project", project, "pack", "--jobs", "2", "--out", out)
    assert changed and result.exit_code == 1
    assert "changed while the pack was being bound" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    after = _snapshot(out)
    for name in ("investor-pack.pdf", "investor-pack.docx", "manifest.json"):
        assert after[name] == before[name], name
    _assert_clean(out)


# --- nothing bypasses outputs.py -------------------------------------------------------------

_WRITES = re.compile(r"open\([^)]*['\"][wax]b?\+?['\"]|\.write_bytes\(|\.write_text\(|\.save\(|"
                     r"savefig\(|os\.replace\(|os\.rename\(|shutil\.copy|mkstemp\(")
# Where a write is allowed: outputs.py itself; in-memory buffers (BytesIO) and temp paths handed
# out by outputs.atomic_path.
_ALLOWED = {
    "outputs.py": None,
    "facts/inbox/trial.py": {"shutil.copytree("},  # a scratch copy in a temporary directory
    "render/docx_xml.py": {"document.save(raw)"},  # into a BytesIO
    "render/pdf.py": {"temp.write_bytes(data)", "super().save()",  # atomic_path temp; canvas
                      "canvas.save()"},  # the page numbers' PDF, into a BytesIO
    "render/pdf_join.py": {"whole.save(out, deterministic_id=True)",  # the caller's `out`:
                           'with open(out, "wb") if isinstance(out, (str, Path))',  # a temp;
                           "whole.save(path, compress_streams=False"},  # a spill: its own temp dir
    "binder.py": {'with open(path, "wb") as out:'},  # the DOCX, a temp of outputs.together
    "kept_pack.py": {'with open(target, "wb") as out:'},  # a kept copy, into the same temps
    "charts/render.py": {"fig.savefig(buffer, format=fmt, **_SVG)"},  # into a BytesIO
    "charts/cache.py": {"cache_files.write_bytes(path, _SHAPES_KIND, data)"},  # the sealed writer
    "safety/cache_files.py": {'tempfile.mkstemp(dir=path.parent, prefix=".key.")',  # the key
                              'atomic_path(path, durable=False) as temp, open(temp, "wb")'},
    "review/briefs.py": {'image.save(buffer, "PNG", optimize=False)'},  # into a BytesIO
}


def test_no_file_write_bypasses_outputs():
    package = REPO / "briefgen"
    offenders = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package).as_posix()
        allowed = _ALLOWED.get(relative, set())
        if allowed is None:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#")[0].strip()
            if _WRITES.search(code) and not any(a in code for a in allowed):
                offenders.append(f"briefgen/{relative}:{number}: {code}")
    assert not offenders, "\n".join(offenders)


def test_write_all_replaces_every_file_or_none(tmp_path, monkeypatch):
    """outputs.write_all: a failure writing the second file leaves the first one unreplaced."""
    from briefgen.errors import RenderError
    from briefgen.outputs import write_all
    first, second = tmp_path / "brief.pdf", tmp_path / "brief.docx"
    write_all({first: b"old pdf", second: b"old docx"})
    _fail_writing(monkeypatch, "brief.docx", _no_space())
    with pytest.raises(RenderError, match="No space left on device"):
        write_all({first: b"new pdf", second: b"new docx"})
    assert (first.read_bytes(), second.read_bytes()) == (b"old pdf", b"old docx")
    _assert_clean(tmp_path)
    monkeypatch.undo()
    write_all({first: b"new pdf", second: b"new docx"})
    assert (first.read_bytes(), second.read_bytes()) == (b"new pdf", b"new docx")
    _assert_clean(tmp_path)


def _disk_log(monkeypatch) -> list[tuple]:
    """What reaches the disk, in order: ("fsync", file name) and ("replace", from, to)."""
    log = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        log.append(("fsync", Path(os.readlink(f"/proc/self/fd/{fd}")).name))
        real_fsync(fd)

    def replace(source, target):
        log.append(("replace", Path(source).name, Path(target).name))
        real_replace(source, target)
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return log


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names open files through /proc")
def test_outputs_reach_the_disk_before_they_replace_the_old_file(tmp_path, monkeypatch):
    """A crash right after the rename must not leave an empty brief where the old one was:
    each output's bytes are synced before it is renamed into place (caches need not be)."""
    from briefgen.outputs import write_all, write_bytes, write_text
    from briefgen.safety.cache_files import write_object
    log = _disk_log(monkeypatch)
    write_bytes(tmp_path / "brief.pdf", b"pdf")
    [(sync, synced), (rename, renamed, target)] = log
    assert (sync, rename, target) == ("fsync", "replace", "brief.pdf") and synced == renamed
    log.clear()
    write_text(tmp_path / "manifest.json", "{}")
    assert [entry[0] for entry in log] == ["fsync", "replace"] and log[0][1] == log[1][1]
    log.clear()
    write_all({tmp_path / "a.pdf": b"a", tmp_path / "a.docx": b"b"})
    assert [entry[0] for entry in log] == ["fsync", "fsync", "replace", "replace"]
    assert {entry[1] for entry in log[:2]} == {entry[1] for entry in log[2:]}
    log.clear()
    write_object(tmp_path / "fit.pickle", "fitted", 1)
    assert [entry[0] for entry in log] == ["replace"]  # a cache is made again when damaged


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names open files through /proc")
@pytest.mark.parametrize("syncfs", [True, False], ids=["syncfs", "fsync-each"])
def test_a_stage_syncs_its_files_at_once_before_it_moves_them(tmp_path, monkeypatch, syncfs):
    """A pack's briefs are written into its stage unsynced (an fsync each cost 3-5 ms, seconds
    for a thousand briefs); the stage syncs them before its first rename: its file system at
    once (syncfs), or where there is no such call each file."""
    from briefgen import outputs
    log = _disk_log(monkeypatch)
    real_syncfs = outputs._syncfs

    def logged(folder):
        log.append(("syncfs", folder.name))
        return syncfs and real_syncfs(folder)
    monkeypatch.setattr(outputs, "_syncfs", logged)
    with outputs.Stage(tmp_path) as stage:
        outputs.write_all({stage.path(tmp_path / "a.pdf"): b"a",
                           stage.path(tmp_path / "a.docx"): b"b"}, durable=False)
        assert [entry[0] for entry in log] == ["replace", "replace"]  # within the stage
        log.clear()
        (stage.folder / "manifest.json").write_text("{}")
        stage.commit(last="manifest.json")
    synced = [entry for entry in log if entry[0] != "replace"]
    renames = [entry for entry in log if entry[0] == "replace"]
    assert synced[0] == ("syncfs", stage.folder.name)
    expected = [] if syncfs else [("fsync", name) for name in ("a.docx", "a.pdf", "manifest.json")]
    assert synced[1:-1] == expected and synced[-1] == ("fsync", tmp_path.name)  # the folder
    assert [entry[2] for entry in renames] == ["a.docx", "a.pdf", "manifest.json"]
    assert log.index(renames[0]) > log.index(synced[-2])  # every file synced before any rename
    assert (tmp_path / "a.pdf").read_bytes() == b"a" and not stage.folder.exists()


def test_write_all_names_a_file_it_cannot_put_in_place(tmp_path):
    from briefgen.errors import RenderError
    from briefgen.outputs import write_all
    (tmp_path / "brief.pdf").mkdir()
    (tmp_path / "brief.pdf" / "keep").write_text("a folder in the way")
    with pytest.raises(RenderError) as caught:
        write_all({tmp_path / "brief.pdf": b"pdf"})
    [problem] = caught.value.problems
    assert problem.message == "cannot write this file: a folder is in its place"
    assert problem.path == str(tmp_path / "brief.pdf")
    assert problem.hint == "move the folder away and run again"
    _assert_clean(tmp_path)


def test_write_all_names_the_file_it_could_not_rename_into_place(tmp_path, monkeypatch):
    from briefgen.errors import RenderError
    from briefgen.outputs import write_all
    real_replace = os.replace

    def replace(source, target):
        if Path(target).name == "brief.docx":
            raise PermissionError(errno.EACCES, "Permission denied")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(RenderError) as caught:
        write_all({tmp_path / "brief.pdf": b"pdf", tmp_path / "brief.docx": b"docx"})
    [problem] = caught.value.problems
    assert (problem.message, problem.path, problem.hint) == (
        "cannot write this file: Permission denied", str(tmp_path / "brief.docx"),
        "check that the output folder is writable")
    _assert_clean(tmp_path)  # no temporary file left behind
