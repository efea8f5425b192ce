"""Charts generated from facts.

`resolve` turns the YAML spec of a ```chart directive into a checked ChartData (integrity
rules: one unit, one measure, comparable periods, honest donuts); `draw` turns a ChartData into
an SVG (for the PDF, text kept as text) or a PNG (for the DOCX), cached by content hash.
matplotlib is imported only when a chart is actually drawn.
"""

from briefgen.charts.image import draw
from briefgen.charts.layout import text_height_mm
from briefgen.charts.model import ChartData, ChartPoint
from briefgen.charts.resolve import resolve

__all__ = ["ChartData", "ChartPoint", "resolve", "draw", "text_height_mm"]
