"""Bind built briefs into the investor pack: cover, contents, briefs, sources appendix."""

from __future__ import annotations

import hashlib
import threading
from concurrent.futures import Future, wait
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from .build import fit_brief, reference_document
from .config import Project
from .document import Table, linked_documents
from .errors import RenderError
from .facts.store import FactStore
from .kept_pack import digest, keep, keep_files, kept, kept_files, measured
from .outputs import file_sha256, together

_KINDS = ("overview", "partner", "sector", "event")  # words: kind.NAME ("Partner")
_OUTLINE = ("overview", "partner", "sector")  # words: outline.NAME ("Partners"); an event's brief leads


def _word(project: Project, key: str) -> str:
    """briefgen's word `key` in the pack's language."""
    from .language.editions import project_edition
    from .language.words import WORDS
    edition = project_edition(project)
    return edition.say(key) if edition is not None else WORDS[key]


def _front_document(project: Project, store: FactStore, name: str, variables: dict,
                    config=None, grows_to: int = 0):
    from .build import RecordingStore
    from .compose.briefing import template_helpers
    from .compose.build import build_document, make_engine
    from .facts.age import Timeline
    from .language import using
    from .language.editions import in_language, project_edition, refuse_untranslated
    edition = project_edition(project)
    shown = in_language(project, store, edition)
    template_dirs = [*(config.template_dirs if config else ()), *shown.template_dirs,
                     project.path("templates")]
    extra = dict(config.variables) if config else {}
    engine = make_engine(template_dirs, project.root)
    # as the briefs see the facts (the cover's figures are marked † when old, as theirs are)
    seen = RecordingStore(shown.store, Timeline(project.built_on(), project.freshness))
    with using(edition):
        document = build_document(
            f"pack/{name}.md.j2", seen, engine=engine,
            subject=store.city.slug, produced=project.built_on(),
            variables={**template_helpers(seen), "project": shown.project,
                       "city": shown.store.city, **extra, **variables},
            root=project.root, meta={"author": shown.project.organisation, "language": shown.tag},
            grows_to=grows_to)
    if edition is not None:
        refuse_untranslated(document, edition, project.path("templates"), engine.env.marked_files)
    return document


def _pack_words(project: Project, config) -> dict:
    """The pack's title, subtitle and audience, in the pack's language: as written when the pack
    file (or event) is written in it, else the project's name or organisation where they are
    those, else the pack file's words as translated (`pack title` …)."""
    from .language.editions import project_edition
    words = {"title": config.title, "subtitle": config.subtitle, "audience": config.audience}
    edition = project_edition(project)
    if edition is None or config.language == project.language:
        return words
    own = {project.name: "project name", project.organisation: "project organisation"}
    context = {key: own.get(text, f"pack {key}") for key, text in words.items()}
    lines = dict(config.lines)
    return {key: text and edition.translate("pack", context[key], text, config.source,
                                            lines.get(key))
            for key, text in words.items()}


@dataclass
class Matter:
    """The pack's own documents around the briefs, with the pages each takes."""

    front: list  # cover, contents; or the cover holding the contents (a short pack)
    back: list  # sources appendix
    pages: list[int]  # of each front, then each back document
    made_for: list  # (name, pages) of the briefs the contents list
    pictures: dict = field(default_factory=dict)  # path in the project -> digest, of each shown
    back_pdf: list = field(default_factory=list)  # each back document laid out on its own


def shown_pictures(project: Project, documents) -> dict[str, str | None]:
    """Each picture file the documents show, by its path in the project (a copy of the project
    elsewhere names its own) -> its digest."""
    from .build import file_digest, images_named
    from .document import to_dict
    root = project.root.resolve()
    named = {Path(image).resolve() for document in documents
             for image in images_named(to_dict(document))}
    return {str(path.relative_to(root)) if root in path.parents else str(path): file_digest(path)
            for path in sorted(named)}


def pictures_now(project: Project, pictures: dict) -> dict[str, str | None]:
    """The digests the pictures named (as shown_pictures names them) have now."""
    from .build import file_digest
    return {path: file_digest(project.root / path) for path in pictures}


class Ahead:
    """What binding needs, prepared while the workers render the briefs (this process waits
    then): each brief's fitted layout as the brief is finished, and once all are, the cover,
    contents and appendix, made with the briefs where their fits place them (checked when
    binding)."""

    def __init__(self, project: Project, store: FactStore, config, items, inputs=None, pool=None):
        self.project, self.store, self.config, self.items = project, store, config, items
        self.inputs, self.pool = inputs, pool
        self.matter: Matter | None = None
        self.fitted: dict[str, object] = {}

    def start(self) -> None:
        """Take the briefs that are up to date (not rendered again): their fits are cached."""
        for item in self.items:
            if item.pages:  # up to date: its fit is in the cache already
                self.finished(item)

    def finished(self, item) -> None:
        """The brief is fitted (its fit in the cache): rendered, or fitted ahead of rendering."""
        self.fitted[item.name] = fit_brief(item.document, self.project)
        if len(self.fitted) == len(self.items) and self.matter is None:
            placed = arranged(self.project, self.items, self.fitted)
            self.matter = kept_matter(self.project, self.store, self.config, placed, self.inputs,
                                      self.pool)


