"""The meeting's decision to close an action at a later time ("agreed that the
action could be closed by the end of June") is no closure: the action is
still open, though the sentence opens like any other agreement ("The Panel
agreed ..."). On a small real Word file: a log with no status column."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import records, word_table


def test_a_closure_set_for_a_later_time_leaves_the_action_open(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Police and Crime Panel", level=1)
    document.add_paragraph("Thursday 6 May 2027")
    document.add_heading("Action log", level=2)
    word_table(document, [["Ref", "Action", "Update"],
                          ["PCP 27/01", "Report the cost of the new custody suite.",
                           "The Panel agreed that the action could be closed by the end of June."],
                          ["PCP 27/02", "Share the victims' survey results.",
                           "The Panel agreed that the action could be closed."]])
    path = tmp_path / "panel.docx"
    document.save(str(path))
    found = {a["number"]: (a["status"], a["status_source"]) for a in records(path)["actions"]}
    assert found == {"PCP 27/01": ("outstanding", "inferred_from_update"),
                     "PCP 27/02": ("complete", "inferred_from_update")}
