"""Whether a proposed label reads as one: a label names what a figure measures, and a brief
prints it beside the number. A label cut from the sentence at the wrong place ("Qingdao Port …
said Wednesday it", "The figure indicates the port", "Duration", "Change in 178,800 flights")
would print a line the quote does not say, so such a candidate is not kept unedited.

- `figure`: an amount (a decimal, thousands, a percentage, a number written as a word inside it)
  that is not a year, a period or a name: a label names a measure, never another figure ("over
  65" defines one);
- `fragment`: it starts or ends on a function word ("… of the", "And trade"), its brackets or
  quotes do not pair, its subject is a pronoun ("It", "They") or a report ("said Wednesday
  it"), it names a thing or a place and no measure ("The city", "The port in Rizhao"), ends on
  the verb whose object was the figure ("The foreign side holding"), is one of a set whose size
  was cut out ("The first of agreements") or a share of itself ("The shares, share of the shares"),
  ends on a possessive ("… one of the world's"), is money's actor and verb ("The local
  government invested"), has a verb and its object after a colon ("… Banks: provide non-recourse
  financing", "The new shipping route: shortened the delivery time") or says a phrase of four words
  or more twice ("Rank of terms of container volume in terms of container volume");
- `duration`: a duration whose label names nothing that lasted ("Weifang only used": 23 months);
- `group`: a rank whose label says whose it is and not among what ("Qingdao's rank": third;
  "Rank of Huangdao district of Qingdao": fifth);
- `money`: an amount of money whose label names no measure of money ("Local companies": 10
  million yuan, "South Korean enterprises in Shandong": $22.15 billion);
- `points`: a change in percentage points whose label names an amount and no rate or share
  ("Change in the export delivery value (decrease)": 5 points, which its growth rate fell by);
- `goods`: an amount of goods (tonnes, kilograms, TEU, cubic metres) whose label names no goods
  and no measure of them, only who handled them or where ("Beach workers and volunteers": 240
  t of green algae cleaned; "Yantai port": 200 million t);
- `long`: more than LONG characters (printed, but wraps in a key figure's line).

The flaws found in the figure's sentence rather than in its label (MEASURE_FLAWS: `capacity` …
`holder`, `members`, `deed`) are described on `measure_flaw`.
"""

from __future__ import annotations

import re

from briefgen.facts.extract.rules import is_plural
from briefgen.facts.model import CURRENCIES

LONG = 90  # characters: longer than a key figure's line

# words that name a measure of money: an amount's label needs one ("Local companies": 10 million
# yuan; "South Korean enterprises in Shandong": $22.15 billion; "Agricultural products")
MONEY_WORDS = re.compile(r"invest|capital|value|revenue|sales|trade|export|import|output|income|\bG[DNO]P\b|"
                          r"\bFDI\b|\bODI\b|product\b|deposit|loan|fund(?!ed\b)|financ|tax|profit|asset|spen[dt]|"
                          r"expenditure|cost|price|budget|subsid|outlay|turnover|consumption|earning|proceeds|"
                          r"payment|money|amount|worth|contract|deal|transaction|volume|saving|premium|"
                          r"reserve|bond|fee|wage|salar|donat|grant|\baid\b|debt|credit|balance|retail|"
                          r"expense|remittance|allowance|utili[sz]|\buse\b|added|econom|flow|throughput|"
                          r"shipment|yuan|dollar|rent|receipt|reward|compensation|insurance|dividend|"
                          r"valuation|\bsum\b|total|cash|bill|fortune|purchas|procure|paid|award|bonus|"
                          r"\bpay\b|pension|relief|stimulus|scale|size|cap\b|market|business", re.IGNORECASE)
# Units of goods moved, made or held (weight, containers, volume) and words that name what was:
# such an amount's label needs one ("Beach workers and volunteers": 240 t; "Shanghai's port": 40
# million TEU; "Plans to invest": 33,600 t)
GOODS_UNITS = frozenset({"t", "kg", "TEU", "m3"})
# (whole words or their own endings: no "team", "township", "important", "price", "entire")
GOODS_WORDS = re.compile(r"\b(?:throughput|volumes?|cargos?|capacit\w*|output|produc\w*|tonnage|imports?|imported|"
                         r"exports?|exported|trade|ships?|shipped|shipping|shipments?|handl\w*|mov\w*|consum\w*|"
                         r"distribut\w*|clean\w*|harvest\w*|catch\w*|sales?|sold|demand|weight|goods|ore|coal|oil|"
                         r"crude|grain|wheat|barley|rice|corn|soy\w*|salmon|crabs?|fish\w*|seafood|aquatic|LNG|gas|"
                         r"steel|iron|beer|wine|tires?|tyres?|materials?|load\w*|mail|freight|parcels?|containers?|"
                         r"TEUs?|box\w*|emissions?|waste|water|storage|stocks?|reserves?|suppl\w*|deliver\w*|"
                         r"transport\w*|process\w*|yields?|food\w*|fruits?|vegetables?|meat|milk|algae|sand|cement|"
                         r"chemicals?|fertili\w*|plastics?|paper|fuels?|diesel|gasoline|petrol|kerosene|naphtha|coke|"
                         r"metals?|copper|alumin\w*|timber|wood|cotton|textiles?|apples?|peanuts?|garlic|ginger|tea|"
                         r"eggs?|pork|beef|chicken|shrimps?|squid|sea\s*cucumbers?|kelp|seaweed|lactate|fabrics?|"
                         r"powders?|pellets?|liquids?|salt|potato(?:es)?|cherr(?:y|ies)|berr(?:y|ies)|garbage|rubbish|"
                         r"refuse|sludge|sewage|carbon|dioxide|CO2|traffic|intermodal|gold|silver|nickel|zinc|lithium|"
                         r"sugar|flour|tobacco|medicines?|drugs?|hydrogen|ammonia|methanol|ethylene|resins?|rubber|"
                         r"glass|snow|ice|sediment|silt|soil|earth|concrete|asphalt|"
                         r"annual\w*|daily|dwt|deadweight|displacement|tonnes?|tons?)\b"
                         r"|\bper\s+(?:hour|day|year|capita)\b", re.IGNORECASE)
# a year (1990-2039), a year range or a month-year ("2019-2021", "2021-22"), an ordinal in a
# name ("the 11th Five-Year Plan", "G20", "14th"), a decade ("the 1990s")
_NOT_A_FIGURE = re.compile(r"\b(?:19[89]\d|20[0-3]\d)(?:s|[-–/](?:\d{2}|\d{4}))?\b"
                           r"|\b\d+(?:st|nd|rd|th)\b|\b[A-Z]+\d+\b|\b\d+[A-Z]+\b")
# what the inbox says of a label held back for a flaw, the first that applies
FLAW_WORDS = {"figure": "names another figure", "fragment": "is a fragment of its sentence",
              "duration": "names nothing that lasted", "group": "names no group it ranks among",
              "money": "names no measure of money",
              "goods": "names no goods or measure of them (who handled or where, not what)",
              "points": "names a change in percentage points of an amount (points change a rate or a share: "
                        "which one?)",
              "bare": "names only what it counts, not what the sentence says of them",
              "owner": "does not say whose figure it is (the firm, event, site or things its sentence gives it to)",
              "capacity": "names no capacity (its sentence says what can be done at once, or what it was "
                          "designed for, not what was done)",
              "level": "names no level it returned to (a share of an earlier level, not of a whole)",
              "mixed": "names one state where its sentence counts things done and things planned together",
              "sample": "names no survey (the figure is how many were asked, not how many there are)",
              "threshold": "names no threshold each thing passed (its sentence counts those above one, or gives "
                           "what each passed: no total)",
              "margin": "names a change where its sentence says how far one figure is above or below another",
              "likeness": "counts things its sentence only likens a size to (no count of them)",
              "holder": "does not say whose things they are (its sentence says a firm or a branch has them)",
              "members": "names no group, deal or order whose members or items it counts (\"a consortium of six "
                         "firms\", \"a 480-car contract\")",
              "deed": "names what it counts, not what its sentence says they did or will do (\"have confirmed "
                      "their participation\", \"will join Haier\")"}
# a unit whose number was cut out of the label: "an average of liters of beer"
_NUMBER_CUT_OUT = re.compile(r"\b(?:average\s+of|about|nearly|around)\s+(?:liters|litres|tons|tonnes|kilograms|"
                             r"kilometers|kilometres|hours|minutes|days|yuan|dollars|euros|percent|square\s+(?:meters|"
                             r"metres))(?![\w-])")
_DURATION_ALONE = re.compile(r"(?i:duration|time|period|length)(?:\s+\([A-Z][\w ]*\))?")
DURATION_UNITS = frozenset({"year", "month", "week", "day", "h", "min"})
# words that say what lasted or when: a duration's label needs one
_TIME_WORDS = re.compile(r"\b(?:duration|time|times|period|years?|months?|weeks?|days?|hours?|"
                         r"minutes?|length|age|life|since|after|before|took|takes|journey|trip|"
                         r"travel|transit|stay|lasted|old|consecutive|running|halted|history|wait|"
                         r"holiday|festival|plan|term)\b", re.IGNORECASE)
