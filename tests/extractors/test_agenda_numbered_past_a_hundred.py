"""An agenda numbered by minute numbers that run on from meeting to meeting
("151", "152", ...), in a table, on a real PDF."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, TITLE, grid, pdf, records
from reportlab.platypus import Paragraph


def test_agenda_table_numbered_past_a_hundred(tmp_path: Path) -> None:
    rows = [["No.", "Item", "Presenter"], ["151", "Welcome and apologies", "Commissioner"],
            ["152", "Declarations of interest", "All"], ["153", "Roads policing", "Assistant Chief Constable"],
            ["154", "Any other business", "Commissioner"]]
    path = pdf(tmp_path / "pack.pdf", [Paragraph("Strategic Executive Board", TITLE),
                                       Paragraph("Date: 16 February 2027", BODY), Paragraph("Agenda", H1),
                                       grid(rows, [50, 250, 150])])
    found = [(a["number"], a["title"], a["presenter"]) for a in records(path)["agenda_items"]]
    assert found == [("151", "Welcome and apologies", "Commissioner"), ("152", "Declarations of interest", "All"),
                     ("153", "Roads policing", "Assistant Chief Constable"), ("154", "Any other business", "Commissioner")]
