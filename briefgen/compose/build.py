"""Compose one document: template + subject + facts -> Document.

    render the template (Jinja2, sandboxed) -> Markdown with line origins
    split the YAML front matter            -> Meta
    parse the Markdown and its directives  -> blocks
    number the citations in reading order  -> blocks + Sources
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from briefgen import document as d
from briefgen.compose.context import FILTERS, ComposeContext, Store
from briefgen.compose.directives import Directives, load_yaml
from briefgen.compose.markdown import BlockConverter
from briefgen.compose.sources import number_citations
from briefgen.compose.sandbox import MAX_OUTPUT
from briefgen.compose.templates import Rendered, TemplateEngine
from briefgen.errors import TemplateError
from briefgen.facts.rules import notes_for
from briefgen.facts.tags import caveat_notes

META_KEYS = tuple(f.name for f in dataclasses.fields(d.Meta) if f.name not in ("anchor", "outline", "continues"))
# (anchor and outline are set by the build and the pack, not by a template)


def make_engine(template_dirs: Sequence[str | Path], root: str | Path | None = None) -> TemplateEngine:
    """A template engine with the product's filters (reuse one for many documents)."""
    return TemplateEngine(template_dirs, filters=FILTERS, root=root)


def build_document(template: str, store: Store, *, template_dirs: Sequence[str | Path] = (),
                   engine: TemplateEngine | None = None, subject: str | None = None,
                   produced: dt.date | str | None = None, meta: Mapping[str, Any] | None = None,
                   variables: Mapping[str, Any] | None = None, root: str | Path | None = None,
                   grows_to: int = 0) -> d.Document:
    """Compose `template` (a name found in `template_dirs`) for `subject` from the facts in `store`.

    `meta` gives defaults for the document properties (author, header, footer, language …);
    the template's front matter overrides them. `variables` are extra template names (`event`).
    `produced` is the production date printed in the footer (default: today). `grows_to`: the
    pages a document that grows with its input may run to (a pack's contents and sources
    appendix, a page per listed brief at most), when more than its `max_pages`.
    """
    engine = engine or make_engine(template_dirs, root)
    compose = ComposeContext(store, subject)
    produced_text = str(produced or dt.date.today())
    names = compose.variables({"produced": produced_text, **(variables or {})})
    rendered = engine.render(template, names, scale=limits_scale(grows_to))
    front, body, offset = split_front_matter(rendered)
    properties = _meta({**(meta or {}), **front}, rendered, produced_text, compose)
    within_pages(body, offset, rendered, max(properties.max_pages, grows_to))
    directives = Directives(compose, lambda origin: _template_dir(origin, engine),
                            root=engine.root)
    blocks = BlockConverter(rendered, offset, directives).convert(body)
    cited = compose.citations.facts
    notes = notes_for(getattr(store, "notes", {}), cited) + caveat_notes(store.get(i) for i in cited)
    blocks = with_notes(blocks, notes, compose.timeline.stale_note() if compose.marked else None)
    blocks = number_citations(blocks, compose.citations, store)
    return d.Document(properties, tuple(blocks), facts=tuple(compose.citations.facts))


# What a page can hold, ten times over (the densest brief's Markdown is 4,000 characters in 60
# lines): more never fits, and laying it out to find that out takes minutes (the layout engine
# is bounded by the sandbox's output limit only).
CHARS_PER_PAGE = 50_000
LINES_PER_PAGE = 400


