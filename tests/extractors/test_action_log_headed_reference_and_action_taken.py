"""A scrutiny recommendation tracker headed "Reference | Recommendation |
Lead Officer | Action taken | Status": the reference numbers the row and
"Action taken" is its update, on a Word file and on a reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, H1, grid, pdf, records, word_table
from reportlab.platypus import Paragraph

ROWS = [["Reference", "Recommendation", "Lead Officer", "Action taken", "Status"],
        ["SR 01", "That the force publishes overtime spend quarterly.", "CFO", "Published from Q1.", "Complete"],
        ["SR 02", "That 101 abandonment is reported monthly.", "ACC", "First report due in June.", "Open"]]


def _tracker(path: Path) -> Path:
    if path.suffix == ".docx":
        document = Document()
        document.add_heading("Scrutiny Panel", level=1)
        document.add_paragraph("Thursday 4 March 2027")
        document.add_heading("Recommendation tracker", level=2)
        word_table(document, ROWS)
        document.save(str(path))
        return path
    return pdf(path, [Paragraph("Scrutiny Panel", H1), Paragraph("Thursday 4 March 2027", BODY),
                      Paragraph("Recommendation tracker", H1), grid(ROWS, [55, 170, 60, 130, 60])])


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_reference_numbers_the_row_and_action_taken_is_its_update(tmp_path: Path, suffix: str) -> None:
    found = sorted(records(_tracker(tmp_path / f"log{suffix}"))["actions"], key=lambda a: a["number"] or "")

    assert [(a["number"], a["update"], a["status"]) for a in found] == [
        ("SR 01", "Published from Q1.", "complete"), ("SR 02", "First report due in June.", "outstanding")]
