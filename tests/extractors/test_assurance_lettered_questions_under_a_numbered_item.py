"""Questions lettered under a numbered item of the notes ("3. Neighbourhood
crime", then "(a) How ...?", "(b) ...", each answered and given its level
on a line of its own) are the item's sub-questions: numbered "3a", "3b",
"3c", their words without the letter, whether the letter is typed before
the question (a Word file) or is a lettered list's marker (a PDF)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from reportlab.platypus import Paragraph

from files import BODY, H1, QUESTIONS_ASKED, decision_fields, pdf

_LEVELS = ("Assured", "Partially assured", "Not assured")
_EXPECTED = [(f"3{letter}", question, level, answer)
             for letter, (question, answer, _), level in zip("abc", QUESTIONS_ASKED,
                                                            ("Assured", "Partly assured", "Not assured"))]


def _lines(label: str) -> list[tuple[str, str]]:
    """(style, text) of the item's lines: each lettered question, its answer, its level."""
    return [line for letter, (question, answer, _), level in zip("abc", QUESTIONS_ASKED, _LEVELS)
            for line in (("question", label.format(letter) + question), ("body", answer),
                         ("body", f"Assurance level: {level}"))]


_FIELDS = ("question_number", "question", "assurance", "evidence_summary")


@pytest.mark.parametrize("label", ["({}) ", "{}) "])
def test_questions_lettered_in_a_word_file_are_the_items_sub_questions(tmp_path: Path, label: str) -> None:
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 14 April 2027", level=2)
    document.add_heading("3. Neighbourhood crime", level=3)
    for _, text in _lines(label):
        document.add_paragraph(text)
    document.save(str(tmp_path / "notes.docx"))
    assert decision_fields(tmp_path / "notes.docx", *_FIELDS) == _EXPECTED


def test_questions_in_a_lettered_list_of_a_pdf_are_the_items_sub_questions(tmp_path: Path) -> None:
    flow = [Paragraph("Accountability Board minutes, 14 April 2027", H1), Paragraph("3. Neighbourhood crime", H1),
            *(Paragraph(text, BODY) for _, text in _lines("({}) "))]
    assert decision_fields(pdf(tmp_path / "notes.pdf", flow), *_FIELDS) == _EXPECTED
