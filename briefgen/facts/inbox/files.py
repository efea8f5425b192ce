"""The review flow: candidates go to an inbox, a person reviews them, `accept` files them.

`write_inbox` puts a seed's candidates in `facts/_inbox/<seed-stem>.yaml`, in the fact-file
format plus two keys per candidate: `review: keep|drop` (keep for confident ones) and a one-line
`candidate:` note saying where the figure was found and why. Figures the store already states
(same seed, value and unit, found inside an existing quote) are left out, and candidates already
in the inbox keep their edits when extraction runs again.

`accept` moves the kept, complete candidates into `facts/accepted/<seed-stem>.yaml`, appended as
text so the file keeps its comments, with ids made unique across the store, and removes them
from the inbox. Incomplete ones stay in the inbox with a reason; dropped ones stay too, as the
record of the review, so extracting again does not propose them again.
"""

from __future__ import annotations

import ast
import bisect
import dataclasses
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import yaml

from briefgen.errors import BriefgenError, FactError, Problem
from briefgen.facts.extract.candidates import Candidate
from briefgen.facts.extract.inputs import entity_names, write_atomically
from briefgen.facts.extract.sentences import Sentences
from briefgen.facts.extract.subjects import with_synonyms
from briefgen.facts.inbox.label_check import FLAW_WORDS, label_flaws, measure_flaw
from briefgen.facts.inbox.suggest import EVENT_S, FIRM_S, OWNER_LEFT_OUT, SITE_S, label_and_reason, metric_and_reason, \
    over_a_past_span, status_and_reason, suggest_id, was_so_once
from briefgen.facts.inbox.trial import held_back
from briefgen.facts.model import UNITS, exact_value, parse_period
from briefgen.facts.quantities import parse_quantity
from briefgen.facts.store import ACCEPTED_DIR, fact_files
from briefgen.safety.files import text_in
from briefgen.safety.paths import is_within, within
from briefgen.validate import load_valid, validate
from briefgen.yamlio import load, loads

KEEP_CONFIDENCE = 0.7
INBOX_DIR = "_inbox"
_HEADER = """\
# Candidate facts extracted from {seed} by `briefgen facts extract --inbox`.
# Review each one: set `review: drop` to discard it; check id, subject, metric, label and
# period (fill in any left empty); then run `briefgen facts accept {path}`.
# Kept, complete candidates move to facts/accepted/; the rest stay here.
facts:
"""
_ACCEPTED_HEADER = """\
# Facts accepted from the review inbox (`briefgen facts accept`), extracted from {seed}.
facts:
"""
_BLOCK_START = re.compile(r"^  - ", re.MULTILINE)
_SPACE = re.compile(r"[\s\u00a0\u3000]+")


@dataclass(frozen=True)
class Store:
    """What the inbox needs to know about the fact store."""

    ids: frozenset[str]
    figures: dict  # seed -> [(value, unit, quote)]
    entities: frozenset[str]
    prefixes: dict  # slug -> id prefix (ISO code or slug)
    metrics: dict  # name -> label
    metric_units: dict  # name -> allowed units (empty: any)
    partners: dict = field(default_factory=dict)  # partner slug -> name
    city: str | None = None  # the city's name
    partner_names: dict = field(default_factory=dict)  # partner slug -> a pattern of every name texts use for it


@dataclass
class AcceptResult:
    accepted: list[str] = field(default_factory=list)  # ids written
    dropped: int = 0  # reviewed `drop`: they stay in the inbox as the record of the review
    already: int = 0  # already in the store, removed from the inbox
    left: list[Problem] = field(default_factory=list)  # kept but incomplete: why
    target: Path | None = None


# --- reading the store -------------------------------------------------------------------------

def read_store(facts_dir: Path) -> Store:
    """Ids, stated figures, entities and metrics of the store (light: no verification)."""
    ids, figures = set(), {}
    for path in fact_files(facts_dir):
        for fact in _facts_of(path):
            ids.add(str(fact.get("id")))
            if fact.get("value") is None:
                continue
            for source in _sources(fact):
                figures.setdefault(source.get("seed"), []).append(
                    (exact_value(fact["value"]), fact.get("unit"), str(source.get("quote", ""))))
    aliases, _ = entity_names(facts_dir / "entities.yaml")
    labels, units = _metrics(facts_dir / "metrics.yaml")
    partners, city = _names(facts_dir / "entities.yaml")
    return Store(frozenset(ids), figures, frozenset(aliases.values()),
                 _prefixes(facts_dir / "entities.yaml"), labels, units, partners, city,
                 _name_patterns(with_synonyms(aliases), partners))


def _name_patterns(aliases: dict[str, str], partners: dict[str, str]) -> dict[str, re.Pattern]:
    """Partner slug -> a pattern of its names and aliases as whole words, a capitalised one in
    its case ("Korean", "US"), a lower-case one in any ("the two koreas")."""
    names: dict[str, list[str]] = {}
    for name, slug in aliases.items():
        if slug in partners:
            names.setdefault(slug, []).append(name)
    return {slug: re.compile("|".join(
        rf"\b{re.escape(n)}\b" if n != n.lower() else rf"(?i:\b{re.escape(n)}\b)"
        for n in sorted(found, key=len, reverse=True))) for slug, found in names.items()}


