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
Briefs that share a page of the whole (a brief and the cards below it) may be bound from their
own pages too (`Stacked`): each further brief's page is folded into the first's, its drawing
moved down to where the whole has it (its running head, foot and number left out), its marked
content numbered on after the first's, its links, resources and structure joined to that page.
qpdf (through pikepdf) copies the objects, each once; the file's /ID is a digest of its content,
so the same parts give the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import tempfile
import warnings
from collections.abc import Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from briefgen.errors import RenderError
from briefgen.render.common import Target
from briefgen.render.pdf import PAGE_NUMBER
from briefgen.render.pdf_tags import artifact_marker
from briefgen.safety.scratch import scratch_space

_NUMBER_FORM = "/BriefgenPageNumber"  # the form a bound page draws its number with


@dataclass(frozen=True)
class OwnPages:
    """A brief's own PDF file (with the SHA-256 it was written with), bound into the whole as it
    is, its bookmark under `outline` (the group: Partners …) when it has one. `data`: a PDF laid
    out on its own in this process (the pack's appendix, laid out once to count its pages),
    bound from memory instead of a file. `page_references`: the paragraphs whose links give
    pages of the whole, drawn as the whole draws them (render/pdf.py page_references), put in
    place of the own PDF's (render/pdf_page_refs.py)."""

    path: Path | None
    sha256: str
    outline: str | None = None
    data: bytes | None = None
    page_references: bytes | None = None  # its "see also" paragraphs as the whole draws them


@dataclass(frozen=True)
class Stacked:
    """Briefs bound on one page of the whole from their own one-page PDFs (OwnPages), top to
    bottom: the first where its own page has it, each next `gap` points below the one before,
    which takes `used[i]` points of the frame (render/fit.py: its last block's space after
    included). The page's running head, foot and number are the first's (the briefs of a page
    share them)."""

    members: tuple[OwnPages, ...]
    used: tuple[float, ...]
    gap: float

    def down(self, index: int) -> float:
        """How far member `index` is drawn below where its own page has it, in points."""
        return sum(self.used[:index]) + self.gap * index


SPILL_EVERY = 500  # parts joined in memory between two spills of the whole to a file


def join_pdfs(parts: Sequence[bytes | OwnPages], out, targets: Mapping[str, Target] | None = None,
              numbers: bytes | None = None, spill_every: int | None = None) -> None:
    """Write the parts of one PDF as one file to `out` (a path or a binary file, which qpdf
    writes as it goes): their pages, outlines and structure trees in order, the first part's
    document information, metadata, language and viewer settings; links to the `targets` of
    other parts lead to their pages. `numbers`: a PDF with a page for each
    page of the OwnPages parts, in order, showing only its number in the whole
    (render/pdf.py page_number_stamps). The first part is laid out for the whole (bytes).

    One part is open at a time: its streams are copied into the whole before the next is read.
    Every `spill_every` parts (SPILL_EVERY unless given) the whole is written to a temporary
    file and opened from it again (_Joining.spill): qpdf then reads an object from that file
    when it is used, instead of holding every object it copied (built, an object takes about a
    third more memory than read back from a file). The bytes written do not depend on
    `spill_every`."""
    if len(parts) == 1:
        with open(out, "wb") if isinstance(out, (str, Path)) else nullcontext(out) as file:
            file.write(parts[0])
        return
    import pikepdf
    spill_every = spill_every or SPILL_EVERY
    with scratch_space("the PDF as it is joined"):
        spills = tempfile.TemporaryDirectory(prefix="briefgen-join-")
    with spills as folder:
        joining = _Joining(pikepdf.open(io.BytesIO(parts[0])), numbers)
        for start in range(1, len(parts), spill_every):
            if start > 1:
                with scratch_space("the PDF as it is joined"):
                    joining.spill(Path(folder) / f"whole-{start}.pdf")
            for part in parts[start:start + spill_every]:
                joining.add(part)
        joining.write(out, targets or {})


_JOINING = "/BriefgenJoining"  # in a spilled whole's catalog: what joining goes on with


