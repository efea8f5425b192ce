"""Who and where a figure is about, beyond the nearest entity name.

Three things news text does that a nearest-name guess gets wrong:

* **Names that are not subjects.** "according to Qingdao Customs statistics", "data released by
  the Ministry of Commerce", a stock ticker ("06198.HK"): the entity named there is the source
  or the listing, not what the figure measures. `not_subjects()` gives those spans so their
  names are ignored.
* **Respectively-lists.** "Jiaozhou, Japan and Chengyang ... 19.3, 14.46 and 13.36 billion yuan,
  respectively" pairs the figures with the list items in order; an item that names no entity
  gives its figure no subject, rather than the nearest name's. `respectively_items()`.
* **Scope.** The geography a figure is about (the city, a province, a country, a region, the
  world) and, for a rank, the group it ranks in ("Europe's largest investor in Qingdao", "the
  second largest source of foreign investment in Shandong", "fourth among global ports").
  `scope_of()` reads them from the figure's clause; a figure with no such words is the city's.
"""

from __future__ import annotations

import functools

import re
from dataclasses import dataclass

from briefgen.facts.quantities import NOT_A_LEVEL, NOT_A_RECORD, ORDINALS

LEVELS = ("city", "province", "country", "region", "world")
# The longest word a name is read in: a capital running on for longer ("a.B.c.D…" with no
# spaces, 100 KB of it) is no name, and bounding the word keeps every pattern below linear.
WORD_CHARS = 60

_NAME_WORD = r"(?:[A-Z][\w'’&.-]{0,%d}|of|and|the|for|de|&)" % WORD_CHARS
# An attribution names the figure's source, not its subject.
# It ends where the source's verb begins what it says: "Statistics from the ROK consulate in
# Qingdao show that the city of Qingdao …" names the source, then the subject.
# "A survey of China's best cities ranked Qingdao No 3": a survey's verb begins its finding.
_SOURCE_END = (r"(?=\s+(?:show|shows|showed|shown|said|says|indicate[sd]?|indicates|reveal(?:s|ed)?|"
               r"suggest(?:s|ed)?|rank(?:s|ed)|rate[sd]|found|finds|named|names|listed|lists|that)\b"
               r"|[,.;:()]|$)")
_ATTRIBUTION = re.compile(
    rf"\baccording\s+to\s+[^,.;:()]{{1,90}}?{_SOURCE_END}"
    r"|\b(?:data|statistics|figures|a\s+report|a\s+survey)\s+(?:from|by|of|released\s+by|issued\s+by|unveiled\s+by|"
    rf"published\s+by|compiled\s+by)\s+[^,.;:()]{{1,90}}?{_SOURCE_END}", re.IGNORECASE)
_AGENCY = (rf"(?:{_NAME_WORD}\s+){{0,6}}(?:Customs|Bureau|Ministry|Commission|Administration|"
           r"Department|Office|Council|Agency|Authority)(?:\s+of(?:\s+[A-Z][\w'’-]*){1,4})?")
# "Qingdao Customs statistics showed", "Qingdao Customs on Sept 9 said that", "said the
# Ministry of Commerce": the agency reports the figure.
_REPORTED = re.compile(
    # ("Customs' data showed": the agency's own data)
    rf"\b{_AGENCY}(?:['’]s?)?\s+(?:(?:statistics|data|figures)\s+(?:show(?:ed|s)?|reveal(?:ed|s)?|indicate[sd]?)|"
    r"(?:[\w.]+\s+){0,4}?(?:said|says|reported|reports|announced|announces|released|releases|showed|"
    r"shows|stated|states|revealed|reveals)\b)"
    rf"|\b(?:said|according\s+to)\s+(?:the\s+)?{_AGENCY}"
    # "…, said the local customs authorities", "…, said the local customs."
    r"|\b(?:said|according\s+to)\s+(?:the\s+)?(?:(?:local|provincial|municipal|city|national)\s+)?"
    r"(?:customs|commerce|statistics|commercial)(?:\s+(?:authorities|authority|officials|department|bureau)\b"
    r"|(?=\s*[.,;]))"
    # "…, local customs authorities said": an authority named by its field, in lower case
    # ("local customs said": the field alone stands for its authority)
    r"|\b(?:(?:local|provincial|municipal|city|national)\s+)?(?:customs|commerce|statistics|commercial)\s+"
    r"(?:(?:authorities|authority|officials|department|bureau)\s+)?(?:said|say|says|reported|announced|"
    r"stated)\b"
    # "…, customs statistics show": the field's figures are the source, not the subject
    r"|\b(?:(?:local|provincial|municipal|city|national|official)\s+)?(?:customs|commerce|commercial)(?:['’]s?)?\s+"
    r"(?:statistics|data|figures)\s+(?:show|shows|showed|shown|indicate[sd]?|indicates|revealed)\b"
    # "Vice Governor of Qingdao Customs, Shi Yong, shared …": a speaker's agency in their title
    r"|\b(?i:vice\s+|deputy\s+)?(?i:governor|director(?:-general)?|head|chief|commissioner|"
    rf"spokes(?:person|man|woman)|official)\s+of\s+(?:the\s+)?{_AGENCY}")
# A dollar amount's country in brackets: "$1.54 billion (U.S.)" is the currency, no place; so is
# the country before a currency, even where no figure was read around it: "(38 US cents-50 US cents)"
_CURRENCY_MARK = re.compile(r"\bU\.?S\.?(?=\s*(?:\$|cents?\b|dollars?\b))"
                            r"|(?<=\d)(?:\s+(?:million|billion|trillion))?\s*\((?:U\.S\.|US|USD)\)"
                            # "worth about $55,000 U.S. No direct flight …": the dollar's country after it
                            r"|\$\s?\d[\d,.]*(?:\s+(?:million|billion|trillion))?\s+(?:U\.S\.|US|USD)(?![\w-])"
                            r"(?=\s*(?:dollars?\b|[.,;:)(]|$)|\s+[A-Z]|\s+(?:in|on|for|to|from|and|or|during|last|"
                            r"this|per|each|a|an)\b)")
# Speakers of a figure, no subject of it: "Experts say the total is expected to surpass …",
# "…, analysts said"
_SPEAKERS = re.compile(r"\b(?:[Ee]xperts|[Aa]nalysts|[Rr]esearchers|[Oo]bservers|[Ii]nsiders)\s+(?:say|said|says|"
                       r"estimated?|estimates|believed?|believes|predicted|predicts?|expected|expects?|forecast|"
                       r"forecasts|noted?|notes|told)\b"
                       r"|\b(?:said|say|says|according\s+to)\s+(?:some\s+|many\s+|industry\s+)?(?:experts|analysts|"
                       r"researchers|observers|insiders)\b")
# The goers of a trade show, no sector of theirs: "Total visitor attendance was approximately
# 12,000", "300 ceramic experts … will participate in the expo", "buyers attended the event,
# which had 1,600 exhibitors": a show's visitors are no tourists (a festival's may be) and its
# experts no talent drawn; the show is the place's own.
# (a garden's or a flower expo's visitors are tourists: "its horticultural expo park received 2
# million visitors"; and attendance alone is anywhere's: "attendance at its beaches rose 12%")
_SHOW_NOUN = (r"(?i:(?<!horticultural\s)(?<!horticulture\s)(?<!garden\s)(?<!flower\s)"
              r"(?:expos?|expositions?|exhibitions?|trade\s+(?:fairs?|shows?))(?!\s+(?:parks?|gardens?)\b))")
_SHOW = (rf"(?:(?:attend(?:s|ed|ing)?|participat(?:e|es|ed|ing)\s+in)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){{0,4}}?"
         rf"(?:{_SHOW_NOUN}|fairs?|shows?)"
         rf"|exhibitors?|exhibit\s+space|booths?|{_SHOW_NOUN})")
_IN_CLAUSE = r"(?:[^.!?\n;,]|(?<=\d)[.,](?=\d))"  # (a number's comma or point is no clause's end)
_SHOW_GOERS = re.compile(rf"\b(?P<goers>[Vv]isitors?|[Ee]xperts?)\b(?=\s+attendance\b|{_IN_CLAUSE}{{0,150}}?\b{_SHOW}\b)"
                         rf"|\b{_SHOW}\b{_IN_CLAUSE}{{0,150}}?\b(?P<goers2>[Vv]isitors?|[Ee]xperts?)\b")
# A stock ticker: "06198.HK", "(HKEX: 6198)", "600018.SH" ("HK" there is no place).
_TICKER = re.compile(r"\b\d{3,6}\.(?:HK|SH|SS|SZ|KS|T)\b|\((?:HKEX|SEHK|SSE|SZSE|NYSE|NASDAQ|KRX|TSE)\s*:\s*\w+\)")
# Where a firm's shares trade: "listed in Hong Kong", "Hong Kong-listed", "listed on the Shanghai
# Stock Exchange", "dual-listed in Hong Kong and Shanghai" (a market, as a ticker is, no owner)
_LISTING = re.compile(r"\b(?:(?:dual-|double-|publicly\s+|also\s+)?listed|traded|trades|trading)\s+(?:both\s+)?(?:in|on)\s+(?:the\s+)?"
                      r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                      r"(?:\s+(?:[Ss]tock\s+(?:[Ee]xchange|[Mm]arket)|[Bb]ourse|[Ee]xchange))?"
                      # "Hong Kong listed Hongqiao aims …" (not "Japan listed Qingdao among its …", a verb)
                      r"|\b[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?(?:-listed\b|\s+listed\b(?=\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
                      r"\s+(?!(?:as|among|in|on|at|for|with|to|and|of|the)\b)[a-z]))"
                      # "tumbled in their Hong Kong trading debut", "its Hong Kong IPO", "a Shanghai listing"
                      r"|\b[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?(?=\s+(?:(?:trading|stock\s+market|market)\s+debut|IPO|"
                      r"initial\s+public\s+offering|listing|share\s+(?:sale|offering)|[Ss]tock\s+[Ee]xchange|bourse)\b)")
# … and where shares moved: "Yanzhou shares traded as high as HK$6.04 in Hong Kong before closing …"
# (within its clause: not "shares rose 2 percent after it signed a deal in Pakistan")
_SHARES_MOVED_IN = re.compile(r"\b(?i:shares)\s+(?:traded|closed|ended|rose|fell|gained|jumped|climbed|dropped|slipped|"
                              r"surged|tumbled|slumped|soared)\b(?:(?!\b(?:after|while|when|as\s+(?:it|they|the)|and|but|"
                              r"following|since|because)\b)(?:[^.;,\n]|\.(?=\d))){0,60}?\b(?P<market>in\s+(?:the\s+)?"
                              r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
def _date_line_places(text: str) -> list[tuple[int, int]]:
    """Where a report was filed, a place abroad, on the date line at its top ("08 May 2020 | 08:52
    UTC — Singapore") or opening its first lines ("Singapore — Crude imports for China's independent
    refineries …"): a desk, no partner (not a list, "Japan — US$5.2 billion", nor a partner with an
    aside, "Japan — Qingdao's largest trading partner — bought …")."""
    top = text[:_DATE_LINE_REACH]
    return [m.span("place") if m["place"] else m.span("opening") for m in _date_line_place().finditer(top)]


_DATE_LINE_REACH = 400


@functools.cache
def _date_line_place() -> re.Pattern:
    names = names_abroad(True)
    return re.compile(rf"(?m)^[ \t]*(?:\d{{1,2}}\s+[A-Z][a-z]+\.?\s+\d{{4}}|[A-Z][a-z]+\.?\s+\d{{1,2}},\s+\d{{4}})"
                      rf"[ \t]*(?:\|[ \t]*\d{{1,2}}:\d{{2}}(?:[ \t]+[A-Z]{{3}})?)?[ \t]+[—–-][ \t]*(?P<place>{names})[ \t]*$"
                      rf"|^[ \t]*(?P<opening>{names})[ \t]+[—–][ \t]+(?=[A-Z][a-z])(?![^\n]*\s[—–]\s)")
# The seat in a firm's name: "China Travel Service (Hong Kong) Co.", "Siemens (Qingdao) Ltd"
# ("Taikoo (Shandong) Aircraft Engineering Company", "Yihai Kerry (Qingdao) Food Industrial
# Park": a place in brackets between the capitalised words of one name is that name's seat)
_FIRM_SEAT = re.compile(r"(?<=[A-Za-z])\s+\([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\)(?=,?\s+(?:Co\b|Company|"
                        r"Ltd\b|Limited|Corp\b|Corporation|Inc\b|Group|Holdings?|Industrial|Trading|"
                        r"Technology|Investment)\b)"
                        # (not "China (Shandong) Pilot Free Trade Zone": the province's own zone)
                        r"|\b(?!China\b)[A-Z][a-z][\w'’-]{0,40}\s+\([A-Z][a-z][\w'’-]*\)(?=\s+[A-Z][a-z])")

# A registered firm's name: "Shandong Haoduobao Supply Chain Co., Ltd." names no place the
# figures beside it are about (the province is only where the firm was registered).
_REGISTERED_FIRM = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][\w&'’-]*){1,5}\s+(?:Co\.?,?\s+(?:Ltd|Limited)|"
                              r"Company\s+Limited)\b")

# What a figure stands out against: "despite poor national inbound tourism", "amid the global
# downturn" (the backdrop, up to a figure of its own, is no place the figure is about)
_BACKDROP = re.compile(r"\b(?:[Dd]espite|[Aa]mid(?:st)?|[Ii]n\s+spite\s+of|[Ii]n\s+the\s+face\s+of|"
                       r"[Aa]gainst\s+(?:the|a)\s+backdrop\s+of)\s+[^,.;:()\d\n]{1,80}(?=[,.;:()\n]|$)"
                       # (not what a clause after it counts: "amid a boom in Korean visitors, who numbered …")
                       r"(?!,\s+(?:who|which|whose)\b)")

# A past ruler or a style named by its nation: "this former German colony", "the German-style
# buildings", "Japanese occupation": history or looks, no partner of the figures beside it (not
# "German architecture firm gmp")
_A_PAST_OR_A_STYLE = re.compile(r"\b[A-Z][a-z]+(?:\s+|-)(?:colony|colonial|concession|occupation|style|styled)\b")

