"""The code behind a cached entry: every cache key (stored fact store, fitted documents, charts,
the pack's up-to-date and kept briefs, what its build composed, measured and bound, a one-off's
kept files) includes this digest, so nothing made by other code is reused. briefgen's only code
fingerprint: one digest, computed once per process."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import util
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def code_version() -> str:
    """SHA-256 of briefgen's own source (every .py file, by path and bytes) and the versions of
    the libraries that lay out, draw and write (matplotlib, reportlab, python-docx, pikepdf).
    Computed once per process."""
    versions = [_matplotlib_version(), *(_version(*writer) for writer in _WRITERS)]
    digest = hashlib.sha256("\0".join(versions).encode())
    for path in sorted(_PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _matplotlib_version() -> str:
    """matplotlib's version without importing it (every brief needs the key, few a drawing)."""
    spec = util.find_spec("matplotlib")
    try:
        return (Path(spec.origin).parent / "_version.py").read_text(encoding="utf-8")
    except (AttributeError, TypeError, OSError):  # an install without the generated file
        return _version("matplotlib", "matplotlib")


# PDF layout, Word files, the joined pack PDF: (the module imported, its distribution's name)
_WRITERS = (("reportlab", "reportlab"), ("docx", "python-docx"), ("pikepdf", "pikepdf"))


def _version(module: str, distribution: str) -> str:
    """The installed distribution's version, from the name of its `.dist-info` folder beside
    the module (`python_docx-1.2.0.dist-info`): reading it through importlib.metadata would
    import that package and its email and zip modules, a fortieth of a second of every start;
    importlib.metadata only when no such folder is found (an unusual install)."""
    spec = util.find_spec(module)
    if spec is None or not spec.origin:
        return ""
    name = distribution.replace("-", "_")
    found = sorted(Path(spec.origin).parent.parent.glob(f"{name}-*.dist-info"))
    if len(found) == 1:
        return found[0].name[len(name) + 1:-len(".dist-info")]
    from importlib import metadata
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""
