"""Where a user waits for one brief: `briefgen build partner south-korea` against the peer script.

    .venv/bin/python benchmarks/bench_oneoff.py [--runs 7] [--baseline-code DIR]

Each round runs, in fresh processes and one after the other (so the shared machine's drift hits
all alike): the peer (benchmarks/peer_brief.py: the same brief written with python-docx,
reportlab and matplotlib directly), then `briefgen build` with a cold cache (.cache deleted:
store loaded and verified, charts drawn, brief fitted) and warm (caches kept, output deleted),
each twice: with briefgen's modules compiled to bytecode beforehand, and without, as an
editable install under PYTHONDONTWRITEBYTECODE=1 never writes them (every start compiles
briefgen again). The two are two copies of briefgen's code, one compiled with compileall: a
PYTHONPYCACHEPREFIX would hide the installed libraries' bytecode as well and make every start
compile matplotlib, reportlab and numpy (as this benchmark did until 4 December, 13:00 UTC).
Reports the median wall time and the median of each round's ratio to the peer, and the same
of processor time (user + system, the build's and its chart helper's, charts/apart.py: on a
shared machine the wall time of a build that uses both cores depends on whether the other is
free, its processor time much less), and the build's own process's apart (`own`: its
`resource.getrusage` at exit, without its helper's: the part of a cold build that cannot move
to the other core). A last row times only importing what both draw and write
with (matplotlib's figure, reportlab's platypus, python-docx): the least a cold build that
drew its chart in its own process could take.
`--baseline-code DIR` (a checkout, e.g. `git archive main | tar -x -C DIR`) adds its cold and
warm builds, compiled, to every round: before and after, paired in the same run.
Targets (issue 27): cold <= 0.6 x peer, warm <= 0.5 x peer.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PARTS = ("briefgen.yaml", "facts", "seeds", "templates")


# `python -m briefgen.cli ARGS`, printing this process's own processor time as it exits (the
# helper a cold build forks is ended before then, and exits without running this)
OWN = ("import atexit, resource, runpy, sys\n"
       "def own():\n"
       "    used = resource.getrusage(resource.RUSAGE_SELF)\n"
       "    sys.stderr.write(f'\\nown processor time: {used.ru_utime + used.ru_stime}\\n')\n"
       "atexit.register(own)\n"
       "sys.argv[0] = 'briefgen'\n"
       "runpy.run_module('briefgen.cli', run_name='__main__', alter_sys=True)\n")


def timed(command: list[str], cwd: Path, env: dict) -> tuple[float, float, float | None]:
    """(wall, processor time of the process and the processes it waited for: user + system,
    and the process's own when it reports it: OWN)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        sys.exit(f"{' '.join(command)} failed:\n{done.stderr[-2000:]}")
    own = [float(line.split(": ")[1]) for line in done.stderr.splitlines()
           if line.startswith("own processor time: ")]
    return (wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
            own[-1] if own else None)


def code_copy(folder: Path, source: Path = REPO) -> Path:
    """briefgen's package (of the checkout `source`) without its bytecode, importable from
    `folder`."""
    shutil.copytree(source / "briefgen", folder / "briefgen",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--baseline-code", type=Path,
                        help="a checkout whose compiled code is timed too, in the same rounds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-oneoff-") as folder:
        work = Path(folder)
        project = work / "project"
        project.mkdir()
        for part in PARTS:
            copy = shutil.copytree if (REPO / part).is_dir() else shutil.copy
            copy(REPO / part, project / part)
        base = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        base.pop("PYTHONPYCACHEPREFIX", None)
        bare = {**base, "PYTHONPATH": str(code_copy(work / "bare"))}
        compiled = {**base, "PYTHONPATH": str(code_copy(work / "compiled"))}
        codes = [("no bytecode", bare), ("compiled", compiled)]
        if args.baseline_code:
            baseline = code_copy(work / "baseline", args.baseline_code.resolve())
            codes.append(("baseline, compiled", {**base, "PYTHONPATH": str(baseline)}))
        for folder in ("compiled", "baseline"):
            if (work / folder).is_dir():
                subprocess.run([sys.executable, "-m", "compileall", "-q", str(work / folder)],
                               check=True)
        peer = [sys.executable, str(REPO / "benchmarks" / "peer_brief.py"), str(work / "peer")]
        build = [sys.executable, "-c", OWN, "build", "partner", "south-korea"]
        imports = [sys.executable, "-c", "import matplotlib.figure, reportlab.platypus, docx"]
        times: dict[str, list[float]] = {}
        processor: dict[str, list[float]] = {}
        own: dict[str, list[float]] = {}

        def run(name: str, command: list[str], env: dict) -> None:
            wall, used, its_own = timed(command, project, env)
            times.setdefault(name, []).append(wall)
            processor.setdefault(name, []).append(used)
            if its_own is not None:
                own.setdefault(name, []).append(its_own)
        for _ in range(args.runs):
            run("peer script", peer, base)
            for label, env in codes:
                shutil.rmtree(project / ".cache", ignore_errors=True)
                shutil.rmtree(project / "out", ignore_errors=True)
                run(f"briefgen cold, {label}", build, env)
                shutil.rmtree(project / "out")
                run(f"briefgen warm, {label}", build, env)
            run("the libraries' imports", imports, base)
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; {args.runs} interleaved rounds; median wall, median "
          "of the rounds' ratios to the peer; the same of processor time (user + system, with "
          "the processes each waited for: a cold build's chart helper)")
    for name, walls in times.items():
        ratios = [w / p for w, p in zip(walls, times["peer script"])]
        used = processor[name]
        used_ratios = [u / p for u, p in zip(used, processor["peer script"])]
        own_ratios = [o / p for o, p in zip(own.get(name, ()), processor["peer script"])]
        print(f"{name:<36}{statistics.median(walls):6.2f} s   x {statistics.median(ratios):.2f}"
              f"   processor {statistics.median(used):5.2f} s   x {statistics.median(used_ratios):.2f}"
              + (f"   own {statistics.median(own[name]):5.2f} s   x "
                 f"{statistics.median(own_ratios):.2f}" if name in own else ""))
    for state in ("cold", "warm") if args.baseline_code else ():
        for kind, measured in (("wall", times), ("processor", processor), ("own processor", own)):
            pairs = zip(measured[f"briefgen {state}, compiled"],
                        measured[f"briefgen {state}, baseline, compiled"])
            print(f"{state}, compiled, this code / the baseline's, {kind}: x "
                  f"{statistics.median(a / b for a, b in pairs):.2f}")
    print(f"load average at the end: {' '.join(open('/proc/loadavg').read().split()[:3])}"
          if Path("/proc/loadavg").is_file() else "")


if __name__ == "__main__":
    main()
