"""Journey: a staff member adds facts by hand, makes the usual mistakes, and reads the messages.

Every problem is reported in the first run, each says where the file is wrong and what to do,
nothing is written, and the fixed facts check clean.
"""

from __future__ import annotations

from pathlib import Path

from helpers import briefgen, files_under

SEED = """Port of Exampleton annual report

In 2023 the port handled cargo that totalled 12.5 million tons, the city government said.
Exampleton's port ranks among the busiest in the region.
"""

FACTS = """\
facts:
  - id: city.port-cargo-2023
    subject: exampleton
    metric: mass
    label: Cargo handled by the port
    value: 12500000
    unit: tons
    as_written: 12.5 million tons
    period: 2023
    sources:
      - seed: release.txt
        quote: "the port handled cargo that totaled 12.5 million tons"
  - id: city.port-cargo-again
    subject: exampleton
    metric: mass
    label: Cargo handled by the port, as the report's title page says
    value: 12500000
    unit: t
    as_written: 12.5 million tons
    period: 2023
    sources:
      - seed: release.txt
        quote: "cargo that totalled 12.5 million tons"
      - seed: release.txt
        quote: "12.5 million tons"
"""


def test_every_mistake_is_reported_in_the_first_run_with_what_to_do(tmp_path):
    assert briefgen("init", "exampleton", cwd=tmp_path).returncode == 0
    project = tmp_path / "exampleton"
    (project / "seeds" / "release.txt").write_text(SEED, encoding="utf-8")
    (project / "facts" / "port.yaml").write_text(FACTS, encoding="utf-8")
    before = files_under(project)

    checked = briefgen("facts", "check", cwd=project)

    assert checked.returncode == 1 and checked.stdout == ""
    lines = checked.stderr.splitlines()
    # the unit is named with the one meant, in the same run as the quote and the index
    assert ("error: facts/port.yaml:7: city.port-cargo-2023: unknown unit 'tons' (did you mean "
            "'t'?) (see docs/fact-format.md#units-and-values)") in lines
    # the quote: where the seed's passage first differs
    quote = next(line for line in lines if "not found verbatim" in line)
    assert quote.startswith("error: facts/port.yaml:11: city.port-cargo-2023: ")
    assert '"…handled cargo that totalled 12.5 million…"' in quote
    assert '"…handled cargo that totaled 12.5 million tons"' in quote
    # a seed missing from seeds/index.yaml: once, at its first citation, however often cited
    index = [line for line in lines if "is not described in seeds/index.yaml" in line]
    assert index == ["error: facts/port.yaml:22: city.port-cargo-again: seed 'release.txt' is not "
                     "described in seeds/index.yaml (add it to seeds/index.yaml with its title, "
                     "outlet, date and description)"]
    assert lines[-1] == f"{len(lines) - 1} problems"
    assert files_under(project) == before  # nothing written, not even a cache

    fix(project)
    fixed = briefgen("facts", "check", cwd=project)
    assert fixed.returncode == 0, fixed.stderr
    assert fixed.stdout.startswith("ok: 2 facts in 1 file, 3 quotes verified against 1 seed")


def fix(project: Path) -> None:
    """What the messages asked for: the unit, the quote copied exactly, the seed described."""
    facts = project / "facts" / "port.yaml"
    facts.write_text(facts.read_text().replace("unit: tons", "unit: t")
                     .replace("totaled", "totalled"), encoding="utf-8")
    (project / "seeds" / "index.yaml").write_text(
        "seeds:\n  release.txt:\n    title: Port of Exampleton annual report\n"
        "    outlet: City government\n    date: 2024-01-15\n"
        "    description: The port's annual figures.\n", encoding="utf-8")
