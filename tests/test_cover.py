"""The pack's cover and the whole pack's pages, read back from the shipped pack: a cover without
running header, footer or page number (PDF and DOCX), the city's key figures cited from facts,
the date once, the contact block from briefgen.yaml at the page's foot; and no page of the pack
more than 35% blank, but the sources appendix's last page (docs/design.md)."""

from __future__ import annotations

import dataclasses
import re

import pytest
from docx import Document
from pypdf import PdfReader

from page_space import blank_fractions
from shipped_pack import shipped_pack

from briefgen.text import date_text

MOST_BLANK = 0.35


def _pdf_pages(result) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(result.files["pdf"]).pages]


def test_no_page_of_the_shipped_pack_is_more_than_35_percent_blank():
    """Every page; the one exemption is the last page of the sources appendix, a list that
    ends where it ends (its other pages, had it several, would be full)."""
    project, _, _, result = shipped_pack()
    blank = blank_fractions(result.files["pdf"], project.page)
    reader = PdfReader(result.files["pdf"])
    [appendix] = [entry for entry in reader.outline if not isinstance(entry, list)
                  and entry.title == "Appendix"]
    first = reader.get_destination_page_number(appendix)
    pages = _pdf_pages(result)
    assert first < len(blank) and "Sources" in pages[first]
    assert all("Page" in page and "“" in page for page in pages[first + 1:])  # its quotes, to the end
    over = {number: fraction for number, fraction in enumerate(blank[:-1], 1)
            if fraction > MOST_BLANK}
    assert over == {}, f"pages more than {MOST_BLANK:.0%} blank: {over}"
    assert blank[0] < 0.1  # the cover fills its page: its contact block stands at the foot


def test_the_cover_has_no_running_header_footer_or_page_number_and_the_next_page_has():
    project, _, _, result = shipped_pack()
    cover, contents = _pdf_pages(result)[:2]
    total = len(PdfReader(result.files["pdf"]).pages)
    produced = f"Produced {date_text(project.built_on().isoformat())}"  # today, unless pinned
    assert f"Page 2 of {total}" in contents and produced in contents
    assert "Page 1 of" not in cover and "Produced" not in cover
    assert cover.count("Qingdao investor briefs") == 1  # the title, not the running header too


def test_the_cover_gives_the_city_s_key_figures_cited_the_date_once_and_the_contact():
    project, store, _, result = shipped_pack()
    cover = _pdf_pages(result)[0]
    built = project.built_on().isoformat()  # today, unless pinned
    assert cover.count(date_text(built)) == 1 and built not in cover
    assert "Qingdao in figures" in cover and "Contact" in cover
    values = re.findall(r"(US\$[\d.]+ billion|RMB [\d.]+ billion)", cover)
    assert len(values) >= 3, cover
    from briefgen.compose.briefing import headline_ids
    ids = headline_ids(store, store.city.slug, 6)
    assert len(ids) == 6
    from briefgen.compose.formatting import value_text
    for fid in ids:  # every figure is a fact's value, as the briefs write it
        assert " ".join(value_text(store.by_id[fid]).split()).lower() in cover.lower(), fid
    numbers = []  # of the source list: "[1–5]", "[1, 2] p. 4 · [3] p. 6"
    for group in re.findall(r"\[(\d+(?:(?:,\s*|\u2013)\d+)*)\]", cover[cover.index("Sources"):]):
        for part in group.split(","):
            first, _, last = part.strip().partition("\u2013")
            numbers += range(int(first), int(last or first) + 1)
    assert numbers and sorted(numbers) == list(range(1, len(numbers) + 1))


def test_the_docx_cover_has_a_first_page_header_and_footer_of_its_own_left_empty():
    _, _, _, result = shipped_pack()
    section = Document(result.files["docx"]).sections[0]
    assert section.different_first_page_header_footer
    assert section.first_page_header.is_linked_to_previous is False
    assert "".join(p.text for p in section.first_page_header.paragraphs) == ""
    assert "".join(p.text for p in section.first_page_footer.paragraphs) == ""
    assert "Qingdao investor briefs" in section.header.paragraphs[0].text  # other pages keep it


