"""A log with no status column whose key says what the colour of the
actions' own text means ("Actions printed in green are complete; actions
printed in red remain open."): each action's text colour is its status.
Without such a key the colour says nothing (a red action closed by its
update stays complete); on a Word file and the PDF LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.shared import RGBColor
from files import AS_PUBLISHED, published, records, word_log

GREEN, RED = RGBColor(0x00, 0x80, 0x00), RGBColor(0xC0, 0x00, 0x00)
ROWS = [["Ref", "Board", "Action", "Update"],
        ["RB 27/04", "14/01/2027", "Report the number of rural crime volunteers trained.", "Forty trained."],
        ["RB 27/07", "18/02/2027", "Review the call-back service at weekends.", "Completed in February."]]
KEY = "Actions printed in green are complete; actions printed in red remain open."


def _statuses(path: Path, form: str, key: str) -> list[tuple[str, str, str]]:
    document = word_log("Resources Board", "4 March 2027", "Action log", key, ROWS)
    table = document.tables[-1]
    for row, colour in ((1, GREEN), (2, RED)):
        for run in table.cell(row, 2).paragraphs[0].runs:
            run.font.color.rgb = colour
    found = records(published(document, path, form))["actions"]
    return sorted((a["number"], a["status"], a["status_source"]) for a in found)


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_texts_colour_is_the_status_under_the_key(tmp_path: Path, form: str) -> None:
    assert _statuses(tmp_path / "log.docx", form, KEY) == [
        ("RB 27/04", "complete", "glyph_colour"), ("RB 27/07", "outstanding", "glyph_colour")]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_without_the_key_the_colour_says_nothing(tmp_path: Path, form: str) -> None:
    found = _statuses(tmp_path / "log.docx", form, "The Board's open and closed actions.")
    assert ("RB 27/07", "complete", "inferred_from_update") in found
    assert all(source != "glyph_colour" for _n, _s, source in found)
