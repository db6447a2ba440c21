"""Everyday minute wording is no assurance mechanism: a figure or paper
"noted for information" inside an answer closes no question, a decision
line labelled "Assurance rating:" that rates two things in brackets decides
and keys nothing, and an unnumbered heading far below a run-in item's
title opens no part of that item. Small real Word files and reportlab
PDFs."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, grid, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=6, spaceBefore=6)
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceAfter=4)


def test_a_paper_noted_for_information_inside_an_answer_leaves_the_question_to_its_decision(tmp_path: Path) -> None:
    """Only a sentence whose subject is the question ("This question was
    taken for information") or one saying no level was sought closes a
    question with no decision; the answer's "its custody audit was noted
    for information" does not, and the Commissioner's sentence after it
    decides question 1."""
    document = Document()
    document.add_heading("Minutes of the meeting held on 12 April 2028", level=2)
    document.add_heading("14/31 Custody", level=3)
    document.add_paragraph("The Chief Inspector presented the report.")
    for paragraph in ("Question 1: How many detainees waited over an hour for a nurse?",
                      "The force reported 41 such waits; its custody audit was noted for information.",
                      "The Commissioner was partly assured.",
                      "Question 2: How many cells were out of use?", "Four cells were out of use in March.",
                      "This question was taken for information and no assurance level was sought."):
        document.add_paragraph(paragraph)
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    assert [(d["question_number"], d["topic"], d["evidence_summary"], d["assurance"])
            for d in records(path)["assurance_decisions"]] == [
        ("1", "Custody", "The force reported 41 such waits; its custody audit was noted for information.",
         "Partly assured")]


def test_a_decision_labelled_as_a_rating_that_rates_two_things_in_brackets_is_no_key(tmp_path: Path) -> None:
    """"Assurance rating: Partly assured – Good (assured) for the response,
    Adequate (partly assured) for the plan." decides question 1: a label
    keys a scale only where it names one ("Key:", "Levels of assurance:"),
    not a rating's, so the line is neither dropped as a key nor its
    question run into question 2."""
    document = Document()
    document.add_heading("Minutes of the meeting held on 9 May 2028", level=2)
    document.add_heading("15/08 Missing people", level=3)
    for paragraph in ("Question 1: How quickly are high-risk missing people found?",
                      "Nine in ten are found within a day.",
                      "Assurance rating: Partly assured \u2013 Good (assured) for the response, Adequate (partly "
                      "assured) for the plan.",
                      "Question 2: How many return interviews are completed?", "Only half are completed in time.",
                      "Assurance rating: Not assured."):
        document.add_paragraph(paragraph)
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    assert [(d["question_number"], d["evidence_summary"], d["assurance"], d["commentary"])
            for d in records(path)["assurance_decisions"]] == [
        ("1", "Nine in ten are found within a day.", "Partly assured",
         "Good (assured) for the response, Adequate (partly assured) for the plan."),
        ("2", "Only half are completed in time.", "Not assured", None)]


def test_a_heading_titled_item_below_a_run_in_items_paragraphs_is_its_own_topic(tmp_path: Path) -> None:
    """In notes that run one item's title into its paragraph ("**Item 2:
    Finance.** ...") and title the next by a heading of its own ("Domestic
    abuse", paragraphs below "**Item 3: Estates.** ..."), the table under
    that heading is no part of the estates item; the finance item's own
    table, its heading straight under the run-in paragraph ("Scorecard"),
    keeps the finance topic."""
    scorecard = [["No", "Question", "Response", "Assurance level"],
                 ["1", "Is the budget on track?", "Spending is 2% under plan.", "Assured"]]
    abuse = [["No", "Question", "Response", "Assurance level"],
             ["1", "How many protection orders were sought?", "Thirty-one, up from twenty.", "Partially assured"]]
    path = pdf(tmp_path / "notes.pdf", [
        Paragraph("Assurance Meeting \u2013 Notes \u2013 6 June 2028", H2),
        Paragraph("<b>Item 2: Finance.</b> The Chief Finance Officer presented the quarterly budget report.", BODY),
        Paragraph("Scorecard", H3),
        grid(scorecard, [30, 150, 150, 100]),
        Paragraph("<b>Item 3: Estates.</b> The Director of Estates gave an update on the custody suite.", BODY),
        Paragraph("Members asked about the timetable for the new building.", BODY),
        Paragraph("Domestic abuse", H3),
        Paragraph("The Detective Superintendent presented the paper.", BODY),
        grid(abuse, [30, 150, 150, 100]),
    ])
    decided = {d["question"]: (d["topic"], d["assurance"]) for d in records(path)["assurance_decisions"]}
    assert decided["Is the budget on track?"] == ("Finance", "Assured")
    topic, level = decided["How many protection orders were sought?"]
    assert level == "Partly assured" and topic != "Estates"