def _facts_of(path: Path) -> list[dict]:
    try:
        data = load(path)
    except BriefgenError:
        return []  # `briefgen facts check` reports broken files; the inbox only reads ids
    facts = data.get("facts") if isinstance(data, dict) else None
    return [f for f in facts if isinstance(f, dict)] if isinstance(facts, list) else []


def _sources(fact: dict) -> list[dict]:
    """A fact's sources that are mappings (the schema, checked elsewhere, says they all are)."""
    sources = fact.get("sources")
    return [s for s in sources if isinstance(s, dict)] if isinstance(sources, list) else []


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
INBOX_ONLY = ("review", "candidate")  # keys of a candidate that the store does not know


def _names(entities_file: Path) -> tuple[dict[str, str], str | None]:
    """(partner slug -> name, the city's name) for labels."""
    if not entities_file.is_file():
        return {}, None
    data = yaml.safe_load(entities_file.read_text(encoding="utf-8")) or {}
    partners = {p["slug"]: str(p.get("name") or p["slug"]) for p in data.get("partners") or []}
    return partners, (data.get("city") or {}).get("name")


def _prefixes(entities_file: Path) -> dict[str, str]:
    if not entities_file.is_file():
        return {}
    data = load_valid(entities_file, "entities")
    entities = [data["city"]] + list(data.get("partners") or []) + list(data.get("sectors") or [])
    return {e["slug"]: str(e.get("iso") or e["slug"]).lower() for e in entities}


def _metrics(metrics_file: Path) -> tuple[dict[str, str], dict[str, tuple]]:
    """(name -> label, name -> allowed units) of facts/metrics.yaml."""
    if not metrics_file.is_file():
        return {}, {}
    metrics = load_valid(metrics_file, "metrics")["metrics"]
    specs = {name: spec or {} for name, spec in metrics.items()}
    return ({name: spec.get("label", name) for name, spec in specs.items()},
            {name: tuple(spec.get("units") or ()) for name, spec in specs.items()})


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


class StatedFigures:
    """Where the store's quotes of one seed are in its text, with the figures they state."""

    def __init__(self, text: str, seed: str, store: Store):
        flat, offsets = _flatten(text)
        self.spans = []  # (start, end, value, unit)
        for value, unit, quote in store.figures.get(seed, []):
            quote = normalise(quote)
            at = flat.find(quote) if quote else -1
            while at >= 0:
                self.spans.append((offsets[at], offsets[at + len(quote) - 1] + 1, value, unit))
                at = flat.find(quote, at + 1)

    def covers(self, candidate: Candidate) -> bool:
        """The store states this figure: same value and unit, inside one of its quotes."""
        return any(start <= candidate.offset and candidate.end <= end and value == candidate.value
                   and unit == candidate.unit for start, end, value, unit in self.spans)


def _flatten(text: str) -> tuple[str, list[int]]:
    chars, offsets, spaced = [], [], True
    for i, ch in enumerate(text):
        if ch.isspace():
            if not spaced:
                chars.append(" ")
                offsets.append(i)
            spaced = True
        else:
            chars.append(ch)
            offsets.append(i)
            spaced = False
    return "".join(chars), offsets


# --- writing the inbox -------------------------------------------------------------------------

class Said(NamedTuple):
    """What an inbox block says of a figure that a restatement of it says too."""

    label: str
    label_why: str
    status: str | None
    status_why: str


def write_inbox(candidates: list[Candidate], text: str, facts_dir: Path,
                seed_path: str) -> tuple[Path, int, int]:
    """Write (or extend) the inbox of one seed. Returns (path, new candidates, skipped as
    already in the store or the inbox)."""
    store = read_store(facts_dir)
    seed = candidates[0].source if candidates else Path(seed_path).name
    path = within(facts_dir, Path(INBOX_DIR) / f"{Path(seed).stem}.yaml", what="inbox file",
                  error=FactError)
    header, blocks = read_blocks(path) if path.is_file() else (None, [])
    known = {_candidate_at(b) for b in blocks}
    stated = StatedFigures(text, seed, store)
    ids = UniqueIds(set(store.ids) | {_block_id(b) for b in blocks})
    sentences = Sentences(text)
    mentions = Mentions(text)
    ids_by_key: dict[str, str] = {}
    said_by_key: dict[str, Said] = {}  # a figure's key -> its label and status, and why
    owners_held: dict[str, str] = {}  # a quote -> why its figure's label leaves its owner out
    counts_held: dict[str, tuple[int, str]] = {}  # a quote -> (the end of a count held as bare, why)
    flaws_held: dict[str, dict[str, str]] = {}  # a quote -> {a label held, in lower case: the flaw it was held for}
    new_blocks, skipped = [], 0
    for c in candidates:
        if c.key in known or stated.covers(c):
            skipped += 1
            continue
        block, ids_by_key[c.key] = _block(c, text, store, ids, ids_by_key, said_by_key,
                                          owners_held, counts_held, flaws_held, sentences, mentions)
        new_blocks.append(block)
    if blocks or new_blocks:  # no inbox file for a seed with nothing to review
        relative = f"{facts_dir.name}/{INBOX_DIR}/{path.name}"
        header = header or _HEADER.format(seed=seed, path=relative)
        write_atomically(path, header + "".join(blocks + new_blocks))
    return path, len(new_blocks), skipped


