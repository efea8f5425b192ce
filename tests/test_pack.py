"""The pack command: pack.yaml chooses and orders, --keep-going, incremental rebuilds, DOCX pack."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from conftest import REPO


@pytest.fixture
def qingdao(tmp_path: Path) -> Path:
    """A copy of the shipped project (facts, seeds, templates), safe to modify."""
    target = tmp_path / "qingdao"
    target.mkdir()
    for part in ("facts", "seeds", "templates"):
        shutil.copytree(REPO / part, target / part)
    shutil.copy(REPO / "briefgen.yaml", target / "briefgen.yaml")
    return target


def _write_pack_yaml(project: Path, subjects: list[str], **extra) -> Path:
    lines = [f"title: {extra.get('title', 'Europe pack')}", "audience: Visiting delegation",
             f"file_name: {extra.get('file_name', 'europe')}", "subjects:"]
    lines += [f"  - {s}" for s in subjects]
    path = project / "pack.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _outline_titles(pdf: Path) -> list[str]:
    """Every outline entry's title, in order (briefs are nested under their group's entry)."""
    def flat(entries):
        for entry in entries:
            yield from flat(entry) if isinstance(entry, list) else [entry.title]
    return list(flat(PdfReader(pdf).outline))


def test_pack_yaml_chooses_orders_and_titles(qingdao, run):
    config = _write_pack_yaml(qingdao, ["sector:port", "partner:germany", "overview"])
    result = run("--project", qingdao, "pack", "--config", config, "--jobs", "1")
    assert result.exit_code == 0, result.output
    out = qingdao / "out" / "pack"
    manifest = json.loads((out / "manifest.json").read_text())
    assert list(manifest["documents"]) == ["sector-port", "partner-germany", "overview"]
    assert manifest["pack"] == {"docx": "europe.docx", "pdf": "europe.pdf"}
    reader = PdfReader(out / "europe.pdf")
    cover = reader.pages[0].extract_text()
    assert "Europe pack" in cover and "Visiting delegation" in cover
    titles = _outline_titles(out / "europe.pdf")
    briefs = [t for t in titles if t in ("Germany", "Qingdao at a glance") or "Port" in t]
    assert briefs[0].startswith("Port") and briefs[1] == "Germany", titles


def test_unknown_subject_in_pack_yaml_is_a_clean_error(qingdao, run):
    config = _write_pack_yaml(qingdao, ["partner:atlantis"])
    result = run("--project", qingdao, "pack", "--config", config)
    assert result.exit_code == 1
    assert "partner:atlantis" in result.stderr and "briefgen list" in result.stderr
    assert result.stderr.startswith(f"error: {config}:4: ")  # the line of `subjects:`
    assert not (qingdao / "out" / "pack" / "europe.pdf").exists()


def _break_japan(project: Path) -> None:
    """A subject-specific template with an unknown fact: the Japan brief fails to compose."""
    folder = project / "templates" / "partner"
    folder.mkdir(exist_ok=True)
    (folder / "japan.md.j2").write_text(
        '{% extends "partner.md.j2" %}\n{% block body %}{{ fact("jp.no-such-fact") }}'
        "{% endblock %}\n", encoding="utf-8")


def test_keep_going_builds_the_rest_and_exits_non_zero(qingdao, run):
    _break_japan(qingdao)
    config = _write_pack_yaml(qingdao, ["partner:japan", "partner:germany"])
    result = run("--project", qingdao, "pack", "--config", config, "--keep-going", "--jobs", "1")
    assert result.exit_code == 1
    assert "partner-japan" in result.stderr and "jp.no-such-fact" in result.stderr
    assert "japan.md.j2:2" in result.stderr  # the template line, not a traceback
    out = qingdao / "out" / "pack"
    assert (out / "partner-germany.pdf").is_file() and not (out / "partner-japan.pdf").exists()
    assert _outline_titles(out / "europe.pdf").count("Germany") == 1
    manifest = json.loads((out / "manifest.json").read_text())
    assert "error" in manifest["documents"]["partner-japan"]


def test_without_keep_going_a_failure_writes_nothing(qingdao, run):
    _break_japan(qingdao)
    config = _write_pack_yaml(qingdao, ["partner:germany", "partner:japan"])
    result = run("--project", qingdao, "pack", "--config", config, "--jobs", "1")
    assert result.exit_code == 1 and "jp.no-such-fact" in result.stderr
    assert "Traceback" not in result.output
    assert not (qingdao / "out" / "pack").exists()


def test_one_changed_fact_rebuilds_only_its_brief_and_the_pack(qingdao):
    from briefgen.build import parse_formats
    from briefgen.config import load_project
    from briefgen.pack import build_pack, load_pack_config
    config = _write_pack_yaml(qingdao, ["partner:japan", "partner:germany", "sector:port"])
    out = qingdao / "out" / "pack"

    def build():
        project = load_project(qingdao)
        return build_pack(project, None, load_pack_config(config, project),
                          parse_formats("pdf"), out, jobs=1)
    first = build()
    assert all(i.rendered for i in first.items)
    germany_pdf = (out / "partner-germany.pdf").read_bytes()
    facts = qingdao / "facts" / "partners" / "japan.yaml"
    text = facts.read_text(encoding="utf-8")
    shown = " ".join(PdfReader(out / "partner-japan.pdf").pages[0].extract_text().split())
    label = next(f["label"] for f in yaml.safe_load(text)["facts"]  # a key figure's label
                 if "value" in f and f["label"] in shown and f"label: {f['label']}\n" in text)
    facts.write_text(text.replace(f"label: {label}\n", f"label: {label} (revised)\n", 1),
                     encoding="utf-8")
    second = build()
    assert {i.name for i in second.items if i.rendered} == {"partner-japan"}
    assert second.rebuilt_pack
    assert (out / "partner-germany.pdf").read_bytes() == germany_pdf
    assert "(revised)" in PdfReader(out / "partner-japan.pdf").pages[0].extract_text()
    third = build()  # nothing changed since: nothing composed or rendered
    assert not any(i.rendered for i in third.items) and not third.rebuilt_pack


def test_changing_which_briefs_are_cards_rebinds_the_pack(qingdao):
    """briefgen.yaml's pack.cards_below changes no brief, only how the pack binds them."""
    from briefgen.build import parse_formats
    from briefgen.config import load_project
    from briefgen.pack import build_pack, load_pack_config
    config = _write_pack_yaml(qingdao, ["partner:belarus", "partner:spain", "partner:kyrgyzstan"])
    out = qingdao / "out" / "pack"

    def build(cards_below: str):
        settings = qingdao / "briefgen.yaml"
        text = settings.read_text(encoding="utf-8")
        settings.write_text(re.sub(r"cards_below: [0-9.]+", f"cards_below: {cards_below}", text),
                            encoding="utf-8")
        project = load_project(qingdao)
        result = build_pack(project, None, load_pack_config(config, project),
                            parse_formats("pdf"), out, jobs=1)
        return result, len(PdfReader(out / "europe.pdf").pages)
    _, with_cards = build("0.65")
    second, without = build("0")
    assert second.rebuilt_pack and not any(i.rendered for i in second.items)
    assert without > with_cards  # three thin briefs, a page each


