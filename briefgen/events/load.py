"""Loading `events/NAME/event.yaml`: schema, then every reference checked against the store and
the event folder, every problem reported as `events/NAME/event.yaml:LINE: message (hint)`."""

from __future__ import annotations

import dataclasses
import difflib
import re
import warnings
from pathlib import Path

from ..config import Project
from ..conforms import conforms
from ..errors import BriefgenWarning, ConfigError, Problem
from ..facts.model import Fact, parse_period
from ..facts.store import FactStore
from ..typed_figures import typed_figures
from ..validate import validate
from ..theme import contrast, tints
from ..yamlio import load
from .model import (EVENT_FILE, FONTS, LOGO_MAX_BYTES, LOGO_MAX_PIXELS, MAX_EVENT_BYTES, MIN_CONTRAST,
                    NAME, AgendaItem, Contact, Dates, Event, Section, Venue)


def event_folder(project: Project, name: str) -> Path:
    """events/NAME, after checking NAME is a safe slug."""
    if not NAME.match(name or ""):
        raise ConfigError(f"event name {name!r} is not a slug",
                          hint="use lower-case letters, digits and '-', e.g. qingdao-week-germany")
    return project.path("events") / name


def event_names(project: Project) -> list[str]:
    """The events of the project: folders of events/ holding an event.yaml."""
    return sorted(p.parent.name for p in project.path("events").glob(f"*/{EVENT_FILE}"))


def load_event(project: Project, store: FactStore, name: str, language: str | None = None) -> Event:
    """Read and check events/NAME/event.yaml; raise ConfigError listing every problem.

    `language` is the one the command line asked for (--language), if any; the event's words
    are in the language its file says (`language:`, English by default), and it is built in
    that language only (see `_Checker.language`).

    What does not stop a build (a brief with almost nothing to show) is a BriefgenWarning (the
    command line prints `warning: path:line: message`); the event keeps them in `.warnings`.
    """
    folder = event_folder(project, name)
    path = folder / EVENT_FILE
    display = _display(path, project)
    data, text = _read(path, display, project, name)
    problems = [] if conforms(data, "event") else [_dotted(p) for p in validate(data, "event", display)]
    if not problems:
        checker = _Checker(display, text, store, folder)
        event = checker.event(name, data, project, language)
        problems = checker.problems
    if problems:
        raise ConfigError(problems=problems)
    for warning in event.warnings:
        warnings.warn(warning, BriefgenWarning, stacklevel=2)
    return event


_SLASHED = re.compile(r"^([A-Za-z_][\w-]*(?:/[\w-]+)+)(?=: )|(?<= in )([A-Za-z_][\w-]*(?:/[\w-]+)+)$")


def _dotted(problem: Problem) -> Problem:
    """A schema message's key path as event.yaml's messages and docs write it: `theme.primary`,
    `agenda[0].title` (the schema validator writes `theme/primary`)."""
    def dotted(match: re.Match) -> str:
        path = ""
        for part in match.group(0).split("/"):
            path += f"[{part}]" if part.isdigit() else f".{part}" if path else part
        return path
    return dataclasses.replace(problem, message=_SLASHED.sub(dotted, problem.message))


def _read(path: Path, display: str, project: Project, name: str) -> tuple[dict, str]:
    """event.yaml as data and text: a small file of plain YAML (no aliases, which could make a
    few lines expand into millions of nodes)."""
    import yaml
    if not path.is_file():
        known = event_names(project)
        raise ConfigError(f"no event {name!r}: {display} not found", path=display,
                          hint=f"create it with `briefgen new-event {name}`"
                               + (f"; known events: {', '.join(known)}" if known else ""))
    if path.stat().st_size > MAX_EVENT_BYTES:
        raise ConfigError(f"event.yaml is larger than {MAX_EVENT_BYTES // 1000} kB", path=display,
                          hint="an event file holds choices and short texts, not data")
    data = load(path, display)  # reports unreadable, non-UTF-8 and invalid YAML with its line
    text = path.read_text(encoding="utf-8")
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            raise ConfigError("YAML aliases (*name) are not allowed in event.yaml", path=display,
                              line=event.start_mark.line + 1, hint="write the value out")
    return (data if data is not None else {}), text


def _display(path: Path, project: Project) -> str:
    try:
        return str(path.relative_to(project.root))
    except ValueError:
        return str(path)


