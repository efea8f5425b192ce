"""What a pack keeps of its last build in .cache/: its briefs as rendered (kept_briefs.py), its
own pages as measured and its bound files (kept_pack.py). Built again from the same inputs it
reuses them; any change to what their bytes depend on, the code included, makes them anew; an
entry that is damaged or another's is never used."""

from __future__ import annotations

import re
import shutil
import hashlib
from pathlib import Path

import pytest

from briefgen import code_version as code_module
from briefgen import executors, kept_briefs
from briefgen.build import BriefRequest
from briefgen.config import load_project
from briefgen.pack import _composed, build_pack, load_pack_config
from conftest import REPO

FORMATS = ("docx", "pdf")


@pytest.fixture
def qingdao(tmp_path: Path) -> Path:
    target = tmp_path / "qingdao"
    target.mkdir()
    for part in ("facts", "seeds", "templates"):
        shutil.copytree(REPO / part, target / part)
    text = (REPO / "briefgen.yaml").read_text(encoding="utf-8")
    (target / "briefgen.yaml").write_text(
        text.replace("production_date: null", "production_date: 2026-06-01"), encoding="utf-8")
    (target / "pack.yaml").write_text("title: Two briefs\nsubjects:\n  - partner:germany\n"
                                      "  - sector:port\n", encoding="utf-8")
    return target


@pytest.fixture
def composing(monkeypatch):
    """The names of the briefs composed, and how many times the pack's own pages are made."""
    from briefgen import binder, pack
    made = {"briefs": [], "matter": 0}
    real_compose, real_matter = pack._composed, binder.front_and_back

    def composed(project, store, request, *args):
        made["briefs"].append(request.slug)
        return real_compose(project, store, request, *args)

    def matter(*args):
        made["matter"] += 1
        return real_matter(*args)
    monkeypatch.setattr(pack, "_composed", composed)
    monkeypatch.setattr(binder, "front_and_back", matter)
    return made


@pytest.fixture
def rendering(monkeypatch):
    """The names of the briefs the executor is asked to render."""
    names = []
    real = executors._render_job

    def recorded(document, targets, project, template_dirs):
        names.append(Path(next(iter(targets.values()))).stem)
        return real(document, targets, project, template_dirs)
    monkeypatch.setattr(executors, "_render_job", recorded)
    return names


def _pack(project_dir: Path, formats=FORMATS):
    project = load_project(project_dir)
    config = load_pack_config(project_dir / "pack.yaml", project)
    return build_pack(project, None, config, formats, project_dir / "out", jobs=1)


def _outputs(project_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((project_dir / "out").iterdir())
            if p.suffix in (".pdf", ".docx")}


def test_a_pack_built_again_writes_its_kept_briefs_without_rendering(qingdao, rendering,
                                                                     composing):
    _pack(qingdao)
    assert sorted(rendering) == ["partner-germany", "sector-port"]
    assert sorted(composing["briefs"]) == ["germany", "port"] and composing["matter"] == 1
    first = _outputs(qingdao)
    manifest = (qingdao / "out" / "manifest.json").read_bytes()
    shutil.rmtree(qingdao / "out")
    rendering.clear()
    again = _pack(qingdao)
    assert rendering == []
    assert len(composing["briefs"]) == 2 and composing["matter"] == 1  # composed once only
    assert all(i.rendered for i in again.items)  # written anew, from the kept bytes
    assert _outputs(qingdao) == first  # briefs and the bound pack, byte for byte
    assert (qingdao / "out" / "manifest.json").read_bytes() == manifest


def test_a_damaged_or_misplaced_entry_is_rendered_again(qingdao, cold_cache, rendering):
    _pack(qingdao)
    first = _outputs(qingdao)
    kept = cold_cache / "rendered"
    germany = (kept / "partner-germany.pickle").read_bytes()
    (kept / "sector-port.pickle").write_bytes(germany)  # authentic, but another brief's
    damaged = bytearray(germany)
    damaged[-10] ^= 0xFF
    (kept / "partner-germany.pickle").write_bytes(bytes(damaged))
    shutil.rmtree(qingdao / "out")
    rendering.clear()
    _pack(qingdao)
    assert sorted(rendering) == ["partner-germany", "sector-port"]
    assert _outputs(qingdao) == first


