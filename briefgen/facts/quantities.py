"""Reading quantities as news English writes them: "$30.462 billion", "7.1 percent", "seven-fold".

One grammar (a regular expression built from the lexicons below) serves two callers:
`parse_quantity` reads a fact's `as_written` back into a value and unit for `briefgen facts check`,
and `find_quantities` scans running text for the extractor. Values are exact decimals in base
units: "$30.462 billion" is 30462000000 USD, "3,000-square-meter" is 3000 m2, "1/5" is 20 percent.

The grammar knows what a figure looks like, not whether it is a fact: years, dates, phone numbers
and names ("Fortune Global 500") are told apart by the extractor, which sees the context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Iterator

# --- lexicons ----------------------------------------------------------------------------------

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}
# Denominators of fractions written in words ("one third", "two-fifths").
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
    "thousandth": 1000, "thousandths": 1000,
}
SCALES = {
    "hundred": 10**2, "thousand": 10**3, "million": 10**6, "mln": 10**6, "mn": 10**6,
    "billion": 10**9, "bln": 10**9, "bn": 10**9, "trillion": 10**12,
}
# Written against the digits ("$1.2bn", "124.49b yuan", "$300m"); the one-letter forms count only
# with a currency, since "10m" alone is ten metres.
ATTACHED_SCALES = {"bn": 10**9, "bln": 10**9, "mn": 10**6, "mln": 10**6, "b": 10**9, "m": 10**6,
                   "k": 10**3,
                   # a scale word run on to its number as pasted from a page: "$4billion"
                   "billion": 10**9, "million": 10**6, "trillion": 10**12}
# Written before the number ("US$5.5 billion", "RMB 94.35 billion").
CURRENCY_PREFIXES = {
    "US$": "USD", "US $": "USD", "$US": "USD", "U.S.$": "USD", "U.S. $": "USD", "$": "USD", "USD": "USD",
    "RMB": "CNY", "CNY": "CNY", "¥": "CNY", "HK$": "HKD", "HKD": "HKD", "S$": "SGD",
    "SGD": "SGD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "JPY": "JPY",
    "KRW": "KRW", "₩": "KRW",
}
# Australian, New Zealand and Canadian dollars as their own outlets write them ("$A1.5 billion", "A$2
# billion"), and yuan as some business papers do ("Yn8.5bn"): as written only ("a$5 million" is "a $5
# million" run together)
CASED_CURRENCY_PREFIXES = {"Yn": "CNY", "A$": "AUD", "AU$": "AUD", "$A": "AUD", "AUD": "AUD", "NZ$": "NZD", "NZD": "NZD",
                           "C$": "CAD", "CA$": "CAD", "CAD": "CAD"}
CURRENCY_PREFIXES.update(CASED_CURRENCY_PREFIXES)
# Written after the number ("2.8 billion yuan", "380 million USD").
CURRENCY_SUFFIXES = {
    "yuan": "CNY", "Chinese yuan": "CNY", "renminbi": "CNY", "RMB": "CNY", "CNY": "CNY", "USD": "USD",
    "US dollars": "USD", "U.S. dollars": "USD", "U.S dollars": "USD", "U.S.dollars": "USD", "U.S.dollar": "USD", "dollars": "USD", "euros": "EUR", "euro": "EUR",
    "EUR": "EUR", "yen": "JPY", "JPY": "JPY", "won": "KRW", "KRW": "KRW",
    "Hong Kong dollars": "HKD", "HK dollars": "HKD", "HKD": "HKD", "pounds": "GBP",
    "rubles": "RUB", "roubles": "RUB", "rupees": "INR", "Indian rupees": "INR", "rupee": "INR", "tenge": "KZT", "Kenyan shillings": "KES", "Kenya shillings": "KES",
    "Pakistani rupees": "PKR", "rand": "ZAR", "South African rand": "ZAR", "Belarusian rubles": "BYN",
    "Tanzanian shillings": "TZS", "Ugandan shillings": "UGX", "Singapore dollars": "SGD",
    "baht": "THB", "Thai baht": "THB", "ringgit": "MYR", "Malaysian ringgit": "MYR",
    "Australian dollars": "AUD", "Canadian dollars": "CAD", "New Zealand dollars": "NZD", "Swiss francs": "CHF",
    # misspelt in translated releases, and kept as published ("166.96 million US dallors")
    "US dallors": "USD", "US dollors": "USD", "US dollers": "USD",
    # the singular, hyphenated into an adjective: "a 10-billion-dollar project"
    "dollar": "USD", "US dollar": "USD", "U.S. dollar": "USD",
    # a hundredth of the currency (`_measured` divides): "29 New Zealand cents a share"
    "cents": "USD", "US cents": "USD", "New Zealand cents": "NZD", "Australian cents": "AUD",
    "Hong Kong cents": "HKD", "Singapore cents": "SGD", "Canadian cents": "CAD", "euro cents": "EUR",
}
# Unit words after the number (or hyphenated to it: "3,000-square-meter", "10-day"), with the
# unit code and the factor to base units (areas in feet and acres are given in metric units,
# as the project writes them: a square foot is 0.09290304 m2, an acre 0.40468564224 ha).
UNIT_WORDS: dict[str, tuple[str, int | Decimal]] = {
    "percent": ("percent", 1), "per cent": ("percent", 1), "%": ("percent", 1),
    "pct": ("percent", 1),
    "percentage points": ("pp", 1), "percentage point": ("pp", 1), "ppts": ("pp", 1),
    "ppt": ("pp", 1), "pp": ("pp", 1),
    # "an increase of 16.4 percent, 1.2 points higher than …": percentage points
    "points higher": ("pp", 1), "points lower": ("pp", 1),
    "square kilometers": ("km2", 1), "square kilometer": ("km2", 1),
    "square kilometres": ("km2", 1), "square kilometre": ("km2", 1), "sq km": ("km2", 1),
    "square km": ("km2", 1), "sq. km": ("km2", 1),
    "km2": ("km2", 1), "km²": ("km2", 1),
    # a volume: "205,000 cubic meters" of LNG, "2.8 billion cubic metres" of gas
    "cubic meters": ("m3", 1), "cubic metres": ("m3", 1), "cubic meter": ("m3", 1), "cubic metre": ("m3", 1),
    "cu m": ("m3", 1), "m3": ("m3", 1), "m³": ("m3", 1),
    "square meters": ("m2", 1), "square meter": ("m2", 1), "square metres": ("m2", 1),
    "square metre": ("m2", 1), "sq m": ("m2", 1), "sqm": ("m2", 1), "m2": ("m2", 1),
    "m²": ("m2", 1), "㎡": ("m2", 1), "㎢": ("km2", 1),  # (the CJK square-metre and -kilometre signs)
    "square feet": ("m2", Decimal("0.09290304")), "square foot": ("m2", Decimal("0.09290304")),
    "sq ft": ("m2", Decimal("0.09290304")), "sq. ft.": ("m2", Decimal("0.09290304")),
    "sqft": ("m2", Decimal("0.09290304")),
    "acres": ("ha", Decimal("0.40468564224")), "acre": ("ha", Decimal("0.40468564224")),
    "hectares": ("ha", 1), "hectare": ("ha", 1), "ha": ("ha", 1),
    "mu": ("mu", 1),  # the Chinese land measure (666.7 m²), kept as written
    "metric tons": ("t", 1), "metric tonnes": ("t", 1), "metric ton": ("t", 1), "metric tonne": ("t", 1),  # "a 100,000-metric-ton ship"
    "tons": ("t", 1), "ton": ("t", 1),
    "tonnes": ("t", 1), "tonne": ("t", 1),
    # a ship's deadweight, the tonnes it carries: "the containership SMC Rizhao (8,800 dwt)"
    "dwt": ("t", 1), "DWT": ("t", 1),
    # shipping news's metric tons: "16 mln mt", "2.94 million metric tons (MT)" ("Mt", a
    # megatonne, is a million of them: `_MEGATONNE`)
    "mt": ("t", 1), "deadweight tons": ("t", 1), "deadweight tonnes": ("t", 1),
    # a plant's yearly capacity in tonnes: "a 1.5-million tpy unit", "300,000 tpa of MDI" ("mtpa" is
    # left out: million tonnes in LNG news, metric tonnes in chemical filings)
    "tpy": ("t", 1), "tpa": ("t", 1),
    "kilograms": ("kg", 1), "kilogram": ("kg", 1), "kilos": ("kg", 1), "kilo": ("kg", 1),
    "kg": ("kg", 1),
    "kilometers": ("km", 1), "kilometer": ("km", 1), "kilometres": ("km", 1),
    "kilometre": ("km", 1), "km": ("km", 1), "meters": ("m", 1), "metres": ("m", 1),
    "meter": ("m", 1), "metre": ("m", 1),  # "a 3,400-meter runway"
    # "118 meters (387 feet) in length" (not the singular: "40-foot containers" and "twenty-foot
    # equivalent units" are classes of size)
    "feet": ("m", Decimal("0.3048")),
    # statute miles, plural only as feet ("a 10-mile stretch" is a class of size)
    "miles": ("km", Decimal("1.609344")),
    "nautical miles": ("nmi", 1), "nautical mile": ("nmi", 1), "sea miles": ("nmi", 1),
    "sea mile": ("nmi", 1),
    "hours": ("h", 1), "hour": ("h", 1), "hrs": ("h", 1), "minutes": ("min", 1),
    "minute": ("min", 1), "mins": ("min", 1), "min": ("min", 1), "seconds": ("s", 1), "second": ("s", 1),
    "working days": ("working_day", 1), "working day": ("working_day", 1), "days": ("day", 1), "day": ("day", 1),
    "weeks": ("week", 1), "week": ("week", 1), "months": ("month", 1), "month": ("month", 1),
    "years": ("year", 1), "year": ("year", 1), "decades": ("year", 10), "decade": ("year", 10),
    "times": ("times", 1), "fold": ("times", 1),
    "twenty-foot equivalent units": ("TEU", 1), "twenty-foot equivalent unit": ("TEU", 1),
    "20-foot equivalent units": ("TEU", 1), "20-foot equivalent unit": ("TEU", 1),
    "twenty-foot container units": ("TEU", 1), "twenty-foot container unit": ("TEU", 1),
    "TEUs": ("TEU", 1), "TEU": ("TEU", 1),
    # what Chinese ports' reports call twenty-foot units ("110 standard containers")
    "standard containers": ("TEU", 1), "standard container": ("TEU", 1),
}
QUALIFIERS = {
    "more than": "more_than", "over": "more_than", "exceeding": "more_than",
    "exceeded": "more_than", "exceeds": "more_than", "exceed": "more_than",
    "topped": "more_than", "tops": "more_than", "topping": "more_than",  # "exports topped $42 billion"
    "surpassed": "more_than", "surpasses": "more_than", "surpass": "more_than", "surpassing": "more_than",
    "above": "more_than", "in excess of": "more_than", "upwards of": "more_than",
    "at least": "at_least", "no less than": "at_least", "not less than": "at_least",
    "a minimum of": "at_least",
    "about": "about", "approximately": "about", "approx.": "about", "around": "about",
    "roughly": "about", "some": "about", "an estimated": "about", "estimated": "about",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly",
    "approaching": "nearly", "nearing": "nearly",  # ("a population approaching 100 million")
    "neared": "nearly", "nears": "nearly",  # ("turnover neared 14 billion yuan")
    "no more than": "up_to", "not more than": "up_to", "not exceeding": "up_to", "no greater than": "up_to",
    "no fewer than": "at_least",
    "up to": "up_to", "within": "up_to", "as many as": "up_to", "as much as": "up_to", "a maximum of": "up_to",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than",
}
# Words that state a multiplier on their own.
MULTIPLIER_WORDS = {"twice": 2, "doubled": 2, "doubling": 2, "tripled": 3, "trebled": 3, "tripling": 3,
                    "trebling": 3, "quadrupled": 4, "quadrupling": 4, "hundredfold": 100,
                    "halved": Decimal("0.5")}
MULTIPLIER_WORDS.update({f"{word}fold": n for word, n in WORD_NUMBERS.items() if n > 1})
# The same as a verb of an aim, only after "to" or "will" and before what is multiplied or when:
# "plans to triple its sales", "to double over 2010" (not "a triple win", "to double down",
# "returned to double digits", "will double as a showroom")
MULTIPLIER_VERBS = {"double": 2, "triple": 3, "treble": 3, "quadruple": 4}
RANK_ADJECTIVES = ("largest", "biggest", "most important", "busiest", "leading", "highest",
                   "wealthiest", "richest", "most populous")  # ("third-wealthiest province in China")


# --- the grammar -------------------------------------------------------------------------------

def _alternation(words) -> str:
    """A regex alternation of the words, longest first; a space matches any run of whitespace
    (the sources break lines mid-phrase) and a hyphen may also be a space."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        escaped = re.escape(word).replace(r"\ ", " ")
        parts.append(escaped.replace(" ", r"[-\s]+") if word[0].isalpha() else
                     escaped.replace(" ", r"\s*"))
    return "|".join(parts)


