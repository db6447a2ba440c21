"""An action log with no status column whose "Updates" cell keeps a paragraph
per dated entry ("15/07: ...", oldest first): the log is read as a tracker,
the whole cell is the update, and the latest entry decides the status, on a
Word file and on a reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, H1, grid, pdf, records
from reportlab.platypus import Paragraph

ENTRIES = {
    "AB 27/04": ["15/07: Draft scheme sent to partners.", "20/08: Scheme launched in all three districts."],
    "AB 27/07": ["22/07: Analyst assigned.", "28/08: Mapping delayed by access to data; now expected in November."],
    "AB 27/12": ["12/09: Briefing note on the data completed.", "14/10: The analysis will be presented in January."],
}
EXPECTED = {"AB 27/04": "complete", "AB 27/07": "outstanding", "AB 27/12": "outstanding"}


def _log(path: Path) -> Path:
    header = ["Ref", "Raised", "Action", "Updates"]
    actions = {ref: f"Action {ref[-2:]} of the board on business crime." for ref in ENTRIES}
    if path.suffix == ".docx":
        document = Document()
        document.add_heading("Accountability Board", level=1)
        document.add_paragraph("Tuesday 5 November 2027")
        document.add_heading("Action log", level=2)
        table = document.add_table(rows=1 + len(ENTRIES), cols=4)
        table.style = "Table Grid"
        for col, text in enumerate(header):
            table.cell(0, col).text = text
        for row, (ref, entries) in enumerate(ENTRIES.items(), start=1):
            for col, text in enumerate([ref, "09/07/2027", actions[ref], entries[0]]):
                table.cell(row, col).text = text
            for entry in entries[1:]:
                table.cell(row, 3).add_paragraph(entry)
        document.save(str(path))
        return path
    rows = [header] + [[ref, "09/07/2027", actions[ref], "<br/>".join(entries)] for ref, entries in ENTRIES.items()]
    return pdf(path, [Paragraph("Accountability Board", H1), Paragraph("Tuesday 5 November 2027", BODY),
                      Paragraph("Action log", H1), grid(rows, [55, 60, 150, 220])])


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_log_of_dated_update_paragraphs_is_read_by_its_latest_entry(tmp_path: Path, suffix: str) -> None:
    found = {a["number"]: a for a in records(_log(tmp_path / f"log{suffix}"))["actions"]}

    assert {ref: (a["source"], a["status"], a["status_source"]) for ref, a in found.items()} == {
        ref: ("action_tracker", status, "inferred_from_update") for ref, status in EXPECTED.items()}
    assert {ref: " ".join(a["update"].split()) for ref, a in found.items()} == {
        ref: " ".join(entries) for ref, entries in ENTRIES.items()}