class _Checker:
    """Checks a schema-valid event.yaml against the store and the event folder."""

    def __init__(self, display: str, text: str, store: FactStore, folder: Path):
        self.display, self.lines, self.store, self.folder = display, text.split("\n"), store, folder
        self.problems: list[Problem] = []

    def fail(self, node, key, message: str, hint: str | None = None, item: int | None = None):
        line = node.line_of(key) if hasattr(node, "line_of") else None
        if item is not None and line:
            line = self._item_line(line, item)
        self.problems.append(Problem(message, self.display, line, hint))

    def _item_line(self, key_line: int, index: int) -> int:
        """The line of item `index` of a block list under the key on `key_line`."""
        found = -1
        for number in range(key_line, len(self.lines) + 1):
            text = self.lines[number - 1].strip()
            if "[" in text and number == key_line:
                return key_line  # a flow list: [a, b] on the key's line
            if text.startswith("- "):
                found += 1
                if found == index:
                    return number
        return key_line

    def event(self, name: str, data: dict, project: Project, command_line: str | None) -> Event:
        if name in self.store.entities:
            self.problems.append(Problem(
                f"event name {name!r} is also a subject slug in facts/entities.yaml",
                self.display, None, f"rename the folder, e.g. events/{name}-week"))
        self.check_prose(data)
        self.project = project
        written = self.language(data, command_line)
        self.check_script(data, written)
        with self.in_language(project, written):
            return self._event(name, data, written)

    def _event(self, name: str, data: dict, written: str) -> Event:
        dates, when, span = self.dates(data)
        venue, where = self.venue(data, written)
        partners = self.subjects(data, "partners", "partner")
        sectors = self.subjects(data, "sectors", "sector")
        theme, logo = self.theme(data.get("theme") or {})
        pack = data.get("pack") or {}
        return Event(
            slug=name, name=data["name"], title=data.get("title") or data["name"],
            subtitle=data.get("subtitle"), audience=data.get("audience"),
            dates=dates, venue=venue, when=when, where=where, partners=partners, sectors=sectors,
            figures=self.figures(data, partners), highlights=self.fact_list(data, "highlights"),
            agenda=self.agenda(data, span), contacts=self.contacts(data),
            call_to_action=data.get("call_to_action"),
            sections=tuple((k, Section(v.get("heading"), v.get("text"), bool(v.get("hide")),
                                       self.fact_list(v, "facts")))
                           for k, v in (data.get("sections") or {}).items() if v),
            theme=theme, logo=logo, logo_hash=_digest(logo),
            pack_title=pack.get("title"), pack_subtitle=pack.get("subtitle"),
            pack_file_name=pack.get("file_name"), pack_overview=bool(pack.get("overview")),
            language=written, folder=self.folder, path=self.display,
            key_lines=tuple(getattr(data, "key_lines", {}).items()),
            warnings=self.nearly_empty(data))

    def nearly_empty(self, data) -> tuple[str, ...]:
        """A warning when the brief would show little more than the event's name (a freshly
        scaffolded event.yaml): what to fill in."""
        shown = ("partners", "sectors", "featured_facts", "highlights", "agenda", "contacts",
                 "call_to_action")
        intro = ((data.get("sections") or {}).get("intro") or {}).get("text")
        if any(data.get(key) for key in shown) or intro:
            return ()
        missing = ["partners", "sectors", "highlights"]
        dates, venue = data.get("dates") or {}, data.get("venue") or {}
        if not (dates.get("start") or dates.get("fact")):
            missing.append("dates")
        if not any(venue.get(k) for k in ("name", "city", "country", "fact")):
            missing.append("venue")
        line = data.line_of("partners") if hasattr(data, "line_of") and "partners" in data else None
        where = f"{self.display}:{line}" if line else self.display
        listed = ", ".join(missing[:-1]) + " and " + missing[-1]
        return (f"{where}: the event brief has almost nothing to show yet: fill in {listed} "
                "(see docs/events.md)",)

    # --- language -------------------------------------------------------------------------

    def language(self, data, command_line: str | None) -> str:
        """The language the file is written in (`language:`, English when not given), which its
        briefs are in. A --language on the command line must be that one: the event's words
        (name, audience, headings) have no translation, so a brief in another would mix two."""
        from ..language import SOURCE, language
        written = data.get("language") or SOURCE
        key = "language" if "language" in data else "name"
        try:
            written_in = language(written)
        except ConfigError as exc:
            self.fail(data, key, f"language: {exc.problems[0].message}", exc.problems[0].hint)
            return SOURCE
        if command_line not in (None, written):
            self.fail(data, key, f"event.yaml is written in {written_in.name} "
                      f"({_language_said(data)}), so it "
                      f"makes no brief in --language {command_line}",
                      "an edition in another language is an event of its own: copy the folder, "
                      f"write its event.yaml in that language and set `language: {command_line}`; "
                      "see docs/languages.md")
        return written

    def check_script(self, data, written: str) -> None:
        """Every text the brief prints is in the file's language: an English audience in a
        Chinese event (or the reverse) would print as it is, mixing two languages."""
        from ..language import languages
        said = languages().get(written)
        if said is None:
            return  # an unknown language: reported by `language`
        for node, key, label, text in (*_prose(data), *_venue_words(data)):
            if said.foreign(str(text)):
                self.fail(node, key, f"{label} {str(text)!r} is not written in {said.name}, the "
                          f"language of event.yaml ({_language_said(data)})",
                          f"write it in {said.name}, or set `language:` to the one the file is "
                          "written in; see docs/languages.md")

    def in_language(self, project: Project, written: str):
        """While checking: dates and fact labels (an agenda item's default title) written in
        the event's language."""
        import contextlib
        from ..language import SOURCE, using
        from ..language.editions import in_language, project_edition
        if written == SOURCE or self.problems:
            return contextlib.nullcontext()
        edition = project_edition(dataclasses.replace(project, language=written))
        self.store = in_language(project, self.store, edition).store
        return using(edition)

    # --- references into the store -------------------------------------------------------

    def fact(self, node, label: str) -> Fact | None:
        """The fact `node["fact"]` names (None when not given); an unknown id is a problem."""
        fact_id = node.get("fact")
        if fact_id is None:
            return None
        if fact_id not in self.store.by_id:
            close = difflib.get_close_matches(fact_id, list(self.store.by_id), n=1)
            self.fail(node, "fact", f"{label}: unknown fact {fact_id!r}",
                      f"did you mean {close[0]!r}?" if close else "see `briefgen facts list`")
            return None
        return self.store.by_id[fact_id]

    def fact_list(self, data, key) -> tuple[str, ...]:
        """The fact ids listed under `key`; each unknown one is a problem on its own line."""
        found = []
        for index, fact_id in enumerate(data.get(key) or ()):
            if fact_id in self.store.by_id:
                found.append(fact_id)
                continue
            close = difflib.get_close_matches(fact_id, list(self.store.by_id), n=1)
            self.fail(data, key, f"{key}: unknown fact {fact_id!r}",
                      f"did you mean {close[0]!r}?" if close else "see `briefgen facts list`", index)
        return tuple(found)

    def subjects(self, data, key: str, kind: str) -> tuple[str, ...]:
        wanted = data.get(key) or ()
        known = {e.slug for e in self.store.entities.values()
                 if (e.is_partner if kind == "partner" else e.kind == "sector")}
        from ..catalog import on_date
        from ..compose.briefing import has_brief
        seen = on_date(self.project, self.store)
        found = []
        for index, slug in enumerate(wanted):
            if slug not in known:
                close = difflib.get_close_matches(slug, sorted(known), n=1)
                self.fail(data, key, f"unknown {kind} {slug!r}",
                          f"did you mean {close[0]!r}?" if close else "see `briefgen list`", index)
            elif slug not in self.store.subjects:
                self.fail(data, key, f"{kind} {slug!r} has no facts of its own, so it has no brief",
                          "add facts about it, or leave it out (see `briefgen list`)", index)
            elif not has_brief(seen, slug):
                self.fail(data, key, f"{kind} {slug!r} has no brief: it would show none of its "
                          "facts", f"`briefgen build {kind} {slug}` says why; add a fact it shows, "
                          "or leave it out (see `briefgen list`)", index)
            else:
                found.append(slug)
        return tuple(found)

    def figures(self, data, partners: tuple[str, ...]) -> tuple[str, ...]:
        """Featured facts first, then each featured metric's best fact per partner; by default
        the partners' own headline figures, taken in turn (six, or four)."""
        chosen = list(self.fact_list(data, "featured_facts"))
        for index, fact_id in enumerate(chosen):
            if not self.store.by_id[fact_id].is_numeric:
                self.fail(data, "featured_facts", f"featured_facts: {fact_id!r} has no figure to "
                          "show as a key figure", "list it under highlights instead", index)
        for index, metric in enumerate(data.get("featured_metrics") or ()):
            if metric not in self.store.metrics:
                close = difflib.get_close_matches(metric, sorted(self.store.metrics), n=1)
                self.fail(data, "featured_metrics", f"unknown metric {metric!r}",
                          f"did you mean {close[0]!r}?" if close else "see facts/metrics.yaml", index)
                continue
            found = [f for p in partners for f in self._best(p, metric)[:1]]
            if not found and partners:
                self.fail(data, "featured_metrics",
                          f"no figure of metric {metric!r} about {', '.join(partners)}",
                          "see `briefgen facts list --subject SLUG`", index)
            chosen += [f.id for f in found]
        if data.get("featured_facts") or data.get("featured_metrics"):
            return tuple(dict.fromkeys(chosen))[:6]
        return self._default_figures(partners)

    def _best(self, subject: str, metric: str) -> list[Fact]:
        found = [f for f in self.store.find(subject=subject, metric=metric)
                 if f.subject == subject and f.is_numeric and not _superseded(f, self.store)]
        return sorted(found, key=lambda f: f.priority)

    def _default_figures(self, partners: tuple[str, ...]) -> tuple[str, ...]:
        from ..compose.briefing import headline_ids
        lists = [headline_ids(self.store, p, 6) for p in partners]
        taken = [i for row in zip(*[lst + [None] * (6 - len(lst)) for lst in lists]) for i in row if i]
        taken = list(dict.fromkeys(taken))
        return tuple(taken[:6] if len(taken) >= 6 else taken[:4] if len(taken) >= 4 else taken)

    # --- when and where -------------------------------------------------------------------

    def dates(self, data) -> tuple[Dates, str, tuple[str, str] | None]:
        """The dates, as printed, and the span they cover (first and last day, or None)."""
        raw = data.get("dates") or {}
        start, end = (None if raw.get(k) is None else str(raw[k]) for k in ("start", "end"))
        for key, value in (("start", start), ("end", end)):
            if value is not None and not _real_date(value):
                self.fail(raw, key, f"dates.{key}: {value!r} is not a date in the calendar",
                          "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2019-06")
                return Dates(), "", None
        fact = self.fact(raw, "dates") if raw else None
        if end and not start:
            self.fail(raw, "end", "dates.end without dates.start", "give the first day too")
        dates = Dates(start, end, raw.get("fact"), raw.get("note"))
        if start and end and end < start:
            self.fail(raw, "end", f"dates.end {end} is before dates.start {start}")
            return dates, "", None
        if fact is not None and fact.period is None:
            self.fail(raw, "fact", f"fact {fact.id!r} has no period to date the event",
                      "choose a fact with a period, or give dates.start")
        elif fact is not None and start and not _overlaps(start, end or start, fact.period):
            self.fail(raw, "start", f"dates {start}{'/' + end if end else ''} do not match the "
                      f"period {fact.period.text} of fact {fact.id!r}",
                      "write the dates as the source gives them")
        return dates, _when(start, end, fact), _span(start, end, fact)

    def venue(self, data, written: str) -> tuple[Venue, str]:
        """The venue; each part must be written in the quote of `venue.fact`, where it can be:
        an event written in another language than the quotes (English) names the place in its
        own language, and only cites the fact."""
        from ..language import SOURCE
        raw = data.get("venue") or {}
        venue = Venue(raw.get("name"), raw.get("city"), raw.get("country"), raw.get("fact"),
                      raw.get("note"))
        fact = self.fact(raw, "venue") if raw else None
        if fact is not None and written == SOURCE:
            quotes = " ".join(_plain(s.quote) for s in fact.sources)
            for key in ("name", "city", "country"):
                if raw.get(key) and _plain(raw[key]) not in quotes:
                    self.fail(raw, key, f"venue.{key} {raw[key]!r} is not in the quote of fact "
                              f"{fact.id!r}", "write the place as the source names it, or "
                              "leave venue.fact out")
        parts = [raw.get(k) for k in ("name", "city", "country") if raw.get(k)]
        return venue, ", ".join(dict.fromkeys(parts))

    # --- agenda and contacts --------------------------------------------------------------

    def agenda(self, data, span: tuple[str, str] | None) -> tuple[AgendaItem, ...]:
        """The programme. An item's date is the programme's: its `when`, else the date of its
        fact only when that falls within the event's dates (a fact from an earlier edition
        cited for its content does not date this one's item)."""
        items = []
        for index, raw in enumerate(data.get("agenda") or ()):
            fact = self.fact(raw, f"agenda item {index + 1}")
            title = raw.get("title") or (fact.label if fact else None)
            if not title:
                self.fail(raw, "title" if "title" in raw else "when", "agenda item needs a title "
                          "or a fact", "add `title:` (or `fact:`, whose label is the title)")
                continue
            dated = fact is not None and fact.period is not None and span is not None and \
                _overlaps(*span, fact.period)
            when = raw.get("when") or (_when(None, None, fact) if dated else None)
            items.append(AgendaItem(title, when or None, raw.get("where"), raw.get("fact")))
        return tuple(items)

    def contacts(self, data) -> tuple[Contact, ...]:
        found = []
        for index, raw in enumerate(data.get("contacts") or ()):
            self.fact(raw, f"contact {index + 1}")
            found.append(Contact(raw["name"], raw.get("role"), raw.get("email"), raw.get("phone"),
                                 raw.get("url"), raw.get("fact")))
        return tuple(found)

    # --- theme ----------------------------------------------------------------------------

    def theme(self, raw) -> tuple[tuple[tuple[str, str], ...], str | None]:
        values: dict[str, str] = {}
        for key in ("primary", "accent"):
            if raw.get(key) is None and self._commented_colour(raw, key):
                self.fail(raw, key, f"theme.{key} is empty: YAML reads # as the start of a comment",
                          f'quote the colour, e.g. {key}: "#0B3C5D"')
            elif raw.get(key):
                ratio = contrast(raw[key], "#FFFFFF")
                if ratio < MIN_CONTRAST[key]:
                    self.fail(raw, key, f"theme.{key} {raw[key]} is too light: white on it has a "
                              f"contrast of {ratio:.1f}:1, below {MIN_CONTRAST[key]}:1",
                              "choose a darker shade of the brand colour")
                else:
                    values[key] = raw[key]
        if raw.get("font_family"):
            if raw["font_family"] not in FONTS:
                self.fail(raw, "font_family", f"font {raw['font_family']!r} is not supported",
                          f"use one of {', '.join(FONTS)}: the PDF embeds Liberation Sans, and "
                          "only these fonts keep the DOCX on the same one page")
            else:
                values["font_family"] = raw["font_family"]
        logo = self.logo(raw) if raw.get("logo") else None
        if "primary" in values:
            values["palette"] = tints(values["primary"], values.get("accent"))
        return tuple(values.items()), logo

    def _commented_colour(self, raw, key) -> bool:
        if not hasattr(raw, "key_lines") or key not in raw.key_lines:
            return False
        line = self.lines[raw.key_lines[key] - 1]
        return bool(re.search(rf"\b{key}:\s*#[0-9A-Fa-f]{{3,6}}\b", line))

    def logo(self, raw) -> str | None:
        written = raw["logo"]
        folder = self.folder.resolve()
        path = (self.folder / written).resolve()
        where = f"events/{self.folder.name}/"
        if folder not in path.parents:
            self.fail(raw, "logo", f"logo {written!r} is outside the event folder {where}",
                      f"copy the image into {where} and give its name, e.g. logo: logo.png")
            return None
        if not path.is_file():
            self.fail(raw, "logo", f"logo {written!r} not found in {where}",
                      f"put the image in {where} or correct the name")
            return None
        problem = logo_problem(path)
        if problem:
            self.fail(raw, "logo", f"logo {written!r} {problem}",
                      "use a PNG or JPEG of at most 5 MB and 4000 pixels a side")
            return None
        return str(path)

    # --- no typed figures -----------------------------------------------------------------

    def check_prose(self, data) -> None:
        for node, key, label, text in _prose(data):
            typed = typed_figures(text)
            if typed:
                self.fail(node, key, f"{label}: the figure {typed[0]!r} is typed into the text",
                          "figures come from facts, with their citation: feature the fact "
                          "(featured_facts, highlights) or leave the number out")


