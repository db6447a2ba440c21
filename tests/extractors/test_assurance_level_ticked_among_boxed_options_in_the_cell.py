"""A decision cell printing the scale's options with a tick box after each
("Level (tick one):" over "Assured ☐", "Partly assured ☒", "Not assured ☐",
or the three on one line): the option whose box is checked is the level (the
first option, its box empty, was read: a ticked "Not assured" gave Assured).
The label and the options are no commentary. Near misses: a form left blank
or ticked twice decides nothing; a risk's rating and a recommendation's
status ticked the same way give no decision. On real Word files and the PDFs
LibreOffice makes of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, QUESTIONS_ASKED, decision_fields, published, word_table

_OPTIONS = ("Assured", "Partly assured", "Not assured")
_CHECKED, _EMPTY = "\u2612", "\u2610"  # Word's check box, checked and not


def _boxed(ticked: tuple[str, ...], options: tuple[str, ...] = _OPTIONS) -> list[str]:
    """Each option with its box after it, checked where it is ``ticked``."""
    return [f"{option} {_CHECKED if option in ticked else _EMPTY}" for option in options]


def _notes(path: Path, form: str, header: list[str], cells: list[list[str]]) -> Path:
    """Notes whose No. | Question | Response | <decision> table prints each
    row's decision cell as the lines of ``cells``."""
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 9 June 2027", level=2)
    document.add_heading("Item 3 \u2013 Neighbourhood crime", level=3)
    word_table(document, [header, *([str(n), question, answer, ""]
                                    for n, (question, answer, _) in enumerate(QUESTIONS_ASKED, start=1))])
    table = document.tables[-1]
    for row, lines in enumerate(cells, start=1):
        table.cell(row, 3).text = lines[0]
        for line in lines[1:]:
            table.cell(row, 3).add_paragraph(line)
    return published(document, path, form)


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_option_whose_box_is_checked_is_the_level(tmp_path: Path, form: str) -> None:
    cells = [["Level (tick one):", *_boxed(("Partly assured",))],
             ["Level (tick one):", *_boxed(("Not assured",))],
             [" / ".join(_boxed(("Assured",)))]]
    path = _notes(tmp_path / "ticked.docx", form, ["No.", "Question", "Response", "Assurance level"], cells)
    assert decision_fields(path, "question_number", "assurance", "commentary") == [
        ("1", "Partly assured", None), ("2", "Not assured", None), ("3", "Assured", None)]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_scale_of_boxes_left_blank_or_ticked_twice_decides_nothing(tmp_path: Path, form: str) -> None:
    cells = [["Level (tick one):", *_boxed(())], ["Level (tick one):", *_boxed(("Assured", "Not assured"))],
             [" / ".join(_boxed(()))]]
    path = _notes(tmp_path / "blank.docx", form, ["No.", "Question", "Response", "Assurance level"], cells)
    assert decision_fields(path, "question_number", "assurance", "commentary") == [
        ("1", None, None), ("2", None, None), ("3", None, None)]


@pytest.mark.parametrize(("heading", "options"), [
    ("Risk rating", ("High", "Medium", "Low")),
    ("Status", ("Open", "Closed")),
], ids=["risk-rating", "recommendation-status"])
@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_other_scales_ticked_the_same_way_give_no_level(tmp_path: Path, form: str, heading: str,
                                                        options: tuple[str, ...]) -> None:
    cells = [["Rating (tick one):", *_boxed((options[0],), options)], _boxed((options[-1],), options),
             [" / ".join(_boxed((options[1],), options))]]
    path = _notes(tmp_path / "other.docx", form, ["Ref", "Recommendation", "Update", heading], cells)
    assert [level for _, level in decision_fields(path, "question_number", "assurance")] in ([], [None] * 3)
