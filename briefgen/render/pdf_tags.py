"""Tagged PDF: the structure tree of a PDF drawn by reportlab, and the marked content it points to.

Every flowable that shows content carries a `tag`: the path of structure nodes from the
document down to the element its content belongs to (a table cell: Sect, Table, TR, TD).
While a page is drawn the Tagger opens those elements in drawing order, which is the reading
order, and wraps the flowable's operators in `/TD <</MCID n>> BDC … EMC`. Content that repeats
an element already finished (a table's header row again on the next page) and the page
furniture (rules, panels, running header and footer, page numbers) are `/Artifact`. When the
PDF is saved the elements become PDF objects with the ParentTree that maps each page's marked
content and each link annotation back to its element (ISO 32000-1 14.7, ISO 14289-1).

Inside a paragraph, an inline element (a citation: a Reference, its Link to the source entry)
has marked content of its own: the paragraph's markup calls back where it starts and ends
(reportlab's `<onDraw>`), and the Tagger closes the paragraph's sequence there and opens the
inline element's, inside the text object (marked-content operators may stand in one).
"""

from __future__ import annotations

import contextlib
import functools
from dataclasses import dataclass, field

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFObject, PDFObjectReference, PDFString

# reportlab's name for a string ("/StructElem"), escaped character by character: a PDF has a
# hundred structure elements, each naming its type and role, from a few dozen names
PDFName = functools.lru_cache(maxsize=256)(pdfdoc.PDFName)

ARTIFACT = "artifact"  # a flowable's tag when all it draws is page furniture
INLINE = "briefgen-inline"  # the canvas callback a paragraph's markup calls where an inline
# element starts (its label: the role, and the destination its link leads to) or ends ("end")
END = "end"
# in a paragraph's marked-content properties: its links lead to documents this PDF does not
# hold (a brief's own PDF: "see also that brief"); a pack binding the PDF draws the paragraph
# there as it reads in the pack, links and pages ("that brief (p. 7)", render/pdf_page_refs.py)
LINKS_ELSEWHERE = "/BriefgenLinksElsewhere true"


class Node:
    """A structure element to be: its role and attributes. Nodes are keys by identity: the
    flowables of one element (a paragraph split over two pages) share its node."""

    __slots__ = ("role", "attributes", "marked")

    def __init__(self, role: str, marked: str = "", **attributes):
        self.role, self.attributes = role, attributes
        self.marked = marked  # more entries of its marked content's properties (LINKS_ELSEWHERE)


@dataclass(eq=False)
class Element:
    node: Node
    parent: Element | None
    kids: list = field(default_factory=list)  # Element, (page, mcid) or ("annotation", key)
    box: tuple[float, float, float, float] | None = None  # a Figure's bounding box


@dataclass(eq=False)
class Link:
    annotation: PDFDictionary
    reference: PDFObjectReference
    page: int
    element: Element


class TagError(RuntimeError):
    """The renderer drew in a way the tagger cannot mark (a bug, not a user error)."""


