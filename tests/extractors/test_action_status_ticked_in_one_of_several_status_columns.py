"""A tracker whose status is a tick in one of several columns, each headed by
a status ("Complete | Ongoing | Not started"): the ticked column's heading is
the row's status, as a status column's word would be, whatever the update
says and where it says nothing; on a Word file and the PDF LibreOffice makes
of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_table

TICK = "\u2713"
ROWS = [["Ref", "Meeting", "Action", "Update", "Complete", "Ongoing", "Not started"],
        ["RB 27/02", "14/01/2027", "Share the knife crime surrender figures by district.",
         "Shared with the Board on 30 January.", TICK, "", ""],
        # the update reads as done, but the tick says the Board has not closed it
        ["RB 27/03", "14/01/2027", "Review the response times to rural burglary calls.",
         "The review was completed and sent to the force.", "", TICK, ""],
        # no update to read a status from: the tick alone tells
        ["RB 27/06", "18/02/2027", "Change crime recording so that assaults on shop workers can be counted.", "",
         "", "", TICK]]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_ticked_columns_heading_is_the_rows_status(tmp_path: Path, form: str) -> None:
    document = Document()
    document.add_heading("Resources Board – 4 March 2027", level=1)
    document.add_heading("Action log", level=2)
    document.add_paragraph("A tick shows where each action stands.")
    word_table(document, ROWS)
    found = sorted(records(published(document, tmp_path / "log.docx", form))["actions"], key=lambda a: a["number"])

    assert [(a["number"], a["status"], a["status_source"]) for a in found] == [
        ("RB 27/02", "complete", "status_column"),
        ("RB 27/03", "outstanding", "status_column"),
        ("RB 27/06", "outstanding", "status_column"),
    ]
