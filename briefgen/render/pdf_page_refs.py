"""A brief's own one-page PDF as the pack shows it: its "see also" paragraphs give pages.

A brief's own PDF says "see also that brief"; the pack says "see also that brief (p. 7)", a
link. Rather than lay the brief out again for the pack, joining takes its own page and puts
each paragraph linking to another document (marked LINKS_ELSEWHERE, render/pdf_tags.py) as
the pack draws it in its place: its drawing, from a page of `render/pdf.py page_references`
(drawn at the origin, moved to where the own page draws the paragraph: the translation its
drawing starts with), its fonts added to the page's resources (the same as the pack's: joining
keeps one copy), its link annotation added to the page and tagged as a Link of the paragraph's
structure element, as a layout tags it. This is only done when the paragraph takes the same
lines either way (page_references checks), so nothing else on the page moves: the page is the
one the pack would lay out."""

from __future__ import annotations

import io

from briefgen.errors import RenderError
from briefgen.render.pdf_tags import LINKS_ELSEWHERE

_MARKED = f"{LINKS_ELSEWHERE}>> BDC".encode()  # ends a marked paragraph's BDC operator
_OPENS = b"BDC"


def draw_page_references(pdf, stamps: bytes) -> None:
    """`pdf` (a brief's own one-page PDF, open) with each marked paragraph replaced by the next
    page of `stamps` (render/pdf.py page_references): a RenderError when they do not match one
    to one (its own PDF made by other code)."""
    import pikepdf
    with pikepdf.open(io.BytesIO(stamps)) as drawn:
        page = pdf.pages[0]
        page.contents_coalesce()
        content = page.obj.Contents.read_bytes()
        pieces, start = [], 0
        for number, stamp in enumerate(drawn.pages):
            found = _marked_section(content, start)
            inner = found and _stamp_content(pdf, page, stamp, content[found[1]:found[2]],
                                             f"-r{number}")
            if not inner:
                raise _unmatched()
            opened, begin, end, mcid = found
            pieces += [content[start:opened], f"<</MCID {mcid}>> BDC\n".encode(), inner, b"\n"]
            _add_links(pdf, page, stamp, mcid, _origin(pdf, content[begin:end]))
            start = end
        if content.find(_MARKED, start) >= 0:
            raise _unmatched()
        page.obj.Contents = pdf.make_stream(b"".join(pieces) + content[start:])


def _unmatched() -> RenderError:
    return RenderError("a brief's own PDF does not mark the paragraphs whose links give pages "
                       "as the pack draws them (made by another version of briefgen?)",
                       hint="build the pack again")


def _marked_section(content: bytes, start: int) -> tuple[int, int, int, int] | None:
    """(start of its properties, start and end of its drawing, MCID) of the next marked
    paragraph after `start`: its drawing between its BDC and its EMC, holding no other marked
    content."""
    import re
    at = content.find(_MARKED, start)
    if at < 0:
        return None
    opened = content.rfind(b"<<", start, at)
    mcid = re.fullmatch(rb"<<\s*/MCID (\d+)\s*", content[opened:at]) if opened >= 0 else None
    begin = at + len(_MARKED)
    end = content.find(b"EMC", begin)
    if mcid is None or end < 0 or _OPENS in content[begin:end]:
        return None
    return opened, begin, end, int(mcid.group(1))


def _origin(pdf, section: bytes) -> tuple[float, float]:
    """Where the section draws its paragraph: the translation it starts with."""
    import pikepdf
    for instruction in pikepdf.parse_content_stream(pikepdf.Stream(pdf, section)):
        if str(instruction.operator) == "cm":
            return float(instruction.operands[4]), float(instruction.operands[5])
    return 0.0, 0.0


