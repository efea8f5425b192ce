"""The review page in a real browser: headless Chromium driven through the main path (open the
inbox, fix a candidate's subject, accept it, see the brief preview change).

Needs /usr/bin/chromium and /usr/bin/chromedriver (Debian's chromium and chromium-driver) and
selenium; without them the test skips with the reason, and fails instead under CI (CI=true or
BRIEFGEN_REQUIRE_FIDELITY=1). With BRIEFGEN_REVIEW_SCREENSHOTS=DIR it saves a 1280x800
screenshot of each page there (docs/review.md shows them).
"""

from __future__ import annotations

import os
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


def test_fix_a_subject_accept_and_see_the_brief_change(browser, server):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    base, project = server
    browser.get(f"{base}/briefs/partner/korea")
    before = preview_png(base)
    assert "Korean enterprises" not in browser.find_element(By.CSS_SELECTOR, ".used").text

    browser.get(f"{base}/inbox")
    shot(browser, "inbox")
    browser.find_element(By.LINK_TEXT, "club").click()
    first = browser.find_element(By.ID, "c0")
    assert first.find_element(By.TAG_NAME, "mark").text == "more than 60"
    first.find_element(By.TAG_NAME, "summary").click()  # the paragraph on demand
    assert "Testcity-Korea club" in first.find_element(By.CLASS_NAME, "paragraph").text
    subject = Select(first.find_element(By.ID, "0.subject"))
    assert subject.first_selected_option.get_attribute("value") == "club"
    shot(browser, "candidates")
    subject.select_by_value("korea")
    first.find_element(By.CSS_SELECTOR, "button[value='accept:0']").click()

    notice = browser.find_element(By.CSS_SELECTOR, ".notice").text
    assert notice.startswith("accepted 1 into facts/accepted/club.yaml"), notice
    assert "more than 60" not in browser.find_element(By.CSS_SELECTOR, "form.inbox").text
    accepted = (project / "facts" / "accepted" / "club.yaml").read_text(encoding="utf-8")
    assert "subject: korea" in accepted and "more than 60" in accepted

    browser.get(f"{base}/briefs/partner/korea")
    assert "built again with the latest facts" in browser.find_element(By.TAG_NAME, "h1").text
    assert "Korean enterprises" in browser.find_element(By.CSS_SELECTOR, ".used").text
    assert preview_png(base) != before
    shot(browser, "brief")


def _text_of(browser, tag: str) -> str:
    """An element's text, or "" when the page reloaded between finding it and reading it."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    try:
        return browser.find_element(By.TAG_NAME, tag).text
    except StaleElementReferenceException:
        return ""


def test_pages_render_in_the_browser(browser, server):
    """The facts, fact and briefs pages open and show what they are for (and are
    photographed for the docs)."""
    from selenium.webdriver.common.by import By
    base, _ = server
    browser.get(f"{base}/facts?subject=korea")
    assert "Signed investment" in browser.find_element(By.CSS_SELECTOR, "table.facts").text
    shot(browser, "facts")
    browser.find_element(By.LINK_TEXT, "Signed investment").click()
    assert browser.find_element(By.TAG_NAME, "mark").text.startswith("By the end of March 2019")
    deadline = time.monotonic() + 60
    while "still reading the briefs" in browser.find_element(By.TAG_NAME, "main").text:
        assert time.monotonic() < deadline, "the briefs were never all read"
        time.sleep(0.2)
        browser.refresh()
    assert "South Korea (partner)" in browser.find_element(By.TAG_NAME, "main").text
    shot(browser, "fact")
    browser.get(f"{base}/briefs")
    assert "South Korea" in browser.find_element(By.CSS_SELECTOR, "table.list").text
    shot(browser, "briefs")
    browser.find_element(By.XPATH, "//button[text()='Build the pack']").click()
    shot(browser, "pack-running")
    deadline = time.monotonic() + 120
    while "Finished in" not in _text_of(browser, "main"):
        assert time.monotonic() < deadline, "the pack page never said it finished"
        time.sleep(0.5)  # the page reloads itself every second while the pack builds
    assert "0 failed" in browser.find_element(By.CSS_SELECTOR, ".notice").text
    shot(browser, "pack")
    browser.get(f"{base}/inbox/club.yaml")
    first = browser.find_element(By.ID, "c1")
    first.find_element(By.ID, "1.period").clear()
    first.find_element(By.ID, "1.period").send_keys("2018-13")
    first.find_element(By.CSS_SELECTOR, "button[value='accept:1']").click()
    field = browser.find_element(By.CSS_SELECTOR, "#c1 .field-period.invalid .problem")
    assert "facts/_inbox/club.yaml:" in field.text and "2018-13" in field.text
    browser.execute_script("document.getElementById('c1').scrollIntoView()")
    shot(browser, "problem")
