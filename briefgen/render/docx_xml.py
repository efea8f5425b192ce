"""WordprocessingML details python-docx has no API for: shading, borders, cell margins,
hyperlinks, bookmarks, fields, header rows, outline levels, picture placement and descriptions,
list restarts, and repeatable zip bytes; and XML python-docx makes slowly, made here as it
makes it: runs, a brief's comments."""

from __future__ import annotations

import copy
import functools
import io
import re
import tempfile
import zipfile
import zlib
from typing import NamedTuple

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.oxml import CT_Relationships
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI, PackURI
from docx.opc.pkgwriter import _ContentTypesItem
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

from briefgen.safety.scratch import scratch_space

ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # fixed timestamps: same input, same bytes


def _hex(colour: str) -> str:
    return colour.lstrip("#").upper()


# Word rejects properties out of schema order, so new children are inserted in this order.
_ORDER = {
    "w:tcPr": "tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark",
    "w:tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
               "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook",
    "w:pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
             "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
             "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
             "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle "
             "rPr sectPr pPrChange",
    "w:rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
             "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
             "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    "w:tcBorders": "top start left bottom end right insideH insideV tl2br tr2bl",
    "w:pBdr": "top left bottom right between bar",
    "w:tcMar": "top start left bottom end right",
    "w:tblCellMar": "top start left bottom end right",
}


def _child(parent, tag: str):
    """The first child `tag` of `parent`, created in schema order when missing."""
    found = parent.find(qn(tag))
    if found is not None:
        return found
    found = OxmlElement(tag)
    order = _ORDER.get(_prefixed(parent.tag), "").split()
    name = tag.split(":")[1]
    later = order[order.index(name) + 1:] if name in order else []
    for sibling in parent:
        if _local(sibling.tag) in later:
            sibling.addprevious(found)
            return found
    parent.append(found)
    return found


def set_paragraph_style(p, style_id: str | None) -> None:
    """w:p/w:pPr/w:pStyle (each the first child of its parent, by the schema) set to `style_id`,
    or removed for None (the default style). python-docx's own setter searches some forty
    possible later siblings for the place of each, a tenth of a millisecond per paragraph."""
    properties = p.find(qn("w:pPr"))
    if properties is None:
        if style_id is None:
            return
        properties = OxmlElement("w:pPr")
        p.insert(0, properties)
    style = properties.find(qn("w:pStyle"))
    if style_id is None:
        if style is not None:
            properties.remove(style)
        return
    if style is None:
        style = OxmlElement("w:pStyle")
        properties.insert(0, style)
    style.set(qn("w:val"), style_id)


def _local(tag: str) -> str:
    return tag.split("}")[-1]


def _prefixed(tag: str) -> str:
    return "w:" + _local(tag)