def test_docx_pack_has_contents_and_a_page_break_per_brief(qingdao, run):
    from docx import Document
    config = _write_pack_yaml(qingdao, ["overview", "partner:germany", "sector:port"])
    assert run("--project", qingdao, "pack", "--config", config, "--jobs", "2").exit_code == 0
    document = Document(qingdao / "out" / "pack" / "europe.docx")
    body = document.element.body.xml
    page_breaks = body.count('w:type="page"') + body.count("<w:pageBreakBefore")
    assert page_breaks >= 4  # cover | contents | three briefs | sources
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    for title in ("Germany", "Qingdao at a glance"):
        assert text.count(title) >= 2  # in the contents and as the brief's title
    styles = {p.style.name for p in document.paragraphs}
    assert {"Heading 2", "List Bullet"} <= styles  # real Word styles, one set for the whole pack


def test_shipped_example_pack_yaml_is_valid_and_plans(qingdao):
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    from briefgen.pack import load_pack_config, plan
    project = load_project(qingdao)
    config = load_pack_config(REPO / "packs" / "europe.yaml", project)
    requests = plan(project, load_store(project), config)
    assert requests[0].kind == "overview" and requests[1].slug == "germany"
    assert config.file_name == "europe-roadshow" and config.audience


def test_unreadable_reference_docx_is_a_clean_error_and_writes_nothing(mini, run):
    templates = mini / "templates"
    shutil.copytree(REPO / "templates", templates)
    (templates / "reference.docx").write_bytes(b"not a zip")
    result = run("--project", mini, "build", "partner", "korea", "--out", mini / "out")
    assert result.exit_code == 1
    assert "reference.docx" in result.stderr and "not a readable Word" in result.stderr
    assert not (mini / "out").exists()  # the PDF is not written either


