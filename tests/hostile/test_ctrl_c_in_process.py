"""A real Ctrl-C (SIGINT sent to this process) at the moments a command can be stopped, the
command run in-process as the tests' `run` does: exit 130, a message saying what was written,
and an output folder holding the earlier outputs or all of this run's. The same in a process of
its own, with workers, `python -m` and the interpreter's exit: test_hostile_interruption.py."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import threading
from pathlib import Path

import pytest

from briefgen import outputs, pack, progress
from briefgen.safety import interrupts
from conftest import REPO

EARLIER_KEPT = "interrupted; earlier outputs are left as they were"


def _ctrl_c() -> None:
    os.kill(os.getpid(), signal.SIGINT)  # acted on at the next line of Python


def _first(monkeypatch, owner, name: str) -> None:
    original = getattr(owner, name)
    monkeypatch.setattr(owner, name, lambda *a, **k: (_ctrl_c(), original(*a, **k))[1])


def _then(monkeypatch, owner, name: str) -> None:
    original = getattr(owner, name)
    monkeypatch.setattr(owner, name, lambda *a, **k: (original(*a, **k), _ctrl_c())[0])


@pytest.fixture
def packed(mini, run, tmp_path):
    """The mini project packed once, then changed so that a new pack differs in every brief."""
    shutil.copytree(REPO / "templates", mini / "templates")
    out = tmp_path / "pack"
    assert run("--project", mini, "pack", "--jobs", "1", "--out", out).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    facts = mini / "facts" / "korea.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace(
        "label: Signed investment\n", "label: Signed investment, changed\n"), encoding="utf-8")
    return mini, out, before


def _complete(out: Path) -> dict[str, bytes]:
    """The output folder's files, after checking that it holds its manifest and every file the
    manifest lists with the bytes it lists, and nothing else (no stage folder left)."""
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    hashes = {manifest["pack"][fmt]: sha for fmt, sha in manifest["pack_sha256"].items()}
    for entry in manifest["documents"].values():
        hashes.update({entry["files"][fmt]: sha for fmt, sha in entry["sha256"].items()})
    assert sorted(p.name for p in out.iterdir()) == sorted([*hashes, "manifest.json"])
    for name, sha in hashes.items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == sha, name
    return {p.name: p.read_bytes() for p in out.iterdir()}


def test_ctrl_c_while_briefs_render_leaves_the_earlier_outputs(packed, run, monkeypatch):
    project, out, before = packed
    _first(monkeypatch, pack, "_render_all")
    result = run("--project", project, "pack", "--jobs", "1", "--out", out)
    assert result.exit_code == 130
    assert result.stderr.rstrip().endswith(EARLIER_KEPT) and "Traceback" not in result.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


@pytest.mark.parametrize("point", ["between moving the briefs and the manifest", "after the summary"])
def test_ctrl_c_once_outputs_move_into_place_leaves_all_new_ones(packed, run, monkeypatch, point):
    """A Ctrl-C while the staged files are moved is held until all are in place (a pack half
    old, half new would have no manifest vouching for it); one after the summary has nothing
    left to stop. Either way the exit is 130 and the message names the folder written."""
    project, out, before = packed
    if point == "after the summary":
        _then(monkeypatch, progress, "summary_table")
    else:
        _first(monkeypatch, outputs.Stage, "_remove")
    result = run("--project", project, "pack", "--jobs", "1", "--out", out)
    assert result.exit_code == 130, result.output
    assert result.stderr.rstrip().endswith(
        f"interrupted after writing all of this run's outputs to {out}")
    assert result.stderr.count("interrupted") == 1 and "Traceback" not in result.stderr
    after = _complete(out)
    assert after["manifest.json"] != before["manifest.json"]  # this run's, not the earlier
    assert after["partner-korea.pdf"] != before["partner-korea.pdf"]


# --- run and deferred, as the command line and outputs.py use them -----------------------------

def test_a_command_not_interrupted_returns_its_result_and_its_own_exit(capsys):
    previous = signal.getsignal(signal.SIGINT)
    assert interrupts.run(lambda: "done", program=False) == "done"
    with pytest.raises(SystemExit) as exited:
        interrupts.run(lambda: exit(1), program=False)
    assert exited.value.code == 1  # a command's own exit code, not 130
    assert signal.getsignal(signal.SIGINT) is previous  # the caller's handler put back
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("handled", [False, True], ids=["escaping", "handled by the command"])
def test_a_ctrl_c_during_the_command_exits_130_and_says_so_once(capsys, handled):
    """A KeyboardInterrupt escaping the command (one while click parses the options) or one the
    command's own handler turned into its exit (cli.py)."""
    def command():
        try:
            _ctrl_c()
            pytest.fail("the SIGINT did not stop the command")
        except KeyboardInterrupt:
            if not handled:
                raise
            interrupts.say()
            raise SystemExit(interrupts.EXIT_INTERRUPTED) from None

    previous = signal.getsignal(signal.SIGINT)
    with pytest.raises(SystemExit) as exited:
        interrupts.run(command, program=False)
    assert exited.value.code == 130
    assert capsys.readouterr().err == EARLIER_KEPT + "\n"
    assert signal.getsignal(signal.SIGINT) is previous


def test_a_ctrl_c_inside_a_deferred_step_acts_when_the_step_is_done():
    done = []
    previous = signal.getsignal(signal.SIGINT)
    with pytest.raises(KeyboardInterrupt):
        with interrupts.deferred():
            _ctrl_c()
            done.append("the rest of the step")
        done.append("after the step")  # never: the held Ctrl-C raises as the step ends
    assert done == ["the rest of the step"]
    assert signal.getsignal(signal.SIGINT) is previous
    with interrupts.deferred():  # no Ctrl-C: nothing raised
        done.append("a quiet step")
    assert done[-1] == "a quiet step" and signal.getsignal(signal.SIGINT) is previous


def test_a_deferred_step_runs_in_a_thread(tmp_path):
    """The review page renders a brief's preview in one of Starlette's worker threads, where no
    signal handler can be set: its files are written together all the same."""
    failed = []

    def write():
        try:
            outputs.write_all({tmp_path / "a.pdf": b"one", tmp_path / "a.docx": b"two"})
        except BaseException as exc:  # noqa: BLE001 - shown by the assertion below
            failed.append(exc)
    thread = threading.Thread(target=write)
    thread.start()
    thread.join(30)
    assert not failed
    assert [(tmp_path / n).read_bytes() for n in ("a.pdf", "a.docx")] == [b"one", b"two"]
