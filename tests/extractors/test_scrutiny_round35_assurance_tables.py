"""Round 35 (samples/corpus/scrutiny-round35, issue 4): assurance levels in
tables printed in an office's own scale and layout, on small real Word files
and the PDFs LibreOffice makes of them: a level in the row under its
question's row (the question merged across the grade column), read as a
letter of the cover's key."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records

# (question, answer, the PCC's comment, grade letter, canonical level)
_GRADED = (("How quickly are burglaries attended, and does every victim get a visit?",
            "Every victim received a visit, 90 per cent within two days.", "The PCC asked for figures by district.",
            "B", "Assured"),
           ("Why has the charge rate for vehicle crime fallen?",
            "The force said fewer forensic submissions were made.", "The PCC was not convinced by the reason.",
            "C", "Partly assured"),
           ("How many thefts were linked to organised groups?",
            "The force could not say, as the crimes are not flagged.", "A written answer is required.",
            "D", "Not assured"))
_GRADE_KEY = (("A", "Full assurance: the response answered the question in full."),
              ("B", "Reasonable assurance: the response answered the question; minor points remain."),
              ("C", "Limited assurance: the response answered only part of the question."),
              ("D", "No assurance: the response did not answer the question."))


def _table(document: Document, rows: list[list[str]]):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    return table


def _graded_notes(path: Path, numbered: bool, form: str = "word") -> Path:
    """A pack whose cover keys the grades by letter, and notes whose table
    asks each question in a row merged across the Grade column, the answer,
    the comment and the grade letter in the row below."""
    document = Document()
    document.add_heading("Performance and Accountability Meeting", level=1)
    document.add_heading("Assurance grades used in this pack", level=3)
    _table(document, [["Grade", "Meaning"], *[list(entry) for entry in _GRADE_KEY]])
    document.add_heading("Notes of the Performance and Accountability Meeting held on 12 May 2027", level=2)
    document.add_heading("3. Burglary and vehicle crime", level=3)
    document.add_paragraph("The grade against each question follows the key on the cover.")
    lead = ["Ref"] if numbered else []
    rows = [[*lead, "Question and response", "Grade"]]
    for number, (question, answer, comment, grade, _) in enumerate(_GRADED, start=1):
        rows += [[*([f"Q{number}"] if numbered else []), question, ""], [*([""] if numbered else []), "", grade]]
    table = _table(document, rows)
    first = 1 if numbered else 0
    for number, (question, answer, comment, _, _) in enumerate(_GRADED):
        asked_row = 1 + 2 * number
        table.cell(asked_row, first).merge(table.cell(asked_row, first + 1))
        asked = table.cell(asked_row, first)
        asked.text = ""
        asked.paragraphs[0].add_run(question).bold = True
        answered = table.cell(asked_row + 1, first)
        answered.text = f"Force response: {answer}"
        answered.add_paragraph(f"PCC comment: {comment}")
    return published(document, path, form)


def _decisions(path: Path) -> list[tuple]:
    return sorted((d["question_number"], d["topic"], d["question"], d["evidence_summary"], d["assurance"],
                   d["assurance_raw"], d["commentary"]) for d in records(path)["assurance_decisions"])


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("numbered", [True, False], ids=["ref column", "no ref column"])
def test_a_grade_letter_in_the_row_under_its_question_read_through_the_covers_key(
        tmp_path: Path, numbered: bool, form: str) -> None:
    path = _graded_notes(tmp_path / "pack.docx", numbered, form)
    assert _decisions(path) == sorted(
        (str(number) if numbered else None, "Burglary and vehicle crime", question, answer, level, grade, comment)
        for number, (question, answer, comment, grade, level) in enumerate(_GRADED, start=1))