def test_a_pack_reports_an_unreadable_reference_docx_once_and_writes_nothing(mini, run):
    templates = mini / "templates"
    shutil.copytree(REPO / "templates", templates)
    (templates / "reference.docx").write_bytes(b"not a zip")
    result = run("--project", mini, "pack", "--out", mini / "out")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [line for line in errors if "reference.docx" in line] and len(errors) == 1, \
        result.stderr  # not once per brief, with "N problems" after them
    assert not (mini / "out").exists()


def test_briefs_use_the_projects_reference_docx(mini, run):
    from docx import Document
    from briefgen.render.reference import build_reference
    templates = mini / "templates"
    shutil.copytree(REPO / "templates", templates)
    reference = build_reference()
    reference.styles.add_style("Office Note", 1)  # a style only this reference has
    reference.save(templates / "reference.docx")
    assert run("--project", mini, "build", "partner", "korea", "--out", mini / "out").exit_code == 0
    names = {s.name for s in Document(mini / "out" / "partner-korea.docx").styles}
    assert "Office Note" in names


def test_a_restyled_reference_docx_renders_every_brief_and_the_pack_again(mini, run):
    from docx import Document
    from briefgen.render.reference import build_reference
    templates = mini / "templates"
    shutil.copytree(REPO / "templates", templates)
    assert run("--project", mini, "pack", "--jobs", "1").exit_code == 0
    manifest = mini / "out" / "pack" / "manifest.json"
    before = json.loads(manifest.read_text())["documents"]
    reference = build_reference()
    reference.styles.add_style("Office Note", 1)
    reference.save(templates / "reference.docx")
    assert run("--project", mini, "pack", "--jobs", "1").exit_code == 0
    after = json.loads(manifest.read_text())["documents"]
    assert all(after[n]["input_hash"] != before[n]["input_hash"] for n in before)
    for name in [*before, "investor-pack"]:  # the briefs' files and the bound pack
        assert "Office Note" in {s.name for s in Document(mini / "out" / "pack" / f"{name}.docx").styles}


def test_a_brief_docx_edited_by_hand_is_not_what_the_pack_binds(mini, run):
    from docx import Document
    shutil.copytree(REPO / "templates", mini / "templates")
    assert run("--project", mini, "pack", "--jobs", "1").exit_code == 0
    brief = mini / "out" / "pack" / "partner-korea.docx"
    edited = Document(brief)
    edited.add_paragraph("A sentence typed by hand")
    edited.save(brief)
    (mini / "pack.yaml").write_text("title: Korea desk\n", encoding="utf-8")  # the pack is bound again
    assert run("--project", mini, "pack", "--jobs", "1", "--config", mini / "pack.yaml").exit_code == 0
    import zipfile
    with zipfile.ZipFile(mini / "out" / "pack" / "investor-pack.docx") as bound:
        body = bound.read("word/document.xml").decode("utf-8")
    assert "Korea desk" in body and "Signed investment" in body
    assert "A sentence typed by hand" not in body


def test_a_reference_docx_without_page_settings_is_a_clean_error(mini, run):
    from briefgen.render.reference import build_reference
    templates = mini / "templates"
    shutil.copytree(REPO / "templates", templates)
    reference = build_reference()
    body = reference.element.body
    body.remove(body.sectPr)
    reference.save(templates / "reference.docx")
    result = run("--project", mini, "build", "partner", "korea", "--out", mini / "out")
    assert result.exit_code == 1 and "no page settings" in result.stderr
    assert "Traceback" not in result.stderr and not (mini / "out").exists()


def test_a_killed_builds_temporary_files_are_removed(mini, run):
    import os
    shutil.copytree(REPO / "templates", mini / "templates")
    out = mini / "out" / "pack"
    (out / "briefs").mkdir(parents=True)
    old, fresh = out / ".investor-pack.pdf.abc.part", out / "briefs" / ".partner-korea.pdf.x.part"
    for temp in (old, fresh):
        temp.write_bytes(b"half")
    os.utime(old, (1, 1))  # long ago: left by a build that was killed
    assert run("--project", mini, "pack", "--jobs", "1", "--format", "pdf").exit_code == 0
    assert not old.exists() and fresh.exists()  # a recent one may belong to a running build


