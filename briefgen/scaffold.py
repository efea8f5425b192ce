"""`briefgen init`: lay out an empty project another city's office can start from."""

from __future__ import annotations

import shutil
from pathlib import Path

from .errors import ConfigError
from .outputs import write_bytes, write_text

_CONFIG = """\
# briefgen project configuration (see the briefgen README, "Configuration").
name: {name}
organisation: {name}
city: {city}                 # slug of the city entity in facts/entities.yaml
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
  aliases: []
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


def init_project(directory: Path, *, name: str, city: str,
                 template_source: Path | None) -> list[Path]:
    """Create the project files; refuse to overwrite an existing project."""
    if (directory / "briefgen.yaml").exists():
        raise ConfigError("a project already exists here", path=str(directory / "briefgen.yaml"),
                          hint="choose an empty folder")
    files = {
        "briefgen.yaml": _CONFIG.format(name=name, city=city),
        "facts/entities.yaml": _ENTITIES.format(city=city, title=city.replace("-", " ").title()),
        "seeds/index.yaml": _SEEDS,
        ".gitignore": "out/\n.cache/\nfacts/_inbox/\n",
    }
    created = []
    for relative, text in files.items():
        path = directory / relative
        write_text(path, text)
        created.append(path)
    created.append(_copy_metrics(directory, template_source))
    for folder in ("events", "out"):
        (directory / folder).mkdir(exist_ok=True)
    if template_source and template_source.is_dir():
        shutil.copytree(template_source, directory / "templates", dirs_exist_ok=True)
        created.extend(p for p in (directory / "templates").rglob("*") if p.is_file())
    return created


def _copy_metrics(directory: Path, template_source: Path | None) -> Path:
    """Start from the shipped metric list: measures are the same in every city."""
    target = directory / "facts" / "metrics.yaml"
    shipped = template_source.parent / "facts" / "metrics.yaml" if template_source else None
    if shipped and shipped.is_file():
        write_bytes(target, shipped.read_bytes())
    else:
        write_text(target, "metrics:\n  count: {label: Count, units: [count]}\n")
    return target