# an amount, not a threshold a measure is defined by ("population over 65", "top 10")
_A_FIGURE = re.compile(r"[$€£¥]\s*\d|\d\.\d|\d{1,3}(?:,\d{3})+|\d\s*(?:%|percent|per\s+cent)|\d{4,}")
# a number written as a word inside a label counts as much ("Japanese and two Chinese
# enterprises"; not "the two sessions", "top five", "two-way", "Five-Year Plan")
_A_FIGURE_IN_WORDS = re.compile(r"(?<=\w\s)(?<!\bthe\s)(?<!\bof\s)(?<!\btop\s)(?<!\bfirst\s)(?<!\blast\s)\b(?:two|three|four|five|six|"
                                r"seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|"
                                r"thousand|dozens?)\s+(?![\w-]*-)", re.IGNORECASE)
_IN_A_NAME = re.compile(r"\b[A-Z][\w-]*\s+\d+\b")  # "Fortune 500", "Boeing 787"
# a rank's group, its size written with or without thousands separators ("among 2,800 counties")
_GROUP_SIZE = re.compile(r"\(among [^)]*\)|\bamong \S+ \d[\d,]* .*$|among \d[\d,]* .*$")
_FUNCTION = (r"of|in|into|to|for|by|with|from|at|on|and|or|but|as|than|that|which|its|their|"
             r"more|less|over|about|nearly|almost|while|was|were|is|are|worth|past|last")
# words a label may start with but never end on: "Terminal area will be", "… the city's newly",
# "Revenues may" (not the month: "Exports in May")
_NOT_LAST = (r"be|been|will|would|could|should|(?-i:may|might|must)|has|have|had|newly|recently|jointly|respectively|"
             r"approximately|currently|previously|mainly|mostly|already|also|took|saw|got|gave|only|another|"
             r"during|within|between|among|through|via|since|until|per|across|along|around|(?<!and\s)beyond|toward|towards|"
             r"throughout|amid|upon|onto|slightly|sharply|steadily|now|"
             # a linking verb waiting for its figure: "Per capita income stayed" (around 1,000 yuan)
             r"stayed|remained|stood|is|are|was|were|reached|totaled|totalled|amounted")
_STARTS = re.compile(rf"^(?:(?:{_FUNCTION}|means|meaning|against|together)\b|•)|^(?i:can|could|will|would|should|must)\s+[a-z]", re.IGNORECASE)
# an amount's measure after "a"/"an" ("A revenue", "An operating income"): whose it is was lost
_INDEFINITE = re.compile(r"(?:(?:Year-on-year\s+|(?:Average\s+)?[Aa]nnual\s+)?[Cc]hange\s+in\s+)?[Aa]n?\s+[a-z]")
# a place described, nothing measured: "The coastal city of Qingdao in east China's Shandong Province"
_PLACE_DESCRIBED = re.compile(r"(?:[Tt]he\s+)?(?:(?!of\b)[\w-]+\s+){0,3}?(?:city|port|province|district|county|town|"
                              r"capital)\s+of\s+[A-Z][\w'’-]*(?:\s+in\s+[^,;:()]*)?")
# a verb whose object was the figure: "The foreign side holding" (60% of the shares)
_VERB_OF_FIGURE = r"holding|accounting|reaching|totall?ing|making|bringing|taking|increasing|decreasing|" \
    r"rising|growing|hitting|exceeding|covering|involving|add|adds|covers|(?<=s\s)cover"  # (not "amount": "Investment
# amount", nor "Forest cover": "The protection areas cover" is a verb after its plural subject)
# a clause's verb opening the label: "Featuring an investment", "Generated an operating revenue"
_OPENS_ON_A_VERB = re.compile(r"^[A-Z][a-z]+(?:ing|ed)\s+(?:an?|the|its|their|some|about)\b"
                              r"|^(?:Becoming|Attracting|Generating|Involving|Featuring|Reaching|Making|Bringing|"
                              r"Creating|Achieving|Completing|Realizing|Realising|Receiving|Welcoming|Covering|"
                              r"Including|Accounting|Registering|Recording|Hitting|Exceeding|Topping)\b"
                              # a past verb and its preposition, its subject cut off: "Resulted in agreements
                              # for a total amount", "Amounted to"; a speaker's verb: "Said last year's …"
                              r"|^[A-Z][a-z]+ed\s+(?:in|to|into)\s+(?![A-Z\d])|^Said\b"
                              # a verb of its sentence, not a measure: "Constitutes: Duration"
                              r"|^(?:Constitutes|Accounts|Represents|Comprises|Contributes|Involves|Includes|"
                              r"Exceeds|Reaches|Tops|Hits|Totals|Remains|Stands)\b"
                              # a verb alone before what the figure is: "Comprising: Duration"
                              r"|^[A-Z][a-z]+(?:ing|ed):"
                              # a verb after the colon: "Laoshan Scenic Area received: achieve business income"
                              r"|:\s+(?:achieve|reach|take|make|attract|receive|reali[sz]e|record|exceed|hit|"
                              r"register|see|handle|acquire|invest|buy|purchase|pay|spend|build|add|raise|create|"
                              r"bring|sell|develop|open)\b"
                              # a plan's sentence, not a measure: "The centre will cover a total area"
                              r"|\b(?:will|would|shall)\s+(?!be\b)[a-z]+\b"
                              # a share of a relative pronoun: "…, share of which will be utilized"
                              r"|\bshare\s+of\s+(?:which|whom|it|them)\b"
                              # a plan's words inside it: "Direct sea shipment: anticipated to cut …"
                              r"|\b(?:anticipated|expected|set|likely|planned|scheduled)\s+to\s+[a-z]")
