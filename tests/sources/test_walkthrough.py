"""docs/extract.md's walkthroughs, run as written: a web page and a table, from `seeds add` to a
checked store and a brief that cites the paragraph."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

from click.testing import CliRunner
from conftest import REPO

from briefgen.cli import main

DOC = REPO / "docs" / "extract.md"
DATA = REPO / "tests" / "data" / "sources"
TEMPLATE = """---
title: {{ entity.name }}
---
Trade reached {{ fact("kr.trade-volume-2024-01-to-2024-04") }} in January-April 2024.
"""


def walkthrough_commands() -> list[str]:
    blocks = re.findall(r"^```sh walkthrough\n(.*?)^```", DOC.read_text(encoding="utf-8"),
                        re.M | re.S)
    return [line for block in blocks for line in block.splitlines() if line.strip()]


def test_the_walkthroughs_run_as_written(mini: Path, monkeypatch):
    for name in ("article.html", "trade.csv", "trade-map.yaml"):
        shutil.copy(DATA / name, mini / name)
    with (mini / "facts/metrics.yaml").open("a", encoding="utf-8") as metrics:
        metrics.write("  exports: {label: Exports of goods, units: [USD]}\n"
                      "  imports: {label: Imports of goods, units: [USD]}\n")
    (mini / "templates").mkdir()
    (mini / "templates/partner.md.j2").write_text(TEMPLATE, encoding="utf-8")
    monkeypatch.chdir(mini)
    commands = walkthrough_commands()
    assert len(commands) == 9
    for command in commands:
        words = shlex.split(command)
        if words[0] != "briefgen":
            subprocess.run(["bash", "-euo", "pipefail", "-c", command], check=True)
            continue
        result = CliRunner().invoke(main, words[1:])
        assert result.exit_code == 0, f"{command}\n{result.output}"
        if words[1:3] == ["facts", "accept"]:
            assert "accepted 2" in result.output and "0 left for review" in result.output
    assert "18 new projects" in (mini / "facts/accepted/article.yaml").read_text(encoding="utf-8")
    import pdfplumber

    def text_of(name: str) -> str:
        with pdfplumber.open(mini / "out" / name) as pdf:
            return " ".join(" ".join((page.extract_text() or "") for page in pdf.pages)
                            .replace("\u00a0", " ").split())
    assert "Test Daily, 30 May 2024. [1] para. 3" in text_of("partner-korea.pdf")
    assert "same period.” (para. 3)" in text_of("partner-korea-sources.pdf")
    imported = (mini / "facts/tables/trade.yaml").read_text(encoding="utf-8")
    assert imported.count("- id: korea.") == 8 and "cell: trade!C2" in imported