# what a change's label adds to its base's: "Year-on-year change in …", " (increase)"
_CHANGE_IN = re.compile(r"^(?:Year-on-year\s+)?[Cc]hange\s+in\s+|\s+\((?:increase|decrease)\)$")
_LIST_GAP = re.compile(r"[^,;.\d]{0,60}?(?:,|\band)\s*$")


def _listed_after_held(c: Candidate, text: str, counts_held: dict[str, tuple[int, str]]) -> str | None:
    """What a count listed right after a count held as bare was held for: "featuring three China
    well-known trademarks, four provincial famous trademarks and six …" says of all three what
    the label of none does. `counts_held`: a quote -> (the end of its held count, why)."""
    if c.unit != "count" or c.quote not in counts_held:
        return None
    end, why = counts_held[c.quote]
    return why if end < c.offset and _LIST_GAP.fullmatch(text, end, c.offset) else None


def _block(c: Candidate, text: str, store: Store, ids: UniqueIds,
           ids_by_key: dict[str, str], said_by_key: dict[str, Said],
           owners_held: dict[str, str], counts_held: dict[str, tuple[int, str]],
           flaws_held: dict[str, dict[str, str]], sentences: Sentences,
           mentions: Mentions) -> tuple[str, str]:
    before = text[max(c.offset - 160, 0):c.offset]
    metric, metric_why = metric_and_reason(c, before[-120:], store.metric_units, store.city)
    fact_id = ids.give(suggest_id(c, metric, store.prefixes))
    review = "keep" if c.confidence >= KEEP_CONFIDENCE and c.subject else "drop"
    label, label_why = label_and_reason(c, metric, store.metrics, text[max(c.offset - 3000, 0):c.offset],
                                        store.partners, store.city)  # the text a name may be in
    status, status_why = status_and_reason(c, before)
    restated = said_by_key.get(c.equivalent_of or "")
    if restated:  # "2.8 billion yuan ($432.32 million)": its label and status, and what holds that back
        label, label_why = restated.label, f"the label of the figure it restates; {restated.label_why}"
        status, status_why = restated.status, f"the status of the figure it restates; {restated.status_why}"
    held_for = _owner_held(label_why) or (c.direction and owners_held.get(c.quote))
    if held_for and not _owner_held(label_why):  # "…'s airport handled 11 million travelers, a 15 percent increase"
        label_why = f"{held_for}: the figure it is the change of; {label_why}"
    sibling = None if held_for else _listed_after_held(c, text, counts_held)
    if sibling:  # "featuring three China well-known trademarks, four provincial famous trademarks …"
        held_for, label_why = sibling, f"{sibling}: listed with a count held for it; {label_why}"
    referred = None if held_for else _refers_to_held(c, owners_held)
    if referred:  # "20 agreements were signed during the event. The agreements are worth …"
        held_for, label_why = referred, f"{referred}: the things the sentence before counted; {label_why}"
    said_by_key[c.key] = Said(label, label_why, status, status_why)
    if held_for:
        owners_held[c.quote] = held_for
        if c.counted and held_for in _OTHERS_OWNERS:
            owners_held[_THINGS + c.counted.split()[-1].lower()] = held_for
    says_more = bool(held_for)
    unwritten = [flaw for flaw in label_flaws(label, c.unit, says_more=says_more) if flaw != "long"]
    if c.unit == "count" and "bare" in unwritten:  # its list's next counts share what it leaves out
        counts_held[c.quote] = c.end, held_for or "what its sentence says of them"
    span = sentences.at(c.offset)  # the figure's sentence says more than its label?
    measure = measure_flaw(label, c.unit, text[span.start:c.offset], text[c.end:span.end])
    if measure and not unwritten:
        unwritten.append(measure)
    held_base = flaws_held.get(c.quote, {}).get(_CHANGE_IN.sub("", label).lower()) if c.direction else None
    if held_base and not unwritten:
        # "Qingdao Port handled … 1.15 million TEUs …, an increase of 48.7 percent": the change's label
        # ("Change in Qingdao Port's total") says no more than its base's, held for what it leaves out
        unwritten.append(held_base)
    if unwritten:
        flaws_held.setdefault(c.quote, {})[label.lower()] = unwritten[0]
    review = "drop" if unwritten else review  # a brief would print the fragment as a claim
    # a period its sentence names that the source's date does not resolve ("In the first three
    # quarters of this year" in an undated page): printed without it, the figure would read as any year's
    unresolved = _UNRESOLVED if c.period_unresolved else _ONCE if was_so_once(c, before) \
        else _PAST_SPAN_UNDATED if over_a_past_span(c) else None
    review = "drop" if unresolved else review
    unnamed = _partner_unnamed(c, store)
    review = "drop" if unnamed else review  # a partner's brief would print what its quote never says is its
    lines = [f"  - review: {review}", f"    id: {fact_id}", f"    subject: {c.subject or ''}",
             f"    metric: {metric or ''}", f"    label: {_q(label)}",
             f"    value: {c.value}", f"    unit: {c.unit}"]
    lines += [f"    counted: {_q(c.counted)}"] if c.counted else []
    lines += [f"    as_written: {_q(normalise(c.as_written))}"]
    lines += [f"    qualifier: {c.qualifier}"] if c.qualifier else []
    if c.period:
        lines += [f"    period: {_q(c.period)}", f"    period_kind: {c.period_kind}"]
        lines += ["    period_inferred: true"] if c.period_inferred else []
    lines += [f"    status: {status}"] if status else []
    if not c.scope.is_city:
        scope = {k: v for k, v in c.scope.to_json().items() if v}
        lines += [f"    scope: {json.dumps(scope, ensure_ascii=False)}"]
    tags = [t for t in (c.direction, c.role) if t]
    lines += [f"    tags: [{', '.join(tags)}]"] if tags else []
    if c.equivalent_of and c.equivalent_of in ids_by_key:
        lines += [f"    equivalent_of: {ids_by_key[c.equivalent_of]}"]
    lines += ["    sources:", f"      - seed: {_q(c.source)}", f"        quote: {_q(normalise(c.quote))}"]
    place = _place_sentence(c, text, sentences, mentions)
    lines += [f"      - seed: {_q(c.source)}", f"        quote: {_q(normalise(place))}"] if place else []
    why = {"review": _review_why(c, review, label, unwritten, unresolved, unnamed),
           "subject": c.subject_reason or "no entity named",
           "metric": metric_why, "label": label_why,
           "scope": c.scope.reason if not c.scope.is_city else "the city's: no wider place named",
           **({"status": status_why} if status else {})}
    lines += [f"    # why {field}: {reason}" for field, reason in why.items()]
    note = {"at": c.key, "line": c.line, "kind": c.kind, "confidence": c.confidence,
            "reason": c.reason, "scope": c.scope.reason, **({"label_flaws": unwritten} if unwritten else {})}
    lines += [f"    candidate: {json.dumps(note, ensure_ascii=False)}"]
    return "\n".join(lines) + "\n\n", fact_id


