"""Binding a DOCX from the briefs' own files gives the document that writing every brief again
gives: same body, pictures, links and list numbering; a file that cannot be used is written.
The body spooled to disk while binding is written back exactly as the tree would write it."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from briefgen import document as d
from briefgen.render.docx import Rendered, docx_bytes
from briefgen.theme import DEFAULT_THEME
from render_samples import document, one_of_each

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def _documents() -> list[d.Document]:
    blocks = one_of_each()
    blocks.pop("PageBreak")
    cover = document(d.Paragraph((d.Text("Cover text"),)), title="Investor pack")
    first = document(*blocks.values(), title="South Korea")
    smaller = d.Document(document(*blocks.values(), title="Japan").meta, tuple(blocks.values()),
                         d.Layout(base_size=8.5, small_size=7.0))  # bound at its own, smaller type
    listed = document(d.OrderedList(((d.Text("again"),),), start=7), title="Germany")
    return [cover, first, smaller, listed]


def _own_files(documents, folder: Path) -> list[Path]:
    paths = []
    for number, doc in enumerate(documents):
        path = folder / f"brief-{number}.docx"
        path.write_bytes(docx_bytes(doc, DEFAULT_THEME))
        paths.append(path)
    return paths


def _resolved_body(data: bytes) -> bytes:
    """document.xml with every reference replaced by what it names: a picture by its bytes'
    hash, a link by its address, a list instance by its list and start."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = etree.fromstring(package.read("word/document.xml"))
        rels = {r.get("Id"): r for r in etree.fromstring(
            package.read("word/_rels/document.xml.rels")).iter(RELATIONSHIP)}
        numbering = etree.fromstring(package.read("word/numbering.xml"))

        def target(rel_id: str) -> str:
            rel = rels[rel_id]
            if rel.get("TargetMode") == "External":
                return rel.get("Target")
            return hashlib.sha256(package.read("word/" + rel.get("Target"))).hexdigest()

        for node in body.iter():
            for name in [n for n in node.attrib if n.startswith(R)]:
                node.set(name, target(node.get(name)))
        lists = {n.get(f"{W}numId"): n for n in numbering.iter(f"{W}num")}
        for num_id in body.iter(f"{W}numId"):
            num = lists[num_id.get(f"{W}val")]
            start = num.find(f".//{W}startOverride")
            num_id.set(f"{W}val", f"{num.find(f'{W}abstractNumId').get(f'{W}val')}@"
                                  f"{start.get(f'{W}val') if start is not None else '-'}")
        return etree.tostring(body)


