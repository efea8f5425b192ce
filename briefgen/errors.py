"""Typed, located errors. Library code raises these; only cli.py turns them into exit codes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the user's input, with where it is and what to do."""

    message: str
    path: str | None = None
    line: int | None = None
    hint: str | None = None
    code: str | None = None  # the named check that found it ("consistency.parts-total")

    def __str__(self) -> str:
        where = self.path or ""
        if self.path and self.line:
            where = f"{self.path}:{self.line}"
        text = f"{where}: {self.message}" if where else self.message
        return f"{text} ({self.hint})" if self.hint else text


class BriefgenError(Exception):
    """Base of every user-facing error; carries one or more Problems."""

    def __init__(self, message: str | None = None, *, path: str | Path | None = None,
                 line: int | None = None, hint: str | None = None,
                 problems: list[Problem] | None = None):
        if problems is None:
            problems = [Problem(message or "error", str(path) if path else None, line, hint)]
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class ConfigError(BriefgenError):
    """briefgen.yaml, event.yaml or pack.yaml is missing or invalid."""


class FactError(BriefgenError):
    """A fact file is malformed, or a fact fails verification."""


class ExtractError(BriefgenError):
    """A document cannot be read for extraction."""


class TemplateError(BriefgenError):
    """A template cannot be loaded, rendered or parsed."""


class ChartError(BriefgenError):
    """A chart spec is invalid or would mislead (mixed units, measures, periods)."""


class RenderError(BriefgenError):
    """A document cannot be rendered or written."""


class BriefgenWarning(UserWarning):
    """Something the user should know that does not stop the build (shown as `warning: ...`)."""
