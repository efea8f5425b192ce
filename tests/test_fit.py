"""One-page fitting: what is dropped, in which order, and what an overflow error says."""

from __future__ import annotations

import dataclasses

import pytest

from briefgen import document as d
from briefgen.config import Page
from briefgen.errors import RenderError
from briefgen.render.fit import SAFETY, drop_block, fit, measure
from briefgen.theme import DEFAULT_THEME
from render_samples import document

LOREM = ("Qingdao's port links the city with more than 700 ports in over 180 countries and regions, "
         "and its free trade zone offers investors streamlined customs procedures. ") * 3


def para(n: int, priority: int | None = None) -> d.Paragraph:
    return d.Paragraph((d.Text(f"Paragraph {n}. {LOREM}"),), priority, d.Origin("templates/x.md.j2", n))


def pages(doc: d.Document) -> int:
    return measure(doc, DEFAULT_THEME, Page(), 1).pages


def test_a_fitting_document_is_unchanged_but_for_the_share_of_the_page_it_fills():
    doc = document(para(1), para(2))
    fitted = fit(doc, DEFAULT_THEME, Page())
    assert fitted.blocks is doc.blocks and fitted.meta is doc.meta
    assert 0.1 < fitted.layout.fill < 0.3 and fitted.layout.base_size is None
    assert fitted.layout.fill == round(fitted.layout.fill, 4)  # no float noise in the outputs


def test_drops_priority_3_before_2_and_keeps_required_blocks():
    blocks = [para(i) for i in range(1, 13)] + [para(20, 2), para(30, 3), para(31, 3), para(32, 3)]
    doc = document(*blocks)
    assert pages(doc) > 1
    fitted = fit(doc, DEFAULT_THEME, Page())
    kept = {b.origin.line for b in fitted.blocks}
    assert set(range(1, 13)) <= kept
    assert 32 not in kept and 31 not in kept
    assert pages(fitted) == 1
    assert any("templates/x.md.j2:31" in text for text in fitted.layout.dropped)


def cited(n: int, *numbers: int) -> d.Paragraph:
    refs = tuple(d.CitationRef(k) for k in numbers)
    return d.Paragraph((d.Text(f"Cited paragraph {n}."),) + refs, None, d.Origin("templates/x.md.j2", n))


def test_a_heading_takes_its_section_but_not_the_sources():
    sources = d.Sources((d.SourceEntry(1, "Seed"),))
    kept = cited(9, 1)
    doc = document(kept, d.Heading(1, (d.Text("Optional"),), priority=3), para(1),
                   d.Heading(2, (d.Text("Sub"),)), para(2), sources)
    dropped = drop_block(doc, 1)
    assert dropped.blocks == (kept, sources)
    assert dropped.layout.dropped == ('Heading "Optional"',)  # the section, named once


def test_sources_cited_only_by_a_dropped_block_go_with_it_and_numbers_close_up():
    sources = d.Sources((d.SourceEntry(1, "First"), d.SourceEntry(2, "Second"), d.SourceEntry(3, "Third")))
    doc = document(cited(1, 1), d.Paragraph((d.Text("Optional"), d.CitationRef(2)), 3), cited(3, 3, 1), sources)
    dropped = drop_block(doc, 1)
    assert [e.title for e in dropped.blocks[-1].entries] == ["First", "Third"]
    assert [e.number for e in dropped.blocks[-1].entries] == [1, 2]
    assert dropped.blocks[1].children[1:] == (d.CitationRef(2), d.CitationRef(1))


def test_a_source_cited_only_at_the_end_goes_with_its_block():
    """Numbers that need no closing up still lose the source no block cites any more."""
    sources = d.Sources((d.SourceEntry(1, "First"), d.SourceEntry(2, "Second")))
    doc = document(cited(1, 1), d.Paragraph((d.Text("Optional"), d.CitationRef(2)), 3), sources)
    dropped = drop_block(doc, 1)
    assert dropped.blocks == (cited(1, 1), d.Sources((d.SourceEntry(1, "First"),)))
    assert drop_block(document(cited(1, 1), cited(2, 1), sources), 1).blocks[-1] == \
        d.Sources((d.SourceEntry(1, "First"),))