def test_list_shows_events_as_text_but_keeps_the_json_to_briefs(qingdao, run):
    shutil.copytree(REPO / "events", qingdao / "events")
    text = run("--project", qingdao, "list").stdout
    assert "event     qingdao-week-germany" in text
    kinds = {item["kind"] for item in json.loads(run("--project", qingdao, "list", "--json").stdout)}
    assert kinds == {"overview", "partner", "sector"}


def test_a_missing_reference_docx_is_a_warning_once_and_the_built_in_styles(mini):
    shutil.copytree(REPO / "templates", mini / "templates")
    (mini / "templates" / "reference.docx").unlink()
    import subprocess
    import sys
    result = subprocess.run([sys.executable, "-m", "briefgen.cli", "--project", str(mini), "pack",
                             "--jobs", "2", "--format", "docx"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 1 and "reference.docx not found" in warnings[0], result.stderr
    assert (mini / "out" / "pack" / "investor-pack.docx").is_file()


def test_a_brief_with_a_page_to_itself_is_laid_out_once(qingdao, run, monkeypatch):
    """The pack's PDF binds such a brief's own page (numbered as the pack's, its bookmark under
    its group, one copy of each font), and a brief and the cards below it from theirs (a card's
    page drawn below the brief's); only the cover and contents are laid out for the pack. The
    appendix is bound as it was laid out when its pages were counted."""
    import pikepdf
    from briefgen import binder
    from briefgen.render.pdf import PAGE_NUMBER
    laid = []
    real = binder._pdf_part
    monkeypatch.setattr(binder, "_pdf_part", lambda documents, *rest: laid.extend(
        d.meta.title for d in documents) or real(documents, *rest))
    config = _write_pack_yaml(qingdao, ["overview", "partner:japan", "partner:spain",
                                        "partner:singapore", "partner:germany", "sector:port"],
                              title="Six briefs")
    assert run("--project", qingdao, "pack", "--jobs", "1", "--config", config).exit_code == 0
    out = qingdao / "out" / "pack"
    pack = pikepdf.open(out / "europe.pdf")
    reader = PdfReader(out / "europe.pdf")
    from pdf_checks import outline_documents, ua_problems
    starts = {entry.title: reader.get_destination_page_number(entry)
              for entry in outline_documents(reader)}
    bound = [("Qingdao at a glance", "overview"), ("Japan", "partner-japan"),
             ("Germany", "partner-germany"), ("Port and logistics", "sector-port")]
    assert laid == ["Six briefs", "Contents"]
    assert starts["Spain"] == starts["Singapore"]

    def before_number(page) -> bytes:
        content = page.Contents.read_bytes()
        return content[:content.rfind(PAGE_NUMBER.encode())]
    for title, name in bound:  # the brief's own page, but for its number
        with pikepdf.open(out / f"{name}.pdf") as own:
            assert before_number(pack.pages[starts[title]]) == before_number(own.pages[0]), title
        number = f"Page {starts[title] + 1} of {len(pack.pages)}"
        assert number in reader.pages[starts[title]].extract_text()
    for page in range(starts["Sources"], len(pack.pages)):  # numbered as the pack's pages
        assert f"Page {page + 1} of {len(pack.pages)}" in reader.pages[page].extract_text()
    assert _outline_titles(out / "europe.pdf") == [
        "Six briefs", "Contents", "City", "Qingdao at a glance", "Partners", "Japan", "Germany",
        "Spain", "Singapore", "Sectors", "Port and logistics", "Appendix", "Sources"]
    fonts = {font.objgen: str(font.BaseFont) for page in pack.pages
             for font in page.Resources.Font.values()}
    assert len(fonts) == len(set(fonts.values()))  # each face once
    assert ua_problems((out / "europe.pdf").read_bytes()) == []


def _listed_files(out: Path) -> set[str]:
    manifest = json.loads((out / "manifest.json").read_text())
    return {"manifest.json", *manifest["pack"].values(),
            *(name for entry in manifest["documents"].values() for name in entry["files"].values())}


def test_a_build_of_fewer_formats_leaves_only_what_its_manifest_lists(mini, run):
    """The files an earlier build made and this one does not are removed; a file briefgen
    never made stays, and so does one of its own edited since (with a warning)."""
    shutil.copytree(REPO / "templates", mini / "templates")
    out = mini / "out" / "pack"
    assert run("--project", mini, "pack", "--jobs", "1").exit_code == 0
    assert any(path.suffix == ".docx" for path in out.iterdir())
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    result = run("--project", mini, "pack", "--jobs", "1", "--format", "pdf")
    assert result.exit_code == 0, result.output
    assert {p.name for p in out.iterdir()} == _listed_files(out) | {"notes.txt"}
    assert not any(path.suffix == ".docx" for path in out.iterdir())
    assert run("--project", mini, "pack", "--jobs", "1").exit_code == 0
    edited = next(path for path in out.iterdir() if path.name.startswith("partner-")
                  and path.suffix == ".docx")
    edited.write_bytes(edited.read_bytes() + b"\0")
    from briefgen.errors import BriefgenWarning
    with pytest.warns(BriefgenWarning, match=f"{re.escape(str(edited))}: left in place"):
        result = run("--project", mini, "pack", "--jobs", "1", "--format", "pdf")
    assert result.exit_code == 0, result.output
    assert {p.name for p in out.iterdir()} == _listed_files(out) | {"notes.txt", edited.name}


def test_a_changed_cover_picture_outside_the_fingerprinted_folders_rebuilds_the_pack(mini, run):
    """The cover shows a project picture kept in assets/ (not among facts, seeds, templates,
    events): changed, with out/ kept, the pack is bound again with it, not left "unchanged"."""
    shutil.copytree(REPO / "templates", mini / "templates")
    (mini / "assets").mkdir()
    picture = mini / "assets" / "cover.png"
    shutil.copy(REPO / "docs" / "design" / "after-contents.png", picture)
    cover = mini / "templates" / "pack" / "cover.md.j2"
    cover.write_text(cover.read_text(encoding="utf-8").replace(
        "{% block logo %}\n", "{% block logo %}\n\n```figure height=20\n"
        "image: ../../assets/cover.png\nalt: The harbour\n```\n", 1), encoding="utf-8")
    pdf = mini / "out" / "pack" / "investor-pack.pdf"
    assert run("--project", mini, "pack", "--jobs", "1", "--format", "pdf").exit_code == 0
    before = pdf.read_bytes()
    shutil.copy(REPO / "docs" / "design" / "after-short-pack-cover.png", picture)
    result = run("--project", mini, "pack", "--jobs", "1", "--format", "pdf")
    assert result.exit_code == 0 and f"wrote {pdf}" in result.output, result.output
    assert pdf.read_bytes() != before
    again = run("--project", mini, "pack", "--jobs", "1", "--format", "pdf").output
    assert f"unchanged {pdf}" in again, again


def test_another_pack_built_into_the_same_folder_leaves_the_first_pack_s_files(mini, run):
    """`briefgen pack`, then a pack file with another file_name into the same out/pack: the
    first pack's bound files are another pack's, not stale files of this one."""
    shutil.copytree(REPO / "templates", mini / "templates")
    out = mini / "out" / "pack"
    assert run("--project", mini, "pack", "--jobs", "1", "--format", "pdf").exit_code == 0
    first = {p.name for p in out.iterdir() if p.suffix == ".pdf"}
    other = mini / "other.yaml"
    other.write_text("title: Another pack\nfile_name: another-pack\n", encoding="utf-8")
    result = run("--project", mini, "pack", "--jobs", "1", "--format", "pdf", "--config", other)
    assert result.exit_code == 0, result.output
    assert first <= {p.name for p in out.iterdir()}
    assert (out / "another-pack.pdf").is_file()


def _layouts_while_binding(monkeypatch, briefs_only: bool = False) -> list[str]:
    """The titles of the documents laid out (pdf.pdf_bytes) while the pack is bound, filled in
    as the pack builds; `briefs_only` leaves out documents with no anchor (cover, contents)."""
    from briefgen import binder
    from briefgen.render import pdf
    binding, laid = [], []
    real_bind, real_layout = binder.bind_pack, pdf.pdf_bytes

    def bind(*args, **kwargs):
        binding.append(True)
        try:
            return real_bind(*args, **kwargs)
        finally:
            binding.pop()

    def layout(documents, *args, **kwargs):
        if binding:
            laid.extend(d.meta.title for d in ([documents] if hasattr(documents, "meta") else documents)
                        if d.meta.anchor or not briefs_only)
        return real_layout(documents, *args, **kwargs)
    monkeypatch.setattr(binder, "bind_pack", bind)
    monkeypatch.setattr(pdf, "pdf_bytes", layout)
    return laid


def test_briefs_sharing_a_page_are_laid_out_once_and_look_as_laid_out_together(qingdao, run,
                                                                              monkeypatch,
                                                                              tmp_path):
    """A brief and the cards below it are bound from their own PDFs: binding lays out none of
    them, not even a card whose "see also" gives a page (Kyrgyzstan's, to the SCO's: its own
    page, with the page drawn in). The pack reads back whole (pages, their numbers, bookmarks
    under their groups, links, tags) and its pages are, pixel for pixel, those of the pack laid
    out the old way (every brief that shares a page laid out with the others for the pack)."""
    import subprocess

    import pikepdf
    from pdfua import validate

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # (one date for both builds, midnight or not)

    from briefgen import binder
    from pdf_checks import outline_documents, ua_problems
    laid = _layouts_while_binding(monkeypatch)
    real_bound = binder._bound_page
    cards = ["Kyrgyzstan", "Singapore", "United Kingdom", "Spain", "Belarus"]
    config = _write_pack_yaml(qingdao, ["partner:sco", "partner:germany", "partner:kyrgyzstan",
                                        "partner:singapore", "partner:united-kingdom",
                                        "partner:spain", "partner:belarus", "sector:port"],
                              title="Shared pages")
    assert run("--project", qingdao, "pack", "--jobs", "1", "--config", config).exit_code == 0
    out = qingdao / "out" / "pack"
    briefs_laid = [title for title in laid if title in (*cards, "SCO countries", "Germany",
                                                        "Port and logistics")]
    assert briefs_laid == []
    reader = PdfReader(out / "europe.pdf")
    starts = {entry.title: reader.get_destination_page_number(entry)
              for entry in outline_documents(reader)}
    total = len(reader.pages)
    briefs = {title: page for title, page in starts.items()
              if title in (*cards, "SCO countries", "Germany", "Port and logistics")}
    first = min(briefs.values())  # the briefs' pages follow each other, cards on shared ones
    assert sorted({*briefs.values()}) == list(range(first, starts["Sources"]))
    assert len({starts[title] for title in cards}) == 2  # five cards on two pages
    for number in range(1, total):  # all but the cover numbered as the pack's pages
        assert f"Page {number + 1} of {total}" in reader.pages[number].extract_text()
    pack = pikepdf.open(out / "europe.pdf")
    for title in ("Kyrgyzstan", "Belarus"):  # their links give the SCO's page, and lead there
        text = reader.pages[starts[title]].extract_text().replace("\u00a0", " ")
        assert f"(p. {starts['SCO countries'] + 1})" in text
        to_sco = [a for a in pack.pages[starts[title]].obj.Annots
                  if str(a.get("/Contents")) == "SCO countries"]
        assert {pack.pages.index(pikepdf.Page(a.Dest[0])) for a in to_sco} == {starts["SCO countries"]}
    titles = _outline_titles(out / "europe.pdf")
    assert titles[titles.index("Partners") + 1:titles.index("Sectors")] == [
        "SCO countries", "Germany", *(t for t in titles if t in cards)]
    assert ua_problems((out / "europe.pdf").read_bytes()) == []
    assert [f"{f.rule_id}: {f.message}" for f in validate(str(out / "europe.pdf")).findings] == []

    def pages_of(path: Path, name: str) -> list[str]:
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(tmp_path / name)], check=True)
        return [hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(tmp_path.glob(f"{name}-*.png"))]
    stacked = pages_of(out / "europe.pdf", "stacked")
    shutil.rmtree(out)  # bound again, every shared page laid out for the pack as it once was
    monkeypatch.setattr(binder, "_bound_page", lambda placed, briefs, targets: None if len(
        placed) > 1 else real_bound(placed, briefs, targets))
    assert run("--project", qingdao, "pack", "--jobs", "1", "--config", config).exit_code == 0
    assert set(cards) <= set(laid)
    assert pages_of(out / "europe.pdf", "together") == stacked


