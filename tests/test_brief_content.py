"""What a reader of the shipped Qingdao briefs sees: every number traced, every citation listed,
no "None", no "0 projects", no doubled units or periods, correct ordinals, comparable figures.

The pack is built once per test run (tests/shipped_pack.py). Numbers are read back from the
PDFs, as a reader would copy them; the words are read from the composed documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation

import pytest
from pypdf import PdfReader

from conftest import REPO
from shipped_pack import shipped_pack

# A number as printed: 12,930 · 30.46 · 2019 · 7; not the digits of a name (H135, Q1, COVID-19's
# 19 is still a number), nor a version-like dotted run.
NUMBER = re.compile(r"(?<![\w.,\d])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\w\d])")
CITATION = re.compile(r"\[(\d+(?:(?:,\s*|\u2013)\d+)*)\]")  # [3], [6,7]; a source list's [1–3, 5]
SCALES = (Decimal(1), Decimal(10) ** 3, Decimal(10) ** 6, Decimal(10) ** 9, Decimal(10) ** 12)


@pytest.fixture(scope="module")
def pack():
    """The shipped pack, built once per test run: (project, store, out folder, result)."""
    return shipped_pack()


def as_composed(pack):
    """The store as the pack's briefs were composed from it: on its production date."""
    from briefgen.build import RecordingStore
    from briefgen.facts.age import Timeline
    project, store, _, _ = pack
    return RecordingStore(store, Timeline(project.built_on(), project.freshness))


@dataclass
class Page:
    """One brief's PDF text, split where the Sources block starts."""

    name: str
    body: str
    sources: str
    pages: int
    facts: tuple[str, ...] = ()
    produced: str = ""
    seeds: set[str] = field(default_factory=set)


def _pages(pack) -> list[Page]:
    project, store, out, result = pack
    found = []
    for item in result.items:
        reader = PdfReader(out / f"{item.name}.pdf")
        text = "\n".join(page.extract_text() for page in reader.pages)
        # the Sources line may say what the stale mark means: "Sources · † More than …"
        heads = list(re.finditer(r"\nSources(?: · [^\n]*)?\n", text))
        body, sources = (text[:heads[-1].start()], text[heads[-1].end():]) if heads else (text, "")
        seeds = {store.get(i).seed for i in item.facts} | {
            s.seed for i in item.facts for s in store.get(i).sources}
        found.append(Page(item.name, body, sources, len(reader.pages), item.facts,
                          str(item.document.meta.produced), seeds))
    return found


@pytest.fixture(scope="module")
def pages(pack) -> list[Page]:
    return _pages(pack)


# --- the tracer -------------------------------------------------------------------------------


def numbers_in(text: str) -> list[Decimal]:
    """Every number a reader sees in `text`, as an exact value (commas dropped)."""
    found = []
    for whole, decimals in NUMBER.findall(text):
        try:
            found.append(Decimal(whole.replace(",", "") + (f".{decimals}" if decimals else "")))
        except InvalidOperation:  # pragma: no cover - the pattern only matches digits
            continue
    return found


def _roundings(value: Decimal) -> set[Decimal]:
    """A value as a brief may print it: in units, thousands, millions, billions or trillions,
    to 0, 1 or 2 decimals (30462000000 -> 30.46, 30.5, 30; 12930 -> 12930, 12.93 …)."""
    found = set()
    for scale in SCALES:
        scaled = abs(value) / scale
        for places in (0, 1, 2):
            for rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN):
                found.add(scaled.quantize(Decimal(1).scaleb(-places), rounding=rounding).normalize())
    return found


def _date_numbers(text: str | None) -> set[Decimal]:
    """The years, months and days of an ISO date or EDTF period ('2019-05-28', '../2019-03')."""
    return {Decimal(int(p)) for p in re.findall(r"\d+", text or "")}


