"""The inbox page's work, apart from HTTP: candidates with their source context, field edits
written into the inbox file, reject, and accept through the same function as `facts accept`.

Edits change single lines of a candidate's block, so the file keeps its comments and the other
candidates byte for byte. Every change is checked against the content hash the page was
rendered from: a file changed meanwhile (the CLI, an editor, another tab) is never overwritten.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from briefgen.errors import BriefgenError, FactError, Problem
from briefgen.facts.extract.command import Folders, accept_file
from briefgen.facts.inbox.files import INBOX_DIR, normalise, parse_block, read_blocks
from briefgen.facts.model import PERIOD_KINDS, SCOPE_LEVELS, UNITS
from briefgen.outputs import write_text
from briefgen.safety.files import text_in
from briefgen.safety.paths import is_within

EDITABLE = ("id", "subject", "metric", "label", "unit", "counted", "period", "period_kind",
            "scope")
OPTIONAL = frozenset({"counted", "period", "period_kind"})  # an empty field removes the key
SCOPE_PARTS = ("level", "place", "among")
# the form's field names: `scope` is three of them (scope.level, scope.place, scope.among)
FORM_KEYS = tuple(k for k in EDITABLE if k != "scope") + tuple(f"scope.{p}" for p in SCOPE_PARTS)
PAGE_SIZE = 25
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\.yaml")
_BLOCK_START = re.compile(r"^  - ", re.MULTILINE)
_DROPPED = re.compile(r"^(?:  - |    )review: *drop\b", re.MULTILINE)


class Changed(BriefgenError):
    """The inbox file is not what the page was showing: it changed since it was read."""


class NotFound(BriefgenError):
    """A request names a file or fact the page does not have."""


@dataclass
class Candidate:
    """One candidate as the page shows it."""

    index: int  # position in the file, 0-based
    line: int  # line of its block in the inbox file
    fields: dict
    review: str
    before: str = ""  # the source sentence, split around the figure
    figure: str = ""
    after: str = ""
    paragraph: str = ""
    problem: str | None = None  # why it cannot be accepted (path:line: message)
    problem_field: str | None = None


@dataclass
class InboxFile:
    """One inbox file (one source document) and a page of its candidates."""

    name: str
    path: Path
    digest: str
    seed: str
    total: int
    dropped: int
    candidates: list[Candidate] = field(default_factory=list)
    page: int = 1
    pages: int = 1


@dataclass
class Vocabulary:
    """The choices the store offers for the fields that have them."""

    subjects: list[tuple[str, str]]  # (slug, name)
    metrics: list[tuple[str, str]]  # (name, label)
    units: list[str]
    period_kinds: tuple[str, ...] = PERIOD_KINDS
    scope_levels: tuple[str, ...] = SCOPE_LEVELS


def digest_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- where files are --------------------------------------------------------------------------

def inbox_dir(folders: Folders) -> Path:
    return folders.facts / INBOX_DIR


def inbox_path(folders: Folders, name: str) -> Path:
    """facts/_inbox/NAME for a NAME from a request: a plain .yaml file name that exists there,
    or a FactError. Nothing else a request says reaches the file system."""
    folder = inbox_dir(folders)
    if _NAME.fullmatch(name or "") and is_within(folder, folder / name):
        path = (folder / name).resolve()
        if path.parent == folder.resolve() and path.is_file():
            return path
    raise NotFound(f"no inbox file {name!r}", path=inbox_dir(folders),
                   hint="open one from the inbox page")


def inbox_names(folders: Folders) -> list[tuple[str, str, int, int]]:
    """(file name, title of its source, candidates, reviewed `drop`) of every inbox file."""
    folder = inbox_dir(folders)
    titles = {Path(str(name)).stem: str((info or {}).get("title") or "")
              for name, info in (_yaml(folders.seeds / "index.yaml").get("seeds") or {}).items()
              if isinstance(info, dict)}
    found = []
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
        if not is_within(folder, path) or path.resolve().parent != folder.resolve():
            continue  # a link that leads elsewhere is not an inbox file
        found.append((path.name, titles.get(path.stem, ""), *_counts(path)))
    return found


_COUNTED: dict[Path, tuple[tuple, tuple[int, int]]] = {}  # path -> (stamp, counts)


def _counts(path: Path) -> tuple[int, int]:
    """(candidates, reviewed `drop`) of an inbox file, counted again only when it changes."""
    stat = path.stat()
    stamp = (stat.st_size, stat.st_mtime_ns)
    if _COUNTED.get(path, ((),))[0] != stamp:
        text = path.read_text(encoding="utf-8", errors="replace")
        _COUNTED[path] = (stamp, (len(_BLOCK_START.findall(text)), len(_DROPPED.findall(text))))
    return _COUNTED[path][1]


def vocabulary(folders: Folders) -> Vocabulary:
    """Subjects from facts/entities.yaml, metrics from facts/metrics.yaml, the known units."""
    entities = _yaml(folders.facts / "entities.yaml")
    listed = ([entities["city"]] if entities.get("city") else []) + \
        list(entities.get("partners") or []) + list(entities.get("sectors") or [])
    subjects = [(str(e["slug"]), str(e.get("name") or e["slug"])) for e in listed
                if isinstance(e, dict) and e.get("slug")]
    metrics = _yaml(folders.facts / "metrics.yaml").get("metrics") or {}
    named = [(str(k), str((v or {}).get("label") or k)) for k, v in metrics.items()]
    return Vocabulary(subjects, sorted(named), sorted(UNITS, key=str.lower))


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_READ: dict[Path, tuple[tuple, dict]] = {}  # path -> ((size, mtime), data): read again on change


def _yaml(path: Path) -> dict:
    """A small YAML file of the project (entities, metrics, the seeds index), read once while
    it is unchanged."""
    try:
        stat = path.stat()
        stamp = (stat.st_size, stat.st_mtime_ns)
        if _READ.get(path, ((),))[0] != stamp:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
            _READ[path] = (stamp, data if isinstance(data, dict) else {})
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}  # `briefgen facts check` reports a broken file; the page offers no choices
    return _READ[path][1]


# --- reading a page -----------------------------------------------------------------------------

def read_inbox(folders: Folders, name: str, page: int = 1,
               problems: dict[int, Problem] | None = None) -> InboxFile:
    """A page of the candidates of one inbox file, with their source sentence and paragraph."""
    path = inbox_path(folders, name)
    data = path.read_bytes()
    header, blocks = read_blocks(path)
    pages = max(1, -(-len(blocks) // PAGE_SIZE))
    page = min(max(page, 1), pages)
    view = InboxFile(name, path, digest_of(data), "", len(blocks),
                     sum(bool(_DROPPED.search(b)) for b in blocks), page=page, pages=pages)
    line = header.count("\n") + 1
    seeds = _SeedTexts(folders.seeds)
    for index, block in enumerate(blocks):
        if (index // PAGE_SIZE) + 1 == page:
            view.candidates.append(_candidate(index, line, block, path, seeds))
        line += block.count("\n")
    view.seed = _seed_name(view.candidates) or path.stem + ".txt"
    for candidate in view.candidates:
        problem = (problems or {}).get(candidate.index)
        if problem:
            candidate.problem = str(problem)
            candidate.problem_field = problem_field(problem.message)
    return view


def _candidate(index: int, line: int, block: str, path: Path, seeds: _SeedTexts) -> Candidate:
    try:
        fields = parse_block(block, path, line)
    except FactError as error:
        return Candidate(index, line, {}, "keep", problem=str(error.problems[0]))
    review = str(fields.get("review", "keep")).strip().lower()
    candidate = Candidate(index, line, fields, review)
    source = next(iter(_sources(fields)), {})
    quote = normalise(str(source.get("quote") or ""))
    written = normalise(str(fields.get("as_written") or ""))
    at = quote.find(written) if written else -1
    if at >= 0:
        candidate.before, candidate.figure, candidate.after = \
            quote[:at], written, quote[at + len(written):]
    else:
        candidate.before = quote
    candidate.paragraph = seeds.paragraph(str(source.get("seed") or ""), quote,
                                          _offset(fields.get("candidate")))
    return candidate


def _offset(note) -> int | None:
    """The character offset of the figure in its seed, from the `candidate:` note."""
    at = str(note.get("at", "")) if isinstance(note, dict) else ""
    tail = at.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else None


def _seed_name(candidates: list[Candidate]) -> str | None:
    for c in candidates:
        for source in _sources(c.fields):
            if source.get("seed"):
                return str(source["seed"])
    return None


def _sources(fields: dict) -> list[dict]:
    """The candidate's sources that are mappings: `sources: 5`, as written in a file, is shown
    (and refused on accept, by the fact schema), not a page that fails."""
    sources = fields.get("sources")
    return [s for s in sources if isinstance(s, dict)] if isinstance(sources, list) else []


class _SeedTexts:
    """Seed texts read once per page; a seed name that leaves seeds/ is not read."""

    def __init__(self, folder: Path | None):
        self.folder = folder.resolve() if folder else None
        self.texts: dict[str, str | None] = {}

    def text(self, seed: str) -> str | None:
        if seed not in self.texts:
            self.texts[seed] = self._read(seed)
        return self.texts[seed]

    def _read(self, seed: str) -> str | None:
        if not self.folder or not seed:
            return None
        return text_in(self.folder, seed)

    def paragraph(self, seed: str, quote: str, offset: int | None) -> str:
        """The paragraph (text between blank lines) holding the figure, flattened."""
        text = self.text(seed)
        if not text:
            return ""
        if offset is None or offset > len(text):
            flat = normalise(text)
            at = flat.find(quote)
            return flat if at < 0 else flat[max(at - 400, 0):at + len(quote) + 400]
        start = text.rfind("\n\n", 0, offset)
        end = text.find("\n\n", offset)
        return normalise(text[start + 1 if start >= 0 else 0:end if end >= 0 else len(text)])


_FIELD_WORDS = re.compile(r"`(\w+)`|\b(review|id|subject|metric|label|unit|counted|period_kind|"
                          r"scope|period|as_written|value|equivalent_of|quote|seed|text)\b")


def problem_field(message: str) -> str | None:
    """The field a problem message is about: a `quoted` key first, else the first key named
    (after the candidate id that starts the message)."""
    rest = message.split(": ", 1)[1] if ": " in message else message
    quoted = [m[1] for m in _FIELD_WORDS.finditer(rest) if m[1]]
    if quoted:
        return quoted[0]
    named = [m[2] for m in _FIELD_WORDS.finditer(rest) if m[2]]
    return named[0] if named else None


# --- changing the file -------------------------------------------------------------------------

@dataclass
class Outcome:
    """What a POST did, for the page to say."""

    notice: str = ""
    problems: dict[int, Problem] = field(default_factory=dict)  # by index after the change


def apply(folders: Folders, name: str, digest: str, edits: dict[int, dict[str, str]],
          review: dict[int, str], accept: set[int]) -> Outcome:
    """Save the edits and the `review:` marks (keep or drop), mark `accept` as kept and accept
    those with `facts accept`'s own function. Raises Changed if the file is not the one with
    `digest`: nothing is written then."""
    path = inbox_path(folders, name)
    data = path.read_bytes()
    if digest_of(data) != digest:
        raise Changed("this inbox file changed since the page was shown (by the CLI, an editor "
                      "or another tab); it has been read again: make your change again",
                      path=path)
    header, blocks = read_blocks(path)
    changed = [_edited(block, edits.get(i, {}), "keep" if i in accept else review.get(i))
               for i, block in enumerate(blocks)]
    _check_parses(header, changed, path)
    if changed != blocks:
        write_text(path, header + "".join(changed))
    dropped = sum(mark == "drop" for mark in review.values())
    outcome = Outcome(_said(dropped, "rejected") if dropped else
                      "saved" if changed != blocks and not accept else "no change")
    if accept:
        _accept(path, folders, header, changed, accept, outcome)
    return outcome


def _accept(path: Path, folders: Folders, header: str, blocks: list[str], picked: set[int],
            outcome: Outcome) -> None:
    result = accept_file(path, folders, only=picked)
    starts = _block_lines(header, blocks)
    left = {starts.index(p.line): p for p in result.left if p.line in starts}
    gone = sorted(picked - set(left))
    new_lines = _block_lines(header, [b for i, b in enumerate(blocks) if i not in gone])
    for index, problem in left.items():
        moved = index - sum(g < index for g in gone)
        outcome.problems[moved] = Problem(problem.message, _shown(Path(problem.path or path),
                                                                  folders),
                                          new_lines[moved], problem.hint)
    into = f" into {_shown(result.target, folders)}" if result.accepted else ""
    outcome.notice = (f"accepted {len(result.accepted)}{into}; {result.already} already in the "
                      f"store; {len(result.left)} left for review")


def _shown(path: Path | None, folders: Folders) -> str:
    """The path as the CLI shows paths: relative to the project folder."""
    try:
        return str(path.resolve().relative_to(folders.root.resolve()))
    except (ValueError, TypeError, AttributeError):
        return str(path)


def _said(count: int, what: str) -> str:
    return f"{what} {count} candidate{'s' if count != 1 else ''}"


def _block_lines(header: str, blocks: list[str]) -> list[int]:
    lines, line = [], header.count("\n") + 1
    for block in blocks:
        lines.append(line)
        line += block.count("\n")
    return lines


def _check_parses(header: str, blocks: list[str], path: Path) -> None:
    for line, block in zip(_block_lines(header, blocks), blocks):
        parse_block(block, path, line)  # a FactError with the line; nothing written yet


def _edited(block: str, edits: dict[str, str], review: str | None) -> str:
    current = _current(block)
    for key in EDITABLE:
        if key != "scope" and key in edits and edits[key].strip() != current.get(key, ""):
            block = set_field(block, key, edits[key].strip())
    scope = _scope_edit(edits)
    if scope is not None and scope != scope_parts(current.get("scope")):
        block = set_scope(block, scope)
    if review and current.get("review", "keep") != review:
        block = set_review(block, review)
    return block


def _current(block: str) -> dict:
    """The block's keys as text; `scope` stays a mapping."""
    try:
        parsed = yaml.safe_load("facts:\n" + block)["facts"][0]
    except (yaml.YAMLError, TypeError, IndexError, KeyError):
        return {}
    if not isinstance(parsed, dict):
        return {}
    return {k: v if k == "scope" and isinstance(v, dict) else "" if v is None else str(v)
            for k, v in parsed.items()}


