"""Web pages: the article's main text (trafilatura) and what the page's head says about it.

trafilatura drops menus, breadcrumbs, bylines, "related" boxes, ads and footers, so their
numbers never become candidates. The metadata is read from the head alone, in a fixed order,
so a date is one the page states about itself, never a guess from its text.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefgen.errors import ExtractError
from briefgen.sources.model import SourceText
from briefgen.sources.normalise import clean_line, paragraphs_text

MIN_ARTICLE_CHARS = 80  # less is a caption or a menu item, not an article
# A news page has a few thousand elements; trafilatura's time grows with their square (40,000
# took 9 s, 80,000 34 s, 200,000 minutes), so a page far beyond any article is refused.
MAX_ELEMENTS = 50_000
# meta properties/names, first found wins
_TITLE = ("og:title", "twitter:title", "dc.title")
_DATE = ("article:published_time", "og:published_time", "datepublished", "pubdate",
         "publishdate", "dc.date.issued", "dc.date", "date")
_OUTLET = ("og:site_name", "application-name", "dc.publisher")
_DESCRIPTION = ("og:description", "description", "dc.description")
_ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")


def read(path: Path) -> SourceText:
    data = path.read_bytes()
    head = _head(data, path)
    import trafilatura
    text = trafilatura.extract(data, output_format="txt", include_comments=False,
                               include_tables=True, include_links=False, include_images=False,
                               favor_precision=True)  # a lost line costs less than a menu kept
    if not text or len(text.strip()) < MIN_ARTICLE_CHARS:
        raise ExtractError("no article text found in this page (only menus, links or an empty "
                           "body)", path=path,
                           hint="save the article's own page, not an index or a search page")
    return _with_metadata(paragraphs_text(text.split("\n")), head)


def _head(data: bytes, path: Path) -> dict[str, str]:
    """meta name/property -> content (lower-case keys), plus 'title' and 'canonical'."""
    import lxml.html
    try:
        data.decode("utf-8")  # UTF-8 (or ASCII), whatever the page declares, as trafilatura reads it
        parser = lxml.html.HTMLParser(encoding="utf-8")
    except UnicodeDecodeError:
        parser = None  # the charset the page declares (lxml: Latin-1 without one)
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except Exception as error:  # lxml raises ParserError or ValueError for non-HTML bytes
        raise ExtractError(f"not an HTML page: {error}", path=path) from None
    elements = sum(1 for _ in root.iter())
    if elements > MAX_ELEMENTS:
        raise ExtractError(f"the page has {elements:,} HTML elements; briefgen reads pages of at "
                           f"most {MAX_ELEMENTS:,}", path=path,
                           hint="save the article's own page, or its text as a .txt file")
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key and meta.get("content") and key not in found:
            found[key] = clean_line(meta.get("content"))
    titles = [clean_line(t.text_content()) for t in root.iter("title")]
    if titles and titles[0]:
        found["title"] = titles[0]
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            found.setdefault("canonical", link.get("href").strip())
    return found


def _with_metadata(text: str, head: dict[str, str]) -> SourceText:
    notes = {}
    title = _first(head, _TITLE + ("title",))
    dates = [m[1] for m in (_ISO_DATE.match(head.get(k, "")) for k in _DATE) if m]
    outlet = _first(head, _OUTLET)
    url = head.get("canonical") or head.get("og:url")
    if not title:
        notes["title"] = "the page has no <title> or og:title"
    if not dates:
        notes["date"] = "the page's head states no publication date (article:published_time)"
    if not outlet:
        notes["outlet"] = "the page's head names no site (og:site_name)"
    if not url:
        notes["url"] = "the page has no <link rel=canonical> or og:url"
    return SourceText(text, "html", title=title, date=dates[0] if dates else None, outlet=outlet,
                      url=url, description=_first(head, _DESCRIPTION), locators="paragraph",
                      notes=notes)


def _first(head: dict[str, str], keys) -> str | None:
    return next((head[k] for k in keys if head.get(k)), None)
