"""Build one brief: project → store → compose → fit → render → write. Reads top to bottom."""

from __future__ import annotations


import functools
import hashlib
import json
import weakref
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .config import Project
from .errors import BriefgenError, BriefgenWarning
from .language import SOURCE
from .outputs import brief_name, file_sha256, inside, safe_name, write_all
from .safety.cache_files import read_object, write_object

if TYPE_CHECKING:  # the store is imported where it is loaded: a one-off starts its chart
    from .facts.store import FactStore  # helper (cli.py) before importing it

FORMATS = ("docx", "pdf")


@dataclass(frozen=True)
class BriefRequest:
    """What to build: a kind of brief for a subject, optionally for an event."""

    kind: str  # overview | partner | sector | event | template
    slug: str
    template: str | None = None  # explicit template name (render command, events)
    variables: tuple = ()  # extra template names, as (name, value) pairs
    template_dirs: tuple[Path, ...] = ()  # searched before the project's templates


@dataclass
class BriefResult:
    """What a build produced."""

    name: str
    files: dict[str, Path] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)
    sha256: dict[str, str] = field(default_factory=dict)  # of each file written
    facts: tuple[str, ...] = ()
    input_hash: str = ""
    cached: bool = False


def parse_formats(text: str) -> tuple[str, ...]:
    formats = tuple(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise BriefgenError(f"unknown format {', '.join(unknown) or repr(text)}",
                            hint="use --format docx,pdf, docx or pdf")
    return formats


def template_for(project: Project, request: BriefRequest) -> str:
    """`partner/<slug>.md.j2` when the project has one for this subject, else `partner.md.j2`."""
    if request.template:
        return request.template
    specific = f"{request.kind}/{request.slug}.md.j2"
    dirs = (*request.template_dirs, project.path("templates"))
    return specific if any(_is_file(d / specific) for d in dirs) else f"{request.kind}.md.j2"


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a name the file system refuses (too long, say) names no template
        return False


class RecordingStore:
    """The store as templates see it on the production date (`timeline`), noting every fact
    handed out (a brief's dependencies)."""

    def __init__(self, store: FactStore, timeline=None):
        self._store = store
        self.used: dict[str, None] = {}
        self.timeline = timeline
        self.entities, self.seeds, self.metrics = store.entities, store.seeds, store.metrics
        self.city, self.facts, self.overruled = store.city, store.facts, store.overruled
        self.subjects, self.preferred = store.subjects, store.preferred
        self.superseded, self.accepted = store.superseded, store.accepted

    @property
    def notes(self) -> dict:
        return self._store.notes

    def get(self, fact_id: str):
        fact = self._store.get(fact_id)
        self.used[fact.id] = None
        return fact

    def find(self, subject=None, metric=None, tag=None):
        return self._record(self._store.find(subject=subject, metric=metric, tag=tag))

    def equivalents(self, fact_id: str):
        return self._record(self._store.equivalents(fact_id))

    def _record(self, found):
        self.used.update(dict.fromkeys(f.id for f in found))
        return found


def compose(project: Project, store: FactStore, request: BriefRequest):
    """The Document for a request (not yet fitted), and the ids of the facts it consulted."""
    from .catalog import find_buildable
    from .compose.briefing import template_helpers
    from .compose.build import build_document
    from .language import using
    from .language.editions import in_language, project_edition, refuse_untranslated
    if request.kind in ("partner", "sector", "overview"):
        find_buildable(project, store, request.kind, request.slug)
    subject = store.city.slug if request.kind == "overview" else request.slug
    edition = project_edition(project)
    shown = in_language(project, store, edition)
    recording = RecordingStore(shown.store, production_timeline(project))
    variables = {**template_helpers(recording), "project": shown.project, "city": shown.store.city,
                 **dict(request.variables)}
    template_dirs = (*request.template_dirs, *shown.template_dirs, project.path("templates"))
    with using(edition):
        document = build_document(
            template_for(project, request), recording, subject=subject, produced=project.built_on(),
            engine=_engine(template_dirs, project.root), variables=variables, root=project.root,
            meta={"author": shown.project.organisation, "language": shown.tag},
        )
    if edition is not None:
        engine = _engine(template_dirs, project.root)
        refuse_untranslated(document, edition, project.path("templates"), engine.env.marked_files)
    anchored = replace(document.meta, anchor=output_name(request, project.language))
    return replace(document, meta=anchored), tuple(sorted(recording.used))


def production_timeline(project: Project):
    """The production date and freshness policy every brief of the project is composed for."""
    from .facts.age import Timeline
    return Timeline(project.built_on(), project.freshness)


@functools.lru_cache(maxsize=8)
def _engine(template_dirs: tuple[Path, ...], root: Path):
    """One template engine per set of folders, so each template compiles once per process
    (Jinja2 still notices an edited template by its modification time)."""
    from .compose.build import make_engine
    return make_engine(template_dirs, root)


def document_hash(document, project: Project, formats: tuple[str, ...], template_dirs=()) -> str:
    """Content hash of everything rendering depends on: the document, theme, page, the code
    (briefgen's and its renderers' versions), and for Word files the reference document's bytes
    (restyling it renders them again). Keys the fitted-document cache and the pack's reuse."""
    from .code_version import code_version
    from .document import to_dict
    reference = reference_digest(project, template_dirs, formats)
    kept, data = _HASHES.get(id(document)), None
    if kept is None or kept[0]() is not document:
        data = to_dict(document)
        kept = _keep(document, images_named(data))
    _, images, hashes = kept
    digests = [file_digest(Path(image)) for image in images]
    others = [theme_key(project.theme), repr(project.page), formats, reference, __version__,
              code_version()]
    key = repr([digests, others])
    if key not in hashes:  # the payload as content() makes it
        payload = json.dumps([[data or to_dict(document), digests], *others], sort_keys=True,
                             default=str, ensure_ascii=False)
        hashes[key] = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]
    return hashes[key]


