"""A front sheet printing the office line and the date line above the
board's name ("11 April 2048 – Police Headquarters" over the heading
"Strategy and Performance Board", then "Theme:" and the agenda) titles the
meeting by that name; a running footer naming the board with its page
number ("Strategic Executive Board – page 1", a Word footer) titles it
without the page.
A heading under the date line naming no board ("Minutes of the previous
meeting", "Notice of meeting", "Part 1 – Open session", "Papers for the
Board") titles nothing. On a Word file and the PDF LibreOffice
makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_table

AGENDA = [["Item", "Title", "Lead"], ["1", "Apologies", "Chair"], ["2", "Serious violence duty", "ACC Crime"]]


def _front_sheet_title(path: Path, form: str, heading: str | None, footer: str = "") -> str | None:
    document = Document()
    document.add_paragraph("Office of the Police and Crime Commissioner for Gwent")
    document.add_paragraph("11 April 2048 – Police Headquarters, Cwmbran")
    if heading:
        document.add_heading(heading, level=1)
    document.add_paragraph("Theme: Serious violence duty")
    document.add_heading("Agenda", level=2)
    word_table(document, AGENDA)
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    found = records(published(document, path, form))["meetings"]
    return next(m["title"] for m in found if m["meeting_date"] == "2048-04-11")


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_boards_name_under_the_date_line_titles_the_meeting(tmp_path: Path, form: str) -> None:
    assert _front_sheet_title(tmp_path / "pack.docx", form, "Strategy and Performance Board",
                              footer="Strategy and Performance Board – page 1") == "Strategy and Performance Board"


def test_a_footer_naming_the_board_titles_it_without_its_page(tmp_path: Path) -> None:
    # Word keeps the footer apart from the body; a one-page PDF's footer is no running footer to tell apart
    assert _front_sheet_title(tmp_path / "pack.docx", "word", None,
                              footer="Strategic Executive Board – page 1") == "Strategic Executive Board"


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("heading", ["Minutes of the previous meeting", "Notice of meeting", "Part 1 – Open session",
                                     "Papers for the Board", "Report to the Panel"])
def test_a_heading_naming_no_board_titles_nothing(tmp_path: Path, form: str, heading: str) -> None:
    assert _front_sheet_title(tmp_path / "pack.docx", form, heading) is None