_THINGS = "things: "  # owners_held's key for the things a held figure counted
_OTHERS_OWNERS = (EVENT_S, FIRM_S, SITE_S)  # owners that are no entity: an event, a firm, a site
# A sentence that opens on things counted before: "The agreements are worth …", "These projects …"
_THE_THINGS = re.compile(r"\s*(?:The|These|Those|Such)\s+(?:[\w-]+\s+)?(?P<things>[a-z]+s)\b")


def _refers_to_held(c: Candidate, owners_held: dict[str, str]) -> str | None:
    """Why a figure is held whose sentence opens on the things a held figure counted as an
    event's, a firm's or a site's ("More than 20 agreements were signed during the event. The
    agreements are worth 200 million yuan"): the same owner, left out the same way."""
    opening = _THE_THINGS.match(c.quote)
    return owners_held.get(_THINGS + opening["things"].lower()) if opening else None


def _owner_held(why: str) -> str | None:
    """The reason a label leaves out what its sentence says of the figure's owner, if any."""
    return next((reason for reason in OWNER_LEFT_OUT if reason in why), None)


def _place_sentence(c: Candidate, text: str, sentences: Sentences,
                    mentions: Mentions) -> str | None:
    """The sentence before the figure that last names the place its scope says (else the first
    after it), when its quote does not ("Hong Kong tops the list with $2.9 billion …",
    paragraphs after "Shandong saw …"): a second source, so the fact's quotes prove the place
    its label prints."""
    place = c.scope.place
    if not place or place.lower() in c.quote.lower():
        return None
    named = mentions.last_before(place, c.offset)
    if named is None:  # a page that names its place only further on ("… In 2009, Liaocheng …")
        named = mentions.first_after(place, c.offset)
    if named is None:
        return None
    span = sentences.at(named)
    return text[span.start:span.end]


class Mentions:
    """Where a text names a place as a whole word, found once per place: reading the whole text
    before each figure again made a long annual report's inbox grow with its length squared."""

    def __init__(self, text: str):
        self.text = text
        self._found: dict[str, tuple[re.Pattern, list[int], list[int]]] = {}

    def last_before(self, place: str, offset: int) -> int | None:
        """The start of the last whole-word `place` in text[:offset], as a scan of that prefix
        finds it: the text's own matches that end before `offset`, then one that only the cut
        makes whole (\b at the prefix's end), which can only start len(place) before it."""
        pattern, starts, ends = self._mentions(place)
        before = bisect.bisect_left(ends, offset)  # matches ending before the offset
        resume = ends[before - 1] if before else 0
        at_cut = pattern.search(self.text, max(resume, offset - len(place)), offset)
        if at_cut:
            return at_cut.start()
        return starts[before - 1] if before else None

    def first_after(self, place: str, offset: int) -> int | None:
        """The start of the first whole-word `place` at or after `offset`."""
        _, starts, _ = self._mentions(place)
        after = bisect.bisect_left(starts, offset)
        return starts[after] if after < len(starts) else None

    def _mentions(self, place: str) -> tuple[re.Pattern, list[int], list[int]]:
        if place not in self._found:
            pattern = re.compile(rf"\b{re.escape(place)}\b")
            matches = list(pattern.finditer(self.text))
            self._found[place] = (pattern, [m.start() for m in matches], [m.end() for m in matches])
        return self._found[place]


