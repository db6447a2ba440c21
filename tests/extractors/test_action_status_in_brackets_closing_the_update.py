"""A tracker with no status column whose update cells close with the
action's status in brackets ("Report tabled for June. (Complete)"): the
bracket is the row's status as printed (``status_column``, whatever the
update's words say) and the update is exported without it; a bracketed
remark that states no status ("(see minute 4.2)"), or a status word in a
bracket inside the sentence ("... ends in June (cancelled)."), answering a
question ("More funding needed? (No)") or giving a paper's state ("(Draft)"),
stays in the update. On a Word file and the PDF LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import AS_PUBLISHED, published, records, word_log

ROWS = [["Ref", "Meeting", "Action", "Update"],
        ["SB/41/03", "10 February 2041", "Present the plan for reducing the use of spit guards.",
         "Plan not yet written. (Not started)"],
        # the words alone read as open; the bracket says it is done
        ["SB/41/11", "8 April 2041", "Report charge rates for discharges to the next Board.",
         "Report tabled for June. (Complete)"],
        ["SB/41/12", "8 April 2041", "Share the diversion scheme's referral figures.",
         "Figures will be shared in July (see minute 4.2)."],
        # a status word in a bracket inside the sentence qualifies its words, and states no status
        ["SB/41/13", "8 April 2041", "Review the custody healthcare contract.",
         "Contract review under way; the old contract ends in June (cancelled)."],
        # a bracket answering a question, or giving a paper's state, states no status of the action
        ["SB/41/14", "8 April 2041", "Cost the extension of the scheme.",
         "Costs reviewed with the finance director. More funding needed? (No)"],
        ["SB/41/15", "8 April 2041", "Circulate the draft policy to members.",
         "Circulated to members on 2 March for comment by 30 March. (Draft)"]]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_status_in_brackets_closing_the_update_is_the_rows_status(tmp_path: Path, form: str) -> None:
    tracker = word_log("Scrutiny Board", "Tuesday 10 June 2041", "Action tracker",
                       "Each update closes with the action's status in brackets.", ROWS)
    found = sorted(records(published(tracker, tmp_path / "tracker.docx", form))["actions"], key=lambda a: a["number"])

    assert [(a["number"], a["update"], a["status"], a["status_source"]) for a in found] == [
        ("SB/41/03", "Plan not yet written.", "outstanding", "status_column"),
        ("SB/41/11", "Report tabled for June.", "complete", "status_column"),
        ("SB/41/12", "Figures will be shared in July (see minute 4.2).", "outstanding", "inferred_from_update"),
        ("SB/41/13", "Contract review under way; the old contract ends in June (cancelled).", "outstanding",
         "inferred_from_update"),
        ("SB/41/14", "Costs reviewed with the finance director. More funding needed? (No)", "unknown", "none"),
        ("SB/41/15", "Circulated to members on 2 March for comment by 30 March. (Draft)", "complete",
         "inferred_from_update"),
    ]
