"""An item going through the meeting's action log, by whichever name the log
vocabulary gives it ("Review of actions", "Log of open actions", "Public
outstanding references", "Action register"), is standing business as the
actions extractor reads that part as the log: notes whose one other item is a
scrutiny item are about that item. On a Word file and a reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import lines_file, records


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
@pytest.mark.parametrize("log", ["Review of actions", "Log of open actions", "Public outstanding references",
                                 "Action register"])
def test_the_notes_take_their_one_scrutiny_item(tmp_path: Path, suffix: str, log: str) -> None:
    path = lines_file(tmp_path / f"notes{suffix}", [
        ("h1", "Notes of the Strategic Scrutiny Board held on 9 April 2031"),
        ("h2", "1. Apologies"), ("p", "There were no apologies."),
        ("h2", f"2. {log}"), ("p", "The board went through the open actions; none were closed."),
        ("h2", "3. Rural crime"), ("p", "The Assistant Chief Constable presented the rural crime report."),
        ("h2", "4. Any other business"), ("p", "None.")])

    assert [(m["meeting_date"], m["topic"]) for m in records(path)["meetings"]] == [("2031-04-09", "Rural crime")]
