"""Shared fixtures: sample projects under tests/roots/ copied to a temporary folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOTS = Path(__file__).parent / "roots"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A copy of the small test project, safe to modify."""
    target = tmp_path / "mini"
    shutil.copytree(ROOTS / "mini", target)
    return target


@pytest.fixture
def run():
    """Run the CLI in-process: run(args...) -> click Result (exit_code, stdout, stderr)."""
    from briefgen.cli import main

    def invoke(*args: str):
        return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return invoke
