"""Coverage of the store: facts per subject and per seed, oldest and newest as-of."""

from __future__ import annotations

from collections import Counter

from .store import FactStore


def _span(facts) -> tuple[str, str]:
    ends = sorted(f.period.sort_key() for f in facts if f.period and f.period.sort_key())
    return (ends[0], ends[-1]) if ends else ("-", "-")


def stats_table(store: FactStore) -> str:
    """A plain-text report (stable, greppable) of the store's coverage."""
    lines = [f"{'subject':<24} {'kind':<8} {'facts':>5} {'numeric':>7} {'headline':>8} "
             f"{'oldest':>10} {'newest':>10}"]
    for entity in store.entities.values():
        facts = store.find(subject=entity.slug)
        if not facts:
            lines.append(f"{entity.slug:<24} {entity.kind:<8} {0:>5}")
            continue
        numeric = sum(f.is_numeric for f in facts)
        headline = sum(f.priority == 1 and f.subject == entity.slug for f in facts)
        oldest, newest = _span(facts)
        lines.append(f"{entity.slug:<24} {entity.kind:<8} {len(facts):>5} {numeric:>7} "
                     f"{headline:>8} {oldest:>10} {newest:>10}")
    lines.append("")
    lines.append(f"{'seed':<30} {'facts':>5} {'quotes':>6}  title")
    per_seed = Counter(s.seed for f in store.facts for s in {x.seed: x for x in f.sources}.values())
    quotes = Counter(s.seed for f in store.facts for s in f.sources)
    for name, seed in store.seeds.items():
        lines.append(f"{name:<30} {per_seed[name]:>5} {quotes[name]:>6}  {seed.title}")
    oldest, newest = _span(store.facts)
    lines.append("")
    lines.append(f"total: {len(store.facts)} facts, {sum(f.is_numeric for f in store.facts)} "
                 f"numeric; as-of from {oldest} to {newest}")
    return "\n".join(lines)