def test_a_brief_of_its_own_keeps_its_header_on_its_first_page():
    _, _, out, result = shipped_pack()
    section = Document(out / f"{result.items[0].name}.docx").sections[0]
    assert not section.different_first_page_header_footer


def _cover(project, store):
    from briefgen.binder import front_and_back
    from briefgen.pack import load_pack_config
    return front_and_back(project, store, load_pack_config(None, project), []).front[0]


def test_every_line_of_the_contact_block_from_briefgen_yaml_is_on_the_cover_in_both_formats(tmp_path):
    from briefgen.config import Contact
    from briefgen.document import plain_text
    from briefgen.render.docx import docx_bytes
    from briefgen.render.pdf import pdf_bytes
    project, store, _, _ = shipped_pack()
    contact = Contact(office="Invest Office", address="1 Harbour Road\nQingdao 266000",
                      email="office@example.org", phone="+86 532 0000 0000",
                      web="https://example.org")
    cover = _cover(dataclasses.replace(project, contact=contact), store)
    laid = pdf_bytes(cover, project.theme, project.page)
    assert laid.pages == 1
    path = tmp_path / "cover.pdf"
    path.write_bytes(laid.data)
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    docx = tmp_path / "cover.docx"
    docx.write_bytes(docx_bytes(cover, project.theme, project.page))
    words = " ".join(p.text for p in Document(docx).paragraphs)
    for line in ("Invest Office", "1 Harbour Road", "Qingdao 266000", "office@example.org",
                 "+86 532 0000 0000", "https://example.org"):
        assert line in text and line in words, line
    assert [b for b in cover.blocks if type(b).__name__ == "Spacer" and b.fill][0].height_pt > 50


def test_without_a_contact_the_cover_names_the_organisation():
    from briefgen.config import Contact
    from briefgen.document import Paragraph, plain_text
    project, store, _, _ = shipped_pack()
    cover = _cover(dataclasses.replace(project, contact=Contact()), store)
    lines = [plain_text(b.children) for b in cover.blocks if isinstance(b, Paragraph)]
    assert project.organisation in lines


def test_an_unknown_contact_line_in_briefgen_yaml_is_an_error_with_its_line(tmp_path):
    from briefgen.config import load_project
    from briefgen.errors import ConfigError
    (tmp_path / "briefgen.yaml").write_text("name: X\ncontact:\n  office: A\n  fax: 1\n")
    with pytest.raises(ConfigError) as caught:
        load_project(tmp_path)
    [problem] = caught.value.problems
    assert "fax" in problem.message and problem.line in (2, 4)


def test_cover_front_matter_must_say_true_or_false(tmp_path):
    from briefgen.compose.build import build_document
    from briefgen.errors import TemplateError
    from stores import korea_store
    (tmp_path / "t.md.j2").write_text("---\ntitle: T\ncover: yes please\n---\n\nText.\n")
    with pytest.raises(TemplateError) as caught:
        build_document("t.md.j2", korea_store(), template_dirs=[tmp_path], subject="south-korea")
    assert "cover" in str(caught.value.problems[0])


def test_a_contact_too_long_for_the_cover_is_an_error_naming_where_it_overflows():
    """A cover is one page: a long contact block is refused, not bound as a two-page cover."""
    from briefgen.config import Contact
    from briefgen.errors import RenderError
    project, store, _, _ = shipped_pack()
    address = "\n".join(f"Building {n}, Harbour Road" for n in range(40))
    with pytest.raises(RenderError) as caught:
        _cover(dataclasses.replace(project, contact=Contact(office="Office", address=address)),
               store)
    [problem] = caught.value.problems
    assert "cover does not fit on one page" in problem.message and "Contact" in problem.message
    assert problem.path.endswith("cover.md.j2") and problem.line
    assert "briefgen.yaml's contact" in problem.hint


