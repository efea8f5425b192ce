"""Journey: a staff member starts a project for another city and builds a first brief.

`briefgen init` gives a neutral project (nothing of the shipped city in it); one source, its line
in seeds/index.yaml and one hand-written fact are all the first brief needs; the pack prints
paths whole in a narrow terminal.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers import briefgen, files_under

SEED = """Port of Exampleton annual report

In 2023 the port handled cargo that totalled 12.5 million tons, the city government said.
"""
INDEX = """seeds:
  release.txt:
    title: Port of Exampleton annual report
    outlet: City government
    date: 2024-01-15
    description: The port's figures for 2023.
"""
FACT = """facts:
  - id: city.port-cargo-2023
    subject: {city}
    metric: mass
    label: Cargo handled by the port
    value: 12500000
    unit: t
    as_written: 12.5 million tons
    period: 2023
    sources:
      - seed: release.txt
        quote: "the port handled cargo that totalled 12.5 million tons"
"""


def start(tmp_path: Path, *init_args: str, folder: str = "exampleton") -> Path:
    made = briefgen("init", folder, *init_args, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    return tmp_path / folder


def add_source_and_fact(project: Path, city: str) -> None:
    (project / "seeds" / "release.txt").write_text(SEED, encoding="utf-8")
    (project / "seeds" / "index.yaml").write_text(INDEX, encoding="utf-8")
    (project / "facts" / "port.yaml").write_text(FACT.format(city=city), encoding="utf-8")


def test_a_new_project_is_neutral(tmp_path):
    project = start(tmp_path)
    for relative, data in files_under(project).items():
        assert b"Qingdao" not in data and b"qingdao" not in data, relative
    assert not (project / "templates" / "sector").exists()  # the shipped city's own briefs
    config = (project / "briefgen.yaml").read_text()
    assert "name: Exampleton investor briefs\n" in config
    assert "organisation: Exampleton international cooperation office\n" in config
    assert "city: exampleton " in config
    assert "  slug: exampleton\n  name: Exampleton\n" in (project / "facts" / "entities.yaml").read_text()
    assert "Exampleton projects abroad" in (project / "facts" / "metrics.yaml").read_text()


def test_one_fact_builds_the_first_brief(tmp_path):
    project = start(tmp_path)
    add_source_and_fact(project, "exampleton")
    checked = briefgen("facts", "check", cwd=project)
    assert checked.returncode == 0, checked.stderr
    built = briefgen("build", "overview", cwd=project)
    assert built.returncode == 0 and built.stderr == "", built.stderr
    pdf = project / "out" / "overview.pdf"
    assert len(PdfReader(pdf).pages) == 1
    page = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    for seen in ("Exampleton at a glance", "12.5 million tonnes", "Cargo handled by the port",
                 "Exampleton international cooperation office"):
        assert seen in page, seen
    quote = "“the port handled cargo that totalled 12.5 million tons”"  # beside the brief, not on it
    assert quote not in page
    assert quote in " ".join(PdfReader(project / "out" / "overview-sources.pdf").pages[0].extract_text().split())
    assert "Partners:" not in page  # no empty lists on a page without partners or sectors
    from docx import Document
    word = Document(project / "out" / "overview.docx")
    texts = [p.text for p in word.paragraphs] + [c.text for t in word.tables for r in t.rows for c in r.cells]
    assert any("Exampleton at a glance" in text for text in texts)
    [comment] = word.comments  # the quote, on its citation number
    assert comment.text.startswith(f"[1] {quote} — ")


def test_init_city_fills_what_it_can(tmp_path):
    project = start(tmp_path, "--city", "Đà Nẵng", "--organisation", "Da Nang Investment Promotion Centre",
                    folder="office")
    add_source_and_fact(project, "da-nang")
    built = briefgen("build", "overview", "--format", "pdf", cwd=project)
    assert built.returncode == 0, built.stderr
    page = " ".join(PdfReader(project / "out" / "overview.pdf").pages[0].extract_text().split())
    assert "Đà Nẵng at a glance" in page and "Da Nang Investment Promotion Centre" in page


@pytest.mark.parametrize("city", ["Da Nang: port", "", "Line\nbreak", '"quoted"'])
def test_a_city_name_that_cannot_be_one_is_refused_and_nothing_written(tmp_path, city):
    made = briefgen("init", "office", "--city", city, cwd=tmp_path)
    assert made.returncode == 1 and made.stderr.startswith("error: --city ")
    assert not (tmp_path / "office").exists()


def test_the_pack_prints_whole_paths_in_a_narrow_terminal(tmp_path):
    project = start(tmp_path, folder="a-city-with-a-rather-long-folder-name")
    add_source_and_fact(project, "a-city-with-a-rather-long-folder-name")
    packed = briefgen("pack", cwd=project, columns=30)
    assert packed.returncode == 0, packed.stderr
    out = project / "out" / "pack"
    for name in ("investor-pack.docx", "investor-pack.pdf"):
        assert f"wrote {out / name}" in packed.stderr.splitlines(), packed.stderr


def test_list_and_the_pack_count_facts_one_way(tmp_path):
    project = start(tmp_path)
    add_source_and_fact(project, "exampleton")
    packed = briefgen("pack", "--format", "pdf", cwd=project, columns=120)
    assert packed.returncode == 0, packed.stderr
    listed = json.loads(briefgen("list", "--json", cwd=project).stdout)
    assert [(b["kind"], b["facts"]) for b in listed] == [("overview", 1)]
    summary = next(line for line in packed.stderr.splitlines() if "overview" in line)
    assert summary.split("│")[1:5] == [" overview ", " rendered ", " 1     ", " 1     "]


def test_the_shipped_briefs_are_counted_alike_by_list_and_the_pack(run):
    from shipped_pack import REPO, shipped_pack
    result = shipped_pack()[3]
    packed = {item.name: len(item.facts) for item in result.items}
    listed = json.loads(run("--project", REPO, "list", "--json").stdout)
    names = {"overview": "overview"}
    assert {names.get(b["kind"], f"{b['kind']}-{b['slug']}"): b["facts"] for b in listed} == packed
