"""What a user expects an action log's status to say, word by word, on real
Word and reportlab PDF trackers run through the whole pipeline.

A status column's word decides (status_source "status_column"): the words
real PCC and panel logs print for done, closed without more work, or still
owed. Without a status column the update's wording decides
("inferred_from_update"): what was done against what is still to come. Words
that do not speak of the action's progress decide nothing: a "Complete" in the
action's own text, a completion the update only plans."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, H1, grid, pdf, records, word_table
from reportlab.platypus import Paragraph

# (status cell, expected status): one tracker row each
STATUS_WORDS = [
    ("Complete", "complete"),
    ("Completed", "complete"),
    ("Completed \u2013 propose to close", "complete"),
    ("Closed", "complete"),
    ("Closed \u2013 merged with action 12", "complete"),
    ("Discharged", "complete"),
    ("Superseded", "complete"),
    ("Done", "complete"),
    ("Achieved", "complete"),
    ("Actioned", "complete"),
    ("No longer required", "complete"),
    ("Cancelled", "complete"),
    ("Withdrawn", "complete"),
    ("Merged", "complete"),
    ("Agreed to close", "complete"),
    ("Business as usual", "complete"),
    ("100%", "complete"),
    ("Ongoing", "outstanding"),
    ("In progress", "outstanding"),
    ("On track", "outstanding"),
    ("Open", "outstanding"),
    ("Open \u2013 on track", "outstanding"),
    ("Overdue", "outstanding"),
    ("Delayed", "outstanding"),
    ("Not started", "outstanding"),
    ("Deferred", "outstanding"),
    ("On hold", "outstanding"),
    ("Paused", "outstanding"),
    ("Blocked", "outstanding"),
    ("Carried forward", "outstanding"),
    ("Proposed for closure", "outstanding"),
    ("Awaiting update", "outstanding"),
    ("Not yet due", "outstanding"),
    ("Partially complete", "outstanding"),
    ("Re-opened", "outstanding"),
    ("New", "outstanding"),
    ("New action", "outstanding"),
    ("Underway", "outstanding"),
    ("In train", "outstanding"),
    ("Awaiting", "outstanding"),
    ("Partially met", "outstanding"),
    ("Ready to close", "outstanding"),
    ("Recommend closure", "outstanding"),
    ("Draft", "outstanding"),
    # a paper's draft named inside a status that goes on to close the action is no status of its own
    ("Draft policy replaced \u2013 closed", "complete"),
    ("60%", "outstanding"),
    ("75% complete", "outstanding"),
    # nothing left to do under this log: refused, or handed to another board, log or plan
    ("Rejected", "complete"),
    ("Transferred", "complete"),
    ("Transferred to the Performance Board's log", "complete"),
    ("Transferred from the Strategic Board", "outstanding"),
    ("Closure rejected", "outstanding"),
    # the meeting closed it; the monitoring is the force's own business now
    ("Continue monitoring \u2013 closed", "complete"),
    # a close on a condition not yet met is not a close
    ("Agreed to close once the report is published", "outstanding"),
    ("Closed \u2013 proposed", "outstanding"),
    ("Due", "outstanding"),
    ("Not due", "outstanding"),
    ("Addressed", "complete"),
    ("Partially addressed", "outstanding"),
    ("Not addressed", "outstanding"),
    ("Implemented", "complete"),
    ("Partially implemented", "outstanding"),
    ("Not implemented", "outstanding"),
    # a percentage opening the cell decides, whatever word follows it
    ("90% complete \u2013 on track", "outstanding"),
    ("100% \u2013 awaiting sign-off", "outstanding"),
    # words that close an action only as the whole status: inside a cell they are often what is still to come
    ("To be addressed at next meeting", "outstanding"),
    ("Being addressed", "outstanding"),
    ("Addressed in part", "outstanding"),
    ("Not transferred", "outstanding"),
    ("Transferred to new owner", "outstanding"),
    ("Extension request rejected", "outstanding"),
    ("To be implemented", "outstanding"),
    # a closing word at the end does not overrule an opening status that says otherwise
    ("Open (action complete)", "outstanding"),
    ("Not started, closed", "outstanding"),
    # is anything left to do under this log? Handed to another body, nothing; escalated or asked for, still owed
    ("Referred to the Strategic Board", "complete"),
    ("Not yet referred", "outstanding"),
    ("Escalated", "outstanding"),
    ("Escalated to the Chief Constable", "outstanding"),
    ("Request sent", "outstanding"),
    ("Referred to the Chief Constable for a response by May", "outstanding"),  # the answer is awaited here
    # a status told as steps: the last step is the current state
    ("Escalated and resolved", "complete"),
    ("Escalated to the Chief Constable and resolved", "complete"),
    ("Escalated then closed", "complete"),
    ("Closed and re-opened", "outstanding"),
    ("Escalated and not resolved", "outstanding"),  # a step that denies a status tells no sequence
    ("Blocked \u2013 now resolved", "complete"),
    # a last step saying more than a status tells a plan, not a state
    ("In progress and complete by June", "outstanding"),
    ("Open and closed at the next meeting", "outstanding"),
    ("Ongoing and completed in part", "outstanding"),
    ("Delayed and then closed by June", "outstanding"),
]

# (update, expected status) in a log with no status column
UPDATE_WORDINGS = [
    ("The report was presented at the March meeting.", "complete"),
    ("The guidance has been circulated to all members.", "complete"),
    ("The briefing took place on 4 February.", "complete"),
    ("Figures provided to the OPCC on 12 January.", "complete"),
    ("Letter sent to the Home Office.", "complete"),
    ("No further action required.", "complete"),
    ("The Board agreed to close this action.", "complete"),
    ("Now closed.", "complete"),
    ("Superseded by action SB 27/40.", "complete"),
    ("Merged with action 12.", "complete"),
    ("Actioned.", "complete"),
    ("Dealt with at the February meeting.", "complete"),
    ("Members noted that this action had been completed and could be closed.", "complete"),
    ("These actions are all complete as of 1 February.", "complete"),
    # an update that opens done keeps it, whatever it says of what comes after
    ("Complete. No further update is required.", "complete"),
    ("Completed; progressing to phase two next year.", "complete"),
    ("Action closed. The lead is going to brief staff again in May.", "complete"),
    ("Complete. Officers returning to duty after leave are briefed by their sergeant.", "complete"),
    ("This action remains open.", "outstanding"),
    ("Awaiting figures from the local authorities.", "outstanding"),
    ("Final report due in April.", "outstanding"),
    ("A further update will be brought to the next meeting.", "outstanding"),
    ("Carried forward to the June meeting.", "outstanding"),
    ("Update to be completed by March.", "outstanding"),
    ("Review under way; findings to follow.", "outstanding"),
    ("Work is ongoing with partners.", "outstanding"),
    ("No update received.", "outstanding"),
    ("Recruitment is progressing.", "outstanding"),
    ("Further update at the next meeting.", "outstanding"),
    ("Update to be given at the meeting.", "outstanding"),
    ("Report going to the April meeting.", "outstanding"),
    ("Contrary to the written update, this action remained open.", "outstanding"),
    ("Paused owing to staff absence.", "outstanding"),
    # a deed the update denies is still owed
    ("Funding not confirmed.", "outstanding"),
    ("Still not finished.", "outstanding"),
    ("Training not finished; continues in June.", "outstanding"),
    ("Report not received.", "outstanding"),
    # a report on this meeting's agenda, or data asked for, is not yet in hand
    ("On the agenda for this meeting.", "outstanding"),
    ("Data requested.", "outstanding"),
    ("Further data requested from the force on 3 March.", "outstanding"),
    ("Agreed to close once the report is published.", "outstanding"),
    ("The Board agreed to close this action after the report was published.", "complete"),
    ("Closure rejected by the Board.", "outstanding"),
    ("Continue monitoring \u2013 closed.", "complete"),
    ("Rejected.", "complete"),
    ("Transferred to the force improvement plan.", "complete"),
    ("This action has been transferred to the Performance Board's log.", "complete"),
    # entries dated without their year: the latest decides, over a new year too
    ("12/03: Data requested. 02/04: Figures received and circulated.", "complete"),
    ("12/03: Figures received. 02/04: Further data requested.", "outstanding"),
    ("2 April: Figures received. 12 March: Data requested.", "complete"),
    ("18/11: Figures received. 05/01: Further data requested.", "outstanding"),
    # a log kept through the year is read in the order it is printed, not by the earliest month
    ("02/01: Data requested. 15/08: Figures received and reviewed.", "complete"),
    ("03/03: Figures received. 12/10: Further data requested.", "outstanding"),
    # a reminder sent: the thing is still awaited
    ("Reminder sent to the force on 3 March.", "outstanding"),
    ("Chased 12 March.", "outstanding"),
    ("Request sent to the provider on 2 May.", "outstanding"),
    ("Escalated to the Chief Constable on 9 March.", "outstanding"),
    ("Escalated and resolved.", "complete"),  # the later clause is the current position
    ("Request sent; data received 3 May and reviewed.", "complete"),
    # a step set for a day or for a month's meeting is still to come
    ("Meeting arranged for 12 April 2027.", "outstanding"),
    ("Presentation scheduled for the June meeting.", "outstanding"),
    ("Report to the next meeting.", "outstanding"),
    ("Policy implemented.", "complete"),
    ("Scheme launched in all three districts.", "complete"),
    ("The revised guidance was issued to all response teams on 2 August.", "complete"),
    ("The dashboard went live on 6 January and is shared with the OPCC each week.", "complete"),
    ("Partially implemented.", "outstanding"),
    ("Not progressed.", "outstanding"),
    # work left to do, counted; not an outcome still to be seen, nor none left
    ("35 officers remained to be trained.", "outstanding"),
    ("Completed. The impact remains to be seen.", "complete"),
    ("Training completed in March. Whether it reduces repeat calls remains to be seen.", "complete"),
    ("Report presented to the Board in May; action closed. Its effect remains to be seen.", "complete"),
]

_DATE = "14/01/2027"


def _status_rows(words: list[tuple[str, str]]) -> list[list[str]]:
    return [["Ref", "Meeting", "Action", "Owner", "Status", "Update"]] + [
        [f"SB 27/{n:02d}", _DATE, f"Report on the {n}th review of the force's contact handling.", "ACC", word,
         "See the paper."]
        for n, (word, _expected) in enumerate(words, start=1)]


def _update_rows(wordings: list[tuple[str, str]]) -> list[list[str]]:
    return [["Ref", "Meeting", "Action", "Owner", "Update"]] + [
        [f"SB 27/{n:02d}", _DATE, f"Report on the {n}th review of the force's contact handling.", "ACC", update]
        for n, (update, _expected) in enumerate(wordings, start=1)]


def _tracker(path: Path, rows: list[list[str]]) -> Path:
    """The same action log as a Word file or a reportlab PDF, by ``path``'s suffix."""
    if path.suffix == ".docx":
        document = Document()
        document.add_heading("Strategic Board", level=1)
        document.add_paragraph("Thursday 4 March 2027")
        document.add_heading("Action log", level=2)
        word_table(document, rows)
        document.save(str(path))
        return path
    widths = [48, 56, 150, 36, 80, 130] if len(rows[0]) == 6 else [48, 56, 160, 40, 200]
    return pdf(path, [Paragraph("Strategic Board", H1), Paragraph("Thursday 4 March 2027", BODY),
                      Paragraph("Action log", H1), grid(rows, widths)])


