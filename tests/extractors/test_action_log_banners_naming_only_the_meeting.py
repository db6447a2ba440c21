"""A tracker split by meeting under full-width banners that name only the
meeting ("Actions from 12 January 2027", "Actions arising from ..."): the
banner dates the rows under it and gives them no topic, on a Word file and on
a reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import grouped_tracker, records

BANNERS = ("Actions from 12 January 2027", "Actions arising from 9 February 2027", "Actions of 2 March 2027")
ROWS = [["Ref", "Action", "Owner", "Update", "Status"],
        [BANNERS[0], "", "", "", ""],
        ["SB 27/01", "Report on repeat victims of fraud.", "ACC", "Presented.", "Complete"],
        [BANNERS[1], "", "", "", ""],
        ["SB 27/02", "Review the staffing of the control room.", "ACC", "Due in May.", "Open"],
        [BANNERS[2], "", "", "", ""],
        ["SB 27/03", "Share the stop and search figures by ward.", "ACC", "Circulated.", "Closed"]]
BANNER_ROWS = [1, 3, 5]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_banner_naming_only_the_meeting_dates_its_rows_and_gives_no_topic(tmp_path: Path, suffix: str) -> None:
    path = grouped_tracker(tmp_path / f"log{suffix}", "Strategic Board", "Action log", ROWS, BANNER_ROWS)
    found = sorted(records(path)["actions"], key=lambda a: a["number"])

    assert [(a["number"], str(a["meeting_date"]), a["topic"], a["status"]) for a in found] == [
        ("SB 27/01", "2027-01-12", None, "complete"),
        ("SB 27/02", "2027-02-09", None, "outstanding"),
        ("SB 27/03", "2027-03-02", None, "complete"),
    ]
