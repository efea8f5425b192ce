"""The review page's inbox through Starlette's test client: the same accept as the CLI, CSRF,
concurrent edits, paths from requests, and problems shown next to their field."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import yaml

pytest.importorskip("starlette")
from conftest import REPO
from starlette.testclient import TestClient
from test_inbox import extract_inbox, inbox_of, project  # noqa: F401 (fixture)

from briefgen.config import load_project
from briefgen.review.app import create_app
from briefgen.review.inbox import set_field, set_scope

BASE = "http://127.0.0.1:8765"


@pytest.fixture
def client(run, project):  # noqa: F811
    extract_inbox(run, project)
    return TestClient(create_app(load_project(project)), base_url=BASE)


def page_form(client, name="club.yaml") -> dict:
    """The hidden fields and current values of the inbox page, as a browser would send them."""
    html = client.get(f"/inbox/{name}").text
    form = dict(re.findall(r'<input type="hidden" name="(csrf|digest|page)" value="([^"]*)"', html))
    return form


def candidates(project: Path) -> list[dict]:
    return yaml.safe_load(inbox_of(project).read_text(encoding="utf-8"))["facts"]


def accepted(project: Path) -> list[dict]:
    path = project / "facts" / "accepted" / "club.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))["facts"] if path.is_file() else []


def test_inbox_lists_documents_and_shows_sentences(client):
    index = client.get("/inbox")
    assert index.status_code == 200 and 'href="/inbox/club.yaml"' in index.text
    assert "6 candidates to review" in index.text
    page = client.get("/inbox/club.yaml").text
    assert "<mark>Eight</mark> Korean banks have set up branches in the city." in page
    assert "<summary>Paragraph in club.txt</summary>" in page
    assert '<option value="finance" >finance · Finance</option>' in page  # subjects from entities


def test_edit_then_accept_uses_the_cli_accept(client, project, run):
    form = page_form(client) | {"shown": "4", "4.subject": "finance", "4.metric": "count",
                                "action": "accept:4"}
    reply = client.post("/inbox/club.yaml", data=form)
    assert reply.status_code == 200
    assert "accepted 1 into facts/accepted/club.yaml" in reply.text
    [fact] = accepted(project)
    assert (fact["id"], fact["subject"], fact["value"]) == ("kr.korean-banks", "finance", 8)
    assert "review" not in fact and "candidate" not in fact
    assert [c["as_written"] for c in candidates(project)] == [
        "more than 60", "2.8 billion yuan", "$432.32 million", "7.5 percent", "3,000 square meters"]
    check = run("--project", project, "facts", "check")
    assert check.exit_code == 0, check.output


def test_bulk_accept_and_reject(client, project):
    data = page_form(client) | {"shown": ["0", "1", "2"], "pick": ["0", "1"],
                                "action": "reject-picked"}
    assert "rejected 2 candidates" in client.post("/inbox/club.yaml", data=data).text
    assert [c["review"] for c in candidates(project)][:3] == ["drop", "drop", "keep"]
    data = page_form(client) | {"shown": ["3", "5"], "pick": ["3", "5"], "action": "accept-picked"}
    assert "accepted 2 into" in client.post("/inbox/club.yaml", data=data).text
    assert [f["as_written"] for f in accepted(project)] == ["7.5 percent", "3,000 square meters"]


def test_a_bad_field_is_explained_next_to_it_and_the_candidate_stays(client, project):
    before = inbox_of(project).read_text(encoding="utf-8")
    form = page_form(client) | {"shown": "4", "4.period": "2019-13", "action": "accept:4"}
    reply = client.post("/inbox/club.yaml", data=form)
    assert reply.status_code == 200 and not accepted(project)
    field = re.search(r'<div class="field field-period invalid">(.*?)</div>', reply.text, re.DOTALL)
    assert field, "the period field is marked"
    line = before[:before.index("kr.korean-banks")].count("\n")  # the block's `- review` line
    assert f"facts/_inbox/club.yaml:{line}: kr.korean-banks: period &#39;2019-13&#39;" in field[1]
    assert candidates(project)[4]["period"] == "2019-13"  # the edit is kept for the next try


def test_an_unknown_subject_is_refused_by_the_same_check_as_the_cli(client, project):
    form = page_form(client) | {"shown": "4", "4.subject": "atlantis", "action": "accept:4"}
    reply = client.post("/inbox/club.yaml", data=form)
    assert "unknown subject &#39;atlantis&#39; (see facts/entities.yaml)" in reply.text
    assert '<div class="field field-subject invalid">' in reply.text
    assert not accepted(project)


def test_a_file_changed_meanwhile_is_not_overwritten(client, project):
    form = page_form(client) | {"shown": "4", "4.label": "Banks", "action": "accept:4"}
    path = inbox_of(project)
    edited = path.read_text(encoding="utf-8").replace('label: "Korean banks"', 'label: "Banks here"')
    path.write_text(edited, encoding="utf-8")  # an editor saves while the page is open
    reply = client.post("/inbox/club.yaml", data=form)
    assert reply.status_code == 409 and "changed since the page was shown" in reply.text
    assert '<p class="notice conflict" role="status">' in reply.text
    assert path.read_text(encoding="utf-8") == edited and not accepted(project)
    assert 'value="Banks here"' in reply.text  # the page shows the file as it is now


def test_two_tabs_cannot_both_write_from_the_same_page(client, project):
    form = page_form(client)
    first = client.post("/inbox/club.yaml", data=form | {"shown": "0", "action": "reject:0"})
    second = client.post("/inbox/club.yaml", data=form | {"shown": "1", "action": "reject:1"})
    assert first.status_code == 200 and second.status_code == 409
    assert [c["review"] for c in candidates(project)][:2] == ["drop", "keep"]


@pytest.mark.parametrize("headers", [{}, {"sec-fetch-site": "cross-site"},
                                     {"origin": "http://evil.example"}])
def test_csrf_refused(client, project, headers):
    before = inbox_of(project).read_bytes()
    form = page_form(client) | {"shown": "0", "action": "reject:0"}
    if not headers:
        form.pop("csrf")
    reply = client.post("/inbox/club.yaml", data=form, headers=headers)
    assert reply.status_code == 403 and "refused" in reply.text
    assert inbox_of(project).read_bytes() == before


@pytest.mark.parametrize("origin", ["null", "http://evil.example://127.0.0.1:8765",
                                    "http://127.0.0.1:8765.evil.example", "127.0.0.1"])
def test_a_request_from_an_origin_not_this_server_s_is_refused(client, project, origin):
    """An older browser sends Origin alone: a sandboxed frame's "null", or an origin whose host
    only contains or follows this server's, is another site, however valid the token."""
    before = inbox_of(project).read_bytes()
    form = page_form(client) | {"shown": "0", "action": "reject:0"}
    reply = client.post("/inbox/club.yaml", data=form, headers={"origin": origin})
    assert reply.status_code == 403 and reply.text == f"refused: a request from {origin}"
    assert inbox_of(project).read_bytes() == before


