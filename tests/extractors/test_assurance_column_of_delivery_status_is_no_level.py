"""A question table's "Assurance" column that prints how delivery stands
("On track", "Not on track") gives no level: "Not on track" says the work is
behind, not that the decider withheld assurance (a bare "Not" is a level
only alone, never run on into other words). A level printed beside it in
the same column is read as ever. On a Word file and a reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from files import BOLD, H1, QUESTION_TABLE_HEADER, QUESTIONS_ASKED, decision_fields, grid, pdf, question_table_notes

_HEADER = ["No.", "Question", "Answer", "Assurance", "Comment"]
_FIELDS = ("question_number", "assurance", "assurance_raw")


def _pack(path: Path, levels: list[str]) -> Path:
    """Notes whose question table prints ``levels`` in its Assurance column, as a Word file or a reportlab PDF."""
    if path.suffix == ".docx":
        return question_table_notes(path, _HEADER, levels)
    rows = [[str(n), question, answer, level, comment]
            for n, ((question, answer, comment), level) in enumerate(zip(QUESTIONS_ASKED, levels), start=1)]
    return pdf(path, [Paragraph("Minutes of the Accountability Board held on 14 April 2027", H1),
                      Paragraph("Minute 3 \u2013 Neighbourhood crime", BOLD),
                      grid([_HEADER, *rows], [30, 130, 140, 70, 110])])


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_on_track_and_not_on_track_are_no_levels(tmp_path: Path, suffix: str) -> None:
    path = _pack(tmp_path / f"delivery{suffix}", ["On track", "Not on track", "On track"])
    assert decision_fields(path, *_FIELDS) == [("1", None, None), ("2", None, None), ("3", None, None)]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_not_on_track_beside_levels_is_no_level(tmp_path: Path, suffix: str) -> None:
    path = _pack(tmp_path / f"mixed{suffix}", ["Assured", "Not on track", "Not assured"])
    assert decision_fields(path, *_FIELDS) == [("1", "Assured", "Assured"), ("2", None, None),
                                               ("3", "Not assured", "Not assured")]


def test_a_bare_not_alone_in_the_column_is_still_not_assured(tmp_path: Path) -> None:
    """Of a Fully / Partly / Not scale under an assurance column, "Not" alone is Not assured."""
    path = question_table_notes(tmp_path / "degrees.docx", QUESTION_TABLE_HEADER, ["Fully", "Partly", "Not"])
    assert decision_fields(path, *_FIELDS) == [("1", "Assured", "Fully"), ("2", "Partly assured", "Partly"),
                                               ("3", "Not assured", "Not")]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_bare_degree_set_apart_by_punctuation_is_still_a_level(tmp_path: Path, suffix: str) -> None:
    """Only a degree run straight into words ("Not on track") is no level;
    one a comma sets apart from a remark ("Not, at this stage") is."""
    path = _pack(tmp_path / f"degrees{suffix}", ["Partly", "Mostly, pending the audit", "Not, at this stage"])
    assert decision_fields(path, *_FIELDS) == [("1", "Partly assured", "Partly"),
                                                ("2", "Assured", "Mostly, pending the audit"),
                                                ("3", "Not assured", "Not, at this stage")]
