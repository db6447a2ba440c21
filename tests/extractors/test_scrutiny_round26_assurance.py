"""Held-out scrutiny round 26: assurance decisions in forms the rounds before
it did not print, each on a real generated file."""

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