# Why a figure waits for a period (the review's words)
_UNRESOLVED = ("its sentence names a time that only the source's date resolves (such as \"this year\" or "
               "\"the first half of the year\"), and the source has none; add period, or the seed's date in "
               "seeds/index.yaml and extract again")
_PAST_SPAN_UNDATED = ("its sentence gives it over a span back from the source's writing (\"during the past five years\") "
                      "that no date resolves: printed with none, it would read as one year's; add the period")
_ONCE = ("its sentence says it was so once (\"There were …\") and gives no time: printed with none, it would "
         "read as today's; add the period it held for")


def _partner_unnamed(c: Candidate, store: Store) -> str | None:
    """Why a candidate's partner needs confirming: its quote never names the partner it is
    given to (a name from a sentence before it), so the quote does not say the figure is that
    partner's; None when it does, or the subject is no partner."""
    names = store.partner_names.get(c.subject or "")
    if names is None or names.search(c.quote):
        return None
    return (f"its quote does not name {store.partners[c.subject]} ({c.subject_reason}); add a source quote "
            "that says the figure is its, or choose the subject")


def _review_why(c: Candidate, review: str, label: str, unwritten: list[str], unresolved: str | None = None,
                unnamed: str | None = None) -> str:
    if review == "keep":
        return f"{c.reason} (confidence {c.confidence})"
    if unnamed and c.confidence >= KEEP_CONFIDENCE:
        return f"drop until the subject is confirmed: {unnamed}"
    if unwritten and c.subject and c.confidence >= KEEP_CONFIDENCE:
        what = next(words for flaw, words in FLAW_WORDS.items() if flaw in unwritten)
        return f"drop until the label is written: {label!r} {what}; say what the figure measures"
    if unresolved and c.subject and c.confidence >= KEEP_CONFIDENCE:
        return f"drop until a period is given: {unresolved}"
    if not c.subject:
        return "drop until a subject is chosen: " + (c.subject_reason or "no entity named")
    return f"drop: confidence {c.confidence} is under {KEEP_CONFIDENCE} ({c.reason})"


def _q(value: str | None) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value or "", ensure_ascii=False)


class UniqueIds:
    """Ids made unique with -2, -3 … when taken. Each id asked for remembers the next number
    to try, so n candidates wanting one id cost n steps, not n²/2 (a long text of one kind of
    figure wants the same id thousands of times); the ids are the same: the smallest free
    number, since the ids taken only grow.

    `taken`: the ids taken so far (this set itself, added to as ids are given)."""

    def __init__(self, taken: set[str]):
        self.taken = taken
        self._next: dict[str, int] = {}

    def give(self, wanted: str) -> str:
        final, n = wanted, self._next.get(wanted, 2)
        if final in self.taken:
            while f"{wanted}-{n}" in self.taken:
                n += 1
            final, self._next[wanted] = f"{wanted}-{n}", n + 1
        self.taken.add(final)
        return final


# --- inbox files as text blocks ----------------------------------------------------------------

