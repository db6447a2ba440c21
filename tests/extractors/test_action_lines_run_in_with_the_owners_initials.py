"""An action minuted as a line run straight on from "Action" to its owners'
initials and the deed, with no colon or dash ("Action PF to discuss ...",
"Action SN send ..."), is an action of the item; "Action Fraud" named in a
sentence is none, on a Word file and on a reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import lines_file, records

LINES = [
    ("h1", "Notes of the Accountability Board held on 4 March 2027"),
    ("h2", "3. Business crime"),
    ("p", "Action Fraud reporting volumes fell by 5% in the quarter."),
    ("p", "Action PF to discuss the business crime proposal with the force."),
    ("p", "Action SN send a formal note to the Chief Constable."),
    ("p", "Action JB/KL to report the shop theft figures to the next meeting."),
]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_action_run_in_with_its_owners_initials_is_read(tmp_path: Path, suffix: str) -> None:
    found = records(lines_file(tmp_path / f"notes{suffix}", LINES))["actions"]

    assert sorted((a["text"], a["topic"]) for a in found) == [
        ("JB/KL to report the shop theft figures to the next meeting.", "Business crime"),
        ("PF to discuss the business crime proposal with the force.", "Business crime"),
        ("SN send a formal note to the Chief Constable.", "Business crime"),
    ]
