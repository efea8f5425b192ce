"""Bind a brief's own DOCX file into a longer document (the pack) instead of writing it again.

The brief's file was written from the same fitted document with the same theme and reference
styles, so its body is what the DOCX renderer would write again; moving it across costs a
fraction of that. What the body refers to outside itself is linked anew in the document it
joins: pictures (stored once per content), hyperlinks and restarted numbered lists; shape ids
are renumbered. A brief's comments (its quotes, for a reader of the brief alone) stay behind:
the pack's sources appendix holds the quotes. A file that cannot be read, or that refers to anything else, is not spliced:
the caller writes that document's blocks instead.
"""

from __future__ import annotations

import copy
import hashlib
import io
import itertools
import posixpath
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import nsmap, qn
from docx.oxml.parser import parse_xml
from lxml import etree

_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_LINKED = {(qn("a:blip"), qn("r:embed")), (qn("w:hyperlink"), qn("r:id"))}  # what splice relinks
_R = "{%s}" % nsmap["r"]


@dataclass
class _Source:
    body: list  # the body's elements, without its section properties
    relationships: dict  # id -> <Relationship> element
    media: dict[str, bytes]  # picture relationship id -> image bytes
    numbering: object | None  # the w:numbering element


class Splicer:
    """Moves the bodies of DOCX files into `document`, before `body`'s end."""

    def __init__(self, document, body, pictures):
        self.document, self.body, self.pictures = document, body, pictures
        self.numbering = document.part.numbering_part.element
        # the reference's own lists: every brief shares them; any other list is a restart
        self.shared_lists = {n.get(qn("w:numId")) for n in self.numbering.iterchildren(qn("w:num"))}
        self.links: dict[str, str] = {}  # url -> relationship id
        self.link_ids = (f"rIdLink{n}" for n in itertools.count(1))

    def splice(self, path: Path, sha256: str | None = None) -> bool:
        """Append the body of the DOCX at `path` (if its bytes hash to `sha256`, when given);
        False, with nothing appended, if it cannot be."""
        source = _read(path, sha256)
        if source is None or not all(map(_only_known_links, source.body)) or not self._resolvable(source):
            return False  # checked before anything is added to the document
        try:
            restarted: dict[str, str] = {}
            for element in source.body:
                self._relink(element, source, restarted)
        except (KeyError, StopIteration, AttributeError, ValueError):  # a dangling reference
            return False
        for element in source.body:
            self.body.insert(element)
        return True

    def _resolvable(self, source: _Source) -> bool:
        """Every picture, link and list the body names is in its file."""
        lists = set()
        if source.numbering is not None:
            lists = {n.get(qn("w:numId")) for n in source.numbering.iterchildren(qn("w:num"))
                     if n.find(qn("w:abstractNumId")) is not None}
        for element in source.body:
            pictures = {b.get(qn("r:embed")) for b in element.iter(qn("a:blip"))}
            links = {k.get(qn("r:id")) for k in element.iter(qn("w:hyperlink"))} - {None}
            numbers = {n.get(qn("w:val")) for n in element.iter(qn("w:numId"))} - self.shared_lists
            if not (pictures <= source.media.keys() and links <= source.relationships.keys()
                    and numbers <= lists):
                return False
        return True

    def _relink(self, element, source: _Source, restarted: dict[str, str]) -> None:
        for blip in element.iter(qn("a:blip")):
            blip.set(qn("r:embed"), self.pictures.relate(source.media[blip.get(qn("r:embed"))]))
        for shape in element.iter(qn("wp:docPr")):
            number = self.pictures.next_shape_id()
            shape.set("id", str(number))
            shape.set("name", f"Picture {number}")  # as python-docx names a new picture
        for link in element.iter(qn("w:hyperlink")):
            if link.get(qn("r:id")) is not None:
                target = source.relationships[link.get(qn("r:id"))].get("Target")
                link.set(qn("r:id"), self._link(target))
        for num_id in element.iter(qn("w:numId")):
            value = num_id.get(qn("w:val"))
            if value not in self.shared_lists:
                if value not in restarted:
                    restarted[value] = self._restart(source.numbering, value)
                num_id.set(qn("w:val"), restarted[value])

    def _link(self, url: str) -> str:
        if url not in self.links:
            rels = self.document.part.rels
            rel_id = next(i for i in self.link_ids if i not in rels)
            rels.add_relationship(RT.HYPERLINK, url, rel_id, is_external=True)
            self.links[url] = rel_id
        return self.links[url]

    def _restart(self, numbering, value: str) -> str:
        """A copy of the file's list instance `value` (its start) in the document's numbering."""
        num = next(n for n in numbering.iterchildren(qn("w:num")) if n.get(qn("w:numId")) == value)
        abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        copied = self.numbering.add_num(int(abstract))
        for override in num.iterchildren(qn("w:lvlOverride")):
            copied.append(copy.deepcopy(override))
        return str(copied.numId)


def _only_known_links(element) -> bool:
    """True when the element refers outside itself only in ways `Splicer` relinks."""
    return all(not name.startswith(_R) or (node.tag, name) in _LINKED
               for node in element.iter() for name in node.attrib)


def _read(path: Path, sha256: str | None) -> _Source | None:
    try:
        data = Path(path).read_bytes()
        if sha256 is not None and hashlib.sha256(data).hexdigest() != sha256:
            return None
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            body = parse_xml(package.read("word/document.xml")).find(qn("w:body"))
            relationships = {}
            if "word/_rels/document.xml.rels" in names:
                rels = etree.fromstring(package.read("word/_rels/document.xml.rels"))
                relationships = {r.get("Id"): r for r in rels.iter(_RELATIONSHIP)}
            media = {rel_id: package.read(_member(r.get("Target")))
                     for rel_id, r in relationships.items() if r.get("Type") == RT.IMAGE}
            numbering = (parse_xml(package.read("word/numbering.xml"))
                         if "word/numbering.xml" in names else None)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, zlib.error, etree.XMLSyntaxError):
        return None
    if body is None:
        return None
    _drop_comments(body)
    return _Source([e for e in body if e.tag != qn("w:sectPr")], relationships, media, numbering)


_COMMENT_MARKS = (qn("w:commentRangeStart"), qn("w:commentRangeEnd"))


def _drop_comments(body) -> None:
    """Remove the comments' anchors and reference marks (the comments themselves are in a part
    of the brief's file the pack does not take)."""
    marks = [e for e in body.iter(*_COMMENT_MARKS)]
    marks += [r.getparent() for r in body.iter(qn("w:commentReference"))]
    for mark in marks:
        mark.getparent().remove(mark)


def _member(target: str) -> str:
    """The zip member a relationship target of word/document.xml names."""
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"word/{target}")