def read_blocks(path: Path) -> tuple[str, list[str]]:
    """The header (comments and `facts:`) and one text block per candidate, as written."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise FactError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=path,
                        hint="save the file as UTF-8") from None
    starts = [m.start() for m in _BLOCK_START.finditer(text)]
    _check_shape(text, len(starts), path)
    if not starts:
        return text if text.endswith("\n") else text + "\n", []
    bounds = starts + [len(text)]
    blocks = [text[a:b] for a, b in zip(bounds, bounds[1:])]
    return text[:starts[0]], [b if b.endswith("\n") else b + "\n" for b in blocks]


def _check_shape(text: str, blocks: int, path: Path) -> None:
    """The file is a `facts:` list of as many candidates as it has blocks: one of another shape
    (`facts: 5`, a list, candidates not indented as extract writes them) would read as none."""
    data = loads(text, path)
    if data is None and not blocks:  # empty, or comments only: no candidates, as `facts:` alone
        return
    facts = data.get("facts") if isinstance(data, dict) else None
    found = re.search(r"^facts\s*:", text, re.MULTILINE)
    line = text.count("\n", 0, found.start()) + 1 if found else 1
    hint = ("an inbox file holds `facts:` and its candidates, each starting with '  - ', as "
            "`briefgen facts extract --inbox SEED` writes it")
    if not isinstance(data, dict) or list(data) != ["facts"]:
        raise FactError("not an inbox file: its one key is facts", path=path, line=line, hint=hint)
    if facts is not None and not isinstance(facts, list):
        raise FactError(f"facts: {str(facts)[:40]} is not a list of candidates", path=path,
                        line=line, hint=hint)
    if len(facts or []) != blocks:
        raise FactError(f"the facts list holds {len(facts or [])} candidates, but {blocks} of "
                        "them begin a line with '  - ' (two spaces, a dash)", path=path,
                        line=line, hint=hint)


def parse_block(block: str, path: Path, line: int) -> dict:
    """The candidate a block holds, read by yamlio (so an alias bomb or a control character is
    a located error); {} when the block is not a mapping."""
    try:
        facts = loads("facts:\n" + block, path)["facts"]
    except BriefgenError as error:
        raise FactError(problems=[dataclasses.replace(p, line=line + max((p.line or 2) - 2, 0))
                                  for p in error.problems]) from None
    return facts[0] if isinstance(facts, list) and facts and isinstance(facts[0], dict) else {}


def _candidate_at(block: str) -> str | None:
    m = re.search(r'^    candidate: .*?"at": "([^"]+)"', block, re.MULTILINE)
    return m[1] if m else None


def _block_id(block: str) -> str | None:
    m = re.search(r"^(?:  - |    )id: *(\S+)", block, re.MULTILINE)
    return m[1] if m else None


# --- accepting ---------------------------------------------------------------------------------

def accept(inbox_file: Path, project_dir: Path, *, facts_dir: Path | None = None,
           seeds_dir: Path | None = None, only: set[int] | None = None) -> AcceptResult:
    """Move the kept, complete candidates of an inbox file into facts/accepted/.

    `only` limits the review to the candidates at these positions (0-based, in file order);
    the others stay in the inbox as they are.
    """
    facts_dir = facts_dir or project_dir / "facts"
    seeds_dir = seeds_dir or project_dir / "seeds"
    inbox_file = inbox_path(inbox_file, facts_dir)
    store = read_store(facts_dir)
    header, blocks = read_blocks(inbox_file)
    entries = _entries(header, blocks, inbox_file)
    picked = [i for i in range(len(entries)) if only is None or i in only]
    reviewed = dict(zip(picked, _outcomes([entries[i] for i in picked], store, seeds_dir,
                                          inbox_file)))
    seed = _seed_of(blocks, inbox_file)
    result = AcceptResult()
    result.target = within(facts_dir, Path(ACCEPTED_DIR) / f"{Path(seed).stem}.yaml",
                           what="accepted file", error=FactError, path=inbox_file)
    held = {i: dataclasses.replace(problem, path=str(inbox_file), line=entries[i][2])
            for i, problem in _held_back(project_dir, facts_dir, seeds_dir, result.target, seed,
                                         reviewed).items()}
    moved, staying = [], []
    for i, (block, _, _) in enumerate(entries):
        outcome = held.get(i) or reviewed.get(i, "unpicked")
        if outcome == "unpicked":
            staying.append(block)
        elif outcome == "already":
            result.already += 1
        elif outcome == "drop" or isinstance(outcome, Problem):
            staying.append(block)
            result.dropped += outcome == "drop"
            result.left += [outcome] if isinstance(outcome, Problem) else []
        else:
            moved.append(outcome)
            result.accepted.append(_block_id(outcome))
    if moved:
        _append(result.target, moved, seed)
    if entries:  # a file without candidates is left as it is: accept never deletes it
        _rewrite_inbox(inbox_file, header, staying)
    return result


def inbox_path(given: Path, facts_dir: Path) -> Path:
    """The inbox file `given` names, resolved; only a YAML file inside facts/_inbox/ (links
    followed) is one: accept rewrites and deletes what it is given."""
    inbox = facts_dir / INBOX_DIR
    hint = "give a file of facts/_inbox/, written by `briefgen facts extract --inbox SEED`"
    if inbox.is_symlink() or inbox.resolve() != facts_dir.resolve() / INBOX_DIR:
        raise FactError("the review inbox is a link; accept reads only a folder of its own",
                        path=inbox, hint="replace the link with a folder holding the inbox files")
    inside = is_within(inbox, given)
    if not inside or Path(given).resolve() == inbox.resolve():
        raise FactError(f"not a file of the review inbox {inbox}", path=given, hint=hint)
    path = Path(given).resolve()
    if not path.is_file() or path.suffix != ".yaml":
        raise FactError("no such inbox file", path=given, hint=hint)
    if path.stat().st_nlink > 1:  # the same file under another name, perhaps outside the inbox
        raise FactError("this inbox file has other names (hard links)", path=given,
                        hint="copy the file instead of linking it")
    return path


def _entries(header: str, blocks: list[str], inbox_file: Path) -> list[tuple[str, dict, int]]:
    """(block, parsed fact, line in the inbox) for every candidate."""
    entries, line = [], header.count("\n") + 1
    for block in blocks:
        entries.append((block, parse_block(block, inbox_file, line), line))
        line += block.count("\n")
    return entries


def _outcomes(entries, store: Store, seeds_dir: Path, inbox_file: Path) -> list:
    """For each candidate: "drop", "already", a Problem, or the block to append (review notes
    removed, id made unique across the store, references to renamed ids updated)."""
    outcomes = [_unwritten_label(block, fact, inbox_file, line) or
                _review(fact, store, seeds_dir, inbox_file, line) for block, fact, line in entries]
    _once_each(entries, outcomes)
    accepting = {str(fact["id"]) for (_, fact, _), o in zip(entries, outcomes) if o == "accept"}
    ids, renamed = UniqueIds(set(store.ids)), {}
    for i, ((block, fact, line), outcome) in enumerate(zip(entries, outcomes)):
        if outcome != "accept":
            continue
        other = fact.get("equivalent_of")
        if other and other not in store.ids | accepting:
            outcomes[i] = Problem(f"{fact['id']}: equivalent_of {other!r} is neither in the store "
                                  "nor accepted with it", str(inbox_file), line)
            continue
        final = ids.give(str(fact["id"]))
        renamed[str(fact["id"])] = final
        outcomes[i] = _with_id(block, str(fact["id"]), final)
    return [_with_references(o, renamed) if isinstance(o, str) and o.startswith("  - ") else o
            for o in outcomes]


def _once_each(entries, outcomes: list) -> None:
    """A figure accepted twice in one batch, from the same quote ("420 companies …" where the page
    prints its paragraph twice), is one statement: the later ones are "already" stated by the first."""
    stated = set()
    for i, (_, fact, _) in enumerate(entries):
        if outcomes[i] != "accept" or fact.get("value") is None:
            continue
        key = (exact_value(fact["value"]), fact.get("unit"), normalise(str(fact.get("as_written") or "")),
               tuple(normalise(str(source.get("quote"))) for source in fact["sources"]))
        if key in stated:
            outcomes[i] = "already"
        stated.add(key)


_UNWRITTEN = re.compile(r"^    # why review: drop until the label is written: (?P<label>.+?) "
                        rf"(?P<what>{'|'.join(map(re.escape, FLAW_WORDS.values()))}); "
                        r"say what the figure measures$", re.MULTILINE)


def _unwritten_label(block: str, fact: dict, inbox_file: Path, line: int) -> Problem | None:
    """A Problem when a candidate proposed `review: drop` for its label (a fragment of its
    sentence, or one naming another figure) is kept with that label unedited: marking it keep,
    or the review page's accept, never prints the fragment as a claim."""
    m = _UNWRITTEN.search(block)
    if not m or str(fact.get("review", "keep")).strip().lower() == "drop":
        return None
    try:
        proposed = ast.literal_eval(m["label"])
    except (ValueError, SyntaxError):
        return None
    if str(fact.get("label") or "") != proposed:
        return None
    return Problem(f"{fact.get('id') or 'candidate'}: label {proposed!r} {m['what']}, as proposed",
                   str(inbox_file), line, hint="write what the figure measures in `label`")