class _Joining:
    """The whole as the parts join it: its structure tree (_Structure), the fonts kept once
    (_Fonts), the page-number forms (_Stamps) and the outline, held apart (leading to page
    numbers) until the whole is written.

    Spilled (`spill`), the whole is written to a file and opened from it again: its streams
    as they are (neither decoded nor compressed, each with its /Filter as given, so the last
    save treats each as it would have joined in memory), the structure tree written, and the
    fonts kept and the page numbers' font found again through an entry of the catalog
    (_JOINING), taken out before the whole is written."""

    def __init__(self, whole, numbers: bytes | None):
        self.whole = whole
        self.structure, self.fonts = _Structure(whole), _Fonts()
        self.fonts.share(whole.pages)
        self.stamps = _Stamps(whole, numbers)
        self.outline = _outline_of(whole)
        self.file = None  # the file the whole was last opened from (spilled)

    def add(self, part) -> None:
        """Append a part (bytes, OwnPages or Stacked) to the whole."""
        import pikepdf
        whole, structure, fonts, stamps = self.whole, self.structure, self.fonts, self.stamps
        if isinstance(part, Stacked):
            _join_stacked(whole, part, structure, fonts, self.outline, stamps)
            return
        own = isinstance(part, OwnPages)
        with pikepdf.open(io.BytesIO(_read(part) if own else part)) as source:
            if own:
                _give_pages(source, part)
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
                _file_under(self.outline, source, first_page, part.outline)
            else:
                _join_outline(self.outline, source, first_page)
            fonts.share(added)
            _hold_streams(added)

    def spill(self, path: Path) -> None:
        """Write the whole to `path` and go on with it opened from there."""
        import pikepdf
        whole = self.whole
        self.structure.write()
        carried = pikepdf.Dictionary(
            Fonts=pikepdf.Dictionary({"/" + digest.hex(): font
                                      for digest, font in self.fonts.first.items()}))
        if self.stamps.resources is not None:
            carried.StampFont = self.stamps.resources
        whole.Root[_JOINING] = carried
        whole.save(path, compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.none,
                   fix_metadata_version=False)
        whole.close()
        if self.file is not None:
            self.file.unlink()
        self.whole = whole = pikepdf.open(path)
        self.file = path
        carried = whole.Root[_JOINING]
        self.structure, self.stamps.whole = _Structure(whole), whole
        self.fonts.first = {bytes.fromhex(str(name)[1:]): font
                            for name, font in carried.Fonts.items()}
        self.stamps.resources = carried.get("/StampFont")

    def write(self, out, targets: Mapping[str, Target]) -> None:
        """The whole, with its structure tree, outline and links, written to `out`."""
        whole = self.whole
        self.structure.write()
        if _JOINING in whole.Root:
            del whole.Root[_JOINING]
        with whole.open_outline() as outline:
            outline.root[:] = self.outline
        _resolve_links(whole, targets)
        whole.save(out, deterministic_id=True)
        whole.close()  # and the file it was last spilled to, before its folder goes


def _outline_of(whole) -> list:
    """The whole's bookmarks, as entries leading to its pages by number."""
    pages = {page.objgen: number for number, page in enumerate(whole.pages)}
    with whole.open_outline() as outline:
        return [_copied(entry, pages, 0) for entry in outline.root]


def _read(part: OwnPages) -> bytes:
    if part.data is not None:
        return part.data
    data = part.path.read_bytes()
    if hashlib.sha256(data).hexdigest() != part.sha256:
        raise RenderError(f"{part.path} changed while the pack was being bound",
                          hint="build the pack again")
    return data


def _give_pages(source, part: OwnPages) -> None:
    """The brief's own page (`source`) with the pages its links give in the whole drawn in."""
    if part.page_references is not None:
        from briefgen.render.pdf_page_refs import draw_page_references
        draw_page_references(source, part.page_references)


def _join_stacked(whole, part: Stacked, structure, fonts, entries: list, stamps) -> None:
    """The briefs of `part` as one page of the whole: the first's own page, each further one's
    folded into it (_fold), then numbered as the whole's page and its fonts shared."""
    import pikepdf
    host = index = None
    layers = []
    for number, member in enumerate(part.members):
        with pikepdf.open(io.BytesIO(_read(member))) as source:
            if len(source.pages) != 1:
                raise RenderError("a brief bound below another has more than one page",
                                  hint="build the pack again")
            _give_pages(source, member)
            fonts.placeholders(source.pages)
            first_page = len(whole.pages)
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", "Copying pages from another Pdf")
                whole.pages.extend(source.pages)
            page = whole.pages[first_page]
            _hold_streams([page])
            if host is None:
                host, index = page, first_page
                structure.join(whole, source, [page])
            else:
                sections = structure.join(whole, source, [page], into=host)
                layers.append(_fold(whole, host, page, part.down(number), number, sections,
                                    structure))
                del whole.pages[first_page]
            _file_under(entries, source, index, member.outline)
    _stack_content(whole, host, layers)
    _renumber(whole, host, stamps.form())
    fonts.share([host])