def _stamp_content(pdf, page, stamp, section: bytes, suffix: str) -> bytes | None:
    """What the stamp page draws of its paragraph, as the own page draws it: moved to where
    `section` (the own paragraph's drawing) starts, its fonts added to the page's resources
    (renamed with `suffix`). None when the two do not start alike (a translation, a paragraph
    drawn whole) or the stamp uses other resources than fonts."""
    import pikepdf
    own_steps = list(pikepdf.parse_content_stream(pikepdf.Stream(pdf, section)))
    body = stamp.Contents.read_bytes()
    found = _marked_stamp(body)
    if found is None or not _starts_translated(own_steps):
        return None
    steps = list(pikepdf.parse_content_stream(pikepdf.Stream(pdf, body[found[0]:found[1]])))
    if not _starts_translated(steps) or _balance(steps) or _balance(own_steps):
        return None
    resources = stamp.obj.get("/Resources", pikepdf.Dictionary())
    if any(kind not in ("/Font", "/ProcSet") for kind in resources.keys()):
        return None
    names = _add_fonts(pdf, page, resources.get("/Font", pikepdf.Dictionary()), suffix)
    steps[1] = own_steps[1]  # the own page's translation: where it draws the paragraph
    return pikepdf.unparse_content_stream([_renamed(step, names) for step in steps])


def _marked_stamp(body: bytes) -> tuple[int, int] | None:
    """(start, end) of the stamp page's one marked-content sequence's drawing."""
    import re
    found = re.search(rb"/P <</MCID 0>> BDC", body)
    if found is None:
        return None
    end = body.find(b"EMC", found.end())
    if end < 0 or _OPENS in body[found.end():end]:
        return None
    return found.end(), end


def _starts_translated(steps) -> bool:
    """The drawing starts `q 1 0 0 1 x y cm`: a paragraph drawn at (x, y)."""
    return (len(steps) > 1 and str(steps[0].operator) == "q" and str(steps[1].operator) == "cm"
            and [float(v) for v in steps[1].operands[:4]] == [1.0, 0.0, 0.0, 1.0])


def _balance(steps) -> int:
    """Graphics states saved and not restored (0: a whole drawing, no EMC met in its text)."""
    ops = [str(step.operator) for step in steps if not hasattr(step, "iimage")]
    return ops.count("q") - ops.count("Q")


def _add_fonts(pdf, page, fonts, suffix: str) -> dict[str, str]:
    """The stamp's fonts added to the page's own resources under names of their own."""
    import pikepdf
    resources = pikepdf.Dictionary(page.obj.Resources)
    mine = pikepdf.Dictionary(resources.get("/Font", pikepdf.Dictionary()))
    names = {}
    for name, font in fonts.items():
        names[name] = name + suffix
        mine[name + suffix] = pdf.copy_foreign(font)
    resources.Font = mine
    page.obj.Resources = resources
    return names


def _renamed(step, names: dict[str, str]):
    import pikepdf
    if str(step.operator) != "Tf" or str(step.operands[0]) not in names:
        return step
    return pikepdf.ContentStreamInstruction(
        [pikepdf.Name(names[str(step.operands[0])]), *step.operands[1:]], step.operator)


def _add_links(pdf, page, stamp, mcid: int, origin: tuple[float, float]) -> None:
    """The stamp's link annotations on the page, moved by `origin`, each tagged as a Link of
    the paragraph's structure element (the ParentTree entry of its marked content)."""
    import pikepdf
    root = pdf.Root.StructTreeRoot
    nums = list(root.ParentTree.Nums)
    tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    paragraph = tree[int(page.obj.StructParents)][mcid]
    key = int(root.ParentTreeNextKey)
    added = []
    for theirs in stamp.obj.get("/Annots", ()):
        annotation = pdf.copy_foreign(theirs)
        x1, y1, x2, y2 = (float(v) for v in annotation.Rect)
        annotation.Rect = pikepdf.Array([round(x1 + origin[0], 4), round(y1 + origin[1], 4),
                                         round(x2 + origin[0], 4), round(y2 + origin[1], 4)])
        annotation.StructParent = key
        link = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.StructElem, S=pikepdf.Name.Link, P=paragraph,
            K=pikepdf.Dictionary(Type=pikepdf.Name.OBJR, Obj=annotation, Pg=page.obj)))
        kids = paragraph.K
        paragraph.K = pikepdf.Array([*(kids if isinstance(kids, pikepdf.Array) else [kids]), link])
        nums += [key, link]
        added.append(annotation)
        key += 1
    root.ParentTree.Nums = pikepdf.Array(nums)
    root.ParentTreeNextKey = key
    page.obj.Annots = pikepdf.Array([*page.obj.get("/Annots", ()), *added])
