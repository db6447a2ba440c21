"""What one document produced, apart from the runner that produces it: the
batch, the result cache and the export read results without importing the
parsers and extractors (a re-run served from the cache needs none of them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from schemas.records import make_record_id


@dataclass(slots=True)
class DocumentResult:
    """Everything one document produced. Plain data, so it pickles across
    worker processes and Dask workers."""

    document: dict  # the documents record, validated
    records: dict[str, list[dict]] = field(default_factory=dict)
    rejected: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def status(self) -> str:
        return self.document["status"]


def document_record_id(doc_id: str, path: Path | str) -> str:
    """The id of a documents row: one row per input file, so identical bytes
    at two paths make two rows (same doc_id), each with a stable id."""
    return make_record_id(doc_id, "documents", str(path))
