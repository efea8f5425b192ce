"""Read a PDF back the way a PDF/UA validator does (pikepdf): the structure tree, the marked
content of every page, the catalog and metadata entries. `ua_problems(data)` lists what is wrong."""

from __future__ import annotations

import io
import re

import pikepdf

PAINTING = {"Tj", "TJ", "'", '"', "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do", "sh"}


def ua_problems(data: bytes) -> list[str]:
    pdf = pikepdf.open(io.BytesIO(data))
    problems = _catalog_problems(pdf)
    root = pdf.Root.get("/StructTreeRoot")
    if root is None:
        return problems + ["no structure tree"]
    parents = _parent_tree(root)
    for number, page in enumerate(pdf.pages, 1):
        problems += _page_problems(number, page, parents)
    elements = list(_walk(root.K))
    problems += _element_problems(elements)
    problems += _heading_problems(elements)
    return problems


def _catalog_problems(pdf) -> list[str]:
    problems = []
    if not bool(pdf.Root.get("/MarkInfo", {}).get("/Marked", False)):
        problems.append("MarkInfo Marked is not true")
    if not str(pdf.Root.get("/Lang", "")):
        problems.append("no /Lang")
    if not bool(pdf.Root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)):
        problems.append("DisplayDocTitle is not true")
    with pdf.open_metadata() as xmp:
        if xmp.get("pdfuaid:part") != "1":
            problems.append("XMP has no pdfuaid:part 1")
        if xmp.get("dc:title") != str(pdf.docinfo.get("/Title")):
            problems.append("XMP dc:title differs from the document title")
    return problems


def _parent_tree(root) -> dict[int, object]:
    nums = root.ParentTree.Nums
    return {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}


def _page_problems(number: int, page, parents: dict) -> list[str]:
    """Every painting operator inside marked content; the page's MCIDs those its ParentTree
    entry maps, each to an element that names this page."""
    problems, depth, mcids = [], 0, []
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op in ("BDC", "BMC"):
            depth += 1
            if op == "BDC" and "/MCID" in operands[1]:
                mcids.append(int(operands[1].MCID))
        elif op == "EMC":
            depth -= 1
        elif op in PAINTING and depth == 0:
            problems.append(f"page {number}: {op} outside marked content")
    if depth:
        problems.append(f"page {number}: unbalanced marked content")
    mapped = parents.get(int(page.obj.get("/StructParents", -1)))
    if mcids != list(range(len(mcids))) or (mapped is None and mcids) or (
            mapped is not None and len(mapped) != len(mcids)):
        problems.append(f"page {number}: MCIDs {mcids} do not match the ParentTree")
    for annotation in page.obj.get("/Annots", []):
        link = parents.get(int(annotation.get("/StructParent", -1)))
        if link is None or link.S != "/Link":
            problems.append(f"page {number}: annotation not in a Link element")
        if not str(annotation.get("/Contents", "")):
            problems.append(f"page {number}: link annotation without Contents")
    return problems


def _walk(node):
    if isinstance(node, pikepdf.Array):
        for kid in node:
            yield from _walk(kid)
    elif isinstance(node, pikepdf.Dictionary) and node.get("/Type") != "/MCR" and node.get("/Type") != "/OBJR":
        yield node
        yield from _walk(node.get("/K", pikepdf.Array()))


def _kids(element) -> list:
    kids = element.get("/K", pikepdf.Array())
    return list(kids) if isinstance(kids, pikepdf.Array) else [kids]


def _element_problems(elements) -> list[str]:
    problems = []
    for element in elements:
        role = str(element.S)
        if role == "/Figure":
            if not str(element.get("/Alt", "")):
                problems.append("Figure without Alt")
            if "/BBox" not in element.get("/A", {}):
                problems.append("Figure without BBox")
        if role == "/Table":
            rows = [k for k in _kids(element) if isinstance(k, pikepdf.Dictionary) and k.get("/S") == "/TR"]
            head = [str(c.S) for c in _kids(rows[0])] if rows else []
            if not head or set(head) != {"/TH"}:
                problems.append("Table without a header row of TH")
            for row in rows:
                for cell in _kids(row):
                    if cell.S == "/TH" and cell.get("/A", {}).get("/Scope") != "/Column":
                        problems.append("TH without Scope")
        if role in ("/L",) and any(k.get("/S") != "/LI" for k in _kids(element)):
            problems.append("L with a kid that is not LI")
        if role == "/Link" and not any(isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR"
                                       for k in _kids(element)):
            problems.append("Link without its annotation")
    return problems


def _heading_problems(elements) -> list[str]:
    """Headings nest: the first is H1, none goes more than one level deeper than the last."""
    levels = [int(str(e.S)[2:]) for e in elements if re.fullmatch(r"/H[1-6]", str(e.S))]
    problems = []
    for before, level in zip([0, *levels], levels):
        if level > before + 1:
            problems.append(f"heading H{level} follows H{before}")
    return problems


def struct_text(path) -> str:
    """The text `pdfinfo -struct-text` reads from the structure tree, Figures left out (their
    Alt stands for them)."""
    import subprocess
    listing = subprocess.run(["pdfinfo", "-struct-text", str(path)], capture_output=True,
                             text=True, check=True).stdout
    texts, figure_indent = [], None
    for line in listing.splitlines():
        indent = len(line) - len(line.lstrip())
        if figure_indent is not None and indent > figure_indent:
            continue
        figure_indent = indent if line.strip().startswith("Figure") else None
        quoted = re.fullmatch(r'\s*"(.*)"', line)
        if quoted:
            texts.append(quoted.group(1))
    return "".join(texts)


def outline_documents(reader) -> list:
    """The outline entries of a pypdf reader that name documents, in order: a group's entry
    (Partners …), which the entries of its list follow, is left out."""
    entries = list(reader.outline)
    found = []
    for index, entry in enumerate(entries):
        if isinstance(entry, list):
            found += [child for child in entry if not isinstance(child, list)]
        elif not (index + 1 < len(entries) and isinstance(entries[index + 1], list)):
            found.append(entry)
    return found
