"""`briefgen new-event NAME`: events/NAME/event.yaml with every key, and an empty templates/."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ..config import Project
from ..errors import ConfigError
from .load import event_folder
from .model import EVENT_FILE, FONTS
from ..outputs import write_text
from ..yamlio import yaml_scalar

_EVENT_YAML = """\
# Event edition {slug}. Every key is here; null (or []) means "not given".
# Guide: docs/events.md. Check and build: briefgen build event {slug}
# Dates and venue only as the sources give them; leave them null (and say so in a note) otherwise.
# Figures never go into the text here: they come from facts, with their citations.

language: null               # zh: this file is written in Chinese, its briefs are Chinese (null: English)
{name_line} # printed on the cover and in the running header
title: null                  # title of the event brief (default: name)
subtitle: null               # default: "Event brief · <dates> · <venue>"
audience: null               # who the material is for, e.g. German companies and investors

dates:
  start: null                # YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source
  end: null                  # last day, when the event spans several
  fact: null                 # id of the fact that states when (cited); alone it gives the dates
  note: null                 # what the sources do and do not say about the dates

venue:
  name: null                 # the venue as the source names it
  city: null
  country: null
  fact: null                 # id of the fact whose quote names the place (each part is checked)
  note: null

partners: []                 # partner slugs in focus, e.g. [germany] (see `briefgen list`)
sectors: []                  # sector slugs on the agenda, e.g. [finance, port]

featured_metrics: []         # headline figures by measure, e.g. [trade_volume, projects_cumulative]
featured_facts: []           # or by fact id (up to six); default: the partners' headline figures
highlights: []               # fact ids: results and announcements of the event

agenda: []                   # programme items, in order:
#  - title: Seminar on tourism cooperation   # default: the fact's label
#    when: null                              # default: the fact's date, if within the dates above
#    where: Frankfurt
#    fact: de.tourism-seminar-2019-06-05     # cited after the item

contacts: []                 # up to four:
#  - name: Qingdao Industrial and Business Center in Germany
#    role: brings German technology and projects to Qingdao
#    email: null
#    phone: null
#    url: null                               # https://...
#    fact: de.two-platforms                  # a fact that shows the contact exists (cited)
call_to_action: null         # one or two sentences, printed in the closing box

sections:                    # text overrides per section; facts: the fact ids a text states (cited after it)
  intro: {{heading: null, text: null, facts: [], hide: null}}  # text: the opening paragraph (heading: above it)
  partners: {{heading: null, text: null, facts: [], hide: null}}     # heading replaces "Partners in focus"
  highlights: {{heading: null, text: null, facts: [], hide: null}}   # text: a lead line under the heading
  platforms: {{heading: null, text: null, facts: [], hide: null}}    # hide: true leaves the section out
  sectors: {{heading: null, text: null, facts: [], hide: null}}
  agenda: {{heading: null, text: null, facts: [], hide: null}}
  contacts: {{heading: null, text: null, facts: [], hide: null}}

theme:
  primary: null              # "#RRGGBB" in quotes: title band, headings (dark enough for white text)
  accent: null               # "#RRGGBB": rules and highlights
  font_family: null          # one of: {fonts}
  logo: null                 # a PNG or JPEG in this folder, e.g. logo.png (printed on the cover)

pack:                        # briefgen pack --event {slug}  ->  out/events/{slug}/
  title: null                # default: the title
  subtitle: null             # default: "<dates> · <venue>"
  file_name: null            # default: {slug}-pack
  overview: null             # true: add the city overview after the event brief
"""

# control characters, lone surrogates, line and paragraph separators: a name is one printed line
UNPRINTABLE = ("Cc", "Cs", "Zl", "Zp")

_EXAMPLE_OVERRIDE = """\
{#- An example override, not used while this file ends in .example. To use it, save a copy as
    partner.md.j2 in this folder: it then replaces the named blocks it defines in the base
    partner template for this event's briefs and keeps everything else. Blocks of
    templates/brief.md.j2: title, subtitle, header, footer, positioning, keyfigures, asof,
    chart, body; of templates/partner.md.j2 also the sections of the body: platforms, sectors,
    milestones, events (of sector.md.j2: platforms, partners, milestones, events,
    more_figures); of templates/event.md.j2: when_where, intro, partners, highlights,
    platforms, sectors, agenda, contacts. An empty block leaves its section out. Any other
    block name is an error (a misspelling would otherwise change nothing). Event templates run
    sandboxed: no files, no imports.

{% extends "base/partner.md.j2" %}
{% block subtitle %}Partner brief · {{ event.name }}{% endblock %}
{% block milestones %}{% endblock %}
-#}
"""


def scaffold_event(project: Project, name: str, display_name: str | None = None) -> list[Path]:
    """Create events/NAME/event.yaml and events/NAME/templates/; refuse to overwrite.

    `display_name` is the event's name as printed (default: NAME in words, "Korea Week")."""
    folder = event_folder(project, name)
    title = (name.replace("-", " ").title() if display_name is None else display_name).strip()
    if not title or len(title) > 120 or any(unicodedata.category(c) in UNPRINTABLE for c in title):
        raise ConfigError(f"--display-name {display_name!r} cannot be an event's name",
                          hint="give one line of text, at most 120 characters, without control "
                               "characters")
    if folder.exists() and any(folder.iterdir()):
        raise ConfigError(f"events/{name}/ already exists",
                          path=str((folder / EVENT_FILE).relative_to(project.root)),
                          hint="choose another name, or edit the existing event.yaml")
    files = {
        folder / EVENT_FILE: _EVENT_YAML.format(name_line=f"name: {yaml_scalar(title)}".ljust(28),
                                                slug=name, fonts=", ".join(FONTS)),
        folder / "templates" / "partner.md.j2.example": _EXAMPLE_OVERRIDE,
    }
    for path, text in files.items():
        write_text(path, text)
    return list(files)
