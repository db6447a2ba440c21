"""An action log whose update tells of a part done ("Two of three stages are
done.", "Phase one is complete; phase two starts in May.", "Training is
complete for 40 of 60 supervisors.") leaves the rest to do: outstanding, never
complete. The whole done ("All three stages are now complete.", "60 of 60"),
a part named in another sentence or clause than the done words ("Complete;
the second phase is a new action"), "as part of" and the words of a phase
in the action's own text stay complete; a status cell
naming the part ("Stage 1 complete") is read the same way. On Word files,
the PDFs LibreOffice makes of them and reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import AS_PUBLISHED, BODY, H1, grid, pdf, published, records, word_log
from reportlab.platypus import Paragraph

HEADER = ["Ref", "Action", "Owner", "Update"]
PARTS = [["AB 27/01", "Train supervisors in reviewing search records.", "ACC Operations",
          "Two of three stages are done."],
         ["AB 27/02", "Publish the search data each quarter.", "Head of Performance",
          "Phase one is complete; phase two starts in May."],
         ["AB 27/03", "Brief all response officers on the new stalking guidance.", "ACC Crime",
          "Training is complete for 40 of 60 supervisors."]]
WHOLE = [["AB 27/04", "Train custody staff in the new detention checks.", "Head of Custody",
          "All three stages are now complete."],
         ["AB 27/05", "Brief neighbourhood sergeants on the hate crime guidance.", "ACC Local Policing",
          "Training is complete for 60 of 60 sergeants."],
         ["AB 27/06", "Review the fleet replacement plan.", "Chief Finance Officer",
          "Completed as part of the annual budget review."],
         ["AB 27/07", "Deliver phase one of the rural crime training.", "ACC Operations",
          "Phase one was the pilot in the north. The whole programme is now complete."],
         ["AB 27/08", "Roll out body-worn video to custody staff.", "Head of Custody",
          "Complete; the second phase is a new action for the next year."]]
EXPECTED = {"AB 27/01": "outstanding", "AB 27/02": "outstanding", "AB 27/03": "outstanding",
            "AB 27/04": "complete", "AB 27/05": "complete", "AB 27/06": "complete", "AB 27/07": "complete",
            "AB 27/08": "complete"}


def _statuses(found: dict[str, list[dict]]) -> dict[str, str]:
    return {a["number"]: a["status"] for a in found["actions"]}


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_an_update_telling_of_a_part_done_is_outstanding(tmp_path: Path, form: str) -> None:
    document = word_log("Accountability Board", "Minutes of the meeting held on 9 June 2027", "Action log",
                        "The Board reviewed its open actions.", [HEADER, *PARTS, *WHOLE])
    found = records(published(document, tmp_path / "log.docx", form))
    assert _statuses(found) == EXPECTED
    assert {a["status_source"] for a in found["actions"]} == {"inferred_from_update"}


def test_a_reportlab_log_reads_parts_the_same(tmp_path: Path) -> None:
    path = pdf(tmp_path / "log.pdf", [Paragraph("Accountability Board", H1),
                                      Paragraph("Minutes of the meeting held on 9 June 2027", BODY),
                                      Paragraph("Action log", H1),
                                      grid([HEADER, *PARTS, *WHOLE], [55, 150, 90, 180])])
    assert _statuses(records(path)) == EXPECTED


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_status_cell_naming_a_part_done_is_outstanding(tmp_path: Path, form: str) -> None:
    # the status column decides over the update, as always; its words of a part leave the rest to do,
    # a count equal to its whole is the whole done
    rows = [["Ref", "Action", "Update", "Status"],
            ["AB 27/01", "Train supervisors in reviewing search records.", "Sessions held in May.", "Stage 1 complete"],
            ["AB 27/02", "Implement the custody inspection's recommendations.", "All implemented.",
             "Complete (3 of 3)"],
            ["AB 27/03", "Deliver phase one of the rural crime training.", "Delivered in May.", "Complete"]]
    document = word_log("Accountability Board", "Minutes of the meeting held on 9 June 2027", "Action log",
                        "The Board reviewed its open actions.", rows)
    found = records(published(document, tmp_path / "log.docx", form))
    assert {a["number"]: (a["status"], a["status_source"]) for a in found["actions"]} == {
        "AB 27/01": ("outstanding", "status_column"),
        "AB 27/02": ("complete", "status_column"),
        "AB 27/03": ("complete", "status_column")}
