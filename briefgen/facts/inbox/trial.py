"""Accepting never leaves the project unbuildable: before anything is written, the store as it
would be after accepting is loaded and checked like `briefgen facts check` checks it (schema,
quotes, values, conflicts, duplicates, scope), in a scratch copy of facts/. A candidate named in
a problem that the store did not have before stays in the inbox with that problem as its reason;
the rest are checked again without it, until what is accepted loads cleanly.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import tempfile
from pathlib import Path

from briefgen.errors import Problem
from briefgen.outputs import write_bytes

MAX_ROUNDS = 4  # each round holds back at least one candidate; a few rounds settle any file


def held_back(project_dir: Path, facts_dir: Path, seeds_dir: Path, target: Path,
              blocks: dict[str, str], compose) -> dict[str, Problem]:
    """The ids of `blocks` (id -> block as it would be appended) that would break the store,
    each with the first problem naming it. `compose(blocks)` is the target file's new text."""
    project = _project(project_dir, seeds_dir)
    before = {_text(p) for p in _problems(project, facts_dir)}
    held: dict[str, Problem] = {}
    for _ in range(MAX_ROUNDS):
        trying = {i: b for i, b in blocks.items() if i not in held}
        if not trying:
            break
        new = [p for p in _problems(project, facts_dir, (target, compose(list(trying.values()))))
               if _text(p) not in before]
        blamed = {i: p for i in trying for p in reversed(new) if _names(p, i)}
        if not blamed:
            break
        held.update(blamed)
    return held


def _project(project_dir: Path, seeds_dir: Path):
    """The project reading its seeds from `seeds_dir` (its facts folder is each trial's copy)."""
    from briefgen.config import load_project
    project = load_project(project_dir)
    return dataclasses.replace(project, paths={**project.paths, "seeds": str(seeds_dir.resolve())})


def _problems(project, facts_dir: Path, change: tuple[Path, str] | None = None) -> list[Problem]:
    """The problems of the store in `facts_dir`, with `change` (a fact file and its new text)
    made first."""
    from briefgen.facts.store import read_store
    with tempfile.TemporaryDirectory(prefix="briefgen-accept-") as scratch:
        copy = Path(scratch) / "facts"
        shutil.copytree(facts_dir, copy, ignore=shutil.ignore_patterns("_inbox"))
        if change is not None:
            target, content = change
            trial = copy / target.resolve().relative_to(facts_dir.resolve())
            trial.parent.mkdir(parents=True, exist_ok=True)
            write_bytes(trial, content.encode("utf-8"), durable=False)  # a scratch copy
        trial_project = dataclasses.replace(project, paths={**project.paths, "facts": str(copy)})
        _, problems = read_store(trial_project)
    return [dataclasses.replace(p, path=_original_path(p.path, scratch, facts_dir)) for p in problems]


def _original_path(path: str | None, scratch: str, facts_dir: Path) -> str | None:
    if path and scratch in path:
        return str(facts_dir / path.split(f"{scratch}/facts/", 1)[-1])
    return path


def _text(problem: Problem) -> str:
    """A problem without its line, which moves when facts are appended."""
    return f"{problem.path}: {problem.message}"


def _names(problem: Problem, fact_id: str) -> bool:
    return re.search(rf"(?<![\w.-]){re.escape(fact_id)}(?![\w-])", problem.message) is not None
