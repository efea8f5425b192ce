"""JSON Schemas for the YAML files users write: config, entities, metrics, facts, seeds index."""

_STR = {"type": "string", "minLength": 1}
# A label names a figure on a key-figure card, in a chart and in the contents: a phrase, not a
# paragraph (the longest shipped one is 144 characters)
_LABEL = {"type": "string", "minLength": 1, "maxLength": 200,
          # (read once from the start: no line break, then a character that is not a space;
          # linear however long a hostile value is. Other control characters are dropped when
          # a brief is built, tests/test_fuzz.py)
          "pattern": "^(?![^\\n]*[\\n\\r\\x0b\\x0c\\x1c-\\x1e\\x85\\u2028\\u2029])\\s*\\S",
          "description": "a phrase on one line (no line breaks, not only spaces)",
          "hint": "say what the figure is in a short phrase; the rest belongs in `text` or a "
                  "comment"}
_STR_LIST = {"type": "array", "items": _STR}
# A name that becomes a title or a document property (Word holds at most 255 characters there).
_NAME = {"type": "string", "minLength": 1, "maxLength": 255}
_SLUG = {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*\\Z",
         "description": "a slug (lower-case letters, digits and '-', e.g. south-korea)",
         "hint": "write it in lower case with '-' between words"}
_COLOUR = {"type": "string", "pattern": "^#[0-9A-Fa-f]{6}\\Z",
           "description": "a colour written #RRGGBB", "hint": 'quote it, e.g. primary: "#0B3C5D"'}
_DATE = {"type": ["string", "integer"], "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?\Z",
         "description": "a date (YYYY, YYYY-MM or YYYY-MM-DD)"}

_YEARS = {"type": "integer", "minimum": 1, "maximum": 50,
          "hint": "a whole number of years from 1 to 50, e.g. 3"}

CONFIG = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name"],
    "properties": {
        "name": _NAME,
        "organisation": _NAME,
        "city": _SLUG,
        "language": {"type": "string", "minLength": 1, "maxLength": 35},
        "production_date": {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}\Z",
                            "description": "a date written YYYY-MM-DD",
                            "hint": "e.g. production_date: 2024-06-01, or null for today"},
        "freshness": {
            "type": "object", "additionalProperties": False,
            "properties": {
                "stale_after_years": _YEARS, "recent_events_years": _YEARS,
                "past_plans": {"enum": ["restate", "drop"],
                               "hint": "restate (say what was planned, from text_past) or drop"},
            },
        },
        "pack": {
            "type": "object", "additionalProperties": False,
            "properties": {
                "cards_below": {"type": "number", "minimum": 0, "maximum": 1,
                                "hint": "a share of the page from 0 to 1, e.g. 0.6 (0: no cards)"},
            },
        },
        "contact": {  # every line optional: left empty (null), a line or all of them is none
            "type": ["object", "null"], "additionalProperties": False,
            "description": "the contact block of the pack's cover; every line optional",
            "properties": {k: {"type": ["string", "null"], "minLength": 1,
                               "hint": 'write it in quotes, e.g. phone: "+86 532 0000 0000" '
                                       "(written bare, digits are read as a number)"}
                           for k in ("office", "address", "email", "phone", "web")},
        },
        "paths": {
            "type": "object", "additionalProperties": False,
            "properties": {k: _STR for k in
                           ("facts", "seeds", "templates", "events", "out", "cache")},
        },
        "page": {
            "type": "object", "additionalProperties": False,
            "properties": {
                "size": {"enum": ["A4", "Letter"]},
                "pdf_standard": {"enum": ["pdfua", "pdfa-2b"],
                                 "hint": "pdfua (tagged, PDF/UA-1) or pdfa-2b (PDF/A-2b and PDF/UA-1)"},
                "margins_mm": {
                    "type": "object", "additionalProperties": False,
                    "properties": {k: {"type": "number", "minimum": 5, "maximum": 60}
                                   for k in ("top", "bottom", "left", "right")},
                },
            },
        },
        "brand": {
            "type": "object", "additionalProperties": False,
            "properties": {
                "primary": _COLOUR, "accent": _COLOUR, "text": _COLOUR, "muted": _COLOUR,
                "panel": _COLOUR, "rule": _COLOUR,
                "palette": {"type": "array", "items": _COLOUR, "minItems": 1, "maxItems": 4},
                "font_family": _STR, "logo": {"type": ["string", "null"]},
            },
        },
    },
}