def traceable_body_numbers(store, fact_ids, produced: str, pages: int) -> set[Decimal]:
    """What a brief's body may print: for each fact it used, its value as formatted (any scale
    and rounding), the numbers of its as_written, label and reader's text, and the years and
    days of its period; plus the page furniture (page numbers, production date) and the
    citation numbers."""
    allowed: set[Decimal] = set()
    for fact_id in fact_ids:
        fact = store.get(fact_id)
        if fact.value is not None:
            allowed |= _roundings(fact.value)
        for words in (fact.as_written, fact.label, fact.text):
            allowed |= {n.normalize() for n in numbers_in(words or "")}
        if fact.period:
            allowed |= _date_numbers(fact.period.text)
    allowed |= _date_numbers(produced) | {Decimal(n) for n in range(1, pages + 1)}
    return allowed


def traceable_source_numbers(store, fact_ids, seeds, produced: str, pages: int) -> set[Decimal]:
    """What a Sources block may print: the pages, paragraphs or cells the statements are at,
    the seeds' dates and titles, and the citation numbers themselves (checked apart); the page
    footer, which text extraction reads after it."""
    allowed: set[Decimal] = _date_numbers(produced) | {Decimal(n) for n in range(1, pages + 1)}
    for fact_id in fact_ids:
        for source in store.get(fact_id).sources:
            allowed |= {n.normalize() for n in numbers_in(source.locator or "")}
    for seed in seeds:
        info = store.seeds.get(seed)
        if info is not None:
            allowed |= _date_numbers(info.date) | {n.normalize() for n in numbers_in(info.title)}
    return allowed


def citation_numbers(group: str) -> set[int]:
    """'1–3, 5' -> {1, 2, 3, 5}."""
    numbers = set()
    for part in group.split(","):
        first, _, last = part.strip().partition("\u2013")
        numbers.update(range(int(first), int(last or first) + 1))
    return numbers


def _untraced(text: str, allowed: set[Decimal]) -> list[str]:
    """Numbers in `text` that are not in `allowed`, each with a little context."""
    text = CITATION.sub(" ", text)  # citation markers are checked against the Sources apart
    misses = []
    for match in NUMBER.finditer(text):
        value = Decimal(match.group(0).replace(",", "")).normalize()
        if value not in allowed:
            misses.append(text[max(0, match.start() - 40):match.end() + 20].replace("\n", " "))
    return misses


# --- tests ------------------------------------------------------------------------------------


def test_every_buildable_subject_builds_in_both_formats(pack):
    from docx import Document

    from briefgen.catalog import buildables
    project, store, out, result = pack
    built = {(i.request.kind, i.request.slug) for i in result.items}
    for item in buildables(project, store):
        slug = item.slug if item.kind != "overview" else result.items[0].request.slug
        assert (item.kind, slug) in built, item
    for item in result.items:
        assert len(PdfReader(out / f"{item.name}.pdf").pages) == 1, item.name
        assert Document(str(out / f"{item.name}.docx")).paragraphs, item.name


def test_every_number_in_a_brief_traces_to_a_fact_or_the_page(pack, pages):
    _, store, _, _ = pack
    problems = {}
    for page in pages:
        body = _untraced(page.body, traceable_body_numbers(store, page.facts, page.produced,
                                                           page.pages))
        listed = _untraced(page.sources, traceable_source_numbers(store, page.facts, page.seeds,
                                                                  page.produced, page.pages))
        if body or listed:
            problems[page.name] = body + listed
    assert not problems, problems


def test_the_tracer_catches_a_number_typed_into_a_brief(pack, pages):
    _, store, _, _ = pack
    page = next(p for p in pages if p.name == "partner-south-korea")
    allowed = traceable_body_numbers(store, page.facts, page.produced, page.pages)
    assert not _untraced(page.body, allowed)
    assert _untraced(page.body + "\nSouth Korea invested US$31.5 billion.", allowed)


def _source_numbers(store, seed: str) -> set[Decimal]:
    """Every number the facts taken from one source document state: quotes, values, periods."""
    allowed: set[Decimal] = set()
    for fact in store.facts:
        if seed not in {s.seed for s in fact.sources}:
            continue
        allowed |= {n.normalize() for s in fact.sources for n in numbers_in(s.quote)}
        allowed |= _date_numbers(fact.period.text if fact.period else None)
        allowed |= _roundings(fact.value) if fact.value is not None else set()
    return allowed


