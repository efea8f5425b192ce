"""A pack's briefs rendered on a Dask cluster's workers (`briefgen pack --scheduler ADDRESS`).

The inputs travel with the tasks: each task carries fitted-to-be documents (composed here),
the theme, the page and the Word reference document's bytes, so a worker needs briefgen (the
same code) and its fonts, never the project's folder or a shared file system. A worker fits
and renders a batch of briefs in memory with a chart cache of its own and sends back each
brief's bytes, its fitted document and the charts it drew; this process writes the files and
keeps the fits and charts in the project's caches, so binding the pack here lays nothing out
twice and the result is byte-identical to a local build.

Dask does the scheduling: a batch whose worker dies is run again on another (the scheduler
resubmits a lost worker's tasks; `retries` covers a task that failed), and a batch that keeps
killing workers ends the build with an error. Batches keep the scheduling overhead small: a
few per worker, so a slow or lost worker does not hold up the end.

Dask's statistical profiler is paused on the workers while a pack renders
(cluster_profiler.py): it keeps a tree of the stacks sampled in each of the last 1,000
seconds, so a worker's memory grew with the time it had rendered, not with the batch it renders.
"""

from __future__ import annotations

import hashlib
import socket
import tempfile
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import __version__
from .build import keep_fitted, reference_document, render_fitted, write_rendered
from .charts.cache import drawn, is_drawn, keep
from .config import Page, Project
from .errors import BriefgenError
from .outputs import write_bytes
from .theme import Theme

BATCHES_PER_WORKER = 4  # enough to balance the load, few enough to keep the overhead small
MOST_PER_BATCH = 25  # briefs: a batch's reply (about 150 kB a brief) stays a few megabytes
RETRIES = 2  # a batch that raised (not a brief's own error) runs again, elsewhere if it can
_PACKAGE = Path(__file__).resolve().parent
_RENDER_LOCK = threading.Lock()  # matplotlib is not thread-safe: one brief at a time a process


class ClusterError(BriefgenError):
    """The Dask cluster cannot be reached or used (or its workers differ from this machine)."""


@dataclass(frozen=True)
class Shipped:
    """What every task carries besides its documents."""

    theme: Theme
    page: Page
    references: dict  # digest -> bytes of each Word reference document the batch needs
    identity: str  # the code the worker must run (code_identity)


@dataclass(frozen=True)
class Task:
    name: str
    document: object
    formats: tuple[str, ...]
    reference: str | None  # digest in Shipped.references


@dataclass
class Done:
    """One brief rendered on a worker: its files' bytes and pages, or its error."""

    name: str
    fitted: object = None
    data: dict | None = None
    pages: dict | None = None
    problems: list | None = None  # the brief's BriefgenError's, which a pickle would flatten


class WorkerProblem(RuntimeError):
    """A worker cannot render at all (wrong code, no writable temporary folder)."""


@lru_cache(maxsize=1)
def code_identity() -> str:
    """briefgen's version, a digest of its code and fonts, and the versions of the libraries
    that shape the files' bytes: workers whose identity differs would make other files."""
    from importlib import metadata
    digest = hashlib.sha256(__version__.encode())
    for library in ("reportlab", "matplotlib", "python-docx", "pypdf"):
        digest.update(f"{library} {metadata.version(library)}\0".encode())
    for path in sorted(_PACKAGE.rglob("*")):
        if path.is_file() and (path.suffix == ".py" or "fonts" in path.parts):
            digest.update(str(path.relative_to(_PACKAGE)).encode() + b"\0" + path.read_bytes())
    return f"briefgen {__version__} ({digest.hexdigest()[:12]})"