def shade_cell(cell, colour: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = _child(tc_pr, "w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), _hex(colour))


def cell_borders(cell, **sides: tuple[float, str] | None) -> None:
    """cell_borders(cell, top=(2, '#0B3C5D'), left=None …): width in points, or None for none."""
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = _child(tc_pr, "w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        if side not in sides:
            continue
        element = _child(borders, f"w:{side}")
        spec = sides[side]
        if spec is None:
            element.set(qn("w:val"), "nil")
            continue
        width, colour = spec
        element.set(qn("w:val"), "single")
        element.set(qn("w:sz"), str(int(round(width * 8))))  # eighths of a point
        element.set(qn("w:space"), "0")
        element.set(qn("w:color"), _hex(colour))


def cell_margins(cell, top: float, right: float, bottom: float, left: float) -> None:
    """Cell padding in points."""
    tc_pr = cell._tc.get_or_add_tcPr()
    margins = _child(tc_pr, "w:tcMar")
    for side, value in (("top", top), ("right", right), ("bottom", bottom), ("left", left)):
        element = _child(margins, f"w:{side}")
        element.set(qn("w:w"), str(int(round(value * 20))))  # twentieths of a point
        element.set(qn("w:type"), "dxa")


def fixed_table(table, widths_pt: list[float]) -> None:
    """Fixed layout, no indent, exact column widths (so Word and LibreOffice agree)."""
    tbl_pr = table._tbl.tblPr
    layout = _child(tbl_pr, "w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    width = _child(tbl_pr, "w:tblW")
    width.set(qn("w:w"), str(int(round(sum(widths_pt) * 20))))
    width.set(qn("w:type"), "dxa")
    indent = _child(tbl_pr, "w:tblInd")
    indent.set(qn("w:w"), "0")
    indent.set(qn("w:type"), "dxa")
    cell_margin = _child(tbl_pr, "w:tblCellMar")
    for side in ("left", "right"):
        element = _child(cell_margin, f"w:{side}")
        element.set(qn("w:w"), "0")
        element.set(qn("w:type"), "dxa")
    for row in table.rows:
        for cell, w in zip(row.cells, widths_pt):
            cell.width = Pt(w)
    for column, w in zip(table.columns, widths_pt):
        column.width = Pt(w)


def paragraph_border(paragraph_or_style_pPr, side: str, width: float, colour: str, space: float = 1) -> None:
    """A rule on one side of a paragraph (or in a style's pPr)."""
    borders = _child(paragraph_or_style_pPr, "w:pBdr")
    element = _child(borders, f"w:{side}")
    element.set(qn("w:val"), "single")
    element.set(qn("w:sz"), str(int(round(width * 8))))
    element.set(qn("w:space"), str(int(round(space))))
    element.set(qn("w:color"), _hex(colour))


_SPECIAL = frozenset("\t\n\r")


def run_element(text: str, style_id: str | None = None, bold: bool = False, italic: bool = False):
    """A w:r holding `text` (properties in schema order), or None when the text holds tabs or
    line breaks, which python-docx's own add_run turns into w:tab and w:br."""
    if _SPECIAL.intersection(text):
        return None
    run = OxmlElement("w:r")
    if style_id or bold or italic:
        properties = OxmlElement("w:rPr")
        if style_id:
            style = OxmlElement("w:rStyle")
            style.set(qn("w:val"), style_id)
            properties.append(style)
        for flag, tag in ((bold, "w:b"), (italic, "w:i")):
            if flag:
                properties.append(OxmlElement(tag))
        run.append(properties)
    if text:
        element = OxmlElement("w:t")
        element.text = text
        if text[0].isspace() or text[-1].isspace():
            element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(element)
    return run


def add_comment(document, run, text: str, author: str) -> None:
    """python-docx's `document.add_comment(run, text, author=author, initials=None)` with no
    date, the same XML made directly: python-docx finds the place of each property through the
    schema's list of what may follow it, and a brief's comments (one per figure first cited)
    cost a sixth of its Word file. Text holding a tab or a carriage return goes through
    python-docx (its runs turn them into w:tab and w:br)."""
    if _SPECIAL.intersection(text.replace("\n", "")):
        comment = document.add_comment(run, text, author=author, initials=None)
        comment._comment_elm.date = None  # no time of writing: rebuilds stay byte-identical
        return
    comments = document.comments._comments_elm  # the comments part, made by python-docx
    number = comments._next_available_comment_id()
    comment = _comment_template()  # parsed as python-docx parses it: same namespaces
    comment.set(qn("w:id"), str(number))
    comment.set(qn("w:author"), author)
    if text:
        lines = text.split("\n")
        comment[0].append(run_element(lines[0]))
        for line in lines[1:]:
            comment.append(_comment_paragraph(line))
    comments.append(comment)
    _anchor_comment(run._r, str(number))


def _comment_template():
    """A new w:comment holding the paragraph python-docx starts each comment with (its
    annotation mark): a copy of the element python-docx's CT_Comments.add_comment parses."""
    return copy.deepcopy(_parsed_comment())


@functools.lru_cache(maxsize=1)
def _parsed_comment():
    from docx.oxml.ns import nsdecls
    from docx.oxml.parser import parse_xml
    return parse_xml(f'<w:comment {nsdecls("w")} w:id="0" w:author=""><w:p><w:pPr>'
                     '<w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr>'
                     '<w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                     '</w:p></w:comment>')


def _comment_paragraph(text: str):
    """A comment's further paragraph, as python-docx's Comment.add_paragraph(text) makes it."""
    paragraph = OxmlElement("w:p")
    properties = OxmlElement("w:pPr")
    style = OxmlElement("w:pStyle")
    style.set(qn("w:val"), "CommentText")
    properties.append(style)
    paragraph.append(properties)
    if text:
        paragraph.append(run_element(text))
    return paragraph


def _anchor_comment(run, number: str) -> None:
    """The comment's range around `run` and its reference mark after it, as python-docx's
    Run.mark_comment_range marks a range of one run."""
    run.addprevious(OxmlElement("w:commentRangeStart", attrs={qn("w:id"): number}))
    reference = OxmlElement("w:r")
    reference.append(_run_properties("CommentReference"))
    reference.append(OxmlElement("w:commentReference", attrs={qn("w:id"): number}))
    run.addnext(reference)
    run.addnext(OxmlElement("w:commentRangeEnd", attrs={qn("w:id"): number}))


def _run_properties(style_id: str):
    """A w:rPr naming the character style `style_id`."""
    properties = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), style_id)
    properties.append(style)
    return properties


def add_hyperlink(paragraph, url: str):
    """A w:hyperlink element (external relationship) appended to the paragraph; runs go inside."""
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    link.set(qn("w:history"), "1")
    paragraph._p.append(link)
    return link


def add_internal_link(paragraph, anchor: str):
    """A w:hyperlink to the bookmark of `anchor` (see add_bookmark); runs go inside."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), bookmark_name(anchor))
    link.set(qn("w:history"), "1")
    paragraph._p.append(link)
    return link


def page_reference(result, anchor: str) -> None:
    """Make the run `result` the shown value of a PAGEREF field: the page of the bookmark of
    `anchor`, a link to it, updated by Word and LibreOffice when they lay the file out."""
    for run in _field_opening(f"PAGEREF {bookmark_name(anchor)} \\h"):
        result.addprevious(run)
    result.addnext(_field_char("end"))


def bookmark_name(anchor: str) -> str:
    """A Word bookmark name for an anchor: letters, digits and underscores, at most 40
    characters; a leading underscore hides it from Word's bookmark list."""
    return "_" + re.sub(r"[^A-Za-z0-9_]", "_", anchor)[:39]


def add_bookmark(paragraph, anchor: str) -> None:
    """A bookmark around the paragraph's content, where internal links lead. Its id comes from
    its name: the same in a brief's own file and in the pack its body is spliced into."""
    name = bookmark_name(anchor)
    ident = str(zlib.crc32(name.encode()) & 0x7FFFFFFF)
    start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
    start.set(qn("w:id"), ident)
    start.set(qn("w:name"), name)
    end.set(qn("w:id"), ident)
    p = paragraph._p
    p.insert(1 if p.pPr is not None else 0, start)
    p.append(end)


def field_start(paragraph, instruction: str) -> None:
    """The start of a complex field (TOC …) whose result follows, up to field_end."""
    for run in _field_opening(instruction):
        paragraph._p.append(run)


def field_end(paragraph) -> None:
    paragraph._p.append(_field_char("end"))


def _field_opening(instruction: str) -> list:
    """The runs that open a complex field: begin, its instruction, separate (the result follows)."""
    instr = OxmlElement("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {instruction} "
    run = OxmlElement("w:r")
    run.append(instr)
    return [_field_char("begin"), run, _field_char("separate")]


def _field_char(kind: str):
    run, char = OxmlElement("w:r"), OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    return run


def header_row(row) -> None:
    """Mark a table row as a header row (w:tblHeader): repeated on each page, read as headers."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.insert_element_before(OxmlElement("w:tblHeader"), "w:tblCellSpacing", "w:jc", "w:hidden",
                                "w:ins", "w:del", "w:trPrChange")


def outline_level(p_pr, level: int) -> None:
    """The paragraph (or style) shows in Word's navigation pane and TOC at `level` (0 = 1)."""
    element = p_pr.find(qn("w:outlineLvl"))
    if element is None:
        element = OxmlElement("w:outlineLvl")
        p_pr.insert_element_before(element, "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
    element.set(qn("w:val"), str(level))


def add_field(paragraph, instruction: str, placeholder: str = "1", style: str | None = None) -> None:
    """A simple field (PAGE, NUMPAGES) that Word and LibreOffice update when laying out."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    if style:
        r_pr = OxmlElement("w:rPr")
        r_style = OxmlElement("w:rStyle")
        r_style.set(qn("w:val"), style)
        r_pr.append(r_style)
        run.append(r_pr)
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def describe_picture(inline_shape, alt: str, title: str | None = None) -> None:
    """Alt text for an inline picture: wp:docPr descr (what screen readers read); no distance
    from the text around it (LibreOffice would otherwise push a full-width chart past the
    right margin)."""
    inline = inline_shape._inline
    for side in ("distT", "distB", "distL", "distR"):
        inline.set(side, "0")
    extent = OxmlElement("wp:effectExtent")
    for side in ("l", "t", "r", "b"):
        extent.set(side, "0")
    inline.extent.addnext(extent)
    doc_pr = inline.docPr
    doc_pr.set("descr", alt)
    if title:
        doc_pr.set("title", title)


def restart_numbering(document, paragraph_style, start: int) -> int:
    """A new list instance of the style's numbering that starts at `start`; returns its numId."""
    numbering = document.part.numbering_part.element
    style_num = paragraph_style.element.pPr.numPr.numId.val
    abstract = next(num.abstractNumId.val for num in numbering.num_lst if num.numId == style_num)
    num = numbering.add_num(abstract)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start_override = OxmlElement("w:startOverride")
    start_override.set(qn("w:val"), str(start))
    override.append(start_override)
    num.append(override)
    return num.numId


def set_num_id(paragraph, num_id: int) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = p_pr.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


class _RepeatableZip:
    """python-docx's zip writer with fixed timestamps and permissions: same input, same bytes.

    A member the same as one written before in this process (a pack's briefs share their styles,
    theme, settings, font table, numbering, content types, relationships …) is not compressed
    again: its deflated bytes are kept (_deflated) and written as zipfile would write them."""

    def __init__(self, target):
        self._zip = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED)

    def write(self, pack_uri, blob: bytes, reuse: bool = True) -> None:
        """`reuse`: False for a member no other file shares (a brief's own text), not kept."""
        member = self._member(pack_uri)
        if (reuse and member.compress_type == zipfile.ZIP_DEFLATED and self._zip._seekable
                and len(blob) <= REUSED_MEMBER_LIMIT):
            append_deflated(self._zip, member, blob)
        else:
            self._zip.writestr(member, blob)

    def write_pieces(self, pack_uri, pieces) -> None:
        """A member written piece by piece (bytes), never held whole."""
        with self._zip.open(self._member(pack_uri), "w") as member:
            for piece in pieces:
                member.write(piece)

    @staticmethod
    def _member(pack_uri) -> zipfile.ZipInfo:
        member = zipfile.ZipInfo(pack_uri.membername, ZIP_DATE)
        packed = pack_uri.ext in ("png", "jpeg", "jpg")  # compressed already: deflate gains nothing
        member.compress_type = zipfile.ZIP_STORED if packed else zipfile.ZIP_DEFLATED
        member.external_attr = 0o644 << 16
        return member

    def close(self) -> None:
        self._zip.close()

    def abandon(self) -> None:
        """Leave a file that failed (a full disk) as it is: without its file, closing the zip
        (by hand or when it is collected) writes no directory to it, and raises nothing."""
        self._zip.fp = None


REUSED_MEMBER_LIMIT = 1 << 18  # larger members are compressed each time: _deflated's memory stays small


@functools.lru_cache(maxsize=64)
def _deflated(data: bytes) -> tuple[int, bytes]:
    """`data`'s CRC-32 and its raw deflate stream, made as zipfile makes a ZIP_DEFLATED member's
    (zipfile._get_compressor at the default level, one compress and a flush). Keyed by the bytes
    themselves, so a restyled theme or another reference document is compressed anew, never
    answered from another file's entry; 64 entries hold a pack's shared members many times over,
    and the members of one brief alone (its properties, comments) fall out as they age."""
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return zlib.crc32(data), compressor.compress(data) + compressor.flush()


def append_deflated(archive: zipfile.ZipFile, member: zipfile.ZipInfo, data: bytes) -> None:
    """Add `data` as the ZIP_DEFLATED `member` of `archive` (open for writing to a seekable file)
    with the very bytes `archive.writestr(member, data)` writes, from its deflated bytes kept
    for the process. zipfile takes no compressed data, so this does what writestr does for a
    member under 4 GB (_open_to_write, then _ZipWriteFile.close with the sizes and CRC known in
    advance), as zipfile's own mkdir adds a member: header and data at the end of the members,
    then listed for the central directory that close() writes. Tested byte for byte against
    writestr (tests/test_docx_parts.py)."""
    crc, deflated = _deflated(data)
    member.flag_bits, member.CRC = 0, crc
    member.file_size, member.compress_size = len(data), len(deflated)
    archive.fp.seek(archive.start_dir)
    member.header_offset = archive.fp.tell()
    archive._writecheck(member)
    archive._didModify = True
    archive.fp.write(member.FileHeader(False))
    archive.fp.write(deflated)
    archive.start_dir = archive.fp.tell()
    archive.filelist.append(member)
    archive.NameToInfo[member.filename] = member


_UNNEEDED_PARTS = (
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",  # Word 2010's copy
    RT.THUMBNAIL,  # a picture of the template's first page, not of the brief
)


def slim(document) -> None:
    """Drop what every file would carry for nothing: the styles-with-effects copy, the template's
    thumbnail, and built-in table styles nothing uses (Word and LibreOffice know them anyway).

    python-docx's template holds a hundred table styles, 300 kB of XML that every brief parsed,
    wrote and compressed twice; custom styles, the default ones and their bases stay.
    """
    for rels in (document.part.package.rels, document.part.rels):
        for rid in [rid for rid, rel in rels.items() if rel.reltype in _UNNEEDED_PARTS]:
            rels.pop(rid)
            rels._target_parts_by_rId.pop(rid, None)
    styles = document.styles.element
    by_id = {s.get(qn("w:styleId")): s for s in styles.iterfind(qn("w:style"))}
    keep = [sid for sid, s in by_id.items() if s.get(qn("w:type")) != "table"
            or s.get(qn("w:default")) in ("1", "true") or s.get(qn("w:customStyle")) in ("1", "true")]
    kept: set[str] = set()
    while keep:  # the kept styles and everything they are based on
        sid = keep.pop()
        if sid in kept or sid not in by_id:
            continue
        kept.add(sid)
        base = by_id[sid].find(qn("w:basedOn"))
        if base is not None:
            keep.append(base.get(qn("w:val")))
    for sid, style in by_id.items():
        if sid not in kept:
            styles.remove(style)


_SPOOLED = "a long Word document's body as it is written"


class BodySpool:
    """The body of a long document, serialized a document at a time onto a temporary file and
    taken out of the tree: binding a pack of a thousand briefs does not hold their XML whole.
    `repeatable_bytes` writes it back where the body was, byte for byte as the tree would."""

    def __init__(self, document):
        self.body = document.element.body
        root = document.element
        # what the root declares, which each element serialized on its own repeats
        self.declared = [f' xmlns:{prefix}="{uri}"'.encode() for prefix, uri in root.nsmap.items()
                         if prefix]
        with scratch_space(_SPOOLED):
            self.file = tempfile.TemporaryFile()
        prefix = self.body.prefix  # w: in every file python-docx writes, but a reference may differ
        self.tag = (f"<{prefix}:body>" if prefix else "<body>").encode()

    def take(self, elements) -> None:
        for element in elements:
            xml = etree.tostring(element, encoding="UTF-8", xml_declaration=False)
            end = xml.index(b">")  # the first start tag
            head = xml[:end]
            for declaration in self.declared:
                head = head.replace(declaration, b"", 1)
            with scratch_space(_SPOOLED):
                self.file.write(head + xml[end:])
            _discard(element)

    def pieces(self, document_xml: bytes):
        """The document part's XML with the spooled body put back, in pieces."""
        start = document_xml.index(self.tag) + len(self.tag)  # the body keeps its sectPr
        yield document_xml[:start]
        with scratch_space(_SPOOLED):  # what is still buffered is written now
            self.file.seek(0)
        while piece := self.file.read(1 << 20):
            yield piece
        yield document_xml[start:]


def _discard(element) -> None:
    """Take an element out of its tree. Children go first: lxml re-homes the namespaces of a
    removed subtree in time that grows faster than the subtree (two seconds for the contents
    table of a thousand briefs, a few milliseconds row by row)."""
    del element[:]
    element.getparent().remove(element)


def repeatable_bytes(document) -> bytes:
    """The .docx bytes (write_repeatable)."""
    out = io.BytesIO()
    write_repeatable(document, out)
    return out.getvalue()


_FROZEN: dict[int, tuple[object, bytes]] = {}  # id(part) -> the part and its XML, made once
FROZEN_KEPT = 16  # parts of documents set up (render/docx.py keeps eight)


def freeze_part(part) -> None:
    """Write `part` from its XML as it is now, made once: the caller changes it no more (a
    template's styles, shared by the documents copied from it, render/docx._set_up)."""
    if len(_FROZEN) >= FROZEN_KEPT:
        _FROZEN.clear()
    _FROZEN[id(part)] = (part, part.blob)


def _blob(part) -> bytes:
    frozen = _FROZEN.get(id(part))
    return frozen[1] if frozen is not None and frozen[0] is part else part.blob


def write_repeatable(document, out, spool: BodySpool | None = None) -> None:
    """Write the .docx once to the binary file `out` (OpcPackage.save with a repeatable zip
    writer); the main document's body taken from `spool` when given."""
    package = document.part.package
    for part in package.parts:
        part.before_marshal()
    writer = _RepeatableZip(out)
    try:  # python-docx's PackageWriter.write, its XML made once for the same parts and links
        writer.write(CONTENT_TYPES_URI, _content_types_xml(
            tuple(_Typed(part.partname, part.content_type) for part in package.parts)))
        writer.write(PACKAGE_URI.rels_uri, _relationships_xml(package.rels))
        for part in package.parts:  # the main document from the spool
            if spool is not None and part is document.part:
                writer.write_pieces(part.partname, spool.pieces(part.blob))
            else:
                writer.write(part.partname, _blob(part), reuse=part is not document.part)
            if len(part.rels):
                writer.write(part.partname.rels_uri, _relationships_xml(part.rels))
    except BaseException:
        writer.abandon()
        raise
    writer.close()


class _Typed(NamedTuple):
    """All that python-docx's content types item reads of a part."""

    partname: PackURI
    content_type: str


@functools.lru_cache(maxsize=16)
def _content_types_xml(parts: tuple[_Typed, ...]) -> bytes:
    """[Content_Types].xml for parts of these names and types, as python-docx writes it; the
    same for most of a pack's briefs (a picture, comments or not)."""
    return _ContentTypesItem.from_parts(parts).blob


def _relationships_xml(rels) -> bytes:
    """A part's .rels XML, as python-docx's _Relationships.xml writes it from these four."""
    return _relationships_xml_of(tuple((rel.rId, rel.reltype, rel.target_ref, rel.is_external)
                                       for rel in rels.values()))


@functools.lru_cache(maxsize=64)
def _relationships_xml_of(rels: tuple[tuple[str, str, str, bool], ...]) -> bytes:
    element = CT_Relationships.new()
    for rel_id, reltype, target, is_external in rels:
        element.add_rel(rel_id, reltype, target, is_external)
    return element.xml


def set_language(document, tag: str, east_asian_font: str | None) -> None:
    """The document's default language (w:lang, for proofing and font choice) and, for an East
    Asian language, the font Word sets those characters in (w:rFonts/@w:eastAsia), in
    styles.xml's w:docDefaults: every style inherits them unless it says otherwise."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    holder = defaults.find(qn("w:rPrDefault"))
    if holder is None:
        holder = OxmlElement("w:rPrDefault")
        defaults.insert(0, holder)
    properties = _child(holder, "w:rPr")
    if east_asian_font:
        fonts = _child(properties, "w:rFonts")
        fonts.attrib.pop(qn("w:eastAsiaTheme"), None)  # a theme font would win over the named one
        fonts.set(qn("w:eastAsia"), east_asian_font)
    lang = _child(properties, "w:lang")
    lang.set(qn("w:val"), tag)
    if east_asian_font:
        lang.set(qn("w:eastAsia"), tag)
