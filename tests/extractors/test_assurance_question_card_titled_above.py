"""A question card (a small table laid out down the page: "Question" |
..., "Force response" | ..., "Level of assurance" | ..., remarks) under a
title line of its own ("Question 2", a heading right above the card), on a
small real Word file: the title numbers the card's question, as a title row
inside the card does."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import records

# (question, response, level as printed, remark, canonical level)
_CARDS = (("How long do burglary investigations take to close?", "The median is 41 days, down from 55.",
           "Partial", "The Commissioner asked for the median by district.", "Partly assured"),
          ("How many burglary victims are visited within a day?", "Nine in ten victims are visited within a day.",
           "Reasonable", "The Commissioner welcomed the figure.", "Assured"),
          ("Are stolen goods returned to victims?", "The force does not record returns.",
           "Minimal", "The Commissioner asked for returns to be recorded.", "Not assured"))


def test_a_title_line_above_a_question_card_numbers_its_question(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 2 May 2027", level=2)
    document.add_heading("3. Burglary", level=3)
    document.add_paragraph("The Commissioner recorded a level of assurance against each question: Reasonable "
                           "(assured), Partial (partly assured) or Minimal (not assured).")
    for number, (question, response, level, remark, _) in enumerate(_CARDS, start=1):
        document.add_heading(f"Question {number}", level=4)
        card = document.add_table(rows=4, cols=2)
        card.style = "Table Grid"
        for row, (label, value) in enumerate((("Question", question), ("Force response", response),
                                               ("Level of assurance", level), ("Commissioner's remarks", remark))):
            card.cell(row, 0).text, card.cell(row, 1).text = label, value
        document.add_paragraph("")
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    assert sorted((d["question_number"], d["question"], d["assurance"], d["topic"])
                  for d in records(path)["assurance_decisions"]) == [
        (str(number), question, level, "Burglary")
        for number, (question, _, _, _, level) in enumerate(_CARDS, start=1)]
