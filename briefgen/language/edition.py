"""One language edition while it is composed: its words, the project's translations, and what
was missing.

Every lookup that finds no translation is recorded (`missing`) with where the English stands.
By default a build then fails listing them all; with `untranslated="mark"` it goes on with the
English text marked `(EN) …`, so a reader sees it is not translated: never silently mixed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefgen.language import Language
from briefgen.language.catalog import Catalog, read_catalog
from briefgen.language.words import WORDS

MESSAGES = Path(__file__).resolve().parent / "messages"
UNTRANSLATED_MARK = "(EN) "
UNTRANSLATED = ("fail", "mark")


@dataclass(frozen=True)
class Missing:
    """A text with no translation: what it is, its English, and where that is written."""

    kind: str  # word | entity | metric | fact | counted | template
    context: str  # the PO context a translation goes under ("fact kr.fdi-signed label")
    english: str
    path: str | None = None
    line: int | None = None

    def to_json(self) -> dict:
        return {"kind": self.kind, "context": self.context, "english": self.english,
                "path": self.path, "line": self.line}


@dataclass
class Edition:
    """A language, briefgen's words in it and a project's translations into it."""

    language: Language
    words: Catalog
    translations: Catalog
    untranslated: str = "fail"
    missing: dict[tuple[str, str], Missing] = field(default_factory=dict)
    source_facts: dict = field(default_factory=dict)  # id -> the fact in English (store.py)

    def say(self, key: str, **values: object) -> str:
        """briefgen's word `key` in this language, its fields filled in."""
        english = WORDS[key]
        text = self.words.get(key, english)
        if text is None:
            text = self._missing(Missing("word", key, english, "briefgen/language/words.py"))
        return text.format(**values) if values else text

    def word_list(self, key: str) -> list[str]:
        """A word of space-separated items (the ordinals) as a list."""
        return self.say(key).split()

    def translate(self, kind: str, context: str, english: str, path: str | None = None,
                  line: int | None = None) -> str:
        """The project's translation of `english` under `context`."""
        text = self.translations.get(context, english)
        if text is None:
            return self._missing(Missing(kind, context, english, path, line))
        return text

    def _missing(self, missing: Missing) -> str:
        self.missing.setdefault((missing.context, missing.english), missing)
        return UNTRANSLATED_MARK + missing.english


def translations_path(root: Path, code: str) -> Path:
    """Where a project keeps its translations into `code`."""
    return root / "translations" / f"{code}.po"


def load_edition(language: Language, root: Path, untranslated: str = "fail") -> Edition:
    """The edition of `language` for the project at `root`."""
    words = read_catalog(MESSAGES / f"{language.code}.po",
                         f"briefgen/language/messages/{language.code}.po")
    path = translations_path(root, language.code)
    translations = read_catalog(path, f"translations/{language.code}.po")
    return Edition(language, words, translations, untranslated)