def _word(words) -> str:
    """An alternation that must stand as whole words."""
    return rf"(?<![\w-])(?:{_alternation(words)})(?![\w])"


_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS_1_19 = "|".join(sorted((w for w, n in WORD_NUMBERS.items() if n < 20), key=len, reverse=True))
_WORD_NUMBER = (rf"(?:(?:{_TENS})(?:-(?:{_UNITS_1_19}))?|(?:{_UNITS_1_19}))"
                rf"(?:\s+(?:hundred|thousand)(?:\s+and\s+(?:{_UNITS_1_19}))?)?"
                # "half million refrigerators", "half a billion": a half of the scale after it
                r"|(?<!\ba\s)half(?:\s+a)?(?=\s+(?:million|billion|thousand)\b)")
# ("1,23 billion Euros": a decimal comma, which no thousands separator can be before a scale;
# "4,3000 sqm": a separator misplaced by one digit, read as the number its digits spell;
# "24'000 sqm": an apostrophe separates thousands, as Swiss and some trade pages write them)
_DIGITS = (r"(?:\d{1,3},\d{1,2}(?=\s+(?:million|billion|trillion)\b)|\d{1,3}(?:,\d{3}(?!\d))+|\d{1,3},\d{4}(?![\d,])|"
           r"\d{1,3}(?:['’]\d{3})+(?![\d'’])|\d+)"
           r"(?:\.\d+)?")