def _statuses(path: Path) -> dict[str, tuple[str, str]]:
    return {a["number"]: (a["status"], a["status_source"]) for a in records(path)["actions"]}


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_each_status_word_gives_the_status_a_user_expects(tmp_path: Path, suffix: str) -> None:
    found = _statuses(_tracker(tmp_path / f"log{suffix}", _status_rows(STATUS_WORDS)))

    expected = {f"SB 27/{n:02d}": (status, "status_column") for n, (_w, status) in enumerate(STATUS_WORDS, start=1)}
    wrong = {STATUS_WORDS[int(ref[-2:]) - 1][0]: found.get(ref) for ref, want in expected.items()
             if found.get(ref) != want}
    assert not wrong


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_each_update_wording_gives_the_status_a_user_expects(tmp_path: Path, suffix: str) -> None:
    found = _statuses(_tracker(tmp_path / f"log{suffix}", _update_rows(UPDATE_WORDINGS)))

    expected = {f"SB 27/{n:02d}": (status, "inferred_from_update")
                for n, (_w, status) in enumerate(UPDATE_WORDINGS, start=1)}
    wrong = {UPDATE_WORDINGS[int(ref[-2:]) - 1][0]: found.get(ref) for ref, want in expected.items()
             if found.get(ref) != want}
    assert not wrong


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_complete_in_the_action_text_decides_nothing(tmp_path: Path, suffix: str) -> None:
    rows = [["Ref", "Meeting", "Action", "Owner", "Status", "Update"],
            ["SB 27/01", _DATE, "Complete the review of stop and search training.", "ACC", "Open",
             "Training needs analysis started."],
            ["SB 27/02", _DATE, "Complete the review of custody staffing.", "ACC", "", ""],
            # the status column outranks the update's wording
            ["SB 27/03", _DATE, "Report on repeat victims of fraud.", "ACC", "Open", "Report completed on 3 March."]]

    found = _statuses(_tracker(tmp_path / f"log{suffix}", rows))

    assert found == {"SB 27/01": ("outstanding", "status_column"), "SB 27/02": ("unknown", "none"),
                     "SB 27/03": ("outstanding", "status_column")}


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_paragraph_numbers_in_an_update_are_no_dates(tmp_path: Path, suffix: str) -> None:
    # "1.2" and "2.1" number paragraphs; read as 1 February and 2 January the first would be the latest
    rows = _update_rows([("1.2: Figures received. 2.1: Further data requested.", "")])

    found = _statuses(_tracker(tmp_path / f"log{suffix}", rows))

    assert found["SB 27/01"][0] != "complete"


