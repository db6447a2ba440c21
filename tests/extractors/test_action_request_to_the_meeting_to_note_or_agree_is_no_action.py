"""A tracker's "Action required" cell that only asks the meeting or its
decider to decide on a paper ("The Board is asked to note the report",
"Members are invited to agree the terms of reference", "The PCC is asked to
approve ...") or says only what the paper is for ("For noting.") is a
decision sought, no action. Near misses stay actions: the same request of
someone else ("The Chief Constable is asked to provide ..."), a deed of the
members' own asked of them ("Members are asked to agree their availability
... by 30 June"), an action in the imperative that opens "Note ...", a
request running on to another's deed, and a row whose update (not its
action) asks the Board to note progress. On a Word file and the PDF
LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_table

ACTIONS = ["Share the recruitment plan with the OPCC.",
           "The Chief Constable is asked to provide a briefing on county lines.",
           "Note the revised deadline for the fleet review in the risk register.",
           "The Board is asked to note the report and the force to report back on take-up in June.",
           "Publish the victim survey results.",
           "Members are asked to agree their availability for the summer visits with the Board Secretary by 30 June."]
REQUESTS = ["The Board is asked to note the report.",
            "Members are invited to agree the revised terms of reference.",
            "The PCC is asked to approve the estates strategy.",
            "For noting."]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_requests_to_decide_on_a_paper_are_no_actions(tmp_path: Path, form: str) -> None:
    updates = ["Shared in February.", "Due in April.", "Risk register updated.", "Report due in June.",
               "The Board is asked to note progress.", "Two replies so far."]
    statuses = ["Complete", "Open", "Complete", "Open", "Open", "Open"]
    rows = [[f"RB 27/{n:02d}", text, update, status]
            for n, (text, update, status) in enumerate(zip(ACTIONS, updates, statuses), start=1)]
    rows += [[f"RB 27/{n:02d}", text, "Done at the meeting.", "Closed"]
             for n, text in enumerate(REQUESTS, start=len(rows) + 1)]
    document = Document()
    document.add_heading("Resources Board", level=1)
    document.add_paragraph("4 March 2027, 10:00, Police Headquarters")
    document.add_heading("Action log", level=2)
    word_table(document, [["Ref", "Action required", "Update", "Status"], *rows])
    found = records(published(document, tmp_path / "pack.docx", form))["actions"]
    assert sorted(a["text"] for a in found) == sorted(ACTIONS)
