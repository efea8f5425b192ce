"""The briefs as real renderers show them: LibreOffice lays every DOCX brief out on one page, and
poppler renders every PDF without a complaint.

LibreOffice (`soffice`) and poppler (`pdftoppm`) are system programs. Without them these tests
skip and say which one is missing — unless BRIEFGEN_REQUIRE_FIDELITY=1 (.ci/run sets it once it
has installed them) or CI=true, when a missing program is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from shipped_pack import shipped_pack

REQUIRED = os.environ.get("BRIEFGEN_REQUIRE_FIDELITY") == "1" or os.environ.get("CI") == "true"
PACK = "(the bound pack)"
SOFFICE_TIMEOUT = 600  # seconds, for all briefs in one call (a cold profile starts slowly)


def _program(*names: str, package: str) -> str:
    """The path of the first program found, else skip (or fail when fidelity is required)."""
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    reason = f"{' or '.join(names)} not found on PATH (Debian/Ubuntu: apt install {package})"
    if REQUIRED:
        pytest.fail(f"the fidelity tests are required here (CI) but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """Every brief's DOCX converted to PDF by LibreOffice, in one soffice call with a private
    profile (no clash with a running LibreOffice, no user settings): {brief name: PDF path}."""
    soffice = _program("soffice", "libreoffice",
                       package="libreoffice-writer-nogui fonts-liberation2")
    _, _, out, result = shipped_pack()
    folder = tmp_path_factory.mktemp("soffice")
    profile = (folder / "profile").as_uri()
    docx = [out / f"{item.name}.docx" for item in result.items] + [result.files["docx"]]
    done = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(folder / "pdf"), *map(str, docx)],
        capture_output=True, text=True, timeout=SOFFICE_TIMEOUT)
    assert done.returncode == 0, done.stderr or done.stdout
    converted = {item.name: folder / "pdf" / f"{item.name}.pdf" for item in result.items}
    return {**converted, PACK: folder / "pdf" / f"{result.files['docx'].stem}.pdf"}


def test_libreoffice_lays_every_docx_brief_out_on_one_page(converted):
    _, _, _, result = shipped_pack()
    pages = {}
    for item in result.items:
        pdf = converted[item.name]
        assert pdf.is_file(), f"LibreOffice did not convert {item.name}.docx"
        pages[item.name] = len(PdfReader(pdf).pages)
    expected = {item.name: item.pages.get("docx", 1) for item in result.items}
    assert pages == expected


def test_libreoffice_lays_the_bound_docx_pack_out_page_for_page_like_the_pdf(converted):
    """Each brief (a card too, several to a page) is on the page the PDF's bookmark gives it,
    and keeps to its pages, although briefs whose type the fitter stepped down share the styles
    of those it did not."""
    from briefgen.build import fit_brief
    from pdf_checks import outline_documents
    project, _, _, result = shipped_pack()
    word = [page.extract_text() for page in PdfReader(converted[PACK]).pages]
    reader = PdfReader(result.files["pdf"])
    assert len(word) == len(reader.pages)
    marks = {entry.title: reader.get_destination_page_number(entry)
             for entry in outline_documents(reader)}
    shared = 0
    for item in result.items:
        title = " ".join(item.document.meta.title.split())
        page = marks[item.document.meta.title]
        assert title in " ".join(word[page].split()), (item.name, page + 1)
        shared += list(marks.values()).count(page) > 1
    assert shared, "no page holds cards: the test no longer covers briefs sharing a page"


def test_libreoffice_keeps_briefs_of_mixed_type_sizes_page_for_page(tmp_path):
    """A brief whose type the fitter stepped down, bound before one at the theme's size: the
    Word styles hold the first one's sizes, the second's go on its paragraphs, and LibreOffice
    lays each out on its own page as the PDF does. (No shipped brief needs a smaller type, so
    the dense one is made: the overview with its first list twice over, every block required.)"""
    import dataclasses

    from briefgen import document as d
    from briefgen.render.docx import docx_bytes
    from briefgen.render.fit import fit
    from briefgen.render.pdf import pdf_bytes
    soffice = _program("soffice", "libreoffice", package="libreoffice-writer-nogui fonts-liberation2")
    project, _, _, result = shipped_pack()
    overview, other = result.items[0].document, result.items[1].document
    lists = tuple(b for b in overview.blocks if isinstance(b, d.BulletList))[:1]
    blocks = tuple(dataclasses.replace(b, priority=None) if hasattr(b, "priority") else b
                   for b in overview.blocks[:-1] + lists + overview.blocks[-1:])
    dense = fit(dataclasses.replace(overview, blocks=blocks), project.theme, project.page)
    assert dense.layout.base_size, "the dense brief fits without a smaller type: make it denser"
    normal = fit(other, project.theme, project.page)
    assert not normal.layout.base_size
    both = [dense, dataclasses.replace(normal, meta=dataclasses.replace(normal.meta, continues=False))]
    laid = pdf_bytes(both, project.theme, project.page)
    (tmp_path / "both.docx").write_bytes(docx_bytes(both, project.theme, project.page))
    done = subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--norestore", "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"),
         str(tmp_path / "both.docx")], capture_output=True, text=True, timeout=SOFFICE_TIMEOUT)
    assert done.returncode == 0, done.stderr or done.stdout
    word = [" ".join(page.extract_text().split())
            for page in PdfReader(tmp_path / "pdf" / "both.pdf").pages]
    assert laid.pages == len(word) == 2
    assert [doc.meta.title in page for doc, page in zip(both, word)] == [True, True]


def test_libreoffice_shows_the_docx_pack_s_cover_on_page_one_bare_and_every_page_filled(converted):
    """The cover first, without running header, footer or page number (Word's first-page
    header and footer), the contents next with them; as many pages as the PDF, none more than
    35% blank but the sources appendix's last (as tests/test_cover.py asks of the PDF)."""
    from page_space import blank_fractions
    project, _, _, result = shipped_pack()
    word = [" ".join(page.extract_text().split()) for page in PdfReader(converted[PACK]).pages]
    assert len(word) == len(PdfReader(result.files["pdf"]).pages)
    assert word[0].startswith("Qingdao investor briefs") and "Contact" in word[0]
    assert "Page 1 of" not in word[0] and "Produced" not in word[0]
    assert f"Page 2 of {len(word)}" in word[1] and "Contents" in word[1]
    blank = blank_fractions(converted[PACK], project.page)
    assert {n: f for n, f in enumerate(blank[:-1], 1) if f > 0.35} == {}
    assert blank[0] < 0.1