def _see_also_links(pack, page_number: int) -> list:
    """The link annotations of a page of `pack` (pikepdf) that lead to the SCO countries' brief."""
    return [a for a in pack.pages[page_number].obj.get("/Annots", ())
            if str(a.get("/Contents")) == "SCO countries"]


@pytest.mark.parametrize("cards_below", ["0.65", "0"])
def test_a_see_also_giving_a_page_is_drawn_into_the_brief_s_own_page(qingdao, run, monkeypatch,
                                                                       tmp_path, cards_below):
    """The Qingdao pack binds its five briefs whose "see also" gives a page (Kazakhstan, Russia,
    Pakistan, Kyrgyzstan, Belarus: "that brief (p. 7)") from their own PDFs, which say "that
    brief" without a page: binding lays out none of its briefs, as cards (the shipped
    cards_below) or with pages to themselves (0). The pack reads back with each page reference
    and its link, leading to the SCO countries' page and tagged as a Link of the paragraph, and
    its pages are, pixel for pixel, those of the pack with those briefs laid out again."""
    import subprocess

    import pikepdf

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # (one date for both builds, midnight or not)

    from briefgen import binder
    from briefgen.render import pdf
    from pdf_checks import outline_documents, ua_problems
    settings = qingdao / "briefgen.yaml"
    settings.write_text(re.sub(r"cards_below: [0-9.]+", f"cards_below: {cards_below}",
                               settings.read_text(encoding="utf-8")), encoding="utf-8")
    giving = ["Kazakhstan", "Russia", "Pakistan", "Kyrgyzstan", "Belarus"]
    laid = _layouts_while_binding(monkeypatch, briefs_only=True)
    subjects = None if cards_below != "0" else ["partner:sco", "partner:russia", "partner:pakistan"]
    config = ["--config", _write_pack_yaml(qingdao, subjects)] if subjects else []
    built = run("--project", qingdao, "pack", "--jobs", "1", "--format", "pdf", *config)
    assert built.exit_code == 0, built.output
    out = qingdao / "out" / "pack"
    path = out / ("europe.pdf" if subjects else "investor-pack.pdf")
    assert [title for title in laid if title != "Sources"] == []
    reader = PdfReader(path)
    starts = {entry.title: reader.get_destination_page_number(entry)
              for entry in outline_documents(reader)}
    shown = [title for title in giving if title in starts]
    assert shown == (giving if subjects is None else ["Russia", "Pakistan"])
    if subjects:  # each on a page of its own
        assert len({starts[title] for title in ("SCO countries", *shown)}) == 3
    pack = pikepdf.open(path)
    parents = pack.Root.StructTreeRoot.ParentTree.Nums
    parents = {int(parents[i]): parents[i + 1] for i in range(0, len(parents), 2)}
    for title in shown:
        own = PdfReader(out / f"partner-{title.lower()}.pdf").pages[0].extract_text()
        assert "see also that brief." in own and "(p." not in own
        text = reader.pages[starts[title]].extract_text().replace("\u00a0", " ")
        assert f"{title} is one of the SCO countries: see also that brief " \
               f"(p. {starts['SCO countries'] + 1})." in text
    for page in {starts[title] for title in shown}:
        links = _see_also_links(pack, page)
        assert len(links) == [starts[title] for title in shown].count(page)
        for link in links:
            assert pack.pages.index(pikepdf.Page(link.Dest[0])) == starts["SCO countries"]
            element = parents[int(link.StructParent)]
            assert element.S == "/Link" and element.P.S == "/P"
            assert element.K.Obj.objgen == link.objgen
    assert ua_problems(path.read_bytes()) == []

    def pages_of(name: str) -> list[str]:
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(tmp_path / name)],
                       check=True)
        return [hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(tmp_path.glob(f"{name}-*.png"))]
    drawn_in = pages_of("drawn-in")
    shutil.rmtree(out)  # bound again (not copied from .cache), those briefs laid out for the pack
    monkeypatch.setattr(binder, "kept_files", lambda *args, **kwargs: False)
    monkeypatch.setattr(pdf, "page_references", lambda *args, **kwargs: None)
    built = run("--project", qingdao, "pack", "--jobs", "1", "--format", "pdf", *config)
    assert built.exit_code == 0, built.output
    assert sorted(title for title in laid if title in giving) == sorted(shown)
    assert pages_of("laid-out") == drawn_in



