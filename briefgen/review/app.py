"""The review application: each view parses the request, calls the function the CLI calls,
and renders a template (as Datasette's views do). Nothing here validates or accepts facts.
"""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, RedirectResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from briefgen.config import Project
from briefgen.errors import BriefgenError, FactError
from briefgen.facts.extract.command import project_folders
from briefgen.safety.locks import Busy, facts_writer

from . import facts, inbox
from .briefs import PackBuilder, Previews
from .security import (
    LOOPBACK_HOSTS,
    TOKEN_FIELD,
    SameOriginMiddleware,
    new_token,
    posted,
)
from .store import StoreKeeper

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=HERE / "templates")


def create_app(project: Project, hosts: tuple[str, ...] = LOOPBACK_HOSTS) -> Starlette:
    """The review application for `project`, answering only to `hosts`."""
    routes = [
        Route("/", lambda request: RedirectResponse("/inbox", 303)),
        Route("/inbox", inbox_index),
        Route("/inbox/{name}", inbox_page, methods=["GET", "POST"]),
        Route("/facts", facts_index),
        Route("/facts/{fact_id}", fact_page, methods=["GET", "POST"]),
        Route("/briefs", briefs_index),
        Route("/briefs/{kind}/{slug}.png", brief_png),
        Route("/briefs/{kind}/{slug}", brief_page),
        Route("/pack", pack_page, methods=["GET", "POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=[h.strip("[]") for h in hosts]
                             + list(hosts)),
                  Middleware(SameOriginMiddleware)]
    app = Starlette(routes=routes, middleware=middleware,
                    exception_handlers={BriefgenError: _briefgen_error})
    app.state.project = project
    app.state.folders = project_folders(project)
    app.state.token = new_token()
    app.state.store = StoreKeeper(project)
    app.state.previews = Previews(project)
    app.state.pack = PackBuilder(project)
    return app


def render(request: Request, name: str, status: int = 200, **context):
    context.update(token=request.app.state.token, token_field=TOKEN_FIELD,
                   project=request.app.state.project)
    return templates.TemplateResponse(request, name, context, status_code=status)


async def _briefgen_error(request: Request, error: BriefgenError):
    return render(request, "error.html", 404 if isinstance(error, inbox.NotFound) else 400,
                  problems=[str(p) for p in error.problems])


def page_number(request: Request) -> int:
    try:
        return max(1, int(request.query_params.get("page", "1")))
    except ValueError:
        raise HTTPException(400, "page must be a number") from None


# --- inbox ------------------------------------------------------------------------------------

async def inbox_index(request: Request):
    folders = request.app.state.folders
    files = await run_in_threadpool(inbox.inbox_names, folders)
    return render(request, "inbox_index.html", files=files,
                  pending=sum(n - d for _, _, n, d in files))


async def inbox_page(request: Request):
    folders, name = request.app.state.folders, request.path_params["name"]
    page = page_number(request)
    outcome, status = None, 200
    if request.method == "POST":
        form = await posted(request)
        try:
            outcome = await run_in_threadpool(_apply, request.app, name, form)
        except (inbox.Changed, Busy) as refused:
            outcome = inbox.Outcome(str(refused.problems[0]))
            status = 409 if isinstance(refused, inbox.Changed) else 503
        page = _int(form.get("page"), page)
        if not (inbox.inbox_dir(folders) / name).is_file():  # the last candidate was accepted
            files = await run_in_threadpool(inbox.inbox_names, folders)
            return render(request, "inbox_index.html", files=files, outcome=outcome,
                          pending=sum(n - d for _, _, n, d in files))
    view = await run_in_threadpool(inbox.read_inbox, folders, name, page,
                                   outcome.problems if outcome else None)
    vocabulary = await run_in_threadpool(inbox.vocabulary, folders)
    return render(request, "inbox.html", status, inbox=view, vocab=vocabulary,
                  outcome=outcome, editable=inbox.EDITABLE, refused=status >= 400)


def _apply(app, name: str, form) -> inbox.Outcome:
    """The POSTed form as edits, review marks and the candidates to accept."""
    shown = [i for i in (_int(v, None) for v in form.getlist("shown")) if i is not None]
    edits = {i: {k: str(form[f"{i}.{k}"]) for k in inbox.FORM_KEYS if f"{i}.{k}" in form}
             for i in shown}
    picked = {i for i in (_int(v, None) for v in form.getlist("pick")) if i in shown}
    action, _, target = str(form.get("action", "save")).partition(":")
    one = {_int(target, None)} & set(shown)
    review = {i: "drop" for i in (picked if action == "reject-picked" else
                                  one if action == "reject" else ())}
    review.update({i: "keep" for i in (one if action == "keep" else ())})
    accept = picked if action == "accept-picked" else one if action == "accept" else set()
    with facts_writer(app.state.folders.facts):  # one writer at a time, in any process
        return inbox.apply(app.state.folders, name, str(form.get("digest", "")), edits, review,
                           accept)


def _int(value, default):
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


# --- facts ------------------------------------------------------------------------------------

async def facts_index(request: Request):
    store, problems = await run_in_threadpool(request.app.state.store.current)
    params = request.query_params
    marked = params.get("marked", "")
    query = facts.Query(params.get("q", "").strip(), params.get("subject", ""),
                        params.get("metric", ""), params.get("seed", ""),
                        _int(params.get("older_than"), None),
                        marked if marked in facts.MARKS else "", page_number(request))
    when = facts.timeline(request.app.state.project)
    found, total, pages = await run_in_threadpool(facts.search, store, query, when) \
        if store else ([], 0, 1)
    return render(request, "facts.html", store=store, problems=[str(p) for p in problems],
                  query=query, found=found, total=total, pages=pages, when=when,
                  age=facts.age, stale=facts.stale, superseded_by=facts.superseded_by)


async def fact_page(request: Request):
    app = request.app
    store, problems = await run_in_threadpool(app.state.store.current)
    if store is None:
        raise FactError(problems=problems)
    fact = store.by_id.get(request.path_params["fact_id"])
    if fact is None:
        raise inbox.NotFound(f"no fact {request.path_params['fact_id']!r} in the store",
                             hint="search for it on the facts page")
    notice, field_problems, status = "", {}, 200
    if request.method == "POST":
        form = await posted(request)
        try:
            changed = await run_in_threadpool(_edit_fact, app, store, fact, form)
            notice = "saved" if changed else "no change"
            store, _ = await run_in_threadpool(app.state.store.current)
            fact = store.by_id.get(fact.id, fact) if store else fact
        except (inbox.Changed, Busy) as refused:
            notice = str(refused.problems[0])
            status = 409 if isinstance(refused, inbox.Changed) else 503
        except FactError as error:
            field_problems, status = facts.field_problems(error.problems), 400
    path = facts.fact_file(app.state.project, fact)
    when = facts.timeline(app.state.project)
    return render(request, "fact.html", status, fact=fact, store=store, notice=notice,
                  refused=status in (409, 503),
                  field_problems=field_problems, digest=inbox.digest_of(path.read_bytes()),
                  context=facts.in_context(store, fact), age=facts.age(fact, store, when),
                  stale=facts.stale(fact, store, when), when=when,
                  superseded_by=facts.superseded_by(fact, store),
                  printed_by=app.state.previews.printed_by(store, fact.id))


def _edit_fact(app, store, fact, form) -> bool:
    with facts_writer(app.state.folders.facts):
        return facts.edit(app.state.project, store, fact, str(form.get("digest", "")),
                          {k: str(form.get(k, "")) for k in facts.EDITABLE})


# --- briefs -----------------------------------------------------------------------------------

async def briefs_index(request: Request):
    from briefgen.catalog import buildables
    store, problems = await run_in_threadpool(request.app.state.store.current)
    items = buildables(request.app.state.project, store) if store else []
    size, page = 50, page_number(request)
    pages = max(1, -(-len(items) // size))
    page = min(page, pages)
    return render(request, "briefs.html", items=items[(page - 1) * size:page * size],
                  total=len(items), page=page, pages=pages, problems=[str(p) for p in problems],
                  job=request.app.state.pack.job)


async def brief_page(request: Request):
    store, preview = await _brief(request, "preview")
    used = [store.by_id[i] for i in preview.facts if i in store.by_id]
    return render(request, "brief.html", preview=preview, used=used,
                  kind=request.path_params["kind"], slug=request.path_params["slug"])


async def brief_png(request: Request):
    _, png = await _brief(request, "png")
    return FileResponse(png, media_type="image/png", headers={"Cache-Control": "no-store"})


async def _brief(request: Request, what: str):
    """(store, Preview or PNG path) of the brief the address names."""
    store, problems = await run_in_threadpool(request.app.state.store.current)
    if store is None:
        raise FactError(problems=problems)
    kind, slug = request.path_params["kind"], request.path_params["slug"]
    make = getattr(request.app.state.previews, what)
    return store, await run_in_threadpool(make, store, kind, slug)


async def pack_page(request: Request):
    builder = request.app.state.pack
    if request.method == "POST":
        await posted(request)
        builder.start()
        return RedirectResponse("/pack", 303)
    return render(request, "pack.html", job=builder.job)
