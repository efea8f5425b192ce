"""Sizes, colours and text measuring for drawing, derived from the shared Theme."""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.charts.fonts import ChartFont, font_families, text_width
from briefgen.theme import Theme, rgb

LINE_HEIGHT = 1.2  # baseline-to-baseline distance as a multiple of the font size


@dataclass(frozen=True)
class ChartStyle:
    font: str
    text_pt: float  # labels and values
    title_pt: float
    small_pt: float  # subtitle, source line, growth labels
    text: str
    muted: str
    rule: str
    primary: str
    palette: tuple[str, ...]

    @classmethod
    def from_theme(cls, theme: Theme, font: ChartFont) -> "ChartStyle":
        # One-page-brief charts are read at 7–8 pt, whatever the body size is: half a point
        # under the page's small text (7.5 pt: sources, notes), which the chart's own title,
        # subtitle and source line around the picture are set in.
        text_pt = min(max(theme.small_size - 0.5, 7.0), 8.0)
        return cls(font.family, text_pt, text_pt + 1.5, text_pt - 0.5, theme.text, theme.muted,
                   theme.rule, theme.primary, theme.palette[:4])

    def colour(self, index: int) -> str:
        return self.palette[index % len(self.palette)]

    @property
    def light(self) -> str:
        """The palette's lightest tone, for the 'before' bar and other context."""
        return max(self.palette, key=_lightness)

    @property
    def track(self) -> str:
        """The 0-100% track behind a share's bar: the rule colour (light grey)."""
        return self.rule

    def rc(self) -> dict:
        """matplotlib settings: the document's font, text kept as text in SVG, no chart junk."""
        return {
            "font.family": font_families(self.font), "font.size": self.text_pt, "text.color": self.text,
            "svg.fonttype": "none", "svg.hashsalt": "briefgen-chart",
            "axes.spines.top": False, "axes.spines.right": False, "axes.edgecolor": self.rule,
            "axes.linewidth": 0.6, "axes.unicode_minus": True,
            "xtick.major.size": 0, "ytick.major.size": 0, "xtick.major.pad": 2.5,
            "ytick.major.pad": 3, "xtick.color": self.text, "ytick.color": self.text,
            "xtick.labelsize": self.text_pt, "ytick.labelsize": self.text_pt,
            "figure.facecolor": "white", "savefig.facecolor": "white",
        }


def _lightness(colour: str) -> float:
    red, green, blue = rgb(colour)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def is_dark(colour: str) -> bool:
    """Whether white text reads better than dark text on this colour."""
    return _lightness(colour) < 150


def wrap(text: str, width_pt: float, size_pt: float, bold: bool = False) -> list[str]:
    """Greedy word wrap by measured width; a word wider than the line keeps a line of its own."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}".strip()
            if line and text_width(trial, size_pt, bold) > width_pt:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return lines


def widest(lines: list[str], size_pt: float, bold: bool = False) -> float:
    return max((text_width(line, size_pt, bold) for line in lines), default=0.0)
