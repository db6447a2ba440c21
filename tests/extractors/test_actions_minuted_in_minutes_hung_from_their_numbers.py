"""Actions minuted in minutes hung from their numbers (a reportlab PDF prints
the numbers in a column of their own, which the reader takes for a table with
no header), run together in one minute after its bold title ("RSB 26/14
**Actions.** RSB 26/12(a): ... RSB 26/12(b): ..."): each is the log's row
where it was minuted, on that page and the item the notes hold; the next
minute ("RSB 26/15 The next Board ...") is no action."""

from __future__ import annotations

from pathlib import Path

from files import H1, grid, hung_minutes, pdf, records
from reportlab.platypus import PageBreak, Paragraph

MINUTES = [
    ("RSB 26/11", "", "Apologies were given by the Head of Finance. No interests were declared."),
    ("RSB 26/12", "Burglary.", "The Assistant Chief Constable introduced the report and answered in turn."),
    ("12.1", "", "How many burglaries of homes were solved this year? The rate rose to 9 per cent. The "
                 "Commissioner took substantial assurance."),
    ("RSB 26/14", "Actions.", "RSB 26/12(a): Report the burglary solved rate by district (Chief Constable). "
                              "RSB 26/12(b): Publish the list of second-hand dealers checked (Head of Crime)."),
    ("RSB 26/15", "", "The next Board will meet on 2 June 2026."),
]


def test_actions_run_together_in_a_hung_minute_are_the_log_rows_where_minuted(tmp_path: Path) -> None:
    path = pdf(tmp_path / "minutes.pdf", [
        Paragraph("Minutes of the Resources and Scrutiny Board held on 5 May 2026", H1),
        hung_minutes(MINUTES),
        PageBreak(),
        Paragraph("Action tracker", H1),
        grid([["Ref", "Raised", "Action", "Update", "Status"],
              ["RSB 26/09", "07/04/2026", "Share the fleet review.", "Shared on 20 April 2026.", "Complete"],
              ["RSB 26/12(a)", "05/05/2026", "Report the burglary solved rate by district.", "Due in July.", "Open"],
              ["RSB 26/12(b)", "05/05/2026", "Publish the list of second-hand dealers checked.", "Published.",
               "Complete"]], [70, 60, 150, 110, 60]),
    ])
    found = records(path)
    assert sorted((a["number"], a["page"], a["topic"], a["status"]) for a in found["actions"]) == [
        ("RSB 26/09", 2, None, "complete"), ("RSB 26/12(a)", 1, "Burglary", "outstanding"),
        ("RSB 26/12(b)", 1, "Burglary", "complete")]
    assert [(m["meeting_date"], m["topic"]) for m in found["meetings"]] == [("2026-05-05", "Burglary")]
