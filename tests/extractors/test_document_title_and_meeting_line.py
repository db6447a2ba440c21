"""A document's title ends above a heading that opens the text under it, and
a front line giving a meeting's name and then its date, set off by a comma,
dates the meeting the paper goes to. Real reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

BANNER = ParagraphStyle("banner", fontName="Helvetica-Bold", fontSize=26, leading=32, spaceAfter=10)
SECTION = ParagraphStyle("section", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=6)
SUBTITLE = ParagraphStyle("subtitle", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=6)


def test_a_heading_with_running_text_under_it_is_no_part_of_the_title_above(tmp_path: Path) -> None:
    path = pdf(tmp_path / "annual.pdf", [
        Paragraph("Annual report 2025–26", BANNER),
        Paragraph("Foreword from the independent chair", SECTION),
        Paragraph("This report describes how the partners have kept children safe this year, and what the "
                  "inspectorate found when it inspected the force.", BODY),
        Paragraph("The largest piece of external scrutiny this year was the child protection inspection.", BODY),
    ])

    assert records(path)["documents"][0]["title"] == "Annual report 2025-26"


def test_a_subtitle_over_the_covers_date_stays_part_of_the_title(tmp_path: Path) -> None:
    path = pdf(tmp_path / "thematic.pdf", [
        Paragraph("Answering the call", BANNER),
        Paragraph("An inspection of how forces handle calls for service", SUBTITLE),
        Paragraph("Publication date: 18 June 2025", BODY),
        Paragraph("About this inspection", H1),
        Paragraph("We inspected four forces and looked at how they answer and grade calls from the public.", BODY),
    ])

    assert records(path)["documents"][0]["title"] == \
        "Answering the call An inspection of how forces handle calls for service"


def test_a_meeting_named_before_its_date_and_a_comma_dates_the_paper(tmp_path: Path) -> None:
    path = pdf(tmp_path / "paper.pdf", [
        Paragraph("OFFICE OF THE POLICE AND CRIME COMMISSIONER", BODY),
        Paragraph("Performance report: grades over time", H1),
        Paragraph("Level 1 public meeting, 20 January 2026 · Report of the Chief Constable", BODY),
        Paragraph("Inspection outcomes", H1),
        Paragraph("The table sets the grades of the force's two most recent inspections side by side.", BODY),
    ])

    assert records(path)["documents"][0]["meeting_date"] == "2026-01-20"


def test_a_paper_for_a_board_named_at_length_before_a_comma_and_the_date_is_dated_by_it(tmp_path: Path) -> None:
    path = pdf(tmp_path / "paper.pdf", [
        Paragraph("THE FORCE", BODY),
        Paragraph("Improvement plan: progress report", H1),
        Paragraph("Report to the Police, Fire and Crime Commissioner's Performance and Resources Board, "
                  "27 January 2026", BODY),
        Paragraph("Grades", H1),
        Paragraph("The inspectorate published its report on the force on 16 October 2025.", BODY),
    ])

    assert records(path)["documents"][0]["meeting_date"] == "2026-01-27"
