"""The shipped Qingdao pack (DOCX and PDF), built once per test process and shared by the test
modules that read it back (content, fidelity). The folder is removed when the process ends."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def shipped_pack():
    """(project, store, out folder, PackResult) of `briefgen pack --format docx,pdf`."""
    from briefgen.build import parse_formats
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    from briefgen.pack import build_pack, load_pack_config
    project = load_project(REPO)
    store = load_store(project)
    out = Path(tempfile.mkdtemp(prefix="briefgen-shipped-pack-"))
    atexit.register(shutil.rmtree, out, True)
    result = build_pack(project, store, load_pack_config(None, project),
                        parse_formats("docx,pdf"), out, jobs=2)
    assert not result.failed, [(i.name, i.error) for i in result.failed]
    return project, store, out, result
