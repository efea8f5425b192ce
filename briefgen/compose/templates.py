"""The template engine: sandboxed Jinja2 producing Markdown, with located errors.

- Sandboxed (compose/sandbox.py), `StrictUndefined`: a missing variable or fact is an error,
  never an empty string. Templates may come from partners (event editions), so the sandbox is
  closed further than Jinja2's: no attribute or call reaches a path, a file or a module
  (`project.root.read_text()` is refused), lists and dicts cannot be changed, a rendering is
  bounded in time, output and the size of what it builds, and `include`/`import`/`extends`
  find only templates in the template folders.
- Loader over a list of directories, first match wins; `base/NAME` skips the first directory, so an
  event folder can override a base template and still extend it: `{% extends "base/country.md.j2" %}`.
- Output is Markdown, so HTML autoescape is off. Instead every `{{ value }}` is escaped for
  Markdown (all ASCII punctuation backslash-escaped, control characters dropped, newlines made
  spaces), so text from facts and seeds renders literally. Values that already are Markdown
  (`MarkdownSafe`, e.g. a fact with its citation marker) pass through.
- Only plain values become text: strings, numbers, dates, facts and Markdown. Printing,
  formatting or joining anything else (a function, the store, an entity, a list) is a located
  error, never a Python repr (which could carry memory addresses and internals) in a brief.
- A block an extending template defines must exist in the template it extends (or one that one
  extends): a misspelled `{% block intrro %}` would otherwise be silently dropped.
- Line markers: the engine tags every line of literal template text with its file and line, so
  errors found later in the Markdown (a bad directive) still point at `template path:line`, even
  through `{% extends %}` and `{% include %}`. Lines produced only by an expression spanning
  several lines are counted from the last marker (the one limit).
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.ext import Extension
from jinja2.lexer import Token

from briefgen.compose.sandbox import Sandbox
from briefgen.compose.sandbox import (  # noqa: F401
    is_plain, last_line_output, limited, not_text, plain, with_article)
from briefgen.document import Origin
from briefgen.errors import BriefgenError, TemplateError
from briefgen.safety.paths import is_within
from briefgen.text import clean_text

_ASCII_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_MARKER = re.compile("\x02(\\d+)\x1f(\\d+)\x03")
_LEADING_MARKERS = re.compile("^(?:\x02\\d+\x1f\\d+\x03)+")


class MarkdownSafe(str):
    """Text that is already Markdown; `{{ }}` inserts it as is."""

    def __markdown__(self) -> str:
        return self


def escape_markdown(text: object) -> MarkdownSafe:
    """Make any text literal in Markdown: 'R&D <x> *y*' stays exactly that on the page."""
    flat = clean_text(str(text)).replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return MarkdownSafe(_ASCII_PUNCT.sub(r"\\\1", flat.replace("\t", " ")))


def unescape_markdown(text: str) -> str:
    """Undo escape_markdown (for YAML bodies of directives and the front matter)."""
    return _MD_ESCAPE.sub(r"\1", text)


def yaml_quote(value: object) -> MarkdownSafe:
    """A YAML-safe quoted scalar, for front matter and directive bodies: {{ x | yaml }}.

    Single-quoted YAML has no escapes of its own, so the Markdown unescaping those bodies go
    through before they are parsed cannot break it ('Registration ("3540" reform)' stays
    whole); a backslash is doubled for that unescaping to restore.
    """
    text = " ".join(clean_text(str(value)).splitlines())
    return MarkdownSafe("'" + text.replace("\\", "\\\\").replace("'", "''") + "'")


@jinja2.pass_context
def _finalize(context: jinja2.runtime.Context, value: Any) -> str:
    if hasattr(value, "__markdown__"):
        return value.__markdown__()
    if isinstance(value, str) and "\x02" in value and _MARKER.search(value):
        # template text ({{ super() }}, {{ self.block() }}, a macro's output): its values are
        # escaped already; only stray control characters (a marker cut short) are dropped
        parts = _MARKER.split(value)  # text, file, line, text, file, line, …, text
        return "".join(clean_text(part) if i % 3 == 0 else
                       f"\x02{part}\x1f" if i % 3 == 1 else f"{part}\x03"
                       for i, part in enumerate(parts))
    if not is_plain(value):
        name = next((k for k, v in context.get_all().items() if v is value), None)
        raise not_text(value, name)
    return escape_markdown("" if value is None else value)


@dataclass(frozen=True)
class Rendered:
    """Markdown from a template, with the template origin of every output line."""

    name: str
    path: str
    text: str
    lines: tuple[Origin, ...]

    def origin(self, line: int) -> Origin:
        """The template location of a 0-based line of `text`."""
        if 0 <= line < len(self.lines):
            return self.lines[line]
        return Origin(self.path, None)


class _LineMarkers(Extension):
    """Tags literal template text with `file index : line` markers (see the module docstring)."""

    def filter_stream(self, stream):  # type: ignore[override]
        files: list[str] = self.environment.marked_files  # type: ignore[attr-defined]
        filename = stream.filename or stream.name or "<template>"
        if filename not in files:
            files.append(filename)
        index = files.index(filename)
        tag: list[str] | None = None  # the words of the {% tag %} being read
        for token in stream:
            if token.type == "data":
                yield Token(token.lineno, "data", _mark(token.value, index, token.lineno))
                continue
            yield token
            if token.type == "block_begin":
                tag = []
            elif token.type == "name" and tag is not None:
                tag.append(token.value)
            elif token.type == "block_end" and tag is not None:
                # The body of a block, macro or call starts with a marker, so its output is
                # known as template text when it comes back: {{ super() }}, {{ m() }}.
                if tag[:1] in (["block"], ["macro"], ["call"]) and "required" not in tag:
                    yield Token(token.lineno, "data", f"\x02{index}\x1f{token.lineno}\x03")
                tag = None


def _mark(value: str, index: int, lineno: int) -> str:
    lines = value.split("\n")
    marked = [f"\x02{index}\x1f{lineno}\x03{lines[0]}"]
    marked += [f"\x02{index}\x1f{lineno + i}\x03{text}" for i, text in enumerate(lines[1:], 1)]
    return "\n".join(marked)


class _Sandbox(Sandbox):
    def _load_template(self, name, globals):  # type: ignore[override]
        """Every template, once compiled, has its blocks checked against those it extends."""
        template = super()._load_template(name, globals)
        if getattr(template, "_block_names", None) is None:
            _check_blocks(self, name, template)
        return template


class TemplateEngine:
    """Renders `*.md.j2` templates found in `dirs` (first match wins)."""

    def __init__(self, dirs: Sequence[str | Path], *, filters: Mapping[str, Callable] | None = None,
                 root: str | Path | None = None):
        self.dirs = [Path(d) for d in dirs]
        self.root = Path(root) if root else None
        self.env = _Sandbox(
            loader=_loader(self.dirs), undefined=_Undefined, autoescape=False,
            finalize=_finalize, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
            extensions=[_LineMarkers],
            filters={"md": escape_markdown, "yaml": yaml_quote, **(filters or {})})
        self.env.marked_files = []  # type: ignore[attr-defined]
        self.env.display = self.display  # type: ignore[attr-defined]

    def display(self, filename: str) -> str:
        """A path as messages show it: relative to the project root when inside it."""
        if self.root:
            try:
                return os.path.relpath(filename, self.root)
            except ValueError:
                return filename
        return filename

    def render(self, name: str, context: Mapping[str, Any], scale: int = 1) -> Rendered:
        """`scale`: the sandbox's limits times this, for a document that grows with its input."""
        template = self._load(name)
        try:
            with limited(scale=scale):
                raw = template.render(**context)
        except jinja2.TemplateSyntaxError as exc:  # in an included or extended template
            raise self._syntax_error(exc) from None
        except Exception as exc:
            error = self._runtime_error(exc, exc.__traceback__, template.filename)
            raise _with_hint(error, exc, context) from None
        text, lines = self._strip_markers(raw)
        path = self.display(template.filename or name)
        return Rendered(name, path, text, lines)

    def _load(self, name: str) -> jinja2.Template:
        try:
            return self.env.get_template(name)
        except jinja2.TemplateNotFound as exc:
            where = ", ".join(str(d) for d in self.dirs)
            raise TemplateError(f"template {exc.name!r} not found in {where}",
                                hint="give a name under templates/, e.g. partner.md.j2") from None
        except jinja2.TemplateSyntaxError as exc:
            raise self._syntax_error(exc) from None
        except UnicodeDecodeError as exc:
            raise TemplateError(_not_utf8(exc), path=self.display(str(self._found(name))),
                                hint="save the template as UTF-8") from None
        except RecursionError:  # the parser recurses once per bracket or tag nested
            raise TemplateError(TOO_DEEP, path=self.display(str(self._found(name)))) from None

    def _found(self, name: str) -> Path:
        return next((d / name for d in self.dirs if (d / name).is_file()), Path(name))

    def _syntax_error(self, exc: jinja2.TemplateSyntaxError) -> TemplateError:
        path = self.display(exc.filename or exc.name or "<template>")
        return TemplateError(f"template syntax error: {exc.message}", path=path, line=exc.lineno,
                             hint="check the {{ }}, {% %} and {# #} tags on that line: each "
                                  "opened one is closed, and every {% if %} and {% for %} "
                                  "has its {% endif %} or {% endfor %}")

    def _runtime_error(self, exc: Exception, tb: TracebackType | None, top: str | None) -> BriefgenError:
        if isinstance(exc, BriefgenError) and exc.problems[0].path:
            return exc  # already located (a chart spec, say)
        frame = _template_frame(tb, set(self.env.marked_files))  # type: ignore[arg-type]
        filename, line = frame or (top, None)
        marked = last_line_output() if frame is None else None
        if marked:  # stopped between two chunks of output, or in Jinja2's error handling
            filename, line = self.env.marked_files[marked[0]], marked[1]
        message = exc.problems[0].message if isinstance(exc, BriefgenError) else _message(exc)
        hint = exc.problems[0].hint if isinstance(exc, BriefgenError) else None
        return TemplateError(message, path=self.display(filename or "<template>"), line=line,
                             hint=hint)

    def _strip_markers(self, raw: str) -> tuple[str, tuple[Origin, ...]]:
        files: list[str] = self.env.marked_files  # type: ignore[attr-defined]
        text_lines: list[str] = []
        origins: list[Origin] = []
        current = Origin("<template>", None)
        for line in raw.split("\n"):
            leading = _LEADING_MARKERS.match(line)
            if leading:  # the last marker before any text says where the line's text comes from
                last = list(_MARKER.finditer(leading.group(0)))[-1]
                current = Origin(self.display(files[int(last.group(1))]), int(last.group(2)))
            elif origins:
                previous = origins[-1]
                current = Origin(previous.path, previous.line + 1 if previous.line else None)
            text_lines.append(_MARKER.sub("", line))
            origins.append(current)
        return "\n".join(text_lines), tuple(origins)


