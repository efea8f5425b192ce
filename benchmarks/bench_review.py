"""How fast the review page's pages appear with a large store and inbox: a synthetic project
of 11,000 facts (bench_store.py's) with 5,000 candidates in its inbox (50 source documents of
100), served by uvicorn as `briefgen review` serves it.

    .venv/bin/python benchmarks/bench_review.py [--facts 11000] [--candidates 5000] [--runs 5]

For each page it prints the median over the runs (after one warm-up visit, which loads the
store) of the time until the HTML has arrived, and, when Chromium and chromedriver are
installed, the browser's first contentful paint; the target is 300 ms. As a baseline measured
in the same run it also fetches the stylesheet (the server's floor: routing, one small file) and
prints each page's time as a multiple of it.
"""

from __future__ import annotations

import argparse
import re
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import make_project

TARGET_MS = 300
PER_DOCUMENT = 100
_FIGURE = re.compile(r"\$\d+\.\d{3} billion|\d+\.\d percent|\d{1,3}(?:,\d{3})+")


def add_inbox(root: Path, candidates: int) -> None:
    """Inbox files in the format `facts extract --inbox` writes, quoting the seeds' sentences."""
    inbox = root / "facts" / "_inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    seeds = sorted((root / "seeds").glob("seed*.txt"))
    written = 0
    for seed in seeds:
        if written >= candidates:
            break
        text = seed.read_text(encoding="utf-8")
        blocks = []
        for sentence in [s for s in text.split("\n\n")[1:] if _FIGURE.search(s)]:
            for figure in _FIGURE.finditer(sentence):
                if written >= candidates or len(blocks) >= PER_DOCUMENT:
                    break
                blocks.append(_block(seed.name, text, sentence.strip(), figure[0], len(blocks)))
                written += 1
        while blocks and len(blocks) < PER_DOCUMENT and written < candidates:  # same figures again
            blocks.append(blocks[len(blocks) % 10].replace("    id: c", f"    id: r{len(blocks)}c", 1))
            written += 1
        (inbox / f"{seed.stem}.yaml").write_text(
            f"# Candidate facts extracted from {seed.name}.\nfacts:\n" + "".join(blocks),
            encoding="utf-8")


def _block(seed: str, text: str, sentence: str, figure: str, n: int) -> str:
    at = text.find(figure)
    return (f"  - review: keep\n    id: c{n:03d}.{Path(seed).stem}\n    subject: p001\n"
            f"    metric: money\n    label: \"Figure {n}\"\n    value: 1\n    unit: USD\n"
            f"    as_written: \"{figure}\"\n    sources:\n      - seed: \"{seed}\"\n"
            f"        quote: \"{sentence}\"\n"
            f"    candidate: {{\"at\": \"{seed}:{at}\", \"line\": 3, \"kind\": \"money\", "
            f"\"confidence\": 0.9, \"reason\": \"benchmark\"}}\n\n")


def serve(root: Path):
    import uvicorn

    from briefgen.config import load_project
    from briefgen.review.app import create_app
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(load_project(root)), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{port}"


def fetch_ms(url: str) -> float:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as reply:
        reply.read()
        assert reply.status == 200, (url, reply.status)
    return (time.perf_counter() - start) * 1000


def edit_label_ms(base: str, path: str) -> float:
    """One label change posted as the fact page's form posts it, until the page answers (with
    the store loaded again, as after any change of a fact file)."""
    import urllib.parse
    with urllib.request.urlopen(base + path, timeout=120) as reply:
        page = reply.read().decode("utf-8")
    form = dict(re.findall(r'<input type="hidden" name="(csrf|digest)" value="([^"]*)"', page))
    label = re.search(r'id="label" name="label" value="([^"]*)"', page)[1]
    form.update(label=label + " (edited)", priority="2")
    start = time.perf_counter()
    with urllib.request.urlopen(base + path, data=urllib.parse.urlencode(form).encode(),
                                timeout=300) as reply:
        answer = reply.read().decode("utf-8")
    assert "saved" in answer, answer[:2000]
    return (time.perf_counter() - start) * 1000


def browser():
    """Headless Chromium, or None when it is not installed."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        return None
    if not (Path("/usr/bin/chromium").exists() and Path("/usr/bin/chromedriver").exists()):
        return None
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run",
                     "--window-size=1280,800", f"--user-data-dir={tempfile.mkdtemp()}"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def first_paint_ms(driver, url: str) -> float:
    driver.get(url)
    return driver.execute_script(
        "const p = performance.getEntriesByName('first-contentful-paint')[0];"
        "return p ? p.startTime : performance.timing.domContentLoadedEventEnd"
        " - performance.timing.navigationStart;")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=11_000)
    parser.add_argument("--candidates", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="briefgen-bench-review-"))
    driver = None
    try:
        make_project(root, args.facts)
        add_inbox(root, args.candidates)
        server, thread, base = serve(root)
        pages = {"inbox": "/inbox", "inbox document, page 1": "/inbox/seed0000.yaml",
                 "inbox document, page 4": "/inbox/seed0049.yaml?page=4",
                 "facts": "/facts", "facts, text search": "/facts?q=platform+number+77",
                 "facts, subject + age": "/facts?subject=p001&older_than=10&page=2",
                 "facts, stale only": "/facts?marked=stale&page=3",
                 "one fact": "/facts/f00077.p037", "briefs": "/briefs"}
        started = time.perf_counter()
        for path in pages.values():  # warm-up: loads the store (once) and the seeds' pages
            fetch_ms(base + path)
        warm_up = time.perf_counter() - started
        baseline = statistics.median(fetch_ms(base + "/static/review.css") for _ in range(args.runs * 4))
        driver = browser()
        total = sum(1 for _ in (root / "facts" / "_inbox").glob("*.yaml"))
        print(f"{args.facts} facts, {args.candidates} candidates in {total} inbox files; "
              f"first visits (store loaded) {warm_up:.1f} s; {args.runs} runs")
        print(f"baseline (stylesheet): {baseline:.1f} ms")
        print(f"{'page':<26} {'HTML ms':>8} {'x base':>7} {'paint ms':>9}  target {TARGET_MS} ms")
        for name, path in pages.items():
            html = statistics.median(fetch_ms(base + path) for _ in range(args.runs))
            paint = statistics.median(first_paint_ms(driver, base + path) for _ in range(args.runs)) \
                if driver else None
            worst = max(html, paint or 0)
            shown = f"{paint:9.0f}" if paint is not None else f"{'-':>9}"
            print(f"{name:<26} {html:8.1f} {html / baseline:7.1f} {shown}  "
                  f"{'ok' if worst <= TARGET_MS else 'OVER'}")
        print(f"changing a fact's label (the store then loaded again): "
              f"{edit_label_ms(base, '/facts/f00077.p037'):.0f} ms")
        server.should_exit = True
        thread.join(10)
    finally:
        if driver:
            driver.quit()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
