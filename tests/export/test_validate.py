"""Validation of drafts: valid records come out JSON-ready in field order;
a bad one comes out as a rejection naming each failing field."""

from __future__ import annotations

from pathlib import Path

from extractors.base import Draft
from pipeline.validate import Rejection, validate
from schemas.records import RECORD_MODELS

from .conftest import make_result, record_fields


def draft_of(record_type: str, **overrides: object) -> Draft:
    result = make_result(Path("r.pdf"), b"r", {record_type: [record_fields()[record_type][0]]})
    return Draft(record_type, result.records[record_type][0] | overrides)


def test_valid_drafts_become_records_in_model_field_order() -> None:
    valid, rejected = validate([draft_of("actions", meeting_date="2024-03-07")])
    assert rejected == []
    [action] = valid["actions"]
    assert list(action) == list(RECORD_MODELS["actions"].model_fields)
    assert set(valid) == set(RECORD_MODELS)


def test_every_failing_field_is_named_with_its_reason() -> None:
    bad = draft_of("grades", grade="Fair", confidence=3)
    valid, [rejection] = validate([bad])
    assert valid["grades"] == []
    assert isinstance(rejection, Rejection)
    assert rejection.field == "confidence, grade"
    assert rejection.reason.startswith("confidence: Input should be less than or equal to 1")
    assert "grade: Input should be 'Outstanding'" in rejection.reason
    assert rejection.to_dict()["record"]["grade"] == "Fair"


def test_an_unknown_record_type_is_rejected_not_dropped() -> None:
    valid, [rejection] = validate([Draft("minutes", {"record_id": "m1", "when": object()})])
    assert rejection.field == "record_type" and rejection.record_id == "m1"
    assert isinstance(rejection.record["when"], str)  # made JSON-ready for rejected.jsonl
    assert not any(valid.values())