@pytest.mark.parametrize("office", ["   ", "Invest Office  ", "\tInvest Office"])
def test_an_office_with_spaces_around_it_prints_bold_without_stray_asterisks(office):
    """'**Invest Office  **' is no Markdown emphasis: the asterisks would print."""
    from briefgen.config import Contact
    from briefgen.document import Paragraph, plain_text
    project, store, _, _ = shipped_pack()
    cover = _cover(dataclasses.replace(project, contact=Contact(office=office)), store)
    lines = [plain_text(b.children) for b in cover.blocks if isinstance(b, Paragraph)]
    expected = office.strip() or project.organisation
    assert expected in lines and not any("**" in line for line in lines), lines


@pytest.mark.parametrize("written", ["contact:\n", "contact:\n  office:\n  email:\n",
                                     "contact:\n  # office: commented out\n"])
def test_an_empty_contact_or_contact_line_is_no_contact(tmp_path, written):
    """`every line optional`: a contact with every line commented out, or a line left empty,
    reads as not given (the cover names the organisation), never an error or 'None'."""
    from briefgen.config import Contact, load_project
    (tmp_path / "briefgen.yaml").write_text(f"name: X\n{written}")
    assert load_project(tmp_path).contact == Contact()


def test_a_phone_number_written_bare_is_an_error_saying_to_quote_it(tmp_path):
    from briefgen.config import load_project
    from briefgen.errors import ConfigError
    (tmp_path / "briefgen.yaml").write_text("name: X\ncontact:\n  phone: 053212345\n")
    with pytest.raises(ConfigError) as caught:
        load_project(tmp_path)
    [problem] = caught.value.problems
    assert problem.line == 3 and "quotes" in problem.hint


@pytest.fixture(scope="module")
def short_pack(tmp_path_factory):
    """A pack of three briefs (the overview, South Korea, the port), built from the shipped
    project: its contents would leave a page of their own mostly blank."""
    from click.testing import CliRunner

    from briefgen.cli import main
    from test_events import copy_project
    project = copy_project(tmp_path_factory.mktemp("short") / "qingdao")
    (project / "three.yaml").write_text(
        "title: Qingdao and Korea\nfile_name: three\n"
        "subjects: [overview, 'partner:south-korea', 'sector:port']\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--project", str(project), "pack", "--config",
                                       str(project / "three.yaml")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return project / "out" / "pack"


def test_a_short_pack_s_contents_share_the_cover_page(short_pack):
    """The contents stand on the cover, between the figures and the contact block, their page
    numbers those of the briefs that follow at once; no contents page, no Contents bookmark."""
    from pdf_checks import outline_documents
    reader = PdfReader(short_pack / "three.pdf")
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    cover = pages[0]
    assert cover.index("Qingdao in figures") < cover.index("Contents") < cover.index("Contact")
    for title, page in (("Qingdao at a glance", 2), ("South Korea", 3), ("Port and logistics", 4),
                        ("Sources", 5)):
        assert f"{title} {page}" in cover, title
        assert title in pages[page - 1][:200], (title, page)
    assert [o.title for o in outline_documents(reader)] == [
        "Qingdao and Korea", "Qingdao at a glance", "South Korea", "Port and logistics", "Sources"]
    assert len(pages) >= 5  # cover, three briefs, the appendix
    links = [a.get_object() for a in reader.pages[0].get("/Annots", [])]
    assert len([a for a in links if a.get("/Dest") or a.get("/A")]) >= 4  # each row links
    word = Document(str(short_pack / "three.docx"))
    first = word.element.body.xml.split('w:type="page"')[0]
    assert "TOC \\o" in first and "Port and logistics" in first  # Word's contents field, on page 1


def test_a_long_pack_keeps_its_contents_page(tmp_path):
    """The shipped pack's contents do not fit below its cover's figures: a page of their own."""
    _, _, _, result = shipped_pack()
    pages = _pdf_pages(result)
    assert "Contents" not in pages[0] and "Contents" in pages[1][:60]
