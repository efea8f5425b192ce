"""Tagged PDF (PDF/UA-1): read back as a validator does. Every painting operator is marked
content or an artifact, each Figure has Alt and a bounding box, headings nest, tables have header
cells with a scope, links sit in Link elements; the catalog, XMP metadata and dates say what
PDF/UA asks. The `pdfua` checker (its machine-checkable subset) finds nothing in the shipped
briefs, the pack and an event brief."""

from __future__ import annotations

import io
import re
from collections import Counter
import shutil
import subprocess

import pikepdf
import pytest
from pdfua import validate

from briefgen.config import Page
from briefgen.render.pdf import pdf_bytes
from briefgen.theme import DEFAULT_THEME
from conftest import REPO
from pdf_checks import struct_text, ua_problems
from render_samples import document, one_of_each
from shipped_pack import shipped_pack


def _pdfua_findings(path) -> list[str]:
    return [f"{f.rule_id}: {f.message}" for f in validate(str(path)).findings]


def test_every_block_type_is_tagged(tmp_path):
    blocks = one_of_each()
    data = pdf_bytes(document(*blocks.values()), DEFAULT_THEME, Page()).data
    assert ua_problems(data) == []
    (tmp_path / "x.pdf").write_bytes(data)
    assert _pdfua_findings(tmp_path / "x.pdf") == []
    roles = {str(e.S) for e in _elements(data)}
    assert {"/Document", "/Sect", "/H1", "/P", "/L", "/LI", "/LBody", "/Table", "/TR", "/TH",
            "/TD", "/Caption", "/Figure", "/Link", "/BibEntry"} <= roles
    figure = next(e for e in _elements(data) if e.S == "/Figure")
    assert str(figure.Alt) == "Alt text of the image"
    x0, y0, x1, y1 = (float(v) for v in figure.A.BBox)
    assert 0 < x0 < x1 <= Page().width_mm * 72 / 25.4 and 0 < y0 < y1


def test_a_chart_figure_carries_the_chart_description():
    from render_samples import chart
    from briefgen import document as d
    block = d.Figure(caption="Chart", chart=chart(), alt=chart().alt, height_mm=50)
    data = pdf_bytes(document(block), DEFAULT_THEME, Page()).data
    assert ua_problems(data) == []
    figure = next(e for e in _elements(data) if e.S == "/Figure")
    assert str(figure.Alt) == chart().alt


def test_a_table_split_over_pages_repeats_its_header_as_an_artifact():
    from briefgen import document as d
    rows = tuple(((d.Text(f"row {i}"),), (d.Text(str(i)),)) for i in range(120))
    table = d.Table(((d.Text("Name"),), (d.Text("Number"),)), rows)
    data = pdf_bytes(document(table), DEFAULT_THEME, Page()).data
    assert ua_problems(data) == []
    elements = _elements(data)
    assert len(pikepdf.open(io.BytesIO(data)).pages) > 1
    assert sum(1 for e in elements if e.S == "/TH") == 2  # once, though drawn on every page
    assert sum(1 for e in elements if e.S == "/TR") == 121


def test_citations_are_references_linked_to_their_source_entries():
    """Each citation is a Reference element with marked content of its own; where the document
    lists its sources, a Link in it holds the citation and an annotation leading to the entry."""
    import pdfplumber
    blocks = one_of_each()
    cited = (blocks["Paragraph"], blocks["BulletList"], blocks["KeyFigures"])
    data = pdf_bytes(document(*cited, blocks["Sources"]), DEFAULT_THEME, Page()).data
    assert ua_problems(data) == []
    references = [e for e in _elements(data) if e.S == "/Reference"]
    assert len(references) == 1 + 1 + 5  # the paragraph's, the bullet's, one per key figure
    pdf = _OPENED[-1]
    annotations = {a.objgen: a for a in pdf.pages[0].obj.Annots}
    with pdfplumber.open(io.BytesIO(data)) as plumbed:
        words = plumbed.pages[0].extract_words()
    entries = {}  # "[n]" -> where the source list prints it (the last, lowest, of the page):
    for word in sorted(words, key=lambda w: w["top"]):  # "[1," "3]" of "[1, 3]", or "[2]"
        number = re.fullmatch(r"\[?(\d)[,\]]", word["text"])
        if number:
            entries[f"[{number.group(1)}]"] = word
    for reference in references:
        [link] = reference.K if isinstance(reference.K, pikepdf.Array) else [reference.K]
        assert link.S == "/Link" and isinstance(link.K[0], int)  # its marked content
        annotation = annotations[link.K[1].Obj.objgen]
        number = re.fullmatch(r"Source \[(\d)\]", str(annotation.Contents)).group(1)
        top = Page().height_mm * 72 / 25.4 - float(annotation.Dest[3])
        assert abs(top - entries[f"[{number}]"]["top"]) < 12  # the entry's line
    alone = pdf_bytes(document(blocks["Paragraph"]), DEFAULT_THEME, Page()).data  # no source list
    assert ua_problems(alone) == []
    [reference] = [e for e in _elements(alone) if e.S == "/Reference"]
    assert isinstance(reference.K, int)  # its content, not a link
    assert all("/Dest" not in a for a in _OPENED[-1].pages[0].obj.Annots)
    assert "Signed US$30.46 billion[1]" in struct_text_of(alone)