# (header of the log's only status column, [(cell, expected status)]): a log that marks completion its own way.
# reportlab sets the ticks in ZapfDingbats, whose codes the PDF reader maps back to the marks.
OWN_COLUMNS = [
    ("Completed?", [("Y", "complete"), ("N", "outstanding"), ("Yes", "complete"), ("No", "outstanding")]),
    ("Complete", [("\u2713", "complete"), ("\u2717", "outstanding")]),
    ("Date closed", [("03/02/2027", "complete"), ("", "outstanding"), ("\u2013", "outstanding")]),
    # the question and its answers both printed in the header
    ("Complete? (Y/N)", [("Y", "complete"), ("N", "outstanding")]),
]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
@pytest.mark.parametrize(("header", "cells"), OWN_COLUMNS, ids=[header for header, _ in OWN_COLUMNS])
def test_a_logs_own_completion_column_decides(tmp_path: Path, suffix: str, header: str,
                                               cells: list[tuple[str, str]]) -> None:
    rows = [["Ref", "Meeting", "Action", "Owner", header, "Update"]] + [
        [f"SB 27/{n:02d}", _DATE, f"Report on the {n}th review of the force's contact handling.", "ACC", cell,
         "See the paper."] for n, (cell, _expected) in enumerate(cells, start=1)]

    found = _statuses(_tracker(tmp_path / f"log{suffix}", rows))

    assert {ref: status for ref, (status, _source) in found.items()} == {
        f"SB 27/{n:02d}": expected for n, (_cell, expected) in enumerate(cells, start=1)}


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_deciders_column_decides_over_the_status_the_force_proposes(tmp_path: Path, suffix: str) -> None:
    # the action closes when the commissioner decides so; the force's proposal counts only where no decision is made
    rows = [["Ref", "Meeting", "Action", "Update", "Force proposed status", "PFCC decision"],
            ["SB 27/01", _DATE, "Provide the attrition figures for student officers.", "Figures provided.",
             "Propose closure", "Closed"],
            ["SB 27/02", _DATE, "Set out how exit interviews are used.", "Summary shared.", "Propose closure",
             "Remains open"],
            ["SB 27/03", _DATE, "Report the vetting backlog.", "Backlog report drafted.", "Ongoing", ""]]

    found = _statuses(_tracker(tmp_path / f"log{suffix}", rows))

    assert found == {"SB 27/01": ("complete", "status_column"), "SB 27/02": ("outstanding", "status_column"),
                     "SB 27/03": ("outstanding", "status_column")}