def render_batch(tasks: list[Task], shipped: Shipped) -> tuple[list[Done], dict[str, bytes]]:
    """Runs on a worker: fit and render each task; (what each gave, the chart files drawn)."""
    if code_identity() != shipped.identity:
        raise WorkerProblem(f"worker on {socket.gethostname()} runs {code_identity()}, the "
                            f"pack needs {shipped.identity}")
    with _RENDER_LOCK, _scratch() as scratch:
        charts = scratch / "charts"
        references = _references(scratch, shipped.references)
        done = [_render_one(task, shipped, charts, references.get(task.reference)) for task in tasks]
        files = {p.name: data for p in charts.glob("*") if (data := drawn(p)) is not None}
    return done, files


def _scratch():
    try:
        return _TemporaryFolder()
    except OSError as exc:
        raise WorkerProblem(f"worker on {socket.gethostname()} cannot make a temporary folder in "
                            f"{tempfile.gettempdir()}: {exc.strerror or exc}") from None


class _TemporaryFolder(tempfile.TemporaryDirectory):
    def __init__(self):
        super().__init__(prefix="briefgen-batch-")

    def __enter__(self) -> Path:
        return Path(self.name)


def _references(folder: Path, references: dict) -> dict[str, Path]:
    paths = {}
    for digest, data in references.items():
        paths[digest] = folder / f"{digest}.docx"
        write_bytes(paths[digest], data, durable=False)
    return paths


def _render_one(task: Task, shipped: Shipped, charts: Path, reference: Path | None) -> Done:
    from .render.fit import fit_laid
    try:
        fitted, laid = fit_laid(task.document, shipped.theme, shipped.page, max_pages=1,
                                chart_cache=charts)
        data, pages = render_fitted(fitted, task.formats, shipped.theme, shipped.page,
                                    chart_cache=charts, reference=reference, laid=laid)
    except BriefgenError as exc:
        return Done(task.name, problems=exc.problems)
    return Done(task.name, fitted, data, pages)


def _worker_identity() -> str:  # run on each worker by the check when connecting
    return code_identity()


def _abandon(exc: BaseException) -> None:
    """Close, quietly, the Client a failed constructor left behind: else its __del__ waits on
    the connection at exit and prints a traceback ("Exception ignored in Client.__del__")."""
    from distributed import Client
    tb = exc.__traceback__
    while tb is not None:
        client = tb.tb_frame.f_locals.get("self")
        if isinstance(client, Client):
            try:
                client.close(timeout=1)
            except Exception:  # noqa: BLE001, S110 - a connection that is no scheduler's
                pass
            client.status = "closed"  # its __del__ then has nothing to do
            return
        tb = tb.tb_next