def _prose(data):
    """(mapping, key, label, text) of every free-text value a reader sees as a statement."""
    for key in ("name", "title", "subtitle", "audience", "call_to_action"):
        if data.get(key):
            yield data, key, key, str(data[key])
    for group in ("dates", "venue"):
        node = data.get(group) or {}
        if node.get("note"):
            yield node, "note", f"{group}.note", node["note"]
    for index, item in enumerate(data.get("agenda") or ()):
        if item.get("title"):
            yield item, "title", f"agenda item {index + 1}", item["title"]
    for index, item in enumerate(data.get("contacts") or ()):
        if item.get("role"):
            yield item, "role", f"contact {index + 1} role", item["role"]
    for name, section in (data.get("sections") or {}).items():
        for key in ("heading", "text"):
            if section and section.get(key):
                yield section, key, f"sections.{name}.{key}", section[key]
    pack = data.get("pack") or {}
    for key in ("title", "subtitle"):
        if pack.get(key):
            yield pack, key, f"pack.{key}", pack[key]


def _venue_words(data):
    """(mapping, key, label, text) of the places the brief prints: the venue's name, city and
    country, and where each agenda item is held."""
    venue = data.get("venue") or {}
    for key in ("name", "city", "country"):
        if venue.get(key):
            yield venue, key, f"venue.{key}", venue[key]
    for index, item in enumerate(data.get("agenda") or ()):
        if item.get("where"):
            yield item, "where", f"agenda item {index + 1} where", item["where"]


