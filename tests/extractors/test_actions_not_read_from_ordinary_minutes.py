"""What this session's readers of paragraph logs, decision cells, plain action
paragraphs and numbered updates must leave alone in ordinary minutes: a
minute's reference over its title or a "Chief Constable's update:" is no log
entry; a performance table's "Actions:" label, with a rating beside it or not,
is no decision cell; a meeting's closing lines under an "Actions" heading are no actions; resolutions numbered
"(1)" under the action log are no updates; and a closure the meeting did not
agree, or put off, is no decision to close. Word files."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import docx, records, word_table

from extractors.action_status import status_from_update


def test_minute_references_over_their_titles_are_no_log_entries(tmp_path: Path) -> None:
    path = docx(tmp_path / "minutes.docx", [
        ("h1", "Minutes of the Police and Crime Panel held on 3 February 2026"),
        ("p", "PCP 23/26 \u2013 Chief Constable's update: The Chief Constable reported that the control room had "
              "opened."),
        ("p", "PCP 24/26 \u2013 Estates strategy"),
        ("p", "Update: The finance officer said the sale of the old station had been completed."),
        ("p", "PCP 25/26 \u2013 Budget monitoring. Progress: spending is on track for the year.")])

    assert records(path)["actions"] == []


def test_an_actions_label_in_a_performance_table_sets_no_action(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Notes of the Performance Board held on 9 March 2026", level=1)
    word_table(document, [["Measure", "Result", "Commentary"],
                          ["Burglary solved rate", "9%", "Actions: The force has set up a burglary team."],
                          ["Victim visits", "88%", "Action 3: the new telephony went live in January."]])
    document.save(str(tmp_path / "notes.docx"))

    assert records(tmp_path / "notes.docx")["actions"] == []


# a column headed as a question table's decision column would be: its cells hold no action, nor do the others
@pytest.mark.parametrize(("heading", "cell"), [("Rating", "Green"), ("Outcome", "Achieved")])
def test_an_actions_label_beside_a_rating_sets_no_action(tmp_path: Path, heading: str, cell: str) -> None:
    document = Document()
    document.add_heading("Notes of the Performance Board held on 9 March 2026", level=1)
    word_table(document, [["Measure", "Result", heading, "Commentary"],
                          ["Victim visits", "88%", cell, "On target. Action 3: the new telephony went live in January."]])
    document.save(str(tmp_path / "notes.docx"))

    assert records(tmp_path / "notes.docx")["actions"] == []


def test_closing_lines_under_an_actions_heading_are_no_actions(tmp_path: Path) -> None:
    path = docx(tmp_path / "minutes.docx", [
        ("h1", "Minutes of the Estates Board held on 14 May 2028"),
        ("h2", "3. Disposals"),
        ("p", "The Director presented the disposals programme."),
        ("h2", "Actions"),
        ("p", "Director of Estates to circulate the disposal timetable."),
        # an owner "to" a deed is the sentence's subject: these tell of the meeting
        ("p", "It was agreed to defer the fleet item to June."),
        ("p", "Members went on to discuss the budget."),
        ("p", "The Chair thanked officers and invited members to comment."),
        ("p", "Members thanked officers for the report."),
        ("p", "Meeting closed at 12.30pm."),
        ("p", "Date of next meeting: 4 June 2028.")])

    assert [a["text"] for a in records(path)["actions"]] == ["Director of Estates to circulate the disposal timetable."]


def test_resolutions_numbered_under_the_action_log_are_no_updates(tmp_path: Path) -> None:
    path = docx(tmp_path / "minutes.docx", [
        ("h1", "Minutes of the Police and Crime Panel held on 2 March 2028"),
        ("h2", "6. Action log"),
        ("p", "The Panel considered the action log and RESOLVED that:"),
        ("li", "(1) the report be noted;"),
        ("li", "(2) the completed actions be removed from the log;"),
        ("li", "(3) a further report be brought to the June meeting.")])

    assert records(path)["actions"] == []


def test_a_closure_denied_or_put_off_is_no_decision_to_close() -> None:
    for update in ("Figures sent. It was not agreed that the action could be closed.",
                   "Members agreed that this action could be closed at the next meeting, once the report is seen.",
                   "The Panel agreed that the action could be closed pending the audit.",
                   "Members agreed the action should remain open; the OPCC confirmed that the action could be closed."):
        assert status_from_update(update).value == "outstanding", update
    for update in ("RESOLVED that the action be closed.",
                   # a "not" earlier in the sentence does not govern the decision
                   "The figures were not final in May but the Board agreed that the action could be closed.",
                   # a closure followed by a clause that sets no condition
                   "RESOLVED that the action be closed, the report having been received."):
        assert status_from_update(update).value == "complete", update
    assert status_from_update("Members agreed that the action could be closed, once the report is published.").value \
        == "outstanding"
    # telling that an update on progress was given says nothing against what the update says was done
    assert status_from_update("The DCC gave an update on progress; the review has been completed.").value == "complete"