# Digits start a number unless they continue a word ("H135"), a decimal or a thousands group;
# a currency code may be written right against them ("RMB100 million", "$US1 trillion").
# (the capitals-only ones in capitals: "AutoCAD2020" is no Canadian money)
_CODES = "|".join(re.escape(code) for code in CURRENCY_PREFIXES
                  if len(code) == 3 and (code.isalpha() or code[0] == "$") and code not in CASED_CURRENCY_PREFIXES)
_CASED_CODES = "|".join(re.escape(code) for code in CASED_CURRENCY_PREFIXES if len(code) == 3 and code.isalpha())
# (a comma right after a word is a missing space, "dollars,30 percent", not a thousands group)
NUMBER_PATTERN = _NUMBER = rf"(?:(?:(?<![\w.])(?<![\d\W],)(?<!\d['’])|(?<=(?<![A-Za-z])(?:{_CODES}))|(?<=(?-i:(?<![A-Za-z])(?:{_CASED_CODES})))|(?<=(?-i:\$A))|(?<=(?-i:(?<![A-Za-z])Yn))){_DIGITS}|(?<![\w-]){_WORD_NUMBER}(?![\w]))"
_ORDINAL = rf"(?:{'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th))"
# "2.8 billion", "ten thousand", "hundred million"; the short forms may touch it ("$1.2bn").
_ATTACHED = "|".join(sorted(ATTACHED_SCALES, key=len, reverse=True))
# "$30-million", "1.5-bln-tonne": a hyphen joins a scale to its number too.
# (a capital letter apart from its number, "USD 163 M", counts as a one-letter scale: with a currency only)
_SCALE = rf"(?:(?:(?:\s+|(?<=\d)-)(?:{'|'.join(SCALES)})|(?<=\d)(?:{_ATTACHED})|(?<=\d)\s(?-i:[MB]))(?!\w)){{0,2}}"
# (not inside a word: "fraud 1,254", "entrepreneur 30 times", "AutoCAD 2020")
_UNCASED = set(CURRENCY_PREFIXES) - set(CASED_CURRENCY_PREFIXES)
_CUR_PRE = (rf"(?:{_alternation(w for w in _UNCASED if not w[0].isalpha())}"
            rf"|(?<![^\W\d_])(?:{_alternation(w for w in _UNCASED if w[0].isalpha())}"
            rf"|(?-i:{_alternation(CASED_CURRENCY_PREFIXES)})))")
# (whole words, or hyphenated to a scale: "a 50-million-yuan investment")
# ("300 Euro visitors": Europe's visitors, no money; not "500 million euro bonds")
# (not "Cents" capitalised, a name: "The 99 Cents Only chain")
_CUR_SUF = rf"(?:(?<![\w-])|(?<=[a-z]-))(?!(?-i:Cents\b))(?:{_alternation(CURRENCY_SUFFIXES)})(?![\w])(?!(?<=\d\sEuro)\s+[a-z]+s\b)"
# "5 consecutive years", "two full days": a duration with its adjective.
# "50 fewer days", "30 more minutes": how many more or fewer, in the unit.
_UNIT_ADJECTIVE = (r"(?:(?:consecutive|straight|successive|full|whole|calendar|standard|fewer|more|extra|"
                   r"additional)\s+(?!than\b))?")  # not "more than", "fewer than": qualifiers
_UNIT = rf"{_UNIT_ADJECTIVE}(?:{_alternation(UNIT_WORDS)})(?![\w])(?!(?<=miles)\s+(?:per|an|a)\s+hour\b)"  # (a speed: no length)
_QUAL = _word(QUALIFIERS)
# A hedge written after the figure: "500 or so", "$2 million or more", "4,000-odd"
_QUALIFIERS_AFTER = {"or so": "about", "or more": "more_than", "or above": "more_than", "and above": "more_than",
                     "-odd": "more_than", "-plus": "more_than"}
# (the spaced ones after a space, not "or more than 20", another figure's, nor "and above all", "or more
# precisely 21.01 million"; the hyphened ones right after a digit or a scale: "4,000-odd", "2 million-plus")
_SPACED_AFTER = "|".join(word.replace(" ", r"\s+") for word in _QUALIFIERS_AFTER if word[0] != "-")
_HYPHENED_AFTER = "|".join(word for word in _QUALIFIERS_AFTER if word[0] == "-")
_QUAL_AFTER = (rf"(?:\s+(?:{_SPACED_AFTER})(?!\s+(?:than|all|precisely|specifically|accurately|exactly|broadly)\b)"
               rf"|(?:(?<=\d)|(?<=million)|(?<=billion)|(?<=thousand))(?:{_HYPHENED_AFTER}))(?![\w-])")

# "topped the world average", "topped the national level": above a level, no place on a list
NOT_A_LEVEL = r"(?!\s+(?:average|averages|level|levels|mark|total|figure|rate|benchmark)\b)"
# After "the highest in China": not a place's record over time ("the highest in the country's history",
# "… in China since 2010", "… in the province in a decade", "… in the world on record"), no rank
NOT_A_RECORD = (r"(?!['’]s\b)(?!\s+(?:since|ever|on\s+record|"
                r"in\s+(?!the\s+first\b)(?:[\w-]+\s+){0,3}?(?:decades?|years?|history))\b)")
# After "number one spot" or "the No. 1 position": where the rank is held, or the clause's end (not
# "the number one position on the agenda", "the Number One Spot restaurant")
_RANK_HELD = (r"(?=\s*(?:[,.;:)]|\Z)|\s+(?:in|among|nationwide|nationally|globally|worldwide|across|for|"
              r"on\s+the\s+(?:[\w-]+\s+)?(?:list|ranking|chart|table)s?|of\s+the\s+(?:country|nation|province|world))\b)")
_RANKED_NOUN = (r"(?-i:(?:brand|producer|maker|manufacturer|port|city|exporter|importer|seller|supplier|destination|"
                r"player|company|firm|investor|partner|market|source|buyer)s?)(?!\w)")

