"""A level withheld or pointed elsewhere, in a question table's level cell:
a grey shading the pack's colour key says is "not rated" is a decision with
no level whose assurance_raw is the shading (the cell or the whole row
shaded); "To be assessed at the next meeting" withholds the level as
"Deferred" does; a pointer after the level ("Assured – see actions",
"Not assured (see action 3)") is no part of the level's printed words."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from reportlab.lib import colors
from reportlab.platypus import Paragraph, TableStyle

from files import (H1, QUESTIONS_ASKED, QUESTION_TABLE_HEADER, decision_fields, grid, load_generator, pdf,
                   question_table_notes)

GENERATOR = load_generator("scrutiny-round27")
_KEY = "Key: green \u2013 assured; amber \u2013 partially assured; red \u2013 not assured; grey \u2013 not rated."
_FILLS = {"Assured": "C6EFCE", "Not assured": "FFC7CE", None: "BFBFBF"}
_SHADED = ("Assured", None, "Not assured")


_FIELDS = ("question_number", "assurance", "assurance_raw", "commentary")


def _expected(raws: tuple[str, ...], levels: tuple[str | None, ...] = _SHADED) -> list[tuple]:
    return [(str(n), level, raw, comment)
            for n, ((_, _, comment), level, raw) in enumerate(zip(QUESTIONS_ASKED, levels, raws), start=1)]


@pytest.mark.parametrize("form", ["level cell", "whole row"])
def test_a_grey_shading_keyed_not_rated_is_a_decision_with_no_level_in_a_word_file(tmp_path: Path,
                                                                                    form: str) -> None:
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 14 April 2027", level=2)
    document.add_heading("Minute 3 \u2013 Neighbourhood crime", level=3)
    document.add_paragraph(_KEY)
    header = QUESTION_TABLE_HEADER if form == "level cell" else ["No.", "Question", "Answer", "Comment"]
    table = document.add_table(rows=1 + len(_SHADED), cols=len(header))
    table.style = "Table Grid"
    for col, text in enumerate(header):
        table.cell(0, col).text = text
    for row, ((question, answer, comment), level) in enumerate(zip(QUESTIONS_ASKED, _SHADED), start=1):
        values = [str(row), question, answer, *([""] if form == "level cell" else []), comment]
        for col, text in enumerate(values):
            table.cell(row, col).text = text
            if form == "whole row" or col == 3:
                GENERATOR.shade(table.cell(row, col), _FILLS[level])
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    assert decision_fields(path, *_FIELDS) == _expected(("Green", "Grey", "Red"))


def test_a_grey_level_cell_keyed_not_rated_on_a_pdf(tmp_path: Path) -> None:
    rows = [QUESTION_TABLE_HEADER, *[[str(n), question, answer, "", comment]
                                     for n, (question, answer, comment) in enumerate(QUESTIONS_ASKED, start=1)]]
    table = grid(rows, [25, 130, 130, 70, 130])
    table.setStyle(TableStyle([("BACKGROUND", (3, row), (3, row), colors.HexColor(f"#{_FILLS[level]}"))
                               for row, level in enumerate(_SHADED, start=1)]))
    path = pdf(tmp_path / "minutes.pdf", [Paragraph("Minutes of the Accountability Board held on 14 April 2027", H1),
                                          Paragraph("Minute 3 \u2013 Neighbourhood crime", H1),
                                          Paragraph(_KEY), table])
    assert decision_fields(path, *_FIELDS) == _expected(("Green", "Grey", "Red"))


def test_a_level_to_be_assessed_at_the_next_meeting_is_withheld(tmp_path: Path) -> None:
    cells = ["Assured", "To be assessed at the next meeting", "Partly assured"]
    path = question_table_notes(tmp_path / "notes.docx", QUESTION_TABLE_HEADER, cells)
    assert decision_fields(path, *_FIELDS) == _expected(("Assured", "To be assessed", "Partly assured"),
                                         ("Assured", None, "Partly assured"))


def test_a_pointer_after_the_level_is_no_part_of_its_printed_words(tmp_path: Path) -> None:
    cells = ["Assured \u2013 see actions", "Partly assured \u2013 see action 4", "Not assured (see actions below)"]
    path = question_table_notes(tmp_path / "notes.docx", QUESTION_TABLE_HEADER, cells)
    levels = ("Assured", "Partly assured", "Not assured")
    assert decision_fields(path, *_FIELDS) == _expected(levels, levels)
