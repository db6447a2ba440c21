"""A tracker with no status column whose update cells close with the
action's status in brackets ("Report tabled for June. (Complete)"): the
bracket is the row's status as printed (``status_column``, whatever the
update's words say) and the update is exported without it; a bracketed
remark that states no status ("(see minute 4.2)") stays in the update. On a
Word file and the PDF LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_table

ROWS = [["Ref", "Meeting", "Action", "Update"],
        ["SB/41/03", "10 February 2041", "Present the plan for reducing the use of spit guards.",
         "Plan not yet written. (Not started)"],
        # the words alone read as open; the bracket says it is done
        ["SB/41/11", "8 April 2041", "Report charge rates for discharges to the next Board.",
         "Report tabled for June. (Complete)"],
        ["SB/41/12", "8 April 2041", "Share the diversion scheme's referral figures.",
         "Figures will be shared in July (see minute 4.2)."]]


def _tracker() -> Document:
    document = Document()
    document.add_heading("Scrutiny Board", level=1)
    document.add_paragraph("Tuesday 10 June 2041")
    document.add_heading("Action tracker", level=2)
    document.add_paragraph("Each update closes with the action's status in brackets.")
    word_table(document, ROWS)
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_status_in_brackets_closing_the_update_is_the_rows_status(tmp_path: Path, form: str) -> None:
    found = sorted(records(published(_tracker(), tmp_path / "tracker.docx", form))["actions"],
                   key=lambda a: a["number"])

    assert [(a["number"], a["update"], a["status"], a["status_source"]) for a in found] == [
        ("SB/41/03", "Plan not yet written.", "outstanding", "status_column"),
        ("SB/41/11", "Report tabled for June.", "complete", "status_column"),
        ("SB/41/12", "Figures will be shared in July (see minute 4.2).", "outstanding", "inferred_from_update"),
    ]
