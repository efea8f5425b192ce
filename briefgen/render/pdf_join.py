"""Join the parts of one PDF, laid out apart (render/pdf.py `PartOf`), into one tagged file.

The first part is the base: its catalog (language, viewer settings, XMP metadata, output
intent, MarkInfo), its document information and its structure tree stay. Each further part
brings its pages (their annotations with them), its outline entries and its structure tree: the
sections below its Document element join the first part's Document, and its ParentTree is
appended with every key moved past the keys already used, on its pages (/StructParents) and
link annotations (/StructParent) alike. MCIDs are numbered per page, so they stay as they are.
A link to a document of another part names it (a part cannot point at a page it does not
hold); joined, it leads to the page that document starts on.
qpdf (through pikepdf) copies the objects, each once; the file's /ID is a digest of its content,
so the same parts give the same bytes.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Mapping, Sequence

from briefgen.render.common import Target


def join_pdfs(parts: Sequence[bytes], targets: Mapping[str, Target] | None = None) -> bytes:
    """The parts of one PDF as one file: their pages, outlines and structure trees in order,
    the first part's document information, metadata, language and viewer settings; links
    to the `targets` of other parts lead to their pages. Each part keeps its own embedded
    font subsets, so a pack is split into few parts."""
    if len(parts) == 1:
        return parts[0]
    import pikepdf
    whole = pikepdf.open(io.BytesIO(parts[0]))
    sources = [pikepdf.open(io.BytesIO(data)) for data in parts[1:]]
    with whole.open_outline() as outline:
        for source in sources:
            first_page = len(whole.pages)
            with warnings.catch_warnings():  # it warns of named destinations: the parts have
                warnings.filterwarnings("ignore", "Copying pages from another Pdf")  # none
                whole.pages.extend(source.pages)
            _join_structure(whole, source, first_page)
            _join_outline(outline.root, source, first_page)
    _resolve_links(whole, targets or {})
    out = io.BytesIO()
    whole.save(out, deterministic_id=True)
    return out.getvalue()


def _join_structure(whole, source, first_page: int) -> None:
    """Append the structure tree of `source`, whose pages are now `whole`'s from `first_page`."""
    root = whole.Root.StructTreeRoot
    shift = int(root.ParentTreeNextKey)
    for page in whole.pages[first_page:]:
        page.obj.StructParents = int(page.obj.StructParents) + shift
        for annotation in page.obj.get("/Annots", ()):
            if "/StructParent" in annotation:
                annotation.StructParent = int(annotation.StructParent) + shift
    theirs = whole.copy_foreign(source.Root.StructTreeRoot)  # its pages: the ones copied above
    document, sections = root.K, _kids(theirs.K)
    for section in sections:
        section.P = document
    document.K = _kids(document) + sections
    nums = list(root.ParentTree.Nums)
    their_nums = list(theirs.ParentTree.Nums)
    for index in range(0, len(their_nums), 2):
        nums += [int(their_nums[index]) + shift, their_nums[index + 1]]
    root.ParentTree.Nums = nums
    root.ParentTreeNextKey = shift + int(theirs.ParentTreeNextKey)


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