def test_with_workers_the_pdf_is_joined_apart_from_every_part_as_in_one_process(mini, run,
                                                                              monkeypatch,
                                                                              tmp_path):
    """With workers the process that joins the PDF is started as soon as the parts are handed
    to the workers to lay out, before any is waited for (binder._bound): it joins every part,
    in order, into the same file as a build in one process (cold caches both, so neither
    reuses the other's bound pack)."""
    from contextlib import contextmanager

    from briefgen import binder
    shutil.copytree(REPO / "templates", mini / "templates")
    events = []
    laying, joiner, laid_part = binder._laying, binder._joiner, binder._laid_part

    @contextmanager
    def watched_joiner():
        with joiner() as started:
            events.append("joining process started")
            yield started

    monkeypatch.setattr(binder, "_laying", lambda parts, submit, *args: (
        events.append(f"{len(parts)} parts handed out"), laying(parts, submit, *args))[1])
    monkeypatch.setattr(binder, "_joiner", watched_joiner)
    monkeypatch.setattr(binder, "_laid_part", lambda part, future: (
        events.append("part waited for"), laid_part(part, future))[1])
    made = {}
    for jobs in ("2", "1"):
        monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / f"cache{jobs}"))
        out = tmp_path / f"j{jobs}"
        assert run("--project", mini, "pack", "--jobs", jobs, "--out", out).exit_code == 0
        made[jobs] = (out / "investor-pack.pdf").read_bytes()
        if jobs == "2":
            parts = int(events[0].split()[0])
            assert parts >= 2 and events[:2] == [f"{parts} parts handed out",
                                                 "joining process started"]
            assert events[2:] == ["part waited for"] * parts
    assert made["2"] == made["1"]


