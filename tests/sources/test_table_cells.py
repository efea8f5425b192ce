"""Every way a fact can disagree with the table cell it cites, each reported once with its whole
message, line and hint (facts check): the cell checks are core rules, mutation-tested."""

from __future__ import annotations

from pathlib import Path

import pytest
from source_files import TRADE_ROWS, trade_xlsx, write_xlsx  # noqa: F401
from test_tables import _import, project  # noqa: F401

FACT = "facts/tables/trade.yaml"


def _edit(project: Path, old: str, new: str) -> str:
    path = project / FACT
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text


E = "error: facts/tables/trade.yaml:"
CASES = {
    "a cell outside the table": (
        [("cell: Trade!C2", "cell: Trade!Z99")],
        f"{E}14: korea.exports-2019: cell trade.txt!Trade!Z99 holds '', not the quote '1234.5' "
        "(the quote of a cell is its value as the seed writes it)"),
    "a sheet the table does not have": (
        [("cell: Trade!C2", "cell: Nosheet!C2")],
        f"{E}14: korea.exports-2019: no cell Nosheet!C2 in trade.txt (no such sheet, or not a "
        "table seed) (give Sheet!CELL of the table as `briefgen seeds add` read it)"),
    "another cell": (
        [("cell: Trade!C2", "cell: Trade!C3")],
        f"{E}14: korea.exports-2019: cell trade.txt!Trade!C3 holds '1301', not the quote '1234.5' "
        "(the quote of a cell is its value as the seed writes it)"),
    "as_written not the cell's text": (
        [("as_written: '1234.5'", "as_written: '1234.50'")],
        f"{E}4: korea.exports-2019: as_written '1234.50' is not the cell's text '1234.5' "
        "(copy the cell's value as as_written)"),
    "a value that is not the cell times the scale": (
        [("value: 1234500000", "value: 1234600000")],
        f"{E}4: korea.exports-2019: cell Trade!C2 holds 1234.5 (× 1000000 = 1234500000), but the "
        "fact says 1234600000 (fix value, or the source's scale: 1000000 for a table in millions)"),
    "no scale: the cell's number itself": (
        [("value: 1234500000", "value: 1234.6"), ("    scale: 1000000\n", "")],
        f"{E}4: korea.exports-2019: cell Trade!C2 holds 1234.5 (× 1 = 1234.5), but the fact says "
        "1234.6 (fix value, or the source's scale: 1000000 for a table in millions)"),
    "a cell of text": (
        [("cell: Trade!C2", "cell: Trade!A1"), ("quote: '1234.5'", "quote: Partner"),
         ("as_written: '1234.5'", "as_written: Partner")],
        f"{E}4: korea.exports-2019: cell Trade!A1 holds 'Partner', not a number "
        "(cite a cell that holds the figure)"),
}


@pytest.mark.parametrize("case", CASES)
def test_each_disagreement_with_a_cell_is_one_exact_problem(project, run, case):  # noqa: F811
    edits, expected = CASES[case]
    assert _import(run, project).exit_code == 0
    for old, new in edits:
        _edit(project, old, new)
    check = run("--project", project, "facts", "check")
    assert check.exit_code == 1
    assert check.stderr.splitlines() == [expected]


def test_a_cell_value_without_scale_that_matches_is_accepted(project, run):  # noqa: F811
    """Scale 1 is the default: the cell's number is the value."""
    assert _import(run, project).exit_code == 0
    _edit(project, "value: 1234500000", "value: 1234.5")
    _edit(project, "    scale: 1000000\n", "")
    check = run("--project", project, "facts", "check")
    assert check.exit_code == 0, check.stderr


class TestAFigureWrittenAsText:
    """Statistics offices often export figures as text with thousands separators: the cell's
    text is the quote, and its number is read without the separators."""

    @pytest.fixture
    def trade_xlsx(self, tmp_path: Path) -> Path:  # the project fixture imports this one
        rows = [list(row) for row in TRADE_ROWS]
        rows[1][2] = "1,234.5"
        return write_xlsx(tmp_path / "trade.xlsx", rows)

    def test_a_cell_with_a_thousands_separator_is_its_number(self, project, run):  # noqa: F811
        assert _import(run, project).exit_code == 0
        assert "quote: 1,234.5" in (project / FACT).read_text(encoding="utf-8")
        check = run("--project", project, "facts", "check")
        assert check.exit_code == 0, check.stderr
        _edit(project, "value: 1234500000", "value: 1234600000")
        check = run("--project", project, "facts", "check")
        assert check.stderr.splitlines() == [
            f"{E}4: korea.exports-2019: cell Trade!C2 holds 1,234.5 (× 1000000 = 1234500000), "
            "but the fact says 1234600000 (fix value, or the source's scale: 1000000 for a table "
            "in millions)"]
