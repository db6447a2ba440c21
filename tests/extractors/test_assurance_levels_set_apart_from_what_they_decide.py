"""Assurance levels recorded apart from what they decide, each form on a small
real PDF or Word file: a row printing the scale's options a cell each, the
chosen one set apart (shaded, bold); levels given by question number in a
conclusions section after the questions and answers; levels in an appendix
table whose questions the minutes print first; a level line's commentary in the
next numbered minute."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, BOLD, H1, pdf, records
from reportlab.lib import colors
from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle

_OPTIONS = ("Assured", "Partially assured", "Not assured")


def _question_table(number: int, question: str, response: str, chosen: str, comment: str) -> Table:
    """A question's four-row table, the options in a row of their own, ``chosen`` shaded yellow."""
    rows = [[Paragraph(f"<b>Question {number}</b>", BODY), Paragraph(question, BODY), "", ""],
            [Paragraph("Response", BODY), Paragraph(response, BODY), "", ""],
            [Paragraph("Assurance", BODY), *(Paragraph(option, BODY) for option in _OPTIONS)],
            [Paragraph("Comment", BODY), Paragraph(comment, BODY), "", ""]]
    shaded = 1 + _OPTIONS.index(chosen)
    table = Table(rows, colWidths=[80, 130, 130, 130])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               *(("SPAN", (1, row), (3, row)) for row in (0, 1, 3)),
                               ("BACKGROUND", (shaded, 2), (shaded, 2), colors.HexColor("#ffff00"))]))
    return table


def test_the_shaded_option_of_a_printed_scale_is_the_level(tmp_path: Path) -> None:
    asked = ((1, "How many burglaries were solved this year?", "Partially assured", "Outcomes must improve."),
             (2, "How are victims of burglary visited?", "Assured", "None."),
             (3, "How is stolen property traced?", "Not assured", "No figures were given."))
    flow = [Paragraph("Police Accountability Forum \u2013 summary of the meeting held on 3 March 2026", H1),
            Paragraph("Topic: Burglary", BODY)]
    for number, question, chosen, comment in asked:
        flow += [_question_table(number, question, f"The force answered question {number}.", chosen, comment),
                 Paragraph(" ", BODY)]
    found = sorted((d["question_number"], d["question"], d["assurance"], d["evidence_summary"], d["commentary"],
                    d["meeting_date"], d["topic"])
                   for d in records(pdf(tmp_path / "summary.pdf", flow))["assurance_decisions"])
    assert found == [
        ("1", asked[0][1], "Partly assured", "The force answered question 1.", "Outcomes must improve.",
         "2026-03-03", "Burglary"),
        ("2", asked[1][1], "Assured", "The force answered question 2.", None, "2026-03-03", "Burglary"),
        ("3", asked[2][1], "Not assured", "The force answered question 3.", "No figures were given.",
         "2026-03-03", "Burglary")]


def _word_question_table(document, number: int, question: str, chosen: str | None) -> None:
    """A Word question table whose options row sets ``chosen`` in bold (None: no option marked)."""
    table = document.add_table(rows=3, cols=4)
    table.style = "Table Grid"
    for row, (label, text) in enumerate(((f"Question {number}", question), ("Response", "The force answered."))):
        table.cell(row, 0).text = label
        table.cell(row, 1).merge(table.cell(row, 3)).text = text
    table.cell(2, 0).text = "Assurance"
    for col, option in enumerate(_OPTIONS, start=1):
        table.cell(2, col).paragraphs[0].add_run(option).bold = option == chosen or None


