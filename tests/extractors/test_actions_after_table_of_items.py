"""Actions closing notes whose one heading ("2. Scrutiny questions") holds
a table of several items, each opened by a row set across it ("Item 4:
Drug-related harm", "Item 5: Roads policing"): the actions close several
items, so they take no item's topic. A real reportlab PDF."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, pdf, records
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

HEADING = ParagraphStyle("heading", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=15)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)


def _questions_of_two_items() -> Table:
    rows = [["No.", "Question", "Response", "Level of assurance"],
            ["Item 4: Knife crime", "", "", ""],
            ["1", "How many knife arrests were made?", "Forty arrests in the quarter.", "Assured"],
            ["Item 5: Fraud", "", "", ""],
            ["2", "How are fraud victims contacted?", "By the victim hub within two days.", "Partly assured"]]
    table = Table([[Paragraph(text, CELL) for text in row] for row in rows], colWidths=[90, 150, 150, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("SPAN", (0, 1), (-1, 1)), ("SPAN", (0, 3), (-1, 3))]))
    return table


def test_actions_after_a_table_of_several_items_take_no_items_topic(tmp_path: Path) -> None:
    path = pdf(tmp_path / "conference.pdf", [
        Paragraph("Public Accountability Conference", H1),
        Paragraph("Tuesday 28 March 2028, 10.00am, Police Headquarters", BODY),
        Paragraph("Minutes of the Public Accountability Conference held on 30 January 2028", H1),
        Paragraph("Present: Commissioner (Chair); Chief Constable.", BODY),
        Paragraph("1. Apologies", HEADING),
        Paragraph("None.", BODY),
        Paragraph("2. Scrutiny questions", HEADING),
        Paragraph("The Commissioner put the following questions.", BODY),
        _questions_of_two_items(),
        Paragraph("3. Actions arising", HEADING),
        Paragraph("1. Report knife arrests by district each quarter.", BODY),
        Paragraph("2. Publish the victim hub's contact times.", BODY),
    ])

    found = records(path)["actions"]

    assert sorted((a["text"], a["topic"]) for a in found) == [
        ("Publish the victim hub's contact times.", None),
        ("Report knife arrests by district each quarter.", None)]
