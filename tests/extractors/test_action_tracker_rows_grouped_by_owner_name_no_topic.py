"""A tracker grouped by rows across it labelled as one of a row's fields
("Owner: Superintendent, Operations", "Lead officer: ..."): they say who owns
the rows under them, not what the rows are about, so the rows take no topic
from them (a "Theme: ..." row still gives its theme); on a Word file and a
reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import grouped_tracker, records

ROWS = [["Status", "Ref", "Raised", "Action", "Update"],
        ["Owner: Superintendent, Operations", "", "", "", ""],
        ["Open", "SB 27/09", "11/02/2027", "Report the findings of the next drone log audit to the Board.",
         "Audit under way."],
        ["Complete", "SB 27/02", "14/01/2027", "Set out the cost of the mobile rural crime unit.",
         "Costs set out in the budget paper."],
        ["Lead officer: Head of Corporate Communications", "", "", "", ""],
        ["Complete", "SB 27/10", "11/02/2027", "Prepare an engagement plan on drone use for rural communities.",
         "Draft plan shared."],
        ["Theme: Rural crime", "", "", "", ""],
        ["Open", "SB 27/04", "14/01/2027", "Publish the farm watch newsletter online each month.",
         "The first issue is with the designers."]]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_rows_under_an_owner_row_take_no_topic_from_it(tmp_path: Path, suffix: str) -> None:
    path = grouped_tracker(tmp_path / f"tracker{suffix}", "Scrutiny Board", "Action tracker", ROWS, [1, 4, 6],
                           (55, 55, 60, 170, 150))
    found = sorted(records(path)["actions"], key=lambda a: a["number"])

    assert [(a["number"], a["topic"], a["status"]) for a in found] == [
        ("SB 27/02", None, "complete"),
        ("SB 27/04", "Rural crime", "outstanding"),
        ("SB 27/09", None, "outstanding"),
        ("SB 27/10", None, "complete"),
    ]
