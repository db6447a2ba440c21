"""Assurance decisions in forms of their own, each on a small real Word or PDF
file: full-width theme rows across a decision table giving the rows below them
their topic; a one-row box after the answer, the level alone in its first cell
beside the comment, under a question set as a heading below its "Line of
enquiry N" label; a decision table whose question cell also holds the answer
and the PCC's comment; lines of enquiry grouped under headings naming their
level; an answer column headed "What the Force told us"."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, BOLD, H1, pdf, records
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table


def test_a_theme_row_across_the_decision_table_is_the_topic_of_the_rows_below(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Accountability Board \u2013 notes of the meeting held on 5 March 2026", level=1)
    rows = [("Ref", "Question", "Force response", "Assessment"),
            ("Theme 1: Rural crime", None, None, None),
            ("RC1", "How many farm thefts were solved?", "Twelve of forty.", "Partially assured\nMore work needed."),
            ("RC2", "How are farmers kept informed?", "A monthly bulletin.", "Assured\nA clear process."),
            ("Hate crime", None, None, None),
            ("HC1", "How quickly are hate crimes attended?", "Within a day.", "Not assured\nNo figures given.")]
    table = document.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        if row[1] is None:  # a theme row: one cell across the table
            table.cell(r, 0).merge(table.cell(r, 3)).text = row[0]
            continue
        for c, text in enumerate(row):
            first, *rest = text.split("\n")  # the level over its comment, a paragraph each
            table.cell(r, c).text = first
            for line in rest:
                table.cell(r, c).add_paragraph(line)
    path = tmp_path / "themes.docx"
    document.save(str(path))
    found = [(d["question_number"], d["question"], d["topic"], d["assurance"], d["commentary"])
             for d in records(path)["assurance_decisions"]]
    assert found == [
        ("RC1", "How many farm thefts were solved?", "Rural crime", "Partly assured", "More work needed."),
        ("RC2", "How are farmers kept informed?", "Rural crime", "Assured", "A clear process."),
        ("HC1", "How quickly are hate crimes attended?", "Hate crime", "Not assured", "No figures given.")]


def test_a_box_holding_the_level_beside_the_comment_decides_the_question_above(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Police Board \u2013 notes of the meeting of 4 May 2026", level=1)
    document.add_paragraph("Topic: Drug harm")
    asked = (("How many drug dealing lines were closed?", "Forty lines were closed.", "ASSURED",
              "The Deputy Mayor welcomed the closures."),
             ("How are users referred to treatment?", "Referrals fell by a tenth.", "PARTIALLY ASSURED",
              "The Deputy Mayor asked for a plan."))
    for number, (question, answer, level, comment) in enumerate(asked, 1):
        document.add_heading(f"Line of enquiry {number}", level=3)
        document.add_heading(question, level=4)
        document.add_heading("Response:", level=4)
        document.add_paragraph(answer)
        box = document.add_table(rows=1, cols=2)
        box.style = "Table Grid"
        box.cell(0, 0).text, box.cell(0, 1).text = level, comment
    path = tmp_path / "boxes.docx"
    document.save(str(path))
    found = [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"], d["topic"])
             for d in records(path)["assurance_decisions"]]
    assert found == [
        ("1", asked[0][0], asked[0][1], "Assured", asked[0][3], "Drug harm"),
        ("2", asked[1][0], asked[1][1], "Partly assured", asked[1][3], "Drug harm")]


def test_a_question_cell_holding_the_answer_and_comment_splits_into_them(tmp_path: Path) -> None:
    asked = (("How many bail checks were made?", "Ninety checks were made in May.", "Assured",
              "The PCC noted the steady rate."),
             ("How are breaches of bail followed up?", "Half are followed up within a week.", "Partially assured",
              "The PCC asked for a faster follow-up."))
    rows = [[Paragraph("<b>Line of enquiry and response</b>", BODY), Paragraph("<b>Assessment</b>", BODY)]]
    for number, (question, answer, level, comment) in enumerate(asked, 1):
        rows.append([[Paragraph(f"{number}. {question}", BOLD), Paragraph(answer, BODY),
                      Paragraph(f"<i>PCC comment: {comment}</i>", BODY)], Paragraph(f"<b>{level}</b>", BODY)])
    flow = [Paragraph("Record of the Accountability Panel held on 2 June 2026", H1),
            Table(rows, colWidths=[360, 110])]
    found = [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"])
             for d in records(pdf(tmp_path / "panel.pdf", flow))["assurance_decisions"]]
    assert found == [
        ("1", asked[0][0], asked[0][1], "Assured", asked[0][3]),
        ("2", asked[1][0], asked[1][1], "Partly assured", asked[1][3])]


def test_lines_of_enquiry_under_a_heading_naming_a_level_take_that_level(tmp_path: Path) -> None:
    flow = [Paragraph("Notes of the Policing Board \u2013 7 April 2026", H1), Paragraph("Theme: Road safety", BODY)]
    groups = (("Lines of enquiry on which the PCC was assured", ((2, "How are speed sites chosen?",
                                                                  "From collision data.", "The PCC was content."),
                                                                 (1, "How many drink drivers were stopped?",
                                                                  "Four hundred.", "The PCC noted the figure."))),
              ("Lines of enquiry on which the PCC was not assured", ((3, "How are young drivers reached?",
                                                                      "Only through colleges.",
                                                                      "The PCC asked for a wider plan."),)))
    for title, asked in groups:
        flow.append(Paragraph(title, H1))
        for number, question, answer, comment in asked:
            flow += [Paragraph(f"<b>Line of enquiry {number}:</b> {question}", BODY),
                     Paragraph(f"<b>Response:</b> {answer}", BODY),
                     Paragraph(f"<i>PCC comment:</i> {comment}", BODY)]
    found = [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"],
              d["topic"]) for d in records(pdf(tmp_path / "grouped.pdf", flow))["assurance_decisions"]]
    assert found == [
        ("2", "How are speed sites chosen?", "From collision data.", "Assured", "The PCC was content.", "Road safety"),
        ("1", "How many drink drivers were stopped?", "Four hundred.", "Assured", "The PCC noted the figure.",
         "Road safety"),
        ("3", "How are young drivers reached?", "Only through colleges.", "Not assured",
         "The PCC asked for a wider plan.", "Road safety")]


def test_a_column_of_what_the_force_told_us_is_the_evidence(tmp_path: Path) -> None:
    rows = [["Ref", "Question", "What the Force told us", "Commissioner's view"],
            ["CP1", "How quickly are calls answered?", "Ninety per cent within ten seconds.", "Assured"]]
    flow = [Paragraph("Performance Meeting \u2013 Notes \u2013 9 June 2026", H1),
            Table([[Paragraph(text, BODY) for text in row] for row in rows], colWidths=[40, 150, 170, 110],
                  style=[("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])]
    found = [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"])
             for d in records(pdf(tmp_path / "told.pdf", flow))["assurance_decisions"]]
    assert found == [("CP1", rows[1][1], rows[1][2], "Assured")]
