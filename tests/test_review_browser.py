"""The review page in a real browser: headless Chromium driven through the main path (open the
inbox, fix a candidate's subject, accept it, see the brief preview change).

Needs /usr/bin/chromium and /usr/bin/chromedriver (Debian's chromium and chromium-driver) and
selenium; without them the test skips with the reason, and fails instead under CI (CI=true or
BRIEFGEN_REQUIRE_FIDELITY=1). With BRIEFGEN_REVIEW_SCREENSHOTS=DIR it saves a 1280x800
screenshot of each page there (docs/review.md shows them).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import REPO
from test_inbox import extract_inbox, inbox_of, project  # noqa: F401 (fixture)

CHROMIUM = os.environ.get("BRIEFGEN_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("BRIEFGEN_CHROMEDRIVER", "/usr/bin/chromedriver")
REQUIRED = os.environ.get("CI") == "true" or os.environ.get("BRIEFGEN_REQUIRE_FIDELITY") == "1"
SHOTS = os.environ.get("BRIEFGEN_REVIEW_SCREENSHOTS")


def _unavailable() -> str | None:
    for program in (CHROMIUM, CHROMEDRIVER):
        if not (os.path.isfile(program) and os.access(program, os.X_OK)):
            return f"{program} is not installed (apt install chromium chromium-driver)"
    for module in ("selenium", "uvicorn", "starlette"):
        try:
            __import__(module)
        except ImportError:
            return f"{module} is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    reason = _unavailable()
    if reason:
        if REQUIRED:
            pytest.fail(f"the browser tests must run under CI, but {reason}")
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless", "--no-sandbox", "--disable-gpu",
                     "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", "--window-size=1280,800",
                     f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",  # the page itself 1280x800
                           {"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False})
    yield driver
    driver.quit()


@pytest.fixture
def server(run, project):  # noqa: F811
    """The review app of the test project (with the shipped templates, so briefs build),
    served by uvicorn on a free loopback port in a thread."""
    import uvicorn

    from briefgen.config import load_project
    from briefgen.review.app import create_app
    shutil.copytree(REPO / "templates", project / "templates")
    extract_inbox(run, project)
    path = inbox_of(project)  # the extractor took the club for the subject of the first figure
    path.write_text(path.read_text(encoding="utf-8").replace("subject: korea", "subject: club", 1),
                    encoding="utf-8")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(load_project(project))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}", project
    server.should_exit = True
    thread.join(10)


def shot(driver, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(SHOTS) / f"review-{name}.png"))


def preview_png(base: str) -> bytes:
    with urllib.request.urlopen(f"{base}/briefs/partner/korea.png", timeout=60) as reply:
        return reply.read()


# Every step waits for what it needs (a new page, an element, a text) instead of sleeping: the
# machine may be busy, and a page that reloads itself (the pack's) replaces its elements.

def waiting(browser, seconds: float = 60):
    """A wait that asks again while the element it asks about is gone: not found yet, or of a
    page replaced since (the browser reports that as a stale element or, while the page is
    being replaced, as a node that "does not belong to the document")."""
    from selenium.common.exceptions import (NoSuchElementException,
                                            StaleElementReferenceException, WebDriverException)
    from selenium.webdriver.support.ui import WebDriverWait

    class Waiting(WebDriverWait):
        def until(self, method, message=""):
            def asked(b):
                try:
                    return method(b)
                except WebDriverException as exc:
                    if "does not belong to the document" in str(exc.msg):
                        return False
                    raise
            return super().until(asked, message)
    return Waiting(browser, seconds, poll_frequency=0.1,
                   ignored_exceptions=(NoSuchElementException, StaleElementReferenceException))


def find(browser, css: str, seconds: float = 60):
    """The element, once the page has it."""
    from selenium.webdriver.common.by import By
    return waiting(browser, seconds).until(lambda b: b.find_element(By.CSS_SELECTOR, css))


def text_of(browser, css: str, wanted: str, seconds: float = 60) -> str:
    """The element's text, once it contains `wanted` (read again after each reload)."""
    from selenium.webdriver.common.by import By
    waiting(browser, seconds).until(
        lambda b: wanted in b.find_element(By.CSS_SELECTOR, css).text,
        f"{css!r} never said {wanted!r}")
    return browser.find_element(By.CSS_SELECTOR, css).text


