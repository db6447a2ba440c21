"""A pack dated only in a strip of details whose cells each give key and value
("Date: ... | Time: ... | Location: ..."), notes of an earlier meeting below
it, on a real PDF."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, TITLE, pdf, records
from reportlab.platypus import Paragraph, Table


def test_pack_dated_by_a_strip_of_keyed_cells(tmp_path: Path) -> None:
    details = Table([[Paragraph(text, BODY) for text in ("Date: 2 March 2027", "Time: 10:00 – 12:30",
                                                        "Location: Police Headquarters")]], colWidths=[150, 150, 150])
    path = pdf(tmp_path / "pack.pdf", [
        Paragraph("Strategic Performance Board", TITLE), details,
        Paragraph("Chair: Police and Crime Commissioner for Gwent", BODY), Paragraph("Agenda", H1),
        Paragraph("1. Welcome and apologies", BODY), Paragraph("2. Minutes of the meeting of 1 December 2026", BODY),
        Paragraph("3. Rural crime", BODY),
        Paragraph("Minutes of the Strategic Performance Board, 1 December 2026", H1),
        Paragraph("1. Welcome and apologies", H1), Paragraph("The Commissioner welcomed members.", BODY)])
    found = records(path)
    assert found["documents"][0]["meeting_date"] == "2027-03-02"
    assert sorted(m["meeting_date"] for m in found["meetings"]) == ["2026-12-01", "2027-03-02"]
    assert {a["meeting_date"] for a in found["agenda_items"]} == {"2027-03-02"}


def test_notes_in_a_minutes_table_of_one_scrutiny_item(tmp_path: Path) -> None:
    """Notes set out as a minutes table whose number cells title the items
    ("3. Road safety"): beside standing business (apologies, the notes of
    the last conference, any other business) the one scrutiny item is the
    meeting's topic."""
    from docx import Document

    document = Document()
    document.add_heading("Public Accountability Conference", level=1)
    document.add_paragraph("Thursday 25 February 2027")
    document.add_heading("Notes of the Public Accountability Conference held on 10 December 2026", level=1)
    rows = [("Agenda item", "Discussion", "Outcome and actions"),
            ("1. Apologies", "Apologies were received.", "Noted."),
            ("2. Notes and action log of the last conference", "The notes were agreed.", "Agreed."),
            ("3. Road safety", "The Superintendent presented the road safety report.", "-"),
            ("4. Any other business", "None.", "-")]
    table = document.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            table.cell(r, c).text = text
    path = tmp_path / "pack.docx"
    document.save(str(path))

    topics = {m["meeting_date"]: m["topic"] for m in records(path)["meetings"]}
    assert topics["2026-12-10"] == "Road safety"