def test_numbers_in_a_text_fact_come_from_its_sources(pack):
    """A reader's sentence may restate its source document, never add a figure to it."""
    _, store, _, result = pack
    used = {i for item in result.items for i in item.facts}
    by_seed: dict[str, set[Decimal]] = {}
    problems = []
    for fact_id in sorted(used):
        fact = store.get(fact_id)
        if not fact.text:
            continue
        allowed = {n.normalize() for n in numbers_in(fact.label)}
        for source in fact.sources:
            if source.seed not in by_seed:
                by_seed[source.seed] = _source_numbers(store, source.seed)
            allowed |= by_seed[source.seed]
        extra = [n for n in numbers_in(fact.text) if n.normalize() not in allowed]
        if extra:
            problems.append((fact_id, extra))
    assert not problems, problems


def test_citation_numbers_in_the_body_resolve_to_sources(pages):
    for page in pages:
        cited = {n for group in CITATION.findall(page.body) for n in citation_numbers(group)}
        listed = {n for group in CITATION.findall(page.sources) for n in citation_numbers(group)}
        assert cited <= listed, (page.name, sorted(cited - listed))
        assert cited or not listed, page.name


def test_sources_list_only_what_the_brief_cites(pack):
    """After fitting, the Sources block lists the statements still cited, numbered 1..n."""
    from briefgen import document as d
    from briefgen.build import fit_brief
    from briefgen.citations import cited_numbers
    project, _, _, result = pack
    orphans = {}
    for item in result.items:
        fitted = fit_brief(item.document, project)
        keys = cited_numbers(tuple(b for b in fitted.blocks if not isinstance(b, d.Sources)))
        for block in fitted.blocks:
            if isinstance(block, d.Sources):
                numbers = [e.number for e in block.entries]
                assert numbers == list(range(1, len(numbers) + 1)), item.name
                extra = sorted(set(numbers) - set(keys))
                if extra:
                    orphans[item.name] = extra
    assert not orphans, f"sources listed but no longer cited after fitting: {orphans}"


def _document_text(document) -> str:
    from briefgen import document as d
    parts: list[str] = []

    def walk(node):
        if isinstance(node, d.Text):
            parts.append(node.text)
        elif isinstance(node, d.KeyFigure):
            parts.extend(["\n", node.value, " ", node.label, " ", node.as_of or "", "\n"])
        elif isinstance(node, d.Figure) and node.chart is not None:
            chart = node.chart
            parts.extend(["\n", chart.title, "\n", chart.subtitle or "", "\n"])
            parts.extend(f"{p.label} {p.display}\n" for p in chart.points)
        elif isinstance(node, d.SourceEntry):
            return  # quotes are verbatim; their words are the source's
        elif isinstance(node, tuple):
            for child in node:
                walk(child)
        elif hasattr(node, "__dataclass_fields__"):
            for name in node.__dataclass_fields__:
                if name not in ("origin", "citations", "chart"):
                    walk(getattr(node, name))
            parts.append("\n")
    walk(document.blocks)
    return "".join(parts)


@pytest.fixture(scope="module")
def texts(pack) -> dict[str, str]:
    _, _, _, result = pack
    return {item.name: _document_text(item.document) for item in result.items}


def test_no_none_nan_or_zero_counts(texts, pages):
    for name, text in texts.items():
        assert not re.search(r"\bNone\b|\bnan\b|\bNaN\b|\bnull\b", text), name
        assert not re.search(r"(?<![\d.,])0 [a-z]", text), name
    for page in pages:
        assert "None" not in page.body and " 0 projects" not in page.body, page.name


def test_no_doubled_words_units_or_periods(texts):
    doubled = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
    for name, text in texts.items():
        for line in text.splitlines():
            match = doubled.search(line)
            assert not match or match.group(1).isdigit(), (name, line)
            # 'Projects: 62 projects' — a list figure repeating the noun its label names
            item = re.match(r"(?P<label>[^:]{8,}): (?:[a-z ]+ )?[\d.,]+ (?P<noun>[a-z][a-z-]+)", line)
            if item:
                assert item["noun"] not in item["label"].lower().split(), (name, line)
            # 'Trade, 2018 … (2018)' — a period printed twice in one item
            years = re.findall(r"\((?:as of |reported )?(\d{4})\)", line)
            for year in years:
                assert line.count(year) == 1 or f"{year}–" in line or f"–{year}" in line, (name, line)
            assert "US$ US$" not in line and "RMB RMB" not in line and "%%" not in line, (name, line)


