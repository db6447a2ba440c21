"""A briefing deck's title slide dates the board it goes to, and a chapter's
heading under a document's title is no part of the title."""

from pathlib import Path

from docx import Document
from docx.shared import Pt
from files import pdf_lines, records


def test_briefing_slide_line_dates_the_board_it_goes_to(tmp_path: Path) -> None:
    path = pdf_lines(tmp_path / "briefing-deck.pdf", [
        ("Essex Police", 16, True),
        ("PEEL 2023–25: what the inspectorate found", 30, True),
        ("Briefing to the Police and Crime Commissioner's Performance Board – 12 May 2026", 13, False),
        ("Deputy Chief Constable", 12, False),
    ])

    assert str(records(path)["documents"][0]["meeting_date"]) == "2026-05-12"


def test_chapter_heading_under_the_title_is_no_part_of_it(tmp_path: Path) -> None:
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.add_heading("Norfolk Constabulary", level=4)
    document.add_heading("Force Management Statement 2026", level=0)
    document.add_heading("Chapter 9: Inspection, audit and assurance", level=1)
    document.add_heading("9.1 External inspection", level=2)
    document.add_paragraph("The force's most recent PEEL inspection report was published by HMICFRS on "
                           "4 November 2025.")
    path = tmp_path / "fms-chapter.docx"
    document.save(str(path))

    assert records(path)["documents"][0]["title"] == "Force Management Statement 2026"
