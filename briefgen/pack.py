"""The investor pack: every brief built in parallel, incrementally, then bound into one document.

Incremental by content: each brief is composed (cheap) and hashed with everything rendering
depends on; a brief whose hash and files match the previous manifest is not rendered again, and
the bound pack is rebuilt only when a brief or the pack's own inputs changed.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import multiprocessing
import os
import time
import warnings
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from . import kept_briefs, kept_pack
from .build import (BriefRequest, compose, document_hash, reference_digest, output_name,
                    reference_document, theme_key, write_rendered)
from .catalog import buildables
from .config import Project
from .conforms import conforms
from .errors import BriefgenError, BriefgenWarning, ConfigError
from .executors import InProcess, LocalPool
from .facts.store import FactStore
from .outputs import STAGE_PREFIX, TEMP_SUFFIX, Stage, file_sha256, inside, own_folder, write_text
from .safety.files import read_regular
from .safety.workers import die_with_parent

MANIFEST = "manifest.json"
MANIFEST_LIMIT = 64 << 20  # bytes: a manifest of 10,000 briefs is a few megabytes
COMPOSE_PROGRESS = 100  # briefs: fewer compose in well under a second, without a bar


@dataclass(frozen=True)
class PackConfig:
    """pack.yaml: what the pack holds, in which order, and how it presents itself."""

    title: str = "Investor pack"
    subtitle: str | None = None
    audience: str | None = None
    subjects: tuple[tuple[str, str], ...] = ()  # (kind, slug); empty = everything buildable
    file_name: str = "investor-pack"
    template_dirs: tuple[Path, ...] = ()
    variables: tuple = ()  # extra template names, (name, value) pairs: briefs and front pages
    lead: tuple[BriefRequest, ...] = ()  # briefs before the subjects (an event's own brief)
    cover: str = "cover"  # templates/pack/<cover>.md.j2
    language: str | None = None  # the language title, subtitle and audience are written in (None: English)
    origin: tuple[str, int] | None = None  # (pack.yaml, line of `subjects:`) for errors
    lines: tuple[tuple[str, int], ...] = ()  # (key, line) in the pack file, for messages
    source: str = "pack.yaml"  # the pack file as messages name it


@dataclass
class PackItem:
    request: BriefRequest
    name: str
    document: object = None
    facts: tuple[str, ...] = ()
    input_hash: str = ""
    files: dict[str, Path] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)
    sha256: dict[str, str] = field(default_factory=dict)  # of each file as written
    rendered: bool = False
    error: str | None = None


@dataclass
class PackResult:
    items: list[PackItem]
    files: dict[str, Path]
    rebuilt_pack: bool

    @property
    def failed(self) -> list[PackItem]:
        return [i for i in self.items if i.error]


def load_pack_config(path: Path | None, project: Project, language: str | None = None) -> PackConfig:
    """Read pack.yaml (validated; every problem reported with its line). `language` is the one
    the command line asked for, if any (see `pack_language`)."""
    if path is None:
        return PackConfig(title=f"{project.name}", subtitle=project.organisation or None)
    from .validate import validate
    from .yamlio import load, loads
    data = load(path, str(path))
    if data is None:  # an empty file: every key has its default
        data = loads("{}", str(path))
    problems = validate(data, "pack", str(path))
    if problems:
        raise ConfigError(problems=problems)
    subjects = tuple(_subject(entry) for entry in data.get("subjects") or ())
    return PackConfig(title=data.get("title", project.name), subtitle=data.get("subtitle"),
                      audience=data.get("audience"), subjects=subjects,
                      file_name=data.get("file_name", "investor-pack"),
                      origin=(str(path), data.line_of("subjects")) if subjects else None,
                      language=_written_in(data, str(path), language), source=str(path),
                      lines=tuple(getattr(data, "key_lines", {}).items()))


def pack_language(project: Project, config: PackConfig, command_line: str | None) -> Project:
    """The project in the language the pack is built in: the command line's --language, else
    the pack file's `language:`, else briefgen.yaml's."""
    from dataclasses import replace
    chosen = command_line or config.language or project.language
    return project if chosen == project.language else replace(project, language=chosen)


def _written_in(data, path: str, command_line: str | None) -> str | None:
    """The pack file's `language:` (None: English), a language briefgen knows. A pack file
    written in another language than English builds in its own only: its words have no
    translation (English ones have theirs in translations/CODE.po, `pack title` …)."""
    from .language import SOURCE, language
    code = data.get("language")
    if code is None:
        _in_script(data, path, language(SOURCE), "it has no language: key")
        return None
    line = data.line_of("language")
    try:
        written = language(code)
    except ConfigError as exc:
        raise ConfigError(f"language: {exc.problems[0].message}", path=path, line=line,
                          hint=exc.problems[0].hint) from None
    if code != SOURCE and command_line not in (None, code):
        raise ConfigError(f"the pack file is written in {written.name} (language: {code}), so it "
                          f"makes no pack in --language {command_line}", path=path, line=line,
                          hint="an edition in another language is a pack file of its own, with "
                               f"`language: {command_line}` and its words in that language")
    _in_script(data, path, written, f"language: {code}")
    return code


def _in_script(data, path: str, written, said: str) -> None:
    """The title, subtitle and audience are in the file's language: the pack prints them as
    they are (or translates English ones), so one in another script would mix two languages."""
    for key in ("title", "subtitle", "audience"):
        if data.get(key) and written.foreign(str(data[key])):
            raise ConfigError(f"{key} {str(data[key])!r} is not written in {written.name}, the "
                              f"language of the pack file ({said})", path=path,
                              line=data.line_of(key),
                              hint=f"write it in {written.name}, or set `language:` to the one "
                                   "the file is written in; see docs/languages.md")


def _subject(entry: str) -> tuple[str, str]:
    kind, _, slug = entry.partition(":")
    return (kind, slug or kind)


def plan(project: Project, store: FactStore, config: PackConfig) -> list[BriefRequest]:
    """The briefs of the pack, in order; unknown subjects, subjects whose brief would show
    nothing (catalog.py), and subjects listed twice, are errors naming them all."""
    available = {(b.kind, b.slug if b.kind != "overview" else "overview"): b
                 for b in buildables(project, store)}
    wanted = config.subjects or tuple(available)
    missing = [f"{k}:{s}" for k, s in wanted if (k, s) not in available]
    if missing:
        path, line = config.origin or (None, None)
        raise ConfigError(f"pack subjects not buildable: {', '.join(missing)}", path=path, line=line,
                          hint="see `briefgen list` for kinds and slugs (e.g. partner:japan)")
    twice = sorted({k if k == "overview" else f"{k}:{s}" for k, s in wanted if wanted.count((k, s)) > 1})
    if twice:  # the same brief twice in one pack is a slip, not a wish
        path, line = config.origin or (None, None)
        raise ConfigError(f"pack subjects listed twice: {', '.join(twice)}", path=path, line=line,
                          hint="list each subject once")
    return [*config.lead, *(BriefRequest(kind, slug, template_dirs=config.template_dirs,
                                         variables=config.variables) for kind, slug in wanted)]


def previous_manifest(out_dir: Path) -> dict:
    """The last build's manifest; one that is missing, unreadable or not of the shape this
    version writes counts as absent (everything is built again)."""
    data = read_regular(out_dir / MANIFEST, MANIFEST_LIMIT)
    try:
        manifest = json.loads(data.decode("utf-8")) if data is not None else {}
    except (ValueError, RecursionError):  # not JSON, not UTF-8, nested too deep
        return {}
    return manifest if conforms(manifest, "manifest") else {}


def _up_to_date(item: PackItem, previous: dict, formats: tuple[str, ...]) -> bool:
    """The brief's files are those its previous build wrote (by hash) from the same input."""
    entry = previous.get("documents", {}).get(item.name, {})
    return (entry.get("input_hash") == item.input_hash
            and set(entry.get("pages", {})) >= set(formats)
            and _intact(item.files, entry.get("sha256", {})))


