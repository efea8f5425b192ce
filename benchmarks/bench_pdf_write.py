"""Writing a brief's PDF in one process, briefgen's way against reportlab's own: paired rounds.

    .venv/bin/python benchmarks/bench_pdf_write.py [--project DIR] [--briefs 40] [--rounds 8]
        [--baseline-code DIR]

Composes and fits the first `--briefs` briefs of the project's pack (charts and fits from its
`.cache/`, made on the first pass), then renders their PDFs (`pdf_bytes`) round after round,
alternating which way goes first, and reports the processor time per brief of each ("before": reportlab's
way, "now": briefgen's) and the median of the rounds' ratios:

- `kept subsets`: the body faces as briefgen registers them (`render/fonts._SubsetsKept`: a
  subset made and deflated once per process) against reportlab's own face (`TTFontFace`,
  which makes and deflates it for every PDF);
- `structure written here` (with `--baseline-code DIR`, a checkout or `git archive` of the code
  before): the structure tree's dictionaries formatted by `pdf_tags.Written` against that
  code's tagger (`DIR/briefgen/render/pdf_tags.py`: its elements made as reportlab's
  PDFDictionary and PDFArray, written by reportlab's writer).

Each round checks that both ways give the same bytes. With `--project` a synthetic project
(benchmarks/synthetic_pack.py) measures the pack's briefs; the default is this repository's
shipped project.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _reportlab_faces(on: bool) -> None:
    from reportlab.pdfbase import pdfmetrics, ttfonts
    from briefgen.render import fonts
    for name in fonts.BODY_FACES.values():
        pdfmetrics.getFont(name).face.__class__ = ttfonts.TTFontFace if on else fonts._SubsetsKept


def _tagger_of(code: Path):
    """The Tagger of another version of briefgen's pdf_tags.py (its imports are reportlab's)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("baseline_pdf_tags",
                                                  code / "briefgen" / "render" / "pdf_tags.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module.Tagger


def _baseline_tagger(on: bool, ours, theirs) -> None:
    from briefgen.render import pdf
    pdf.Tagger = theirs if on else ours


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=REPO)
    parser.add_argument("--briefs", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--baseline-code", type=Path)
    args = parser.parse_args()
    from briefgen.build import compose, fit_brief
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    from briefgen.pack import load_pack_config, plan
    from briefgen.render import pdf
    from briefgen.render.pdf import pdf_bytes
    project = load_project(args.project)
    store = load_store(project)
    requests = plan(store, load_pack_config(None, project))[:args.briefs]
    charts = project.path("cache") / "charts"
    documents = [fit_brief(compose(project, store, request)[0], project) for request in requests]

    def render() -> list[bytes]:
        return [pdf_bytes(doc, project.theme, project.page, chart_cache=charts).data
                for doc in documents]
    expected = render()
    switches = {"kept subsets": _reportlab_faces}
    if args.baseline_code:
        tagger, baseline = pdf.Tagger, _tagger_of(args.baseline_code.resolve())
        switches["structure written here"] = lambda on: _baseline_tagger(on, tagger, baseline)
    print(f"{len(documents)} briefs of {args.project}; {args.rounds} rounds; processor time "
          "per brief, one process")
    for name, reportlab_way in switches.items():
        spent: dict[bool, list[float]] = {True: [], False: []}
        for round_ in range(args.rounds):
            for before in ((True, False) if round_ % 2 == 0 else (False, True)):
                reportlab_way(before)
                started = time.process_time()
                made = render()
                spent[before].append(1000 * (time.process_time() - started) / len(documents))
                reportlab_way(False)
                if made != expected:
                    sys.exit(f"{name}: the two ways wrote different bytes")
        ratio = statistics.median(now / then for now, then in zip(spent[False], spent[True]))
        print(f"{name:<24} before {statistics.median(spent[True]):6.2f} ms  now "
              f"{statistics.median(spent[False]):6.2f} ms  ratio x {ratio:.3f}")


if __name__ == "__main__":
    main()