_ENTITY = {
    "type": "object",
    "additionalProperties": False,
    "required": ["slug", "name"],
    "properties": {
        "slug": _SLUG, "name": _NAME, "short": _NAME, "description": _STR,
        "kind": {"enum": ["country", "region", "group"]},
        "iso": {"type": "string", "pattern": "^[A-Z]{2}\\Z",
                "description": "a two-letter ISO 3166 country code in capitals (KR)"},
        "aliases": _STR_LIST, "members": {"type": "array", "items": _SLUG},
    },
}

# The city may say which province it is in: "the provincial average" in a text that names no
# province is then that province's; and name its own firms: a figure of one is the city's, marked
# as the firm's so a brief never prints it as the whole city's.
# Its districts and county-level cities ("parts"): a text about one of them is about a part of the city.
_CITY = {**_ENTITY, "properties": {**_ENTITY["properties"], "province": _NAME, "firms": _STR_LIST,
                                   "parts": _STR_LIST}}

ENTITIES = {
    "type": "object",
    "additionalProperties": False,
    "required": ["city"],
    "properties": {
        "city": _CITY,
        "partners": {"type": "array", "items": {**_ENTITY, "required": ["slug", "name", "kind"]}},
        "sectors": {"type": "array", "items": _ENTITY},
    },
}

METRICS = {
    "type": "object",
    "additionalProperties": False,
    "required": ["metrics"],
    "properties": {
        "metrics": {
            "type": "object",
            "propertyNames": {"pattern": "^[a-z][a-z0-9_]*\\Z",
                              "description": "a metric name (lower-case letters, digits and _)"},
            "additionalProperties": {
                "type": "object", "additionalProperties": False, "required": ["label"],
                "properties": {"label": _LABEL, "units": _STR_LIST, "description": _STR},
            },
        },
    },
}

_SOURCE = {
    "type": "object",
    "additionalProperties": False,
    "required": ["seed", "quote"],
    "properties": {"seed": _STR, "quote": _STR,
                   "cell": {"type": "string", "pattern": "^[^!]+(![^!]+)*![A-Z]{1,3}[1-9][0-9]{0,6}\\Z",
                            "description": "a table cell like Sheet1!C7"},
                   "scale": {"type": ["number", "string"]}},
}

FACT = {
    "type": "object",
    "additionalProperties": False,
    "required": ["id", "subject", "metric", "label", "sources"],
    "properties": {
        "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9._-]*\\Z",
               "description": "a fact id (lower-case letters, digits and . _ -, e.g. kr.fdi-signed)"},
        "subject": _SLUG,
        "metric": {"type": "string", "pattern": "^[a-z][a-z0-9_]*\\Z",
                   "description": "a metric name (lower-case letters, digits and _)",
                   "hint": "see facts/metrics.yaml"},
        "label": _LABEL,
        "value": {"type": ["number", "string"]},
        "unit": _STR,
        "counted": _STR,
        "as_written": {"type": ["string", "number"]},
        "qualifier": {"enum": ["more_than", "at_least", "about", "nearly", "up_to", "less_than", None]},
        "period": {"type": ["string", "integer"]},
        "period_kind": {"enum": ["cumulative", "period", "point", "target", "event"]},
        "period_inferred": {"type": "boolean"},
        "text": _STR,
        "priority": {"enum": [1, 2, 3]},
        "related": {"type": "array", "items": _SLUG},
        "tags": _STR_LIST,
        "equivalent_of": _STR,
        "preferred": {"type": "boolean"},
        "conflicts_with": _STR_LIST,
        "reason": _STR,
        "status": {"enum": ["plan", "expected", "ongoing"]},
        "text_past": _STR,
        "label_past": _STR,
        "part_of": _STR,
        "scope": {"type": "object", "additionalProperties": False, "required": ["level"],
                  "properties": {"level": {"enum": ["city", "province", "country", "region", "world"]},
                                 "place": _STR, "among": _STR},
                  "description": "the figure's geography and, for a rank, its reference group",
                  "hint": "e.g. scope: {level: province, place: Shandong}; see docs/fact-format.md#scope"},
        "sources": {"type": "array", "items": _SOURCE, "minItems": 1},
    },
}

FACT_FILE = {
    "type": "object",
    "additionalProperties": False,
    "required": ["facts"],
    "properties": {"facts": {"type": ["array", "null"], "items": {"type": "object"}}},
}

