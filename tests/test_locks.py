"""One writer at a time in facts/, across processes: the review page and the commands that
write facts/ wait for each other, and one that waits too long changes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import REPO

from briefgen.safety import locks
from briefgen.safety.locks import Busy, facts_writer

pytestmark = pytest.mark.skipif(locks.fcntl is None, reason="no flock on this system")

HOLDER = """\
import sys
from pathlib import Path
from briefgen.safety.locks import facts_writer
with facts_writer(Path(sys.argv[1])):
    print("locked", flush=True)
    sys.stdin.readline()  # hold the lock until told
    for path, old, new in zip(*[iter(sys.argv[2:])] * 3):
        text = Path(path).read_text(encoding="utf-8")
        Path(path).write_text(text.replace(old, new, 1), encoding="utf-8")
"""


class Holder:
    """Another process holding the facts folder's lock; on `release()` it first replaces
    `old` with `new` in `path` (a write made while the lock was held), then lets go."""

    def __init__(self, facts: Path, *edits: str):
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(facts), *edits], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
        assert self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        self.process.communicate("go\n", timeout=30)
        assert self.process.returncode == 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.process.poll() is None:
            self.release()


def test_a_writer_waits_for_another_process(tmp_path):
    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "a.yaml").write_text("old\n", encoding="utf-8")
    seen = []

    def write():
        with facts_writer(facts):
            seen.append((facts / "a.yaml").read_text(encoding="utf-8"))
    with Holder(facts, str(facts / "a.yaml"), "old", "new") as holder:
        waiting = threading.Thread(target=write)
        waiting.start()
        waiting.join(0.5)
        assert waiting.is_alive() and not seen, "the writer did not wait for the lock"
        holder.release()
        waiting.join(30)
    assert seen == ["new\n"]  # it read the file only after the other process had written it


def test_a_writer_that_waits_too_long_gives_up_with_a_reason(tmp_path):
    facts = tmp_path / "facts"
    facts.mkdir()
    with Holder(facts), pytest.raises(Busy) as refused:
        with facts_writer(facts, wait=0.2):
            pytest.fail("the lock was taken twice")
    assert str(refused.value.problems[0]).startswith(
        f"{facts}: another briefgen process is writing to this folder; nothing was changed")
    with facts_writer(facts, wait=0.2):  # free again once the other process let go
        pass


def test_facts_accept_waits_for_the_lock(run, mini, monkeypatch):
    monkeypatch.setattr(locks, "WAIT_SECONDS", 0.2)
    inbox = mini / "facts" / "_inbox"
    inbox.mkdir()
    (inbox / "x.yaml").write_text("facts:\n", encoding="utf-8")
    with Holder(mini / "facts"):
        result = run("--project", mini, "facts", "accept")
    assert result.exit_code == 1
    assert f"{mini / 'facts'}: another briefgen process is writing to this folder; nothing " \
        "was changed" in result.stderr
    assert "try again when it has finished (a review page, `briefgen facts accept` or " \
        "`facts extract --inbox`)" in result.stderr
    assert (inbox / "x.yaml").read_text(encoding="utf-8") == "facts:\n"