def scope_parts(scope) -> dict[str, str]:
    """A scope as its non-empty parts in SCOPE_PARTS order; the city's own scope (level city,
    nothing else) is no scope at all, as the extractor writes it."""
    if not isinstance(scope, dict):
        return {"level": str(scope)} if scope not in (None, "") else {}
    parts = {p: str(scope[p]).strip() for p in SCOPE_PARTS if scope.get(p) not in (None, "")}
    return {} if parts == {"level": "city"} else parts


def _scope_edit(edits: dict[str, str]) -> dict[str, str] | None:
    """The scope the form asks for, or None when the form has no scope fields."""
    if not any(f"scope.{p}" in edits for p in SCOPE_PARTS):
        return None
    return scope_parts({p: edits.get(f"scope.{p}", "") for p in SCOPE_PARTS})


def set_field(block: str, key: str, value: str) -> str:
    """The block with `key: value` (one line, the value quoted when YAML would read it as
    something else); an empty optional field is removed."""
    return _set_line(block, key, scalar(value) if value or key not in OPTIONAL else None)


def set_scope(block: str, scope: dict[str, str]) -> str:
    """The block with `scope: {"level": …, "place": …}` on one line, in the flow style the
    extractor writes; no scope (the city's) removes the key."""
    return _set_line(block, "scope", json.dumps(scope, ensure_ascii=False) if scope else None)


