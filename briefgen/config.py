"""The project: briefgen.yaml plus the folders it names. Declared once, validated once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError, Problem
from .safety.paths import project_folders, within
from .theme import DEFAULT_THEME, Theme
from .validate import validate
from .yamlio import load

CONFIG_FILE = "briefgen.yaml"
CACHE_ENV_VAR = "BRIEFGEN_CACHE_DIR"  # moves the cache folder out of the project
PAGE_SIZES_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}


@dataclass(frozen=True)
class Page:
    """Page size and margins, in millimetres, shared by both renderers; and the standard the
    PDF's pages are made to: "pdfua" (tagged, PDF/UA-1) or "pdfa-2b" (PDF/A-2b and PDF/UA-1)."""

    size: str = "A4"
    top: float = 14.0
    bottom: float = 14.0
    left: float = 16.0
    right: float = 16.0
    pdf_standard: str = "pdfua"

    @property
    def width_mm(self) -> float:
        return PAGE_SIZES_MM[self.size][0]

    @property
    def height_mm(self) -> float:
        return PAGE_SIZES_MM[self.size][1]


@dataclass(frozen=True)
class Freshness:
    """How old a figure may be, measured from the production date (briefgen.yaml `freshness`)."""

    stale_after_years: int = 3  # a figure older than this is marked † in briefs
    recent_events_years: int = 2  # "Recent events" holds events this recent; older ones are milestones
    past_plans: str = "restate"  # a plan whose date has passed: restate (its `text_past`) or drop


@dataclass(frozen=True)
class PackLayout:
    """How the bound pack lays briefs out (briefgen.yaml `pack`)."""

    cards_below: float = 0.6  # a brief filling less of its page is a card, several to a page


@dataclass(frozen=True)
class Contact:
    """Who to contact, printed on the pack's cover (briefgen.yaml `contact`; every line optional)."""

    office: str | None = None
    address: str | None = None  # lines separated by newlines
    email: str | None = None
    phone: str | None = None
    web: str | None = None


@dataclass(frozen=True)
class Project:
    """A briefgen project folder and its configuration (briefgen.yaml)."""

    root: Path
    name: str
    organisation: str = ""
    city: str = "city"
    language: str = "en"  # the language briefs are written in (docs/languages.md)
    page: Page = Page()
    theme: Theme = DEFAULT_THEME
    production_date: str | None = None
    freshness: Freshness = Freshness()
    pack: PackLayout = PackLayout()
    contact: Contact = Contact()
    paths: dict = field(default_factory=dict)
    untranslated: str = "fail"  # a text with no translation: fail the build, or mark it (EN)

    def path(self, key: str) -> Path:
        """The folder for `key` (facts, seeds, templates, events, out, cache). The cache may be
        moved out of the project with $BRIEFGEN_CACHE_DIR (a read-only checkout, the tests)."""
        if key == "cache" and os.environ.get(CACHE_ENV_VAR):
            return Path(os.environ[CACHE_ENV_VAR])
        return self.root / self.paths.get(key, key if key != "cache" else ".cache")

    @property
    def chart_cache(self) -> Path:
        """Where drawn charts are cached."""
        return self.path("cache") / "charts"

    def built_on(self) -> dt.date:
        """The production date: config, else SOURCE_DATE_EPOCH, else today."""
        if self.production_date:
            return dt.date.fromisoformat(self.production_date)  # checked when loaded
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch:
            return epoch_date(epoch)
        return dt.date.today()


def epoch_date(epoch: str) -> dt.date:
    """The UTC date of SOURCE_DATE_EPOCH (seconds since 1970, reproducible-builds.org)."""
    try:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    except (ValueError, OverflowError, OSError):
        raise ConfigError(f"SOURCE_DATE_EPOCH={epoch!r} is not a time in seconds since 1970",
                          hint="set it to a whole number such as 1700000000, or unset it") from None


