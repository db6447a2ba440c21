"""An action log whose header labels wrap over two rows drawn alike, as a
bilingual log prints them ("Statws /" over "Status"): the labels are read
together, so the status column is found and its words decide each row, on a
Word file and on a reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, H1, grid, pdf, records, word_table
from reportlab.platypus import Paragraph

HEADER = [["Cyf / Ref", "Cam gweithredu / Action", "Diweddariad / Update", "Statws /"],
          ["", "", "", "Status"]]
BODY_ROWS = [
    ["SEB 27/03", "Share the findings of the review of the call-back service.", "Findings shared on 2 March.",
     "Cwblhawyd / Complete"],
    # reads as done: only the status column says the log keeps it open
    ["SEB 27/06", "Report the vehicle replacement dates.", "Dates were sent to the office.", "Ar agor / Open"],
]


def _log(path: Path) -> Path:
    if path.suffix == ".docx":
        document = Document()
        document.add_heading("Strategic Executive Board", level=1)
        document.add_paragraph("Thursday 4 March 2027")
        document.add_heading("Log gweithredu / Action log", level=2)
        word_table(document, HEADER + BODY_ROWS)
        for row in document.tables[0].rows[:2]:
            for cell in row.cells:
                for run in (run for paragraph in cell.paragraphs for run in paragraph.runs):
                    run.bold = True
        document.save(str(path))
        return path
    rows = [[f"<b>{text}</b>" if text else "" for text in row] for row in HEADER] + BODY_ROWS
    return pdf(path, [Paragraph("Strategic Executive Board", H1), Paragraph("Thursday 4 March 2027", BODY),
                      Paragraph("Log gweithredu / Action log", H1), grid(rows, [60, 170, 150, 100])])


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_status_label_wrapped_onto_a_second_header_row_heads_the_status_column(tmp_path: Path,
                                                                                 suffix: str) -> None:
    found = sorted(records(_log(tmp_path / f"log{suffix}"))["actions"], key=lambda a: a["number"])

    assert [(a["number"], a["status"], a["status_source"]) for a in found] == [
        ("SEB 27/03", "complete", "status_column"), ("SEB 27/06", "outstanding", "status_column")]
