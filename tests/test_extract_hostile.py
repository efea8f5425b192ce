"""Hostile texts: a 100 KB line with no spaces after its full stops, a number of 50,000 digit
groups, a list of thousands of names or a sentence of hundreds of figures is read in a number of
steps that grows with the text, not with its square."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from briefgen.facts.extract import candidates
from briefgen.facts.extract.candidates import extract
from briefgen.facts.inbox import suggest

HOSTILE = {  # each took minutes before its pattern was bounded; each takes well under a second now
    "no spaces after full stops": '"a.B.c.D." * 40_000',
    "digit groups with no end": '"Qingdao trade was " + "1," * 150_000 + "000 yuan."',
    "digits and full stops": '"1." * 150_000',
    "names with no 'and'": '", ".join(["Japan", "South Korea"] * 15_000) + " reached 5 billion yuan"',
    "fields with no 'and'": '"Exports to " + "farming, " * 30_000 + "rose 5%"',
    # a registered firm's name with no "Co., Ltd." after it, a city before every comma
    "firm names with no end": '"Shandong Haoduobao Supply-Chain " * 10_000',
    "cities before commas": '"Weihai, Shandong Weihai, " * 12_000',
    "spread with no place": '"replicated and promoted by national " * 8_000',
}


def test_the_whole_text_patterns_read_hostile_texts_in_linear_time():
    """The patterns every text is scanned with whole (who reports a figure, examples, lists of
    names, noise such as e-mail addresses) on 300 KB of each hostile text: a pattern that tries
    again from every character reads the text's square (hours); the bounded ones a few times it.
    Run apart, so a pattern that backtracks fails the test instead of hanging the suite."""
    script = textwrap.dedent(f"""
        from briefgen.facts.extract import candidates, noise, scope
        for name, made in {HOSTILE!r}.items():
            print(name, flush=True)
            text = eval(made)
            scope.not_subjects(text), scope.sources(text), noise.NoiseSpans(text)
            scope.name_lists(text, 0, len(text)), list(candidates._FIELD_LIST.finditer(text))
        print("done")
    """)
    try:
        run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                             timeout=120)
    except subprocess.TimeoutExpired as stuck:
        raise AssertionError(f"still reading after 120 s: {stuck.stdout!r}") from None
    assert run.returncode == 0 and run.stdout.endswith("done\n"), run.stderr


def test_a_word_longer_than_any_prose_is_read_in_linear_time():
    """"Korea-Shandong-Korea-…" as one word of 150 KB: the name patterns read it as one long name
    and went back over it from every capital (minutes); blanked, the whole extraction takes about
    a second, with the project's province set too. Run apart, so that a pattern that backtracks
    fails the test instead of hanging the suite."""
    script = textwrap.dedent("""
        from briefgen.facts.extract.candidates import extract
        for joined in ("Korea-Shandong-", "Korea's'Shandong", "Korea&Shandong&", "Korea_Shandong_", "KoreaShandong"):
            found = extract("The " + joined * 10_000 + " Japan trade rose 5 percent.", source="h.txt",
                            province="Shandong")
            assert [c.as_written for c in found] == ["5 percent"], found
        print("done")
    """)
    try:
        run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        raise AssertionError("still reading after 60 s") from None
    assert run.returncode == 0 and run.stdout.endswith("done\n"), run.stderr


def test_no_figure_is_read_out_of_a_web_address_s_endless_slug():
    text = "Exports rose 5 percent, see https://a.cn/" + "qingdao-korea-trade-5-percent-" * 12 + "."
    assert [c.as_written for c in extract(text, source="h.txt")] == ["5 percent"]


def test_prose_keeps_its_hyphens_and_apostrophes():
    text = "The Qingdao-Shanghai line's ships carried 5,000 TEUs of Korea-bound cargo."
    assert candidates._with_endless_words_blanked(text) == text
    long_name = "-".join(["Korea"] * 49) + "-Shand"  # 299 characters: long, but no endless word
    assert candidates._with_endless_words_blanked(long_name) == long_name
    assert candidates._with_endless_words_blanked(long_name + "o").strip() == ""


class Counting:
    """A pattern that counts its matches tried."""

    def __init__(self, pattern, tally: list[int]):
        self.pattern, self.tally = pattern, tally

    def match(self, *args):
        self.tally[0] += 1
        return self.pattern.match(*args)


def test_the_grades_of_a_clause_are_looked_for_once_not_once_per_figure(monkeypatch):
    tally = [0]
    monkeypatch.setattr(candidates, "_GRADE", Counting(candidates._GRADE, tally))
    text = "Qingdao exports rose " + " ".join(f"{n}%" for n in range(1, 301)) + " in 2020.\n"
    found = extract(text, source="hostile.txt", aliases={"Qingdao": "qingdao"}, kinds={"qingdao": "city"})
    assert len(found) == 300
    assert tally[0] < 3 * 300  # it was 300 per figure: 90,000


def test_where_a_figure_is_in_its_quote_is_found_once_per_figure(monkeypatch):
    lowered = [0]

    class Quote(str):  # counts the characters lowered
        def __getitem__(self, key):
            return Lowering(str.__getitem__(self, key))

    class Lowering(str):
        def lower(self):
            lowered[0] += len(self)
            return str.lower(self)

    quote = Quote(" ".join(f"{n}%" for n in range(1, 301)))
    suggest._position.cache_clear()
    for n in range(1, 301):
        at = quote.index(f" {n}%") + 1 if n > 1 else 0
        figure = candidates.Candidate(value=n, unit="percent", as_written=f"{n}%", quote=quote,
                                      source="hostile.txt", offset=at, line=1, kind="percent")
        for _ in range(6):  # each suggestion asks
            assert suggest._at(figure, "rose " + str.__getitem__(quote, slice(0, at))) == at
    assert lowered[0] < 300 * 300 * 2  # the whole quote before each occurrence was lowered: 10 ** 8


class CountingSearch:
    """A pattern that counts its searches."""

    def __init__(self, pattern, tally: list[int]):
        self.pattern, self.tally = pattern, tally

    def search(self, *args):
        self.tally[0] += 1
        return self.pattern.search(*args)


def test_the_years_an_annual_rate_runs_between_are_looked_for_once_per_sentence(monkeypatch):
    """A sentence of hundreds of rates "a year" ("5 percent annually from 1 in 2011, …") was
    searched whole for its "from … to …" once per rate: its length squared."""
    tally = [0]
    monkeypatch.setattr(candidates, "_FROM_YEAR_TO_YEAR", CountingSearch(candidates._FROM_YEAR_TO_YEAR, tally))
    text = "Qingdao exports rose " + ", ".join(f"{n} percent annually from 1 in 2011" for n in range(1, 301)) + ".\n"
    found = extract(text, source="hostile.txt", aliases={"Qingdao": "qingdao"}, kinds={"qingdao": "city"})
    assert sum(c.unit == "percent" for c in found) == 300
    assert tally[0] < 20  # once per sentence, a dozen pieces of at most a hundred figures; it was one per rate: 300


def test_the_words_before_a_time_phrase_are_read_once_not_once_per_figure_of_its_sentence(monkeypatch):
    """Whether a year dates a level compared with ("from the amount in 2011") was asked again for
    every figure of the sentence: a sentence of hundreds of years and figures, its length squared."""
    tally = [0]
    monkeypatch.setattr(candidates, "_COMPARED_LEVEL", CountingSearch(candidates._COMPARED_LEVEL, tally))
    text = "Qingdao exports rose " + ", ".join(f"{n} percent in {1900 + n}" for n in range(1, 121)) + ".\n"
    found = extract(text, source="hostile.txt", aliases={"Qingdao": "qingdao"}, kinds={"qingdao": "city"})
    assert sum(c.unit == "percent" for c in found) == 120
    assert tally[0] < 3 * 120  # it was one per figure and year: over 10,000


def test_what_is_named_since_the_city_is_read_over_a_bounded_reach_not_back_to_its_naming(monkeypatch):
    """The city named once, then a thousand figures naming nothing: each asked what was named
    since the city's naming, reading back to it (10 s for 1,000 figures, 135 s for 4,000)."""
    read = [0]

    class Reading:
        def __init__(self, pattern):
            self.pattern = pattern

        def search(self, text, start, end):
            read[0] += end - start
            return self.pattern.search(text, start, end)

    monkeypatch.setattr(candidates, "_SOMEWHERE_ELSE", Reading(candidates._SOMEWHERE_ELSE))
    text = "Qingdao opened a centre.\n\nThe talks went well.\n\n" + " ".join(
        f"The line runs {n} kilometres." for n in range(1000))
    found = extract(text, source="hostile.txt", aliases={"Qingdao": "qingdao"}, kinds={"qingdao": "city"})
    assert len(found) == 1000
    assert read[0] < 1000 * (candidates._UNNAMED_REACH + 200)  # it was the text's length each: 1.5e7