def test_a_page_linked_from_another_site_opens(client):
    """Only a request that changes something is refused: a link elsewhere opens the page."""
    reply = client.get("/inbox", headers={"sec-fetch-site": "cross-site",
                                           "origin": "http://evil.example"})
    assert reply.status_code == 200 and 'href="/inbox/club.yaml"' in reply.text


def test_a_form_without_its_token_is_refused_with_the_reason(client, project):
    before = inbox_of(project).read_bytes()
    form = page_form(client) | {"shown": "0", "action": "reject:0", "csrf": "guessed"}
    reply = client.post("/inbox/club.yaml", data=form)
    assert reply.status_code == 403
    assert reply.text == "refused: the form has no valid token; reload the page"
    assert inbox_of(project).read_bytes() == before


@pytest.mark.parametrize("headers", [
    {"sec-fetch-site": "same-origin", "origin": BASE},
    {"sec-fetch-site": "none"},  # a browser's own request: typed, a bookmark
    {"origin": BASE},  # an older browser: Origin alone
    {"Origin": BASE, "Host": "127.0.0.1:8765"},  # header names in any case
])
def test_same_origin_browser_request_is_accepted(client, project, headers):
    form = page_form(client) | {"shown": "0", "action": "reject:0"}
    reply = client.post("/inbox/club.yaml", data=form, headers=headers)
    assert reply.status_code == 200
    assert candidates(project)[0]["review"] == "drop"


