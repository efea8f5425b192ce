"""Every CLI command has help text and is documented in the README."""

from pathlib import Path

import click

from briefgen.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def commands(group: click.Group, prefix: str = "briefgen"):
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        yield path, command
        if isinstance(command, click.Group):
            yield from commands(command, path)


def test_every_command_has_help():
    for path, command in commands(main):
        assert (command.help or "").strip(), f"{path} has no help text"


def test_every_command_is_in_the_readme():
    missing = [path for path, command in commands(main)
               if not isinstance(command, click.Group) and f"`{path}" not in README
               and f"/ `{path.split(' ', 1)[1]}" not in README]
    assert not missing, f"not documented in README.md: {missing}"


def test_quick_start_has_two_commands():
    section = README.split("## Quick start", 1)[1].split("##", 1)[0]
    block = section.split("```sh", 1)[1].split("```", 1)[0]
    lines = [line for line in block.splitlines() if line.strip()]
    assert len(lines) == 2
    assert "briefgen pack" in lines[0] and "pytest" in lines[1]
