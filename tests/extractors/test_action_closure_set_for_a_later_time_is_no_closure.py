"""The meeting's decision to close an action at a later time or on a
condition ("agreed that the action could be closed by the end of June",
"... once the report is published") is no closure: the action is still open,
though the sentence opens like any other agreement ("The Panel agreed ...").
A reason for closing it now ("... closed on the basis of the update", "... in
light of the assurance given", "... following the update", "... after
discussion") is no time: the action is closed. On small real Word files: logs
with no status column."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import records, word_table


def _status(path: Path, update: str) -> tuple[str, str]:
    document = Document()
    document.add_heading("Police and Crime Panel", level=1)
    document.add_paragraph("Thursday 6 May 2027")
    document.add_heading("Action log", level=2)
    word_table(document, [["Ref", "Action", "Update"],
                          ["PCP 27/01", "Report the cost of the new custody suite.", update]])
    document.save(str(path))
    action = records(path)["actions"][0]
    return action["status"], action["status_source"]


@pytest.mark.parametrize("update", [
    "The Panel agreed that the action could be closed by the end of June.",
    "Members agreed that the action could be closed at the next meeting.",
    "Members agreed that the action could be closed once the report is published."])
def test_a_closure_set_for_a_later_time_or_condition_leaves_the_action_open(tmp_path: Path, update: str) -> None:
    assert _status(tmp_path / "panel.docx", update) == ("outstanding", "inferred_from_update")


@pytest.mark.parametrize("update", [
    "The Panel agreed that the action could be closed.",
    "Figures shared. The Board agreed that the action be closed on the basis of the update provided.",
    "Review presented. Members agreed that the action could be closed in light of the assurance given.",
    "The Board agreed that the action be closed following the update from the Chief Constable.",
    "Members agreed that the action be closed after discussion."])
def test_a_closure_for_a_reason_given_now_closes_the_action(tmp_path: Path, update: str) -> None:
    assert _status(tmp_path / "panel.docx", update) == ("complete", "inferred_from_update")
