"""The DOCX renderer (python-docx), starting from a reference document's styles.

The document around the blocks (docx_writer.py writes those): the reference document opened and
themed, page size and margins from the project's Page, a header, a footer with the production
date and PAGE / NUMPAGES fields, document properties; several documents bound into one. Fixed
document properties and zip timestamps make the bytes repeatable.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
import docx.opc.constants
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from briefgen import document as d
from briefgen.text import clean_text
from briefgen.config import Page
from briefgen.errors import RenderError
from briefgen.outputs import write_bytes
from briefgen.render import docx_xml as x
from briefgen.language import by_tag
from briefgen.language.editions import page_words
from briefgen.render.common import CARD_GAP_PT, Target, comment_texts, footer_text
from briefgen.render.docx_body import Body, Pictures
from briefgen.render.docx_splice import Splicer
from briefgen.render.docx_styles import apply_looks, apply_theme, paragraph_looks
from briefgen.render.docx_writer import DocxWriter
from briefgen.render.pdf import HEADER_FROM_EDGE_MM
from briefgen.render.style import MM, Metrics, metrics
from briefgen.theme import Theme


def _open_reference(reference: str | Path | None, theme: Theme, sizes: Metrics):
    """A new python-docx Document from the reference document, its styles set from the theme."""
    return docx.Document(io.BytesIO(_prepared_reference(reference and str(reference),
                                                        _stamp(reference), theme, sizes)))


def _new_document(reference: str | Path | None, theme: Theme, sizes: Metrics, meta: d.Meta,
                  page: Page, width: float):
    """A new python-docx Document from the reference document with its section set up for
    `meta` (page, header, footer): a copy of one made once per process for the same header and
    footer, which a pack's briefs share. Opening the reference and setting the section up (its
    header and footer parts made from python-docx's templates) cost a brief about as much as
    copying the result twenty times."""
    around = d.Meta(title="", header=meta.header, footer=meta.footer, produced=meta.produced,
                    language=meta.language, cover=meta.cover)  # all _set_up reads
    template = _set_up(reference, _stamp(reference), theme, sizes, around, page, width)
    styles = _styles_part(template)  # shared, not copied: see _set_up
    return copy.deepcopy(template, {id(styles): styles})


@functools.lru_cache(maxsize=8)
def _set_up(reference: str | Path | None, stamp: int | None, theme: Theme, sizes: Metrics,
            meta: d.Meta, page: Page, width: float):
    """Never changed: each document is a copy (_new_document). Its styles part is final here
    (themed, and the language's defaults set) and no document made from it changes its styles,
    so the copies share it, unchanged, and its XML is written once (docx_xml.freeze_part): the
    styles are some 44 kB of XML, most of what copying and writing a brief's Word file cost."""
    document = _open_reference(reference, theme, sizes)
    _setup_section(document, meta, page, theme, width)
    language = by_tag(meta.language)
    if not language.is_source:
        x.set_language(document, language.tag, language.word_font)
    x.freeze_part(_styles_part(document))
    return document


def _styles_part(document):
    return document.part.part_related_by(docx.opc.constants.RELATIONSHIP_TYPE.STYLES)


def _stamp(reference: str | Path | None) -> int | None:
    """The reference document's modification time: a document restyled since is opened anew."""
    if reference is None:
        return None
    try:
        return Path(reference).stat().st_mtime_ns
    except OSError as exc:
        raise RenderError(f"cannot open the reference document: {exc.strerror}",
                          path=_shown(reference), hint="check templates/reference.docx") from None


def _shown(path: str | Path) -> str:
    """A path as messages show it: relative to the current folder when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def opened_reference(reference: str | Path):
    """The reference document as python-docx opens it; RenderError when it cannot."""
    try:
        return docx.Document(reference)
    except Exception:
        raise RenderError("cannot open the reference document: it is not a readable Word "
                          "(.docx) file", path=_shown(reference),
                          hint="restore it with `python -m briefgen.render.reference "
                               "templates/reference.docx`, or remove it to use the "
                               "built-in styles") from None


@functools.lru_cache(maxsize=8)
def _prepared_reference(reference: str | None, stamp: int | None, theme: Theme,
                        sizes: Metrics) -> bytes:
    """The reference document emptied and themed, once per process (styling it is slow)."""
    if reference is None:
        from briefgen.render.reference import build_reference
        document = build_reference()
    else:
        document = opened_reference(reference)
    body = document.element.body
    for child in list(body):  # keep the styles and the section, not any sample text
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    apply_theme(document, theme, sizes)
    x.slim(document)
    return x.repeatable_bytes(document)


_STYLE_IDS: dict[tuple, str | None] = {}  # (reference, style name, type) -> style id


def _remember_style_ids(document, reference: str | Path | None) -> None:
    """Look each style name up once per reference document and process.

    python-docx resolves a style name on every paragraph by scanning all styles twice; with
    thousands of paragraphs in a pack that scan was the DOCX renderer's biggest cost. Every
    document made from one reference has the same styles (apply_theme adds the same ones).
    """
    part = document.part
    lookup = part.get_style_id

    def get_style_id(style, style_type):
        if style is None:
            return None
        key = (str(reference), style if isinstance(style, str) else style.name, style_type)
        if key not in _STYLE_IDS:
            _STYLE_IDS[key] = lookup(style, style_type)
        return _STYLE_IDS[key]
    part.get_style_id = get_style_id


def _setup_section(document, meta: d.Meta, page: Page, theme: Theme, width: float) -> None:
    if document.element.body.sectPr is None:
        raise RenderError("the reference document has no page settings (section properties)",
                          hint="make it again with `python -m briefgen.render.reference "
                               "templates/reference.docx`")
    section = document.sections[0]
    section.page_width, section.page_height = Mm(page.width_mm), Mm(page.height_mm)
    section.top_margin, section.bottom_margin = Mm(page.top), Mm(page.bottom)
    section.left_margin, section.right_margin = Mm(page.left), Mm(page.right)
    section.header_distance = section.footer_distance = Mm(HEADER_FROM_EDGE_MM)
    header = section.header.paragraphs[0]
    header.style = document.styles["Header"]
    header.text = clean_text(meta.header or "")
    footer = section.footer.paragraphs[0]
    footer.style = document.styles["Footer"]
    footer.paragraph_format.tab_stops.clear_all()
    footer.paragraph_format.tab_stops.add_tab_stop(Pt(width), WD_TAB_ALIGNMENT.RIGHT)
    before, between, after = page_words(meta.language)
    footer.add_run(clean_text(footer_text(meta)) + "\t" + before)
    x.add_field(footer, "PAGE")
    footer.add_run(between)
    x.add_field(footer, "NUMPAGES")
    if after:
        footer.add_run(after)
    # a cover opens the document: its page has a header and footer of its own, left empty
    if meta.cover:
        section.different_first_page_header_footer = True
        section.first_page_header.is_linked_to_previous = False  # an empty one, not none: none
        section.first_page_footer.is_linked_to_previous = False  # may show the previous section's


def _set_properties(document, meta: d.Meta) -> None:
    props = document.core_properties
    props.title, props.subject = _property(meta.title), _property(meta.subject or meta.subtitle)
    props.author, props.keywords = _property(meta.author), _property(", ".join(meta.keywords))
    props.language, props.comments, props.category = meta.language, "", ""
    props.last_modified_by, props.revision = "briefgen", 1
    produced = dt.datetime.fromisoformat(meta.produced) if meta.produced else dt.datetime(2000, 1, 1)
    props.created = props.modified = produced

def _property(text: str | None) -> str:
    """Text fit for a core property: Word stores at most 255 characters."""
    text = clean_text(text or "")
    return text if len(text) <= 255 else text[:254] + "…"


@dataclass(frozen=True)
class Rendered:
    """A document with the DOCX file rendered from it already (by this renderer, with the same
    theme, page and reference): binding moves that file's body across instead of writing the
    document's blocks again (see docx_splice.py)."""

    document: d.Document
    docx: Path
    sha256: str | None = None  # the file as rendered; a file that differs is not used


SPOOL_BLOCKS = 200  # a document's blocks spooled together (docx_document), when it has more


def docx_document(documents: d.Document | Rendered | Sequence[d.Document | Rendered], theme: Theme,
                  page: Page = Page(), *, reference: str | Path | None = None,
                  chart_cache: Path | None = None, spool: bool = False,
                  targets: dict[str, Target] | None = None):
    """The python-docx Document for one document (or several, each from a new page). With
    `spool`, (Document, BodySpool): each document's body goes to the spool once written, a
    long one (a pack's sources appendix: some 6,000 blocks at 2,001 briefs) SPOOL_BLOCKS blocks
    at a time (unless its type sizes go on directly once it is written: apply_looks).
    `targets`: the documents of a longer file whose page a link gives (numbered as the PDF's)."""
    items = [documents] if isinstance(documents, (d.Document, Rendered)) else list(documents)
    if not items:
        raise RenderError("nothing to render: no documents")
    docs = [item.document if isinstance(item, Rendered) else item for item in items]
    width = (page.width_mm - page.left - page.right) * MM
    document = _new_document(reference, theme, metrics(theme, docs[0].layout), docs[0].meta,
                             page, width)
    _remember_style_ids(document, reference)
    _set_properties(document, docs[0].meta)
    styled = paragraph_looks(theme, metrics(theme, docs[0].layout))  # what the styles hold
    body, pictures, names = Body(document, width), Pictures(document), None
    anchors = frozenset(doc.meta.anchor for doc in docs if doc.meta.anchor)
    splicer = Splicer(document, body, pictures)
    spooled = x.BodySpool(document) if spool else None
    for number, (item, doc) in enumerate(zip(items, docs)):
        sizes = metrics(theme, doc.layout)
        quotes = comment_texts(doc) if len(items) == 1 else None  # a pack has its appendix
        writer = DocxWriter(document, theme, sizes, width, chart_cache, body, pictures, anchors,
                            targets, quotes, doc.meta.author or "")
        if number:  # a card continues the page it follows, below a gap
            if doc.meta.continues:
                writer.gap(CARD_GAP_PT)
            else:
                writer._PageBreak(d.PageBreak())
        before = body.add_paragraph()  # a marker: this document's blocks follow it
        own = {name: look for name, look in paragraph_looks(theme, sizes).items() if look != styled[name]}
        if not (isinstance(item, Rendered) and splicer.splice(item.docx, item.sha256)):
            writer.title_band(doc.meta)
            for written, block in enumerate(doc.blocks, 1):
                writer.block(block)
                if spooled is not None and not own and written % SPOOL_BLOCKS == 0:
                    spooled.take([e for e in document.element.body  # a long one (an appendix):
                                  if e is not body.end and e is not before._p])  # all but its marker
        if own:  # bound with documents at another type size: this one's sizes go on directly
            names = names or {style.style_id: style.name for style in document.styles}
            apply_looks(_after(before._p, body.end), own, names)
        before._p.getparent().remove(before._p)
        if spooled is not None:
            spooled.take([e for e in document.element.body if e is not body.end])
    return (document, spooled) if spool else document


def _after(marker, end) -> list:
    """The body's elements from the one after `marker` up to (not including) `end`."""
    elements = []
    for element in marker.itersiblings():
        if element is end:
            break
        elements.append(element)
    return elements


def docx_bytes(documents: d.Document | Rendered | Sequence[d.Document | Rendered], theme: Theme, page: Page = Page(), *,
               reference: str | Path | None = None, chart_cache: Path | None = None,
               targets: dict[str, Target] | None = None) -> bytes:
    """The .docx file's bytes (write_docx)."""
    out = io.BytesIO()
    write_docx(documents, out, theme, page, reference=reference, chart_cache=chart_cache,
               targets=targets)
    return out.getvalue()


def write_docx(documents: d.Document | Rendered | Sequence[d.Document | Rendered], out,
               theme: Theme, page: Page = Page(), *, reference: str | Path | None = None,
               chart_cache: Path | None = None, targets: dict[str, Target] | None = None) -> None:
    """Write the .docx file (repeatable: fixed timestamps and properties) to the binary file
    `out`. Several documents (a pack) are spooled to a temporary file as they are written, not
    held in memory whole, and written from it."""
    several = not isinstance(documents, (d.Document, Rendered))
    made = docx_document(documents, theme, page, reference=reference, chart_cache=chart_cache,
                         spool=several, targets=targets)
    if not several:
        x.write_repeatable(made, out)
        return
    document, spool = made
    try:
        x.write_repeatable(document, out, spool)
    finally:
        spool.file.close()


def render_docx(documents: d.Document | Sequence[d.Document], path: str | Path, theme: Theme,
                page: Page = Page(), *, reference: str | Path | None = None,
                chart_cache: Path | None = None) -> None:
    """Write the DOCX atomically (no partial file on error)."""
    write_bytes(Path(path), docx_bytes(documents, theme, page, reference=reference,
                                       chart_cache=chart_cache))
