"""A line under a question table saying questions were put for information
names them only after a "question"/"Q" label: a count ("The 2 remaining
questions ...") names none. On real Word files."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import records, word_table

# (question, answer, comment)
_ASKED = (("How many burglary victims were visited within a day?", "Of 410 victims, 388 were visited in a day.",
           "The Commissioner was pleased."),
          ("How are officers trained to record stalking?", "A new course started in March.",
           "The Commissioner asked for the completion rate."),
          ("How long do forensic results take to return?", "The median wait was 41 days.",
           "The Commissioner asked for a plan to reduce the wait."))


def _levels(path: Path) -> list[tuple]:
    return sorted((d["question_number"], d["assurance"]) for d in records(path)["assurance_decisions"])


def _table_pack(path: Path, header: list[str], levels: list[str], before: list[str] = (),
                after: list[str] = ()) -> Path:
    """Notes of one meeting: ``before`` lines, a question table whose level
    column prints ``levels`` (one a question, numbered from 1), ``after`` lines."""
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 14 April 2027", level=2)
    document.add_heading("Minute 3 \u2013 Neighbourhood crime", level=3)
    for line in before:
        document.add_paragraph(line)
    rows = [[str(n), question, answer, level, comment]
            for n, ((question, answer, comment), level) in enumerate(zip(_ASKED * 2, levels), start=1)]
    word_table(document, [header, *rows])
    for line in after:
        document.add_paragraph(line)
    document.save(str(path))
    return path


_HEADER = ["No.", "Question", "Answer", "Assurance level", "Comment"]


_HEADER = ["No.", "Question", "Answer", "Assurance level", "Comment"]


def test_a_count_of_questions_put_for_information_names_none(tmp_path: Path) -> None:
    """"The 2 remaining questions" counts them: question 2, its level
    deferred, keeps its decision with no level."""
    path = _table_pack(tmp_path / "info.docx", _HEADER, ["Assured", "Deferred to the next meeting", "N/A", "N/A"],
                       after=["The 2 remaining questions were asked for information and no assurance level "
                              "was sought."])
    assert [(n, level) for n, level in _levels(path) if n in ("1", "2")] == [("1", "Assured"), ("2", None)]


def test_questions_named_as_put_for_information_have_no_decision(tmp_path: Path) -> None:
    path = _table_pack(tmp_path / "named_info.docx", _HEADER, ["Assured", "Deferred to the next meeting", "N/A",
                                                                "N/A"],
                       after=["Questions 3 and 4 were asked for information and no assurance level was sought."])
    assert _levels(path) == [("1", "Assured"), ("2", None)]
