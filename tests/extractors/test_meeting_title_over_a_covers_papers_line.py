"""A cover printing the board's name over a line naming the papers ("Meeting
papers", "Board pack") and the date: the pack's own meeting is titled by the
board's name, not by the papers' line; on a Word file and on a reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, H1, grid, pdf, records, word_table
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph

AGENDA = [["Item", "Title", "Presenter"], ["1", "Apologies", "Chair"], ["2", "Youth diversion", "Head of Partnerships"]]
SUBTITLE = ParagraphStyle("subtitle", fontName="Helvetica", fontSize=14, leading=18, spaceAfter=8)
NOTE = ("The papers for each item follow the agenda. Members are asked to read them before the meeting and to send "
        "any questions to the office two days ahead, so that answers can be brought to the Board.")


def _cover(path: Path, papers_line: str) -> Path:
    office, board = "Office of the Police and Crime Commissioner for Cumbria", "Estates and Assets Board"
    if path.suffix == ".docx":
        document = Document()
        document.add_heading(office, level=2)
        document.add_heading(board, level=1)
        document.add_heading(papers_line, level=2)
        document.add_paragraph("Thursday 9 October 2031")
        document.add_paragraph("Theme: Custody estate")
        document.add_page_break()
        document.add_heading("Agenda", level=3)
        word_table(document, AGENDA)
        document.add_paragraph(NOTE)
        document.save(str(path))
        return path
    return pdf(path, [Paragraph(office, H1), Paragraph(board, H1), Paragraph(papers_line, SUBTITLE),
                      Paragraph("Thursday 9 October 2031", BODY), Paragraph("Theme: Custody estate", BODY),
                      PageBreak(), Paragraph("Agenda", H1), grid(AGENDA, [40, 200, 150]), Paragraph(NOTE, BODY),
                      Paragraph(NOTE, BODY)])


@pytest.mark.parametrize("papers_line", ["Meeting papers", "Board pack"])
@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_covers_meeting_is_titled_by_the_board_not_the_papers(tmp_path: Path, suffix: str,
                                                                    papers_line: str) -> None:
    found = records(_cover(tmp_path / f"cover{suffix}", papers_line))["meetings"]

    assert [(m["meeting_date"], m["title"], m["topic"]) for m in found] == [
        ("2031-10-09", "Estates and Assets Board", "Custody estate")]