# A title a city holds: "China`s Excellent Tourism City", "National Model City for Environmental
# Protection", "State-Level Clean City": an honour, not what the figures beside it are about
_A_TITLE_OF_HONOUR = re.compile(r"\b(?:China[`'’]s\s+|National\s+|State[- ]Level\s+|Provincial\s+)?"
                                r"(?:Excellent|Outstanding|Model|Top|Best|Garden|Civili[sz]ed|Clean|Sanitary|Famous|"
                                r"Charming|Liv(?:e)?able|Happiest)\s+(?:[A-Z][\w-]*\s+){0,3}City\b")

# Where a measure was spread to: "29 have been replicated and promoted across the province",
# "rolled out nationwide". The place is a destination, not what the figures beside it are about.
_SPREAD_TO = re.compile(r"\b(?:replicated|promoted|copied|extended|rolled\s+out|popularized|popularised)"
                        r"(?:\s+and\s+(?:replicated|promoted|copied|extended|popularized|popularised))?"
                        # ("been promoted in more than 20 provinces and municipalities across the country")
                        r"(?:\s+(?:to|in)\s+(?:(?:more\s+than|over|some|nearly|about)\s+)?[\w-]+\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:provinces|cities|regions|municipalities|counties|places)"
                        r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\w-]+\s+)?[\w-]+){0,3})?"
                        r"\s+(?P<place>across\s+the\s+(?:province|country|nation)|nationwide|province-wide|"
                        r"throughout\s+the\s+(?:province|country|nation)|(?:to\s+)?the\s+whole\s+"
                        r"(?:province|country|nation))\b"
                        # (not when the clause goes on about what is there: "rolled out nationwide,
                        # benefiting 3,000 enterprises" are enterprises of the whole country)
                        r"(?!,?\s+(?:benefit\w*|cover\w*|reach\w*|involv\w*|serv\w*|help\w*|with|where|"
                        r"in\s+which|and\s+(?:is|are|has|have|now))\b)")

# An authority acting on a measure: "put on record by national ministries and commissions".
# (only after a verb of judging a measure: "Spending by the central government rose 5 percent"
# is the country's own spending)
_AUTHORITY_BY = re.compile(r"\b(?:approved|recogni[sz]ed|listed|certified|named|selected|designated|rated|"
                           r"accredited|registered|filed|recorded|adopted|endorsed|awarded|granted|honou?red|"
                           r"commended|reviewed|accepted|put\s+on\s+(?:record|file))"
                           r"\s+by\s+(?:the\s+)?(?P<place>national|provincial|central)\s+(?:ministries|"
                           r"departments|authorities|government|commissions|agencies)\b")


def sources(text: str) -> list[tuple[int, int]]:
    """Spans that name who reports a figure ("according to …", "the Shandong Provincial
    Department of Commerce said"), where it is listed (a ticker), a firm's seat in its name
    ("China Travel Service (Hong Kong) Co."), a registered firm's name ("Shandong … Co., Ltd.")
    or a place's country in its address ("Qingdao, China has …") or its province ("Weihai,
    Shandong province is …"), where a measure was spread to ("promoted across the province")
    or who acted on it ("put on record by national ministries"), or what a place is home to
    ("home to … hubs including Qingdao and Yantai"): they set no scope either."""
    return sorted([m.span() for pattern in (_ATTRIBUTION, _REPORTED, _TICKER, _FIRM_SEAT, _CURRENCY_MARK,
                                            _REGISTERED_FIRM, _PROVINCE_FIRM, _HOME_TO, _BACKDROP)
                   for m in pattern.finditer(text)] + _addresses(text)
                  + [m.span("province") for m in _CITY_LOCATED.finditer(text)]
                  + [m.span("place") for pattern in (_SPREAD_TO, _AUTHORITY_BY, _DISTANCE_TO)
                     for m in pattern.finditer(text)])


# A place's address before its verb: "Qingdao, China has attracted 300 firms". The figure's
# clause may begin at the comma, where "China has attracted" would read as the country acting.
_ADDRESS = re.compile(r"\b(?P<name>[A-Z][A-Za-z]+),\s+(?P<country>China)(?=\s+(?:(?:also|now|already)\s+)?(?:has|had)\b)")


def _addresses(text: str) -> list[tuple[int, int]]:
    """Spans of "China" in a place's address ("Qingdao, China has …"; not "Currently, China
    has …", whose word before the comma opens the sentence)."""
    return [m.span("country") for m in _ADDRESS.finditer(text)
            if m["name"].lower() not in _NOT_NAMES and m["name"] not in _OPENING_WORDS]


# Names a figure is compared with: "only after Yokohama in Japan", "second to Jiangsu".
# "It surpassed Japan in 2002", "overtaking Japan": the one overtaken.
# "ASEAN was Shandong's largest trade partner …, followed by Russia and India": the ones after
# (not when they bring figures of their own: "followed by Korea with 9 percent").
# ("Being on the same latitude as San Francisco in the United States, Weihai …": what a place is
# likened to)
# ("… top 8 million cubic meters, exceeding Japan's Seikan project": what it is compared with)
_COMPARISON = re.compile(r"\b(?:only\s+after|behind|second\s+to|than(?=\s+(?:the\s+)?[A-Z])|"
                         r"(?:exceed(?:ed|s|ing)?|outstrip(?:ped|s|ping)?|dwarf(?:ed|s|ing)?)(?=\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s)|"
                         r"same\s+(?:latitude|longitude|parallel)\s+as(?=\s+(?:the\s+)?[A-Z])(?=[^.;:()\d]*(?:[.,;:()]|$))|"
                         r"followed\s+by(?=[^.;:()\d]*(?:[.;:()]|$))|"
                         r"surpass(?:ed|es|ing)?|overt(?:ook|akes?|aking|aken)|ahead\s+of)\s+[^,.;:()]{1,60}")