def test_empty_sections_are_hidden():
    doc = document(d.Heading(1, (d.Text("Events"),)), para(1, 3), d.Heading(1, (d.Text("Next"),)), para(2))
    assert [type(b).__name__ for b in drop_block(doc, 1).blocks] == ["Heading", "Paragraph"]


def test_a_section_left_with_only_empty_subsections_is_hidden_too():
    doc = document(para(1), d.Heading(1, (d.Text("Events"),)), d.Heading(2, (d.Text("Soon"),)),
                   para(2, 3))
    assert drop_block(doc, 3).blocks == (para(1),)


def test_pruning_renumbers_sources_and_keeps_blocks_after_them():
    from briefgen.citations import prune_sources
    after = d.Paragraph((d.Text("After the sources"),))
    blocks = (cited(1, 2), cited(2, 3),
              d.Sources((d.SourceEntry(2, "Second"), d.SourceEntry(3, "Third"))), after)
    pruned = prune_sources(blocks)
    assert pruned == (cited(1, 1), cited(2, 2),
                      d.Sources((d.SourceEntry(1, "Second"), d.SourceEntry(2, "Third"))), after)


def test_type_size_steps_down_within_limits():
    doc = document(*[para(i) for i in range(1, 16)])  # a page and a few lines at 9 pt
    assert not measure(doc, DEFAULT_THEME, Page(), 1).fits
    fitted = fit(doc, DEFAULT_THEME, Page())
    assert fitted.blocks == doc.blocks  # every block is required: only the type size can give
    assert DEFAULT_THEME.base_size - 1 <= fitted.layout.base_size < DEFAULT_THEME.base_size
    assert pages(fitted) == 1


def test_a_page_left_with_less_than_the_safety_margin_free_does_not_fit():
    """Word and LibreOffice lay text out a little differently: a PDF page filled to within 4% of
    its bottom would overflow in the DOCX, so the fitter treats it as too full."""
    body = [para(i) for i in range(1, 12)]

    def free(*extra):
        laid = measure(document(*body, *extra), DEFAULT_THEME, Page(), 1, safety=0).laid
        assert laid.pages == 1
        return laid.space_left[1]

    frame_pt = 50 / (free() - free(d.Spacer(50.0)))
    spacer = d.Spacer((free() - SAFETY / 2) * frame_pt)  # leaves half the margin free
    assert 0 < free(spacer) < SAFETY
    doc = document(*body, spacer)
    assert measure(doc, DEFAULT_THEME, Page(), 1, safety=0).fits
    assert not measure(doc, DEFAULT_THEME, Page(), 1).fits
    fitted = fit(doc, DEFAULT_THEME, Page())
    assert fitted.layout.base_size == DEFAULT_THEME.base_size - 0.5
    assert fitted.layout.small_size is None  # sources and notes stay at the legible 7.5 pt
    assert fit(doc, DEFAULT_THEME, Page(), safety=0).blocks is doc.blocks  # the margin is the caller's
    assert measure(fitted, DEFAULT_THEME, Page(), 1).laid.space_left[1] >= SAFETY


def test_type_never_steps_down_more_than_one_point():
    doc = document(*[para(i) for i in range(1, 17)])  # needs more than 1 pt less to fit
    with pytest.raises(RenderError, match="does not fit on 1 page"):
        fit(doc, DEFAULT_THEME, Page())
    smaller = dataclasses.replace(doc, layout=dataclasses.replace(
        doc.layout, base_size=DEFAULT_THEME.base_size - 1.5, small_size=6.25))
    assert measure(smaller, DEFAULT_THEME, Page(), 1).fits  # 1.5 pt would have been enough


def test_overflow_beyond_several_pages_says_pages():
    doc = document(*[para(i) for i in range(1, 60)])
    with pytest.raises(RenderError) as caught:
        fit(doc, DEFAULT_THEME, Page(), max_pages=2)
    problem = caught.value.problems[0]
    assert "does not fit on 2 pages even after dropping optional blocks" in problem.message
    assert problem.hint == "shorten the text, give blocks a priority, or allow more pages"


def test_overflow_error_names_the_blocks_and_their_template_lines():
    doc = document(*[para(i) for i in range(1, 40)])
    with pytest.raises(RenderError) as caught:
        fit(doc, DEFAULT_THEME, Page())
    problems = caught.value.problems
    assert problems[0].path == "templates/x.md.j2" and problems[0].line is not None
    assert all(p.line > 10 for p in problems)  # only blocks beyond the page, not those on it
    assert "does not fit on 1 page" in problems[0].message
    assert "Paragraph 39" in str(caught.value)