# id(document) -> (a weak reference to it, the image files it names, its hashes by the other
# inputs): a pack hashes a brief when it is composed, fitted, rendered and bound, and making a
# document plain data for each was 3% of a cold pack. Documents are immutable (frozen
# dataclasses throughout): a hash changes only with the other inputs or an image's bytes.
_HASHES: dict[int, tuple] = {}


def _keep(document, images: list[str]) -> tuple:
    kept = (None, images, {})
    try:
        kept = (weakref.ref(document, lambda _, key=id(document): _HASHES.pop(key, None)),
                images, {})
    except TypeError:  # cannot be referred to weakly: hashed anew each time
        return kept
    _HASHES[id(document)] = kept
    return kept


def content(document) -> list:
    """A document as a hash input: its nodes as plain data, and the bytes (by digest) of the
    image files its figures name, which the renderers read."""
    from .document import to_dict
    data = to_dict(document)
    return [data, [file_digest(Path(image)) for image in images_named(data)]]


def images_named(node) -> list[str]:
    """The image files the figures of `node` (a document as plain data, to_dict) name."""
    if isinstance(node, dict):
        own = [node["image"]] if node.get("type") == "Figure" and node.get("image") else []
        return own + [image for value in node.values() for image in images_named(value)]
    if isinstance(node, list):
        return [image for value in node for image in images_named(value)]
    return []


def theme_key(theme) -> str:
    """The theme as a hash input: its logo by content, not by path (a copy of the project in
    another folder hashes alike)."""
    import dataclasses
    logo = file_digest(Path(theme.logo)) if theme.logo and Path(theme.logo).is_file() else None
    return repr(dataclasses.replace(theme, logo=logo))


def reference_digest(project: Project, template_dirs, formats) -> str | None:
    """The Word reference document's digest, when Word files are made (None otherwise)."""
    return file_digest(_find_reference(project, template_dirs)) if "docx" in formats else None


