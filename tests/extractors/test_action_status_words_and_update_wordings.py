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
    ("Carried forward", "outstanding"),
    ("Proposed for closure", "outstanding"),
    ("Awaiting update", "outstanding"),
    ("Not yet due", "outstanding"),
    ("Partially complete", "outstanding"),
    ("Re-opened", "outstanding"),
    ("Underway", "outstanding"),
    ("In train", "outstanding"),
    ("Awaiting", "outstanding"),
    ("Partially met", "outstanding"),
    ("Ready to close", "outstanding"),
    ("Recommend closure", "outstanding"),
    ("60%", "outstanding"),
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
            ["SB 27/02", _DATE, "Complete the review of custody staffing.", "ACC", "", ""]]

    found = _statuses(_tracker(tmp_path / f"log{suffix}", rows))

    assert found == {"SB 27/01": ("outstanding", "status_column"), "SB 27/02": ("unknown", "none")}


# (header of the log's only status column, [(cell, expected status)], file types): a log that marks completion
# its own way. Ticks only in Word: reportlab sets them in ZapfDingbats, whose codes a PDF reader sees as "3", "7".
OWN_COLUMNS = [
    ("Completed?", [("Y", "complete"), ("N", "outstanding"), ("Yes", "complete"), ("No", "outstanding")],
     (".docx", ".pdf")),
    ("Complete", [("\u2713", "complete"), ("\u2717", "outstanding")], (".docx",)),
    ("Date closed", [("03/02/2027", "complete"), ("", "outstanding")], (".docx", ".pdf")),
]


@pytest.mark.parametrize(("header", "cells", "suffix"),
                         [(header, cells, suffix) for header, cells, suffixes in OWN_COLUMNS for suffix in suffixes])
def test_a_logs_own_completion_column_decides(tmp_path: Path, suffix: str, header: str,
                                               cells: list[tuple[str, str]]) -> None:
    rows = [["Ref", "Meeting", "Action", "Owner", header, "Update"]] + [
        [f"SB 27/{n:02d}", _DATE, f"Report on the {n}th review of the force's contact handling.", "ACC", cell,
         "See the paper."] for n, (cell, _expected) in enumerate(cells, start=1)]

    found = _statuses(_tracker(tmp_path / f"log{suffix}", rows))

    assert {ref: status for ref, (status, _source) in found.items()} == {
        f"SB 27/{n:02d}": expected for n, (_cell, expected) in enumerate(cells, start=1)}


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_colour_words_are_read_by_the_packs_own_brag_key(tmp_path: Path, suffix: str) -> None:
    """With a BRAG key, green means on track (still owed) and only blue means done."""
    rows = _status_rows([("Blue", ""), ("Green", ""), ("Amber", ""), ("Red", "")])
    path = _tracker(tmp_path / f"log{suffix}", rows)
    key = "Status key: Blue \u2013 complete; Green \u2013 on track; Amber \u2013 at risk; Red \u2013 off track"
    if suffix == ".docx":
        document = Document(str(path))
        document.add_paragraph(key)
        document.save(str(path))
    else:
        pdf(path, [Paragraph("Strategic Board", H1), Paragraph("Thursday 4 March 2027", BODY),
                   Paragraph("Action log", H1), Paragraph(key, BODY), grid(rows, [48, 56, 150, 36, 80, 130])])

    found = _statuses(path)

    assert {ref: status for ref, (status, _source) in found.items()} == {
        "SB 27/01": "complete", "SB 27/02": "outstanding", "SB 27/03": "outstanding", "SB 27/04": "outstanding"}
