"""An agenda row whose Lead cell gives a date ("Date of the next meeting |
9th February 2041") names no presenter: the date says when, not who; the
rows naming who leads keep their presenters, and the title stays the row's
own. On a Word file and the PDF LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_table


def _agenda(path: Path, form: str, next_lead: str) -> list[tuple[str, str, str | None]]:
    document = Document()
    document.add_heading("Accountability Board", level=1)
    document.add_paragraph("15th December 2040, County Hall")
    word_table(document, [["Item", "Title", "Lead"],
                          ["1", "Apologies", "Commissioner"],
                          ["2", "Roads policing", "ACC Specialist Operations"],
                          ["3", "Date of the next meeting", next_lead]])
    found = records(published(document, path, form))["agenda_items"]
    return [(a["number"], a["title"], a["presenter"]) for a in found]


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("lead", ["9th February 2041", "Tuesday 9 February 2041, 10:00"])
def test_a_date_in_the_lead_column_is_no_presenter(tmp_path: Path, form: str, lead: str) -> None:
    assert _agenda(tmp_path / "pack.docx", form, lead) == [
        ("1", "Apologies", "Commissioner"), ("2", "Roads policing", "ACC Specialist Operations"),
        ("3", "Date of the next meeting", None)]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_lead_named_on_the_same_row_is_kept(tmp_path: Path, form: str) -> None:
    # the near miss: the row names who leads it, with no date
    assert _agenda(tmp_path / "pack.docx", form, "Chief Executive")[-1] == (
        "3", "Date of the next meeting", "Chief Executive")
