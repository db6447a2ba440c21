"""A sentence after a level that mentions questions in passing ("Assured.
Question 3 asked about the backlog.") decides none of them; a level line
naming its questions ("Assured: questions 1 and 3. <comment>") still does.
On real Word files."""

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


def _assessed_pack(path: Path, lines: tuple[str, ...]) -> Path:
    """A No. | Question | Answer table with no level, then the assessment lines."""
    document = Document()
    document.add_heading("Record of the Accountability Meeting held on 12 January 2027", level=2)
    document.add_paragraph("Theme: Neighbourhood crime")
    word_table(document, [["No.", "Question", "Answer"],
                          *[[str(n), question, answer] for n, (question, answer, _) in enumerate(_ASKED, start=1)]])
    document.add_heading("The Commissioner's assessment", level=3)
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def test_a_sentence_after_the_level_that_mentions_questions_decides_none(tmp_path: Path) -> None:
    lines = ("Assured. Question 3 asked about the backlog.", "Partly assured. Q2 was answered late.",
             "Not assured. Questions 1 and 2 were not answered.")
    path = _assessed_pack(tmp_path / "passing.docx", lines)
    assert [level for _, level in _levels(path) if level is not None] == []


def test_a_level_line_naming_its_questions_still_decides_them(tmp_path: Path) -> None:
    lines = ("Assured: questions 1 and 3. Victims are visited promptly.", "Partly assured \u2013 Q2")
    path = _assessed_pack(tmp_path / "named.docx", lines)
    assert _levels(path) == [("1", "Assured"), ("2", "Partly assured"), ("3", "Assured")]