def _language_said(data) -> str:
    return f"language: {data['language']}" if data.get("language") else "it has no language: key"


# --- small helpers ---------------------------------------------------------------------------

def _digest(path: str | None) -> str | None:
    import hashlib
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16] if path else None


def _superseded(fact: Fact, store: FactStore) -> bool:
    if fact.equivalent_of:
        return True
    return any(o.preferred and fact.id in o.conflicts_with for o in store.facts)


def _real_date(text: str) -> bool:
    """YYYY (1000-2999), YYYY-MM or YYYY-MM-DD, and a day the calendar has."""
    import datetime as dt
    if not re.match(r"^[12]\d{3}(-(0[1-9]|1[0-2])(-\d{2})?)?\Z", text):
        return False
    try:
        return len(text) < 10 or bool(dt.date.fromisoformat(text))
    except ValueError:
        return False


def _plain(text: str) -> str:
    """Lower case, one space between words, typographic quotes and dashes made plain."""
    text = text.translate(str.maketrans("‘’“”–—\u00a0\u3000", "''\"\"--  "))
    return re.sub(r"\s+", " ", text).strip().lower()


def _bounds(date: str) -> tuple[str, str]:
    """The first and last day a date of any precision covers, as comparable strings."""
    parts = date.split("-")
    low = "-".join(parts + ["01"] * (3 - len(parts)))
    high = "-".join(parts + ["12", "31"][len(parts) - 1:])
    return low, high


