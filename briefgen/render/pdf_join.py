"""Join the parts of one PDF, laid out apart (render/pdf.py `PartOf`), into one tagged file.

The first part is the base: its catalog (language, viewer settings, XMP metadata, output
intent, MarkInfo), its document information and its structure tree stay. Each further part
brings its pages (their annotations with them), its outline entries and its structure tree: the
sections below its Document element join the first part's Document, and its ParentTree is
appended with every key moved past the keys already used, on its pages (/StructParents) and
link annotations (/StructParent) alike. MCIDs are numbered per page, so they stay as they are.
A link to a document of another part names it (a part cannot point at a page it does not
hold); joined, it leads to the page that document starts on.
A part may also be a brief's own PDF (`OwnPages`), bound as it is instead of laid out again
(or another document of the whole laid out on its own, as the pack's appendix is):
its page number (the artifact PAGE_NUMBER, drawn last on each page) is replaced by the whole's,
drawn from a page of `numbers` as a form, and its bookmark goes under its group's. Fonts that
are the same in several parts (render/fonts.py seeds the subsets alike) are kept once.
qpdf (through pikepdf) copies the objects, each once; the file's /ID is a digest of its content,
so the same parts give the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from collections.abc import Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from briefgen.errors import RenderError
from briefgen.render.common import Target
from briefgen.render.pdf import PAGE_NUMBER

_NUMBER_FORM = "/BriefgenPageNumber"  # the form a bound page draws its number with


@dataclass(frozen=True)
class OwnPages:
    """A brief's own PDF file (with the SHA-256 it was written with), bound into the whole as it
    is, its bookmark under `outline` (the group: Partners …) when it has one. `data`: a PDF laid
    out on its own in this process (the pack's appendix, laid out once to count its pages),
    bound from memory instead of a file."""

    path: Path | None
    sha256: str
    outline: str | None = None
    data: bytes | None = None


def join_pdfs(parts: Sequence[bytes | OwnPages], out, targets: Mapping[str, Target] | None = None,
              numbers: bytes | None = None) -> None:
    """Write the parts of one PDF as one file to `out` (a path or a binary file, which qpdf
    writes as it goes): their pages, outlines and structure trees in order, the first part's
    document information, metadata, language and viewer settings; links to the `targets` of
    other parts lead to their pages. `numbers`: a PDF with a page for each
    page of the OwnPages parts, in order, showing only its number in the whole
    (render/pdf.py page_number_stamps). The first part is laid out for the whole (bytes).

    One part is open at a time: its streams are copied into the whole before the next is read,
    so joining holds the whole and one part, not every part."""
    if len(parts) == 1:
        with open(out, "wb") if isinstance(out, (str, Path)) else nullcontext(out) as file:
            file.write(parts[0])
        return
    import pikepdf
    whole = pikepdf.open(io.BytesIO(parts[0]))
    structure, fonts = _Structure(whole), _Fonts()
    fonts.share(whole.pages)
    stamps = _Stamps(whole, numbers)
    with whole.open_outline() as outline:
        for part in parts[1:]:
            own = isinstance(part, OwnPages)
            with pikepdf.open(io.BytesIO(_read(part) if own else part)) as source:
                fonts.placeholders(source.pages)
                first_page = len(whole.pages)
                with warnings.catch_warnings():  # it warns of named destinations: the parts
                    warnings.filterwarnings("ignore", "Copying pages from another Pdf")  # have none
                    whole.pages.extend(source.pages)
                added = whole.pages[first_page:]
                structure.join(whole, source, added)
                if own:
                    for page in added:
                        _renumber(whole, page, stamps.form())
                    _file_under(outline.root, source, first_page, part.outline)
                else:
                    _join_outline(outline.root, source, first_page)
                fonts.share(added)
                _hold_streams(added)
    structure.write()
    _resolve_links(whole, targets or {})
    whole.save(out, deterministic_id=True)


def _read(part: OwnPages) -> bytes:
    if part.data is not None:
        return part.data
    data = part.path.read_bytes()
    if hashlib.sha256(data).hexdigest() != part.sha256:
        raise RenderError(f"{part.path} changed while the pack was being bound",
                          hint="build the pack again")
    return data


class _Stamps:
    """The page numbers of the bound briefs' pages, one form each (`numbers`' pages in order);
    all of them share the resources (the font) of the numbers' PDF, copied once."""

    def __init__(self, whole, numbers: bytes | None):
        import pikepdf
        self.whole = whole
        self.pages = iter(pikepdf.open(io.BytesIO(numbers)).pages if numbers else ())
        self.resources = None

    def form(self):
        import pikepdf
        page = next(self.pages).obj
        if self.resources is None:
            self.resources = self.whole.copy_foreign(page.Resources.Font)
        return self.whole.make_stream(page.Contents.read_bytes(), Type=pikepdf.Name.XObject,
                                      Subtype=pikepdf.Name.Form, BBox=list(page.MediaBox),
                                      Resources=pikepdf.Dictionary(Font=self.resources))