SEED_INDEX = {
    "type": "object",
    "additionalProperties": False,
    "required": ["seeds"],
    "properties": {
        "seeds": {
            "type": "object",
            "additionalProperties": {
                "type": "object", "additionalProperties": False,
                "required": ["title", "outlet", "date", "description"],
                "properties": {
                    "title": _STR, "outlet": {"type": ["string", "null"]},
                    "outlet_note": _STR, "date": {**_DATE, "type": ["string", "integer", "null"]},
                    "date_note": _STR, "reference_year": {"type": "integer"},
                    "description": _STR, "url": _STR, "title_note": _STR, "url_note": _STR,
                    "original": _STR, "locators": {"enum": ["page", "paragraph", "cell"]},
                },
            },
        },
    },
}

PACK = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "title": _STR, "subtitle": _STR, "audience": _STR,
        "file_name": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*\\Z",
                      "description": "a file name without folder or extension (letters, digits, . _ -)"},
        "subjects": {"type": "array", "minItems": 1, "items": {
            "type": "string", "pattern": "^(overview|(partner|sector):[a-z0-9][a-z0-9-]*)\\Z",
            "description": "overview, partner:SLUG or sector:SLUG", "hint": "see `briefgen list`"},
            "hint": "list them as `briefgen list` shows them, or leave subjects out: the pack "
                    "then holds everything"},
        "language": {"type": "string", "pattern": "^[a-z]{2,3}\\Z",
                     "description": "a language code (en, zh)", "hint": "see docs/languages.md"},
    },
}

# --- events/NAME/event.yaml (see docs/events.md) ----------------------------------------------
# Every key may be null (the scaffold writes them all); an unknown key is an error with its line.

EVENT_SECTIONS = ("intro", "partners", "highlights", "platforms", "sectors", "agenda", "contacts")


def _maybe(schema: dict) -> dict:
    """`schema`, or null."""
    types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    return {**schema, "type": [*types, "null"]}


_TEXT = _maybe({"type": "string", "minLength": 1, "maxLength": 600})
_LINE = _maybe({"type": "string", "minLength": 1, "maxLength": 120, "pattern": "^[^\\n]*\\Z",
                "description": "one line of text (at most 120 characters)"})
_FACT_ID = {"type": "string", "pattern": "^[a-z0-9][a-z0-9._-]*\\Z",
            "description": "a fact id", "hint": "see `briefgen facts list`"}