def _review(fact: dict, store: Store, seeds_dir: Path, inbox_file: Path, line: int):
    """"drop", "already", "accept", or a Problem saying why a kept candidate cannot be
    accepted yet."""
    review = str(fact.get("review", "keep")).strip().lower()
    if review == "drop":
        return "drop"
    if review != "keep":
        return Problem(f"review must be keep or drop, not {review!r}", str(inbox_file), line)
    missing = _incomplete(fact, store, seeds_dir)
    if missing:
        return Problem(f"{fact.get('id') or 'candidate'}: {missing}", str(inbox_file), line)
    return "already" if _stated_in_store(fact, store) else "accept"


def _with_id(block: str, wanted: str, final: str) -> str:
    """The block as the store reads it, under its final id."""
    if final != wanted:
        block = re.sub(rf"^(    id: *){re.escape(wanted)}[ \t]*$", rf"\g<1>{final}", block,
                       count=1, flags=re.MULTILINE)
    return _without_review_notes(block)


def _with_references(block: str, renamed: dict[str, str]) -> str:
    m = re.search(r"^    equivalent_of: *(\S+)[ \t]*$", block, re.MULTILINE)
    if not m or renamed.get(m[1], m[1]) == m[1]:
        return block
    return block[:m.start(1)] + renamed[m[1]] + block[m.end(1):]


def _incomplete(fact: dict, store: Store, seeds_dir: Path) -> str | None:
    for key in ("id", "subject", "metric", "label", "sources"):
        if not fact.get(key):
            return f"`{key}` is empty"
    shape = validate({k: v for k, v in fact.items() if k not in INBOX_ONLY}, "fact", "")
    if shape:
        return shape[0].message
    if not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", str(fact["id"])):
        return f"id {fact['id']!r} must be lower case letters, digits, . _ -"
    if store.entities and fact["subject"] not in store.entities:
        return f"unknown subject {fact['subject']!r} (see facts/entities.yaml)"
    if store.metrics and fact["metric"] not in store.metrics:
        return f"unknown metric {fact['metric']!r} (see facts/metrics.yaml)"
    return _value_problem(fact) or _period_problem(fact) or _quote_problem(fact, seeds_dir)


