"""`briefgen init`: lay out an empty project another city's office can start from.

It starts neutral: the generic templates only (not the per-subject ones under templates/sector/
or templates/partner/, which name the old project's facts), and the shipped measures with the
old city's name replaced by the new one's. Its first brief builds from one fact.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from .errors import ConfigError
from .outputs import write_bytes, write_text
from .yamlio import yaml_scalar

CITY_NAME = re.compile(r"^(?=.*\w)[\w '.,()\u2019-]{1,80}\Z")
SHIPPED_CITY = "Qingdao"  # the city of the project briefgen ships, named in its metric labels
SUBJECT_TEMPLATE_FOLDERS = ("partner", "sector", "overview")  # templates/<kind>/<slug>.md.j2

_CONFIG = """\
# briefgen project configuration (see the briefgen README, "Configuration").
name: {name}
organisation: {organisation}
{city_line} # slug of the city entity in facts/entities.yaml
language: en
production_date: null         # fix it (YYYY-MM-DD) for reproducible builds
paths: {{facts: facts, seeds: seeds, templates: templates, events: events, out: out, cache: .cache}}
page:
  size: A4                    # A4 or Letter
  margins_mm: {{top: 14, bottom: 14, left: 16, right: 16}}
brand:
  primary: "#0B3C5D"
  accent: "#C8102E"
  font_family: Arial
  logo: null
"""

_ENTITIES = """\
# The city, its partners (country, region or group) and sectors. Aliases help the extractor.
city:
  slug: {city}
  name: {title}
  aliases: []                 # other names of the city in the sources
partners: []
#  - slug: japan
#    name: Japan
#    kind: country
#    iso: JP
#    aliases: [Japanese]
sectors: []
#  - slug: finance
#    name: Finance
#    aliases: [bank, banks]
"""

_SEEDS = """\
# One entry per source document in this folder: title, outlet, date (or null with date_note).
seeds: {}
#  article.txt:
#    title: ...
#    outlet: ...
#    date: 2024-05-30
#    description: ...
"""


def init_project(directory: Path, *, city: str, name: str | None = None,
                 organisation: str | None = None,
                 template_source: Path | None = None) -> list[Path]:
    """Create the project files for `city` (its name, "Da Nang"); refuse to overwrite an
    existing project. `name` and `organisation` default from the city's name."""
    if (directory / "briefgen.yaml").exists():
        raise ConfigError("a project already exists here", path=str(directory / "briefgen.yaml"),
                          hint="choose an empty folder")
    if not CITY_NAME.match(city):
        raise ConfigError(f"--city {city!r} is not a city's name",
                          hint="give the name as readers know it, e.g. --city \"Da Nang\" "
                               "(letters, digits, spaces and - ' . ( ) ,)")
    slug = city_slug(city)
    name = name or f"{city} investor briefs"
    organisation = organisation or f"{city} international cooperation office"
    files = {
        "briefgen.yaml": _CONFIG.format(name=yaml_scalar(name), organisation=yaml_scalar(organisation),
                                        city_line=f"city: {slug}".ljust(29)),
        "facts/entities.yaml": _ENTITIES.format(city=slug, title=yaml_scalar(city)),
        "seeds/index.yaml": _SEEDS,
        ".gitignore": "out/\n.cache/\nfacts/_inbox/\n",
    }
    created = []
    for relative, text in files.items():
        path = directory / relative
        write_text(path, text)
        created.append(path)
    created.append(_copy_metrics(directory, template_source, city))
    for folder in ("events", "out"):
        (directory / folder).mkdir(exist_ok=True)
    if template_source and template_source.is_dir():
        created.extend(_copy_templates(template_source, directory / "templates"))
    return created


# Latin letters that do not decompose into a base letter and a mark
_LATIN = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss",
                        "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th"})


def city_slug(name: str) -> str:
    """"Da Nang" -> da-nang, "Zürich" -> zurich; a name without Latin letters -> city."""
    spelled = unicodedata.normalize("NFKD", name.translate(_LATIN))
    ascii_name = spelled.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-")
    return slug or "city"


def city_from_folder(folder: Path) -> str:
    """The city a project folder is probably named after: da-nang -> Da Nang."""
    words = re.sub(r"[-_]+", " ", folder.resolve().name).strip()
    return words.title() if words.islower() else (words or "City")


def _copy_templates(source: Path, target: Path) -> list[Path]:
    """The generic templates; the per-subject ones name the other project's facts."""
    copied = []
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if not path.is_file() or relative.parts[0] in SUBJECT_TEMPLATE_FOLDERS:
            continue
        copied.append(target / relative)
        write_bytes(target / relative, path.read_bytes())
    return copied


def _copy_metrics(directory: Path, template_source: Path | None, city: str) -> Path:
    """Start from the shipped metric list (measures are the same in every city), its labels
    speaking of this city."""
    target = directory / "facts" / "metrics.yaml"
    shipped = template_source.parent / "facts" / "metrics.yaml" if template_source else None
    if shipped and shipped.is_file():
        text = shipped.read_text(encoding="utf-8").replace(SHIPPED_CITY, city.replace('"', "'"))
        write_text(target, text)
    else:
        write_text(target, "metrics:\n  count: {label: Count, units: [count]}\n")
    return target