def find_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` that holds briefgen.yaml."""
    for folder in (start, *start.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder
    return None


def load_project(project_dir: str | Path | None = None) -> Project:
    """Load briefgen.yaml from `project_dir` (or the nearest one above the cwd)."""
    if project_dir is None:
        root = find_root(Path.cwd().resolve())
        if root is None:
            raise ConfigError(f"no {CONFIG_FILE} here or in any parent folder", path=str(Path.cwd()),
                              hint="run from a project folder, pass --project DIR, "
                                   "or create one with `briefgen init DIR`")
    else:
        root = Path(project_dir).resolve()
        if not (root / CONFIG_FILE).is_file():
            raise ConfigError(f"no {CONFIG_FILE} in this folder", path=str(project_dir),
                              hint="pass the folder that holds briefgen.yaml, "
                                   "or create a project with `briefgen init DIR`")
    return _parse(root)


def _parse(root: Path) -> Project:
    display = str(root / CONFIG_FILE)
    data = load(root / CONFIG_FILE, display)
    problems = validate(data if data is not None else {}, "config", display)
    if problems:
        raise ConfigError(problems=problems)
    brand = dict(data.get("brand") or {})
    margins = (data.get("page") or {}).get("margins_mm") or {}
    page = Page(size=(data.get("page") or {}).get("size", "A4"),
                pdf_standard=(data.get("page") or {}).get("pdf_standard", "pdfua"),
                **{k: float(v) for k, v in margins.items()})
    if data.get("production_date"):
        try:
            dt.date.fromisoformat(data["production_date"])
        except ValueError as exc:
            raise ConfigError(f"production_date: {data['production_date']!r} is not a date ({exc})",
                              path=display, line=data.line_of("production_date"),
                              hint="write a real date as YYYY-MM-DD, e.g. 2024-06-01") from None
        _check_production_date(data["production_date"], display, data.line_of("production_date"))
    if "language" in data:  # checked here, where its line is known, not when a brief is written
        from .language import language
        try:
            language(data["language"])
        except ConfigError as exc:
            raise ConfigError(problems=[dataclasses.replace(
                p, path=display, line=data.line_of("language")) for p in exc.problems]) from None
    _check_brand(brand, display, data.get("brand"))
    if brand.get("logo"):
        brand["logo"] = _logo(root, brand["logo"], display, data["brand"].line_of("logo"))
    paths = data.get("paths") or {}
    return Project(
        root=root, name=data["name"], organisation=data.get("organisation", ""),
        city=data.get("city", "city"), language=data.get("language", "en"), page=page,
        theme=DEFAULT_THEME.with_overrides(**brand), production_date=data.get("production_date"),
        freshness=Freshness(**(data.get("freshness") or {})),
        pack=PackLayout(**{k: float(v) for k, v in (data.get("pack") or {}).items()}),
        contact=Contact(**{k: str(v) for k, v in (data.get("contact") or {}).items()
                           if v is not None}),
        paths=project_folders(root, paths, display, getattr(paths, "line_of", lambda k: None)),
    )


def _check_brand(brand: dict, display: str, raw) -> None:
    """Colours white text and a white page can be read on (the rule of an event's theme); a
    font the PDF cannot match is named in a warning (a Word reference may want it)."""
    from .theme import FONTS, MIN_CONTRAST, contrast
    problems = []
    for key, least in MIN_CONTRAST.items():
        if brand.get(key) and contrast(brand[key], "#FFFFFF") < least:
            ratio = contrast(brand[key], "#FFFFFF")
            problems.append(Problem(f"brand/{key} {brand[key]} is too light: white on it has a "
                                    f"contrast of {ratio:.1f}:1, below {least}:1", display,
                                    raw.line_of(key), "choose a darker shade of the brand colour"))
    if brand.get("font_family") and brand["font_family"] not in FONTS:
        import warnings

        from .errors import BriefgenWarning
        warnings.warn(f"{display}:{raw.line_of('font_family')}: brand/font_family "
                      f"{brand['font_family']!r} is not a font the PDF can match: Word files name "
                      f"it, PDFs embed Liberation Sans, and a brief may not keep one page in Word "
                      f"(use one of {', '.join(FONTS)} for the same layout)", BriefgenWarning,
                      stacklevel=2)
    if problems:
        raise ConfigError(problems=problems)


EARLIEST_PRODUCTION = dt.date(1990, 1, 1)  # before any source a brief could cite is online
AHEAD_DAYS = 366  # a production date may be set up to a year ahead (a pack prepared early)


def _check_production_date(written: str, display: str, line: int) -> None:
    """A production date is printed on every brief and dates the figures' age: one centuries
    off (0001-01-01, 9999-12-31) is a slip, not a date briefs are made on."""
    latest = dt.date.today() + dt.timedelta(days=AHEAD_DAYS)
    if not EARLIEST_PRODUCTION <= dt.date.fromisoformat(written) <= latest:
        raise ConfigError(f"production_date: {written!r} is outside {EARLIEST_PRODUCTION} to "
                          f"{latest} (a year from today)", path=display, line=line,
                          hint="write the date the briefs are produced, as YYYY-MM-DD")


def _logo(root: Path, written: str, display: str, line: int) -> str:
    """brand.logo: a PNG or JPEG inside the project, printed on the pack's cover."""
    from .events import logo_problem
    path = within(root, written, what="brand/logo", path=display, line=line)
    hint = "use a PNG or JPEG of at most 5 MB and 4000 pixels a side, inside the project"
    if not path.is_file():
        raise ConfigError(f"brand/logo {written!r} not found", path=display, line=line, hint=hint)
    problem = logo_problem(path)
    if problem:
        raise ConfigError(f"brand/logo {written!r} {problem}", path=display, line=line, hint=hint)
    return str(path)
