"""Bugs planted by hand in rules mutmut cannot reach: it mutates function bodies, and these rules
are module-level patterns and tables (facts/inbox/label_check.py's, suggest.py's money cues and
count patterns, quantities.py's _NOT_QUALIFIED, extract/candidates.py's _COMPARED_WITH). Each bug
is one text replacement, planted in a copy of the project (the files git tracks) made afresh; the
tests that reach the rule run against it, and a bug no test notices "survives".

    .venv/bin/python benchmarks/planted_bugs.py          # every bug, one at a time
    .venv/bin/python benchmarks/planted_bugs.py 34 38    # only these (their numbers)

docs/testing.md gives the last score and the survivors judged equivalent. Slow by nature (the
tests once per bug: about 15 minutes), so not part of the test command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
L = "briefgen/facts/inbox/label_check.py"
S = "briefgen/facts/inbox/suggest.py"
Q = "briefgen/facts/quantities.py"
C = "briefgen/facts/extract/candidates.py"
PLANTED = [  # (file, text, the text replacing it)
    # label_check
    (L, "LONG = 90", "LONG = 91"),
    (L, r"(?:s|[-–/](?:\d{2}|\d{4}))?\b", r"\b"),
    (L, r"(?:s|[-–/](?:\d{2}|\d{4}))?\b", r"(?:s)?\b"),
    (L, r"|\b\d+(?:st|nd|rd|th)\b|", "|"),
    (L, r'|\b[A-Z]+\d+\b|\b\d+[A-Z]+\b")', r'|\b\d+[A-Z]+\b")'),
    (L, r'|\b\d+[A-Z]+\b")', '")'),
    (L, r"(?:19[89]\d|20[0-3]\d)", r"(?:19[9]\d|20[0-3]\d)"),
    (L, '"year", "month", "week", "day", "h", "min"', '"year", "month", "day"'),
    (L, "minutes?|length|age|life|since|after|before|took|", "minutes?|length|age|life|"),
    (L, "travel|transit|stay|lasted|old|consecutive|", "travel|transit|stay|lasted|"),
    (L, r'r"holiday|festival|plan|term)\b"', r'r"holiday|festival)\b"'),
    (L, r'r"[$€£¥]\s*\d|\d\.\d|', r'r"\d\.\d|'),
    (L, r'|\d\.\d|\d{1,3}', r'|\d{1,3}'),
    (L, r"|\d{1,3}(?:,\d{3})+|", "|"),
    (L, r"|\d\s*(?:%|percent|per\s+cent)|", "|"),
    (L, r'|\d{4,}")', '")'),
    (L, "_IN_A_NAME.sub(\"\", _GROUP_SIZE", "(_GROUP_SIZE"),
    (L, "_GROUP_SIZE.sub(\"\", label)", "label"),
    (L, r'|\bamong \S+ \d[\d,]* .*$|among \d[\d,]* .*$")', r'|among \d[\d,]* .*$")'),
    (L, r'|among \d[\d,]* .*$")', '")'),
    (L, 'r"of|in|into|to|for|by|with|', 'r"in|into|to|for|by|with|'),
    (L, 'r"more|less|over|about|nearly|almost|while|was|were|is|are|worth|past|last")', 'r"more|less|over|about|nearly|almost|while|was|were|is|are")'),
    (L, 'r"approximately|currently|previously|mainly|mostly|already")', 'r"approximately|currently")'),
    (L, '_NOT_LAST = (r"be|been|will|', '_NOT_LAST = (r"been|will|'),
    (L, r"^(?:(?:{_FUNCTION})\b|•)|", r"^(?:(?:{_FUNCTION})\b)|"),
    (L, r"|^(?i:can|could|will|would|should|must)\s+[a-z]", ""),
    (L, r"(?:(?!of\b)[\w-]+\s+){0,3}?", r"(?:[\w-]+\s+){0,3}?"),
    (L, r'(?:\s+in\s+[^,;:()]*)?")', '")'),
    (L, '_VERB_OF_FIGURE = r"holding|', '_VERB_OF_FIGURE = r"'),
    (L, r'r"rising|growing|hitting|exceeding|covering|involving|add|adds"', r'r"rising|growing|hitting|exceeding"'),
    (L, r"(?:ing|ed)\s+(?:an?|the|its|their|some|about)\b", r"(?:ing)\s+(?:an?|the|its|their|some|about)\b"),
    (L, "{_VERB_OF_FIGURE})[,:]?$", "{_VERB_OF_FIGURE})$"),
    (L, "(?:first|second|third|last|one|each|some|most|both)", "(?:first|second|third|last)"),
    (L, r"(?P<what>.+?),\s+share\s+of", r"(?P<what>.+?),\s+share\s+off"),
    (L, r"(?!['’]s)", ""),
    (L, r'(?:^|:\s|\bin\s|\bof\s)(?:It', r'(?:^|:\s)(?:It'),
    (L, r'r"\b(?:said|says|told|announced|reported|indicates|indicated|[Aa]ccording\s+to)\b"', r'r"\b(?:told|announced|reported|[Aa]ccording\s+to)\b"'),
    (L, r'r"|\b(?:[Rr]eport|data|statistics|figures)\s+show(?:s|ed)?\b"', 'r""'),
    (L, r'r"|^(?:The|This|That)\s+(?:figure|number|amount|total)\s+(?:indicates|', r'r"|^(?:The|This|That)\s+(?:figure|number|amount|total)\s+(?:'),
    (L, r'r"|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"', 'r""'),
    (L, r'r"|\((?:Xinhua|Reuters|AP|AFP|Yonhap|Kyodo)\)")', 'r"")'),
    (L, ', ("“", "”"))', ")"),
    (L, "or label.count('\"') % 2", ""),
    (L, r"(?:['’](?!s\b)[\w-]+)*", r"(?:['’][\w-]+)*"),
    (L, r'(?:\s+\((?:[a-z]+|[A-Z][\w ]*|among [^)]*)\)|', r'(?:\s+\((?:[a-z]+|among [^)]*)\)|'),
    (L, r'|among [^)]*)\)|,\s+according to .*|"', r'|among [^)]*)\)|"'),
    (L, r'rf"\s+in\s+{_PLACE_WORD}(?:\s+{_PLACE_WORD})*)+$"', r'rf"\s+in\s+{_PLACE_WORD})+$"'),
    (L, r'r"(?:[Yy]ear-on-year\s+)?(?:[Cc]hange\s+in\s+|[Rr]ank\s+of\s+)?"', r'r"(?:[Cc]hange\s+in\s+|[Rr]ank\s+of\s+)?"'),
    (L, r'|[Rr]ank\s+of\s+)?"', r')?"'),
    (L, r'r"(?:(?i:(?:(?:the|a|an)\s+)?(?:city|port|', r'r"(?:(?i:(?:city|port|'),
    (L, r'r"percent|mass|rank|change|duration|area|count|length|there|and|just))"', r'r"percent|mass|rank|change|duration|area|count|length))"'),
    (L, r'(?!(?:GDP|Trade|Throughput|Investment|', r'(?!(?:GDP|'),
    (L, r'(?:\s+(?:and\s+)?[A-Z][\w-]*)*))?(?:\s+[a-z]+ed)?")', r'(?:\s+(?:and\s+)?[A-Z][\w-]*)*))?")'),
    (L, r'(?:\s+(?:and\s+)?[A-Z][\w-]*)*))?', r'(?:\s+[A-Z][\w-]*)*))?'),
    # suggest
    (S, r"|\bactual\s+(?:foreign\s+)?investments?\b", r"|actual\s+(?:foreign\s+)?investments?\b"),
    (S, r'(r"\bsigned|contract', r'(r"signed|contract'),
    (S, r'(r"\bplanned"', r'(r"planned"'),
    (S, r'''(r"(?:foreign|overseas|international)\s+(?:contracts|contract(?:ed)?\s+projects|engineering)|"
     r"contracted\s+projects|projects\s+contracted", "overseas_contracts", "overseas_contracts"),''', ""),
    (S, r'r"contracted\s+projects|projects\s+contracted", "overseas_contracts"', r'r"contracted\s+projects", "overseas_contracts"'),
    (S, r'(?:contracts|contract(?:ed)?\s+projects|engineering)', r'(?:contracts|engineering)'),
    (S, r'_ELSEWHERE = re.compile(rf"\b(?:abroad|overseas)\b(?!-)|', r'_ELSEWHERE = re.compile(rf"\b(?:abroad|overseas)\b|'),
    (S, r'_ELSEWHERE = re.compile(rf"\b(?:abroad|overseas)\b(?!-)|', r'_ELSEWHERE = re.compile(rf"\b(?:abroad)\b(?!-)|'),
    (S, '"attract": "attracted", ', ""),
    (S, '"connect": "connected",', ""),
    (S, '"sign": "signed",', ""),
    (S, r'(?:e[ds]?|s|ed|ing|es)?\s+(?:(?:a\s+total\s+of|in\s+total|', r'(?:e[ds]?|s|ed|ing|es)?\s+(?:(?:'),
    (S, r'r"altogether|another|an\s+additional)\s+)?$"', r'r"altogether)\s+)?$"'),
    (S, r'\s+(?:abroad|overseas|(?:in|at)\s+[^,;.()]{{1,40}}?)"', r'\s+(?:(?:in|at)\s+[^,;.()]{{1,40}}?)"'),
    (S, r'|\s+(?:and(?!\s+(?:the\s+)?[A-Z])|which|who|with|while)\b|\s*$)")', r'|\s*$)")'),
    (S, r'|(?P<listed>(?:included|listed|named)\s+(?:on|in|among)\s+[^,;.()]{3,60}?))"', r'|(?P<listed>(?!)))"'),
    (S, r'r"(?=\s+(?:in|by|during|from|for|at)\s|\s*[,;.()]|', r'r"(?=\s*[,;.()]|'),
    (S, r'(?:\s+and\s+regions)?",', '",'),
    (S, r'(?:(?:about|around|nearly|over|more\s+than|some)\s+)?$"', r'$"'),
    (S, r'(?:city|province|country|area|region|district|zone)$")', r'(?:province|country|area|region|district|zone)$")'),
    (S, r'_VERB = re.compile(r"(?<!\bnewly\s)(?<!\brecently\s)(?<!\bjointly\s)(?<!\bnewly-)"', r'_VERB = re.compile(r"(?<!\brecently\s)(?<!\bjointly\s)(?<!\bnewly-)"'),
    (S, r'(?<!\bnewly-)"', '"'),
    (S, " or _OWN_MEASURE.fullmatch(before, joined.end())", ""),
    (S, r"""(?:\s+[a-z][\w'’-]*){0,5}\s+of\s*")""", r"""(?:\s+[a-z][\w'’-]*){0,1}\s+of\s*")"""),
    (S, r'^(?!(?:[Pp]rocessing|[Ss]hipping|[Ff]inancing|[Mm]anufacturing)\b)', '^'),
    (S, r'[A-Za-z]+(?:ing|ed)\s+"', r'[A-Za-z]+(?:ing)\s+"'),
    (S, r'(?:an?|the|some)\s+(?=\w)")  # ("bringing', r'(?:an?|the)\s+(?=\w)")  # ("bringing'),
    (S, r"""(?:\s+[a-z][\w'’-]*){0,3}")  # "contractual""", r"""(?:\s+[a-z][\w'’-]*){0,1}")  # "contractual"""),
    (S, r'|(?:is|are)\s+(?:expected|set|likely)\s+to)(?:\s+be', r')(?:\s+be'),
    (S, r'to)(?:\s+be|\s+[a-z]+)?$")', r'to)$")'),
    (S, "SHARE_OF_CHARS = 120", "SHARE_OF_CHARS = 80"),
    (S, "SHARE_OF_CHARS = 120", "SHARE_OF_CHARS = 200"),
    # quantities
    (Q, r'"over": re.compile(r"\b(?:spread(?:s|ing)?|', r'"over": re.compile(r"\b(?:'),
    (Q, r'r"sprawl(?:s|ed|ing)?)\s+$"', r'r"sprawl(?:s|ed|ing)?)$"'),
    (Q, r'(?<!\bcan\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)\badd', r'\badd'),
    (Q, r'\badd(?:s|ed|ing)?\s+$"', r'\badd\s+$"'),
    # candidates
    (C, r'(?P<figure>(?:(?:only|just|a\s+mere|more\s+than|over|about|nearly)\s+)?', r'(?P<figure>'),
    (C, r'r"(?:\s+[a-z]+){0,3}\s+$", re.IGNORECASE)', r'r"\s+$", re.IGNORECASE)'),
    (C, r'_COMPARED_WITH = re.compile(r"\b(?:up|down|rising|rose|falling|fell|increas\w*|decreas\w*|compared)\s+"', r'_COMPARED_WITH = re.compile(r"\b(?:up|down|compared)\s+"'),
    (S, r'rf"|in\s+(?:{_WORLD_PARTS}))"', r'r")"'),
]
TESTS = {L: ["tests/test_inbox.py", "tests/test_inbox_labels.py"],
         S: ["tests/test_inbox.py", "tests/test_inbox_labels.py"],
         Q: ["tests/test_candidates_error_classes.py", "tests/test_extract.py"],
         C: ["tests/test_candidates_error_classes.py", "tests/test_extract.py"]}


