"""Make the reference document: the Word styles a DOCX brief starts from.

    python -m briefgen.render.reference templates/reference.docx

Like pandoc's reference-doc: open the result in Word or LibreOffice and restyle it (borders,
heading rules, table look, extra styles); the DOCX renderer starts every brief from it. The
theme's font, sizes and colours are written into the styles again on every render so DOCX and
PDF keep one layout (see docx_styles.py).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx

from briefgen.outputs import write_bytes
from briefgen.render.docx_styles import apply_theme
from briefgen.render.docx_xml import repeatable_bytes, slim
from briefgen.render.style import metrics
from briefgen.theme import DEFAULT_THEME, Theme

DEFAULT_PATH = Path("templates") / "reference.docx"


def build_reference(theme: Theme = DEFAULT_THEME):
    """A python-docx Document holding every style a brief uses, set from `theme`."""
    document = docx.Document()
    apply_theme(document, theme, metrics(theme))
    slim(document)
    properties = document.core_properties
    properties.title, properties.author = "briefgen reference document", "briefgen"
    properties.comments = "Styles for briefgen DOCX output; restyle in Word, keep the style names."
    properties.revision = 1
    properties.last_modified_by = "briefgen"
    properties.created = properties.modified = dt.datetime(2024, 1, 1)  # repeatable bytes
    return document


def write_reference(path: str | Path = DEFAULT_PATH, theme: Theme = DEFAULT_THEME) -> Path:
    target = Path(path)
    write_bytes(target, repeatable_bytes(build_reference(theme)))
    return target


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    print(write_reference(args[0] if args else DEFAULT_PATH))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
