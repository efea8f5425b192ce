"""The shipped Qingdao store passes `facts check`: a quote that stops matching its seed fails here."""

from conftest import REPO


def test_shipped_store_is_clean(run):
    result = run("--project", REPO, "facts", "check")
    assert result.exit_code == 0, result.stderr
    assert "resolved conflict" in result.stdout  # conflicts are explicit, with reasons


def test_every_partner_and_sector_has_headlines():
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    store = load_store(load_project(REPO))
    for slug in ("south-korea", "japan", "germany", "sco", "finance", "film", "customs",
                 "ecommerce", "aviation"):
        headlines = [f for f in store.facts if f.subject == slug and f.priority == 1]
        assert 4 <= len(headlines) <= 8, (slug, len(headlines))
