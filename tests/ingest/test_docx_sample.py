"""The DOCX backend on the committed sample pack (samples/, a faithful Word
rendering of the reference document): the layouts extractors rely on."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from pipeline.ingest.docx import read_docx
from pipeline.layout import LayoutDocument, Table

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "scrutiny-pack-2025-05-21.docx"
GRADES = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]


@pytest.fixture(scope="module")
def pack() -> LayoutDocument:
    data = SAMPLE.read_bytes()
    return read_docx(SAMPLE, data, hashlib.sha256(data).hexdigest())


def _header(table: Table) -> list[str]:
    return [cell.text for cell in table.row_cells(0)]


def test_grade_table_keeps_each_area_under_its_grade_column(pack: LayoutDocument) -> None:
    graded = [t for t in pack.tables() if _header(t) == GRADES and t.n_rows > 1]
    assert len(graded) == 1
    by_grade = {grade: [t for row in graded[0].grid()[1:] if (t := row[col])]
                for col, grade in enumerate(GRADES)}
    assert by_grade == {
        "Outstanding": [],
        "Good": ["Police powers and public treatment", "Preventing crime", "Managing offenders",
                 "Developing a positive workplace"],
        "Adequate": ["Responding to the public", "Leadership and force management"],
        "Requires improvement": ["Investigating crime", "Protecting vulnerable people"],
        "Inadequate": [],
    }


def test_action_tracker_rows_carry_their_square_colour_and_merged_topics(pack: LayoutDocument) -> None:
    tracker = next(t for t in pack.tables() if any(s.text.strip() == "■" for c in t.cells for s in c.spans))
    colours = [next(s.style.colour for c in tracker.row_cells(r) for s in c.spans if s.text.strip() == "■")
               for r in range(tracker.n_rows)]
    assert colours.count("#00b050") == 6 and colours.count("#ff0000") == 8
    assert len(colours) == tracker.n_rows == 14
    topics = {c.text: c.row_span for c in tracker.cells if c.col == 0 and c.text}
    assert topics["Violence Against Women and Girls"] == 3
    assert topics["Retail Crime"] == 2
    assert tracker.cell(1, 0).row_span == 2 and tracker.cell(1, 0).text == ""  # topic on a page not included


def test_each_meetings_notes_table_is_one_table_with_a_header_row(pack: LayoutDocument) -> None:
    notes = [t for t in pack.tables() if _header(t) == ["Question", "Brief Summary of Evidence", "Decision of PCC"]]
    assert len(notes) == 2
    assert all(t.header_rows == 1 and t.n_cols == 3 for t in notes)
    decisions = [t.cell(r, 2) for t in notes for r in range(1, t.n_rows)]
    assert any(b.is_italic for cell in decisions for b in cell.blocks)  # the PCC's commentary
