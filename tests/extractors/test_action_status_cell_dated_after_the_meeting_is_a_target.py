"""A status column that prints a date beside its word: "Closed 22/04" (a
date before the meeting) is complete; "Closed by 30/06", "Closed 30/06" in
the tracker of a 17 May meeting are targets, and "Due 31/05" the date the
action is due: outstanding, read from the status column. The same dates
elsewhere change nothing: in the update beside a status word, in a Due
column beside the Status column, a closure dated by a day before the
meeting. On Word files, the PDFs LibreOffice makes of them and reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import AS_PUBLISHED, BODY, H1, grid, pdf, published, records, word_log
from reportlab.platypus import Paragraph

ROWS = [["Ref", "Action", "Update", "Status"],
        ["SAB/44/05", "Report the rural crime survey results.", "Parish councils consulted.", "Due 30/06"],
        ["SAB/44/06", "Circulate the wildlife crime training plan.", "Circulated to members.", "Closed 22/04"],
        ["SAB/44/07", "Publish the rural crime strategy.", "Draft with the Chief Constable.", "Closed by 30/06"],
        ["SAB/44/08", "Review the hare coursing operation.", "Review with the force.", "Closed 30/06"],
        ["SAB/44/09", "Provide the number of GPS thefts by district.", "Figures sent to members.", "Closed by 30/04"],
        ["SAB/44/10", "Share the farm watch survey.", "Survey shared on 3 May.", "Completed 3 May 2044"],
        ["SAB/44/11", "Brief members on the wildlife crime unit.", "Briefing set for the summer.", "Due 31/05"]]
EXPECTED = {"SAB/44/05": "outstanding", "SAB/44/06": "complete", "SAB/44/07": "outstanding",
            "SAB/44/08": "outstanding", "SAB/44/09": "complete", "SAB/44/10": "complete", "SAB/44/11": "outstanding"}
BOARD, DATE_LINE = "Strategic Accountability Board", "Minutes of the meeting held on 17 May 2044"


def _read(found: dict[str, list[dict]]) -> tuple[dict[str, str], set[str]]:
    return ({a["number"]: a["status"] for a in found["actions"]}, {a["status_source"] for a in found["actions"]})


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_status_cells_date_says_done_or_a_target(tmp_path: Path, form: str) -> None:
    document = word_log(BOARD, DATE_LINE, "Action log", "The Board reviewed its actions.", ROWS)
    assert _read(records(published(document, tmp_path / "log.docx", form))) == (EXPECTED, {"status_column"})


def test_a_reportlab_status_column_of_dates_reads_the_same(tmp_path: Path) -> None:
    path = pdf(tmp_path / "log.pdf", [Paragraph(BOARD, H1), Paragraph(DATE_LINE, BODY), Paragraph("Action log", H1),
                                      grid(ROWS, [70, 170, 150, 80])])
    assert _read(records(path)) == (EXPECTED, {"status_column"})


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_dates_beside_the_status_column_change_nothing(tmp_path: Path, form: str) -> None:
    # the near misses: a target in the update, a Due column of dates beside a Status column of words
    rows = [["Ref", "Action", "Update", "Due", "Status"],
            ["SAB/44/05", "Report the rural crime survey results.", "Survey to be closed by 30/06.", "30/06/2044",
             "Complete"],
            ["SAB/44/06", "Circulate the wildlife crime training plan.", "Closed by 30/06 at the latest.",
             "Due 30/06", "Closed"],
            ["SAB/44/07", "Publish the rural crime strategy.", "Closed 22/04 in draft; now reopened.", "Due 31/05",
             "Open"]]
    document = word_log(BOARD, DATE_LINE, "Action log", "The Board reviewed its actions.", rows)
    assert _read(records(published(document, tmp_path / "log.docx", form))) == (
        {"SAB/44/05": "complete", "SAB/44/06": "complete", "SAB/44/07": "outstanding"}, {"status_column"})
