"""Make the reference document: the Word styles a DOCX brief starts from.

    briefgen reference-docx [PATH]        (python -m briefgen.render.reference PATH)

Like pandoc's reference-doc: open the result in Word or LibreOffice and restyle it; the DOCX
renderer starts every brief from it. Its styles leave font, size, colour and spacing unset: the
theme (brand in briefgen.yaml) fills in what a style leaves unset on every render, and what a
person sets in Word wins (see docx_styles.py and docs/styling.md).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx

from briefgen.outputs import write_bytes
from briefgen.render.docx_styles import strip_looks
from briefgen.render.docx_xml import repeatable_bytes, slim

DEFAULT_PATH = Path("templates") / "reference.docx"


def build_reference():
    """A python-docx Document holding every style a brief uses, their looks left to the theme."""
    document = docx.Document()
    strip_looks(document)
    slim(document)
    properties = document.core_properties
    properties.title, properties.author = "briefgen reference document", "briefgen"
    properties.comments = "Styles for briefgen DOCX output; restyle in Word, keep the style names."
    properties.revision = 1
    properties.last_modified_by = "briefgen"
    properties.created = properties.modified = dt.datetime(2024, 1, 1)  # repeatable bytes
    return document


def write_reference(path: str | Path = DEFAULT_PATH) -> Path:
    target = Path(path)
    write_bytes(target, repeatable_bytes(build_reference()))
    return target


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    print(write_reference(args[0] if args else DEFAULT_PATH))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
