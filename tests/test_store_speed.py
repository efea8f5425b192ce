"""The shortcuts that make a large store load fast change no result: the quick schema check
(conforms) never passes what jsonschema refuses, and reading fact files in parallel gives the
same facts and problems, in the same order, as reading them one by one."""

from __future__ import annotations

import shutil
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.conforms import conforms
from briefgen.validate import validate
from conftest import REPO

_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 5), st.decimals(allow_nan=True, places=2),
    st.floats(allow_nan=False, width=32), st.text(max_size=6),
    st.sampled_from(["", "korea", "kr.x", "USD", "count", "2019-03", "../2019-03", "Korea",
                     "more_than", "point", "#0B3C5D", "A4", "x\n", "news.txt"]))
_KEYS = st.sampled_from(["id", "subject", "metric", "label", "value", "unit", "as_written",
                         "period", "period_kind", "priority", "related", "tags", "sources",
                         "seed", "quote", "text", "preferred", "facts", "city", "slug", "name",
                         "kind", "partners", "metrics", "units", "seeds", "title", "outlet",
                         "date", "description", "page", "size", "margins_mm", "top", "brand",
                         "primary", "file_name", "subjects", "bogus"])
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(_KEYS, inner, max_size=5)), max_leaves=8)
_VALID_FACT = {"id": "kr.x", "subject": "korea", "metric": "count", "label": "Projects",
               "value": 3, "unit": "count", "counted": "projects", "as_written": "3",
               "period": "2019", "priority": 1, "sources": [{"seed": "a.txt", "quote": "3"}]}


def _agrees(data, key: str) -> None:
    if conforms(data, key):
        assert validate(data, key, "x.yaml") == [], data


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["fact", "fact_file", "entities", "metrics", "seed_index", "config",
                        "pack"]), st.dictionaries(_KEYS, _VALUES, max_size=8))
def test_conforms_never_passes_what_jsonschema_refuses(key, data):
    _agrees(data, key)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(_KEYS, _VALUES, max_size=3), st.lists(_KEYS, max_size=2))
def test_conforms_on_near_valid_facts(changes, dropped):
    fact = {**_VALID_FACT, **changes}
    for key in dropped:
        fact.pop(key, None)
    _agrees(fact, "fact")


def test_conforms_passes_the_valid_facts_of_the_shipped_store():
    from briefgen.config import load_project
    from briefgen.facts.store import fact_files
    from briefgen.yamlio import load
    project = load_project(REPO)
    facts = [raw for path in fact_files(project.path("facts")) for raw in load(path)["facts"]]
    assert facts and all(conforms(raw, "fact") for raw in facts)
    assert conforms({**_VALID_FACT, "value": Decimal("2.5")}, "fact")
    assert not conforms({**_VALID_FACT, "priority": True}, "fact")  # bool is no integer
    assert not conforms({**_VALID_FACT, "subject": "korea\n"}, "fact")


def test_parallel_reading_gives_the_same_store_and_problems(mini, monkeypatch):
    from briefgen.config import load_project
    from briefgen.facts import store as store_module
    facts = mini / "facts"
    for number in range(6):  # several files, one of them broken, one with a duplicate id
        shutil.copy(facts / "korea.yaml", facts / f"copy{number}.yaml")
        text = (facts / f"copy{number}.yaml").read_text()
        if number != 3:
            text = text.replace("id: kr.", f"id: kr{number}.")
        (facts / f"copy{number}.yaml").write_text(text)
    (facts / "broken.yaml").write_text("facts:\n  - id: [unclosed\n")
    project = load_project(mini)
    serial_store, serial_problems = store_module.read_store(project)
    monkeypatch.setattr(store_module, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(store_module, "_cores", lambda: 2)
    parallel_store, parallel_problems = store_module.read_store(project)
    assert parallel_store.facts == serial_store.facts and len(serial_store.facts) == 42
    assert parallel_problems == serial_problems and len(serial_problems) > 5


# --- the store kept between runs (facts/store_cache.py) ----------------------------------------

def _load(root):
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    return load_store(load_project(root))


def test_an_unchanged_store_is_read_back_not_loaded_again(mini, cold_cache, monkeypatch):
    from briefgen.facts import store as store_module
    first = _load(mini)
    assert (cold_cache / "store.pickle").is_file()
    monkeypatch.setattr(store_module, "read_store", lambda project: 1 / 0)  # must not be called
    again = _load(mini)
    assert [(f.id, f.value, f.sources) for f in again.facts] == \
        [(f.id, f.value, f.sources) for f in first.facts]
    assert again.find("korea") and again.get("kr.fdi-signed").value == Decimal("30462000000")


def test_an_edited_fact_file_is_loaded_afresh(mini):
    _load(mini)
    facts = mini / "facts" / "korea.yaml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text.replace("label: Signed investment", "label: Signed investmenT"),
                     encoding="utf-8")  # same size, maybe the same modification time
    assert _load(mini).get("kr.fdi-signed").label == "Signed investmenT"


def test_an_edited_seed_is_verified_again(mini):
    import pytest

    from briefgen.errors import FactError
    _load(mini)
    seed = mini / "seeds" / "news.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("12,930 projects", "12,931 projects"),
                    encoding="utf-8")
    with pytest.raises(FactError, match="kr.fdi-signed"):
        _load(mini)


def test_a_store_with_problems_is_not_kept_and_a_damaged_one_is_ignored(mini, cold_cache):
    import pytest

    from briefgen.errors import FactError
    facts = mini / "facts" / "korea.yaml"
    good = facts.read_text(encoding="utf-8")
    facts.write_text(good.replace("unit: USD", "unit: dollars", 1), encoding="utf-8")
    with pytest.raises(FactError):
        _load(mini)
    assert not (cold_cache / "store.pickle").exists()
    facts.write_text(good, encoding="utf-8")
    _load(mini)
    (cold_cache / "store.pickle").write_bytes(b"\x80\x05 damaged")
    assert _load(mini).get("kr.fdi-signed").unit == "USD"
