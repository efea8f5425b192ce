"""The examples of docs/events.md build: its files are written and its commands run, in order."""

from __future__ import annotations

import re
import shlex

from pypdf import PdfReader

from conftest import REPO
from pdf_checks import outline_documents
from test_events import copy_project, pdf_text

GUIDE = (REPO / "docs" / "events.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^```(\w+)([^\n]*)\n(.*?)^```$", re.M | re.S)


def blocks():
    """(language, target file or None, body) of every fenced block, in order."""
    for match in FENCE.finditer(GUIDE):
        language, info, body = match.groups()
        target = re.search(r"\bfile=(\S+)", info)
        yield language, target.group(1) if target else None, body


def test_the_worked_example_builds_as_described(run, tmp_path):
    project = copy_project(tmp_path / "qingdao")
    ran = []
    for language, target, body in blocks():
        if target:
            (project / target).parent.mkdir(parents=True, exist_ok=True)
            (project / target).write_text(body, encoding="utf-8")
        elif language == "sh":
            for line in body.splitlines():
                result = run("--project", project, *shlex.split(line)[1:])
                assert result.exit_code == 0, f"{line}\n{result.stderr}"
                ran.append(line)
    assert ran == ["briefgen new-event korea-week", "briefgen build event korea-week",
                   "briefgen pack --event korea-week"]
    out = project / "out" / "events" / "korea-week"
    brief = out / "event-korea-week.pdf"
    assert len(PdfReader(brief).pages) == 1
    text = " ".join(pdf_text(brief).split())
    for claim in ("When: 12–15 May 2019", "Where: South Korea",
                  "second largest investor and second largest trading partner",
                  "Agreed during the week", "14 May 2019, Seoul",
                  "Qingdao overseas business centre in South Korea"):
        assert claim in text, claim
    pack = PdfReader(out / "korea-week-pack.pdf")
    titles = [o.title for o in outline_documents(pack)]
    assert titles == ["Qingdao Week in South Korea", "Qingdao Week in South Korea",
                      "South Korea", "Finance and venture capital", "Port and logistics", "Sources"]
    assert "Contents" in pack.pages[0].extract_text()  # a short pack's contents: on its cover
    assert "Partner brief · Qingdao Week in South Korea" in pdf_text(out / "partner-south-korea.pdf")


def test_the_override_example_builds(run, tmp_path):
    """Each stand-alone Jinja example of the guide works as an override of the event brief."""
    examples = [body for language, target, body in blocks() if language == "jinja" and not target]
    assert examples
    for number, body in enumerate(examples):
        project = copy_project(tmp_path / f"q{number}")
        templates = project / "events" / "sco-trade-fair" / "templates"
        templates.mkdir()
        (templates / "event.md.j2").write_text(body, encoding="utf-8")
        result = run("--project", project, "build", "event", "sco-trade-fair", "--format", "pdf")
        assert result.exit_code == 0, result.stderr
        text = " ".join(pdf_text(project / "out/events/sco-trade-fair/event-sco-trade-fair.pdf").split())
        assert "The programme of the week follows by e-mail." in text


def test_the_guide_documents_every_event_yaml_key():
    from briefgen.schemas import EVENT
    table = GUIDE.split("## event.yaml, key by key", 1)[1].split("\n## ", 1)[0]
    for key, schema in EVENT["properties"].items():
        assert f"`{key}" in table, key
        for sub in schema.get("properties", {}):
            assert f"`{key}.{sub}`" in table or f".{sub}`" in table or f"`{sub}`" in table, f"{key}.{sub}"
