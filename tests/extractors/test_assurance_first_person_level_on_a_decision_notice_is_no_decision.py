"""The decider's words in the first person ("I am assured that ...")
decide a question put in their item, and, in a meeting's notes, the item
they close as the third person does ("3. Burglary": "The Chief Constable
presented ..." / "I am partly assured that ..."). A decision notice's
declaration on spending puts no question: "Declaration: I am assured that
the expenditure represents value for money ..." among the notice's fields
("Title:", "Decision: Approved.", "Background:"), or a first-person line
after them, gives no decision, alone or as an appendix to a pack whose own
questions still read. On Word files and reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import decision_fields, lines_file

_SUFFIXES = (".docx", ".pdf")
_NOTICE = [("h1", "Record of decision 2044/011"), ("p", "Title: Purchase of body-worn video cameras"),
           ("p", "Decision: Approved."),
           ("p", "Background: The force asked to replace 1,200 cameras at a cost of 900,000 pounds."),
           ("p", "Declaration: I am assured that the expenditure represents value for money and is within the "
                 "approved budget."),
           ("p", "I am not assured that the old cameras can be kept in service beyond March."),
           ("p", "Signed: Police and Crime Commissioner, 3 May 2044")]


@pytest.mark.parametrize("suffix", _SUFFIXES)
def test_a_decision_notice_declaration_is_no_decision(tmp_path: Path, suffix: str) -> None:
    assert decision_fields(lines_file(tmp_path / f"notice{suffix}", _NOTICE), "question", "assurance") == []


@pytest.mark.parametrize("suffix", _SUFFIXES)
def test_a_notice_appended_to_a_pack_leaves_the_packs_questions(tmp_path: Path, suffix: str) -> None:
    pack = [("h1", "Record of the Accountability Board held on 9 June 2044"), ("h2", "3. Neighbourhood crime"),
            ("p", "Question 1: How many burglary victims were visited within a day?"),
            ("p", "Response: 388 of 410 victims were visited within a day."),
            ("p", "I am partly assured that victims are visited quickly; I asked for the figures by district."),
            ("h2", "Appendix A"), *_NOTICE]
    assert decision_fields(lines_file(tmp_path / f"pack{suffix}", pack), "question_number", "question",
                           "assurance") == [
        ("1", "How many burglary victims were visited within a day?", "Partly assured")]


@pytest.mark.parametrize("suffix", _SUFFIXES)
def test_the_deciders_own_notes_in_the_first_person_decide_their_items(tmp_path: Path, suffix: str) -> None:
    notes = [("h1", "Notes of the Commissioner's Accountability Meeting held on 9 June 2044"), ("h2", "3. Burglary"),
             ("p", "The Chief Constable presented the burglary report: 388 of 410 victims were visited in a day."),
             ("p", "I am partly assured that the response is improving, and I have asked for the July figures."),
             ("h2", "4. Forensic waiting times"), ("p", "The ACC set out the median wait of 41 days."),
             ("p", "I am not assured that the new provider can meet the 30-day target.")]
    assert decision_fields(lines_file(tmp_path / f"notes{suffix}", notes), "question_number", "topic",
                           "assurance") == [("3", "Burglary", "Partly assured"),
                                            ("4", "Forensic waiting times", "Not assured")]


@pytest.mark.parametrize("suffix", _SUFFIXES)
def test_a_report_of_no_meeting_in_the_first_person_gives_no_decision(tmp_path: Path, suffix: str) -> None:
    report = [("h1", "Annual Report 2043/44"), ("h2", "Foreword by the Commissioner"),
              ("p", "This year the force answered more emergency calls on time than ever before."),
              ("p", "I am assured that the force is on the right track, but not assured that it can keep it up."),
              ("h2", "1. Neighbourhood policing"), ("p", "Neighbourhood teams grew by 40 officers."),
              ("p", "I am partly assured that the new teams will be kept at full strength.")]
    assert decision_fields(lines_file(tmp_path / f"report{suffix}", report), "question", "assurance") == []
