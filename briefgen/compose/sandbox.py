"""The sandbox templates run in: what a template may touch, print and build, and for how long.

Templates may come from partners (event editions), so Jinja2's immutable sandbox is closed
further: no attribute or call reaches a path, a file or a module; only plain values become text
(see `plain`); and every rendering is bounded (`limited`):

- time: a rendering that runs past MAX_SECONDS is stopped, wherever it is (a watchdog thread
  raises TemplateLimit in the rendering thread at its next bytecode);
- output: at most MAX_OUTPUT characters;
- values: no value a template makes (by `*`, `**`, `+`, `~`, `%`, a filter, a call, a slice)
  exceeds MAX_VALUE characters or items (MAX_REPEAT by repetition, MAX_INT_DIGITS digits for
  a number), checked *before*
  the operation where its size can be known in advance (repetition, concatenation, powers,
  padding, formatting widths, joining, replacing), and after it for every other operation;
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
import io
import operator
import os
import re
import threading
import types
from collections.abc import Callable, Mapping
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

MAX_SECONDS = 10.0  # one rendering of one template, its includes and parents
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
        super().__init__(f"the template ran longer than {MAX_SECONDS:g} seconds (the time limit)")


# --- the limits of one rendering ---------------------------------------------------------------

class _Budget(threading.local):
    work: int = 0
    active: bool = False


_budget = _Budget()


@contextmanager
def limited(seconds: float | None = None):
    """Render within the limits: a work budget, and a deadline after which the watchdog stops
    the rendering thread. Nested use (a template rendering another) shares the outer limits."""
    if _budget.active:
        yield
        return
    _budget.work, _budget.active = 0, True
    watchdog = _Watchdog(threading.get_ident(), seconds or MAX_SECONDS)
    try:
        with watchdog:
            yield
    finally:
        _budget.active = False


class _Watchdog:
    """Raises TemplateTimeout in the given thread when the time is up, unless disarmed first;
    again every half second, should code between the template and here catch it."""

    def __init__(self, thread_id: int, seconds: float):
        self.thread_id, self.seconds = thread_id, seconds
        self.lock, self.armed, self.fired = threading.Lock(), True, False
        self.timer = threading.Timer(seconds, self._fire)
        self.timer.daemon = True

    def __enter__(self):
        self.timer.start()
        return self

    def _fire(self) -> None:
        with self.lock:
            if self.armed:
                self.fired = True
                _async_raise(self.thread_id, TemplateTimeout)
                self.timer = threading.Timer(0.5, self._fire)
                self.timer.daemon = True
                self.timer.start()

    def __exit__(self, kind, value, tb) -> None:
        with self.lock:
            self.armed = False
            self.timer.cancel()
        if self.fired and kind is None:  # fired as the rendering ended: not delivered yet
            _async_raise(self.thread_id, None)  # withdrawn, and raised here instead
            raise TemplateTimeout()


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
    """Refuse a value of `size` before it is made; charge it to the rendering's budget."""
    if size > MAX_VALUE:
        raise TemplateLimit(f"{what} would be longer than {MAX_VALUE:,} characters or items "
                            "(the size limit of one value)")
    if _budget.active:
        _budget.work += size
        if _budget.work > MAX_WORK:
            raise TemplateLimit(f"the template made more than {MAX_WORK:,} characters or items "
                                "in all (the memory limit)")


