"""Assurance decisions whose levels are given after the questions, in lines
each led by a level that name the questions it applies to ("Assured:
questions 1 and 3. <comment>"), one decision per named question, on real
Word files and reportlab PDFs. The questions are asked in a table with no
level (No. | Question | Answer) or in labelled paragraphs over their answers;
a line led by a withheld level ("Not assessed: question 4, ...") gives its
question a decision with no level."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, BOLD, H1, decision_fields, grid, pdf, records, word_table
from reportlab.platypus import Paragraph

# (question, answer)
_ASKED = (("How many custody detainees were seen by a healthcare professional within an hour?",
           "Of 1,240 detainees, 1,002 were seen within the hour."),
          ("Are interpreters booked for every detainee who needs one?",
           "Interpreters were booked in 96 of 110 cases."),
          ("How often are cells cleaned between detainees?",
           "Every cell is cleaned and checked before it is used again."),
          ("How many detainees waited over six hours for a mental health assessment?",
           "The force cannot yet report waits for mental health assessments."))
# The assessment lines, and what each gives: number -> (level, commentary)
_ASSESSMENT = ("Assured: questions 1 and 3. Health care and cleaning are well managed.",
               "Partly assured: question 2. Bookings must reach every detainee who needs one.",
               "Not assessed: question 4, until the figures can be produced.")
_EXPECTED = {"1": ("Assured", "Health care and cleaning are well managed."),
             "2": ("Partly assured", "Bookings must reach every detainee who needs one."),
             "3": ("Assured", "Health care and cleaning are well managed."),
             "4": (None, None)}


_FIELDS = ("question_number", "question", "evidence_summary", "assurance", "topic", "meeting_date")


def _expected(topic: str) -> list[tuple]:
    return sorted((str(number), question, answer, _EXPECTED[str(number)][0], topic, "2027-01-12")
                  for number, (question, answer) in enumerate(_ASKED, start=1))


def _commentaries(path: Path) -> dict[str, str | None]:
    return {d["question_number"]: d["commentary"] for d in records(path)["assurance_decisions"]}


def _word_pack(path: Path) -> Path:
    """Notes of one meeting: a theme line, the questions and answers in a
    table with no level, then the assessment under its own heading."""
    document = Document()
    document.add_heading("Record of the Accountability Meeting held on 12 January 2027", level=2)
    document.add_paragraph("Theme: Custody")
    word_table(document, [["No.", "Question", "Answer"],
                          *[[str(number), question, answer] for number, (question, answer)
                            in enumerate(_ASKED, start=1)]])
    document.add_heading("The Commissioner's assessment", level=3)
    for line in _ASSESSMENT:
        label, rest = line.split(":", 1)
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}:").bold = True
        paragraph.add_run(rest)
    document.add_paragraph("Actions agreed: the force will report interpreter bookings each quarter.")
    document.save(str(path))
    return path


def test_each_question_a_level_led_line_names_takes_that_level_from_a_table_of_questions(tmp_path: Path) -> None:
    """One decision per question of the table: its row's question and
    answer, the level of the line naming it (two questions may share one
    line), the line's words after the names the commentary; the topic the
    notes' theme, the date the notes'."""
    path = _word_pack(tmp_path / "pack.docx")
    assert decision_fields(path, *_FIELDS, sort=True) == _expected("Custody")
    commentaries = _commentaries(path)
    assert {number: commentaries[number] for number in ("1", "2", "3")} == \
        {number: commentary for number, (_, commentary) in _EXPECTED.items() if number != "4"}


# The same assessment in other words: a dash before the questions, "Q1", "on question 2", another withheld word.
_REWORDED = ("Assured \u2013 Q1 and Q3. Health care and cleaning are well managed.",
             "Partly assured on question 2: bookings must reach every detainee who needs one.",
             "Deferred \u2013 question 4, until the figures can be produced.")


@pytest.mark.parametrize("assessment", [_ASSESSMENT, _REWORDED], ids=["colons", "reworded"])
def test_level_led_lines_decide_questions_asked_in_labelled_paragraphs(tmp_path: Path,
                                                                      assessment: tuple[str, ...]) -> None:
    """The same lines after "Question N:" paragraphs over their answers,
    under a numbered item heading, in a PDF: the item titles the topic."""
    flow = [Paragraph("Notes of the Accountability Meeting held on 12 January 2027", H1),
            Paragraph("3. Custody", BOLD)]
    for number, (question, answer) in enumerate(_ASKED, start=1):
        flow += [Paragraph(f"Question {number}: {question}", BODY), Paragraph(answer, BODY)]
    flow += [Paragraph(line, BODY) for line in assessment]
    path = pdf(tmp_path / "pack.pdf", flow)
    assert decision_fields(path, *_FIELDS, sort=True) == _expected("Custody")
    commentaries = _commentaries(path)
    assert (commentaries["1"], commentaries["3"]) == (_EXPECTED["3"][1],) * 2
    assert commentaries["2"].lower() == _EXPECTED["2"][1].lower()


def test_lines_led_by_the_questions_they_name_decide_questions_numbered_in_the_table(tmp_path: Path) -> None:
    """Lines naming two questions or more before the level ("Questions 1
    and 3 \u2013 Assured. <comment>") decide them as level-led lines do; the
    table may number its questions in the question cell ("Q1. How ...?"),
    with no number column."""
    document = Document()
    document.add_heading("Record of the Accountability Meeting held on 12 January 2027", level=2)
    document.add_paragraph("Theme: Custody")
    word_table(document, [["Question", "Answer"],
                          *[[f"Q{number}. {question}", answer] for number, (question, answer)
                            in enumerate(_ASKED, start=1)]])
    document.add_heading("The Commissioner's assessment", level=3)
    for line in ("Questions 1 and 3 \u2013 Assured. Health care and cleaning are well managed.",
                 "Questions 2 and 4 \u2013 Partly assured. Bookings and waits need work."):
        document.add_paragraph(line)
    path = tmp_path / "pack.docx"
    document.save(str(path))
    assert sorted((d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"])
                  for d in records(path)["assurance_decisions"]) == sorted(
        (str(number), question, answer, level, commentary)
        for number, (question, answer), (level, commentary) in zip(
            range(1, 5), _ASKED, [("Assured", "Health care and cleaning are well managed."),
                                  ("Partly assured", "Bookings and waits need work.")] * 2))


def test_a_line_naming_a_question_the_notes_do_not_ask_decides_nothing(tmp_path: Path) -> None:
    """Levels given to numbers no question of the notes bears (another
    paper's questions) make no decision."""
    flow = [Paragraph("Notes of the Accountability Meeting held on 12 January 2027", H1),
            Paragraph("3. Custody", BOLD),
            grid([["No.", "Question", "Answer"], ["1", *_ASKED[0]]], [40, 200, 200]),
            Paragraph("Assured: questions 5 and 6. The review panel's work is well managed.", BODY)]
    path = pdf(tmp_path / "pack.pdf", flow)
    assert records(path)["assurance_decisions"] == []
