"""A brief's Word file in one process, its comments made directly against python-docx's
add_comment: paired rounds.

    .venv/bin/python benchmarks/bench_docx_comments.py [--project DIR] [--briefs 40] [--rounds 8]

Composes and fits the first `--briefs` briefs of the project's pack (charts and fits from its
`.cache/`, made on the first pass), then renders their Word files (`docx_bytes`) round after
round, alternating which way goes first, and reports the processor time per brief of each
("before": each comment made by python-docx's `Document.add_comment`, as the writer did;
"now": `docx_xml.add_comment`, the same XML made directly), the median of the rounds' ratios,
and the comments per brief. Each round checks that both ways give the same bytes. With
`--project` a synthetic project (benchmarks/synthetic_pack.py) measures the pack's briefs; the
default is this repository's shipped project.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _python_docx_comment(document, run, text: str, author: str) -> None:
    """What DocxWriter.citation called before: python-docx's own add_comment, no date."""
    comment = document.add_comment(run, text, author=author, initials=None)
    comment._comment_elm.date = None


def _comments_in(data: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        return (archive.read("word/comments.xml").count(b"<w:comment ")
                if "word/comments.xml" in names else 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=REPO)
    parser.add_argument("--briefs", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()
    from briefgen.build import compose, fit_brief, reference_document
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    from briefgen.pack import load_pack_config, plan
    from briefgen.render import docx_xml
    from briefgen.render.docx import docx_bytes
    project = load_project(args.project)
    store = load_store(project)
    requests = plan(store, load_pack_config(None, project))[:args.briefs]
    charts = project.path("cache") / "charts"
    reference = reference_document(project)
    documents = [fit_brief(compose(project, store, request)[0], project) for request in requests]
    ours = docx_xml.add_comment

    def render(before: bool) -> list[bytes]:
        docx_xml.add_comment = _python_docx_comment if before else ours
        try:
            return [docx_bytes(doc, project.theme, project.page, reference=reference,
                               chart_cache=charts) for doc in documents]
        finally:
            docx_xml.add_comment = ours
    expected = render(False)
    comments = sum(_comments_in(data) for data in expected) / len(documents)
    spent: dict[bool, list[float]] = {True: [], False: []}
    for round_ in range(args.rounds):
        for before in ((True, False) if round_ % 2 == 0 else (False, True)):
            started = time.process_time()
            made = render(before)
            spent[before].append(1000 * (time.process_time() - started) / len(documents))
            if made != expected:
                sys.exit("the two ways wrote different bytes")
    ratio = statistics.median(now / then for now, then in zip(spent[False], spent[True]))
    print(f"{len(documents)} briefs of {args.project} ({comments:.1f} comments a brief); "
          f"{args.rounds} rounds; processor time per brief's Word file, one process")
    print(f"comments made directly  before {statistics.median(spent[True]):6.2f} ms  now "
          f"{statistics.median(spent[False]):6.2f} ms  ratio x {ratio:.3f}")


if __name__ == "__main__":
    main()
