"""Operations whose result can be much larger than what they are given are sized before they
run (compose/sandbox.py's _FILTER_SIZES and _METHOD_SIZES), exactly: a result of 1,000,000
characters or items, the most a value may hold, is made; one more is refused *before* it is
made. The two refusals read differently ("would be longer" before, "is longer" once made), so
each test below tells a count that is wrong from one that is right."""

from __future__ import annotations

import pytest

from briefgen import document as d
from briefgen.compose import build_document, sandbox
from briefgen.errors import TemplateError
from stores import korea_store

BEFORE = " would be longer than 1,000,000 characters or items (the size limit of one value)"
MADE = " is longer than 1,000,000 characters or items (the size limit of one value)"


def many(text: str, times: int) -> str:
    """`text` repeated `times` times, as a template expression within the repetition limit."""
    step = 100_000 // len(text)
    parts = [f"{text!r} * {min(step, times - done)}" for done in range(0, times, step)]
    return "(" + " ~ ".join(parts) + ")"


@pytest.fixture(scope="module")
def store():
    return korea_store()


# a macro whose output is one character more than a value may hold
MACRO = "{% macro m() %}{% for i in range(10) %}{{ 'x' * 100000 }}{% endfor %}x{% endmacro %}"


def render(tmp_path, store, expression: str, before: str = "") -> str:
    (tmp_path / "t.md.j2").write_text(
        f"---\ntitle: X\n---\nIntro\n\n{before}{{{{ {expression} }}}}\n", encoding="utf-8")
    document = build_document("t.md.j2", store, template_dirs=[tmp_path], root=tmp_path,
                               subject="south-korea")
    return d.plain_text(document.blocks[1].children)


def refusal(tmp_path, store, expression: str) -> str:
    with pytest.raises(TemplateError) as caught:
        render(tmp_path, store, expression, MACRO)
    problem = caught.value.problems[0]
    assert (problem.path, problem.line) == ("t.md.j2", 6), str(caught.value)
    return problem.message.removeprefix("not allowed in a template: ")


