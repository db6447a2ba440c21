"""Assurance decisions in tables, each form on a small real PDF or Word file: a
"delete as appropriate" list of levels whose options that do not apply are
struck through; a record titled by its board and date ("<Board> – Scrutiny
record – <date>") dating the tables under it; questions asked in rows spanning
the table over Response | Assurance columns; a log of several meetings'
questions whose rows carry their own meeting date."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, BOLD, H1, grid, pdf, records
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

_OPTIONS = ("Assured", "Partly assured", "Not assured")


def _struck_options(kept: str) -> str:
    """The scale printed with every option but ``kept`` struck through."""
    return " / ".join(option if option == kept else f"<strike>{option}</strike>" for option in _OPTIONS)


def test_the_option_left_standing_in_a_struck_through_list_is_the_level(tmp_path: Path) -> None:
    flow = [
        Paragraph("Resources Board", H1),
        Paragraph("Date: Thursday 9 July 2026", BODY),
        Paragraph("Agenda", BOLD),
        Paragraph("1. Apologies", BODY),
        Paragraph("2. Scrutiny record of the last meeting", BODY),
        Paragraph("Resources Board \u2013 Scrutiny record \u2013 12 May 2026", H1),
        Paragraph("Theme: Road safety", BODY),
    ]
    asked = (("1", "How many collisions involved a young driver?", "Partly assured"),
             ("2", "What enforcement is planned on rural roads?", "Not assured"),
             ("3", "How are speed complaints followed up?", "Assured"))
    for number, question, kept in asked:
        flow.append(grid([[f"<b>Question {number}</b>", question],
                          ["<b>Summary of response</b>", f"The force answered question {number}."],
                          ["<b>Level of assurance</b> (delete as appropriate)", _struck_options(kept)],
                          ["<b>PCC comments</b>", f"Comment on question {number}."]], [150, 330]))
        flow.append(Paragraph(" ", BODY))
    found = sorted((d["question_number"], d["assurance"], d["meeting_date"], d["topic"], d["evidence_summary"],
                    d["commentary"]) for d in records(pdf(tmp_path / "record.pdf", flow))["assurance_decisions"])
    assert found == [(number, kept.capitalize(), "2026-05-12", "Road safety", f"The force answered question {number}.",
                      f"Comment on question {number}.") for number, _, kept in asked]


def test_a_scale_left_whole_decides_nothing_and_struck_options_in_a_word_column_leave_the_level(
        tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Oversight Board held on 2 June 2026", level=2)
    document.add_heading("3. Missing people", level=3)
    rows = [("No.", "Question", "Response", "Assurance level (delete as appropriate)"),
            ("1", "How quickly are high-risk missing people found?", "Ninety per cent within a day.", ""),
            ("2", "How are return interviews recorded?", "On the case system.", "")]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for cell, kept in ((table.cell(1, 3), "Not assured"), (table.cell(2, 3), None)):
        paragraph = cell.paragraphs[0]
        for i, option in enumerate(_OPTIONS):
            run = paragraph.add_run(option)
            run.font.strike = kept is not None and option != kept
            if i < len(_OPTIONS) - 1:
                paragraph.add_run(" / ")
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    found = [(d["question_number"], d["assurance"], d["commentary"]) for d in records(path)["assurance_decisions"]]
    assert found == [("1", "Not assured", None), ("2", None, None)]


def test_questions_in_rows_spanning_the_table_take_the_response_and_level_below_them(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Notes of the Public Accountability Meeting \u2013 14 May 2026", level=2)
    document.add_heading("3. Rural crime", level=3)
    document.add_paragraph("The questions, the force's responses and the Deputy Mayor's assurance are below.")
    asked = (("Q1.", "How many farm thefts were reported this year?", "There were 212 thefts.", "Partially assured",
              "The Deputy Mayor asked for figures by district."),
             ("Q2.", "How are rural victims kept informed?", "Each victim has a named officer.", "Assured",
              "The Deputy Mayor welcomed the named officer scheme."))
    table = document.add_table(rows=1 + 2 * len(asked), cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Response from the force", "Deputy Mayor's assurance"
    for i, (number, question, response, level, comment) in enumerate(asked):
        banner = table.cell(1 + 2 * i, 0).merge(table.cell(1 + 2 * i, 1))
        banner.paragraphs[0].add_run(f"{number} ").bold = True
        banner.paragraphs[0].add_run(question)
        table.cell(2 + 2 * i, 0).text = response
        decision = table.cell(2 + 2 * i, 1)
        decision.paragraphs[0].add_run(level).bold = True
        decision.add_paragraph(comment)
    path = tmp_path / "notes.docx"
    document.save(str(path))
    found = [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"],
              d["topic"], d["meeting_date"]) for d in records(path)["assurance_decisions"]]
    assert found == [
        ("1", asked[0][1], asked[0][2], "Partly assured", asked[0][4], "Rural crime", "2026-05-14"),
        ("2", asked[1][1], asked[1][2], "Assured", asked[1][4], "Rural crime", "2026-05-14")]


def test_a_log_of_two_meetings_dates_each_question_by_its_own_meeting_cell(tmp_path: Path) -> None:
    flow = [
        Paragraph("Notes of the Accountability Board held on 9 June 2026", H1),
        Paragraph("The questions and the Commissioner's assurance are in the scrutiny log below, which also "
                  "shows the previous meeting's questions.", BODY),
        Paragraph("Scrutiny log", H1),
        grid([["Ref", "Meeting", "Theme", "Question", "Summary of response", "Assurance"],
              ["SL-1", "12/05/2026", "Custody", "How many detainees waited over an hour?", "Forty in the year.",
               "Assured"],
              ["SL-2", "09/06/2026", "Fraud", "How are fraud victims referred for support?", "All are referred.",
               "Not assured"]], [40, 62, 60, 140, 110, 70]),
    ]
    found = [(d["question_number"], d["meeting_date"], d["topic"], d["assurance"])
             for d in records(pdf(tmp_path / "log.pdf", flow))["assurance_decisions"]]
    assert found == [("SL-1", "2026-05-12", "Custody", "Assured"), ("SL-2", "2026-06-09", "Fraud", "Not assured")]


def test_a_delete_as_appropriate_line_under_each_minuted_question_gives_the_option_left_standing(
        tmp_path: Path) -> None:
    flow = [Paragraph("Record of the Governance Board \u2013 3 March 2026", H1),
            Paragraph("For each question the PCC's assurance is shown by deleting the levels that do not apply.", BODY),
            Paragraph("Item 4 \u2013 Road safety", BOLD)]
    asked = (("1", "Assured"), ("2", "Partly assured"), ("3", "Not assured"), ("4", None))
    for number, kept in asked:
        # the form's instruction sits in brackets between the label and its colon
        flow += [Paragraph(f"<b>Question {number}:</b> How is road safety improved in area {number}?", BODY),
                 Paragraph(f"Response: The force answered question {number}.", BODY),
                 Paragraph(f"<b>PCC's assurance (delete as appropriate):</b> {_struck_options(kept)}", BODY),
                 Paragraph(f"Comment: Comment on question {number}.", BODY)]
    flow += [Paragraph("<b>Question 5:</b> How is road safety improved in area 5?", BODY),
             Paragraph("Response: The force answered question 5.", BODY),
             Paragraph(f"<b>PCC's assurance (delete as appropriate):</b> {' / '.join(_OPTIONS)}", BODY)]
    decisions = records(pdf(tmp_path / "record.pdf", flow))["assurance_decisions"]
    found = [(d["question_number"], d["assurance"], d["evidence_summary"], d["commentary"]) for d in decisions]
    # the scale struck whole (question 4) or left unfilled (question 5) chooses no level
    assert [(n, a) for n, a, _, _ in found if a is not None] == [(n, k) for n, k in asked if k]
    # the option left standing as printed, without the separators of the struck ones
    assert [d["assurance_raw"] for d in decisions[:3]] == ["Assured", "Partly assured", "Not assured"]
    assert found[:3] == [(n, k, f"The force answered question {n}.", f"Comment on question {n}.")
                         for n, k in asked[:3]]


def test_a_bracket_that_is_no_instruction_does_not_make_a_label(tmp_path: Path) -> None:
    flow = [Paragraph("Record of the Governance Board \u2013 3 March 2026", H1),
            Paragraph("Item 5 \u2013 Strategic risks", BOLD),
            Paragraph("<b>Question 1:</b> What are the force's highest risks?", BODY),
            Paragraph("Response: The force described its risk register.", BODY),
            Paragraph("<b>Rating (risk register):</b> High", BODY),
            Paragraph("<b>Assessment (HMICFRS 2025):</b> Not assured by the inspectorate's figures", BODY),
            # an instruction after a label naming no assurance: a risk rated, not a level
            Paragraph("<b>Question 2:</b> Which risks are rated this quarter?", BODY),
            Paragraph("Response: The force described the register.", BODY),
            Paragraph("<b>Rating (delete as appropriate):</b> High / <strike>Medium</strike> / <strike>Low</strike>",
                      BODY)]
    assert [d["assurance"] for d in records(pdf(tmp_path / "risks.pdf", flow))["assurance_decisions"]
            if d["assurance"] is not None] == []


def test_the_option_bold_in_square_brackets_of_a_dotted_list_is_the_level_and_no_part_of_the_comment(
        tmp_path: Path) -> None:
    cell = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=2)
    asked = (("1", "Partly assured"), ("2", "Not assured"), ("3", "Assured"), ("4", None))
    rows = [[Paragraph(text, cell) for text in ("No.", "Question", "Response", "PCC Decision")]]
    for number, kept in asked:
        options = " \u00b7 ".join(f"<b>[{o}]</b>" if o == kept else o for o in _OPTIONS)
        rows.append([Paragraph(number, cell), Paragraph(f"How are victims supported in case {number}?", cell),
                     Paragraph(f"The force answered question {number}.", cell),
                     [Paragraph(options, cell), Paragraph(f"<i>Comment on question {number}.</i>", cell)]])
    table = Table(rows, colWidths=[30, 150, 150, 150])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    flow = [Paragraph("Notes of the Strategic Assurance Board held on 4 August 2026", H1),
            Paragraph("Item 4 \u2013 Victim care", BOLD),
            Paragraph("In the PCC Decision column, the level the PCC gave is the one in bold in square brackets.",
                      BODY), table]
    found = [(d["question_number"], d["assurance"], d["commentary"])
             for d in records(pdf(tmp_path / "notes.pdf", flow))["assurance_decisions"]]
    # a list with no option set apart (question 4) chooses none: no level, rather than its first option
    assert [(n, a, c) for n, a, c in found if n != "4"] == [
        (n, k, f"Comment on question {n}.") for n, k in asked if k]
    assert all(a is None for n, a, _ in found if n == "4")
