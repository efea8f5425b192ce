"""The labels `facts extract --inbox` proposes for the dev news, and the ones that read badly.

    .venv/bin/python benchmarks/inbox_labels.py [--all] [--counts] [--quotes]

Extracts every text of benchmarks/news/dev/ with the shipped project's entities (the date of
its annotation as the publication date), writes its inbox into a scratch copy of facts/, and
prints each label kept for review (or held back only for its label), flagged when it reads
badly as `briefgen/facts/inbox/label_check.py` says (`figure`, `fragment`, `duration`, `group`,
`long`);
`facts extract` proposes a candidate whose label is any but `long` as `review: drop`, so
that accepting the inbox unedited never prints it.

Prints only the flagged labels unless `--all`; `--counts` prints only the totals. The held-out
news (benchmarks/news/heldout/) is never read: its texts stay unseen.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.facts.extract.candidates import extract  # noqa: E402
from briefgen.facts.extract.inputs import city_parts, city_province_and_firms, entity_names  # noqa: E402
from briefgen.facts.inbox.files import KEEP_CONFIDENCE, write_inbox  # noqa: E402
from briefgen.facts.inbox.label_check import FLAW_WORDS, MEASURE_FLAWS, label_flaws  # noqa: E402

DEV = ROOT / "benchmarks" / "news" / "dev"


def _around(block: dict, width: int = 70) -> str:
    """The figure in its quote, with the words either side."""
    quote = " ".join(block["sources"][0]["quote"].split())
    at = max(quote.find(block["as_written"]), 0)
    return quote[max(at - width, 0):at + len(block["as_written"]) + width // 2]


def keep_labels(texts: list[Path]) -> list[tuple[str, str, str, str]]:
    """(text name, label, the figure in its quote, unit) of every candidate kept for review, in the
    order of the texts."""
    facts = ROOT / "facts"
    aliases, kinds = entity_names(facts / "entities.yaml")
    province, firms = city_province_and_firms(facts / "entities.yaml")
    parts = city_parts(facts / "entities.yaml")
    found = []
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "facts"
        shutil.copytree(facts, copy, ignore=shutil.ignore_patterns("_inbox"))
        for path in texts:
            text = path.read_text(encoding="utf-8")
            gold = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
            date = gold.get("date")
            candidates = extract(text, source=path.name, doc_date=str(date) if date else None,
                                 aliases=aliases, kinds=kinds, province=province,
                                 firms=firms, parts=parts)
            inbox, _, _ = write_inbox(candidates, text, copy, path.name)
            if inbox.is_file():
                blocks = yaml.safe_load(inbox.read_text(encoding="utf-8"))["facts"]
                found += [(path.stem, b["label"], _around(b), b["unit"], b["candidate"].get("label_flaws", []))
                          for b in blocks if _kept(b)]
    return found


def _kept(block: dict) -> bool:
    """Kept for review, or held back only because its label reads badly (`facts extract` then
    proposes `review: drop` and says so)."""
    confident = block["candidate"]["confidence"] >= KEEP_CONFIDENCE  # (YAML reads its JSON)
    return block.get("review") == "keep" or bool(block.get("subject") and confident)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="print every keep label, not only flagged ones")
    parser.add_argument("--counts", action="store_true", help="print only the totals")
    parser.add_argument("--quotes", action="store_true", help="print each label's figure in its quote too")
    args = parser.parse_args()
    labels = keep_labels(sorted(DEV.glob("*.txt")))
    totals = {flaw: 0 for flaw in (*FLAW_WORDS, "long")}
    flagged = 0
    for name, label, around, unit, held in labels:
        bad = label_flaws(label, unit, says_more=bool({"bare", "owner"} & set(held)))
        if not [flaw for flaw in bad if flaw != "long"]:  # (as the inbox: from the sentence, not the label)
            bad += [flaw for flaw in held if flaw in MEASURE_FLAWS]
        flagged += bool(bad)
        for flag in bad:
            totals[flag] += 1
        if not args.counts and (bad or args.all):
            print(f"{','.join(bad) or '-':16} {name:32} {label}")
            if args.quotes:
                print(f"{'':49} « {around} »")
    counts = ", ".join(f"{flaw} {n}" for flaw, n in totals.items())
    print(f"{len(labels)} keep labels in {len(list(DEV.glob('*.txt')))} dev texts: {flagged} flagged ({counts})")


if __name__ == "__main__":
    main()