def test_a_ticked_and_an_empty_box_under_a_done_column_decide(tmp_path: Path) -> None:
    # Word only: the PDF fonts at hand have no ballot box
    rows = [["Ref", "Meeting", "Action", "Owner", "Update", "Done"],
            ["SB 27/01", _DATE, "Publish the response times by area.", "ACC", "Published in August.", "\u2611"],
            ["SB 27/02", _DATE, "Review the use of body-worn video.", "ACC", "Dip sample finished.", "\u2610"]]
    document = Document()
    document.add_heading("Strategic Board", level=1)
    document.add_paragraph("Thursday 4 March 2027")
    document.add_heading("Action log", level=2)
    document.add_paragraph("\u2611 = done   \u2610 = not yet done")
    word_table(document, rows)
    document.save(str(tmp_path / "log.docx"))

    found = _statuses(tmp_path / "log.docx")

    assert found == {"SB 27/01": ("complete", "status_column"), "SB 27/02": ("outstanding", "status_column")}


# (the pack's colour key, [(status cell, expected status)])
COLOUR_KEYS = [
    # BRAG: only blue is done, green is on track
    ("Status key: Blue \u2013 complete; Green \u2013 on track; Amber \u2013 at risk; Red \u2013 off track",
     [("Blue", "complete"), ("Green", "outstanding"), ("Amber", "outstanding"), ("Red", "outstanding")]),
    # a tracker template's own colours: blue is an open action
    ("Key: Blue = Open; Amber = In progress; Green = Complete; Red = Overdue",
     [("Blue", "outstanding"), ("Green", "complete"), ("Red", "outstanding")]),
    # a colour key whose done colour awaits its closing: the colour is read as the legend reads it
    ("Status key: Blue \u2013 complete, to be closed; Green \u2013 on track; Amber \u2013 some delay; Red \u2013 overdue",
     [("Blue", "complete"), ("Green", "outstanding")]),
    # a key of status words saying what the pack means by them: proposed for closure is reported done
    ("Status key: Open \u2013 work continues; Proposed for closure \u2013 the force reports the action done and asks "
     "the Board to close it; Closed \u2013 closed by the Board",
     [("Proposed for closure", "complete"), ("Open", "outstanding"), ("Closed", "complete")]),
    # a key grading the progress made
    ("Key: Green \u2013 achieved, monitoring no longer required; Amber \u2013 acceptable progress made, continue "
     "monitoring; Red \u2013 unacceptable progress made", [("Green", "complete"), ("Amber", "outstanding"),
                                                          ("Red", "outstanding")]),
]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
@pytest.mark.parametrize(("key", "cells"), COLOUR_KEYS, ids=["brag", "blue-open", "blue-to-close", "words", "progress"])
def test_colour_words_are_read_by_the_packs_own_key(tmp_path: Path, suffix: str, key: str,
                                                     cells: list[tuple[str, str]]) -> None:
    rows = _status_rows(cells)
    path = tmp_path / f"log{suffix}"
    if suffix == ".docx":
        document = Document()
        document.add_heading("Strategic Board", level=1)
        document.add_paragraph("Thursday 4 March 2027")
        document.add_heading("Action log", level=2)
        document.add_paragraph(key)
        word_table(document, rows)
        document.save(str(path))
    else:
        pdf(path, [Paragraph("Strategic Board", H1), Paragraph("Thursday 4 March 2027", BODY),
                   Paragraph("Action log", H1), Paragraph(key, BODY), grid(rows, [48, 56, 150, 36, 80, 130])])

    found = _statuses(path)

    assert found == {f"SB 27/{n:02d}": (expected, "status_column") for n, (_cell, expected) in enumerate(cells, start=1)}