def test_key_figure_labels_do_not_repeat_the_period_under_them(pack):
    from briefgen import document as d
    _, _, _, result = pack
    for item in result.items:
        for block in item.document.blocks:
            if isinstance(block, d.KeyFigures):
                for figure in block.items:
                    assert figure.as_of, (item.name, figure.label)  # every figure says when
                    assert not figure.label.endswith(", " + figure.as_of), (item.name, figure.label)


def test_ordinals_read_correctly(texts, pack):
    from briefgen.compose.briefing import rank_ids, role
    from briefgen.compose.formatting import rank
    _, store, _, result = pack
    for name, text in texts.items():
        assert not re.search(r"\bfirst largest\b|\b1st largest\b", text), name
        for number, suffix in re.findall(r"\b(\d+)(st|nd|rd|th)\b", text):
            n = int(number)
            right = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            assert suffix == right, (name, number + suffix)
    for item in result.items:
        if item.request.kind != "partner":
            continue
        positioning = _document_text(type(item.document)(item.document.meta,
                                                         item.document.blocks[:1]))
        for fact_id in rank_ids(store, item.request.slug):
            fact = store.get(fact_id)
            assert rank(fact.value) in role(store, fact_id)
            assert role(store, fact_id) in positioning, (item.name, positioning)


def test_positioning_names_the_rank_as_investor_and_trading_partner(texts):
    assert texts["partner-south-korea"].startswith(
        "South Korea is Qingdao's second largest investor and second largest trading partner")
    assert texts["partner-japan"].startswith(
        "Japan is Qingdao's third largest investor and third largest trading partner")
    assert texts["partner-germany"].startswith(
        "Germany is Qingdao's largest European investor and largest European trading partner")
    assert texts["partner-hong-kong"].startswith(
        "Hong Kong is Qingdao's largest source of foreign investment")  # the quote's words


def test_key_figures_compare_only_comparable_figures(pack):
    """One measure appears in one unit and one period: never 2018 trade in US$ beside
    January–April 2019 trade in RMB."""
    from briefgen.compose.briefing import key_figure_ids
    from briefgen.compose.store_view import measure as _measure
    _, store, _, result = pack
    for item in result.items:
        slug = item.request.slug
        facts = [store.get(i) for i in key_figure_ids(as_composed(pack), slug)]
        for a in facts:
            for b in facts:
                if a is not b and _measure(a) == _measure(b):
                    assert (a.unit, a.period) == (b.unit, b.period), (item.name, a.id, b.id)
    sco = [store.get(i) for i in key_figure_ids(as_composed(pack), "sco")]
    assert {f.unit for f in sco if f.metric == "trade_volume"} == {"CNY"}


def test_money_is_shown_in_the_source_currency(pack):
    from briefgen import document as d
    from briefgen.compose.briefing import key_figure_ids
    from briefgen.compose.formatting import value_text
    from briefgen.facts.model import CURRENCIES
    _, store, _, result = pack
    for item in result.items:
        panels = [b for b in item.document.blocks if isinstance(b, d.KeyFigures)]
        if not panels:
            continue
        ids = key_figure_ids(as_composed(pack), item.request.slug, _chart_facts(item))
        for figure, fact_id in zip(panels[0].items, ids):
            fact = store.get(fact_id)
            assert figure.value.lower() == value_text(fact).lower(), (item.name, fact_id)
            if fact.unit in CURRENCIES:
                assert ("US$" in figure.value) == (fact.unit == "USD"), (item.name, fact_id)
                assert ("RMB" in figure.value) == (fact.unit == "CNY"), (item.name, fact_id)


def _chart_facts(item):
    """The facts a subject's own chart template shows (left out of its key figures)."""
    from briefgen import document as d
    from briefgen.build import template_for
    from briefgen.config import load_project
    if template_for(load_project(REPO), item.request).count("/") == 0:
        return None
    figures = [b for b in item.document.blocks if isinstance(b, d.Figure) and b.chart]
    return tuple(p.fact_id for p in figures[0].chart.points if p.fact_id) if figures else None