def _copy() -> Path:
    """The files git tracks, in a folder of their own."""
    copy = Path(tempfile.mkdtemp(prefix="briefgen-planted-"))
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in files.decode().split("\0"):
        if name and (ROOT / name).is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, copy / name)
    return copy


def _noticed(copy: Path, path: str) -> str:
    """The first test that failed with the bug planted, or "" if none did."""
    run = subprocess.run(["nice", "-n", "10", sys.executable, "-m", "pytest", "-p", "no:warnings",
                          "-p", "no:cacheprovider", "-x", "-q", *TESTS[path]], cwd=copy,
                         env={**os.environ, "PYTHONPATH": str(copy)}, capture_output=True, text=True)
    failed = [line for line in run.stdout.splitlines() if line.startswith("FAILED")]
    return (failed or ["(the tests failed)"])[0] if run.returncode else ""


def main(only: list[int]) -> int:
    copy = _copy()
    killed = planted = 0
    try:
        for number, (path, old, new) in enumerate(PLANTED):
            if only and number not in only:
                continue
            text = (copy / path).read_text(encoding="utf-8")
            if text.count(old) != 1:
                print(f"#{number}: {path} no longer holds {old!r} once: update PLANTED")
                continue
            (copy / path).write_text(text.replace(old, new), encoding="utf-8")
            try:
                noticed = _noticed(copy, path)
            finally:
                (copy / path).write_text(text, encoding="utf-8")
            planted += 1
            killed += bool(noticed)
            print(f"#{number} {'killed by ' + noticed if noticed else 'SURVIVED'}: {path}: {old!r} -> {new!r}",
                  flush=True)
    finally:
        shutil.rmtree(copy, ignore_errors=True)
    print(f"{killed} of {planted} planted bugs killed")
    return 0


if __name__ == "__main__":
    sys.exit(main([int(a) for a in sys.argv[1:]]))
