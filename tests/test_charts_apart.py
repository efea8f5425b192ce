"""A one-off build's charts drawn in a helper process (charts/apart.py): the same files as drawn
here, drawn here instead when the helper cannot, errors raised here as BriefgenErrors, and no
helper process left behind, whatever happens."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_charts_fakes import chart_store

from briefgen.charts import apart, render, resolve
from briefgen.charts.image import draw
from briefgen.errors import BriefgenError, ChartError
from briefgen.theme import DEFAULT_THEME

from conftest import REPO

SPEC = {"kind": "column", "title": "Most signed investment has been put to use",
        "facts": ["kr.fdi-signed", "kr.fdi-utilised"], "allow_mixed": "measures",
        "labels": ["Signed", "Actually utilised"]}


def _chart():
    return resolve(SPEC, chart_store(), path="t.md", line=1)


def _drawn(folder: Path) -> dict[str, bytes]:
    chart = _chart()
    return {fmt: draw(chart, DEFAULT_THEME, fmt, cache_dir=folder).read_bytes()
            for fmt in ("rlg", "png")}


def _helpers() -> list:
    return [p for p in multiprocessing.active_children() if p.name == "briefgen-charts"]


def test_the_helper_draws_the_same_files_and_is_gone_after(tmp_path, monkeypatch):
    here = _drawn(tmp_path / "here")
    with apart.charts_apart():
        assert len(_helpers()) == 1
        # set after the helper forked: only the helper draws
        monkeypatch.setattr("briefgen.charts.image.render_here", _refused)
        assert _drawn(tmp_path / "apart") == here
    assert _helpers() == []


def _refused(*args):
    raise AssertionError("drawn in the building process")


def test_a_helper_that_cannot_draw_leaves_it_to_this_process(tmp_path, monkeypatch):
    here = _drawn(tmp_path / "here")
    monkeypatch.setattr(render, "preload", _broken_matplotlib)  # the helper inherits it
    with apart.charts_apart():
        assert _drawn(tmp_path / "apart") == here
    assert _helpers() == []


def _broken_matplotlib():
    raise ImportError("no matplotlib here")


def test_a_helper_that_dies_leaves_it_to_this_process(tmp_path, monkeypatch):
    here = _drawn(tmp_path / "here")
    monkeypatch.setattr(render, "preload", lambda: os._exit(3))
    with apart.charts_apart():
        assert _drawn(tmp_path / "apart") == here
    assert _helpers() == []


def test_an_error_drawing_is_raised_here_and_the_helper_ended(tmp_path, monkeypatch):
    def failing(*args, **kwargs):
        raise ChartError("cannot draw this chart", path="t.md", line=1)
    monkeypatch.setattr(render, "build_figure", failing)  # in the helper and here alike
    with pytest.raises(BriefgenError) as raised:
        with apart.charts_apart():
            _drawn(tmp_path)
    assert str(raised.value.problems[0]) == "t.md:1: cannot draw this chart"
    assert _helpers() == []


def test_no_helper_beside_other_threads():
    import threading
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        with apart.charts_apart():
            assert _helpers() == []
    finally:
        stop.set()
        other.join()


_KILLED_PARENT = """
import time
from briefgen.charts import apart
with apart.charts_apart():
    print(apart._current.process.pid, flush=True)
    time.sleep(60)
"""


def test_the_helper_dies_with_a_killed_build():
    parent = subprocess.Popen([sys.executable, "-c", _KILLED_PARENT], stdout=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        helper = int(parent.stdout.readline())
    finally:
        parent.kill()
        parent.wait(timeout=30)
    deadline = time.monotonic() + 10
    while _alive(helper) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(helper)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False