def _overlaps(start: str, end: str, period) -> bool:
    if period.start is None and period.end is None:
        return True
    low, high = _bounds(start)[0], _bounds(end)[1]
    p_low = _bounds(period.start)[0] if period.start else "0000"
    p_high = _bounds(period.end)[1] if period.end else "9999"
    return low <= p_high and p_low <= high


def _span(start: str | None, end: str | None, fact: Fact | None) -> tuple[str, str] | None:
    """The first and last date the event covers, from its dates or its dates fact's period."""
    if start:
        return start, end or start
    period = fact.period if fact is not None else None
    if period is not None and (period.start or period.end):
        return period.start or period.end, period.end or period.start
    return None


def _when(start: str | None, end: str | None, fact: Fact | None) -> str:
    """The dates as printed: from dates.start/end, else from the fact's period, else ''."""
    from ..compose.formatting import as_of
    if start:
        text = f"{start}/{end}" if end and end != start else start
        return as_of(parse_period(text, "event"))
    if fact is not None and fact.period is not None:
        return as_of(dataclasses.replace(fact.period, kind="event"))
    return ""


def logo_problem(path: Path) -> str | None:
    """Why a logo file cannot be used, or None: type, size, dimensions and every pixel."""
    from ..safety.images import image_problem
    return image_problem(path)
