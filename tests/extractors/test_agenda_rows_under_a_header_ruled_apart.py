"""An agenda table whose header row alone is ruled and shaded, its rows
below borderless and numbered "Item 1", "Item 2", ...: the PDF reader sees
the ruled header and the borderless rows as two tables of the same columns,
which are one agenda, each row an item with its number, title and lead. A
reportlab PDF through the whole pipeline."""

from __future__ import annotations

from pathlib import Path

from files import BODY, BOLD, H1, pdf, records
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

ROWS = [["Item", "Business", "Lead"],
        ["Item 1", "Welcome and introductions", "Chair"],
        ["Item 2", "Declarations of interest", "Chair"],
        ["Item 3", "Rural crime", "Chief Constable"],
        ["Item 4", "Estates strategy", "Director of Resources"]]


def test_item_rows_below_a_header_ruled_apart_are_the_agenda(tmp_path: Path) -> None:
    table = Table([[Paragraph(text, BOLD if r == 0 else BODY) for text in row] for r, row in enumerate(ROWS)],
                  colWidths=[60, 280, 130])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
                               ("GRID", (0, 0), (-1, 0), 0.5, colors.black)]))
    path = pdf(tmp_path / "agenda.pdf", [Paragraph("Policing Accountability Board", H1),
                                         Paragraph("7 June 2033", BODY), table])

    found = records(path)["agenda_items"]

    assert [(item["number"], item["title"], item["presenter"]) for item in found] == [
        (row[0].removeprefix("Item "), row[1], row[2]) for row in ROWS[1:]]