def charge(value: Any, what: str = "a value") -> Any:
    """`value`, once it is known to be within the limits."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > _BITS:
        raise TemplateLimit(f"a number of more than {MAX_INT_DIGITS:,} digits (the size limit "
                            "of a number)")
    allow(size_of(value), what)
    return value


_LINE_MARKER = re.compile("\x02(\\d+)\x1f(\\d+)\x03")  # templates.py's marks of template lines


def limit_output(chunks) -> str:
    """Jinja2's concat for a whole rendering: stops at MAX_OUTPUT characters. The error knows
    the template line that was being output (the last line marker), as `marked`."""
    total, parts, marked = 0, [], None
    try:
        for chunk in chunks:
            total += len(chunk)
            found = _LINE_MARKER.findall(chunk) if "\x02" in chunk else ()
            marked = found[-1] if found else marked
            if total > MAX_OUTPUT:
                raise TemplateLimit(f"the template's output is longer than {MAX_OUTPUT:,} "
                                    "characters (the output limit)")
            parts.append(chunk)
    except TemplateLimit as error:  # the time limit too, when it strikes between two chunks
        error.marked = getattr(error, "marked", None) or marked
        raise
    return "".join(parts)


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
            allow(len(seq) * max(times, 0), "repeating a value")
        elif isinstance(left, int) and isinstance(right, int):
            _bits(left.bit_length() + right.bit_length())
    elif op == "**" and isinstance(left, int) and isinstance(right, int):
        if abs(right) > _MAX_POWER:
            raise TemplateLimit(f"exponent {right} is larger than {_MAX_POWER}")
        _bits(left.bit_length() * max(right, 0))
    elif op == "+" and isinstance(left, sized) and isinstance(right, sized):
        allow(len(left) + len(right), "joining two values")
    elif op == "%" and isinstance(left, str):
        _percent_widths(left, right)


def _bits(bits: int) -> None:
    if bits > _BITS:
        raise TemplateLimit(f"a number of more than {MAX_INT_DIGITS:,} digits (the size limit "
                            "of a number)")


def _percent_widths(text: str, args: Any) -> None:
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
    allow(total, "formatting")


def format_spec_width(spec: str) -> None:
    """`"{:>99999999}".format(x)`: the width and precision of a format field, before formatting."""
    match = _SPEC_WIDTH.match(spec)
    allow(sum(int(g) for g in match.groups() if g) if match else 0, "formatting")


_PADDING = {"ljust", "rjust", "center", "zfill"}


def _method_size(function: Any, args: tuple) -> None:
    """Sizes of the text methods that can make more than they are given."""
    text = getattr(function, "__self__", None)
    if not isinstance(text, str):
        return
    name = getattr(function, "__name__", "")
    if name in _PADDING and args and isinstance(args[0], int):
        allow(max(args[0], len(text)), f"str.{name}()")
    elif name == "expandtabs":
        width = args[0] if args and isinstance(args[0], int) else 8
        allow(len(text) + text.count("\t") * max(width, 0), "str.expandtabs()")
    elif name == "replace" and len(args) >= 2 and all(isinstance(a, str) for a in args[:2]):
        count = (text.count(args[0]) if args[0] else len(text) + 1)
        allow(len(text) + count * max(len(args[1]) - len(args[0]), 0), "str.replace()")
    elif name == "join" and args:
        items = list(args[0]) if not isinstance(args[0], str) else args[0]
        allow(sum(len(i) if isinstance(i, str) else 1 for i in items)
              + len(text) * max(len(items) - 1, 0), "str.join()")


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

def _filter_size(name: str, value: Any, args: tuple, kwargs: dict) -> None:
    """Sizes of the filters that can make more than they are given, before they run."""
    first = args[0] if args else None
    if name == "center":
        width = kwargs.get("width", first if first is not None else 80)
        if isinstance(width, int):
            allow(max(width, len(str(value))), "the center filter")
    elif name == "indent":
        width = kwargs.get("width", first if first is not None else 4)
        width = len(width) if isinstance(width, str) else width if isinstance(width, int) else 0
        allow(len(str(value)) * (1 + max(width, 0)), "the indent filter")
    elif name == "format":
        _percent_widths(str(value), tuple(args) or tuple(kwargs.values()))
    elif name == "replace" and len(args) >= 2:
        _method_size(str(value).replace, tuple(str(a) for a in args[:2]))
    elif name == "sum":
        if isinstance(kwargs.get("start", args[1] if len(args) > 1 else 0), (list, tuple, str)):
            raise TemplateLimit("the sum filter adds numbers only")
    elif name in ("wordwrap", "truncate", "urlize", "striptags", "pprint", "urlencode",
                  "xmlattr", "string", "yaml", "md", "e", "escape", "forceescape"):
        allow(len(str(value)) * 2 if isinstance(value, str) else 0, f"the {name} filter")


def limited_filter(name: str, function: Callable, check: Callable[[Any], Any] | None) -> Callable:
    """`function` as a template filter: its value and arguments checked (`check`: plain values
    only, for filters that make text), its size known in advance where it can be, and its
    result charged to the rendering."""
    pass_arg = _PassArg.from_obj(function)

    def before(value: Any, args: tuple, kwargs: dict) -> None:
        if check is not None:
            check(value)
            for arg in (*args, *kwargs.values()):
                plain(arg)
        _filter_size(name, value, args, kwargs)

    if pass_arg is None:
        @functools.wraps(function)
        def limited_call(value, *args, **kwargs):
            before(value, args, kwargs)
            return charge(function(value, *args, **kwargs), f"the {name} filter")
    else:
        @functools.wraps(function)
        def limited_call(passed, value, *args, **kwargs):
            before(value, args, kwargs)
            return charge(function(passed, value, *args, **kwargs), f"the {name} filter")
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


# Objects a template must never touch: they lead to the file system or to Python itself.
_CLOSED_TYPES = (os.PathLike, io.IOBase, types.ModuleType)


class Sandbox(ImmutableSandboxedEnvironment):
    """Jinja2's immutable sandbox, closed to paths, files, modules and huge results."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})
    code_generator_class = _CodeGenerator
    concat = staticmethod(limit_output)

    def __init__(self, *args, filters: Mapping[str, Callable] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.globals.pop("lipsum", None)  # builds text from a number
        self.filters.update(filters or {})
        self.filters["join"] = join
        for name, function in list(self.filters.items()):
            if name != "join":
                check = plain if name in TEXT_FILTERS else deep_plain if name in DEEP_FILTERS \
                    else None
                self.filters[name] = limited_filter(name, function, check)

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
        _method_size(__obj, args)
        result = super().call(__context, __obj, *args, **kwargs)
        if isinstance(result, _CLOSED_TYPES):
            raise jinja2.exceptions.SecurityError(
                f"{getattr(__obj, '__name__', 'this call')}() returns a {type(result).__name__}, "
                "which templates cannot use")
        return charge(result, f"{getattr(__obj, '__name__', 'a call')}()")

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
