"""An "Actions" list under an item's heading, on the page after it, still takes
that item as its topic; a theme set as a label alone ("Theme:") over its value
names the meeting's topic. Real Word files and the PDFs LibreOffice makes of
them."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from files import AS_PUBLISHED, published, records


def _notes() -> Document:
    """Notes of two items, each closed by an "Actions" sub-heading; the
    second list on the page after its item's heading."""
    document = Document()
    document.add_heading("Scrutiny Meeting", level=1)
    document.add_paragraph("Date: 17 March 2027")
    document.add_heading("Minutes of the Scrutiny Meeting held on 20 January 2027", level=1)
    document.add_heading("1. Hate crime", level=2)
    document.add_paragraph("The Superintendent presented the hate crime report.")
    document.add_heading("Actions", level=3)
    document.add_paragraph("Share the hate crime survey with the advisory group.", style="List Number")
    document.add_heading("2. Fraud", level=2)
    document.add_paragraph("The Detective Inspector presented the fraud report.")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Actions", level=3)
    document.add_paragraph("Report the number of fraud victims referred to support.", style="List Number")
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_actions_under_an_item_keep_it_across_a_page_break(tmp_path: Path, form: str) -> None:
    found = records(published(_notes(), tmp_path / "notes.docx", form))["actions"]
    topics = {a["text"]: (a["topic"], a["page"]) for a in found}
    expected_pages = (1, 2) if form == "office pdf" else (None, None)
    assert topics == {"Share the hate crime survey with the advisory group.": ("Hate crime", expected_pages[0]),
                      "Report the number of fraud victims referred to support.": ("Fraud", expected_pages[1])}


def test_actions_heading_as_high_as_the_items_closes_the_notes(tmp_path: Path) -> None:
    """An "Actions" heading at the items' own level, after both, heads no
    item's list: after notes of several items its actions have no topic."""
    document = Document()
    document.add_heading("Scrutiny Meeting", level=1)
    document.add_paragraph("Date: 17 March 2027")
    document.add_heading("Minutes of the Scrutiny Meeting held on 20 January 2027", level=1)
    for title in ("1. Hate crime", "2. Fraud"):
        document.add_heading(title, level=2)
        document.add_paragraph("The Superintendent presented the report.")
    document.add_heading("Actions", level=2)
    document.add_paragraph("Report the number of fraud victims referred to support.", style="List Number")
    found = records(published(document, tmp_path / "notes.docx", "word"))["actions"]
    assert [(a["text"], a["topic"]) for a in found] == [
        ("Report the number of fraud victims referred to support.", None)]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_theme_label_alone_over_its_value(tmp_path: Path, form: str) -> None:
    document = Document()
    document.add_heading("Monitoring Board", level=1)
    document.add_paragraph("Date: Wednesday 3rd March 2027")
    document.add_paragraph().add_run("Theme:").bold = True
    document.add_paragraph("Business crime")
    document.add_heading("Agenda", level=2)
    document.add_paragraph("1. Apologies")
    document.add_paragraph("2. Business crime")
    topics = {m["meeting_date"]: m["topic"]
              for m in records(published(document, tmp_path / "pack.docx", form))["meetings"]}
    assert topics == {"2027-03-03": "Business crime"}
