"""Schema validation (jsonschema) that reports every error with its file and line."""

from __future__ import annotations

import difflib
from decimal import Decimal
from functools import lru_cache

from .conforms import conforms
from .errors import Problem
from .yamlio import LineDict


@lru_cache(maxsize=None)
def _validator(schema_key: str):
    import jsonschema  # imported lazily: only commands that validate pay for it

    from .schemas import SCHEMAS
    base = jsonschema.Draft202012Validator
    bounds = {key: _refusing_nan(key, base.VALIDATORS[key]) for key in _BOUNDS}
    return jsonschema.validators.extend(base, bounds)(SCHEMAS[schema_key])


_BOUNDS = ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum")


def _refusing_nan(keyword: str, check):
    """A bound that reports `.nan` (read as Decimal NaN, which cannot be compared) as no number
    instead of raising InvalidOperation; once, should the schema give several bounds."""
    def bounded(validator, bound, instance, schema):
        if isinstance(instance, Decimal) and instance.is_nan():
            if keyword == next(key for key in _BOUNDS if key in schema):
                from jsonschema.exceptions import ValidationError
                yield ValidationError(".nan is not a number")
            return
        yield from check(validator, bound, instance, schema)
    return bounded


def line_at(data, path) -> int | None:
    """The line of the deepest mapping key on a jsonschema error path."""
    line, node = getattr(data, "line", None), data
    for step in path:
        if isinstance(node, LineDict):
            line = node.line_of(step) if step in node.key_lines else node.line
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        line = getattr(node, "line", None) or line
    return line


def _line(data, error) -> int | None:
    """The line of an unknown key itself, else of the deepest key on the error's path."""
    instance = error.instance
    if error.validator == "additionalProperties" and isinstance(instance, LineDict):
        extra = [k for k in instance if k not in error.schema.get("properties", {})]
        if extra:
            return instance.line_of(extra[0])
    return line_at(data, error.absolute_path)


def _shown(value, limit: int = 60) -> str:
    """repr() of a value, cut short: a message never repeats a 10,000-character value."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _describe(error) -> str:
    where = "/".join(str(p) for p in error.absolute_path)
    if error.validator in ("pattern", "format") and "description" in error.schema:
        return f"{where or 'value'}: {_shown(error.instance)} is not {error.schema['description']}"
    if error.validator == "minLength" and error.validator_value == 1:
        return f"{where or 'value'}: must not be empty"
    if error.validator == "maxLength":
        return (f"{where or 'value'}: {len(error.instance)} characters long; at most "
                f"{error.validator_value}")
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        return f"unknown key {', '.join(map(repr, extra))}" + (f" in {where}" if where else "")
    if error.validator == "required":
        return error.message.replace(" is a required property", " is required") + (
            f" in {where}" if where else "")
    if error.validator == "enum":
        choices = ", ".join(map(str, error.validator_value))
        return f"{where or 'value'}: {_shown(error.instance)} is not one of: {choices}"
    if error.validator in ("type", "pattern", "minimum", "maximum", "minItems", "maxItems"):
        message = error.message.replace(repr(error.instance), _shown(error.instance), 1)
        return f"{where}: {message}" if where else message
    return f"{where}: {error.message}" if where else error.message


def _hint(error) -> str | None:
    """What to do: the schema's own `hint`, or the keys a mapping knows."""
    if error.validator == "additionalProperties":
        known = sorted(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in known]
        close = difflib.get_close_matches(str(extra[0]), known, n=1) if extra else []
        if close:
            return f"did you mean {close[0]!r}?"
        return f"known keys: {', '.join(known)}" if known else None
    if error.validator == "required" and not error.schema.get("hint"):
        # one error a missing key, each naming its own (not the first missing of them all)
        missing = [k for k in error.validator_value if k not in error.instance
                   and error.message.startswith(f"{k!r} ")]
        return f"add `{missing[0]}:` here" if missing else None
    return error.schema.get("hint")


def validate(data, schema_key: str, path: str) -> list[Problem]:
    """All schema problems of `data`, sorted by line. Valid data (the common case) is
    recognised by conforms.py without importing jsonschema, a twentieth of a one-off build."""
    if conforms(data, schema_key):
        return []
    errors = _validator(schema_key).iter_errors(data)
    problems = [Problem(_describe(e), path, _line(data, e) or (1 if not e.absolute_path else None),
                        _hint(e)) for e in errors]  # the whole file is wrong: its first line
    return sorted(problems, key=lambda p: p.line or 0)


def load_valid(path, schema_key: str, display: str | None = None):
    """A YAML file read through yamlio (located errors, bounded aliases) and checked against its
    schema: what light readers (extraction, the inbox) use instead of trusting its shape."""
    from .errors import BriefgenError
    from .yamlio import load
    name = display or str(path)
    data = load(path, name)
    problems = validate(data, schema_key, name)
    if problems:
        raise BriefgenError(problems=problems)
    return data