QUANTITY_PATTERN = rf"""
(?:(?P<qual>{_QUAL})\s+)?
(?:
    (?P<rank>(?P<rank_ord>{_ORDINAL})[-\s]+(?:{_alternation(RANK_ADJECTIVES)})(?!\w))
  | (?P<rank_verb>(?<!\w)rank(?:s|ed|ing)?\s+(?:it\s+)?(?:(?:only|just|still)\s+)?(?:the\s+)?
        (?:(?:[\w'’-]+\s+){{0,2}}?No\.?\s*)?(?P<rank_verb_ord>{_ORDINAL}|\d+)(?!\w)
        (?!['’]s\b)(?!\s+to\s+\d))  # (not "ranking it 2023's best", "ranked them 1 to 10")
  | (?P<most>(?<!\w)(?:the\s+)?(?:(?P<most_ord>{_ORDINAL})[-\s]+)?most
        \s+in\s+(?:the\s+(?:world|country|nation)|(?(most_ord)China(?!['’]s\b)|(?!)))(?!\w))  # ("the third most in China",
        # "the third-most in China"; not "Most in China expect …")
  | (?P<factor>(?<!\w)a\s+factor\s+of\s+(?P<factor_num>{_DIGITS}))
  | (?P<top>(?<!\w)(?:rank(?:s|ed|ing)?|is|are|was|were|remains?|remained|listed|named)\s+
        (?:(?:already|still|now|also|once)\s+)?among\s+
        (?:the\s+|(?:the\s+)?(?:(?:world|country|nation|province|[A-Z][a-z]+)['’]s\s+))top\s+
        (?P<top_num>{_NUMBER})(?!\w)(?!\s*(?:%|per\s*cent|percent)))
  | (?P<top_list>(?<!\w)(?:in|into|is|are|was|were|became|becomes|remains?|remained|as|list\s+of|
        (?:is|are|was|were|became|remains?|remained|listed\s+as|named\s+as|mak(?:e|es|ing)\s+it|made\s+it)
        \s+one\s+of)\s+
        (?:the\s+)?(?:(?:world|country|nation|province|city|[A-Z][a-z]+)['’]s\s+)?
        top\s+(?!500(?!\d))(?P<top_list_num>{_NUMBER})(?!\w)(?!\s*(?:%|per\s*cent|percent)))
  | (?P<top_one>(?:(?<=\bthe\s)|(?<=\bthe["”]\s))(?<!\bof\sthe\s)top
        (?!\s+(?:\d|(?:{_UNITS_1_19}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|score)\b))
        (?=\s+(?:(?!of\b)[\w-]+\s+){{0,3}}?(?:exporter|importer|producer|maker|province|city|port|destination|
        seller|supplier|investor)\b[^,.;:()]{{0,40}}?
        \b(?:in\s+China|in\s+the\s+(?:world|country|nation)|nationwide|globally|worldwide)\b))
        # "the top seafood exporting province in China", "the top exporter of refrigerators in China": first
        # (one, not "one of the top ports", "the top exporters", "the top priority of coastal cities")
  | (?P<top_spot>(?<!\w)(?:the\s+)?(?:top\s+(?:position|spot)(?!\w)|(?:number\s+one|No\.?\s?1)\s+(?:position|spot)(?!\w){_RANK_HELD})
        |(?<!\w)top(?:s|ped|ping)(?=\s+the\s+(?:[\w'’-]+\s+)?(?:list|lists|ranking|rankings|chart|charts|table)(?!\w))
        |(?P<top_all>(?<!\w)top(?:s|ped|ping)(?=\s+(?:the\s+(?:country|nation|world|province)|all\s+(?:other\s+)?(?:provinces|cities|ports))\b(?!['’]){NOT_A_LEVEL})))  # "topped the country in …"
  | (?P<rank_be>(?<!\w)(?:is|was|are|were|came|comes|placed|finished|stood|stands)\s+
        (?P<rank_be_ord>(?!first\b){_ORDINAL})(?=\s+(?:in|among|nationwide|worldwide|globally|nationally)(?!\w))
        (?!\s+in\s+(?:line|a\s+series|a\s+row|turn)\b))
  | (?P<rank_no>(?:(?<=\bto\s)|(?<=\bat\s)|(?<=\band\s))No\.?\s*(?P<rank_no_num>\d{{1,3}})
        (?=\s+(?:globally|worldwide|nationally|nationwide|in|among)(?!\w)))
  | (?P<rank_hash>(?:(?<![\w#])(?:\#|No\.?\s?)(?P<rank_hash_num>[1-9]\d?)(?!\w)
        (?=\s+(?:(?!(?:in|for|of|at|on|to|from|with|by|the|a|an)\b)[a-z][\w-]*\s+){{0,3}}?{_RANKED_NOUN})
        |(?:(?<=\bthe\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<='s\s)|(?<=’s\s))number\s+(?P<rank_hash_word>one|two|three|four|five|six|seven|eight|nine|ten)(?!\w)
        (?=\s+(?:(?:export|import|trade|trading|overseas|foreign|tourist|tourism|investment)\s+)?{_RANKED_NOUN})))
        # "the world's #1 brand", "the No1 beer producer", "the number two market" (not "Hall No. 2 in the
        # seafood market", "Shibei No. 2 Market", "the number one reason buyers …")
  | (?P<every>(?<![\w-])(?P<every_num>{_UNITS_1_19}|\d{{1,3}})\s+(?:out\s+)?of\s+every\s+
        (?P<every_den>ten|hundred|\d{{1,4}})(?!\w))  # "one out of every ten homes": a rate (not "18 out of 20")
  | (?P<in_ten>(?:^|(?<=[.;:,!?]\s)|(?<=\n)|(?<=\band\s)|(?<=\bthat\s)|(?<=\babout\s)|(?<=\bnearly\s)|
        (?<=\balmost\s)|(?<=\bthan\s)|(?<=\bonly\s)|(?<=\bwhile\s))
        (?P<in_ten_num>{_UNITS_1_19}|\d)\s+in\s+(?P<in_ten_den>10|ten)(?!\w)
        (?=\s+(?:[a-z][\w-]*\s+)?(?!(?:years|months|weeks|days|hours|minutes|seconds|times)\b)[a-z][\w-]*s\b))
        # "Three in 10 companies … are based in Shandong": a rate where a clause opens on it (not "two in
        # 10 years", "won 3 in 10 seasons", "Line 3 in 10 phases")
  | (?P<rank_place>(?<!\w)(?<!in\sthe\s)(?P<rank_place_ord>{_ORDINAL})\s+place(?!\w))
  | (?P<rank_and>(?<!\w)and\s+(?:the\s+)?(?P<rank_and_ord>{_ORDINAL})(?=\s+(?:in|among|globally|nationwide)(?!\w)|\Z
        |,?\s+respectively\b)
        (?!\s+in\s+(?:line|a\s+series|a\s+row|turn)\b))
  | (?P<largest>(?<!\w)(?:largest|biggest|busiest)(?!\w)
        # ("an increase of 898,000 tons over the previous year and the highest in China": the amount's rank)
        |(?<=\bthe\s)highest(?=\s+in\s+(?:China|the\s+(?:country|nation|world|province))\b{NOT_A_RECORD}))
  | (?P<mult_word>{_word(MULTIPLIER_WORDS)})
  | (?P<mult_verb>(?:(?<=\bto\s)|(?<=\bwill\s))(?:{'|'.join(MULTIPLIER_VERBS)})(?![\w-])
        (?=\s*[,.;]|\s+(?:its|their|the|that|this|these|them|it|our|over|in|by|from|to|within|again)\b))
  | (?P<frac>(?<![\w./])(?P<frac_num>\d{{1,2}})\s*/\s*(?P<frac_den>[1-9]\d?)(?![\w/]))
  | (?P<frac_word>(?<![\w-])(?P<frac_word_num>{_UNITS_1_19})[-\s]+
        (?P<frac_word_den>{'|'.join(sorted(FRACTION_WORDS, key=len, reverse=True))})(?!\w))
  | (?P<frac_a>(?<![\w-])a[\s-]+(?P<frac_a_den>third|quarter|fifth|tenth)
        (?=\s+of\s|\s+(?:goes|went|go|comes|came)\s+(?:to|from)\s))  # ("a-fifth goes to the US")
  | (?P<half>(?<![\w-])half(?![\w-])(?!\s+(?:a|an)\s)(?!\s+(?:million|billion|thousand)\b))
  | (?:(?P<cur_pre>{_CUR_PRE})\s*)?
    (?P<between>(?<=\bbetween\s))?  # "between 3 and 10 yuan": a range joined by "and"
    (?P<num>{_NUMBER})
    (?:(?:\s*(?:-|–|—|to)\s*|(?(between)\s+and\s+|(?!)))(?(cur_pre)(?:(?P=cur_pre)\s*)?)(?P<num_high>{_NUMBER}))?
    # (the same currency written again before the upper bound: "$64-$81"; not another one, "HK$80 - US$10": a restatement)
    (?P<scale>{_SCALE})
    (?:(?:\s*|(?<=[a-z])-)(?P<cur_suf>{_CUR_SUF})|[-\s]*(?P<unit>{_UNIT}))?
    (?P<qual_after>{_QUAL_AFTER})?
)
"""
QUANTITY_RE = re.compile(QUANTITY_PATTERN, re.IGNORECASE | re.VERBOSE)