# A name left out of what is measured: "trade with all major markets except the United States
# continued to grow", "excluding Hong Kong", "Except for Japan, …".
_EXCEPT = re.compile(r"\b(?i:except(?:\s+for)?|excluding|other\s+than|apart\s+from|save\s+for)\s+"
                     r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")
# Ports named as where goods left or came in: "Shandong ports exported 210 million tires" is the
# province's trade, not a port's throughput (one port named is that port's: "Qingdao Port
# imported 100 million tons of iron ore" is what it handled).
_PORTS_TRADED = re.compile(r"\b[Pp]orts(?=\s+(?:exported|imported)\b)")
# Seas, peninsulas and islands take adjectives of countries ("the Korean Peninsula", "the Japanese
# Archipelago"): a feature of the map, not the partner.
# A people of the country of another descent: "ethnic Koreans in Qingdao", "ethnic-Korean Chinese
# citizens", "Korean-Chinese" are the country's own people, no partner's.
_ETHNIC = re.compile(r"\bethnic[\s-]+[A-Z][a-z]+(?:s\b|(?=[\s-]+Chinese\b))"
                     r"|\b[A-Z][a-z]+-Chinese\s+(?:citizens|people|residents|communit(?:y|ies)|population)\b")
_LANDFORM = re.compile(r"\b[A-Z][a-z]+\s+(?:Peninsula|Archipelago|Islands?|Sea|Strait|Straits)\b"
                       # "looks out to … the islands of Japan to the southeast"
                       r"|\b(?:islands|coasts?|shores)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?")
# Examples after the figure's subject: "298 projects …, mainly in the fields of infrastructure,
# logistics and ports", "industries like automobiles", "more than 40 sectors, including finance":
# fields named, not what is counted.
_EXAMPLES = re.compile(r"\b(?:(?:mainly|mostly|chiefly)\s+)?in\s+the\s+fields?\s+of\s+[^.;:()]{1,120}"
                       # "about 50 overseas cities, including 17 in Japan": where some of the
                       # counted places are, not who the figure is about
                       r"|\bincluding\s+(?:about\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?"
                       r"[\d,]+\s+(?:(?:cities|ports|airports|countries|destinations|routes)\s+)?in\s+"
                       r"[^.;:()]{1,80}"
                       r"|\b[\d,]{1,20}\s+of\s+(?:them|which)\s+(?:(?:are|were|is|was)\s+)?in\s+[^.;:()]{1,80}"
                       r"|\b(?:covering\s+)?industries\s+(?:like|such\s+as)\s+[^.;:()]{1,120}"
                       # ("areas of mutual interest of all three governments, including …")
                       r"|\b(?:sectors|industries|fields|areas|range)\b"
                       r"[^.;:()]{0,60}?,?\s+(?:including|such\s+as)\s+"
                       r"[^.;:()]{1,160}"
                       r"|\bincluding\s+(?:those|ones)\s+(?:by|of|from)\s+[^.;:()]{1,120}"
                       # "138 projects … agreed on the development of new industries, the marine
                       # industry and tourism": a list of fields the projects serve
                       r"|\bdevelopment\s+of\s+(?:[^.;:(),]{1,40},\s+)+[^.;:(),]{1,40}?\s+and\s+(?:the\s+)?"
                       r"[\w-]+(?:\s+(?!(?:with|from|worth|for|by|in|to|at|of|has|have|had|is|are|was|were|"
                       r"will|targets?|reach\w*|rose|grew|cost|costs)\b)[\w-]+){0,2}")
# ("as well as infrastructure, such as a managing information system, customs inspection area and
# video surveillance system": examples; not the place or counterpart named before them:
# "infrastructure in Pakistan, such as roads", "services for Korean residents, including …")
_SITE_EXAMPLES = re.compile(r"\b(?:infrastructure|facilities|amenities|services)\b[^.;:()]{0,60}?,?\s+"
                            r"(?P<examples>(?:including|such\s+as)\s+[^.;:()]{1,160})")
# "26 projects from Fortune 500 companies, including those by German software giant SAP …" (above),
# "top 500 companies such as South Korean SK Holdings": firms given as examples, whatever their
# nationality (the examples only: the firms' own noun may name a sector)
_FIRM_EXAMPLES = re.compile(r"\b(?:companies|firms|enterprises|corporations|multinationals|giants),?\s+"
                            r"(?P<examples>(?:such\s+as|like|including)\s+"
                            r"(?!(?:about|some|nearly|over|more\s+than)?\s*\d)[^.;:()]{1,120})")
# "five trade platforms such as the Pakistan (China) economic cooperation center": the things
# counted given by examples; the count is of them all, not the example's partner's
_COUNTED_EXAMPLES = re.compile(r"(?:(?<![\d,.])\d[\d,]*(?![\d,])|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens))"
                               r"\s+(?:[\w-]+\s+){0,3}?[a-z]+s,?\s+(?P<examples>(?:such\s+as|like|including)\s+"
                               r"(?!(?:about|some|nearly|over|more\s+than)?\s*\d)[^.;:()]{1,120})")
# Where routes and lines reach, described by what the places belong to: "54 cities in 23
# countries involved in the Belt and Road Initiative and the SCO", "23 countries along the Belt
# and Road": the group describes the destinations, the figure is the operator's. Only counted
# places are destinations ("trade with countries involved in the SCO" is the group's), and the
# group's name ends the span, not the clause after it ("…, while trade with Japan rose").
_DESTINATIONS_OF = re.compile(r"(?<![\d,])\d[\d,]*\s+(?:countries|cities|economies|nations)(?:\s+and\s+regions)?\s+"
                              r"(?:involved\s+in|participating\s+in|taking\s+part\s+in|along)\s+"
                              r"(?:the\s+)?(?:China['’]s\s+)?[\w'’“”\"-]+"
                              r"(?:\s+(?:and\s+|of\s+)?(?:the\s+)?[A-Z“\"][\w'’“”\"-]*)*"
                              # ("reaching 51 cities in 22 countries, including SCO members": examples)
                              r"|(?<![\d,])\d[\d,]*\s+(?:countries|cities|economies|nations)(?:\s+and\s+regions)?"
                              r",\s+including\s+[^.;:()]{1,120}")
# A place across the water says where something is: "ports on the Yellow Sea opposite Korea".
_OPPOSITE = re.compile(r"\b(?:opposite|facing|across\s+from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
# Other Americas: "South American", "Latin American" name no one country's people
_OTHER_AMERICAS = re.compile(r"\b(?:South|Latin|Central|Pan)[\s-]+Americans?\b")
# Where a distance is measured to: "60km away from Qingdao International Airport", "110 km from
# Yantai port": a landmark saying where the place is, not the airport's or the port's figure
_DISTANCE_TO = re.compile(r"(?<=\d)\s*(?:km|kilomet(?:er|re)s?|miles?)\s+(?:away\s+)?(?:from|to)\s+"
                          r"(?P<place>(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:[Ii]nternational\s+)?(?:[Aa]irport|[Pp]ort)\b)")


# Customs statistics break trade down by mode: "general trade", "processing trade", "bonded
# logistics". The last is a way goods are traded, not the logistics sector. "Public finance" is
# the government's budget ("the general budget revenue of local public finance"), not the
# finance sector.
# Investment in the economy's own assets is no foreign investment: "fixed-asset investment",
# "4,485 investment projects in industrial technological transformation", "infrastructure
# investment".
_NOT_A_SECTOR = re.compile(r"\bbonded\s+logistics\b|\bpublic\s+finances?\b"
                           # a trade mode is no customs office's: "imported 41,000 tons under Customs
                           # special control", "the trade under special Customs control"
                           # (not a named office's: "under Qingdao Customs supervision")
                           r"|\bunder\s+(?:special\s+)?[Cc]ustoms\s+(?:special\s+)?(?:control|supervision)\b"
                           r"|\bspecial\s+[Cc]ustoms\s+(?:control|supervision)\b"
                           # a plant's own handling of parts is no port's business
                           r"|\b(?:internal|in-house|in-plant|intra-plant|plant)\s+logistics\b"
                           # the world's crisis and the support a place lacks are no bank's
                           r"|\bfinancial\s+(?:crisis|crises|turmoil|tsunami)\b"
                           r"|\bfinancial\s+(?:and\s+\w+\s+)?support\b"
                           # a firm's accounts are no bank's: "its interim financial report"
                           r"|\bfinancial\s+(?:reports?|results|statements?|year|performance|data|filings?)\b"
                           # a film that is a product is no cinema's: "the fastest-growing window film brand"
                           r"|\b(?:window|plastic|solar|protective|packaging|thin|optical|mulch|shrink|polyester|"
                           r"PET|BOPP|agricultural)[\s-]+films?\b"
                           # a government's department of finance is no bank: "granted by the municipal
                           # government and its finance department"
                           r"|\b[Ff]inance\s+(?:[Dd]epartments?|[Bb]ureaus?|[Mm]inistr(?:y|ies)|[Oo]ffices?)\b"
                           r"|\b(?:[Mm]inistry|[Dd]epartment|[Bb]ureau)\s+of\s+[Ff]inance\b"
                           # a government's "financial revenue" is its fiscal revenue, no bank's
                           r"|\b(?:total\s+|local\s+)?financial\s+(?:revenues?|income|expenditures?|budgets?)\b"
                           # a free trade port is a customs regime, not a port's business
                           r"|\b[Ff]ree\s+[Tt]rade\s+[Pp]ort\b"
                           r"|\b(?:fixed[- ]assets?|technological\s+(?:transformation|upgrading)|infrastructure|"
                           r"real[- ]estate|private|manufacturing)\s+investment(?:\s+projects?)?\b"
                           r"|\binvestment\s+projects?\s+of\s+fixed\s+assets?\b"
                           # a fair's visitors are no tourists: "business visitors", "the event
                           # attracted more than 60,000 visitors to the … Exhibition Center"
                           r"|\b(?:business|trade|professional)\s+visitors?\b"
                           r"|\bvisitors?(?=\s+(?:to|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:and\s+)?){0,6}"
                           r"(?:Convention|Exhibition)\s+Cent(?:er|re)\b)"
                           r"|\b(?:(?:trade|business|investment|commodity|import|export|industry)\s+(?:fair|expo)|"
                           r"exhibition|trade\s+show)s?\s+(?:has\s+|had\s+)?(?:attracted|drew|received|welcomed)\s+"
                           r"[^.;]{0,40}?\bvisitors?\b"
                           r"|\binvestment\s+projects?(?=\s+in\s+(?:industrial\s+)?(?:technological|technical|"
                           r"infrastructure|real\s+estate|fixed)\b)", re.IGNORECASE)


# The members of a wider whole: "Shandong Peninsula Economic Area, which includes Qingdao and
# other seven cities", "RCEP, which comprises Japan, …": the figure is the whole's.
_MEMBERS = re.compile(r"\b(?:which|that)\s+(?:includes?|included|comprises?|comprised|consists?\s+of|"
                      r"covers?|covered|groups?)\s+[^,;.()]{1,120}")


# "As a center of foreign investment, the development zone has attracted 370 projects": an
# opening "As a …," says what the sentence's subject is, not what its figures measure.
_AS_A = re.compile(r"\bAs\s+(?:a|an)\s+(?!(?:result|whole|matter|rule|consequence)\b)[^,.;:()]{1,80}(?=,)")


# What a place is home to, set off between dashes or commas: "the province of Shandong — home to
# processing and aquaculture hubs including Qingdao and Yantai — reported …" describes the place
# by what is in it; the names are examples, neither the figures' place nor their subject (not
# one that counts: "Qingdao, home to 8000 South Korean enterprises, …" is the figure's own).
_HOME_TO = re.compile(r"(?:(?<=[—–])|(?<=[—–,]\s))home\s+to\s+(?:(?![\d]|\b(?:one|two|three|four|five|six|seven|eight|"
                      r"nine|ten|dozens?|hundreds?|thousands?|millions?)\b)[^.;:()—–,])+")


def not_subjects(text: str) -> list[tuple[int, int]]:
    """Spans whose entity names say who reports or issues a figure, give examples of fields or
    what it is compared with, name the members of a wider whole, describe the sentence's
    subject ("As a center of …,"), name a trade mode, a landform or a place across from it, or
    one left out ("except the United States"), ports goods left by ("Shandong ports
    exported"), where a firm's shares trade ("listed in Hong Kong") or who goes to a trade show
    ("visitor attendance"), or what a place is home to, not what it is about."""
    return sorted([(m.start(), m.end())
                   for pattern in (_ATTRIBUTION, _REPORTED, _SPEAKERS, _TICKER, _LISTING, _FIRM_SEAT, _CURRENCY_MARK,
                                   _EXAMPLES,
                                   _COMPARISON,
                                   _NOT_A_SECTOR, _LANDFORM, _ETHNIC, _OPPOSITE, _MEMBERS, _AS_A, _EXCEPT,
                                   _PORTS_TRADED, _DESTINATIONS_OF, _OTHER_AMERICAS, _HOME_TO, _BACKDROP,
                                   _A_PAST_OR_A_STYLE, _A_TITLE_OF_HONOUR)
                   for m in pattern.finditer(text)]
                  + [m.span("goers") if m["goers"] else m.span("goers2") for m in _SHOW_GOERS.finditer(text)]
                  + [m.span("place") for m in _DISTANCE_TO.finditer(text)]
                  + [m.span("examples") for m in _FIRM_EXAMPLES.finditer(text)]
                  + [m.span("examples") for m in _SITE_EXAMPLES.finditer(text)]
                  + [m.span("examples") for m in _COUNTED_EXAMPLES.finditer(text)]
                  + [m.span("market") for m in _SHARES_MOVED_IN.finditer(text)]
                  + _date_line_places(text))


# Three or more names in a list: "the four emerging markets of ASEAN, Africa, Latin America and
# India", "namely Hong Kong, South Korea and Japan". Unless "respectively" pairs them with
# figures, a figure beside them is about them together, not about one of them.
_NAME = (r"(?:the\s+)?[A-Z][\w'’.-]{0,%d}(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]{0,%d}){0,4}"
         % (WORD_CHARS, WORD_CHARS))
# "A, B and C"; "A, B, C and others" (or "and so on", "etc."), a list that goes on past its last
# name; or, after a dash or colon, "… five Central Asian countries – Kazakhstan, Kyrgyzstan,
# Tajikistan, Uzbekistan, Turkmenistan", with no "and"
# (at most LIST_NAMES names before the last, so a list never read to its end is not read again
# from each of its names: 3,000 names with no "and" took 6 s)
LIST_NAMES = 30
_NAME_LIST = re.compile(rf"{_NAME}(?:,\s+{_NAME}){{1,{LIST_NAMES}}},?\s+and\s+{_NAME}"
                        rf"|{_NAME}(?:,\s+{_NAME}){{1,{LIST_NAMES}}},?\s+(?:and\s+(?:others|so\s+on)\b|etc\b)"
                        rf"|(?<=[–—:]\s){_NAME}(?:,\s+{_NAME}){{2,{LIST_NAMES}}}")


def name_lists(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of lists of three or more capitalised names in text[start:end]."""
    return [m.span() for m in _NAME_LIST.finditer(text, start, end)]


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_AND = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+")
_ITEM_END = re.compile(r"\s+(?:were|was|are|is|had|have|has|saw|see|recorded|reached|registered|"
                       r"remained|remain|became|become|ranked|stayed|"
                       r"totaled|totalled|posted|accounted|grew|rose|increased|attracted|"
                       r"handled|received|with|at|in|of)\b|[,:;(]")


def respectively_items(text: str, start: int, end: int, count: int) -> list[tuple[int, int]] | None:
    """The spans of the `count` list items a respectively-sentence pairs its figures with, in
    order: the last "A, B and C" before the figures (text[start:end] is the sentence up to the
    first figure). None when the sentence says no "respectively" or no such list is found."""
    if count < 2:
        return None
    segment = text[start:end]
    for joint in reversed(list(_AND.finditer(segment))):
        before = segment[:joint.start()]
        parts = before.split(", ")
        if len(parts) < count - 1:
            continue
        last_end = _ITEM_END.search(segment, joint.end())
        last = (joint.end(), last_end.start() if last_end else len(segment))
        spans, offset = [], joint.start()
        for part in reversed(parts[len(parts) - (count - 1):]):
            spans.append((offset - len(part), offset))
            offset -= len(part) + 2
        items = list(reversed(spans)) + [last]
        items[0] = _after_preposition(segment, *items[0])
        first_words = segment[items[0][0]:items[0][1]].split()
        if len(first_words) > 8 or not all(_is_item(segment[a:b]) for a, b in items):
            continue  # a clause ("with import and export values …"), not a list item
        return [(start + a, start + b) for a, b in items]
    return None


_NOT_AN_ITEM = re.compile(r"\s*(?:with|in|of|to|for|from|by|at|on|while|which|that|who)\b|\s*$",
                          re.IGNORECASE)


def _is_item(words: str) -> bool:
    """A list item is a noun phrase: it does not open with a preposition or a conjunction."""
    return not _NOT_AN_ITEM.match(words)


# What comes before a list's first item: "Investment in A", "partners were A", "including A".
_PREPOSITION = re.compile(r"\b(?:in|of|for|from|at|by|between|among|to|were|was|are|is|include[sd]?|"
                          r"including|namely|while|whereas)\s+", re.IGNORECASE)


# "the Republic of Korea", "the Bank of China": an "of" after "the" or a name's capitalised words
# is inside a name ("Exports of Jiaozhou" opening a sentence is not).
_IN_A_NAME = re.compile(r"\b(?:the|[A-Z][\w'’-]*)\s+[A-Z][\w'’-]*\s+$")


def _after_preposition(segment: str, start: int, end: int) -> tuple[int, int]:
    """"Foreign investment in Jiaozhou" as a list's first item is "Jiaozhou", "partners were
    ASEAN" is "ASEAN"; "the Republic of Korea" stays whole."""
    cuts = [m.end() for m in _PREPOSITION.finditer(segment, start, end)
            if not (m[0].lower().startswith("of") and _IN_A_NAME.search(segment, 0, m.start()))]
    return (cuts[-1], end) if cuts else (start, end)


# Trade with, or investment from, a named group: "imports and exports to RCEP members",
# "trade with countries along the Belt and Road". Its name has a capital letter, so "exports to
# more than 200 countries" (the city's whole exports) is not one.
_COUNTERPART = re.compile(
    r"\b(?:[Ii]mports?|[Ee]xports?|[Tt]rade|[Ii]nvestments?)(?:\s+and\s+(?:imports?|exports?))?"
    r"(?:\s+(?:volume|value|turnover))?\s+"  # "import and export volume with Africa"
    r"(?:to|with|from|(?P<between>between))\s+(?P<who>[^,.;:()]{3,80}?)(?=\s+(?:(?:has|have|had)\s+)?(?:reached|rose|risen|grew|grown|increased|fell|fallen|"
    r"decreased|declined|totaled|totalled|hit|stood|was|were|amounted|registered|surged|during|"
    # "in the first half" ends the counterpart; "countries involved in the Belt and Road
    # Initiative" goes on
    r"(?<!involved\s)(?<!participating\s)(?<!engaged\s)in\s+the|over)\b|[,.;:(]|$)")


def counterparts_named(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the named trade or investment counterparts in text[start:end]: the two
    sides of "between" apart ("trade between Qingdao and the UAE": "Qingdao", "the UAE"), so
    that the caller can check whether an entity stands for each."""
    spans = []
    for m in _COUNTERPART.finditer(text, start, end):
        if not re.search(r"[A-Z]", m["who"]):
            continue
        sides = _BETWEEN_SIDES.fullmatch(m["who"]) if m["between"] else None
        spans += [(m.start("who") + sides.start(side), m.start("who") + sides.end(side))
                  for side in ("one", "other")] if sides else [m.span("who")]
    return spans


_BETWEEN_SIDES = re.compile(r"(?P<one>.+?)\s+and\s+(?P<other>.+)")


def respectively_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where each "respectively" in text[start:end] is."""
    return [m.span() for m in _RESPECTIVELY.finditer(text, start, end)]


_LIST_JOINT = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+|,\s+")


def places_listed(text: str, start: int, end: int) -> list[Scope] | None:
    """The scopes of the items of a list in text[start:end] ("of the provincial and the
    country's total"), when every item names a place; else None."""
    parts = [_THAT_OF.sub("", part) for part in _LIST_JOINT.split(text[start:end].strip(" ,"))]
    scopes = [_LEVEL_NAMED.get(" ".join(part.lower().split())) or scope_of(part, False) for part in parts]
    return scopes if all(s.level != "city" or s.reason == _THE_CITY for s in scopes) else None


@dataclass(frozen=True)
class Scope:
    """The geography a figure is about, and the group a rank is within."""

    level: str = "city"  # one of LEVELS
    place: str | None = None  # "Shandong", "China", "Europe", another city; None for the project's city
    among: str | None = None  # for a rank: "European investors", "global ports"
    reason: str = ""  # the words that set it, for the reviewer
    named_in: tuple[int, int] | None = None  # an earlier sentence that names the place (span)

    @property
    def is_city(self) -> bool:
        return self.level == "city" and not self.among and not self.place

    @property
    def names_a_place(self) -> bool:
        """A wider place than the city, or another city ("Weihai City")."""
        return self.level != "city" or bool(self.place)

    def to_json(self) -> dict:
        return {"level": self.level, "place": self.place, "among": self.among}


# Levels a comparison lists by their common names: "2.2, 1.8 and 1.7 percentage points higher than
# that of the country, the province, and the city, respectively" (the city: a part of it compared
# with the whole)
_THAT_OF = re.compile(r"^(?:[\w\s-]{0,40}?\bthan\s+)?(?:(?:that|those)\s+of\s+)?")
_THE_CITY = "'the city'"
_LEVEL_NAMED = {"the country": Scope("country", "China", None, "'the country'"),
                "the nation": Scope("country", "China", None, "'the nation'"),
                "the city": Scope("city", None, None, _THE_CITY)}


_REGIONS = {"Europe": "European", "Asia": "Asian", "Africa": "African", "Latin America": "Latin American",
            "North America": "North American", "Southeast Asia": "Southeast Asian",
            "Central Asia": "Central Asian", "the Middle East": "Middle Eastern",
            "Northeast Asia": "Northeast Asian", "the EU": "EU",
            # (a compass point before a region names a part of it: "ranks fifth in Western Europe")
            "Western Europe": "Western European", "Eastern Europe": "Eastern European",
            "Central Europe": "Central European", "Northern Europe": "Northern European",
            "Southern Europe": "Southern European", "Central and Eastern Europe": "Central and Eastern European",
            "East Asia": "East Asian", "South Asia": "South Asian", "South America": "South American",
            "North Africa": "North African", "West Africa": "West African", "East Africa": "East African",
            "Southern Africa": "Southern African", "Sub-Saharan Africa": "Sub-Saharan African"}
_REGION_NAMES = "|".join(sorted(_REGIONS, key=len, reverse=True))
_REGION_ADJECTIVES = "|".join(sorted(set(_REGIONS.values()), key=len, reverse=True))
_PROVINCE_NAMES = ("Shandong|Jiangsu|Zhejiang|Guangdong|Henan|Hebei|Liaoning|Fujian|Sichuan|Hubei|"
                   "Hunan|Anhui|Shaanxi|Shanxi|Jilin|Heilongjiang|Yunnan|Guizhou|Jiangxi|Gansu|"
                   "Hainan|Qinghai")
# A firm named after a province among others or as the one something is done by: "flights
# operated by … Shandong Airlines, China Eastern Airlines", "initiated by China's Shandong Port
# Equipment Group" name a carrier or a maker, not the place the figures are about. The province's
# name is blanked, with a "China's" before it that only locates the firm. (Not the firm its clause
# is about: "Shandong Airlines has deployed a fleet of 130 aircraft", as "Shandong Port Group
# handled …", are the province's, whose carrier and port group they are.)
# (after a comma only in a list: "…, Sichuan Airlines and …"; not "In March, Sichuan Airlines launched")
_LISTED_OR_BY = "".join(rf"(?<=\b{word}\s)" + "|" for word in ("by", "including", "as", "like", "with", "and")) + \
    rf"(?<=,\s)(?<!\d,\s)(?=(?:{_PROVINCE_NAMES})(?:\s+[A-Z][\w&'’-]*){{1,4}}\s*(?:,|\band\b|\bor\b))|" \
    rf"(?<![\w-])(?=(?:{_PROVINCE_NAMES})(?:\s+[A-Z][\w&'’-]*){{1,4}},\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){{0,4}}(?:,|\s+and\b))"
_PROVINCE_FIRM_NAME = (r"(?=(?:\s+(?!Port\s+Group\b|Provincial\b|Province\b)[A-Z][\w&'’-]*){0,3}?"
                       r"\s+(?:Airlines?|Group|Corporation|Corp|Company|Holdings)\b)")
_NOT_A_PLACE = r"(?!(?:The|This|That|Each|Every|Its|Our|Their|One|A|An|Any|Which)\b)"
# A province named after "second to", "than", "after" or "behind" is what is compared with.
_COMPARED = r"(?<!to\s)(?<!than\s)(?<!after\s)(?<!behind\s)"
# ("the Russian province of Tatarstan", "the Chinese province of Shandong": the word before
# "province of" is an adjective, the name comes after it)
# ("3,000 from Taiwan Province": the mainland's name for Taiwan, whose visitors and firms come to
# the place the figures are about; no province of the project's country a figure is scoped to)
_BILATERAL = r"(?:trade|ties|cooperation|relations|exchanges|investment|economic)\b"
_PROVINCE = re.compile(rf"\b(?:in\s+|of\s+)?{_COMPARED}{_NOT_A_PLACE}(?!Taiwan\b)(?P<place>[A-Z][a-z]+)"
                       rf"(?:\s+[Pp]rovince(?!\s+of\s+[A-Z])|'s\s+province)\b"
                       # ("Singapore-Shandong trade", "Shandong-Japan ties": the province's with a partner)
                       rf"|{_COMPARED}(?:(?<![\w-])|(?<=[a-z]-)(?=(?:{_PROVINCE_NAMES})\s+{_BILATERAL}))"
                       rf"(?P<named>{_PROVINCE_NAMES})(?:(?![\w-])|(?=-[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+{_BILATERAL}))(?!\s+[Pp]eninsula)"
                       # (the first word of a project's name: "the Fujian Wanda Optoelectronics Intelligent
                       # Manufacturing Production Base Project")
                       # (a list is no name: "the 2023 Shandong Major Projects list", "Shandong Signs …
                       # Projects Worth …")
                       r"(?!(?:\s+(?!Province\b|Provincial\b|Major\b|Key\b|Signs?\b|Wins?\b|Lands?\b)[A-Z][\w&'’-]*){1,8}"
                       r"\s+Project\b)"
                       # "in the southern province of Tây Ninh": a province named after "of", home or abroad
                       r"|(?<![\w-])[Tt]he\s+(?:[a-z]+\s+){0,2}?province\s+of\s+(?P<of>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
                       r"|(?<![\w-])(?P<the>[Tt]h(?:e|is)\s+(?:(?:eastern|coastal|whole|entire|northern|"
                       r"southern|western|central)\s+)?province(?:'s)?|[Pp]rovincial(?![\s-]+level)(?!\s+capital\b)|(?<=\b[Tt]he\s)[Pp]rovincial(?=\s+level\b)|"
                       r"province-wide)\b")
# ("in this eastern province": the province the text is about, as "the province" is)
# Words that only locate a place ("Qingdao in East China's Shandong province", "Qingdao,
# Shandong province", "China's north port of Qingdao"): they say where the city is, not what a
# figure is about.
# the sides of the country ("east China", "Northwestern China")
COMPASS = r"(?:[Ee]ast(?:ern)?|[Ww]est(?:ern)?|[Nn]orth(?:ern)?|[Ss]outh(?:ern)?|[Cc]entral|" \
           r"[Nn]orth(?:east|west)(?:ern)?|[Ss]outh(?:east|west)(?:ern)?)"
# a rank right after a side of the country, which it is then within: "northern China's second-busiest port"
_RANK_AHEAD = r"(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|" \
              r"tenth|largest|biggest|busiest|top)\b"
# (an apostrophe garbled to U+FFFD is still one)
_LOCATED = (rf"(?:{COMPASS}\s+(?:China(?:['’\ufffd]s)?\s+)?)?"  # "in southeastern Shandong province"
            rf"(?:(?:{_PROVINCE_NAMES})(?:\s+[Pp]rovince)?|[A-Z][a-z]+\s+[Pp]rovince)\b")
_LOCATOR = re.compile(rf"\b{COMPASS}\s+China(?:'s|’s)?(?!(?:'s|’s)?\s+{_RANK_AHEAD})|\bChina(?:'s|’s)\s+{COMPASS}\b"
                      # "the Shandong province city", "a Shandong coastal city": says where the city is
                      rf"|\b(?:{_PROVINCE_NAMES})(?:\s+[Pp]rovince)?(?=\s+(?:[a-z-]+\s+){{0,2}}city\b)"
                      rf"|(?<=[A-Za-z])\s+in\s+{_LOCATED}(?:\s+in\s+China\b)?"  # ("… province in China")
                      # "Weifang, a city in East China's Shandong province, …": an appositive
                      # saying what and where the name before the comma is (a clause may begin
                      # at it)
                      # (or between dashes: "… the so-called City of Springs - also the capital city of
                      # Shandong Province -")
                      rf"|(?:(?<=,\s)|(?<=^)|(?<=^\s)|(?<=[-–—]\s)|(?<=[-–—]\salso\s))(?:an?\s+(?:[\w-]+\s+){{0,3}}?(?:city|port|town|county|district)\s+in"
                      # "Jinan, capital of East China's Shandong province": the same, for a capital
                      rf"|(?:the\s+)?(?:provincial\s+)?capital(?:\s+city)?\s+of)\s+{_LOCATED}"
                      # "Weifang, a coastal city on the Shandong Peninsula in China, spans …": the
                      # country only says where the appositive's city is
                      rf"|(?:(?<=,\s)|(?<=^)|(?<=^\s))an?\s+(?:[\w-]+\s+){{0,3}}?(?:city|port|town|county|district)\s+"
                      rf"(?:(?:in|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}\s+)?in\s+(?:{COMPASS}\s+)?China\b(?=\s*,)"
                      # "in Jinan, the provincial capital, …": the same, the province unnamed
                      rf"|(?<=,\s)the\s+provincial\s+capital(?:\s+city)?\b"
                      # "the brewer, based in Shandong Province, said": where the firm is
                      rf"|(?<=,\s)(?<![a-z]s,\s)(?:based|headquartered|located)\s+in\s+{_LOCATED}(?=\s*,)"
                      # "Along the Silk Road, Shandong is linked …": a province after a comma with
                      # a verb after it is the sentence's subject, not a place locating the name
                      # before the comma
                      rf"|(?<=[A-Za-z]),\s*{_LOCATED}(?!(?:\s+[Pp]rovince)?\s+(?:is|are|was|were|has|"
                      rf"have|had|saw|sees|will|would|can|could|boasts?|remains?|became|becomes|"
                      rf"[a-z]+ed)\b)")


# "its Qingdao plant in China": the country says where a named place's site is
_SITE_IN_CHINA = re.compile(r"\b(?:its|their|the|a|an|[\w-]+['’]s)\s+[A-Z][a-z]+\s+(?:plant|factory|facility|base|site|"
                            r"park|headquarters|campus|plants|factories|facilities|bases|sites|parks)(?P<loc>\s+in\s+China)\b")


def without_locators(clause: str, countries: frozenset[str] = frozenset()) -> str:
    """The clause with locating words blanked out (same length, so offsets hold). `countries`:
    the last words of partners' names (lower case), which a province never locates."""
    clause = _CHINA_S_CITY.sub(lambda m: " " * len(m[0]), clause)
    clause = _OUTSIDE.sub(lambda m: " " * len(m[0]), clause)
    clause = _AN_ERA.sub(lambda m: " " * len(m[0]), clause)
    clause = _A_GRADE.sub(lambda m: " " * len(m[0]), clause)
    clause = _SITE_IN_CHINA.sub(lambda m: m[0][:m.start("loc") - m.start()] + " " * len(m["loc"]), clause)
    return _LOCATOR.sub(lambda m: " " * len(m[0]) if _locates_a_name(clause, m, countries) else m[0],
                        clause)


# "before China's reform and opening up": an era of the country's, no place a figure is about
_AN_ERA = re.compile(r"\b(?:before|since|after|during)\s+(?:the\s+)?(?:start\s+of\s+)?China['’]s\s+reform\s+and\s+"
                     r"opening(?:[-\s]up)?\b", re.IGNORECASE)


# "talents at or above the provincial level", "… at the provincial level or above": a grade of what
# is counted, not the province's (a margin "3 points above the provincial level" is the province's)
_A_GRADE = re.compile(r"\b(?:at\s+or\s+(?:above|below)\s+the\s+provincial\s+level|(?:at\s+)?the\s+provincial\s+"
                      r"level\s+or\s+(?:above|higher|below|lower))\b", re.IGNORECASE)

# Grades listed: "named 'excellent' at the national, provincial, and municipal level": levels of an
# award, no place of the figure (blanked in the whole text, since the list's commas part clauses)
_GRADE_WORD = r"(?:national|state|provincial|municipal|city|county|district)"
GRADES_LISTED = re.compile(rf"\bat\s+the\s+{_GRADE_WORD}(?:(?:\s*,\s*|\s+)(?:and\s+|or\s+)?{_GRADE_WORD}){{1,4}}"
                           r"\s+levels?\b", re.IGNORECASE)


# "attendees were from provinces outside Shandong": a place the figure is not about
_OUTSIDE = re.compile(r"\b(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?[A-Z][\w'’-]*(?:\s+[Pp]rovince)?")


def _locates_a_name(clause: str, m: re.Match, countries: frozenset[str]) -> bool:
    """"Qingdao in Shandong province" locates; "investment in Shandong province", "Moreover,
    Shandong boasts" and "the biggest partner of South Korea in Shandong Province" (a country
    is not in a province) do not."""
    if m[0][:1].isalpha():  # "East China's" locates wherever it is
        return True
    # (a place's name with its kind: "Longkou port in east China's Shandong Province")
    word = re.search(r"([\w'’-]+)(\s+(?:port|city|county|district|town|zone))?\s*$", clause[max(m.start() - 80, 0):m.start()])
    if word and word[2] and word[1].lower() in _QUANTIFIERS:  # "Every county in Shandong Province"
        return False  # (not "this city in East China's Shandong Province": the one the text is about)
    # (a rank may stand words before the kind, since its article: "the third largest dry bulk and
    # container port in …")
    if word and word[2] and word[2].split()[0] != "zone":
        kind_at = max(m.start() - 80, 0) + word.start(2)
        described = _SINCE_THE_ARTICLE.search(clause, max(m.start() - 120, 0), kind_at)
        words = re.findall(r"[A-Za-z]+|\d+(?:st|nd|rd|th)", described[0] if described else
                           clause[max(m.start() - 120, 0):kind_at])[-8:]
        if not any(_RANKING_WORD.fullmatch(w.lower()) or w.lower() in _QUANTIFIERS for w in words):
            return True  # "the 2.5-million-population city in Shandong province" (not "the largest port in …")
    return bool(word and word[1][:1].isupper() and word[1].lower() not in _NOT_NAMES
                and word[1].lower() not in countries)


# Words before a place's kind that rank it among the province's: "the largest port in Shandong"
_RANKING_WORD = re.compile(r"(?!(?:north|south)?west$|forest$|interest$)[a-z]+est|most|only|first|second|third|fourth|"
                           r"fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|top|leading|major|main|sole|"
                           r"other|all|many|several|more|key")
# The words of a noun phrase since its article, up to the place's kind: "the third largest dry bulk
# and container"
_SINCE_THE_ARTICLE = re.compile(r"\b(?:the|a|an|The|A|An)\s+(?:(?!the\b|a\b|an\b)[\w'’,-]+\s+){0,8}?(?:[\w'’-]+)?\s*$")
# Words before a place's kind that make it no name: "Every county in Shandong Province" (not "this city
# in …", the one the text is about)
_QUANTIFIERS = {"a", "an", "another", "any", "each", "every", "no", "one", "some"}
# Words before a comma or "in" that are no place: prepositions, the connectives that open a
# sentence ("Moreover, Shandong …", "In addition, …") and times ("In August, Shandong …").
_NOT_NAMES = {"the", "and", "in", "of", "for", "from", "with", "moreover", "however", "meanwhile",
              "furthermore", "besides", "additionally", "addition", "overall", "also", "therefore",
              "thus", "today", "now", "currently", "recently", "still", "yet", "nevertheless",
              "likewise", "similarly", "indeed", "instead", "then", "later", "previously", "first",
              "firstly", "secondly", "finally", "lastly", "specifically", "meantime", "so", "but",
              "as", "far", "date", "total", "all", "particular", "contrast", "comparison",
              # "In August, Shandong's exports …": a time, not a place Shandong locates
              "january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "monday", "tuesday", "wednesday",
              "thursday", "friday", "saturday", "sunday", "year", "quarter", "period", "month"}


_CAPITALISED = re.compile(r"\b[A-Z][a-z]{5,}\b")
PROVINCES = tuple(_PROVINCE_NAMES.split("|"))  # the provinces a name is read as
# Names of places wider than a city: never "another city".
WIDER_PLACES = frozenset(PROVINCES) | {"China"} | {w for name in _REGIONS for w in name.split()
                                                  if w[:1].isupper()}


# The prefecture-level cities of a province, so a bare "Weifang" in a list reads as a city: news
# names the other cities of the project's province without "City". Only the province the
# shipped project's city is in is listed; a project elsewhere adds its province here.
# The cities of the city's province, and the large cities and ports elsewhere in China that news
# compares it with ("The port of Shanghai … 37.13 million TEU", "Ningbo-Zhoushan port"); the four
# municipalities are cities of their own.
PROVINCE_CITIES = {"Shandong": frozenset({
    "Jinan", "Qingdao", "Zibo", "Zaozhuang", "Dongying", "Yantai", "Weifang", "Jining", "Tai'an",
    "Tai’an", "Taian", "Weihai", "Rizhao", "Linyi", "Dezhou", "Liaocheng", "Binzhou", "Heze",
    "Laiwu"}),
    "Beijing": frozenset({"Beijing"}), "Shanghai": frozenset({"Shanghai"}),
    "Tianjin": frozenset({"Tianjin"}), "Chongqing": frozenset({"Chongqing"}),
    "Jiangsu": frozenset({"Nanjing", "Suzhou", "Wuxi", "Lianyungang", "Nantong"}),
    "Zhejiang": frozenset({"Hangzhou", "Ningbo", "Wenzhou", "Yiwu"}),
    "Guangdong": frozenset({"Guangzhou", "Shenzhen", "Dongguan", "Foshan", "Zhuhai"}),
    "Fujian": frozenset({"Xiamen", "Fuzhou"}), "Liaoning": frozenset({"Dalian", "Shenyang"}),
    "Hebei": frozenset({"Tangshan", "Shijiazhuang"}), "Henan": frozenset({"Zhengzhou"}),
    "Hubei": frozenset({"Wuhan"}), "Sichuan": frozenset({"Chengdu"}), "Shaanxi": frozenset({"Xi'an", "Xi’an"}),
    "Hunan": frozenset({"Changsha"}), "Anhui": frozenset({"Hefei"}), "Heilongjiang": frozenset({"Harbin"}),
    "Jilin": frozenset({"Changchun"})}


def spelled_provinces(text: str) -> str:
    """The text with a province's name misspelt by one letter ("Shangdong", "Shandomg") written
    right, padded in front to the same length so offsets hold; for reading places only."""
    fixes = {}
    for word in set(_CAPITALISED.findall(text)) - set(PROVINCES):
        right = next((p for p in PROVINCES if len(p) >= 6 and _one_letter_off(word, p)), None)
        if right:
            fixes[word] = " " * (len(word) - len(right)) + right
    if not fixes:
        return text
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, fixes)) + r")\b")
    return pattern.sub(lambda m: fixes[m[0]], text)


def _one_letter_off(word: str, name: str) -> bool:
    """One letter changed, or one added inside the name (not a suffix: "Shandongs")."""
    if word[:2] != name[:2] or word[-1] != name[-1]:
        return False
    if len(word) == len(name):
        return sum(a != b for a, b in zip(word, name)) == 1
    return len(word) == len(name) + 1 and any(word[:i] + word[i + 1:] == name
                                              for i in range(2, len(word) - 1))


def provinces_named(text: str) -> list[tuple[int, str]]:
    """(offset, name) of each named province in a text, for "the province" to refer back to."""
    return [(m.start(), m["place"] or m["named"] or m["of"]) for m in _PROVINCE.finditer(text)
            if (m["place"] or m["named"] or m["of"])
            and not _COMPARED_LIST.search(text, max(m.start() - 80, 0), m.start())
            and not _THE_PENINSULA.match(text, m.end())]


# "in the heart of the urban agglomerations in Shandong Peninsula": a landform, where a city lies,
# not the province (not "the Shandong Peninsula Blue Economic Zone", a plan of the province)
_THE_PENINSULA = re.compile(r"\s+Peninsula\b(?!\s+(?:Blue|Economic|Urban|City|Cities|Region|Area)\b)")


# The last name of a list compared with ("the third largest in terms of economic aggregates, after
# Guangdong and Jiangsu"): no more the province the text goes on about than the first (`_COMPARED`);
# not a name after the list's comma, "Second only to Guangdong, Shandong exported …"
_COMPARED_LIST = re.compile(rf"\b(?i:than|after|behind|trailing|second\s+(?:only\s+)?to)\s+"
                            rf"(?:(?:{_PROVINCE_NAMES})(?:\s+[Pp]rovinces?)?(?:,\s*|\s+))+(?:and|or)\s+$")


# "Chinese cities/ports" where something goes, or comes from ("to 120", "with", "from"):
# (a lookbehind has one width: one for each way of writing it, tried only where "Chinese" starts)
_ONLY_LOCATES = r"(?=Chinese\b)" + "".join(
    rf"(?<!\b{word}\s{count}{major})" for word in ("to", "with", "from")
    for count in ("", r"\d\s", r"\d\d\s", r"\d\d\d\s", r"\d,\d\d\d\s") for major in ("", r"major\s"))
# A sentence opened by a word of time before its comma: "Currently, China has …" (not "Qingdao,
# China has …", a place's address)
_OPENING_WORDS = ("Currently", "Today", "Now", "Nowadays", "Presently", "Meanwhile", "However", "Moreover",
                  "Overall", "So far", "To date", "At present", "By then", "In total", "In addition")
_OPENED = "|".join(rf"(?<={word},\s)" for word in _OPENING_WORDS)
# "national-level demonstration areas in Qingdao" grades what is counted: no national figure
# The country's trade with another, named as a pair: "China-Saudi trade", "Sino-US trade",
# "Kazakhstan-China trade" (then "bilateral trade" in the next sentence is that pair's too)
# "Saudi", "South Korea", "US", "ASEAN", "Việt Nam" (letters of any script after the capital)
_PAIRED = r"(?:[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?|[A-Z]{2,6})"
CHINA_PAIR_TRADE = (rf"(?<![\w-])(?:(?:China|Sino)[-–]{_PAIRED}|{_PAIRED}[-–]China)(?![-–])"
                    # (its amount, not a fair, a zone or a friction: "China-Japan trade fair")
                    r"\s+(?:bilateral\s+)?trade(?:\s+(?:volume|value|turnover))?"
                    r"(?=\s+(?:has\s+|had\s+|have\s+)?(?:stood|reached|rose|fell|grew|totaled|totalled|totaling|"
                    r"totalling|increased|decreased|declined|jumped|hit|was|were|amounted|surged|dropped|"
                    r"climbed|exceeded|expanded|registered)\b|\s*[,.]|\s+(?:in|last|this)\s)")
BETWEEN_A_PARTNER_AND_CHINA = r"between\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+and\s+China\b"
_COUNTRY = re.compile(r"\b(?:China['’]s|Chinas(?=\s+[a-z])|in\s+China|(?<=s\s)(?<!\bbusiness\s)(?<!\bfactories\s)(?<!\bplants\s)(?:across|throughout)\s+(?:mainland\s+)?China|nationwide|"
                      # ("supplying over 1,300 wholesale markets across China": as "across the country"; not
                      # where goods go, "ready to be distributed across China", nor a firm's business or
                      # other factories, "even as factories across China slowed")
                      # a partner's trade with the country: "Pakistan's exports to China"
                      r"(?<=['’]s\s)(?:(?:exports?|shipments|imports?)\s+(?:to|from)|trade\s+with)\s+China\b(?![\w'’-])|national(?!\s+(?:day|team)|-level)"
                      # ("a key national lab", "a national high-tech zone": a title of a place's own)
                      r"(?!\s+(?:(?:key|high-tech|innovation|engineering|research|technology|technological|"
                      r"economic|and|development|demonstration|pilot)\s+){0,4}(?:labs?|laborator(?:y|ies)|"
                      r"cent(?:er|re)s?|zones?|bases?|museums?|stadiums?)\b)|"
                      r"on\s+the\s+(?:Chinese\s+)?mainland|in\s+mainland\s+China|"  # "ranked No 4 on the Chinese mainland"
                      # "China has built an air route network with 844 routes": the country acts
                      # (not "Qingdao, China has", a place's address; "China is the largest trading
                      # partner of South Korea" ranks China among another's partners)
                      rf"(?:(?<![,\w-]\s)|{_OPENED})(?<![\w-])China\s+(?:(?:also|now|already)\s+)?(?:has|had)\s+"
                      r"(?:(?:now|already|so\s+far)\s+)?(?:(?!been\b)[a-z]+|\d[\d,.]*\d|\d)|"
                      # the state's own acts and the border it keeps: "China adopted a visa-free policy",
                      # "China raised the export rebate rate for aquatic products … to 13 percent",
                      # "can enter China visa-free for stays of up to 15 days"
                      rf"(?:(?<![,\w-]\s)|{_OPENED})(?<![\w-])China\s+(?:(?:also|again)\s+)?(?:adopted|implemented|introduced|"
                      r"expanded|extended|granted|exempted|waived|eased|raised|lowered"
                      # and its trade: "During Q1 2023, China exported a total of 139 million tires"
                      r"|exported|imported|shipped)\b|"
                      # (not those who "entered China via the coastal city Qingdao", counted where
                      # they came in, nor a tour planned "with visa-free entry to China")
                      r"(?:enter(?:s|ed|ing)?|(?<![Ww]ith\s)(?<![Ww]ith\svisa-free\s)(?<![Ww]ith\sthe\svisa-free\s)[Ee]ntr(?:y|ies)\s+(?:in)?to)\s+China\b(?!['’])"
                      r"(?!\s+(?:[\w-]+\s+){0,3}?(?:via|through|at|from|in)\s+(?:the\s+)?[A-Z])(?!\s+(?:via|through|at|from)\b)|"
                      r"between\s+China\s+and|"  # "trade between China and other SCO member states"
                      rf"{CHINA_PAIR_TRADE}|"  # "China-Saudi trade stood at $106 billion"
                      rf"{BETWEEN_A_PARTNER_AND_CHINA}|"  # "… between Kyrgyzstan and China"
                      r"(?:the\s+)?(?:whole|entire)\s+Chinese\s+[a-z]+|"  # "one-sixth of the whole Chinese coastline"
                      # a share of the country's whole: "accounted for more than 50% and 70% of the
                      # country", "occupy more than 60% of the domestic market share"
                      r"(?:percent|per\s+cent|%|half|third|quarter|fifth|tenth)\s+of\s+the\s+(?:country|nation)(?![\w'’-])|"
                      # (not another country's: "Toyota's domestic market share in Japan", "Japan's
                      # domestic market share")
                      r"(?:(?:percent|per\s+cent|%)\s+of\s+the\s+domestic\s+market|(?<!['’]s\s)domestic\s+market\s+share|"
                      r"share\s+of\s+the\s+domestic\s+market)(?!\s+(?:in|of|for)\s+(?!China\b)[A-Z])|"
                      # "topped the country in terms of exports": first in the country
                      rf"top(?:s|ped|ping)\s+the\s+(?:country|nation)(?!['’]){NOT_A_LEVEL}|"
                      r"the\s+nation['’]s|in\s+the\s+nation|the\s+country['’]s|(?:across|around)\s+the\s+country|in\s+the\s+country|"
                      r"(?:China|the\s+country)\s+as\s+a\s+whole|(?:the\s+)?(?:Chinese|central)\s+government|"
                      # the country's firms acting: "Chinese enterprises have set up more than 3,000 companies in
                      # other member states"
                      # (abroad only: not "Chinese enterprises have invested 5 billion yuan in Qingdao")
                      r"(?<!\bby\s)Chinese\s+(?:enterprises|companies|firms|investors)\s+(?:have\s+|had\s+)?(?:also\s+)?"
                      r"(?:set\s+up|established|built|invested|created|opened)(?=[^.;]{0,150}?\b(?:abroad|overseas|"
                      r"in\s+other\s+(?:member\s+)?(?:states|countries)|in\s+foreign\s+countries|member\s+states|"
                      r"countries\s+along)\b)|"
                      # "container volume at major Chinese ports": the country's ports together
                      # ("destinations in major Chinese cities", "routes to 120 Chinese cities",
                      # "linking it with Chinese ports" only locate or count what goes there)
                      rf"{_ONLY_LOCATES}Chinese\s+(?:[a-z]+\s+)?(?:ports|seaports|airports)|"
                      rf"(?<!\bin\s)(?<!\bin\smajor\s){_ONLY_LOCATES}Chinese\s+(?:[a-z]+\s+)?(?:cities|provinces))\b")
# A group's members as one whole: "the combined GDP of the SCO member states", "the total trade
# volume of the SCO member states" (not "trade between China and other SCO member states")
_MEMBERS_WHOLE = re.compile(r"\b(?:of|among)\s+(?:the\s+)?(?P<group>[A-Z][\w-]*)\s+member\s+"
                            r"(?:states|countries|economies|nations)\b")
# ("the world's top 500 companies" names a list of firms, "141 of the world's leading firms" the
# firms counted: no world figure)
_WORLD = re.compile(r"\b(?:world['’]s(?!\s+top\s+\d+\b)(?!\s+(?:[a-z-]+\s+){0,2}(?:firms|companies|enterprises|"
                    r"multinationals|corporations|investors)\b)|in\s+the\s+world|worldwide|"
                    # (not "globally-recognized companies": what kind of firm; nor "is globally
                    # recognized as the World Kite Capital": a name the place is known by)
                    r"globally(?![-‑])(?!\s+(?:recogni[sz]ed|renowned|known|famous|acclaimed)\b)|"
                    # (not "179 Fortune global 500 companies": the league's name)
                    r"(?<![Ff]ortune\s)(?<![Ff]orbes\s)global(?=\s+\w+\s*(?:ports?|"
                    r"cities|companies|rankings?|terminals?|airports?))|global(?=\s+(?:economic|economy|"
                    r"trade|growth|GDP|demand|output|total|market|markets|sales|population)\b)"
                    # "the global off-road tyre market": a product's market the world over
                    r"|global(?=\s+(?:[\w-]+\s+){1,3}?(?:market|markets|demand|shipments)\b)"
                    # "a 17.3% share of world sales", "of the world market"
                    r"|world\s+(?:market|markets|sales|trade|output|production|exports|imports|population)\b"
                    # "Hisense's world TV market share": a share of the world's market
                    r"|\b(?:world|global)\s+[\w-]+\s+market\s+share"
                    # "the international market share of ballast water systems reaches 35%"
                    r"|\binternational\s+market\s+share|\bshare\s+of\s+the\s+international\s+market"
                    # "shipments topped the world for five years": first in the world
                    rf"|\btop(?:s|ped|ping)\s+the\s+world\b(?!['’]){NOT_A_LEVEL})")
# "the world's top 10 financial centres", "the top 50 global financial centers": a rank in the
# world (for other figures of the clause, "the world's top 500" names a list, no place)
_WORLD_TOP = re.compile(r"\bworld['’]s\s+top\s+\d+\b|\btop\s+[\w-]+\s+global\b")
# "the most in the world", "the world's largest": a rank's words, not the place of a figure
# that shares its clause ("…, the most in the world and a 6.4 percent increase").
_WORLD_RANK = re.compile(r"\b(?:the\s+)?(?:\w+\s+)?(?:most|largest|biggest|busiest|best)\s+(?:\w+\s+){0,3}?"
                         r"in\s+the\s+world\b|\bworld['’]s\s+(?:\w+\s+)?(?:largest|biggest|busiest|most|best|first)\b")
_REGION_RANK = re.compile(rf"\b(?P<region>{_REGION_NAMES})'s\s+(?:\w+\s+){{0,2}}(?:largest|biggest|"
                          rf"leading|\w+\s+largest)|(?:largest|biggest|leading)\s+(?:\w+\s+){{0,5}}?"
                          rf"(?:in|from|among)\s+(?P<region2>{_REGION_NAMES})\b"
                          rf"|\b(?P<adj>{_REGION_ADJECTIVES})\s+(?:\w+\s+)?(?:investors?|partners?|"
                          rf"sources?|countries|economies)")
_GROUPS = (r"(?:ports|seaports|cities|airports|investors|partners|countries|economies|"
           r"provinces(?:\s+and\s+(?:cities|municipalities|regions))?|companies|terminals|"
           r"cent(?:er|re)s|hubs)")
# A ranking named for the world's members: "the Global Financial Centres Index", "the World
# Container Port Ranking". A rank in it is among what it ranks, in the world.
_WORLD_INDEX = re.compile(r"\b(?:Global|World|International)\s+(?P<group>(?:[A-Z][\w-]*\s+){0,3}?"
                          r"(?:Cent(?:er|re)s|Cities|Ports|Hubs|Airports|Companies|Economies))"
                          r"\s+(?:Index|Rankings?|List|Report)\b")
_AMONG = re.compile(rf"\b[Aa]mong\s+(?!all\b)(?P<group>(?:[\w'’-]+\s+){{0,4}}{_GROUPS})\b"
                    # "rank third of the six major coastal provinces": "of the" right after a rank
                    rf"|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                    rf"\s+of\s+the\s+(?P<of>(?:[\w'’-]+\s+){{0,3}}{_GROUPS})\b"
                    # "ranked 9th place in terms of GDP in comparison to other provinces"
                    rf"|\b(?:in\s+comparison|compared)\s+(?:to|with)\s+(?:the\s+)?(?:all\s+)?other\s+"
                    rf"(?P<other>(?:[\w'’-]+\s+){{0,2}}{_GROUPS})\b")


# A rank in a region ("first place in Northeast Asia"), where no investor or partner is ranked.
# The group a "top N" list ranks, the plural noun after its number: "the top 10 most attractive
# Chinese cities", "one of the top ten functional areas"
_TOP_GROUP = re.compile(r"\b[Tt]op\s+(?!(?:global|world|international)\s)[\w-]+\s+(?!(?:among|in|of|on|at|for|by)\b)(?P<group>(?:[\w'’-]+\s+){0,3}?[a-z][\w-]*[a-rt-z]s)\b(?!['’])")
# … or, with no number, a group of the world ("global" no count to skip): "the list of top global financial centers"
_TOP_WORLD_GROUP = re.compile(r"\b[Tt]op\s+(?P<group>(?:global|world|international)\s+(?:[\w'’-]+\s+){0,2}?[a-z][\w-]*[a-rt-z]s)\b"
                              r"(?!['’])")
_IN_REGION = re.compile(rf"\bin\s+(?P<region>{_REGION_NAMES})\b")


# A rank behind another province: "second only to Jiangsu", "after Guangdong province".
_BEHIND_A_PROVINCE = re.compile(rf"\b(?:second\s+(?:only\s+)?to|only\s+to|after|behind|trailing)\s+"
                                rf"(?P<province>(?:{_PROVINCE_NAMES})(?:\s+[Pp]rovince)?|[A-Z][a-z]+\s+"
                                rf"[Pp]rovince)\b")


# What a rank ranks when it is not an investor or partner (their group is all of them).
# ("the third-wealthiest province"; an unnumbered "the wealthiest city in …" is no rank briefgen reads)
_ORDINAL_WORD = "|".join(ORDINALS)
_RANKED_NOUNS = "(?:port|city|airport|terminal|province|economy|company|exporter|importer|producer)"
# (the kind of what is ranked, "container", "dry bulk and container", never another rank's words:
# "the largest and busiest port" ranks among ports)
_RANKED_NOUN = re.compile(rf"\b(?:largest|biggest|busiest|(?:{_ORDINAL_WORD}|\d+(?:st|nd|rd|th))[-\s]+"
                          r"(?:wealthiest|richest|most\s+populous))\s+(?:(?:and|or)\s+(?:most\s+[a-z]+|[a-z]+est)\s+)?"
                          r"(?P<kind>(?:(?!(?:in|of|the|for|by|to|at|on|with|most|and|or)\s|[a-z]+est\s)[a-z][\w-]*\s+"
                          rf"(?:(?:and|or)\s+(?=[a-z][\w-]*\s+{_RANKED_NOUNS}))?){{0,4}}?)"
                          rf"(?P<noun>{_RANKED_NOUNS})s?\b")
_PLURALS = {"city": "cities", "economy": "economies", "company": "companies"}


# "…, ranking fourth in the country", "ranked among the best in China": where a rank is, not a
# figure that shares the clause.
_FIRM_RANKED = (r"the\s+(?:country|nation|province|world)['’]s\s+(?:(?:first|second|third|fourth|fifth|"
                r"\d+(?:st|nd|rd|th))[\s-]+)?(?:largest|biggest|leading|top|major)\s+(?:[a-z-]+\s+){0,2}?"
                r"(?:maker|producer|company|firm|brewer|manufacturer|group|exporter|importer|enterprise|"
                r"carmaker|automaker|retailer|bank|insurer|operator|carrier)")
_RANK_PHRASE = re.compile(r"\b(?:rank(?:s|ed|ing)?|plac(?:ed|ing))\b(?:No\.\s*\d|[^,;.()])*"  # "ranking No. 1 in China"
                          # "…, an increase of 898,000 tons and the highest in China": where the rank ranks
                          # (not a record: "40 trillion yuan, the highest in the country's history" is the country's)
                          r"|\bthe\s+(?:highest|largest|biggest|lowest)\s+in\s+(?:China|the\s+(?:country|nation|world|province))\b"
                          + NOT_A_RECORD +
                          r"|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                          r"\d+(?:st|nd|rd|th))\s+place\b[^,;.()]*"  # "and sixth place globally"
                          r"|\bamong\s+the\s+(?:best|top|leading|largest)\b[^,;.()]*"
                          # "…, positioning the factory as one of the most advanced tire production sites
                          # globally": what the thing is among, not where the investment's figures are
                          r"|\bone\s+of\s+the\s+(?:most\s+[a-z-]+|[a-z]+est|top|leading|best)\b[^,;.()\d]*"
                          # "…, and is among the regions with the highest concentration of Japan-funded
                          # enterprises in China": where the area ranks, not where its counts are
                          r"|\b(?:is|are|was|were)\s+among\s+the\s+[^,;.()]{0,60}?\b(?:highest|largest|biggest|most|"
                          r"top|leading|best)\b[^,;.()]*"
                          # "handled 10 million passengers, making it the top airport in the
                          # province": the rank the figure earns is ranked there, the figure is not
                          r"|\bmak(?:ing|es)\s+(?:it|them)\s+the\s+(?:top|first|second|third|fourth|fifth|"
                          r"\w+est|\d+(?:st|nd|rd|th))\b[^,;.()]*"
                          # "has become the second biggest foreign trade port on the Chinese
                          # mainland": where the port ranks, not where its tonnage is
                          r"|\bthe\s+(?:(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+)?"
                          r"(?:largest|biggest|busiest)\b[^,;.()]*?(?:on\s+the\s+(?:Chinese\s+)?mainland|"
                          r"in\s+China|in\s+the\s+country|nationwide)\b"
                          # "will become the first commercial power station for electric buses in
                          # China": what is first in the country, not where the project's money is
                          # (not a period, "in the first half of the year in China", nor a group
                          # counted, "the first group of 14 coastal cities in China")
                          # (nor a time: "for the first time in China", "the only such year")
                          r"|\bthe\s+(?:first|only)\s+(?!(?:half|quarter|three|two|four|five|six|seven|eight|nine|"
                          r"ten|eleven|months?|weeks?|days?|years?|time|times|such\s+(?:years?|times?|levels?))\b)[^,;.()\d]{0,80}?(?:on\s+the\s+(?:Chinese\s+)?mainland|"
                          r"in\s+China|in\s+the\s+country|nationwide)\b"
                          # "…, the country's second biggest beer maker said": a firm's rank says
                          # which firm, not where its figures are
                          # (one firm; firms only as a group it is among, "among the world's top tyre
                          # producers": not "Output of the country's major automakers rose 8 percent")
                          rf"|\b{_FIRM_RANKED}\b|(?:(?<=\bamong\s)|(?<=\bone\sof\s)){_FIRM_RANKED}s\b", re.IGNORECASE)


# "in 112 countries and regions worldwide": the world locates the countries counted; the count
# is whoever's has them (the city's firms abroad), not the world's own figure.
_COUNTRIES_LOCATED = re.compile(r"\b(countries(?:\s+and\s+regions)?)\s+(?:worldwide|around\s+the\s+"
                                r"(?:world|globe)|across\s+the\s+(?:world|globe)|in\s+the\s+world|"
                                r"globally)\b")


# "Hisense shipped 19.6 million TV sets globally": where what a named seller sold went, its own
# figure (not "TV makers shipped 220 million sets worldwide": the world's market).
_SOLD_WORLDWIDE = re.compile(r"(?<![\w'’-])[A-Z][\w&-]+\s+(?:shipped|sold|exported|delivered)\s+(?:(?:[^,;.]|\.(?=\d))*?\s)?"
                             r"(?P<where>globally|worldwide)\b")


# A comment on what the figures show, after them: "…, showing the connotation and product charm
# and potential of Shandong", "…, reflecting the vitality of the province's economy": no place
# the figures are of (a clause with figures of its own keeps its places: "…, showing that Shandong's
# exports grew 12%")
_COMMENT_CLAUSE = re.compile(r",\s+(?:showing|demonstrating|reflecting|highlighting|underscoring|illustrating|"
                             r"showcasing|displaying|indicating|signalling|signaling)\b[^.;!?\n\d]{0,200}(?=[.;!?\n]|$)")


def without_comments(text: str) -> str:
    """The text with a comment clause on what the figures show blanked (same length)."""
    return _COMMENT_CLAUSE.sub(lambda m: " " * len(m[0]), text)


def without_sales_destinations(text: str) -> str:
    """The text with "globally" or "worldwide" after a verb of selling blanked (same length):
    they say where the goods went, not that the figure is the world's."""
    return _SOLD_WORLDWIDE.sub(lambda m: m[0][:m.start("where") - m.start()] + " " * len(m["where"]), text)


def scope_of(clause: str, is_rank: bool, city: str | None = None,
             countries: frozenset[str] = frozenset(), parts: frozenset[str] = frozenset()) -> Scope:
    """The scope of a figure stated in `clause` (the clause or sentence around it). "The
    province" names no province: the scope's place is then None, for the caller to find.
    `countries` as for `without_locators`."""
    written = clause  # (a side of the country reads as a locator: "northern China's second-busiest port")
    clause = located = _COUNTRIES_LOCATED.sub(lambda m: m[1] + " " * (len(m[0]) - len(m[1])),
                                              without_locators(clause, countries))
    if not is_rank:
        clause = _RANK_PHRASE.sub(lambda m: " " * len(m[0]), _WORLD_RANK.sub(lambda m: " " * len(m[0]), clause))
    among = None
    if is_rank:
        among_m = _AMONG.search(clause)
        region_m = _REGION_RANK.search(clause)
        ranked = _RANKED_NOUN.search(clause)
        if among_m:
            among = among_m["group"] or among_m["of"] or among_m["other"]
        # a noun ranked before a region's words is what is ranked ("China's largest port sending
        # materials to African countries": among ports), unless the region owns the rank
        # ("Europe's largest port")
        elif region_m and not (ranked and not region_m["region"] and ranked.end() <= region_m.start()):
            name = region_m["region"] or region_m["region2"]
            adjective = _REGIONS[name] if name else region_m["adj"]
            among = f"{adjective} {_ranked_as(clause)}"
        elif top_group := _TOP_GROUP.search(clause) or _TOP_WORLD_GROUP.search(clause):
            # "the top three container handling ports", "the list of top global financial centers"
            among = " ".join(top_group["group"].split())
        elif ranked:  # "the second largest port in China": among ports; "third-busiest container port": container ports
            among = " ".join((ranked["kind"] + _PLURALS.get(ranked["noun"], ranked["noun"] + "s")).split())
    province = _PROVINCE.search(clause)
    if province and _is_city_name(province, city):
        province = None
    compass = _COMPASS_RANK_OWN.match(written) if is_rank and not province and not _COUNTRY.search(
        _SIDE_OF_CHINA.sub(lambda m: " " * len(m[0]), clause)) else None  # ("third in China with …": the country's)
    if compass:  # "northern China's second-busiest port", "fifth among ports in eastern China": of that side only
        return Scope("region", _side_of_china(compass["side"] or compass["side2"] or compass["river_side"]), among,
                     f"'{compass[0].strip()}'")
    index = _WORLD_INDEX.search(clause) if is_rank and not among else None
    if index and not (province or _COUNTRY.search(clause)):  # "third in China in the Global … Index"
        return Scope("world", None, f"global {index['group'].lower()}", f"ranked in '{index[0]}'")
    if among and re.search(r"\bprovinces\b", among):  # a rank among China's provinces is national
        return Scope("country", "China", among, f"ranked among {among}")
    behind = _BEHIND_A_PROVINCE.search(clause) if is_rank else None
    if behind:  # "ranking only second to Jiangsu province": a province ranked among provinces
        return Scope("country", "China", among, f"ranked against '{behind['province']}'")
    # "China is the largest trade partner of Kenya": ranked among Kenya's partners (not "the
    # largest trading partner of Japan among Shandong cities", "first in Shandong as …")
    partner_of = _partner_of_abroad().search(clause) if is_rank and not (among or province) else None
    if partner_of:
        return Scope("country", partner_of["place"], among, f"ranked among '{partner_of[0].strip()}'")
    other = _other_city(clause, city, countries, located, parts)
    if other:
        return Scope("city", other[0], among, f"'{other[1]}': a city other than the project's")
    if province:
        place = province["place"] or province["named"] or province["of"]
        return Scope("province", place, among, f"'{province[0].strip()}'")
    # (not where a share is of a whole the clause leaves to its sentence: "China's foreign trade rose
    # 5 percent, with the Yangtze River Delta contributing 40 percent of the total")
    domestic = _DOMESTIC_REGION.search(clause) if not is_rank \
        and not re.search(r"\bof\s+the\s+(?:total|whole)\b", clause) else None
    if domestic and not (city and re.search(rf"\b{re.escape(city)}\b|\b[Tt]he\s+city\b(?!\s+of\b)", clause)):
        # "the Bohai Bay Rim absorbed over US$14 billion of foreign direct investment": the
        # region's, not the country's (not "Qingdao, a city of the Bohai Rim, drew …")
        return Scope("region", " ".join(domestic["region"].split()), among, f"'{domestic[0].strip()}'")
    country = _COUNTRY.search(clause) or _chinese_investment_abroad().search(clause) \
        or _travellers_abroad(clause, city)
    if country:
        return Scope("country", "China", among, f"'{country[0]}'")
    if abroad := _market_abroad(clause, is_rank):
        return Scope("country", abroad[0], among, f"'{abroad[1]}'")
    world = _WORLD.search(clause) or (_WORLD_TOP.search(clause) if is_rank else None)
    if world:  # "ranking fourth in the world", "the world's second largest container port"
        return Scope("world", None, among, f"'{world[0]}'")
    members = _MEMBERS_WHOLE.search(clause)
    if members:  # "the combined GDP of the SCO member states": the group's own whole
        return Scope("region", members["group"], among, f"'{members[0]}'")
    region = _IN_REGION.search(clause) if is_rank and not among else None
    if region:  # "first place in Northeast Asia"
        return Scope("region", region["region"], among, f"'{region[0]}'")
    return Scope("city", None, among, "no wider place named" if not among else f"ranked among {among}")


# A side of the country a rank is within, right before the rank or right after what it ranks:
# "northern China's second-busiest port", "the largest port in north China" (not "a port city in
# east China's Shandong province": the province's)
_SIDE_OF_CHINA = re.compile(rf"\b{COMPASS}\s+China\b", re.IGNORECASE)
_COMPASS_RANK = re.compile(rf"\b(?P<side>{COMPASS})\s+China['’]s\s+{_RANK_AHEAD}"
                           rf"|\b(?:largest|biggest|busiest|first|second|third|fourth|fifth|top\s+\w+|\d+(?:st|nd|rd|th))\b"
                           rf"(?:(?!\s(?:in|of|and|among)\s)[\w\s-]){{0,40}}?\s+(?:(?:in|of|among\s+(?:[\w-]+\s+){{0,2}}?in)\s+(?P<side2>{COMPASS})\s+China\b"
                           # "the largest ginger producer north of the Yangtze River": the country's north
                           r"|(?P<river_side>north|south)\s+of\s+the\s+Yangtze(?:\s+River)?\b)"
                           r"(?!['’]s|\s+Sea\b)", re.IGNORECASE)


def _side_of_china(side: str) -> str:
    """The side of the country as the text names it: "North China" is a region's name (which
    Shandong is not in), "northern China" or "north China" the country's north."""
    if side[0].isupper() and not side.lower().endswith("ern"):
        return f"{side.capitalize()} China"  # (also "Central China")
    side = side.lower()
    return f"{side if side == 'central' or side.endswith('ern') else side + 'ern'} China"


# (in the rank's own words only, which open the clause they are read in: not "the fifth-busiest port
# in China and the busiest in northern China", nor "Haier, the largest maker in east China, ranked first")
_COMPASS_RANK_OWN = re.compile(rf"\s*(?:(?:ranks?|ranked|ranking|placing|placed|and|the|No\.|[A-Z][\w-]*['’]s)\s+)*"
                               rf"(?:{_COMPASS_RANK.pattern})", re.IGNORECASE)
# The country's economic regions, wider than a province and narrower than the country
_DOMESTIC_REGION = re.compile(r"\b(?P<region>Bohai(?:\s+Bay)?(?:\s+Economic)?\s+Rim|Bohai\s+Economic\s+Circle|"
                              r"Yangtze\s+River\s+Delta|Pearl\s+River\s+Delta|Greater\s+Bay\s+Area|"
                              r"Beijing-Tianjin-Hebei|Jing-Jin-Ji)\b")
# "Weihai City", "the city of Yantai": a city by name.
# ("the northern Chinese city of Tianjin": an adjective before "city of" is no city's name)
_DEMONYM = (r"(?:[A-Z][a-z]*(?:ese|ean|ish)|American|Asian|African|Russian|Indian|Italian|Australian|Canadian|"
            r"Brazilian|Mexican|German|French|Thai|Dutch|Greek|Swiss|Arab|Israeli|Pakistani|Iranian|Malaysian|"
            r"Indonesian|Hungarian|Belgian|Austrian|Norwegian|Chilean|Peruvian|Egyptian|Nigerian|Kenyan|"
            r"Singaporean|Mongolian|Kazakh|Uzbek|Cambodian|Saudi|Emirati)")
_NAMED_CITY = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,3}?city\s+of\s+(?P<of>[A-Z][a-z]+)\b"
                         # (a people's adjective before "city" names none: "the northeastern Chinese city")
                         rf"|\b(?P<before>[A-Z][\w'’-]*\s+)?(?P<name>(?!{_DEMONYM}\s+city\b)[A-Z][a-z]+)\s+[Cc]ity\b(?!\s+of\b)"
                         # ("the Expo City project": a project's name, no city)
                         r"(?!\s+(?i:project|complex|development|plaza|mall|site|phase|programme|program|scheme)s?\b)")


# A city of the province whose own figure it is: "Weifang's exports". Only the possessive: a bare
# name more often locates ("Jinan, capital of …"), is left out ("except Zibo") or compared with.
# As the clause's subject too: "Yantai ranked second with …", "In Weihai, exports rose …".
# The province's county-level cities (and former ones, in older news), each with the prefecture
# it belongs to: "in Shouguang, Shandong province" is a text about Weifang, as a district is.
COUNTY_CITIES = {"Shandong": {
    "Zhangqiu": "Jinan", "Tengzhou": "Zaozhuang", "Longkou": "Yantai", "Laiyang": "Yantai",
    "Laizhou": "Yantai", "Zhaoyuan": "Yantai", "Qixia": "Yantai", "Haiyang": "Yantai", "Penglai": "Yantai",
    "Qingzhou": "Weifang", "Zhucheng": "Weifang", "Shouguang": "Weifang", "Anqiu": "Weifang",
    "Gaomi": "Weifang", "Changyi": "Weifang", "Qufu": "Jining", "Zoucheng": "Jining", "Xintai": "Tai'an",
    "Feicheng": "Tai'an", "Rongcheng": "Weihai", "Rushan": "Weihai", "Wendeng": "Weihai", "Leling": "Dezhou",
    "Yucheng": "Dezhou", "Linqing": "Liaocheng", "Zouping": "Binzhou", "Jiaozhou": "Qingdao",
    "Pingdu": "Qingdao", "Laixi": "Qingdao", "Jimo": "Qingdao"}}
CITY_NAMES = "|".join(sorted({c for cs in PROVINCE_CITIES.values() for c in cs}))
# A firm named after a province among others or as the one something is done by: see above.
# Also "China's Shandong Port Equipment Group exported …" (the country's prefix says the name is
# a firm's), and the firm whose figure is placed in a city named after it ("Shandong Airlines
# launched 4 routes from Qingdao", "Jiangsu Shagang Group invested … in Qingdao"): the city's (not
# a city that only says where the firm is based: "…, the Jinan-based carrier said").
# ("Corp" ends a firm's name only among those listed: "Shandong Energy Corp has 230,000 employees and a
# trading arm in Qingdao" is the province's own group)
_PROVINCE_FIRM = re.compile(rf"(?:{_LISTED_OR_BY})(?:the\s+)?(?:China['’]s\s+)?(?:{_PROVINCE_NAMES})" + _PROVINCE_FIRM_NAME
                            + rf"|(?:\bChina['’]s\s+|\b(?=(?:{_PROVINCE_NAMES})\b[^.;\n]{{0,200}}?\b(?:{CITY_NAMES})\b(?!-based)))"
                            rf"(?:{_PROVINCE_NAMES})" + _PROVINCE_FIRM_NAME.replace("|Corp|", "|"))
# (the province's own: "in Shanghai" is more often where a deal was signed than what is measured)
_PROVINCE_CITY_NAMES = "|".join(sorted(PROVINCE_CITIES["Shandong"]))
# "between Germany's Mannheim and China's Qingdao": the country only says where the city is
# "China's Qingdao", "China's Hong Kong": a name's prefix, no figure of the country's
_CHINA_S_CITY = re.compile(rf"\bChina['’]s(?=\s+(?:[Pp]ort\s+of\s+)?(?:{CITY_NAMES}|Hong\s+Kong|Macao|Macau|Taiwan)\b)"
                           # "arrived in Shandong's Yantai City": the province says where the city is
                           rf"|\b(?:{_PROVINCE_NAMES})['’]s(?=\s+(?:(?:coastal|port)\s+)?(?:city\s+of\s+)?(?:{CITY_NAMES})\b)(?![^.;\n]{{0,200}}\bthe\s+province\b)"
                           # "China's home appliances giant Hisense shipped …": the country says
                           # whose the firm is, the figure is the firm's
                           r"|\bChina['’]s(?=\s+(?:(?!(?:to|in|of|with|for|from|the|and)\b)[\w-]+\s+){0,4}?(?:giant|maker|manufacturer|producer|brand|"
                           r"company|firm|group|conglomerate|carmaker|automaker|brewer|leader),?\s+[A-Z])"
                           # "Tsingtao Brewery Co Ltd, China's major brewery and producer of …, posted":
                           # the same said after the firm's name
                           # (the noun closing the appositive: not "In 2019, China's producer prices fell")
                           r"|(?<=,\s)China['’]s(?=\s+(?:(?!(?:to|in|of|with|for|from|the|and)\b)[\w-]+\s+){0,3}?"
                           r"(?:giant|maker|manufacturer|producer|brand|company|firm|group|conglomerate|carmaker|"
                           r"automaker|brewer|brewery|leader)(?:,|\s+(?:and|of)\b))")
_BARE_CITY = re.compile(r"(?<![\w'’-])(?<!than\s)(?<!after\s)(?<!behind\s)(?<!to\s)"
                        rf"(?P<bare>{CITY_NAMES})['’]s\s+(?=[a-z])"
                        # (an appositive that locates it blanked, after a comma or a dash: "Jinan - also
                        # the capital city of Shandong Province - saw")
                        rf"|^\s*(?:(?P<bare2>{CITY_NAMES})(?:\s*[,–—-](?:\s+also)?\s{{4,}}[,–—-]?)?\s+(?:[a-z]+ed|saw|sees|has|had|is|was|remains|"
                        rf"ranks|rose|grew|fell)\b|In\s+(?P<bare3>{CITY_NAMES}),)"
                        # a city's port is the city's: "Rizhao Port", "Yantai port", "the Port of Rizhao"
                        rf"|(?<![\w'’-])(?P<port>{CITY_NAMES})(?:['’]s)?\s+[Pp]ort\b"
                        rf"|\b[Pp]ort\s+of\s+(?P<port2>{CITY_NAMES})\b"
                        # what is measured in a city: "foreign capital utilization in Jinan was …"
                        # (the clause going on: not a list, "in Jinan, Yantai and Weihai"; an
                        # appositive that locates it is blanked: "in Jinan, capital of …, saw")
                        rf"|\bin\s+(?P<within>{_PROVINCE_CITY_NAMES})(?=\s+[a-z]|\s*[,–—-](?:\s+also)?\s{{4,}}[,–—-]?\s*[a-z])")

# "The marine economy in Weihai, Shandong province is expected …": after a city of the province
# the province only locates it, whatever verb follows ("Along the Silk Road, Shandong is linked"
# is the province acting: no city before its comma).
# ("Weihai, Shandong province is"; "Qingdao of Shandong Province had received")
_CITY_LOCATED = re.compile(rf"(?<![\w'’-])(?:{CITY_NAMES})(?P<province>,\s*{_LOCATED}|\s+of\s+{_LOCATED})")



def without_city_provinces(text: str) -> str:
    """The text without the province after a city's name ("Weihai, Shandong province is" →
    "Weihai is"): the words that only locate the city."""
    return _CITY_LOCATED.sub(lambda m: m[0][:m.start("province") - m.start()], text)


# (not an exchange's seat: "filed to the Shenzhen Stock Exchange")
_ANY_CITY = re.compile(rf"(?<![\w'’-])(?:{CITY_NAMES})(?![\w'’-])(?!\s+(?i:stock\s+exchange|bourse)\b)")


def names_a_city(text: str) -> bool:
    """Whether text names a city of the province by name, even bare ("Jinan, the capital, …")."""
    return first_city_named(text) <= len(text)


def first_city_named(text: str) -> int:
    """Where the first city's name `names_a_city` finds in the text ends, or past the text's end."""
    found = _ANY_CITY.search(text)
    return found.end() if found else len(text) + 1


def _other_city(clause: str, city: str | None, countries: frozenset[str],
                located: str, parts: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(name, words) of a city named in the clause that is not the project's ("Weihai City";
    not "Qingdao City", "the Qingdao Film City" nor "Mexico" of a country's name). `located`:
    the clause before a rank's words were blanked ("Yantai ranked second with …")."""
    bare = _BARE_CITY.search(located)
    name = bare and (bare["bare"] or bare["bare2"] or bare["bare3"] or bare["port"] or bare["port2"]
                         or bare["within"])
    if name and name != city and name not in parts:  # (an appositive blanked out of the words: "Jinan, saw")
        return name, re.sub(r",(?:\s*,)+", ",", " ".join(bare[0].split()))
    for m in _NAMED_CITY.finditer(clause):
        before = (m["before"] or "").strip()
        if before and before.lower() not in _NOT_NAMES:
            continue  # part of a longer name: "the Qingdao Film City"
        name = m["name"] or m["of"]
        if name != city and name not in parts and name not in WIDER_PLACES and name.lower() not in countries \
                and name.lower() not in _NOT_NAMES and name not in ("The", "This", "That", "Each", "Every"):
            return name, m[0] if m["of"] else clause[m.start("name"):m.end()]
    return None


def _ranked_as(clause: str) -> str:
    if re.search(r"\binvest", clause, re.IGNORECASE):
        return "investors"
    if re.search(r"\btrad", clause, re.IGNORECASE):
        return "trading partners"
    return "partners"


def _is_city_name(m: re.Match, city: str | None) -> bool:
    return bool(city and (m["place"] or "") == city)


# Countries and regions of the world by their English names (CLDR, through Babel), less China
# and the regions that hold it: a place abroad a sentence puts a figure in ("a clothing factory
# in Vietnam", "factories in Southeast Asia")
_HOME_REGIONS = {"CN", "001", "142", "030"}


@functools.cache
def names_of_places_abroad(countries_only: bool = False) -> tuple[str, ...]:
    """The names of places abroad, longest first; `countries_only`: no region, union or Taiwan,
    and no name that is also a US state's (Georgia)."""
    from babel import Locale
    return tuple(sorted({*(name for code, name in Locale("en").territories.items() if code not in _HOME_REGIONS
                           and "China" not in name and not (countries_only and (
                               not code.isalpha() or code in _NOT_COUNTRIES))), *_SHORT_NAMES},
                        key=lambda name: (-len(name), name)))


@functools.cache
def names_abroad(countries_only: bool = False) -> str:
    """The alternation of `names_of_places_abroad`."""
    return "|".join(map(re.escape, names_of_places_abroad(countries_only)))


_NOT_COUNTRIES = {"TW", "UN", "EU", "EZ", "QO", "GE"}
# what news calls a country more often than by the name Babel gives (United Arab Emirates)
_SHORT_NAMES = ("UAE",)


# A country's people's adjective: the partner it names, and a market abroad ("the Japanese TV market")
COUNTRY_OF_ADJECTIVE = {
    "Taiwanese": "Taiwan", "American": "United States", "British": "United Kingdom", "French": "France",
    "Dutch": "Netherlands", "Swiss": "Switzerland", "Canadian": "Canada", "Australian": "Australia",
    "Italian": "Italy", "Spanish": "Spain", "Swedish": "Sweden", "Danish": "Denmark", "Finnish": "Finland",
    "Norwegian": "Norway", "Belgian": "Belgium", "Austrian": "Austria", "Polish": "Poland", "Irish": "Ireland",
    "Portuguese": "Portugal", "Greek": "Greece", "Czech": "Czechia", "Ukrainian": "Ukraine",
    "Turkish": "Türkiye", "Brazilian": "Brazil", "Mexican": "Mexico", "Argentine": "Argentina",
    "Chilean": "Chile", "Peruvian": "Peru", "Saudi": "Saudi Arabia", "Emirati": "United Arab Emirates",
    "Kuwaiti": "Kuwait", "Qatari": "Qatar", "Iraqi": "Iraq", "Iranian": "Iran", "Egyptian": "Egypt",
    "Israeli": "Israel", "Pakistani": "Pakistan", "Indian": "India", "Bangladeshi": "Bangladesh",
    "Singaporean": "Singapore", "Malaysian": "Malaysia", "Indonesian": "Indonesia", "Thai": "Thailand",
    "Vietnamese": "Vietnam", "Filipino": "Philippines", "Cambodian": "Cambodia", "Korean": "South Korea",
    "Japanese": "Japan", "German": "Germany", "Russian": "Russia", "Kazakh": "Kazakhstan",
    "Mongolian": "Mongolia", "New Zealand": "New Zealand", "South African": "South Africa",
    "Nigerian": "Nigeria", "Kenyan": "Kenya"}


@functools.cache
def _market_abroad_pattern() -> re.Pattern:
    """A market abroad a share is in or of: "In the Japanese TV market", "share of Japan's TV market",
    "41% of the TV market in Japan", "market share in Japan", or opening the clause: "Japan's domestic
    market share for …" (not "the North Korean market", nor one that owns a share: "The Japanese
    market's share of Qingdao's exports")."""
    names = names_abroad(True)
    adjectives = "|".join(map(re.escape, sorted(COUNTRY_OF_ADJECTIVE, key=len, reverse=True)))
    return re.compile(rf"(?:^\s*|\b(?i:in|of|on)\s+)(?:the\s+)?(?:(?<!North\s)(?P<adjective>{adjectives})|(?P<owner>{names})['’]s)\s+"
                      rf"(?:(?!market)[\w-]+\s+){{0,3}}?market\b(?!['’])"
                      rf"|\bmarkets?\s+(?:shares?\s+)?in\s+(?:the\s+)?(?P<in>{names})\b(?!['’-])")


# (a share, or a part "of the … market": not what goes there, "exports to the Japanese market rose 10 percent")
_A_SHARE_OF_IT = re.compile(r"\bshares?\b|(?:%|\bper\s?cent|\bpercent)\s+of\s+the\s+(?:[\w-]+\s+){0,4}?market\b|\btop\s+spot\b")


@functools.cache
def _ranked_in_abroad() -> re.Pattern:
    """A rank in a country abroad: "ranking second in the United States" (not "in Japan's imports",
    "in South Korea-bound container traffic")."""
    return re.compile(rf"\b(?:ranks?|ranked|ranking|placed|placing)\s+(?:[\w-]+\s+){{1,2}}?in\s+(?:the\s+)?"
                      rf"(?P<in>{names_abroad(True)})\b(?!['’-])")


@functools.cache
def _sold_in_abroad() -> re.Pattern:
    """Goods sold in a country abroad, in the passive with no seller: "were shipped in Japan" (not
    "were shipped in Japan by Hisense", nor "were shipped to Japan")."""
    return re.compile(rf"\b(?:were|was)\s+(?:shipped|sold|released|delivered)\s+in\s+(?:the\s+)?"
                      rf"(?P<in>{names_abroad(True)})\b(?!['’-])(?!\s+(?:\w+\s+){{0,3}}?by\b)")


def _market_abroad(clause: str, is_rank: bool) -> tuple[str, str] | None:
    """The country abroad whose market a share or a rank is of, and the words that say so: "In the
    Japanese TV market, the market share of Chinese companies has surpassed 50%", "have taken the top
    spot in the South African market" (relative to that country, whoever holds the share), and a
    rank in a country abroad: "ranking second in the United States". Read after the province and the
    country: "ranked first in China in exports to the Japanese market" is the country's. Also the
    goods sold in a country abroad, no seller named: "A total of 4,486,000 TVs were shipped in Japan
    last year" (that market's size)."""
    if sold := _sold_in_abroad().search(clause):
        return sold["in"], sold[0]
    if not (is_rank or _A_SHARE_OF_IT.search(clause)):
        return None
    m = _market_abroad_pattern().search(clause) or (_ranked_in_abroad().search(clause) if is_rank else None)
    if not m:
        return None
    place = m["in"] or m.groupdict().get("owner") or COUNTRY_OF_ADJECTIVE[m["adjective"]]
    return place, m[0]


@functools.cache
def _partner_of_abroad() -> re.Pattern:
    """A rank among a country's own partners: "the largest trade partner and project contractor
    of Kenya", "the second largest source of imports of South Korea" (that country's ranking,
    not the city's or province's; not one placed again: "… of South Korea in Shandong Province")."""
    return re.compile(r"\b(?:partners?|contractors?|investors?|markets?|destinations?|suppliers?|"
                      r"sources?\s+of\s+(?:foreign\s+)?(?:investment|imports|tourists|visitors|capital))"
                      r"\s+of\s+(?:the\s+)?(?P<place>" + names_abroad(True) + r")\b(?!['’])"
                      r"(?!\s+(?:among\b|in\s+(?:(?:north|south|east|west|central)\w*\s+)?[A-Z]))")


@functools.cache
def _chinese_investment_abroad() -> re.Pattern:
    """Investment by the country's investors in a place abroad: "the Chinese direct investment in
    Kenya", "Chinese investment in the UK" (not "Chinese investment in Qingdao")."""
    return re.compile(r"\bChinese\s+(?:(?:direct|outbound|overseas|non-financial)\s+){0,2}investments?"
                      r"(?=\s+in\s+(?:the\s+)?(?:" + names_abroad() + r")\b)")


@functools.cache
def _chinese_travellers_abroad() -> re.Pattern:
    """The country's people travelling abroad: "8 million Chinese tourists visited Japan", "Chinese
    visitors to Thailand" (not "Chinese tourists to Qingdao", the city's own visitors)."""
    return re.compile(r"\bChinese\s+(?:outbound\s+)?(?:tourists|visitors|travell?ers|holidaymakers|students)"
                      r"(?=\s+(?:(?:who|that)\s+)?(?:visit(?:ed|ing)?|travell?(?:ed|ing)\s+to|went\s+to|going\s+to|to|in)"
                      r"\s+(?:the\s+)?(?:" + names_abroad() + r")\b(?!['’]s\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:[Ww]eek|[Hh]olidays?|[Ss]eason|[Ff]estival|[Vv]acation|New\s+Year)\b))")


def _travellers_abroad(clause: str, city: str | None) -> re.Match | None:
    """The country's people travelling abroad, unless the city before them is who counts them
    ("Qingdao's airport carried 300,000 Chinese tourists to Japan": the city's count)."""
    travellers = _chinese_travellers_abroad().search(clause)
    if travellers and city and re.search(rf"\b{re.escape(city)}\b", clause[:travellers.start()]):
        return None
    return travellers


@functools.cache
def _abroad() -> re.Pattern:
    return re.compile(r"\b(?i:in|to|into|across|throughout)\s+(?:the\s+)?(?P<place>" + names_abroad() + r")\b")


def places_abroad(text: str, start: int, end: int) -> list[re.Match]:
    """The countries and regions abroad text[start:end] puts something in."""
    return list(_abroad().finditer(text, start, end))


@functools.cache
def _located_abroad() -> re.Pattern:
    return re.compile(r"\s+(?:along|in|of|at|on)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?P<place>" + names_abroad() + r")\b")


@functools.cache
def _in_right_after() -> re.Pattern:
    return re.compile(r"\s+in\s+(?P<place>(?:the\s+)?(?:(?i:western|eastern|northern|southern|central)\s+)?"
                      r"(?:" + names_abroad() + r"))\b")


def place_abroad_right_after(text: str, end: int) -> tuple[int, int] | None:
    """The span of the country or region abroad "in" puts a figure in right after it ("55 percent
    in Russia and 97 percent in Costa Rica", "8 percent in western Europe"), or None."""
    m = _in_right_after().match(text, end)
    return m.span("place") if m else None


def sector_abroad(text: str, end: int) -> str | None:
    """The country abroad that the words right after a field's name put it in ("ports along
    northern Italy's Ligurian coast", "factories in Vietnam"): that country's, not the city's."""
    m = _located_abroad().match(text, end)
    return m["place"] if m else None