def _renumber(whole, page, form) -> None:
    """Show the page's number in the whole: its own page number (PAGE_NUMBER's marked content)
    gives way to the whole's, drawn by `form`."""
    import pikepdf
    page.contents_coalesce()
    content = page.obj.Contents.read_bytes()
    start = content.rfind(PAGE_NUMBER.encode())
    end = content.find(b"EMC", start)
    if start < 0 or end < 0:
        raise RenderError("a brief's own PDF has no page number to replace (made by another "
                          "version of briefgen?)", hint="build the pack again")
    drawn = PAGE_NUMBER.encode() + f"\nq {_NUMBER_FORM} Do Q\n".encode()
    page.obj.Contents = whole.make_stream(content[:start] + drawn + content[end:])
    resources = pikepdf.Dictionary(page.obj.Resources)  # its own: pages of a part share one
    forms = pikepdf.Dictionary(resources.get("/XObject", {}))
    forms[_NUMBER_FORM] = form
    resources.XObject = forms
    page.obj.Resources = resources


def _file_under(entries: list, source, first_page: int, group: str | None) -> None:
    """The bookmarks of a brief's own PDF after `entries`, under its group's entry (made at
    this brief when the group starts here)."""
    import pikepdf
    pages = {page.objgen: number for number, page in enumerate(source.pages)}
    with source.open_outline() as theirs:
        made = [_copied(entry, pages, first_page) for entry in theirs.root]
    if group is None:
        entries.extend(made)
        return
    if not (entries and entries[-1].title == group and entries[-1].children):
        entries.append(pikepdf.OutlineItem(group, first_page, "Fit"))
    entries[-1].children.extend(made)


class _Fonts:
    """Fonts that are the same in several parts (same program, widths and encoding) kept once.
    A part's font the whole has already is not even copied: before its pages are, it is
    replaced by a placeholder naming the font's digest, and after, by the whole's font."""

    _PLACEHOLDER = "/BriefgenSameFont"

    def __init__(self):
        self.first: dict[bytes, object] = {}  # digest -> the whole's font

    def placeholders(self, pages) -> None:
        """In a part's pages: each font the whole has already becomes a placeholder."""
        import pikepdf
        for fonts in _font_dictionaries(pages):
            for name, font in list(fonts.items()):
                digest = _digest(font)
                if digest in self.first:
                    fonts[name] = pikepdf.Dictionary({self._PLACEHOLDER: pikepdf.String(digest)})

    def share(self, pages) -> None:
        """In the whole's pages (and their page-number forms): placeholders become the fonts
        they name; other fonts, seen for the first time, are the ones later parts share."""
        for fonts in _font_dictionaries(pages):
            for name, font in list(fonts.items()):
                named = font.get(self._PLACEHOLDER)
                digest = bytes(named) if named is not None else _digest(font)
                fonts[name] = self.first.setdefault(digest, font)


def _font_dictionaries(pages):
    """Each resource font dictionary of the pages and their forms, once."""
    seen = set()
    for page in pages:
        resources = page.obj.get("/Resources", {})
        forms = [form.get("/Resources", {}) for form in resources.get("/XObject", {}).values()]
        for fonts in (resources.get("/Font"), *(form.get("/Font") for form in forms)):
            if fonts is None or (fonts.is_indirect and fonts.objgen in seen):
                continue
            if fonts.is_indirect:
                seen.add(fonts.objgen)
            yield fonts


def _digest(font) -> bytes:
    """A font's content: its dictionaries, arrays and stream bytes, whatever their object
    numbers (the obsolete /Name, the resource name reportlab gave it, left out)."""
    digest = hashlib.sha256()
    _feed(digest, font, top=True)
    return digest.digest()


def _feed(digest, value, top: bool = False) -> None:
    import pikepdf
    if isinstance(value, pikepdf.Stream):
        _feed(digest, value.stream_dict)
        digest.update(b"stream" + value.read_raw_bytes())
    elif isinstance(value, pikepdf.Dictionary):
        for key in sorted(value.keys()):
            if not (top and key == "/Name"):
                digest.update(f"<{key}>".encode())
                _feed(digest, value[key])
    elif isinstance(value, pikepdf.Array) and all(isinstance(item, (int, Decimal))
                                                  for item in value):
        digest.update(value.unparse(resolved=True))  # numbers (a font's widths), at once
    elif isinstance(value, pikepdf.Array):
        digest.update(b"[")
        for item in value:
            _feed(digest, item)
        digest.update(b"]")
    else:
        digest.update(repr(value).encode() + b";")


