"""Validation: every draft record against its pydantic model. A record that
fails is rejected with the field and the reason, never silently dropped.

The runner validates each document's drafts; the export checks every record
once more with ``check_record`` before writing it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import ValidationError

from schemas.records import RECORD_MODELS

if TYPE_CHECKING:  # importing extractors.base would import every extractor: the export needs none
    from extractors.base import Draft


@dataclass(frozen=True, slots=True)
class Rejection:
    record_type: str
    record_id: str | None
    field: str  # the failing fields, comma-separated ("grade, as_of")
    reason: str  # "grade: Input should be 'Outstanding', ...; as_of: ..."
    record: dict  # the record as it was, JSON-ready

    def to_dict(self) -> dict:
        return {
            "record_type": self.record_type,
            "record_id": self.record_id,
            "field": self.field,
            "reason": self.reason,
            "record": self.record,
        }


def check_record(record_type: str, fields: dict) -> dict | Rejection:
    """The record as a JSON-ready dict in model field order, or why it fails."""
    model = RECORD_MODELS.get(record_type)
    record_id = fields.get("record_id")
    if model is None:
        return Rejection(record_type, record_id, "record_type", f"unknown record type {record_type!r}",
                         _jsonable(fields))
    try:
        return model.model_validate(fields).model_dump(mode="json")
    except ValidationError as exc:
        errors = exc.errors()
        names = [".".join(str(part) for part in e["loc"]) or "(record)" for e in errors]
        return Rejection(record_type, record_id, ", ".join(names),
                         "; ".join(f"{name}: {e['msg']}" for name, e in zip(names, errors)), _jsonable(fields))


def validate(drafts: list[Draft]) -> tuple[dict[str, list[dict]], list[Rejection]]:
    """Valid records as JSON-ready dicts by type, and the rejections."""
    valid: dict[str, list[dict]] = {t: [] for t in RECORD_MODELS}
    rejected: list[Rejection] = []
    for draft in drafts:
        checked = check_record(draft.record_type, draft.fields)
        if isinstance(checked, Rejection):
            rejected.append(checked)
        else:
            valid[draft.record_type].append(checked)
    return valid, rejected


def _jsonable(fields: dict) -> dict:
    return {k: (v if isinstance(v, (str, int, float, bool, type(None), list, dict)) else str(v))
            for k, v in fields.items()}
