"""PLACEHOLDER: to be written (see the extractor issues)."""

from extractors.base import ExtractorResult
from extractors.context import DocumentContext
from pipeline.layout import LayoutDocument

NAME = "findings"
VERSION = "0.0.0"


def extract(doc: LayoutDocument, ctx: DocumentContext) -> ExtractorResult:
    return ExtractorResult()
