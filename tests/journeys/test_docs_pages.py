"""The docs' commands: the step-by-step pages are followed as written (their files written, or
appended to for an `append=` block,
their commands run in order from the folder a `cd` line moves to, and a `text` block right after
a command is what it prints, `…` standing for any text); every other `briefgen` line of README.md
and docs/ must parse as the CLI parses it."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from helpers import REPO, briefgen

FENCE = re.compile(r"^```(\w+)([^\n]*)\n(.*?)^```$", re.M | re.S)
PAGES = ["first-project.md", "freshness.md"]


def steps(page: str):
    """(language, ("file" or "append", name) or None, body) of every fenced block of the page,
    in order."""
    for match in FENCE.finditer((REPO / "docs" / page).read_text(encoding="utf-8")):
        language, info, body = match.groups()
        target = re.search(r"\b(file|append)=(\S+)", info)
        yield language, (target.group(1), target.group(2)) if target else None, body


def matches(expected: str, actual: str) -> bool:
    pattern = "".join(".*" if part == "…" else re.escape(part) for part in re.split("(…)", expected))
    return re.fullmatch(pattern, actual, re.S) is not None


def follow(page: str, folder: Path) -> list[str]:
    """Do what the page says in `folder`; returns the commands run."""
    cwd, ran, last = folder, [], None
    for language, target, body in steps(page):
        if target:
            how, name = target
            before = (cwd / name).read_text(encoding="utf-8") if how == "append" else ""
            (cwd / name).parent.mkdir(parents=True, exist_ok=True)
            (cwd / name).write_text(before + body, encoding="utf-8")
        elif language == "sh":
            for line in body.splitlines():
                words = shlex.split(line)
                if words[0] == "cd":
                    cwd = cwd / words[1]
                    continue
                last = run_line(words, cwd)
                assert last.returncode == 0, f"{line}\n{last.stderr}"
                ran.append(line)
            continue
        elif language == "text" and last is not None:
            printed = (last.stdout + last.stderr).splitlines()
            for expected, actual in zip(body.splitlines(), printed, strict=True):
                assert matches(expected, actual), f"expected: {expected}\nactual:   {actual}"
        last = None
    return ran


def run_line(words: list[str], cwd: Path) -> subprocess.CompletedProcess:
    """A `briefgen ...` or `python -m briefgen....` line of a page, run from `cwd`."""
    if words[0] == "briefgen":
        return briefgen(*words[1:], cwd=cwd)
    assert words[:3] == ["python", "-m", words[2]] and words[2].startswith("briefgen."), words
    return subprocess.run([sys.executable, *words[1:]], cwd=cwd, capture_output=True, text=True,
                          env={"PYTHONPATH": str(REPO), "PATH": ""}, timeout=120)


@pytest.mark.parametrize("page", PAGES)
def test_the_page_can_be_followed_as_written(page, tmp_path):
    assert follow(page, tmp_path)


def test_the_reference_document_page(tmp_path):
    """What the page says to do in Word, done with python-docx: all caps and a colour set in
    Word are kept (the reference wins over brand); the command on the page makes a fresh file."""
    import docx
    follow("first-project.md", tmp_path)
    project = tmp_path / "exampleton"
    reference = project / "templates" / "reference.docx"
    word = docx.Document(reference)
    heading = word.styles["Heading 2"]
    heading.font.all_caps = True
    heading.font.color.rgb = docx.shared.RGBColor(0xFF, 0, 0)
    word.save(reference)

    follow("reference-docx.md", project)

    built = docx.Document(project / "out" / "overview.docx").styles["Heading 2"]
    assert built.font.all_caps is True
    assert str(built.font.color.rgb) == "FF0000"  # set in Word: wins over brand.primary
    assert docx.Document(reference).styles["Heading 2"].font.all_caps is not True  # made afresh


def documented_commands():
    """(file, line) of every `briefgen ...` command in a shell block of README.md and docs/."""
    for path in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]:
        for match in FENCE.finditer(path.read_text(encoding="utf-8")):
            language, _, body = match.groups()
            if language != "sh":
                continue
            for line in body.replace("\\\n", " ").splitlines():  # continued lines joined
                words = shlex.split(line, comments=True)
                for stop in (">", "|", "&&"):  # the briefgen part of a shell line
                    if stop in words:
                        words = words[words.index(stop) + 1:] if stop == "&&" else words[:words.index(stop)]
                while words and "=" in words[0]:  # VAR=value before the command
                    words = words[1:]
                if words and words[0] == "briefgen":
                    yield path.name, line.strip(), words[1:]


def test_every_documented_command_exists_with_its_options():
    """Pages followed step by step run their commands (above, and the errors and events guides'
    own tests); every other command shown in the docs must at least be one the CLI accepts:
    its command, options and arguments parsed as `briefgen` parses them, without running it."""
    import click

    from briefgen.cli import main
    found = list(documented_commands())
    assert len(found) > 50
    for page, line, args in found:
        command, context = main, None
        try:
            while True:
                context = command.make_context(command.name or "briefgen", list(args), parent=context)
                if not isinstance(command, click.Group):
                    break
                with warnings.catch_warnings():  # Click 8.2 moves the subcommand into args
                    warnings.simplefilter("ignore", DeprecationWarning)
                    rest = [*context.protected_args, *context.args]
                name, command, args = command.resolve_command(context, rest)
        except click.UsageError as exc:
            raise AssertionError(f"{page}: `{line}`: {exc.format_message()}") from None
