"""A tracker with no update column that prints each action's update in a row
merged across the log under the action's row ("Update: The survey opens in
November."): the update is exported without its label, on a Word file and on
a reportlab PDF; an update dated by its label ("Update 25/06/2026: ...")
keeps it, as it dates the entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import grouped_tracker, records

ROWS = [["Ref", "Meeting", "Action", "Status"],
        ["PB 38/21", "21/07/2038", "Present the neighbourhood officer abstraction figures.", "Complete"],
        ["Update: Figures were presented at the September Board.", "", "", ""],
        ["PB 38/22", "21/07/2038", "Survey residents on police visibility in rural wards.", "Ongoing"],
        ["Progress: The survey opens in November 2038.", "", "", ""],
        ["PB 38/27", "01/09/2038", "Audit bail notifications to stalking victims each quarter.", "Ongoing"],
        ["Update 25/06/2038: Audit fieldwork under way.", "", "", ""]]
UPDATE_ROWS = [2, 4, 6]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_update_row_under_its_action_is_exported_without_its_label(tmp_path: Path, suffix: str) -> None:
    path = grouped_tracker(tmp_path / f"log{suffix}", "Accountability Board", "Action log", ROWS, UPDATE_ROWS,
                           (60, 70, 250, 70))
    found = sorted(records(path)["actions"], key=lambda a: a["number"])

    assert [(a["number"], a["update"], a["status"]) for a in found] == [
        ("PB 38/21", "Figures were presented at the September Board.", "complete"),
        ("PB 38/22", "The survey opens in November 2038.", "outstanding"),
        ("PB 38/27", "Update 25/06/2038: Audit fieldwork under way.", "outstanding"),
    ]