@dataclass(frozen=True)
class Placed:
    """A brief in the bound pack: where it goes, and its fitted document as bound (a card's
    says it continues the page before)."""

    item: object  # PackItem
    document: object  # the fitted Document

    @property
    def starts_page(self) -> bool:
        return not self.document.meta.continues


def arranged(project: Project, items, fitted: dict) -> list[Placed]:
    """The briefs in the pack's order, thin ones gathered as cards (placement.py)."""
    from .placement import place
    documents = [fitted.get(item.name) or fit_brief(item.document, project) for item in items]
    fills = [doc.layout.fill if _brief_pages(item) == 1 else None
             for item, doc in zip(items, documents)]
    from .render.common import CARD_GAP_PT
    from .render.pdf import frame_box
    slots = place([item.request.kind for item in items], fills, project.pack.cards_below,
                  gap=CARD_GAP_PT / frame_box(project.page)[3])
    return [Placed(items[s.index], replace(documents[s.index], meta=replace(
        documents[s.index].meta, continues=not s.starts_page))) for s in slots]


def kept_matter(project: Project, store: FactStore, config, placed: list[Placed],
                inputs: str | None, pool=None) -> Matter:
    """front_and_back, kept (kept_pack.py) under `inputs` (the digest of every input file of
    the project, which the briefs and the pack's own documents are composed from) and the
    briefs' places and pages; None: made anew."""
    if inputs is None:
        return front_and_back(project, store, config, placed, pool)
    name = f"{config.file_name}-{project.language}"
    key = digest(["matter", inputs, _made_for(placed)])
    matter = kept(project, "matter", name, key)
    if matter is None or pictures_now(project, matter.pictures) != matter.pictures:
        # a picture they show changed: it may lie outside the folders `inputs` covers
        matter = front_and_back(project, store, config, placed, pool)
        keep(project, "matter", name, key, matter)
    return matter


def front_and_back(project: Project, store: FactStore, config, placed: list[Placed],
                   pool=None) -> Matter:
    """Cover and contents (front), sources appendix (back), as documents, for the briefs as
    placed in the pack.

    The contents give each brief's first page, which follows the cover and the contents
    themselves: a contents list of a thousand briefs runs over many pages, so its own length
    is measured (laid out as the PDF lays it out) until the page numbers it prints agree.
    The appendix is laid out once, meanwhile, on `pool` (a worker, once it is free: the
    workers may still be rendering the last briefs), or here (_appendix_laid), and bound as
    laid out then.
    """
    items = [p.item for p in placed]
    pack = _pack_words(project, config)
    common = {"pack": pack, "data_age": _data_age(project, store, items),
              "published": _published(project)}
    unfilled = _front_document(project, store, getattr(config, "cover", "cover"), common, config)
    cover = _filled(project, unfilled)
    before = _pages(project, cover)  # pages before the contents
    # the documents the briefs cite as placed, as their own Sources lists do (not every
    # document of a fact a brief's template consulted and left out)
    cited = _cited_entries(placed)
    seeds = [info for name, info in store.seeds.items() if name in {e.seed for e in cited}]
    from .compose.sources import quotes_by_brief
    appendix = _front_document(project, store, "sources",
                               {**common, "seeds": seeds, "cited_at": _cited_at(cited),
                                "quotes": quotes_by_brief(p.document for p in placed)},
                               config, grows_to=1 + len(placed) + len(seeds))
    appendix = replace(appendix, meta=replace(appendix.meta, anchor=APPENDIX_ANCHOR))
    laying = pool.submit(_laid_out, project, appendix) if pool else None
    listed = _listed(project, placed, appendix, before)
    shared = _cover_with_contents(project, unfilled, _front_document(
        project, store, "contents", {**common, **listed}, config,
        grows_to=1 + len(listed["entries"])))
    if shared is not None:
        laid = _appendix_laid(laying, project, appendix)
        return Matter([shared], [appendix], [before, laid.pages], _made_for(placed),
                      shown_pictures(project, [shared, appendix]), [laid.data])
    contents_pages, measured = 0, 1
    while measured != contents_pages:  # settles at once: longer numbers add no rows
        contents_pages = measured
        listed = _listed(project, placed, appendix, before + contents_pages)
        contents = _front_document(project, store, "contents", {**common, **listed}, config,
                                   grows_to=1 + len(listed["entries"]))
        measured = _pages(project, contents)
    laid = _appendix_laid(laying, project, appendix)
    return Matter([cover, _as_contents(contents)], [appendix], [before, measured, laid.pages],
                  _made_for(placed), shown_pictures(project, [cover, contents, appendix]),
                  [laid.data])


