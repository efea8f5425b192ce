"""One visual theme shared by the DOCX and PDF renderers and the charts.

Brand values come from briefgen.yaml (`brand:`) and may be overridden by an event's `theme:`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class Theme:
    primary: str = "#0B3C5D"  # deep navy: headings, title band
    accent: str = "#C8102E"  # signal red: rules, highlights (sparingly)
    text: str = "#1F2933"
    muted: str = "#5F6B76"  # captions, source lines, footers
    panel: str = "#EEF2F6"  # key-figures panel background
    rule: str = "#C9D2DC"
    palette: tuple[str, ...] = ("#0B3C5D", "#3E7CB1", "#8FB8DE", "#C8102E")  # at most four
    # Word/LibreOffice font name. Arial is metric-compatible with the embedded Liberation Sans,
    # so the DOCX lays out like the PDF in Word (Arial) and in LibreOffice (Liberation Sans).
    font_family: str = "Arial"
    base_size: float = 9.0  # body text, points
    title_size: float = 20.0
    h1_size: float = 12.0
    h2_size: float = 11.5  # section headings (## in a template)
    standfirst_size: float = 11.0  # a brief's opening sentence
    small_size: float = 7.5  # sources, notes, captions' lines: the smallest text on a page
    figure_size: float = 15.0  # key-figure values
    line_spacing: float = 1.18  # leading as a multiple of the font size
    logo: str | None = None  # path to a PNG/JPEG logo

    def with_overrides(self, **values) -> "Theme":
        """A copy with some values replaced; unknown keys or bad colours raise ValueError."""
        known = {f.name for f in fields(self)}
        for key, value in values.items():
            if key not in known:
                raise ValueError(f"unknown theme key {key!r} (known: {', '.join(sorted(known))})")
            if key in ("primary", "accent", "text", "muted", "panel", "rule") and not is_colour(value):
                raise ValueError(f"theme colour {key} = {value!r} is not a #RRGGBB hex colour")
        if "palette" in values:
            palette = tuple(values["palette"])
            if not 1 <= len(palette) <= 4 or not all(is_colour(c) for c in palette):
                raise ValueError("theme palette must be 1 to 4 #RRGGBB colours")
            values["palette"] = palette
        return replace(self, **values)


def is_colour(value: object) -> bool:
    return isinstance(value, str) and bool(_HEX.match(value))


def rgb(hex_colour: str) -> tuple[int, int, int]:
    """'#0B3C5D' -> (11, 60, 93)."""
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def _luminance(colour: str) -> float:
    channels = [c / 255 for c in rgb(colour)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


# Fonts the DOCX may name: metric-compatible with Liberation Sans, which the PDF embeds, so the
# one-page layout measured for the PDF holds in Word too.
FONTS = ("Arial", "Arimo", "Helvetica", "Liberation Sans")
MIN_CONTRAST = {"primary": 4.5, "accent": 3.0}  # against white: title text, rules and bars


def contrast(one: str, two: str) -> float:
    """WCAG contrast ratio of two #RRGGBB colours (1 to 21)."""
    high, low = sorted((_luminance(one), _luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def tints(primary: str, accent: str | None = None) -> tuple[str, ...]:
    """A chart palette from the brand colour: the colour, two lighter tints, the accent."""

    def mix(weight: float) -> str:
        return "#" + "".join(f"{round(c + (255 - c) * weight):02X}" for c in rgb(primary))
    return (primary.upper(), mix(0.35), mix(0.6), *((accent.upper(),) if accent else ()))


DEFAULT_THEME = Theme()
