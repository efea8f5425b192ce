"""A fast yes/no schema check for the common case: valid data.

jsonschema reports every error precisely but costs ~0.2 ms per fact; on a store of 10,000 facts
that was half of `facts check`. `conforms(data, key)` compiles each schema once into plain
Python checks for the keywords our schemas use. It answers True only when jsonschema would find
no error; anything it is unsure of (an unsupported keyword, an integer-valued float) answers
False, and the caller then runs jsonschema for the exact problems. So messages never change.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable
from functools import lru_cache

Check = Callable[[object], bool]
_ANNOTATIONS = frozenset({"description", "hint", "title", "default", "examples", "$comment"})
_TYPES: dict[str, Check] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: type(v) is int,  # bool is not; 1.0 is left to jsonschema
    "number": lambda v: isinstance(v, numbers.Number) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


class _Unsupported(Exception):
    pass


def _never(_value) -> bool:
    return False


def _compile(schema: dict) -> Check:
    checks: list[Check] = []
    for keyword, argument in schema.items():
        if keyword in _ANNOTATIONS:
            continue
        make = _KEYWORDS.get(keyword)
        if make is None:
            raise _Unsupported(keyword)
        checks.append(make(argument, schema))
    if len(checks) == 1:
        return checks[0]
    return lambda value: all(check(value) for check in checks)


def _type(argument, _schema) -> Check:
    types = [_TYPES[t] for t in (argument if isinstance(argument, list) else [argument])]
    return lambda value: any(is_type(value) for is_type in types)


def _enum(argument, _schema) -> Check:
    allowed = [(type(a), a) for a in argument]
    return lambda value: any(type(value) is kind and value == a for kind, a in allowed)


def _pattern(argument, _schema) -> Check:
    search = re.compile(argument).search
    return lambda value: not isinstance(value, str) or search(value) is not None


def _min_length(argument, _schema) -> Check:
    return lambda value: not isinstance(value, str) or len(value) >= argument


def _max_length(argument, _schema) -> Check:
    return lambda value: not isinstance(value, str) or len(value) <= argument


def _min_items(argument, _schema) -> Check:
    return lambda value: not isinstance(value, list) or len(value) >= argument


def _max_items(argument, _schema) -> Check:
    return lambda value: not isinstance(value, list) or len(value) <= argument


def _unique_items(argument, _schema) -> Check:
    if not argument:
        return lambda value: True

    def check(value) -> bool:  # hashable scalars of one type only; anything else: jsonschema
        if not isinstance(value, list):
            return True
        if not all(isinstance(v, str) for v in value):
            return False
        return len(set(value)) == len(value)
    return check


def _number_bound(compare) -> Callable:
    def make(argument, _schema) -> Check:
        return lambda value: (not isinstance(value, numbers.Number) or isinstance(value, bool)
                              or (value == value and compare(value, argument)))  # NaN: jsonschema
    return make


def _items(argument, _schema) -> Check:
    item = _compile(argument)
    return lambda value: not isinstance(value, list) or all(item(v) for v in value)


def _properties(argument, _schema) -> Check:
    checks = {key: _compile(sub) for key, sub in argument.items()}

    def check(value) -> bool:
        if not isinstance(value, dict):
            return True
        for key, item in value.items():
            sub = checks.get(key)
            if sub is not None and not sub(item):
                return False
        return True
    return check


def _additional(argument, schema) -> Check:
    known = frozenset(schema.get("properties", {}))
    if argument is False:
        return lambda value: not isinstance(value, dict) or all(k in known for k in value)
    if argument is True:
        return lambda value: True
    sub = _compile(argument)
    return lambda value: not isinstance(value, dict) or all(
        sub(v) for k, v in value.items() if k not in known)


def _required(argument, _schema) -> Check:
    keys = tuple(argument)
    return lambda value: not isinstance(value, dict) or all(k in value for k in keys)


def _property_names(argument, _schema) -> Check:
    sub = _compile(argument)
    return lambda value: not isinstance(value, dict) or all(
        isinstance(k, str) and sub(k) for k in value)


_KEYWORDS: dict[str, Callable[[object, dict], Check]] = {
    "type": _type, "enum": _enum, "pattern": _pattern, "minLength": _min_length,
    "maxLength": _max_length, "minItems": _min_items, "maxItems": _max_items,
    "uniqueItems": _unique_items, "items": _items, "properties": _properties,
    "additionalProperties": _additional, "required": _required,
    "propertyNames": _property_names,
    "minimum": _number_bound(lambda v, a: v >= a), "maximum": _number_bound(lambda v, a: v <= a),
}


@lru_cache(maxsize=None)
def _checker(schema_key: str) -> Check:
    from .schemas import SCHEMAS
    try:
        return _compile(SCHEMAS[schema_key])
    except _Unsupported:
        return _never  # always ask jsonschema


def conforms(data, schema_key: str) -> bool:
    """True only if `data` certainly matches the schema (then jsonschema would report nothing)."""
    try:
        return _checker(schema_key)(data)
    except (TypeError, ValueError, re.error):
        return False
