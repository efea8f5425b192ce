"""Untrusted templates are bounded: time, output, the size of any value and of all values made.
Every attempt below (and generated chains of operations) ends in a TemplateError at the
template's line naming the limit, quickly and without taking much memory."""

from __future__ import annotations

import resource
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen import document as d
from briefgen.compose import build_document, sandbox
from briefgen.errors import TemplateError
from stores import korea_store

LIMIT = ("limit", "longer than", "larger than", "adds numbers only", "digits",
         "templates cannot use")

HOSTILE = [
    "{{ ([1] * 10**5) * 10**5 }}",  # list repetition, chained
    "{{ [1] * 10**9 }}",
    "{{ 'a' * 1000000000 }}",
    "{% set a = 'x' * 100000 %}{% set b = a * 10 %}{{ (b * 10) | length }}",
    "{% set x = 'ab' * 50000 %}{{ x ~ x ~ x ~ x ~ x ~ x ~ x ~ x ~ x ~ x ~ x }}",
    "{% set ns = namespace(l=[1]) %}{% for i in range(40) %}{% set ns.l = ns.l + ns.l %}"
    "{% endfor %}{{ ns.l | length }}",
    "{% set ns = namespace(s='ab') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
    "{% endfor %}{{ ns.s | length }}",
    "{% set ns = namespace(s='a' * 1000) %}{% for i in range(10) %}"
    "{% set ns.s = ns.s | replace('a', 'aaaaaaaaaa') %}{% endfor %}{{ ns.s | length }}",
    "{{ 'a' | center(1000000000) }}",
    "{{ ('a\\n' * 100000) | indent(100000) }}",
    "{{ '%1000000000s' | format('a') }}",
    "{{ '%*s' % (1000000000, 'a') }}",
    "{{ '{:>1000000000}'.format('a') }}",
    "{{ '{:{w}}'.format('a', w=1000000000) }}",
    "{{ 'a'.ljust(1000000000) }}",
    "{{ 'a'.zfill(1000000000) }}",
    "{{ ('\\t' * 1000).expandtabs(1000000) }}",
    "{{ ('a' * 100000).replace('a', 'a' * 100000) }}",
    "{{ (',' * 100000).join(['a' * 1000] * 1000) }}",
    "{{ (['a' * 100000] * 100000) | join(',') }}",
    "{{ ([[1] * 100000] * 100000) | sum(start=[]) }}",
    "{{ ((10 ** 1000) ** 1000) ** 1000 }}",
    "{% set ns = namespace(n=10**1000) %}{% for i in range(40) %}{% set ns.n = ns.n * ns.n %}"
    "{% endfor %}{{ ns.n > 0 }}",
    "{{ 2 ** 100000 }}",
    "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
    "{% for i in range(100000) %}{{ 'y' * 100000 }}{% endfor %}",
    "{% set big = 'z' * 1000000 %}{% set ns = namespace(l=[]) %}{% for i in range(100000) %}"
    "{% set ns.l = ns.l + [big ~ i] %}{% endfor %}{{ ns.l | length }}",
    "{% set r = range(100000) | list %}{% for a in r %}{% for b in r %}{% endfor %}{% endfor %}",
    "{{ lipsum(1000000000) }}",
    "{{ (range(100000) | list)[:] * 20 }}",
    # each of these would take 800 MB before its result could be charged
    "{{ ('a' * 100000) | wordwrap(1, true, 'y' * 8000) }}",
    "{{ ('www.a.co ' * 8000) | urlize(target='x' * 100000) }}",
    "{{ [1] | batch(100000000, 0) | list }}",
    "{{ [1] | slice(100000000) | list }}",
    "{{ ('\\t' * 80000).expandtabs(tabsize=10000) }}",
    "{{ ('a' * 100000).translate({97: 'x' * 8000}) }}",
    "{{ (1).to_bytes(800000000, 'big') }}",
    "{{ ('x' * 8000).join(range(100000) | map('string')) }}",
    "{{ 'a'.encode() * 800000000 }}",
]


