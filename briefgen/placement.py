"""Where a pack's briefs go on its pages: a brief that fills little of its page is a card.

A pack of one page per brief leaves thin subjects (a partner known for one office and a sister
city) on pages four-fifths blank. In the pack, a brief whose fitted content fills less than
`cards_below` of its page (briefgen.yaml) is bound as a card: the cards of one group (Partners,
Sectors) follow that group's full briefs, in their order, several to a page. Each card is the
brief itself — its title band, figures, text and own numbered sources — so nothing is cut and a
one-off `briefgen build` of the subject is the same page on its own.

Cards are dealt onto few pages, fullest first (each page keeping a margin free, so Word's
slightly different line breaks still fit): packing by size fills pages far better than keeping
the cards in their order, which on the shipped pack left one card alone on a page. A page
shows its cards in the pack's order.
"""

from __future__ import annotations

from dataclasses import dataclass

PAGE_BUDGET = 0.95  # share of a page's frame the cards of one page may fill (a brief: 0.96)


@dataclass(frozen=True)
class Slot:
    """One brief's place: its index in the pack's order, and whether it starts a page."""

    index: int
    starts_page: bool = True


def place(kinds: list[str], fills: list[float | None], cards_below: float,
          gap: float) -> list[Slot]:
    """The pack's order with cards gathered: each kind's full briefs, then its cards, the kinds
    in the order they first appear. `fills`: each fitted brief's share of its (one) page, None
    for a brief of several pages (never a card); `gap`: the share of a page between two cards."""
    groups: dict[str, tuple[list[int], list[int]]] = {}
    for index, (kind, fill) in enumerate(zip(kinds, fills)):
        full, cards = groups.setdefault(kind, ([], []))
        (cards if fill is not None and fill < cards_below else full).append(index)
    slots: list[Slot] = []
    for full, cards in groups.values():
        slots += [Slot(i) for i in full]
        for page in pages_of([fills[i] for i in cards], gap):
            slots += [Slot(cards[i], starts_page=(n == 0)) for n, i in enumerate(page)]
    return slots


def pages_of(fills: list[float], gap: float) -> list[list[int]]:
    """Cards (by position) dealt onto few pages: the fullest first, each onto the first page
    with room for it (first fit decreasing); a page holds its cards in the pack's order, and
    the pages follow the order of their first cards."""
    pages: list[list[int]] = []
    used: list[float] = []
    for index in sorted(range(len(fills)), key=lambda i: (-fills[i], i)):
        room = [n for n, taken in enumerate(used) if taken + gap + fills[index] <= PAGE_BUDGET]
        if room:
            pages[room[0]].append(index)
            used[room[0]] += gap + fills[index]
        else:
            pages.append([index])
            used.append(fills[index])
    return sorted(sorted(page) for page in pages)
