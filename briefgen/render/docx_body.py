"""Where a DOCX renderer puts things: the body (before its closing sectPr) and the pictures.

python-docx's own add_paragraph, add_table and add_picture search the whole document for each
thing they add; these keep what they found, so a pack of a thousand briefs binds in linear time.
"""

from __future__ import annotations

import hashlib
import itertools

from docx.enum.style import WD_STYLE_TYPE
from docx.image.image import Image
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement
from docx.oxml.shape import CT_Inline
from docx.oxml.table import CT_Tbl
from docx.parts.image import ImagePart
from docx.shape import InlineShape
from docx.shared import Length, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from briefgen.render import docx_xml as x


class Body:
    """The document's body as a place to add paragraphs and tables, before its closing sectPr.

    python-docx finds that sectPr by scanning the body (and its add_table reads every section)
    for each paragraph and table it adds: linear in the document's length, so binding a pack of
    a thousand briefs took quadratic time. Here the sectPr is found once.
    """

    def __init__(self, document, width: float):
        self.parent = document._body  # what paragraphs and tables belong to (their part)
        self.end = document.element.body.sectPr
        self.width = Pt(width)

    def insert(self, element):
        """`element` (a paragraph or a table made apart) added at the body's end."""
        if self.end is None:
            self.parent._element.append(element)
        else:
            self.end.addprevious(element)
        return element

    def add_paragraph(self, style: str | None = None) -> Paragraph:
        paragraph = Paragraph(self.insert(OxmlElement("w:p")), self.parent)
        if style is not None:
            set_style(paragraph, style)
        return paragraph

    def add_table(self, rows: int, cols: int) -> Table:
        table = self.new_table(rows, cols)
        self.insert(table._tbl)
        return table

    def new_paragraph(self) -> Paragraph:
        """A paragraph as add_paragraph makes it, not yet in the body (see insert)."""
        return Paragraph(OxmlElement("w:p"), self.parent)

    def new_table(self, rows: int, cols: int) -> Table:
        """A table as add_table makes it, not yet in the body (see insert)."""
        return Table(CT_Tbl.new_tbl(rows, cols, self.width), self.parent)


class Pictures:
    """The pictures of one python-docx document: each file stored once, shape ids counted here.

    python-docx's add_picture hashes every image already stored and searches the whole document
    for a free shape id, for each new picture: quadratic in a pack with a chart per brief.
    """

    def __init__(self, document):
        self.part = document.part
        self.ids = itertools.count(self.part.next_id)  # the one search of the document
        self.stored = self.part.package.image_parts
        self.numbers = itertools.count(max((p.partname.idx or 0 for p in self.stored), default=0) + 1)
        self.by_key: dict[str, tuple[str, Image]] = {}  # file path or content hash -> stored

    def inline(self, path: str, width: Length, height: Length) -> InlineShape:
        rel_id, image = self._stored(path, lambda: Image.from_file(path))
        cx, cy = image.scaled_dimensions(width, height)
        return InlineShape(CT_Inline.new_pic_inline(self.next_shape_id(), rel_id, image.filename, cx, cy))

    def relate(self, blob: bytes) -> str:
        """The relationship id of a picture given as bytes (a spliced brief's)."""
        return self._stored(hashlib.sha256(blob).hexdigest(), lambda: Image.from_blob(blob))[0]

    def next_shape_id(self) -> int:
        return next(self.ids)

    def _stored(self, key: str, load) -> tuple[str, Image]:
        if key not in self.by_key:
            image = load()
            number = next(self.numbers)
            while f"rIdPicture{number}" in self.part.rels:  # only if a reference document used it
                number = next(self.numbers)
            part = ImagePart.from_image(image, PackURI(f"/word/media/image{number}.{image.ext}"))
            self.stored.append(part)  # so python-docx itself never reuses its name
            rel_id = f"rIdPicture{number}"  # a new name, not relate_to's search of every relation
            self.part.rels.add_relationship(RT.IMAGE, part, rel_id)
            self.by_key[key] = (rel_id, image)
        return self.by_key[key]


def set_style(paragraph, name: str) -> None:
    """paragraph.style = name, through the style ids looked up once (see docx._remember_style_ids)."""
    x.set_paragraph_style(paragraph._p, paragraph.part.get_style_id(name, WD_STYLE_TYPE.PARAGRAPH))


def styled(paragraph, name: str):
    set_style(paragraph, name)
    return paragraph

