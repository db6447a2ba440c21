"""A level in a decision column or after a level's label run on into words
that qualify it, with no stop between ("Not assured at this time",
"Partially assured, pending the audit"): the level, printed with its words; a
condition or a reservation makes an assured level partial ("Assured (subject
to the audit)", "Assured but further work is needed", "Yes, partially"), as
"with caveats" does; a "but" clause stating no reservation ("Assured, but
thanked officers for the report") leaves it assured. Words that are no
qualifier ("No assurance level was sought") make no level of the phrase they
open with: that question was put for information, and gives no record."""

from __future__ import annotations

from pathlib import Path

from files import QUESTION_TABLE_HEADER, QUESTIONS_ASKED, docx, question_table_notes, records

_RUN_ON = ("Not assured at this time", "Partially assured, pending the audit", "Assured (subject to the audit)",
           "Assured but further work is needed", "Assured in the main", "Yes, partially")


def _levels(path: Path) -> list[tuple]:
    return [(d["question_number"], d["assurance"], d["assurance_raw"], d["commentary"])
            for d in records(path)["assurance_decisions"]]


def _comment(number: int) -> str:
    """The comment column of question ``number`` in question_table_notes."""
    return QUESTIONS_ASKED[(number - 1) % len(QUESTIONS_ASKED)][2]


def test_a_level_run_on_into_its_qualifier_in_a_decision_column(tmp_path: Path) -> None:
    path = question_table_notes(tmp_path / "notes.docx", QUESTION_TABLE_HEADER, list(_RUN_ON))
    levels = ("Not assured", "Partly assured", "Partly assured", "Partly assured", "Assured", "Partly assured")
    assert _levels(path) == [(str(n), level, raw, _comment(n))
                             for n, (level, raw) in enumerate(zip(levels, _RUN_ON), start=1)]


def test_a_but_clause_stating_no_reservation_and_words_that_qualify_nothing(tmp_path: Path) -> None:
    cells = ["Assured, but thanked officers for the report", "No assurance level was sought", "Not assured"]
    path = question_table_notes(tmp_path / "notes.docx", QUESTION_TABLE_HEADER, cells)
    assert _levels(path) == [("1", "Assured", "Assured", _comment(1)), ("3", "Not assured", "Not assured", _comment(3))]


def test_a_labelled_level_run_on_into_its_qualifier_in_minutes(tmp_path: Path) -> None:
    path = docx(tmp_path / "minutes.docx", [
        ("h2", "Minutes of the Accountability Board held on 14 April 2027"), ("h3", "3. Neighbourhood crime"),
        ("p", "Question 1: How many burglary victims were visited within a day?"),
        ("p", "Of 410 victims, 388 were visited in a day."),
        ("p", "Assurance level: Assured"),
        ("p", "Question 2: How are officers trained to record stalking?"),
        ("p", "A new course started in March."),
        ("p", "Assurance level: Not assured at this time \u2013 the PCC asked for the completion rate."),
        ("p", "Question 3: How long do forensic results take to return?"),
        ("p", "The median wait was 41 days."),
        ("p", "Assurance level: Partially assured, pending the audit.")])
    assert _levels(path) == [
        ("1", "Assured", "Assured", None),
        ("2", "Not assured", "Not assured at this time", "the PCC asked for the completion rate."),
        ("3", "Partly assured", "Partially assured, pending the audit", None)]