def limits_scale(pages: int) -> int:
    """How many times one rendering's sandbox limits a document of up to `pages` pages gets: as
    much output as those pages can hold (a 2,001-brief pack's sources appendix quotes every
    brief), never less than one rendering's."""
    return max(1, -(-CHARS_PER_PAGE * pages // MAX_OUTPUT))


def within_pages(body: str, offset: int, rendered: Rendered, pages: int) -> None:
    """Refuse Markdown far longer than `pages` pages can hold, at the line where it overflows,
    before anything is laid out."""
    if len(body) <= CHARS_PER_PAGE * pages and body.count("\n") < LINES_PER_PAGE * pages:
        return
    used = 0
    for number, line in enumerate(body.split("\n")):
        used += len(line) + 1
        if used > CHARS_PER_PAGE * pages or number >= LINES_PER_PAGE * pages:
            break
    origin = rendered.origin(offset + number)
    raise TemplateError(
        f"the template writes {len(body):,} characters in {body.count(chr(10)) + 1:,} lines; "
        f"{pages} page{'s' if pages > 1 else ''} cannot hold more than "
        f"{CHARS_PER_PAGE * pages:,} characters or {LINES_PER_PAGE * pages:,} lines",
        path=origin.path, line=origin.line,
        hint="write less, or allow more pages with max_pages in the front matter")


def with_notes(blocks: list[d.Block], notes: list[str], stale: str | None) -> list[d.Block]:
    """The blocks with a line for each note (where the brief's facts disagree) before the
    Sources block, and what the stale mark means in that block's title line ("Sources · † More
    than three years old: look for newer data."), where it takes no room of its own; without a
    Sources block, as lines at the end."""
    where = next((i for i, b in enumerate(blocks) if isinstance(b, d.Sources)), None)
    if stale and where is None:
        notes = [*notes, stale]
    lines = [d.Paragraph((d.Text(note),), role="note") for note in notes]
    if where is None:
        return [*blocks, *lines]
    sources = blocks[where]
    if stale:
        sources = dataclasses.replace(sources, title=f"{sources.title} · {stale}")
    return [*blocks[:where], *lines, sources, *blocks[where + 1:]]


def split_front_matter(rendered: Rendered) -> tuple[dict[str, Any], str, int]:
    """(front matter mapping, Markdown body, number of lines before the body)."""
    lines = rendered.text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, rendered.text, 0
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            data = _front_yaml("\n".join(lines[1:end]), rendered)
            if not isinstance(data, dict):
                raise TemplateError("front matter must be a YAML mapping", path=rendered.path, line=1)
            return data, "\n".join(lines[end + 1:]), end + 1
    raise TemplateError("front matter starts with --- but never ends", path=rendered.path, line=1)


def _front_yaml(text: str, rendered: Rendered) -> Any:
    try:
        return load_yaml(text, lambda i: rendered.origin(1 + i)) or {}
    except TemplateError as exc:  # the directives' YAML reader names directives
        raise TemplateError(problems=[dataclasses.replace(
            p, message=p.message.replace("in directive", "in the front matter"),
            hint=p.hint or "quote a value that holds ': ', '#' or control characters: "
                           "title: {{ value | yaml }}") for p in exc.problems]) from None


def _meta(values: dict[str, Any], rendered: Rendered, produced: str, compose: ComposeContext) -> d.Meta:
    unknown = sorted(set(values) - set(META_KEYS), key=str)
    if unknown:
        import difflib
        close = difflib.get_close_matches(str(unknown[0]), META_KEYS, n=1)
        raise TemplateError(f"unknown front matter keys: {', '.join(map(str, unknown))} "
                            f"(known: {', '.join(META_KEYS)})", path=rendered.path,
                            line=_front_line(rendered, str(unknown[0])),
                            hint=f"did you mean {close[0]!r}?" if close else None)
    if not values.get("title"):
        raise TemplateError("the front matter needs a title", path=rendered.path, line=1,
                            hint="add a line title: ... between the --- lines at the top")
    entity = compose.entity(compose.subject)
    values = {"subject": entity.name if entity else None, "produced": produced, **values}

    def fail(key: str, message: str, hint: str) -> TemplateError:
        return TemplateError(f"front matter {key}: {message}", path=rendered.path,
                             line=_front_line(rendered, key), hint=hint)
    keywords = values.get("keywords") or ()
    keywords = [keywords] if isinstance(keywords, str) else keywords
    if not isinstance(keywords, (list, tuple)) or not all(_is_text(k) for k in keywords):
        raise fail("keywords", "must be a list of words", "write keywords: [port, trade]")
    values["keywords"] = tuple(str(k) for k in keywords)
    for key in TEXT_KEYS:
        if values.get(key) is None:
            continue
        if not _is_text(values[key]):
            raise fail(key, "must be text, not a list or mapping",
                       f"quote it: {key}: {{{{ value | yaml }}}}")
        values[key] = str(values[key])
    for key, limit in PROPERTY_LIMITS.items():
        text = ", ".join(values["keywords"]) if key == "keywords" else values.get(key) or ""
        if len(text) > limit:
            raise fail(key, f"{len(text)} characters long; a document property holds at most "
                            f"{limit}", f"shorten the {key}")
    try:
        dt.date.fromisoformat(values["produced"])
    except (TypeError, ValueError):
        raise fail("produced", f"{values['produced']!r} is not a date written YYYY-MM-DD",
                   "leave produced to the build (production_date in briefgen.yaml)") from None
    if not isinstance(values.get("cover", False), bool):
        raise fail("cover", f"{values['cover']!r} is not true or false", "write cover: true")
    max_pages = values.get("max_pages", 1)
    if type(max_pages) is not int or not 1 <= max_pages <= MAX_PAGES:
        raise fail("max_pages", f"{max_pages!r} is not a whole number from 1 to {MAX_PAGES}",
                   "write e.g. max_pages: 2")
    return d.Meta(**values)


TEXT_KEYS = ("title", "subtitle", "subject", "author", "language", "produced", "header", "footer")
# Word keeps title, subject, author and keywords in core properties of at most 255 characters.
PROPERTY_LIMITS = {"title": 255, "subtitle": 255, "subject": 255, "author": 255, "keywords": 255,
                   "language": 35}
MAX_PAGES = 50


def _is_text(value: Any) -> bool:
    return isinstance(value, (str, int, float, Decimal, dt.date)) and not isinstance(value, bool)


def _front_line(rendered: Rendered, key: str) -> int | None:
    """The template line of a front matter key (that line's origin), else the first line."""
    for number, line in enumerate(rendered.text.split("\n")[1:], 1):
        if line.strip() in ("---", "..."):
            break
        if line.startswith(f"{key}:"):
            return rendered.origin(number).line
    return 1


def _template_dir(origin: d.Origin, engine: TemplateEngine) -> Path:
    path = Path(origin.path)
    if not path.is_absolute() and engine.root:
        path = engine.root / path
    return path.parent
