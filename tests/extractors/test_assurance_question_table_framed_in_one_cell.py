"""A question table nested in a one-cell frame ("Questions put to the Chief
Constable" boxed over the table: the Word reader gives each nested row as a
line, its cells apart by " | ") is read as the table it is: one decision a
question (none were read). Near misses: a cover sheet's frame nesting label
| value rows ("Level of assurance sought | Substantial", "Decision required
| No \u2013 for information"), a contact box, and a framed performance table
with an "Outcome" column of "Met" / "Not met" decide nothing. On real Word
files, the near misses also as the PDFs LibreOffice makes of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, QUESTIONS_ASKED, decision_fields, published, word_framed_table, word_table

_LEVELS = ("Partly assured", "Not assured", "Assured")
_QUESTION_TABLE = [["No.", "Question", "Response", "Assurance level"],
                   *([str(n), question, answer, level]
                     for n, ((question, answer, _), level) in enumerate(zip(QUESTIONS_ASKED, _LEVELS), start=1))]


def _pack(path: Path, form: str, title: str, framed: list[list[str]], table_below: bool = False) -> Path:
    document = Document()
    document.add_heading("Accountability Board", level=1)
    document.add_paragraph("Minutes of the meeting held on 9 June 2027")
    document.add_heading("Item 3 \u2013 Neighbourhood crime", level=2)
    word_framed_table(document, title, framed)
    if table_below:
        word_table(document, _QUESTION_TABLE)
    return published(document, path, form)


def test_a_framed_question_table_gives_its_decisions(tmp_path: Path) -> None:
    path = _pack(tmp_path / "frame.docx", "word", "Questions put to the Chief Constable", _QUESTION_TABLE)
    assert decision_fields(path, "question_number", "question", "evidence_summary", "assurance", "topic") == [
        (str(n), question, answer, level, "Neighbourhood crime")
        for n, ((question, answer, _), level) in enumerate(zip(QUESTIONS_ASKED, _LEVELS), start=1)]


_COVER_SHEET = [["Report title", "Neighbourhood crime"], ["Report status", "Open"],
                ["Assurance", "Reviewed by the Chief Finance Officer"], ["Level of assurance sought", "Substantial"],
                ["Decision required", "No \u2013 for information"]]
_CONTACT_BOX = [["Contact", "Head of Assurance"], ["Telephone", "01234 567890"],
                ["Assurance lead", "Limited hours on Fridays"]]
_PERFORMANCE = [["Measure", "Target", "Actual", "Outcome"], ["Burglary victims visited in a day", "95%", "94.6%", "Not met"],
                ["Forensic results within 30 days", "60%", "62%", "Met"]]


@pytest.mark.parametrize(("title", "framed"), [("Accountability Board \u2013 9 June 2027", _COVER_SHEET),
                                               ("Report author", _CONTACT_BOX),
                                               ("Performance at a glance", _PERFORMANCE)],
                         ids=["cover-sheet", "contact-box", "performance"])
@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_framed_box_of_labels_or_figures_decides_nothing(tmp_path: Path, form: str, title: str,
                                                           framed: list[list[str]]) -> None:
    path = _pack(tmp_path / "box.docx", form, title, framed, table_below=True)
    assert decision_fields(path, "question_number", "assurance") == [
        ("1", "Partly assured"), ("2", "Not assured"), ("3", "Assured")]
