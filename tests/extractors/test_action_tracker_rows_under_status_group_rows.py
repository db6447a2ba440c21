"""A tracker with no status column whose rows sit under full-width group rows
naming a status ("Open actions", "Actions completed since the last Board",
"Actions closed since the last Board"): each row takes its group's status as
the log prints it (a status column's reading), whatever its update's wording,
on a Word file and on a reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import grouped_tracker, records

ROWS = [["Ref", "Raised", "Action", "Update"],
        ["Open actions", "", "", ""],
        # reads as done, but the group says the Board has not closed it
        ["PB 27/04", "12/01/2027", "Report the rape charge rate by district.",
         "A draft was presented to the Chief Officer Group and will be shared once agreed."],
        ["PB 27/05", "12/01/2027", "Set up a log of complaints about stop and search.", "Log being designed."],
        ["Actions completed since the last Board", "", "", ""],
        ["PB 27/01", "10/11/2026", "Circulate the victims' strategy to members.", "See the February briefing."],
        ["Actions closed since the last Board", "", "", ""],
        ["PB 27/02", "10/11/2026", "Brief members on the control room rota.", "Superseded by the wider review."]]
GROUP_ROWS = [1, 4, 6]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_rows_under_a_status_group_row_take_its_status(tmp_path: Path, suffix: str) -> None:
    path = grouped_tracker(tmp_path / f"log{suffix}", "Performance Board", "Action tracker", ROWS, GROUP_ROWS,
                           (55, 60, 170, 190))
    found = sorted(records(path)["actions"], key=lambda a: a["number"])

    assert [(a["number"], a["status"], a["status_source"], a["topic"]) for a in found] == [
        ("PB 27/01", "complete", "status_column", None),
        ("PB 27/02", "complete", "status_column", None),
        ("PB 27/04", "outstanding", "status_column", None),
        ("PB 27/05", "outstanding", "status_column", None),
    ]
