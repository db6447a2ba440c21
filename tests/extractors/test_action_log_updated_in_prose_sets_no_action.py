"""Minutes that go through the action log in prose, each update opening with
the action's number ("Action 11 – Discussion as to ... Agreement for action
11 to be closed"), report on the log's actions and set none of their own;
where the update closes by citing the new action it raised by number and
owner's initials ("... with a separate action to ... (Action 16 – RC)"),
that new action is read, numbered by the citation. An action set in the
same minutes is still read, and one closing with that citation is numbered
by it, the bracket no part of its text; an action line with its own number
citing its log reference at its close tells of no other action and is read;
on a Word file and on a reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import lines_file, records

LINES = [
    ("h1", "Notes of the Governance Board held on 4 March 2027"),
    ("h2", "2. Minutes and action updates"),
    ("p", "The Chief of Staff went through the action updates."),
    ("p", "Action 11 \u2013 Discussion as to whether the update should include the financial detail. "
          "Agreement for action 11 to be closed."),
    ("p", "Action 12 \u2013 Agreed to close, with a separate action to give the Commissioner a further update "
          "by 27 March (Action 16 \u2013 RC)"),
    ("h2", "3. Fleet decarbonisation"),
    ("p", "Action: RHL to share the analysis of the electric vehicle pilot."),
    ("p", "Action: Cost the charging points for the rural stations (Action 17 \u2013 RHL)."),
    ("p", "Action 2: The fleet manager to share the mileage figures with members (Action: GB 27/14)."),
]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_action_updated_in_prose_by_its_number_is_no_new_action(tmp_path: Path, suffix: str) -> None:
    found = records(lines_file(tmp_path / f"notes{suffix}", LINES))["actions"]

    assert [(a["number"], a["text"]) for a in found[:3]] == [
        ("16", "Give the Commissioner a further update by 27 March"),
        (None, "RHL to share the analysis of the electric vehicle pilot."),
        ("17", "Cost the charging points for the rural stations"),
    ]
    assert [(a["number"], a["text"].startswith("The fleet manager to share the mileage figures")) for a in found[3:]] \
        == [("2", True)]