def render(tmp_path, body: str):
    (tmp_path / "t.md.j2").write_text(f"---\ntitle: X\n---\nIntro\n\n{body}\n", encoding="utf-8")
    return build_document("t.md.j2", korea_store(), template_dirs=[tmp_path], root=tmp_path,
                          subject="south-korea")


@pytest.fixture(autouse=True)
def short_deadline(monkeypatch):
    monkeypatch.setattr(sandbox, "MAX_SECONDS", 1.0)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("body", HOSTILE)
def test_hostile_templates_stop_at_a_limit(tmp_path, body):
    peak, started = _peak_mb(), time.monotonic()
    with pytest.raises(TemplateError) as caught:
        render(tmp_path, body)
    problem = caught.value.problems[0]
    assert (problem.path, problem.line) == ("t.md.j2", 6), str(caught.value)
    assert any(word in problem.message for word in LIMIT) or "undefined" in problem.message, \
        str(caught.value)
    assert time.monotonic() - started < 8
    assert _peak_mb() - peak < 600, "the template took too much memory"


def test_the_time_limit_names_itself(tmp_path):
    with pytest.raises(TemplateError, match=r"t.md.j2:6: .*longer than 1 seconds of processor "
                                            r"time, or 6 on the clock \(the time limit\)"):
        render(tmp_path, "{% for i in range(100000) %}{% for j in range(100000) %}"
                         "{% endfor %}{% endfor %}")


def _busy(seconds: float) -> None:
    """Python code running (the watchdog's error lands between two of its steps)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_a_timeout_caught_on_the_way_comes_again():
    """Code between the template and the sandbox (a filter, Jinja2 itself) may catch the first
    timeout and go on: the watchdog raises it again until the rendering ends."""
    went_on = finished = False
    with pytest.raises(sandbox.TemplateTimeout):
        with sandbox.limited(0.1):
            try:
                _busy(5)
            except sandbox.TemplateTimeout:
                went_on = True
            _busy(5)
            finished = True
    assert went_on and not finished


def test_a_timeout_swallowed_as_the_rendering_ends_still_ends_it():
    swallowed = False
    with pytest.raises(sandbox.TemplateTimeout):
        with sandbox.limited(0.1):
            try:
                _busy(5)
            except sandbox.TemplateTimeout:
                swallowed = True
    assert swallowed
    _busy(0.7)  # no timeout is left pending, nor comes again, once the rendering has ended


def test_the_time_limit_counts_the_rendering_s_processor_time_not_the_clock():
    """A rendering whose thread waits (as on a machine busy with other work, where it is not
    given the processor) is not stopped at the limit's seconds on the clock, only at
    MAX_WALL_FACTOR times them; one that keeps the processor busy is."""
    with sandbox.limited(0.3):
        time.sleep(1.0)  # three times the limit on the clock, almost no processor time
    started = time.monotonic()
    with pytest.raises(sandbox.TemplateTimeout):
        with sandbox.limited(0.1):
            while time.monotonic() - started < 5:
                time.sleep(0.01)
    assert 0.6 <= time.monotonic() - started < 2  # MAX_WALL_FACTOR (6) times 0.1 s
    started = time.process_time()
    with pytest.raises(sandbox.TemplateTimeout):
        with sandbox.limited(0.3):
            _busy(5)
    assert time.process_time() - started < 2


def test_ordinary_templates_are_within_every_limit(tmp_path):
    document = render(tmp_path, "{{ 'ab' * 10 }} {{ '%5s' % 'x' }} {{ '{:>4}'.format(7) }} "
                                "{{ ([1, 2] + [3]) | join }} {{ 2 ** 10 }} {{ 'a' | center(9) }}")
    assert document.blocks


_PIECES = st.sampled_from(["x", "x ~ x", "x * 9", "x + x", "(x | replace('a', 'aaaa'))",
                           "(x | center(x | length * 3))", "(x.ljust(x | length * 5))",
                           "([x] * 5) | join(x)", "'{:>{w}}'.format(x, w=x | length * 4)"])


@settings(max_examples=60, deadline=None)
@given(steps=st.lists(_PIECES, min_size=1, max_size=12))
def test_any_chain_of_growing_operations_stays_bounded(tmp_path_factory, steps):
    """Each step feeds the last one's result to an operation that makes it longer."""
    folder = tmp_path_factory.mktemp("chain")
    body = "{% set ns = namespace(x='ab' * 1000) %}"
    for step in steps:
        body += "{% set x = ns.x %}{% set ns.x = " + step + " %}"
    body += "{{ ns.x | length }}"
    peak = _peak_mb()
    try:
        render(folder, body)
    except TemplateError as error:
        assert any(word in str(error) for word in LIMIT), str(error)
    assert _peak_mb() - peak < 600


