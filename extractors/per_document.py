"""Views of a whole document worked out once per document.

describe() and several extractors need the same reading of a document (its
meetings, the English side of its bilingual labels, the area and part of
every block). Each is a function of the document alone (and a few hashable
arguments); ``per_document`` makes the second and later calls on the same
document return the first call's result instead of walking every block again.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable, Hashable
from typing import TypeVar

from pipeline.layout import LayoutDocument

View = TypeVar("View", bound=Callable)


class _LatestDocument:
    """Results for the latest document only (a process reads one document at
    a time), held by a weak reference so that the cache keeps no document, and
    nothing read from it, alive once its reader is done."""

    def __init__(self) -> None:
        self.document: weakref.ref[LayoutDocument] | None = None
        self.results: dict[tuple[Hashable, ...], object] = {}

    def results_for(self, doc: LayoutDocument) -> dict[tuple[Hashable, ...], object]:
        if self.document is None or self.document() is not doc:
            self.results = {}
            self.document = weakref.ref(doc, self._forget)
        return self.results

    def _forget(self, _gone: weakref.ref[LayoutDocument]) -> None:
        self.document = None
        self.results = {}


def per_document(view: View) -> View:
    """``view(doc, *args)`` computed once per document and positional
    arguments (which must be hashable). Every caller gets the same object:
    never mutate it."""
    latest = _LatestDocument()

    @functools.wraps(view)
    def cached(doc: LayoutDocument, *args: Hashable) -> object:
        results = latest.results_for(doc)
        if args not in results:
            results[args] = view(doc, *args)
        return results[args]

    return cached  # type: ignore[return-value]
