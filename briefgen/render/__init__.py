"""Render: fit a Document once, then write it as DOCX and PDF.

    fit(doc, theme, page, max_pages=1) -> Document                      render/fit.py
    render_pdf(doc_or_docs, path, theme, page, chart_cache=) -> pages    render/pdf.py
    render_docx(doc_or_docs, path, theme, page, reference=, chart_cache=) render/docx.py
"""
