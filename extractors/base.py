"""What every extractor shares: the draft records it emits and its result.

Extractors are pure functions ``extract(doc, ctx) -> ExtractorResult``: a
LayoutDocument and its DocumentContext in, draft records and warnings out.
Drafts are plain field dicts; the validation stage turns them into the
pydantic models of ``schemas.records`` or rejects them with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pipeline.layout import LayoutDocument
from schemas.records import make_record_id


@dataclass(slots=True)
class Draft:
    record_type: str
    fields: dict[str, Any]

    @property
    def record_id(self) -> str:
        return self.fields["record_id"]


@dataclass(slots=True)
class ExtractorResult:
    drafts: list[Draft] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class RecordFactory:
    """Fills the fields every record carries (ids, provenance, extractor)."""

    def __init__(self, doc: LayoutDocument, name: str, version: str) -> None:
        self.doc = doc
        self.extractor = f"{name}@{version}"

    def draft(
        self,
        record_type: str,
        *,
        key: tuple[object, ...],
        page: int | None,
        confidence: float,
        **fields: Any,
    ) -> Draft:
        """A draft record; ``key`` tells it apart from the document's other
        records of the same type (position and ordinal are good keys)."""
        return Draft(
            record_type,
            {
                "record_id": make_record_id(self.doc.doc_id, record_type, *key),
                "doc_id": self.doc.doc_id,
                "source_file": self.doc.source_file,
                "page": page,
                "extractor": self.extractor,
                "confidence": round(confidence, 3),
                **fields,
            },
        )