# --- the value ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Quantity:
    """A figure read from text: exact value in base units, unit code, and hedges."""

    value: Decimal
    unit: str  # an ISO 4217 code or a unit of briefgen.facts.model.PHYSICAL_UNITS
    counted: str | None = None  # for unit 'count': what is counted ("Korean banks")
    qualifier: str | None = None  # more_than, at_least, about, nearly, up_to, less_than

    @property
    def kind(self) -> str:
        """The family of the unit: money, percent, pp, count, rank, multiplier, area …"""
        return UNIT_KINDS.get(self.unit, "money")


UNIT_KINDS = {
    "percent": "percent", "pp": "pp", "count": "count", "rank": "rank", "times": "multiplier",
    "m2": "area", "km2": "area", "ha": "area", "mu": "area", "m3": "volume", "t": "mass", "kg": "mass", "km": "length",
    "m": "length", "nmi": "length", "h": "duration", "min": "duration", "s": "duration", "day": "duration",
    "working_day": "duration",
    "week": "duration", "month": "duration", "year": "duration", "TEU": "containers",
}


@dataclass(frozen=True)
class Found:
    """A quantity found in running text, with how it was written (for the extractor's rules)."""

    start: int
    end: int
    quantity: Quantity
    form: str  # digits, word, range, rank, largest, multiplier, fraction, half
    has_unit: bool  # a currency or unit word was written (so it is not a bare number)
    low: tuple[int, int] | None = None  # span of the lower number of a range ("1-2 days")


