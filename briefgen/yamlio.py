"""YAML reading that keeps line numbers and exact decimals.

Every mapping is loaded as a `LineDict` that knows the line of each of its keys, so validation
errors can say `facts/partners/japan.yaml:12: ...`. Floats are read as `Decimal`, so
`7.1` stays exactly 7.1 and a value is never rounded on the way in.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
import re
from decimal import Decimal
from pathlib import Path

import yaml

from .errors import BriefgenError
from .safety.files import regular_bytes

try:  # the C loader is several times faster on large stores
    _Base = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _Base = yaml.SafeLoader


class LineDict(dict):
    """A dict that remembers the (1-based) line of itself and of each key."""

    line: int = 0
    key_lines: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class _Loader(_Base):
    pass


_STR = "tag:yaml.org,2002:str"
_ScalarNode = yaml.ScalarNode


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    """A LineDict. Keys are text as written (`1: x` has the key '1'): every key of every file
    we read is a name, and a list or mapping as a key is refused.

    Plain strings, most of any file, are taken straight from their nodes (as PyYAML's own
    str constructor does) instead of through the generic constructor: a third faster.
    """
    result = LineDict()
    result.line = node.start_mark.line + 1
    key_lines = result.key_lines = {}
    for key_node, value_node in node.value:
        if type(key_node) is not _ScalarNode:
            raise yaml.constructor.ConstructorError(
                None, None, "a key must be plain text, not a list or mapping", key_node.start_mark)
        key = key_node.value
        if key in key_lines:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        if value_node.tag == _STR and type(value_node) is _ScalarNode:
            result[key] = value_node.value
        else:
            result[key] = loader.construct_object(value_node, deep=True)
        key_lines[key] = key_node.start_mark.line + 1
    return result


_SPECIAL = {".inf": "Infinity", "+.inf": "Infinity", "-.inf": "-Infinity", ".nan": "NaN"}


def _construct_decimal(loader: _Loader, node: yaml.ScalarNode) -> Decimal:
    text = loader.construct_scalar(node).replace("_", "")
    try:
        return Decimal(text)
    except ArithmeticError:
        pass
    special = _SPECIAL.get(text.lower())
    if special:  # .inf, -.Inf, .NaN: keep YAML's meaning
        return Decimal(special)
    try:  # YAML 1.1 sexagesimal, 190:20:30.15
        value = Decimal(0)
        for part in text.lstrip("+-").split(":"):
            value = value * 60 + Decimal(part)
        return -value if text.startswith("-") else value
    except ArithmeticError:
        raise yaml.constructor.ConstructorError(
            None, None, f"{text!r} is not a number", node.start_mark) from None


def _construct_timestamp(loader: _Loader, node: yaml.ScalarNode) -> str:
    # Dates stay strings ("2019-03-31"): the model treats them as EDTF text.
    return loader.construct_scalar(node)


def _construct_int(loader: _Loader, node: yaml.ScalarNode) -> int:
    try:
        return loader.construct_yaml_int(node)
    except ValueError:  # more digits than Python reads (4,300)
        raise yaml.constructor.ConstructorError(
            None, None, f"a number of {len(node.value):,} characters is too long to read",
            node.start_mark) from None


_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


MAX_EXPANDED = 1_000_000  # values a file may hold once its aliases are expanded
_ANCHOR = re.compile(r"(?:^|[\s\[{,:-])&[^\s]", re.MULTILINE)


def loads(text: str, path: str | Path = "<string>"):
    """Parse YAML text; a syntax error becomes a BriefgenError with path:line. A file whose
    aliases would expand to more than MAX_EXPANDED values (an alias bomb: nine aliases of nine
    aliases of ...) is refused before anything walks it."""
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - safe loader subclass
    except yaml.reader.ReaderError as exc:  # a character YAML refuses (NUL): its line
        raise BriefgenError(f"invalid YAML: {exc.reason} (U+{exc.character:04X})",
                            path=path, line=text.count("\n", 0, exc.position) + 1,
                            hint="remove the character (a control character cannot be in YAML)") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or str(exc)
        raise BriefgenError(f"invalid YAML: {problem}", path=path, line=line,
                            hint="fix the YAML syntax at that line") from None
    except yaml.YAMLError as exc:
        raise BriefgenError(f"invalid YAML: {exc}", path=path) from None
    anchor = _ANCHOR.search(text)
    if anchor and _expanded(data, {}) > MAX_EXPANDED:
        raise BriefgenError(f"its aliases expand to more than {MAX_EXPANDED:,} values",
                            path=path, line=text.count("\n", 0, anchor.start()) + 1,
                            hint="write the values out, or use fewer nested aliases")
    return data


def _expanded(value, seen: dict) -> int:
    """How many values `value` holds with every alias expanded (shared parts counted once per
    use, each computed once)."""
    if not isinstance(value, (dict, list)):
        return 1
    if id(value) not in seen:
        seen[id(value)] = 0  # a recursive alias counts as one
        items = value.values() if isinstance(value, dict) else value
        seen[id(value)] = min(1 + sum(_expanded(v, seen) for v in items), MAX_EXPANDED + 1)
    return seen[id(value)]


def load(path: Path, display: str | None = None):
    """Read and parse a YAML file, naming it as `display` in errors."""
    name = display or str(path)
    try:
        data = regular_bytes(path)  # a named pipe or a link to /dev/zero: an error, not a hang
        text = data.decode("utf-8")
    except FileNotFoundError:
        raise BriefgenError("file not found", path=name) from None
    except UnicodeDecodeError as exc:
        raise BriefgenError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=name,
                            line=data.count(b"\n", 0, exc.start) + 1,
                            hint="save the file as UTF-8") from None
    except OSError as exc:
        raise BriefgenError(f"cannot read file: {exc.strerror}", path=name,
                            hint="make it a readable YAML file, or remove it") from None
    return loads(text, name)


def yaml_scalar(text: str) -> str:
    """`text` as one line of YAML that reads back as exactly this string: plain when that is
    safe ("Korea Week"), else double-quoted with escapes ("2027", "Week: #1", a quote, a tab)."""
    plain = yaml.safe_dump(text, allow_unicode=True, width=1 << 30).removesuffix("\n...\n").rstrip("\n")
    if "\n" not in plain and not plain.startswith(("'", '"')):
        try:
            if loads(f"x: {plain}").get("x") == text:
                return plain
        except BriefgenError:
            pass
    return yaml.safe_dump(text, allow_unicode=True, width=1 << 30, default_style='"').rstrip("\n")


@contextmanager
def no_gc():
    """Reading YAML (or a kept store) makes many small objects and no cycles: the cyclic
    collector only costs time (15% of a large store's load), so it pauses while a file is read."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