class Tagger:
    """The structure elements of one PDF as its pages are drawn, and their marked content."""

    def __init__(self):
        self.root = Element(Node("Document"), None)
        self.open: list[Element] = [self.root]  # the path of elements being filled
        self.made: dict[int, Element] = {}  # id(node) -> its element, finished or not
        self.marked: dict[int, list[Element]] = {}  # page -> element of each MCID
        self.links: list[Link] = []
        self.drawing: Element | None = None  # the element whose content is being drawn
        self.awaiting: dict[str, list[Element]] = {}  # destination -> inline Links awaiting their annotation

    # --- while drawing ------------------------------------------------------------------

    @contextlib.contextmanager
    def content(self, canvas, path: tuple[Node, ...] | str, box=None):
        """Mark what is drawn inside as the content of the element at the end of `path` (or
        as an artifact)."""
        if self.drawing is not None:
            raise TagError("marked content cannot nest: a tagged flowable drew another")
        element = None if path == ARTIFACT else self._enter(path)
        if element is None:  # page furniture, or an element already finished drawn again
            canvas.addLiteral("/Artifact BMC")
        else:
            self._mark(canvas.addLiteral, canvas.getPageNumber(), element)
            if box is not None:
                element.box = _union(element.box, _page_box(canvas, box))
        self.drawing = element
        try:
            yield
        finally:
            self.drawing = None
            canvas.addLiteral("EMC")

    @contextlib.contextmanager
    def artifact(self, canvas, kind: str | None = None, subtype: str | None = None):
        """Mark what is drawn inside as page furniture (`kind`: Pagination for running heads;
        `subtype`: Header, Footer)."""
        if self.drawing is not None:  # inside an element's content already: it stays there
            yield
            return
        canvas.addLiteral(artifact_marker(kind, subtype) if kind else "/Artifact BMC")
        self.drawing = self.root  # anything tagged drawn inside would nest
        try:
            yield
        finally:
            self.drawing = None
            canvas.addLiteral("EMC")

    def link(self, annotation: PDFDictionary, reference: PDFObjectReference, page: int,
             destination: str | None = None) -> None:
        """A link annotation made while drawing an element: the inline Link element drawn for
        it (see `inline`), or a Link element in the element, refers to it."""
        if self.drawing is None or self.drawing is self.root:
            raise TagError("a link annotation outside tagged content")
        waiting = self.awaiting.get(destination or "")
        if waiting:
            element = waiting.pop(0)
        else:
            element = Element(Node("Link"), self.drawing)
            self.drawing.kids.append(element)
        self.links.append(Link(annotation, reference, page, element))

    def inline(self, canvas, kind, label: str) -> None:
        """A paragraph's callback (reportlab's onDraw, while its text object is being made):
        an inline element starts (label: its role and the destination of its link, if any) or
        ends (END). The paragraph's marked content is closed there and the inline element's
        opened, or the paragraph's again."""
        element = self.drawing
        if element is None or element is self.root:  # an artifact: nothing to split
            return
        write = canvas._curr_tx_info["tx"]._code.append  # into the text object being made
        write("EMC")
        if label == END:
            self._mark(write, canvas.getPageNumber(), element)
            return
        role, _, destination = label.partition(" ")
        inner = Element(Node(role), element)
        element.kids.append(inner)
        if destination:  # its content is a link: a Link element holds it and the annotation
            link = Element(Node("Link"), inner)
            inner.kids.append(link)
            self.awaiting.setdefault(destination, []).append(link)
            inner = link
        self._mark(write, canvas.getPageNumber(), inner)

    def _mark(self, write, page: int, element: Element) -> None:
        """Open the next marked-content sequence of `page` as content of `element`."""
        mcids = self.marked.setdefault(page, [])
        element.kids.append((page, len(mcids)))
        marked = f" {element.node.marked}" if element.node.marked else ""
        write(f"/{element.node.role} <</MCID {len(mcids)}{marked}>> BDC")
        mcids.append(element)

    def _enter(self, path: tuple[Node, ...]) -> Element | None:
        """Open the elements of `path` below those already open that it shares; None when an
        element of it was finished earlier (its content is drawn again: an artifact)."""
        shared = 0
        while (shared < len(path) and shared + 1 < len(self.open)
               and self.open[shared + 1].node is path[shared]):
            shared += 1
        if any(id(node) in self.made for node in path[shared:]):
            return None
        del self.open[shared + 1:]
        for node in path[shared:]:
            element = Element(node, self.open[-1])
            self.open[-1].kids.append(element)
            self.made[id(node)] = element
            self.open.append(element)
        return self.open[-1]

    # --- when saving ----------------------------------------------------------------------

    def write(self, canvas, pages: int) -> None:
        """Add the structure tree to the document and the tagged-PDF entries to its catalog.
        The ParentTree keys: page n (from 1) is n - 1; link annotations follow the pages."""
        doc = canvas._doc
        names: dict[int, str] = {}
        elements = list(_walk(self.root))
        for number, element in enumerate(elements):
            names[id(element)] = f"StructElem{number}"
        nums: list = []
        for page in range(1, pages + 1):
            marked = self.marked.get(page, [])
            nums += [page - 1, [_ref(names, e) for e in marked]]
        for key, link in enumerate(self.links, pages):
            set_entry(link.annotation, "StructParent", key)
            nums += [key, _ref(names, link.element)]
        root = Written({"Type": _name("StructTreeRoot"), "K": _ref(names, self.root),
                        "ParentTree": {"Nums": nums}, "ParentTreeNextKey": pages + len(self.links)})
        doc.Reference(root, "StructTreeRoot")
        links = {id(link.element): link for link in self.links}
        for element in elements:
            doc.Reference(Written(self._entries(element, names, links.get(id(element)))),
                          names[id(element)])
        canvas.setCatalogEntry("StructTreeRoot", PDFObjectReference("StructTreeRoot"))
        marked = PDFDictionary({"Marked": "true"})  # a bare string is written as is: the boolean
        canvas.setCatalogEntry("MarkInfo", marked)

    @staticmethod
    def _entries(element: Element, names: dict, link: Link | None) -> dict:
        """The entries of `element`'s StructElem dictionary (see `Written` for their values)."""
        node = element.node
        entries = {"Type": _name("StructElem"), "S": _name(node.role),
                   "P": _ref(names, element.parent) if element.parent else PDFObjectReference("StructTreeRoot")}
        pages = [kid[0] for kid in element.kids if isinstance(kid, tuple)]
        if pages:
            entries["Pg"] = _page(pages[0])
        kids: list = []
        for kid in element.kids:
            if isinstance(kid, Element):
                kids.append(_ref(names, kid))
            elif kid[0] == pages[0]:
                kids.append(kid[1])
            else:  # content of the same element on a later page
                kids.append({"Type": _name("MCR"), "Pg": _page(kid[0]), "MCID": kid[1]})
        if link is not None:
            kids.append({"Type": _name("OBJR"), "Obj": link.reference, "Pg": _page(link.page)})
        entries["K"] = kids[0] if len(kids) == 1 else kids
        for key, value in node.attributes.items():
            entries[key] = _pdf_value(value)
        if element.box is not None:
            entries["A"] = {"O": _name("Layout"), "BBox": [round(v, 2) for v in element.box]}
        return entries


