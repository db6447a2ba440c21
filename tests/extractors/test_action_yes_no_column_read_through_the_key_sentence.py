"""A tracker's status column asking a question ("Proposed for closure?")
answered Yes / No, under a key sentence saying what the rows marked with an
answer are ("Actions marked Yes are proposed to the Forum for closure;
actions marked No remain open"): the key's reading wins over the question's
words, the answer it leaves unexplained the opposite (Yes complete, No
outstanding). With no key sentence, both answers to whether closure is
proposed leave the action open (Yes is a proposal the meeting has yet to
agree, No says the work goes on); a question naming a status ("Complete?",
"Still open?") is answered by it, No the opposite. A letter key of the
status cells ("N = Not started") says nothing of what the answers mean. On
a Word file and the PDF LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_log

ROWS = [["Ref", "Date raised", "Action", "Update", "Proposed for closure?"],
        ["PAF 40/19", "8 October 2040", "Publish the outcome of the scrutiny panel's review.",
         "Published on 14 November 2040.", "Yes"],
        ["PAF 40/22", "10 December 2040", "Provide a breakdown of call abandonment by hour.",
         "Data requested; not yet received.", "No"]]


def _tracker(lead: str, rows: list[list[str]]) -> Document:
    return word_log("Police Accountability Forum", "Tuesday 15 April 2041", "Action tracker", lead, rows)


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_yes_no_answer_is_read_as_the_key_sentence_says(tmp_path: Path, form: str) -> None:
    tracker = _tracker("Actions marked Yes are proposed to the Forum for closure; actions marked No remain open.", ROWS)
    found = sorted(records(published(tracker, tmp_path / "tracker.docx", form))["actions"], key=lambda a: a["number"])

    assert [(a["number"], a["status"], a["status_source"]) for a in found] == [
        ("PAF 40/19", "complete", "status_column"),
        ("PAF 40/22", "outstanding", "status_column"),
    ]


OPEN_ROWS = [["Ref", "Date raised", "Action", "Update", "Owner's status", "Still open? (Y/N)"],
             ["PAF 40/19", "8 October 2040", "Publish the outcome of the scrutiny panel's review.",
              "Published on 14 November 2040.", "C", "N"],
             ["PAF 40/22", "10 December 2040", "Provide a breakdown of call abandonment by hour.",
              "Data requested; not yet received.", "N", "Y"]]


def test_a_letter_key_of_other_cells_says_nothing_of_the_answers(tmp_path: Path) -> None:
    tracker = _tracker("Status key: C = Complete; N = Not started", OPEN_ROWS)
    found = sorted(records(published(tracker, tmp_path / "tracker.docx", "word"))["actions"], key=lambda a: a["number"])

    assert [(a["number"], a["status"]) for a in found] == [("PAF 40/19", "complete"), ("PAF 40/22", "outstanding")]


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("question", ["Proposed for closure?", "Ready to close? (Y/N)"])
def test_unkeyed_answers_to_whether_closure_is_proposed_leave_the_action_open(tmp_path: Path, form: str,
                                                                               question: str) -> None:
    # with no key sentence, Yes is the owner's proposal the Forum has yet to agree, No says the work goes on: neither
    # is a closure (before, No read as the opposite of the proposal: complete)
    tracker = _tracker("The tracker sets out progress since the last meeting.", [ROWS[0][:4] + [question], *ROWS[1:]])
    found = sorted(records(published(tracker, tmp_path / "tracker.docx", form))["actions"], key=lambda a: a["number"])

    assert [(a["number"], a["status"], a["status_source"]) for a in found] == [
        ("PAF 40/19", "outstanding", "status_column"),
        ("PAF 40/22", "outstanding", "status_column"),
    ]


@pytest.mark.parametrize("question, statuses", [("Complete? (Y/N)", ["complete", "outstanding"]),
                                                ("Still open?", ["outstanding", "complete"])])
def test_unkeyed_answers_to_a_question_naming_a_status_keep_their_reading(tmp_path: Path, question: str,
                                                                          statuses: list[str]) -> None:
    # near misses: a question naming the status itself is answered by it, No the opposite
    tracker = _tracker("The tracker sets out progress since the last meeting.", [ROWS[0][:4] + [question], *ROWS[1:]])
    found = sorted(records(published(tracker, tmp_path / "tracker.docx", "word"))["actions"], key=lambda a: a["number"])

    assert [a["status"] for a in found] == statuses
