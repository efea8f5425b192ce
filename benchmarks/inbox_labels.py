"""The labels `facts extract --inbox` proposes for the dev news, and the ones that read badly.

    .venv/bin/python benchmarks/inbox_labels.py [--all] [--counts] [--quotes]

Extracts every text of benchmarks/news/dev/ with the shipped project's entities (the date of
its annotation as the publication date), writes its inbox into a scratch copy of facts/, and
prints each `review: keep` label, flagged when it reads badly:

- `figure`: a digit that is not part of a year, a period or a name ("Change in 178,800 flights
  took off", "Year-on-year change in Hong Kong's 36.4 percent"): a label names a measure, never
  another figure;
- `fragment`: it starts or ends on a function word ("… of the", "And trade"), its brackets or
  quotes do not pair, its subject is a pronoun ("It", "They"), or it names a thing or a place
  and no measure ("The city", "The port in Rizhao", "Qingdao");
- `long`: more than LONG characters.

Prints only the flagged labels unless `--all`; `--counts` prints only the totals. The held-out
news (benchmarks/news/heldout/) is never read: its texts stay unseen.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.facts.extract.candidates import extract  # noqa: E402
from briefgen.facts.extract.inputs import city_province, entity_names  # noqa: E402
from briefgen.facts.extract.rules import is_plural  # noqa: E402
from briefgen.facts.inbox.files import write_inbox  # noqa: E402

DEV = ROOT / "benchmarks" / "news" / "dev"
LONG = 90  # characters: longer than a key figure's line

# a year (1990-2039), a year range or a month-year ("2019-2021", "2021-22"), an ordinal in a
# name ("the 11th Five-Year Plan", "G20", "14th"), a decade ("the 1990s")
_NOT_A_FIGURE = re.compile(r"\b(?:19[89]\d|20[0-3]\d)(?:s|[-–/](?:\d{2}|\d{4}))?\b"
                           r"|\b\d+(?:st|nd|rd|th)\b|\b[A-Z]+\d+\b|\b\d+[A-Z]+\b")
_FUNCTION = (r"of|in|into|to|for|by|with|from|at|on|and|or|but|as|than|that|which|its|their|"
             r"more|less|over|about|nearly|almost|while|was|were|is|are|worth|past|last")
_STARTS = re.compile(rf"^(?:{_FUNCTION}|•)\b", re.IGNORECASE)
_ENDS = re.compile(rf"\b(?:the|a|an|{_FUNCTION})[,:]?$", re.IGNORECASE)
_PRONOUN = re.compile(r"(?:^|:\s|\bin\s|\bof\s)(?:It|They|it|they|He|She|We|This|These)\b(?!['’]s)")
_PAIRS = (("(", ")"), ("[", "]"), ("“", "”"))
# the additions a label may end with: its tags, its speaker, its place and group
_SUFFIXES = re.compile(r"(?:\s+\((?:[a-z]+|[A-Z][\w ]*|among [^)]*)\)|,\s+according to .*|"
                       r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)+$")
# a thing or a name with nothing measured ("The city", "The port", "Qingdao", "Change in
# Rizhao", "Money": the kind of figure); a count's noun ("Projects") is a measure
_NO_MEASURE = re.compile(r"(?:(?:[Yy]ear-on-year\s+)?[Cc]hange\s+in\s+|[Rr]ank\s+of\s+)?"
                         r"(?:(?i:(?:(?:the|a|an)\s+)?(?:city|port|airport|park|zone|cent(?:er|re)|"
                         r"warehouse|company|amount|figure|total|proportion|investments|firms|money|"
                         r"percent|mass|rank|change|duration|area|count|length|there|and|just))"
                         r"|(?!(?:GDP|Trade|Throughput|Investment|Revenue|Output|Capital)\b)"
                         r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*))?(?:\s+[a-z]+ed)?")
_NAMED_RANK = re.compile(r"[A-Z][\w'’ -]*['’]s rank")  # "Japan's rank": a measure and whose
_IN_A_NAME = re.compile(r"\b[A-Z][\w-]*\s+\d+\b")  # "Fortune 500", "Boeing 787"


def _names_no_measure(bare: str) -> bool:
    m = _NO_MEASURE.fullmatch(bare)
    return bool(m) and not _NAMED_RANK.fullmatch(bare) and not (
        m["name"] and " " not in m["name"] and is_plural(m["name"]))  # "Projects" counts


def flags(label: str) -> list[str]:
    """What reads badly in a label: 'figure', 'fragment', 'long' (none when it reads well). A
    rank's group may say its size ("among the 15 sub-provincial cities"): that is no figure."""
    found = []
    if re.search(r"\d", _NOT_A_FIGURE.sub("", _IN_A_NAME.sub("", re.sub(r"\(among [^)]*\)|\bamong \S+ \d+ .*$|among \d+ .*$", "", label)))):
        found.append("figure")
    bare = _SUFFIXES.sub("", label)
    unpaired = any(label.count(o) != label.count(c) for o, c in _PAIRS) or label.count('"') % 2
    if (_STARTS.search(bare) or _ENDS.search(bare) or unpaired or _PRONOUN.search(bare)
            or _names_no_measure(bare)):
        found.append("fragment")
    if len(label) > LONG:
        found.append("long")
    return found


def _around(block: dict, width: int = 70) -> str:
    """The figure in its quote, with the words either side."""
    quote = " ".join(block["sources"][0]["quote"].split())
    at = max(quote.find(block["as_written"]), 0)
    return quote[max(at - width, 0):at + len(block["as_written"]) + width // 2]


def keep_labels(texts: list[Path]) -> list[tuple[str, str, str]]:
    """(text name, label, the figure in its quote) of every candidate kept for review, in the
    order of the texts."""
    facts = ROOT / "facts"
    aliases, kinds = entity_names(facts / "entities.yaml")
    province = city_province(facts / "entities.yaml")
    found = []
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "facts"
        shutil.copytree(facts, copy, ignore=shutil.ignore_patterns("_inbox"))
        for path in texts:
            text = path.read_text(encoding="utf-8")
            gold = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
            date = gold.get("date")
            candidates = extract(text, source=path.name, doc_date=str(date) if date else None,
                                 aliases=aliases, kinds=kinds, province=province)
            inbox, _, _ = write_inbox(candidates, text, copy, path.name)
            if inbox.is_file():
                blocks = yaml.safe_load(inbox.read_text(encoding="utf-8"))["facts"]
                found += [(path.stem, b["label"], _around(b)) for b in blocks
                          if b.get("review") == "keep"]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="print every keep label, not only flagged ones")
    parser.add_argument("--counts", action="store_true", help="print only the totals")
    parser.add_argument("--quotes", action="store_true", help="print each label's figure in its quote too")
    args = parser.parse_args()
    labels = keep_labels(sorted(DEV.glob("*.txt")))
    totals = {"figure": 0, "fragment": 0, "long": 0}
    flagged = 0
    for name, label, around in labels:
        bad = flags(label)
        flagged += bool(bad)
        for flag in bad:
            totals[flag] += 1
        if not args.counts and (bad or args.all):
            print(f"{','.join(bad) or '-':16} {name:32} {label}")
            if args.quotes:
                print(f"{'':49} « {around} »")
    print(f"{len(labels)} keep labels in {len(list(DEV.glob('*.txt')))} dev texts: {flagged} flagged "
          f"(figure {totals['figure']}, fragment {totals['fragment']}, long {totals['long']})")


if __name__ == "__main__":
    main()
