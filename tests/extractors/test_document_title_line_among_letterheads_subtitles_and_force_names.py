"""Document titles on small real Word files and the PDFs LibreOffice makes of
them: Word's Title over its Subtitle is the Title line alone (the subtitle a
little larger than the text is no title line, in Word as in the PDF); between
lines set alike, the one naming the paper titles it, not the issuing force's
name over it; a heading that opens with a label ("Agenda item 6:", "Subject:")
is titled by the words after it; a data table's header cell never titles a
paper. A commissioner's office heading the publication it names ("Police and
Crime Commissioner for X: Annual Report 2025/26") and a newsletter's issue line
("Community newsletter: February 2026") are titles; the office alone over them
stays a letterhead, and a date line alone is no title."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt
from files import AS_PUBLISHED, BODY, TITLE, pdf, published, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from extractors.text import clean

H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=6)


def _title(path: Path) -> str:
    return records(path)["documents"][0]["title"]


def _plain(paragraph) -> None:
    """Runs in the style's own weight, as offices leave Word's Title and Subtitle."""
    for run in paragraph.runs:
        run.bold = False
        run.italic = False


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_word_title_over_its_subtitle_is_the_title_line_alone(tmp_path: Path, form: str) -> None:
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    _plain(document.add_paragraph("PEEL 2021/22: An inspection of Wiltshire Police", style="Title"))
    _plain(document.add_paragraph("Police effectiveness, efficiency and legitimacy", style="Subtitle"))
    document.add_paragraph("Date of publication: 9 June 2022")
    document.add_heading("Overall summary", level=1)
    document.add_paragraph("We make graded judgments in nine of the ten areas of policing we inspected.")
    path = published(document, tmp_path / "peel.docx", form)
    assert _title(path) == "PEEL 2021/22: An inspection of Wiltshire Police"


def test_a_subtitle_set_in_bold_under_the_title_is_still_a_title_line(tmp_path: Path) -> None:
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    for text, size in (("PEEL 2021/22", 14), ("An inspection of Wiltshire Police", 24),
                       ("Police effectiveness, efficiency and legitimacy", 12)):
        run = document.add_paragraph().add_run(text)
        run.bold, run.font.size = True, Pt(size)
    document.add_paragraph("Published 9 June 2022")
    document.add_paragraph("We make graded judgments in nine of the ten areas of policing we inspected, and we "
                           "inspected how effective the force's service is for victims of crime.")
    document.save(str(tmp_path / "peel.docx"))
    assert _title(tmp_path / "peel.docx") == ("PEEL 2021/22 An inspection of Wiltshire Police "
                                              "Police effectiveness, efficiency and legitimacy")


def test_the_line_naming_the_paper_titles_it_not_the_force_name_set_alike_over_it(tmp_path: Path) -> None:
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.sections[0].header.paragraphs[0].text = "OFFICIAL"
    for text in ("Avon and Somerset Police", "HMICFRS PEEL improvement tracker – position at 30 June 2026"):
        document.add_paragraph().add_run(text).bold = True
    document.add_paragraph("Prepared for the Chief Constable's Change Board.")
    document.add_heading("1. Areas for improvement", level=2)
    table = document.add_table(rows=2, cols=3)
    table.style = "Table Grid"
    for col, text in enumerate(("Ref", "Area for improvement", "Update")):
        table.cell(0, col).paragraphs[0].add_run(text).bold = True
    for col, text in enumerate(("AFI 1", "The force should answer non-emergency calls more quickly.", "On track.")):
        table.cell(1, col).text = text
    document.save(str(tmp_path / "tracker.docx"))
    assert _title(tmp_path / "tracker.docx") == clean("HMICFRS PEEL improvement tracker – position at 30 June 2026")


def test_a_force_name_set_larger_than_the_series_line_over_it_is_the_title(tmp_path: Path) -> None:
    document = Document()
    document.styles["Normal"].font.size = Pt(10)
    for text, size in (("National child protection inspection", 14), ("Humberside Police", 24)):
        run = document.add_paragraph().add_run(text)
        run.bold, run.font.size = True, Pt(size)
    document.add_paragraph("Publication date: 3 June 2025")
    run = document.add_paragraph().add_run("Summary")
    run.bold, run.font.size = True, Pt(18)
    document.add_paragraph("We found that Humberside Police is good at leadership and management.")
    document.save(str(tmp_path / "ncpi.docx"))
    assert _title(tmp_path / "ncpi.docx") == "National child protection inspection Humberside Police"


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_labelled_heading_is_titled_by_its_words_never_by_a_register_header_cell(tmp_path: Path,
                                                                                    form: str) -> None:
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.sections[0].header.paragraphs[0].text = "OFFICIAL"
    document.add_paragraph("Police and Crime Commissioner for Cleveland")
    document.add_paragraph("Strategic Scrutiny Meeting - 14 May 2026")
    document.add_heading("Agenda item 5: HMICFRS inspection activity – quarterly update", level=1)
    document.add_paragraph("Report of: Chief Constable")
    document.add_paragraph("The force's current grades are set out below.")
    table = document.add_table(rows=3, cols=4)
    table.style = "Table Grid"
    for col, text in enumerate(("Inspection", "Published", "Area", "Grade")):
        table.cell(0, col).paragraphs[0].add_run(text).bold = True
    for row, (area, grade) in enumerate((("Preventing crime", "Good"), ("Investigating crime", "Adequate")), start=1):
        table.cell(row, 2).text, table.cell(row, 3).text = area, grade
    table.cell(1, 0).merge(table.cell(2, 0)).text = "PEEL 2023–25"
    table.cell(1, 1).merge(table.cell(2, 1)).text = "12 March 2025"
    path = published(document, tmp_path / "update.docx", form)
    assert _title(path) == clean("HMICFRS inspection activity – quarterly update")


def test_a_subject_heading_is_titled_by_the_subject_after_its_label(tmp_path: Path) -> None:
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.add_paragraph().add_run("Police, Fire and Crime Panel").bold = True
    document.add_paragraph("Date of meeting: 12 March 2026")
    document.add_heading("Subject: HMICFRS PEEL inspection of Staffordshire Police 2023–25", level=1)
    document.add_paragraph("The report was published by HMICFRS on 29 January 2026.")
    document.save(str(tmp_path / "panel.docx"))
    assert _title(tmp_path / "panel.docx") == clean("HMICFRS PEEL inspection of Staffordshire Police 2023–25")


def test_a_commissioner_s_annual_report_is_titled_by_its_heading_1_not_its_letterhead(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Office of the Police and Crime Commissioner for Norfolk", level=3)
    document.add_heading("Police and Crime Commissioner for Norfolk: Annual Report 2025/26", level=1)
    document.add_paragraph("Published June 2026")
    document.add_heading("Foreword from the Commissioner", level=2)
    document.add_paragraph("This is my annual report for the year from April 2025 to March 2026.")
    document.save(str(path := tmp_path / "annual-report.docx"))
    assert records(path)["documents"][0]["title"] == "Police and Crime Commissioner for Norfolk: Annual Report 2025/26"


def test_a_newsletter_is_titled_by_its_issue_line(tmp_path: Path) -> None:
    path = pdf(tmp_path / "newsletter.pdf", [
        Paragraph("Dorset Police and Crime Commissioner", BODY),
        Paragraph("Community newsletter: March 2026", TITLE),
        Paragraph("Message from the Commissioner", H2),
        Paragraph("Welcome to the March edition of my newsletter.", BODY),
        Paragraph("March 2026", H2),
    ])
    assert records(path)["documents"][0]["title"] == "Community newsletter: March 2026"
