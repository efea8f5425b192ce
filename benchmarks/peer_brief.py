"""The peer: a one-off script as one would write it without briefgen, for the same partner brief.

    .venv/bin/python benchmarks/peer_brief.py OUT_DIR [--facts facts/partners/south-korea.yaml]

Reads the partner's fact file with PyYAML, draws its trade chart with matplotlib, and writes a
one-page brief (title, lead sentence, key-figure table, chart, numbered sources) as DOCX with
python-docx and as PDF with reportlab: the libraries briefgen uses, with none of its checks
(no quote verification, no fitting, no caches). The benchmarks time it against `briefgen build`.
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def key_facts(path: Path) -> list[dict]:
    import yaml
    facts = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)["facts"]
    return [f for f in facts if "value" in f and f.get("priority", 3) <= 2][:6]


def chart_png(facts: list[dict]) -> bytes:
    import matplotlib
    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    series = [f for f in facts if f.get("unit") not in ("rank", "count")] or facts
    fig, axes = plt.subplots(figsize=(8.5 / 2.54, 5.5 / 2.54))
    axes.bar([str(f["id"]).split(".")[-1][:12] for f in series], [float(f["value"]) for f in series],
             color="#1f4e79")
    axes.tick_params(labelsize=6)
    axes.spines[["top", "right"]].set_visible(False)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=200)
    plt.close(fig)
    return buffer.getvalue()


def write_docx(path: Path, title: str, facts: list[dict], png: bytes) -> None:
    from docx import Document
    from docx.shared import Cm
    document = Document()
    document.add_heading(title, 0)
    document.add_paragraph(f"{title}: {len(facts)} key figures from the city's sources.")
    table = document.add_table(rows=0, cols=2)
    for number, fact in enumerate(facts, 1):
        row = table.add_row().cells
        row[0].text, row[1].text = f"{fact['as_written']} [{number}]", fact["label"]
    document.add_picture(io.BytesIO(png), width=Cm(8.5))
    document.add_heading("Sources", 2)
    for number, fact in enumerate(facts, 1):
        document.add_paragraph(f"[{number}] {fact['sources'][0]['seed']}", style="List Number")
    document.save(path)


def write_pdf(path: Path, title: str, facts: list[dict], png: bytes) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Table
    styles = getSampleStyleSheet()
    story = [Paragraph(title, styles["Title"]),
             Paragraph(f"{title}: {len(facts)} key figures from the city's sources.", styles["BodyText"]),
             Table([[f"{f['as_written']} [{n}]", Paragraph(f["label"], styles["BodyText"])]
                    for n, f in enumerate(facts, 1)], colWidths=[5 * cm, 11 * cm]),
             Image(io.BytesIO(png), width=8.5 * cm, height=5.5 * cm),
             Paragraph("Sources", styles["Heading2"]),
             *(Paragraph(f"[{n}] {f['sources'][0]['seed']}", styles["BodyText"])
               for n, f in enumerate(facts, 1))]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--facts", type=Path, default=REPO / "facts" / "partners" / "south-korea.yaml")
    args = parser.parse_args()
    facts = key_facts(args.facts)
    title = args.facts.stem.replace("-", " ").title()
    png = chart_png(facts)
    args.out.mkdir(parents=True, exist_ok=True)
    write_docx(args.out / "peer.docx", title, facts, png)
    write_pdf(args.out / "peer.pdf", title, facts, png)


if __name__ == "__main__":
    main()