def _intact(files: dict[str, Path], sha256: dict[str, str]) -> bool:
    """Every file exists and has the SHA-256 the manifest recorded: a damaged or edited output
    (a truncated PDF, a DOCX changed by hand) is rebuilt even when no input changed."""
    for fmt, path in files.items():
        try:
            if file_sha256(path) != sha256.get(fmt):
                return False
        except OSError:
            return False
    return True


def build_pack(project: Project, store: FactStore | None, config: PackConfig,
               formats: tuple[str, ...], out_dir: Path, *, jobs: int | None = None,
               keep_going: bool = False, progress=None, scheduler: str | None = None,
               scheduler_timeout: float = 10.0) -> PackResult:
    """Compose every brief, render the changed ones in parallel, bind the pack, write the manifest.

    `store` may be None: it is then loaded only if some input changed since the last build.
    `scheduler`: a Dask scheduler's address; the briefs are then rendered on its workers (and
    composed and bound here).
    """
    out_dir = own_folder(out_dir)  # before anything in it is read or removed
    _remove_leftovers(out_dir)
    previous = previous_manifest(out_dir)
    fingerprint = inputs_fingerprint(project, config, formats)
    unchanged = _unchanged(previous, fingerprint, out_dir)
    if (unchanged and _pictures_unchanged(project, config, fingerprint, formats)
            and _pack_pictures_unchanged(project, previous)):
        return unchanged
    # the cluster usable, or an error before all else
    with _cluster(scheduler, scheduler_timeout) as cluster, _collected_seldom():
        return _build_changed(project, store, config, formats, out_dir, previous, fingerprint,
                              jobs=jobs, keep_going=keep_going, progress=progress, cluster=cluster)


