"""The store's rules on a real project (tests/roots/rules/): every source's quote verbatim and
case-sensitive, a conflict resolved only by one preferred fact with a reason, and the overruled
fact kept out of the briefs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from briefgen.config import load_project
from briefgen.errors import FactError
from briefgen.facts.store import load_store

RULES = Path(__file__).parent / "roots" / "rules"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def rules(tmp_path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(RULES, target)
    return target


def edit(root: Path, old: str, new: str) -> None:
    facts = root / "facts" / "korea.yaml"
    text = facts.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    facts.write_text(text.replace(old, new), encoding="utf-8")


def problems(root: Path) -> list[str]:
    with pytest.raises(FactError) as caught:
        load_store(load_project(root))
    return [f"{p.line}: {p.message}" for p in caught.value.problems]


def source_line(root: Path, quote: str) -> int:
    """The line of the `- seed:` entry whose quote contains `quote`."""
    lines = (root / "facts" / "korea.yaml").read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if quote in line) - 1


def test_the_fixture_project_is_valid_and_its_resolved_conflict_reported(rules, run):
    store = load_store(load_project(rules))
    assert store.overruled == {"kr.fdi-signed-report"} and store.preferred == {"kr.fdi-signed"}
    assert len(store.get("kr.projects").sources) == 2
    result = run("--project", rules, "facts", "check")
    assert result.exit_code == 0, result.output
    [line] = [t for t in result.output.splitlines() if t.startswith("resolved conflict:")]
    assert line.startswith("resolved conflict: kr.fdi-signed ($30.462 billion) preferred over "
                           "kr.fdi-signed-report ($30.1 billion): the newer of the two figures")


def test_a_conflict_without_a_reason_is_not_resolved(rules):
    edit(rules, "    reason: the newer of the two figures, from the source that counts signed "
                "contracts\n", "")
    found = problems(rules)
    assert any("conflicting values for the same measure and period (kr.fdi-signed, "
               "kr.fdi-signed-report)" in p for p in found), found
    assert any("kr.fdi-signed: conflict is not resolved" in p for p in found), found


def test_two_preferred_facts_do_not_resolve_a_conflict(rules):
    edit(rules, "    conflicts_with: [kr.fdi-signed]\n",
         "    conflicts_with: [kr.fdi-signed]\n    preferred: true\n    reason: it is newer\n")
    found = problems(rules)
    assert any("conflicting values for the same measure and period" in p for p in found), found
    assert any("kr.fdi-signed-report: conflict is not resolved" in p for p in found), found


def test_quotes_are_verified_case_sensitively(rules):
    edit(rules, 'quote: "South Korea is the second largest investor of Testcity."',
         'quote: "south korea is the second largest investor of Testcity."')
    [found] = problems(rules)
    assert found.startswith(f"{source_line(rules, 'south korea is')}: kr.investor-rank: quote not "
                            "found verbatim in news.txt: 'south korea is the second largest "
                            "investor of Testcity.'"), found


def test_every_source_of_a_fact_is_verified_not_only_the_first(rules):
    edit(rules, 'quote: "spread over 12,930 Korean projects"',
         'quote: "spread over 12,931 Korean projects"')
    [found] = problems(rules)
    assert found.startswith(f"{source_line(rules, '12,931')}: kr.projects: quote not found "
                            "verbatim in report.txt: 'spread over 12,931 Korean projects'"), found


def test_overruled_facts_stay_out_of_briefs(rules):
    from briefgen.build import BriefRequest, compose
    from briefgen.document import to_dict
    project = load_project(rules)
    store = load_store(project)
    request = BriefRequest("partner", "korea", template_dirs=(REPO / "templates",))
    document, used = compose(project, store, request)
    text = json.dumps(to_dict(document), ensure_ascii=False)
    assert "kr.fdi-signed" in used
    assert "30.46" in text and "30.1 billion" not in text and "30.10" not in text


def test_templates_see_the_overruled_fact_only_when_they_ask_for_it(rules, tmp_path):
    from briefgen.compose import build_document
    from briefgen.document import to_dict
    (tmp_path / "t.md.j2").write_text(
        "---\ntitle: T\n---\n"
        "Live: {% for f in facts(subject='korea', metric='fdi_signed_cumulative') %}"
        "{{ f.id }} {% endfor %}\n\n"
        "All: {% for f in facts(subject='korea', metric='fdi_signed_cumulative', "
        "include_superseded=true) %}{{ f.id }} {% endfor %}\n", encoding="utf-8")
    store = load_store(load_project(rules))
    doc = build_document("t.md.j2", store, template_dirs=[tmp_path], subject="korea")
    text = json.dumps(to_dict(doc), ensure_ascii=False)
    assert "Live: kr.fdi-signed " in text and "Live: kr.fdi-signed kr.fdi-signed-report" not in text
    assert "All: kr.fdi-signed kr.fdi-signed-report" in text


@pytest.mark.parametrize("old, new, message, hint", [
    ("  - id: kr.trade-q1\n    subject: korea", "  - id: kr.trade-q1\n    subject: koreaa",
     "kr.trade-q1: unknown subject 'koreaa'", "add it to facts/entities.yaml or fix the slug"),
    ("    related: [finance]", "    related: [financ]",
     "kr.banks: unknown subject 'financ'", "add it to facts/entities.yaml or fix the slug"),
    ("    metric: trade_volume", "    metric: trade_volumes",
     "kr.trade-q1: unknown metric 'trade_volumes'", "add it to facts/metrics.yaml"),
    ("    metric: growth_yoy", "    metric: trade_volume",
     "kr.trade-growth: unit 'percent' is not a unit of metric 'trade_volume' (USD, CNY)",
     "use one of those units, or another metric; different measures are different metrics"),
    ("    counted: projects\n", "",
     "kr.projects: a count needs `counted` (what is counted, e.g. projects)",
     "add counted: projects (a plural noun)"),
    ("    as_written: $1.93 billion\n", "    as_written: $1.93 billion\n    equivalent_of: kr.trade\n",
     "kr.trade-q1: refers to unknown fact id 'kr.trade'", "see `briefgen facts list` for the ids"),
    ("    as_written: $1.93 billion\n", "",
     "kr.trade-q1: a value needs `as_written`, the figure as the quote writes it",
     "copy the figure from the quote, e.g. as_written: $1.93 billion"),
    ("    as_written: $1.93 billion\n", "    as_written: billion\n",
     "kr.trade-q1: as_written 'billion' cannot be read as a quantity",
     "write the figure with its unit, e.g. '$30.462 billion', '7.1 percent'"),
    # a bare number takes its unit from around it: "7.1" of "7.1 percent" is 7.1 percent
    ("    as_written: 7.1 percent\n", "    as_written: '7.1'\n", None, None),
    # an unknown unit is the one problem: the value is not checked against a unit it lacks
    ("    unit: USD\n    as_written: $1.93 billion\n", "    unit: USDX\n    as_written: $1.9 bn\n",
     "kr.trade-q1: unknown unit 'USDX' (did you mean 'USD'?)",
     "see docs/fact-format.md#units-and-values"),
])
def test_references_to_unknown_entities_and_metrics_are_located(rules, old, new, message, hint):
    edit(rules, old, new)
    if message is None:
        assert load_store(load_project(rules))
        return
    with pytest.raises(FactError) as caught:
        load_store(load_project(rules))
    assert [(p.message, p.hint) for p in caught.value.problems] == [(message, hint)]


@pytest.mark.parametrize("definitions, unchecked", [("facts/entities.yaml", "unknown subject"),
                                                    ("facts/metrics.yaml", "unknown metric"),
                                                    ("seeds/index.yaml", "is not described")])
def test_definitions_that_cannot_be_read_are_not_checked_against(rules, definitions, unchecked):
    (rules / definitions).write_text("{ not yaml", encoding="utf-8")
    with pytest.raises(FactError) as caught:
        load_store(load_project(rules))
    messages = [p.message for p in caught.value.problems]
    assert messages and not any(unchecked in m for m in messages), messages
    assert any(p.path and p.path.endswith(definitions) for p in caught.value.problems)


def _located(root: Path) -> list[tuple[str, int | None, str]]:
    with pytest.raises(FactError) as caught:
        load_store(load_project(root))
    return [(p.message, p.line, p.hint) for p in caught.value.problems]


def test_a_seed_that_is_not_there_is_named_at_its_line(rules):
    text = (rules / "facts" / "korea.yaml").read_text(encoding="utf-8")
    text = text.replace("      - seed: report.txt\n", "      - seed: reports.txt\n", 1)
    (rules / "facts" / "korea.yaml").write_text(text, encoding="utf-8")
    assert _located(rules) == [("kr.fdi-signed-report: seed file 'reports.txt' not found in seeds/",
                                27, "add the document to seeds/ or fix the file name")]


def test_a_quote_not_in_its_seed_is_named_at_its_line(rules):
    edit(rules, "stood at $30.1 billion", "stood at $30.10 billion")
    (message, line, hint), value = _located(rules)  # and its figure is no longer in the quote
    assert message.startswith("kr.fdi-signed-report: quote not found verbatim in report.txt")
    assert (line, hint) == (27, "copy the quote exactly from the seed")
    assert value == ("kr.fdi-signed-report: as_written '$30.1 billion' is not in its quote", 17,
                     "copy the figure exactly as the quote writes it")


def test_a_seed_missing_from_the_index_is_reported_once_at_its_first_citation(rules):
    index = rules / "seeds" / "index.yaml"
    text = index.read_text(encoding="utf-8")
    index.write_text(text[:text.index("  report.txt:")], encoding="utf-8")
    assert _located(rules) == [
        ("kr.fdi-signed-report: seed 'report.txt' is not described in seeds/index.yaml "
         "(cited by 1 more fact)", 27,
         "add it to seeds/index.yaml with its title, outlet, date and description")]


def test_a_figure_read_in_another_unit_than_the_fact_s_is_found(rules):
    metrics = rules / "facts" / "metrics.yaml"
    metrics.write_text(metrics.read_text(encoding="utf-8").replace("units: [percent]",
                                                                    "units: [percent, pp]"))
    edit(rules, "    unit: percent\n", "    unit: pp\n")
    assert [(m, h) for m, _, h in _located(rules)] == [
        ("kr.trade-growth: as_written '7.1 percent' reads as 7.1 percent, but the fact says 7.1 pp",
         "fix value (exact, in base units) or unit to match the quote")]


def test_each_seed_missing_from_the_index_says_how_many_more_facts_cite_it(rules):
    (rules / "seeds" / "index.yaml").write_text("seeds: {}\n", encoding="utf-8")
    (rules / "seeds" / "banks.txt").write_text("Eight Korean banks have set up branches in "
                                               "Testcity.\n", encoding="utf-8")
    edit(rules, "      - seed: news.txt\n        quote: \"Eight Korean banks",
         "      - seed: banks.txt\n        quote: \"Eight Korean banks")
    hint = "add it to seeds/index.yaml with its title, outlet, date and description"
    assert _located(rules) == [
        ("kr.fdi-signed: seed 'news.txt' is not described in seeds/index.yaml "
         "(cited by 4 more facts)", source_line(rules, "By the end of March"), hint),
        ("kr.fdi-signed-report: seed 'report.txt' is not described in seeds/index.yaml "
         "(cited by 1 more fact)", 27, hint),
        ("kr.banks: seed 'banks.txt' is not described in seeds/index.yaml",
         source_line(rules, "Eight Korean banks"), hint)]


def test_a_duplicate_id_is_named_where_it_was_first_defined(rules):
    edit(rules, "  - id: kr.trade-growth\n", "  - id: kr.trade-q1\n")
    assert _located(rules) == [("kr.trade-q1: duplicate id (first defined at facts/korea.yaml:29)",
                                40, "give each fact its own id")]


def add_count(root: Path, label: str, counted: str = "projects", metric: str = "count") -> None:
    """One more fact, of 40 of something in March 2019, quoted from a sentence added to news.txt."""
    with (root / "seeds" / "news.txt").open("a", encoding="utf-8") as seed:
        seed.write("Korean firms ran 40 of them.\n")
    with (root / "facts" / "korea.yaml").open("a", encoding="utf-8") as facts:
        facts.write(f"  - id: kr.forty\n    subject: korea\n    metric: {metric}\n"
                    f"    label: {label}\n    value: 40\n    unit: count\n    counted: {counted}\n"
                    "    as_written: '40'\n    period: ../2019-03\n    sources:\n"
                    "      - seed: news.txt\n        quote: Korean firms ran 40 of them.\n")


CONFLICT = ("kr.forty: conflicting values for the same measure and period (kr.projects, kr.forty)",
            "if they measure the same thing, mark one `preferred: true` with a `reason` and list the others in `conflicts_with`; if not (two routes, places or kinds), say in each `label` what it is of, with a generic `metric` such as `count`, or give a figure of another place its `scope`")


@pytest.mark.parametrize("label, counted, metric, conflict", [
    # a generic metric (count) is one measure per label, whatever its case
    ("Korean projects", "projects", "count", True),
    ("KOREAN Projects", "projects", "count", True),
    ("Korean projects abroad", "projects", "count", False),
    # counting other things is another measure
    ("Korean projects", "companies", "count", False),
    # a specific metric is one measure whatever its label says
    ("Projects in Testcity", "projects", "korean_projects", True),
])
def test_which_facts_measure_the_same_thing(rules, label, counted, metric, conflict):
    metrics = rules / "facts" / "metrics.yaml"
    metrics.write_text(metrics.read_text(encoding="utf-8")
                       + "  korean_projects: {label: Korean projects, units: [count]}\n",
                       encoding="utf-8")
    if metric != "count":
        edit(rules, "    metric: count\n", f"    metric: {metric}\n")
    add_count(rules, label, counted, metric)
    if not conflict:
        assert load_store(load_project(rules)).get("kr.forty").value == 40
        return
    [(message, line, hint)] = _located(rules)
    assert (message, hint) == CONFLICT and line == 86  # where kr.forty begins


def _raised(root: Path) -> list:
    with pytest.raises(FactError) as caught:
        load_store(load_project(root))
    return caught.value.problems


def _id_line(root: Path, fact_id: str) -> int:
    lines = (root / "facts" / "korea.yaml").read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.strip() == f"- id: {fact_id}")


def test_an_unresolved_conflict_says_how_to_resolve_it(rules):
    edit(rules, "    preferred: true\n", "")
    unresolved = next(p for p in _raised(rules) if p.message.endswith("conflict is not resolved"))
    assert unresolved.hint == "mark one fact of the conflict `preferred: true` and give a `reason`"


def test_conflicting_values_are_reported_at_the_last_of_the_facts(rules):
    third = ("  - id: kr.fdi-signed-third\n    subject: korea\n    metric: fdi_signed_cumulative\n"
             "    label: Signed investment\n    value: 30100000000\n    unit: USD\n"
             "    as_written: $30.1 billion\n    period: ../2019-03\n    sources:\n"
             "      - seed: report.txt\n        quote: \"signed investment from South Korea "
             "stood at $30.1 billion\"\n")
    edit(rules, "  - id: kr.trade-q1\n", third + "  - id: kr.trade-q1\n")
    edit(rules, "    preferred: true\n", "")
    [conflict] = [p for p in _raised(rules) if "conflicting values" in p.message]
    assert conflict.line == _id_line(rules, "kr.fdi-signed-third")
    assert conflict.hint == CONFLICT[1]


def test_a_figure_about_the_province_must_say_so_in_its_label(rules):
    scoped = "    period: 2019-01/2019-03\n    scope: {level: province, place: Shandong}\n"
    edit(rules, "    label: Trade in Q1 2019\n    value: 1930000000\n    unit: USD\n"
                "    as_written: $1.93 billion\n    period: 2019-01/2019-03\n",
         "    label: Trade in Q1 2019\n    value: 1930000000\n    unit: USD\n"
         "    as_written: $1.93 billion\n" + scoped)
    [found] = _raised(rules)
    assert found.message == ("kr.trade-q1: the label does not say the figure is about Shandong "
                             "(scope level province)")
    assert found.hint == ("name it in the label, e.g. '... in Shandong', so no brief prints it as "
                          "the city's figure")
    edit(rules, "    label: Trade in Q1 2019\n", "    label: Trade in SHANDONG, Q1 2019\n")
    load_store(load_project(rules))  # the place named, whatever its case


@pytest.mark.parametrize("groups, problems", [
    ("  - {slug: club, name: Club countries, kind: group, members: [korea, club]}\n",
     [(4, "group 'club' is among its own members (club -> club)")]),
    ("  - {slug: club, name: Club countries, kind: group, members: [korea, inner]}\n"
     "  - {slug: inner, name: Inner club, kind: group, members: [club]}\n",
     [(4, "group 'club' is among its own members (club -> inner -> club)"),
      (5, "group 'inner' is among its own members (inner -> club -> inner)")]),
    ("  - {slug: club, name: Club countries, kind: group, members: [korea, inner]}\n"
     "  - {slug: inner, name: Inner club, kind: group, members: [korea]}\n", []),
])
def test_a_group_among_its_own_members_is_located(rules, groups, problems):
    entities = rules / "facts" / "entities.yaml"
    text = entities.read_text(encoding="utf-8")
    old = "  - {slug: club, name: Club countries, kind: group, members: [korea]}\n"
    entities.write_text(text.replace(old, groups), encoding="utf-8")
    if not problems:
        assert load_store(load_project(rules))
        return
    with pytest.raises(FactError) as caught:
        load_store(load_project(rules))
    assert [(p.line, p.message) for p in caught.value.problems] == problems


@pytest.mark.parametrize("scope, conflict", [
    # a figure of another place, or among another group, is another measure
    ("{level: province, place: Shandong}", False),
    ("{level: city, among: Korean investors}", False),
    # the city's own scope written out is the city's
    ("{level: city}", True),
])
def test_a_figure_of_another_place_is_another_measure(rules, scope, conflict):
    metrics = rules / "facts" / "metrics.yaml"
    metrics.write_text(metrics.read_text(encoding="utf-8")
                       + "  korean_projects: {label: Korean projects, units: [count]}\n", encoding="utf-8")
    edit(rules, "    metric: count\n", "    metric: korean_projects\n")
    add_count(rules, "Korean projects in Shandong", "projects", "korean_projects")
    edit(rules, "    as_written: '40'\n", f"    as_written: '40'\n    scope: {scope}\n")
    if not conflict:
        assert load_store(load_project(rules)).get("kr.forty").value == 40
        return
    [(message, _, hint)] = _located(rules)
    assert (message, hint) == CONFLICT


def test_the_period_hint_names_no_year_of_another_clause_as_the_figure_s():
    from briefgen.facts.store import _period_hint
    quote = ("The capacity of the new plant is 750,000 appliances annually, and the combined output is expected to "
             "reach 1.7 million units by 2025.")
    hint = _period_hint({"as_written": "750,000", "sources": [{"quote": quote}]})
    assert not hint.startswith("add period: 2025") and "2025, in another clause" in hint
    # the year of the figure's own clause is still proposed, and one aim said once for clauses with no verb of their own
    assert _period_hint({"as_written": "1.7 million", "sources": [{"quote": quote}]}).startswith("add period: 2025,")
    one_aim = "Exports will reach 5 billion yuan, and imports 3 billion yuan, by 2025."
    assert _period_hint({"as_written": "5 billion yuan", "sources": [{"quote": one_aim}]}).startswith("add period: 2025,")
    # the figure itself, not the same digits inside another ("15 million units")
    other = "The old plant makes 15 million units, and the new one will reach 5 million units by 2025."
    assert _period_hint({"as_written": "5 million units", "sources": [{"quote": other}]}).startswith("add period: 2025,")
    # a year opening the sentence governs what follows
    opening = "In 2019, output rose, and exports reached 5 billion yuan."
    assert _period_hint({"as_written": "5 billion yuan", "sources": [{"quote": opening}]}).startswith("add period: 2019,")