def _appendix_laid(laying: Future | None, project: Project, appendix):
    """The appendix as a worker laid it out (`laying`), once the contents are measured; laid
    out here if no worker has taken it yet (all still rendering briefs, which it would wait
    behind: this process is free now). Either way the same layout, so the same bytes."""
    if laying is None or laying.cancel():
        return _laid_out(project, appendix)
    return laying.result()


def _listed(project: Project, placed: list[Placed], appendix, before: int) -> dict:
    """The contents template's entries and groups, for briefs that start after `before` pages."""
    entries = _entries(project, placed, first_page=before + 1)
    return {"entries": entries,
            "groups": _groups(project, entries, _appendix_entry(appendix, placed, before + 1))}


def _cover_with_contents(project: Project, cover, contents):
    """The cover with the contents in the space its `spacer height=fill` leaves, under the
    contents' title, when the two fit on the cover's one page (a short pack: a contents page
    of its own would stand mostly blank); else None. A cover without a fill spacer has no room
    meant for them."""
    from .document import Heading, Spacer, Text
    from .render.pdf import frame_box
    fill = next((i for i, b in enumerate(cover.blocks) if isinstance(b, Spacer) and b.fill), None)
    if fill is None:
        return None
    listed = (Heading(2, (Text(contents.meta.title),)), *_as_contents(contents).blocks)
    rows = sum(1 + len(b.rows) for b in listed if isinstance(b, Table))
    height = frame_box(project.page)[3]
    if rows * LOWEST_ROW_PT > measured(cover, project).space_left.get(1, 0.0) * height:
        return None  # a long pack's: not worth laying out to find that out
    shared = replace(cover, blocks=(*cover.blocks[:fill], *listed, *cover.blocks[fill:]))
    laid = measured(shared, project)
    kept = FILL_KEPT + (WORD_FIELD_PT + WORD_ROW_PT * rows) / height
    if laid.pages > 1 or laid.space_left.get(1, 0.0) <= kept:
        return None
    return _filled(project, shared, kept)


def _data_age(project: Project, store: FactStore, items):
    """The age of the figures the pack's briefs cite, on the production date."""
    from .facts.age import Timeline, data_age
    cited = [store.by_id[i] for item in items if item.document is not None
             for i in item.document.facts if i in store.by_id]
    return data_age(cited, store.seeds, Timeline(project.built_on(), project.freshness))


def _cited_entries(placed: list[Placed]) -> list:
    """The Sources entries of the briefs as placed (fitted): what each brief cites."""
    from .document import Sources
    return [e for p in placed for b in p.document.blocks if isinstance(b, Sources) for e in b.entries]


def _cited_at(entries) -> dict[str, str]:
    """Seed -> where the pack's briefs cite it, for seeds that keep positions: 'pp. 3, 12',
    'paras. 2, 5', 'trade.xlsx!Sheet1!C7, …'."""
    from .sources.locate import cited_at
    found: dict[str, list[str]] = {}
    for entry in entries:
        if entry.locator and entry.seed:
            found.setdefault(entry.seed, []).append(entry.locator)
    return {seed: cited_at(locators) for seed, locators in found.items()}


FILL_KEPT = 0.03  # of the frame, left free below a filled cover: Word may break a line elsewhere
# left free besides, below contents on the cover: Word's contents field adds two paragraphs
# and may set each row a little taller than the PDF does
WORD_FIELD_PT, WORD_ROW_PT = 6.0, 0.5
LOWEST_ROW_PT = 10.0  # no table row is lower (a line of text at the smallest type)


def _filled(project: Project, document, kept: float = FILL_KEPT):
    """The cover with its `spacer height=fill` blocks sharing what its one page leaves free
    (laid out as the PDF lays it out), so that what follows them stands at the page's foot: the
    contact block. A cover longer than a page is an error naming the block that overflows."""
    from .document import Spacer
    from .render.pdf import frame_box
    laid = measured(document, project)
    if laid.pages > 1:
        raise _cover_overflow(document, laid)
    fills = [i for i, b in enumerate(document.blocks) if isinstance(b, Spacer) and b.fill]
    free = laid.space_left.get(1, 0.0) - kept
    if not fills or free <= 0:
        return document
    height = free * frame_box(project.page)[3] / len(fills)
    blocks = [replace(b, height_pt=round(height, 1)) if i in fills else b
              for i, b in enumerate(document.blocks)]
    return replace(document, blocks=tuple(blocks))


