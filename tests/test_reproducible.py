"""Same inputs, same bytes: two builds with a fixed production date and a wiped cache give
byte-identical PDF and DOCX files; SOURCE_DATE_EPOCH sets the printed date.

The two builds of the shipped project run as separate processes with different hash seeds, so
nothing that depends on set or dict order of one interpreter (or on a warm cache) can hide.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pikepdf
from docx import Document
from pypdf import PdfReader

from conftest import REPO

EPOCH = "1700000000"  # 14 November 2023, 22:13:20 UTC
EPOCH_DATE = "14 November 2023"


def _copy_project(target: Path) -> Path:
    """The shipped project's inputs (no out/, no cache, no inbox) in a folder of its own."""
    target.mkdir()
    shutil.copy(REPO / "briefgen.yaml", target)
    for folder in ("facts", "seeds", "templates", "events"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, target / folder, ignore=shutil.ignore_patterns("_inbox"))
    return target


def _briefgen(project: Path, *args: str, hash_seed: str, epoch: str | None = EPOCH):
    env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "BRIEFGEN_CACHE_DIR")}
    env["PYTHONHASHSEED"] = hash_seed
    if epoch:
        env["SOURCE_DATE_EPOCH"] = epoch
    done = subprocess.run([sys.executable, "-m", "briefgen.cli", "--project", str(project), *args],
                          capture_output=True, text=True, env=env, cwd=project)
    assert done.returncode == 0, done.stderr
    return done


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.suffix in (".pdf", ".docx")}


def _wipe_cache(project: Path) -> None:
    shutil.rmtree(project / ".cache", ignore_errors=True)


def test_partner_brief_is_byte_identical_across_builds(tmp_path):
    project = _copy_project(tmp_path / "qingdao")
    first, second = tmp_path / "first", tmp_path / "second"
    _briefgen(project, "build", "partner", "japan", "--out", str(first), hash_seed="1")
    _wipe_cache(project)
    _briefgen(project, "build", "partner", "japan", "--out", str(second), hash_seed="2")
    digests = _digests(first)
    assert set(digests) == {"partner-japan.pdf", "partner-japan.docx", "partner-japan-sources.pdf"}
    assert digests == _digests(second)
    # the date is the one SOURCE_DATE_EPOCH names (the shipped config leaves production_date empty)
    assert EPOCH_DATE in PdfReader(first / "partner-japan.pdf").pages[0].extract_text()


def test_pack_is_byte_identical_across_builds(mini, tmp_path):
    """A small pack (overview, one partner, cover, contents, sources) built twice, cold."""
    shutil.copytree(REPO / "templates", mini / "templates")
    first, second = tmp_path / "first", tmp_path / "second"
    _briefgen(mini, "pack", "--jobs", "1", "--out", str(first), hash_seed="3")
    _wipe_cache(mini)
    _briefgen(mini, "pack", "--jobs", "1", "--out", str(second), hash_seed="4")
    digests = _digests(first)
    assert {"investor-pack.pdf", "investor-pack.docx", "partner-korea.pdf",
            "partner-korea.docx"} <= set(digests)
    assert digests == _digests(second)
    assert (first / "manifest.json").read_bytes() == (second / "manifest.json").read_bytes()


def _footer_texts(docx_path: Path) -> str:
    document = Document(str(docx_path))
    return "\n".join(p.text for s in document.sections for p in s.footer.paragraphs)


def _without_production_date(project: Path) -> None:
    config = project / "briefgen.yaml"
    config.write_text(config.read_text().replace("production_date: 2026-01-15\n", ""))


def test_source_date_epoch_sets_the_printed_date(mini, run, monkeypatch, tmp_path):
    shutil.copytree(REPO / "templates", mini / "templates")
    _without_production_date(mini)
    outputs = {}
    for epoch, printed in (("1700000000", "14 November 2023"), ("1262304000", "1 January 2010")):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
        out = outputs[epoch] = tmp_path / epoch
        result = run("--project", mini, "build", "partner", "korea", "--out", out)
        assert result.exit_code == 0, result.stderr
        text = PdfReader(out / "partner-korea.pdf").pages[0].extract_text()
        assert f"Produced {printed}" in text and "15 January 2026" not in text
        assert f"Produced {printed}" in _footer_texts(out / "partner-korea.docx")
    one, two = (_digests(folder) for folder in outputs.values())
    assert one.keys() == two.keys() and all(one[k] != two[k] for k in one)  # the date reaches the bytes


