"""A brief's Word comments (its quotes, on the citation marks where a figure is first cited)
are made as XML directly (docx_xml.add_comment): every file is still the one python-docx's own
Document.add_comment makes, whatever the text, and Word's readers find the comments."""

from __future__ import annotations

import io

import docx
import pytest

from briefgen.render import docx_xml

TEXTS = ["", "one quote", "first\nsecond", "\nled by a break", "ends with a break\n",
         "two\n\nbreaks", "  spaced  \n indented", "青岛 Düsseldorf “quoted” – 30 %",
         "a tab\there", "a return\rhere", "<tags> & ampersands"]


def _commented(text: str, author: str, ours: bool) -> bytes:
    """A document of two paragraphs, each with a run commented `text`."""
    document = docx.Document()
    for number in range(2):
        paragraph = document.add_paragraph(f"paragraph {number} ")
        run = paragraph.add_run(f"[{number + 1}]")
        paragraph.add_run(" after")
        if ours:
            docx_xml.add_comment(document, run, text, author)
        else:  # as the writer called python-docx before
            comment = document.add_comment(run, text, author=author, initials=None)
            comment._comment_elm.date = None
    return docx_xml.repeatable_bytes(document)


@pytest.mark.parametrize("text", TEXTS)
def test_a_comment_made_directly_is_the_one_python_docx_makes(text):
    assert _commented(text, "Agency", ours=True) == _commented(text, "Agency", ours=False)


def test_the_author_and_the_text_reach_the_file():
    assert _commented("quote", "", ours=True) == _commented("quote", "", ours=False)
    assert _commented("quote", "A", ours=True) != _commented("quote", "B", ours=True)
    assert _commented("one", "A", ours=True) != _commented("two", "A", ours=True)
    read = docx.Document(io.BytesIO(_commented("first\nsecond", "Agency", ours=True)))
    comments = list(read.comments)
    assert [c.comment_id for c in comments] == [0, 1]
    assert [c.author for c in comments] == ["Agency", "Agency"]
    assert [p.text for p in comments[1].paragraphs] == ["first", "second"]
    body = read.element.body.xml
    assert body.count("commentRangeStart") == body.count("commentRangeEnd") == 2
    assert body.count("commentReference") == 2