def _cover_overflow(document, laid) -> RenderError:
    """The cover runs onto a second page: named at the first block wholly past the first page
    (else the one that crosses it)."""
    from .document import describe
    over = [i for i, on in sorted(laid.block_pages.items()) if min(on) > 1] or \
        [i for i, on in sorted(laid.block_pages.items()) if max(on) > 1]
    block = document.blocks[over[0]]
    return RenderError(
        f"the pack's cover does not fit on one page; overflowing from: {describe(block)}",
        path=block.origin.path if block.origin else None,
        line=block.origin.line if block.origin else None,
        hint="a cover is one page: shorten briefgen.yaml's contact, or the pack's title, "
             "subtitle and audience")


APPENDIX_ANCHOR = "pack-sources"  # where the contents' link to the sources appendix leads


def _published(project: Project) -> str:
    """The production date in words, in the pack's language ('4 December 2026')."""
    from .language.editions import project_edition
    from .text import date_text
    edition, iso = project_edition(project), str(project.built_on())
    if edition is None:
        return date_text(iso)
    from .language.cldr import date_text as local_date_text
    return local_date_text(edition, iso)


def _groups(project: Project, entries: list[dict], appendix: dict) -> list[dict]:
    """The contents' entries under their groups' names, in the pack's order (City, Partners,
    Sectors, and an event's brief under Event), then the appendix."""
    groups: list[dict] = []
    for entry in entries:
        if not groups or groups[-1]["key"] != entry["group"]:
            groups.append({"key": entry["group"], "entries": []})
        groups[-1]["entries"].append(entry)
    groups.append({"key": "appendix", "entries": [appendix]})
    return [{"name": _word(project, f"outline.{g['key']}") if g["key"] in (*_OUTLINE, "appendix")
             else _word(project, f"kind.{g['key']}") if g["key"] in _KINDS else g["key"],
             "entries": g["entries"]} for g in groups]


def _appendix_entry(appendix, placed: list[Placed], first_page: int) -> dict:
    """The contents row of the sources appendix: after the last brief's pages."""
    pages = sum(_brief_pages(p.item) for p in placed if p.starts_page)
    return {"title": appendix.meta.title, "kind": "", "group": "appendix",
            "page": first_page + pages, "anchor": appendix.meta.anchor}


def _made_for(placed: list[Placed]) -> list:
    return [(p.item.name, _brief_pages(p.item), p.starts_page) for p in placed]


def _brief_pages(item) -> int:
    """A brief's pages; before it is rendered, the one page it is fitted to."""
    return max(item.pages.values(), default=1)


def _entries(project: Project, placed: list[Placed], first_page: int) -> list[dict]:
    """A contents row per brief: a card is on the page of the brief it follows."""
    entries, page, following = [], first_page, first_page
    for p in placed:
        if p.starts_page:
            page, following = following, following + _brief_pages(p.item)
        kind = p.item.request.kind
        entries.append({"title": p.item.document.meta.title,
                        "kind": _word(project, f"kind.{kind}") if kind in _KINDS else kind,
                        "group": kind, "page": page, "anchor": p.item.document.meta.anchor})
    return entries


def _pages(project: Project, document) -> int:
    return measured(document, project).pages


def _laid_out(project: Project, document):
    """The document laid out as a PDF of its own: its pages counted, its bytes kept to bind."""
    from .render.pdf import pdf_bytes
    return pdf_bytes(document, project.theme, project.page, chart_cache=project.chart_cache)


PART_DOCUMENTS = 40  # documents of a run laid out in one part: a run of more is split
PART_MOST = 250  # documents in one part at most (cards have no pages of their own to share by)