def _build_changed(project: Project, store: FactStore | None, config: PackConfig,
                   formats: tuple[str, ...], out_dir: Path, previous: dict, fingerprint: str, *,
                   jobs: int | None, keep_going: bool, progress, cluster) -> PackResult:
    """build_pack when some input changed: compose, render what is stale on the cluster or the
    local workers, bind, and write everything through one stage."""
    if store is None:
        from .facts.store import load_store
        store = load_store(project)
    requests = plan(project, store, config)
    if "docx" in formats:  # a missing or unreadable one is reported here, not by each worker
        reference = reference_document(project, config.template_dirs)
        if reference is not None:
            from .render.docx import opened_reference
            opened_reference(reference)
    name = _pack_name(project, config)
    items = _kept_composed(project, name, fingerprint, requests, formats, out_dir)
    first = [] if items else [_composed(project, store, r, formats, out_dir)
                              for r in requests[:1]]  # warms caches
    jobs = _jobs(jobs, len(requests))
    # the stage is removed after the workers have stopped: none writes into it after that
    with Stage(out_dir) as stage, _workers(jobs, project.chart_cache, store) as pool:
        executor = cluster or (LocalPool(pool) if pool else InProcess())
        if not items:
            items = first + _compose_all(project, store, requests[1:], formats, out_dir, pool,
                                         progress)
            _keep_composed(project, name, fingerprint, items)
        _stop_on_errors(items, keep_going)
        stale = []
        for item in items:
            if _up_to_date(item, previous, formats):
                entry = previous["documents"][item.name]
                item.pages, item.sha256 = entry["pages"], entry.get("sha256", {})
            else:
                stale.append(item)
        pack_files = {fmt: inside(out_dir, f"{name}.{fmt}") for fmt in formats}
        _refuse_taken_names(config, pack_files, items)
        ahead = None  # with workers, this process prepares the binding while they render
        if executor.parallel and _rebuild(project, previous,
                                          _pack_hash(project, config, formats, items), pack_files):
            from .binder import Ahead
            ahead = Ahead(project, store, config, [i for i in items if not i.error], fingerprint,
                          pool)
        finals = {item.name: item.files for item in stale}
        for item in stale:  # rendered into the stage, moved into place with everything else
            item.files = {fmt: stage.path(path) for fmt, path in item.files.items()}
        _render_all(stale, project, executor, progress, ahead)
        _stop_on_errors(items, keep_going)
        good = [i for i in items if not i.error]
        pack_hash = _pack_hash(project, config, formats, good)
        rebuild = _rebuild(project, previous, pack_hash, pack_files)
        pack_sha256, pictures = previous.get("pack_sha256", {}), previous.get("pictures", {})
        if rebuild:
            from .binder import bind_pack
            if progress:
                progress.stage("binding the pack")
            pack_sha256, bound, pictures = bind_pack(
                project, store, config, good, {fmt: stage.path(p) for fmt, p in pack_files.items()},
                pool, ahead=ahead, inputs=fingerprint)
        else:  # as bound last time (cards gathered after their group's full briefs)
            bound = list(previous.get("documents", {}))
        items.sort(key=lambda i: bound.index(i.name) if i.name in bound else len(bound))
        for item in stale:
            item.files = finals[item.name]
        _write_manifest(stage.path(out_dir / MANIFEST), items, pack_hash, pack_files, pack_sha256,
                        project, fingerprint if not any(i.error for i in items) else "", pictures)
        changed = stage.commit(last=MANIFEST, stale=_stale(previous, pack_files, items))
    for path in changed:
        warnings.warn(f"{path}: left in place, although this build does not make it: it changed "
                      "since the build that made it (move it out of the output folder to keep it)",
                      BriefgenWarning, stacklevel=2)
    return PackResult(items, pack_files, rebuild)