_PAGINATION = artifact_marker("Pagination").encode()  # a page's running head and foot begin here
_NAMED = {"Tf", "Do", "gs", "cs", "CS", "scn", "SCN", "sh", "BDC", "DP"}  # operators naming resources


def _body(content: bytes) -> tuple[bytes, bytes]:
    """(what a brief's page draws of the brief, its furniture: running head, foot, number)."""
    start = content.rfind(_PAGINATION)
    if start < 0:
        start = content.rfind(PAGE_NUMBER.encode())
    if start < 0:
        raise RenderError("a brief's own PDF has no page furniture to stack it by (made by "
                          "another version of briefgen?)", hint="build the pack again")
    return content[:start], content[start:]


def _fold(whole, host, page, down: float, number: int, sections: list, structure) -> bytes:
    """Fold `page` (a brief's own page, just added to the whole) into `host`, drawn `down`
    points lower: its resources renamed into the host's, its marked content numbered on after
    the host's (structure.join has moved its ParentTree entry onto the host's already), its
    links moved down onto the host, its structure elements pointing at the host. Returns what
    it draws of the brief, as the host's content will draw it."""
    import pikepdf
    marked = structure.folded  # MCIDs the host had before this page's were numbered on
    names = _rename_resources(whole, host, page, f"-s{number}")
    drawn = _body(page.obj.Contents.read_bytes() if not isinstance(page.obj.Contents, pikepdf.Array)
                  else b"".join(c.read_bytes() for c in page.obj.Contents))[0]
    instructions = [_renamed(instruction, names, marked) for instruction
                    in pikepdf.parse_content_stream(pikepdf.Stream(whole, drawn))]
    _move_links(host, page, down)
    _point_at(sections, page, host, marked, down)
    return (f"q 1 0 0 1 0 {-down:.5f} cm\n".encode() + pikepdf.unparse_content_stream(instructions)
            + b"\nQ\n")


def _renamed(instruction, names: dict[str, str], marked: int):
    """The instruction with the resources it names renamed (`names`) and its marked content's
    MCID numbered on after `marked`."""
    import pikepdf
    if isinstance(instruction, pikepdf.ContentStreamInlineImage) or \
            str(instruction.operator) not in _NAMED:
        return instruction
    operands = []
    for operand in instruction.operands:
        if isinstance(operand, pikepdf.Name) and str(operand) in names:
            operand = pikepdf.Name(names[str(operand)])
        elif isinstance(operand, pikepdf.Dictionary) and "/MCID" in operand:
            operand = pikepdf.Dictionary(operand)
            operand.MCID = int(operand.MCID) + marked
        operands.append(operand)
    return pikepdf.ContentStreamInstruction(operands, instruction.operator)


def _stack_content(whole, host, layers: list[bytes]) -> None:
    """The host page draws its own brief (its graphics state restored after it), then each
    folded brief, then its own furniture."""
    if not layers:
        return
    host.contents_coalesce()
    body, furniture = _body(host.obj.Contents.read_bytes())
    host.obj.Contents = whole.make_stream(b"q\n" + body + b"\nQ\n" + b"".join(layers) + furniture)


def _rename_resources(whole, host, page, suffix: str) -> dict[str, str]:
    """Each resource of `page` (fonts, pictures …) added to the host page's own resources under a
    name of its own (name + suffix); returns old name -> new."""
    import pikepdf
    theirs = page.obj.get("/Resources", pikepdf.Dictionary())
    resources = pikepdf.Dictionary(host.obj.get("/Resources", pikepdf.Dictionary()))
    names: dict[str, str] = {}
    for kind, entries in theirs.items():
        if not isinstance(entries, pikepdf.Dictionary):
            continue  # /ProcSet
        merged = pikepdf.Dictionary(resources.get(kind, pikepdf.Dictionary()))
        for name, value in entries.items():
            renamed = name + suffix
            while renamed in merged:
                renamed += "x"
            merged[renamed] = value
            names[name] = renamed
        resources[kind] = merged
    host.obj.Resources = resources
    return names


def _move_links(host, page, down: float) -> None:
    """The page's annotations onto the host, `down` points lower, and the places they lead to
    on the page likewise."""
    import pikepdf
    moved = []
    for annotation in page.obj.get("/Annots", ()):
        x1, y1, x2, y2 = (float(v) for v in annotation.Rect)
        annotation.Rect = pikepdf.Array([x1, round(y1 - down, 4), x2, round(y2 - down, 4)])
        for holder, key in ((annotation, "/Dest"), (annotation.get("/A"), "/D")):
            if holder is not None and key in holder:
                holder[key] = _moved_destination(holder[key], page, host, down)
        if "/P" in annotation:
            annotation.P = host.obj
        moved.append(annotation)
    if moved:
        host.obj.Annots = pikepdf.Array([*host.obj.get("/Annots", ()), *moved])


