"""Notes of one scrutiny item headed with its agenda label ("Agenda item 4:
Rural crime") are about the item's title, without the label: the notes
meeting's topic, and the topic of the decisions in its question table and of
the actions listed under it. A Word file and a reportlab PDF through the whole
pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, BOLD, H1, grid, pdf, records, word_table
from reportlab.platypus import ListFlowable, ListItem, Paragraph

NOTES = "Notes of the Policing Accountability Board held on 9 March 2028"
ITEM = "Agenda item 4: Rural crime"
ROWS = [["No.", "Question", "Force response", "Level of assurance"],
        ["1", "How many farm thefts were reported this year?", "There were 212 reports, down from 260.", "Assured"],
        ["2", "How are rural officers trained?", "A new course starts in June.", "Partly assured"]]
ACTION = "Report the rural crime team's arrest figures to the next Board."


def _word(path: Path) -> Path:
    document = Document()
    document.add_heading("Policing Accountability Board", level=1)
    document.add_heading(NOTES, level=2)
    document.add_heading(ITEM, level=3)
    document.add_paragraph("The Superintendent introduced the report.")
    word_table(document, ROWS)
    document.add_heading("Actions", level=3)
    document.add_paragraph(ACTION, style="List Bullet")
    document.save(str(path))
    return path


def _reportlab(path: Path) -> Path:
    return pdf(path, [Paragraph("Policing Accountability Board", H1), Paragraph(NOTES, H1), Paragraph(ITEM, BOLD),
                      Paragraph("The Superintendent introduced the report.", BODY), grid(ROWS, [30, 170, 170, 90]),
                      Paragraph("Actions", BOLD),
                      ListFlowable([ListItem(Paragraph(ACTION, BODY))], bulletType="bullet")])


@pytest.mark.parametrize("build, name", [(_word, "notes.docx"), (_reportlab, "notes.pdf")])
def test_an_item_labelled_agenda_item_gives_its_title_as_topic(tmp_path: Path, build, name: str) -> None:
    found = records(build(tmp_path / name))

    assert {m["meeting_date"]: m["topic"] for m in found["meetings"]} == {"2028-03-09": "Rural crime"}
    assert sorted((d["question_number"], d["topic"]) for d in found["assurance_decisions"]) == [
        ("1", "Rural crime"), ("2", "Rural crime")]
    assert [(a["text"], a["topic"]) for a in found["actions"]] == [(ACTION, "Rural crime")]
