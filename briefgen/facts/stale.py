"""`briefgen facts stale`: the figures older than the freshness policy allows, oldest first,
with the briefs that print them, so an office knows what to look for."""

from __future__ import annotations

from collections import Counter

from ..config import Project
from .age import Timeline, as_of_date
from .store import FactStore


def printed_by(project: Project, store: FactStore) -> dict[str, list[str]]:
    """{fact id: the briefs (output names) that cite it}, from composing every brief."""
    from ..build import BriefRequest, compose, output_name
    from ..catalog import buildables
    briefs: dict[str, list[str]] = {}
    for buildable in buildables(project, store):
        request = BriefRequest(buildable.kind, buildable.slug)
        document, _ = compose(project, store, request)
        for fact_id in document.facts:
            briefs.setdefault(fact_id, []).append(output_name(request))
    return briefs


def stale_rows(project: Project, store: FactStore, subject: str | None = None) -> list[dict]:
    """One row per stale figure (about `subject`, if given): id, subject, label, as_of (ISO),
    age in years (one decimal) and the briefs that print it; oldest first. A figure that a newer
    one of the same measure supersedes is not listed: it has been refreshed."""
    timeline = Timeline(project.built_on(), project.freshness)
    stale = [f for f in store.find(subject=subject)
             if timeline.stale(f, store.seeds) and f.id not in store.superseded]
    briefs = printed_by(project, store) if stale else {}
    rows = [{"id": f.id, "subject": f.subject, "label": f.label,
             "as_of": as_of_date(f, store.seeds).isoformat(),
             "age_years": round(timeline.age(f, store.seeds), 1), "briefs": briefs.get(f.id, [])}
            for f in stale]
    return sorted(rows, key=lambda row: (row["as_of"], row["id"]))


def stale_table(rows: list[dict]) -> str:
    lines = [f"{'as of':<10} {'age':>5}  {'id':<36} {'subject':<20} briefs"]
    for row in rows:
        lines.append(f"{row['as_of']:<10} {row['age_years']:>5}  {row['id']:<36} "
                     f"{row['subject']:<20} {', '.join(row['briefs']) or '-'}")
    return "\n".join(lines)


def age_distribution(store: FactStore, timeline: Timeline) -> list[str]:
    """Lines of `facts stats`: how many figures are how many whole years old, and how many are
    stale, on the production date."""
    figures = [f for f in store.facts if f.is_numeric]
    ages = Counter(int(a) if (a := timeline.age(f, store.seeds)) is not None else None
                   for f in figures)
    lines = [f"age of the {len(figures)} figures on {timeline.today.isoformat()} (whole years):"]
    for years in sorted(a for a in ages if a is not None):
        lines.append(f"  {years:>3} {'year' if years == 1 else 'years':<6} {ages[years]:>5}")
    if ages.get(None):
        lines.append(f"  undated     {ages[None]:>5}")
    stale = sum(timeline.stale(f, store.seeds) for f in figures)
    lines.append(f"stale (more than {timeline.policy.stale_after_years} years old): {stale}")
    return lines