def _set_line(block: str, key: str, written: str | None) -> str:
    """The block with `key: written` replacing the key's line (and any lines under it), or
    without the key when `written` is None."""
    pattern = re.compile(rf"^(?P<lead>  - |    ){re.escape(key)}:.*\n(?:      .*\n|\s*\n(?=      ))*",
                         re.MULTILINE)
    line = f"{key}: {written}\n" if written is not None else ""
    match = pattern.search(block)
    if match:
        if not line and match["lead"] == "  - ":  # keep the item's dash on the next key
            return block[:match.start()] + "  - " + block[match.end():].removeprefix("    ")
        return block[:match.start()] + (match["lead"] + line if line else "") + block[match.end():]
    if not line:
        return block
    sources = re.search(r"^    sources:", block, re.MULTILINE)
    at = sources.start() if sources else len(block.rstrip("\n")) + 1
    return block[:at] + "    " + line + block[at:]


def set_review(block: str, review: str) -> str:
    if re.search(r"^(?:  - |    )review:", block, re.MULTILINE):
        return re.sub(r"^(  - |    )review:.*$", rf"\g<1>review: {review}", block, count=1,
                      flags=re.MULTILINE)
    return "  - review: " + review + "\n    " + block.removeprefix("  - ")


def scalar(value: str) -> str:
    """The value as a YAML scalar that reads back as this same text."""
    try:
        plain = yaml.safe_load(value) == value and "\n" not in value and ": " not in value
    except yaml.YAMLError:
        plain = False
    return value if plain and value.strip() == value else json.dumps(value, ensure_ascii=False)

