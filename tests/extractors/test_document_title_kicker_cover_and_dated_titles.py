"""Which lines make a document's title: a one-line title that names its
series before a colon takes no kicker above it; a title heading that spells
out a cover's short subject is the title over it; a title that closes with
the month it reports at is no date line; and a front line naming a forum
with its date dates the meeting the paper goes to. Real reportlab PDFs and
Word files."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt
from files import BODY, pdf, records, word_table
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

KICKER = ParagraphStyle("kicker", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceAfter=4)
STRAPLINE = ParagraphStyle("strapline", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceAfter=4)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=25, spaceAfter=8)
SECTION = ParagraphStyle("section", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=6)
SMALL_HEADING = ParagraphStyle("small", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceAfter=6)


def test_a_strapline_above_a_title_naming_its_series_before_a_colon_is_no_part_of_it(tmp_path: Path) -> None:
    path = pdf(tmp_path / "report.pdf", [
        Paragraph("PEEL 2021/22", KICKER),
        Paragraph("Police effectiveness, efficiency and legitimacy", STRAPLINE),
        Paragraph("PEEL 2021/22: An inspection of Lincolnshire Police", TITLE),
        Paragraph("Published: 9 June 2022", KICKER),
        Paragraph("Our judgments", SECTION),
        Paragraph("Our inspection assessed how good Lincolnshire Police is in ten areas of policing.", BODY),
    ])

    assert records(path)["documents"][0]["title"] == "PEEL 2021/22: An inspection of Lincolnshire Police"


def _cover_memo(path: Path, subject: str, title: str) -> Path:
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    word_table(document, [["To:", "Commissioner's Accountability Board"], ["From:", "Chief Constable"],
                          ["Date:", "14 April 2026"], ["Subject:", subject]])
    document.add_heading(title, level=0)
    document.add_heading("Purpose", level=1)
    document.add_paragraph("This paper gives the Board an overview of the inspection's outcome and of the plan "
                           "to address its findings.")
    document.save(str(path))
    return path


def test_a_title_heading_that_spells_out_the_covers_subject_is_the_title(tmp_path: Path) -> None:
    path = _cover_memo(tmp_path / "memo.docx", "PEEL inspection outcome",
                       "HMICFRS PEEL 2023–25 inspection: outcome and improvement plan")

    assert records(path)["documents"][0]["title"] == "HMICFRS PEEL 2023-25 inspection: outcome and improvement plan"


def test_the_covers_subject_is_the_title_over_a_heading_on_something_else(tmp_path: Path) -> None:
    path = _cover_memo(tmp_path / "memo.docx", "PEEL inspection outcome", "Executive summary")

    assert records(path)["documents"][0]["title"] == "PEEL inspection outcome"


def test_a_title_closing_with_the_month_it_reports_at_is_the_title(tmp_path: Path) -> None:
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.add_heading("PEEL 2023–25 improvement plan: progress at December 2025", level=0)
    document.add_paragraph("Owner: Deputy Chief Constable. Reviewed monthly at the Force Improvement Board.")
    document.add_heading("Background", level=1)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on the force on 2 October 2025. This plan "
                           "sets out the force's actions against each area for improvement.")
    document.save(str(tmp_path / "plan.docx"))

    assert records(tmp_path / "plan.docx")["documents"][0]["title"] == \
        "PEEL 2023-25 improvement plan: progress at December 2025"


def test_a_forum_named_with_its_date_under_the_title_dates_the_meeting(tmp_path: Path) -> None:
    path = pdf(tmp_path / "paper.pdf", [
        Paragraph("Office of the Police and Crime Commissioner for Suffolk", SMALL_HEADING),
        Paragraph("HMICFRS PEEL 2023–25: how the region's forces compare", TITLE),
        Paragraph("Police Accountability Forum – 24 February 2026 – Agenda item 6", SMALL_HEADING),
        Paragraph("Summary", SECTION),
        Paragraph("This paper compares the force's PEEL 2023–25 grades with those of the region's other forces.",
                  BODY),
    ])

    found = records(path)["documents"][0]
    assert found["meeting_date"] == "2026-02-24"
    assert found["title"] == "HMICFRS PEEL 2023-25: how the region's forces compare"