def test_other_host_names_are_refused(client):
    assert client.get("/inbox", headers={"host": "rebind.example"}).status_code == 400


@pytest.mark.parametrize("name", ["..%2F..%2Fbriefgen.yaml", "..%2Fentities.yaml", "%2Fetc%2Fpasswd",
                                  "missing.yaml", ".hidden.yaml"])
def test_paths_from_requests_stay_in_the_inbox(client, project, name):
    assert client.get(f"/inbox/{name}").status_code == 404
    form = page_form(client) | {"shown": "0", "action": "reject:0"}
    assert client.post(f"/inbox/{name}", data=form).status_code == 404
    assert (project / "briefgen.yaml").is_file()


def test_set_field_changes_one_line():
    block = ('  - review: keep\n    id: a\n    subject: \n    label: "x"\n    value: 8\n'
             '    sources:\n      - seed: "s.txt"\n        quote: "q"\n\n')
    assert set_field(block, "subject", "korea") == block.replace("subject: \n", "subject: korea\n")
    assert set_field(block, "label", 'Banks: "big"') == block.replace(
        'label: "x"', 'label: "Banks: \\"big\\""')
    assert set_field(block, "period", "2019") == block.replace(
        "    sources:", "    period: '2019'\n    sources:".replace("'2019'", '"2019"'))
    assert set_field(block, "counted", "") == block
    assert yaml.safe_load("facts:\n" + set_field(block, "label", "yes"))["facts"][0]["label"] == "yes"


def test_accepting_the_last_candidates_returns_to_the_inbox(client, project):
    form = page_form(client) | {"shown": [str(i) for i in range(6)],
                                "pick": [str(i) for i in range(6)], "action": "accept-picked"}
    reply = client.post("/inbox/club.yaml", data=form)
    assert reply.status_code == 200 and "accepted 6 into facts/accepted/club.yaml" in reply.text
    assert "0 candidates to review" in reply.text and not inbox_of(project).exists()


def test_the_cli_does_not_import_the_web_stack():
    """`briefgen --help` stays fast: the review page is imported only by `briefgen review`."""
    code = "import sys, briefgen.cli; print(any(m.startswith('starlette') for m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=Path(__file__).parent, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.stdout.strip() == "False", done.stderr


def test_review_refuses_an_address_it_cannot_listen_on(run, project):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("--project", project, "review", "--port", port, "--no-browser")
    assert result.exit_code == 1
    assert f"error: cannot listen on 127.0.0.1:{port}: Address already in use" in result.stderr


def test_a_link_in_the_inbox_to_a_fact_file_is_refused(client, project):
    (project / "facts" / "_inbox" / "link.yaml").symlink_to(project / "facts" / "korea.yaml")
    assert client.get("/inbox/link.yaml").status_code == 404
    assert "/inbox/link.yaml" not in client.get("/inbox").text
    form = page_form(client) | {"shown": "0", "action": "reject:0"}
    assert client.post("/inbox/link.yaml", data=form).status_code == 404


def test_scope_is_edited_on_one_line_in_the_extractors_style(client, project):
    path = inbox_of(project)
    before = path.read_text(encoding="utf-8")
    form = page_form(client) | {"shown": "4", "4.scope.level": "province",
                                "4.scope.place": "Shandong", "4.scope.among": "",
                                "action": "save"}
    assert "saved" in client.post("/inbox/club.yaml", data=form).text
    after = path.read_text(encoding="utf-8")
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert added == ['    scope: {"level": "province", "place": "Shandong"}']
    assert candidates(project)[4]["scope"] == {"level": "province", "place": "Shandong"}
    page = client.get("/inbox/club.yaml").text
    assert re.search(r'id="4\.scope\.level"[^>]*>.*?<option value="province" selected>', page)
    assert 'id="4.scope.place" value="Shandong"' in page

    form = page_form(client) | {"shown": "4", "4.scope.level": "city", "4.scope.place": "",
                                "4.scope.among": "", "action": "save"}
    client.post("/inbox/club.yaml", data=form)
    assert path.read_text(encoding="utf-8") == before  # the city's scope is written as none


