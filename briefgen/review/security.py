"""What keeps a page on the office's own machine from being driven by any other page.

Two checks on every state-changing request, each enough alone against a cross-site form:
the browser's own word on where the request comes from (`Sec-Fetch-Site`, else `Origin`,
as current Datasette does), and a token that only this process's pages carry. The Host header
must name this server, so a rebinding domain cannot talk to it either.
"""

from __future__ import annotations

import hmac
import secrets

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")
TOKEN_FIELD = "csrf"


def new_token() -> str:
    return secrets.token_urlsafe(32)


class SameOriginMiddleware:
    """Refuse a state-changing request that the browser says came from another site."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] not in SAFE_METHODS:
            reason = cross_site(scope)
            if reason:
                await PlainTextResponse(f"refused: {reason}", status_code=403)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def cross_site(scope) -> str | None:
    """Why the request is not from this server's own pages, or None."""
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
    fetch_site = headers.get("sec-fetch-site")
    if fetch_site is not None:
        return None if fetch_site in ("same-origin", "none") else f"a {fetch_site} request"
    origin = headers.get("origin")
    if origin is None:
        return None  # an older browser or not a browser (curl, a test client): the token decides
    if origin.split("://", 1)[-1] != headers.get("host", ""):
        return f"a request from {origin}"
    return None


async def posted(request: Request) -> FormData:
    """The form of a POST, after checking its token; a 403 when it is missing or wrong."""
    form = await request.form()
    sent = form.get(TOKEN_FIELD)
    if not isinstance(sent, str) or not hmac.compare_digest(sent, request.app.state.token):
        raise HTTPException(403, "refused: the form has no valid token; reload the page")
    return form