def _check_blocks(env: jinja2.Environment, name: str, template: jinja2.Template) -> None:
    """Refuse a block of an extending template that no template it extends defines: Jinja2
    would drop it without a word, so a misspelled override would silently change nothing.

    Sets `template._block_names`: every block name the template and its ancestors define.
    """
    template._block_names = frozenset(template.blocks)  # type: ignore[attr-defined]
    try:
        # by the name it was loaded as: `base/x` names another file than `x`
        source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
        tree = env.parse(source, name, filename)
    except Exception:  # noqa: BLE001 - unreadable now: rendering reports it as it always has
        return
    parents = [node.template for node in tree.find_all(nodes.Extends)]
    if not parents or not all(isinstance(p, nodes.Const) and isinstance(p.value, str)
                              for p in parents):
        return  # a base template, or one that chooses what it extends at run time
    inherited: set[str] = set()
    for parent in parents:
        try:
            loaded = env.get_template(parent.value, parent=name)
        except Exception:  # noqa: BLE001 - a missing or broken parent fails when rendered
            template._block_names = None  # type: ignore[attr-defined]  # check again next time
            return
        inherited |= getattr(loaded, "_block_names", None) or set(loaded.blocks)
    template._block_names = frozenset(inherited | set(template.blocks))  # type: ignore[attr-defined]
    called = {node.attr for node in tree.find_all(nodes.Getattr)
              if isinstance(node.node, nodes.Name) and node.node.name == "self"}
    for block in _top_blocks(tree):
        if block.name in inherited or block.name in called:
            continue
        names = " and ".join(repr(p.value) for p in parents)
        close = difflib.get_close_matches(block.name, sorted(inherited), n=1)
        hint = (f"did you mean {close[0]!r}?" if close else
                f"the blocks it can replace: {', '.join(sorted(inherited))}" if inherited else
                f"{names} has no blocks to replace")
        template._block_names = None  # type: ignore[attr-defined]  # check again next time
        raise TemplateError(f"unknown block {block.name!r}: {names} defines no block of that "
                            "name, so this one would never be printed",
                            path=env.display(filename),  # type: ignore[attr-defined]
                            line=block.lineno, hint=hint)


