"""A tracker's header printed again among its rows (a later page's header
kept as a row by the reader, or pasted in with the rows of a second page)
is no action: the rows keep their own actions, numbers and statuses, and no
action "Action" numbered "Ref" is exported. On a Word file and the PDF
LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_table

HEADER = ["Ref", "Date raised", "Action", "Update", "Status"]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_header_repeated_among_the_rows_is_no_action(tmp_path: Path, form: str) -> None:
    rows = [["PCB 44/01", "12/01/2044", "Share the 101 call-back figures with the OPCC.", "Shared.", "Complete"],
            ["PCB 44/02", "12/01/2044", "Report the hate crime outcomes by strand.", "Due in May.", "Open"],
            HEADER,
            ["PCB 44/03", "09/02/2044", "Publish the rural crime survey results.", "Published in March.", "Complete"]]
    document = Document()
    document.add_heading("Police and Crime Board", level=1)
    document.add_paragraph("5 April 2044, 10:00, Police Headquarters")
    document.add_heading("Action log", level=2)
    word_table(document, [HEADER, *rows])
    found = records(published(document, tmp_path / "pack.docx", form))["actions"]
    assert sorted((a["number"], a["status"]) for a in found) == [
        ("PCB 44/01", "complete"), ("PCB 44/02", "outstanding"), ("PCB 44/03", "complete")]
