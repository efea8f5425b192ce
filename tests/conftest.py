"""Shared fixtures: sample projects under tests/roots/ copied to a temporary folder; every test
gets its own empty cache, and the run leaves the repository's .cache/ and tests/ untouched."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOTS = Path(__file__).parent / "roots"
REPO = Path(__file__).resolve().parents[1]


def pytest_configure(config):
    """Module- and session-wide fixtures (built before any test's own cache exists) cache in a
    folder of this run's, removed at its end."""
    config._briefgen_cache = tempfile.mkdtemp(prefix="briefgen-test-cache-")
    os.environ["BRIEFGEN_CACHE_DIR"] = config._briefgen_cache


def pytest_unconfigure(config):
    shutil.rmtree(config._briefgen_cache, ignore_errors=True)


@pytest.fixture(autouse=True)
def cold_cache(tmp_path_factory, monkeypatch) -> Path:
    """A fresh cache folder for each test ($BRIEFGEN_CACHE_DIR): no test passes because of what
    an earlier test or run left cached, and none writes into the repository's .cache/."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(folder))
    return folder


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    """Every data file under `folder` -> (size, modification time). Python files and bytecode
    aside: a person may edit a test while the suite runs."""
    found = {}
    for parent, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d not in ("__pycache__", ".pytest_cache", ".hypothesis")]
        for name in (f for f in files if not f.endswith(".py")):
            stat = os.stat(os.path.join(parent, name))
            found[os.path.join(parent, name)] = (stat.st_size, stat.st_mtime_ns)
    return found


@pytest.fixture(autouse=True, scope="session")
def repository_untouched():
    """Tests read the repository, never write it: outputs and caches go to temporary folders."""
    watched = (REPO / ".cache", REPO / "tests")
    before = [_tree(folder) for folder in watched]
    yield
    for folder, files in zip(watched, before):
        after = _tree(folder)
        changed = sorted(p for p in files.keys() | after.keys() if files.get(p) != after.get(p))
        assert not changed, f"the tests changed files under {folder}: {changed[:10]}"


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
