"""A decision log of the meeting's questions (Item | Question | Force response |
PCC decision | Action arising), tracking no progress, on a small real Word file
and the PDF LibreOffice makes of it: each action arising is one the meeting set,
on the item its row stands under ("4. Missing children", merged over the item's
questions), at the meeting the log records; printed again in the action tracker
it is the tracker's row, not a second action."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_table

LOG = [["Item", "Question", "Force response", "PCC decision", "Action arising"],
       ["4. Missing children", "How many children went missing three times or more?",
        "Thirty-eight; each has a plan.", "Assured", "None"],
       ["", "Are return interviews held within 72 hours?", "For 61% of children.",
        "Assured with caveats \u2013 the rate is too low.", "PB 26/07 \u2013 Report the return interview rate each quarter."],
       ["5. Drug-related harm", "How many people were diverted to treatment after arrest?",
        "Eighty were referred; starts are not known.", "Not assured",
        "PB 26/08 \u2013 Find out how many referred people started treatment."]]
TRACKER = [["Ref", "Date of Board", "Action", "Owner", "Update", "Status"],
           ["PB 25/41", "10/12/25", "Review the overtime spent in the control room.", "CFO", "Review complete.",
            "Completed"],
           ["PB 26/07", "20/02/26", "Report the return interview rate each quarter.", "ACC", "First report due in May.",
            "Open"],
           ["PB 26/08", "20/02/26", "Find out how many referred people started treatment.", "ACC",
            "Figures received on 2 April 2026.", "Completed"]]


def _pack(tracker: bool) -> Document:
    document = Document()
    document.add_heading("Policing Board", level=1)
    document.add_paragraph("Tuesday 21st April 2026 at 10:00, Headquarters")
    document.add_heading("Policing Board \u2013 Decision log \u2013 20th February 2026", level=1)
    document.add_paragraph("This log records each question put to the Force, its response, the PCC's decision and "
                           "any action set.")
    word_table(document, LOG)
    table = document.tables[-1]
    table.cell(1, 0).merge(table.cell(2, 0)).text = LOG[1][0]
    if tracker:
        document.add_heading("Action tracker", level=1)
        word_table(document, TRACKER)
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_an_action_arising_is_the_trackers_row_on_the_item_its_question_stands_under(tmp_path: Path,
                                                                                      form: str) -> None:
    found = records(published(_pack(tracker=True), tmp_path / "pack.docx", form))["actions"]
    assert sorted((a["number"], a["topic"], str(a["meeting_date"]), a["status"], a["source"]) for a in found) == [
        ("PB 25/41", None, "2025-12-10", "complete", "action_tracker"),
        ("PB 26/07", "Missing children", "2026-02-20", "outstanding", "action_tracker"),
        ("PB 26/08", "Drug-related harm", "2026-02-20", "complete", "action_tracker")]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_an_action_arising_with_no_tracker_is_minuted_at_the_logs_meeting(tmp_path: Path, form: str) -> None:
    found = records(published(_pack(tracker=False), tmp_path / "pack.docx", form))["actions"]
    assert sorted((a["number"], a["text"], a["topic"], str(a["meeting_date"]), a["status"], a["source"])
                  for a in found) == [
        ("PB 26/07", "Report the return interview rate each quarter.", "Missing children", "2026-02-20", "unknown",
         "action_list"),
        ("PB 26/08", "Find out how many referred people started treatment.", "Drug-related harm", "2026-02-20",
         "unknown", "action_list")]
