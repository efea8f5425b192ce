"""Bind built briefs into the investor pack: cover, contents, briefs, sources appendix."""

from __future__ import annotations

from pathlib import Path

from .build import fit_brief, reference_document
from .config import Project
from .facts.store import FactStore
from .outputs import write_all

_KIND_NAMES = {"overview": "City overview", "partner": "Partner", "sector": "Sector",
               "event": "Event"}


def _front_document(project: Project, store: FactStore, name: str, variables: dict,
                    config=None):
    from .compose.build import build_document
    template_dirs = [*(config.template_dirs if config else ()), project.path("templates")]
    extra = dict(config.variables) if config else {}
    return build_document(f"pack/{name}.md.j2", store, template_dirs=template_dirs,
                          subject=store.city.slug, produced=project.built_on(),
                          variables={"project": project, "city": store.city, **extra, **variables},
                          root=project.root,
                          meta={"author": project.organisation, "language": project.language})


def front_and_back(project: Project, store: FactStore, config, items) -> tuple[list, list]:
    """Cover and contents (front), sources appendix (back), as documents.

    The contents give each brief's first page, which follows the cover and the contents
    themselves: a contents list of a thousand briefs runs over many pages, so its own length
    is measured (laid out as the PDF lays it out) until the page numbers it prints agree.
    """
    pack = {"title": config.title, "subtitle": config.subtitle, "audience": config.audience}
    common = {"pack": pack}
    cover = _front_document(project, store, getattr(config, "cover", "cover"), common, config)
    before = _pages(project, cover)  # pages before the contents
    contents_pages, contents = 1, None
    for _ in range(4):  # page numbers only ever grow by the contents' own length: settles fast
        entries = _entries(items, first_page=before + contents_pages + 1)
        contents = _front_document(project, store, "contents", {**common, "entries": entries}, config)
        measured = _pages(project, contents)
        if measured == contents_pages:
            break
        contents_pages = measured
    cited = {s.seed for item in items for fid in item.facts
             for s in store.by_id[fid].sources} if items else set()
    seeds = [info for name, info in store.seeds.items() if name in cited]
    appendix = _front_document(project, store, "sources", {**common, "seeds": seeds}, config)
    return [cover, contents], [appendix]


def _entries(items, first_page: int) -> list[dict]:
    entries, page = [], first_page
    for item in items:
        entries.append({"title": item.document.meta.title,
                        "kind": _KIND_NAMES.get(item.request.kind, item.request.kind),
                        "page": page})
        page += max(item.pages.values(), default=1)
    return entries


def _pages(project: Project, document) -> int:
    from .render.pdf import pdf_bytes
    return pdf_bytes(document, project.theme, project.page,
                     chart_cache=project.path("cache") / "charts").pages


def bind_pack(project: Project, store: FactStore, config, items, files: dict[str, Path],
              pool=None) -> None:
    """Write the bound pack in each format, rendered in parallel on `pool`, then written together
    (no format is replaced unless every format rendered and was written in full).

    The DOCX takes each brief's body from the brief's own DOCX file, written from the same
    fitted document (render/docx_splice.py); the PDF lays every brief out again, in one
    document, so that fonts are embedded once for the whole pack.
    """
    from .render.docx import Rendered
    front, back = front_and_back(project, store, config, items)
    briefs = [fit_brief(item.document, project) for item in items]  # cached by the workers' fits
    reference = reference_document(project, config.template_dirs)
    documents = {
        "pdf": [*front, *briefs, *back],
        "docx": [*front, *(Rendered(brief, item.files["docx"]) if _spliceable(item, config) else brief
                           for brief, item in zip(briefs, items)), *back],
    }
    jobs = [(_pack_bytes, fmt, documents[fmt], project, reference) for fmt in files]
    if pool is None:
        rendered = [job(*args) for job, *args in jobs]
    else:
        rendered = [future.result() for future in [pool.submit(*job) for job in jobs]]
    write_all(dict(zip(files.values(), rendered)))


def _spliceable(item, config) -> bool:
    """The brief's own DOCX was written with the pack's reference document."""
    return "docx" in item.files and tuple(item.request.template_dirs) == tuple(config.template_dirs)


def _pack_bytes(fmt: str, documents, project: Project, reference: Path | None) -> bytes:
    charts = project.path("cache") / "charts"
    if fmt == "pdf":
        from .render.pdf import pdf_bytes
        return pdf_bytes(documents, project.theme, project.page, chart_cache=charts).data
    from .render.docx import docx_bytes
    return docx_bytes(documents, project.theme, project.page, reference=reference, chart_cache=charts)
