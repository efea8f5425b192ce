"""`facts accept` reads inbox files and the store as someone else may have written them: an inbox
folder that links into the store, hard links, candidates of any shape, broken entity and metric
files. Each ends in a located error or a candidate left for review; nothing is lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest



def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under the folder (links not followed), with its bytes."""
    return {str(p): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.is_symlink()}

CANDIDATE = """facts:
  - review: keep
    id: kr.hostile
    subject: korea
    metric: trade_volume
    label: A hostile candidate
{extra}
"""
SOURCES = """    sources:
      - seed: news.txt
        quote: "In the first quarter of 2019, trade reached $1.93 billion\""""


def _inbox(mini: Path, text: str, name: str = "x.yaml") -> Path:
    inbox = mini / "facts" / "_inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    (inbox / name).write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return inbox / name


@pytest.mark.parametrize("link", [".", "..", "sub"])
def test_an_inbox_folder_linking_into_the_store_consumes_nothing(run, mini, link):
    """`_inbox -> .` made every store file an 'inbox file': accept read them as candidates."""
    facts = mini / "facts"
    (facts / "sub").mkdir()
    (facts / "sub" / "more.yaml").write_text((facts / "korea.yaml").read_text("utf-8"), "utf-8")
    (facts / "_inbox").symlink_to(link)
    before = snapshot(mini)
    for args in ([], [facts / "_inbox" / "korea.yaml"]):
        result = run("--project", mini, "facts", "accept", *args)
        assert result.exit_code == 1, result.output
        assert "the review inbox is a link" in result.stderr
    assert snapshot(mini) == before


def test_a_hard_link_in_the_inbox_is_refused(run, mini):
    inbox = mini / "facts" / "_inbox"
    inbox.mkdir()
    os.link(mini / "facts" / "korea.yaml", inbox / "korea.yaml")
    before = snapshot(mini)
    result = run("--project", mini, "facts", "accept", inbox / "korea.yaml")
    assert result.exit_code == 1 and "has other names (hard links)" in result.stderr
    assert snapshot(mini) == before


@pytest.mark.parametrize("text,line,message", [
    (b"facts:\n  - id: \xff\xfe\n", None, "not UTF-8 text"),
    ("# a comment\nfacts: 5\n", 2, "facts: 5 is not a list of candidates"),
    ("facts:\n- id: x\n  value: 1\n", 1, "holds 1 candidates, but 0 of them begin a line"),
    ("- id: x\n", 1, "not an inbox file: its one key is facts"),
    ("facts:\n  - id: x\nreview: keep\n", 1, "not an inbox file: its one key is facts"),
    (CANDIDATE.format(extra="    text: a\x00b"), 7, "control characters are not allowed"),
    (CANDIDATE.format(extra="    value: " + "9" * 5000), 7, "too long to read"),
    (CANDIDATE.format(extra="    x: &a [1,1,1,1,1,1,1,1,1,1]\n" + "".join(
        f"    x{i}: &a{i} [" + ",".join([f"*{'a' if i == 0 else f'a{i - 1}'}"] * 10) + "]\n"
        for i in range(7))), 7, "aliases expand to more than"),
])
def test_an_unreadable_inbox_file_is_a_located_error(run, mini, text, line, message):
    path = _inbox(mini, text)
    before = snapshot(mini)
    result = run("--project", mini, "facts", "accept")
    assert result.exit_code == 1, result.output
    where = f"x.yaml:{line}: " if line else "x.yaml: "
    assert where in result.stderr and message in result.stderr, result.stderr
    assert snapshot(mini) == before and path.exists()


@pytest.mark.parametrize("text", ["", "\n\n", "# all reviewed\n", "facts:\n", "facts: []\n"])
def test_an_inbox_file_without_candidates_holds_none(run, mini, text):
    """An inbox file emptied by hand (nothing, or only comments) holds no candidates, as one
    with `facts:` alone: it stops no `facts accept` of the other inbox files."""
    _inbox(mini, text)
    result = run("--project", mini, "facts", "accept")
    assert result.exit_code == 0, result.output
    assert "x.yaml: accepted 0; 0 already in the store; 0 dropped; 0 left" in result.output