def file_digest(path: Path | None) -> str | None:
    if path is None or not path.is_file():
        return None
    stat = path.stat()
    return _digest_of_file(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _digest_of_file(path: str, mtime_ns: int, size: int) -> str:  # read once while unchanged
    return file_sha256(Path(path))


def output_name(request: BriefRequest, language: str = SOURCE) -> str:
    """`partner-japan`, `overview`; a rendered template is named after it: `sector-ecommerce`
    for `render sector.md.j2 --subject ecommerce`, `cover-qingdao` for `pack/cover.md.j2`.
    Another language's edition adds its code: `partner-japan-zh`; an event's name only when it
    does not end with it already (the event `sco-trade-fair-zh` gives `event-sco-trade-fair-zh`:
    each event writes into a folder of its own, so no other brief can take that name)."""
    name, suffix = _base_name(request), f"-{safe_name(language)}"
    if language == SOURCE or (request.kind == "event" and name.endswith(suffix)):
        return name
    return name + suffix


def _base_name(request: BriefRequest) -> str:
    if request.kind == "template" and request.template:
        return safe_name(f"{Path(request.template).name.split('.')[0]}-{request.slug}")
    return brief_name(request.kind, request.slug)


def build_brief(project: Project, store: FactStore, request: BriefRequest,
                formats: tuple[str, ...], out_dir: Path, max_pages: int = 1) -> BriefResult:
    """Compose, fit to one page and render a brief in each format; written atomically."""
    document, used = compose(project, store, request)
    name = output_name(request, project.language)
    result = BriefResult(name, facts=used)
    result.input_hash = document_hash(document, project, formats, request.template_dirs)
    targets = {fmt: inside(out_dir, f"{name}.{fmt}") for fmt in formats}
    targets[QUOTES] = inside(out_dir, f"{name}-sources.pdf")
    kept = kept_path(project, name)
    key = (result.input_hash, max_pages)  # the input hash covers the code (code_version.py)
    data, pages = _kept_rendering(kept, key)
    if data is None:
        data, pages = rendered(document, formats, project, max_pages, request.template_dirs)
        if "pdf" in formats:
            _with_quotes(data, pages, fit_brief(document, project, max_pages), project)
        write_object(kept, "brief-files", (key, data, pages))
    elif "docx" in formats:
        reference_document(project, request.template_dirs)  # its warning, as rendering gives it
    result.files = {fmt: path for fmt, path in targets.items() if fmt in data}
    result.pages, result.sha256 = pages, write_rendered(data, result.files)
    return result


QUOTES = "sources"  # a brief alone's companion PDF: its quotes by citation number


def _with_quotes(data: dict, pages: dict, fitted, project: Project) -> None:
    """Add the companion PDF of a brief built alone (render/quotes.py), if it cites anything."""
    from .render.pdf import pdf_bytes
    from .render.quotes import quotes_document
    quotes = quotes_document(fitted)
    if quotes is not None:
        laid = pdf_bytes(quotes, project.theme, project.page, chart_cache=project.chart_cache)
        data[QUOTES], pages[QUOTES] = laid.data, laid.pages


def kept_path(project: Project, name: str) -> Path:
    """Where a one-off build keeps the files it last made for the brief `name`."""
    return project.path("cache") / "briefs" / f"{name}.pickle"


def _kept_rendering(path: Path, key) -> tuple[dict | None, dict | None]:
    """The files a brief's last build kept in .cache/briefs/ (one entry a brief), if that build
    had the same inputs, page limit and code: a warm one-off then imports no renderer."""
    kept = read_object(path, "brief-files")
    if isinstance(kept, tuple) and len(kept) == 3 and kept[0] == key:
        return kept[1], kept[2]
    return None, None


def fit_brief(document, project: Project, max_pages: int = 1):
    """The document as it will be rendered: fitted to `max_pages` by measuring the PDF layout.

    Fitting lays the brief out several times, so the fitted document is cached by content
    hash: the pack's binder and a repeated build reuse the fit instead of measuring again.
    """
    return _fitted(document, project, max_pages)[0]


def _fitted(document, project: Project, max_pages: int):
    """(fitted document, its PDF layout or None when the fit came from the cache)."""
    from .render.fit import fit_laid
    cache = _fitted_path(document, project, max_pages)
    cached = read_object(cache, "fitted")
    if cached is not None:
        return cached, None
    fitted, laid = fit_laid(document, project.theme, project.page, max_pages=max_pages,
                            chart_cache=project.chart_cache)
    write_object(cache, "fitted", fitted)
    return fitted, laid


def _fitted_path(document, project: Project, max_pages: int) -> Path:
    return project.path("cache") / "fitted" / f"{document_hash(document, project, (max_pages,))}.pickle"


def fit_ahead(document, project: Project, max_pages: int = 1) -> None:
    """Fit a brief ahead of rendering it (a pack's last briefs, pack.py): the fit kept as
    fit_brief keeps it, and the PDF layout fitting made kept beside it until rendering takes it,
    instead of laying the brief out again."""
    _, laid = _fitted(document, project, max_pages)
    if laid is not None:
        write_object(_laid_path(document, project, max_pages), "laid", laid)


def _taken_layout(document, project: Project, max_pages: int):
    """The PDF layout fit_ahead kept for the brief, removed as it is taken; None if none is."""
    path = _laid_path(document, project, max_pages)
    laid = read_object(path, "laid")
    if laid is not None:
        path.unlink(missing_ok=True)
    return laid


def _laid_path(document, project: Project, max_pages: int) -> Path:
    fitted = _fitted_path(document, project, max_pages)
    return fitted.parent.parent / "laid" / fitted.name


def reference_document(project: Project, template_dirs=()) -> Path | None:
    """The Word reference document (styles a person may restyle in Word): the first found.
    Without one, DOCX files use the built-in styles, with a warning."""
    found = _find_reference(project, template_dirs)
    if found is None:
        _warn_no_reference(str(project.path("templates") / "reference.docx"))
    return found


def _find_reference(project: Project, template_dirs=()) -> Path | None:
    """A reference.docx is a file of the project: one that is a link out of it is refused (a
    Word file starts from the whole reference document, not its styles alone, so a shared
    project's link to a document of yours would carry its parts into the briefs)."""
    from .errors import RenderError
    from .safety.paths import is_within
    for folder in (*template_dirs, project.path("templates")):
        path = folder / "reference.docx"
        # (a link anywhere on its way: the file's own, or its folder's)
        if (path.is_symlink() or path.exists()) and not is_within(project.root, path):
            raise RenderError("this file leads outside the project (a link)", path=path,
                              hint="put the reference document itself there, not a link to it")
        if path.is_file():
            return path
    return None


@functools.lru_cache(maxsize=4)
def _warn_no_reference(path: str) -> None:  # once per process
    import warnings
    warnings.warn(f"{path} not found: Word files use the built-in styles (make one to restyle "
                  "in Word with `python -m briefgen.render.reference templates/reference.docx`)",
                  BriefgenWarning, stacklevel=3)


def render_brief(document, targets: dict[str, Path], project: Project, max_pages: int = 1,
                 template_dirs=(), durable: bool = True) -> tuple[dict[str, int], dict[str, str]]:
    """Fit once, render the fitted document in every format, then write the files; returns
    the pages and the SHA-256 of each file written (`durable=False`: into a pack's stage, which
    syncs them, see write_rendered).

    Every format is rendered in memory before any file is written, so a failure in one format
    leaves no new file of the other behind.
    """
    data, pages = rendered(document, tuple(targets), project, max_pages, template_dirs)
    return pages, write_rendered(data, targets, durable)


def rendered(document, formats: tuple[str, ...], project: Project, max_pages: int = 1,
             template_dirs=()) -> tuple[dict[str, bytes], dict[str, int]]:
    """The brief fitted (once: cached) and rendered in each format: (bytes, pages) by format."""
    fitted, laid = _fitted(document, project, max_pages)
    laid = laid or _taken_layout(document, project, max_pages)  # fitted ahead, laid out then
    reference = reference_document(project, template_dirs) if "docx" in formats else None
    return render_fitted(fitted, formats, project.theme, project.page,
                         chart_cache=project.chart_cache, reference=reference,
                         max_pages=max_pages, laid=laid)


def render_fitted(fitted, formats: tuple[str, ...], theme, page, *, chart_cache: Path,
                  reference: Path | None, max_pages: int = 1,
                  laid=None) -> tuple[dict[str, bytes], dict[str, int]]:
    """A fitted brief's bytes and pages in each format: a pure function of its arguments (and
    briefgen's code), which is why any worker of a cluster can run it. `laid`: its PDF layout
    when fitting made one already."""
    from .render.pdf import pdf_bytes
    data, pages = {}, {}
    if "pdf" in formats:
        laid = laid or pdf_bytes(fitted, theme, page, chart_cache=chart_cache)
        data["pdf"], pages["pdf"] = laid.data, laid.pages
    if "docx" in formats:
        data["docx"] = _docx_bytes(fitted, theme, page, chart_cache=chart_cache, reference=reference)
        pages["docx"] = pages.get("pdf", max_pages)  # same fitted layout, same fonts and sizes
    return data, pages


def _docx_bytes(fitted, theme, page, *, chart_cache: Path, reference: Path | None) -> bytes:
    """The Word file's bytes: rendered by a cold one-off's helper process (charts/apart.py),
    which then spares this process importing python-docx, else here."""
    from .charts.apart import wrote_docx
    data = wrote_docx(fitted, theme, page, chart_cache=chart_cache, reference=reference)
    if data is not None:
        return data
    from .render.docx import docx_bytes
    return docx_bytes(fitted, theme, page, chart_cache=chart_cache, reference=reference)


def write_rendered(data: dict[str, bytes], targets: dict[str, Path],
                   durable: bool = True) -> dict[str, str]:
    """Write every format's bytes together; the SHA-256 of each. `durable=False` for files
    written into a pack's stage (outputs.Stage), which syncs all its files at once before it
    moves them into place."""
    write_all({targets[fmt]: content for fmt, content in data.items()}, durable)
    return {fmt: hashlib.sha256(content).hexdigest() for fmt, content in data.items()}


def keep_fitted(document, project: Project, fitted, max_pages: int = 1) -> None:
    """Remember a fit made elsewhere (on a cluster's worker), so binding does not fit again."""
    write_object(_fitted_path(document, project, max_pages), "fitted", fitted)