def _hold_streams(pages) -> None:
    """Copy the data of every stream the pages use (contents, fonts, pictures, forms) into the
    whole: qpdf otherwise reads it from the part when the whole is written, and the part can
    then not be closed."""
    import pikepdf
    seen: set[tuple[int, int]] = set()
    todo = [page.obj for page in pages]
    while todo:
        value = todo.pop()
        if not isinstance(value, (pikepdf.Dictionary, pikepdf.Array)):
            continue  # a number, name or string: no stream below
        if value.is_indirect:
            if value.objgen in seen:
                continue
            seen.add(value.objgen)
        if isinstance(value, pikepdf.Stream):
            value.write(value.read_raw_bytes(), filter=value.get("/Filter"),
                        decode_parms=value.get("/DecodeParms"))
            todo += [v for k, v in value.stream_dict.items() if k not in ("/Filter", "/DecodeParms")]
        elif isinstance(value, pikepdf.Dictionary):
            todo += [v for k, v in value.items() if k not in ("/Parent", "/P", "/Dest")]
        elif isinstance(value, pikepdf.Array):
            todo += list(value)


class _Structure:
    """The whole's structure tree as the parts join it: each part's sections join the first
    part's Document, its ParentTree's keys moved past those used before (on its pages'
    /StructParents and its links' /StructParent alike). The Document's kids and the ParentTree
    are written once, at the end: written part by part they would cost the square of the parts."""

    def __init__(self, whole):
        self.root = whole.Root.StructTreeRoot
        self.sections = _kids(self.root.K)
        self.nums = list(self.root.ParentTree.Nums)
        self.next_key = int(self.root.ParentTreeNextKey)

    def join(self, whole, source, pages) -> None:
        """Append the structure tree of `source`, whose pages are now `pages` of the whole."""
        shift = self.next_key
        for page in pages:
            page.obj.StructParents = int(page.obj.StructParents) + shift
            for annotation in page.obj.get("/Annots", ()):
                if "/StructParent" in annotation:
                    annotation.StructParent = int(annotation.StructParent) + shift
        theirs = whole.copy_foreign(source.Root.StructTreeRoot)  # its pages: those copied
        for section in _kids(theirs.K):
            section.P = self.root.K
            self.sections.append(section)
        their_nums = list(theirs.ParentTree.Nums)
        for index in range(0, len(their_nums), 2):
            self.nums += [int(their_nums[index]) + shift, their_nums[index + 1]]
        self.next_key = shift + int(theirs.ParentTreeNextKey)

    def write(self) -> None:
        import pikepdf
        self.root.K.K = pikepdf.Array(self.sections)
        self.root.ParentTree.Nums = pikepdf.Array(self.nums)
        self.root.ParentTreeNextKey = self.next_key


def _join_outline(entries: list, source, first_page: int) -> None:
    """The outline entries of `source` after `entries`: a group (Partners …) that the part
    boundary cut in two is one entry, its documents below it."""
    pages = {page.objgen: number for number, page in enumerate(source.pages)}
    with source.open_outline() as theirs:
        for index, entry in enumerate(theirs.root):
            made = _copied(entry, pages, first_page)
            if index == 0 and entries and entry.children and entries[-1].title == entry.title:
                entries[-1].children.extend(made.children)  # the same group, continued
            else:
                entries.append(made)


def _copied(entry, pages: dict, first_page: int):
    """An outline entry of a part (and its children) leading to the same page of the whole."""
    import pikepdf
    page = first_page + pages[entry.destination[0].objgen]
    made = pikepdf.OutlineItem(entry.title, page, "Fit")
    made.is_closed = entry.is_closed
    made.children.extend(_copied(child, pages, first_page) for child in entry.children)
    return made


def _resolve_links(whole, targets: Mapping[str, Target]) -> None:
    """Links that name a document (of another part) lead to the page it starts on."""
    import pikepdf
    for page in whole.pages:
        for annotation in page.obj.get("/Annots", ()):
            name = annotation.get("/Dest")
            if isinstance(name, pikepdf.String):
                start = whole.pages[targets[str(name)].page - 1]
                annotation.Dest = pikepdf.Array([start.obj, pikepdf.Name.Fit])


def _kids(element) -> list:
    """An element's kids as a list (one kid is written alone, not in an array)."""
    import pikepdf
    kids = element.get("/K")
    return list(kids) if isinstance(kids, pikepdf.Array) else [kids]
