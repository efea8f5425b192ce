"""Text helpers that composing and rendering share: dates in words, characters a document
cannot hold. Renderers see only the document model; these are the only words they borrow."""

from __future__ import annotations

import calendar
import re

# Characters XML 1.0 forbids, and C1 controls YAML refuses (none makes sense in a brief);
# tab, newline, CR and NEL are handled apart.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Drop control characters that XML (DOCX) and PDF markup cannot hold."""
    return _CONTROL.sub("", text)


def month_name(month: int, short: bool = False) -> str:
    return (calendar.month_abbr if short else calendar.month_name)[month]


def date_text(iso: str, short: bool = False) -> str:
    """'2019' -> '2019'; '2019-03' -> 'March 2019'; '2019-03-26' -> '26 March 2019'."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return str(parts[0])
    month = month_name(parts[1], short)
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{parts[2]} {month} {parts[0]}"


def counted(number: int, noun: str) -> str:
    """"1 fact", "2 facts", "0 facts": a count for messages (regular English plurals)."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


# Spacing slips of the source documents ("Qingdao’ s", "“City of Film” ,"), mended for display:
# the fact store keeps its quotes verbatim (facts check proves them against the seeds).
_SPLIT_CONTRACTION = re.compile(r"(?<=\w)(['’]) (s|t)\b")
_SPACE_BEFORE = re.compile(r"[ \u00a0]+(?=[,;:!?)]|\.(?:\s|$))")
_SPACE_AFTER_OPEN = re.compile(r"\([ \u00a0]+")


def tidy_spacing(text: str) -> str:
    """'Qingdao’ s port , the “City of Film” .' -> 'Qingdao’s port, the “City of Film”.': a
    space inside a contraction, before closing punctuation or after an opening bracket goes;
    nothing else changes (display only, never the store's quotes)."""
    text = _SPLIT_CONTRACTION.sub(r"\1\2", text)
    return _SPACE_AFTER_OPEN.sub("(", _SPACE_BEFORE.sub("", text))


def xml_escape(text: str) -> str:
    """&, < and > escaped, as xml.sax.saxutils.escape escapes them (importing that module
    imports urllib, http and email: a twentieth of a one-off build's start)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def xml_attribute(text: str) -> str:
    """`text` escaped and quoted as an XML attribute value, as xml.sax.saxutils.quoteattr
    does: line breaks and tabs as character references, in double quotes unless it holds one."""
    text = xml_escape(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"{}"'.format(text.replace('"', "&quot;"))
