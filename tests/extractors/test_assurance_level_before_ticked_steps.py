"""A level opening a decision cell that goes on to tick off the steps taken
("Assured. ✓ Training delivered ✓ Audit done") is the level, on a real Word
file; only a cell that opens with a box is a scale of boxes, deciding
nothing unless one box is checked."""

from __future__ import annotations

from pathlib import Path

from files import QUESTION_TABLE_HEADER, decision_levels, question_table_notes


def test_a_level_opening_a_cell_that_ticks_off_what_was_done_is_the_level(tmp_path: Path) -> None:
    """Ticks after the level mark steps taken, not a scale of boxes."""
    levels = ["Assured. \u2713 Training delivered \u2713 Audit done",
              "Partially assured \u2013 \u2713 plan agreed, \u2713 data shared",
              "Not assured"]
    path = question_table_notes(tmp_path / "ticks.docx", QUESTION_TABLE_HEADER, levels)
    assert decision_levels(path) == [("1", "Assured"), ("2", "Partly assured"), ("3", "Not assured")]


def test_a_scale_of_boxes_still_decides_nothing(tmp_path: Path) -> None:
    levels = ["\u2610 Assured \u2610 Partially assured \u2610 Not assured", "Assured", "Not assured"]
    path = question_table_notes(tmp_path / "boxes.docx", QUESTION_TABLE_HEADER, levels)
    assert ("1", "Assured") not in decision_levels(path) and ("2", "Assured") in decision_levels(path)