@pytest.mark.parametrize("extra,reason", [
    ("    text: hi\n    sources: abc", "sources: 'abc' is not of type 'array'"),
    ("    text: hi\n    sources: [abc, 3]", "sources/0: 'abc' is not of type 'object'"),
    ("    text: hi\n    sources:\n      - seed: ../../../../../etc/passwd\n        quote: root",
     "seed '../../../../../etc/passwd' not found in seeds/"),
    ("    value: abc\n    as_written: abc\n" + SOURCES, "does not read as value abc"),
    ("    value: .nan\n    as_written: $1.93 billion\n" + SOURCES, "does not read as value NaN"),
    ("    value: -.inf\n    as_written: $1.93 billion\n" + SOURCES, "does not read as value"),
    ("    text: hi\n    equivalent_of: [a]\n" + SOURCES, "equivalent_of: ['a'] is not of type"),
    ("    counted: [1]\n    text: hi\n" + SOURCES, "counted: [1] is not of type 'string'"),
])
def test_a_malformed_candidate_stays_in_the_inbox_with_its_reason(run, mini, extra, reason):
    path = _inbox(mini, CANDIDATE.format(extra=extra))
    text = path.read_text("utf-8")
    store = snapshot(mini / "facts")
    result = run("--project", mini, "facts", "accept")
    assert result.exit_code == 0, result.output
    assert "1 left for review" in result.stdout and reason in result.stdout, result.stdout
    assert path.read_text("utf-8") == text and snapshot(mini / "facts") == store


@pytest.mark.parametrize("name,text,message", [
    ("entities.yaml", "[1]\n", "entities.yaml:1: [1] is not of type 'object'"),
    ("metrics.yaml", "metrics: [1]\n", "metrics.yaml:1: metrics: [1] is not of type 'object'"),
    ("entities.yaml", "city: &a {slug: x, name: y, aliases: *a}\n", "entities.yaml:1: invalid YAML"),
])
def test_a_broken_entities_or_metrics_file_is_a_located_error(run, mini, name, text, message):
    _inbox(mini, CANDIDATE.format(extra="    text: hi\n" + SOURCES))
    (mini / "facts" / name).write_text(text, "utf-8")
    before = snapshot(mini)
    result = run("--project", mini, "facts", "accept")
    assert result.exit_code == 1 and message in result.stderr, result.output
    assert "Traceback" not in result.output and snapshot(mini) == before


def test_a_store_value_that_is_no_number_does_not_stop_accept(run, mini):
    """The inbox reads the store lightly (ids and figures); `facts check` reports the value."""
    korea = mini / "facts" / "korea.yaml"
    korea.write_text(korea.read_text("utf-8").replace("value: 30462000000", "value: abc"), "utf-8")
    _inbox(mini, CANDIDATE.format(extra="    text: hi\n" + SOURCES))
    result = run("--project", mini, "facts", "accept")
    assert result.exit_code == 0 and "x.yaml: accepted 1" in result.stdout, result.output


@pytest.mark.parametrize("sources", ["5", "[5]", "abc", "{seed: news.txt}", "[[1]]", "[]"])
def test_the_review_page_shows_a_candidate_whatever_its_sources(mini, sources):
    """`sources: 5` in an inbox file made the review page of that file a 500 error."""
    pytest.importorskip("starlette")
    from starlette.testclient import TestClient

    from briefgen.config import load_project
    from briefgen.review.app import create_app
    _inbox(mini, CANDIDATE.format(extra=f"    text: hi\n    sources: {sources}"))
    client = TestClient(create_app(load_project(mini)), base_url="http://127.0.0.1:8765")
    page = client.get("/inbox/x.yaml")
    assert page.status_code == 200 and "kr.hostile" in page.text
