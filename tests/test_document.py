"""The document model: frozen nodes, plain dumps, readable descriptions."""

import dataclasses
import json

import pytest

from briefgen import document as d


def test_nodes_are_frozen():
    para = d.Paragraph((d.Text("x"),))
    with pytest.raises(dataclasses.FrozenInstanceError):
        para.priority = 2  # type: ignore[misc]


def test_to_dict_is_plain_json():
    doc = d.Document(d.Meta("Title"), (
        d.Heading(1, (d.Text("Trade"),), priority=2, origin=d.Origin("t.md.j2", 4)),
        d.Paragraph((d.Strong((d.Emphasis((d.Text("a"),)),)), d.CitationRef(1))),
        d.KeyFigures((d.KeyFigure("Projects", "12,930", "as of March 2019", (1,)),)),
    ))
    data = d.to_dict(doc)
    json.dumps(data)  # JSON-able
    assert data["blocks"][0] == {"type": "Heading", "level": 1, "children": [{"type": "Text", "text": "Trade"}],
                                 "priority": 2, "origin": {"type": "Origin", "path": "t.md.j2", "line": 4}}
    assert data["blocks"][1]["children"][0]["children"][0]["type"] == "Emphasis"


def test_plain_text_and_describe():
    inlines = (d.Text("US$30.46 billion"), d.CitationRef(1), d.Text(" in "),
               d.Link("https://x", (d.Strong((d.Text("2019"),)),)))
    assert d.plain_text(inlines) == "US$30.46 billion[1] in 2019"
    block = d.Paragraph(inlines, origin=d.Origin("a.md.j2", 3))
    assert d.describe(block) == 'Paragraph "US$30.46 billion[1] in 2019" (a.md.j2:3)'
    assert d.describe(d.PageBreak()) == "PageBreak"


def test_every_block_type_is_listed():
    assert set(d.BLOCK_TYPES) == set(d.Block.__args__)  # type: ignore[attr-defined]
