"""What an event edition is once loaded and checked: `Event` and its parts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..theme import FONTS, MIN_CONTRAST  # noqa: F401 - the brand rules an event follows too

EVENT_FILE = "event.yaml"
NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}\Z")
LOGO_MAX_BYTES = 5_000_000
MAX_EVENT_BYTES = 100_000
LOGO_MAX_PIXELS = 4000


@dataclass(frozen=True)
class Dates:
    start: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source
    end: str | None = None
    fact: str | None = None  # the fact that states when (its citation is printed)
    note: str | None = None


@dataclass(frozen=True)
class Venue:
    name: str | None = None
    city: str | None = None
    country: str | None = None
    fact: str | None = None  # the fact whose quote names the place
    note: str | None = None


@dataclass(frozen=True)
class AgendaItem:
    title: str
    when: str | None = None  # as written, or from the fact's period
    where: str | None = None
    fact: str | None = None


@dataclass(frozen=True)
class Contact:
    name: str
    role: str | None = None
    email: str | None = None
    phone: str | None = None
    url: str | None = None
    fact: str | None = None


@dataclass(frozen=True)
class Section:
    """Text overrides for one section of the event brief."""

    heading: str | None = None
    text: str | None = None
    hide: bool = False
    facts: tuple[str, ...] = ()  # the facts the text states (their citations follow it)


@dataclass(frozen=True)
class Event:
    """One event edition, checked against the store. Templates see it as `event`."""

    slug: str
    name: str
    title: str
    subtitle: str | None = None
    audience: str | None = None
    dates: Dates = Dates()
    venue: Venue = Venue()
    when: str = ""  # the dates as printed ("24–26 May 2019"); "" when no source gives them
    where: str = ""  # the venue as printed ("Jiaozhou, Qingdao")
    partners: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()  # fact ids of the headline figures, resolved
    highlights: tuple[str, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    contacts: tuple[Contact, ...] = ()
    call_to_action: str | None = None
    sections: tuple[tuple[str, Section], ...] = ()
    theme: tuple[tuple[str, str], ...] = ()  # Theme overrides (logo as an absolute path)
    logo: str | None = None  # absolute path of the logo image, inside the event folder
    logo_hash: str | None = None  # of its bytes: a new image under the same name rebuilds the pack
    pack_title: str | None = None
    pack_subtitle: str | None = None
    pack_file_name: str | None = None
    pack_overview: bool = False
    language: str = "en"  # the language event.yaml is written in, and its briefs are
    folder: Path | None = None  # events/NAME (templates cannot read paths)
    path: str = ""  # event.yaml as messages name it
    key_lines: tuple[tuple[str, int], ...] = ()  # line of each top-level key, for later messages
    warnings: tuple[str, ...] = ()  # `path:line: message`s that do not stop a build

    def section(self, key: str) -> Section:
        """The overrides of section `key` (empty when event.yaml gives none)."""
        return dict(self.sections).get(key, Section())

    @property
    def template_dir(self) -> Path | None:
        return self.folder / "templates" if self.folder else None
