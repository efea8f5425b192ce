"""What a build needs of a language edition: the edition of a project, the store and project
as its readers see them, its templates folder, and the refusal of a brief that would print
English it has no translation for."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from briefgen.errors import BriefgenError, Problem
from briefgen.language import SOURCE, by_tag, language
from briefgen.language.edition import MESSAGES, UNTRANSLATED_MARK, Edition, load_edition, translations_path

# How much of an untranslated text must show after its mark for the brief to count as printing
# it: a label may be printed shortened (its period clause dropped): its first words are there.
_SHOWN_PREFIX = 12


class TranslationError(BriefgenError):
    """A brief in another language would print text that has no translation."""


@dataclass(frozen=True)
class Shown:
    """The project and store as a brief in the edition's language shows them."""

    project: object
    store: object
    template_dirs: tuple[Path, ...]
    tag: str


def project_edition(project) -> Edition | None:
    """The edition a project builds in (briefgen.yaml `language`, or --language), None for
    English. Read once per process while its files are unchanged."""
    if project.language == SOURCE:
        return None
    lang = language(project.language)
    files = (translations_path(project.root, lang.code), MESSAGES / f"{lang.code}.po")
    return _edition(lang.code, project.root, getattr(project, "untranslated", "fail"),
                    tuple(_stamp(p) for p in files))


def _stamp(path: Path) -> tuple:
    try:
        stat = path.stat()
        return (stat.st_mtime_ns, stat.st_size)
    except OSError:
        return ()


@lru_cache(maxsize=4)
def _edition(code: str, root: Path, untranslated: str, stamps: tuple) -> Edition:
    return load_edition(language(code), root, untranslated)


@lru_cache(maxsize=8)
def words_in(tag: str | None) -> Edition | None:
    """briefgen's own words in the language of a document's tag ('zh-CN'), for renderers (which
    see only the document); None for the source language."""
    lang = by_tag(tag)
    if lang.is_source:
        return None
    from briefgen.language.catalog import Catalog, read_catalog
    words = read_catalog(MESSAGES / f"{lang.code}.po", f"briefgen/language/messages/{lang.code}.po")
    return Edition(lang, words, Catalog(), "mark")


def page_words(tag: str | None) -> tuple[str, str, str]:
    """The words around a page number and the page count ('Page ', ' of ', '')."""
    edition = words_in(tag)
    pattern = edition.say("page_of") if edition else "Page {page} of {total}"
    before, _, rest = pattern.partition("{page}")
    between, _, after = rest.partition("{total}")
    return before, between, after


def produced_text(tag: str | None, iso: str) -> str | None:
    """'编制日期：2026年12月4日' for a document in another language; None in the source language."""
    edition = words_in(tag)
    if edition is None:
        return None
    from briefgen.language import cldr
    return edition.say("produced", date=cldr.date_text(edition, iso))


def in_language(project, store, edition: Edition | None) -> Shown:
    """The store with its names, labels and texts translated, the project's name and
    organisation likewise, and templates/CODE/ to search first."""
    if edition is None:
        return Shown(project, store, (), project.language)
    def said(context: str, text: str | None) -> str | None:
        return text and edition.translate("project", context, text, "briefgen.yaml")
    contact = project.contact  # its office and address are words; email, phone and web are not
    shown_project = replace(
        project, name=said("project name", project.name),
        organisation=said("project organisation", project.organisation),
        contact=replace(contact, office=said("contact office", contact.office),
                        address=said("contact address", contact.address)))
    templates = project.path("templates") / edition.language.code
    return Shown(shown_project, _translated(store, edition), (templates,), edition.language.tag)


_TRANSLATED: dict[int, tuple] = {}


def _translated(store, edition: Edition):
    """The translated store, made once per store and edition (a pack composes many briefs)."""
    from briefgen.language.store import translated_store
    key = id(store)
    kept = _TRANSLATED.get(key)
    if kept is None or kept[0] is not store or kept[1] is not edition:
        _TRANSLATED.clear()
        kept = _TRANSLATED[key] = (store, edition, translated_store(store, edition))
    return kept[2]


def refuse_untranslated(document, edition: Edition, templates: Path | None = None,
                        used: list[str] = ()) -> None:
    """Raise TranslationError listing every untranslated text the document prints, and every
    template it was composed from that has no version in templates/CODE/ (its words would be
    English), unless the edition marks them (`--untranslated mark`): then they stay, marked
    (EN), and English templates are used as they are."""
    if edition.untranslated == "mark":
        return
    if templates is not None:
        _refuse_english_templates(edition, templates, used)
    printed = _printed(document)
    if UNTRANSLATED_MARK not in printed:
        return
    found = shown_untranslated(document, edition)
    problems = [Problem(edition.problem_text(m)[0], m.path, m.line,
                        (edition.problem_text(m)[1] or f"add it to {_where(m, edition)}")
                        + ", or build with --untranslated mark to print the English marked (EN)")
                for m in found]
    if not problems:  # marked text whose entry was cut beyond recognition
        problems = [Problem(f"the brief would print untranslated text: "
                            f"{_around(printed)!r}", hint="see `briefgen translations check "
                            f"--language {edition.language.code}`")]
    raise TranslationError(problems=problems)


def shown_untranslated(document, edition: Edition) -> list:
    """The texts with no translation (edition.missing) that `document` prints, marked (EN):
    at each mark, the text(s) the words after it begin with the most of (at least their first
    words: 'Qingdao and Europe' is the pack's title, not a fact's 'Qingdao and the Israeli …')."""
    found: dict[tuple[str, str], object] = {}
    for shown in _printed(document).split(UNTRANSLATED_MARK)[1:]:
        lengths = [(_common_start(shown, m.english), m) for m in edition.missing.values()]
        lengths = [(length, m) for length, m in lengths
                   if length >= min(_SHOWN_PREFIX, len(m.english))]
        most = max((length for length, _ in lengths), default=0)
        found.update(((m.context, m.english), m) for length, m in lengths if length == most)
    return list(found.values())


def _common_start(a: str, b: str) -> int:
    """How many characters `a` and `b` begin with alike."""
    length = 0
    for x, y in zip(a, b):
        if x != y:
            break
        length += 1
    return length


def _printed(document) -> str:
    from briefgen.document import to_dict
    return "\n".join(_strings(to_dict(document)))


def _strings(value):
    """Every text in a document's dictionary form (its blocks, meta, chart words)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def _refuse_english_templates(edition: Edition, templates: Path, used: list[str]) -> None:
    """Templates of the source language among `used` (files the engine loaded) with no
    version of their own in templates/CODE/."""
    own = templates / edition.language.code
    english = []
    for name in used:
        path = Path(name)
        try:
            relative = path.relative_to(templates)
        except ValueError:
            continue  # an event's own templates, or the shipped ones
        if relative.parts[0] != edition.language.code and not (own / relative).is_file():
            english.append(relative)
    if english:
        raise TranslationError(problems=[Problem(
            f"no {edition.language.name} version of template {relative}: its words would be "
            "English", f"templates/{relative}", hint=f"create templates/{edition.language.code}/"
            f"{relative}; {{% extends \"base/{relative}\" %}} keeps what needs no words")
            for relative in dict.fromkeys(english)])


def _where(missing, edition: Edition) -> str:
    if missing.kind == "word":
        return missing.path or "briefgen/language/messages"
    return f"translations/{edition.language.code}.po"


def _around(printed: str) -> str:
    start = printed.index(UNTRANSLATED_MARK)
    return printed[start:start + 60]
