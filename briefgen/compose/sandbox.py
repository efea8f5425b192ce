"""The sandbox templates run in: what a template may touch, print and build, and for how long.

Templates may come from partners (event editions), so Jinja2's immutable sandbox is closed
further: no attribute or call reaches a path, a file or a module; only plain values become text
(see `plain`); and every rendering is bounded (`limited`):

- time: a rendering whose thread has used MAX_SECONDS of processor time is stopped, wherever
  it is (a watchdog thread raises TemplateLimit in the rendering thread at its next
  bytecode); processor time, not time on the clock, so that a machine busy with other work
  does not stop a template that is not at fault, and MAX_WALL_FACTOR times as long on the clock
  all the same (a rendering that waits does not use the processor);
- output: at most MAX_OUTPUT characters;
- a document that grows with its input (a pack's contents and sources appendix: a page per
  listed brief) renders with its limits of output, memory and time times `scale` (`limited`),
  so a pack of any size builds while every rendering stays bounded by what it is given;
- values: no value a template makes (by `*`, `**`, `+`, `~`, `%`, a filter, a call, a slice)
  exceeds MAX_VALUE characters or items (MAX_REPEAT by repetition, MAX_INT_DIGITS digits for
  a number), checked *before* the operation where its result can be much larger than what it
  is given (repetition, concatenation, powers, formatting widths, and the filters and text
  methods in _FILTER_SIZES and _METHOD_SIZES: padding, indenting, wrapping, links, escaping,
  joining, replacing, translating, batches), and after it for every other operation;
- memory: the sizes of all values a rendering makes add up to at most MAX_WORK. A template can
  hold only what it made, so this bounds the memory it takes (a few hundred megabytes at most)
  however the operations are chained or looped; time bounds the rest.

Why this is sound: a template's values come from literals (bounded by its text), from the
context (briefgen's own objects) or from an operation Jinja2 routes through the environment —
binary operators it intercepts, `call`, `getattr`, `getitem`, filters and tests — and each of
those is charged here. Loops and `{% set %}` only bind names to existing values. `lipsum`, the one
global that builds text from a number, is removed; `range` is Jinja2's (at most 100,000 items).
A limit reached is a TemplateError at the template's `path:line` naming the limit.
"""

from __future__ import annotations

import ctypes
import dataclasses
import datetime as dt
import functools
import inspect
import io
import operator
import os
import re
import threading
import time
import types
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.filters import make_attrgetter
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedFormatter
from jinja2.utils import _PassArg

from briefgen.errors import TemplateError

MAX_SECONDS = 10.0  # processor time of one rendering of one template, its includes and parents
MAX_WALL_FACTOR = 6  # times MAX_SECONDS on the clock: a rendering stops then whatever it used
MAX_OUTPUT = 2_000_000  # characters a rendering may produce (a one-page brief has ~5,000)
MAX_VALUE = 1_000_000  # characters or items of any one value a template makes
MAX_WORK = 20_000_000  # characters and items of all values one rendering makes, added up
MAX_REPEAT = 100_000  # characters or items `*` may make by repeating a text or list
MAX_INT_DIGITS = 4_000  # digits of a number a template makes (Python's own printing limit)
_MAX_POWER = 1000  # largest exponent `**` accepts
_BITS = int(MAX_INT_DIGITS * 3.33)


class TemplateLimit(jinja2.exceptions.SecurityError):
    """A rendering reached one of the sandbox's limits."""


class TemplateTimeout(TemplateLimit):
    def __init__(self, *args):
        super().__init__(f"the template ran longer than {MAX_SECONDS:g} seconds of processor "
                         f"time, or {MAX_SECONDS * MAX_WALL_FACTOR:g} on the clock (the time limit)")


# --- the limits of one rendering ---------------------------------------------------------------

class _Budget(threading.local):
    work: int = 0
    scale: int = 1  # a growing document's limits are this many times one rendering's
    active: bool = False
    marked: tuple[str, str] | None = None  # the last line marker output (see limit_output)


_budget = _Budget()


@contextmanager
def limited(seconds: float | None = None, scale: int = 1):
    """Render within the limits: a work budget, and a deadline after which the watchdog stops
    the rendering thread. Nested use (a template rendering another) shares the outer limits.
    `scale`: output, work and time allowed, in times one rendering's (a document that grows
    with its input)."""
    if _budget.active:
        yield
        return
    _budget.work, _budget.active, _budget.marked, _budget.scale = 0, True, None, max(scale, 1)
    watchdog = _Watchdog(threading.get_ident(), (seconds or MAX_SECONDS) * _budget.scale)
    try:
        with watchdog:
            yield
    finally:
        _budget.active, _budget.scale = False, 1