# --- images in templates -----------------------------------------------------------------------

def _png(path, size=(60, 40)) -> bytes:
    from PIL import Image
    Image.new("RGB", size, "#C8102E").save(path)
    return path.read_bytes()


def _claiming(path, width: int, height: int) -> None:
    """A small PNG whose header claims another size (a decompression bomb's first bytes)."""
    import struct
    import zlib
    data = bytearray(_png(path))
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    path.write_bytes(bytes(data))


def _figure(tmp_path, name: str):
    return render(tmp_path, f"```figure\nimage: {name}\nalt: A picture\n```")


@pytest.mark.parametrize("make, message", [
    (lambda p: _claiming(p, 30000, 30000), "larger than 4000 pixels a side"),
    (lambda p: _claiming(p, 5000, 100), "is 5000x100 pixels, larger than 4000 a side"),
    (lambda p: p.write_bytes(_png(p, (400, 300))[:300]), "cannot be read as an image"),
    (lambda p: p.write_text("not a picture", encoding="utf-8"), "is not a PNG, JPEG or GIF image"),
    (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 6_000_000), "is larger than 5 MB"),
])
def test_hostile_images_are_refused_cleanly(tmp_path, make, message):
    make(tmp_path / "picture.png")
    with pytest.raises(TemplateError) as caught:
        _figure(tmp_path, "picture.png")
    assert message in str(caught.value) and " at 0x" not in str(caught.value)
    assert caught.value.problems[0].line, str(caught.value)


def test_a_good_image_is_a_figure(tmp_path):
    _png(tmp_path / "picture.png")
    assert _figure(tmp_path, "picture.png").blocks


def test_a_truncated_image_is_refused_with_the_decoder_s_reason(tmp_path):
    _png(tmp_path / "picture.png", (400, 300))
    (tmp_path / "picture.png").write_bytes((tmp_path / "picture.png").read_bytes()[:300])
    with pytest.raises(TemplateError) as caught:
        _figure(tmp_path, "picture.png")
    assert "image 'picture.png' cannot be read as an image (image file is truncated)" in \
        str(caught.value)


def test_an_image_replaced_by_a_broken_one_of_the_same_size_is_checked_again(tmp_path):
    """What was found of an image is remembered while the file is unchanged: its size alone
    does not say so."""
    import os
    path = tmp_path / "picture.png"
    good = _png(path, (400, 300))
    assert _figure(tmp_path, "picture.png").blocks
    path.write_bytes(b"not a picture".ljust(len(good), b"!"))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000_000))
    with pytest.raises(TemplateError) as caught:
        _figure(tmp_path, "picture.png")
    assert "image 'picture.png' is not a PNG, JPEG or GIF image" in str(caught.value)


@pytest.mark.parametrize("size", [(4000, 8), (8, 4000)])
def test_an_image_of_4000_pixels_a_side_is_a_figure_and_one_more_is_refused(tmp_path, size):
    _png(tmp_path / "widest.png", size)
    assert _figure(tmp_path, "widest.png").blocks
    wider = tuple(side + 1 if side == 4000 else side for side in size)
    _png(tmp_path / "wider.png", wider)
    with pytest.raises(TemplateError) as caught:
        _figure(tmp_path, "wider.png")
    assert f"is {wider[0]}x{wider[1]} pixels, larger than 4000 a side" in str(caught.value)


# --- %-formatting widths, counted exactly before formatting ---------------------------------

TOO_WIDE = ("not allowed in a template: formatting would be longer than 1,000,000 characters or items "
            "(the size limit of one value)")


