"""`briefgen facts check|list|stats` and `init`, including every bad-input case of the foundation."""

import json
from pathlib import Path

import pytest


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_check_clean(run, mini):
    result = run("--project", mini, "facts", "check")
    assert result.exit_code == 0, result.output
    assert "ok: 6 facts" in result.output


def test_list_json_is_stable(run, mini):
    result = run("--project", mini, "facts", "list", "--json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    keys = {"id", "subject", "metric", "label", "value", "unit", "as_written", "qualifier",
            "period", "seed", "quote"}
    assert all(keys <= set(row) for row in rows)
    growth = next(r for r in rows if r["id"] == "kr.trade-growth")
    assert growth["value"] == 7.1 and growth["unit"] == "percent"


def test_list_by_subject(run, mini):
    result = run("--project", mini, "facts", "list", "--subject", "finance")
    assert "kr.banks" in result.stdout and "kr.fdi-signed" not in result.stdout


def test_stats(run, mini):
    result = run("--project", mini, "facts", "stats")
    assert result.exit_code == 0
    assert "korea" in result.stdout and "news.txt" in result.stdout


FACTS = "facts/korea.yaml"


@pytest.mark.parametrize("old,new,message", [
    ("    unit: USD\n    as_written: $30.462 billion", "    unit: USD\n    as_written: [$30",
     "facts/korea.yaml:9: invalid YAML"),
    ("    label: Signed investment\n", "", "facts/korea.yaml:2: 'label' is required"),
    ("subject: korea\n    metric: fdi", "subject: narnia\n    metric: fdi",
     "kr.fdi-signed: unknown subject 'narnia'"),
    ("unit: USD\n    as_written: $30", "unit: yen bn\n    as_written: $30",
     "facts/korea.yaml:7: kr.fdi-signed: unknown unit 'yen bn'"),
    ("with signed foreign investment of $30.462 billion.\"",
     "with signed foreign investment of $31 billion.\"",
     "kr.fdi-signed: quote not found verbatim in news.txt"),
    ("as_written: $30.462 billion", "as_written: \"30.462\"",
     "kr.fdi-signed: as_written '30.462' reads as 30.462 count"),
    ("value: 30462000000", "value: 30462000001", "but the fact says 30462000001 USD"),
    ("id: kr.trade-q1", "id: kr.fdi-signed", "kr.fdi-signed: duplicate id (first defined at"),
    ("seed: news.txt\n        quote: \"In the first", "seed: gone.txt\n        quote: \"In the first",
     "kr.trade-q1: seed file 'gone.txt' not found"),
])
def test_check_reports_bad_input(run, mini, old, new, message):
    edit(mini / FACTS, old, new)
    result = run("--project", mini, "facts", "check")
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_check_reports_all_problems_at_once(run, mini):
    edit(mini / FACTS, "unit: USD\n    as_written: $30", "unit: yen\n    as_written: $30")
    edit(mini / FACTS, "id: kr.trade-q1", "id: kr.fdi-signed")
    result = run("--project", mini, "facts", "check")
    assert result.exit_code == 1
    assert "unknown unit 'yen'" in result.stderr and "duplicate id" in result.stderr
    assert "problems" in result.stderr


def test_conflicting_values_need_a_preference(run, mini):
    text = (mini / FACTS).read_text()
    dup = text.split("  - id: kr.trade-q1")[1].split("  - id: kr.trade-growth")[0]
    dup = dup.replace("value: 1930000000", "value: 1940000000").replace(
        "as_written: $1.93 billion", "as_written: $1.93 billion")
    (mini / FACTS).write_text(text + "  - id: kr.trade-q1b" + dup)
    result = run("--project", mini, "facts", "check")
    assert "conflicting values for the same measure and period (kr.trade-q1, kr.trade-q1b)" in result.stderr


def test_project_without_config(run, tmp_path):
    result = run("--project", tmp_path, "facts", "check")
    assert result.exit_code == 1
    assert f"{tmp_path}: no briefgen.yaml in this folder" in result.stderr


def test_bad_config_key(run, mini):
    edit(mini / "briefgen.yaml", "city: testcity", "city: testcity\ncolour: red")
    result = run("--project", mini, "facts", "check")
    assert result.exit_code == 1 and "briefgen.yaml:4: unknown key 'colour'" in result.stderr


def test_check_writes_nothing(run, mini):
    before = sorted(p for p in mini.rglob("*"))
    edit(mini / FACTS, "unit: USD\n    as_written: $30", "unit: yen\n    as_written: $30")
    run("--project", mini, "facts", "check")
    assert sorted(p for p in mini.rglob("*")) == before


def test_init_scaffolds_a_working_project(run, tmp_path):
    target = tmp_path / "newcity"
    result = run("init", target, "--city", "newcity")
    assert result.exit_code == 0, result.output
    assert (target / "briefgen.yaml").is_file() and (target / "facts/entities.yaml").is_file()
    check = run("--project", target, "facts", "check")
    assert check.exit_code == 0, check.output
    assert "ok: 0 facts" in check.stdout
    again = run("init", target)
    assert again.exit_code == 1 and "a project already exists here" in again.stderr