_EVENT_DATE = _maybe({"type": ["string", "integer"],
                      "pattern": "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?\\Z",
                      "description": "a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                      "hint": "write the date as precisely as the source gives it, e.g. 2019-06"})
_EVENT_COLOUR = _maybe({"type": "string", "pattern": "^#[0-9A-Fa-f]{6}\\Z",
                        "description": "a colour written #RRGGBB",
                        "hint": 'quote it, e.g. primary: "#0B3C5D"'})
_EVENT_SLUGS = _maybe({"type": "array", "uniqueItems": True, "items": {
    "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*\\Z", "description": "a slug",
    "hint": "see `briefgen list`"}})


def _record(properties: dict, required: tuple[str, ...] = ()) -> dict:
    return {"type": "object", "additionalProperties": False, "required": list(required),
            "properties": properties}


EVENT = _record({
    "language": _maybe({"type": "string", "pattern": "^[a-z]{2,3}\\Z",
                        "description": "a language code (en, zh)", "hint": "see docs/languages.md"}),
    "name": {**_LINE, "type": "string", "hint": "give the event's name, e.g. Qingdao Week in Germany"},
    "title": _LINE,
    "subtitle": _LINE,
    "audience": _LINE,
    "dates": _maybe(_record({"start": _EVENT_DATE, "end": _EVENT_DATE,
                             "fact": _maybe(_FACT_ID), "note": _TEXT})),
    "venue": _maybe(_record({"name": _LINE, "city": _LINE, "country": _LINE,
                             "fact": _maybe(_FACT_ID), "note": _TEXT})),
    "partners": _EVENT_SLUGS,
    "sectors": _EVENT_SLUGS,
    "featured_metrics": _maybe({"type": "array", "maxItems": 6, "items": {
        "type": "string", "pattern": "^[a-z][a-z0-9_]*\\Z", "description": "a metric name",
        "hint": "see facts/metrics.yaml"}}),
    "featured_facts": _maybe({"type": "array", "maxItems": 6, "uniqueItems": True,
                              "items": _FACT_ID}),
    "highlights": _maybe({"type": "array", "maxItems": 6, "uniqueItems": True, "items": _FACT_ID}),
    "agenda": _maybe({"type": "array", "maxItems": 8, "items": _record({
        "title": _LINE, "when": _LINE, "where": _LINE, "fact": _maybe(_FACT_ID)})}),
    "contacts": _maybe({"type": "array", "maxItems": 4, "items": _record({
        "name": {**_LINE, "type": "string"}, "role": _LINE,
        "email": _maybe({"type": "string", "pattern": "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\Z",
                         "description": "an e-mail address"}),
        "phone": _maybe({"type": "string", "pattern": "^\\+?[0-9 ()./-]{5,30}\\Z",
                         "description": "a phone number (digits, spaces, + ( ) . / -)"}),
        "url": _maybe({"type": "string", "maxLength": 200, "pattern": "^https?://[^\\s]+\\Z",
                       "description": "a web address starting with https:// or http://"}),
        "fact": _maybe(_FACT_ID)}, required=("name",))}),
    "call_to_action": _TEXT,
    "sections": _maybe(_record({key: _maybe(_record({
        "heading": _LINE, "text": _TEXT, "hide": _maybe({"type": "boolean"}),
        "facts": _maybe({"type": "array", "items": {"type": "string"}})}))
        for key in EVENT_SECTIONS})),
    "theme": _maybe(_record({"primary": _EVENT_COLOUR, "accent": _EVENT_COLOUR,
                             "font_family": _LINE, "logo": _LINE})),
    "pack": _maybe(_record({
        "title": _LINE, "subtitle": _LINE, "overview": _maybe({"type": "boolean"}),
        "file_name": _maybe({"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,60}\\Z",
                             "description": "a file name (letters, digits, . _ -)"})})),
}, required=("name",))

_HEX = {"type": "string", "pattern": "^[0-9a-f]{16,64}\\Z"}
_FILE_NAMES = {"type": "object", "additionalProperties": {"type": "string", "minLength": 1}}
# out/pack/manifest.json, as pack.py writes it: anything else is treated as no manifest.
MANIFEST = {
    "type": "object", "required": ["pack", "pack_hash", "documents"],
    "properties": {
        "pack": _FILE_NAMES, "pack_hash": {"type": "string"},
        "pack_sha256": {"type": "object", "additionalProperties": _HEX},
        "fingerprint": {"type": "string"}, "produced": {"type": "string"},
        "pictures": {"type": "object", "additionalProperties": {"type": ["string", "null"]}},
        "documents": {"type": "object", "additionalProperties": {
            "type": "object",
            "required": ["kind", "slug", "files", "pages", "sha256", "facts", "input_hash"],
            "properties": {
                "kind": {"type": "string"}, "slug": {"type": "string"}, "files": _FILE_NAMES,
                "pages": {"type": "object", "additionalProperties": {"type": "integer"}},
                "sha256": {"type": "object", "additionalProperties": _HEX},
                "facts": {"type": "array", "items": {"type": "string"}},
                "input_hash": {"type": "string"}, "error": {"type": "string"},
            },
        }},
    },
}

# --- the map of `briefgen facts import` (see docs/extract.md#facts-from-tables) ----------------

_COLUMN = {"type": "object", "additionalProperties": False, "required": ["column"],
           "properties": {"column": {"type": ["string", "integer"]}},
           "hint": "name the column by its heading or letter: {column: Partner}"}
TABLE_MAP = {
    "type": "object",
    "additionalProperties": False,
    "required": ["subject", "measures"],
    "properties": {
        "sheet": _STR,
        "header_row": {"type": "integer", "minimum": 1, "maximum": 1048576,
                       "hint": "the row of the column headings, counted from 1"},
        "subject": {**_COLUMN, "type": ["string", "object"],
                    "hint": "{column: Partner}, or one slug for the whole table"},
        "subjects": {"type": "object", "additionalProperties": {"type": ["string", "null"]}},
        "period": _COLUMN,
        "period_kind": {"enum": ["cumulative", "period", "point", "target", "event"]},
        "measures": {"type": "array", "minItems": 1, "items": {
            "type": "object", "additionalProperties": False,
            "required": ["column", "metric", "label", "unit"],
            "properties": {"column": {"type": ["string", "integer"]}, "metric": _STR,
                           "label": _LABEL, "unit": _STR, "counted": _STR,
                           "scale": {"type": "number", "exclusiveMinimum": 0,
                                     "maximum": 1_000_000_000_000,
                                     "hint": "what a cell is multiplied by: 1000000 for a "
                                             "table in millions"}}}},
    },
}

SCHEMAS = {
    "pack": PACK, "manifest": MANIFEST,
    "config": CONFIG, "entities": ENTITIES, "metrics": METRICS, "fact": FACT,
    "fact_file": FACT_FILE, "seed_index": SEED_INDEX, "event": EVENT, "table_map": TABLE_MAP,
}