@pytest.mark.parametrize("expression, allowed", [
    ("'%*s' % (999997, 'a')", True),  # the text's 3 characters and the width: the limit exactly
    ("'%*s' % (999998, 'a')", False),
    ("'%*s' % (-999998, 'a')", False),  # a negative width aligns left, as wide
    ("'%999992s' % 'a'", True),  # 8 characters and the width
    ("'%999993s' % 'a'", False),
    ("'%.*s' % (999996, 'a')", True),  # a precision counts as a width
    ("'%.*s' % (999997, 'a')", False),
    ("'%s%*s' % ('a', 999995, 'b')", True),  # each conversion takes its own arguments
    ("'%s%*s' % ('a', 999996, 'b')", False),
    ("'%%%*s' % (999995, 'b')", True),  # %% takes no argument
    ("'%%%*s' % (999996, 'b')", False),
    ("'%(w)999989s' % {'w': 'a'}", True),  # a keyed conversion: 11 characters
    ("'%(w)999990s' % {'w': 'a'}", False),
])
def test_percent_widths_are_counted_exactly(tmp_path, expression, allowed):
    if allowed:
        document = render(tmp_path, "{{ (" + expression + ") | length }}")
        assert document.blocks
        return
    with pytest.raises(TemplateError) as caught:
        render(tmp_path, "{{ " + expression + " }}")
    assert caught.value.problems[0].message == TOO_WIDE, str(caught.value)


_NEARLY_A_MILLION = ("{% set a = 'x' * 99998 %}{% set b = a ~ a ~ a ~ a ~ a ~ a ~ a ~ a ~ a ~ a %}")


def test_joining_with_tilde_is_counted_exactly(tmp_path):
    """`~` counts each text by its length and anything else as 20 characters, before joining:
    999,980 characters and a number make exactly the largest value; a second number is refused."""
    document = render(tmp_path, _NEARLY_A_MILLION + "{{ (b ~ 1) | length }}")
    assert d.plain_text(document.blocks[1].children) == "999981"
    with pytest.raises(TemplateError) as caught:
        render(tmp_path, _NEARLY_A_MILLION + "{{ (b ~ 1 ~ 2) | length }}")
    assert caught.value.problems[0].message == (
        "not allowed in a template: joining text with ~ would be longer than 1,000,000 characters "
        "or items (the size limit of one value)"), str(caught.value)


_SIX_HUNDRED_THOUSAND = "{% set a = 'x' * 100000 %}{% set b = a ~ a ~ a ~ a ~ a ~ a %}"
_NOT_ALLOWED = "not allowed in a template: "
_ONE_VALUE = " would be longer than 1,000,000 characters or items (the size limit of one value)"
_MADE = " is longer than 1,000,000 characters or items (the size limit of one value)"


@pytest.mark.parametrize("expression, printed", [
    ("('ab' * 50000) | length", "100000"),  # exactly the repetition limit
    ("('a' * 0) | length", "0"),
    ("('a' * -3) | length", "0"),
    ("2 * 1.5", "3.0"),  # a number times a number that is not a whole one
    ("2 ** 0", "1"),
])
def test_operations_within_the_limits_are_done(tmp_path, expression, printed):
    document = render(tmp_path, _SIX_HUNDRED_THOUSAND + "{{ " + expression + " }}")
    assert d.plain_text(document.blocks[1].children) == printed


@pytest.mark.parametrize("expression, message", [
    ("'ab' * 50001", "repeating a value would make it longer than 100,000 characters or items "
                     "(the repetition limit)"),
    ("b + b", "joining two values" + _ONE_VALUE),  # refused before it is made
    ("'%s%s' % (b, b)", "the result" + _MADE),  # no width to count: refused once made
    ("'{}{}'.format(b, b)", "formatting" + _MADE),
])
def test_each_operation_over_a_limit_says_which_limit(tmp_path, expression, message):
    with pytest.raises(TemplateError) as caught:
        render(tmp_path, _SIX_HUNDRED_THOUSAND + "{{ (" + expression + ") | length }}")
    assert caught.value.problems[0].message == _NOT_ALLOWED + message, str(caught.value)