def test_an_unchanged_scope_leaves_the_file_alone(client, project):
    path = inbox_of(project)
    hand = path.read_text(encoding="utf-8").replace(
        '    sources:', '    scope:\n      level: country\n      place: China\n    sources:', 1)
    path.write_text(hand, encoding="utf-8")
    form = page_form(client) | {"shown": "0", "0.scope.level": "country",
                                "0.scope.place": "China", "0.scope.among": "", "action": "save"}
    assert "no change" in client.post("/inbox/club.yaml", data=form).text
    assert path.read_text(encoding="utf-8") == hand


def test_a_bad_scope_is_explained_next_to_the_scope_field(client, project):
    form = page_form(client) | {"shown": "4", "4.scope.level": "town", "4.scope.place": "",
                                "4.scope.among": "", "action": "accept:4"}
    reply = client.post("/inbox/club.yaml", data=form)
    assert not accepted(project)
    field = re.search(r'<div class="field field-scope invalid">(.*?)</div>', reply.text, re.DOTALL)
    assert field, reply.text
    assert "facts/_inbox/club.yaml:" in field[1] and "&#39;town&#39; is not one of" in field[1]
    assert '<option selected>town</option>' in field[1]  # the page shows what the file says


def test_a_place_the_label_does_not_name_is_explained_at_the_label(client, project):
    form = page_form(client) | {"shown": "4", "4.scope.level": "province",
                                "4.scope.place": "Shandong", "4.scope.among": "",
                                "action": "accept:4"}
    reply = client.post("/inbox/club.yaml", data=form)
    assert not accepted(project)
    field = re.search(r'<div class="field field-label invalid">(.*?)</div>', reply.text, re.DOTALL)
    assert field and "the label does not say the figure is about Shandong" in field[1]
    form = page_form(client) | {"shown": "4", "4.label": "Korean banks in Shandong",
                                "action": "accept:4"}
    assert "accepted 1 into" in client.post("/inbox/club.yaml", data=form).text
    [fact] = accepted(project)
    assert fact["scope"] == {"level": "province", "place": "Shandong"}


def test_set_scope_replaces_a_scope_written_over_several_lines():
    block = ('  - review: keep\n    id: a\n    scope:\n      level: country\n      place: China\n'
             '    sources:\n      - seed: "s.txt"\n        quote: "q"\n\n')
    assert set_scope(block, {"level": "world"}) == block.replace(
        "    scope:\n      level: country\n      place: China\n", '    scope: {"level": "world"}\n')
    assert set_scope(block, {}) == block.replace(
        "    scope:\n      level: country\n      place: China\n", "")


def test_a_write_waits_for_another_process_and_then_sees_its_change(client, project):
    """Another process (a second review page, `facts accept`) writes the inbox file while this
    page's POST waits for the lock: the POST then finds the file changed and writes nothing."""
    from test_locks import Holder
    form = page_form(client) | {"shown": "4", "4.label": "Banks", "action": "save"}
    path = inbox_of(project)
    replies = []
    with Holder(project / "facts", str(path), 'label: "Korean banks"', 'label: "Banks here"') as other:
        posting = threading.Thread(target=lambda: replies.append(
            client.post("/inbox/club.yaml", data=form)))
        posting.start()
        posting.join(0.5)
        assert posting.is_alive() and not replies, "the page did not wait for the other writer"
        other.release()
        posting.join(30)
    [reply] = replies
    assert reply.status_code == 409 and "changed since the page was shown" in reply.text
    assert 'label: "Banks here"' in path.read_text(encoding="utf-8")


