"""Compose: templates (Jinja2 -> Markdown) + facts -> the document model."""

from briefgen.compose.build import build_document, make_engine

__all__ = ["build_document", "make_engine"]
