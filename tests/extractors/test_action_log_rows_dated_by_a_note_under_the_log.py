"""A log with no date column, under which a note says which meeting raised
its rows ("Actions RB 27/17, 27/19 and 27/22 were raised at the meeting of
14 May 2027.", "RB 27/17 was agreed at the Board of 14 May 2027; RB 27/30
on 9 July 2027."): each row named takes that meeting's date, a reference
printed without its letters ("27/19") those of the one before it. An
action minuted as "Action: RB 27/30 – ... (Head of Performance)" is the
log's row (one action, of the minuted meeting and item), not a second one.
Notes that raise nothing ("... were closed at ...", "... will be reviewed
at ...") date no row. On a Word file and the PDF LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_table

REPORT = "Report attendance rates for shop theft where a suspect is detained."
LOG = [["Status", "Ref", "Action", "Progress"],
       ["Complete", "RB 27/17", "Circulate the revised fleet replacement timetable.", "Circulated on 24/06/2027."],
       ["Complete", "RB 27/19", "Confirm the date of the joint estates review.", "Review held on 2 July 2027."],
       ["Open", "RB 27/22", "Provide the cost of the speed enforcement van upgrade.", "Quotes awaited."],
       ["Open", "RB 27/30", REPORT, "First figures to be shown at this meeting."]]


def _actions(path: Path, form: str, note: str, line: str = f"Action: RB 27/30 – {REPORT} (Head of Performance)") \
        -> dict[str, dict]:
    """A cover sheet, the minutes of 9 July 2027 of one item minuting ``line``, then the log with ``note`` under
    it; the actions by number (or text, where they have none)."""
    document = Document()
    document.add_heading("Performance Board", level=1)
    document.add_paragraph("10 September 2027, 10:00, Police Headquarters")
    document.add_heading("Minutes of the Performance Board held on 9th July 2027", level=1)
    document.add_heading("3. Business crime", level=2)
    document.add_paragraph("The force set out its response to shop theft.")
    document.add_paragraph(line)
    document.add_heading("Action log", level=2)
    word_table(document, LOG)
    document.add_paragraph(note)
    found = records(published(document, path, form))["actions"]
    return {a["number"] or a["text"]: a for a in found}


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("note", [
    "Actions RB 27/17, 27/19 and 27/22 were raised at the meeting of 14 May 2027.",
    "RB 27/17, RB 27/19 and RB 27/22 were agreed at the Board of 14th May 2027; RB 27/30 on 9th July 2027.",
], ids=["one sentence, letters left out", "clauses, the second without its verb"])
def test_rows_named_in_a_note_under_the_log_take_its_meeting(tmp_path: Path, form: str, note: str) -> None:
    found = _actions(tmp_path / "pack.docx", form, note)
    assert {number: (a["meeting_date"], a["topic"]) for number, a in found.items()} == {
        "RB 27/17": ("2027-05-14", None), "RB 27/19": ("2027-05-14", None), "RB 27/22": ("2027-05-14", None),
        "RB 27/30": ("2027-07-09", "Business crime")}
    assert found["RB 27/30"]["text"] == REPORT


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("note, first", [
    ("Actions RB 27/17 and 27/19 were closed at the meeting of 14 May 2027.", None),
    ("Actions RB 27/17 and 27/19 will be reviewed at the meeting of 14 May 2027.", None),
    ("RB 27/17 was agreed at the Board of 14 May 2027; RB 27/19 closed on 2 July 2027.", "2027-05-14"),
    ("Actions RB 27/17 and 27/19 were agreed by the Chief Constable on 14 May 2027.", None),
    ("Actions RB 27/17 and 27/19 were agreed at the meeting of 14 May 2027 to be closed.", None),
    ("Actions RB 27/17 and 27/19 were set on 14 May 2027 for completion by 30 September 2027.", None),
], ids=["closed, not raised", "a later review", "a second clause with a verb of its own", "agreed by a person",
        "agreed to be closed", "a deadline after the date"])
def test_notes_raising_nothing_date_no_row(tmp_path: Path, form: str, note: str, first: str | None) -> None:
    found = _actions(tmp_path / "pack.docx", form, note)
    assert found["RB 27/19"]["meeting_date"] is None
    assert found["RB 27/22"]["meeting_date"] is None
    assert found["RB 27/17"]["meeting_date"] == first
    assert len(found) == 4


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("line", ["Action: MTFS 2027/28 – review the savings plan with the Chief Finance Officer.",
                                  "Action: PEEL 2023-25 – the force to publish its response to the inspection."],
                         ids=["a plan's years", "a framework's years"])
def test_an_action_lines_plan_name_is_no_reference(tmp_path: Path, form: str, line: str) -> None:
    # near miss: a plan's or framework's name and years after "Action:" is the action's text, no log reference
    found = _actions(tmp_path / "pack.docx", form, "Progress is reported monthly.", line=line)
    planned = [a for number, a in found.items() if not number.startswith("RB")]
    assert [(a["number"], a["text"][:12]) for a in planned] == [(None, line[8:20])]
