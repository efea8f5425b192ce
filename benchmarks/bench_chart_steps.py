"""Where one chart's drawing time goes, step by step, warm (matplotlib imported, fonts loaded).

    .venv/bin/python benchmarks/bench_chart_steps.py [--runs 20]

Draws each kind of bench_charts.py RUNS times, each with values of its own (as a pack's charts
have: the renderers keep what they measured of a text for the process), the way a brief draws it
(`with_text=False`, the PDF's shapes and the PNG from one figure), and times each step apart in
processor time: the blank figure unpickled, the marks made (texts, lines, bars), the figure drawn
into the PDF's shapes, the shapes pickled, the figure drawn by Agg at 200 dpi, the PNG encoded.
Prints the median milliseconds of each step per kind. Files are not written (bench_charts.py
times a chart with its files).
"""

from __future__ import annotations

import argparse
import io
import pickle
import statistics
import time

from bench_charts import CHARTS, numbered

from briefgen.theme import DEFAULT_THEME

STEPS = ("blank figure", "marks made", "PDF shapes drawn", "shapes pickled", "Agg drawn",
         "PNG encoded")


def steps(chart, size=(8.5, 5.5)) -> list[float]:
    """Processor milliseconds of each of STEPS for one chart."""
    from reportlab import rl_config
    from reportlab.graphics.shapes import Drawing

    from briefgen.charts import render
    from briefgen.charts.fonts import register_with_matplotlib
    from briefgen.charts.layout import Canvas, frame
    from briefgen.charts.png import png_bytes
    from briefgen.charts.raster import LineTextCanvas
    from briefgen.charts.shapes import ShapesRenderer
    from briefgen.charts.style import ChartStyle

    clock, marks = time.process_time, [time.process_time()]
    style = ChartStyle.from_theme(DEFAULT_THEME, register_with_matplotlib())
    rc = style.rc()
    width, height = size[0] * render.CM, size[1] * render.CM
    with render._settings(rc):
        fig = pickle.loads(render._blank_figure(tuple(sorted(rc.items()))))
        marks.append(clock())
        fig.set_size_inches(width / 72, height / 72)
        canvas = Canvas(fig, width, height, ready=list(fig.axes))
        render._drawers()[chart.kind](canvas, frame(canvas, chart, style, False), chart, style)
        canvas.drop_unused()
        marks.append(clock())
        shapes = ShapesRenderer(width, height)
        dpi, checking = fig.dpi, rl_config.shapeChecking
        fig.dpi, rl_config.shapeChecking = 72, 0
        try:
            fig.draw(shapes)
        finally:
            fig.dpi, rl_config.shapeChecking = dpi, checking
        marks.append(clock())
        drawing = Drawing(width, height)
        for shape in shapes.shapes:
            drawing.add(shape)
        render._PlainNumbers(io.BytesIO(), protocol=pickle.HIGHEST_PROTOCOL).dump(drawing)
        marks.append(clock())
        agg = LineTextCanvas(fig)
        fig.dpi = render.PNG_DPI
        agg.draw()
        marks.append(clock())
        png_bytes(agg.buffer_rgba(), *agg.get_width_height(physical=True), render.PNG_DPI)
        marks.append(clock())
    return [(b - a) * 1000 for a, b in zip(marks, marks[1:])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    from briefgen.charts.render import preload
    preload()
    steps(CHARTS["column"])  # warm up: the blank figure made, the renderers' modules imported
    print(f"{'ms, median of ' + str(args.runs):18}" + "".join(f"{s:>17}" for s in STEPS)
          + f"{'all':>8}")
    for name, chart in CHARTS.items():
        times = [steps(numbered(chart, run)) for run in range(args.runs)]
        medians = [statistics.median(t[i] for t in times) for i in range(len(STEPS))]
        print(f"{name:18}" + "".join(f"{m:17.2f}" for m in medians)
              + f"{statistics.median(sum(t) for t in times):8.2f}")


if __name__ == "__main__":
    main()
