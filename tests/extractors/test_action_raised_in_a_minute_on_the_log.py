"""A minute reporting on the log's action by its number ("Action 7 – ... it
was agreed that action 7 be closed") sets no action of its own, but the new
action it raises and cites at its close ("... with a separate action to ...
(Action 19 – KM)") is one: its number the citation's, its words those after
"action to". On a Word file and a reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import lines_file, records

LINES = [("h1", "Resources Board \u2013 Notes of Meeting \u2013 8 October 2047"),
         ("h2", "2. Minutes and action updates"),
         ("p", "Action 7 \u2013 The finance team explained the delay in the capital report. It was agreed that "
               "action 7 be closed with a separate action to circulate the revised capital programme before the "
               "December board (Action 19 \u2013 KM)"),
         ("h2", "3. Fleet"),
         ("p", "Action: The fleet manager to report vehicle downtime by district.")]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_action_a_minute_on_the_log_raises_is_an_action(tmp_path: Path, suffix: str) -> None:
    found = records(lines_file(tmp_path / f"notes{suffix}", LINES))["actions"]

    assert sorted((a["number"] or "", a["text"]) for a in found) == [
        ("", "The fleet manager to report vehicle downtime by district."),
        ("19", "Circulate the revised capital programme before the December board")]
