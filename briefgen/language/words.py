"""briefgen's own words: the fixed text code writes into a brief, by key, in English.

English is what the code says; another language's words are in `messages/CODE.po` (context: the
key, msgid: the English pattern below, msgstr: the translation), so a translator sees the
English pattern beside the key. `{name}` fields are filled in; a translation keeps every field
of its English pattern (`translations check` says when one is missing or misspelt).
"""

from __future__ import annotations

WORDS: dict[str, str] = {
    # hedges the source used
    "qualifier.more_than": "more than {x}", "qualifier.at_least": "at least {x}",
    "qualifier.about": "about {x}", "qualifier.nearly": "nearly {x}",
    "qualifier.up_to": "up to {x}", "qualifier.less_than": "less than {x}",
    # amounts: a number, its scale and a currency or unit
    "money": "{currency} {amount}",  # zh: {amount}{currency} (254亿美元)
    "currency.CNY": "RMB", "currency.USD": "US$", "currency.EUR": "€", "currency.HKD": "HK$",
    "currency.JPY": "JPY", "currency.KRW": "KRW", "currency.GBP": "£", "currency.SGD": "S$",
    "counted": "{number} {counted}",
    "percentage_points": "{x} pp",
    "times": "{x} times",
    "rank.first": "largest", "rank.nth": "{ordinal} largest", "rank.place": "{ordinal}",
    "ordinals": "first second third fourth fifth sixth seventh eighth ninth tenth",
    "unit.h": "hours", "unit.min": "minutes", "unit.s": "seconds", "unit.day": "days",
    "unit.working_day": "working days", "unit.week": "weeks", "unit.month": "months",
    "unit.year": "years", "unit.t": "tonnes", "unit.km2": "km²", "unit.m2": "m²",
    "unit.ha": "ha", "unit.mu": "mu", "unit.kg": "kg", "unit.km": "km", "unit.m": "m", "unit.TEU": "TEU",
    "unit.nmi": "nautical miles", "unit.m3": "m³",
    "quantity": "{amount} {unit}",
    # dates and periods
    "period.as_of": "as of {date}", "period.by": "by {date}", "period.since": "since {date}",
    "period.by_end": "by the end of {date}", "period.in": "in {label}", "period.on": "on {label}",
    "period.years": "{start}–{end}", "period.half1": "H1 {year}", "period.half2": "H2 {year}",
    "period.quarter": "Q{quarter} {year}", "period.months": "{first}–{last} {year}",
    "period.days": "{first}–{last} {month} {year}", "period.span": "{start}–{end}",
    # words composing writes
    "period_unclear": "period unclear", "note.reason": "{label}: {reason}",
    "marker.planned": "planned", "marker.expected": "expected", "marker.target": "target",
    "reported": "reported {date}", "date_not_given": "date not given",
    "list.and": " and ", "list.sep": ", ", "list.and_others": "{names} and {count} more",
    "stale_note": "† More than {years} old: look for newer data.",
    "sources": "Sources",
    "quotes.subtitle": "Sources: the statement behind each figure, by citation number",
    # a partner's rank as a role: "second largest investor"
    "role": "{rank} {noun}", "role.regional": "{rank} regional {noun}",
    "role.among": "{rank} {noun} among {among}",
    "role.investor": "investor", "role.trading_partner": "trading partner",
    # what a brief's chart compares: "Investment from South Korea in Qingdao: signed and …"
    "chart.title": "{what}: {listed}", "chart.trade": "{city}'s trade with {partner}",
    "chart.projects_both_ways": "Investment projects between {city} and {partner}",
    "chart.foreign_investment": "Foreign investment in {city}",
    "chart.investment_from": "Investment from {partner} in {city}",
    "chart.two": "{entity}: {first} and {second}", "chart.main": "{entity}: the main figures compared",
    "chart.series": "{measure}, {first} to {last}",
    "measure.signed": "signed", "measure.actually utilised": "actually utilised",
    "measure.paid-in": "paid-in", "measure.contract": "contract", "measure.total": "total",
    "measure.exports": "exports", "measure.imports": "imports", "measure.inbound": "inbound",
    "measure.outbound": "outbound",
    # the words around a chart's numbers (charts/describe.py, charts/wording.py)
    "chart.measure": "{measure} ({unit})", "chart.place_partner": "{city} and {subject}",
    "chart.place_sector": "{subject} in {city}", "chart.from_to": "{first} to {last}",
    "chart.periods_as_labelled": "periods as labelled", "chart.source": "Source: {sources}",
    "chart.year_on_year": "{change} y-o-y", "chart.up": "up {change}", "chart.down": "down {change}",
    "chart.before": "Before", "chart.after": "After", "chart.item": "{name} {value}",
    "chart.alt": "{kind}: {title}. {subtitle}: {items}.",
    "chart.kind.bar": "Bar chart", "chart.kind.hbar": "Bar chart", "chart.kind.column": "Column chart",
    "chart.kind.line": "Line chart", "chart.kind.grouped": "Grouped bar chart",
    "chart.kind.stacked": "Stacked bar chart", "chart.kind.before_after": "Before-and-after chart",
    "chart.kind.big_number": "Key figure", "chart.kind.donut": "Donut chart",
    "list.semicolon": "; ",
    # the pack: the kind of each brief in the contents, the bookmarks that group them
    "kind.overview": "City overview", "kind.partner": "Partner", "kind.sector": "Sector",
    "kind.event": "Event", "outline.overview": "City", "outline.partner": "Partners",
    "outline.sector": "Sectors", "outline.appendix": "Appendix",
    # words on every page
    "produced": "Produced {date}", "page_of": "Page {page} of {total}",
}


def fields(pattern: str) -> set[str]:
    """The {names} a pattern fills in."""
    import string
    return {name for _, name, _, _ in string.Formatter().parse(pattern) if name}
