"""A level opening a decision cell that goes on to tick off the steps taken
("Assured. ✓ Training delivered ✓ Audit done") is the level, on a real Word
file; only a cell that opens with a box is a scale of boxes, deciding
nothing unless one box is checked."""

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


def test_a_level_opening_a_cell_that_ticks_off_what_was_done_is_the_level(tmp_path: Path) -> None:
    """Ticks after the level mark steps taken, not a scale of boxes."""
    levels = ["Assured. \u2713 Training delivered \u2713 Audit done",
              "Partially assured \u2013 \u2713 plan agreed, \u2713 data shared",
              "Not assured"]
    path = _table_pack(tmp_path / "ticks.docx", _HEADER, levels)
    assert _levels(path) == [("1", "Assured"), ("2", "Partly assured"), ("3", "Not assured")]


def test_a_scale_of_boxes_still_decides_nothing(tmp_path: Path) -> None:
    levels = ["\u2610 Assured \u2610 Partially assured \u2610 Not assured", "Assured", "Not assured"]
    path = _table_pack(tmp_path / "boxes.docx", _HEADER, levels)
    assert ("1", "Assured") not in _levels(path) and ("2", "Assured") in _levels(path)
