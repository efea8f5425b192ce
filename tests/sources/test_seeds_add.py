"""`briefgen seeds add`: seed text, kept original, index entry; refusals write nothing."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from source_files import (PARAGRAPHS, TITLE, article_docx, article_html, article_pdf,  # noqa: F401
                          article_txt, wrapped, write_pdf, write_zip_of_text)


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def test_add_writes_seed_original_and_index_entry(mini, run, article_html, tmp_path):
    article_pdf = write_pdf(tmp_path / "article.pdf", [wrapped(PARAGRAPHS[1]), wrapped(PARAGRAPHS[2])])
    result = run("--project", mini, "seeds", "add", article_html, article_pdf, "--json")
    assert result.exit_code == 0, result.output
    added = json.loads(result.stdout)
    assert [a["seed"] for a in added] == ["article.txt", "article-2.txt"]
    seeds = mini / "seeds"
    assert (seeds / "originals/article.html").read_bytes() == article_html.read_bytes()
    assert (seeds / "originals/article.pdf").read_bytes() == article_pdf.read_bytes()
    assert (seeds / "article.txt").read_text(encoding="utf-8").startswith(TITLE + "\n\n")
    assert "\f" in (seeds / "article-2.txt").read_text(encoding="utf-8")
    index = yaml.safe_load((seeds / "index.yaml").read_text(encoding="utf-8"))["seeds"]
    assert "news.txt" in index  # the entries before are kept
    html = index["article.txt"]
    assert (html["title"], str(html["date"]), html["outlet"], html["url"], html["locators"]) == (
        TITLE, "2024-05-30", "Testport Daily",
        "https://news.example.org/2024/05/30/testport-trade", "paragraph")
    assert html["original"] == "originals/article.html"
    pdf = index["article-2.txt"]
    assert pdf["locators"] == "page" and pdf["outlet"] == "Testport Customs"
    assert "check" in pdf["outlet_note"] and "url_note" in pdf
    assert any(m.startswith("url:") for m in added[1]["missing"])
    check = run("--project", mini, "facts", "check")
    assert check.exit_code == 0 and "against 3 seeds" in check.stdout


def test_what_a_document_does_not_say_is_null_with_a_note(mini, run, article_txt):
    result = run("--project", mini, "seeds", "add", article_txt)
    assert result.exit_code == 0
    assert "date: plain text has no date property" in result.stderr
    entry = yaml.safe_load((mini / "seeds/index.yaml").read_text(encoding="utf-8"))["seeds"]["article.txt"]
    assert entry["date"] is None and entry["outlet"] is None
    assert entry["date_note"] and entry["outlet_note"] and "locators" not in entry


def test_a_text_file_keeps_its_name_as_seed_and_as_original(mini, run, article_txt):
    """The seed text and the kept original live in different folders: one name does not
    push the other to `-2`."""
    assert run("--project", mini, "seeds", "add", article_txt).exit_code == 0
    entry = yaml.safe_load((mini / "seeds/index.yaml").read_text(encoding="utf-8"))["seeds"]["article.txt"]
    assert entry["original"] == "originals/article.txt"
    assert (mini / "seeds/originals/article.txt").read_bytes() == article_txt.read_bytes()


def test_the_same_article_as_pdf_and_web_page_is_one_seed(mini, run, article_html, article_pdf):
    result = run("--project", mini, "seeds", "add", article_html, article_pdf)
    assert result.exit_code == 1 and "the same content is already a seed: article.html" in result.stderr


def test_the_same_content_twice_is_refused(mini, run, article_txt, tmp_path):
    assert run("--project", mini, "seeds", "add", article_txt).exit_code == 0
    before = tree(mini)
    copy = tmp_path / "copy.md"
    copy.write_text(article_txt.read_text(encoding="utf-8").replace("\n", "\r\n"), encoding="utf-8")
    result = run("--project", mini, "seeds", "add", copy)
    assert result.exit_code == 1
    assert f"error: {copy}: the same content is already a seed: article.txt" in result.stderr
    assert tree(mini) == before


def test_one_bad_document_writes_nothing(mini, run, article_html, tmp_path):
    before = tree(mini)
    fake = write_zip_of_text(tmp_path / "fake.docx")
    result = run("--project", mini, "seeds", "add", article_html, fake)
    assert result.exit_code == 1
    assert f"error: {fake}: not a Word document" in result.stderr
    assert "Traceback" not in result.output
    assert tree(mini) == before


def test_a_new_project_gets_its_first_seed(tmp_path, run, article_docx):
    assert run("init", tmp_path / "p").exit_code == 0
    assert run("--project", tmp_path / "p", "seeds", "add", article_docx).exit_code == 0
    index = yaml.safe_load((tmp_path / "p/seeds/index.yaml").read_text(encoding="utf-8"))
    assert index["seeds"]["article.txt"]["locators"] == "paragraph"
    assert run("--project", tmp_path / "p", "facts", "check").exit_code == 0


def test_a_hand_made_seed_is_described_where_it_is(mini, run):
    seed = mini / "seeds/notes.txt"
    seed.write_text("Korea notes\n\nTrade reached $2 billion in 2019.\n", encoding="utf-8")
    before = seed.read_bytes()
    result = run("--project", mini, "seeds", "add", seed)
    assert result.exit_code == 0, result.output
    assert "as seeds/notes.txt" in result.stdout and seed.read_bytes() == before
    entry = yaml.safe_load((mini / "seeds/index.yaml").read_text(encoding="utf-8"))["seeds"]["notes.txt"]
    assert entry["title"] == "Korea notes" and "original" not in entry
    assert not (mini / "seeds/originals").exists()
    again = run("--project", mini, "seeds", "add", seed)
    assert again.exit_code == 1 and "already a seed: notes.txt" in again.stderr


def test_a_text_s_date_line_near_the_top_is_its_date_with_a_note_to_check(mini, run, tmp_path):
    from briefgen.sources.text import date_line
    assert date_line("Qingdao unites with the UK\nUpdated: 2016-05-24\n\nTrade grew.") == \
        ("2016-05-24", "Updated: 2016-05-24")
    assert date_line("Port news\nPOSTED: 9:07 a.m. EDT, October 15,2007\nText.")[0] == "2007-10-15"
    assert date_line("chinadaily.com.cn | Updated: 11 July 2022")[0] == "2022-07-11"
    assert date_line("Report Card\nBeijing Review | NO. 9 MARCH 2, 2017\n\nText.")[0] == "2017-03-02"  # capitals
    # a sentence, two dates, no real day, a day ahead, a line further down: no date line
    assert date_line("On 2019-05-20 the city signed 12 deals with partners from abroad.") is None
    assert date_line("Weekly 2019-05-20 to 2019-05-27") is None
    assert date_line("Updated: 2019-13-40") is None and date_line("Plan: 2090-01-01") is None
    assert date_line("a\nb\nc\nd\ne\nUpdated: 2016-05-24") is None
    assert date_line("Mayor 5, 2019") is None and date_line("MAYOR 5, 2019") is None  # a word that starts like a month is none
    news = tmp_path / "dated.txt"
    news.write_text("Testport trade grows\nUpdated: 2016-05-24\n\nTrade rose 5 percent.\n", encoding="utf-8")
    assert run("--project", mini, "seeds", "add", news).exit_code == 0
    entry = yaml.safe_load((mini / "seeds/index.yaml").read_text(encoding="utf-8"))["seeds"]["dated.txt"]
    assert str(entry["date"]) == "2016-05-24" and "check it" in entry["date_note"]


def test_a_stamped_byline_dates_a_text_and_a_date_line_is_no_title(tmp_path):
    from briefgen.sources.text import date_line, read
    byline = ("By Xie Chuanjiao in Qingdao, Shandong and Fan Feifei in Beijing (China Daily) "
              "Updated: 2016-04-28 08:27")
    assert date_line(f"Hisense expands\n\n{byline}\n\nText.") == ("2016-04-28", byline)
    # a long line that only mentions a date is still no date line
    assert date_line("By Xie Chuanjiao in Qingdao, Shandong and Fan Feifei in Beijing of China "
                     "Daily, who met on 2016-04-28 08:27") is None
    # a byline pasted on to the date with no space, as copied from a page
    assert date_line("Tourism Recovered\n\nMay 06, 2021Byiqingdao\n\nText.") == \
        ("2021-05-06", "May 06, 2021Byiqingdao")
    assert date_line("Visitors\n\nOn 6 May 20211 visitors came.") is None  # no year there
    dated = tmp_path / "apec.txt"
    dated.write_text("Wednesday, June 13, 2001, updated at 08:10(GMT+8)\n\nYantai Becomes a Hot Spot"
                     "\n\nTrade rose 5 percent.\n", encoding="utf-8")
    source = read(dated)
    assert (source.title, source.date) == ("Yantai Becomes a Hot Spot", "2001-06-13")
    sentence = tmp_path / "port.txt"
    sentence.write_text("Qingdao Port said Wednesday it had handled 120 million tons.\n\nMore.\n",
                        encoding="utf-8")
    assert read(sentence).title is None  # a sentence is not a title
    # a headline may end with an abbreviation's full stop
    for headline in ("Haier opens plant in U.S.", "Qingdao firm buys stake in GE Appliances Co."):
        sentence.write_text(f"{headline}\n\nMore.\n", encoding="utf-8")
        assert read(sentence).title == headline


def test_a_date_line_with_no_possible_day_is_no_title_and_is_named_in_the_date_note(tmp_path):
    from briefgen.sources.text import read
    for stamp in ("Updated: 9999-99-99", "Updated: 2021-02-30", "2099-01-01"):
        news = tmp_path / "news.txt"
        news.write_text(f"{stamp}\nTestport trade grows\n\nTrade rose 5 percent.\n", encoding="utf-8")
        source = read(news)
        assert (source.title, source.date) == ("Testport trade grows", None)
        assert repr(stamp) in source.notes["date"] and "give the publication date" in source.notes["date"]
    two = tmp_path / "two.txt"  # a publication and an update line above the title
    two.write_text("Published: 2016-04-27\nUpdated: 2016-04-28 08:27\nHisense expands\n\nText.\n",
                   encoding="utf-8")
    assert (read(two).title, read(two).date) == ("Hisense expands", "2016-04-27")


def test_a_text_of_blank_lines_is_refused_and_nothing_is_written(mini, run, tmp_path):
    blank = tmp_path / "blank.txt"
    blank.write_text("   \n\t\n \n", encoding="utf-8")
    before = tree(mini)
    result = run("--project", mini, "seeds", "add", blank)
    assert result.exit_code == 1 and "blank.txt: the file holds only blank lines" in result.stderr
    assert tree(mini) == before
