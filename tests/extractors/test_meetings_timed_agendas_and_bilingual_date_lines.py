"""Meetings, agendas and titles on small real Word files and the PDFs
LibreOffice makes of them: a timed agenda (Time | Item | Presenter) lists every
row, unnumbered; a bilingual date line ("Dydd Mawrth 1 Rhagfyr 2026 / Tuesday 1
December 2026") dates the front sheet's meeting, and bilingual notes headings
are notes; the office a running header names before the board is no part of the
pack's title; notes that number their items as minutes ("26/63 Rural crime")
are about their one scrutiny item."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt
from files import AS_PUBLISHED, published, records

from extractors.text import clean


def _table(document: Document, rows: list[tuple[str, ...]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for col, text in enumerate(rows[0]):
        table.cell(0, col).paragraphs[0].add_run(text).bold = True
    for row, values in enumerate(rows[1:], start=1):
        for col, text in enumerate(values):
            table.cell(row, col).text = text


def _pack(header: str = "") -> Document:
    document = Document()
    document.styles["Normal"].font.size = Pt(10.5)
    if header:
        document.sections[0].header.paragraphs[0].text = header
    return document


def test_a_timed_agenda_lists_every_row_with_no_number(tmp_path: Path) -> None:
    document = _pack()
    document.add_paragraph().add_run("Police and Crime Commissioner for Humberside").bold = True
    document.add_paragraph("Public Scrutiny Meeting", style="Title")
    document.add_paragraph("Tuesday 8 December 2026, 10:00, Wilberforce Court, Hull")
    document.add_heading("Agenda", level=1)
    _table(document, [("Time", "Item", "Presenter"),
                      ("10:00", "Welcome and apologies", "Police Commissioner"),
                      ("10:05", "Minutes of the meeting held on 15 September 2026 and action log",
                       "Chief Executive, OPCC"),
                      ("10:15", "Roads policing and road safety", "ACC Operations"),
                      ("11:55", "Any other business", "Police Commissioner")])
    document.add_heading("Public Scrutiny Meeting – Minutes – 15 September 2026", level=1)
    document.add_paragraph("Present: Police Commissioner (Chair); Chief Constable.")
    document.save(str(tmp_path / "pack.docx"))
    agenda = records(tmp_path / "pack.docx")["agenda_items"]
    assert [(a["number"], a["title"], a["presenter"], a["meeting_date"]) for a in agenda] == [
        (None, "Welcome and apologies", "Police Commissioner", "2026-12-08"),
        (None, "Minutes of the meeting held on 15 September 2026 and action log", "Chief Executive, OPCC",
         "2026-12-08"),
        (None, "Roads policing and road safety", "ACC Operations", "2026-12-08"),
        (None, "Any other business", "Police Commissioner", "2026-12-08"),
    ]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_bilingual_date_line_dates_the_front_sheets_meeting(tmp_path: Path, form: str) -> None:
    document = _pack("Comisiynydd Heddlu a Throseddu Gwent / Gwent Police and Crime Commissioner")
    document.add_paragraph("Cyfarfod Perfformiad ac Atebolrwydd / Performance and Accountability Meeting",
                           style="Title")
    document.add_paragraph("Dydd Mawrth 1 Rhagfyr 2026 / Tuesday 1 December 2026, 10:00")
    document.add_heading("Agenda", level=2)
    _table(document, [("Item", "Title", "Lead"),
                      ("1", "Welcome and apologies", "Commissioner"),
                      ("2", "Notes of the meeting held on 6 October 2026", "Chief of Staff"),
                      ("3", "Serious violence duty: first year", "ACC Crime")])
    document.add_page_break()
    document.add_heading("Nodiadau / Notes – Performance and Accountability Meeting – 6 October 2026", level=2)
    document.add_paragraph("Present: Police and Crime Commissioner (Chair); Chief Constable; ACC Crime.")
    document.add_heading("Domestic abuse", level=3)
    document.add_paragraph("The ACC Crime presented the quarterly report on domestic abuse.")
    found = records(published(document, tmp_path / "pack.docx", form))
    assert found["documents"][0]["meeting_date"] == "2026-12-01"
    assert sorted((m["meeting_date"], m["title"]) for m in found["meetings"]) == [
        ("2026-10-06", clean("Notes – Performance and Accountability Meeting – 6 October 2026")),
        ("2026-12-01", "Performance and Accountability Meeting"),
    ]
    assert {a["meeting_date"] for a in found["agenda_items"]} == {"2026-12-01"}


def test_a_date_line_whose_english_side_is_only_its_label_is_read_whole(tmp_path: Path) -> None:
    document = _pack("Policing Accountability Board / Bwrdd Atebolrwydd Plismona")
    document.add_paragraph().add_run("Dyfed-Powys Police and Crime Commissioner").bold = True
    document.add_heading("Policing Accountability Board", level=1)
    document.add_paragraph("Date / Dyddiad: Tuesday 18 November 2025, 10:00 - 12:30")
    document.add_paragraph("Venue / Lleoliad: Police Headquarters, Carmarthen")
    document.add_heading("Agenda / Agenda", level=2)
    _table(document, [("Item", "Title", "Lead"), ("1", "Apologies / Ymddiheuriadau", "Chair")])
    document.save(str(tmp_path / "pack.docx"))
    found = records(tmp_path / "pack.docx")
    assert found["documents"][0]["meeting_date"] == "2025-11-18"
    assert [(m["meeting_date"], m["title"]) for m in found["meetings"]] == [
        ("2025-11-18", "Policing Accountability Board")]


def test_the_office_a_running_header_names_before_the_board_is_no_part_of_the_title(tmp_path: Path) -> None:
    document = _pack("Humberside Police and Crime Commissioner – Strategic Scrutiny Board")
    document.add_heading("Agenda", level=1)
    document.add_paragraph("Thursday 10 December 2026, 14:00, Police Headquarters")
    for line in ("1. Apologies", "2. Minutes of the previous meeting", "3. Neighbourhood policing"):
        document.add_paragraph(line)
    document.save(str(tmp_path / "pack.docx"))
    assert records(tmp_path / "pack.docx")["documents"][0]["title"] == "Strategic Scrutiny Board"


def test_notes_numbering_their_items_as_minutes_are_about_their_one_scrutiny_item(tmp_path: Path) -> None:
    document = _pack()
    document.add_paragraph().add_run("Police and Crime Commissioner for Dorset").bold = True
    document.add_paragraph("Commissioner's Monitoring Board", style="Title")
    document.add_paragraph("Thursday 19 November 2026, 09:30, Winfrith")
    document.add_heading("Agenda", level=1)
    for line in ("1.\tApologies (Chair)", "2.\tMinutes of the meeting held on 22 October 2026 (Chair)",
                 "3.\tVetting (DCC)"):
        document.add_paragraph(line)
    document.add_heading("Commissioner's Monitoring Board – Minutes of the meeting held on 22 October 2026", level=1)
    document.add_paragraph("Present: Police and Crime Commissioner (Chair); Chief Constable.")
    for minute, text in (("26/61 Apologies", "Apologies were received from the DCC."),
                         ("26/62 Minutes and action tracker", "The minutes of 17 September 2026 were agreed."),
                         ("26/63 Rural and wildlife crime", "The Inspector for the Rural Crime Team presented."),
                         ("26/64 Any other business", "None.")):
        document.add_heading(minute, level=2)
        document.add_paragraph(text)
    document.save(str(tmp_path / "pack.docx"))
    october = [m for m in records(tmp_path / "pack.docx")["meetings"] if m["meeting_date"] == "2026-10-22"]
    assert [m["topic"] for m in october] == ["Rural and wildlife crime"]