def test_a_spliced_pack_is_the_pack_written_anew(tmp_path):
    documents = _documents()
    files = _own_files(documents, tmp_path)
    written = docx_bytes(documents, DEFAULT_THEME)
    spliced = docx_bytes([documents[0], *(Rendered(doc, path) for doc, path in
                                          zip(documents[1:], files[1:]))], DEFAULT_THEME)
    assert written != spliced  # the links' relationship ids differ, nothing else
    assert _resolved_body(spliced) == _resolved_body(written)
    body = etree.fromstring(zipfile.ZipFile(io.BytesIO(spliced)).read("word/document.xml"))
    shape_ids = [e.get("id") for e in body.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")]
    assert len(shape_ids) == 2 and len(set(shape_ids)) == 2
    media = [n for n in zipfile.ZipFile(io.BytesIO(spliced)).namelist() if n.startswith("word/media/")]
    assert len(media) == 1  # the same picture in two briefs is stored once


def test_a_brief_file_that_cannot_be_read_is_written_instead(tmp_path):
    documents = _documents()
    files = _own_files(documents, tmp_path)
    files[1].write_bytes(b"not a zip file")
    (files[2]).unlink()
    with zipfile.ZipFile(files[3], "w") as broken:  # a zip, but no Word document inside
        broken.writestr("word/other.xml", "<x/>")
    spliced = docx_bytes([documents[0], *(Rendered(doc, path) for doc, path in
                                          zip(documents[1:], files[1:]))], DEFAULT_THEME)
    assert spliced == docx_bytes(documents, DEFAULT_THEME)


def test_a_spooled_body_is_the_body_the_tree_would_write(tmp_path):
    from briefgen.render import docx_xml
    from briefgen.render.docx import docx_document
    documents = _documents()
    files = _own_files(documents, tmp_path)
    items = [documents[0], *(Rendered(doc, path) for doc, path in zip(documents[1:], files[1:]))]
    whole = docx_xml.repeatable_bytes(docx_document(items, DEFAULT_THEME))
    document, spool = docx_document(items, DEFAULT_THEME, spool=True)
    assert len(document.element.body) == 1  # only the section properties stay in memory
    spooled = io.BytesIO()
    docx_xml.write_repeatable(document, spooled, spool)
    spool.file.close()
    assert spooled.getvalue() == whole == docx_bytes(items, DEFAULT_THEME)


def test_a_brief_file_missing_a_part_it_refers_to_adds_nothing_to_the_pack(tmp_path):
    documents = _documents()
    files = _own_files(documents, tmp_path)
    with zipfile.ZipFile(files[1]) as whole:  # its figure comes before its numbered list
        members = {n: whole.read(n) for n in whole.namelist() if n != "word/numbering.xml"}
    with zipfile.ZipFile(files[1], "w") as cut:
        for name, data in members.items():
            cut.writestr(name, data)
    spliced = docx_bytes([documents[0], Rendered(documents[1], files[1])], DEFAULT_THEME)
    assert spliced == docx_bytes(documents[:2], DEFAULT_THEME)  # no stray picture or list


def test_a_long_document_is_spooled_a_few_blocks_at_a_time_as_the_tree_would_write_it(monkeypatch):
    """A document of more blocks than SPOOL_BLOCKS goes to the spool a few blocks at a time
    (the page break before it first), one bound at its own type size whole: the same bytes as
    the tree written whole."""
    from briefgen.render import docx as docx_renderer
    from briefgen.render import docx_xml
    from briefgen.render.docx import docx_document
    documents = _documents()
    long = document(*(d.Paragraph((d.Text(f"Quote {n}"),)) for n in range(9)), title="Sources")
    items = [*documents, long]
    whole = docx_xml.repeatable_bytes(docx_document(items, DEFAULT_THEME))
    monkeypatch.setattr(docx_renderer, "SPOOL_BLOCKS", 2)
    taken = []
    take = docx_xml.BodySpool.take
    monkeypatch.setattr(docx_xml.BodySpool, "take",
                        lambda self, elements: (taken.append(len(elements)), take(self, elements)))
    document_, spool = docx_document(items, DEFAULT_THEME, spool=True)
    spooled = io.BytesIO()
    docx_xml.write_repeatable(document_, spooled, spool)
    spool.file.close()
    assert len(taken) > len(items)  # taken within a document too
    assert spooled.getvalue() == whole


def test_a_full_temporary_folder_while_spooling_is_an_error_naming_it(monkeypatch, tmp_path):
    """The spool's file is in the temporary folder: no space there is a RenderError naming that
    folder and TMPDIR, not the Word file the spool was for."""
    import errno
    import os
    import re
    import tempfile

    from briefgen.errors import RenderError
    from briefgen.render import docx_xml
    from briefgen.render.docx import docx_document

    class Full:
        def write(self, data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def close(self):
            pass
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(tempfile, "TemporaryFile", Full)
    with pytest.raises(RenderError) as raised:
        docx_document([*_documents()], DEFAULT_THEME, spool=True)
    assert re.fullmatch(rf"{re.escape(str(tmp_path))}: cannot write a long Word document's body as it "
                        r"is written in the temporary folder: No space left on device \(free space "
                        r"there, or set TMPDIR to a folder with room\)", str(raised.value))
