"""Language editions: which languages a brief can be written in, and the one in use.

A language is data (docs/languages.md): an entry in `languages.yaml` (its tag, CLDR locale,
script and fonts), briefgen's fixed words in `messages/CODE.po`, and, in the project, the
translations of its entities, measures and facts (`translations/CODE.po`) and its templates
(`templates/CODE/`, searched before `templates/`). English is the source language: its words are
the ones in the code and the facts, so an English brief never consults any of this.

The language of the brief being composed is a context variable (`active`), set by `using()`
around composing one brief, so the formatting filters and the helpers that write words need no
extra argument and an English build runs exactly the code it always ran.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefgen.errors import ConfigError

SOURCE = "en"  # the language facts, entities and templates are written in
_HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Language:
    """One language as languages.yaml describes it."""

    code: str
    name: str
    tag: str  # BCP 47, for w:lang, /Lang and dc:language
    locale: str  # CLDR locale (Babel)
    script: str = "latin"  # latin | cjk
    font: str | None = None  # PDF body font file in briefgen/fonts/
    word_font: str | None = None  # the East Asian font the DOCX names

    @property
    def is_source(self) -> bool:
        return self.code == SOURCE

    @property
    def cjk(self) -> bool:
        return self.script == "cjk"

    def foreign(self, text: str) -> bool:
        """Whether `text` has letters but none of this language's script ('Trade fair' for
        Chinese, '博览会' for English): words a brief in this language must not print."""
        import unicodedata
        letters = [unicodedata.name(ch, "") for ch in text if ch.isalpha()]
        ours = (lambda name: name.startswith(_CJK)) if self.cjk else (lambda name: "LATIN" in name)
        return bool(letters) and not any(ours(name) for name in letters)


_CJK = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")  # Unicode names of the East Asian scripts' letters


@lru_cache(maxsize=1)
def languages() -> dict[str, Language]:
    """Every language briefgen can write, by code."""
    import yaml
    data = yaml.safe_load((_HERE / "languages.yaml").read_text(encoding="utf-8"))
    return {code: Language(code, **entry) for code, entry in data.items()}


def language(code: str) -> Language:
    """The language of `code` ('zh'); a code briefgen does not know is a ConfigError."""
    known = languages()
    if code not in known:
        raise ConfigError(f"unknown language {code!r} (known: {', '.join(sorted(known))})",
                          hint="see docs/languages.md for how a language is added")
    return known[code]


def by_tag(tag: str | None) -> Language:
    """The language of a document's language tag ('zh-CN', 'en'); unknown tags read as English."""
    for lang in languages().values():
        if tag in (lang.tag, lang.code):
            return lang
    return languages()[SOURCE]


_ACTIVE: ContextVar[object | None] = ContextVar("briefgen_edition", default=None)


def active():
    """The edition (briefgen.language.edition.Edition) being composed, or None for English."""
    return _ACTIVE.get()


def localized(module: str):
    """Decorate a function that writes English words: in another language's edition, its
    namesake in briefgen/language/<module>.py writes them instead, given the edition first."""
    def decorate(function):
        @functools.wraps(function)
        def in_language(*args, **kwargs):
            edition = active()
            if edition is None:
                return function(*args, **kwargs)
            writer = importlib.import_module(f"briefgen.language.{module}")
            return getattr(writer, function.__name__)(edition, *args, **kwargs)
        return in_language
    return decorate


def in_source(fact):
    """The fact as written in the source language: rules that read English words (a label
    saying 'cut', two texts saying the same) read these, so a brief in another language picks
    and orders its facts exactly as the English one does."""
    edition = _ACTIVE.get()
    return fact if edition is None else edition.source_facts.get(fact.id, fact)


@contextlib.contextmanager
def using(edition):
    """Compose in `edition` inside the block (None: the source language)."""
    token = _ACTIVE.set(edition)
    try:
        yield edition
    finally:
        _ACTIVE.reset(token)