def tidy(value: Decimal) -> Decimal:
    """An integer stays an integer (30462000000, not 3.0462E+10); decimals lose trailing zeros."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def number_value(text: str) -> Decimal:
    """The value of one number as written: "12,930", "19.7134", "seven", "twenty-five",
    "one thousand", "three hundred and twenty"."""
    text = " ".join(text.lower().split())
    if text[0].isdigit():
        if re.fullmatch(r"\d{1,3},\d{1,2}", text):  # a decimal comma: "1,23 billion"
            return Decimal(text.replace(",", "."))
        return Decimal(re.sub(r"[,'’]", "", text))
    if text in ("half", "half a"):  # before a scale: "half million"
        return Decimal("0.5")
    total, current = 0, 0
    for token in re.split(r"[-\s]+", text):
        if token in WORD_NUMBERS:
            current += WORD_NUMBERS[token]
        elif token == "hundred":
            current *= 100
        elif token == "thousand":
            total, current = total + current * 1000, 0
    return Decimal(total + current)


def _scaled(value: Decimal, scale_text: str) -> Decimal:
    for word in scale_text.lower().replace("-", " ").split():
        value *= SCALES.get(word) or ATTACHED_SCALES[word]
    return value


def _letter_scale_without_currency(m: re.Match) -> bool:
    """"10m", "5k": a one-letter scale counts only with a currency ("$300m") or a unit word
    ("20m teu", "1.5bn tonnes"), or as people ("a population of 6.9m, of which 2.2m live in …")."""
    scale = (m["scale"] or "").strip().lower()
    return bool(scale) and scale in ("b", "m", "k") and not (m["cur_pre"] or m["cur_suf"] or m["unit"]) \
        and not (_POPULATION_OF.search(m.string, max(m.start() - 20, 0), m.start())
                 or _PEOPLE_AFTER.match(m.string, m.end()))


_POPULATION_OF = re.compile(r"\bpopulation\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?$", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(r"\s+(?:people|residents|inhabitants|(?:live|lived|living)\s+in)\b", re.IGNORECASE)


def _lookup(table: dict, written: str):
    """Look up a lexicon entry whatever its case and spacing, with its adjective or without
    ("standard containers" is one, "5 consecutive years" years)."""
    for form in (written, re.sub(_UNIT_ADJECTIVE, "", written, count=1, flags=re.IGNORECASE)):
        key = " ".join(form.replace("-", " ").split()).lower()
        for word, meaning in table.items():
            if " ".join(word.replace("-", " ").split()).lower() == key:
                return meaning
    return None


def _currency_prefix(written: str) -> str | None:
    key = re.sub(r"\s+", "", written).upper()
    for word, code in CURRENCY_PREFIXES.items():
        if word.replace(" ", "").upper() == key:
            return code
    return None


def _percent_of(numerator: int, denominator: int) -> Decimal:
    """A fraction as percent, exact when it terminates (1/5 = 20), else to 0.01 (1/3 = 33.33)."""
    value = Decimal(100) * numerator / denominator
    exact = value.quantize(Decimal("0.01"))
    return tidy(exact)


# A word that makes the qualifier's words its own: "spread over 15 square kilometres" says
# where, not "more than"; "add up to 1.1 million tons" is their total, not "at most".
_NOT_QUALIFIED = {
    # ("has jurisdiction over six districts": what it governs, not "more than")
    "over": re.compile(r"\b(?:spread(?:s|ing)?|stretch(?:es|ed|ing)?|extend(?:s|ed|ing)?|scattered|"
                       r"sprawl(?:s|ed|ing)?|jurisdiction|control|authority|sovereignty|oversight)\s+$", re.IGNORECASE),
    # (not what may be reached: "can add up to 500,000 yuan", "subsidies amounting up to 2 million")
    "up to": re.compile(r"(?<!\bcan\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)\badd(?:s|ed|ing)?\s+$",
                        re.IGNORECASE)}
# "sales increased by 33%, up to 675 million euros": the amount a change reached, not at most (not
# another rate, "rose 5 percent, up to 12 percent for imported models", nor a cap "per firm")
_REACHED_AFTER_A_CHANGE = re.compile(r"\b(?:increased|rose|grew|climbed|jumped|surged)\s+(?:by\s+)?[\d.]+\s*"
                                     r"(?:%|percent|per\s+cent),\s+$", re.IGNORECASE)
# Rivals a verb of overtaking passes, counted: "surpassed 20 other ports", "exceeded 15 cities"
_OVERTAKEN = re.compile(r"\s+(?:other\s+|rival\s+)?(?:[\w-]+\s+)?(?:cities|ports|provinces|countries|economies|rivals|"
                        r"competitors|peers)\b", re.IGNORECASE)
_PER_AFTER = re.compile(r"\s+(?:per|each|a|an|for\s+(?:each|every))\b", re.IGNORECASE)


def _quantity_of(m: re.Match) -> tuple[Quantity, str, bool]:
    """Quantity, form and has_unit of one grammar match."""
    qualifier = _lookup(QUALIFIERS, m["qual"]) if m["qual"] else None
    owner_words = _NOT_QUALIFIED.get(" ".join(m["qual"].lower().split())) if qualifier else None
    if owner_words and owner_words.search(m.string, max(m.start() - 40, 0), m.start()):
        qualifier = None
    if qualifier == "more_than" and _OVERTAKEN.match(m.string, m.end()) \
            and re.match(r"(?i)surpass|exceed|top", m["qual"]):
        qualifier = None  # "surpassed 20 other ports": rivals overtaken, no bound of a figure
    if qualifier == "up_to" and _REACHED_AFTER_A_CHANGE.search(m.string, max(m.start() - 40, 0), m.start()) \
            and (m["cur_pre"] or m["cur_suf"]) and not _PER_AFTER.match(m.string, m.end()):
        qualifier = None
    if m["qual_after"] and qualifier is None:
        qualifier = _lookup(_QUALIFIERS_AFTER, m["qual_after"])
    if m["rank"] or m["rank_verb"] or m["rank_place"] or m["rank_and"] or m["rank_no"] or m["rank_be"]:
        ordinal = (m["rank_ord"] or m["rank_verb_ord"] or m["rank_place_ord"] or m["rank_and_ord"]
                   or m["rank_no_num"] or m["rank_be_ord"]).lower()
        value = ORDINALS.get(ordinal) or int(re.match(r"\d+", ordinal)[0])
        form = "rank_and" if m["rank_and"] else "rank_list" if m["rank_be"] else "rank"
        if m["rank_no"] and qualifier == "up_to":  # "moved up to No 46": climbed, no bound
            qualifier = None
        return Quantity(Decimal(value), "rank", None, qualifier), form, True
    if m["rank_hash"]:
        # ("the number two market for Shandong seafood")
        number = m["rank_hash_num"] or number_value(m["rank_hash_word"])
        return Quantity(Decimal(int(number)), "rank", None, qualifier), "rank", True
    if m["top_one"]:
        return Quantity(Decimal(1), "rank", None, qualifier), "rank", True
    if m["in_ten"]:
        numerator = int(m["in_ten_num"]) if m["in_ten_num"].isdigit() else WORD_NUMBERS[m["in_ten_num"].lower()]
        return Quantity(_percent_of(numerator, 10), "percent", None, qualifier), "fraction", True
    if m["every"]:
        numerator, denominator = (int(word) if word.isdigit() else WORD_NUMBERS.get(word.lower(), 100)
                                  for word in (m["every_num"], m["every_den"]))
        return Quantity(_percent_of(numerator, denominator), "percent", None, qualifier), "fraction", True
    if m["most"]:  # "the most in the world", "the third most in the world"
        ordinal = (m["most_ord"] or "first").lower()
        value = ORDINALS.get(ordinal) or int(re.match(r"\d+", ordinal)[0])
        return Quantity(Decimal(value), "rank", None, qualifier), "rank", True
    if m["top"]:  # "ranked among the top three provinces": third at most
        return Quantity(tidy(number_value(m["top_num"])), "rank", None, qualifier or "up_to"), "rank", True
    if m["top_list"]:  # "were the top three ports", "ranked in the top two", "the list of top ten
        # boxports" ("top 500" names a list; "one of the world's top 10 container lines" describes
        # a firm and "Among the top 10 provinces, …" a group: neither is a rank)
        form = "rank_list" if re.search(r"\bone\s+of\b", m["top_list"]) else "rank"
        return Quantity(tidy(number_value(m["top_list_num"])), "rank", None, "up_to"), form, True
    if m["top_spot"]:  # "took the top position"; "topped the list for …" (a list's place: "rank_list")
        # ("topped the country in exports": first among all of a place's members, a rank)
        form = "rank" if m["top_spot"].lower().lstrip().startswith(("the", "top ", "number", "no")) or m["top_all"] \
            else "rank_list"
        return Quantity(Decimal(1), "rank", None, qualifier), form, True
    if m["factor"]:  # "increased by a factor of 5.7"
        return Quantity(tidy(number_value(m["factor_num"])), "times", None, qualifier), "multiplier", True
    if m["largest"]:
        return Quantity(Decimal(1), "rank", None, qualifier), "largest", True
    if m["mult_word"]:
        value = MULTIPLIER_WORDS[m["mult_word"].lower()]
        return Quantity(Decimal(value), "times", None, qualifier), "multiplier", True
    if m["mult_verb"]:
        return Quantity(Decimal(MULTIPLIER_VERBS[m["mult_verb"].lower()]), "times", None, qualifier), "multiplier", True
    if m["frac"]:
        value = _percent_of(int(m["frac_num"]), int(m["frac_den"]))
        return Quantity(value, "percent", None, qualifier), "fraction", True
    if m["frac_word"]:
        numerator = WORD_NUMBERS[m["frac_word_num"].lower()]
        denominator = FRACTION_WORDS[m["frac_word_den"].lower()]
        return Quantity(_percent_of(numerator, denominator), "percent", None, qualifier), \
            "fraction", True
    if m["frac_a"]:  # "accounts for a fifth of the total global GDP"
        denominator = FRACTION_WORDS[m["frac_a_den"].lower()]
        return Quantity(_percent_of(1, denominator), "percent", None, qualifier), "fraction", True
    if m["half"]:
        return Quantity(Decimal(50), "percent", None, qualifier), "half", True
    return _measured(m, qualifier)


def _measured(m: re.Match, qualifier: str | None) -> tuple[Quantity, str, bool]:
    """A number with optional currency, scale and unit; a range keeps its upper bound."""
    number = m["num_high"] or m["num"]
    value = _scaled(number_value(number), m["scale"])
    if m["num_high"] and qualifier in (None, "about"):
        # "1-2 days": at most two days (the lower bound is in as_written); "about 16 to 18 percent" is
        # no "about 18 percent", which would print as if the source said so
        qualifier = "up_to"
    form = "range" if m["num_high"] else ("digits" if number[0].isdigit() else "word")
    # "$20 billion yuan": the currency word after the amount says what it is
    currency = (_lookup(CURRENCY_SUFFIXES, m["cur_suf"]) if m["cur_suf"] else None) or \
        (_currency_prefix(m["cur_pre"]) if m["cur_pre"] else None)
    if currency:
        if m["cur_suf"] and m["cur_suf"].lower().endswith("cents"):
            value /= 100
        return Quantity(tidy(value), currency, None, qualifier), form, True
    if m["unit"]:
        unit, factor = _lookup(UNIT_WORDS, m["unit"])
        if m["unit"] == _MEGATONNE:
            factor = 10**6
        return Quantity(tidy(_converted(value, factor)), unit, None, qualifier), form, True
    return Quantity(tidy(value), "count", None, qualifier), form, False


_MEGATONNE = "Mt"  # (case tells it from "mt", a metric ton: "500 Mt of iron ore" is 500 million tonnes)


def _converted(value: Decimal, factor: int | Decimal) -> Decimal:
    """A value in the unit's base: exact while it needs at most four decimals ("250,000 square
    feet" is 23225.76 m2), else to the hundredth ("123 acres" is 49.78 ha, not 49.776333995…)."""
    converted = value * factor
    if converted.as_tuple().exponent < -4 and converted != converted.quantize(Decimal("0.0001")):
        return converted.quantize(Decimal("0.01"))
    return converted