def _period_problem(fact: dict) -> str | None:
    """What `facts check` would say of the unit and the period, before they reach the store."""
    if fact.get("unit") is not None and fact["unit"] not in UNITS:
        return f"unknown unit {fact['unit']!r} (see docs/fact-format.md#units-and-values)"
    if fact.get("period") is None:
        return "period_kind is set but period is missing" if fact.get("period_kind") else None
    try:
        parse_period(str(fact["period"]), fact.get("period_kind"),
                     bool(fact.get("period_inferred", False)))
    except ValueError as exc:
        return str(exc)
    return None


def _value_problem(fact: dict) -> str | None:
    if fact.get("value") is None:
        return None if fact.get("text") else "a fact without a value needs a `text`"
    parsed = parse_quantity(normalise(str(fact.get("as_written") or "")))
    if parsed is None or parsed.value != exact_value(fact["value"]):
        return f"as_written {fact.get('as_written')!r} does not read as value {fact['value']}"
    if fact.get("unit") == "count" and not fact.get("counted"):
        return "a count needs `counted` (what is counted)"
    return None


def _quote_problem(fact: dict, seeds_dir: Path) -> str | None:
    for source in fact["sources"]:
        seed_text = text_in(seeds_dir, source["seed"])
        if seed_text is None:
            return f"seed {source.get('seed')!r} not found in {seeds_dir.name}/"
        seed_text = normalise(seed_text)
        if normalise(str(source.get("quote", ""))) not in seed_text:
            return "quote is not verbatim in the seed"
    written = normalise(str(fact.get("as_written") or ""))  # in one quote: the others may give context
    if not any(written in normalise(str(source.get("quote", ""))) for source in fact["sources"]):
        return "as_written is not in the quote"
    return None


def _stated_in_store(fact: dict, store: Store) -> bool:
    if fact.get("value") is None:  # a text fact: the store's figures cannot state it
        return False
    value, unit = exact_value(fact["value"]), fact.get("unit")
    written = normalise(str(fact.get("as_written") or ""))
    for source in fact["sources"]:
        for stored_value, stored_unit, quote in store.figures.get(source.get("seed"), []):
            if stored_value == value and stored_unit == unit and \
                    normalise(str(source.get("quote"))) in normalise(quote) and \
                    written in normalise(quote):
                return True
    return False


def _without_review_notes(block: str) -> str:
    """The fact as the store reads it: `review:`, `candidate:` and the `# why` comments are
    for the review only."""
    block = re.sub(r"^  - review: *\S+\n    ", "  - ", block, count=1, flags=re.MULTILINE)
    return re.sub(r"^    (?:review: |candidate: |# why ).*\n", "", block, flags=re.MULTILINE)


def _seed_of(blocks: list[str], inbox_file: Path) -> str:
    for block in blocks:
        m = re.search(r'^      - seed: *"?([^"\n]+)"?', block, re.MULTILINE)
        if m:
            return m[1]
    return inbox_file.stem + ".txt"


def _held_back(project_dir: Path, facts_dir: Path, seeds_dir: Path, target: Path, seed: str,
               reviewed: dict) -> dict[int, Problem]:
    """Candidates (by position) that would leave the store with a problem (see trial.py)."""
    accepting = {_block_id(o): i for i, o in reviewed.items() if isinstance(o, str)
                 and o.startswith("  - ")}
    if not accepting:
        return {}
    blocks = {fact_id: reviewed[i] for fact_id, i in accepting.items()}
    problems = held_back(project_dir, facts_dir, seeds_dir, target, blocks,
                         lambda kept: _appended(target, kept, seed))
    return {accepting[fact_id]: dataclasses.replace(
                problem, message=f"{fact_id}: would break the store: {problem.message}")
            for fact_id, problem in problems.items()}


def _appended(target: Path, blocks: list[str], seed: str) -> str:
    """The accepted file's text with the blocks appended (its comments stay)."""
    existing = target.read_text(encoding="utf-8") if target.is_file() else \
        _ACCEPTED_HEADER.format(seed=seed)
    if existing and not existing.endswith("\n"):
        existing += "\n"
    if not existing.endswith("\n\n") and _BLOCK_START.search(existing):
        existing += "\n"
    return existing + "".join(blocks)


def _append(target: Path, blocks: list[str], seed: str) -> None:
    """Append facts to an accepted file as text, after checking that the result still parses
    with every fact in it."""
    content = _appended(target, blocks, seed)
    before = len(_facts_of(target)) if target.is_file() else 0
    try:
        after = yaml.load(content, Loader=_LOADER).get("facts") or []
    except (yaml.YAMLError, AttributeError):
        after = None
    if after is None or len(after) != before + len(blocks):
        raise FactError("appending would break the file; nothing was written", path=target,
                        hint="check that it ends with the `facts:` list")
    write_atomically(target, content)


def _rewrite_inbox(inbox_file: Path, header: str, blocks: list[str]) -> None:
    if blocks:
        write_atomically(inbox_file, header + "".join(blocks))
    else:
        inbox_file.unlink()
