"""The reference pack's samples as the pipeline sees them: grade tables,
tracker squares and notes tables read back through the ingest backends, the
samples reproducible from their transcription, the gold valid, and golden
layout dumps (rewrite with UPDATE_GOLDEN=1)."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import os
import sys
from datetime import date
from pathlib import Path

import docx
import pdfplumber
import pytest

from pipeline.ingest import read_document
from pipeline.inspect import render_text
from pipeline.layout import LayoutDocument, Table
from schemas.records import RECORD_MODELS

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
STEM = "scrutiny-pack-2025-05-21"
FILES = (f"{STEM}.pdf", f"{STEM}.docx")

sys.path.insert(0, str(SAMPLES))
from source import pack  # noqa: E402


def _generate_module():
    spec = importlib.util.spec_from_file_location("samples_generate", SAMPLES / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read(path: Path) -> LayoutDocument:
    data = path.read_bytes()
    return read_document(path, data, hashlib.sha256(data).hexdigest())


@pytest.fixture(scope="module", params=FILES)
def layout(request) -> LayoutDocument:
    return _read(SAMPLES / request.param)


def _table_with(doc: LayoutDocument, text: str) -> Table:
    tables = [t for t in doc.tables() if any(c.text == text for c in t.cells)]
    assert len(tables) == 1, f"expected one table holding {text!r}, found {len(tables)}"
    return tables[0]


def _cell_of(table: Table, text: str):
    cells = [c for c in table.cells if c.text == text]
    assert len(cells) == 1, f"expected one cell {text!r}, found {len(cells)}"
    return cells[0]


@pytest.mark.parametrize(("grades", "anchor"), [
    (pack.PEEL_2025, "Developing a positive workplace"),
    (pack.PEEL_2025_JOURNEY, "Developing a positive workforce"),
    (pack.PEEL_2023, "Recording data about crime"),
], ids=["background-2025", "journey-2025", "journey-2023"])
def test_each_area_sits_under_its_grade_column(layout: LayoutDocument, grades: dict, anchor: str) -> None:
    table = _table_with(layout, anchor)
    assert table.n_cols == 5
    for grade, areas in grades.items():
        column = pack.GRADE_COLUMNS.index(grade)
        for row, area in enumerate(areas):
            cell = _cell_of(table, area)
            assert cell.col == column, f"{area} is in column {cell.col}, not under {grade}"
            # Rows fill top-down per column, below the header where there is one.
            assert cell.row == table.header_rows + row


def test_the_grade_header_names_the_columns(layout: LayoutDocument) -> None:
    headers = [t for t in layout.tables() if t.n_cols == 5 and any(c.text == "Outstanding" for c in t.cells)]
    assert len(headers) == 2  # the background table's header row and the journey's header table
    for table in headers:
        assert [table.cell(0, col).text for col in range(5)] == list(pack.GRADE_COLUMNS)


def test_each_tracker_row_carries_its_status_colour(layout: LayoutDocument) -> None:
    first_action = pack.TRACKER_ROWS[0][1][0].text
    table = _table_with(layout, first_action)
    assert table.n_rows == len(pack.TRACKER_ROWS)
    for row, expected in enumerate(pack.TRACKER_ROWS):
        expected_colour = pack.GREEN if pack.GREEN in expected[3][0].text else pack.RED
        assert table.cell(row, 1).text.startswith(expected[1][0].text[:40])
        squares = [s for s in table.cell(row, 3).spans if s.text.strip() == pack.SQUARE]
        assert [s.style.colour for s in squares] == [expected_colour], f"tracker row {row}"


def test_tracker_topics_are_merged_over_their_actions(layout: LayoutDocument) -> None:
    table = _table_with(layout, pack.TRACKER_ROWS[0][1][0].text)
    topic = table.cell(11, 0)
    assert topic.text == "Child Protection and Child Exploitation"
    assert (topic.row, topic.row_span) == (11, 3)
    assert table.cell(0, 0).text == "" and table.cell(1, 0).text == ""


def test_legend_squares_are_green_and_red(layout: LayoutDocument) -> None:
    legend = {b.text: b for b in layout.blocks if not isinstance(b, Table) and "= Action" in b.text}
    assert {b.spans[0].style.colour for b in legend.values() if "Complete" in b.text} == {pack.GREEN}
    assert {b.spans[0].style.colour for b in legend.values() if "Outstanding" in b.text} == {pack.RED}


def test_each_notes_table_is_one_table_with_a_merged_decision(layout: LayoutDocument) -> None:
    notes = [t for t in layout.tables() if t.cell(0, 0) and t.cell(0, 0).text == "Question"]
    assert len(notes) == 2
    for table, level in zip(notes, ("Partly Assured", "Assured")):
        assert table.header_rows == 1
        assert [table.cell(0, c).text for c in range(3)] == ["Question", "Brief Summary of Evidence",
                                                             "Decision of PCC"]
        decision = table.cell(1, 2)
        assert decision.text.splitlines()[0] == level
        # One decision for the topic: the merged cell holds it, and the rest of
        # the column is its continuation (on later pages of a PDF, where a
        # page break splits the merged cell, blank cells).
        assert [c.row for c in table.cells if c.col == 2 and c.row > 0 and c.text] == [1]
        if layout.file_type.value == "pdf":
            assert len(table.pages) > 2, f"notes table found on pages {table.pages} only"
        else:
            assert decision.row + decision.row_span == table.n_rows, "decision cell not merged over every question"


def test_questions_are_bold_and_commentary_italic(layout: LayoutDocument) -> None:
    for table in (t for t in layout.tables() if t.cell(0, 0) and t.cell(0, 0).text == "Question"):
        question = table.cell(1, 0)
        assert question.blocks[0].is_bold
        commentary = [b for b in table.cell(1, 2).blocks if b.text.startswith("The PCC")]
        assert commentary and all(b.is_italic for b in commentary)


def test_regenerating_reproduces_the_committed_samples() -> None:
    built = _generate_module().build()
    with pdfplumber.open(io.BytesIO(built[f"{STEM}.pdf"])) as fresh, \
            pdfplumber.open(SAMPLES / f"{STEM}.pdf") as committed:
        assert [p.extract_text() for p in fresh.pages] == [p.extract_text() for p in committed.pages]

    def body(data: bytes) -> list[str]:
        document = docx.Document(io.BytesIO(data))
        return [p.text for p in document.paragraphs] + [c.text for t in document.tables for r in t.rows
                                                       for c in r.cells]

    assert body(built[f"{STEM}.docx"]) == body((SAMPLES / f"{STEM}.docx").read_bytes())


@pytest.mark.parametrize("name", FILES)
def test_samples_stay_small(name: str) -> None:
    assert (SAMPLES / name).stat().st_size < 300_000


@pytest.mark.parametrize("name", FILES)
def test_gold_records_fit_the_record_models(name: str) -> None:
    gold = json.loads((SAMPLES / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    assert gold["source_file"] == name and gold["expect"] == "ok"
    common = {"record_id": "x", "doc_id": "0" * 16, "source_file": name, "extractor": "gold@0", "confidence": 1.0}
    document_fields = {"source_path": name, "sha256": "0" * 64, "size_bytes": 0}
    for record_type, records in gold["records"].items():
        model = RECORD_MODELS[record_type]
        for record in records:
            fields = {k: v for k, v in record.items() if k != "cause_of_concern_text"}
            extra = document_fields if record_type == "documents" else {}
            model.model_validate({**common, **extra, **fields})
            if name.endswith(".docx"):
                assert record["page"] is None
    texts = {r["text"] for r in gold["records"]["causes_of_concern"]}
    assert all(r["cause_of_concern_text"] in texts for r in gold["records"]["recommendations"])
    assert {r["meeting_date"] for r in gold["records"]["meetings"]} == {str(date(2025, 4, 1)),
                                                                         str(date(2025, 5, 21))}


def test_layout_matches_golden_dump(layout: LayoutDocument) -> None:
    name = layout.source_file
    golden = SAMPLES / "golden" / f"{name}.layout.txt"
    dump = render_text(layout) + "\n"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(dump, encoding="utf-8")
    assert golden.exists(), f"{golden.relative_to(ROOT)} is missing; create it with UPDATE_GOLDEN=1 and review it"
    assert dump == golden.read_text(encoding="utf-8"), (
        f"layout of {name} differs from {golden.relative_to(ROOT)}; if the change is intended, rerun with "
        "UPDATE_GOLDEN=1 and review the diff")