# "the event has been held for 9 times", "visited Qingdao 12 times": how often a thing was done,
# a count, not a multiple of anything
_HOW_OFTEN = re.compile(r"\b(?:for|held|hosted|organi[sz]ed|staged|visited(?:\s+[A-Z][\w-]*){0,2}|visited\s+(?:the\s+city|it)|"
                        r"been\s+(?:held|hosted|staged)|t(?:ook|aken)\s+place)\s+$")
# ("hosted 5 times more cruise ships", "visited 3 times the number of", "room for 3 times its
# current traffic": a multiple, compared with something)
_COMPARED_AFTER = re.compile(r"\s+(?:as|more|less|fewer|larger|bigger|higher|greater|faster|longer|the|that|those|"
                             r"its|their|his|her|what|over|above|than)\b")


_A_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")  # (not a sentence's end: "16 mln mt. The port …")


# a loyalty scheme's miles before the figure: "members redeemed 3 million miles"
_LOYALTY_MILES = re.compile(r"\b(?:redeem\w*|earn(?:s|ed|ing)?|award\w*|bonus|loyalty|frequent[- ]fl\w+|mileage|rewards?)\b[^.;]*$",
                            re.IGNORECASE)


def find_quantities(text: str) -> Iterator[Found]:
    """Every figure-shaped span in running text, left to right, without judging it."""
    before = None  # (held one step: "11 billion" may be the head of "11 billion 820 million yuan")
    shares = _shares_of_a_whole(text)
    for found in _figure_shaped(text):
        if (found.start, found.end) in shares and found.quantity.unit == "count":
            found = replace(found, quantity=replace(found.quantity, unit="percent"), has_unit=True)
        if before and _one_amount(text, before, found):
            # "11 billion 820 million yuan", as Chinese amounts are put in English: one amount,
            # with the first part's hedge and currency ("about $11 billion 820 million")
            unit = found.quantity.unit if found.quantity.unit != "count" else before.quantity.unit
            found = Found(before.start, found.end, replace(
                found.quantity, value=before.quantity.value + found.quantity.value, unit=unit,
                qualifier=before.quantity.qualifier), found.form, found.has_unit or before.has_unit)
        elif before:
            yield before
        before = found
    if before:
        yield before


# "the industrial structure was 17.4:53.1:29.5" (or with the ratio sign, "7.1∶43.6∶49.3"): a whole
# split into three or four parts whose numbers add up to 100, so each is a share in percent (two
# numbers with a colon are a time or a score)
_PARTS = re.compile(r"(?<![\d.:∶])\d{1,2}(?:\.\d{1,2})?(?:\s?[:∶]\s?\d{1,2}(?:\.\d{1,2})?){2,3}(?![\d:∶]|\.\d)")
_PART = re.compile(r"\d+(?:\.\d+)?")


