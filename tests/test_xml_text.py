"""briefgen.text's XML escaping gives what xml.sax.saxutils gives (whose import a one-off build
does without): the PDF's markup and metadata keep their bytes."""

from xml.sax.saxutils import escape, quoteattr

import pytest

from briefgen.text import xml_attribute, xml_escape

SAMPLES = ["", "plain", "R&D <tags> & \u201cquotes\u201d", "a > b < c &amp;", 'say "hi"', "it's",
           "both ' and \"", "line\nbreak\r\tand tab", "&lt;already&gt;", "青岛 & 부산",
           "https://example.org/?a=1&b=<2>"]


@pytest.mark.parametrize("text", SAMPLES)
def test_the_same_escaping_as_saxutils(text):
    assert xml_escape(text) == escape(text)
    assert xml_attribute(text) == quoteattr(text)
