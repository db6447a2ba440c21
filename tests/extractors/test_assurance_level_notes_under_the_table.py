"""A level cell marked with a note printed under the table ("Partially
assured (note 1)" over "Note 1: The PCC is assured about ... but not
..."), on a reportlab PDF and a Word file: the note's words, without its
label, are the decision's commentary; a level with no mark has none."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from reportlab.platypus import Paragraph

from files import BODY, H1, grid, pdf, records, word_table

# (question, response, level cell, canonical level, the note's words)
_ROWS = (("How many PCSOs are in post against the establishment?", "There are 301 against 330.",
          "Partially assured (note 1)", "Partly assured", "The PCC is assured about PCSOs but not yet about constables."),
         ("How often are neighbourhood officers abstracted?", "17% of shifts were abstracted.", "Not assured",
          "Not assured", None),
         ("How quickly are antisocial behaviour calls answered?", "The answer time fell to 6 minutes.",
          "Assured (see note 2)", "Assured", "Subject to the figures holding through the summer."))


@pytest.mark.parametrize("kind", ["pdf", "word"])
def test_a_notes_words_under_the_table_are_the_commentary_of_the_level_it_marks(tmp_path: Path, kind: str) -> None:
    rows = [["Q", "Question from the PCC", "Response from the force", "Assurance level"],
            *[[str(n), question, response, cell] for n, (question, response, cell, _, _) in enumerate(_ROWS, start=1)]]
    notes = [f"Note {n}: {note}" for n, note in enumerate((row[4] for row in _ROWS if row[4]), start=1)]
    if kind == "pdf":
        path = pdf(tmp_path / "minutes.pdf", [Paragraph("Minutes of the Accountability Meeting held on 26 January 2028",
                                                        H1), Paragraph("Item 2 – Neighbourhood policing", H1),
                                              grid(rows, [20, 170, 170, 100]),
                                              *(Paragraph(note, BODY) for note in notes)])
    else:
        document = Document()
        document.add_heading("Minutes of the Accountability Meeting held on 26 January 2028", level=1)
        document.add_heading("Item 2 – Neighbourhood policing", level=2)
        word_table(document, rows)
        for note in notes:
            document.add_paragraph(note)
        path = tmp_path / "minutes.docx"
        document.save(str(path))
    assert [(d["question_number"], d["question"], d["assurance"], d["commentary"])
            for d in records(path)["assurance_decisions"]] == [
        (str(n), question, level, note) for n, (question, _, _, level, note) in enumerate(_ROWS, start=1)]
