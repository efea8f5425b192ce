"""Chinese briefs as LibreOffice shows their DOCX: one page, in Chinese, set in a Chinese font
(the DOCX names Microsoft YaHei for East Asian text; LibreOffice takes the system's Chinese font,
WenQuanYi Micro Hei from fonts-wqy-microhei, which .ci/run installs). Without LibreOffice or a
Chinese system font these tests skip, unless fidelity is required (CI)."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from conftest import REPO
from test_fidelity import REQUIRED, _program

LATIN_FONTS = ("Liberation", "DejaVu", "OpenSymbol")


def _chinese_system_font() -> None:
    fc_list = shutil.which("fc-list")
    found = fc_list and subprocess.run([fc_list, ":lang=zh", "family"], capture_output=True,
                                       text=True).stdout.strip()
    if not found:
        reason = "no Chinese system font for LibreOffice (Debian/Ubuntu: apt install fonts-wqy-microhei)"
        if REQUIRED:
            pytest.fail(f"the fidelity tests are required here (CI) but {reason}")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    soffice = _program("soffice", "libreoffice", package="libreoffice-writer-nogui")
    _chinese_system_font()
    from briefgen.build import BriefRequest, build_brief
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    project = dataclasses.replace(load_project(REPO), language="zh")
    store = load_store(project)
    out = tmp_path_factory.mktemp("zh")
    names = []
    for kind, slug in (("partner", "south-korea"), ("sector", "port")):
        names.append(build_brief(project, store, BriefRequest(kind, slug), ("docx",), out).name)
    profile = (out / "profile").as_uri()
    done = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to",
         "pdf", "--outdir", str(out / "pdf"), *(str(out / f"{name}.docx") for name in names)],
        capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr or done.stdout
    return {name: out / "pdf" / f"{name}.pdf" for name in names}


def test_libreoffice_lays_the_chinese_docx_out_on_one_page_in_a_chinese_font(converted):
    for name, pdf in converted.items():
        reader = PdfReader(pdf)
        assert len(reader.pages) == 1, name
        text = reader.pages[0].extract_text()
        assert "青岛" in text, name
        fonts = {str(font.get_object()["/BaseFont"])
                 for font in reader.pages[0]["/Resources"]["/Font"].values()}
        chinese = [f for f in fonts if not any(latin in f for latin in LATIN_FONTS)]
        assert chinese, f"{name}: no Chinese font among {sorted(fonts)}"