class _Watchdog:
    """Raises TemplateTimeout in the given thread once it has used `seconds` of processor time
    since entering (or `seconds` times MAX_WALL_FACTOR have passed on the clock), unless
    disarmed first; again every half second, should code between the template and here catch
    it. Where a thread's processor time cannot be read, the clock counts instead."""

    def __init__(self, thread_id: int, seconds: float):
        self.thread_id, self.seconds = thread_id, seconds
        self.clock = _thread_clock(thread_id)
        self.wall_limit = seconds * MAX_WALL_FACTOR
        self.lock, self.armed, self.fired = threading.Lock(), True, False
        self.timer: threading.Timer | None = None

    def __enter__(self):
        self.started = (self._processor(), time.monotonic())
        self._check_in(self.seconds)
        return self

    def _processor(self) -> float:
        return time.clock_gettime(self.clock) if self.clock is not None else time.monotonic()

    def _check_in(self, seconds: float) -> None:
        self.timer = threading.Timer(seconds, self._check)
        self.timer.daemon = True
        self.timer.start()

    def _check(self) -> None:
        with self.lock:
            if not self.armed:
                return
            try:
                used = self._processor() - self.started[0]
            except OSError:  # unreadable after all: the limit on the clock still holds
                used = 0.0
            if used < self.seconds and time.monotonic() - self.started[1] < self.wall_limit:
                # a thread uses at most as much processor time as passes on the clock
                self._check_in(max(self.seconds - used, 0.05))
                return
            self.fired = True
            _async_raise(self.thread_id, TemplateTimeout)
            self._check_in(0.5)

    def __exit__(self, kind, value, tb) -> None:
        with self.lock:
            self.armed = False
            if self.timer is not None:
                self.timer.cancel()
        if self.fired:  # a timeout not delivered yet would strike later, outside the rendering
            _async_raise(self.thread_id, None)  # withdrawn
            if kind is None:  # fired as the rendering ended: raised here instead
                raise TemplateTimeout()


def _thread_clock(thread_id: int) -> int | None:
    """The processor-time clock of the thread (Linux, BSD); None where there is none (macOS,
    Windows)."""
    try:
        clock = time.pthread_getcpuclockid(thread_id)
        time.clock_gettime(clock)
        return clock
    except (AttributeError, OSError):
        return None


def _async_raise(thread_id: int, exception: type | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exception) if exception else None)