# a rank that says only whose it is: "Qingdao's rank", "Qingdao's rank in China" (third among what?)
_RANK_OF_NOTHING = re.compile(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*['’]s\s+rank|[Rr]ank")
# what a rank is among: a group ("among ports", "as a trading partner", "on the list"), a place
# ("in China", "in the world"; not a year: "in 2017") or a scale ("nationwide"); without one,
# "Rank of Huangdao district of Qingdao" (fifth on which list?) says only whose it is
_RANKED_AMONG = re.compile(r"\b(?:among|as|on|within|nationwide|national(?:ly)?|globally|world(?:wide)?|"
                           r"provincial|global)\b|\bin\s+(?!(?:19|20)\d\d\b)(?:the\s+)?[A-Za-z]", re.IGNORECASE)
# … or on a possessive waiting for its noun ("Qingdao hosts one of the world's")
_ENDS = re.compile(rf"\b(?:the|a|an|it|they|this|that|these|those|{_FUNCTION}|{_NOT_LAST}|{_VERB_OF_FIGURE})[,:]?$"
                   # a change's verb waiting for its figure: "… led the city's export volume to increase"
                   r"|\bto\s+(?:increase|grow|rise|reach|decrease|decline|fall|drop|expand|climb)$"
                   # a verb of extent its figure followed: "Qingdao's total area of jurisdiction expands" (over 10,654 sq km)
                   r"|\b(?:expands|extends|covers|spans|stretches|contributes|accounts)$"
                   # a name's verb waiting for what it holds: "… beer giant Anheuser-Busch holds" (a 27 per cent
                   # stake; not "Stake Asahi holds", which names it)
                   r"|^(?!.*\b(?:stake|stakes|share|shares|interest|equity)\b).*\b(?-i:[A-Z])[\w&.-]*\s+(?:holds|owns|controls)$"
                   # … or with what: "The first ship loaded" (with 10,000 tons of Russian corn)
                   # (a thing with its article: "Containers loaded", "Jobs filled" are measures)
                   r"|^(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:loaded|filled|packed|laden|stocked)$"
                   # a sentence cut before its figure's words: "Each person drinks an average of liters
                   # of beer every", "Travelers from Cheongju used to transit"
                   r"|\b(?:every|each|per)$|\bused\s+to\s+[a-z]+$"
                   # a preposition cut from the clause it opened: "Hard work in After" (55 years of …)
                   # (not a time before or after another: "Visitors the day before")
                   r"|(?<!year\s)(?<!day\s)(?<!week\s)(?<!month\s)\b(?:after|before|despite)$"

                   # an adjective waiting for its noun: "CSP: its current" (stake)
                   r"|\b(?:its|their|the)\s+(?:current|previous|former|own|new)$"
                   # a plural's verb "total": "The drinking areas of the event total" (50,000 square metres)
                   r"|\b[a-z]+s(?:\s+of\s+(?:the\s+)?[\w-]+){0,2}\s+total$"
                   r"|\w['’]s?$|\s[-–—]:?$", re.IGNORECASE)  # (… or on a dash: "… to Qingdao's GDP –")
# money's label ending on an actor and the verb whose object the money was ("The local
# government invested", "Local companies donated"; a count's "Enterprises attracted" are the
# things counted, and "Funds raised" names a measure)
_ACTOR_DID = re.compile(r"\b(?:government|authorities|companies|firms|enterprises|businesses|investors|"
                        r"banks|residents|people|city|province)\s+(?:invested|spent|donated|earned|raised|"
                        r"paid|lent|received|attracted|exported|imported|signed|utili[sz]ed|injected|"
                        r"allocated|contributed|secured)$", re.IGNORECASE)
# one of a set, its size cut out: "The first of agreements" ("The first of the two agreements")
# (not "The first of two agreements", "Each of the 12 projects", "One of China's ports")
_ONE_OF = re.compile(r"^(?:the\s+)?(?:first|second|third|last|one|each|some|most|both)\s+of\b"
                     r"(?!\s+(?:(?:the|its|their|these|those|our|all|two|three|four|five|six|seven|eight|nine|"
                     r"ten|dozens|hundreds|thousands)\b|(?-i:[A-Z])|\d))", re.IGNORECASE)
# what a share is of, the same as what it measures: "The shares, share of the shares"
_SHARE_OF_ITSELF = re.compile(r"^(?:the\s+)?(?P<what>.+?),\s+share\s+of\s+(?:the\s+)?(?P=what)$", re.IGNORECASE)
_PRONOUN = re.compile(r"(?:^|:\s|\bin\s|\bof\s)(?:It|They|it|they|He|She|We|This|These|Those|them)\b(?!['’]s)"
                      r"|\b(?:[Oo]ur|[Mm]y|[Ww]e|[Uu]s)\b"  # a speaker's own: "The export volume of our company"
                      # a writer's own, "I" and a verb ("I visited the Chinese city of Qingdao for the
                      # first time"; not a numeral: "Phase I", "Terminal (I)")
                      r"|(?<![\w.-])I\s+(?:[a-z]+ed|am|was|have|had|saw|went|met|think|believe|see)\b")
# a clause's words with their noun cut out: "Rank of making it the world’s among ports", a share's
# verb left in ("The firms also generate, share of …"), an "its" the label never names ("Share of
# its products sold overseas")
# a part the sentence before named, pointed back to and not named: "Revenue from this segment"
_POINTS_BACK_TO = re.compile(r"\b(?:this|these|those)\s+(?:segments?|sectors?|business(?:es)?|divisions?|areas?|"
                             r"zones?|districts?|projects?|compan(?:y|ies)|firms?|groups?|parks?)\b", re.IGNORECASE)
_CUT_CLAUSE = re.compile(r"\b[A-Za-z][a-z]*ing\s+it\b|\w['’]s\s+among\b"
                         # a subject and its verb with the verb's object: "Customs officers issued the
                         # country's first certificate", "Tsingtao Brewery booked an operating revenue"
                         r"|\b(?:[A-Z][\w-]*|[a-z]+s)\s+(?:issued|signed|launched|opened|announced|received|"
                         r"attracted|completed|handled|recorded|achieved|registered|reali[sz]ed|saw|posted|booked)"
                         r"\s+(?:the|a|an|its|their)\b"
                         # a sentence's copula left in: "The centre is the group's global research …"
                         r"|\b(?:is|are|was|were)\s+(?:the|a|an)\s+[\w'’-]+"
                         # "Hisense maintained steady growth with annual revenue": a clause, its measure after "with"
                         r"|\b(?:[A-Z][\w-]*|[a-z]+s)\s+(?:maintained|kept|enjoyed|experienced|witnessed|sustained)\s+"
                         r"(?:[a-z]+\s+){0,3}with\b"
                         # a cause copied in: "Year-on-year change in Thanks to the launch of …"
                         r"|\b(?i:thanks\s+to|owing\s+to|due\s+to|because\s+of)\b"
                         # a participle's clause, its number cut out: "Global revenues of operating in countries"
                         r"|\bof\s+[a-z]+ing\s+(?:in|to|at|on|with)\s+(?!the\b)[a-z]+\b"
                         # a set named before that the label never names: "… exports to those countries"
                         r"|\b(?:those|these)\s+(?:countries|cities|economies|regions|markets|partners|"
                         r"firms|companies|enterprises|projects|areas|zones|parks|ports)\b"
                         # "the sector" or "the industry" as the measure, never named
                         r"|^(?:(?:Year-on-year\s+|(?:Average\s+)?[Aa]nnual\s+)?[Cc]hange\s+in\s+)?[Tt]he\s+"
                         r"(?:sector|industry)(?:['’]s\b|\s*$|\s+in\b)"
                         # a change in what was done, its thing cut out: "Change in received",
                         # "Change in the seaside scenic spot received"
                         r"|^(?:Year-on-year\s+|(?:Average\s+)?[Aa]nnual\s+)?[Cc]hange\s+in\s+(?!.*\bnumber\s+of\b)"
                         r".*\b(?:received|welcomed|attracted|hosted|handled|recorded|registered|achieved|"
                         r"reali[sz]ed|generated|saw)$"
                         r"|\b(?:generates?|contributes?|accounts?|makes?\s+up|represents?|produces?),\s+share\s+of\b"
                         r"|^(?:Share|Change|Rank|Proportion)\s+(?:in|of)\s+(?:its|their)\b"
                         # ("… of the city's total and generates 48.9 percent of its total revenue": whose?)
                         r"|^(?![^,]*['’]s\b)[^,]*,\s+share\s+of\s+(?:its|their)\b"
                         # a part or a firm named before only as "the district", "the company": whose?
                         r"|^(?:(?:Year-on-year\s+|(?:Average\s+)?[Aa]nnual\s+)?[Cc]hange\s+in\s+)?[Tt]he\s+"
                         r"(?:district|zone|park|county|company|firm|group|area|project)['’]s\b"
                         # a participle opening, or an amount's words with the amount cut off: "Loaded
                         # with excavators and land levelers worth a total"
                         r"|^[A-Z][a-z]+ed\s+(?:with|by)\b|\b(?:worth(?:\s+a\s+total)?|a\s+total|totall?ing|amounting\s+to|"
                         r"valued\s+at)$"
                         # a sentence's connective or verb left in: "Change in however in Shandong",
                         # "Change in throughput plunged on the routes", "Qingdao plans to invest",
                         # "Having turnover by the end", "… of the port compared"
                         r"|\b(?i:however|moreover|meanwhile|nevertheless)\b"
                         r"|^(?:(?:Year-on-year\s+|(?:Average\s+)?[Aa]nnual\s+)?[Cc]hange\s+in\s+)\S.*\b(?:plunged|soared|surged|"
                         r"jumped|rose|fell|grew|dropped|declined|increased|decreased|climbed)\b"
                         r"|\bplans?\s+to\s+[a-z]+$|^Having\b|\b(?:compared|by\s+the\s+end)$"
                         # "Qingdao Port accomplished a total cargo throughput": the clause's verb left in
                         r"|\b(?:accomplished|achieved|reali[sz]ed|recorded|registered|posted|handled|reached|"
                         r"attracted|hit|saw|entered|experienced|witnessed|maintained)\s+(?:a|an|the|its|their)\b"
                         # an adverb and a verb opening: "Barely featured on most people's list"
                         r"|^[A-Z][a-z]+ly\s+[a-z]+ed\s+(?:on|in|at|to|by|as|with|from|for)\b"
                         # a modal's verb ("… enterprises can achieve an operating revenue"), "There" as a
                         # place ("… enterprises in There"), a preposition after "Change in" ("in for total …")
                         r"|\b(?:can|could|will|would|may|might|should)\s+[a-z]+\b|\b(?:in|of)\s+There\b"
                         r"|^(?:(?:Year-on-year\s+|(?:Average\s+)?[Aa]nnual\s+)?[Cc]hange\s+in\s+)(?:for|of|to|by|with|from|at|on)\b"
                         # a change of a place or body, no measure named: "Change in the service industry"
                         r"|^(?:(?:Year-on-year\s+|(?:Average\s+)?[Aa]nnual\s+)?[Cc]hange\s+in\s+)(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                         r"(?:port|industry|sector|zone|park|district|area)(?:\s+in\s+[A-Z][\w\s'’-]*)?\s*(?:\((?:increase|decrease)\))?$"
                         # "The latter occupied": what the figure is of, never named
                         r"|^[Tt]he\s+(?:latter|former)\b"
                         # "… in the district in 2020": which district?
                         r"|\b(?:in|of|from)\s+the\s+(?:district|zone|park|county|project)\b(?!\s+of\s+[A-Z])"
                         # a clause's verb left in: "the number of tourists broke", "… in China takes
                         # the leading position among …"
                         r"|\b(?:broke|takes|took)\b(?:\s+(?:the|a)\b|\s*\(|\s*,|\s*$)"
                         # … or before a colon: "The project: total investment"
                         r"|^(?:[Tt]he|[Tt]his)\s+(?:project|company|firm|zone|park|district|area|group|centre|center):"
                         # a plan's verb opening the label: "Increase the fund scale", "Introduce more …"
                         r"|^(?:Increase|Introduce|Cultivate|Build|Attract|Achieve|Reach|Reali[sz]e|Strive|Promote|"
                         r"Expand|Raise|Create|Develop|Establish|Add|Boost|Cut|Reduce|Complete|Launch|Train|Host|"
                         r"Hold|Encourage|Support|Foster|Bring|Form|Ensure|Strengthen|Upgrade|Accelerate)\s+"
                         r"(?:the|a|an|its|their|more|over|about|up|new|at\s+least)\b")
# a report's words: "… said Wednesday it", "The figure indicates the port"
_REPORT = re.compile(r"\b(?:said|says|told|announced|reported|indicates|indicated|[Aa]ccording\s+to)\b"
                     r"|\b(?:[Rr]eport|data|statistics|figures)\s+show(?:s|ed)?\b"  # not "Live shows"
                     # (a verb, not the plural a total is of: "The total sales of Haier" names one)
                     r"|^(?:The|This|That)\s+(?:figure|number|amount|total)\s+(?:indicates|shows|means|"
                     r"represents|includes|reflects|marks|equals|exceeds|accounts|makes|puts|brings|"
                     r"ranks|stands|tops|hits|reaches|remains)\b"
                     # a dateline: "June 16 (Xinhua)"
                     r"|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
                     r"|\((?:Xinhua|Reuters|AP|AFP|Yonhap|Kyodo)\)")
_PAIRS = (("(", ")"), ("[", "]"), ("“", "”"))
_PLACE_AFTER = re.compile(r"\s+in\s+[A-Z][\w'’ -]*$")  # "Areas in Shandong"
# a word of a place's name: "Tai'an", "Xi’an", never a possessive ("in Qingdao's GDP" is what
# changed, no place added to the label)
_PLACE_WORD = r"(?!(?:After|Before|During|Since|Until|Despite)\b)[A-Z][\w-]*(?:['’](?!s\b)[\w-]+)*"  # (no place: "in After")
# the additions a label may end with: its tags, its speaker, its place and group
# what an amount is per, which the inbox adds after a label ("Saving … per container")
_PER_WHAT = (r"container|person|capita|head|tonne|ton|unit|visitor|tourist|passenger|household|worker|employee|"
             r"square\s+met(?:er|re)|sqm|sq\s+m|month|day|night|week")
PER_UNIT = rf"(?:\s+(?:here|there))?\s+(?:per|each|every|a|an)\s+(?:{_PER_WHAT})\b"
# What a figure is per, for its label to say: the units above, an hour or a minute ("60.6 TEUs per
# hour"), a second one ("RMB 125 per sqm per month"), after a restated unit in brackets ("60.6
# twenty-foot equivalent units (TEUs) per hour")
RATE_AFTER = (rf"(?:\s+\([\w ]{{1,20}}\))?(?:\s+(?:here|there))?\s+(?:per|each|every|a|an)\s+(?:{_PER_WHAT}|hour|minute)\b"
              r"(?:\s+per\s+(?:month|day|week|hour|year))?")
_SUFFIXES = re.compile(rf"(?:\s+\((?:[a-z]+|[A-Z][\w ]*|among [^)]*)\)|,\s+according to .*|{PER_UNIT}|"
                       rf"\s+in\s+{_PLACE_WORD}(?:\s+{_PLACE_WORD})*)+$")
# a thing or a name with nothing measured ("The city", "The port", "Qingdao", "Change in
# Rizhao", "Year-on-year change in Rizhao", "Money": the kind of figure); a count's noun
# ("Projects") is a measure
_NO_MEASURE = re.compile(r"(?:[Yy]ear-on-year\s+|(?:[Aa]verage\s+)?[Aa]nnual\s+)?(?:[Cc]hange\s+in\s+|[Rr]ank\s+of\s+)?"
                         r"(?:(?i:(?:(?:the|a|an)\s+)?(?:city|port|airport|park|zone|cent(?:er|re)|world|country|"
                         r"nation|province|"
                         r"warehouse|company|amount|figure|total|proportion|investments|firms|money|"
                         r"percent|mass|rank|change|duration|area|count|length|there|and|just))"
                         r"|(?!(?:GDP|Trade|Throughput|Investment|Revenue|Output|Capital|Population|Cargo|"
                         r"Financing|Exports|Imports|Consumption|Production|Spending|Income|Turnover|"
                         r"Employment|Tourism)\b)"
                         r"(?P<name>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*))?(?:\s+[a-z]+ed)?")
# a count of the parts a text divides something into, nothing counted in the world: "Aspects"
# (a report explored the city "from four aspects"), "Areas in Shandong" (arrangements in nine areas)
_PARTS_OF_A_TOPIC = re.compile(r"(?:the\s+)?(?:aspects|areas|fields|respects|dimensions|ways|kinds|types|"
                               r"categories|points|sides|levels|parts|items|sectors)", re.IGNORECASE)
# a count named by a noun alone that says nothing of what was counted about them ("Aircraft" for
# aircraft movements or stands, "People" for jobs created, "Voyages" for trips a week, "Countries"
# for the countries a network reaches): the journeys' audit found such labels claiming more than
# their quote; a noun with what the sentence says of them ("Ports connected") is no such label
_BARE_COUNT = re.compile(r"(?i:people|persons|places|aircraft|voyages|trips|countries|cities|regions|economies|"
                         r"slots|berths|resorts|schools|times|sites|ships|vehicles|islands|villages|bays|"
                         r"items|units|"
                         # who took part, or lines and firms with no word of what they did ("Guests",
                         # "Stations" of one metro line, "Weekly flights" on one route, "Companies")
                         r"guests|participants|attendees|delegates|stations|companies|enterprises|firms|"
                         r"(?:(?:daily|weekly|monthly)\s+)*(?:flights|routes))"
                         r"(?:\s+\([A-Z][\w ]*\))?"
                         # where something came from or went to, never saying what: "Countries of origin"
                         r"|(?i:countries|cities|regions|economies|ports|destinations)(?:\s+and\s+regions)?"
                         r"\s+of\s+(?:origin|destination)(?:\s+in\s+[A-Z][\w'’ -]*)?")
# the part of the city or the thing a label's measure is of, before its colon ("Jinjialing
# Financial District: Sectors"): the measure after it is judged on its own
_PART_BEFORE = re.compile(r"^[A-Z][^:]{2,100}:\s+(?=[A-Z])")
_NAMED_RANK = re.compile(r"[A-Z][\w'’ -]*['’]s rank")  # "Japan's rank": a measure and whose


# the words a change's label opens with: "Change in", "Year-on-year growth in", "Average annual change in"
_CHANGE_IN = r"(?:Year-on-year\s+|(?:Average\s+)?[Aa]nnual\s+)?(?:[Cc]hange|[Gg]rowth)\s+in\s+"
# a change of a place or body, no measure named: "Year-on-year change in Yantai's Huang-Bohai New
# Area", "Year-on-year growth in Shanghe Hot Spring Spot in Jinan" (not a measure's initials: GDP, FDI)
_CHANGE_OF_A_NAME = re.compile(_CHANGE_IN +
                               r"(?:the\s+)?(?P<name>(?:[A-Z][\w'’.&-]*(?:['’]s)?\s*)+"
                               r"(?:(?:of|in|and)\s+(?:[A-Z][\w'’.&-]*\s*)+)*)(?:\s*\(.*\))?")


# a noun cut out of the sentence with the name after it: "Change in quantity Haier in Pakistan"
# (from "ranking No. 1 in quality and quantity Haier in Pakistan has increased …")
_CHANGE_IN_WORD_AND_NAME = re.compile(_CHANGE_IN +
                                      r"(?!(?:the|a|an|its|their)\b)[a-z]+\s+[A-Z][a-z]+\b(?!['’])")


# a change "in" a clause cut from the sentence: a name and its verb ("Change in Tsingtao cheers",
# "Change in the Bohai Bay Rim absorbed") or a comparison ("Change in far higher than the average
# growth rate"); not a name's measure ("Change in Qingdao's utilized foreign capital")
_CHANGE_IN_A_CLAUSE = re.compile(_CHANGE_IN +
                                 r"(?:(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+)+(?<!['’]s\s)(?:(?!added\b)[a-z]+ed|cheers|sees|says|posts|reports|"
                                 r"logs|tops|hits|wins|gets|makes|takes|has|grows|rises|jumps|surges|soars|falls|drops|climbs|doubles)\b"
                                 r"|(?:far\s+|much\s+|slightly\s+)?(?:higher|lower|faster|slower|more|less)\s+than\b"
                                 # "Change in GROWING sales toasted Tsingtao Brewery Co's profit": a verb and its object,
                                 # after its subject (not "actually utilized Foreign Direct Investment", "number of
                                 # registered Enterprises": a measure's participle)
                                 r"|[^()]*?\b(?<!['’])(?!(?:of|the|a|an|and|or|in|on|for|with|its|their|by|to)\b)[a-z]+(?<!ly)\s+"
                                 r"(?!added\b)[a-z]{3,}ed\s+[A-Z][a-z])")
# A clause, not a measure: a verb done by the words before it with an object after it ("The Chinese
# tyre producer acquired controlling stakes", "Wanhua owns, share of …", "The plant anticipates to
# generates …"), or a verb its adverb ends the label on ("… jointly invested"). (Not a participle
# naming what was done: "Lines opened", "Tyres exported to Kazakhstan", "Capital actually utilized".)
_A_CLAUSE = re.compile(r"(?:\b(?:company|producer|maker|firm|group|plant|giant|manufacturer|brewer)|"
                       # (a name after "of", "by" … is what is measured: "Sales of Tsingtao canned beer")
                       r"(?<=\s)(?<!\bof\s)(?<!\bby\s)(?<!\bfrom\s)(?<!\bin\s)(?<!\bfor\s)[A-Z][a-z]+(?!['’]))\s+"
                       r"(?:[a-z]+ly\s+)?"
                       r"(?:(?!(?:and|or|of|in|to|for|based|owned|funded|invested|listed|registered|headquartered|"
                       r"added|combined|speciali[sz]ed|utili[sz]ed|contracted|monitored|established|signed|approved|"
                       r"opened|reali[sz]ed|planned|designated|accumulated|loaded|related|integrated|backed|"
                       r"branded|canned|manufactured)\b)"
                       r"[a-z]{3,}ed|owns|anticipates|generates|operates|holds|employs|expects|aims|plans)\b,?\s+"
                       r"(?!(?:in|to|by|with|from|at|on|for|into|through|via|per|and|or|as|abroad|overseas|"
                       r"worldwide|globally)\b)(?:[a-z]|the\b)"
                       r"|\bjointly\s+[a-z]+ed$"
                       # "Rank of located in the Shandong Province …": a participle where its noun was,
                       # or a verb: "Qingdao Port: Rank of boasts in China" (which boasts the third-largest …)
                       r"|(?:^|:\s)(?:Rank|Share|Change|Year-on-year\s+change)\s+(?:of|in)\s+(?:[a-z]+ed(?:\s+(?:in|on|at|by|with)\b|$)|"
                       r"(?:boasts|has|have|is|are|was|were|remains|ranks|becomes|became|holds|claims|takes|sees|enjoys)\b)"
                       # a rule's verb opening the label: "Cap foreign investments" (not "Cap on …")
                       r"|^(?:Cap|Caps|Capped|Limit|Limits|Restrict|Restricts)\s+(?!(?:on|of|for|to|at)\b)[a-z]"
                       # "The plant anticipates to generates approximately annual revenues" (not "firms that plan to")
                       r"|(?<!\bthat\s)(?<!\bwho\s)(?<!\bwhich\s)\b(?:anticipates?|expects?|aims?|plans?|intends?)"
                       r"\s+to\s+[a-z]+\s+[a-z]")


def _a_change_of_a_name(label: str) -> bool:
    if _CHANGE_IN_WORD_AND_NAME.match(label) or _CHANGE_IN_A_CLAUSE.match(label):
        return True
    found = _CHANGE_OF_A_NAME.fullmatch(label)
    return bool(found) and not re.search(r"\b[A-Z]{2,}\b", found["name"])


def label_flaws(label: str, unit: str | None = None, says_more: bool = False) -> list[str]:
    """What reads badly in a label: 'figure', 'fragment', 'duration', 'group', 'money', 'goods', 'points', 'bare',
    'owner', 'long' (none when it reads well). `says_more`: the label leaves out what its sentence
    says: a count's noun alone whose things did or had something done to them ('bare'), or an
    amount the things counted before it involve ('owner': "8,200 domestic firms have invested …,
    involving 120 billion yuan in utilized investment"). A rank's group may say its size ("among the 15 sub-provincial cities"): that
    is no figure, and a rank's label names its group ('group': "Qingdao's rank" does not). A
    duration's label says what lasted ("Journey time", "Years of growth"), else 'duration': "A
    mail-delivery sea route between Weihai and Incheon: 7 years" (it had been halted seven
    years) claims what its quote does not."""
    found = []
    if unit in DURATION_UNITS and (not _TIME_WORDS.search(label) or _DURATION_ALONE.fullmatch(_PART_BEFORE.sub("", label))):
        found.append("duration")  # ("Qingdao: Duration": the kind of figure, nothing that lasted)
    unnamed = _NOT_A_FIGURE.sub("", _IN_A_NAME.sub("", _GROUP_SIZE.sub("", label)))
    if _A_FIGURE.search(unnamed) or _A_FIGURE_IN_WORDS.search(unnamed):
        found.append("figure")
    bare = _SUFFIXES.sub("", label)
    unpaired = any(label.count(o) != label.count(c) for o, c in _PAIRS) or label.count('"') % 2
    rest = _PART_BEFORE.sub("", bare)  # "The … Zone: Include in Shandong": the measure after whose it is
    if (_STARTS.search(bare) or _ENDS.search(bare) or unpaired or _PRONOUN.search(bare)
            or _CUT_CLAUSE.search(bare) or _a_change_of_a_name(label) or _A_CLAUSE.search(bare)
            or _POINTS_BACK_TO.search(bare)
            or _NUMBER_CUT_OUT.search(bare)
            or _REPORT.search(bare) or _names_no_measure(bare) or _ONE_OF.search(bare)
            # (a place's area or length is the place's own: "The economic zone: 159,500 km²")
            or (_PLACE_ALONE.fullmatch(bare) and unit not in _EXTENTS)
            or _OPENS_ON_A_VERB.search(bare) or _PLACE_DESCRIBED.fullmatch(bare)
            or (_VERB_ALONE.fullmatch(rest) and not (unit == "count" and _NOUN_TOO.fullmatch(rest)))
            or _SHARE_OF_ITSELF.match(bare) or (unit in CURRENCIES and _ACTOR_DID.search(bare))
            or (unit == "count" and _PARTS_OF_A_TOPIC.fullmatch(_PLACE_AFTER.sub("", rest)))
            or (unit not in DURATION_UNITS and unit != "count" and _INDEFINITE.match(bare))):
        found.append("fragment")
    # the measure after a part's name reads as one alone: "Laoshan district: The Century Square Beer
    # City", "Huangdao District: Jiaozhou Bay" (a place, nothing measured)
    if "fragment" not in found and rest != bare and (_STARTS_ON_A_VERB.match(rest) or (
            unit not in DURATION_UNITS and unit != "count" and _INDEFINITE.match(rest)) or unit not in _EXTENTS | DURATION_UNITS and (
            _PLACE_DESCRIBED.fullmatch(rest) or _PLACE_ALONE.fullmatch(rest)
            or _NAME_ALONE.fullmatch(rest))):
        found.append("fragment")
    if "fragment" not in found and (_DID_A.match(rest) or _COLON_THEN_A_VERB.search(bare)
                                   or (len(bare) <= LONG * 3 and _REPEATED_WORDS.search(bare.split(", share of")[0]))):
        found.append("fragment")
    if unit == "rank" and (not _RANKED_AMONG.search(label) or _RANK_OF_NOTHING.fullmatch(bare)
                           and not re.search(r"\bamong\b|\bworld\b", label)):
        found.append("group")
    if unit in CURRENCIES and not MONEY_WORDS.search(bare) and not found:
        found.append("money")
    if unit == "pp" and _A_CHANGE_LABEL.match(_PART_BEFORE.sub("", bare)) and not _MARGIN_WORDS.search(label) \
            and not _A_RATE_NAMED.search(label) and _AN_AMOUNT_NAMED.search(label) and not found:
        found.append("points")  # ("Change in the export delivery value": 5 points, its growth rate's)
    if unit in GOODS_UNITS and not GOODS_WORDS.search(bare) and not found:
        found.append("goods")  # ("Beach workers and volunteers": 240 t; "Yantai port": 200 million t)
    if unit == "count" and not found and (says_more or _BARE_COUNT.fullmatch(_PART_BEFORE.sub("", bare))):
        found.append("bare")
    elif unit != "count" and says_more and not found:
        found.append("owner")
    if len(label) > LONG:
        found.append("long")
    return found


# a thing named with no measure: "The summit" (held three times), "The bay" (10 to 15 meters deep),
# "A history", "Qingdao: Mass" (the kind of figure after a name)
# a verb's base form opening a label's measure: "Include in Shandong", "Reach …", "Cover …"
# a proper name alone, nothing measured: "Jiaozhou Bay", "The Century Square Beer City"
_NAME_ALONE = re.compile(r"(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")
# what a name before a colon did, in its verb: "China Construction Bank and China Merchants Banks:
# provide non-recourse financing to shareholders", "Kazakhstan: arrive at its destination after"
# (a measure after a colon is a noun: "The terminal: dry cargo", "The project: area")
# (a participle only before what it governs: "Testcity: registered capital" is a measure)
_COLON_THEN_A_VERB = re.compile(r":\s+(?:[a-z]+ed(?=\s+(?:a|an|the|its|their|to|at|in|on|by|for|with|among|from|"
                                r"into|[a-z]+ly)\b)|provide|arrive|attract|bring|give|make|build|invest|create|help|"
                                r"achieve|acquire|exceed|involve|generate|employ|receive|handle|produce|serve|host|"
                                r"take|took|boost|raise)s?\b")
# a phrase said twice, as a label cut twice from its sentence: "Rank of terms of container volume in
# terms of container volume" (not a share's whole: "Urban rail cars, share of urban rail cars in …")
# (four words at least, said again within two words: "Rank in terms of exports and in terms of imports",
# "Share of high-tech products in exports of high-tech products" read well)
_REPEATED_WORDS = re.compile(r"\b((?:[\w'’-]+\s+){3,}[\w'’-]+)\s+(?:[\w'’-]+\s+){0,2}\1\b", re.IGNORECASE)
# a past verb and its object opening a label, its subject cut off: "… New Area: Reported a GDP"
_DID_A = re.compile(r"[A-Z][a-z]+ed\s+(?:a|an|the|its|their)\b")
_STARTS_ON_A_VERB = re.compile(r"(?:Include|Includes|Reach|Reaches|Cover|Covers|Accounts|Exceed|Exceeds|"
                               r"Involve|Involves|Bring|Brings)\b")  # (not "Total trade": an adjective)
# a verb alone, its subject and object cut off: "Receives" (100m tonnes of iron ore a year)
_VERB_ALONE = re.compile(r"(?:Receives?|Received|Handles?|Handled|Produces?|Produced|Serves?|Served|Employs?|"
                         r"Employed|Attracts?|Attracted|Hosts?|Hosted|Holds?|Held|Has|Had|Gets?|Got|Sees?|Saw|"
                         r"Covers?|Covered|Reaches|Reached|Registers?|Registered|Records?|Recorded|"
                         # a verb of extent: "The leaking pipeline … measures 711 mm" ("Huangdao: Measures")
                         r"Measures|Measured|Stretches|Stretched|Spans|Spanned|Weighs|Weighed)")


_THING_ALONE = re.compile(r"(?:[Tt]he|An?)\s+(?!(?:GDP|output|exports?|imports?|trade|investment|revenues?|"
                          r"income|population|throughput|turnover|sales|spending|consumption|capital|"
                          r"production|employment)\b)[a-z]+|[A-Z][\w'’ -]*:\s+(?:Mass|Money|Count|Change)")


# a plural noun spelt as a verb: "Records" (2 million records) counts records
_NOUN_TOO = re.compile(r"Records|Registers|Hosts|Holds|Covers|Handles|Measures|Spans")


# A unit of measure alone: "Kiloliters", "Tonnes", "Square meters" say in what, not what of
_UNIT_ALONE = re.compile(r"(?i:(?:kilo|hecto|mega|milli)?lit(?:er|re)s|tons|tonnes|kilograms|kilowatts|megawatts|"
                         r"kilowatt-hours|barrels|pieces|sets|square\s+(?:meters|metres|kilometers|kilometres)|"
                         r"hectares|kilometers|kilometres|meters|metres|cubic\s+meters|cubic\s+metres|"
                         r"(?:nautical\s+|sea\s+)?miles|feet)")


_EXTENTS = frozenset({"km2", "m2", "ha", "km", "m", "mu"})
# A place or body alone, with what describes it: "The new airport", "The modern service sector"
_PLACE_ALONE = re.compile(r"(?:[Tt]he|An?)\s+(?:[\w-]+\s+){0,3}(?:airport|port|sector|industry|park|zone|company|"
                          r"project|cent(?:er|re)|base|district|plant|factory|facility)(?:\s+in\s+[A-Z][\w'’-]*)?")


def _names_no_measure(bare: str) -> bool:
    if _THING_ALONE.fullmatch(bare) or _UNIT_ALONE.fullmatch(bare):
        return True
    m = _NO_MEASURE.fullmatch(bare)
    return bool(m) and not _NAMED_RANK.fullmatch(bare) and not (
        m["name"] and " " not in m["name"] and is_plural(m["name"]))  # "Projects" counts


# What a figure's sentence says could be done, not what was: "the station can be used to charge two
# hydrogen vehicles at the same time", "was designed for a daily supply capacity of 1,000 kilograms,
# serving 50 vehicles every day", "capable of handling 250 million tons". Its label says so, or it
# is held. Only verbs of holding or handling (not "tourists can visit 49 beaches", "was able to
# attract 600 projects"), and not what a thing built for something did ("built for the 2008
# regatta, hosted 300 races").
_CAPACITY_VERBS = (r"(?:accommodate|hold|handle|carry|load|berth|serve|store|produce|process|charge|seat|house|"
                   r"receive|treat|supply|generate|transport|moor|dock)")
_CAPACITY_VERBS_ING = (r"(?:accommodating|holding|handling|carrying|loading|berthing|serving|storing|producing|"
                       r"processing|charging|seating|housing|receiving|treating|supplying|generating|transporting|"
                       r"mooring|docking)")
_CAN_BEFORE = re.compile(rf"(?:\b(?:can|could|(?<!was\s)(?<!were\s)able\s+to)\s+(?:now\s+|also\s+|simultaneously\s+)?"
                         rf"(?:be\s+used\s+to\s+)?{_CAPACITY_VERBS}\s+(?:up\s+to\s+)?"
                         rf"|\bcapable\s+of\s+{_CAPACITY_VERBS_ING}\s+(?:up\s+to\s+)?"
                         # "eight ships with a capacity of more than 4,000 TEU", "a clearance capacity of"
                         rf"|\bcapacit(?:y|ies)\s+of\s+(?:up\s+to\s+|more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+)?"
                         rf"|\b(?:designed|built)\s+(?:to\s+{_CAPACITY_VERBS}|for)\b(?:[^,.;!?]{{0,100}}|[^.;!?]{{0,100}},\s+"
                         rf"{_CAPACITY_VERBS_ING}\s+(?:up\s+to\s+)?))$", re.IGNORECASE)
# (in the figure's clause, after a verb that is no past one: "opened 30 new sea routes at once" is done)
_AT_ONCE_AFTER = re.compile(r"[^,.;!?]{0,60}?\b(?:at\s+the\s+same\s+time|simultaneously|at\s+a\s+time|at\s+once)\b",
                            re.IGNORECASE)
_DONE_BEFORE = re.compile(r"\b[a-z]+ed\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_DONE_AFTER = re.compile(r"\b(?:was|were|been|is|are)\s+[a-z]+ed\b", re.IGNORECASE)  # "30 routes were opened at once"
_CAPACITY_WORDS = re.compile(r"\b(?:capacity|capacities|can|could|designed|design|able|capable|at\s+(?:the\s+same\s+|a\s+)?"
                             r"time|at\s+once|simultaneous\w*|up\s+to|maximum|max)\b", re.IGNORECASE)
# A level a measure returned to, as a share of an earlier one: "Domestic passenger traffic … has
# returned to more than 70 percent" (of its level before the epidemic), no share of a whole.
_RETURNED_TO = re.compile(r"\b(?:returned|recovered|restored|rebounded|bounced\s+back|come\s+back|came\s+back|"
                          r"back)\s+to\s+(?:(?:more\s+than|over|about|around|nearly|almost|some)\s+)?$", re.IGNORECASE)
# (a rate is itself a level: "the unemployment rate fell back to 3.1%", "recovered to 8% growth")
_A_RATE = re.compile(r"\b(?:rate|ratio|growth|change|occupancy|share|proportion|intensity|utili[sz]ation)\b", re.IGNORECASE)
_A_RATE_AFTER = re.compile(r"\s*(?:growth|year-on-year|annual|increase|decrease)\b", re.IGNORECASE)
_LEVEL_WORDS = re.compile(r"\b(?:level|levels|recover\w*|return\w*|restor\w*|rebound\w*|pre-|before)\b", re.IGNORECASE)


# Things done and things planned counted together: "70 projects … started construction or were
# planned", "ports in operation or under construction" (in the figure's own clause: not "…, while 20
# parks were completed or under construction")
_DONE_OR_PLANNED = re.compile(r"[^,;.!?]{0,160}?\b(?:[a-z]+ed|built|begun|operational|under\s+construction|in\s+operation|operating|running)\s+(?:[a-z]+\s+){0,2}?"
                              r"or\s+(?:(?:were|was|are|is|being|been)\s+)?(?:planned|proposed|under\s+(?:construction|"
                              r"planning|negotiation)|in\s+the\s+pipeline|to\s+be\s+(?:built|started|launched))\b",
                              re.IGNORECASE)
# How many were asked, not how many there are: "A survey of 140 local export companies showed …"
_SURVEYED_BEFORE = re.compile(r"\b(?:survey(?:ed)?\s+(?:of\s+)?|polled\s+|interviewed\s+|questioned\s+|"
                              r"sample\s+of\s+)(?:the\s+|some\s+|about\s+|over\s+|more\s+than\s+)?$",
                              re.IGNORECASE)
_SURVEY_WORDS = re.compile(r"\b(?:survey\w*|poll\w*|sample\w*|interview\w*|asked|questioned|respondents?)\b",
                           re.IGNORECASE)
_BOTH_STATES = re.compile(r"\b(?:or|planned|proposed|under\s+construction|pipeline)\b", re.IGNORECASE)


# A size likened to so many things: "the Shenlan 1 -- equal to 40 standard swimming pools", "an
# area the size of 100 football fields" (no swimming pool or field is there to count)
_ROUGHLY = r"(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?"
_LIKENED_TO = re.compile(rf"\b(?:equal|equivalent|comparable|similar)\s+(?:in\s+size\s+)?to\s+{_ROUGHLY}(?:the\s+size\s+of\s+)?$"
                         rf"|\b(?:the\s+)?(?:size|area)\s+of\s+{_ROUGHLY}$|\bas\s+(?:large|big)\s+as\s+{_ROUGHLY}$", re.IGNORECASE)


# Who has the things counted, right before them: "… and the company currently owns 1,689 chain
# stores in Japan", "The Qingdao branch has two types of platform" (a firm's or a branch's, no
# place's: "The city has 5 universities" is the label's own city)
# (the words between a holder's verb and the figure, and before the verb)
_HOLDING_NOW = r"(?:currently\s+|now\s+|also\s+|already\s+)?"
_HOLDING_HOW_MANY = r"(?:(?:more\s+than|over|about|around|nearly|some|a\s+total\s+of)\s+)?$"
_HOLDER_BEFORE = re.compile(r"(?:^|[,;]\s+|\band\s+)(?P<holder>(?:[Tt]he\s+|[Ii]ts\s+)(?:[A-Z][\w&'’.-]*\s+){0,3}"
                            r"(?:company|firm|group|branch|bank|plant|factory|subsidiary|brand|chain|retailer|maker|"
                            r"manufacturer)|(?:[A-Z][\w&'’.-]*\s+){1,4}(?:Co\.?,?\s+Ltd\.?|Co\.|Ltd\.?|Group|Corp\.?|"
                            rf"Inc\.?|Company))\s+{_HOLDING_NOW}(?:owns|has|operates|runs|employs)\s+{_HOLDING_HOW_MANY}")


# … or a pronoun the label cannot name: "Currently, it serves flights on a total of 19 international
# routes" (the airline's, said a sentence before)
_IT_HAS_BEFORE = re.compile(rf"(?:^|[,;]\s+|\band\s+)(?:[Ii]t|[Tt]hey)\s+{_HOLDING_NOW}"
                            # (not "has" helping a verb: "It has attracted 40 firms", "it has set up")
                            r"(?:owns?|has|have|operates?|runs?|employs?|serves?|(?:will\s+)?features?)\s+"
                            r"(?:(?![a-z]+ed\b|(?:set|built|made|won|drawn|seen|held|brought|taken|grown|become|been)\b)"
                            rf"[a-z][\w-]*\s+){{0,3}}?{_HOLDING_HOW_MANY}")


# … or one place or event that did or has what is measured, the clause's subject: "the resort received an
# average of about 1,800 tourists a day …, and its daily turnover exceeded 300,000 yuan" (the resort's, not the
# city's tourism)
_ONE_PLACE_OR_EVENT_DID = re.compile(
    r"(?:^|[,;]\s+|\band\s+|\bthat\s+)(?:[Tt]he|[Ii]ts|[Tt]his)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<holder>resort|hotel|venture|tunnel|bridge|plant|factory|mall|store|restaurant|hospital|school|"
    r"university|museum|stadium|mine|brewery|expo|fair|exhibition|festival|conference|forum|summit|consortium)\s+"
    r"(?:(?:also|alone|now|currently|already|has|have|had|will|is|was)\s+)*"
    r"(?:received|welcomed|recorded|handled|posted|earned|generated|reported|attracted|drew|served|sold|produced|"
    r"hold|holds|held|feature|features|featured|employs|employed|cost|costs|covers|covered)\b")
# (its clause ends at a comma before "and", "but", "while", or at a semicolon)
_CLAUSE_BREAK = re.compile(r",\s*(?:and|but|while|whereas)\s+|;\s*")
# … or "its" measure right after a clause on one of them: "the resort received …, and its daily turnover
# exceeded 300,000 yuan"
_ITS_AFTER_ONE = re.compile(_ONE_PLACE_OR_EVENT_DID.pattern + r"[^.;]*?,\s*(?:and|while)\s+its\s+(?:[\w-]+\s+){0,4}$")
# … or who holds a stake: "CSIC will hold 50% of the joint venture" (the label must name CSIC; not "Exports
# kept 5 percent growth", "SMEs took 30 percent of new loans")
_A_STAKE_AFTER = re.compile(r"\s*(?:stake|share|interest|equity|of\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}"
                            r"(?:venture|company|firm|group|brewery|bank|shares|equity|capital))\b", re.IGNORECASE)
_STAKE_HELD = re.compile(r"(?P<holder>(?:[A-Z][\w&'’.-]*\s+){1,4})(?:will\s+|would\s+|to\s+)?(?:hold|holds|held|own|owns|"
                         r"owned|take|takes|took|keep|keeps|kept|retain|retains|retained|buy|buys|bought)\s+"
                         r"(?:(?:a|an|the)\s+)?(?:stake\s+of\s+)?(?:(?:about|around|some|nearly)\s+)?$")


# a label that names whose things they are: "Testcity Airlines' routes", "Routes of Testcity Airlines"
_A_HOLDER_NAMED = re.compile(r"[A-Z][\w-]*['’]s?\s|\b(?:of|by|at)\s+(?:the\s+)?[A-Z]")


MEASURE_FLAWS = ("capacity", "level", "mixed", "sample", "threshold", "margin", "likeness", "holder", "members",
                 "deed")  # flaws found in the figure's sentence, not in its label


def measure_flaw(label: str, unit: str | None, before: str, after: str) -> str | None:
    """'capacity', 'level', 'mixed', 'sample', 'threshold', 'margin', 'likeness', 'holder', 'members' or
    'deed' when the figure's sentence (`before` and `after` it, cut at its sentence) says more than the
    label does: what can be done at once or
    was designed for, a level returned to as a share of an earlier one, things done and planned
    counted together, how many a survey asked, or how many each passed a threshold ("96 stores
    each exceeded 10 million yuan"), a change that is a margin over another figure ("19.9
    percentage points higher than the local average"), things a size is only likened to
    ("equal to 40 standard swimming pools"), things a firm, a branch or "it" has, any figure of one
    place or event its clause is about, or a stake someone holds, whose label does not name who
    ("the company currently owns 1,689 chain stores", "the resort received … 1,800 tourists a day",
    "CSIC will hold 50% of the joint venture"), a count of those who did or will do something whose
    label does not say what ("have confirmed their participation", 'deed'), or the members of a group
    or the items of a deal whose label does not name it ("a consortium of six firms", 'members')."""
    if unit not in CURRENCIES and not _CAPACITY_WORDS.search(label) and (_CAN_BEFORE.search(before[-160:]) or (
            unit != "percent" and _AT_ONCE_AFTER.match(after) and not _DONE_BEFORE.search(before[-60:])
            and not _DONE_AFTER.search(_AT_ONCE_AFTER.match(after)[0]))):
        return "capacity"
    if unit == "percent" and _RETURNED_TO.search(before[-60:]) and not _LEVEL_WORDS.search(label) \
            and not _A_RATE.search(label) and not _A_RATE_AFTER.match(after):
        return "level"
    if _DONE_OR_PLANNED.match(after) and not _BOTH_STATES.search(label):
        return "mixed"
    if unit == "count" and _SURVEYED_BEFORE.search(before[-40:]) and not _SURVEY_WORDS.search(label):
        return "sample"
    if not _THRESHOLD_WORDS.search(label) and (
            (unit == "count" and _EACH_PASSED_AFTER.match(after)) or (unit != "count" and _EACH_BEFORE.search(before[-80:]))):
        return "threshold"  # (the count of things above it, or the amount each passed)
    # (points above an earlier year's are one growth rate above another: "investment increased by 22.7
    # percent, 15.2 percentage points higher than the previous year")
    if unit in ("pp", "percent") and _A_CHANGE_LABEL.match(label) and not _MARGIN_WORDS.search(label) and (
            _MARGIN_AFTER.match(after) or (unit == "pp" and _ANY_MARGIN_AFTER.match(after))):
        return "margin"  # "The increase rate is 19.9 percentage points higher than the average"
    if unit == "count" and _LIKENED_TO.search(before[-60:]):
        return "likeness"  # (whatever its label: nothing was counted)
    if unit == "count" and _IT_HAS_BEFORE.search(before[-80:]) and not _A_HOLDER_NAMED.search(label):
        return "holder"  # "Currently, it serves flights on a total of 19 international routes": whose?
    clause = _CLAUSE_BREAK.split(before[-200:])[-1]  # (the figure's own clause: not "The resort received
    # 1,800 tourists, and Qingdao's tourism revenue topped …")
    did = _ONE_PLACE_OR_EVENT_DID.search(clause) or _ITS_AFTER_ONE.search(before[-200:])
    if did and not re.search(rf"\b{did['holder']}\b", label, re.IGNORECASE):
        return "holder"  # "the resort received … about 1,800 tourists a day": "Tourists a day" is not whose
    stake = _STAKE_HELD.search(before[-80:]) if unit == "percent" and _A_STAKE_AFTER.match(after) else None
    if stake and not set(_WORDS.findall(stake["holder"].lower())) & set(_WORDS.findall(label.lower())):
        return "holder"  # "CSIC will hold 50% of the joint venture": "Share of the joint venture" is not whose
    holder = _HOLDER_BEFORE.search(before[-100:]) if unit == "count" else None
    if holder and not set(_WORDS.findall(holder["holder"].lower())) - _GENERAL & set(_WORDS.findall(label.lower())):
        return "holder"
    whole = _PARTS_OF_BEFORE.search(before) if unit == "count" else None
    if whole and not set(_WORDS.findall(whole["whole"])) - _GENERAL & set(_WORDS.findall(label.lower())):
        return "holder"  # "The … greenfield project in Qingdao city consists of 14 key refining units": the project's
    if _cuts_a_list(label, after):
        return "fragment"  # "Share of the capital of the French fashion brands Sandro" (, Maje and Claudie Pierlot)
    deed = _DEED_AFTER.match(after) if unit == "count" else None
    if deed and not re.search(rf"\b{deed['verb'][:4]}", label, re.IGNORECASE):
        return "deed"  # "over 130 companies … have confirmed their participation": not "Companies"
    group = _group_counted(before, after) if unit == "count" else None
    if group and not re.search(rf"\b{group}\b", label, re.IGNORECASE) \
            and not (group == "each" and re.search(r"\bper\b", label)):
        return "members"  # "A consortium of six Japanese firms …", "part of a 480-car contract": the group's, the deal's
    return None


# What the things counted did or will do, a count of those who did it, not of all there are: "over 130
# companies from home and abroad have confirmed their participation", "nearly 340 Sanyo employees in Japan
# will join Haier"
# (the verb of their clause, not a word describing them: "enterprises with registered capital", nor
# what they came "to participate" in)
_DEED_AFTER = re.compile(r"\s+(?:(?!(?:with|to)\b)[\w'’-]+\s+){0,6}?"
                         r"(?:(?:have|has|had|will|would|are|were|is|was)\s+)?"
                         r"(?:(?:also|already|now|since|reportedly)\s+)?(?:been\s+)?"
                         r"(?P<verb>confirmed|joined|join|signed\s+up|attended|attend|participated|participate|"
                         r"registered|register|applied|apply|left|leave|relocated|relocate|withdrawn|withdrew|"
                         r"quit|lost|lose|laid\s+off)\b")


def _cuts_a_list(label: str, after: str) -> bool:
    """Whether the label ends on the first of names its sentence lists after the figure ("… fashion brands
    Sandro" of "the French fashion brands Sandro, Maje and Claudie Pierlot"): one of them, not all."""
    tail = re.search(r"[\w'’&-]+\s+[A-Z][\w'’&-]+$", label)  # (the name and the word before it, as the sentence
    # has them: not "Ports in Yantai" of "including Yantai, Longkou, … and Haiyang")
    return bool(tail) and bool(re.search(rf"\b{re.escape(tail[0])}{_MORE_NAMES}", after))


# (more names after the first, up to the last after "and": ", Maje and Claudie Pierlot")
_MORE_NAMES = r",\s+[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*(?:,\s+[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*)*,?\s+and\s+[A-Z]"


def _group_counted(before: str, after: str) -> str | None:
    """The word of the group or deal whose members or items a count counts ("consortium",
    "contract", "each"), whichever side of the number it is written on."""
    m = _GROUP_OF_BEFORE.search(before[-60:]) or _DEAL_AFTER.match(after)
    return next(g for g in m.groups() if g) if m else None


# a count of the members of a group or the items of a deal, written around the number
_A_DEAL = r"contract|order|deal|fleet|package"
_GROUP_OF_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?P<group>consortium|"
                              r"alliance|fleet|order|contract|batch|delegation|package)\s+(?:of|for)\s+"
                              r"(?:(?:more\s+than|over|about|around|nearly|some|up\s+to)\s+)?$")
_DEAL_AFTER = re.compile(rf"-[a-z]+\s+(?P<group>{_A_DEAL})\b"
                         # "the total 480 cars in the deal", "60 trains of eight cars each"
                         rf"|\s+(?:[\w-]+\s+){{0,2}}?(?:in|of|under)\s+the\s+(?P<group2>consortium|{_A_DEAL})\b"
                         r"|\s+[a-z][\w-]*\s+(?P<group3>each)(?=\s*(?:[,.;)]|--|—|–|$))")


# The whole whose parts are counted, as its sentence's subject: "The 12.5 billion yuan greenfield
# project in Shandong's coastal Qingdao city consists of 14 key refining units" (its common nouns:
# a place's name says where it is, not what it is)
_PARTS_OF_BEFORE = re.compile(r"^(?P<whole>[^,;]{3,160}?)\s+(?:consists\s+of|comprises|is\s+(?:made\s+up|composed)\s+of)\s+"
                              r"(?:(?:more\s+than|over|about|around|nearly|some)\s+)?$")


_WORDS = re.compile(r"[a-z][a-z-]+")
_GENERAL = frozenset({"the", "its", "co", "ltd", "inc", "corp", "of", "in", "and", "a", "an", "million", "billion",
                      "yuan", "dollars", "city", "province", "coastal", "country"})


# a figure that says how far one exceeds another, not how it changed over time
# (not one over an earlier time: "3.3 percent more than 2014", "… higher than the previous year")
_MARGIN_AFTER = re.compile(r"\s*(?:(?:percentage\s+)?points?\s+|pp\s+)?(?:higher|lower|more|less|faster|slower|above|"
                           r"below|greater|smaller)\s+than\b(?!\s+(?:(?:in|(?:that|those)\s+(?:of|in))\s+)?(?:(?:19|20)\d\d|last\b|"
                           r"the\s+(?:previous|prior|preceding|same|corresponding|(?:19|20)\d\d)\b|a\s+year\b|a\s+decade\b|"
                           r"(?:the\s+)?(?:year|decade)s?\s+(?:before|earlier|ago)|before\b|pre-|"
                           # (an earlier part of a year: "than in the first half of 2023", "than in January")
                           r"(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half)\b|"
                           r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))",
                           re.IGNORECASE)
_ANY_MARGIN_AFTER = re.compile(r"\s*(?:(?:percentage\s+)?points?\s+|pp\s+)?(?:higher|lower|more|less|faster|slower|"
                               r"above|below|greater|smaller)\s+than\b", re.IGNORECASE)
# a rate or a share a change in percentage points can be of ("Change in the gross profit rate";
# never "Change in the export delivery value", an amount: its 5 points are its growth rate's)
_A_RATE_NAMED = re.compile(r"\b(?:rates?|shares?|proportions?|percentages?|ratios?|margins?|growth|index|awareness|"
                           r"penetration|coverage|utili[sz]ation|occupancy|unemployment|literacy|urbani[sz]ation|"
                           r"contribution|pace|intensity|coefficient|dependence|degree|density|inflation|CPI|PPI|PMI|"
                           r"factor|rating|yield|vacancy)\b", re.IGNORECASE)
# an amount a change in points can only be the growth rate of ("Change in the export delivery value")
_AN_AMOUNT_NAMED = re.compile(r"\b(?:value|revenue|output|GDP|exports?|imports?|sales|investment|trade|income|volume|"
                              r"profits?|turnover|spending|consumption|throughput|production|capital|funds?|balance|"
                              r"loans?|deposits?|assets|savings)\b", re.IGNORECASE)
_MARGIN_WORDS = re.compile(r"\b(?:margin|gap|than|above|below|difference)\b", re.IGNORECASE)
_A_CHANGE_LABEL = re.compile(r"(?:Year-on-year\s+|(?:Average\s+)?[Aa]nnual\s+)?[Cc]hange\b")


# things counted that each passed a threshold: "96 stores each exceeded 10 million yuan", "74
# enterprises, each with online sales of more than 10 million yuan"
_EACH_PASSED_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?,?\s*each\s+(?:(?:had|has|have|with|recorded|posted)\s+"
                                r"(?:[\w'’-]+\s+){0,4}?)?(?:exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|topp(?:ed|ing)|"
                                r"passed|over|above|more\s+than)\b", re.IGNORECASE)
_EACH_BEFORE = re.compile(r"\beach\s+(?:(?:exceeded|surpassed|topped|passed|with|had|recorded|posted)\s+[^,;.]{0,60}?)?$",
                          re.IGNORECASE)
_THRESHOLD_WORDS = re.compile(r"\b(?:each|exceed\w*|over|above|more\s+than|at\s+least)\b", re.IGNORECASE)