def test_the_bold_option_is_the_level_and_a_row_left_unmarked_decides_nothing(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Summary of the Police Accountability Forum held on 3 March 2026", level=2)
    document.add_paragraph("Topic: Roads policing")
    _word_question_table(document, 1, "How many drivers were stopped for speeding?", "Not assured")
    document.add_paragraph("")
    _word_question_table(document, 2, "How are fatal collisions investigated?", None)
    path = tmp_path / "forum.docx"
    document.save(str(path))
    found = [(d["question_number"], d["assurance"]) for d in records(path)["assurance_decisions"]]
    assert ("1", "Not assured") in found
    assert all(level is None for number, level in found if number == "2")


def test_levels_in_a_conclusions_section_decide_the_questions_of_their_numbers(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Public Accountability Board \u2013 Notes of the meeting held on 7 May 2026", level=2)
    document.add_paragraph("Theme: Road safety")
    document.add_heading("1. Questions and responses", level=3)
    asked = (("1", "How many people were killed or seriously injured on the roads?", "Fully assured",
              "The figures were clear.", "Assured"),
             ("2", "How are speeding complaints followed up?", "Partially assured",
              "Follow-up is slow in two districts.", "Partly assured"),
             ("3", "What enforcement is planned on rural roads?", "Not assured",
              "No plan was presented.", "Not assured"))
    for number, question, *_ in asked:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"Q{number}.").bold = True
        paragraph.add_run(f" {question}")
        document.add_paragraph(f"The Chief Inspector answered question {number}.")
    document.add_heading("2. Conclusions", level=3)
    document.add_paragraph("The Deputy Mayor gave these assurance levels (the Board uses Fully assured, "
                           "Partially assured and Not assured):")
    for number, _, printed, comment, _ in asked:
        paragraph = document.add_paragraph(f"Q{number} \u2013 ")
        paragraph.add_run(printed).bold = True
        paragraph.add_run(f". {comment}")
    path = tmp_path / "notes.docx"
    document.save(str(path))
    found = [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"],
              d["topic"], d["page"]) for d in records(path)["assurance_decisions"]]
    assert sorted(found) == [(number, question, f"The Chief Inspector answered question {number}.", level, comment,
                              "Road safety", None) for number, question, _, comment, level in asked]


def test_levels_in_an_appendix_decide_the_questions_minuted_before_and_keep_their_page(tmp_path: Path) -> None:
    asked = (("1", "How long do detainees wait to be booked in?", "Waits fell to 20 minutes.", "Substantial",
              "Assured"),
             ("2", "How many children were held overnight?", "Nine children were held overnight.", "Limited",
              "Partly assured"))
    flow = [Paragraph("Minutes of the Monitoring Board held on 9 June 2026", H1),
            Paragraph("2. Custody", BOLD),
            Paragraph("2.1 The Chief Inspector presented the custody paper; the levels are recorded at Appendix A.",
                      BODY)]
    for minute, (number, question, answer, _, _) in enumerate(asked, start=2):
        flow += [Paragraph(f"2.{minute} <b>Question {number}:</b> {question}", BODY),
                 Paragraph(answer, BODY)]
    flow += [Paragraph("2.4 The Commissioner noted that the custody visitors would report in September.", BODY),
             PageBreak(),
             Paragraph("Appendix A \u2013 Assurance record, 9 June 2026", H1)]
    rows = [["Ref", "Question", "Assurance level", "Rationale"],
            *([f"Q{number}", Paragraph(question, BODY), level, f"Rationale {number}."]
              for number, question, _, level, _ in asked)]
    table = Table(rows, colWidths=[40, 220, 90, 120])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
    flow.append(table)
    found = sorted((d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"],
                    d["page"]) for d in records(pdf(tmp_path / "minutes.pdf", flow))["assurance_decisions"])
    # the page where the question is first printed; the answer stops at the next minute, the Commissioner's note
    assert found == [(number, question, answer, level, f"Rationale {number}.", 1)
                     for number, question, answer, _, level in asked]