def test_a_page_that_cannot_get_the_lock_says_so_and_writes_nothing(client, project,
                                                                     monkeypatch):
    from test_locks import Holder

    from briefgen.safety import locks
    monkeypatch.setattr(locks, "WAIT_SECONDS", 0.2)
    before = inbox_of(project).read_bytes()
    form = page_form(client) | {"shown": "0", "action": "reject:0"}
    with Holder(project / "facts"):
        reply = client.post("/inbox/club.yaml", data=form)
    assert reply.status_code == 503 and '<p class="notice conflict" role="status">' in reply.text
    assert "another briefgen process is writing to this folder; nothing was changed" in reply.text
    assert inbox_of(project).read_bytes() == before


@pytest.mark.parametrize("host, warned, answers, refuses", [
    ("127.0.0.1", False, ["127.0.0.1", "localhost"], ["192.0.2.1", "rebind.example"]),
    ("0.0.0.0", True, ["127.0.0.1", "rebind.example"], []),
])
def test_review_listens_on_loopback_unless_told_and_then_warns(run, project, monkeypatch, host,
                                                               warned, answers, refuses):
    """What `briefgen review` serves, on which address and to which host names (the server
    itself is not started)."""
    import uvicorn
    served = []
    monkeypatch.setattr(uvicorn.Server, "run", lambda server: served.append(server.config))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run("--project", project, "review", "--host", host, "--port", port, "--no-browser")
    assert result.exit_code == 0, result.output
    [config] = served
    assert (config.host, config.port) == (host, port)
    assert f"at http://{host}:{port}/" in result.stdout
    assert ("warning: listening on 0.0.0.0: anyone who can reach it can accept and edit facts"
            in result.stderr) == warned
    client = TestClient(config.app, base_url=f"http://127.0.0.1:{port}")
    for name in answers:
        assert client.get("/static/review.css", headers={"host": name}).status_code == 200
    for name in refuses:
        assert client.get("/static/review.css", headers={"host": name}).status_code == 400


def test_a_scope_that_is_not_a_mapping_is_shown_and_kept_as_written(client, project):
    path = inbox_of(project)
    hand = path.read_text(encoding="utf-8").replace('    sources:', '    scope: province\n    sources:', 1)
    path.write_text(hand, encoding="utf-8")
    page = client.get("/inbox/club.yaml").text
    assert re.search(r'id="0\.scope\.level"[^>]*>.*?<option value="province" selected>', page)
    form = page_form(client) | {"shown": "0", "0.label": "Korean firms", "0.scope.level": "province",
                                "0.scope.place": "", "0.scope.among": "", "action": "save"}
    assert "saved" in client.post("/inbox/club.yaml", data=form).text
    assert "    scope: province\n" in path.read_text(encoding="utf-8")  # not touched by the label edit


def test_a_fragment_label_is_not_accepted_unedited_from_the_page_or_by_marking_it_keep(
        client, project, run):
    """A candidate proposed `review: drop` because its label is a fragment of its sentence
    stays in the inbox when the page's accept (or `review: keep` and `facts accept`) leaves the
    label as proposed; once the label is written, it is accepted."""
    path = inbox_of(project)
    text = path.read_text(encoding="utf-8")
    first = re.search(r"^    label: (.*)$", text, re.MULTILINE)
    fragment = "Testcity said Wednesday it"
    text = text.replace(first[0], f'    label: "{fragment}"', 1).replace(
        "    # why review:", f"    # why review: drop until the label is written: {fragment!r} is a "
        "fragment of its sentence; say what the figure measures\n    # was:", 1)
    path.write_text(text, encoding="utf-8")
    reply = client.post("/inbox/club.yaml", data=page_form(client) | {"shown": "0",
                                                                      "action": "accept:0"})
    assert not accepted(project) and "is a fragment of its sentence, as proposed" in reply.text
    assert candidates(project)[0]["label"] == fragment
    result = run("--project", project, "facts", "accept", path)  # marked keep by the page
    assert "as proposed" in result.output and fragment not in [f["label"] for f in accepted(project)]
    assert [c["label"] for c in candidates(project)] == [fragment]
    form = page_form(client) | {"shown": "0", "0.label": "Korean enterprises helped by the club",
                                "action": "accept:0"}
    assert "accepted 1 into" in client.post("/inbox/club.yaml", data=form).text
    assert accepted(project)[-1]["label"] == "Korean enterprises helped by the club"