@pytest.mark.parametrize("indent, allowed", [
    ("998", True), ("999", False), ("width=998", True), ("width=999", False),
    ("' ' * 998", True), ("' ' * 999", False),  # a text indents by its length
    ("-5", True),
])
def test_indent_is_counted_before_it_runs(tmp_path, indent, allowed):
    """indent's size is bounded before it runs as if every character began a line, and the
    first line too: 1,000 characters and 1,001 indents of 998 make 999,998, within the most a
    value may hold; indents of 999 could make 1,000,999."""
    body = "{{ (('a' * 1000) | indent(" + indent + ")) | length }}"
    if allowed:
        assert d.plain_text(render(tmp_path, body).blocks[1].children) == "1000"
        return
    with pytest.raises(TemplateError) as caught:
        render(tmp_path, body)
    assert caught.value.problems[0].message == _NOT_ALLOWED + "the indent filter" + _ONE_VALUE


@pytest.mark.parametrize("switch", ["true", "on"])  # a constant, or a value known when rendering
def test_tilde_in_an_autoescape_block_escapes_and_takes_plain_values_only(tmp_path, switch):
    start = "{% set on = true %}{% autoescape " + switch + " %}"
    document = render(tmp_path, start + "{{ '<b>' ~ 1 }}{% endautoescape %}")
    assert d.plain_text(document.blocks[1].children) == "&lt;b&gt;1"
    with pytest.raises(TemplateError, match="cannot print a FactStore object"):
        render(tmp_path, start + "{{ '<b>' ~ store }}{% endautoescape %}")


def test_a_number_of_exactly_the_largest_size_is_allowed(tmp_path):
    """The size of a power is known before it is computed: 1,665 bits to the 8th is 13,320
    bits, the limit itself (4,000 digits); one more factor is refused."""
    assert render(tmp_path, "{{ (((2 ** 832) ** 2) ** 8) > 0 }}").blocks
    with pytest.raises(TemplateError, match="a number of more than 4,000 digits"):
        render(tmp_path, "{{ (((2 ** 832) ** 2) ** 9) > 0 }}")


@pytest.mark.parametrize("expression, message", [
    ("'%*s' % ()", "not enough arguments for format string"),  # Python's own refusal, not ours
    ("'%*s' % ('a', 'b')", "* wants int"),
    ("'{:>1000000000}'.format('a')", TOO_WIDE),
    ("'{:.1000000000}'.format('a')", TOO_WIDE),
    ("(((2 ** 832) ** 2) ** 9) > 0", "not allowed in a template: a number of more than 4,000 "
                                     "digits (the size limit of a number)"),
])
def test_formatting_that_cannot_be_done_says_why(tmp_path, expression, message):
    with pytest.raises(TemplateError) as caught:
        render(tmp_path, "{{ " + expression + " }}")
    assert message in caught.value.problems[0].message, str(caught.value)


# --- what comes after the template: Markdown and layout are bounded too -------------------------

@pytest.mark.parametrize("body,message", [
    ("{% for i in range(19) %}{{ 'word ' * 20000 }}\n\n{% endfor %}", "characters in"),
    ("{% for i in range(5000) %}- b{{ i }}\n{% endfor %}", "lines"),
    ("| a | b |\n|---|---|\n{% for i in range(3000) %}| {{ i }} | x |\n{% endfor %}", "lines"),
    ("{% for i in range(2000) %}## h{{ i }}\n\n{% endfor %}", "lines"),
])
def test_markdown_no_page_can_hold_is_refused_before_layout(tmp_path, body, message):
    """Laying these out took from two to more than five minutes before ending in an error."""
    started = time.monotonic()
    with pytest.raises(TemplateError) as caught:
        render(tmp_path, body)
    problem = caught.value.problems[0]
    assert problem.path == "t.md.j2" and problem.line and problem.line >= 6, str(caught.value)
    assert "1 page cannot hold more than 50,000 characters or 400 lines" in problem.message
    assert message in problem.message and time.monotonic() - started < 20


