"""Numbers typed into prose that read as figures: "16 project agreements", "US$1.66 billion", "35%".

Figures in briefgen come from facts, with citations. Text written by hand (event.yaml) may
name dates, times, ordinals and names with digits, but a figure typed there would look like a
fact without being one. `typed_figures(text)` finds such numbers. Years, dates ("2 to 7 June",
"2024-05-28"), times ("9:30am"), ordinals ("2nd"), numbered places ("Hall 3") and names with
digits ("COVID-19", "5G") are allowed, and so are Chinese dates and ordinals (2019年5月24日,
第1届); a number beside a currency, a percent sign or a scale word ("billion", 万, 亿) never is.
Numbers written as words ("nine", 三百) are not found.
"""

from __future__ import annotations

import re

_MONTHS = ("january february march april may june july august september october november "
           "december jan feb mar apr jun jul aug sep sept oct nov dec").split()
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ALLOWED = [
    re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b"),  # ISO dates
    re.compile(r"\b\d{1,2}:\d{2}\s*(?:am|pm|h)?\b", re.I),  # times
    re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.I),  # ordinals
    re.compile(r"\b(?:hall|room|booth|stand|gate|floor|level|building|session|day|no\.?|pier|"
               r"terminal|platform|line|route|block|area|zone)\s+\d{1,3}\b", re.I),
    re.compile(r"[A-Za-z]-?\d+[A-Za-z]*|\b\d+[A-Za-z]+\b"),  # names: COVID-19, G20, 5G, B2B
    re.compile(r"\d{4}年|\d{1,2}月|\d{1,2}[日号]|第\d+"),  # Chinese dates and ordinals: 2019年5月24日, 第1届
]
_SCALE = re.compile(r"^\s*(?:%|percent|per cent|bn|billion|million|mn|m\b|k\b|thousand|trillion|"
                    r"yuan|rmb|usd|dollars?|euros?|[％%万亿元])", re.I)
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥]|\b(?:RMB|USD|US\$|HK\$|EUR|CNY|yuan))\s*$", re.I)


def typed_figures(text: str) -> list[str]:
    """Numbers in `text` that read as figures, not as a year, date, time, ordinal or name."""
    found = []
    for match in _NUMBER.finditer(text):
        token, start, end = match.group(), match.start(), match.end()
        before, after = text[:start], text[end:]
        figure_like = bool(_SCALE.match(after) or _CURRENCY_BEFORE.search(before))
        if not figure_like and _allowed(text, start, end, token):
            continue
        found.append(token)
    return found


def _allowed(text: str, start: int, end: int, token: str) -> bool:
    if re.fullmatch(r"(1[89]|20)\d\d", token):  # a year
        return True
    for pattern in _ALLOWED:
        if any(m.start() <= start and end <= m.end() for m in pattern.finditer(text)):
            return True
    if re.fullmatch(r"\d{1,2}", token) and 1 <= int(token) <= 31:  # a day beside a month
        window = text[max(0, start - 12):end + 14].lower()
        return any(re.search(rf"\b{m}\b", window) for m in _MONTHS)
    return False