def test_a_text_dense_with_figures_is_cut_into_sentences_of_a_hundred_figures_at_most():
    """A sentence's figures are checked against each other: "1 1 1 …" (a thousand figures in 2 KB,
    no full stop) held a thousand in one sentence, a million checks; "1'0001'000…" as many."""
    from briefgen.facts.extract.sentences import MAX_FIGURES, Sentences

    for text, width in (("1 " * 1000, 2), ("1'000" * 1000, 5)):
        figures = [(at, at + width - (width == 2)) for at in range(0, len(text), width)]
        pieces = Sentences(text, figures).sentences
        assert max(sum(1 for start, _ in figures if p.start <= start < p.end) for p in pieces) <= MAX_FIGURES
        assert not any(start < p.start < end or start < p.end < end for p in pieces for start, end in figures)


def test_a_title_line_s_rounded_figure_is_looked_for_once_per_unit_and_decimals(monkeypatch):
    """Whether a title line rounds a body figure ("28% rise" for "27.73 percent") was asked of
    every body figure for every such line: thousands of each, their product (35 s on 200 KB)."""
    tally = [0]
    decimals = candidates._decimals

    def counting(value):
        tally[0] += 1
        return decimals(value)

    monkeypatch.setattr(candidates, "_decimals", counting)
    text = "\n".join(f"Exports up {n} pct\nSales rose {n}.{n % 97 + 3} percent in the year." for n in range(300))
    found = extract(text, source="hostile.txt", aliases={"Qingdao": "qingdao"}, kinds={"qingdao": "city"})
    assert len(found) == 600
    assert tally[0] < 3 * 600  # it was one per line and body figure: 90,000


