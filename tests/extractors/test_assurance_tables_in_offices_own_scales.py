"""Round 35 (samples/corpus/scrutiny-round35, issue 4): assurance levels in
tables printed in an office's own scale and layout, on small real Word files
and the PDFs LibreOffice makes of them: a level in the row under its
question's row (the question merged across the grade column), read as a
letter of the cover's key."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, decision_fields, published

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


_FIELDS = ("question_number", "topic", "question", "evidence_summary", "assurance", "assurance_raw", "commentary")


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("numbered", [True, False], ids=["ref column", "no ref column"])
def test_a_grade_letter_in_the_row_under_its_question_read_through_the_covers_key(
        tmp_path: Path, numbered: bool, form: str) -> None:
    path = _graded_notes(tmp_path / "pack.docx", numbered, form)
    assert decision_fields(path, *_FIELDS, sort=True) == sorted(
        (str(number) if numbered else None, "Burglary and vehicle crime", question, answer, level, grade, comment)
        for number, (question, answer, comment, grade, level) in enumerate(_GRADED, start=1))


# (question, answer, score, further scrutiny, comment, canonical level)
_SCORED = (("How many county lines were closed, and how does the force know they stayed closed?",
            "Nine lines were closed; checks found two had reopened.", "4", "No", "The PCC welcomed the checks.",
            "Assured"),
           ("How many people found with drugs were referred to treatment?",
            "Of 600 people, 140 were referred.", "2", "Yes", "Referral rates must rise.", "Partly assured"),
           ("What does the force do to protect exploited children?",
            "Every child is referred to the exploitation hub.", "5", "No", "", "Assured"),
           ("How is the testing on arrest scheme evaluated?",
            "There has been no evaluation.", "1", "Yes", "An evaluation plan is to come.", "Not assured"))
_SCORE_KEY = (("5", "Full assurance"), ("4", "Substantial assurance"), ("3", "Reasonable assurance"),
              ("2", "Limited assurance"), ("1", "No assurance"))


def _scored_notes(path: Path, form: str) -> Path:
    """A pack whose front sheet keys the scores 5 to 1, and notes in a
    Discussion | Outcome table: the numbered question and its answer on the
    left, "Score: N", a further-scrutiny flag and a comment on the right."""
    document = Document()
    document.add_heading("Public Accountability Conference", level=1)
    document.add_heading("Assurance scores", level=3)
    _table(document, [["Score", "Level of assurance"], *[list(entry) for entry in _SCORE_KEY]])
    document.add_heading("Minutes of the Public Accountability Conference held on 6 July 2027", level=2)
    document.add_heading("Drug-related harm", level=3)
    table = _table(document, [["Discussion", "Outcome"], *[["", ""] for _ in _SCORED]])
    for row, (question, answer, score, further, comment, _) in enumerate(_SCORED, start=1):
        discussion = table.cell(row, 0)
        discussion.paragraphs[0].add_run(f"{row}. {question}").bold = True
        discussion.add_paragraph(answer)
        outcome = table.cell(row, 1)
        outcome.paragraphs[0].add_run(f"Score: {score}").bold = True
        outcome.add_paragraph().add_run(f"Further scrutiny: {further}").bold = True
        if comment:
            outcome.add_paragraph(comment)
    return published(document, path, form)


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_score_in_a_notes_tables_outcome_cell_read_through_the_front_sheets_key(tmp_path: Path, form: str) -> None:
    """The question is the Discussion cell's numbered bold line, the answer
    the rest; the Outcome cell's "Score: N" is the level through the key,
    and its further-scrutiny flag is neither the level nor commentary."""
    path = _scored_notes(tmp_path / "pack.docx", form)
    assert decision_fields(path, *_FIELDS, sort=True) == sorted(
        (str(number), "Drug-related harm", question, answer, level, score, comment or None)
        for number, (question, answer, score, _, comment, level) in enumerate(_SCORED, start=1))


# (number, question, answer, level row, canonical level, direction of travel)
_MATRIX = (("2.1", "How has the number of knife crime offences changed this year?", "Offences fell by 7 per cent.",
            0, "Assured", "Improving"),
           ("2.2", "How many weapon sweeps were run, and what did they find?", "There were 64 sweeps; 141 weapons.",
            1, "Partly assured", "Stable"),
           ("2.3", "How many young people were referred to diversion?", "The data were not available.",
            2, "Not assured", "Worsening"))
_MATRIX_LEVELS = ("Green \u2013 assured", "Amber \u2013 partly assured", "Red \u2013 not assured")


def _matrix_notes(path: Path, turned: bool, form: str) -> Path:
    """Notes asking each question as a bold numbered line over its answer,
    then an assurance matrix: a column each question and a row each level
    (or, ``turned``, a row each question and a column each level), a ● in
    the question's level, and a direction-of-travel row or column."""
    document = Document()
    document.add_heading("Notes of the Policing and Crime Accountability Meeting held on 7 September 2027", level=2)
    document.add_heading("2. Knife crime", level=3)
    document.add_paragraph("The force answered the Mayor's questions as follows.")
    for number, question, answer, *_ in _MATRIX:
        document.add_paragraph().add_run(f"{number}  {question}").bold = True
        document.add_paragraph(answer)
    document.add_heading("Assurance matrix", level=3)
    document.add_paragraph("The Mayor's level of assurance on each question is marked \u25cf in its row.")
    rows = [["Assurance level", *(number for number, *_ in _MATRIX)],
            *[[label, *("\u25cf" if row == level_row else "" for _, _, _, level_row, _, _ in _MATRIX)]
              for row, label in enumerate(_MATRIX_LEVELS)],
            ["Direction of travel", *(direction for *_, direction in _MATRIX)]]
    if turned:
        rows = [list(column) for column in zip(*rows)]
        rows[0][0] = "Question"
    _table(document, rows)
    return published(document, path, form)


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("turned", [False, True], ids=["a column each question", "a row each question"])
def test_a_matrix_of_questions_by_levels_marks_each_questions_level(tmp_path: Path, turned: bool, form: str) -> None:
    """The question asked in the notes takes the level whose row (or column)
    holds the ● under its number; the direction of travel is no comment."""
    path = _matrix_notes(tmp_path / "notes.docx", turned, form)
    decisions = decision_fields(path, *_FIELDS, sort=True)
    assert decisions == [(number, "Knife crime", question, answer, level, _MATRIX_LEVELS[row], None)
                         for number, question, answer, row, level, _ in _MATRIX]


