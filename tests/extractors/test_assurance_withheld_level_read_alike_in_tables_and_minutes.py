"""A level withheld is read by one rule wherever it is printed: the same
words ("Deferred to the next Board", "Not rated until the evaluation is
published") give the same assurance_raw in a table's level cell and after a
level's label in minutes: a short clause as printed, else only the withheld
words. A key line keying a code that withholds the level ("n/r – not
rated") keys only a code the level cells print, never a word that is a level
itself: "No – not yet assessed ..." leaves a "No" cell Not assured."""

from __future__ import annotations

from pathlib import Path

from files import QUESTIONS_ASKED, QUESTION_TABLE_HEADER, decision_fields, docx, question_table_notes, records

_SHORT = "Deferred to the next Board"
_LONG = "Not rated until the evaluation is published"


_FIELDS = ("question_number", "question", "assurance", "assurance_raw")


def test_a_withheld_level_in_a_tables_level_cell(tmp_path: Path) -> None:
    path = question_table_notes(tmp_path / "notes.docx", QUESTION_TABLE_HEADER, ["Assured", _SHORT, _LONG])
    assert decision_fields(path, *_FIELDS) == [("1", QUESTIONS_ASKED[0][0], "Assured", "Assured"),
                                ("2", QUESTIONS_ASKED[1][0], None, _SHORT),
                                ("3", QUESTIONS_ASKED[2][0], None, "Not rated")]


def test_the_same_withheld_level_minuted_after_its_label(tmp_path: Path) -> None:
    lines = [("h2", "Minutes of the Accountability Board held on 14 April 2027"), ("h3", "3. Neighbourhood crime")]
    for number, ((question, answer, comment), level) in enumerate(zip(QUESTIONS_ASKED, ("Assured", _SHORT, _LONG)),
                                                                  start=1):
        lines += [("p", f"Question {number}: {question}"), ("p", answer), ("p", f"Assurance level: {level}"),
                  ("p", f"PCC comment: {comment}")]
    found = records(docx(tmp_path / "minutes.docx", lines))["assurance_decisions"]
    assert [(d["question_number"], d["question"], d["assurance"], d["assurance_raw"], d["commentary"])
            for d in found] == [
        ("1", QUESTIONS_ASKED[0][0], "Assured", "Assured", QUESTIONS_ASKED[0][2]),
        ("2", QUESTIONS_ASKED[1][0], None, _SHORT, QUESTIONS_ASKED[1][2]),
        ("3", QUESTIONS_ASKED[2][0], None, "Not rated", QUESTIONS_ASKED[2][2])]


def test_a_key_line_keying_a_level_word_keys_no_withheld_code(tmp_path: Path) -> None:
    path = question_table_notes(tmp_path / "notes.docx", QUESTION_TABLE_HEADER, ["Yes", "No", "n/r"],
                                after=["No \u2013 not yet assessed by the inspectorate", "n/r \u2013 not rated."])
    assert decision_fields(path, *_FIELDS) == [("1", QUESTIONS_ASKED[0][0], "Assured", "Yes"),
                                ("2", QUESTIONS_ASKED[1][0], "Not assured", "No"),
                                ("3", QUESTIONS_ASKED[2][0], None, "n/r")]
