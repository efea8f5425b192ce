"""Translation files: gettext PO files read with Babel, as (context, English) -> translation.

PO is what translators' tools (Poedit, Weblate, Lokalise, OmegaT) open and round-trip: each entry
holds the English text (msgid), a context that says what it is (msgctxt: `fact kr.fdi-signed
label`), the translation (msgstr) and translators' comments. An entry counts only when its
msgid is the English text as it is now: when a fact's English label changes, its old translation
no longer matches (it is *stale*: the catalogue keeps which English it was made for, so a check
can say so) and `translations update` marks it fuzzy under the new English. Fuzzy entries (to be
reviewed) do not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.errors import ConfigError
from briefgen.safety.files import regular_bytes
from briefgen.safety.paths import is_within

MAX_PO_BYTES = 64 << 20  # a translations file of 10,000 facts is some 3 MB


@dataclass(frozen=True)
class Entry:
    """One translated text and where it is written."""

    text: str
    path: str
    line: int | None
    earlier: str | None = None  # a fuzzy entry's: the English it was made for (`#| msgid`)


@dataclass
class Catalog:
    """Translations by (context, English text), and those that do not count, to say why a
    text counts as untranslated: by context, the English each translation was made for (when
    that is no longer the English, the translation is stale), and the fuzzy entries."""

    entries: dict[tuple[str, str], Entry] = field(default_factory=dict)
    by_context: dict[str, str] = field(default_factory=dict)  # context -> English it translated
    fuzzy: dict[tuple[str, str], Entry] = field(default_factory=dict)

    def get(self, context: str, english: str) -> str | None:
        entry = self.entries.get((context, english))
        return entry.text if entry else None

    def update(self, other: "Catalog") -> None:
        self.entries.update(other.entries)
        self.by_context.update(other.by_context)
        self.fuzzy.update(other.fuzzy)


def read_po_file(path: Path, shown: str | None = None):
    """Babel's catalogue of the PO file at `path`, or None when there is none. Every PO file is
    read here: one Babel cannot read, one that is not UTF-8 or a link out of its folder is a
    ConfigError at its line (never read in part: `translations update` would write back less)."""
    import io

    from babel.messages.pofile import PoFileError, read_po
    shown = shown or str(path)
    if not is_within(path.parent, path):
        raise ConfigError(f"this file leads outside {path.parent.name}/ (a link)", path=shown,
                          hint="put the file itself there, not a link to it")
    if not path.is_file():
        return None
    try:
        data = regular_bytes(path, MAX_PO_BYTES)
    except OSError as exc:
        raise ConfigError(f"cannot read file: {exc.strerror or exc}", path=shown,
                          hint="make it a readable PO file, or remove it") from None
    try:
        text = data.decode("utf-8")  # whole: an error's byte and line are the file's
        po = read_po(io.BytesIO(data), abort_invalid=True, charset="utf-8")
        _check_lines(text, shown)
    except PoFileError as exc:
        what = str(exc).split(" on ")[0].lower()  # Babel: "Unknown or misformatted keyword on 2"
        raise ConfigError(f"not a readable PO file: {what}", path=shown, line=exc.lineno + 1,
                          hint="each entry is msgctxt, msgid and msgstr lines in double quotes; "
                               "a translation tool such as Poedit writes it for you") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=shown,
                          line=data.count(b"\n", 0, exc.start) + 1,
                          hint="save the translations as UTF-8") from None
    return po


def read_catalog(path: Path, shown: str | None = None) -> Catalog:
    """The translated, non-fuzzy entries of a PO file (an absent file is an empty catalogue).
    A file Babel cannot read is a ConfigError at its line."""
    catalog = Catalog()
    po = read_po_file(path, shown)
    if po is None:
        return catalog
    shown = shown or str(path)
    for message in po:
        if not message.id or not isinstance(message.id, str):
            continue  # the header, and plural entries briefgen does not use
        context = message.context or ""
        if not message.string:
            continue
        line = message.lineno if isinstance(message.lineno, int) else None
        if message.fuzzy:
            catalog.fuzzy[(context, message.id)] = Entry(message.string, shown, line,
                                                         previous_english(message))
        else:
            catalog.by_context[context] = message.id
            catalog.entries[(context, message.id)] = Entry(message.string, shown, line)
    return catalog


# A PO file's lines: a comment, a keyword and its text in double quotes, or more of the text.
# Babel reads a text without its quotes, or with one of them missing, as some other text (an
# unquoted translation as none at all): such a line is an error here instead.
_QUOTED = r'"(?:[^"\\]|\\.)*"'
_PO_LINE = re.compile(rf"\s*(?:#.*|(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+{_QUOTED}"
                      rf"|{_QUOTED})?\s*")


def _check_lines(text: str, shown: str) -> None:
    # lines end at "\n" only, as Babel reads them: a text may hold U+2028, U+0085 or a form feed
    for number, line in enumerate(text.split("\n"), 1):
        if not _PO_LINE.fullmatch(line):
            raise ConfigError(f"not a readable PO file: {line.strip()[:60]!r} is not a keyword "
                              "with its text in double quotes, nor more of a text",
                              path=shown, line=number,
                              hint="each entry is msgctxt, msgid and msgstr lines in double "
                                   "quotes; a translation tool such as Poedit writes it for you")


def previous_english(message) -> str | None:
    """The English a fuzzy translation was made for: the `#| msgid "…"` lines, which Babel
    reads as a comment starting with "| "."""
    from babel.messages.pofile import denormalize
    previous = [c[2:] for c in message.user_comments if c.startswith("| ")]
    ids = [line for line in previous if not line.startswith("msgctxt")]
    if ids and ids[0].startswith("msgid "):
        return denormalize("\n".join([ids[0][len("msgid "):], *ids[1:]]))
    return None