def test_configured_production_date_wins_over_source_date_epoch(mini, run, monkeypatch, tmp_path):
    shutil.copytree(REPO / "templates", mini / "templates")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    out = tmp_path / "out"
    assert run("--project", mini, "build", "partner", "korea", "--out", out).exit_code == 0
    assert "Produced 15 January 2026" in _footer_texts(out / "partner-korea.docx")


def test_pack_pdf_is_the_same_with_any_number_of_workers(run, monkeypatch, tmp_path):
    """A run of documents laid out for the pack (cover and contents, a brief with its cards) is
    split into parts joined into one PDF: the split, and so the bytes, may not depend on
    --jobs. Parts of one document each make a six-brief synthetic pack show it."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from synthetic_pack import make_project

    from briefgen import binder
    monkeypatch.setattr(binder, "PART_DOCUMENTS", 1)
    project = make_project(tmp_path / "synthetic", 4, 1)
    made = {}
    for jobs in ("1", "2"):
        shutil.rmtree(project / ".cache" / "bound", ignore_errors=True)  # bound again, not reused
        out = tmp_path / f"j{jobs}"
        result = run("--project", project, "pack", "--jobs", jobs, "--out", out)
        assert result.exit_code == 0, result.stderr
        made[jobs] = out
    pdf = pikepdf.open(made["1"] / "investor-pack.pdf")
    links = [a for page in pdf.pages for a in page.obj.get("/Annots", ()) if "/StructParent" in a]
    assert len(pdf.pages) >= 6 and len(links) > 10  # tagged links, whose keys a split moved
    assert _digests(made["1"]) == _digests(made["2"])
    assert (made["1"] / "manifest.json").read_bytes() == (made["2"] / "manifest.json").read_bytes()


def test_briefs_fitted_ahead_make_the_same_pack(run, monkeypatch, tmp_path):
    """With workers, the last briefs to render are fitted first (pack._fit_ahead): the pack and
    the briefs are the same bytes as a cold build in one process, which fits none ahead."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from synthetic_pack import make_project

    from briefgen import pack
    project = make_project(tmp_path / "synthetic", 4, 1)
    fitted = []
    fit_ahead = pack._fit_ahead
    monkeypatch.setattr(pack, "_fit_ahead", lambda items, *a: fitted.append(len(items)) or
                        fit_ahead(items, *a))
    made = {}
    for jobs in ("1", "2"):
        monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / f"cache{jobs}"))  # cold
        out = tmp_path / f"j{jobs}"
        result = run("--project", project, "pack", "--jobs", jobs, "--out", out)
        assert result.exit_code == 0, result.stderr
        made[jobs] = out
    assert fitted == [6]  # -j 2 only: six briefs to render, the last fitted ahead
    assert _digests(made["1"]) == _digests(made["2"])
    assert (made["1"] / "manifest.json").read_bytes() == (made["2"] / "manifest.json").read_bytes()


def test_own_pages_are_made_before_the_briefs_fitted_ahead_are_rendered(monkeypatch, tmp_path):
    """The pack's cover, contents and appendix are made as soon as every brief is fitted: with
    the last fifth fitted ahead, before those are rendered (here in order, one at a time)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from concurrent.futures import Future

    from synthetic_pack import make_project

    from briefgen import binder, executors, pack
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))
    project = load_project(make_project(tmp_path / "synthetic", 8, 1))
    store = load_store(project)
    config = pack.load_pack_config(None, project)
    items = [pack._composed(project, store, request, ("pdf",), tmp_path / "out")
             for request in pack.plan(project, store, config)]
    events: list[str] = []

    class Ordered(executors.InProcess):
        parallel = True

        def fit(self, items, project):
            done = {}
            for item in items:
                future = Future()
                future.set_result(executors._fit_job(item.document, project))
                done[future] = item
                events.append(f"fitted {item.name}")
            return done

    finish, kept_matter = pack._finish, binder.kept_matter
    monkeypatch.setattr(pack, "_finish", lambda item, *a: (events.append(f"rendered {item.name}"),
                                                           finish(item, *a)))
    monkeypatch.setattr(binder, "kept_matter", lambda *a: (events.append("matter"),
                                                           kept_matter(*a))[1])
    ahead = binder.Ahead(project, store, config, items)
    pack._render_all(items, project, Ordered(), None, ahead)
    last = [item.name for item in items[-(len(items) // pack.FIT_AHEAD):]]
    assert len(items) == 10 and len(last) == 2 and ahead.matter is not None
    assert events[:2] == [f"fitted {name}" for name in last]
    assert events[-3:] == ["matter", *(f"rendered {name}" for name in last)]
