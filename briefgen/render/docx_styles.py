"""The Word styles a brief uses, and how the theme fills them in.

The reference document (templates/reference.docx, written by `briefgen reference-docx`) holds
these styles with their looks unset; people may restyle it in Word. On every render the theme's
font, sizes, colours and spacing fill in what a style leaves unset, so that an untouched style
lays out like the PDF; what a person set in the reference document (a font, a size, a colour,
spacing, borders, extra styles, document settings) is kept. See docs/styling.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from briefgen.render.docx_xml import _child, outline_level, paragraph_border
from briefgen.render.style import Metrics, figure_leading
from briefgen.theme import Theme, rgb

WHITE = "#FFFFFF"


@dataclass(frozen=True)
class ParagraphLook:
    size: float
    leading: float
    colour: str
    bold: bool = False
    before: float = 0.0
    after: float = 0.0
    keep_with_next: bool = False
    italic: bool = False


def paragraph_looks(theme: Theme, s: Metrics) -> dict[str, ParagraphLook]:
    """Style name -> look; the same numbers the PDF styles use (pdf_blocks.pdf_styles)."""
    text, muted, primary = theme.text, theme.muted, theme.primary
    return {
        "Normal": ParagraphLook(s.base, s.leading, text, after=s.para_after),
        "Standfirst": ParagraphLook(s.standfirst, s.standfirst_leading, text, after=s.para_after),
        "Note": ParagraphLook(s.small, s.small_leading, muted, after=s.para_after),
        "Title": ParagraphLook(s.title, round(s.title * 1.15, 2), WHITE, bold=True),
        "Subtitle": ParagraphLook(s.subtitle, round(s.subtitle * 1.25, 2), WHITE, before=2),
        "Heading 1": ParagraphLook(s.h1, round(s.h1 * 1.2, 2), primary, True, s.h1_before, s.h1_after + 1.5, True),
        "Heading 2": ParagraphLook(s.h2, round(s.h2 * 1.15, 2), primary, True, s.h2_before, s.h2_after, True),
        "Heading 3": ParagraphLook(s.base, s.leading, text, True, s.h2_after, s.h2_after, True),
        "List Bullet": ParagraphLook(s.base, s.leading, text, after=s.item_after),
        "List Number": ParagraphLook(s.base, s.leading, text, after=s.item_after),
        "Caption": ParagraphLook(s.base, s.leading, text, True, after=2, keep_with_next=True),
        "Figure Subtitle": ParagraphLook(s.small, s.small_leading, muted, after=2, keep_with_next=True),
        "Source Note": ParagraphLook(s.small, s.small_leading, muted, before=1.5),
        "Source Entry": ParagraphLook(s.small, s.small_leading, muted, after=1),
        "Key Figure": key_figure_look(theme, s.figure),
        "Key Figure Label": ParagraphLook(s.base - 0.5, round((s.base - 0.5) * 1.18, 2), text, before=1),
        "Key Figure Note": ParagraphLook(s.small, s.small_leading, muted, before=1),
        "Table Text": ParagraphLook(s.base, s.leading, text),
        "Table Header": ParagraphLook(s.base, s.leading, primary, True),
        "Callout Title": ParagraphLook(s.base, s.leading, text, True, 0, s.h2_after, True),
        "Header": ParagraphLook(s.small, s.small_leading, muted),
        "Footer": ParagraphLook(s.small, s.small_leading, muted),
    }


def key_figure_look(theme: Theme, size: float) -> ParagraphLook:
    """Key-figure values at `size` (the theme's, or smaller for a panel of long amounts)."""
    return ParagraphLook(size, figure_leading(size), theme.primary, True)


PARAGRAPH_STYLES = ("Normal", "Standfirst", "Note", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Bullet",
                    "List Number", "Caption", "Figure Subtitle", "Source Note", "Source Entry", "Key Figure",
                    "Key Figure Label", "Key Figure Note", "Table Text", "Table Header",
                    "Callout Title", "Header", "Footer")
CHARACTER_STYLES = ("Citation", "Hyperlink")
# Tables take their look (shading, rules, padding) from direct formatting, so DOCX and PDF
# match; the styles name each kind of table for a person restyling in Word.
TABLE_STYLES = ("Title Band", "Key Figures", "Data Table", "Callout Box")


def ensure_styles(document) -> None:
    """Add the brief's own styles when the reference document lacks them."""
    styles = document.styles
    names = {style.name for style in styles}
    for name in PARAGRAPH_STYLES:
        if name not in names:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles["Normal"]
    for name in CHARACTER_STYLES:
        if name not in names:
            styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
    plain = next((s for s in styles if s.type == WD_STYLE_TYPE.TABLE and s.name == "Normal Table"), None)
    for name in TABLE_STYLES:
        if name not in names:
            styles.add_style(name, WD_STYLE_TYPE.TABLE).base_style = plain


def apply_theme(document, theme: Theme, sizes: Metrics) -> None:
    """Fill in what the reference document's styles leave unset with the theme's font, sizes,
    colours and spacing. What a style sets (someone restyled it in Word) is kept."""
    ensure_styles(document)
    for name, look in paragraph_looks(theme, sizes).items():
        _apply_look(document.styles[name], look, theme.font_family)
    heading = document.styles["Heading 1"].element.get_or_add_pPr()
    if heading.find(qn("w:pBdr")) is None:
        paragraph_border(heading, "bottom", 0.6, theme.rule, 1)
    title = document.styles["Title"].element.get_or_add_pPr()
    if title.find(qn("w:outlineLvl")) is None:
        outline_level(title, 0)  # a document's name: one entry per document in the navigation pane
    citation = document.styles["Citation"].font
    _fill(citation, "superscript", True)
    _fill_colour(citation, theme.muted)
    link = document.styles["Hyperlink"].font
    _fill(link, "underline", True)
    _fill_colour(link, theme.palette[1] if len(theme.palette) > 1 else theme.primary)


def strip_looks(document) -> None:
    """Unset the font, size, colour and spacing of the brief's styles (and the rule and tabs of
    Word's own Title): a reference document whose looks the theme fills in."""
    ensure_styles(document)
    for name in (*PARAGRAPH_STYLES, *CHARACTER_STYLES):
        element = document.styles[name].element
        if element.rPr is not None:
            _remove(element.rPr, *_RUN_LOOKS)
        if element.pPr is not None:
            _remove(element.pPr, *_PARAGRAPH_LOOKS)


_RUN_LOOKS = ("w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:color", "w:sz", "w:szCs", "w:spacing",
              "w:kern", "w:u", "w:vertAlign")
_PARAGRAPH_LOOKS = ("w:keepNext", "w:spacing", "w:widowControl", "w:pBdr", "w:tabs", "w:outlineLvl",
                    "w:contextualSpacing")


def _fill(holder, attribute: str, value) -> None:
    """Set a style property the reference leaves unset (None)."""
    if getattr(holder, attribute) is None:
        setattr(holder, attribute, value)


def _fill_colour(font, colour: str) -> None:
    if font.color.type is None:
        font.color.rgb = RGBColor(*rgb(colour))


def apply_looks(elements, looks: dict[str, ParagraphLook], names: dict[str, str]) -> None:
    """Give the paragraphs under `elements` their style's `looks` as direct formatting.

    For a document bound with others at another type size (the fitter stepped its type down):
    the styles hold the first document's sizes, so this one's sizes and spacing go on its
    paragraphs and runs. What the renderer set directly (a list's last gap, a 1 pt spacer)
    stays. `names`: style id -> style name.
    """
    for element in elements:
        for paragraph in element.iter(qn("w:p")):
            p_pr = paragraph.find(qn("w:pPr"))
            style = p_pr.find(qn("w:pStyle")) if p_pr is not None else None
            look = looks.get(names.get(style.get(qn("w:val")), "") if style is not None else "Normal")
            if look is None:
                continue
            spacing = _child(paragraph.get_or_add_pPr(), "w:spacing")
            for attribute, points in (("w:before", look.before), ("w:after", look.after),
                                      ("w:line", look.leading)):
                if spacing.get(qn(attribute)) is None:
                    spacing.set(qn(attribute), str(round(points * 20)))
            if spacing.get(qn("w:lineRule")) is None:
                spacing.set(qn("w:lineRule"), "exact")
            for run in paragraph.iter(qn("w:r")):
                r_pr = run.get_or_add_rPr()
                if r_pr.find(qn("w:sz")) is None:
                    _child(r_pr, "w:sz").set(qn("w:val"), str(round(look.size * 2)))
                    _child(r_pr, "w:szCs").set(qn("w:val"), str(round(look.size * 2)))


def _apply_look(style, look: ParagraphLook, family: str) -> None:
    """The look, for each property the style leaves unset."""
    font = style.font
    if font.name is None:
        fonts = _child(style.element.get_or_add_rPr(), "w:rFonts")
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attribute), None)  # a theme font would win over the named one
        for attribute in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(attribute), family)
    _fill(font, "size", Pt(look.size))
    _fill(font, "bold", look.bold)
    _fill(font, "italic", look.italic)
    _fill_colour(font, look.colour)
    fmt = style.paragraph_format
    _fill(fmt, "space_before", Pt(look.before))
    _fill(fmt, "space_after", Pt(look.after))
    if fmt.line_spacing is None:
        fmt.line_spacing, fmt.line_spacing_rule = Pt(look.leading), WD_LINE_SPACING.EXACTLY
    _fill(fmt, "keep_with_next", look.keep_with_next)
    _fill(fmt, "widow_control", False)  # the PDF allows widows too; keep the line breaks identical


def _remove(parent, *tags: str) -> None:
    for tag in tags:
        for element in parent.findall(qn(tag)):
            parent.remove(element)
