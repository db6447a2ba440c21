"""Agenda items. An item's purpose in brackets after its presenter ("Title –
Presenter (for decision)") is neither title nor presenter; a row a numbered
agenda leaves unnumbered ("Comfort break", "Close") is the timetable's, not an
item; a "Lead:" line keeps the branch its role names in brackets. Real Word
files, the PDFs LibreOffice makes of them, and reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, BODY, BOLD, H1, grid, pdf, published, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

ITALIC = ParagraphStyle("italic", parent=BODY, fontName="Helvetica-Oblique")


def _typed_agenda() -> Document:
    """An agenda typed as paragraphs "N.<tab>Title – Presenter", the purpose
    after the presenter in italic brackets, sub-items with a presenter only."""
    document = Document()
    document.add_heading("Police and Crime Panel Briefing Board", level=1)
    document.add_paragraph("Tuesday 9 March 2027 at 10.00am, Council Chamber")
    document.add_heading("AGENDA", level=1)
    lines = [("1.", "Apologies", None, None),
             ("2.", "Minutes of the last meeting", "Governance Officer", "for decision"),
             ("3.", "Rural crime", "Chief Inspector, Rural Crime Team", "for assurance"),
             ("3a.", "Farm machinery theft", "Detective Sergeant, Rural Crime", None),
             ("4.", "Budget monitoring", "Treasurer", "for information and noting"),
             ("5.", "Any other business", None, None)]
    for number, title, presenter, purpose in lines:
        paragraph = document.add_paragraph(f"{number}\t{title}")
        if presenter:
            paragraph.add_run(f" \u2013 {presenter}")
        if purpose:
            paragraph.add_run(f" ({purpose})").italic = True
    document.add_paragraph("Date of next meeting: Tuesday 11 May 2027.")
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_purpose_in_brackets_after_the_presenter_is_neither_title_nor_presenter(tmp_path: Path, form: str) -> None:
    found = records(published(_typed_agenda(), tmp_path / "agenda.docx", form))

    assert [(i["number"], i["title"], i["presenter"]) for i in found["agenda_items"]] == [
        ("1", "Apologies", None),
        ("2", "Minutes of the last meeting", "Governance Officer"),
        ("3", "Rural crime", "Chief Inspector, Rural Crime Team"),
        ("3a", "Farm machinery theft", "Detective Sergeant, Rural Crime"),
        ("4", "Budget monitoring", "Treasurer"),
        ("5", "Any other business", None),
    ]


def _timed_table(tmp_path: Path, ruled: bool) -> Path:
    rows = [["Time", "No.", "Item", "Presenter"],
            ["10:00", "1", "Welcome and apologies", "Commissioner"],
            ["10:05", "2", "Hate crime: reporting and outcomes", "Head of Community Safety"],
            ["10:40", "", "<i>Comfort break</i>", ""],
            ["10:50", "3", "Fleet strategy", "Chief Finance Officer"],
            ["11:30", "", "Close", ""]]
    table = grid(rows, [50, 40, 250, 150])
    if not ruled:
        table.setStyle([("GRID", (0, 0), (-1, -1), 0, "white")])
    return pdf(tmp_path / "board.pdf", [
        Paragraph("Community Safety Accountability Board", H1),
        Paragraph("Wednesday 14 April 2027, 10:00 - 11:30", BODY),
        Paragraph("Agenda", BOLD),
        table,
    ])


@pytest.mark.parametrize("ruled", [True, False])
def test_unnumbered_break_and_close_rows_of_a_numbered_timed_agenda_are_no_items(tmp_path: Path, ruled: bool) -> None:
    found = records(_timed_table(tmp_path, ruled))

    assert [(i["number"], i["title"], i["presenter"]) for i in found["agenda_items"]] == [
        ("1", "Welcome and apologies", "Commissioner"),
        ("2", "Hate crime: reporting and outcomes", "Head of Community Safety"),
        ("3", "Fleet strategy", "Chief Finance Officer"),
    ]


def test_a_timed_agenda_that_numbers_no_item_keeps_every_row(tmp_path: Path) -> None:
    path = pdf(tmp_path / "unnumbered.pdf", [
        Paragraph("Public Accountability Meeting", H1),
        Paragraph("Thursday 8 April 2027, 14:00", BODY),
        Paragraph("Agenda", BOLD),
        grid([["Time", "Item", "Lead"],
              ["14:00", "Welcome and introductions", "Commissioner"],
              ["14:10", "Contact and call handling", "Head of Contact"],
              ["15:00", "Close", "Commissioner"]], [50, 280, 150]),
    ])
    found = records(path)

    assert [(i["number"], i["title"]) for i in found["agenda_items"]] == [
        (None, "Welcome and introductions"), (None, "Contact and call handling"), (None, "Close")]


def test_a_lead_line_keeps_the_branch_its_role_names_in_brackets(tmp_path: Path) -> None:
    path = pdf(tmp_path / "typed.pdf", [
        Paragraph("Strategic Accountability Board", H1),
        Paragraph("Monday 7 June 2027 at 2.00pm", BODY),
        Paragraph("AGENDA", BOLD),
        Paragraph("1.   Apologies for absence", BOLD),
        Paragraph("2.   Drug-related harm: county lines", BOLD),
        Paragraph("Lead: Assistant Chief Constable (Specialist Operations)", ITALIC),
        Paragraph("Paper A \u2013 for assurance", BODY),
        Paragraph("3.   Victim satisfaction", BOLD),
        Paragraph("Lead: Head of Victim Services", ITALIC),
        Paragraph("4.   Any other business", BOLD),
    ])
    found = records(path)

    assert [(i["number"], i["title"], i["presenter"]) for i in found["agenda_items"]] == [
        ("1", "Apologies for absence", None),
        ("2", "Drug-related harm: county lines", "Assistant Chief Constable (Specialist Operations)"),
        ("3", "Victim satisfaction", "Head of Victim Services"),
        ("4", "Any other business", None),
    ]