def bind_pack(project: Project, store: FactStore, config, items, files: dict[str, Path],
              pool=None, ahead: Ahead | None = None,
              inputs: str | None = None) -> tuple[dict[str, str], list[str], dict]:
    """Write the bound pack in each format, rendered in parallel on `pool`, then written together
    (no format is replaced unless every format rendered and was written in full). Returns each
    format's SHA-256, the briefs' names in the order bound (placement.py gathers cards) and
    the pictures the pack's own pages show (Matter.pictures).

    The DOCX takes each brief's body from the brief's own DOCX file, written from the same
    fitted document (render/docx_splice.py), in this process while the pool lays out the PDF.
    The PDF likewise binds each brief from its own PDF (render/pdf_join.py: numbered as the
    pack's pages, tagged, bookmarked), a card's page drawn below the brief whose page it
    shares (Stacked), a brief whose "see also" gives a page from its own PDF with the page
    drawn in (GivingPages), and the appendix from the layout that counted its pages
    (front_and_back). Only the cover and the contents (and a brief whose page given would
    make its paragraph wrap otherwise, or of more than one page) are laid out for the pack, a
    long run in parts side by side on the pool; then all are joined. How a run is split
    depends on its documents alone, never on the workers, so the bytes do not either.
    `inputs`: the digest of the project's input files, under which the pack's own documents
    are kept (kept_matter).
    """
    from .render.docx import Rendered
    placed = arranged(project, items, ahead.fitted if ahead else {})
    matter = ahead.matter if ahead and ahead.matter else None
    if matter is None or matter.made_for != _made_for(placed):  # not prepared, or a brief failed
        matter = kept_matter(project, store, config, placed, inputs, pool)
    items = [p.item for p in placed]
    briefs = [_grouped(p.document, _word(project, f"outline.{p.item.request.kind}")
                       if p.item.request.kind in _OUTLINE else None) for p in placed]
    reference = reference_document(project, config.template_dirs)
    front = matter.front
    back = [_grouped(document, _word(project, "outline.appendix")) for document in matter.back]
    documents = [*front, *briefs, *back]
    pages = [*matter.pages[:len(front)],
             *(_brief_pages(p.item) if p.starts_page else 0 for p in placed),
             *matter.pages[len(front):]]
    targets = _targets(documents, pages)
    spliced = [*front, *(Rendered(brief, item.files["docx"], item.sha256.get("docx"))
                         if _spliceable(item, config) and not linked_documents(brief) & targets.keys()
                         else brief for brief, item in zip(briefs, items)), *back]
    own = {**_own_pages(placed, briefs, len(front), targets),
           **_own_back(matter, back, len(front) + len(briefs), targets)} if "pdf" in files else {}
    parts = _pdf_segments(documents, pages, own) if "pdf" in files else []
    name = next(iter(files.values())).stem
    key = _binding_key(project, files, [*front, *back], placed, briefs, spliced[len(front):],
                       own, parts, pages, targets, reference)
    with together(files.values()) as temps:  # written in full, or none replaced
        written = {fmt: temps[path] for fmt, path in files.items()}
        if not kept_files(project, "bound", name, key, written):
            _bound(project, documents, pages, written, spliced, own, parts, targets, reference,
                   pool)
            keep_files(project, "bound", name, key, written)
        sha256 = {fmt: file_sha256(path) for fmt, path in written.items()}
    return sha256, [item.name for item in items], matter.pictures


def _bound(project: Project, documents: list, pages: list[int], files: dict, spliced: list,
           own: dict, parts: list, targets: dict, reference: Path | None, pool) -> None:
    """Write the bound pack's `files` (format -> path), each straight to its file: the PDF's
    parts laid out on `pool` (if any) and joined there as soon as they are, while this process
    writes the DOCX (the longer of the two: joining no longer waits for it). Joining holds the
    whole PDF in qpdf (about 0.15 MB a page), and a process does not give that memory back once
    it is freed: joined here, it came on top of all this process holds for the pack (its
    documents, the DOCX's pictures), 525 MB at 1,001 briefs; joined in a pool worker, on top
    of what the worker held when it was forked from this process and what it laid out. So the
    pool's workers lay the parts out and a process started for joining alone joins them
    (_joiner), started as soon as the parts are handed to the workers, so that its start
    overlaps their laying out. Should the DOCX fail, this waits for the join to end: once
    this returns or raises, no process writes into `files`."""
    from .render.pdf_join import join_pdfs
    if parts and pool:
        laying = _laying(parts, pool.submit, project, targets)
        with _joiner() as joiner:
            numbers = _page_numbers(project, documents, pages, own)
            joined = _in_background(lambda: joiner.submit(join_pdfs, [
                _laid_part(part, laying.get(index)) for index, part in enumerate(parts)],
                files["pdf"], targets, numbers).result())
            try:
                if "docx" in files:  # here, while the workers lay the PDF out and join it
                    _docx_pack(spliced, project, reference, targets, files["docx"])
            except Exception:
                wait([joined])  # the joining process writes into the PDF's file no more
                raise
            joined.result()
        return
    if "docx" in files:
        _docx_pack(spliced, project, reference, targets, files["docx"])
    if parts:
        numbers = _page_numbers(project, documents, pages, own)
        laying = _laying(parts, _now, project, targets)
        join_pdfs([_laid_part(part, laying.get(index)) for index, part in enumerate(parts)],
                  files["pdf"], targets, numbers)


def _page_numbers(project: Project, documents: list, pages: list[int], own: dict) -> bytes | None:
    """The page-number stamps of the pages bound from own PDFs (render/pdf.py), if any."""
    from .render.pdf import page_number_stamps
    return page_number_stamps(_own_numbers(documents, pages, own), project.theme,
                              project.page) if own else None


