"""Translation files: gettext PO files read with Babel, as (context, English) -> translation.

PO is what translators' tools (Poedit, Weblate, Lokalise, OmegaT) open and round-trip: each entry
holds the English text (msgid), a context that says what it is (msgctxt: `fact kr.fdi-signed
label`), the translation (msgstr) and translators' comments. An entry counts only when its
msgid is the English text as it is now: when a fact's English label changes, its old translation
no longer matches and the label is listed as untranslated again. Fuzzy entries do not count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefgen.errors import ConfigError


@dataclass(frozen=True)
class Entry:
    """One translated text and where it is written."""

    text: str
    path: str
    line: int | None


@dataclass
class Catalog:
    """Translations by (context, English text); `stale` maps a context to the English text an
    entry was written for when that no longer matches (to say why it counts as missing)."""

    entries: dict[tuple[str, str], Entry] = field(default_factory=dict)
    by_context: dict[str, str] = field(default_factory=dict)  # context -> English it translated

    def get(self, context: str, english: str) -> str | None:
        entry = self.entries.get((context, english))
        return entry.text if entry else None

    def update(self, other: "Catalog") -> None:
        self.entries.update(other.entries)
        self.by_context.update(other.by_context)


def read_catalog(path: Path, shown: str | None = None) -> Catalog:
    """The translated, non-fuzzy entries of a PO file (an absent file is an empty catalogue).
    A file Babel cannot read is a ConfigError at its line."""
    from babel.messages.pofile import PoFileError, read_po
    catalog = Catalog()
    if not path.is_file():
        return catalog
    shown = shown or str(path)
    try:
        with path.open("rb") as handle:
            po = read_po(handle, abort_invalid=True, charset="utf-8")
    except PoFileError as exc:
        what = str(exc).split(" on ")[0].lower()  # Babel: "Unknown or misformatted keyword on 2"
        raise ConfigError(f"not a readable PO file: {what}", path=shown, line=exc.lineno + 1,
                          hint="each entry is msgctxt, msgid and msgstr lines in double quotes; "
                               "a translation tool such as Poedit writes it for you") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=shown,
                          hint="save the translations as UTF-8") from None
    for message in po:
        if not message.id or not isinstance(message.id, str):
            continue  # the header, and plural entries briefgen does not use
        context = message.context or ""
        catalog.by_context[context] = message.id
        if message.string and not message.fuzzy:
            line = message.lineno if isinstance(message.lineno, int) else None
            catalog.entries[(context, message.id)] = Entry(message.string, shown, line)
    return catalog