def test_the_appendix_is_laid_out_by_a_free_worker_or_else_here_the_same(mini, tmp_path):
    """The pack's own pages may be made while the workers still render briefs: the appendix,
    handed to the pool, is taken from a worker that started on it, and laid out here if none
    has (binder._appendix_laid: the work still queued is cancelled); the same bytes both ways."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from briefgen import binder
    from briefgen.build import BriefRequest, compose
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    shutil.copytree(REPO / "templates", mini / "templates")
    project = load_project(mini)
    document, _ = compose(project, load_store(project), BriefRequest("partner", "korea"))
    here = binder._laid_out(project, document).data
    release = tmp_path / "release"
    with ProcessPoolExecutor(max_workers=1,
                             mp_context=multiprocessing.get_context("fork")) as pool:
        busy = [pool.submit(_wait_for, release) for _ in range(4)]  # a worker and its queue
        queued = pool.submit(binder._laid_out, project, document)
        assert binder._appendix_laid(queued, project, document).data == here
        assert queued.cancelled()
        release.touch()
        assert all(future.result() for future in busy)
        taken = pool.submit(binder._laid_out, project, document)
        assert _started(taken)  # a free worker takes it at once
        assert binder._appendix_laid(taken, project, document).data == here
        assert not taken.cancelled() and taken.done()


def _started(future) -> bool:
    import time
    deadline = time.monotonic() + 60
    while not (future.running() or future.done()) and time.monotonic() < deadline:
        time.sleep(0.01)
    return future.running() or future.done()


def _wait_for(path: Path) -> bool:
    import time
    deadline = time.monotonic() + 60
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    return path.exists()


def test_the_appendix_lists_only_documents_whose_figures_the_briefs_print(qingdao, run):
    """The finance brief's template consults facts of documents it prints no figure of (the
    business clubs release, the China-Japan zone item, the overseas cooperation release): in a
    pack of that brief alone they are no "Documents the figures in this pack are taken from";
    the appendix lists what the brief cites, as its own Sources list does."""
    config = _write_pack_yaml(qingdao, ["sector:finance"])
    result = run("--project", qingdao, "pack", "--config", config, "--jobs", "1", "--format", "pdf")
    assert result.exit_code == 0, result.output
    pages = [page.extract_text() for page in PdfReader(qingdao / "out" / "pack" / "europe.pdf").pages]
    text = "\n".join(pages)
    appendix = " ".join(text[text.rindex("Documents the figures"):].split())
    index = yaml.safe_load((qingdao / "seeds" / "index.yaml").read_text(encoding="utf-8"))["seeds"]
    for seed in ("000_79af381633f60f74.txt", "001_0440659cac3b07a2.txt", "002_ebe02bed5fb1622e.txt"):
        assert " ".join(index[seed]["title"].split()) not in appendix, seed
    brief = " ".join(text[:text.rindex("Documents the figures")].split())
    listed = [info["title"] for info in index.values() if " ".join(info["title"].split()) in appendix]
    assert listed and all(" ".join(title.split())[:30] in brief for title in listed)  # each one the brief cites