# an expression whose advance count is the limit exactly, the length of what it makes (the
# count is exact for most; a bound for wordwrap, urlize, urlencode and format); the same
# expression counted one over, and the operation its refusal names
EXACT = [
    # filters
    ("'a' | center(1000000)", 1000000, "'a' | center(1000001)", "the center filter"),
    ("('a' * 1000) | wordwrap(5, true, 'x' * 999)", 1000 + 199 * 999,
     "('a' * 1000) | wordwrap(5, true, 'x' * 1000)", "the wordwrap filter"),
    (many("a ", 250000) + " | wordwrap(1)", 499999,
     "(" + many("a ", 250000) + " ~ 'b') | wordwrap(1)",
     "the wordwrap filter"),  # a line break a character
    ("('a' * 10000) | urlize", 10000, "('a' * 10001) | urlize", "the urlize filter"),
    ("('a' * 9523) | urlize(rel='x')", 9523, "('a' * 9524) | urlize(rel='x')", "the urlize filter"),
    ("('a' * 9523) | urlize(target='x')", 9523, "('a' * 9524) | urlize(target='x')",
     "the urlize filter"),
    ("('a' * 1000) | replace('a', 'b' * 1000)", 1000000,
     "('a' * 1000) | replace('a', 'b' * 1001)", "the replace filter"),
    ("('a' * 100) | replace('', 'b' * 9900)", 1000000, "('a' * 100) | replace('', 'b' * 9901)",
     "the replace filter"),
    ("'%999992s' | format('a')", 999992, "'%999993s' | format('a')", "the format filter"),
    ("'%(w)999989s' | format(w='a')", 999989, "'%(w)999990s' | format(w='a')",
     "the format filter"),
    (many('"', 200000) + " | e", 1000000, many('"', 200001) + " | e", "the e filter"),
    (many('"', 200000) + " | escape", 1000000, many('"', 200001) + " | escape",
     "the escape filter"),
    (many('"', 200000) + " | forceescape", 1000000, many('"', 200001) + " | forceescape",
     "the forceescape filter"),
    ("('\U0001F600' * 83333) | urlencode", 999996, "('\U0001F600' * 83334) | urlencode",
     "the urlencode filter"),  # 4 bytes, each %XX
    (many("*", 500000) + " | md", 1000000, many("*", 500001) + " | md", "the md filter"),
    (many("'", 499999) + " | yaml", 1000000, many("'", 500000) + " | yaml", "the yaml filter"),
    # methods of a text
    ("'a'.center(1000000)", 1000000, "'a'.center(1000001)", "str.center()"),
    ("'a'.ljust(1000000)", 1000000, "'a'.ljust(1000001)", "str.ljust()"),
    ("'a'.rjust(1000000)", 1000000, "'a'.rjust(1000001)", "str.rjust()"),
    ("'1'.zfill(1000000)", 1000000, "'1'.zfill(1000001)", "str.zfill()"),
    ("('\t' * 1000).expandtabs(1000)", 1000000, "('\t' * 1000).expandtabs(1001)",
     "str.expandtabs()"),
    ("('\t' * 1000).expandtabs(tabsize=1000)", 1000000,
     "('\t' * 1000).expandtabs(tabsize=1001)", "str.expandtabs()"),
    (f"('\\t' * 100000 ~ {many('a', 200000)}).expandtabs()", 1000000,
     f"('\\t' * 100000 ~ {many('a', 200001)}).expandtabs()", "str.expandtabs()"),  # 8 a tab
    ("('a' * 1000).replace('a', 'b' * 1000)", 1000000,
     "('a' * 1000).replace('a', 'b' * 1001)", "str.replace()"),
    ("('a' * 100).replace('', 'b' * 9900)", 1000000, "('a' * 100).replace('', 'b' * 9901)",
     "str.replace()"),
    (many("x", 999998) + ".join(['a', 'b'])", 1000000, many("x", 999999) + ".join(['a', 'b'])",
     "str.join()"),
    (many("x", 999998) + ".join(['a', 'b'] | map('upper'))", 1000000,
     many("x", 999999) + ".join(['a', 'b'] | map('upper'))", "str.join()"),
    ("('a' * 1000).translate({97: 'x' * 1000})", 1000000,
     "('a' * 1000).translate({97: 'x' * 1001})", "str.translate()"),
    ("('a' * 1000).translate(['y'] * 97 + ['x' * 1000])", 1000000,
     "('a' * 1000).translate(['y'] * 97 + ['x' * 1001])", "str.translate()"),
]


@pytest.mark.parametrize("exact, length, over, what", EXACT,
                         ids=[f"{what} {i}" for i, (_, _, _, what) in enumerate(EXACT)])
def test_the_largest_result_is_made_and_one_more_refused_before_it_is(tmp_path, store, exact,
                                                                        length, over, what):
    assert render(tmp_path, store, f"({exact}) | length") == str(length)
    assert refusal(tmp_path, store, f"({over}) | length") == what + BEFORE


@pytest.mark.parametrize("expression, printed", [
    ("('a' * 1000) | center(5) | length", "1000"),  # never narrower than the text
    ("('a' * 1000).ljust(5) | length", "1000"),
    ("('a' * 1000) | replace('a', '') | length", "0"),  # a shorter replacement shrinks it
    (many("a", 500001) + ".translate({}) | length", "500001"),  # no mapping: each one once
    (many("a", 500001) + ".translate({97: 98}) | length", "500001"),  # to a number: one
    ("'-'.join(['a', 'b'] | map('upper'))", "A-B"),  # an iterator, read once and joined
    (many("x", 999999) + ".join(['ab'] | map('upper'))", "AB"),  # one item: no separator
    ("([1] | batch(2000000) | list | first) | length", "1"),  # nothing to fill up with
    ("([1] | batch(1000, 0) | list | first) | length", "1000"),
    ("([1, 2, 3] | slice(2) | list) | length", "2"),
    ("[1, 2] | sum(start=3)", "6"),
    ("7 % 3", "1"),  # % of numbers is no formatting: nothing to count
    ("{'a': 'b c'} | urlencode", "a=b+c"),  # a mapping: charged once made
    ("([('a', 'b')] * 90000) | urlencode | length", "359999"),  # 90,000 pairs, not characters
    ("(('a' * 1000) | replace('a', 'bb', 2)) | length", "1002"),
])
def test_results_within_the_limits_are_made(tmp_path, store, expression, printed):
    assert render(tmp_path, store, expression) == printed


