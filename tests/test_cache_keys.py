"""Every cache key covers the code that made the entry: after an edit to briefgen (the fitter,
the chart drawing, the store's checks) nothing cached by the old code is reused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefgen import code_version as code_module
from briefgen.config import load_project
from briefgen.theme import DEFAULT_THEME
from render_samples import chart, document

PACKAGE = Path(code_module.__file__).parent


@pytest.fixture
def code(tmp_path, monkeypatch):
    """A copy of briefgen's source that code_version reads; edit(relative path) changes a file."""
    copy = tmp_path / "briefgen"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "fonts", "*.json"))
    monkeypatch.setattr(code_module, "_PACKAGE", copy)
    code_module.code_version.cache_clear()
    yield lambda name: (copy / name).write_text((copy / name).read_text() + "\n# edited\n")
    code_module.code_version.cache_clear()


@pytest.mark.parametrize("module", ["render/fit.py", "charts/bars.py", "facts/verify.py",
                                    "theme.py", "compose/templates.py"])
def test_an_edit_to_any_module_changes_the_code_version(code, module):
    before = code_module.code_version()
    code(module)
    code_module.code_version.cache_clear()
    assert code_module.code_version() != before


def test_fitted_documents_are_reused_only_by_the_same_code(code, mini):
    from briefgen.build import _fitted, document_hash
    project = load_project(mini)
    doc = document()
    first_key = document_hash(doc, project, (1,))
    assert _fitted(doc, project, 1)[1] is not None  # laid out: nothing cached yet
    assert _fitted(doc, project, 1)[1] is None  # the same code: read from the cache
    code("render/fit.py")
    code_module.code_version.cache_clear()
    assert document_hash(doc, project, (1,)) != first_key
    assert _fitted(doc, project, 1)[1] is not None  # fitted again by the edited fitter


def test_chart_keys_change_with_the_code(code):
    from briefgen.charts.cache import cache_keys
    before = cache_keys(chart(), DEFAULT_THEME, ("png",), (16.0, 6.0), "")
    code("charts/raster.py")
    code_module.code_version.cache_clear()
    cache_keys.cache_clear()
    assert cache_keys(chart(), DEFAULT_THEME, ("png",), (16.0, 6.0), "") != before


def test_the_kept_store_is_loaded_afresh_after_a_code_edit(code, mini, monkeypatch):
    from briefgen.facts import store as store_module
    from briefgen.facts.store import load_store
    project = load_project(mini)
    load_store(project)
    code("facts/verify.py")
    code_module.code_version.cache_clear()
    loaded = []
    real = store_module.read_store
    monkeypatch.setattr(store_module, "read_store", lambda p: loaded.append(p) or real(p))
    load_store(project)
    assert loaded == [project]



def test_a_one_off_writes_its_kept_files_only_for_the_same_code(code, mini, tmp_path, monkeypatch):
    from briefgen import build
    from briefgen.facts.store import load_store
    (mini / "templates").mkdir()
    (mini / "templates" / "partner.md.j2").write_text(
        "---\ntitle: Korea\n---\n{{ fact('kr.banks').text }}{{ fact('kr.banks').cite }}\n")
    project = load_project(mini)
    store = load_store(project)
    renders = []
    real = build.rendered
    monkeypatch.setattr(build, "rendered", lambda *a, **k: renders.append(1) or real(*a, **k))

    def one_off():
        return build.build_brief(project, store, build.BriefRequest("partner", "korea"), ("pdf",),
                                 tmp_path / "out")
    first = one_off()
    assert one_off().sha256 == first.sha256 and len(renders) == 1  # the kept files, not rendered
    code("render/pdf.py")
    code_module.code_version.cache_clear()
    one_off()
    assert len(renders) == 2  # rendered by the edited code


def test_a_writer_library_s_version_is_read_from_its_installed_folder(tmp_path, monkeypatch):
    """The version of each writing library counts in the code version, read from the name of
    its .dist-info folder beside the module (as importlib.metadata reports it), so a start does
    not import importlib.metadata; another version there gives another code version."""
    from importlib import metadata
    assert [code_module._version(*w) for w in code_module._WRITERS] \
        == [metadata.version(d) for _, d in code_module._WRITERS]
    site = tmp_path / "site"
    (site / "fakewriter").mkdir(parents=True)
    (site / "fakewriter" / "__init__.py").write_text("", encoding="utf-8")
    (site / "fake_writer-1.0.dist-info").mkdir()
    monkeypatch.syspath_prepend(str(site))
    assert code_module._version("fakewriter", "fake-writer") == "1.0"
    monkeypatch.setattr(code_module, "_WRITERS", (("fakewriter", "fake-writer"),))
    code_module.code_version.cache_clear()
    before = code_module.code_version()
    (site / "fake_writer-1.0.dist-info").rename(site / "fake_writer-2.0.dist-info")
    code_module.code_version.cache_clear()
    assert code_module.code_version() != before
    code_module.code_version.cache_clear()
