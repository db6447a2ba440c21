"""The meetings of packs made as bundles. A divider page of the bundle ("Agenda
item 2" and the agenda's title of the paper behind it) is no notes heading: the
previous meeting takes the title and page of the notes' own heading, printed
over two lines on the next page (a PDF merged from separately made PDFs with
pypdf). Notes of one scrutiny item beside standing business ("Attendance and
apologies", "Minutes of the previous meeting", "Any other business") are about
that item (a Word file and the PDF LibreOffice makes of it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, BODY, H1, TITLE, pdf, published, records
from pypdf import PdfWriter
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph

_NOTES_TITLE = "Minutes of the Strategic Governance Board held on 13 October 2026"


def _bundle(tmp_path: Path) -> Path:
    """The office's front sheet and divider, then the minutes made apart, merged into one PDF."""
    office = pdf(tmp_path / "office.pdf", [
        Paragraph("Strategic Governance Board", TITLE), Paragraph("Date: 8 December 2026", BODY),
        Paragraph("Agenda", H1), Paragraph("1. Welcome and apologies", BODY),
        Paragraph("2. Minutes of the meeting held on 13 October 2026", BODY), Paragraph("3. Rural crime", BODY),
        PageBreak(),
        Paragraph("Agenda item 2", ParagraphStyle("divider", parent=TITLE, fontSize=28, leading=34)),
        Paragraph("Minutes of the meeting held on 13 October 2026", H1)])
    # a narrow heading: the notes' title runs over two lines
    two_lines = ParagraphStyle("notes", parent=H1, fontName="Times-Bold", rightIndent=250)
    minutes = pdf(tmp_path / "minutes.pdf", [
        Paragraph(_NOTES_TITLE, two_lines),
        Paragraph("Present: the Commissioner (Chair) and the Chief Officer team.", BODY),
        Paragraph("1. Welcome and apologies", H1), Paragraph("Apologies were received.", BODY),
        Paragraph("2. Rural crime", H1), Paragraph("Rural crime fell by a tenth.", BODY),
        Paragraph("3. Missing children", H1), Paragraph("Return interviews are slower.", BODY)])
    writer = PdfWriter()
    for part in (office, minutes):
        writer.append(str(part))
    bundle = tmp_path / "bundle.pdf"
    with bundle.open("wb") as out:
        writer.write(out)
    return bundle


def test_a_divider_page_is_no_notes_heading_the_notes_own_heading_is(tmp_path: Path) -> None:
    previous = [m for m in records(_bundle(tmp_path))["meetings"] if m["meeting_date"] == "2026-10-13"]
    assert [(m["title"], m["page"]) for m in previous] == [(_NOTES_TITLE, 3)]


def _notes_of_one_item() -> Document:
    document = Document()
    document.add_heading("Police Accountability Forum", 0)
    document.add_paragraph("Date: 2 December 2026")
    document.add_paragraph("Topic: Violence against women and girls")
    document.add_page_break()
    document.add_heading("Minutes of the Police Accountability Forum held on 30 September 2026", level=1)
    for number, (title, minute) in enumerate((
            ("Attendance and apologies", "All members attended."),
            ("Minutes of the previous meeting", "The minutes were agreed."),
            ("Anti-social behaviour", "The Force reported a fall in repeat calls."),
            ("Any other business", "There was none.")), start=1):
        document.add_heading(f"{number}. {title}", level=3)
        document.add_paragraph(minute)
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_notes_of_one_item_beside_attendance_and_standing_business_are_about_it(tmp_path: Path, form: str) -> None:
    found = records(published(_notes_of_one_item(), tmp_path / "pack.docx", form))["meetings"]
    assert sorted((m["meeting_date"], m["topic"]) for m in found) == [
        ("2026-09-30", "Anti-social behaviour"), ("2026-12-02", "Violence against women and girls")]
