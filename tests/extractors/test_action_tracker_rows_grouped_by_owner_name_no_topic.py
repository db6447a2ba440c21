"""A tracker grouped by rows across it labelled as one of a row's fields
("Owner: Head of Estates", "Lead officer: ..."): they say who owns the rows
under them, not what the rows are about, so the rows take no topic from them,
and keep the topic and meeting a group row above gave; a row whose label only
holds such a word ("Due diligence: ...") is a topic's; on a Word file and a
reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import grouped_tracker, records

ROWS = [["Status", "Ref", "Raised", "Action", "Update"],
        ["Owner: Head of Estates", "", "", "", ""],
        ["Open", "SB 27/09", "11/02/2027", "Report the findings of the next drone log audit to the Board.",
         "Audit under way."],
        ["Complete", "SB 27/02", "14/01/2027", "Set out the cost of the mobile rural crime unit.",
         "Costs set out in the budget paper."],
        ["Lead officer: Chief Finance Officer", "", "", "", ""],
        ["Complete", "SB 27/10", "11/02/2027", "Prepare an engagement plan on drone use for rural communities.",
         "Draft plan shared."],
        ["Theme: Rural crime", "", "", "", ""],
        ["Open", "SB 27/04", "14/01/2027", "Publish the farm watch newsletter online each month.",
         "The first issue is with the designers."],
        ["Due diligence: vetting of new recruits", "", "", "", ""],
        ["Open", "SB 27/05", "14/01/2027", "Report the vetting backlog by month.", "Figures being collated."]]


def _found(path: Path) -> list[tuple]:
    return sorted((a["number"], a["topic"], a["meeting_date"]) for a in records(path)["actions"])


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_rows_under_an_owner_row_take_no_topic_from_it(tmp_path: Path, suffix: str) -> None:
    path = grouped_tracker(tmp_path / f"tracker{suffix}", "Scrutiny Board", "Action tracker", ROWS, [1, 4, 6, 8],
                           (55, 55, 60, 170, 150))
    assert _found(path) == [
        ("SB 27/02", None, "2027-01-14"),
        ("SB 27/04", "Rural crime", "2027-01-14"),
        ("SB 27/05", "Due diligence: vetting of new recruits", "2027-01-14"),
        ("SB 27/09", None, "2027-02-11"),
        ("SB 27/10", None, "2027-02-11"),
    ]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_owner_row_keeps_the_topic_and_meeting_of_the_group_row_above(tmp_path: Path, suffix: str) -> None:
    rows = [["Ref", "Action", "Update"],
            ["Rural crime \u2013 14 January 2027", "", ""],
            ["Owner: Head of Estates", "", ""],
            ["SB 27/09", "Report the findings of the next drone log audit to the Board.", "Audit under way."],
            ["Owner: Chief Finance Officer", "", ""],
            ["SB 27/02", "Set out the cost of the mobile rural crime unit.", "Costs set out in the budget paper."]]
    path = grouped_tracker(tmp_path / f"tracker{suffix}", "Scrutiny Board", "Action tracker", rows, [1, 2, 4],
                           (60, 220, 190))
    assert _found(path) == [("SB 27/02", "Rural crime", "2027-01-14"), ("SB 27/09", "Rural crime", "2027-01-14")]
