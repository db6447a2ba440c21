"""Round 18 (samples/corpus/scrutiny-round18, -18b and inspection-round18b,
released held-out rounds, issue 4): the action, meeting and agenda forms those
rounds showed that no earlier round did, each on a small real PDF or Word file."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, H1, grid, pdf, records
from reportlab.platypus import Paragraph


def _table(document: Document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for row, values in enumerate(rows):
        for col, text in enumerate(values):
            table.cell(row, col).text = text


def test_an_action_log_whose_only_status_is_a_closed_on_date_is_read_as_a_tracker(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Police Accountability Board", level=1)
    document.add_paragraph("Thursday 10 September 2026, 10am")
    document.add_heading("Action log", level=2)
    _table(document, [["Ref", "Raised", "Action", "Owner", "Closed on"],
                      ["PB 26/11", "14/05/2026", "Publish the burglary survey by ward.", "Head of Insight",
                       "20/07/2026"],
                      ["PB 26/12", "14/05/2026", "Report repeat victim contact rates.", "Head of Contact", ""]])
    path = tmp_path / "board.docx"
    document.save(str(path))
    found = {a["number"]: a for a in records(path)["actions"]}
    assert {ref: (a["text"], str(a["meeting_date"]), a["source"], a["status"], a["status_source"])
            for ref, a in found.items()} == {
        "PB 26/11": ("Publish the burglary survey by ward.", "2026-05-14", "action_tracker", "complete",
                     "status_column"),
        "PB 26/12": ("Report repeat victim contact rates.", "2026-05-14", "action_tracker", "outstanding",
                     "status_column")}


def test_a_status_cell_giving_only_the_date_due_says_the_action_is_still_open(tmp_path: Path) -> None:
    path = pdf(tmp_path / "meeting.pdf", [
        Paragraph("Police Accountability Meeting", H1),
        Paragraph("Thursday 10 September 2026", BODY),
        Paragraph("Action tracker", H1),
        grid([["Ref", "Raised", "Action", "Update", "Status"],
              ["PAM-040", "14/05/2026", "Report the number of drivers referred to courses.", "Figures to follow.",
               "Due 16/10/2026"],
              ["PAM-041", "14/05/2026", "Share the road safety plan.", "Shared with members.",
               "Completed 02/06/2026"]], [50, 55, 160, 120, 80])])
    found = {a["number"]: a for a in records(path)["actions"]}
    assert {ref: (a["status"], a["status_source"]) for ref, a in found.items()} == {
        "PAM-040": ("outstanding", "status_column"), "PAM-041": ("complete", "status_column")}