def size_of(value: Any) -> int:
    """Characters of a text, items of a collection, digits of a number; 1 for anything else."""
    if isinstance(value, (str, bytes, list, tuple, dict, set, frozenset)):
        return len(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value.bit_length() * 3 // 10 + 1
    return 1


def allow(size: int, what: str = "a value") -> None:
    """Refuse a value of `size` before it is made; charge it to the rendering's budget. A size
    below zero (a count or width below zero) makes nothing."""
    _count(size, f"{what} would be longer than")


def charge(value: Any, what: str = "a value") -> Any:
    """`value`, once it is known to be within the limits (it is made: the message says so, and
    tells a check made too late from one made in advance)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > _BITS:
        raise TemplateLimit(f"a number of more than {MAX_INT_DIGITS:,} digits (the size limit "
                            "of a number)")
    _count(size_of(value), f"{what} is longer than")
    return value


def _count(size: int, refusal: str) -> None:
    if size > MAX_VALUE:
        raise TemplateLimit(f"{refusal} {MAX_VALUE:,} characters or items "
                            "(the size limit of one value)")
    if _budget.active:
        _budget.work += max(size, 0)
        if _budget.work > MAX_WORK * _budget.scale:
            raise TemplateLimit(f"the template made more than {MAX_WORK * _budget.scale:,} characters or items "
                                "in all (the memory limit)")


_LINE_MARKER = re.compile("\x02(\\d+)\x1f(\\d+)\x03")  # templates.py's marks of template lines


def limit_output(chunks) -> str:
    """Jinja2's concat for a whole rendering: stops at MAX_OUTPUT characters. It remembers the
    template line being output (the last line marker): a limit that strikes between two chunks,
    or while Jinja2 handles an error, is outside any template frame, and `last_line_output`
    still says where the rendering was."""
    total, parts = 0, []
    for chunk in chunks:
        total += len(chunk)
        found = _LINE_MARKER.findall(chunk)
        if found:
            _budget.marked = found[-1]
        if total > MAX_OUTPUT * _budget.scale:
            raise TemplateLimit(f"the template's output is longer than {MAX_OUTPUT * _budget.scale:,} "
                                "characters (the output limit)")
        parts.append(chunk)
    return "".join(parts)


def last_line_output() -> tuple[int, int] | None:
    """The last line marker the current (or last) rendering in this thread output: the index
    of its template file and the line."""
    marked = _budget.marked
    return (int(marked[0]), int(marked[1])) if marked else None


# --- sizes known before an operation -----------------------------------------------------------

# one %-conversion: optional (key), flags, width, precision, length modifier, type
_CONVERSION = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?(.)", re.S)
_SPEC_WIDTH = re.compile(r"^(?:.?[<>=^])?[-+ ]?z?#?0?(\d+)?[_,]?(?:\.(\d+))?")


def _binop_size(op: str, left: Any, right: Any) -> None:
    sized = (str, list, tuple)
    if op == "*":
        seq, times = (left, right) if isinstance(left, sized) else (right, left)
        if isinstance(seq, sized) and isinstance(times, int):
            if len(seq) * times > MAX_REPEAT:
                raise TemplateLimit(f"repeating a value would make it longer than {MAX_REPEAT:,} "
                                    "characters or items (the repetition limit)")
            allow(len(seq) * times)  # within MAX_VALUE: charged to the budget only
        elif isinstance(left, int) and isinstance(right, int):
            _bits(left.bit_length() + right.bit_length())
    elif op == "**" and isinstance(left, int) and isinstance(right, int):
        if abs(right) > _MAX_POWER:
            raise TemplateLimit(f"exponent {right} is larger than {_MAX_POWER}")
        _bits(left.bit_length() * max(right, 0))
    elif op == "+" and isinstance(left, sized) and isinstance(right, sized):
        allow(len(left) + len(right), "joining two values")
    elif op == "%" and isinstance(left, str):
        allow(_percent_widths(left, right), "formatting")


def _bits(bits: int) -> None:
    if bits > _BITS:
        raise TemplateLimit(f"a number of more than {MAX_INT_DIGITS:,} digits (the size limit "
                            "of a number)")


def _percent_widths(text: str, args: Any) -> int:
    """`"%9999999s" % x` or `"%s%*s" % (a, n, x)`: the widths asked for, before formatting.
    Each conversion takes its `*` widths and then its value from the arguments, in order."""
    values = list(args) if isinstance(args, tuple) else [args]
    total = len(text)
    for match in _CONVERSION.finditer(text):
        *sizes, kind = match.groups()
        if kind == "%":  # "%%" prints a percent sign and takes no argument
            continue
        for size in sizes:
            if size == "*":
                width = values.pop(0) if values else 0
                total += abs(width) if isinstance(width, int) else 0
            elif size:
                total += int(size)
        if values:
            values.pop(0)
    return total


def format_spec_width(spec: str) -> None:
    """`"{:>99999999}".format(x)`: the width and precision of a format field, before formatting."""
    match = _SPEC_WIDTH.match(spec)
    allow(sum(int(g) for g in match.groups() if g) if match else 0, "formatting")


def _arguments(function: Callable, args: tuple, kwargs: dict) -> dict[str, Any] | None:
    """A call's arguments by parameter name, defaults filled in; None when they do not fit the
    function's parameters (the call then fails on its own)."""
    try:
        bound = _signature(function).bind(*args, **kwargs)
    except TypeError:
        return None
    bound.apply_defaults()
    return bound.arguments


@functools.cache
def _signature(function: Callable) -> inspect.Signature:
    return inspect.signature(function)


# The sizes of what an operation will make, for those that can make much more than they are
# given: each from the value the operation works on and the call's arguments by parameter name
# (defaults filled in). A text method's value is its text; a filter's value is what it filters.

def _padded(value: Any, a: dict[str, Any]) -> int:
    return max(a["width"], len(str(value)))


def _indented(value: Any, a: dict[str, Any]) -> int:
    """Every character might begin a line, and the first line too; a text indents by itself."""
    width = len(a["width"]) if isinstance(a["width"], str) else a["width"]
    return len(str(value)) + (len(str(value)) + 1) * width


def _wrapped(value: Any, a: dict[str, Any]) -> int:
    """Every character might end a line."""
    return len(str(value)) * (1 + len(a["wrapstring"] or a["environment"].newline_sequence))


def _linked(value: Any, a: dict[str, Any]) -> int:
    """Every character, escaped (5 at most), in a link's address and in its text; and each might
    begin a link: its tags (under 60 characters), its rel and its target, escaped."""
    attributes = len(str(a["rel"] or "")) + len(str(a["target"] or ""))
    return len(str(value)) * (100 + 5 * attributes)


def _replaced(value: Any, a: dict[str, Any]) -> int:
    """Every `old` replaced (an empty `old` is counted between any two characters and at both
    ends, as it is replaced). A `count` could only make it shorter."""
    text, old, new = str(value), str(a["old"]), str(a["new"])
    return len(text) + text.count(old) * (len(new) - len(old))


def _formatted(value: Any, a: dict[str, Any]) -> int:
    return _percent_widths(str(value), a["args"] or tuple(a["kwargs"].values()))


def _batched(value: Any, a: dict[str, Any]) -> int:
    """The last batch is filled up to `linecount` items, when there is something to fill with."""
    return a["linecount"] if a["fill_with"] is not None else 0


def _sliced(value: Any, a: dict[str, Any]) -> int:
    return a["slices"]


def _summed(value: Any, a: dict[str, Any]) -> int:
    """Adding texts or lists is repetition and joining without their limits."""
    if isinstance(a["start"], (list, tuple, str)):
        raise TemplateLimit("the sum filter adds numbers only")
    return 0


def _escaped(value: Any, a: dict[str, Any]) -> int:
    return len(str(value)) * 5  # '"' becomes '&#34;'


def _url_encoded(value: Any, a: dict[str, Any]) -> int:
    """A character is up to 4 bytes, each written %XX; a mapping is charged once encoded."""
    return len(value) * 12 if isinstance(value, str) else 0


def _md_escaped(value: Any, a: dict[str, Any]) -> int:
    return len(str(value)) * 2  # a backslash before a character


def _yaml_quoted(value: Any, a: dict[str, Any]) -> int:
    return len(str(value)) * 2 + 2  # quotes and backslashes doubled, and quotes around it


def _tabs_expanded(value: str, a: dict[str, Any]) -> int:
    return len(value) + value.count("\t") * (a["tabsize"] - 1)


def _joined(value: str, a: dict[str, Any]) -> int:
    items = a["iterable"]
    return sum(map(len, items)) + len(value) * (len(items) - 1)


def _translated(value: str, a: dict[str, Any]) -> int:
    """At most every character becomes the longest text the table maps to."""
    table = a["table"]
    values = table.values() if isinstance(table, Mapping) else table
    return len(value) * max([1, *(len(v) for v in values if isinstance(v, str))])


def _bytes_made(value: int, a: dict[str, Any]) -> int:
    return a["length"]


_Size = Callable[[Any, dict[str, Any]], int]

_FILTER_SIZES: dict[str, _Size] = {
    "center": _padded, "indent": _indented, "wordwrap": _wrapped, "urlize": _linked,
    "replace": _replaced, "format": _formatted, "batch": _batched, "slice": _sliced,
    "sum": _summed, "e": _escaped, "escape": _escaped, "forceescape": _escaped,
    "urlencode": _url_encoded, "md": _md_escaped, "yaml": _yaml_quoted,
}  # the other filters make at most a few times what they are given: charged once made

_METHOD_SIZES: dict[str, _Size] = {  # of a text, or of an int (to_bytes)
    "center": _padded, "ljust": _padded, "rjust": _padded, "zfill": _padded,
    "expandtabs": _tabs_expanded, "replace": _replaced, "join": _joined,
    "translate": _translated, "to_bytes": _bytes_made,
}


def _method_size(function: Any, args: tuple, kwargs: dict) -> tuple:
    """Refuse a call of a method in _METHOD_SIZES whose result would be too large, before it
    runs. Returns the arguments to call it with: an iterator (a filter's result given to
    `join`) is read into a tuple once, to be counted and then joined."""
    owner = getattr(function, "__self__", None)
    kind = str if isinstance(owner, str) else int if isinstance(owner, int) else None
    name = function.__name__ if kind else None  # a built-in method has a name
    if name not in _METHOD_SIZES:
        return args
    args = tuple(tuple(arg) if isinstance(arg, Iterator) else arg for arg in args)
    # the method of the built-in type, whose parameters are known (a subclass may wrap it)
    arguments = _arguments(getattr(kind, name), (owner, *args), kwargs)
    if arguments is not None:
        _refuse_too_large(_METHOD_SIZES[name], owner, arguments, f"{kind.__name__}.{name}()")
    return args


def _refuse_too_large(size: _Size, value: Any, arguments: dict[str, Any], what: str) -> None:
    try:
        allow(size(value, arguments), what)
    except TypeError:  # an argument of the wrong type, which the operation refuses too
        pass


# --- only plain values become text -------------------------------------------------------------

_PLAIN = (str, int, float, Decimal, dt.date)
_BOOKKEEPING = frozenset({"path", "line", "folder", "key_lines", "warnings", "logo_hash"})


def is_plain(value: Any) -> bool:
    """Text, a number, a date, None, or something that is Markdown already (a fact)."""
    return (value is None or isinstance(value, _PLAIN) or hasattr(value, "__markdown__")
            or isinstance(value, jinja2.Undefined))  # an undefined value fails on its own


def plain(value: Any, name: str | None = None) -> Any:
    """`value` when it may become text, else a TemplateError saying what to print instead."""
    if is_plain(value):
        return value
    raise not_text(value, name)


def with_article(kind: str) -> str:
    """'an int', 'a Fact': a type's name for a message."""
    return f"{'an' if kind[:1].lower() in 'aeiou' else 'a'} {kind}"


def not_text(value: Any, name: str | None) -> TemplateError:
    """Why `value` cannot become text, and what to print instead."""
    if isinstance(value, type) or callable(value) and not dataclasses.is_dataclass(value):
        what, hint = "a function", (f"call it: {name}(...)" if name else "call it") + \
            "; docs/templates.md says what each function takes and returns"
    elif isinstance(value, Mapping):
        what, hint = "a mapping", "print one of its values, e.g. entities[subject].name"
    elif isinstance(value, (list, tuple, set, frozenset, range, types.GeneratorType)):
        what, hint = "a list", 'join its items: {{ items | join(", ") }}, or print one: items[0]'
    else:
        kind = type(value).__name__
        what = f"{with_article(kind)} object"
        fields = [f.name for f in dataclasses.fields(value)
                  if not f.name.startswith("_") and f.name not in _BOOKKEEPING] \
            if dataclasses.is_dataclass(value) else []
        listed = ", ".join(fields[:12]) + (", …" if len(fields) > 12 else "")
        hint = (f"print one of its attributes: {listed}" if fields else
                "print one of its attributes (docs/templates.md lists them)")
    message = f"cannot print {name!r} as text: it is {what}" if name else \
        f"cannot print {what} as text"
    return TemplateError(message, hint=hint)


def deep_plain(value: Any) -> Any:
    """A plain value, or a list or mapping of them (for pprint, urlencode, xmlattr)."""
    if isinstance(value, Mapping):
        for item in value.values():
            deep_plain(item)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            deep_plain(item)
    else:
        plain(value)
    return value


# --- filters -----------------------------------------------------------------------------------

def limited_filter(name: str, function: Callable, check: Callable[[Any], Any] | None) -> Callable:
    """`function` as a template filter: its value and arguments checked (`check`: plain values
    only, for filters that make text), its size known in advance where it can be
    (_FILTER_SIZES), and its result charged to the rendering."""
    pass_arg = _PassArg.from_obj(function)
    size = _FILTER_SIZES.get(name)
    # the function that takes the arguments: Jinja2's async variants wrap one that takes no
    # environment or context, and are passed one all the same
    inner = inspect.unwrap(function)
    unused = bool(pass_arg) and not _PassArg.from_obj(inner)

    @functools.wraps(function)
    def limited_call(*passed_and_value: Any, **kwargs: Any) -> Any:
        value, *args = passed_and_value[1:] if pass_arg else passed_and_value
        if check is not None:
            check(value)
            for arg in (*args, *kwargs.values()):
                plain(arg)
        arguments = _arguments(inner, passed_and_value[unused:], kwargs) if size else None
        if arguments is not None:
            _refuse_too_large(size, value, arguments, f"the {name} filter")
        return charge(function(*passed_and_value, **kwargs), f"the {name} filter's result")
    return limited_call


@jinja2.pass_environment
def join(environment: jinja2.Environment, value: Any, d: str = "", attribute: Any = None) -> str:
    """Jinja2's `join`, for plain items only, and no longer than a value may be."""
    if attribute is not None:
        value = map(make_attrgetter(environment, attribute), value)
    separator, parts, total = str(plain(d)), [], 0
    for item in value:
        parts.append(str(plain(item)))
        total += len(parts[-1]) + len(separator)
        allow(len(parts[-1]) + len(separator), "the join filter")
        if total > MAX_VALUE:
            allow(total, "the join filter")
    return separator.join(parts)


# Jinja2 filters that turn their value (and arguments) into text.
TEXT_FILTERS = ("capitalize", "center", "e", "escape", "forceescape", "format", "indent",
                "lower", "replace", "safe", "string", "striptags", "title", "trim", "truncate",
                "upper", "urlize", "wordcount", "wordwrap", "md", "yaml")
DEEP_FILTERS = ("pprint", "urlencode", "xmlattr")  # they print lists and mappings too


# --- the environment ---------------------------------------------------------------------------

class _CodeGenerator(CodeGenerator):
    """Jinja2's code generator, with `a ~ b` taking plain values only."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile:
            func_name = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            func_name = "markup_join"
        else:
            func_name = "str_join"
        self.write(f"{func_name}(environment.plain_items((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write(")))")


class _PlainFormatter(SandboxedFormatter):
    """`"{}".format(x)` in a template: fields must be plain values, widths within the limits."""

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        return super().convert_field(plain(value), conversion)

    def format_field(self, value: Any, format_spec: str) -> Any:
        format_spec_width(format_spec)
        return charge(super().format_field(plain(value), format_spec), "formatting")


# Objects a template must never touch: they lead to the file system or to Python itself; and
# bytes, which no template needs and whose methods (ljust, join, ...) are not counted.
_CLOSED_TYPES = (os.PathLike, io.IOBase, types.ModuleType, bytes, bytearray)


class Sandbox(ImmutableSandboxedEnvironment):
    """Jinja2's immutable sandbox, closed to paths, files, modules and huge results."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})
    code_generator_class = _CodeGenerator
    concat = staticmethod(limit_output)

    def __init__(self, *args, filters: Mapping[str, Callable] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        del self.globals["lipsum"]  # builds text from a number
        self.filters.update(filters or {})
        for name, function in list(self.filters.items()):
            check = plain if name in TEXT_FILTERS else deep_plain if name in DEEP_FILTERS else None
            self.filters[name] = limited_filter(name, function, check)
        self.filters["join"] = join  # counts its parts as it joins them

    @staticmethod
    def plain_items(items: tuple) -> tuple:
        """The operands of `~`, once each is known to be plain and their sum small enough."""
        for item in items:
            plain(item)
        allow(sum(len(i) if isinstance(i, str) else 20 for i in items), "joining text with ~")
        return items

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """`str.format` and `str.format_map` with a formatter that takes plain fields only."""
        if not isinstance(value, (types.MethodType, types.BuiltinMethodType)) \
                or value.__name__ not in ("format", "format_map") \
                or not isinstance(value.__self__, str):
            return None
        text, is_map, formatter = value.__self__, value.__name__ == "format_map", _PlainFormatter(self)

        def wrapper(*args: Any, **kwargs: Any) -> str:
            if is_map:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one mapping")
                args, kwargs = (), args[0]
            return charge(type(text)(formatter.vformat(text, args, kwargs)), "formatting")
        return functools.update_wrapper(wrapper, value)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, _CLOSED_TYPES) or isinstance(value, _CLOSED_TYPES):
            return False
        return super().is_safe_attribute(obj, attr, value)

    def call(__self, __context, __obj, /, *args, **kwargs):  # Jinja2 passes these by position
        args = _method_size(__obj, args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        # a function's or a method's name, or a macro's
        called = f"{getattr(__obj, '__name__', None) or getattr(__obj, 'name', '')}()"
        if isinstance(result, _CLOSED_TYPES):
            raise jinja2.exceptions.SecurityError(
                f"{called} returns a {type(result).__name__}, which templates cannot use")
        return charge(result, called)

    def call_binop(self, context, op: str, left: Any, right: Any) -> Any:
        _binop_size(op, left, right)
        if op == "%":
            if isinstance(left, str):  # formatting: "%s" % value
                values = right.values() if isinstance(right, Mapping) else \
                    right if isinstance(right, tuple) else (right,)
                for value in values:
                    plain(value)
            result = operator.mod(left, right)
        else:
            result = {"*": operator.mul, "**": operator.pow, "+": operator.add}[op](left, right)
        return charge(result, "the result")
