"""Agenda items: number as printed without its dot, title, presenter."""

from datetime import date

from scrutiny_build import document, heading, item, para, table

from extractors import agenda
from extractors.context import DocumentContext


def _fields(doc, ctx=DocumentContext()):
    return [(d.fields["number"], d.fields["title"], d.fields["presenter"], d.fields["meeting_date"])
            for d in agenda.extract(doc, ctx).drafts]


def test_agenda_table_with_unlabelled_number_column() -> None:
    doc = document(
        heading("Performance Scrutiny Meeting"),
        para("Date: 12/03/2025", bold=True),
        heading("Agenda", level=2),
        table([["", "Item", "Presented By"],
               ["1.", "Apologies for Absence", "PCC"],
               ["2.", "Hate Crime\nan update", "Chief Constable"],
               ["3.", "Date of the next meeting: 9 April 2025", "PCC"]]),
    )
    assert _fields(doc) == [
        ("1", "Apologies for Absence", "PCC", date(2025, 3, 12)),
        ("2", "Hate Crime an update", "Chief Constable", date(2025, 3, 12)),
        ("3", "Date of the next meeting: 9 April 2025", "PCC", date(2025, 3, 12)),
    ]


def test_agenda_table_with_named_columns_and_context_date() -> None:
    doc = document(table([["Item No", "Agenda Item", "Lead Officer"],
                          ["1", "Welcome", "Chair"],
                          ["2a", "Finance report", "Chief Finance Officer"]]))
    ctx = DocumentContext(meeting_date=date(2025, 1, 7))
    assert _fields(doc, ctx) == [("1", "Welcome", "Chair", date(2025, 1, 7)),
                                 ("2a", "Finance report", "Chief Finance Officer", date(2025, 1, 7))]


def test_numbered_lines_with_trailing_presenter() -> None:
    doc = document(
        heading("Agenda"),
        item("Apologies", marker="1."),
        item("Notes of the previous meeting - PFCC", marker="2."),
        para("3. Custody performance (Chief Constable)"),
        item("Any other business", marker="4."),
        heading("Notes"),
        item("Not an agenda line", marker="5."),
    )
    assert [(n, t, p) for n, t, p, _ in _fields(doc)] == [
        ("1", "Apologies", None), ("2", "Notes of the previous meeting", "PFCC"),
        ("3", "Custody performance", "Chief Constable"), ("4", "Any other business", None)]


def test_a_tracker_table_is_not_an_agenda() -> None:
    doc = document(table([["Topic", "Action", "Update"], ["Stalking", "That a report be sent.", "Sent."]]))
    assert _fields(doc) == []


def test_a_numbered_table_far_below_the_agenda_heading_is_not_the_agenda() -> None:
    doc = document(
        heading("Agenda"),
        heading("Apologies"),
        heading("Minutes of the last panel"),
        para("DRAFT MINUTES - SCRUTINY PANEL (FRAUD) - 02/04/2025", bold=True),
        table([["1. How many frauds were reported?", "Many.", "Assured"],
               ["2. How many were solved?", "Few.", "Not assured"]], header_rows=0),
    )
    assert _fields(doc) == []
