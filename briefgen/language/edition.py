"""One language edition while it is composed: its words, the project's translations, and what
was missing.

Every lookup that finds no translation is recorded (`missing`) with where the English stands.
By default a build then fails listing them all; with `untranslated="mark"` it goes on with the
English text marked `(EN) …`, so a reader sees it is not translated: never silently mixed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from briefgen.language import Language
from briefgen.language.catalog import Catalog, read_catalog
from briefgen.language.words import WORDS

MESSAGES = Path(__file__).resolve().parent / "messages"
UNTRANSLATED_MARK = "(EN) "
UNTRANSLATED = ("fail", "mark")
# Kinds whose context holds many texts (every counted word is `counted`, every pack file's title
# `pack title`): another English under the same context is another text, not an earlier
# version of this one.
SHARED_CONTEXT = ("counted", "note", "pack", "word", "template")


@dataclass(frozen=True)
class Missing:
    """A text with no translation: what it is, its English, and where that is written."""

    kind: str  # word | entity | metric | fact | counted | template
    context: str  # the PO context a translation goes under ("fact kr.fdi-signed label")
    english: str
    path: str | None = None
    line: int | None = None
    status: str = "untranslated"  # untranslated | stale (made for `earlier`) | fuzzy (to review)
    earlier: str | None = None  # the English a stale or fuzzy translation was made for

    def to_json(self) -> dict:
        return {"kind": self.kind, "context": self.context, "english": self.english,
                "path": self.path, "line": self.line, "status": self.status,
                "earlier": self.earlier}


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

    def problem_text(self, missing: Missing) -> tuple[str, str | None]:
        """What is wrong with `missing` and, for a stale or fuzzy translation, what to do."""
        name, code = self.language.name, self.language.code
        if missing.status == "stale":
            return (f"the {name} translation of {missing.context} was made for earlier English "
                    f"{missing.earlier!r}; the English is now {missing.english!r}",
                    f"run `briefgen translations update --language {code}`: it keeps the "
                    "translation under the new English, marked fuzzy for review")
        if missing.status == "fuzzy":
            entry = self.translations.fuzzy[(missing.context, missing.english)]
            return (f"the {name} translation of {missing.context} is marked fuzzy, not yet "
                    f"reviewed: {missing.english!r}",
                    f"review it at {entry.path}:{entry.line} and remove its '#, fuzzy' line")
        return f"no {name} translation of {missing.context}: {missing.english!r}", None

    def explained(self, missing: Missing) -> Missing:
        """`missing`, saying whether its translation is stale (made for an English since
        edited) or fuzzy (marked for review): either way it is not used."""
        key = (missing.context, missing.english)
        if key in self.translations.fuzzy:
            return replace(missing, status="fuzzy", earlier=self.translations.fuzzy[key].earlier)
        earlier = self.translations.by_context.get(missing.context)
        if missing.kind not in SHARED_CONTEXT and earlier not in (None, missing.english):
            return replace(missing, status="stale", earlier=earlier)
        return missing

    def _missing(self, missing: Missing) -> str:
        key = (missing.context, missing.english)
        if key not in self.missing:
            self.missing[key] = self.explained(missing)
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
