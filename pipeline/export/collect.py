"""Gather a batch of DocumentResults into the records to export, in a fixed
order, every record checked again against its model.

Order: documents by source path; within a type, records by their document's
place, then page (unpaged first), then the order the extractor emitted them.
The same input therefore always exports in the same order.

Nothing disappears silently: a record that fails its model, carries an
unknown type, or repeats a record_id already exported goes to the rejected
list with the field and the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.validate import Rejection, check_record
from schemas.records import RECORD_MODELS, DocumentRecord

if TYPE_CHECKING:
    from pipeline.result import DocumentResult

DOCUMENTS = DocumentRecord.record_type


@dataclass(slots=True)
class Batch:
    records: dict[str, list[dict]]  # record type -> export rows, in export order
    rejected: list[dict]  # rejected.jsonl lines, in export order
    documents: list[dict]  # the manifest's per-document entries
    failures: list[dict]  # the manifest's failures: every error of every document

    def rejected_by_type(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for line in self.rejected:
            counts[line["record_type"]] = counts.get(line["record_type"], 0) + 1
        return dict(sorted(counts.items()))


@dataclass(slots=True)
class _Seen:
    """Which record ids are exported already, and from which file."""

    by_type: dict[str, dict[str, str]] = field(default_factory=dict)

    def claim(self, record_type: str, record_id: str, source_path: str) -> str | None:
        """None if the id is new, else the source path that exported it first."""
        owners = self.by_type.setdefault(record_type, {})
        if record_id in owners:
            return owners[record_id]
        owners[record_id] = source_path
        return None


def collect(results: list[DocumentResult]) -> Batch:
    batch = Batch(records={t: [] for t in RECORD_MODELS}, rejected=[], documents=[], failures=[])
    seen = _Seen()
    for result in sorted(results, key=_document_order):
        document = result.document
        origin = {"source_file": document["source_file"], "source_path": document["source_path"],
                  "doc_id": document["doc_id"]}
        rejected_before = len(batch.rejected)
        counts: dict[str, int] = {}
        by_type = {**result.records, DOCUMENTS: [document]}
        for record_type in [*RECORD_MODELS, *sorted(set(by_type) - set(RECORD_MODELS))]:
            kept = 0
            for record in sorted(by_type.get(record_type, []), key=_page_order):
                row, rejection = _check(record_type, record, seen, origin)
                if rejection is not None:
                    batch.rejected.append(rejection)
                else:
                    batch.records[record_type].append(row)
                    kept += 1
            if record_type != DOCUMENTS and record_type in RECORD_MODELS:
                counts[record_type] = kept
        # The runner's own rejections, after the export's, in the runner's order.
        batch.rejected.extend(_rejection(r["record_type"], r.get("record_id"), r["field"], r["reason"],
                                         r["record"], origin) for r in result.rejected)
        batch.documents.append({
            **origin,
            "status": document["status"],
            "error": document["error"],
            "counts": counts,
            "rejected": len(batch.rejected) - rejected_before,
            "timings": result.timings,
        })
        batch.failures.extend({**origin, "status": document["status"], **error} for error in result.errors)
    return batch


def _document_order(result: DocumentResult) -> tuple[str, str]:
    return result.document["source_path"], result.document["doc_id"]


def _page_order(record: dict) -> tuple[bool, int]:
    # sorted() is stable, so records on one page keep the extractor's order.
    page = record.get("page")
    return (page is not None, page if isinstance(page, int) else 0)


def _check(record_type: str, record: dict, seen: _Seen, origin: dict) -> tuple[dict, dict | None]:
    """The export row of a record, or why it is rejected."""
    checked = check_record(record_type, record)
    if isinstance(checked, Rejection):
        return record, _rejection(checked.record_type, checked.record_id, checked.field, checked.reason,
                                  checked.record, origin)
    first_owner = seen.claim(record_type, checked["record_id"], origin["source_path"])
    if first_owner is not None:
        reason = (f"duplicate record_id: the same record was already exported from {first_owner}"
                  " (identical files give identical ids; remove one copy)")
        return checked, _rejection(record_type, checked["record_id"], "record_id", reason, checked, origin)
    return checked, None


def _rejection(record_type: str, record_id: object, field_name: str, reason: str, record: dict,
               origin: dict) -> dict:
    return {
        "record_type": record_type,
        "record_id": record_id,
        "field": field_name,
        "reason": reason,
        **origin,
        "record": record,
    }
