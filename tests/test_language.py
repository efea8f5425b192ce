"""Language editions: figures, dates and periods in Chinese (CLDR through Babel), the message
catalogues, and `briefgen translations check`."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from briefgen.errors import ConfigError
from briefgen.facts.model import parse_period
from briefgen.language import cldr, language
from briefgen.language.catalog import Catalog, read_catalog
from briefgen.language.edition import Edition, load_edition
from briefgen.language.words import WORDS, fields


@pytest.fixture(scope="module")
def zh(tmp_path_factory):
    return load_edition(language("zh"), tmp_path_factory.mktemp("project"))


@pytest.mark.parametrize("value, currency, qualifier, expected", [
    ("25400000000", "USD", None, "254亿美元"),
    ("1259000000", "CNY", None, "12.59亿元"),
    ("30462000000", "USD", "more_than", "超过304.62亿美元"),
    ("500000", "EUR", None, "50万欧元"),
    ("9500", "HKD", "about", "约9,500港元"),
    ("1200000000000", "CNY", None, "1.2万亿元"),
    ("-19713400000", "USD", None, "\u2212197.13亿美元"),
])
def test_money_in_chinese_scales_by_wan_and_yi(zh, value, currency, qualifier, expected):
    assert cldr.money(zh, Decimal(value), currency, qualifier) == expected


def test_counts_are_scaled_only_from_a_hundred_thousand(zh):
    assert cldr.count(zh, Decimal(12930), counted="个项目") == "12,930个项目"
    assert cldr.count(zh, Decimal(1200000)) == "120万"
    assert cldr.count(zh, Decimal(60), "more_than") == "超过60"
    assert cldr.quantity(zh, Decimal("10.6"), "km2") == "10.6平方公里"
    assert cldr.quantity(zh, Decimal("500"), "mu") == "500亩"
    assert cldr.quantity(zh, Decimal("1200000"), "t") == "120万吨"


def test_percentages_ranks_and_multipliers(zh):
    assert cldr.percent(zh, Decimal("7.1")) == "7.1%"
    assert cldr.percent(zh, Decimal("-5.9"), signed=True) == "\u22125.9%"
    assert cldr.percent(zh, Decimal("7.1"), signed=True) == "+7.1%"
    assert cldr.pp(zh, Decimal("4.2")) == "4.2个百分点"
    assert cldr.rank(zh, 1) == "最大" and cldr.rank(zh, 2) == "第二大" and cldr.rank(zh, 12) == "第12大"
    assert cldr.rank_place(zh, 6) == "第六" and cldr.rank_place(zh, 47) == "第47"  # no superlative
    from dataclasses import replace

    from stores import korea_store
    ranked = korea_store().get("kr.rank")
    busiest = replace(ranked, sources=(replace(ranked.sources[0], quote="the second busiest port"),))
    assert cldr.value_text(zh, ranked) == "第二大" and cldr.value_text(zh, busiest) == "第二"
    assert cldr.times(zh, Decimal(7)) == "7倍"


@pytest.mark.parametrize("period, kind, as_of, when", [
    ("../2019-03", None, "截至2019年3月", "截至2019年3月底"),
    ("2019-03", "point", "截至2019年3月", "截至2019年3月"),
    ("2018", None, "2018年", "2018年"),
    ("2019-01/2019-03", None, "2019年第1季度", "2019年第1季度"),
    ("2019-01/2019-06", None, "2019年上半年", "2019年上半年"),
    ("2019-01/2019-05", None, "2019年1月—5月", "2019年1月—5月"),
    ("2016/2018", None, "2016—2018年", "2016—2018年"),
    ("2025", "target", "到2025年", "到2025年"),
    ("2018-08/..", None, "2018年8月以来", "2018年8月以来"),
    ("2019-03-05/2019-03-09", None, "2019年3月5日—9日", "2019年3月5日—9日"),
    ("2018-11/2019-02", None, "2018年11月—2019年2月", "2018年11月—2019年2月"),
])
def test_periods_in_chinese(zh, period, kind, as_of, when):
    parsed = parse_period(period, kind)
    assert cldr.as_of(zh, parsed) == as_of
    assert cldr.when(zh, parsed) == when


def test_dates_in_chinese(zh):
    assert cldr.date_text(zh, "2019") == "2019年"
    assert cldr.date_text(zh, "2019-03") == "2019年3月"
    assert cldr.date_text(zh, "2019-03-26") == "2019年3月26日"


def test_every_word_has_its_chinese_with_the_same_fields(zh):
    for key, english in WORDS.items():
        text = zh.words.get(key, english)
        assert text is not None, key
        assert fields(text) == fields(english), key


def test_a_missing_word_is_recorded_and_marked():
    edition = Edition(language("zh"), Catalog(), Catalog(), "mark")
    assert edition.say("times", x="7") == "(EN) 7 times"
    assert [m.context for m in edition.missing.values()] == ["times"]


def test_an_unknown_language_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown language 'xx' \\(known: en, zh\\)"):
        language("xx")


def test_a_broken_po_file_is_reported_at_its_line(tmp_path):
    path = tmp_path / "zh.po"
    path.write_text('msgctxt "entity korea name"\nmsgid "South Korea"\nmsgtr "韩国"\n',
                    encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        read_catalog(path, "translations/zh.po")
    assert caught.value.problems[0].path == "translations/zh.po"
    assert caught.value.problems[0].line == 3


@pytest.mark.parametrize("inside", ["\u2028", "\x85", "\x0c", "\x1e"])
def test_a_translation_holding_a_character_that_is_no_line_end_in_po_is_read(tmp_path, inside):
    """A PO file's lines end at a newline only: a text holding a line separator, a NEL or a
    form feed (which Python's splitlines breaks at) is valid, as are texts continued over
    several lines and escaped quotes."""
    path = tmp_path / "zh.po"
    path.write_text(f'msgctxt "entity korea name"\nmsgid ""\n"South "\n"Korea"\n'
                    f'msgstr "韩{inside}国 \\"南\\" \\\\"\n', encoding="utf-8")
    catalog = read_catalog(path)
    assert catalog.get("entity korea name", "South Korea") == f'韩{inside}国 "南" \\'


def test_a_translation_counts_only_for_the_english_it_was_made_for(tmp_path):
    path = tmp_path / "zh.po"
    path.write_text('msgctxt "entity korea name"\nmsgid "Korea"\nmsgstr "韩国"\n\n'
                    '#, fuzzy\nmsgctxt "entity club name"\nmsgid "Club countries"\n'
                    'msgstr "俱乐部国家"\n', encoding="utf-8")
    catalog = read_catalog(path)
    assert catalog.get("entity korea name", "Korea") == "韩国"
    assert catalog.get("entity korea name", "South Korea") is None  # the English changed
    assert catalog.get("entity club name", "Club countries") is None  # fuzzy


def _write_po(path, entries):
    lines = []
    for context, english, text in entries:
        lines += [f'msgctxt "{context}"', f'msgid "{english}"', f'msgstr "{text}"', ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


def _with_templates(mini):
    """The mini project with the shipped templates (English and Chinese), so it has briefs."""
    import shutil
    from conftest import REPO
    shutil.copytree(REPO / "templates", mini / "templates")
    return mini


def test_translations_check_lists_what_is_untranslated(mini, run, monkeypatch):
    monkeypatch.chdir(_with_templates(mini))
    result = run("translations", "check", "--language", "zh", "--json")
    assert result.exit_code == 1
    missing = json.loads(result.stdout)
    contexts = {m["context"] for m in missing}
    assert {"entity korea name", "fact kr.fdi-signed label", "metric trade_volume"} <= contexts
    label = next(m for m in missing if m["context"] == "fact kr.fdi-signed label")
    assert label == {"kind": "fact", "context": "fact kr.fdi-signed label",
                     "english": "Signed investment", "path": "facts/korea.yaml", "line": 5,
                     "status": "untranslated", "earlier": None,
                     "needed": True}  # the Korea brief prints it
    assert not any(m["kind"] == "word" for m in missing)  # briefgen's own are all translated

    _write_po(mini / "translations" / "zh.po", [("entity korea name", "South Korea", "韩国"),
                                                 ("fact kr.fdi-signed label", "Signed investment",
                                                  "合同外资")])
    after = {m["context"] for m in json.loads(run("translations", "check", "-l", "zh",
                                                  "--json").stdout)}
    assert after == contexts - {"entity korea name", "fact kr.fdi-signed label"}

    text = run("translations", "check", "-l", "zh")
    assert text.exit_code == 1
    assert ("error: facts/korea.yaml:17: no Chinese (Simplified) translation of "
            "fact kr.trade-q1 label: 'Trade in Q1 2019'") in text.stderr


def test_translations_check_passes_when_everything_is_translated(mini, run, monkeypatch):
    from briefgen.facts.store import load_store
    from briefgen.config import load_project
    from briefgen.language.check import needed_texts
    monkeypatch.chdir(mini)
    project = load_project(mini)
    needed = needed_texts(load_store(project), project)
    _write_po(mini / "translations" / "zh.po",
              [(m.context, m.english, "译文") for m in needed])
    result = run("translations", "check", "-l", "zh")
    assert result.exit_code == 0, result.stderr
    assert "everything is translated into Chinese (Simplified)" in result.stdout


def test_translations_update_adds_empty_entries_and_keeps_translations(mini, run, monkeypatch):
    from babel.messages.pofile import read_po
    monkeypatch.chdir(mini)
    _write_po(mini / "translations" / "zh.po", [("entity korea name", "South Korea", "韩国")])
    result = run("translations", "update", "--language", "zh")
    assert result.exit_code == 0, result.stderr
    with (mini / "translations" / "zh.po").open("rb") as handle:
        catalog = read_po(handle)
    assert catalog.get("South Korea", context="entity korea name").string == "韩国"
    label = catalog.get("Signed investment", context="fact kr.fdi-signed label")
    assert label.string == "" and label.locations == [("facts/korea.yaml", 5)]  # the label's line
    added = int(result.stdout.split(": ")[1].split()[0])
    assert added == len(json.loads(run("translations", "check", "-l", "zh", "--json").stdout))
    assert "0 entries added" in run("translations", "update", "-l", "zh").stdout


def test_translations_check_warns_where_the_glossary_is_not_followed(mini, run, monkeypatch):
    monkeypatch.chdir(_with_templates(mini))
    _write_po(mini / "translations" / "zh.po", [
        ("fact kr.fdi-signed label", "Signed investment", "签约投资"),
        ("fact kr.trade-growth label", "Trade growth, year on year", "贸易额同比增长")])
    (mini / "translations" / "zh-glossary.yaml").write_text(
        "terms:\n  - {en: signed investment, zh: [合同外资]}\n  - {en: year on year, zh: [同比]}\n",
        encoding="utf-8")
    result = run("translations", "check", "-l", "zh")
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == ["warning: translations/zh.po:2: fact kr.fdi-signed label: 'signed "
                        "investment' is 合同外资 in the glossary (zh-glossary.yaml)"]


def test_translations_check_requires_what_the_briefs_print(mini, run, monkeypatch):
    """What a brief in the language prints must be translated (exit 1, listed); the rest (the
    measures' names, which no brief of the mini project prints) is counted, listed by --all,
    and in the JSON marked needed: false."""
    from test_language_build import ZH, write_po
    monkeypatch.chdir(_with_templates(mini))
    write_po(mini)
    passed = run("translations", "check", "-l", "zh")
    assert passed.exit_code == 0, passed.stderr
    assert "everything the briefs print is translated into Chinese (Simplified)" in passed.stdout
    assert "note: 6 more texts have no translation, but no brief prints them today" in passed.stderr
    listed = json.loads(run("translations", "check", "-l", "zh", "--json").stdout)
    assert {m["context"] for m in listed if not m["needed"]} == {
        "metric fdi_signed_cumulative", "metric trade_volume", "metric growth_yoy", "metric count",
        "metric investor_rank", "metric platform"}
    everything = run("translations", "check", "-l", "zh", "--all")
    assert everything.exit_code == 1
    assert "no Chinese (Simplified) translation of metric trade_volume: 'Trade'" in everything.stderr

    write_po(mini, drop=("fact kr.banks text",))  # printed by the Korea brief
    failed = run("translations", "check", "-l", "zh")
    assert failed.exit_code == 1
    assert [line for line in failed.stderr.splitlines() if line.startswith("error:")] == [(
        "error: facts/korea.yaml:{line}: no Chinese (Simplified) translation of fact kr.banks "
        "text: 'Korean banks have branches in Testcity.' (add msgctxt \"fact kr.banks text\" with "
        "this msgid and its msgstr to translations/zh.po)").format(
            line=_line_of(mini / "facts" / "korea.yaml", "text: Korean banks"))]
    entry = next(m for m in json.loads(run("translations", "check", "-l", "zh", "--json").stdout)
                 if m["context"] == "fact kr.banks text")
    assert entry["needed"] is True and entry["english"] == ZH["fact kr.banks text"][0]
    build = run("build", "partner", "korea", "-l", "zh", "--out", "out")
    assert build.exit_code == 1 and "fact kr.banks text" in build.stderr
    assert not (mini / "out").exists()


def _line(project, fact_id: str) -> int:
    lines = (project / "facts" / "korea.yaml").read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if f"id: {fact_id}" in line)


def _line_of(path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def test_an_edited_english_label_makes_its_translation_stale_then_fuzzy(mini, run, monkeypatch):
    """A translation is never used for English it was not made for: check and build say it is
    stale; `translations update` keeps it under the new English, marked fuzzy with the English
    it was made for (#| msgid), which still does not count until a translator removes the mark."""
    from babel.messages.pofile import read_po
    from test_language_build import write_po
    monkeypatch.chdir(_with_templates(mini))
    write_po(mini)
    facts = mini / "facts" / "korea.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace(
        "label: Signed investment", "label: Signed foreign investment"), encoding="utf-8")

    stale = json.loads(run("translations", "check", "-l", "zh", "--json").stdout)
    entry = next(m for m in stale if m["context"] == "fact kr.fdi-signed label")
    assert entry["status"] == "stale" and entry["needed"] is True
    assert (entry["english"], entry["earlier"]) == ("Signed foreign investment", "Signed investment")
    build = run("build", "partner", "korea", "-l", "zh", "--out", "out")
    assert build.exit_code == 1 and not (mini / "out").exists()
    assert f"facts/korea.yaml:{_line_of(facts, 'label: Signed foreign')}: the Chinese" in build.stderr
    assert entry["line"] == _line_of(facts, "label: Signed foreign")  # the label's, not the id's
    assert ("the Chinese (Simplified) translation of fact kr.fdi-signed label was made for earlier "
            "English 'Signed investment'; the English is now 'Signed foreign investment'") in build.stderr

    updated = run("translations", "update", "-l", "zh")
    assert "6 entries added, 1 marked fuzzy" in updated.stdout  # and the 6 measures, empty
    po = mini / "translations" / "zh.po"
    text = po.read_text(encoding="utf-8")
    assert '#, fuzzy\n#| msgid "Signed investment"\nmsgctxt "fact kr.fdi-signed label"\n' \
           'msgid "Signed foreign investment"\nmsgstr "合同外资"\n' in text
    assert "Signed investment\"\nmsgstr" not in text  # the old entry became the fuzzy one
    assert "0 entries added" in run("translations", "update", "-l", "zh").stdout
    assert po.read_text(encoding="utf-8") == text  # a second update changes nothing

    fuzzy = run("translations", "check", "-l", "zh")
    assert fuzzy.exit_code == 1
    [entry] = [m for m in json.loads(run("translations", "check", "-l", "zh", "--json").stdout)
               if m["context"] == "fact kr.fdi-signed label"]
    assert (entry["status"], entry["earlier"]) == ("fuzzy", "Signed investment")
    assert ("the Chinese (Simplified) translation of fact kr.fdi-signed label is marked fuzzy, "
            "not yet reviewed: 'Signed foreign investment' (review it at translations/zh.po:") \
        in fuzzy.stderr
    assert run("build", "partner", "korea", "-l", "zh", "--out", "out").exit_code == 1

    po.write_text(text.replace("#, fuzzy\n", ""), encoding="utf-8")  # reviewed
    with po.open("rb") as handle:
        assert read_po(handle).get("Signed foreign investment",
                                   context="fact kr.fdi-signed label").string == "合同外资"
    assert run("translations", "check", "-l", "zh").exit_code == 0
    built = run("build", "partner", "korea", "-l", "zh", "--out", "out", "--format", "pdf")
    assert built.exit_code == 0, built.stderr


def test_a_marked_text_is_the_untranslated_text_it_begins_with_the_most_of():
    """'(EN) Qingdao and Europe' prints the pack's title, not the facts whose English also
    begins with 'Qingdao and ' (a build's error lists what it prints, and only that); a label
    printed shortened still counts by its first words."""
    from briefgen.document import Document, Meta, Paragraph, Text
    from briefgen.language.edition import Edition
    from briefgen.language.editions import shown_untranslated
    edition = Edition(language("zh"), Catalog(), Catalog(), "mark")
    for context, english in (("pack title", "Qingdao and Europe"),
                             ("fact il.park text", "Qingdao and the Israeli Embassy proposed a park."),
                             ("fact kr.trade label", "Qingdao's trade with South Korea, Q1 2019")):
        edition.translate("x", context, english)
    document = Document(Meta(title="(EN) Qingdao and Europe"), (
        Paragraph((Text("合作：(EN) Qingdao's trade with South Korea[1]"),)),))
    assert sorted(m.context for m in shown_untranslated(document, edition)) == [
        "fact kr.trade label", "pack title"]


@pytest.mark.parametrize("command", ["check", "update"])
def test_english_has_no_translations_to_check_or_update(mini, run, monkeypatch, command):
    """English is what every text is written in: not a list of 134 'missing' English words,
    nor a translations/en.po made of them."""
    monkeypatch.chdir(_with_templates(mini))
    result = run("translations", command, "--language", "en")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: English is the language briefgen's texts are "
                                    "written in: there is nothing to translate into it")
    assert result.stderr.count("\n") == 1 and result.stdout == ""
    assert not (mini / "translations" / "en.po").exists()