def _moved_destination(destination, page, host, down: float):
    """A destination on `page` as one on the host page, `down` points lower ('/XYZ left top
    zoom', '/FitH top' …); another (a name, another page) as it is."""
    import pikepdf
    if not isinstance(destination, pikepdf.Array) or destination[0].objgen != page.obj.objgen:
        return destination
    values = list(destination)
    values[0] = host.obj
    tops = {"/XYZ": (3,), "/FitH": (2,), "/FitBH": (2,), "/FitR": (3, 5)}.get(str(values[1]), ())
    for position in tops:
        if position < len(values) and isinstance(values[position], (int, float, Decimal)):
            values[position] = round(float(values[position]) - down, 4)
    return pikepdf.Array(values)


def _point_at(sections: list, page, host, marked: int, down: float) -> None:
    """The structure elements of a folded page, below `sections`, as the host's: their page,
    their marked content numbered on after the host's `marked`, a figure's box moved down."""
    import pikepdf
    todo = list(sections)
    while todo:
        element = todo.pop()
        if element.get("/Pg") is not None and element.Pg.objgen == page.obj.objgen:
            element.Pg = host.obj
        attributes = element.get("/A")
        if isinstance(attributes, pikepdf.Dictionary) and "/BBox" in attributes:
            x1, y1, x2, y2 = (float(v) for v in attributes.BBox)
            attributes.BBox = pikepdf.Array([x1, round(y1 - down, 2), x2, round(y2 - down, 2)])
        kids = _kids(element)
        renumbered = []
        for kid in kids:
            if isinstance(kid, int):
                kid = kid + marked
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") in ("/MCR", "/OBJR"):
                if kid.get("/Pg") is not None and kid.Pg.objgen == page.obj.objgen:
                    kid.Pg = host.obj
                if "/MCID" in kid:
                    kid.MCID = int(kid.MCID) + marked
            elif isinstance(kid, pikepdf.Dictionary):
                todo.append(kid)
            renumbered.append(kid)
        if "/K" in element:
            element.K = renumbered[0] if len(renumbered) == 1 and not isinstance(
                element.K, pikepdf.Array) else pikepdf.Array(renumbered)


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
        nums = list(self.root.ParentTree.Nums)
        self.tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        self.next_key = int(self.root.ParentTreeNextKey)
        self.folded = 0  # MCIDs of the page the last page joined `into` had before it

    def join(self, whole, source, pages, into=None) -> list:
        """Append the structure tree of `source`, whose pages are now `pages` of the whole;
        returns its sections. `into`: the one page's marked content is numbered on after that
        page's (render/pdf_join.py _fold draws it there), and its ParentTree entry joins that
        page's, its other keys (links) taking the next ones."""
        theirs = whole.copy_foreign(source.Root.StructTreeRoot)  # its pages: those copied
        their_nums = list(theirs.ParentTree.Nums)
        own = {int(their_nums[i]): their_nums[i + 1] for i in range(0, len(their_nums), 2)}
        merged = {int(page.obj.StructParents) for page in pages} if into is not None else set()
        keys, next_key = {}, self.next_key
        for key in sorted(own):
            if key not in merged:
                keys[key], next_key = next_key, next_key + 1
        for page in pages:
            if into is None:
                page.obj.StructParents = keys[int(page.obj.StructParents)]
            for annotation in page.obj.get("/Annots", ()):
                if "/StructParent" in annotation:
                    annotation.StructParent = keys[int(annotation.StructParent)]
        if into is not None:
            host_key = int(into.obj.StructParents)
            self.folded = len(self.tree[host_key])
            for key in merged:
                self.tree[host_key] = [*self.tree[host_key], *own.get(key, ())]
        self.tree.update({keys[key]: value for key, value in own.items() if key in keys})
        self.next_key = next_key
        added = _kids(theirs.K)
        for section in added:
            section.P = self.root.K
            self.sections.append(section)
        return added

    def write(self) -> None:
        import pikepdf
        self.root.K.K = pikepdf.Array(self.sections)
        self.root.ParentTree.Nums = pikepdf.Array(
            [item for key in sorted(self.tree) for item in (key, self._value(self.tree[key]))])
        self.root.ParentTreeNextKey = self.next_key

    @staticmethod
    def _value(value):
        import pikepdf
        return pikepdf.Array(value) if isinstance(value, list) else value


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
