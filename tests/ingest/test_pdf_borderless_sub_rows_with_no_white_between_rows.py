"""A Word table with no borders and no top or bottom cell margins, made PDF
by LibreOffice: its rows stand no further apart than a cell's lines. A row
of the table's own with its first cell empty and one cell filled (an
agenda's sub-item, a sub-action sharing the reference above) under a cell
that stops without a stop stays a row where that cell's line above had
room left for its first word, or where it wraps onto a line of its own: a
line wraps only when full. A cell's last line carried alone under a full
line ("... that were late" over "(ACC Local Policing)") is still its cell's."""

from __future__ import annotations

from pathlib import Path

from docx.shared import Cm, Pt

from tests.extractors.files import records
from tests.ingest.docx_builders import add_table_of_widths, new_document, office_pdf
from tests.ingest.pdf_builders import read


def _pack(path: Path, heading: str, rows: list[list[str]], widths: list[float]) -> Path:
    document = new_document()
    document.styles["Normal"].paragraph_format.space_after = Pt(0)
    document.add_heading("Accountability Board", level=1)
    document.add_paragraph("Minutes of the meeting held on 9 June 2044")
    document.add_heading(heading, level=2)
    add_table_of_widths(document, rows, [Cm(w) for w in widths])
    document.add_paragraph("The meeting closed at 12.10.")
    return office_pdf(document, path)


def _grid(path: Path) -> list[list[str]]:
    (table,) = read(path.read_bytes()).tables()
    return [[" ".join(cell.split()) for cell in row] for row in table.grid()]


def test_an_agendas_sub_items_stay_rows(tmp_path: Path) -> None:
    rows = [["Item", "Title", "Lead"], ["1", "Apologies", "Chair"], ["2", "Minutes of the last meeting", "Chair"],
            ["3", "Neighbourhood policing", "ACC Local Policing"], ["", "Rural crime", ""], ["", "Business crime", ""],
            ["4", "Finance report", "Chief Finance Officer"]]
    assert _grid(_pack(tmp_path / "agenda.pdf", "Agenda", rows, [1.5, 5, 5]))[-6:] == rows[1:]


def test_sub_actions_with_no_reference_and_no_status_stay_rows(tmp_path: Path) -> None:
    """One sub-action under a line with room left; one wrapping onto a line of its own under a full line."""
    rows = [["Ref", "Action", "Status"], ["AB 44/01", "Provide the burglary figures by district", "Open"],
            ["", "Publish the figures on the website", ""],
            ["AB 44/02", "Report the waits for forensic results and the cost of clearing them", "Closed"],
            ["", "Brief members on the new provider and the date its contract starts", ""]]
    path = _pack(tmp_path / "log.pdf", "Action log", rows, [2.5, 5, 3])
    assert _grid(path) == rows
    assert [(a["text"], a["status"]) for a in records(path)["actions"] if a["status"] == "complete"] == [
        (rows[3][1], "complete")]


def test_a_cells_last_line_carried_under_a_full_line_is_still_its_cells(tmp_path: Path) -> None:
    rows = [["Ref", "Action", "Status"],
            ["AB 44/01", "Provide the board with the number of burglary victims visited within a day in each "
                         "district and the reasons for the visits that were late (ACC Local Policing)", "Open"],
            ["AB 44/02", "Set out the plan to reduce the wait for forensic results (Head of Forensics)", "Complete"]]
    assert _grid(_pack(tmp_path / "log.pdf", "Action log", rows, [2.5, 6, 3])) == rows