def struct_text_of(data: bytes) -> str:
    import tempfile
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(data)
        file.flush()
        return struct_text(file.name)


def test_dates_are_the_production_date():
    data = pdf_bytes(document(), DEFAULT_THEME, Page()).data
    pdf = pikepdf.open(io.BytesIO(data))
    assert str(pdf.docinfo.CreationDate).startswith("D:20240601000000")
    assert str(pdf.docinfo.ModDate) == str(pdf.docinfo.CreationDate)
    with pdf.open_metadata() as xmp:
        assert xmp["xmp:CreateDate"].startswith("2024-06-01T00:00:00")


def test_shipped_briefs_and_pack_pass_the_checks():
    _, _, out, _ = shipped_pack()
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) > 20
    for path in pdfs:
        assert ua_problems(path.read_bytes()) == [], path.name
        assert _pdfua_findings(path) == [], path.name


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler's pdfinfo is not installed")
def test_structure_text_is_the_visible_text():
    """Every character on the page, but the running header, footer and page number, is read
    from the structure tree exactly once (Figures stand for their drawn text by Alt)."""
    _, _, out, _ = shipped_pack()
    path = out / "partner-japan.pdf"
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.M)
    visible = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                             text=True).stdout
    structured = _squeeze(struct_text(path))
    lines = [line for line in visible.splitlines() if line.strip()]
    furniture = _squeeze(lines[0] + lines[-1])  # running header; footer with the page number
    body = _squeeze("\n".join(lines[1:-1]))
    assert "Page1of1" in furniture and furniture not in structured
    listing = subprocess.run(["pdfinfo", "-struct-text", str(path)], capture_output=True,
                             text=True).stdout
    chart = _squeeze(re.search(r'Figure:\n\s*/BBox.*\n\s*"(.*)"', listing).group(1))
    assert "2,113" in chart  # the chart's text is read from its Alt, not as page text
    assert Counter(body) - Counter(structured) == Counter(chart)
    assert Counter(structured) - Counter(body) == Counter()


def test_event_brief_passes_the_checks(tmp_path, run):
    project = tmp_path / "p"
    shutil.copytree(REPO, project, ignore=shutil.ignore_patterns("out", ".cache", "_inbox", ".git",
                                                                  "tests", "benchmarks"))
    result = run("--project", str(project), "build", "event", "sco-trade-fair",
                 "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    pdfs = list((tmp_path / "out").glob("*.pdf"))
    assert pdfs
    for path in pdfs:
        assert ua_problems(path.read_bytes()) == [], path.name
        assert _pdfua_findings(path) == [], path.name


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


_OPENED: list = []  # the PDFs whose elements the tests read (their objects live as long as they)


def _elements(data: bytes) -> list:
    from pdf_checks import _walk
    _OPENED.append(pikepdf.open(io.BytesIO(data)))
    return list(_walk(_OPENED[-1].Root.StructTreeRoot.K))


def _as_reportlab(value):
    """A structure dictionary's entries as reportlab's own objects (a name as PDFName gives
    it), for reportlab's writer to write."""
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary
    if isinstance(value, dict):
        return PDFDictionary({key: _as_reportlab(item) for key, item in value.items()})
    if isinstance(value, list):
        return PDFArray([_as_reportlab(item) for item in value])
    if isinstance(value, bytes):
        return value.decode("ascii")
    return value


@pytest.mark.parametrize("multiline", [0, 1])
def test_the_structure_tree_is_written_as_reportlab_writes_it(monkeypatch, multiline):
    """The structure tree's dictionaries are written by briefgen (pdf_tags.Written), byte for
    byte as reportlab's writer writes the same entries: a Figure's seven (Alt, its box: more
    than six to a line), a header cell's attributes, a Link's annotation (OBJR), a table over
    pages (more than ten kids to a line, a ParentTree of several pages), a paragraph over pages
    (its content on later pages: MCR), with reportlab's entries on lines of their own too."""
    from reportlab import rl_config
    from briefgen import document as d
    from briefgen.render import pdf_tags
    monkeypatch.setattr(rl_config, "pdfMultiLine", multiline)
    rows = tuple(((d.Text(f"row {i}"),), (d.Text(str(i)),)) for i in range(120))
    over_pages = d.Paragraph((d.Text("word " * 3000),))
    doc = document(*one_of_each().values(), d.Table(((d.Text("Name"),), (d.Text("Number"),)), rows),
                   over_pages)
    ours = pdf_bytes(doc, DEFAULT_THEME, Page()).data
    assert b"/Type /MCR" in ours and b"/Type /OBJR" in ours and b"/Scope /Column" in ours
    monkeypatch.setattr(pdf_tags.Written, "format",
                        lambda self, document: _as_reportlab(self.entries).format(document))
    assert pdf_bytes(doc, DEFAULT_THEME, Page()).data == ours
