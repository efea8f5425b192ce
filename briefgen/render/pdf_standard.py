"""What a PDF says about itself: XMP metadata, dates, and the standards it claims.

Every PDF claims PDF/UA-1 (ISO 14289-1: tagged, see pdf_tags.py) in XMP metadata that repeats
its document information (title, author, subject, keywords, dates, producer), as both standards
ask. Its creation and modification dates are the production date, so rebuilds stay
byte-identical. With `standard="pdfa-2b"` it also claims PDF/A-2b (ISO 19005-2, level B) and
carries the sRGB output intent its colours are meant in (the profile in briefgen/icc/).
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFObject, PDFString, format

from briefgen import __version__
from briefgen import document as d
from briefgen.text import xml_escape

STANDARDS = ("pdfua", "pdfa-2b")  # what `pdf_standard` may name; PDF/UA is always claimed
ICC_PROFILE = Path(__file__).resolve().parent.parent / "icc" / "sRGB.icc"


def production_stamp(produced: str | None) -> TimeStamp | None:
    """reportlab's time stamp for a production date (midnight UTC), None without one."""
    if not produced:
        return None
    stamp = TimeStamp(invariant=1)
    moment = dt.datetime.fromisoformat(produced).replace(tzinfo=dt.timezone.utc)
    stamp.t, stamp.lt = moment.timestamp(), moment.utctimetuple()
    stamp.YMDhms, stamp.dhh, stamp.dmm = tuple(stamp.lt)[:6], 0, 0
    return stamp


def declare(canvas, meta: d.Meta, standard: str = "pdfua") -> None:
    """Set the dates, XMP metadata and (for PDF/A) output intent of the PDF on `canvas`."""
    doc = canvas._doc
    stamp = production_stamp(meta.produced)
    if stamp is not None:
        doc._timeStamp = stamp
    moment = dt.datetime(*doc._timeStamp.YMDhms, tzinfo=dt.timezone.utc).isoformat()
    canvas.setCatalogEntry("Metadata", _Metadata(xmp(meta, moment, standard)))
    if standard == "pdfa-2b":
        catalog = doc.Catalog  # reportlab writes only the catalog keys it lists
        catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]
        catalog.OutputIntents = PDFArray([output_intent()])


def xmp(meta: d.Meta, moment: str, standard: str) -> bytes:
    """The XMP packet: Dublin Core, XMP basic and PDF properties matching the document
    information dictionary reportlab writes, and the standards' identification."""
    tool = f"briefgen {__version__}"
    properties = [
        "<dc:format>application/pdf</dc:format>",
        f"<dc:title>{_alt(meta.title)}</dc:title>",
        f"<dc:description>{_alt(meta.subject or meta.subtitle or '')}</dc:description>",
        f"<dc:creator><rdf:Seq><rdf:li>{xml_escape(meta.author or '')}</rdf:li></rdf:Seq></dc:creator>",
        f"<dc:language><rdf:Bag><rdf:li>{xml_escape(meta.language)}</rdf:li></rdf:Bag></dc:language>",
        f"<xmp:CreateDate>{moment}</xmp:CreateDate>", f"<xmp:ModifyDate>{moment}</xmp:ModifyDate>",
        f"<xmp:MetadataDate>{moment}</xmp:MetadataDate>", f"<xmp:CreatorTool>{tool}</xmp:CreatorTool>",
        f"<pdf:Producer>{tool}</pdf:Producer>",
        f"<pdf:Keywords>{xml_escape(', '.join(meta.keywords))}</pdf:Keywords>",
        "<pdfuaid:part>1</pdfuaid:part>",
    ]
    if standard == "pdfa-2b":
        properties += ["<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                       _PDFUA_SCHEMA]
    body = "\n   ".join(properties)
    return (f'<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
            f'<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
            f' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
            f'  <rdf:Description rdf:about=""{_NAMESPACES}>\n   {body}\n  </rdf:Description>\n'
            f' </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end="r"?>').encode("utf-8")


def _alt(text: str) -> str:
    return f'<rdf:Alt><rdf:li xml:lang="x-default">{xml_escape(text)}</rdf:li></rdf:Alt>'


_NAMESPACES = "".join(f'\n    xmlns:{prefix}="{uri}"' for prefix, uri in (
    ("dc", "http://purl.org/dc/elements/1.1/"), ("xmp", "http://ns.adobe.com/xap/1.0/"),
    ("pdf", "http://ns.adobe.com/pdf/1.3/"), ("pdfuaid", "http://www.aiim.org/pdfua/ns/id/"),
    ("pdfaid", "http://www.aiim.org/pdfa/ns/id/"),
    ("pdfaExtension", "http://www.aiim.org/pdfa/ns/extension/"),
    ("pdfaSchema", "http://www.aiim.org/pdfa/ns/schema#"),
    ("pdfaProperty", "http://www.aiim.org/pdfa/ns/property#")))

# PDF/A accepts only the XMP properties it predefines or that an extension schema describes:
# pdfuaid:part is not predefined in PDF/A-2, so it is described here.
_PDFUA_SCHEMA = """<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
     <pdfaProperty:name>part</pdfaProperty:name>
     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
     <pdfaProperty:category>internal</pdfaProperty:category>
     <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
    </rdf:li></rdf:Seq></pdfaSchema:property>
   </rdf:li></rdf:Bag></pdfaExtension:schemas>"""


class _Stream(PDFObject):
    """A stream written as given: no filter (PDF/A forbids one on the metadata stream)."""

    __RefOnly__ = 1

    def __init__(self, entries: dict, data: bytes):
        self.entries, self.data = entries, data

    def format(self, document):
        entries = PDFDictionary({**self.entries, "Length": len(self.data)})
        return format(entries, document) + b"\nstream\n" + self.data + b"\nendstream\n"


def _Metadata(packet: bytes) -> _Stream:  # noqa: N802 - reads as the PDF object it makes
    return _Stream({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}, packet)


@functools.lru_cache(maxsize=1)
def _profile() -> bytes:
    return ICC_PROFILE.read_bytes()


def output_intent() -> PDFDictionary:
    """The PDF/A output intent: colours are sRGB (IEC 61966-2.1)."""
    profile = _Stream({"N": 3}, _profile())
    return PDFDictionary({"Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
                          "OutputConditionIdentifier": PDFString("sRGB IEC61966-2.1"),
                          "Info": PDFString("sRGB IEC61966-2.1"), "DestOutputProfile": profile})