def _stale(previous: dict, pack_files: dict[str, Path], items: list[PackItem]) -> dict[str, str]:
    """The files the previous build of this pack made that this one does not (fewer formats, a
    brief no longer in the pack), each with the SHA-256 it was made with: the output folder
    holds what its manifest lists, and nothing else of briefgen's. Another pack built into the
    same folder (another file_name: `--config packs/europe.yaml` after `briefgen pack`) is no
    earlier build of this one: its files are left as they are."""
    if {Path(name).stem for name in previous.get("pack", {}).values()} \
            - {path.stem for path in pack_files.values()}:
        return {}
    recorded = {name: previous.get("pack_sha256", {}).get(fmt)
                for fmt, name in previous.get("pack", {}).items()}
    for entry in previous.get("documents", {}).values():
        recorded.update({name: entry.get("sha256", {}).get(fmt)
                         for fmt, name in entry.get("files", {}).items()})
    made = {MANIFEST, *(p.name for p in pack_files.values()),
            *(p.name for item in items for p in item.files.values())}
    return {name: sha256 for name, sha256 in recorded.items()
            if sha256 and name not in made and _plain(name)}


def _refuse_taken_names(config: PackConfig, pack_files: dict[str, Path],
                        items: list[PackItem]) -> None:
    """The pack's files cannot take the name of a brief's file: the one written last would be
    the only one left, and the manifest would vouch for the other."""
    briefs = {path.name for item in items for path in item.files.values()}
    taken = sorted(path.name for path in pack_files.values() if path.name in briefs)
    if taken:
        line = dict(config.lines).get("file_name")
        raise ConfigError(f"file_name: the pack's {taken[0]} would replace the brief of that name",
                          path=config.source if line else None, line=line,
                          hint="choose a file_name no brief has, e.g. investor-pack")


def _pack_hash(project: Project, config: PackConfig, formats: tuple[str, ...],
               items: list[PackItem]) -> str:
    """What the bound pack depends on: its settings, its reference document (for Word), its
    own pages' templates (cover, contents, appendix), the cover's contact block, how it lays
    briefs out (briefgen.yaml `pack`: which are cards), each brief's input hash and, in another
    language, the translations (the title, the contents' and appendix's words)."""
    return _digest([config.title, config.subtitle, config.audience, formats, config.cover,
                    repr(config.variables).replace(str(project.root), "<project>"),
                    [(i.name, i.input_hash) for i in items if not i.error],
                    reference_digest(project, config.template_dirs, formats),
                    _front_templates(project, config), repr(project.contact), repr(project.pack),
                    _translations(project)])


