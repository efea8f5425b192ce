"""Writing to the temporary folder: a joined PDF spilled as it grows, a long Word document's body
spooled. A disk that is full or unwritable there is an error naming that folder (and TMPDIR, which
moves it), not the output files the work was for."""

from __future__ import annotations

import tempfile
from contextlib import contextmanager

from ..errors import RenderError


@contextmanager
def scratch_space(what: str):
    """Around writing `what` to the temporary folder: OSError becomes a RenderError naming it."""
    try:
        yield
    except OSError as exc:
        raise RenderError(f"cannot write {what} in the temporary folder: {exc.strerror or exc}",
                          path=tempfile.gettempdir(),
                          hint="free space there, or set TMPDIR to a folder with room") from exc
