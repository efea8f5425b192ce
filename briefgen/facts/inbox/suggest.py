"""Suggestions that make a candidate a fact a person only has to confirm: metric, id, label.

The metric is guessed from the words just before the figure ("signed foreign investment of
$30.462 billion" is `fdi_signed_cumulative`), the id follows the store's convention
`<subject-short>.<what>-<period>`, the label says what is measured. They are guesses, written
into the inbox for review; a guess that is not a known metric is left empty, so `accept` asks
for it instead of storing a wrong one.
"""

from __future__ import annotations

import re

from briefgen.facts.extract.candidates import Candidate

# (words before the figure, metric when cumulative, metric otherwise); first match wins.
_MONEY_CUES = [
    (r"actually[\s-]+utili[sz]ed|utili[sz]ed", "fdi_utilized_cumulative", "fdi_utilized"),
    (r"paid-in", "fdi_paid_in_cumulative", "fdi_paid_in_cumulative"),
    (r"signed|contract(?:ual|ed)?\s+foreign", "fdi_signed_cumulative", "fdi_contract"),
    (r"two-way\s+investment", "two_way_investment_cumulative", "two_way_investment_cumulative"),
    (r"planned", "investment_planned", "investment_planned"),
    (r"import\s+and\s+export|imports\s+and\s+exports|trade\s+volume|trade\b", "trade_volume",
     "trade_volume"),
    (r"exports?\b", "exports", "exports"),
    (r"imports?\b", "imports", "imports"),
    (r"total\s+investment|invest", "investment_total_cumulative", "investment_amount"),
]
_PEOPLE = re.compile(r"\b(?:people|passengers|participants|experts|professionals|technicians|"
                     r"researchers|scholars|visitors|tourists|students|residents|workers)\b", re.I)


def suggest_metric(candidate: Candidate, text_before: str,
                   known: dict[str, tuple[str, ...]]) -> str | None:
    """A metric name for the candidate, if it is a known metric that allows its unit."""
    guess = _guess_metric(candidate, text_before[-90:].lower())
    if guess not in known or (known[guess] and candidate.unit not in known[guess]):
        return None
    return guess


def _guess_metric(c: Candidate, before: str) -> str | None:
    cumulative = c.period_kind == "cumulative"
    if c.unit not in _NON_MONEY:
        for cue, when_cumulative, otherwise in _MONEY_CUES:
            if re.search(cue, _last_clause(before)):
                return when_cumulative if cumulative else otherwise
        return "money"
    if c.unit == "count":
        return _count_metric(c, cumulative)
    if c.unit == "rank":
        if re.search(r"trad(?:ing|e)\s+partner", _after(c)):
            return "trade_partner_rank"
        return "investor_rank" if re.search(r"investor|source", _after(c)) else "rank"
    if c.unit in ("percent", "pp", "times"):
        return _ratio_metric(c, before)
    return _BY_KIND.get(c.kind)


def _count_metric(c: Candidate, cumulative: bool) -> str:
    counted = c.counted or ""
    if re.search(r"\bprojects\b", counted):
        return "projects_cumulative" if cumulative else "projects"
    if re.search(r"\bjobs\b", counted):
        return "jobs"
    return "people" if _PEOPLE.search(counted) else "count"


def _ratio_metric(c: Candidate, before: str) -> str:
    if c.kind == "change":
        return "growth_yoy" if re.search(r"year-on-year|y-o-y|yoy", c.quote.lower()) else "change"
    return "ratio" if c.unit == "times" else "share"


_NON_MONEY = frozenset("percent pp count rank times m2 km2 ha t kg h min s day week month year "
                       "km m".split())
_BY_KIND = {"area": "area", "mass": "mass", "duration": "duration", "multiplier": "ratio"}


def _last_clause(before: str) -> str:
    """The words since the previous figure ("…$30.462 billion and actually utilized …")."""
    return re.split(r"\d[\d,.]*\s*(?:billion|million)?", before)[-1]


def _after(c: Candidate) -> str:
    at = c.quote.find(c.as_written)
    return c.quote[at + len(c.as_written):][:60].lower() if at >= 0 else ""


def suggest_label(candidate: Candidate, metric: str | None, metric_labels: dict[str, str],
                  text_before: str) -> str:
    """What a reader sees next to the value."""
    if candidate.counted:
        label = candidate.counted[0].upper() + candidate.counted[1:]
    elif metric and metric in metric_labels and metric not in _GENERIC:
        label = metric_labels[metric]
    else:
        words = re.findall(r"[A-Za-z][\w’'-]*", _last_clause(text_before[-80:]))
        label = " ".join(words[-6:]).capitalize() or candidate.kind.capitalize()
    place = candidate.scope.place
    if place and not candidate.scope.is_city and place.lower() not in label.lower():
        label += f" in {place}" if candidate.scope.level != "country" else f" ({place})"
    if candidate.direction:
        label += f" ({candidate.direction})"
    if candidate.role:
        label += f" ({candidate.role})"
    return label


_GENERIC = frozenset("count money area duration mass rank ratio change share".split())


def suggest_id(candidate: Candidate, metric: str | None, prefixes: dict[str, str]) -> str:
    """`<subject-short>.<what>[-<period>]`: lower case, digits, . _ -"""
    prefix = prefixes.get(candidate.subject or "", candidate.subject or "new")
    what = _slug(candidate.counted) if candidate.counted else (metric or candidate.kind)
    period = _period_slug(candidate.period)
    return _slug(f"{prefix}.{what}" + (f"-{period}" if period else ""), keep_dots=True)


def _period_slug(period: str | None) -> str:
    if not period:
        return ""
    return period.replace("../", "to-").replace("/..", "-on").replace("/", "-to-")


def _slug(text: str, keep_dots: bool = False) -> str:
    allowed = r"[^a-z0-9._-]" if keep_dots else r"[^a-z0-9_-]"
    text = re.sub(r"[\s_]+", "-", text.lower().replace("’", "").replace("'", ""))
    return re.sub(r"-{2,}", "-", re.sub(allowed, "-", text)).strip("-")[:60].strip("-")