_NUMBERED_KEY = "Key: 4 \u2013 Full assurance; 3 \u2013 Substantial assurance; 2 \u2013 Limited assurance; 1 \u2013 No assurance."


def _scored_tables(path: Path, survey: list[list[str]], decided: list[list[str]]) -> Path:
    """A pack keying a numbered scale, with a survey's table of scores and the notes' table of decisions."""
    document = Document()
    document.add_heading("Scrutiny Board", level=1)
    document.add_paragraph(_NUMBERED_KEY)
    document.add_heading("Victim satisfaction survey", level=2)
    _table(document, survey)
    document.add_heading("Notes of the Scrutiny Board held on 3 June 2027", level=2)
    document.add_heading("4. Victim care", level=3)
    _table(document, decided)
    return published(document, path, "word")


def test_a_surveys_question_and_score_table_is_no_decision(tmp_path: Path) -> None:
    """A survey's "Question | Score" beside no answer rates, it decides
    nothing, though the pack keys a numbered scale; the notes' table with
    the answer beside its "Score" column decides."""
    path = _scored_tables(tmp_path / "pack.docx",
                          [["Question", "Score"], ["How satisfied were you with the first contact?", "4"],
                           ["How well were you kept informed?", "2"]],
                          [["No.", "Question", "Response", "Score"],
                           ["1", "How many victims were contacted within a day?", "Nine in ten were.", "4"],
                           ["2", "How are victims kept informed?", "Updates are sent every 28 days.", "2"]])
    assert decision_fields(path, *_FIELDS, sort=True) == [
        ("1", "Victim care", "How many victims were contacted within a day?", "Nine in ten were.", "Assured", "4", None),
        ("2", "Victim care", "How are victims kept informed?", "Updates are sent every 28 days.", "Partly assured", "2",
         None)]


# (question, answer, mark, canonical level)
_MARKED = (("What proportion of 999 calls were answered within ten seconds?", "The force answered 92 per cent.",
            "\u2714", "Assured"),
           ("How long do callers wait on 101?", "The average wait was 6 minutes 40 seconds.", "\u25d0", "Partly assured"),
           ("How fast are online reports acknowledged?", "The force could not give a time.", "\u2716", "Not assured"))


def test_a_summary_tables_marks_read_through_the_key_line_decide_the_questions_by_number(tmp_path: Path) -> None:
    """Notes asking "Question N: ...?" over the answer, then a summary No. |
    Subject | Assurance | Further scrutiny whose Assurance cells are only
    ✔ / ◐ / ✖, keyed by a line below it: each question takes its number's
    mark, the flag no part of it."""
    document = Document()
    document.add_heading("Notes of the Scrutiny Meeting held on 10 August 2027", level=2)
    document.add_heading("3. Call handling", level=3)
    for number, (question, answer, _, _) in enumerate(_MARKED, start=1):
        asked = document.add_paragraph()
        asked.add_run(f"Question {number}:").bold = True
        asked.add_run(f" {question}")
        document.add_paragraph(answer)
    document.add_heading("Outcome of the questions", level=3)
    _table(document, [["No.", "Subject", "Assurance", "Further scrutiny"],
                      *[[str(number), question.split()[0], mark, "No" if level == "Assured" else "Yes"]
                        for number, (question, _, mark, level) in enumerate(_MARKED, start=1)]])
    document.add_paragraph("Key: \u2714 assured   \u25d0 partly assured   \u2716 not assured")
    path = published(document, tmp_path / "notes.docx", "word")
    decisions = decision_fields(path, *_FIELDS, sort=True)
    assert decisions == [(str(number), "Call handling", question, answer, level, mark, None)
                         for number, (question, answer, mark, level) in enumerate(_MARKED, start=1)]
