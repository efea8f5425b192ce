from decimal import Decimal

import pytest

from briefgen.facts.model import parse_period
from briefgen.yamlio import loads


def test_yaml_decimals_are_exact():
    data = loads("value: 7.1\nbig: 19.7134\n")
    assert data["value"] == Decimal("7.1")
    assert data["big"] == Decimal("19.7134")


def test_yaml_keeps_lines():
    data = loads("a: 1\nfacts:\n  - id: x\n    label: y\n")
    assert data.line_of("facts") == 2
    assert data["facts"][0].line_of("label") == 4


def test_yaml_rejects_duplicate_keys():
    from briefgen.errors import BriefgenError
    with pytest.raises(BriefgenError, match=r"duplicate key 'a'") as info:
        loads("a: 1\na: 2\n", "f.yaml")
    assert info.value.problems[0].line == 2


@pytest.mark.parametrize("text,kind,start,end", [
    ("2018", "period", "2018", "2018"),
    ("../2019-03", "cumulative", None, "2019-03"),
    ("2019-01/2019-05", "period", "2019-01", "2019-05"),
    ("2018-08/..", "period", "2018-08", None),
])
def test_periods(text, kind, start, end):
    period = parse_period(text)
    assert (period.kind, period.start, period.end) == (kind, start, end)


@pytest.mark.parametrize("bad", ["March 2019", "2019-13", "2019/", "19-03"])
def test_bad_periods(bad):
    with pytest.raises(ValueError):
        parse_period(bad)


def test_store_loads_and_queries(mini):
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    store = load_store(load_project(mini))
    assert store.get("kr.fdi-signed").value == Decimal("30462000000")
    assert [f.id for f in store.find(subject="finance")] == ["kr.banks"]
    assert store.find(subject="korea", metric="growth_yoy")[0].value == Decimal("7.1")
    assert store.entities["club"].members == ("korea",)


def test_json_form_uses_base_units(mini):
    from briefgen.config import load_project
    from briefgen.facts.store import load_store
    fact = load_store(load_project(mini)).get("kr.fdi-signed").to_json()
    assert fact["value"] == 30462000000 and fact["unit"] == "USD"
    assert fact["seed"] == "news.txt" and fact["period"] == "../2019-03"


def test_each_missing_key_is_named_in_its_own_hint(tmp_path):
    """Three keys missing gave three hints all saying `add metric: here`."""
    from briefgen.validate import validate
    from briefgen.yamlio import loads
    data = loads("id: kr.x\nsubject: korea\n", "facts/x.yaml")
    hints = {p.message.split("'")[1]: p.hint for p in validate(data, "fact", "facts/x.yaml")
             if "is required" in p.message}
    assert len(hints) > 1 and all(hint == f"add `{key}:` here" for key, hint in hints.items()), hints
