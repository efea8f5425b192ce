"""PDF/A-2b on request (page.pdf_standard in briefgen.yaml, or `--pdf-standard`), together with
PDF/UA-1: the sRGB output intent, the XMP identification, and pikepdf's PDF/A-2b validator
(veraPDF's rules) finding nothing but what it cannot approve by design: the extension schema
that declares PDF/UA's `pdfuaid` property to PDF/A (veraPDF requires it; pikepdf's allow-list
accepts no extension schemas)."""

from __future__ import annotations

import io
import shutil
from dataclasses import replace

import pikepdf
import pikepdf.pdfa
import yaml

from briefgen.config import Page, load_project
from briefgen.render.pdf import pdf_bytes
from briefgen.theme import DEFAULT_THEME
from conftest import REPO
from pdf_checks import ua_problems
from render_samples import chart, document, one_of_each

EXTENSION_SCHEMA = "ISO_19005_2:6.6.2.3.1-1"  # XMP properties: pdfuaid and its schema


def _pdfa(data: bytes):
    return pikepdf.pdfa.check(pikepdf.open(io.BytesIO(data)), "2b")


def test_pdfa_2b_passes_the_validator_and_stays_tagged():
    from briefgen import document as d
    blocks = [*one_of_each().values(), d.Figure(caption="Chart", chart=chart(), alt=chart().alt)]
    data = pdf_bytes(document(*blocks), DEFAULT_THEME, Page(pdf_standard="pdfa-2b")).data
    report = _pdfa(data)
    assert not report.unsupported, report.unsupported
    problems = [f for f in report.violations if f.rule != EXTENSION_SCHEMA]
    assert problems == []
    assert all("pdfuaid" in f.message or "pdfa" in f.message for f in report.violations)
    assert ua_problems(data) == []
    pdf = pikepdf.open(io.BytesIO(data))
    intent = pdf.Root.OutputIntents[0]
    assert intent.S == "/GTS_PDFA1" and int(intent.DestOutputProfile.N) == 3
    with pdf.open_metadata() as xmp:
        assert xmp["pdfaid:part"] == "2" and xmp["pdfaid:conformance"] == "B"
        assert xmp["pdfuaid:part"] == "1"


def test_without_the_option_no_pdfa_claim():
    data = pdf_bytes(document(), DEFAULT_THEME, Page()).data
    pdf = pikepdf.open(io.BytesIO(data))
    assert "/OutputIntents" not in pdf.Root
    with pdf.open_metadata() as xmp:
        assert "pdfaid:part" not in xmp
    assert any(f.rule != EXTENSION_SCHEMA for f in _pdfa(data).violations)  # the validator can fail


def test_config_and_command_line_choose_the_standard(mini, run, tmp_path):
    config = mini / "briefgen.yaml"
    data = yaml.safe_load(config.read_text())
    data.setdefault("page", {})["pdf_standard"] = "pdfa-2b"
    config.write_text(yaml.safe_dump(data))
    assert load_project(mini).page == replace(Page(**_page(data)), pdf_standard="pdfa-2b")
    data["page"]["pdf_standard"] = "pdfa-3"
    config.write_text(yaml.safe_dump(data))
    result = run("--project", mini, "list")
    assert result.exit_code == 1 and "pdf_standard" in result.output + (result.stderr or "")
    del data["page"]["pdf_standard"]
    config.write_text(yaml.safe_dump(data))
    shutil.copytree(REPO / "templates", mini / "templates")
    out = tmp_path / "out"
    result = run("--project", mini, "--pdf-standard", "pdfa-2b", "build", "partner", "korea", "--out", out,
                 "--format", "pdf")
    assert result.exit_code == 0, result.output
    pdf = pikepdf.open(next(out.glob("*.pdf")))
    assert "/OutputIntents" in pdf.Root


def _page(data: dict) -> dict:
    page = data.get("page") or {}
    return {"size": page.get("size", "A4"), **{k: float(v) for k, v in (page.get("margins_mm") or {}).items()}}
