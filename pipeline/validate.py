"""Validation: every draft record against its pydantic model. A record that
fails is rejected with the field and the reason, never silently dropped."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from extractors.base import Draft
from schemas.records import RECORD_MODELS


@dataclass(frozen=True, slots=True)
class Rejection:
    record_type: str
    record_id: str | None
    field: str
    reason: str
    record: dict

    def to_dict(self) -> dict:
        return {
            "record_type": self.record_type,
            "record_id": self.record_id,
            "field": self.field,
            "reason": self.reason,
            "record": self.record,
        }


def validate(drafts: list[Draft]) -> tuple[dict[str, list[dict]], list[Rejection]]:
    """Valid records as JSON-ready dicts by type, and the rejections."""
    valid: dict[str, list[dict]] = {t: [] for t in RECORD_MODELS}
    rejected: list[Rejection] = []
    for draft in drafts:
        model = RECORD_MODELS.get(draft.record_type)
        if model is None:
            rejected.append(Rejection(draft.record_type, draft.fields.get("record_id"), "record_type",
                                      f"unknown record type {draft.record_type!r}", _jsonable(draft.fields)))
            continue
        try:
            valid[draft.record_type].append(model.model_validate(draft.fields).model_dump(mode="json"))
        except ValidationError as exc:
            errors = exc.errors()
            fields = [".".join(str(part) for part in e["loc"]) or "(record)" for e in errors]
            rejected.append(Rejection(
                draft.record_type,
                draft.fields.get("record_id"),
                ", ".join(fields),
                "; ".join(f"{f}: {e['msg']}" for f, e in zip(fields, errors)),
                _jsonable(draft.fields),
            ))
    return valid, rejected


def _jsonable(fields: dict) -> dict:
    return {k: (v if isinstance(v, (str, int, float, bool, type(None), list, dict)) else str(v))
            for k, v in fields.items()}