def test_usd_equivalent_only_where_the_source_gives_it(texts, pack):
    """A figure with a second-currency restatement shows it in its panel label; no other line
    sets US$ beside RMB. (The shipped Japan zone figure, the one with an equivalent, is undated
    and so not a headline: tests/test_briefing.py checks the equivalent's wording.)"""
    from briefgen import document as d
    from briefgen.compose.briefing import equivalent_text, key_figure_ids
    _, store, _, result = pack
    for item in result.items:
        panels = [b for b in item.document.blocks if isinstance(b, d.KeyFigures)]
        ids = key_figure_ids(as_composed(pack), item.request.slug, _chart_facts(item)) if panels else []
        for figure, fact_id in zip(panels[0].items if panels else (), ids):
            eq = equivalent_text(store, fact_id)
            assert (f"({eq})" in figure.label) if eq else "(about US$" not in figure.label, \
                (item.name, fact_id)
    equivalents = {f.equivalent_of for f in store.facts if f.equivalent_of}
    for name, text in texts.items():
        for line in text.splitlines():
            if "RMB" in line and "US$" in line and "(" in line:
                assert any(store.get(e).label.split(" (")[0] in line or
                           store.get(e).label in line for e in equivalents) or "·" in line, \
                    (name, line)


def test_thin_subjects_get_a_short_brief_without_empty_sections(pack):
    from briefgen import document as d
    from briefgen.build import fit_brief
    project, store, out, result = pack
    for item in result.items:
        blocks = fit_brief(item.document, project).blocks
        for i, block in enumerate(blocks):
            if isinstance(block, d.Heading):
                following = blocks[i + 1] if i + 1 < len(blocks) else None
                assert following is not None and not isinstance(following, (d.Heading, d.Sources)), \
                    (item.name, block)
            if isinstance(block, d.KeyFigures):
                assert block.items, item.name
    belarus = next(i for i in result.items if i.name == "partner-belarus")
    text = _document_text(belarus.document)
    assert "Periods of the figures" not in text  # no figures, no line about their periods
    assert "SCO countries" in text  # points to the group brief that covers it


def test_periods_line_names_the_periods_of_the_figures_shown(texts):
    korea = texts["partner-south-korea"]
    line = next(l for l in korea.splitlines() if l.startswith("Periods of the figures"))
    assert "as of March 2019" in line and "Q1 2019" in line
    assert "2021" not in line  # the business club's 2021 figure is not a key figure here


def test_subject_charts_follow_the_integrity_rules(pack):
    """Each chart shows one unit, and one period unless its labels name the periods."""
    from briefgen import document as d
    _, store, _, result = pack
    charted = {}
    for item in result.items:
        for block in item.document.blocks:
            if isinstance(block, d.Figure) and block.chart is not None:
                facts = [store.get(p.fact_id) for p in block.chart.points if p.fact_id]
                assert len({f.unit for f in facts}) == 1, item.name
                assert len({f.counted for f in facts}) == 1, item.name
                if len({f.period for f in facts}) > 1:
                    assert block.chart.kind == "before_after" or all(
                        p.period for p in block.chart.points), item.name
                charted[item.name] = block.chart
    for name in ("sector-ecommerce", "sector-customs", "partner-sco", "partner-japan",
                 "partner-south-korea", "overview"):
        assert name in charted, name
    assert [p.label for p in charted["sector-ecommerce"].points] == ["B2B", "B2C"]
    assert charted["sector-customs"].kind == "before_after"
    assert {p.fact_id for p in charted["partner-sco"].points} == {
        "sco.exports-2019-jan-apr", "sco.imports-2019-jan-apr"}  # the parts, not the total


# --- each thing once, in plain words ----------------------------------------------------------

_WORD = re.compile(r"\w+")
# Words that show an editor's doubt or a reference to something the reader cannot see.
HEDGES = re.compile(
    r"\b(doubtful|dubious|questionable|apparently|seems?|sic)\b|\bthe source\b"
    r"|\bsource (dates|reports|says|undated)\b|\bas printed\b|\bof that order\b"
    r"|\bthe same step\b|\b(that|those|these) (order|shipment|show|step|events|commodities|line)\b"
    r"|\bamong them$", re.IGNORECASE)