def test_figures_shrink_before_type_steps(tmp_path):
    from PIL import Image
    tall = tmp_path / "tall.png"
    Image.new("RGB", (20, 60), (11, 60, 93)).save(tall)
    doc = document(*[para(i) for i in range(1, 7)], d.Figure(alt="tall", image=str(tall), height_mm=170))
    assert pages(doc) == 2
    fitted = fit(doc, DEFAULT_THEME, Page())
    heights = [b.height_mm for b in fitted.blocks if isinstance(b, d.Figure)]
    assert heights and heights[0] < 150
    assert fitted.layout.base_size is None  # shrinking the figure was enough


@pytest.mark.parametrize("paragraphs, height", [(5, 170 * 0.85), (6, 170 * 0.70)])
def test_figures_shrink_to_85_then_70_percent(tmp_path, paragraphs, height):
    from PIL import Image
    tall = tmp_path / "tall.png"
    Image.new("RGB", (20, 60), (11, 60, 93)).save(tall)
    doc = document(*[para(i) for i in range(1, paragraphs + 1)],
                   d.Figure(alt="tall", image=str(tall), height_mm=170))
    fitted = fit(doc, DEFAULT_THEME, Page())
    assert [b.height_mm for b in fitted.blocks if isinstance(b, d.Figure)] == \
        [pytest.approx(height)]
    assert fitted.layout.base_size is None


def test_figures_never_shrink_below_25_mm(tmp_path):
    from PIL import Image
    tall = tmp_path / "tall.png"
    Image.new("RGB", (20, 60), (11, 60, 93)).save(tall)
    doc = document(*[para(i) for i in range(1, 14)], d.Figure(alt="tall", image=str(tall), height_mm=30))
    fitted = fit(doc, DEFAULT_THEME, Page())  # 70% would be 21 mm: held at 25, then type steps
    assert [b.height_mm for b in fitted.blocks if isinstance(b, d.Figure)] == [25.0]
    assert fitted.layout.base_size == DEFAULT_THEME.base_size - 0.5


def test_an_overflow_no_block_can_be_blamed_for_names_the_document():
    from briefgen.render.fit import Measurement, _overflow_error
    doc = document(para(1))
    error = _overflow_error(doc, Measurement(pages=2, overflow=(), limit=1), 1)
    assert [p.message for p in error.problems] == [f"'{doc.meta.title}' does not fit on 1 page"]


def test_the_last_optional_block_goes_first():
    def short(n):
        return d.Paragraph((d.Text(f"Short paragraph {n}. " + "Some words here. " * 8),), 3,
                           d.Origin("templates/x.md.j2", n))
    doc = document(*[para(i) for i in range(1, 13)], short(30), short(31), short(32), short(33))
    fitted = fit(doc, DEFAULT_THEME, Page())
    assert [b.origin.line for b in fitted.blocks][-3:] == [30, 31, 32]  # one drop was enough


@pytest.mark.parametrize("priority", [2, 1])
def test_priority_2_and_then_1_go_once_the_type_is_at_its_smallest(priority):
    doc = document(*[para(i) for i in range(1, 16)], para(40, priority))
    fitted = fit(doc, DEFAULT_THEME, Page())
    assert [b.origin.line for b in fitted.blocks] == list(range(1, 16))
    assert fitted.layout.base_size == DEFAULT_THEME.base_size - 1
    assert any("templates/x.md.j2:40" in text for text in fitted.layout.dropped)


def test_charts_are_drawn_into_the_given_cache(tmp_path):
    from render_samples import chart
    doc = document(para(1), d.Figure(alt="A chart", chart=chart(), height_mm=45))
    fit(doc, DEFAULT_THEME, Page(), chart_cache=tmp_path / "fit")
    measure(doc, DEFAULT_THEME, Page(), 1, chart_cache=tmp_path / "measure")
    assert any((tmp_path / "fit").glob("*.rlg")) and any((tmp_path / "measure").glob("*.rlg"))


