"""Fenced directives: the few things plain Markdown cannot say.

    ```keyfigures                 a panel of headline figures; a YAML list of fact ids, or of
    - kr.fdi-signed               {fact, label, as_of} mappings to override the fact's own label
    - {fact: kr.projects, label: Korean-invested projects}
    ```

    ```chart height=55            a chart; the YAML body goes to briefgen.charts.resolve()
    ...
    ```

    ```figure                     an image file: image (path, relative to the template), alt
    image: map.png                (required), caption, source
    alt: Map of Qingdao
    ```

    ```note title="Method"        a boxed note; the body is Markdown (also: info, warning)
    ```

    ```sources                    where the numbered source list goes (default: the end)
    ```pagebreak / ```spacer height=6 (points; `height=fill` on a pack's cover: what the page
                                  leaves free, so what follows stands at its foot)

Every directive takes `priority=1|2|3` in its info string; chart and figure take `height=` (mm).
YAML bodies may use `{{ }}`: the Markdown escaping of inserted values is undone before parsing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable

import yaml

from briefgen import document as d
from briefgen.compose.context import ComposeContext
from briefgen.compose.formatting import as_of, value_text
from briefgen.compose.templates import unescape_markdown
from briefgen.errors import BriefgenError, TemplateError
from briefgen.safety.images import image_problem

At = Callable[[int], d.Origin]  # body line (0-based) -> template origin


def _fail(at: At, line: int, message: str, hint: str | None = None) -> TemplateError:
    where = at(line)
    return TemplateError(message, path=where.path, line=where.line, hint=hint)


def _parse_yaml(text: str) -> Any:
    """libyaml's safe loader when PyYAML has it (5x faster); on an error, the pure-Python
    loader's message, which names what it found ("but got ':'") where libyaml does not."""
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return yaml.load(text, Loader=fast)
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


def load_yaml(body: str, at: At) -> Any:
    """The YAML body of a directive, with its errors located in the template."""
    try:
        return _parse_yaml(unescape_markdown(body))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        last_line = max(len(body.rstrip("\n").split("\n")) - 1, 0)  # "end of stream" is the last line
        raise _fail(at, min(mark.line, last_line) if mark else 0,
                    f"invalid YAML in directive: {problem}",
                    "quote text that holds ': ', '#', '{' or '[': label: {{ value | yaml }}") from None
    except ValueError as exc:  # a date-like value that is no date: 2019-02-30
        dates = [n for n, line in enumerate(body.split("\n")) if _DATE_LIKE.search(line)]
        raise _fail(at, dates[0] if dates else 0, f"invalid YAML in directive: {exc}",
                    "write a real date, or quote the value") from None


_DATE_LIKE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b")


def _line_of(body: str, needle: str) -> int:
    for number, line in enumerate(body.split("\n")):
        if needle in unescape_markdown(line):
            return number
    return 0


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