def _front_templates(project: Project, config: PackConfig) -> str:
    """A digest of every template of the pack's own pages (pack/ in each template folder)."""
    digest = hashlib.sha256()
    for folder in (*config.template_dirs, project.path("templates")):
        for path in _files_under(Path(folder)):
            if "pack" in path.relative_to(folder).parts[:-1]:
                digest.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return digest.hexdigest()


def _rebuild(project: Project, previous: dict, pack_hash: str, pack_files: dict[str, Path]) -> bool:
    return (previous.get("pack_hash") != pack_hash
            or not _intact(pack_files, previous.get("pack_sha256", {}))
            or not _pack_pictures_unchanged(project, previous))


def _pack_pictures_unchanged(project: Project, previous: dict) -> bool:
    """Each picture the last build's cover, contents and appendix showed has the bytes it had
    (a logo or cover picture may lie outside the folders the fingerprint reads)."""
    from .binder import pictures_now
    recorded = previous.get("pictures", {})
    return pictures_now(project, recorded) == recorded


LEFTOVER_AGE = 300  # seconds: a temporary file this old belongs to no running build


def _remove_leftovers(out_dir: Path) -> None:
    """Delete temporary files and stage folders a killed build left behind (recent ones may
    be another build's)."""
    import shutil
    now = time.time()
    for temp in [*out_dir.glob(f"**/.*{TEMP_SUFFIX}"), *out_dir.glob(f"{STAGE_PREFIX}*")]:
        try:
            if now - temp.lstat().st_mtime <= LEFTOVER_AGE:
                continue
            if temp.is_dir() and not temp.is_symlink():
                shutil.rmtree(temp)
            else:
                temp.unlink()
        except OSError:
            pass  # gone already, or not ours to delete: harmless either way


def inputs_fingerprint(project: Project, config: PackConfig, formats: tuple[str, ...]) -> str:
    """A digest of every input file's name (relative to its folder) and bytes, the settings
    (the page and theme as loaded: `--pdf-standard`, the logo's bytes wherever it lies) and
    briefgen's own files.

    Equal to the last build's: nothing can have changed, so nothing is composed or even loaded.
    Different: the briefs are composed and compared by content. The project's files count by
    content, not modification times, so a copy of the project in another folder or on another
    machine has the same fingerprint; briefgen's own (code, fonts: ten megabytes, the same
    for every project) by name, size and modification time.
    """
    digest = hashlib.sha256()
    folders = [project.path(key) for key in ("facts", "seeds", "templates", "events")]
    for number, folder in enumerate([*folders, *config.template_dirs]):
        for path in _files_under(folder):
            name = f"{number}/{path.relative_to(folder)}"
            digest.update(f"{len(name)}:{name}{path.stat().st_size}:".encode() + path.read_bytes())
    digest.update((project.root / "briefgen.yaml").read_bytes())
    digest.update(_translations(project).encode())
    package = Path(__file__).parent
    own = [(str(p.relative_to(package)), p.stat().st_size, p.stat().st_mtime_ns)
           for p in _files_under(package)]
    settings = repr(config).replace(str(project.root), "<project>")
    # as loaded, not only as written: --pdf-standard overrides the page, and the logo is a file
    looks = [repr(project.page), theme_key(project.theme)]
    return _digest([digest.hexdigest(), own, settings, looks, formats, str(project.built_on()),
                    __version__])


def _translations(project: Project) -> str:
    """A digest of the translations an edition in another language is written from (none for
    English), and the language the command line chose."""
    digest = hashlib.sha256()
    if project.language != "en":
        for path in _files_under(project.root / "translations"):
            digest.update(f"{path.name}:{path.stat().st_size}:".encode() + path.read_bytes())
        digest.update(f"language:{project.language}:{project.untranslated}".encode())
    return digest.hexdigest()


def _files_under(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.rglob("*")) if p.is_file() and "__pycache__" not in p.parts] \
        if folder.is_dir() else []