def test_a_level_line_takes_the_next_numbered_minute_as_its_commentary(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Strategic Board \u2013 Minutes of the meeting held on 25 June 2026", level=2)
    document.add_heading("5. Retail crime", level=3)
    document.add_paragraph("5.1 Question 1: How many shoplifting offences were solved?")
    document.add_paragraph("5.2 The solved rate rose from 11% to 17%.")
    document.add_heading("5.3 Level of assurance: Substantial", level=3)
    document.add_paragraph("5.4 The PCC welcomed the improvement.")
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    found = [(d["question_number"], d["assurance"], d["evidence_summary"], d["commentary"])
             for d in records(path)["assurance_decisions"]]
    assert found == [("1", "Assured", "The solved rate rose from 11% to 17%.", "The PCC welcomed the improvement.")]


def test_the_shaded_cell_under_the_level_columns_is_the_level(tmp_path: Path) -> None:
    asked = (("1", "How many hate crimes were recorded?", "Assured"),
             ("2", "How are repeat victims supported?", "Not assured"))
    rows = [["No.", "Question", "Response", *(Paragraph(f"<b>{option}</b>", BODY) for option in _OPTIONS)],
            *([number, Paragraph(question, BODY), f"Answer {number}.", "", "", ""] for number, question, _ in asked)]
    table = Table(rows, colWidths=[30, 140, 90, 60, 70, 60])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                               *(("BACKGROUND", (3 + _OPTIONS.index(level), row), (3 + _OPTIONS.index(level), row),
                                  colors.HexColor("#92d050")) for row, (_, _, level) in enumerate(asked, start=1))]))
    flow = [Paragraph("Notes of the Scrutiny Panel held on 2 April 2026", H1), Paragraph("3. Hate crime", BOLD), table]
    found = sorted((d["question_number"], d["question"], d["evidence_summary"], d["assurance"])
                   for d in records(pdf(tmp_path / "panel.pdf", flow))["assurance_decisions"])
    assert found == [(number, question, f"Answer {number}.", level) for number, question, level in asked]


def test_the_bold_option_of_a_scale_printed_in_one_cell_is_the_level(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Oversight Board held on 2 June 2026", level=2)
    document.add_heading("3. Missing people", level=3)
    rows = [("No.", "Question", "Response", "Assurance level"),
            ("1", "How quickly are high-risk missing people found?", "Ninety per cent within a day.", "Not assured"),
            ("2", "How are return interviews recorded?", "On the case system.", None)]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row[:3]):
            table.cell(r, c).text = text
    table.cell(0, 3).text = rows[0][3]
    for r, (_, _, _, chosen) in enumerate(rows[1:], start=1):
        paragraph = table.cell(r, 3).paragraphs[0]
        for i, option in enumerate(_OPTIONS):
            paragraph.add_run(option).bold = option == chosen or None
            if i < len(_OPTIONS) - 1:
                paragraph.add_run(" / ")
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    found = [(d["question_number"], d["assurance"], d["commentary"]) for d in records(path)["assurance_decisions"]]
    assert found == [("1", "Not assured", None), ("2", None, None)]


def test_an_appendix_of_levels_by_reference_alone_decides_the_minuted_questions_of_those_numbers(
        tmp_path: Path) -> None:
    flow = [Paragraph("Minutes of the Monitoring Board held on 9 June 2026", H1), Paragraph("2. Custody", BOLD)]
    asked = (("1", "How long do detainees wait to be booked in?", "Substantial", "Assured"),
             ("2", "How many children were held overnight?", "Limited", "Partly assured"))
    for number, question, _, _ in asked:
        flow += [Paragraph(f"2.{number} <b>Question {number}:</b> {question}", BODY),
                 Paragraph(f"The force answered question {number}.", BODY)]
    flow += [PageBreak(), Paragraph("Appendix A \u2013 Assurance record", H1)]
    table = Table([["Ref", "Assurance level", "Rationale"],
                   *([f"Q{number}", printed, f"Rationale {number}."] for number, _, printed, _ in asked)])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
    flow.append(table)
    found = sorted((d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"],
                    d["page"], d["topic"])
                   for d in records(pdf(tmp_path / "minutes.pdf", flow))["assurance_decisions"])
    assert found == [(number, question, f"The force answered question {number}.", level, f"Rationale {number}.", 1,
                      "Custody") for number, question, _, level in asked]