# A time of day with its seconds, "at 20:40:40 Beijing time": its parts may add up to 100 too
_A_CLOCK = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d:[0-5]\d")
_CLOCK_BEFORE = re.compile(r"\b(?:at|from|until|till|by|to|since|before|after)\s+$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"\s*(?:[ap]\.?m\b|(?:Beijing|local|GMT|UTC|BJT|CST)\b|hours?\b|h\b|o['’]clock\b|time\b)",
                          re.IGNORECASE)


def _shares_of_a_whole(text: str) -> set[tuple[int, int]]:
    """Spans of the numbers of every ratio written as parts of 100 ("7.5:48.1:44.4"), not a time
    of day ("at 20:40:40 Beijing time")."""
    spans = set()
    for m in _PARTS.finditer(text):
        parts = list(_PART.finditer(text, m.start(), m.end()))
        if abs(sum(Decimal(part[0]) for part in parts) - 100) > Decimal("0.2"):
            continue
        if _A_CLOCK.fullmatch(m[0]) and (_CLOCK_BEFORE.search(text, max(m.start() - 10, 0), m.start())
                                         or _CLOCK_AFTER.match(text, m.end())):
            continue
        spans.update(part.span() for part in parts)
    return spans


def _one_amount(text: str, head: Found, tail: Found) -> bool:
    """A number of billions, then of millions, with only a space between: "11 billion 820 million
    yuan", "1 billion 630 million" (not "3 billion yuan, 200 million more")."""
    big = _ENDS_ON_A_SCALE.search(text, head.start, head.end)
    small = _A_SCALE_ALONE.match(text, tail.start, tail.end)
    one_unit = head.quantity.unit == tail.quantity.unit or "count" in (head.quantity.unit, tail.quantity.unit)
    return bool(big and small and text[head.end:tail.start] == " " and small["scale"] == _NEXT_SCALE.get(big["scale"])
                and tail.quantity.qualifier is None and one_unit)


_A_SCALE_ALONE = re.compile(r"\d{1,3}\s+(?P<scale>trillion|billion|million|thousand)\b")
_ENDS_ON_A_SCALE = re.compile(r"\d\s+(?P<scale>trillion|billion|million|thousand)$")
_NEXT_SCALE = {"trillion": "billion", "billion": "million", "million": "thousand"}


def _figure_shaped(text: str) -> Iterator[Found]:
    for m in QUANTITY_RE.finditer(text):
        if _unmeasured_range(m):
            # "2019-2022", "0532-68873099", "from 3 to 1": not a range of a measured thing; give
            # each number alone so the extractor can judge it (as a year, a code, a count …).
            yield from _numbers_alone(text, m)
            continue
        if _no_range_from_a_year(m):
            # "from 850 million yuan in 2019 to 4 billion yuan", "… in 2000 to 6,288 yuan": no range from a
            # year (a range never falls, nor follows "in"), so "2019 to 4 billion yuan" is a year and then an amount
            yield from _numbers_alone(text, m, ("num",))
            yield from find_quantities_at(text, m.start("num_high"))
            continue
        if _falling_with_its_currency_again(text, m):
            # "cost $5 — $2 more than in 2022", "fell from HK$12 to HK$9": two amounts, no range
            low = QUANTITY_RE.match(text, m.start(), m.end("num"))
            quantity, form, has_unit = _quantity_of(low)
            yield Found(low.start(), low.end(), quantity, form, has_unit)
            yield from find_quantities_at(text, text.rfind(m["cur_pre"], m.end("num"), m.start("num_high")))
            continue
        if m["num"] and _letter_scale_without_currency(m):
            yield from _numbers_alone(text, m)  # the judge sees "10" run on into "m" and drops it
            continue
        quantity, form, has_unit = _quantity_of(m)
        if m["unit"] == _MEGATONNE and _A_NAME_AFTER.match(text, m.end()):
            yield from _numbers_alone(text, m)  # "Qingdao's 12 Mt Laoshan scenic spots": a mountain's name
            continue
        if m["unit"] and m["unit"].lower() == "miles" and _LOYALTY_MILES.search(text, max(m.start() - 40, 0), m.start()):
            low = QUANTITY_RE.match(text, m.start(), m.start("unit"))  # "redeemed 3 million miles": no distance
            quantity, form, has_unit = _quantity_of(low)
            yield Found(low.start(), low.end(), quantity, form, has_unit)
            continue
        if quantity.unit == "times" and _HOW_OFTEN.search(text, max(m.start() - 30, 0), m.start()) \
                and not _COMPARED_AFTER.match(text, m.end()):
            quantity = replace(quantity, unit="count")  # "has been held for 9 times": how often
        low = (m.start("num"), m.end("num")) if form == "range" else None
        yield Found(m.start(), m.end(), quantity, form, has_unit, low)


def find_quantities_at(text: str, start: int) -> Iterator[Found]:
    """The figure that starts exactly at `start`, if any."""
    m = QUANTITY_RE.match(text, start)
    if m and m.end() > start:
        quantity, form, has_unit = _quantity_of(m)
        yield Found(m.start(), m.end(), quantity, form, has_unit,
                    (m.start("num"), m.end("num")) if form == "range" else None)


def _no_range_from_a_year(m: re.Match) -> bool:
    """A year before "to" and a smaller amount: "in 2019 to 4 billion yuan" ("from 10 to 5
    percent" is a before and an after, which the extractor pairs); or any amount after "in" a
    year: "from 2,000 yuan per square meter in 2000 to 6,288 yuan"."""
    if not (m["num"] and m["num_high"] and re.fullmatch(r"(?:19|20)\d\d", m["num"])):
        return False
    return number_value(m["num"]) >= number_value(m["num_high"]) or bool(
        _IN_A_YEAR_BEFORE.search(m.string, max(m.start() - 4, 0), m.start()))


_IN_A_YEAR_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)


def _falling_with_its_currency_again(text: str, m: re.Match) -> bool:
    """A currency written before both numbers, the second smaller: no range ("$5 — $2 more")."""
    return bool(m["cur_pre"] and m["num_high"] and m["cur_pre"] in text[m.end("num"):m.start("num_high")]) \
        and number_value(m["num"]) > number_value(m["num_high"])


def _unmeasured_range(m: re.Match) -> bool:
    """Two numbers joined with nothing that measures them ("2019-2022"); a scale word does
    ("4-5 million": up to five million), and so does "between" before numbers that are no years
    ("between 300,000 to 500,000 TV sets": a count's range)."""
    if m["between"] is not None and not _A_YEAR.fullmatch(m["num"]):
        return False
    if m["num"] and m["num_high"] and _a_count_s_range(m):
        return False
    return bool(m["num"] and m["num_high"] and not (m["unit"] or m["cur_suf"] or m["cur_pre"] or m["scale"]))


def _a_count_s_range(m: re.Match) -> bool:
    """"50,000 to 80,000 passenger trips", "200-300 workers": two counts of the things named
    after them, the first the smaller (not years, not "from 3 to 5", a before and an after)."""
    if _A_YEAR.fullmatch(m["num"]) or _A_YEAR.fullmatch(m["num_high"]) or _FROM_BEFORE.search(m.string, max(m.start() - 10, 0), m.start()) \
            or _NAMES_BEFORE.search(m.string, max(m.start() - 12, 0), m.start()):  # (the longest name word, "terminals ")
        return False
    try:
        low, high = number_value(m["num"]), number_value(m["num_high"])
    except (ArithmeticError, ValueError):
        return False
    return low < high and bool(_THINGS_AFTER.match(m.string, m.end()))


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# the things a range of counts counts: a word in lower case after it ("passenger trips", "workers")
_THINGS_AFTER = re.compile(r"\s+(?:(?!as\b|and\b|to\b|for\b|of\b|in\b|on\b|at\b|by\b|or\b)[a-z][a-z-]*\s+){0,2}?"
                           r"(?:(?!(?:as|is|was|has|does|us|this|its|his|thus|plus|less|unless|across|perhaps)\b)"
                           r"[a-z][a-z-]+s|people|staff|personnel)\b")
# (a range of names: "Lines 11-13", "routes 601-605", "No. 3-5", "Phase 1-2 projects", "Halls 3-5")
_NAMES_BEFORE = re.compile(r"\b(?:lines?|routes?|nos?\.?|numbers?|rooms?|gates?|berths?|phases?|stages?|terminals?|"
                           r"halls?|buildings?|zones?|sections?|blocks?|towers?|areas?|levels?|grades?|classes?|"
                           r"types?|articles?|chapters?|items?)\s+$", re.IGNORECASE)
_A_YEAR = re.compile(r"(?:19|20)\d\d")


def _numbers_alone(text: str, m: re.Match, groups: tuple[str, ...] = ("num", "num_high")) -> Iterator[Found]:
    for group in groups:
        if m.start(group) < 0:
            continue
        start, end = m.start(group), m.end(group)
        value = tidy(number_value(text[start:end]))
        form = "digits" if text[start].isdigit() else "word"
        begin = m.start() if group == "num" else start  # the qualifier belongs to the first
        qualifier = _lookup(QUALIFIERS, m["qual"]) if m["qual"] and group == "num" else None
        yield Found(begin, end, Quantity(value, "count", None, qualifier), form, False)


_SPACES = re.compile(r"[\s\u3000]+")
_CURLY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


_FRACTION_CUT = re.compile(r"(?<![\w-])a[\s-]+(?:third|quarter|fifth|tenth)$", re.IGNORECASE)


def parse_quantity(text: str) -> Quantity | None:
    """Read a figure as written ("$30.462 billion", "more than 60", "second largest").

    Words after a count say what is counted ("8 Korean banks" counts "Korean banks"); after
    other units they are ignored. Returns None when the text does not start with a figure.
    """
    text = _SPACES.sub(" ", text.translate(_CURLY)).strip()
    text += " of it" if _FRACTION_CUT.search(text) else ""  # "over a quarter" (of the city's GDP), as written
    m = QUANTITY_RE.match(text)
    if not m or _unmeasured_range(m) or (m["num"] and _letter_scale_without_currency(m)):
        return None
    whole = next(find_quantities(text), None)
    if whole and whole.start == 0 and whole.end > m.end():  # "11 billion 820 million yuan": one amount
        return whole.quantity
    quantity, form, _ = _quantity_of(m)
    rest = text[m.end():].strip(" ,.;:")
    if quantity.unit == "count" and rest and rest[0].isalpha():
        return Quantity(quantity.value, quantity.unit, rest, quantity.qualifier)
    if form == "multiplier" or quantity.unit != "count" or not rest:
        return quantity
    return quantity if not rest[0].isalnum() else None