def _unchanged(previous: dict, fingerprint: str, out_dir: Path) -> PackResult | None:
    """The previous build's result when its inputs are the same and its files all exist."""
    if previous.get("fingerprint") != fingerprint:
        return None
    items = []
    names = [*previous["pack"].values(),
             *(v for entry in previous["documents"].values() for v in entry["files"].values())]
    if not all(_plain(name) for name in names):  # a manifest naming other folders vouches for nothing
        return None
    for name, entry in previous["documents"].items():
        item = PackItem(BriefRequest(entry["kind"], entry["slug"]), name,
                        facts=tuple(entry["facts"]), input_hash=entry["input_hash"],
                        files={k: out_dir / v for k, v in entry["files"].items()},
                        pages=entry["pages"], sha256=entry["sha256"])
        items.append(item)
    pack_files = {k: out_dir / v for k, v in previous["pack"].items()}
    if not (_intact(pack_files, previous.get("pack_sha256", {}))
            and all(_intact(i.files, i.sha256) for i in items)):
        return None
    return PackResult(items, pack_files, rebuilt_pack=False)


def _plain(name: str) -> bool:
    """A file name of the output folder itself: no folder, no '..', no NUL."""
    return name not in ("", ".", "..") and "/" not in name and "\\" not in name and "\0" not in name


def _pack_name(project: Project, config: PackConfig) -> str:
    return config.file_name + ("" if project.language == "en" else f"-{project.language}")


def _pictures_unchanged(project: Project, config: PackConfig, fingerprint: str,
                        formats: tuple[str, ...]) -> bool:
    """The briefs the last build composed from these input files still have their input hashes:
    no picture they show has changed (one may lie outside the folders the fingerprint reads)."""
    kept = kept_pack.kept(project, "composed", _pack_name(project, config),
                          kept_pack.digest(["composed", fingerprint]))
    return isinstance(kept, list) and all(
        error or input_hash == document_hash(document, project, formats, request.template_dirs)
        for request, _, document, _, input_hash, error in kept)


def _kept_composed(project: Project, name: str, fingerprint: str, requests: list[BriefRequest],
                   formats: tuple[str, ...], out_dir: Path) -> list[PackItem]:
    """The briefs as the last build of this pack composed them, if it had the same input files,
    settings and code (kept_pack.py); else none."""
    kept = kept_pack.kept(project, "composed", name, kept_pack.digest(["composed", fingerprint]))
    if not isinstance(kept, list) or [k[0] for k in kept] != requests:
        return []
    items = [PackItem(request, brief, document, facts, input_hash, error=error)
             for request, brief, document, facts, input_hash, error in kept]
    if any(not i.error and i.input_hash != document_hash(i.document, project, formats,
                                                         i.request.template_dirs) for i in items):
        return []  # a picture a brief shows has changed: it may lie outside the fingerprinted folders
    for item in items:
        if not item.error:
            item.files = {fmt: inside(out_dir, f"{item.name}.{fmt}") for fmt in formats}
    return items


def _keep_composed(project: Project, name: str, fingerprint: str, items: list[PackItem]) -> None:
    kept_pack.keep(project, "composed", name, kept_pack.digest(["composed", fingerprint]),
                   [(i.request, i.name, i.document, i.facts, i.input_hash, i.error) for i in items])


def _composed(project: Project, store: FactStore, request: BriefRequest,
              formats: tuple[str, ...], out_dir: Path) -> PackItem:
    item = PackItem(request, output_name(request, project.language))
    try:
        item.document, item.facts = compose(project, store, request)
    except BriefgenError as exc:
        item.error = "; ".join(str(p) for p in exc.problems)
        return item
    item.input_hash = document_hash(item.document, project, formats, request.template_dirs)
    item.files = {fmt: inside(out_dir, f"{item.name}.{fmt}") for fmt in formats}
    return item


_FORKED_STORE: FactStore | None = None  # the store forked workers inherit to compose from


