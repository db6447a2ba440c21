"""Action lines framed in a box closing an item ("Decisions and actions") take
the item's title as their topic, whether the box holds its lines in one cell or
a row each: both are one box of the item's lines. Real Word files and the PDF
LibreOffice makes of them, through the whole pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, BOX_FORMS, decision_box, published, records



@pytest.mark.parametrize("form", BOX_FORMS)
@pytest.mark.parametrize("published_as", AS_PUBLISHED)
def test_action_lines_in_an_items_box_take_its_topic(tmp_path: Path, form: str, published_as: str) -> None:
    document = Document()
    document.add_heading("Performance Board", level=1)
    document.add_heading("Notes of the Performance Board \u2013 28 February 2028", level=1)
    document.add_heading("1. Apologies", level=2)
    document.add_paragraph("Apologies were received from the Chief Finance Officer.")
    document.add_heading("2. Road safety", level=2)
    document.add_paragraph("The Chief Inspector, Roads Policing presented the paper on collisions.")
    decision_box(document, ["The Board noted the paper.",
                    "Action PB 28/06: Chief Inspector, Roads Policing to report collision hot spots in June."], form)
    document.add_heading("3. Rural crime", level=2)
    document.add_paragraph("The Rural Crime Team lead presented the paper on farm thefts.")
    decision_box(document, ["Action PB 28/07: Rural Crime Team lead to publish the farm watch figures.",
                    "Action PB 28/08: Chief of Staff to raise machinery theft with the national unit."], form)
    document.add_heading("4. Any other business", level=2)
    document.add_paragraph("None.")

    found = {a["number"]: a["topic"] for a in records(published(document, tmp_path / "notes.docx", published_as))
             ["actions"]}

    assert found == {"PB 28/06": "Road safety", "PB 28/07": "Rural crime", "PB 28/08": "Rural crime"}