@pytest.mark.parametrize("expression, message", [
    ("[1] | batch(1000001, 0)", "the batch filter" + BEFORE),
    ("'%*s' | format(1000001, 'a')", "the format filter" + BEFORE),  # a width given with *
    ("[1] | slice(1000001)", "the slice filter" + BEFORE),
    ("[[1]] | sum(start=[])", "the sum filter adds numbers only"),
    ("[[1]] | sum(none, [])", "the sum filter adds numbers only"),
    ("['a'] | sum(start='')", "the sum filter adds numbers only"),
    ("[(1,)] | sum(start=())", "the sum filter adds numbers only"),
    ("(1).to_bytes(1000001, 'big')", "int.to_bytes()" + BEFORE),
    ("(1).to_bytes(length=1000001)", "int.to_bytes()" + BEFORE),
    ("(1).to_bytes(8, 'big')", "to_bytes() returns a bytes, which templates cannot use"),
    ("'a'.encode()", "encode() returns a bytes, which templates cannot use"),
    # operations whose size is not counted in advance are charged once made
    (many("ß", 600000) + ".upper()", "upper()" + MADE),  # each ß becomes SS
    (many("a", 999999) + " | pprint", "the pprint filter's result" + MADE),  # quoted
    ("m()", "m()" + MADE),  # a macro: its output, once made
])
def test_what_would_be_too_large_is_refused_before_it_is_made(tmp_path, store, expression,
                                                                message):
    assert refusal(tmp_path, store, expression) == message


@pytest.mark.parametrize("expression, message", [
    ("'a' | center('x')", "'str' object cannot be interpreted as an integer"),
    ("'a'.ljust('x')", "'str' object cannot be interpreted as an integer"),
    ("'a'.ljust()", "ljust expected at least 1 argument, got 0"),
    ("'a' | indent(none)", "can't multiply sequence by non-int of type 'NoneType'"),
])
def test_arguments_of_the_wrong_kind_are_refused_by_the_operation_itself(tmp_path, store,
                                                                         expression, message):
    assert message in refusal(tmp_path, store, expression)


# 2 ** 13318 (13,319 bits), made by * and ** within their advance counts
_NEARLY = "{% set a = (2 ** 1000) ** 6 * 2 ** 659 %}{% set b = a * a %}{% set c = b + b %}"


def test_a_number_made_without_an_advance_count_is_checked_once_made(tmp_path, store):
    """`+` of two numbers is not counted in advance: its result is refused once made when it has
    more than 13,320 bits (4,000 digits), and allowed with exactly 13,320."""
    assert render(tmp_path, store, "c > 0", _NEARLY) == "True"  # 13,320 bits
    with pytest.raises(TemplateError) as caught:
        render(tmp_path, store, "(c + c) > 0", _NEARLY)
    assert caught.value.problems[0].message == (
        "not allowed in a template: a number of more than 4,000 digits (the size limit of a number)")


def test_a_size_below_zero_does_not_lower_the_memory_budget(monkeypatch):
    """A negative width or count makes nothing: charged as nothing, not as a refund."""
    monkeypatch.setattr(sandbox, "MAX_WORK", 100)
    with sandbox.limited():
        sandbox.allow(-50)
        sandbox.allow(100)
        with pytest.raises(sandbox.TemplateLimit, match=r"^the template made more than 100 "
                           r"characters or items in all \(the memory limit\)$"):
            sandbox.allow(1)


