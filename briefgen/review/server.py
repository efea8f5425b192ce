"""`briefgen review`: serve the review application with uvicorn and open a browser on it."""

from __future__ import annotations

import os
import socket
import sys
import threading
import webbrowser

from briefgen.config import Project
from briefgen.errors import BriefgenError

from .security import LOOPBACK_HOSTS


def serve(project: Project, host: str, port: int, open_browser: bool, say, warn) -> None:
    """Serve until interrupted. Only loopback names are answered unless `host` is another."""
    import uvicorn

    from .app import create_app
    _check_free(host, port)
    loopback = host in LOOPBACK_HOSTS or host == "::1"
    if not loopback:
        warn(f"listening on {host}: anyone who can reach it can accept and edit facts; the page "
             "has no login")
    everywhere = host in ("0.0.0.0", "::")  # then any name of this machine may be used
    app = create_app(project, LOOPBACK_HOSTS if loopback else ("*",) if everywhere
                     else (*LOOPBACK_HOSTS, host))
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    # the store loads while the browser opens (seconds for a large store, once)
    threading.Thread(target=app.state.store.current, daemon=True).start()
    address = f"http://{'[::1]' if host == '::1' else host}:{port}/"
    say(f"review page of {project.root} at {address} (Ctrl+C stops it)")
    if open_browser and _has_desktop():
        threading.Timer(0.5, webbrowser.open, (address,)).start()
    server.run()


def _check_free(host: str, port: int) -> None:
    """A clear error for a port in use or a host this machine does not have."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise BriefgenError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                                hint="choose another --port (or --host)") from None


def _has_desktop() -> bool:
    """A graphical browser can open: without a display, Python's `webbrowser` would start a
    text browser (lynx, w3m) in this terminal, over the server's own output."""
    return sys.platform in ("darwin", "win32") or bool(
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
