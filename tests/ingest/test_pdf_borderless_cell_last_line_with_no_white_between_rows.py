"""A borderless table set with no white between its rows (Word's cells have
no top or bottom margin; reportlab with no padding): a cell's last line,
alone on its line and opening with a capital or a bracket ("... that were
late" over "(ACC Local Policing)"), stands no further under the cell's other
lines than they stand apart, and carries on the cell it fills, left
mid-sentence: it is that cell's, not a row of its own (an action with no
number and status unknown). A row of the table's own with its first cell
empty, under a cell that ends its sentence, stays a row."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Table as PdfTable
from reportlab.platypus import TableStyle

from tests.extractors.files import records
from tests.ingest.pdf_builders import para, read, story_pdf

ACTIONS = [["AB 44/01", "Provide the board with the number of burglary victims visited within a day in each district "
                        "and the reasons for the visits that were late (ACC Local Policing)", "Open"],
           ["AB 44/02", "Set out the plan to reduce the wait for forensic results, with the cost of the extra staff and "
                        "the date the backlog will be cleared (Head of Forensics)", "Open"],
           ["AB 44/03", "Report the completion rate of the stalking course for every response officer and supervisor "
                        "who has joined since January (ACC Crime)", "Complete"]]


def _log(path: Path, rows: list[list[str]]) -> Path:
    cells = [[para(text, bold=r == 0, space_after=0) for text in row] for r, row in enumerate(rows)]
    table = PdfTable(cells, colWidths=[60, 340, 60])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    path.write_bytes(story_pdf([para("Accountability Board", 16, True),
                                para("Minutes of the meeting held on 9 June 2044"), para("Action log", 13, True),
                                table]))
    return path


def _grid(path: Path) -> list[list[str]]:
    (table,) = read(path.read_bytes()).tables()
    return [[" ".join(cell.split()) for cell in row] for row in table.grid()]


def test_a_cells_last_line_is_no_row_where_rows_stand_no_further_apart(tmp_path: Path) -> None:
    path = _log(tmp_path / "log.pdf", [["Ref", "Action", "Status"], *ACTIONS])
    assert _grid(path) == [["Ref", "Action", "Status"], *ACTIONS]
    assert [(a["number"], a["text"], a["status"]) for a in records(path)["actions"]] == [
        (number, text, {"Open": "outstanding", "Complete": "complete"}[status]) for number, text, status in ACTIONS]


def test_a_row_with_its_first_cell_empty_under_a_finished_cell_stays_a_row(tmp_path: Path) -> None:
    """A second action under one reference, printed as a row of its own with no reference and no status yet,
    under an action that ends its sentence."""
    rows = [["Ref", "Action", "Status"],
            ["AB 44/01", "Provide the board with the number of burglary victims visited within a day in each "
                         "district.", "Open"],
            ["", "Explain the reasons for the visits that were late", ""],
            ["AB 44/02", "Set out the plan to reduce the wait for forensic results.", "Complete"]]
    assert _grid(_log(tmp_path / "log.pdf", rows)) == rows