def _top_blocks(node: nodes.Node):
    """The blocks of a template that are not inside another block."""
    for child in node.iter_child_nodes():
        if isinstance(child, nodes.Block):
            yield child
        else:
            yield from _top_blocks(child)


def _loader(dirs: list[Path]) -> jinja2.BaseLoader:
    searchpath = [str(d) for d in dirs]
    base = _FolderLoader(searchpath[1:] or searchpath)
    return jinja2.ChoiceLoader([_FolderLoader(searchpath), jinja2.PrefixLoader({"base": base})])


class _FolderLoader(jinja2.FileSystemLoader):
    """Templates from inside the template folders only, links followed: a link in a shared
    project's templates/ to /etc or a home folder makes no template of the files there."""

    def get_source(self, environment, template):
        pieces = jinja2.loaders.split_template_path(template)
        for folder in self.searchpath:
            found = os.path.join(folder, *pieces)
            if os.path.isfile(found):  # the file FileSystemLoader would read
                if not is_within(Path(folder), Path(found)):
                    raise jinja2.TemplateNotFound(template)
                break
        return super().get_source(environment, template)


def _template_frame(tb: TracebackType | None, files: set[str]) -> tuple[str, int] | None:
    """The innermost traceback frame that is template code (Jinja rewrites those frames)."""
    found = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename in files:
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _with_hint(error: BriefgenError, exc: Exception, context: Mapping[str, Any]) -> BriefgenError:
    """What to do about an undefined name or attribute: the closest known one."""
    import difflib
    problem = error.problems[0]
    if problem.hint or not isinstance(exc, jinja2.UndefinedError) or len(error.problems) > 1:
        return error
    found = re.search(r"(?:undefined variable|has no attribute) '([^']*)'(?: \(known: ([^)]*)\))?",
                      problem.message)
    if not found:
        return error
    known = found.group(2).split(", ") if found.group(2) else [k for k in context
                                                                if not k.startswith("_")]
    close = difflib.get_close_matches(found.group(1), known, n=1)
    hint = (f"did you mean {close[0]!r}?" if close else
            "see docs/templates.md, 'The template API', for the names a template can use")
    return TemplateError(problem.message, path=problem.path, line=problem.line, hint=hint)


