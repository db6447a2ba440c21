"""An update in a log with no status column that tells only of the action
being set ("The Board agreed the action.", "This action was agreed at the
May Board.") states no progress: no status (`unknown`), where it read
`complete`; one telling of a thing agreed for a deed still to come ("Report
agreed for publication next month.") is `outstanding`. Near misses: a thing
agreed ("Protocol agreed with the council on 3 May.", "Terms were agreed
with the council."), the meeting agreeing to close the action, and an action
completed stay complete. On Word files and the PDFs LibreOffice makes of
them."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import AS_PUBLISHED, published, records, word_log

UPDATES = {"AB 44/01": ("The Board agreed the action.", "unknown", "none"),
           "AB 44/02": ("This action was agreed at the May Board.", "unknown", "none"),
           "AB 44/03": ("Report agreed for publication next month.", "outstanding", "inferred_from_update"),
           "AB 44/04": ("Protocol agreed with the council on 3 May.", "complete", "inferred_from_update"),
           "AB 44/05": ("Terms were agreed with the council.", "complete", "inferred_from_update"),
           "AB 44/06": ("The Board agreed to close the action.", "complete", "inferred_from_update"),
           "AB 44/07": ("Figures provided; the action was completed.", "complete", "inferred_from_update")}
ACTIONS = ["Provide the burglary figures by district.", "Brief members on the new forensic provider.",
           "Publish the stop and search panel's report.", "Agree a protocol on missing children.",
           "Agree the terms of the joint review.", "Review the rural crime team's funding.",
           "Report the overtime spend by command."]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_an_update_telling_the_action_set_states_no_progress(tmp_path: Path, form: str) -> None:
    rows = [["Ref", "Action", "Owner", "Update"]] + [[ref, action, "Chief Finance Officer", update]
                                                     for (ref, (update, _s, _src)), action in zip(UPDATES.items(), ACTIONS)]
    document = word_log("Accountability Board", "Minutes of the meeting held on 9 June 2044", "Action log",
                        "The Board reviewed its open actions.", rows)
    found = records(published(document, tmp_path / "log.docx", form))
    assert {a["number"]: (a["status"], a["status_source"]) for a in found["actions"]} == {
        ref: (status, source) for ref, (_u, status, source) in UPDATES.items()}