# (the status column's header, [(cell, expected status)]): the ways logs head the column the status is read from
STATUS_HEADERS = [
    ("Status/Update", [("Complete \u2013 report circulated on 3 March.", "complete"),
                       ("Ongoing \u2013 draft with the Chief Constable.", "outstanding")]),
    ("Open/Closed", [("Closed", "complete"), ("Open", "outstanding")]),
    ("Action closed (Y/N)", [("Y", "complete"), ("N", "outstanding")]),
    ("Progress (RAG)", [("Green", "complete"), ("Amber", "outstanding")]),
    ("Status and date", [("Closed 12/02/2027", "complete"), ("Open \u2013 due 30/06/2027", "outstanding")]),
    ("% complete", [("100%", "complete"), ("50%", "outstanding")]),
    ("BRAG", [("B", "complete"), ("A", "outstanding")]),
    # an outcome column of status phrases beside the log's own update column: the status, the other the update
    ("Outcome", [("Achieved", "complete"), ("Not achieved", "outstanding")]),
]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
@pytest.mark.parametrize(("header", "cells"), STATUS_HEADERS, ids=[header for header, _ in STATUS_HEADERS])
def test_the_status_column_is_found_under_its_many_headers(tmp_path: Path, suffix: str, header: str,
                                                           cells: list[tuple[str, str]]) -> None:
    rows = [["Ref", "Meeting", "Action", "Owner", header, "Update"]] + [
        [f"SB 27/{n:02d}", _DATE, f"Report on the {n}th review of the force's contact handling.", "ACC", cell,
         "See the paper."] for n, (cell, _expected) in enumerate(cells, start=1)]

    found = {a["number"]: a for a in records(_tracker(tmp_path / f"log{suffix}", rows))["actions"]}

    assert {ref: (a["status"], a["status_source"], a["update"]) for ref, a in found.items()} == {
        f"SB 27/{n:02d}": (expected, "status_column", "See the paper.")
        for n, (_cell, expected) in enumerate(cells, start=1)}
