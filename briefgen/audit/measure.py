"""What a claim measures does not turn into its opposite: exports into imports, or money going
abroad into foreign investment coming in. A claim that names one direction of a flow, cited to
quotes that name only the other, says what its source does not."""

from __future__ import annotations

import re

from .finding import Finding
from .reading import Claim
from .scope import claim_words

# what says a direction, as patterns ("an important market" says nothing of imports)
_EXPORT, _IMPORT = (r"\bexport",), (r"\bimport(?!an)",)
_INBOUND = ("foreign", "fdi", "inbound", "-funded", "-invested", "from abroad")
_OUTBOUND = ("outbound", "outward", "abroad", "overseas investment", "investment overseas",
             "in countries along", "going global")
# a claim's word: (what its quotes may say it with, what would say the opposite)
DIRECTIONS = {
    "export": (_EXPORT, _IMPORT), "exports": (_EXPORT, _IMPORT), "exported": (_EXPORT, _IMPORT),
    "import": (_IMPORT, _EXPORT), "imports": (_IMPORT, _EXPORT), "imported": (_IMPORT, _EXPORT),
    "foreign": (_INBOUND, _OUTBOUND), "fdi": (_INBOUND, _OUTBOUND),
    "outbound": (_OUTBOUND, _INBOUND),
}


# the other side's flow to or from the city ("U.S. exports to Qingdao" are the city's imports)
_TOWARD = {"export": "to", "import": "from"}
_OTHER_SIDE = {"export": " the city's imports ", "import": " the city's exports "}


def check(claim: Claim, context) -> list[Finding]:
    if not claim.cited:
        return []
    quotes = _as_the_city_s(claim.evidence.lower(), getattr(context.store, "city", None))
    return [Finding(claim.brief, claim.text, "measure",
                    f"the claim says {word!r}; its cited quotes only say the opposite", claim.quotes)
            for word in dict.fromkeys(claim_words(claim.text)) if word in DIRECTIONS
            and not _says(quotes, DIRECTIONS[word][0]) and _says(quotes, DIRECTIONS[word][1])]


def _says(quotes: str, words: tuple[str, ...]) -> bool:
    return any(re.search(word, quotes) for word in words)


def _as_the_city_s(quotes: str, city) -> str:
    """The quotes with the other side's trade with the city written as the city's own: "U.S.
    exports to Qingdao" says the city's imports, "Japan's imports from the city" its exports."""
    known = (city.name, *city.aliases) if city else ()
    names = "|".join(re.escape(name.lower()) for name in known if name)
    # the city by name or as "the city" (not its partners, "exports to the city's largest trading
    # partner", nor another city, "exports to the city of osaka")
    places = rf"(?:the\s+city\s+of\s+)?(?:{names})|the\s+city" if names else r"the\s+city"
    for flow, toward in _TOWARD.items():
        quotes = re.sub(rf"\b{flow}(?:s|ed)?\b(?:\s+of\s+[\w\s-]{{1,30}}?)?\s+{toward}\s+(?:{places})"
                        r"(?![\w'’-]|\s+of\b)", _OTHER_SIDE[flow], quotes)
    return quotes