TOO_DEEP = ("nested too deeply (a template that includes or extends itself, a macro that calls "
            "itself without end, or brackets or tags nested hundreds deep)")


def _not_utf8(exc: UnicodeDecodeError) -> str:
    return f"not UTF-8 text ({exc.reason} at byte {exc.start})"


def _message(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"an included template is {_not_utf8(exc)}; save it as UTF-8"
    if isinstance(exc, jinja2.UndefinedError):
        return str(exc.message)
    if isinstance(exc, jinja2.TemplateNotFound):
        return (f"template {exc.name!r} not found: templates can include, import and extend "
                "only templates from the template folders")
    if isinstance(exc, jinja2.exceptions.SecurityError):
        return f"not allowed in a template: {exc}"
    if isinstance(exc, RecursionError):
        return TOO_DEEP
    text = str(exc).replace("ComposeContext.", "")  # name the template function, not the class
    return text if isinstance(exc, (ValueError, KeyError, TypeError)) else f"{type(exc).__name__}: {text}"


class _Undefined(jinja2.StrictUndefined):
    """StrictUndefined with messages that name the fact or variable."""

    @property
    def _undefined_message(self) -> str:
        obj = self._undefined_obj
        describe = getattr(obj, "__undefined_attr__", None)
        if describe is not None and self._undefined_name is not None:
            return describe(self._undefined_name)
        if obj is jinja2.utils.missing:
            return f"undefined variable {self._undefined_name!r}"
        fields = getattr(type(obj), "__dataclass_fields__", None)
        if fields and self._undefined_name is not None and self._undefined_hint is None:
            kind = type(obj).__name__.lower()
            return (f"{kind} has no attribute {self._undefined_name!r} "
                    f"(known: {', '.join(f for f in fields if not f.startswith('_'))})")
        return super()._undefined_message
