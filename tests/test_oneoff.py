"""A one-off `briefgen build`, where a user waits: a cold build draws its chart and renders its
Word file in a helper process (matplotlib and python-docx are never imported by the build's
own); a warm build (its inputs unchanged since the last) writes the kept files without
importing a renderer, numpy or jsonschema; any change of input renders again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

# Builds one brief in a new process and prints which heavy libraries it imported.
_BUILD = """
import sys
from briefgen.cli import main
try:
    main(["build", "partner", "south-korea"])
except SystemExit as exit:
    assert not exit.code, exit.code
print(sorted(m for m in ("reportlab", "docx", "matplotlib", "numpy", "jsonschema") if m in sys.modules))
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("oneoff") / "qingdao"
    root.mkdir()
    for part in ("facts", "seeds", "templates"):
        shutil.copytree(REPO / part, root / part)
    shutil.copy(REPO / "briefgen.yaml", root / "briefgen.yaml")
    return root


@pytest.fixture(autouse=True)
def project_cache(cold_cache, monkeypatch):
    """These tests watch the project's own .cache/ (the project is a temporary copy), so the
    cache is not moved to the test's $BRIEFGEN_CACHE_DIR."""
    monkeypatch.delenv("BRIEFGEN_CACHE_DIR")


def _build(project: Path) -> list[str]:
    done = subprocess.run([sys.executable, "-c", _BUILD], cwd=project, capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=300)
    assert done.returncode == 0, done.stderr
    return eval(done.stdout.strip().splitlines()[-1])


def _files(project: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (project / "out").glob("partner-south-korea.*")}


def test_a_warm_one_off_writes_the_same_files_and_imports_no_renderer(project):
    # cold: renders, its chart drawn and its Word file rendered by a helper process
    # (charts/apart.py)
    assert _build(project) == ["reportlab"]
    cold = _files(project)
    shutil.rmtree(project / "out")
    assert _build(project) == []
    assert _files(project) == cold and set(cold) == {"partner-south-korea.docx",
                                                     "partner-south-korea.pdf"}


def test_an_edited_fact_is_rendered_again(project, run):
    run("--project", project, "build", "partner", "south-korea")
    before = _files(project)
    facts = project / "facts" / "partners" / "south-korea.yaml"
    text = facts.read_text(encoding="utf-8")
    label = "label: Signed (contract) investment from South Korea"
    assert label in text
    facts.write_text(text.replace(label, label + " (edited)"), encoding="utf-8")
    result = run("--project", project, "build", "partner", "south-korea")
    assert result.exit_code == 0, result.output
    after = _files(project)
    assert after["partner-south-korea.pdf"] != before["partner-south-korea.pdf"]
    shutil.rmtree(project / ".cache")
    assert run("--project", project, "build", "partner", "south-korea").exit_code == 0
    assert _files(project) == after  # what the kept files held is what rendering makes
