"""Cards: a brief that fills little of its page shares a page in the pack (placement.py), and
the shipped pack's pages that hold cards are filled (blank area measured on rendered pixels)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from briefgen.placement import PAGE_BUDGET, Slot, pages_of, place
from page_space import blank_fractions
from pdf_checks import outline_documents
from shipped_pack import shipped_pack

GAP = 0.03


def test_thin_briefs_follow_the_full_briefs_of_their_kind_as_cards():
    kinds = ["overview", "partner", "partner", "partner", "sector", "sector"]
    fills = [0.9, 0.2, 0.8, 0.3, 0.4, None]  # None: a brief of two pages, never a card
    slots = place(kinds, fills, cards_below=0.6, gap=GAP)
    assert slots == [Slot(0), Slot(2), Slot(1), Slot(3, starts_page=False), Slot(5), Slot(4)]


def test_a_threshold_of_zero_binds_every_brief_on_its_own_page():
    fills = [0.9, 0.1, 0.2]
    assert place(["partner"] * 3, fills, cards_below=0.0, gap=GAP) == [Slot(0), Slot(1), Slot(2)]


def test_cards_are_packed_fullest_first_within_the_budget_and_kept_in_order_on_a_page():
    fills = [0.58, 0.33, 0.46, 0.36, 0.23, 0.19, 0.25, 0.32, 0.25, 0.21, 0.22]
    pages = pages_of(fills, GAP)
    assert sorted(i for page in pages for i in page) == list(range(len(fills)))
    for page in pages:
        assert page == sorted(page)
        assert sum(fills[i] for i in page) + GAP * (len(page) - 1) <= PAGE_BUDGET
    assert len(pages) == 4  # in pack order, dealt page by page, they took five
    assert [page[0] for page in pages] == sorted(page[0] for page in pages)


def test_a_card_too_tall_to_share_has_a_page_of_its_own():
    assert pages_of([0.97, 0.5], GAP) == [[0], [1]]


@pytest.fixture(scope="module")
def pack_pages():
    """(blank fraction of each page, {page index: brief titles on it}) of the shipped pack."""
    project, _, _, result = shipped_pack()
    reader = PdfReader(result.files["pdf"])
    on_page: dict[int, list[str]] = {}
    for entry in outline_documents(reader):
        on_page.setdefault(reader.get_destination_page_number(entry), []).append(entry.title)
    return blank_fractions(result.files["pdf"], project.page), on_page


def test_the_pages_of_the_shipped_pack_that_hold_cards_are_at_most_35_percent_blank(pack_pages):
    blank, on_page = pack_pages
    shared = {page: titles for page, titles in on_page.items() if len(titles) > 1}
    assert len(shared) >= 3, on_page
    assert {page + 1: blank[page] for page in shared if blank[page] > 0.35} == {}
    assert "Belarus" in {title for titles in shared.values() for title in titles}


def test_the_blank_measure_sees_a_half_empty_page(tmp_path):
    from briefgen import document as d
    from briefgen.config import Page
    from briefgen.render.pdf import pdf_bytes
    from briefgen.theme import DEFAULT_THEME
    short = d.Document(d.Meta(title="Short"), (d.Paragraph((d.Text("One line."),)),))
    long = d.Document(d.Meta(title="Long"), (d.Paragraph((d.Text("A line of text. " * 400),)),))
    thin, full = (blank_fractions(pdf_bytes(doc, DEFAULT_THEME, Page()).data, Page())
                  for doc in (short, long))
    assert thin[0] > 0.8 and full[0] < 0.35
