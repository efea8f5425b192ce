"""The Word files' shared parts made once per process: their XML and deflated bytes are reused,
and every file is still the one written without the reuse (python-docx's own parts, zipped by
zipfile with the fixed timestamps), whatever theme or reference document came before it."""

from __future__ import annotations

import io
import os
import zipfile

import docx
from docx.opc.packuri import PackURI

from briefgen import document as d
from briefgen.render import docx_xml
from briefgen.render.docx import docx_document
from briefgen.render.reference import build_reference
from briefgen.theme import DEFAULT_THEME
from render_samples import document, one_of_each, PIXEL

STYLES_XML = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles>'
              + b"<w:style w:styleId='Normal'/>" * 400 + b"</w:styles>")


def _members() -> list[tuple[str, bytes, int]]:
    return [("[Content_Types].xml", b"<Types/>", zipfile.ZIP_DEFLATED),
            ("word/styles.xml", STYLES_XML, zipfile.ZIP_DEFLATED),
            ("word/media/image1.png", PIXEL.read_bytes(), zipfile.ZIP_STORED),
            ("word/empty.xml", b"", zipfile.ZIP_DEFLATED),
            ("word/名前.xml", "青岛 Düsseldorf".encode() * 50, zipfile.ZIP_DEFLATED)]


def _info(name: str, compress_type: int) -> zipfile.ZipInfo:
    member = zipfile.ZipInfo(name, docx_xml.ZIP_DATE)
    member.compress_type, member.external_attr = compress_type, 0o644 << 16
    return member


def _zipped(members, reuse: bool) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data, compress_type in members:
            if reuse and compress_type == zipfile.ZIP_DEFLATED:
                docx_xml.append_deflated(archive, _info(name, compress_type), data)
            else:
                archive.writestr(_info(name, compress_type), data)
    return out.getvalue()


def test_a_member_from_its_kept_deflated_bytes_is_what_zipfile_writes():
    written = _zipped(_members(), reuse=False)
    docx_xml._deflated.cache_clear()
    assert _zipped(_members(), reuse=True) == written  # deflated now
    assert docx_xml._deflated.cache_info().currsize == 4
    assert _zipped(_members(), reuse=True) == written  # from the kept bytes
    assert docx_xml._deflated.cache_info().hits >= 4
    with zipfile.ZipFile(io.BytesIO(written)) as archive:
        assert archive.testzip() is None
        assert archive.read("word/styles.xml") == STYLES_XML


def _without_reuse(document) -> bytes:
    """The file as python-docx saves `document` (its own content types, relationships and parts,
    in its order), zipped by zipfile with briefgen's fixed timestamps: nothing reused."""
    saved = io.BytesIO()
    document.save(saved)
    with zipfile.ZipFile(saved) as package:
        members = [(info.filename, package.read(info),
                    zipfile.ZIP_STORED if info.filename.endswith(".png") else zipfile.ZIP_DEFLATED)
                   for info in package.infolist()]
    return _zipped(members, reuse=False)


def _both(doc, theme=DEFAULT_THEME, reference=None) -> tuple[bytes, bytes]:
    """(the file written as briefgen writes it, the file written without any reuse)."""
    made = docx_document(doc, theme, reference=reference)
    return docx_xml.repeatable_bytes(made), _without_reuse(made)


def _brief(title: str = "South Korea"):
    blocks = one_of_each()
    blocks.pop("PageBreak")
    return document(*blocks.values(), title=title)