class DaskCluster:
    """The executor for a Dask cluster: connect, check the workers, render batches, close."""

    parallel = True

    def __init__(self, address: str, timeout: float = 10.0):
        self.address, self.timeout = address, timeout
        self.client = None
        self.rendering = []  # the iterators render() returned, closed before the connection is

    def __enter__(self) -> DaskCluster:
        self.client = self._connect()
        try:
            self._check_workers()
            from .cluster_profiler import QuietProfiler
            self.client.register_plugin(QuietProfiler())
        except BaseException:
            self.client.close()
            raise
        return self

    def __exit__(self, *exc) -> None:
        from .cluster_profiler import QuietProfiler
        for finished in self.rendering:  # batches still out (an error stopped the pack here):
            finished.close()  # cancelled while the connection is open, not when collected
        try:
            self.client.unregister_worker_plugin(QuietProfiler.name)
        except Exception:  # noqa: BLE001, S110 - a scheduler gone meanwhile: nothing to resume
            pass
        finally:
            self.client.close()

    def _connect(self):
        try:
            from distributed import Client
        except ImportError:
            raise ClusterError("--scheduler needs Dask distributed, which is not installed",
                               hint="pip install 'briefgen[cluster]'") from None
        hint = ("start one with `dask scheduler` and workers with `dask worker ADDRESS`, or check "
                "the address; without --scheduler the pack builds here")
        try:
            return Client(self.address, timeout=self.timeout, set_as_default=False)
        except (OSError, ValueError, TypeError) as exc:
            _abandon(exc)
            raise ClusterError(
                f"cannot reach the Dask scheduler at {self.address} within {self.timeout:g} s "
                f"({exc})", hint=hint) from None
        except Exception as exc:  # noqa: BLE001 - whatever a server that is no scheduler sends
            # (a web server's reply read as a frame length: 'cannot allocate 3 EiB')
            _abandon(exc)
            raise ClusterError(f"{self.address} answered, but not as a Dask scheduler "
                               f"({type(exc).__name__})", hint=hint) from None

    def _check_workers(self) -> None:
        try:
            self.client.wait_for_workers(1, timeout=self.timeout)
        except (OSError, TimeoutError):
            raise ClusterError(f"the Dask scheduler at {self.address} has no workers",
                               hint=f"start some with `dask worker {self.address} --nthreads 1`"
                               ) from None
        found = self.client.run(_worker_identity)
        wanted = code_identity()
        odd = [f"{address} runs {identity}" for address, identity in found.items()
               if identity != wanted]
        if odd:
            raise ClusterError(f"workers differ from this machine's {wanted}: {'; '.join(odd)}",
                               hint="install the same briefgen (and reportlab, matplotlib, "
                               "python-docx, pypdf) on every worker and restart them")
        self.workers = len(found)

    def render(self, items, project: Project):
        shipped, tasks = _shipments(items, project)
        size = max(1, min(MOST_PER_BATCH, -(-len(items) // (self.workers * BATCHES_PER_WORKER))))
        futures = {}
        for start in range(0, len(items), size):
            future = self.client.submit(render_batch, tasks[start:start + size], shipped,
                                        retries=RETRIES, pure=False)
            futures[future] = items[start:start + size]
        self.rendering.append(self._finished(futures, project))
        return self.rendering[-1]

    def _finished(self, futures: dict, project: Project):
        from distributed import as_completed
        try:
            for future in as_completed(list(futures), loop=self.client.loop):
                batch = futures.pop(future)
                done, charts = self._result(future)
                _keep_charts(charts, project.chart_cache)
                for item, outcome in zip(batch, done):
                    yield item, _writer(item, outcome, project)
        finally:
            self.client.cancel(list(futures))

    def _result(self, future):
        from distributed import KilledWorker
        try:
            return future.result()
        except KilledWorker as exc:
            raise ClusterError(f"a batch of briefs was lost with every worker that ran it ({exc})",
                               hint="see the workers' logs (memory limits?); the briefs written "
                               "so far are complete, run the pack again") from None
        except WorkerProblem as exc:
            raise ClusterError(str(exc), hint="install the same briefgen on every worker, "
                               "give it a writable temporary folder (TMPDIR), restart it") from None


def _shipments(items, project: Project) -> tuple[Shipped, list[Task]]:
    references, tasks = {}, []
    for item in items:
        path = reference_document(project, item.request.template_dirs) if "docx" in item.files else None
        digest = None
        if path is not None:
            data = path.read_bytes()
            digest = hashlib.sha256(data).hexdigest()[:16]
            references[digest] = data
        tasks.append(Task(item.name, item.document, tuple(item.files), digest))
    return Shipped(project.theme, project.page, references, code_identity()), tasks


def _keep_charts(files: dict[str, bytes], folder: Path) -> None:
    """The charts a worker drew, into this project's chart cache (binding draws them again)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        if not is_drawn(folder / name):
            keep(folder / name, data)


def _writer(item, outcome: Done, project: Project):
    """The item's result(): its files written here, its fit kept; or its error raised."""
    def result():
        if outcome.problems:
            raise BriefgenError(problems=outcome.problems)
        keep_fitted(item.document, project, outcome.fitted)
        # into the pack's stage, which syncs all its files at once before it commits them
        return outcome.pages, write_rendered(outcome.data, item.files, durable=False)
    return result

