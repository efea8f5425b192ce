"""Binding the Qingdao pack or a synthetic one (its PDF, or both formats), in one process: processor time.

    .venv/bin/python benchmarks/bench_bind.py [--runs 9] [--formats pdf] [--baseline-code DIR]
        [--partners P]

Builds the shipped project's pack (or with --partners P a synthetic one of P partners x 10
sectors, benchmarks/synthetic_pack.py) once (one process, so every brief's files exist), then
binds it again --runs times in the same process (briefgen.binder.bind_pack, no workers; the
bound files the build kept in .cache/ are not reused, or binding would only copy them) and
reports the processor time of the first binding (as a pack build binds: once, after
rendering) and the median of the later ones (the process's caches warm). Processor time in one process is what
varies least on a shared machine, and binding is where the pack laid its briefs out a second
time.

With --baseline-code DIR, the same is measured for the briefgen source tree in DIR too, in
turns (a process of each, one after the other, --rounds times), and the median of the
per-round ratios (this tree / the baseline) is reported.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


def measure(project: Path, runs: int, formats: str) -> dict:
    """Build once, then bind `runs` times; processor seconds of each binding."""
    from briefgen.binder import bind_pack
    from briefgen.build import parse_formats
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    from briefgen.pack import build_pack, load_pack_config
    loaded = load_project(project)
    store = load_store(loaded)
    config = load_pack_config(None, loaded)
    wanted = parse_formats(formats)
    result = build_pack(loaded, store, config, wanted, project / "out", jobs=1)
    from briefgen import binder
    binder.kept_files = lambda *args, **kwargs: False  # bind: not a copy of the build's binding
    items = [i for i in result.items if not i.error]
    for item in items:  # as the pack holds them when it binds: composed, with their files
        from briefgen.build import compose
        item.document = compose(loaded, store, item.request)[0]
    times, laid = [], _counting_layouts()
    with tempfile.TemporaryDirectory() as folder:
        files = {fmt: Path(folder) / f"pack.{fmt}" for fmt in wanted}
        for _ in range(runs):
            laid.clear()
            started = time.process_time()
            bind_pack(loaded, store, config, items, files)
            times.append(time.process_time() - started)
        size = files["pdf"].stat().st_size if "pdf" in files else 0
    return {"first": times[0], "median": statistics.median(times[1:] or times), "times": times,
            "pdf_bytes": size, "briefs": len(items), "briefs_laid": len(laid)}


def _counting_layouts() -> list:
    """The briefs (documents with an anchor, the sources appendix's aside) each PDF layout from
    now on lays out, one entry a brief a layout."""
    from briefgen.render import pdf
    real, laid = pdf.pdf_bytes, []

    def counted(documents, *args, **kwargs):
        for document in [documents] if hasattr(documents, "meta") else documents:
            if document.meta.anchor and document.meta.anchor != "pack-sources":
                laid.append(document.meta.anchor)
        return real(documents, *args, **kwargs)
    pdf.pdf_bytes = counted
    return laid


def one(code: Path, runs: int, formats: str, partners: int | None = None) -> dict:
    """measure() in a new process running the briefgen of `code`."""
    from bench_pack import copy_project
    from synthetic_pack import make_project
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-bind-") as folder:
        project = (make_project(Path(folder) / "synthetic", partners, 10) if partners
                   else copy_project(REPO, Path(folder) / "qingdao"))
        done = subprocess.run([sys.executable, __file__, "--child", str(project), "--runs",
                               str(runs), "--formats", formats], capture_output=True, text=True,
                              env={**os.environ, "PYTHONPATH": str(code)})
    if done.returncode:
        sys.exit(done.stderr[-3000:])
    return json.loads(done.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--formats", default="pdf")
    parser.add_argument("--baseline-code", type=Path)
    parser.add_argument("--partners", type=int, help="a synthetic project of P partners x 10 sectors")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.runs, args.formats)))
        return
    what = f"{args.partners} x 10 synthetic" if args.partners else "Qingdao"
    if args.baseline_code is None:
        found = one(REPO, args.runs, args.formats, args.partners)
        print(f"binding the {what} pack ({args.formats}), processor time: first {found['first']:.3f} s,"
              f" then {found['median']:.3f} s (median); pack PDF {found['pdf_bytes']:,} bytes; "
              f"briefs laid out while binding: {found['briefs_laid']} of {found['briefs']}")
        return
    ours, theirs = [], []
    for _ in range(args.rounds):
        theirs.append(one(args.baseline_code.resolve(), args.runs, args.formats, args.partners))
        ours.append(one(REPO, args.runs, args.formats, args.partners))
    print(f"binding the {what} pack ({args.formats}), processor time, {args.rounds} rounds "
          f"(medians; ratio: of the rounds' ratios, this tree / the baseline):")
    for key, name in (("first", "first binding"), ("median", f"later ({args.runs - 1})")):
        ratio = statistics.median(o[key] / t[key] for o, t in zip(ours, theirs))
        print(f"  {name:15} baseline {statistics.median(t[key] for t in theirs):.3f} s  "
              f"this {statistics.median(o[key] for o in ours):.3f} s  ratio x {ratio:.3f}")
    print(f"  pack PDF        baseline {theirs[0]['pdf_bytes']:,} bytes  this {ours[0]['pdf_bytes']:,} bytes")
    print(f"  briefs laid out while binding (of {ours[0]['briefs']})  baseline "
          f"{theirs[0]['briefs_laid']}  this {ours[0]['briefs_laid']}")


if __name__ == "__main__":
    main()
