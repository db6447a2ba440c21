"""A borderless table whose header row a page break leaves alone at the foot
of a page, its rows opening the next: the header heads the rows again (one
table over both pages), so an action log keeps its Status column and a
question grid its Assessment column. Before, the header was a line of text
and the rows a table of no header: no action and no decision was read.
A bold heading closing a page over a table of no header on the next is no
header row of it: one piece, not one over each column."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.platypus import Spacer

from pipeline.layout import Table
from tests.extractors.files import records
from tests.ingest.pdf_builders import borderless, grid, para, read, story_pdf

LOG = [["Ref", "Action", "Status"], ["PAB 1", "Write to the council about the farm watch scheme.", "Complete"],
       ["PAB 2", "Report the trackers fitted this year to the next Board.", "Open"],
       ["PAB 3", "Set out the costs of the rural patrols.", "Open"]]
GRID = [["No.", "Question", "Response", "Assessment"],
        ["1.", "How many farm thefts were solved?", "Forty were solved.", "Assured"],
        ["2.", "How is the watch scheme recruited?", "Through parish councils.", "Partly assured"],
        ["3.", "Are trackers fitted free?", "Not yet.", "Not assured"]]


def _pack(path: Path, table, filler: float) -> Path:
    path.write_bytes(story_pdf([para("Police Accountability Board", 14, True),
                                para("Minutes of the meeting held on 3 March 2031"), para("3. Rural crime", 12, True),
                                Spacer(1, filler), table, para("Chair: A. Member")]))
    return path


def _grids(path: Path) -> list[tuple[list[list[str]], tuple[int, ...]]]:
    return [([[" ".join(c.split()) for c in row] for row in t.grid()], t.pages) for t in read(path.read_bytes()).tables()]


def test_a_logs_header_left_at_the_page_foot_heads_its_rows_on_the_next(tmp_path: Path) -> None:
    path = _pack(tmp_path / "log.pdf", borderless(LOG, [60, 330, 80]), 650)
    assert _grids(path) == [(LOG, (2, 3))]
    assert [(a["number"], a["status"], a["status_source"]) for a in records(path)["actions"]] == [
        ("PAB 1", "complete", "status_column"), ("PAB 2", "outstanding", "status_column"),
        ("PAB 3", "outstanding", "status_column")]


@pytest.mark.parametrize("filler", [638, 650])
def test_a_question_grids_header_left_at_the_page_foot_heads_its_rows_on_the_next(tmp_path: Path,
                                                                                 filler: float) -> None:
    """The rows alone read their numbers as list markers ("1." | question: three columns, the header's
    "No." and "Question" over one); each question keeps its number and level."""
    path = _pack(tmp_path / "grid.pdf", borderless(GRID, [30, 170, 170, 100]), filler)
    ((rows, pages),) = _grids(path)
    assert pages == (2, 3) and rows[0][-1] == "Assessment" and [row[-1] for row in rows[1:]] == [
        row[3] for row in GRID[1:]]
    decisions = sorted(records(path)["assurance_decisions"], key=lambda d: d["question_number"])
    assert [(d["question_number"], d["question"], d["assurance"]) for d in decisions] == [
        (row[0][:-1], row[1], row[3]) for row in GRID[1:]]


def test_a_bold_heading_closing_the_page_is_no_header_of_the_rows_on_the_next(tmp_path: Path) -> None:
    path = tmp_path / "heading.pdf"
    path.write_bytes(story_pdf([para("Police Accountability Board", 14, True), Spacer(1, 640),
                                para("Actions carried forward", 10, True), grid(LOG[1:], [60, 330, 80], ruled=False),
                                para("Chair: A. Member")]))
    doc = read(path.read_bytes())
    heading = next(b for b in doc.blocks if not isinstance(b, Table) and b.text == "Actions carried forward")
    (table,) = doc.tables()
    assert heading.prov.page == 1 and table.pages == (2,) and table.header_rows == 0
    assert [[" ".join(c.split()) for c in row] for row in table.grid()] == LOG[1:]
