"""Extractors: one module per record family, each a pure function
``extract(doc, ctx) -> ExtractorResult`` with a NAME and a VERSION.

``document.describe(doc)`` works out the DocumentContext every extractor gets.
"""

from __future__ import annotations

from types import ModuleType

from extractors import (
    actions,
    agenda,
    areas_for_improvement,
    assurance,
    causes_of_concern,
    findings,
    grades,
    meetings,
)

EXTRACTORS: tuple[ModuleType, ...] = (
    grades,
    areas_for_improvement,
    causes_of_concern,
    findings,
    meetings,
    agenda,
    assurance,
    actions,
)
