"""A log with no status column whose update cell closes with the status under
its label ("Status: closed" on the cell's last line, or "Status \u2013 closed"
after a dash): the label states the status, as a status column would, whatever
the update's wording says, and is no part of the update; on a Word file (a
paragraph of its own in the cell) and a reportlab PDF (a line of its own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, H1, grid, pdf, records, word_table
from reportlab.platypus import Paragraph

ROWS = [  # (ref, action, update, status as printed, status)
    ("SB 40/02", "Send the victim survey to the panel.", "Survey sent on 3 May.", "closed", "complete"),
    # the wording alone would say nothing (or done): the label decides
    ("SB 40/05", "Report the rota for the summer events.", "Monthly figures provided; the rota is in place.",
     "open", "outstanding"),
    ("SB 40/07", "Review the custody cell cleaning contract.", "The review has a draft scope.", "closed",
     "complete"),
]
# what stands between the label and the status
SEPARATORS = {"colon": ": ", "dash": " \u2013 "}


def _log(path: Path, separator: str) -> Path:
    header = ["Ref", "Raised", "Action", "Update"]
    if path.suffix == ".docx":
        document = Document()
        document.add_heading("Safer Streets Board", level=1)
        document.add_paragraph("Wednesday 4 June 2040")
        document.add_heading("Action log", level=2)
        word_table(document, [header] + [[ref, "9 April 2040", action, update] for ref, action, update, _, _ in ROWS])
        for row, (_ref, _action, _update, printed, _status) in enumerate(ROWS, start=1):
            # the status line: a paragraph of its own
            document.tables[-1].cell(row, 3).add_paragraph(f"Status{separator}{printed}")
        document.save(str(path))
        return path
    rows = [header] + [[ref, "9 April 2040", action, f"{update}<br/>Status{separator}{printed}"]
                       for ref, action, update, printed, _ in ROWS]
    return pdf(path, [Paragraph("Safer Streets Board", H1), Paragraph("Wednesday 4 June 2040", BODY),
                      Paragraph("Action log", H1), grid(rows, [55, 70, 170, 190])])


@pytest.mark.parametrize("separator", SEPARATORS)
@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_status_labelled_under_the_update_is_the_rows_status(tmp_path: Path, suffix: str, separator: str) -> None:
    found = {a["number"]: a for a in records(_log(tmp_path / f"log{suffix}", SEPARATORS[separator]))["actions"]}

    assert {ref: (a["status"], a["status_source"], " ".join(a["update"].split())) for ref, a in found.items()} == {
        ref: (status, "status_column", update) for ref, _action, update, _printed, status in ROWS}
