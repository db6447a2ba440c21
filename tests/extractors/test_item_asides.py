"""Lines of a minuted item that head nothing, though printed bold: who
presents the item ("Presented by: Head of Crime") and the answer's label
("Chief Constable's response"), which Word and LibreOffice-made PDFs read as
headings of the item's size (the PDF may even run the label on after the
question). The item's heading stays the topic of its decisions and actions,
and notes of that one item are about it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt, RGBColor
from files import published, records

_ITEMS = [("Burglary", "Head of Crime", "How many burglaries were attended within an hour?", "Partially assured"),
          ("Hate crime", "Superintendent, Partnerships", "How many hate crime victims were referred to support?",
           "Assured")]


def _minutes(answer_label: str) -> Document:
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    for style in ("Heading 1", "Heading 2", "Heading 3"):
        document.styles[style].font.color.rgb = RGBColor(0, 0, 0)  # headings as bold as the lines under them
    document.add_heading("Accountability Board", level=1)
    document.add_paragraph("Tuesday 14 April 2026")
    document.add_heading("Minutes of the Accountability Board \u2013 9 March 2026", level=2)
    for number, (title, presenter, question, level) in enumerate(_ITEMS, start=61):
        document.add_heading(title, level=3)
        document.add_paragraph().add_run(f"Presented by: {presenter}").bold = True
        document.add_paragraph("The report was taken as read.")
        document.add_heading(f"Question 1: {question}", level=3)
        document.add_paragraph().add_run(answer_label).bold = True
        document.add_paragraph("The figures were set out in the report.")
        document.add_paragraph(f"Assurance level: {level}. The PCC thanked the officers.")
        document.add_paragraph(f"Action AB {number}: Report on {title.lower()} again in June.")
    return document


@pytest.mark.parametrize("form", ["word", "office pdf"])
@pytest.mark.parametrize("answer_label", ["Chief Constable's response", "Response"])
def test_presenter_and_answer_lines_are_no_items(tmp_path: Path, form: str, answer_label: str) -> None:
    found = records(published(_minutes(answer_label), tmp_path / "minutes.docx", form))
    assert sorted((d["topic"], d["question"], d["evidence_summary"]) for d in found["assurance_decisions"]) == [
        ("Burglary", _ITEMS[0][2], "The figures were set out in the report."),
        ("Hate crime", _ITEMS[1][2], "The figures were set out in the report.")]
    assert sorted((a["number"], a["topic"]) for a in found["actions"]) == [("AB 61", "Burglary"),
                                                                         ("AB 62", "Hate crime")]


@pytest.mark.parametrize("form", ["word", "office pdf"])
def test_notes_of_one_item_with_asides_are_about_that_item(tmp_path: Path, form: str) -> None:
    document = Document()
    document.add_heading("Minutes of the Accountability Board \u2013 9 March 2026", level=2)
    document.add_heading("Burglary", level=3)
    document.add_paragraph().add_run("Lead officer: Head of Crime").bold = True
    document.add_heading("Question 1: How many burglaries were attended within an hour?", level=3)
    document.add_paragraph().add_run("Chief Constable's response").bold = True
    document.add_paragraph("81 per cent were attended within the hour.")
    document.add_paragraph("Assurance level: Assured.")
    document.add_heading("Any other business", level=3)
    document.add_paragraph("None was raised.")
    found = records(published(document, tmp_path / "one.docx", form))
    assert [m["topic"] for m in found["meetings"] if m["meeting_date"] == "2026-03-09"] == ["Burglary"]
