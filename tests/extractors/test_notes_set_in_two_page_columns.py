"""Notes of a meeting set in two page columns, the left column running on
into the right for a few lines only (the actions minuted under the last
item): the notes' heading opens their meeting, their decisions and actions
are that meeting's, and the actions keep the item they are minuted under.
A short right-hand column is read after the left one, as a reader reads
the page, not line by line across the gutter."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph)

from tests.extractors.files import AS_PUBLISHED, BODY, BOLD, H1, grid, published, records, word_table

BOARD = "Community Safety Scrutiny Panel"
NOTES = f"Notes of the {BOARD} – 7 January 2031"
ITEM = "Burglary and robbery"
AGENDA = [["Item", "Title", "Lead"], ["1", "Apologies", "Chair"], ["2", "Notes of the last meeting", "Chair"],
          ["3", "Neighbourhood policing", "Chief Superintendent"]]
STANDING = [("1. Apologies.", "Apologies were received from the Deputy Chief Constable and the Chief Finance Officer."),
            ("2. Notes and actions.", "The notes of the November meeting were agreed as a true record of it.")]
QUESTIONS = [  # (question, response, level, comment)
    ("How many homes were burgled in the last quarter, and how does that compare with last year?",
     "1,204 burglaries were recorded, 11% fewer than in the same quarter last year; most fell in two districts.",
     "Assured", "The Panel welcomed the fall in both districts."),
    ("How many burglary victims were visited by an officer within a day of their report?",
     "Of the victims, 86% were visited within a day; rural areas fell short of the standard of 95% set last year.",
     "Partly assured", "The force must set out how it will reach rural victims sooner."),
    ("Are street robbery hot spots patrolled on the evenings when most robberies happen?",
     "Patrol plans cover the hot spots on two of the five busiest evenings; the rest are not yet covered.",
     "Not assured", "A full patrol plan is to come to the next Panel."),
    ("How many robbery suspects were charged within the quarter, and how many were released under investigation?",
     "Of 212 suspects, 74 were charged and 96 released under investigation; the rest had no further action.",
     "Assured", "The Panel noted the charge rate."),
]
ACTIONS = [("CSP 31/01", "Set out to the Panel how rural burglary victims will be visited within a day of "
                         "their report."),
           ("CSP 31/02", "Bring a patrol plan covering every robbery hot spot on each of the five busiest "
                         "evenings.")]


def _notes_flow(heading: ParagraphStyle, item: ParagraphStyle) -> list:
    """The notes' paragraphs as reportlab flowables, the actions after a frame break."""
    label = lambda text: f"<b>{text}</b>"
    flow = [Paragraph(NOTES, heading)]
    flow += [Paragraph(f"{label(title)} {text}", BODY) for title, text in STANDING]
    flow.append(Paragraph(f"3. {ITEM}", item))
    for number, (question, response, level, comment) in enumerate(QUESTIONS, start=1):
        flow += [Paragraph(f"{label(f'Q{number}.')} {question}", BODY),
                 Paragraph(f"<i>Force response:</i> {response}", BODY),
                 Paragraph(f"{label('Panel decision:')} {level}. {comment}", BODY)]
    flow += [Paragraph("Actions", BOLD), FrameBreak()]
    flow += [Paragraph(f"{ref} – {text}", BODY) for ref, text in ACTIONS]
    return flow


