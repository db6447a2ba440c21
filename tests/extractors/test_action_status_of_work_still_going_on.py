"""An action log with no status column whose update tells of work still
going on ("the remaining three are still considering the draft", "visits
continue", "Recruitment continues.", "The policy is still with the legal
team.") leaves the action outstanding (inferred from the update), as a part
done does, and so does a part done before it ("The first report was
published in May; work on the second continues.") or a deed told after it
("Recruitment continues; 12 officers were appointed in May."). Not where a
clause before it says the whole deed was done ("Complete; monitoring
continues through the performance board", "Training finished in April;
refresher sessions continue."), nor where the work
goes on as what was done ("Figures were provided on 3 June and continue to
be published monthly"), nor where a status column says otherwise; a
"still" or "continue" standing in the action's own text or in a table of
figures beside the log states nothing. On Word files, the PDFs LibreOffice
makes of them and reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import AS_PUBLISHED, BODY, H1, grid, pdf, published, records, word_log, word_table
from reportlab.platypus import Paragraph

HEADER = ["Ref", "Action", "Owner", "Target date", "Revised date", "Update"]
GOING_ON = [["PB 44/01", "Agree a data-sharing protocol with the housing providers.", "ACC Crime", "30/06/2044",
             "30/09/2044", "Two providers have signed; the remaining three are still considering the draft."],
            ["PB 44/02", "Report progress on the care home protocols.", "Head of Safeguarding", "31/07/2044", "",
             "Protocols signed with 38 homes; visits continue."],
            ["PB 44/03", "Fill the vacant PCSO posts in the north.", "ACC Local Policing", "31/08/2044", "",
             "Recruitment continues."],
            ["PB 44/04", "Publish the revised stop and search policy.", "Head of Standards", "31/05/2044",
             "31/08/2044", "The policy is still with the legal team."],
            ["PB 44/13", "Publish the two reports on rural crime.", "Head of Performance", "30/06/2044", "",
             "The first report was published in May; work on the second continues."],
            ["PB 44/14", "Recruit 30 detention officers.", "Head of Custody", "30/06/2044", "",
             "Recruitment continues; 12 officers were appointed in May."],
            ["PB 44/15", "Run operations on the three worst collision routes.", "ACC Operations", "30/06/2044", "",
             "Two routes completed; operations continue on the third."],
            ["PB 44/17", "Recruit 30 detention officers for the new suite.", "Head of Custody", "30/06/2044", "",
             "The 12 officers recruited so far started in May; recruitment continues."]]
DONE = [["PB 44/05", "Brief response officers on the stalking guidance.", "ACC Crime", "30/04/2044", "",
         "Complete; monitoring continues through the performance board."],
        ["PB 44/06", "Share the quarterly victim satisfaction figures.", "Head of Performance", "31/05/2044", "",
         "Figures were provided on 3 June and continue to be published monthly."],
        ["PB 44/07", "Review the retention of still images from body-worn video.", "Head of Information",
         "31/05/2044", "", "Review presented to the Board on 12 May."],
        ["PB 44/11", "Train sergeants in risk assessment.", "ACC Crime", "30/04/2044", "",
         "Training finished in April; refresher sessions continue."],
        ["PB 44/12", "Publish the victims' survey.", "Head of Performance", "31/05/2044", "",
         "Published on 3 May. Publication continues monthly."],
        ["PB 44/16", "Publish the two reports on road safety.", "Head of Performance", "31/05/2044", "",
         "The two reports were published in May; monitoring continues."]]
EXPECTED = {"PB 44/01": "outstanding", "PB 44/02": "outstanding", "PB 44/03": "outstanding",
            "PB 44/04": "outstanding", "PB 44/13": "outstanding", "PB 44/14": "outstanding", "PB 44/15": "outstanding",
            "PB 44/17": "outstanding",
            "PB 44/05": "complete", "PB 44/06": "complete", "PB 44/07": "complete",
            "PB 44/11": "complete", "PB 44/12": "complete", "PB 44/16": "complete"}


def _statuses(found: dict[str, list[dict]]) -> dict[str, tuple[str, str]]:
    return {a["number"]: (a["status"], a["status_source"]) for a in found["actions"]}


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_an_update_telling_of_work_still_going_on_is_outstanding(tmp_path: Path, form: str) -> None:
    document = word_log("Police and Crime Panel", "Minutes of the meeting held on 9 September 2044", "Action log",
                        "The Panel reviewed its open actions.", [HEADER, *GOING_ON, *DONE])
    found = records(published(document, tmp_path / "log.docx", form))
    assert _statuses(found) == {ref: (status, "inferred_from_update") for ref, status in EXPECTED.items()}


def test_a_reportlab_log_reads_work_going_on_the_same(tmp_path: Path) -> None:
    path = pdf(tmp_path / "log.pdf", [Paragraph("Police and Crime Panel", H1),
                                      Paragraph("Minutes of the meeting held on 9 September 2044", BODY),
                                      Paragraph("Action log", H1),
                                      grid([HEADER, *GOING_ON, *DONE], [45, 120, 65, 50, 50, 160])])
    assert {ref: status for ref, (status, _source) in _statuses(records(path)).items()} == EXPECTED


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_status_column_decides_over_work_going_on(tmp_path: Path, form: str) -> None:
    # near miss: the log's own status column says the action is done; the course going on is no status
    rows = [["Ref", "Action", "Update", "Status"],
            ["PB 44/08", "Train the first cohort of custody officers.", "146 officers trained; course continues.",
             "Complete"],
            ["PB 44/09", "Agree the protocol with the ambulance trust.", "Talks with the trust continue.", "Open"]]
    document = word_log("Police and Crime Panel", "Minutes of the meeting held on 9 September 2044", "Action log",
                        "The Panel reviewed its open actions.", rows)
    found = records(published(document, tmp_path / "log.docx", form))
    assert _statuses(found) == {"PB 44/08": ("complete", "status_column"), "PB 44/09": ("outstanding", "status_column")}


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_still_and_continues_in_a_performance_table_set_no_action(tmp_path: Path, form: str) -> None:
    # near miss: a table of figures whose commentary says a trend continues is no log: no action, no status
    document = word_log("Police and Crime Panel", "Minutes of the meeting held on 9 September 2044",
                        "Performance report", "The Panel noted the figures below.",
                        [["Measure", "Q1", "Q2", "Commentary"],
                         ["Burglary", "410", "388", "The fall continues."],
                         ["Shop theft", "1,204", "1,311", "Still rising; the force is still reviewing patrols."]])
    document.add_heading("Action log", level=2)
    word_table(document, [["Ref", "Action", "Owner", "Update"],
                          ["PB 44/10", "Report on shop theft patrols.", "ACC Local Policing",
                           "Report presented to the Panel on 2 September."]])
    found = records(published(document, tmp_path / "pack.docx", form))
    assert _statuses(found) == {"PB 44/10": ("complete", "inferred_from_update")}