def _settings(project_dir: Path, old: str, new: str) -> None:
    path = project_dir / "briefgen.yaml"
    text = path.read_text(encoding="utf-8")
    assert re.search(old, text)
    path.write_text(re.sub(old, new, text, count=1), encoding="utf-8")


def _kept_item(project_dir: Path, formats=FORMATS):
    """The Germany brief composed as the pack composes it, and whether a rendering is kept
    for it."""
    from briefgen.facts.store import load_store
    project = load_project(project_dir)
    item = _composed(project, load_store(project), BriefRequest("partner", "germany"), formats,
                     project_dir / "out")
    return project, item, kept_briefs.kept(project, item) is not None


def _revise_a_printed_label(project_dir: Path) -> None:
    import json

    import yaml

    from briefgen.document import to_dict
    item = _kept_item(project_dir)[1]
    shown = json.dumps(to_dict(item.document), ensure_ascii=False)
    path = project_dir / "facts" / "partners" / "germany.yaml"
    text = path.read_text(encoding="utf-8")
    label = next(f["label"] for f in yaml.safe_load(text)["facts"]
                 if f["id"] in item.facts and f["label"] in shown and f"label: {f['label']}\n" in text)
    path.write_text(text.replace(f"label: {label}\n", f"label: {label} (revised)\n", 1),
                    encoding="utf-8")


