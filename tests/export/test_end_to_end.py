"""`scrutiny extract` on real DOCX and PDF files made here, through the
real backends, extractors and runner, into every export format."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from docx import Document
from jsonschema import Draft202012Validator
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.cli import main
from schemas.jsonschema import shipped_schema
from schemas.records import RECORD_MODELS

FORMULA = '=HYPERLINK("http://example.invalid/x","Open the report")'


def add_table(document: Document, rows: list[tuple[str, ...]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in enumerate(rows):
        for col, text in enumerate(cells):
            table.cell(row, col).text = text


def pack_docx(path: Path) -> None:
    """A pack with an agenda and an action tracker, a formula in each."""
    document = Document()
    document.add_heading("Agenda", level=1)
    add_table(document, [("No.", "Item", "Presented by"),
                         ("1", FORMULA, "Chief Constable"),
                         ("2", "Performance report, quarter 3", "Head of Performance")])
    document.add_heading("Action tracker", level=1)
    add_table(document, [("No.", "Action", "Update", "Status"),
                         ("1", FORMULA, "Report shared with the panel.", "Complete"),
                         ("2", "Bring the call-handling data to the next meeting.", "-", "Open")])
    document.save(str(path))


def agenda_pdf(path: Path) -> None:
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 16)
    page.drawString(72, 760, "Agenda")
    page.setFont("Helvetica", 11)
    for line, text in enumerate(["1. Welcome and apologies - Chair", "2. Victim services update - PCC"]):
        page.drawString(72, 730 - 18 * line, text)
    page.showPage()
    page.save()


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    root = tmp_path_factory.mktemp("e2e")
    inputs = root / "in"
    inputs.mkdir()
    pack_docx(inputs / "pack.docx")
    agenda_pdf(inputs / "agenda.pdf")
    (inputs / "broken.pdf").write_bytes(b"<html><body>Sign in</body></html>")
    out = root / "out"
    status = main(["extract", str(inputs), "--out", str(out), "--workers", "1", "--no-cache", "--quiet",
                   "--format", "parquet,jsonl,sqlite", "--db", str(root / "db.sqlite")])
    return out, status


def test_a_failed_document_makes_exit_status_3_and_is_exported(exported: tuple[Path, int]) -> None:
    out, status = exported
    assert status == 3
    documents = {d["source_file"]: d for d in json.loads((out / "documents.json").read_text(encoding="utf-8"))}
    assert documents["broken.pdf"]["status"] == "failed"
    assert documents["pack.docx"]["status"] == "ok" and documents["agenda.pdf"]["status"] == "ok"


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_action_text_starting_with_a_formula_is_text_in_the_csv(exported: tuple[Path, int]) -> None:
    out, _ = exported
    actions = {row["number"]: row for row in read_csv(out / "actions.csv") if row["source_file"] == "pack.docx"}
    assert actions["1"]["text"] == "'" + FORMULA
    assert actions["1"]["status"] == "complete"
    assert actions["2"]["update"] == "'-"  # a lone dash would be a formula too
    records = json.loads((out / "actions.json").read_text(encoding="utf-8"))
    assert FORMULA in [r["text"] for r in records]


def test_agenda_title_starting_with_a_formula_is_text_in_the_csv(exported: tuple[Path, int]) -> None:
    out, _ = exported
    titles = {row["source_file"] + "#" + row["number"]: row["title"] for row in read_csv(out / "agenda_items.csv")}
    assert titles["pack.docx#1"] == "'" + FORMULA
    assert titles["pack.docx#2"] == "Performance report, quarter 3"
    records = json.loads((out / "agenda_items.json").read_text(encoding="utf-8"))
    assert FORMULA in [r["title"] for r in records]
    docx_items = [r for r in records if r["source_file"] == "pack.docx"]
    assert all(r["page"] is None for r in docx_items)  # DOCX has no pages
    assert {r["page"] for r in records if r["source_file"] == "agenda.pdf"} == {1}


def test_every_record_validates_against_the_shipped_schemas(exported: tuple[Path, int]) -> None:
    out, _ = exported
    for record_type in RECORD_MODELS:
        validator = Draft202012Validator(shipped_schema(record_type),
                                         format_checker=Draft202012Validator.FORMAT_CHECKER)
        for row in json.loads((out / f"{record_type}.json").read_text(encoding="utf-8")):
            assert list(validator.iter_errors(row)) == [], (record_type, row)


def test_extra_formats_and_database_hold_the_same_records(exported: tuple[Path, int]) -> None:
    out, _ = exported
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["agenda_items"] >= 4
    for record_type, count in manifest["counts"].items():
        assert pq.read_table(out / f"{record_type}.parquet").num_rows == count
        assert len((out / f"{record_type}.jsonl").read_text(encoding="utf-8").splitlines()) == count
        with sqlite3.connect(out / "records.sqlite") as conn:
            assert conn.execute(f'SELECT count(*) FROM "{record_type}"').fetchone()[0] == count
    assert manifest["export"]["database"]["rows"] == manifest["counts"]


def test_a_second_run_over_the_same_files_gives_byte_identical_csv_and_json(
        exported: tuple[Path, int], tmp_path: Path) -> None:
    out, _ = exported
    inputs = out.parent / "in"
    again = tmp_path / "again"
    assert main(["extract", str(inputs), "--out", str(again), "--workers", "1", "--no-cache", "--quiet"]) == 3
    for record_type in RECORD_MODELS:
        for suffix in (".csv", ".json"):
            name = record_type + suffix
            assert (again / name).read_bytes() == (out / name).read_bytes(), name
    assert (again / "rejected.jsonl").read_bytes() == (out / "rejected.jsonl").read_bytes()