def _inline_text(inlines) -> str:
    from briefgen import document as d
    parts = []
    for node in inlines:
        if isinstance(node, d.Text):
            parts.append(node.text)
        elif hasattr(node, "children"):
            parts.append(_inline_text(node.children))
    return "".join(parts)


def _citations(inlines) -> set[int]:
    from briefgen import document as d
    found = set()
    for node in inlines:
        if isinstance(node, d.CitationRef):
            found.add(node.number)
        elif hasattr(node, "children"):
            found |= _citations(node.children)
    return found


def _list_items(document) -> list[tuple[str, str, set[int]]]:
    """(heading above, text, citation numbers) of every bullet of a composed brief."""
    from briefgen import document as d
    items, heading = [], ""
    for block in document.blocks:
        if isinstance(block, d.Heading):
            heading = _inline_text(block.children)
        elif isinstance(block, d.BulletList):
            items += [(heading, _inline_text(i), _citations(i)) for i in block.items]
    return items


def _similarity(a: str, b: str) -> float:
    import difflib
    return difflib.SequenceMatcher(None, _WORD.findall(a.lower()), _WORD.findall(b.lower()),
                                   autojunk=False).ratio()


_STOP = {"the", "a", "an", "of", "in", "and", "to", "for", "with", "on", "its", "is", "was",
         "by", "as", "at", "from", "qingdao", "s"}


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP and not w.isdigit()}


def duplicate_items(document) -> list[tuple[str, str]]:
    """Pairs of bullets of one brief that state the same thing: near-identical words (the same
    sentence written for two partners, two signings with the same witnesses), or one whose
    words are nearly all in the other ('first international air route' twice); and a number
    a 'More figures' item or a key figure prints that a bullet prints again, from the same
    source statement or beside the same words ('15' campaigns in a list and under More
    figures)."""
    from briefgen import document as d
    items = _list_items(document)
    statements = [text for heading, text, _ in items if heading != "More figures"]
    found = []
    for n, a in enumerate(statements):  # figure lists share label patterns: checked below
        for b in statements[n + 1:]:
            small, large = sorted((_content_words(a), _content_words(b)), key=len)
            if _similarity(a, b) >= 0.6 or (len(small) >= 4 and len(small & large) >= 0.8 * len(small)):
                found.append((a, b))
    figures = [(h, t, c) for h, t, c in items if h == "More figures"]
    for block in document.blocks:
        if isinstance(block, d.KeyFigures):
            figures += [("", f"{f.label}: {f.value}", set(f.citations)) for f in block.items]
    for heading, text, cited in figures:
        label, _, value = text.rpartition(": ")
        value = re.sub(r"\s*\([^()]*\)\s*$", "", value)  # not the period after it
        for whole, decimals in NUMBER.findall(value):
            printed = whole + (f".{decimals}" if decimals else "")
            if len(printed) < 2 or re.fullmatch(r"(19|20)\d\d", printed):
                continue  # one digit, or a year: too common to tell a repeat
            for _, other, other_cited in items:
                match = re.search(rf"(?<![\d.,–-]){re.escape(printed)}(?![\d]|[.,]\d)\W*(\w*)",
                                  other)
                if other == text or not match:
                    continue
                # the same number from the same statement, or counting what the label names
                # ('15 campaigns' beside 'City campaigns …: 15')
                if cited & other_cited or match.group(1).lower() in _content_words(label):
                    found.append((text, other))
    return found


def test_no_two_bullets_of_a_brief_state_the_same_thing(pack):
    _, _, _, result = pack
    problems = {item.name: duplicate_items(item.document) for item in result.items}
    assert not {k: v for k, v in problems.items() if v}


