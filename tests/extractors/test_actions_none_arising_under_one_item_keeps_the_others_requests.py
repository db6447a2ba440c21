"""Notes that minute one item "Actions: none arising." still give the
requests minuted in prose under another item: only a paragraph run in from an
actions label that names the log's rows ("Actions agreed: ABC 12/01 ...")
says the notes list their actions elsewhere."""

from __future__ import annotations

from pathlib import Path

from files import docx, records


def _notes(path: Path, actions_line: str) -> Path:
    return docx(path, [("h2", "Notes of the Policing Board held on 9 March 2028"),
                       ("h3", "1. Rural crime"), ("p", "The Superintendent presented the report on farm thefts."),
                       ("p", actions_line),
                       ("h3", "2. Road safety"), ("p", "The Chief Constable presented the casualty figures."),
                       ("p", "The Commissioner asked that the force publish the speed camera sites each quarter.")])


def test_a_request_under_another_item_is_an_action_beside_none_arising(tmp_path: Path) -> None:
    found = records(_notes(tmp_path / "notes.docx", "Actions: none arising."))["actions"]
    assert [(a["text"], a["topic"]) for a in found] == [
        ("The Commissioner asked that the force publish the speed camera sites each quarter.", "Road safety")]
