"""docs/errors.md is true: every error it lists is produced, by the command it shows, with the
message it shows.

Each `### ` entry of the catalogue holds an optional ```` ```sh setup ```` block (bash, run in the
project folder), one ```` ```sh ```` block with the `briefgen ...` command, and one ```` ```text ````
block with what the command prints on stderr. `…` in an expected line stands for any text. The
project is a copy of tests/roots/mini with the template the page shows as
`templates/partner.md.j2`; commands run in-process, in the project folder.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import REPO, ROOTS

DOC = REPO / "docs" / "errors.md"
_FENCE = re.compile(r"^(`{3,})([^\n`]*)\n(.*?)^\1[ \t]*$", re.M | re.S)


@dataclass
class Entry:
    title: str
    setup: str
    command: str
    expected: list[str]


def parse(text: str) -> tuple[dict[str, str], list[Entry]]:
    """(files of the base project, entries) from the page."""
    files: dict[str, str] = {}
    entries: list[Entry] = []
    sections = re.split(r"^### +(.+)$", text, flags=re.M)
    for block in _FENCE.finditer(sections[0]):
        info = block.group(2).split()
        for word in info[1:]:
            if word.startswith("file="):
                files[word[5:]] = block.group(3)
    for title, body in zip(sections[1::2], sections[2::2]):
        setup, command, expected = "", None, None
        for block in _FENCE.finditer(body):
            info = block.group(2).split()
            if info == ["sh", "setup"]:
                setup = block.group(3)
            elif info == ["sh"]:
                command = block.group(3).strip()
            elif info == ["text"]:
                expected = block.group(3).rstrip("\n").split("\n")
        assert command and expected, f"entry {title!r} needs a ```sh command and a ```text message"
        entries.append(Entry(title.strip(), setup, command, expected))
    return files, entries


FILES, ENTRIES = parse(DOC.read_text(encoding="utf-8"))


def make_project(folder: Path) -> Path:
    project = folder / "mini"
    shutil.copytree(ROOTS / "mini", project)
    for name, text in FILES.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text, encoding="utf-8")
    return project


def replay(entry: Entry, project: Path, monkeypatch) -> tuple[int, list[str]]:
    """Run the entry's setup and command in `project`: (exit code, stderr lines)."""
    from briefgen.cli import main
    if entry.setup:
        done = subprocess.run(["bash", "-euo", "pipefail", "-c", entry.setup], cwd=project,
                              capture_output=True, text=True)
        assert done.returncode == 0, f"setup of {entry.title!r} failed: {done.stderr}"
    words = shlex.split(entry.command)
    cwd = project
    if len(words) > 3 and words[0] == "cd" and words[2] == "&&":
        cwd, words = (project / words[1]).resolve(), words[3:]
    env = {}
    while words and re.match(r"^[A-Z_]+=", words[0]):
        name, _, value = words.pop(0).partition("=")
        env[name] = value
    assert words[0] == "briefgen", entry.command
    monkeypatch.chdir(cwd)
    for name in ("SOURCE_DATE_EPOCH", "BRIEFGEN_CACHE_DIR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = CliRunner().invoke(main, words[1:])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stderr.rstrip("\n").split("\n")


def _pattern(line: str) -> re.Pattern:
    return re.compile("".join(".*" if part == "…" else re.escape(part)
                              for part in re.split("(…)", line)) + r"\Z", re.S)


def test_the_page_lists_the_errors_the_issue_names():
    titles = " | ".join(e.title.lower() for e in ENTRIES)
    for needed in ("malformed yaml", "unknown key", "not a number", "quote not found",
                   "unknown fact", "syntax error", "undefined variable", "chart",
                   "unknown subject", "unknown format", "no project", "colour"):
        assert needed in titles, needed
    assert len({e.title for e in ENTRIES}) == len(ENTRIES), "entry titles are unique"


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.title for e in ENTRIES])
def test_error_is_produced_as_documented(entry, tmp_path, monkeypatch):
    project = make_project(tmp_path)
    code, lines = replay(entry, project, monkeypatch)
    shown = "\n".join(lines)
    assert code == 1, f"exit {code}, stderr:\n{shown}"
    assert len(lines) == len(entry.expected), f"stderr:\n{shown}"
    for expected, line in zip(entry.expected, lines):
        assert _pattern(expected).match(line), f"\nexpected: {expected}\nactual:   {line}"


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.title for e in ENTRIES])
def test_every_documented_message_says_where_and_what_to_do(entry):
    """`error: path:line: message (what to do)`, or at least a path or a hint for errors that
    belong to no file (a command-line option, an environment variable)."""
    for line in entry.expected:
        if re.fullmatch(r"\d+ problems", line):
            continue
        assert line.startswith("error: "), line
        located = re.match(r"error: [^ ]+:\d+: ", line)
        hinted = line.endswith(")")
        assert located or hinted, f"neither file:line nor what to do: {line}"


def test_base_project_builds_cleanly(tmp_path, monkeypatch):
    """Without the setups, the page's project builds: each error comes from its setup alone."""
    project = make_project(tmp_path)
    code, lines = replay(Entry("clean", "", "briefgen build partner korea --format pdf",
                               []), project, monkeypatch)
    assert code == 0, lines
    assert os.path.getsize(project / "out" / "partner-korea.pdf") > 1000