def replaced(browser, action) -> None:
    """Do `action` (a click, keys), which loads another page, and wait until that page has
    replaced this one and finished loading. The page is marked, not held by an element: asking
    whether an element of a page being replaced is still there may fail with an error of its
    own ("Node with given id does not belong to the document"), not the stale element a wait
    ignores; a script run while the page is replaced may fail likewise, and is run again."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait
    browser.execute_script("document.briefgenBefore = true")
    action()
    WebDriverWait(browser, 60, poll_frequency=0.1, ignored_exceptions=(WebDriverException,)).until(
        lambda b: b.execute_script(
            "return !document.briefgenBefore && document.readyState === 'complete'"),
        "the page was never replaced")


def submit(browser, button) -> None:
    """Click a button that posts the page's form, and wait until the answer has replaced the
    page."""
    replaced(browser, button.click)


def open_page(browser, address: str) -> None:
    browser.get(address)
    waiting(browser).until(lambda b: b.execute_script("return document.readyState") == "complete")


def image_shown(browser, css: str) -> None:
    """Wait until the image has loaded and has a size (the preview renders on request)."""
    waiting(browser, 120).until(lambda b: b.execute_script(
        "const i = document.querySelector(arguments[0]); return i && i.complete && i.naturalWidth > 0",
        css), f"{css} never loaded")


def test_fix_a_subject_accept_and_see_the_brief_change(browser, server):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    base, project = server
    open_page(browser, f"{base}/briefs/partner/korea")
    image_shown(browser, ".preview img")
    before = preview_png(base)
    before_src = find(browser, ".preview img").get_attribute("src")
    assert "Korean enterprises" not in find(browser, ".used").text

    open_page(browser, f"{base}/inbox")
    shot(browser, "inbox")
    submit(browser, find(browser, "a[href='/inbox/club.yaml']"))
    first = find(browser, "#c0")
    assert first.find_element(By.TAG_NAME, "mark").text == "more than 60"
    first.find_element(By.TAG_NAME, "summary").click()  # the paragraph on demand
    assert "Testcity-Korea club" in text_of(browser, "#c0 .paragraph", "Testcity-Korea club")
    subject = Select(find(browser, "#c0 select[name='0.subject']"))
    assert subject.first_selected_option.get_attribute("value") == "club"
    shot(browser, "candidates")
    subject.select_by_value("korea")
    submit(browser, find(browser, "#c0 button[value='accept:0']"))

    notice = find(browser, ".notice").text
    assert notice.startswith("accepted 1 into facts/accepted/club.yaml"), notice
    assert "more than 60" not in find(browser, "form.inbox").text
    accepted = (project / "facts" / "accepted" / "club.yaml").read_text(encoding="utf-8")
    assert "subject: korea" in accepted and "more than 60" in accepted

    open_page(browser, f"{base}/briefs/partner/korea")
    assert "built again with the latest facts" in find(browser, "h1").text
    assert "Korean enterprises" in find(browser, ".used").text
    image_shown(browser, ".preview img")
    assert find(browser, ".preview img").get_attribute("src") != before_src
    assert preview_png(base) != before
    shot(browser, "brief")


def test_keyboard_accepts_the_first_candidate_and_scope_is_edited(browser, server):
    """The access keys of the common path (Alt+Y accepts the first candidate still to review,
    Alt+S saves) and the scope fields, written back on one line."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select
    base, project = server
    open_page(browser, f"{base}/inbox/club.yaml")
    find(browser, "#c0")
    keys = ActionChains(browser).key_down(Keys.ALT).send_keys("y").key_up(Keys.ALT)
    replaced(browser, keys.perform)
    assert text_of(browser, ".notice", "accepted").startswith("accepted 1 into")
    accepted = (project / "facts" / "accepted" / "club.yaml").read_text(encoding="utf-8")
    assert "more than 60" in accepted  # the first candidate was the one accepted

    Select(find(browser, "#c1 select[name='1.scope.level']")).select_by_value("province")
    find(browser, "#c1 input[name='1.scope.place']").send_keys("Shandong")
    keys = ActionChains(browser).key_down(Keys.ALT).send_keys("s").key_up(Keys.ALT)
    replaced(browser, keys.perform)
    assert text_of(browser, ".notice", "saved") == "saved"
    assert find(browser, "#c1 input[name='1.scope.place']").get_attribute("value") == "Shandong"
    inbox = inbox_of(project).read_text(encoding="utf-8")
    assert '    scope: {"level": "province", "place": "Shandong"}\n' in inbox
    browser.execute_script("document.getElementById('c1').scrollIntoView()")
    shot(browser, "scope")