CHANGES = {
    "a fact it prints": lambda p: _revise_a_printed_label(p),
    "its template": lambda p: (p / "templates" / "partner.md.j2").write_text(
        (p / "templates" / "partner.md.j2").read_text(encoding="utf-8").replace(
            "Partner brief ·", "Partner brief (edited) ·"), encoding="utf-8"),
    "the brand colour": lambda p: _settings(p, r'primary: "#0B3C5D"', 'primary: "#0B3C5E"'),
    "the page": lambda p: _settings(p, r"size: A4", "size: Letter"),
    "the production date": lambda p: _settings(p, r"production_date: \S+",
                                               "production_date: 2026-06-02"),
    "the Word reference document": lambda p: (p / "templates" / "reference.docx").write_bytes(
        (p / "templates" / "reference.docx").read_bytes() + b"\0"),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_any_change_to_what_a_brief_depends_on_misses(qingdao, change):
    project, item, _ = _kept_item(qingdao)
    item.files = {fmt: path.parent / f"{path.name}.test" for fmt, path in item.files.items()}
    item.files["pdf"].parent.mkdir(parents=True)
    for fmt, path in item.files.items():
        path.write_bytes(f"{fmt} bytes".encode())
    item.sha256 = {fmt: hashlib.sha256(p.read_bytes()).hexdigest() for fmt, p in item.files.items()}
    item.pages = {fmt: 1 for fmt in item.files}
    kept_briefs.keep(project, item)
    assert kept_briefs.kept(project, item) == ({"docx": b"docx bytes", "pdf": b"pdf bytes"},
                                               {"docx": 1, "pdf": 1})
    assert _kept_item(qingdao)[2]  # composed again, unchanged: kept
    assert not _kept_item(qingdao, ("pdf",))[2]  # other formats
    CHANGES[change](qingdao)
    assert not _kept_item(qingdao)[2]


def test_a_rendering_is_kept_only_for_the_same_code(qingdao, monkeypatch):
    _pack(qingdao, ("pdf",))
    assert _kept_item(qingdao, ("pdf",))[2]
    code_module.code_version.cache_clear()
    monkeypatch.setattr(code_module, "code_version", lambda: "edited code")
    assert not _kept_item(qingdao, ("pdf",))[2]


def test_files_changed_after_rendering_are_not_kept(qingdao, cold_cache, monkeypatch):
    real = kept_briefs.keep

    def edited_first(project, item):  # the file is no longer what the executor wrote
        item.files["pdf"].write_bytes(b"edited")
        real(project, item)
    monkeypatch.setattr(kept_briefs, "keep", edited_first)
    _pack(qingdao, ("pdf",))
    assert not (cold_cache / "rendered").exists() or not any((cold_cache / "rendered").iterdir())


# --- what binding made: the pack's own pages as measured, the bound files -----------------------

@pytest.fixture
def binding(monkeypatch):
    """How many times the pack's files are bound (laid out, spliced, joined) anew."""
    from briefgen import binder
    calls = []
    real = binder._bound
    monkeypatch.setattr(binder, "_bound", lambda *a: calls.append(1) or real(*a))
    return calls


def test_a_pack_bound_again_from_the_same_inputs_is_not_bound_anew(qingdao, binding):
    _pack(qingdao)
    first = _outputs(qingdao)
    shutil.rmtree(qingdao / "out")
    _pack(qingdao)
    assert len(binding) == 1
    assert _outputs(qingdao) == first


BINDING_CHANGES = {
    "the pack's title (its cover)": lambda p: (p / "pack.yaml").write_text(
        (p / "pack.yaml").read_text(encoding="utf-8").replace("Two briefs", "Two more briefs"),
        encoding="utf-8"),
    "a brief": CHANGES["its template"],
    "which briefs are cards": lambda p: _settings(p, r"cards_below: [0-9.]+", "cards_below: 0"),
}


@pytest.mark.parametrize("change", list(BINDING_CHANGES))
def test_a_change_to_what_the_pack_shows_binds_it_anew(qingdao, binding, change):
    (qingdao / "pack.yaml").write_text("title: Two briefs\nsubjects:\n  - partner:germany\n"
                                       "  - partner:belarus\n  - partner:spain\n", encoding="utf-8")
    _pack(qingdao, ("pdf",))
    BINDING_CHANGES[change](qingdao)
    shutil.rmtree(qingdao / "out")
    _pack(qingdao, ("pdf",))
    assert len(binding) == 2


def test_a_damaged_bound_entry_or_copy_or_other_code_binds_anew(qingdao, cold_cache, binding,
                                                                 monkeypatch):
    """The bound files are kept as copies beside a sealed entry recording their SHA-256: a
    damaged entry, a copy changed or cut short, or a link in a copy's place is not used."""
    _pack(qingdao, ("pdf",))
    first = _outputs(qingdao)
    entry, copy = sorted((cold_cache / "bound").iterdir(), key=lambda p: p.suffix != ".pickle")
    assert copy.suffix == ".pdf" and copy.read_bytes() == first["investor-pack.pdf"]
    elsewhere = qingdao / "elsewhere.pdf"
    elsewhere.write_bytes(first["investor-pack.pdf"])
    damages = [lambda: entry.write_bytes(entry.read_bytes()[:-100]),
               lambda: copy.write_bytes(copy.read_bytes()[:-100]),
               lambda: copy.write_bytes(copy.read_bytes().replace(b"Germany", b"Germanx", 1)),
               lambda: copy.unlink() or copy.symlink_to(elsewhere)]  # the right bytes, linked
    for bound, damage in enumerate(damages, 2):
        damage()
        shutil.rmtree(qingdao / "out")
        _pack(qingdao, ("pdf",))
        assert len(binding) == bound and _outputs(qingdao) == first
    shutil.rmtree(qingdao / "out")
    _pack(qingdao, ("pdf",))
    assert len(binding) == len(damages) + 1  # whole again: kept
    code_module.code_version.cache_clear()
    monkeypatch.setattr(code_module, "code_version", lambda: "edited code")
    shutil.rmtree(qingdao / "out")
    _pack(qingdao, ("pdf",))
    assert len(binding) == len(damages) + 2


def test_measured_layouts_are_kept_by_content_and_code(qingdao, cold_cache, monkeypatch):
    from briefgen import kept_pack
    from briefgen.render import pdf
    from render_samples import document, one_of_each
    project = load_project(qingdao)
    blocks = one_of_each()
    page = document(blocks["Heading"], blocks["Paragraph"], blocks["Table"])
    laid = []
    real = pdf.pdf_bytes
    monkeypatch.setattr(pdf, "pdf_bytes", lambda *a, **k: laid.append(1) or real(*a, **k))
    first = kept_pack.measured(page, project)
    assert first.pages == 1 and first.data == b"" and first.space_left[1] > 0.5
    assert kept_pack.measured(page, project) == first and len(laid) == 1
    kept_pack.measured(document(blocks["Heading"], blocks["Paragraph"]), project)
    assert len(laid) == 2  # another document
    for path in (cold_cache / "measured").iterdir():  # damaged entries are laid out again
        path.write_bytes(path.read_bytes()[:-5])
    assert kept_pack.measured(page, project) == first and len(laid) == 3
    code_module.code_version.cache_clear()
    monkeypatch.setattr(code_module, "code_version", lambda: "edited code")
    assert kept_pack.measured(page, project) == first and len(laid) == 4


def test_an_image_a_brief_shows_counts_by_content(qingdao, tmp_path):
    """A figure's image is read by the renderers: a new picture under the same name is a new
    brief (its kept rendering, fit and binding are not reused)."""
    from PIL import Image

    from briefgen import document as d
    from briefgen.build import document_hash
    from render_samples import document
    project = load_project(qingdao)
    image = qingdao / "templates" / "map.png"
    Image.new("RGB", (40, 20), "#0B3C5D").save(image)
    page = document(d.Figure(caption="Map", alt="A map", image=str(image), height_mm=20))
    before = document_hash(page, project, FORMATS)
    assert document_hash(page, project, FORMATS) == before
    Image.new("RGB", (40, 20), "#C8102E").save(image)
    assert document_hash(page, project, FORMATS) != before


def test_a_new_picture_outside_the_input_folders_is_shown_when_out_is_built_anew(qingdao):
    """A figure may show any picture of the project: one outside facts/, seeds/, templates/
    and events/ changed is seen though the input files' fingerprint is unchanged, with the
    last build's files in out/ or without them."""
    from PIL import Image
    (qingdao / "images").mkdir()
    picture = qingdao / "images" / "map.png"
    Image.new("RGB", (40, 20), "#0B3C5D").save(picture)
    template = qingdao / "templates" / "sector" / "port.md.j2"
    text = template.read_text(encoding="utf-8")
    template.write_text(text.replace("{% block chart %}\n", "{% block chart %}\n\n```figure "
                                     "height=20\nimage: ../../images/map.png\nalt: A map\n```\n",
                                     1), encoding="utf-8")
    _pack(qingdao, ("pdf",))
    before = _outputs(qingdao)["sector-port.pdf"]
    Image.new("RGB", (40, 20), "#C8102E").save(picture)
    assert _pack(qingdao, ("pdf",)).rebuilt_pack  # out/ as it was: not "unchanged"
    assert _outputs(qingdao)["sector-port.pdf"] != before
    shutil.rmtree(qingdao / "out")
    Image.new("RGB", (40, 20), "#0B3C5D").save(picture)
    _pack(qingdao, ("pdf",))
    assert _outputs(qingdao)["sector-port.pdf"] == before


COMPOSING_CHANGES = {
    "a template": CHANGES["its template"],
    "a fact": CHANGES["a fact it prints"],
    "the production date": CHANGES["the production date"],
    "the pack file": BINDING_CHANGES["the pack's title (its cover)"],
}


@pytest.mark.parametrize("change", list(COMPOSING_CHANGES))
def test_a_change_to_any_input_file_composes_the_pack_anew(qingdao, composing, change):
    _pack(qingdao, ("pdf",))
    COMPOSING_CHANGES[change](qingdao)
    shutil.rmtree(qingdao / "out")
    _pack(qingdao, ("pdf",))
    assert len(composing["briefs"]) == 4 and composing["matter"] == 2


def test_damaged_composed_entries_or_other_code_compose_anew(qingdao, cold_cache, composing,
                                                             monkeypatch):
    _pack(qingdao, ("pdf",))
    first = _outputs(qingdao)
    for what in ("composed", "matter"):
        (entry,) = (cold_cache / what).iterdir()
        entry.write_bytes(entry.read_bytes()[:-100])
    shutil.rmtree(qingdao / "out")
    _pack(qingdao, ("pdf",))
    assert len(composing["briefs"]) == 4 and composing["matter"] == 2
    assert _outputs(qingdao) == first
    code_module.code_version.cache_clear()
    monkeypatch.setattr(code_module, "code_version", lambda: "edited code")
    shutil.rmtree(qingdao / "out")
    _pack(qingdao, ("pdf",))
    assert len(composing["briefs"]) == 6 and composing["matter"] == 3


def test_a_pack_unchanged_but_for_the_pdf_standard_or_the_logo_is_built_anew(qingdao):
    """The fingerprint that skips a pack whose inputs are unchanged counts the page and theme
    as loaded: `--pdf-standard` on the command line, and a logo file outside the folders."""
    from dataclasses import replace
    _pack(qingdao)
    project = load_project(qingdao)
    project = replace(project, page=replace(project.page, pdf_standard="pdfa-2b"))
    config = load_pack_config(qingdao / "pack.yaml", project)
    result = build_pack(project, None, config, FORMATS, qingdao / "out", jobs=1)
    assert result.rebuilt_pack
    assert b"pdfaid:part" in (qingdao / "out" / "partner-germany.pdf").read_bytes()
    logo = qingdao / "logo.png"
    shutil.copy(REPO / "events" / "sco-trade-fair" / "logo.png", logo)
    text = (qingdao / "briefgen.yaml").read_text(encoding="utf-8")
    (qingdao / "briefgen.yaml").write_text(text.replace("logo: null", "logo: logo.png"),
                                           encoding="utf-8")
    _pack(qingdao)
    before = _outputs(qingdao)
    shutil.copy(REPO / "events" / "qingdao-week-germany" / "logo.png", logo)
    assert _pack(qingdao).rebuilt_pack
    after = _outputs(qingdao)
    assert [name for name in after if after[name] != before[name]] == ["investor-pack.docx",
                                                                    "investor-pack.pdf"]


def test_a_new_translation_of_the_pack_s_title_binds_the_pack_anew(qingdao):
    """In another language the pack's own words come from the translations: a new one binds
    the pack again though no brief changed."""
    from dataclasses import replace
    shutil.copytree(REPO / "translations", qingdao / "translations")
    project = replace(load_project(qingdao), language="zh", untranslated="mark")
    config = load_pack_config(qingdao / "pack.yaml", project)

    def bound() -> bytes:
        build_pack(project, None, config, ("pdf",), qingdao / "out", jobs=1)
        return (qingdao / "out" / "investor-pack-zh.pdf").read_bytes()
    before = bound()
    po = qingdao / "translations" / "zh.po"
    po.write_text(po.read_text(encoding="utf-8") + '\nmsgctxt "pack title"\nmsgid "Two briefs"\n'
                  'msgstr "两份简报"\n', encoding="utf-8")
    assert bound() != before


def test_a_brief_fitted_ahead_is_rendered_from_the_fits_layout(qingdao, monkeypatch):
    """build.fit_ahead (a pack's last briefs, fitted before any is rendered) keeps the layout
    fitting made until the brief is rendered: rendering lays it out no more, takes the layout
    from the cache and makes the same bytes as a brief fitted and rendered at once."""
    from briefgen import build
    from briefgen.render import pdf
    project, item, _ = _kept_item(qingdao)
    at_once = build.rendered(item.document, FORMATS, project)[0]
    shutil.rmtree(project.path("cache") / "fitted")
    build.fit_ahead(item.document, project)
    assert list((project.path("cache") / "laid").iterdir())
    layouts = []
    real = pdf.pdf_bytes
    monkeypatch.setattr(pdf, "pdf_bytes", lambda *a, **k: (layouts.append(1), real(*a, **k))[1])
    assert build.rendered(item.document, FORMATS, project)[0] == at_once
    assert not layouts and not list((project.path("cache") / "laid").iterdir())  # taken
    assert build.rendered(item.document, FORMATS, project)[0] == at_once and len(layouts) == 1