def _reportlab_pack(path: Path) -> Path:
    """A landscape pack: the front sheet in one frame, the notes in two."""
    size = landscape(A4)
    margin, gap = 36.0, 36.0
    column = (size[0] - 2 * margin - gap) / 2
    height = size[1] - 2 * margin
    doc = BaseDocTemplate(str(path), pagesize=size, invariant=1)
    doc.addPageTemplates([
        PageTemplate(id="front", frames=[Frame(margin, margin, size[0] - 2 * margin, height, id="page")]),
        PageTemplate(id="columns", frames=[Frame(margin, margin, column, height, id="left"),
                                           Frame(margin + column + gap, margin, column, height, id="right")])])
    heading = ParagraphStyle("notes", parent=BOLD, fontSize=13, leading=16, spaceAfter=8)
    item = ParagraphStyle("item", parent=BOLD, fontSize=11.5, leading=14, spaceAfter=6)
    front = [Paragraph(BOARD, H1), Paragraph("Date: Tuesday 4 March 2031, 10.00am", BODY),
             grid(AGENDA, [50, 300, 200]), NextPageTemplate("columns"), PageBreak()]
    doc.build(front + _notes_flow(heading, item))
    return path


def _two_columns(section) -> None:
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "720")


def _word_pack() -> Document:
    """The same pack in Word: the front sheet, then the notes in a landscape
    section of two columns, the actions after a column break."""
    document = Document()
    document.styles["Normal"].font.size = Pt(10)
    document.styles["Normal"].paragraph_format.space_after = Pt(4)
    document.add_heading(BOARD, level=1)
    document.add_paragraph("Date: Tuesday 4 March 2031, 10.00am")
    word_table(document, AGENDA)
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = max(section.page_width, section.page_height), min(
        section.page_width, section.page_height)
    section.top_margin = section.bottom_margin = section.left_margin = section.right_margin = Inches(0.5)
    _two_columns(section)
    document.add_heading(NOTES, level=2)
    for title, text in STANDING:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{title} ").bold = True
        paragraph.add_run(text)
    document.add_heading(f"3. {ITEM}", level=3)
    for number, (question, response, level, comment) in enumerate(QUESTIONS, start=1):
        paragraph = document.add_paragraph()
        paragraph.add_run(f"Q{number}. ").bold = True
        paragraph.add_run(question)
        paragraph = document.add_paragraph()
        paragraph.add_run("Force response: ").italic = True
        paragraph.add_run(response)
        paragraph = document.add_paragraph()
        paragraph.add_run("Panel decision: ").bold = True
        paragraph.add_run(f"{level}. {comment}")
    paragraph = document.add_paragraph()
    paragraph.add_run("Actions").bold = True
    paragraph.add_run().add_break(WD_BREAK.COLUMN)
    for ref, text in ACTIONS:
        document.add_paragraph(f"{ref} – {text}")
    return document


def _assert_notes_meeting(found: dict[str, list[dict]]) -> None:
    meetings = {m["meeting_date"]: m for m in found["meetings"]}
    assert set(meetings) == {"2031-03-04", "2031-01-07"}
    # titles are exported with a plain hyphen for the printed dash
    assert meetings["2031-01-07"]["title"] == NOTES.replace("–", "-") and meetings["2031-01-07"]["topic"] == ITEM
    decisions = sorted((d["question_number"], d["meeting_date"], d["assurance"]) for d in found["assurance_decisions"])
    assert decisions == [("1", "2031-01-07", "Assured"), ("2", "2031-01-07", "Partly assured"),
                         ("3", "2031-01-07", "Not assured"), ("4", "2031-01-07", "Assured")]
    actions = sorted((a["number"], a["meeting_date"], a["topic"]) for a in found["actions"])
    assert actions == [(ref, "2031-01-07", ITEM) for ref, _ in ACTIONS]


def test_reportlab_notes_in_two_columns_are_the_notes_meeting(tmp_path: Path) -> None:
    found = records(_reportlab_pack(tmp_path / "panel.pdf"))
    _assert_notes_meeting(found)
    assert {a["page"] for a in found["actions"]} == {2}


@pytest.mark.parametrize("form", AS_PUBLISHED[1:])  # the Word file itself keeps the columns' text in order
def test_word_notes_in_a_two_column_section_are_the_notes_meeting(tmp_path: Path, form: str) -> None:
    _assert_notes_meeting(records(published(_word_pack(), tmp_path / "panel.docx", form)))