@contextmanager
def _cluster(scheduler: str | None, timeout: float):
    """The Dask cluster at `scheduler`, connected and checked before anything is composed."""
    if scheduler is None:
        yield None
        return
    from .cluster import DaskCluster
    with DaskCluster(scheduler, timeout) as cluster:
        yield cluster


@contextmanager
def _workers(jobs: int, chart_cache: Path, store: FactStore):
    """A process pool of `jobs` workers, or None for one process."""
    global _FORKED_STORE
    if jobs == 1:
        gc.freeze()  # the store and the code: see _collected_seldom
        yield None
        return
    _preload(chart_cache)
    _FORKED_STORE = store
    gc.freeze()  # the workers forked from here never walk the store and the code either
    try:
        with ProcessPoolExecutor(max_workers=jobs, initializer=die_with_parent) as pool:
            try:
                yield pool
            except BaseException:  # an error or Ctrl-C: the briefs still queued are not started
                pool.shutdown(cancel_futures=True)
                raise
    finally:
        _FORKED_STORE = None


YOUNG_COLLECTION = 10_000  # objects made between two collections of the youngest (Python: 700)


@contextmanager
def _collected_seldom():
    """Python's cyclic garbage collector, for the pack: the youngest objects collected every
    YOUNG_COLLECTION objects made instead of every 700, and what the process holds once the
    store is loaded and the code imported (kept to the end, none of it garbage) left out of
    all collections from then on, here and in the workers forked from here (_workers:
    gc.freeze(), as Python's documentation advises before forking).

    Timed with gc.callbacks (the collecting thread's processor time) in a cold pack of 211
    synthetic briefs, the collector took 2.3 s of 21: its full collections walked the store's,
    matplotlib's and reportlab's objects again and again, in the workers too, and loading the
    store and laying each brief out make objects enough to start a collection every few
    milliseconds; 0.9 s now. The process is left as found (a pack built inside another
    program, as the tests build them), but for a program that froze objects of its own: they
    and the pack's stay frozen, as unfreezing cannot tell them apart."""
    threshold, frozen_before = gc.get_threshold(), gc.get_freeze_count()
    gc.set_threshold(YOUNG_COLLECTION, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if not frozen_before:
            gc.unfreeze()


def _compose_all(project: Project, store: FactStore, requests: list[BriefRequest],
                 formats: tuple[str, ...], out_dir: Path, pool, progress) -> list[PackItem]:
    """Compose in the workers when they are forked (they share the loaded store), else here."""
    if pool is None or multiprocessing.get_start_method() != "fork":
        composed = (_composed(project, store, r, formats, out_dir) for r in requests)
    else:
        chunk = max(1, len(requests) // 16)  # few round trips, still balanced
        composed = pool.map(functools.partial(_compose_job, project, formats=formats, out_dir=out_dir),
                            requests, chunksize=chunk)
    if progress and len(requests) >= COMPOSE_PROGRESS:
        progress.start(len(requests), "composing")
    items = []
    for item in composed:
        items.append(item)
        if progress:
            progress.advance(item)
    return items


def _compose_job(project: Project, request: BriefRequest, *, formats: tuple[str, ...],
                 out_dir: Path) -> PackItem:
    """Runs in a forked worker: compose one brief from the store the parent loaded."""
    return _composed(project, _FORKED_STORE, request, formats, out_dir)


BRIEFS_PER_WORKER = 10  # fewer briefs a worker: starting it costs more than it saves


def _jobs(jobs: int | None, briefs: int) -> int:
    """Worker processes: as asked; else one per core, but at least BRIEFS_PER_WORKER briefs
    each, so a small pack is built in one process (a worker costs a fork, a second warm-up of
    its caches and sending each document both ways: about 0.4 s of processor time on two
    cores, more than it saves below about twenty briefs when the caches are warm)."""
    return max(1, jobs or min(_cores(), briefs // BRIEFS_PER_WORKER))


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may run on
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def _preload(chart_cache: Path) -> None:
    """Import the renderers (and matplotlib, when no chart is cached yet) before the workers
    start: forked workers share what the parent imported instead of each importing it again,
    which on two cores was a quarter of a cold pack's time."""
    from .code_version import code_version
    from .render import docx, pdf  # noqa: F401
    from .render.fonts import register_fonts
    register_fonts()
    code_version()  # part of every cache key
    if not any(chart_cache.glob("*.png")):
        from .charts import render
        render.preload()


def _render_all(items: list[PackItem], project: Project, executor, progress, ahead=None) -> None:
    """Render the briefs on the executor, but for those kept as rendered from the same input
    hash (kept_briefs.py), written here first; then this process prepares the binding
    (`ahead`): its own pages at once, each brief's fitted layout as the brief is finished."""
    todo = [i for i in items if not i.error]
    if progress:
        progress.start(len(todo))
    written = {i.name: outcome for i in todo if (outcome := _write_kept(i, project))}
    rendering = [i for i in todo if i.name not in written]
    fits = _fit_ahead(rendering, project, executor) if ahead else {}
    finished = executor.render(rendering, project)  # all started
    if ahead:
        ahead.start()
    for item in todo:
        if item.name in written:
            _finish(item, functools.partial(written.pop, item.name), progress, ahead)
    for item, result in finished:
        _finish(item, result, progress, ahead)
        if not item.error:
            kept_briefs.keep(project, item)
        for future in [f for f in fits if f.done()]:  # fitted ahead: the last to render
            fitted = fits.pop(future)
            if not future.exception() and future.result():
                ahead.finished(fitted)


FIT_AHEAD = 5  # one brief in this many (the last to render) is fitted before any is rendered


def _fit_ahead(items: list[PackItem], project: Project, executor) -> dict:
    """Start fitting the last of `items` to render before rendering any (future -> item), so
    that all are fitted, and the pack's own pages made here (cover, contents, appendix: some
    ten seconds at a thousand briefs), while the workers still render those last briefs
    instead of after them. A fifth of them covers the own pages' time."""
    if not hasattr(executor, "fit") or len(items) < FIT_AHEAD:
        return {}
    return executor.fit(items[-(len(items) // FIT_AHEAD):], project)


def _write_kept(item: PackItem, project: Project) -> tuple[dict, dict] | None:
    """(pages, sha256) of the brief's files written from its kept rendering, if one is kept."""
    found = kept_briefs.kept(project, item)
    if found is None:
        return None
    data, pages = found
    return pages, write_rendered(data, item.files, durable=False)  # staged: synced at commit


def _stop_on_errors(items: list[PackItem], keep_going: bool) -> None:
    if any(i.error for i in items) and not keep_going:
        raise BriefgenError(problems=[_problem(i) for i in items if i.error])


def _finish(item: PackItem, result, progress, ahead=None) -> None:
    try:
        item.pages, item.sha256 = result()
        item.rendered = True
    except BriefgenError as exc:
        item.error = "; ".join(str(p) for p in exc.problems)
    if ahead and not item.error:
        ahead.finished(item)
    if progress:
        progress.advance(item)


def _problem(item: PackItem):
    from .errors import Problem
    return Problem(f"{item.name}: {item.error}")


def _digest(value) -> str:
    return hashlib.sha256(json.dumps(value, default=str).encode("utf-8")).hexdigest()[:16]


def _write_manifest(path: Path, items: list[PackItem], pack_hash: str,
                    pack_files: dict[str, Path], pack_sha256: dict[str, str], project: Project,
                    fingerprint: str, pictures: dict) -> None:
    documents = {
        i.name: {"kind": i.request.kind, "slug": i.request.slug,
                 "files": {k: v.name for k, v in i.files.items()}, "pages": i.pages,
                 "sha256": i.sha256,
                 "facts": list(i.facts), "input_hash": i.input_hash,
                 **({"error": i.error} if i.error else {})}
        for i in items}
    manifest = {"pack": {k: v.name for k, v in pack_files.items()}, "pack_hash": pack_hash,
                "pack_sha256": pack_sha256, "fingerprint": fingerprint, "pictures": pictures,
                "produced": str(project.built_on()), "documents": documents}
    write_text(path, json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")