def test_a_value_made_is_charged_to_the_budget_by_its_size(monkeypatch):
    monkeypatch.setattr(sandbox, "MAX_WORK", 10)
    with sandbox.limited():
        assert sandbox.charge("abcde") == "abcde"
        assert sandbox.charge([1, 2, 3, 4, 5]) == [1, 2, 3, 4, 5]
        with pytest.raises(sandbox.TemplateLimit, match="the memory limit"):
            sandbox.charge(True)  # anything else counts as 1
    with sandbox.limited():  # a new rendering starts afresh
        sandbox.charge(10 ** 9)  # 10 digits
        with pytest.raises(sandbox.TemplateLimit, match="the memory limit"):
            sandbox.charge(1)


def test_outside_a_rendering_only_the_size_of_one_value_is_checked(monkeypatch):
    monkeypatch.setattr(sandbox, "MAX_WORK", 10)
    sandbox.allow(1_000_000)
    sandbox.allow(1_000_000)
    with pytest.raises(sandbox.TemplateLimit, match=r"^a value would be longer than 1,000,000 "):
        sandbox.allow(1_000_001)
    with pytest.raises(sandbox.TemplateLimit, match=r"^a value is longer than 1,000,000 "):
        sandbox.charge("a" * 1_000_001)


@pytest.mark.parametrize("value, size", [
    ("abc", 3), (b"ab", 2), ([1, 2], 2), ((1,), 1), ({1: 2}, 1), ({1, 2, 3}, 3),
    (frozenset({1}), 1), (0, 1), (9, 2), (99, 3), (1023, 4), (2 ** 20, 7), (-(2 ** 20), 7),
    (True, 1), (1.5, 1), (None, 1),
])
def test_the_size_of_a_value(value, size):
    """Characters, items, or a number's digits, estimated from its bits (3 digits for every
    10 bits, and one more)."""
    assert sandbox.size_of(value) == size


# --- the output of a rendering -----------------------------------------------------------------

def _marker(line: int) -> str:
    return f"\x020\x1f{line}\x03"


def test_the_output_may_hold_as_many_characters_as_the_limit(monkeypatch):
    monkeypatch.setattr(sandbox, "MAX_OUTPUT", 10)
    assert sandbox.limit_output(iter(["abcd", "efghij"])) == "abcdefghij"
    with pytest.raises(sandbox.TemplateLimit) as caught:
        sandbox.limit_output(iter(["abcd", "efghijk", "never read"]))
    assert str(caught.value) == \
        "the template's output is longer than 10 characters (the output limit)"


def test_the_last_line_output_is_known_when_a_limit_strikes_between_chunks():
    def chunks():
        yield "intro " + _marker(4) + "a" + _marker(6)
        yield "b"
        raise sandbox.TemplateTimeout()

    with pytest.raises(sandbox.TemplateTimeout):
        with sandbox.limited():
            sandbox.limit_output(chunks())
    assert sandbox.last_line_output() == (0, 6)
    with sandbox.limited():  # a new rendering knows no line until it outputs one
        assert sandbox.last_line_output() is None
        assert sandbox.limit_output(iter(["x" + _marker(12) + _marker(13), "y"])) == \
            "x" + _marker(12) + _marker(13) + "y"
        assert sandbox.last_line_output() == (0, 13)


@pytest.mark.parametrize("name, value, arguments", [
    ("batch", [1, 2], {"linecount": 5, "fill_with": None}),  # nothing to fill the last batch with
    ("sum", [1, 2], {"start": 0}),
    ("urlencode", {"a": "b"}, {}),  # a mapping: counted once encoded
])
def test_what_a_filter_makes_no_more_of_is_counted_as_nothing_in_advance(name, value, arguments):
    """Nothing is charged to the memory budget in advance for these (their result is, once made)."""
    assert sandbox._FILTER_SIZES[name](value, arguments) == 0


def test_lipsum_which_makes_text_from_a_number_is_gone(tmp_path, store):
    assert refusal(tmp_path, store, "lipsum(1)") == "undefined variable 'lipsum'"
