"""Assurance decisions: a banner question over cells that label their own role,
bilingual minutes numbered past a hundred, a deferred level that takes the
comment below it, and a minutes table whose number cell titles the item; each
on a real generated file."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import records


def test_banner_question_then_cells_that_label_their_own_role(tmp_path: Path) -> None:
    """A table with no header: a row spanning it asks the question, the row
    below labels each cell itself ("What we heard" on a line of its own,
    "Judgement: Partial assurance" opening the decision's line)."""
    document = Document()
    document.add_heading("Community Scrutiny Meeting", level=1)
    document.add_paragraph("Thursday 4 March 2027")
    document.add_heading("3. Hate crime", level=2)
    table = document.add_table(rows=4, cols=2)
    table.style = "Table Grid"
    asked = [("Question 1: How many hate crimes were recorded this year?", "Recorded hate crime rose to 912 offences.",
              "Judgement: Full assurance", "The Commissioner thanked the force for the clear figures."),
             ("Question 2: How are repeat victims supported?", "Every repeat victim is offered a caseworker.",
              "Judgement: Partial assurance", "The Commissioner asked for take-up figures.")]
    for i, (question, heard, judgement, comment) in enumerate(asked):
        banner = table.cell(2 * i, 0).merge(table.cell(2 * i, 1))
        banner.text = question
        evidence = table.cell(2 * i + 1, 0)
        evidence.paragraphs[0].add_run("What we heard").bold = True
        evidence.add_paragraph(heard, style="List Bullet")
        decision = table.cell(2 * i + 1, 1)
        decision.text = judgement
        decision.add_paragraph(comment)
    path = tmp_path / "pack.docx"
    document.save(str(path))

    found = [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"])
             for d in records(path)["assurance_decisions"]]
    assert found == [
        ("1", "How many hate crimes were recorded this year?", "Recorded hate crime rose to 912 offences.",
         "Assured", "The Commissioner thanked the force for the clear figures."),
        ("2", "How are repeat victims supported?", "Every repeat victim is offered a caseworker.",
         "Partly assured", "The Commissioner asked for take-up figures."),
    ]


def test_bilingual_minutes_numbered_past_a_hundred(tmp_path: Path) -> None:
    """Welsh-first minutes whose numbers run on from meeting to meeting
    ("146.0", "146.1"): each question's minute number is its number, and its
    labelled answer, level and comment are read on their English side."""
    from files import BODY, H1, TITLE, pdf
    from reportlab.platypus import Paragraph

    bold = BODY.clone("bold", fontName="Helvetica-Bold")
    path = pdf(tmp_path / "pack.pdf", [
        Paragraph("Bwrdd Gweithredol / Executive Board", TITLE),
        Paragraph("Dyddiad / Date: 16 Chwefror 2027 / 16 February 2027", BODY),
        Paragraph("Cofnodion y Bwrdd – 17 Tachwedd 2026 / Minutes of the Board – 17 November 2026", H1),
        Paragraph("Troseddau gwledig / Rural crime", bold),
        Paragraph("146.0 The Assistant Chief Constable introduced the report.", BODY),
        Paragraph("146.1 Cwestiwn / Question: How many farm thefts were reported this year?", BODY),
        Paragraph("Ymateb / Response: Farm thefts fell to 212 reports.", BODY),
        Paragraph("Lefel sicrwydd / Assurance level: Sicrwydd rhannol / Partially assured", BODY),
        Paragraph("Sylw'r Comisiynydd / Commissioner's comment: The Commissioner asked for the figures by county.",
                  BODY),
        Paragraph("146.2 Cwestiwn / Question: How are rural crime officers trained?", BODY),
        Paragraph("Ymateb / Response: Every rural crime officer completes a two-day course.", BODY),
        Paragraph("Lefel sicrwydd / Assurance level: Sicr / Assured", bold),
        Paragraph("Sylw'r Comisiynydd / Commissioner's comment: The Commissioner was pleased.", BODY),
    ])
    found = [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"])
             for d in records(path)["assurance_decisions"]]
    assert found == [
        ("146.1", "How many farm thefts were reported this year?", "Farm thefts fell to 212 reports.",
         "Partly assured", "The Commissioner asked for the figures by county."),
        ("146.2", "How are rural crime officers trained?", "Every rural crime officer completes a two-day course.",
         "Assured", "The Commissioner was pleased."),
    ]



def test_deferred_level_takes_the_comment_below_it(tmp_path: Path) -> None:
    """A level slot that defers the level ("Assurance level: Deferred to the
    next meeting") gives a decision with no level; the labelled comment
    below it is its commentary, not the deferral's own words."""
    from files import docx

    path = docx(tmp_path / "pack.docx", [
        ("h1", "Strategic Scrutiny Meeting"), ("p", "Tuesday 26 January 2027"),
        ("h2", "4. Fraud"),
        ("p", "Question 1: How many staff have completed cyber awareness training?"),
        ("p", "Response: The force could not yet give a figure."),
        ("h4", "Assurance level: Deferred to the next meeting"),
        ("p", "Comment: The PCC will decide once the training figures are available."),
    ])
    found = [(d["question"], d["assurance"], d["commentary"]) for d in records(path)["assurance_decisions"]]
    assert found == [("How many staff have completed cyber awareness training?", None,
                      "The PCC will decide once the training figures are available.")]


def test_minutes_table_whose_number_cell_titles_the_item(tmp_path: Path) -> None:
    """Minutes set out as a table ("Agenda item | Discussion | Outcome and
    actions"), the item's title beside its number ("3. Road safety"): the
    decisions minuted in the discussion are about that item."""
    document = Document()
    document.add_heading("Notes of the Public Accountability Conference held on 10 December 2026", level=1)
    table = document.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    for col, text in enumerate(("Agenda item", "Discussion", "Outcome and actions")):
        table.cell(0, col).text = text
    table.cell(1, 0).text = "1. Apologies"
    table.cell(1, 1).text = "Apologies were received."
    table.cell(2, 0).text = "2. Road safety"
    discussion = table.cell(2, 1)
    discussion.text = "Q1 – How many drivers were caught using a mobile phone?"
    discussion.add_paragraph("A – 623 drivers were caught in the year.")
    discussion.add_paragraph("Assurance: Partially assured. The Commissioner asked for more patrols.")
    path = tmp_path / "pack.docx"
    document.save(str(path))

    found = [(d["topic"], d["question"], d["assurance"]) for d in records(path)["assurance_decisions"]]
    assert found == [("Road safety", "How many drivers were caught using a mobile phone?", "Partly assured")]
