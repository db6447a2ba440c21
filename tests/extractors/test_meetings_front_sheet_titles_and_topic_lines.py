"""A whole pack's front sheet, on small real Word files and the PDFs
LibreOffice makes of them. A running header is the pack's title only where the
body prints none: the board's name the first page sets as its heading under the
issuing office's line is the title; where the header alone names the board, the
office it names first, in words or by its initials ("Thames Valley PCC", "OPCC
..."), is no part of the title."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from files import AS_PUBLISHED, published, records


def _pack(header: str) -> Document:
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.sections[0].header.paragraphs[0].text = header
    return document


def _agenda(document: Document, rows: list[tuple[str, str, str]]) -> None:
    document.add_heading("Agenda", level=2)
    table = document.add_table(rows=len(rows) + 1, cols=3)
    table.style = "Table Grid"
    for col, text in enumerate(("Item", "Title", "Presenter")):
        table.cell(0, col).paragraphs[0].add_run(text).bold = True
    for row, values in enumerate(rows, start=1):
        for col, text in enumerate(values):
            table.cell(row, col).text = text


def _pages_after(document: Document, headings: tuple[str, ...]) -> None:
    """Pages of papers after the front sheet, so the header runs over several pages."""
    for heading in headings:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_heading(heading, level=1)
        document.add_paragraph("The paper sets out the Force's performance over the last quarter and the work "
                               "planned for the next, for the Commissioner to note.")


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_boards_heading_under_the_office_line_titles_the_pack_not_the_running_header(tmp_path: Path,
                                                                                         form: str) -> None:
    document = _pack("NORTHERN SCRUTINY BOARD – PUBLIC MEETING")
    document.add_paragraph().add_run("Office of the Police and Crime Commissioner for Cumbria").bold = True
    document.add_heading("Public Accountability Board", level=1)
    document.add_paragraph("Tuesday 8 December 2026, 10:00, Police Headquarters, Penrith")
    _agenda(document, [("1", "Apologies", "Chair"), ("2", "Rural crime", "Assistant Chief Constable")])
    _pages_after(document, ("Rural crime", "Performance report"))
    path = published(document, tmp_path / "pack.docx", form)
    assert records(path)["documents"][0]["title"] == "Public Accountability Board"


@pytest.mark.parametrize("header", ["Thames Valley PCC – Strategic Assurance Board",
                                    "OPCC Leicester, Leicestershire and Rutland – Strategic Assurance Board"])
def test_the_office_a_header_names_by_its_initials_is_no_part_of_the_title(tmp_path: Path, header: str) -> None:
    document = _pack(header)
    document.add_heading("Agenda", level=1)
    document.add_paragraph("Monday 30 November 2026, 13:30, Force Headquarters")
    for line in ("1. Apologies", "2. Minutes of the previous meeting", "3. Business crime"):
        document.add_paragraph(line)
    document.save(str(tmp_path / "pack.docx"))
    assert records(tmp_path / "pack.docx")["documents"][0]["title"] == "Strategic Assurance Board"


# The topic a front sheet states, wherever it prints it: a line after the table of the meeting's
# particulars (before the agenda) or over it, a row of that table, or a line under or over the date line.

def _front_sheet(document: Document, particulars: list[tuple[str, str]], over: str = "") -> None:
    document.add_paragraph().add_run("Office of the Police and Crime Commissioner for Cumbria").bold = True
    document.add_heading("Strategic Assurance Board", level=1)
    if over:
        document.add_paragraph(over)
    table = document.add_table(rows=len(particulars), cols=2)
    table.style = "Table Grid"
    for row, (label, value) in enumerate(particulars):
        table.cell(row, 0).text, table.cell(row, 1).text = label, value


_PARTICULARS = [("Date", "Monday 30 November 2026"), ("Time", "13:30 – 15:30"),
                ("Venue", "Meeting Room 1, Force Headquarters"), ("Chair", "Police and Crime Commissioner")]


def _front_meeting(path: Path) -> dict:
    return next(m for m in records(path)["meetings"] if m["meeting_date"] == "2026-11-30")


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_focus_line_after_the_particulars_table_is_the_meetings_topic(tmp_path: Path, form: str) -> None:
    document = _pack("")
    _front_sheet(document, _PARTICULARS)
    document.add_paragraph().add_run("Focus:").bold = True
    document.paragraphs[-1].add_run(" Victims' services and the Victims' Code")
    _agenda(document, [("1", "Apologies", "Chair"), ("2", "Victims' services", "Head of Commissioning")])
    meeting = _front_meeting(published(document, tmp_path / "pack.docx", form))
    assert (meeting["title"], meeting["topic"]) == ("Strategic Assurance Board", "Victims' services and the Victims' Code")


@pytest.mark.parametrize("label", ["Theme", "Topic", "Subject of scrutiny", "Spotlight", "Scrutiny focus"])
def test_a_topic_labelled_in_the_offices_words_after_over_or_in_the_particulars_table(tmp_path: Path, label: str) -> None:
    after = _pack("")
    _front_sheet(after, _PARTICULARS)
    after.add_paragraph(f"{label}: Business and retail crime")
    _agenda(after, [("1", "Apologies", "Chair")])
    within = _pack("")
    _front_sheet(within, _PARTICULARS + [(label, "Business and retail crime")])
    _agenda(within, [("1", "Apologies", "Chair")])
    over = _pack("")
    _front_sheet(over, _PARTICULARS, over=f"{label}: Business and retail crime")
    _agenda(over, [("1", "Apologies", "Chair")])
    for name, document in (("after.docx", after), ("within.docx", within), ("over.docx", over)):
        document.save(str(tmp_path / name))
        assert _front_meeting(tmp_path / name)["topic"] == "Business and retail crime", name


@pytest.mark.parametrize("label", ["Spotlight", "Subject of scrutiny"])
@pytest.mark.parametrize("under", [True, False])
def test_a_topic_line_under_or_over_the_meetings_date_line(tmp_path: Path, label: str, under: bool) -> None:
    document = _pack("")
    document.add_heading("Performance and Accountability Meeting", level=1)
    lines = ["Monday 30 November 2026, 10:00 – 12:30, Police Headquarters", f"{label}: Violence against women and girls"]
    for line in lines if under else reversed(lines):
        document.add_paragraph(line)
    _agenda(document, [("1", "Apologies", "Chair")])
    document.save(str(tmp_path / "pack.docx"))
    assert _front_meeting(tmp_path / "pack.docx")["topic"] == "Violence against women and girls"