@contextmanager
def _joiner():
    """A process started for joining the pack's PDF (render/pdf_join.py join_pdfs): spawned, it
    holds Python, pikepdf and the parts, not a copy of this process's memory, and ends with
    this one. It is started, and imports what joining needs, while the workers lay out the
    PDF's first part, so that joining starts as soon as that part is laid out (at a thousand
    briefs its start took some 0.7 s, with a core idle, after the parts were laid out)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from .safety.workers import die_with_parent
    joiner = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                 initializer=die_with_parent)
    try:
        joiner.submit(_ready_to_join)
        yield joiner
    except BaseException:  # an error or Ctrl-C: nothing queued is started (as the pool's)
        joiner.shutdown(wait=False, cancel_futures=True)
        raise
    joiner.shutdown()


def _ready_to_join() -> None:
    """In the joining process, before the parts come: the imports joining needs."""
    import pikepdf  # noqa: F401

    from .render import pdf_join  # noqa: F401


def _laying(parts: list, submit, project: Project, targets: dict) -> dict:
    """Part index -> the future layout of each part laid out for the pack (submitted with
    `submit`): a run of documents (bytes), or the briefs of a Stacked page whose links give
    pages (member index -> (bytes, points used): GivingPages)."""
    from .render.pdf_join import OwnPages, Stacked
    laying = {}
    for index, part in enumerate(parts):
        if isinstance(part, tuple):
            laying[index] = submit(_pdf_part, *part, project, targets)
        elif isinstance(part, Stacked):
            alone = {number: submit(_giving_pages, member, project, targets)
                     for number, member in enumerate(part.members)
                     if not isinstance(member, OwnPages)}
            if alone:
                laying[index] = alone
    return laying


def _laid_part(part, laying):
    """The part as join_pdfs takes it, once what is laid out for it is (`laying`, _laying)."""
    from .render.pdf_join import Stacked
    if laying is None:
        return part
    if isinstance(part, tuple):
        return laying.result()
    members, used = list(part.members), list(part.used)
    for number, future in laying.items():
        members[number], used[number] = future.result()
    return Stacked(tuple(members), tuple(used), part.gap)


def _now(function, *args) -> Future:
    """`function(*args)`, done at once, as a future (a pool's submit without a pool)."""
    done: Future = Future()
    done.set_result(function(*args))
    return done


def _in_background(work) -> Future:
    """`work()` on a thread of its own, which hands the PDF's parts from the workers that laid
    them out to the one that joins them while this process writes the DOCX. A daemon: a build
    interrupted meanwhile stops its pool (cancelling what is queued) without waiting for it."""
    done: Future = Future()

    def run() -> None:
        try:
            done.set_result(work())
        except BaseException as exc:  # noqa: BLE001 - handed to whoever waits for the result
            done.set_exception(exc)
    threading.Thread(target=run, name="briefgen-join", daemon=True).start()
    return done


def _binding_key(project: Project, files: dict, matter: list, placed: list[Placed],
                 briefs: list, spliced: list, own: dict, parts: list, pages: list[int],
                 targets: dict, reference: Path | None) -> str:
    """A digest of everything the bound pack's bytes depend on (kept_pack.py): its own pages
    by content; each brief by its input hash (its fitted document is made from what that hash
    covers), the hashes of its own files (bound from them), and how it is bound (a card or
    not, its bookmark group, spliced from its DOCX or written anew); how the PDF is split
    into parts; the pages, link targets, theme, page, reference document and formats."""
    from .build import content, file_digest, theme_key
    from .render.docx import Rendered
    briefs_bound = [(p.item.input_hash, sorted(p.item.sha256.items()), brief.meta.outline,
                     brief.meta.continues, isinstance(as_spliced, Rendered))
                    for p, brief, as_spliced in zip(placed, briefs, spliced)]
    layout = [("own", index) if not isinstance(part, tuple) else (len(part[0]), repr(part[1]))
              for index, part in enumerate(parts)]
    return digest(["bound", sorted(files), [content(document) for document in matter],
                   briefs_bound, [_how_bound(index, own[index]) for index in sorted(own)],
                   layout, pages,
                   sorted((anchor, t.title, t.page) for anchor, t in targets.items()),
                   theme_key(project.theme), repr(project.page), file_digest(reference)])


def _how_bound(index: int, part) -> list:
    """A part bound from own PDFs, for the binding's key: where it is, and for a Stacked page
    which of its briefs give pages (GivingPages) and how far down each is drawn."""
    members = getattr(part, "members", None)
    if members is None:
        return [index]
    return [index, [isinstance(member, GivingPages) for member in members], list(part.used)]


def _targets(documents: list, pages: list[int]) -> dict:
    """Anchor -> the title and first page of each document of the pack that links may lead to."""
    from .render.common import Target
    targets, page = {}, 1
    for document, length in zip(documents, pages):
        if document.meta.anchor:  # a card (no pages of its own) is on the page before
            targets[document.meta.anchor] = Target(document.meta.title, page if length else page - 1)
        page += length
    return targets


def _grouped(document, outline: str | None):
    """The document under a bookmark group of the pack (City, Partners, Sectors, Appendix), or
    at the top of the outline."""
    return replace(document, meta=replace(document.meta, outline=outline))


def _as_contents(document):
    """The contents document, its tables marked as the pack's table of contents."""
    return replace(document, blocks=tuple(replace(block, contents=True) if isinstance(block, Table)
                                          else block for block in document.blocks))


def _own_pages(placed: list[Placed], briefs: list, before: int, targets: dict) -> dict:
    """Document index in the pack -> how the page that brief starts is bound from the briefs'
    own PDFs, for each page that can be (_bound_page): OwnPages, a brief with a page to itself;
    Stacked, a brief and the cards below it, each card's own page folded into the page above
    (render/pdf_join.py)."""
    own = {}
    for start, end in _shared_pages(placed):
        bound = _bound_page(placed[start:end], briefs[start:end], targets)
        if bound is not None:
            own[before + start] = bound
    return own


def _shared_pages(placed: list[Placed]) -> list[tuple[int, int]]:
    """(first, end) indices of the briefs of each page a brief starts: it, and the cards that
    continue its page."""
    starts = [index for index, p in enumerate(placed) if p.starts_page or not index]
    return list(zip(starts, [*starts[1:], len(placed)]))


def _bound_page(placed: list[Placed], briefs: list, targets: dict):
    """How the page of `placed` (a brief and the cards below it) is bound from their own PDFs,
    or None: laid out for the pack. Each brief is bound from its own PDF, if that is the one
    its build wrote (by hash); a one-page brief whose "see also" links lead into the pack (its
    own PDF keeps their text, the pack gives their pages) too, with those pages drawn in
    (GivingPages), even on a page to itself (a Stacked page of one). A page shared by briefs
    whose running head or foot differ is laid out."""
    from .render.common import CARD_GAP_PT
    from .render.pdf_join import OwnPages, Stacked
    linked = [bool(linked_documents(brief) & targets.keys()) for brief in briefs]
    if any(brief.meta.cover for brief in briefs) or not all(_intact(p.item) for p in placed):
        return None
    own = [OwnPages(p.item.files["pdf"], p.item.sha256["pdf"], brief.meta.outline)
           for p, brief in zip(placed, briefs)]
    members = tuple(GivingPages(brief, pdf) if alone else pdf
                    for brief, pdf, alone in zip(briefs, own, linked))
    if len(members) == 1:
        if not linked[0]:
            return members[0]
        return Stacked(members, (0.0,), CARD_GAP_PT) if _brief_pages(placed[0].item) == 1 else None
    used = tuple(brief.layout.used_pt for brief in briefs)
    if None in used or len({_furniture(brief) for brief in briefs}) > 1:
        return None
    return Stacked(members, used, CARD_GAP_PT)


@dataclass(frozen=True)
class GivingPages:
    """A brief whose links give pages of the pack, bound from its own PDF (`own`) with those
    pages drawn in (render/pdf_page_refs.py), or laid out alone for the pack where they cannot
    be (the page given would make a paragraph wrap otherwise)."""

    document: object  # the fitted Document, as bound
    own: object  # OwnPages: its own PDF


def _furniture(brief) -> tuple:
    """What a brief's page shows around it: its running head and foot, its page number's
    language."""
    from .render.common import footer_text
    return brief.meta.header, footer_text(brief.meta), brief.meta.language


def _own_back(matter: Matter, back: list, before: int, targets: dict) -> dict:
    """Document index in the pack -> the back matter's PDF as laid out when its pages were
    counted (OwnPages), for each back document whose links lead to no other document of the
    pack: bound as it is, not laid out a second time."""
    from .render.pdf_join import OwnPages
    return {before + index: OwnPages(None, "", document.meta.outline, data)
            for index, (document, data) in enumerate(zip(back, matter.back_pdf))
            if data and not (linked_documents(document) - {document.meta.anchor}) & targets.keys()}


def _intact(item) -> bool:
    """The brief's PDF is as its build wrote it (joining reads it again, and checks again)."""
    path, sha256 = item.files.get("pdf"), item.sha256.get("pdf")
    try:
        return bool(path and sha256) and hashlib.sha256(path.read_bytes()).hexdigest() == sha256
    except OSError:
        return False


def _own_numbers(documents: list, pages: list[int], own: dict) -> list[tuple[int, int, str]]:
    """(number, total, language) of each page of the briefs bound as they are, in order."""
    numbers, first, total = [], 1, sum(pages)
    for index, (document, length) in enumerate(zip(documents, pages)):
        if index in own:
            numbers += [(first + n, total, document.meta.language) for n in range(length)]
        first += length
    return numbers


def _pdf_segments(documents: list, pages: list[int], own: dict) -> list:
    """The pack PDF's parts in order: each brief (or page of briefs) bound from its own PDF
    (OwnPages, Stacked), and each run of documents between laid out in (documents, PartOf)
    parts (_pdf_parts)."""
    segments, start, first_page, total = [], 0, 1, sum(pages)
    for index in [*sorted(own), len(documents)]:
        if index > start:
            segments += _pdf_parts(documents[start:index], pages[start:index],
                                   first_page=first_page, first_document=start + 1, total=total)
            first_page += sum(pages[start:index])
        if index < len(documents):
            segments.append(own[index])
            first_page += pages[index]
        start = index + len(getattr(own.get(index), "members", (None,)))
    return segments


def _pdf_parts(documents: list, pages: list[int], *, first_page: int = 1,
               first_document: int = 1, total: int | None = None):
    """(documents, PartOf) for each part of a run of the pack PDF's documents (the whole, by
    default, of `total` pages, the run starting at `first_page` and `first_document`): about
    equal in pages, some PART_DOCUMENTS documents each; one part for a short run.

    The parts are a function of the documents alone. Each part numbers its structure's
    ParentTree keys and subsets its fonts by itself, so a run split otherwise (in one part per
    worker, as it once was) is joined into other bytes: -j 1 and -j 2 made different PDFs.
    Many small parts keep the workers about equally busy whatever their number."""
    count = -(-len(documents) // PART_DOCUMENTS)
    return _split(documents, pages, count, first_page, first_document, total or sum(pages))


def _split(documents: list, pages: list[int], count: int, first_page: int, first_document: int,
           total: int):
    """About `count` parts of about equal pages, each of at most PART_MOST documents."""
    from .render.pdf import PartOf
    share = sum(pages) / count
    parts, start, taken = [], 0, 0
    for index, length in enumerate(pages):
        taken += length
        if index + 1 < len(pages) and pages[index + 1] == 0:
            continue  # a part starts a page: never before a card that continues one (0 pages)
        if (taken >= share * (len(parts) + 1) or index + 1 - start >= PART_MOST
                or index == len(documents) - 1):
            parts.append((documents[start:index + 1],
                          PartOf(first_page, total, first_document + start)))
            first_page += sum(pages[start:index + 1])
            start = index + 1
    return parts


def _giving_pages(member: GivingPages, project: Project, targets: dict):
    """The brief's own PDF (OwnPages) with the paragraphs whose links give pages as the pack
    draws them, to be drawn in when it is bound, and the points of the frame it takes; or,
    where that cannot be, the brief laid out alone for the pack (_pdf_alone)."""
    from .render.pdf import page_references
    from .render.pdf_join import OwnPages
    drawn = page_references(member.document, project.theme, project.page, targets,
                            chart_cache=project.chart_cache)
    if drawn is None:
        data, used = _pdf_alone(member.document, project, targets)
        return OwnPages(None, "", member.own.outline, data), used
    return replace(member.own, page_references=drawn), member.document.layout.used_pt or 0.0


def _pdf_alone(document, project: Project, targets: dict) -> tuple[bytes, float]:
    """A brief laid out alone for the pack (its links giving their pages), to be stacked with
    the briefs it shares a page with: its PDF, and the points of the frame it takes. Its
    bookmark is at the top of its PDF's outline, as in a brief's own PDF: joining files it
    under its group."""
    from .render.pdf import frame_box, pdf_bytes
    alone = replace(document, meta=replace(document.meta, outline=None))
    laid = pdf_bytes(alone, project.theme, project.page, chart_cache=project.chart_cache,
                     targets=targets)
    return laid.data, (1.0 - laid.space_left.get(laid.pages, 0.0)) * frame_box(project.page)[3]


def _pdf_part(documents, part, project: Project, targets: dict) -> bytes:
    from .render.pdf import pdf_bytes
    return pdf_bytes(documents, project.theme, project.page, part=part,
                     chart_cache=project.chart_cache, targets=targets).data


def _docx_pack(documents, project: Project, reference: Path | None, targets: dict,
               path: Path) -> None:
    from .render.docx import write_docx
    with open(path, "wb") as out:
        write_docx(documents, out, project.theme, project.page, reference=reference,
                   chart_cache=project.chart_cache, targets=targets)


def _spliceable(item, config) -> bool:
    """The brief's own DOCX was written with the pack's reference document (and its hash is
    known: a file changed since, by hand say, is not bound; the brief is written anew)."""
    return ("docx" in item.files and "docx" in item.sha256
            and tuple(item.request.template_dirs) == tuple(config.template_dirs))
