"""Styles people change in the reference document show in the Word output; brand fills in only
what the reference leaves unset (docs/styling.md); `briefgen reference-docx` writes it."""

from __future__ import annotations

import shutil

import yaml
from docx import Document
from docx.shared import Pt, RGBColor

from briefgen.render.reference import build_reference
from briefgen.render.style import metrics
from briefgen.theme import DEFAULT_THEME
from conftest import REPO


def _build(mini, run) -> Document:
    result = run("--project", mini, "build", "partner", "korea", "--format", "docx", "--out", mini / "out")
    assert result.exit_code == 0, result.output
    return Document(mini / "out" / "partner-korea.docx")


def _project(mini):
    shutil.copytree(REPO / "templates", mini / "templates")
    return mini


def test_a_restyled_reference_changes_the_docx_and_brand_fills_the_rest(mini, run):
    _project(mini)
    reference = build_reference()
    heading = reference.styles["Heading 2"].font
    heading.size, heading.name, heading.color.rgb = Pt(14), "Georgia", RGBColor(0x00, 0x80, 0x00)
    reference.styles["Normal"].paragraph_format.space_after = Pt(9)
    reference.save(mini / "templates" / "reference.docx")
    styles = _build(mini, run).styles
    assert styles["Heading 2"].font.size == Pt(14)
    assert styles["Heading 2"].font.name == "Georgia"
    assert styles["Heading 2"].font.color.rgb == RGBColor(0x00, 0x80, 0x00)
    assert styles["Normal"].paragraph_format.space_after == Pt(9)
    sizes = metrics(DEFAULT_THEME)
    assert styles["Normal"].font.size == Pt(sizes.base)  # not set in the reference: the theme's
    assert styles["Heading 1"].font.color.rgb == RGBColor.from_string(DEFAULT_THEME.primary[1:])


def test_an_untouched_reference_follows_brand(mini, run):
    _project(mini)
    config = mini / "briefgen.yaml"
    data = yaml.safe_load(config.read_text())
    data.setdefault("brand", {}).update(primary="#123456", font_family="Verdana")
    config.write_text(yaml.safe_dump(data))
    styles = _build(mini, run).styles
    assert styles["Heading 2"].font.color.rgb == RGBColor(0x12, 0x34, 0x56)
    assert styles["Normal"].font.name == "Verdana"
    assert styles["Heading 2"].font.size == Pt(metrics(DEFAULT_THEME).h2)


def test_reference_docx_command_writes_and_does_not_replace_without_force(mini, run):
    target = mini / "templates" / "reference.docx"
    assert run("--project", mini, "reference-docx").exit_code == 0
    written = Document(target).styles
    assert {"Key Figure", "Citation", "Data Table"} <= {s.name for s in written}
    assert written["Heading 2"].font.size is None  # looks left to brand
    target.write_bytes(b"restyled")
    result = run("--project", mini, "reference-docx")
    assert result.exit_code == 1 and target.read_bytes() == b"restyled"
    assert run("--project", mini, "reference-docx", "--force").exit_code == 0
    assert Document(target).styles["Normal"] is not None
