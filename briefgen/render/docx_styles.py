"""The Word styles a brief uses, and how the theme sets them.

The reference document (templates/reference.docx, made by `python -m briefgen.render.reference`)
holds these styles; people may restyle it in Word. On every render the theme's font, sizes,
colours and spacing are written into the styles again so that the DOCX lays out like the PDF;
everything else a person changed in the reference document (borders, extra styles, document
settings) is kept.
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
        "Title": ParagraphLook(s.title, round(s.title * 1.15, 2), WHITE, bold=True),
        "Subtitle": ParagraphLook(s.subtitle, round(s.subtitle * 1.25, 2), WHITE, before=2),
        "Heading 1": ParagraphLook(s.h1, round(s.h1 * 1.2, 2), primary, True, s.h1_before, s.h1_after + 1.5, True),
        "Heading 2": ParagraphLook(s.h2, round(s.h2 * 1.2, 2), primary, True, s.h2_before, s.h2_after, True),
        "Heading 3": ParagraphLook(s.base, s.leading, text, True, s.h2_after, s.h2_after, True),
        "List Bullet": ParagraphLook(s.base, s.leading, text, after=s.item_after),
        "List Number": ParagraphLook(s.base, s.leading, text, after=s.item_after),
        "Caption": ParagraphLook(s.base, s.leading, text, True, after=2, keep_with_next=True),
        "Figure Subtitle": ParagraphLook(s.small, s.small_leading, muted, after=2, keep_with_next=True),
        "Source Note": ParagraphLook(s.small, s.small_leading, muted, before=1.5),
        "Source Entry": ParagraphLook(s.small, s.small_leading, muted, after=0.8),
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


PARAGRAPH_STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Bullet",
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
    """Write the theme's font, sizes, colours and spacing into the styles."""
    ensure_styles(document)
    for name, look in paragraph_looks(theme, sizes).items():
        _apply_look(document.styles[name], look, theme.font_family)
    paragraph_border(document.styles["Heading 1"].element.get_or_add_pPr(), "bottom", 0.6, theme.rule, 1)
    outline_level(document.styles["Title"].element.get_or_add_pPr(), 0)  # a document's name
    citation = document.styles["Citation"].font
    citation.superscript, citation.color.rgb = True, RGBColor(*rgb(theme.muted))
    link = document.styles["Hyperlink"].font
    link.underline = True
    link.color.rgb = RGBColor(*rgb(theme.palette[1] if len(theme.palette) > 1 else theme.primary))


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
    font = style.font
    font.name, font.size, font.bold, font.italic = family, Pt(look.size), look.bold, look.italic
    font.color.rgb = RGBColor(*rgb(look.colour))
    r_pr = style.element.get_or_add_rPr()
    fonts = _child(r_pr, "w:rFonts")
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)  # a theme font would win over the named one
    for attribute in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attribute), family)
    _remove(r_pr, "w:spacing", "w:kern")  # letter spacing of Word's own Title/Subtitle
    _remove(style.element.get_or_add_pPr(), "w:pBdr", "w:tabs")  # the rule under Word's Title
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(look.before), Pt(look.after)
    fmt.line_spacing, fmt.line_spacing_rule = Pt(look.leading), WD_LINE_SPACING.EXACTLY
    fmt.keep_with_next = look.keep_with_next
    fmt.widow_control = False  # the PDF allows widows too; keep the line breaks identical
    contextual = style.element.pPr.find(qn("w:contextualSpacing"))
    if contextual is not None:  # Word would drop the gap between list items; the PDF keeps it
        style.element.pPr.remove(contextual)


def _remove(parent, *tags: str) -> None:
    for tag in tags:
        for element in parent.findall(qn(tag)):
            parent.remove(element)
