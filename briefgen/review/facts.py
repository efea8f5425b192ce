"""The facts page's work: search the store, show a fact's quote in its source, and change a
fact's label or priority in its file, checked as `facts check` checks it before it is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from briefgen.config import Project
from briefgen.errors import FactError, Problem
from briefgen.facts.age import Timeline
from briefgen.facts.model import Fact
from briefgen.facts.store import FactStore, check_fact_text, load_seed_text
from briefgen.facts.verify import edit_problems
from briefgen.outputs import write_text
from briefgen.safety.paths import is_within
from briefgen.yamlio import loads

from .inbox import Changed, NotFound, digest_of, scalar

PAGE_SIZE = 50
EDITABLE = ("label", "priority")
PRIORITIES = ("1", "2", "3")


MARKS = ("stale", "superseded")


@dataclass(frozen=True)
class Query:
    text: str = ""
    subject: str = ""
    metric: str = ""
    seed: str = ""
    older_than: int | None = None  # years before the production date
    marked: str = ""  # one of MARKS: only the facts so marked
    page: int = 1


def timeline(project: Project) -> Timeline:
    """The freshness policy on the production date, as briefs and `facts stale` apply it."""
    return Timeline(project.built_on(), project.freshness)


def search(store: FactStore, query: Query, when: Timeline) -> tuple[list[Fact], int, int]:
    """(the page of matching facts, how many match, pages)."""
    text = query.text.lower()
    found = [f for f in store.facts
             if (not query.subject or f.about(query.subject))
             and (not query.metric or f.metric == query.metric)
             and (not query.seed or any(s.seed == query.seed for s in f.sources))
             and (query.older_than is None or (age(f, store, when) or 0) >= query.older_than)
             and (query.marked != "stale" or stale(f, store, when))
             and (query.marked != "superseded" or superseded_by(f, store))
             and (not text or text in f.id or text in f.label.lower()
                  or any(text in s.quote.lower() for s in f.sources))]
    pages = max(1, -(-len(found) // PAGE_SIZE))
    page = min(query.page, pages)
    return found[(page - 1) * PAGE_SIZE:page * PAGE_SIZE], len(found), pages


def age(fact: Fact, store: FactStore, when: Timeline) -> float | None:
    """Years from the figure's as-of date (its period's end, else its source's date) to the
    production date."""
    return when.age(fact, store.seeds)


def stale(fact: Fact, store: FactStore, when: Timeline) -> bool:
    """Older than the policy allows, so briefs mark it † (and `facts stale` lists it unless a
    newer figure supersedes it)."""
    return when.stale(fact, store.seeds)


def superseded_by(fact: Fact, store: FactStore) -> str | None:
    """The id of the fact briefs print instead: the newest figure of the same measure, or the
    fact preferred over this one in a resolved conflict; None while it is in use."""
    if fact.id in store.superseded:
        return store.superseded[fact.id]
    if fact.id in store.overruled:
        return next(f.id for f in store.facts if f.preferred and fact.id in f.conflicts_with)
    return None


def in_context(store: FactStore, fact: Fact, around: int = 320) -> tuple[str, str, str]:
    """(text before, the quote, text after) in the first source, whitespace flattened."""
    seed_text = load_seed_text(store, fact.seed) or ""
    flat = " ".join(seed_text.split())
    quote = " ".join(fact.quote.split())
    at = flat.find(quote)
    if at < 0:
        return "", quote, ""
    before, after = flat[max(at - around, 0):at], flat[at + len(quote):at + len(quote) + around]
    return ("…" if at > around else "") + before, quote, after + ("…" if len(flat) > at + len(quote) + around else "")


# --- changing a fact in its file ---------------------------------------------------------------

def fact_file(project: Project, fact: Fact) -> Path:
    """The file a fact was read from, which must lie in facts/ (it came from the store, not the
    request, but a link could still lead out)."""
    folder, path = project.path("facts"), project.root / (fact.path or "")
    if not fact.path or not is_within(folder, path) or not path.is_file():
        raise NotFound(f"{fact.id}: its file is not in {folder}", path=fact.path)
    return path.resolve()


def edit(project: Project, store: FactStore, fact: Fact, digest: str,
         changes: dict[str, str]) -> bool:
    """Write the changed label and priority of `fact` into its file, one line each; checked
    first with `facts check`'s own checks (see `_check`), and refused if the file is not the one
    with `digest`. Returns whether anything changed."""
    path = fact_file(project, fact)
    data = path.read_bytes()
    if digest_of(data) != digest:
        raise Changed("this fact file changed since the page was shown (by the CLI, an editor or "
                      "another tab); it has been read again: make your change again", path=fact.path)
    text = data.decode("utf-8")
    wanted = {k: v.strip() for k, v in changes.items() if k in EDITABLE and v.strip() != _now(fact, k)}
    if not wanted:
        return False
    if "priority" in wanted and wanted["priority"] not in PRIORITIES:
        raise FactError(f"{fact.id}: priority must be 1, 2 or 3, not {wanted['priority']!r}",
                        path=fact.path, line=fact.line, hint="1 = headline, 2 = supporting, 3 = detail")
    new = _with_changes(text, fact, wanted)
    _check(store, text, new, fact, wanted)
    write_text(path, new)
    return True


def _now(fact: Fact, key: str) -> str:
    return str(getattr(fact, key))


def _with_changes(text: str, fact: Fact, wanted: dict[str, str]) -> str:
    lines = text.splitlines(keepends=True)
    raw = _raw_fact(text, fact)
    for key, value in wanted.items():
        written = value if key == "priority" else scalar(value)
        if key in raw:
            number = raw.line_of(key) - 1
            head = lines[number][:lines[number].index(f"{key}:") + len(key) + 1]
            lines[number] = f"{head} {written}\n"
        else:  # a new key goes under the label, at its indentation
            number = raw.line_of("label") - 1
            column = lines[number].index("label:")
            lines.insert(number + 1, " " * column + f"{key}: {written}\n")
    return "".join(lines)


def _raw_fact(text: str, fact: Fact):
    for raw in (loads(text, fact.path or "") or {}).get("facts") or []:
        if isinstance(raw, dict) and raw.get("id") == fact.id:
            return raw
    raise NotFound(f"{fact.id}: no longer in its file", path=fact.path)


def _check(store: FactStore, old: str, new: str, fact: Fact, wanted: dict[str, str]) -> None:
    """The new text passes `facts check`'s file checks, differs from the old in exactly the
    changed fields (a label written over several lines, say, is refused rather than mangled),
    and the changed fact passes `facts check`'s store checks that a label can fail (a scope's
    place named in the label; no conflict with a fact of the same measure)."""
    changed, problems = check_fact_text(new, fact.path or "")
    if problems:
        raise FactError(problems=problems)
    expected = loads(old, fact.path or "")
    for raw in expected["facts"]:
        if isinstance(raw, dict) and raw.get("id") == fact.id:
            raw.update({k: int(v) if k == "priority" else v for k, v in wanted.items()})
    if loads(new, fact.path or "") != expected:
        raise FactError(f"{fact.id}: this {', '.join(wanted)} cannot be changed by one line",
                        path=fact.path, line=fact.line, hint="edit it in the file")
    problems = edit_problems(store, next(f for f in changed if f.id == fact.id))
    if problems:
        raise FactError(problems=problems)


def field_problems(problems: list[Problem]) -> dict[str, str]:
    """Problems by the field they name (label or priority), the rest under ''."""
    found: dict[str, str] = {}
    for problem in problems:
        named = re.search(r"\b(label|priority)\b", problem.message)
        key = named[1] if named else ""
        found[key] = "; ".join(filter(None, (found.get(key), str(problem))))
    return found