def test_the_partners_a_paragraph_of_share_prices_names_are_read_once_not_once_per_price(monkeypatch):
    """A price of one share skips the partners its paragraph names (where the shares trade): a
    paragraph of hundreds of prices listed them all for each, and each of its mentions was then
    checked against all of them (160 s on 100 KB)."""
    tally = [0]
    a_partner = candidates._Context._a_partner

    def counting(self, mention):
        tally[0] += 1
        return a_partner(self, mention)

    monkeypatch.setattr(candidates._Context, "_a_partner", counting)
    text = "The price was HK$4.68 a share in Hong Kong. " * 400
    found = extract(text, source="hostile.txt", aliases={"Qingdao": "qingdao", "Hong Kong": "hong-kong"},
                    kinds={"qingdao": "city", "hong-kong": "country"})
    assert len(found) == 400 and not any(c.subject == "hong-kong" for c in found)
    assert tally[0] < 20 * 400  # it was every mention of the paragraph for each price: 160,000


def test_a_paragraph_of_a_thousand_sentences_opening_on_it_is_read():
    """Each "It has …" goes back to the sentence before it, and that one to its own: walked, not
    recursed, so a long paragraph of them does not exceed the recursion limit and lose the text
    (a run is followed back 50 sentences: what comes later names no one)."""
    text = "Testcity drew foreign investment. " + "It has 5 parks. " * 1_500
    rows = extract(text, source="t.txt", aliases={"Testcity": "testcity", "foreign investment": "investment"},
                   kinds={"testcity": "city", "investment": "sector"})
    assert len(rows) == 1_500 and {c.subject for c in rows[:50]} == {"investment"}