def test_a_document_on_two_pages_fits_a_two_page_limit_unchanged():
    doc = document(*[para(i) for i in range(1, 21)])
    assert measure(doc, DEFAULT_THEME, Page(), 2).pages == 2
    assert fit(doc, DEFAULT_THEME, Page(), max_pages=2).blocks is doc.blocks


def test_the_page_given_is_the_page_fitted():
    doc = document(*[para(i) for i in range(1, 6)])
    assert fit(doc, DEFAULT_THEME, Page()).blocks is doc.blocks
    with pytest.raises(RenderError, match="does not fit on 1 page"):
        fit(doc, DEFAULT_THEME, Page(top=150.0, bottom=100.0))


def test_an_overflow_of_blocks_without_a_template_line_is_still_reported():
    doc = document(*[d.Paragraph((d.Text(f"Paragraph {i}. {LOREM}"),)) for i in range(1, 40)])
    with pytest.raises(RenderError) as caught:
        fit(doc, DEFAULT_THEME, Page())
    assert caught.value.problems and all(p.path is None and p.line is None
                                         for p in caught.value.problems)


class _LaidOut(Exception):
    pass


def _text(line: int, chars: int) -> d.Paragraph:
    return d.Paragraph((d.Text("x" * chars),), None, d.Origin("templates/x.md.j2", line))


# (pages allowed, blocks, the line of the block refused; None: within reach, so laid out)
REACH = {
    "60,000 characters on 1 page": (1, [_text(1, 30_000), _text(2, 30_000)], None),
    "60,001 characters on 1 page": (1, [_text(1, 30_000), _text(2, 30_001)], 2),
    "120,000 characters on 2 pages": (2, [_text(1, 60_000), _text(2, 60_000)], None),
    "120,001 characters on 2 pages": (2, [_text(1, 60_000), _text(2, 60_001)], 2),
    "1,000 parts on 1 page": (1, [_text(n, 0) for n in range(1, 1001)], None),
    "1,001 parts on 1 page": (1, [_text(n, 0) for n in range(1, 1002)], 1001),
    "2,000 parts on 2 pages": (2, [_text(n, 0) for n in range(1, 2001)], None),
}


@pytest.mark.parametrize("case", REACH)
def test_a_document_no_fitting_could_bring_down_is_refused_before_layout(monkeypatch, case):
    """More than 60,000 characters or 1,000 parts a page: refused at the block that crosses the
    line, without laying out a page (which took minutes); up to it, fitting is tried."""
    from briefgen.render import fit as fitting
    limit, blocks, line = REACH[case]

    def laid_out(*args, **kwargs):
        raise _LaidOut

    monkeypatch.setattr(fitting, "measure", laid_out)
    doc = document(*blocks, max_pages=limit)
    if line is None:
        with pytest.raises(_LaidOut):
            fitting.fit_laid(doc, DEFAULT_THEME, Page())
        return
    with pytest.raises(RenderError) as caught:
        fitting.fit_laid(doc, DEFAULT_THEME, Page())
    [problem] = caught.value.problems
    pages = "1 page" if limit == 1 else f"{limit} pages"
    assert problem.message == (
        f"far too long for {pages}: more than {60_000 * limit:,} characters or {1_000 * limit:,} "
        f"parts (paragraphs, list items, table cells, runs of text) by "
        f"{d.describe(blocks[line - 1])}")
    assert (problem.path, problem.line) == ("templates/x.md.j2", line)
    assert problem.hint == "write less: a page holds about a tenth of this"


@pytest.mark.parametrize("paragraphs, max_pages", [(3, 1), (16, 2)])
def test_a_page_too_full_names_its_last_block_when_nothing_overflows(paragraphs, max_pages):
    """A last page that leaves less than the safety margin free, with nothing beyond it: the
    block to blame is the last one on that page (the only one named)."""
    doc = document(*(para(i) for i in range(1, paragraphs + 1)))
    measured = measure(doc, DEFAULT_THEME, Page(), max_pages, safety=0.99)
    on_last_page = [i for i, on in measured.laid.block_pages.items() if max_pages in on]
    assert measured.pages == max_pages and measured.tight and not measured.fits
    assert measured.overflow == (max(measured.laid.block_pages),) == (max(on_last_page),)
    assert len(on_last_page) > 1  # the page holds others before it, which are not named
