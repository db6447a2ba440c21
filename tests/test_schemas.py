"""The shipped JSON Schemas: in step with the models, and strict enough that a
dashboard can rely on them."""

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from pipeline.cli import main
from schemas import jsonschema as schema_module
from schemas.records import RECORD_MODELS, SCHEMA_VERSION, make_record_id

SHIPPED_DIR = Path(schema_module.__file__).parent / "jsonschema"


def validator(record_type: str) -> Draft202012Validator:
    schema = schema_module.shipped_schema(record_type)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("record_type", list(RECORD_MODELS))
def test_shipped_schema_matches_the_models(record_type: str) -> None:
    shipped = (SHIPPED_DIR / schema_module.schema_file_name(record_type)).read_text(encoding="utf-8")
    generated = schema_module.render(schema_module.record_schema(record_type))
    assert shipped == generated, (
        f"schemas/jsonschema/{record_type}.schema.json is out of date with schemas/records.py; "
        "run `scrutiny schema --out schemas/jsonschema` and note the change in CHANGELOG.md")


def test_no_stray_schema_files() -> None:
    expected = {schema_module.schema_file_name(t) for t in RECORD_MODELS}
    assert {p.name for p in SHIPPED_DIR.glob("*.json")} == expected


@pytest.mark.parametrize("record_type", list(RECORD_MODELS))
def test_schemas_are_valid_and_versioned(record_type: str) -> None:
    schema = schema_module.shipped_schema(record_type)
    Draft202012Validator.check_schema(schema)
    assert schema["x-schema-version"] == SCHEMA_VERSION
    assert schema["required"] == list(RECORD_MODELS[record_type].model_fields)


def test_schema_command_writes_every_schema(tmp_path: Path) -> None:
    assert main(["schema", "--out", str(tmp_path / "out")]) == 0
    for record_type in RECORD_MODELS:
        written = json.loads((tmp_path / "out" / f"{record_type}.schema.json").read_text(encoding="utf-8"))
        assert written == schema_module.shipped_schema(record_type)


def _grade(**overrides: object) -> dict:
    record = {
        "record_id": make_record_id("0123456789abcdef", "grades", 1), "doc_id": "0123456789abcdef",
        "source_file": "report.pdf", "page": 3, "extractor": "grades@1", "confidence": 0.9,
        "force": "Avon and Somerset Constabulary", "framework": "PEEL 2023-25", "area": "Investigating crime",
        "area_raw": "Investigating crime", "grade": "Requires improvement", "as_of": "2024-11",
        "evidence": "The force requires improvement at investigating crime.",
    }
    record.update(overrides)
    return record


def test_schema_accepts_a_well_formed_record() -> None:
    assert list(validator("grades").iter_errors(_grade())) == []


@pytest.mark.parametrize("overrides, why", [
    ({"grade": "Requires Improvement"}, "grades come from the canonical vocabulary"),
    ({"page": 0}, "pages are 1-based"),
    ({"confidence": 1.5}, "confidence is 0..1"),
    ({"doc_id": "XYZ"}, "doc_id is 16 hex digits"),
    ({"colour": "red"}, "no fields beyond the contract"),
])
def test_schema_rejects_what_a_dashboard_must_not_see(overrides: dict, why: str) -> None:
    assert list(validator("grades").iter_errors(_grade(**overrides))), why


def test_schema_requires_every_field_and_checks_iso_dates() -> None:
    action = {
        "record_id": "a1", "doc_id": "0123456789abcdef", "source_file": "pack.docx", "page": None,
        "extractor": "actions@1", "confidence": 0.8, "meeting_date": "2024-03-07", "topic": None,
        "number": "3", "text": "Report back on response times.", "update": None, "status": "outstanding",
        "status_source": "status_column", "source": "action_tracker",
    }
    assert list(validator("actions").iter_errors(action)) == []
    assert list(validator("actions").iter_errors({**action, "meeting_date": "07/03/2024"}))
    missing_update = {k: v for k, v in action.items() if k != "update"}
    assert list(validator("actions").iter_errors(missing_update))


def test_schema_command_says_on_stderr_why_it_cannot_write(tmp_path: Path, capsys) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    assert main(["schema", "--out", str(blocked)]) == 2
    said = capsys.readouterr()
    assert said.out == ""
    assert f"scrutiny schema: cannot write to {blocked}: File exists." in said.err