class Written(PDFObject):
    """A dictionary of the structure tree, written to bytes here, as reportlab writes the
    PDFDictionary of the same entries: its keys sorted, six to a line, an array's items ten to
    a line (all on lines of their own with reportlab's `pdfMultiLine`). Its values: a dict (a
    dictionary), a list (an array), bytes (a name, from `_name`), an int or float, a
    PDFObjectReference; anything else (a PDFString) reportlab formats. A PDF has a hundred
    structure elements a page, and reportlab's writer dispatched on every value of each
    (ISO 32000-1 7.3)."""

    def __init__(self, entries: dict):
        self.entries = entries

    def format(self, document) -> bytes:
        return _dictionary(self.entries, document, rl_config.pdfMultiLine)


def _dictionary(entries: dict, document, multiline) -> bytes:
    items = [_name(key) + b" " + _value(entries[key], document, multiline) for key in sorted(entries)]
    return b"<<\n" + _lines(items, 6, multiline) + b"\n>>"


def _value(value, document, multiline) -> bytes:
    kind = type(value)
    if kind is bytes:
        return value
    if kind is PDFObjectReference:
        try:
            return b"%d %d R" % document.idToObjectNumberAndVersion[value.name]
        except KeyError:
            raise KeyError(f"forward reference to {value.name!r} not resolved upon final formatting") from None
    if kind is int or kind is float:
        return fp_str(value).encode("ascii")
    if kind is list:
        return b"[ " + _lines([_value(item, document, multiline) for item in value], 10, multiline) + b" ]"
    if kind is dict:
        return _dictionary(value, document, multiline)
    return pdfdoc.format(value, document)


def _lines(items: list[bytes], per_line: int, multiline) -> bytes:
    if multiline:
        return b"\n ".join(items)
    for at in reversed(range(per_line, len(items), per_line)):
        items.insert(at, b"\n ")
    return b" ".join(items)


@functools.lru_cache(maxsize=256)
def _name(text: str) -> bytes:
    """A name as reportlab writes it ("/StructElem"): few, and each written many times."""
    return pdfdoc.pdfdocEnc(PDFName(text))


def set_entry(annotation, key: str, value) -> None:
    """Set an entry of an annotation: a dictionary (a link to a URL) or reportlab's
    LinkAnnotation (a link inside the document), which writes only the keys it permits."""
    if isinstance(annotation, PDFDictionary):
        annotation[key] = value
    else:
        annotation.permitted = (*annotation.permitted, key)
        annotation.otherkw[key] = value


def _walk(element: Element):
    yield element
    for kid in element.kids:
        if isinstance(kid, Element):
            yield from _walk(kid)


def _ref(names: dict, element: Element) -> PDFObjectReference:
    return PDFObjectReference(names[id(element)])


def _page(number: int) -> PDFObjectReference:
    return PDFObjectReference(f"Page{number}")  # reportlab's name for its page objects


def _pdf_value(value):
    if isinstance(value, str):
        return PDFString(value)
    if isinstance(value, dict):
        return {k: _name(v) if k in ("O", "Scope") else _pdf_value(v) for k, v in value.items()}
    return value


def _page_box(canvas, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """A box (x0, y0, x1, y1) of the current coordinates in page coordinates."""
    a, b, c, d, e, f = canvas._currentMatrix
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[2], box[3])):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return min(xs), min(ys), max(xs), max(ys)


def _union(one, other):
    if one is None:
        return other
    return min(one[0], other[0]), min(one[1], other[1]), max(one[2], other[2]), max(one[3], other[3])


def artifact_marker(kind: str, subtype: str | None = None) -> str:
    """The operator that opens an artifact of `kind` (and `subtype`)."""
    return f"/Artifact <</Type /{kind}{f' /Subtype /{subtype}' if subtype else ''}>> BDC"


def artifact(canvas, kind: str | None = None):
    """A context marking what is drawn inside on `canvas` as page furniture."""
    tagger: Tagger | None = getattr(canvas, "tagger", None)
    return tagger.artifact(canvas, kind) if tagger is not None else contextlib.nullcontext()


class Tagged:
    """Mixin for a flowable: what it draws is marked as its `tag`'s content."""

    tag: tuple[Node, ...] | str | None = None

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 - reportlab's name
        tagger: Tagger | None = getattr(canvas, "tagger", None)
        if tagger is None or self.tag is None:
            return super().drawOn(canvas, x, y, _sW)
        box = None
        if self.tag != ARTIFACT and self.tag[-1].role == "Figure":  # its bounding box is asked for
            width = getattr(self, "drawWidth", None) or self.width  # a picture file's is its drawn size
            height = getattr(self, "drawHeight", None) or self.height
            box = (x, y, x + width, y + height)
        with tagger.content(canvas, self.tag, box):
            return super().drawOn(canvas, x, y, _sW)


def tagged(flowable, tag):
    """The flowable with its tag set (for a chain of calls)."""
    flowable.tag = tag
    return flowable
