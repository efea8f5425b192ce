"""Facts from table cells: import with a map, proven against the cell by facts check, cited as
trade.xlsx!Trade!C2, and charted as a series over years under the integrity rules."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from source_files import trade_xlsx, write_xlsx  # noqa: F401

from briefgen.config import load_project
from briefgen.errors import ChartError
from briefgen.facts.store import load_store

MAP = """\
sheet: Trade
subject: {column: Partner}
subjects: {Korea: korea, Japan: null}   # Japan is not an entity of the test project
period: {column: Year}
measures:
  - {column: Exports (USD million), metric: exports, label: Exports to Testcity, unit: USD, scale: 1000000}
  - {column: D, metric: imports, label: Imports from Testcity, unit: USD, scale: 1000000}
"""


@pytest.fixture
def project(mini: Path, run, trade_xlsx: Path) -> Path:
    with (mini / "facts/metrics.yaml").open("a", encoding="utf-8") as metrics:
        metrics.write("  exports: {label: Exports of goods, units: [USD]}\n"
                      "  imports: {label: Imports of goods, units: [USD]}\n")
    (mini / "trade-map.yaml").write_text(MAP, encoding="utf-8")
    assert run("--project", mini, "seeds", "add", trade_xlsx).exit_code == 0
    return mini


def _import(run, project: Path, *extra):
    return run("--project", project, "facts", "import", project / "seeds/originals/trade.xlsx",
               "--map", project / "trade-map.yaml", *extra)


def test_import_writes_facts_that_cite_their_cells(project, run):
    result = _import(run, project)
    assert result.exit_code == 0, result.output
    assert "8 facts from sheet Trade" in result.stdout
    facts = yaml.safe_load((project / "facts/tables/trade.yaml").read_text(encoding="utf-8"))["facts"]
    first = facts[0]
    assert (first["id"], first["subject"], first["value"], first["unit"], first["period"]) == (
        "korea.exports-2019", "korea", 1234500000, "USD", "2019")
    assert first["sources"] == [{"seed": "trade.txt", "cell": "Trade!C2", "quote": "1234.5",
                                 "scale": 1000000}]
    check = run("--project", project, "facts", "check")
    assert check.exit_code == 0, check.output
    store = load_store(load_project(project))
    assert store.get("korea.imports-2022").value == 1180500000
    assert store.get("korea.exports-2019").sources[0].locator == "trade.xlsx!Trade!C2"


def test_facts_check_proves_the_value_against_the_cell(project, run):
    assert _import(run, project).exit_code == 0
    path = project / "facts/tables/trade.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("value: 1234500000", "value: 1234600000", 1), encoding="utf-8")
    check = run("--project", project, "facts", "check")
    assert check.exit_code == 1
    assert "korea.exports-2019: cell Trade!C2 holds 1234.5 (× 1000000 = 1234500000" in check.stderr
    path.write_text(text.replace("cell: Trade!C2", "cell: Trade!C3", 1), encoding="utf-8")
    check = run("--project", project, "facts", "check")
    assert "cell trade.txt!Trade!C3 holds '1301', not the quote '1234.5'" in check.stderr


def test_a_missing_column_or_unknown_subject_names_file_sheet_and_cell(project, run):
    (project / "trade-map.yaml").write_text(MAP.replace("column: D", "column: Re-exports")
                                            .replace(", Japan: null", ""), encoding="utf-8")
    before = sorted(p.name for p in (project / "facts").rglob("*"))
    result = _import(run, project)
    assert result.exit_code == 1
    assert "trade.xlsx!Trade: no column 'Re-exports' in header row 1" in result.stderr
    (project / "trade-map.yaml").write_text(MAP.replace(", Japan: null", ""), encoding="utf-8")
    result = _import(run, project)
    assert "trade.xlsx!Trade!A6: 'Japan' is not an entity" in result.stderr
    assert sorted(p.name for p in (project / "facts").rglob("*")) == before


def test_the_sheet_option_chooses_the_sheet(project, run):
    result = _import(run, project, "--sheet", "Notes")
    assert result.exit_code == 1
    assert "trade.xlsx!Notes: no column 'Partner' in header row 1" in result.stderr


def test_a_table_that_is_not_a_seed_is_refused(project, run, tmp_path):
    other = write_xlsx(tmp_path / "other.xlsx", rows=[["Partner", "Year"], ["Korea", 2019]])
    result = run("--project", project, "facts", "import", other, "--map", project / "trade-map.yaml")
    assert result.exit_code == 1 and "this table is not a seed yet" in result.stderr


def test_a_series_over_years_is_charted_from_table_facts(project, run):
    assert _import(run, project).exit_code == 0
    from briefgen.charts import resolve
    store = load_store(load_project(project))
    chart = resolve({"kind": "line", "title": "Exports to Testcity grew every year",
                     "metric": "exports", "subject": "korea"}, store, path="t.md.j2", line=1)
    assert [p.label for p in chart.points] == ["2019", "2020", "2021", "2022"]
    assert [p.value for p in chart.points] == [1234500000, 1301000000, 1422750000, 1500000000]
    from briefgen.charts import draw
    from briefgen.config import load_project as project_of
    png = draw(chart, project_of(project).theme, "png", cache_dir=project / ".cache/charts")
    assert png.read_bytes().startswith(b"\x89PNG")
    columns = resolve({"kind": "column", "title": "Exports", "metric": "exports",
                       "subject": "korea"}, store, path="t.md.j2", line=1)
    assert len(columns.points) == 4
    with pytest.raises(ChartError, match="mixes measures"):
        resolve({"kind": "column", "title": "Trade", "facts": ["korea.exports-2019",
                                                              "korea.imports-2019"]},
                store, path="t.md.j2", line=1)


@pytest.mark.parametrize("name", ["facts/korea.yaml", "briefgen.yaml", "notes.txt"])
def test_import_out_never_replaces_a_file_it_did_not_write(project, run, name):
    """`--out facts/korea.yaml` replaced the hand-written fact file with the imported facts."""
    target = project / name
    if not target.exists():
        target.write_text("my notes\n", encoding="utf-8")
    before = target.read_bytes()
    result = _import(run, project, "--out", target)
    assert result.exit_code == 1
    assert "there is a file here that `facts import` did not write" in result.stderr
    assert target.read_bytes() == before
    assert _import(run, project, "--out", project / "facts/mine.yaml").exit_code == 0
    assert _import(run, project, "--out", project / "facts/mine.yaml").exit_code == 0  # its own
