"""A bold level word is a decision only where it is set apart: alone on its
line, or followed by a dash, a colon or a full stop and a comment
("**Partly assured** – ..."). A bold word running on into its sentence
("**No** further questions were raised", "**Limited** data was available",
"**Substantial** overtime was needed") is a word of that sentence, and a
bold "No." heading opening a question table's header row read as a line
("No. | Question | Response | Assurance level") is a heading: no level.
On Word files and reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import QUESTIONS_ASKED, decision_fields

from tests.ingest.pdf_builders import para, story_pdf

_FORMS = ("word", "reportlab pdf")


def _notes(path: Path, form: str, closings: list[tuple[str, str]]) -> Path:
    """Notes of one meeting: three minuted questions, each with its response
    and a closing line of a bold part and the plain words after it."""
    title = "Record of the Strategic Governance Board – 9 September 2043"
    item = "Item 3 – Road safety"
    asked = list(zip(QUESTIONS_ASKED, closings))
    if form == "reportlab pdf":
        story = [para(title, size=14, bold=True), para(item, size=12, bold=True)]
        for number, ((question, answer, _), (bold, plain)) in enumerate(asked, 1):
            story += [para(f"<b>Question {number}:</b> {question}"), para(f"<i>Response:</i> {answer}", left=14),
                      para(f"<b>{bold}</b>{plain}", left=14)]
        path = path.with_suffix(".pdf")
        path.write_bytes(story_pdf(story))
        return path
    document = Document()
    document.add_heading(title, level=2)
    document.add_heading(item, level=3)
    for number, ((question, answer, _), (bold, plain)) in enumerate(asked, 1):
        line = document.add_paragraph()
        line.add_run(f"Question {number}:").bold = True
        line.add_run(f" {question}")
        line = document.add_paragraph()
        line.add_run("Response:").italic = True
        line.add_run(f" {answer}")
        line = document.add_paragraph()
        line.add_run(bold).bold = True
        line.add_run(plain)
    path = path.with_suffix(".docx")
    document.save(str(path))
    return path


@pytest.mark.parametrize("closings", [
    [("No", " further questions were raised on this point."),
     ("Limited", " data was available for the rural districts."),
     ("Substantial", " overtime was needed to staff it.")],
    # the same words opening a sentence of a response's commentary, a paragraph of several sentences
    [("No", " officer was spared for it. The board thanked the force."),
     ("Partial", " figures were shown for the first quarter. More will follow."),
     ("Reasonable", " adjustments were made for two witnesses. The board noted this.")],
], ids=["after-the-response", "opening-a-paragraph"])
@pytest.mark.parametrize("form", _FORMS)
def test_a_bold_word_running_on_into_its_sentence_is_no_level(
        tmp_path: Path, form: str, closings: list[tuple[str, str]]) -> None:
    path = _notes(tmp_path / "notes", form, closings)
    assert decision_fields(path, "question_number", "assurance", "assurance_raw") == []


@pytest.mark.parametrize("form", _FORMS)
def test_a_bold_level_set_apart_alone_or_before_a_comment_still_reads(tmp_path: Path, form: str) -> None:
    path = _notes(tmp_path / "notes", form, [("Partly assured", ""),
                                              ("Not assured", " – the board asked for a plan."),
                                              ("Assured.", " The board thanked the force.")])
    assert decision_fields(path, "question_number", "assurance") == [
        ("1", "Partly assured"), ("2", "Not assured"), ("3", "Assured")]


def test_a_bold_no_heading_of_a_question_table_nested_in_a_frame_is_no_answer(tmp_path: Path) -> None:
    """The Word reader gives a nested table's rows as lines, its header row
    "No. | Question | Response | Assurance level" in bold: the "No." is the
    number column's heading, not the answer "No"."""
    document = Document()
    document.add_heading("Accountability Board – 9 June 2027", level=2)
    document.add_heading("Item 3 – Neighbourhood crime", level=3)
    frame = document.add_table(rows=1, cols=1)
    frame.style = "Table Grid"
    frame.cell(0, 0).text = "Questions put to the Chief Constable"
    nested = frame.cell(0, 0).add_table(rows=1 + len(QUESTIONS_ASKED), cols=4)
    nested.style = "Table Grid"
    rows = [["No.", "Question", "Response", "Assurance level"]]
    rows += [[str(n), question, answer, level] for n, ((question, answer, _), level)
             in enumerate(zip(QUESTIONS_ASKED, ("Partly assured", "Assured", "Not assured")), 1)]
    for row, texts in zip(nested.rows, rows):
        for cell, text in zip(row.cells, texts):
            cell.paragraphs[0].add_run(text).bold = texts is rows[0] or None
    path = tmp_path / "frame.docx"
    document.save(str(path))
    assert ("No", "Not assured") not in decision_fields(path, "assurance_raw", "assurance")
