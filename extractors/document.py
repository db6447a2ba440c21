"""PLACEHOLDER: document kind, force, framework and dates (see the inspection issue)."""

from extractors.context import DocumentContext
from pipeline.layout import LayoutDocument


def describe(doc: LayoutDocument) -> DocumentContext:
    return DocumentContext()