def _member(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read(name)


def test_briefs_written_with_the_shared_parts_reused_are_the_files_written_without():
    files = [_both(_brief(title)) for title in ("South Korea", "Japan", "South Korea")]
    for written, unshared in files:
        assert written == unshared
    assert files[0][0] == files[2][0]
    assert files[0][0] != files[1][0]
    opened = docx.Document(io.BytesIO(files[1][0]))  # opens in python-docx, as written
    assert any(p.text == "Japan" for t in opened.tables for p in t.cell(0, 0).paragraphs)
    assert opened.styles["Key Figure"].type is not None


def _linked(url: str) -> d.Paragraph:
    return d.Paragraph((d.Text("see "), d.Link(url, (d.Text("the office"),))))


def test_briefs_of_other_shapes_get_their_own_content_types_and_relationships():
    blocks = one_of_each()
    pictured = document(blocks["Figure"])  # a picture, no comments
    commented = document(d.Paragraph((d.Text("cited"), d.CitationRef(1))), blocks["Sources"])
    shapes = [pictured, commented, document(_linked("https://example.org/one")),
              document(_linked("https://example.org/two")), pictured]
    files = [_both(doc) for doc in shapes]
    for written, unshared in files:
        assert written == unshared
    types = [_member(written, "[Content_Types].xml") for written, _ in files]
    assert b"image/png" in types[0] and b"comments" in types[1] and types[0] != types[1]
    links = [_member(written, "word/_rels/document.xml.rels") for written, _ in files[2:4]]
    assert b"example.org/one" in links[0] and b"example.org/two" in links[1]


def test_a_restyled_theme_is_never_answered_with_another_themes_parts():
    red = DEFAULT_THEME.with_overrides(primary="#AA1111", font_family="Georgia")
    first = _both(_brief())
    restyled = _both(_brief(), theme=red)
    again = _both(_brief())
    for written, unshared in (first, restyled, again):
        assert written == unshared
    styles = _member(restyled[0], "word/styles.xml")
    assert b"AA1111" in styles and b"Georgia" in styles
    assert styles != _member(first[0], "word/styles.xml")
    assert again[0] == first[0]


def _reference(path, font_size: float) -> None:
    made = build_reference()
    made.styles["Normal"].font.size = docx.shared.Pt(font_size)
    path.write_bytes(docx_xml.repeatable_bytes(made))


def test_another_or_a_restyled_reference_document_gets_its_own_parts(tmp_path):
    one, other = tmp_path / "one.docx", tmp_path / "other.docx"
    _reference(one, 13)
    _reference(other, 15)
    from_one = _both(_brief(), reference=one)
    from_other = _both(_brief(), reference=other)
    _reference(one, 17)  # restyled between two briefs of the same process
    stamp = one.stat().st_mtime_ns + 10**9
    os.utime(one, ns=(stamp, stamp))  # a new modification time however fast the file system
    restyled = _both(_brief(), reference=one)
    for written, unshared in (from_one, from_other, restyled):
        assert written == unshared
    sizes = [docx.Document(io.BytesIO(written)).styles["Normal"].font.size.pt
             for written, _ in (from_one, from_other, restyled)]
    assert sizes == [13, 15, 17]


class _Unseekable(io.RawIOBase):
    """A pipe: written to in order, never sought."""

    def __init__(self):
        self.data = bytearray()

    def writable(self):
        return True

    def write(self, data):
        self.data += data
        return len(data)


def test_a_file_that_cannot_be_sought_is_written_without_the_kept_bytes():
    made = docx_document(_brief(), DEFAULT_THEME)
    piped = _Unseekable()
    docx_xml.write_repeatable(made, piped)
    seekable = docx_xml.repeatable_bytes(made)
    with zipfile.ZipFile(io.BytesIO(bytes(piped.data))) as streamed, \
            zipfile.ZipFile(io.BytesIO(seekable)) as written:
        assert streamed.testzip() is None
        assert streamed.namelist() == written.namelist()
        assert all(streamed.read(name) == written.read(name) for name in written.namelist())


def test_a_large_member_is_compressed_each_time_not_kept():
    docx_xml._deflated.cache_clear()
    data = b"x" * (docx_xml.REUSED_MEMBER_LIMIT + 1)
    out = io.BytesIO()
    writer = docx_xml._RepeatableZip(out)
    writer.write(PackURI("/word/large.xml"), data)
    writer.close()
    assert docx_xml._deflated.cache_info().currsize == 0
    assert out.getvalue() == _zipped([("word/large.xml", data, zipfile.ZIP_DEFLATED)], reuse=False)