def test_the_duplicate_finder_catches_a_repeated_statement(pack):
    from dataclasses import replace

    from briefgen import document as d
    _, _, _, result = pack
    sco = next(i for i in result.items if i.name == "partner-sco").document
    lists = [b for b in sco.blocks if isinstance(b, d.BulletList)]
    office = (d.Text("Qingdao has a trade office in Bishkek, one of its six trade offices in SCO "
                     "countries."), d.CitationRef(8))
    twice = (d.Text("Qingdao has a trade office in Lahore, one of its six trade offices in SCO "
                    "countries."), d.CitationRef(8))
    doubled = replace(lists[0], items=lists[0].items + (office, twice))
    blocks = tuple(doubled if b is lists[0] else b for b in sco.blocks)
    assert duplicate_items(replace(sco, blocks=blocks))


def test_the_periods_caution_only_where_figures_of_several_periods_stand(pack, texts):
    from briefgen import document as d
    _, _, _, result = pack
    for item in result.items:
        periods = {f.as_of for b in item.document.blocks if isinstance(b, d.KeyFigures)
                   for f in b.items}
        caution = "are not comparable" in texts[item.name]
        assert caution == (len(periods) > 1), (item.name, periods)
    for name in ("partner-russia", "partner-kazakhstan"):  # one figure, one period
        assert "Periods of the figures" not in texts[name]


def test_labels_and_texts_read_as_plain_statements(pack, texts):
    from briefgen import document as d
    _, store, _, result = pack
    for item in result.items:
        for line in texts[item.name].splitlines():  # every label and text a reader sees
            assert not HEDGES.search(line), (item.name, line)
        for block in item.document.blocks:
            if isinstance(block, d.KeyFigures):
                for figure in block.items:  # a period, never a remark about the source
                    assert figure.as_of not in ("source undated", "date not given"), \
                        (item.name, figure.label)
        for heading, text, _ in _list_items(item.document):
            # no date that is the article's rather than the event's: "2019: Oracle has set up"
            assert not re.match(r"\d{4}: ", text), (item.name, text)
            # a sentence, not a run of fragments: "Clustering venture investment institutions; …"
            assert not re.match(r"[A-Z][a-z]+ing\b[^.;:]*;", text), (item.name, text)
            if heading == "More figures":  # 'World rank of X: largest'
                assert not re.search(r"\brank\b[^:]*: (the )?(\w+ )?largest", text), \
                    (item.name, text)


def test_key_figures_leave_the_chart_its_figures(pack):
    """The panel carries other figures than the chart beside it."""
    from briefgen import document as d
    from briefgen.compose.briefing import key_figure_ids
    _, store, _, result = pack
    for item in result.items:
        charted = {p.fact_id for b in item.document.blocks
                   if isinstance(b, d.Figure) and b.chart for p in b.chart.points}
        shown = set(key_figure_ids(as_composed(pack), item.request.slug, _chart_facts(item)))
        assert not charted & shown, (item.name, sorted(charted & shown))
    names = {i.name for i in result.items if any(isinstance(b, d.Figure) and b.chart
                                                 for b in i.document.blocks)}
    assert {"partner-germany", "partner-south-korea", "partner-sco", "overview"} <= names


def test_chart_subtitles_name_the_brief_subject_not_another_sector(pack):
    from briefgen import document as d
    _, store, _, result = pack
    sectors = {e.slug: e.name for e in store.entities.values() if e.kind == "sector"}
    for item in result.items:
        for block in item.document.blocks:
            if isinstance(block, d.Figure) and block.chart is not None:
                subtitle = block.chart.subtitle or ""
                for slug, name in sectors.items():
                    if slug != item.request.slug:
                        assert name not in subtitle, (item.name, subtitle)


def test_titles_leave_no_word_alone_on_their_last_line(pack):
    import pdfplumber
    _, _, out, result = pack
    for item in result.items:
        with pdfplumber.open(out / f"{item.name}.pdf") as pdf:
            words = pdf.pages[0].extract_words(extra_attrs=["size"])
        biggest = max(w["size"] for w in words)
        lines: dict[int, list[str]] = {}
        for word in words:
            if abs(word["size"] - biggest) < 0.5:
                lines.setdefault(round(word["top"]), []).append(word["text"])
        rows = [lines[top] for top in sorted(lines)]
        assert len(rows) == 1 or len(rows[-1]) > 1, (item.name, rows)
