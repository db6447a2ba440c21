"""A tracker split by meeting under full-width banners that name only the
meeting ("Actions from 12 January 2027", "Actions arising from ..."): the
banner dates the rows under it and gives them no topic, on a Word file and on
a reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, H1, grouped_grid, pdf, records, word_grouped_table
from reportlab.platypus import Paragraph

BANNERS = ("Actions from 12 January 2027", "Actions arising from 9 February 2027", "Actions of 2 March 2027")
ROWS = [["Ref", "Action", "Owner", "Update", "Status"],
        [BANNERS[0], "", "", "", ""],
        ["SB 27/01", "Report on repeat victims of fraud.", "ACC", "Presented.", "Complete"],
        [BANNERS[1], "", "", "", ""],
        ["SB 27/02", "Review the staffing of the control room.", "ACC", "Due in May.", "Open"],
        [BANNERS[2], "", "", "", ""],
        ["SB 27/03", "Share the stop and search figures by ward.", "ACC", "Circulated.", "Closed"]]
BANNER_ROWS = [1, 3, 5]


def _tracker(path: Path) -> Path:
    if path.suffix == ".docx":
        document = Document()
        document.add_heading("Strategic Board", level=1)
        document.add_paragraph("Thursday 4 March 2027")
        document.add_heading("Action log", level=2)
        word_grouped_table(document, ROWS, BANNER_ROWS)
        document.save(str(path))
        return path
    return pdf(path, [Paragraph("Strategic Board", H1), Paragraph("Thursday 4 March 2027", BODY),
                      Paragraph("Action log", H1), grouped_grid(ROWS, BANNER_ROWS)])


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_banner_naming_only_the_meeting_dates_its_rows_and_gives_no_topic(tmp_path: Path, suffix: str) -> None:
    found = sorted(records(_tracker(tmp_path / f"log{suffix}"))["actions"], key=lambda a: a["number"])

    assert [(a["number"], str(a["meeting_date"]), a["topic"], a["status"]) for a in found] == [
        ("SB 27/01", "2027-01-12", None, "complete"),
        ("SB 27/02", "2027-02-09", None, "outstanding"),
        ("SB 27/03", "2027-03-02", None, "complete"),
    ]
