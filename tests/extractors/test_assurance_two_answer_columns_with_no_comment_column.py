"""A question table whose last two columns answer "Assured?" and "Further
assurance sought?" (Yes / No), with no comment column beside them: the two
answers give the level together (Yes and No Assured, Yes and Yes Partly
assured, No Not assured), `assurance_raw` is both answers as printed, and
the second answer is no commentary. On a Word file and a PDF. A column so
headed that says in words what more is sought is the commentary, and a
level word beside a Yes / No further column keeps its printed word."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.platypus import Paragraph

from files import BODY, BOLD, H1, QUESTIONS_ASKED, decision_fields, grid, pdf, word_table

_HEADER = ["No.", "Question", "Response", "Assured?", "Further assurance sought?"]
_ANSWERS = (("Yes", "No"), ("Yes", "Yes"), ("No", "Yes"))
_ROWS = [[f"5.{n}", question, answer, assured, further]
         for n, ((question, answer, _), (assured, further)) in enumerate(zip(QUESTIONS_ASKED, _ANSWERS), start=1)]
_EXPECTED = [("5.1", QUESTIONS_ASKED[0][0], "Assured", "Yes / No", None),
             ("5.2", QUESTIONS_ASKED[1][0], "Partly assured", "Yes / Yes", None),
             ("5.3", QUESTIONS_ASKED[2][0], "Not assured", "No / Yes", None)]
_FIELDS = ("question_number", "question", "assurance", "assurance_raw", "commentary")
_NOTES = "Notes of the Public Scrutiny Meeting held on 9 March 2027"
_KEY = ("Each question has two answers, Assured? and Further assurance sought?: Yes and No means assured, "
        "Yes and Yes partly assured, No not assured.")


def test_two_answer_columns_and_no_comment_column_in_a_word_file(tmp_path: Path) -> None:
    document = Document()
    document.add_heading(_NOTES, level=2)
    document.add_paragraph("Item 5: Business crime")
    document.add_paragraph(_KEY)
    word_table(document, [_HEADER, *_ROWS])
    document.save(str(tmp_path / "notes.docx"))
    assert decision_fields(tmp_path / "notes.docx", *_FIELDS) == _EXPECTED


def test_two_answer_columns_and_no_comment_column_on_a_pdf(tmp_path: Path) -> None:
    flow = [Paragraph(_NOTES, H1), Paragraph("Item 5: Business crime", BOLD), Paragraph(_KEY, BODY),
            grid([_HEADER, *_ROWS], [30, 150, 170, 50, 80])]
    assert decision_fields(pdf(tmp_path / "notes.pdf", flow), *_FIELDS) == _EXPECTED


# A column headed as further assurance that says in words what more is sought, no comment column beside it: no
# answer to read with the level, but the decider's commentary.
_SOUGHT_IN_WORDS = ["Nothing more: the answer was full.", "A breakdown of repeat victims by district in June.",
                    "The force to bring its retail crime plan in September."]
_PROSE_ROWS = [["No.", "Question", "Response", "Assurance level", "Further assurance required"],
               *[[f"5.{n}", question, answer, level, sought] for n, ((question, answer, _), level, sought)
                 in enumerate(zip(QUESTIONS_ASKED, ["Assured", "Partially assured", "Not assured"], _SOUGHT_IN_WORDS),
                              start=1)]]
_PROSE_EXPECTED = [("5.1", "Assured", "Assured", _SOUGHT_IN_WORDS[0]),
                   ("5.2", "Partly assured", "Partially assured", _SOUGHT_IN_WORDS[1]),
                   ("5.3", "Not assured", "Not assured", _SOUGHT_IN_WORDS[2])]
_LEVEL_FIELDS = ("question_number", "assurance", "assurance_raw", "commentary")


def test_further_assurance_said_in_words_is_the_commentary_in_a_word_file(tmp_path: Path) -> None:
    document = Document()
    document.add_heading(_NOTES, level=2)
    document.add_paragraph("Item 5: Business crime")
    word_table(document, _PROSE_ROWS)
    document.save(str(tmp_path / "notes.docx"))
    assert decision_fields(tmp_path / "notes.docx", *_LEVEL_FIELDS) == _PROSE_EXPECTED


def test_further_assurance_said_in_words_is_the_commentary_on_a_pdf(tmp_path: Path) -> None:
    flow = [Paragraph(_NOTES, H1), Paragraph("Item 5: Business crime", BOLD),
            grid(_PROSE_ROWS, [30, 130, 150, 70, 110])]
    assert decision_fields(pdf(tmp_path / "notes.pdf", flow), *_LEVEL_FIELDS) == _PROSE_EXPECTED


def test_a_level_word_beside_a_yes_no_further_column_keeps_its_printed_word(tmp_path: Path) -> None:
    rows = [["No.", "Question", "Response", "Assurance level", "Further assurance sought?", "Comments"],
            *[[f"5.{n}", question, answer, level, further, comment] for n, ((question, answer, comment), level, further)
              in enumerate(zip(QUESTIONS_ASKED, ["Substantial", "Limited", "None"], ["No", "Yes", "No"]), start=1)]]
    document = Document()
    document.add_heading(_NOTES, level=2)
    document.add_paragraph("Item 5: Business crime")
    word_table(document, rows)
    document.save(str(tmp_path / "notes.docx"))
    assert decision_fields(tmp_path / "notes.docx", "question_number", "assurance", "assurance_raw") == [
        ("5.1", "Assured", "Substantial"), ("5.2", "Partly assured", "Limited"), ("5.3", "Not assured", "None")]


def test_a_yes_no_further_column_with_words_after_one_answer_is_still_read_as_answers(tmp_path: Path) -> None:
    answers = [("Yes", "Yes"), ("Yes", "No"), ("Yes", "Yes – a breakdown by district by June.")]
    rows = [_HEADER, *[[f"5.{n}", question, answer, assured, further] for n, ((question, answer, _), (assured, further))
                       in enumerate(zip(QUESTIONS_ASKED, answers), start=1)]]
    document = Document()
    document.add_heading(_NOTES, level=2)
    document.add_paragraph("Item 5: Business crime")
    word_table(document, rows)
    document.save(str(tmp_path / "notes.docx"))
    assert decision_fields(tmp_path / "notes.docx", *_LEVEL_FIELDS) == [
        ("5.1", "Partly assured", "Yes / Yes", None), ("5.2", "Assured", "Yes / No", None),
        ("5.3", "Partly assured", "Yes / Yes", "a breakdown by district by June.")]
