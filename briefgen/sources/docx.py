"""Word documents: paragraphs and tables in document order (python-docx), and the core
properties. A table is one paragraph of the seed, a line per row, its cells separated by tabs
(a merged cell once)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from briefgen.errors import ExtractError
from briefgen.safety.archives import UNPACKED_HINT, unpacked_problem
from briefgen.sources.model import SourceText
from briefgen.sources.normalise import clean_line, paragraphs_text


def read(path: Path) -> SourceText:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError
    if not zipfile.is_zipfile(path):
        raise ExtractError("not a Word document (.docx is a ZIP package; this file is not one: "
                           "an old .doc, or encrypted?)", path=path,
                           hint="save it from Word or LibreOffice as .docx")
    too_large = unpacked_problem(path)
    if too_large:
        raise ExtractError(too_large, path=path, hint=UNPACKED_HINT)
    try:
        document = docx.Document(str(path))
        blocks = list(_blocks(document))
        properties = document.core_properties
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise ExtractError(f"not a Word document: the ZIP package holds no Word body ({error})",
                           path=path, hint="save it from Word or LibreOffice as .docx") from None
    except XMLSyntaxError as error:  # a part that is not XML, or an entity bomb lxml refuses
        raise ExtractError(f"the Word document is damaged: a part is not well-formed XML ({error})",
                           path=path,
                           hint="open it in Word or LibreOffice and save it again") from None
    if not any(block.strip() for block in blocks):
        raise ExtractError("the Word document has no text", path=path)
    return _with_metadata(paragraphs_text(blocks), properties)


def _blocks(document):
    """Each paragraph's text, and each table as one block, in the order of the body."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from lxml.etree import Element
    for child in document.element.body.iterchildren(tag=Element):  # not comments
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document).text
        elif tag == "tbl":
            yield "\n".join(_row_text(row) for row in Table(child, document).rows)


def _row_text(row) -> str:
    cells, seen = [], set()
    for cell in row.cells:
        if id(cell._tc) not in seen:  # a merged cell is returned once per grid column
            seen.add(id(cell._tc))
            cells.append(clean_line(cell.text))
    return "\t".join(cells)


def _with_metadata(text: str, properties) -> SourceText:
    title = clean_line(properties.title or "") or None
    author = clean_line(properties.author or "") or None
    created = properties.created
    notes = {"url": "a Word file has no address; give the page it was downloaded from"}
    if not title:
        notes["title"] = "the document has no Title property"
    notes["date"] = ("the document's creation date: check that it is the publication date"
                     if created else "the document has no creation date; give the publication date")
    notes["outlet"] = ("the document's Author property: check that it names the publisher"
                       if author else "the document has no Author property; give the outlet")
    return SourceText(text, "docx", title=title,
                      date=created.date().isoformat() if created else None, outlet=author,
                      description=clean_line(properties.subject or "") or None,
                      locators="paragraph", notes=notes)
