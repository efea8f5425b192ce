"""The briefs page's work: previews of a brief's page and the pack built in the background.

A preview is the brief built by `build.compose` and `build.render_brief` (what `briefgen build`
runs) into the project's cache, its first page rasterised to PNG with pypdfium2. It is made
again only when the composed document's hash changes, so an accepted fact shows in the
previews of the briefs that print it, and only those are rendered again.
"""

from __future__ import annotations

import io
import json
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.build import (
    BriefRequest,
    compose,
    document_hash,
    output_name,
    render_brief,
)
from briefgen.catalog import KINDS, buildables, find_buildable
from briefgen.config import Project
from briefgen.errors import BriefgenError
from briefgen.facts.store import FactStore
from briefgen.outputs import inside, write_bytes, write_text

from .inbox import NotFound

PREVIEW_SCALE = 1.6  # 595 pt wide A4 -> 952 px: readable beside the facts list on a laptop


@dataclass(frozen=True)
class Preview:
    name: str
    facts: tuple[str, ...]  # ids of the facts the brief prints
    key: str  # hash of the composed document
    current: bool  # the PNG in the cache shows this document


class Previews:
    """PNG previews of briefs in .cache/review/, and which briefs print which facts.

    `preview` only composes (milliseconds), so the page shows at once; `png` renders, when the
    image is asked for, and only if the document changed since the PNG was made."""

    def __init__(self, project: Project):
        self.project = project
        self.folder = project.path("cache") / "review"
        self._lock = threading.Lock()  # one compose or render at a time (two tabs, the index)
        self._index_lock = threading.Lock()
        self._indexed: FactStore | None = None  # the store the index below was read from
        self._index: dict[tuple[str, str, str], frozenset[str]] = {}  # brief -> facts it prints
        self._complete = False

    def preview(self, store: FactStore, kind: str, slug: str) -> Preview:
        return self._composed(store, kind, slug)[0]

    def png(self, store: FactStore, kind: str, slug: str) -> Path:
        with self._lock:
            preview, document = self._composed(store, kind, slug)
            png = inside(self.folder, f"{preview.name}.png")
            if not preview.current:
                pdf = inside(self.folder, f"{preview.name}.pdf")
                render_brief(document, {"pdf": pdf}, self.project)
                write_bytes(png, first_page_png(pdf), durable=False)
                write_text(inside(self.folder, f"{preview.name}.json"),
                           json.dumps({"key": preview.key, "facts": list(preview.facts)}))
            return png

    def _composed(self, store: FactStore, kind: str, slug: str):
        if kind not in KINDS:
            raise NotFound(f"no kind of brief {kind!r}", hint=f"one of {', '.join(KINDS)}")
        try:
            find_buildable(self.project, store, kind, slug)
        except BriefgenError as error:
            raise NotFound(problems=error.problems) from None
        request = BriefRequest(kind, slug)
        document, used = compose(self.project, store, request)
        name = output_name(request)
        key = document_hash(document, self.project, ("pdf",))
        png, record = inside(self.folder, f"{name}.png"), inside(self.folder, f"{name}.json")
        return Preview(name, tuple(used), key, png.is_file() and _recorded_key(record) == key), \
            document

    def printed_by(self, store: FactStore, fact_id: str) -> tuple[list[tuple[str, str, str]], bool]:
        """((kind, slug, name) of the briefs that print the fact, whether every brief has been
        read): the briefs are composed once per store, in a thread, when first asked."""
        with self._index_lock:
            if self._indexed is not store:
                self._indexed, self._index, self._complete = store, {}, False
                threading.Thread(target=self._read_all, args=(store,), daemon=True).start()
            found = sorted(brief for brief, used in self._index.items() if fact_id in used)
            return found, self._complete

    def _read_all(self, store: FactStore) -> None:
        for brief in buildables(self.project, store):
            if self._indexed is not store:
                return  # the store was loaded again: a newer thread reads it
            try:
                with self._lock:
                    _, used = compose(self.project, store, BriefRequest(brief.kind, brief.slug))
            except BriefgenError:
                continue  # `briefgen build` reports it; the brief prints nothing meanwhile
            self._index[(brief.kind, brief.slug, brief.name)] = frozenset(used)
        with self._index_lock:
            self._complete = self._indexed is store


def _recorded_key(record: Path) -> str | None:
    try:
        return json.loads(record.read_text(encoding="utf-8")).get("key")
    except (OSError, ValueError, AttributeError):
        return None


def first_page_png(pdf: Path) -> bytes:
    import pypdfium2
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        image = document[0].render(scale=PREVIEW_SCALE).to_pil()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=False)
    return buffer.getvalue()


# --- the pack, built in the background -------------------------------------------------------

@dataclass
class PackJob:
    """One pack build and how far it is, for the page to poll. It has `PackProgress`'s methods,
    so `build_pack` reports to it as it reports to the command line's progress bar."""

    phase: str = "starting"
    done: int = 0
    total: int = 0
    current: str = ""
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None
    summary: str = ""
    problems: list[str] = field(default_factory=list)

    def start(self, total: int, phase: str = "rendering") -> None:
        self.phase, self.done, self.total = phase, 0, total

    def stage(self, phase: str) -> None:
        self.phase, self.done, self.total = phase, 0, 0

    def advance(self, item) -> None:
        self.done += 1
        self.current = item.name

    @property
    def running(self) -> bool:
        return self.finished is None

    @property
    def seconds(self) -> float:
        return (self.finished or time.monotonic()) - self.started


class PackBuilder:
    """At most one pack build at a time, run in a thread of this process."""

    def __init__(self, project: Project):
        self.project = project
        self.job: PackJob | None = None
        self._lock = threading.Lock()

    def start(self) -> PackJob:
        with self._lock:
            if self.job is None or not self.job.running:
                self.job = PackJob()
                threading.Thread(target=self._build, args=(self.job,), daemon=True).start()
            return self.job

    def _build(self, job: PackJob) -> None:
        from briefgen.pack import build_pack, load_pack_config
        try:
            result = build_pack(self.project, None, load_pack_config(None, self.project),
                                ("docx", "pdf"), self.project.path("out") / "pack",
                                keep_going=True, progress=job)
            rendered = sum(i.rendered for i in result.items)
            written = ", ".join(_shown(path, self.project) for path in result.files.values())
            job.summary = (f"{len(result.items)} briefs, {rendered} rendered again, "
                           f"{len(result.failed)} failed; {written}")
            job.problems = [f"{i.name}: {i.error}" for i in result.failed]
        except BriefgenError as error:
            job.problems = [str(p) for p in error.problems]
        except Exception:  # noqa: BLE001 - a bug: shown on the page rather than lost in a thread
            job.problems = ["briefgen failed; please report this:\n" + traceback.format_exc()]
        finally:
            job.finished = time.monotonic()


def _shown(path: Path, project: Project) -> str:
    try:
        return str(Path(path).relative_to(project.root))
    except ValueError:
        return str(path)
