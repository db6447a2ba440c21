"""The export folder as a dashboard reads it: files per type, JSON that
validates against the shipped schemas, safe CSVs, deterministic bytes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from jsonschema import Draft202012Validator

from pipeline.export import ExportOptions, write_exports
from pipeline.result import DocumentResult
from schemas.jsonschema import shipped_schema
from schemas.records import RECORD_MODELS, SCHEMA_VERSION

from .conftest import make_result, record_fields

RUN_INFO = {"started": "2024-01-01T00:00:00Z"}


def export(results: list[DocumentResult], out: Path, **options: object) -> Path:
    write_exports(results, out, options=ExportOptions(**options), run_info=RUN_INFO)
    return out


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_type_gets_csv_and_json_even_when_empty(tmp_path: Path) -> None:
    out = export([make_result(tmp_path / "x.pdf", b"x")], tmp_path / "out")
    for record_type, model in RECORD_MODELS.items():
        header = (out / f"{record_type}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header.split(",") == list(model.model_fields)
    assert json.loads((out / "grades.json").read_text(encoding="utf-8")) == []
    assert (out / "rejected.jsonl").read_text(encoding="utf-8") == ""


def test_every_exported_record_validates_against_the_shipped_schemas(tmp_path: Path, batch) -> None:
    out = export(batch, tmp_path / "out")
    for record_type in RECORD_MODELS:
        validator = Draft202012Validator(shipped_schema(record_type),
                                         format_checker=Draft202012Validator.FORMAT_CHECKER)
        rows = json.loads((out / f"{record_type}.json").read_text(encoding="utf-8"))
        assert rows, f"the batch has {record_type}"
        for row in rows:
            assert list(validator.iter_errors(row)) == [], (record_type, row)


def test_json_and_csv_hold_the_same_records(tmp_path: Path, batch) -> None:
    out = export(batch, tmp_path / "out")
    for record_type in RECORD_MODELS:
        rows = json.loads((out / f"{record_type}.json").read_text(encoding="utf-8"))
        assert [r["record_id"] for r in read_csv(out / f"{record_type}.csv")] == [r["record_id"] for r in rows]


def test_formula_text_is_neutralised_in_csv_only(tmp_path: Path) -> None:
    action = record_fields()["actions"][0] | {"text": '=HYPERLINK("http://example.invalid","Click")',
                                               "update": "+44 1234 567890", "topic": "@risk"}
    out = export([make_result(tmp_path / "pack.docx", b"pk", {"actions": [action]})], tmp_path / "out")
    [row] = read_csv(out / "actions.csv")
    # A leading apostrophe: Excel shows the cell as text and runs nothing.
    assert row["text"] == '\'=HYPERLINK("http://example.invalid","Click")'
    assert row["update"] == "'+44 1234 567890"
    assert row["topic"] == "'@risk"
    assert row["number"] == "1"
    [record] = json.loads((out / "actions.json").read_text(encoding="utf-8"))
    assert record["text"] == '=HYPERLINK("http://example.invalid","Click")'


def test_every_formula_trigger_is_neutralised(tmp_path: Path) -> None:
    texts = ["=1+2", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd", "Safe = fine"]
    actions = [record_fields()["actions"][0] | {"text": text, "number": str(i)} for i, text in enumerate(texts)]
    out = export([make_result(tmp_path / "pack.docx", b"pk", {"actions": actions})], tmp_path / "out")
    cells = {row["number"]: row["text"] for row in read_csv(out / "actions.csv")}
    assert [cells[str(i)] for i in range(len(texts))] == ["'" + t for t in texts[:-1]] + ["Safe = fine"]


def test_list_fields_are_joined_with_a_bar_and_neutralised(tmp_path: Path, batch) -> None:
    out = export(batch, tmp_path / "out")
    rows = {r["source_file"]: r for r in read_csv(out / "documents.csv")}
    assert rows["a-pack.pdf"]["warnings"] == "'=odd | page 3 empty"
    assert rows["b-report.pdf"]["warnings"] == ""
    documents = {d["source_file"]: d for d in json.loads((out / "documents.json").read_text(encoding="utf-8"))}
    assert documents["a-pack.pdf"]["warnings"] == ["=odd", "page 3 empty"]


def test_excel_bom_is_an_option(tmp_path: Path, batch) -> None:
    plain = export(batch, tmp_path / "plain")
    bom = export(batch, tmp_path / "bom", excel_bom=True)
    assert not (plain / "grades.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (bom / "grades.csv").read_bytes() == b"\xef\xbb\xbf" + (plain / "grades.csv").read_bytes()


def test_text_with_newlines_commas_and_quotes_round_trips(tmp_path: Path) -> None:
    text = 'Line one, with "quotes"\nline two – café'
    afi = record_fields()["areas_for_improvement"][0] | {"detail": text}
    out = export([make_result(tmp_path / "r.pdf", b"r", {"areas_for_improvement": [afi]})], tmp_path / "out")
    [row] = read_csv(out / "areas_for_improvement.csv")
    assert row["detail"] == text


def test_two_runs_give_byte_identical_files_whatever_the_input_order(tmp_path: Path, batch) -> None:
    first = export(batch, tmp_path / "first", formats=("jsonl",))
    second = export(list(reversed(batch)), tmp_path / "second", formats=("jsonl",))
    names = sorted(p.name for p in first.iterdir() if p.name != "manifest.json")
    assert names == sorted(p.name for p in second.iterdir() if p.name != "manifest.json")
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    manifests = [json.loads((d / "manifest.json").read_text(encoding="utf-8")) for d in (first, second)]
    for manifest in manifests:
        del manifest["export"]["timings"]
    assert manifests[0] == manifests[1]


def test_records_are_ordered_by_document_path_then_page(tmp_path: Path) -> None:
    grades = [record_fields()["grades"][0] | {"area": area, "page": page}
              for area, page in [("C", 5), ("A", 2), ("B", 2), ("D", None)]]
    results = [make_result(tmp_path / "z.pdf", b"z", {"grades": [dict(g) for g in grades]}),
               make_result(tmp_path / "m.pdf", b"m", {"grades": [dict(g) for g in grades]})]
    out = export(results, tmp_path / "out")
    rows = json.loads((out / "grades.json").read_text(encoding="utf-8"))
    assert [(r["source_file"], r["area"]) for r in rows] == [
        (name, area) for name in ("m.pdf", "z.pdf") for area in ("D", "A", "B", "C")]


def test_failed_documents_are_exported_and_reported(tmp_path: Path, batch) -> None:
    out = export(batch, tmp_path / "out")
    documents = json.loads((out / "documents.json").read_text(encoding="utf-8"))
    assert [d["source_file"] for d in documents] == ["a-pack.pdf", "b-report.pdf", "c-broken.pdf"]
    assert documents[2]["status"] == "failed" and "neither a PDF" in documents[2]["error"]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents_by_status"] == {"ok": 2, "partial": 0, "failed": 1}
    [failure] = manifest["failures"]
    assert failure["source_file"] == "c-broken.pdf" and failure["component"] == "ingest"


def test_manifest_counts_per_type_and_document_and_lists_files(tmp_path: Path, batch) -> None:
    out = export(batch, tmp_path / "out", formats=("parquet",))
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert manifest["counts"] == {t: (3 if t == "documents" else 2) for t in RECORD_MODELS}
    per_document = {d["source_file"]: d["counts"] for d in manifest["documents"]}
    assert per_document["a-pack.pdf"]["grades"] == 1 and per_document["c-broken.pdf"]["grades"] == 0
    assert manifest["export"]["options"]["formats"] == ["csv", "json", "parquet"]
    assert manifest["run"] == RUN_INFO
    assert set(manifest["files"]) == {p.name for p in out.iterdir()} - {"manifest.json"}
    assert manifest["files"]["grades.csv"]["bytes"] == (out / "grades.csv").stat().st_size


def test_invalid_records_go_to_rejected_with_field_and_reason(tmp_path: Path) -> None:
    fields = record_fields()
    bad_grade = fields["grades"][0] | {"grade": "Very good"}
    bad_action = fields["actions"][0] | {"meeting_date": "sometime in spring"}
    result = make_result(tmp_path / "r.pdf", b"r", {"grades": [bad_grade, fields["grades"][0]],
                                                     "actions": [bad_action], "minutes": [{"text": "?"}]},
                         rejected=[{"record_type": "findings", "record_id": "f1", "field": "kind",
                                    "reason": "kind: Input should be 'main_finding'", "record": {"kind": "x"}}])
    out = export([result], tmp_path / "out")
    lines = [json.loads(line) for line in (out / "rejected.jsonl").read_text(encoding="utf-8").splitlines()]
    by_type = {line["record_type"]: line for line in lines}
    assert by_type["grades"]["field"] == "grade" and "Very good" in json.dumps(by_type["grades"]["record"])
    assert by_type["actions"]["field"] == "meeting_date" and by_type["actions"]["reason"]
    assert by_type["minutes"]["field"] == "record_type"
    assert by_type["findings"]["reason"].startswith("kind:")  # the runner's own rejection, kept
    assert all(line["source_file"] == "r.pdf" for line in lines)
    assert len(json.loads((out / "grades.json").read_text(encoding="utf-8"))) == 1
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["rejected"] == {"total": 4, "by_type": {"actions": 1, "findings": 1, "grades": 1, "minutes": 1}}
    assert manifest["documents"][0]["rejected"] == 4


def test_a_copy_of_the_same_file_is_rejected_as_a_duplicate_not_exported_twice(tmp_path: Path) -> None:
    results = [make_result(tmp_path / name, b"same bytes", record_fields()) for name in ("a.pdf", "copy-of-a.pdf")]
    out = export(results, tmp_path / "out")
    assert len(json.loads((out / "grades.json").read_text(encoding="utf-8"))) == 1
    lines = [json.loads(line) for line in (out / "rejected.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {line["source_file"] for line in lines} == {"copy-of-a.pdf"}
    assert all(line["field"] == "record_id" and "a.pdf" in line["reason"] for line in lines)


def test_parquet_is_typed_and_jsonl_holds_the_json_records(tmp_path: Path, batch) -> None:
    out = export(batch, tmp_path / "out", formats=("parquet", "jsonl"))
    actions = pq.read_table(out / "actions.parquet")
    assert actions.schema.field("meeting_date").type == pa.date32()
    assert actions.schema.field("confidence").type == pa.float64()
    assert actions.column_names == list(RECORD_MODELS["actions"].model_fields)
    documents = pq.read_table(out / "documents.parquet").to_pylist()
    assert [d["warnings"] for d in documents] == [["=odd", "page 3 empty"], [], []]
    for record_type in RECORD_MODELS:
        lines = (out / f"{record_type}.jsonl").read_text(encoding="utf-8").splitlines()
        assert [json.loads(line) for line in lines] == json.loads((out / f"{record_type}.json").read_text(encoding="utf-8"))
