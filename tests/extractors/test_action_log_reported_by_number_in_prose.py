"""Minutes that go through the action log by the actions' numbers alone ("The
Action Log was noted and the following discussed:" over "(9) The Director
confirmed that ..."): each numbered minute is the log's action of that number,
the minute its text and update, its status the update's (a report still to come
back to the Board, or a progress update, is outstanding; "now complete" is
complete); on a Word file and a reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import docx, lines_file, records

UPDATES = {
    "4": ("The Director confirmed that the fleet paper was scheduled to come back to the Board for approval in "
          "July 2045.", "outstanding"),
    "6": ("The Treasurer reported that the audit letter had been answered. The action is now complete.", "complete"),
    "11": ("The Chief Executive gave a verbal update on the progress of the estates review.", "outstanding"),
}
LINES = [("h1", "Executive Board Minutes 12 June 2045"),
         ("h2", "210. Action Log"),
         ("p", "The Action Log was noted and the following discussed:"),
         *(("li", f"({number}) {minute}") for number, (minute, _status) in UPDATES.items()),
         ("h2", "211. Any other business"),
         ("p", "None.")]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_each_action_reported_by_its_number_is_the_logs_entry(tmp_path: Path, suffix: str) -> None:
    path = docx(tmp_path / "minutes.docx", LINES) if suffix == ".docx" else \
        lines_file(tmp_path / "minutes.pdf", [("p" if kind == "li" else kind, text) for kind, text in LINES])

    found = records(path)["actions"]

    assert sorted((a["number"], a["text"], a["update"], a["status"], a["source"]) for a in found) == sorted(
        (number, minute, minute, status, "action_tracker") for number, (minute, status) in UPDATES.items())
