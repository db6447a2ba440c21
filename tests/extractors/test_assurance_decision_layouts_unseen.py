"""Decision layouts that failed on earlier rounds, in variants no other test
has, on real files: a level column headed in the office's own words, its
table running over a page with the header row repeated, a level cell with
a note under the level ("Partly assured" over "see action 3"), in the Word
file and in the PDF LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.shared import Cm

from files import AS_PUBLISHED, published, records

# (question, the force's answer, the level cell's paragraphs, canonical level, remark)
_ROWS = (
    ("How many burglaries were solved last year?",
     "The force solved 412 of 5,180 residential burglaries, a rate of 8 per cent, up from 6 per cent.",
     ["Assured"], "Assured", "The Commissioner welcomed the rise."),
    ("How quickly are burglary scenes examined?",
     "Scenes of crime officers attend 71 per cent of burglaries within 24 hours; rural scenes wait longest.",
     ["Partly assured", "see action 3"], "Partly assured", "The Commissioner asked for the rural figures."),
    ("How are repeat victims of burglary protected?",
     "Every repeat victim is offered a crime prevention visit, and 64 per cent accept one.",
     ["Not assured"], "Not assured", "The Commissioner asked for target hardening to be offered to all."),
    ("How does the force use its burglary hot spot maps?",
     "Patrol plans follow the weekly hot spot map, reviewed at the daily management meeting.",
     ["Assured"], "Assured", ""),
)
# long enough answers that the table runs over a page
_PADDING = " The figures are checked each month by the performance team and shared with neighbourhood inspectors."


def _pack(path: Path, form: str, level_header: str) -> list[dict]:
    document = Document()
    document.add_heading("Police and Crime Commissioner for Westshire", level=1)
    document.add_paragraph("Accountability Board \u2013 notes of the meeting held on 9 February 2027")
    document.add_heading("3. Burglary", level=2)
    table = document.add_table(rows=1 + len(_ROWS) * 3, cols=5)
    table.style = "Table Grid"
    for col, text in enumerate(["Ref", "Question", "Force response", level_header, "Remarks"]):
        table.cell(0, col).text = text
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # repeated on each page
    for col, width in enumerate((1.2, 3.5, 5.5, 3.0, 3.8)):  # as Word sets them: the grid and every cell
        table.columns[col].width = Cm(width)
        for cell in table.columns[col].cells:
            cell.width = Cm(width)
    rows = [row for n in range(3) for row in _ROWS]
    for at, (question, answer, level_cell, _, remark) in enumerate(rows, start=1):
        cells = table.rows[at].cells
        cells[0].text, cells[1].text, cells[2].text = f"Q{at}", question, answer + _PADDING
        cells[3].text = level_cell[0]
        for note in level_cell[1:]:
            cells[3].add_paragraph(note)
        cells[4].text = remark
    return records(published(document, path / "board.docx", form))["assurance_decisions"]


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("level_header", ["Commissioner's judgement", "Is the Commissioner assured?"])
def test_a_level_column_in_the_offices_words_over_pages_with_notes_under_levels(tmp_path: Path, form: str,
                                                                               level_header: str) -> None:
    decisions = _pack(tmp_path, form, level_header)
    rows = [row for n in range(3) for row in _ROWS]
    assert [(d["question_number"], d["question"], d["assurance"], d["commentary"], d["topic"]) for d in decisions] == [
        (str(at), question, level, remark or None, "Burglary")
        for at, (question, _, _, level, remark) in enumerate(rows, start=1)]