def test_libreoffice_sets_the_briefs_in_liberation_sans(converted):
    """The DOCX names Arial; LibreOffice must find it or its metric twin Liberation Sans, else
    lines break elsewhere than in the PDF and a brief can run to two pages."""
    for name, pdf in converted.items():
        fonts = set()
        for page in PdfReader(pdf).pages:
            for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values():
                fonts.add(str(font.get_object().get("/BaseFont", "")).split("+")[-1])
        assert any(f.startswith(("LiberationSans", "Arial")) for f in fonts), (name, sorted(fonts))


def _pdftoppm(pdf: Path, target: Path, resolution: int = 40) -> subprocess.CompletedProcess:
    return subprocess.run([_program("pdftoppm", package="poppler-utils"), "-r", str(resolution), "-png", str(pdf),
                           str(target)], capture_output=True, text=True, timeout=120)


def test_every_pdf_renders_with_pdftoppm_without_complaint(tmp_path):
    _, _, out, result = shipped_pack()
    pdfs = [out / f"{item.name}.pdf" for item in result.items]
    pdfs += [path for key, path in result.files.items() if key == "pdf"]  # the bound pack
    assert len(pdfs) == len(result.items) + 1
    for pdf in pdfs:
        done = _pdftoppm(pdf, tmp_path / pdf.stem, resolution=40 if "pack" not in pdf.stem else 15)
        assert done.returncode == 0 and not done.stderr.strip(), (pdf.name, done.stderr)
        assert list(tmp_path.glob(f"{pdf.stem}*.png")), pdf.name


def test_pdftoppm_check_notices_a_broken_pdf(tmp_path):
    """The check above would see a damaged file: poppler complains on stderr or fails."""
    _, _, out, result = shipped_pack()
    broken = tmp_path / "broken.pdf"
    data = (out / f"{result.items[0].name}.pdf").read_bytes()
    broken.write_bytes(data[: len(data) // 2])
    done = _pdftoppm(broken, tmp_path / "broken")
    assert done.returncode != 0 or done.stderr.strip()