def test_a_document_far_too_long_for_its_pages_is_refused_before_layout(tmp_path, monkeypatch):
    """max_pages: 50 lets the Markdown through; the fitter, asked for one page, refuses at once,
    without laying out a single page."""
    from briefgen.config import Page
    from briefgen.errors import RenderError
    from briefgen.render import fit
    from briefgen.render.fit import fit_laid
    from briefgen.theme import DEFAULT_THEME
    (tmp_path / "t.md.j2").write_text(
        "---\ntitle: X\nmax_pages: 50\n---\n{% for i in range(5000) %}- b{{ i }}\n{% endfor %}\n",
        encoding="utf-8")
    document = build_document("t.md.j2", korea_store(), template_dirs=[tmp_path], root=tmp_path,
                              subject="south-korea")
    monkeypatch.setattr(fit, "measure", lambda *args, **kwargs: pytest.fail("laid out"))
    with pytest.raises(RenderError, match=r"far too long for 1 page") as caught:
        fit_laid(document, DEFAULT_THEME, Page(), max_pages=1)
    assert str(caught.value).startswith("t.md.j2:5: ")


@pytest.mark.parametrize("files,where", [
    ({"t.md.j2": "---\ntitle: X\n---\n{{ " + "(" * 600 + "1" + ")" * 600 + " }}\n"}, "t.md.j2"),
    ({"t.md.j2": "---\ntitle: X\n---\n{% include 't.md.j2' %}\n"}, "t.md.j2:4"),
    ({"t.md.j2": "{% extends 'u.md.j2' %}\n", "u.md.j2": "{% extends 't.md.j2' %}\n"}, ".md.j2:1"),
    ({"t.md.j2": "---\ntitle: X\n---\n{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}\n"},
     "t.md.j2:4"),
])
def test_templates_nested_without_end_are_a_located_error(tmp_path, files, where):
    """Brackets nested 600 deep ended in a RecursionError traceback from Jinja2's parser."""
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(TemplateError, match="nested too deeply") as caught:
        build_document("t.md.j2", korea_store(), template_dirs=[tmp_path], root=tmp_path,
                       subject="south-korea")
    assert where in str(caught.value)


@pytest.mark.parametrize("body", [
    "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
    "{% for i in range(100000) %}{% for j in range(100000) %}{{ j }}{% endfor %}{% endfor %}",
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
])
def test_the_time_limit_always_has_a_line(tmp_path, monkeypatch, body):
    """The watchdog's error could arrive between two chunks of output, outside any template
    frame: it then named the template without a line. (On a fast machine the loops that
    print reach the output limit first: that error must carry the line too.)"""
    monkeypatch.setattr(sandbox, "MAX_SECONDS", 0.2)
    for _ in range(5):  # where it strikes differs from run to run
        with pytest.raises(TemplateError, match=r"time limit|output limit") as caught:
            render(tmp_path, body)
        assert caught.value.problems[0].line == 6, str(caught.value)


def _growing(tmp_path, repeats: int, grows_to: int):
    body = "{% for i in range(" + str(repeats) + ") %}{{ 'x' * 90000 }}\n\n{% endfor %}"
    (tmp_path / "t.md.j2").write_text(f"---\ntitle: X\n---\nIntro\n\n{body}\n", encoding="utf-8")
    return build_document("t.md.j2", korea_store(), template_dirs=[tmp_path], root=tmp_path,
                          subject="south-korea", grows_to=grows_to)


def test_a_document_that_grows_with_its_input_gets_limits_that_grow_with_it(tmp_path):
    """A pack's sources appendix quotes every brief: 2,001 briefs' quotes are more than one
    rendering's 2,000,000 characters. A document that may run to N pages gets as much output
    (and work and time) as N pages hold, and is still stopped beyond that."""
    with pytest.raises(TemplateError, match=r"longer than 2,000,000 characters \(the output limit\)"):
        _growing(tmp_path, 30, grows_to=0)  # 2.7 million characters in one page's limits
    document = _growing(tmp_path, 30, grows_to=60)  # 60 pages hold 3 million
    assert len(document.blocks) >= 31  # the intro and the 30 paragraphs of 90,000 characters
    with pytest.raises(TemplateError, match=r"longer than 4,000,000 characters \(the output limit\)"):
        _growing(tmp_path, 50, grows_to=60)  # 4.5 million: beyond what the 60 pages get
    from briefgen.compose.build import limits_scale
    assert (limits_scale(0), limits_scale(40), limits_scale(41), limits_scale(2_100)) == (1, 1, 2, 53)