class Directives:
    """Turns fenced directives into blocks, using the compose context for facts and citations."""

    def __init__(self, compose: ComposeContext, template_dir: Callable[[d.Origin], Path],
                 root: Path | None = None):
        self.compose = compose
        self.template_dir = template_dir
        self.root = root  # images must lie inside it (default: the template's own folder)

    NAMES = ("keyfigures", "chart", "figure", "note", "info", "warning", "sources", "pagebreak",
             "spacer")

    def __call__(self, name: str, options: dict[str, str], body: str, at: At, converter) -> list[d.Block]:
        if name not in self.NAMES:  # not getattr alone: helper methods are no directives
            raise _fail(at, -1, f"unknown directive {name!r} (known: {', '.join(self.NAMES)})")
        return getattr(self, f"_{name}")(options, body, at, converter)

    def _keyfigures(self, options, body, at, converter) -> list[d.Block]:
        items = load_yaml(body, at) or []
        if not isinstance(items, list):
            raise _fail(at, 0, "keyfigures body must be a YAML list of fact ids")
        figures = tuple(self._key_figure(item, body, at) for item in items)
        return [d.KeyFigures(figures, origin=at(-1))] if figures else []  # hide an empty panel

    def _key_figure(self, item: Any, body: str, at: At) -> d.KeyFigure:
        spec = {"fact": item} if isinstance(item, str) else item
        if not isinstance(spec, dict) or "fact" not in spec:
            raise _fail(at, 0, f"key figure {item!r} needs a fact id")
        unknown = set(spec) - {"fact", "label", "as_of"}
        if unknown:
            raise _fail(at, _line_of(body, str(spec["fact"])),
                        f"unknown key figure keys: {', '.join(sorted(unknown))} (known: fact, label, as_of)")
        try:
            fact = self.compose.fact(str(spec["fact"])).fact
        except TemplateError as exc:
            raise _fail(at, _line_of(body, str(spec["fact"])), exc.problems[0].message) from None
        when = str(spec.get("as_of") or as_of(fact.period))
        mark = self.compose.stale_mark(fact)  # on the date: it is the figure's age that shows
        return d.KeyFigure(label=str(spec.get("label") or fact.label),
                           value=_capitalised(value_text(fact)),
                           as_of=(f"{when} {mark}" if when and mark else when or mark) or None,
                           citations=(self.compose.citations.cite(fact),))

    def _chart(self, options, body, at, converter) -> list[d.Block]:
        spec = load_yaml(body, at)
        if not isinstance(spec, dict):
            raise _fail(at, 0, "chart body must be a YAML mapping")
        try:
            from briefgen import charts
        except ImportError:
            raise _fail(at, -1, "charts are not available (briefgen.charts is missing)") from None
        where = at(-1)
        try:
            chart = charts.resolve(spec, self.compose.store, path=where.path, line=where.line or 0)
        except BriefgenError:
            raise
        facts = [self.compose.store.get(i) for i in chart.fact_ids]
        citations = tuple(self.compose.citations.cite(f) for f in facts)
        marks = "".join(dict.fromkeys(self.compose.stale_mark(f) for f in facts))
        # The spec's `height:` (checked by resolve) is the default; the option `height=` wins.
        default = float(spec["height"]) if spec.get("height") is not None else chart_height(chart)
        # Title, subtitle and source line are set as text around the picture (the same words in
        # the PDF and the DOCX); the picture keeps the height they leave of the chart's.
        height = _height(options, at, default)
        subtitle = " ".join(t for t in (chart.subtitle, marks) if t)  # the bars' age, as figures'
        return [d.Figure(caption=chart.title, subtitle=subtitle or None,
                         source=chart.source or None, alt=chart.alt, chart=chart,
                         height_mm=max(MIN_PICTURE_MM, height - charts.text_height_mm(chart)),
                         citations=citations, origin=where)]

    def _figure(self, options, body, at, converter) -> list[d.Block]:
        spec = load_yaml(body, at)
        if not isinstance(spec, dict) or not spec.get("image") or not spec.get("alt"):
            raise _fail(at, 0, "figure needs at least `image:` (a path) and `alt:` (alt text)")
        folder = self.template_dir(at(-1))
        image = (folder / str(spec["image"])).resolve()
        allowed = (self.root or folder).resolve()
        if allowed != image and allowed not in image.parents:
            raise _fail(at, _line_of(body, "image"),
                        f"image {spec['image']!r} is outside {allowed} (images must be project files)")
        if not image.is_file():
            raise _fail(at, _line_of(body, "image"), f"image not found: {image}",
                        "the image path is relative to the template's folder")
        problem = image_problem(image, ("PNG", "JPEG", "GIF"))
        if problem:
            raise _fail(at, _line_of(body, "image"), f"image {spec['image']!r} {problem}",
                        "use a PNG, JPEG or GIF of at most 5 MB and 4000 pixels a side")
        return [d.Figure(caption=spec.get("caption"), source=spec.get("source"), alt=str(spec["alt"]),
                         image=str(image), height_mm=_height(options, at, 60.0), origin=at(-1))]

    def _note(self, options, body, at, converter, kind: str = "note") -> list[d.Block]:
        nested = type(converter)(converter.rendered, 0, converter.directive)
        nested.origin = lambda node, extra=0: at((node.map[0] if node and node.map else 0) + extra)
        children = tuple(nested.convert(body))
        return [d.Callout(children, title=options.get("title"), kind=kind, origin=at(-1))]

    def _info(self, options, body, at, converter) -> list[d.Block]:
        return self._note(options, body, at, converter, "info")

    def _warning(self, options, body, at, converter) -> list[d.Block]:
        return self._note(options, body, at, converter, "warning")

    def _sources(self, options, body, at, converter) -> list[d.Block]:
        return [d.Sources((), title=options.get("title", "Sources"), origin=at(-1))]

    def _pagebreak(self, options, body, at, converter) -> list[d.Block]:
        return [d.PageBreak(origin=at(-1))]

    def _spacer(self, options, body, at, converter) -> list[d.Block]:
        if options.get("height") == "fill":
            return [d.Spacer(0.0, fill=True, origin=at(-1))]
        try:
            return [d.Spacer(float(options.get("height", 6)), origin=at(-1))]
        except ValueError:
            raise _fail(at, -1, f"spacer height must be a number of points, not {options['height']!r}") from None


MIN_PICTURE_MM = 18.0  # a chart's picture without its title and source line


def chart_height(chart) -> float:
    """A default height (mm) that suits the chart: bar charts grow with their bars; a line
    reads at a brief's width from a low height (its slope is what it shows)."""
    if chart.kind in ("bar", "hbar"):
        return float(min(max(22 + 7 * len(chart.points), 34), 75))
    return 42.0 if chart.kind == "line" else 55.0


def _height(options: dict[str, str], at: At, default: float) -> float:
    try:
        height = float(options.get("height", default))
    except ValueError:
        raise _fail(at, -1, f"height must be a number of millimetres, not {options['height']!r}") from None
    if not 15 <= height <= 250:
        raise _fail(at, -1, f"height {height:g} mm is outside 15..250 mm")
    return height
