"""A Word file made from what each process makes once: the key figures' table, the title band,
the gaps, list items and data tables' cells copied from frames (docx_writer._framed), and the template's styles part shared by the
documents copied from it, its XML written once (docx._set_up, docx_xml.freeze_part). Every file
is still the one made without them, byte for byte."""

from __future__ import annotations

import dataclasses
import io

import docx

from briefgen import document as d
from briefgen.config import Page
from briefgen.render import docx_writer, docx_xml
from briefgen.render.docx import docx_bytes, docx_document
from briefgen.theme import DEFAULT_THEME
from render_samples import document, one_of_each
from test_docx_parts import _both, _member

RED = DEFAULT_THEME.with_overrides(primary="#AA1111", accent="#11AA11", panel="#EEEEAA")
# each differs from the default in one colour a frame holds: a frame kept for another is caught
ONE_COLOUR = {"panel": DEFAULT_THEME.with_overrides(panel="#EEEEAA"),
              "primary": DEFAULT_THEME.with_overrides(primary="#AA1111"),
              "accent": DEFAULT_THEME.with_overrides(accent="#11AA11"),
              "rule": DEFAULT_THEME.with_overrides(rule="#1111AA")}


def _figures(count: int) -> d.KeyFigures:
    return d.KeyFigures(tuple(d.KeyFigure(f"Label {i}", f"US${i}.5 billion",
                                          "as of March 2019" if i % 2 else None, (1,) if i % 3 else ())
                              for i in range(1, count + 1)))


def _samples() -> list[tuple[d.Document, object]]:
    """(document, theme) pairs, and (document, theme, page) where the page is not A4's default."""
    blocks = one_of_each()
    blocks.pop("PageBreak")
    brief = document(*blocks.values())
    in_callout = document(d.Callout((_figures(2), d.Spacer(6)), title="Callout"), blocks["Sources"])
    samples = [(brief, DEFAULT_THEME), (brief, RED), (in_callout, DEFAULT_THEME),
               (document(blocks["Paragraph"], blocks["Sources"], cover=True), DEFAULT_THEME),
               (document(blocks["Paragraph"], language="zh"), DEFAULT_THEME)]
    samples += [(document(_figures(count), blocks["Sources"], title=f"Brief {count}"), theme)
                for count in range(0, 10) for theme in (DEFAULT_THEME, RED)]
    samples += [(brief, theme) for theme in ONE_COLOUR.values()]
    smaller = dataclasses.replace(brief, layout=d.Layout(base_size=DEFAULT_THEME.base_size - 1))
    samples += [(smaller, DEFAULT_THEME), (brief, DEFAULT_THEME, Page(left=30, right=30)),
                (brief, DEFAULT_THEME, Page(size="Letter"))]
    return samples


class _NotTheBody:
    """Stands in for docx_body.Body in the writer's checks: every table and gap made in place."""


def test_framed_tables_and_gaps_are_the_ones_made_in_place(monkeypatch):
    samples = _samples()
    docx_writer._FRAMES.clear()
    made = [docx_bytes(*sample) for sample in samples]  # the frames made
    kinds = {key[0] for key in docx_writer._FRAMES}
    assert kinds == {"gap", "title band", "key figures", "list item", "table cell"}
    copied = [docx_bytes(*sample) for sample in samples]  # and copied
    with monkeypatch.context() as patched:
        patched.setattr(docx_writer, "Body", _NotTheBody)
        frames = dict(docx_writer._FRAMES)
        in_place = [docx_bytes(*sample) for sample in samples]
        assert docx_writer._FRAMES == frames  # none made or used
    for index, (one, two, three) in enumerate(zip(made, copied, in_place)):
        assert one == two == three, index
    assert len(set(in_place)) == len(in_place)


def test_a_frame_is_never_another_themes_or_layouts():
    docx_writer._FRAMES.clear()
    default = docx_bytes(document(_figures(5)), DEFAULT_THEME)
    red = docx_bytes(document(_figures(5)), RED)
    body = _member(red, "word/document.xml")
    assert b"EEEEAA" in body and b"AA1111" in body and b"11AA11" in body  # panel, rules, band
    assert b"EEEEAA" not in _member(default, "word/document.xml")
    table = one_of_each()["Table"]
    for colour, theme in zip(("EEEEAA", "AA1111", "11AA11", "1111AA"), ONE_COLOUR.values()):
        written = docx_bytes(document(_figures(5), table), theme)
        assert colour.encode() in _member(written, "word/document.xml")
    opened = docx.Document(io.BytesIO(docx_bytes(document(_figures(7)), DEFAULT_THEME)))
    figures = opened.tables[1]
    assert [len(row.cells) for row in figures.rows] == [4, 4]
    values = [cell.paragraphs[0].text for row in figures.rows for cell in row.cells]
    assert values[:7] == [f"US${i}.5\u00a0billion" for i in range(1, 8)] and values[7] == ""


def test_documents_share_their_templates_styles_and_never_change_them():
    samples = _samples()
    made = [docx_document(*sample) for sample in samples]
    styles = [doc.part.part_related_by(docx.opc.constants.RELATIONSHIP_TYPE.STYLES) for doc in made]
    assert styles[0] is styles[5]  # the same template (theme, header, footer …): one styles part
    assert styles[0] is not styles[1]  # another theme, another template
    for part, blob in docx_xml._FROZEN.values():  # nothing written changed a shared part
        assert part.blob == blob
    for doc, theme in samples[:5]:  # each file is python-docx's own save of the document
        written, unshared = _both(doc, theme)
        assert written == unshared
    chinese = _both(samples[4][0])[0]
    assert b'w:eastAsia="zh-CN"' in _member(chinese, "word/styles.xml")
    assert b"zh-CN" not in _member(_both(samples[0][0])[0], "word/styles.xml")