def test_pages_render_in_the_browser(browser, server):
    """The facts, fact and briefs pages open and show what they are for (and are
    photographed for the docs)."""
    from selenium.webdriver.common.by import By
    base, _ = server
    open_page(browser, f"{base}/facts?subject=korea")
    assert "Signed investment" in find(browser, "table.facts").text
    shot(browser, "facts")
    submit(browser, browser.find_element(By.LINK_TEXT, "Signed investment"))
    assert find(browser, "mark").text.startswith("By the end of March 2019")

    def briefs_read(b) -> bool:  # the fact page lists its briefs once all are composed
        if "still reading the briefs" in b.find_element(By.TAG_NAME, "main").text:
            b.refresh()
            return False
        return True
    waiting(browser, 120).until(briefs_read, "the briefs were never all read")
    assert "South Korea (partner)" in find(browser, "main").text
    shot(browser, "fact")
    open_page(browser, f"{base}/briefs")
    assert "South Korea" in find(browser, "table.list").text
    shot(browser, "briefs")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Build the pack']"))
    # "Rendering: 2 of 5 (…) · 3 s" while it runs (the page reloads itself every second)
    waiting(browser, 180).until(lambda b: re.search(r"\d+ of \d+|Binding|Finished in",
                                                    b.find_element(By.TAG_NAME, "main").text))
    if "Finished in" not in browser.find_element(By.TAG_NAME, "main").text:
        shot(browser, "pack-running")  # the briefs being rendered, one of them named
    text_of(browser, "main", "Finished in", seconds=180)
    assert "0 failed" in text_of(browser, ".notice", "0 failed")
    shot(browser, "pack")
    open_page(browser, f"{base}/inbox/club.yaml")
    period = find(browser, "#c1 input[name='1.period']")
    period.clear()
    period.send_keys("2018-13")
    submit(browser, find(browser, "#c1 button[value='accept:1']"))
    field = find(browser, "#c1 .field-period.invalid .problem")
    assert "facts/_inbox/club.yaml:" in field.text and "2018-13" in field.text
    browser.execute_script("document.getElementById('c1').scrollIntoView()")
    shot(browser, "problem")


def test_a_wait_asks_again_about_a_node_of_a_page_being_replaced():
    """The browser may answer a question about an element of a page being replaced with "Node
    with given id does not belong to the document": the element is gone, as a stale one is,
    and the wait asks again instead of failing. Any other error still stops it."""
    pytest.importorskip("selenium")
    from selenium.common.exceptions import WebDriverException
    answers = [WebDriverException('unknown error: unhandled inspector error: {"code":-32000,'
                                  '"message":"Node with given id does not belong to the '
                                  'document"}'), False, "found"]

    def ask(_):
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer
    assert waiting(object(), 5).until(ask) == "found"
    answers = [WebDriverException("no such window")]
    with pytest.raises(WebDriverException, match="no such window"):
        waiting(object(), 5).until(ask)
