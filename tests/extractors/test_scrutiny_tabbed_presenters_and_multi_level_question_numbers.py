"""Agenda items and assurance decisions as Word typesets them, on small real
Word files and PDFs: an agenda item's presenter after a tab on the item's own
line; a question numbered by a multi-level automatic list ("1.1", "2.1": the
question's number, not its item's); a Decision cell whose level carries a
bracketed note on a line of its own (Shift+Enter); a Decision cell whose level
and comment a PDF gives as one paragraph (the comment's first word would not
have fitted on the level's line)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, BOLD, H1, load_generator, pdf, records
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

GENERATOR = load_generator("scrutiny-round29")
Numbering, write = GENERATOR.Numbering, GENERATOR.write


def _front_sheet(document: Document, agenda: list[str]) -> None:
    """A board's front sheet with an agenda numbered by Word, each item's
    presenter (if any) after a tab ("Title<TAB>Presenter")."""
    document.add_heading("Police and Crime Panel Scrutiny Board", level=1)
    document.add_paragraph("Date: Thursday 4th March 2027")
    document.add_heading("Agenda", level=2)
    numbering = Numbering(document)
    agenda_list = numbering.new_list(["%1."])
    for line in agenda:
        paragraph = document.add_paragraph()
        Numbering.apply(paragraph, agenda_list)
        write(paragraph, line)


def test_an_agenda_items_presenter_after_a_tab_is_its_presenter(tmp_path: Path) -> None:
    document = Document()
    _front_sheet(document, ["Apologies", "Domestic abuse\tDetective Superintendent, Safeguarding",
                            "Estates update\tHead of Estates", "Any other business"])
    path = tmp_path / "pack.docx"
    document.save(str(path))
    found = [(a["number"], a["title"], a["presenter"]) for a in records(path)["agenda_items"]]
    assert found == [("1", "Apologies", None),
                     ("2", "Domestic abuse", "Detective Superintendent, Safeguarding"),
                     ("3", "Estates update", "Head of Estates"),
                     ("4", "Any other business", None)]


def _minutes_with_multilevel_questions(document: Document) -> None:
    """Minutes whose items and questions share one multi-level list: items
    "1."/"2." as headings, questions "1.1", "1.2", "2.1" as bold list items."""
    document.add_heading("Minutes of the Scrutiny Board held on 12th January 2027", level=1)
    numbering = Numbering(document)
    items = numbering.new_list(["%1.", "%1.%2"])
    for title, questions in (("Road safety", [("How many people were killed or seriously injured?", "Assured"),
                                              ("How are speed cameras sited?", "Partly assured")]),
                             ("Fraud", [("How many victims were referred for support?", "Not assured")])):
        head = document.add_paragraph(style="Heading 2")
        Numbering.apply(head, items, 0)
        write(head, title)
        for question, level in questions:
            asked = document.add_paragraph()
            Numbering.apply(asked, items, 1)
            write(asked, question, bold=True)
            document.add_paragraph("The force set out its figures for the year.")
            stated = document.add_paragraph()
            write(stated, "Assurance level: ", bold=True)
            write(stated, level)


def test_questions_numbered_by_a_multi_level_list_keep_every_level(tmp_path: Path) -> None:
    document = Document()
    _minutes_with_multilevel_questions(document)
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    found = sorted((d["question_number"], d["topic"], d["assurance"]) for d in records(path)["assurance_decisions"])
    assert found == [("1.1", "Road safety", "Assured"), ("1.2", "Road safety", "Partly assured"),
                     ("2.1", "Fraud", "Not assured")]


def test_a_pdf_question_hanging_a_two_level_number_keeps_both_levels(tmp_path: Path) -> None:
    question = ParagraphStyle("question", parent=BOLD, leftIndent=28, bulletIndent=0, bulletFontName="Helvetica-Bold")
    path = pdf(tmp_path / "minutes.pdf", [
        Paragraph("Minutes of the Scrutiny Board held on 12th January 2027", H1),
        Paragraph("1. Road safety", ParagraphStyle("item", parent=H1, fontSize=13)),
        Paragraph("How many people were killed or seriously injured?", question, bulletText="1.1"),
        Paragraph("The force set out its figures for the year.", BODY),
        Paragraph("<b>Assurance level:</b> Assured", BODY),
        Paragraph("How are speed cameras sited?", question, bulletText="1.2"),
        Paragraph("The force described its site reviews.", BODY),
        Paragraph("<b>Assurance level:</b> Partly assured", BODY),
    ])
    found = sorted((d["question_number"], d["assurance"]) for d in records(path)["assurance_decisions"])
    assert found == [("1.1", "Assured"), ("1.2", "Partly assured")]


def test_a_level_with_a_bracketed_note_on_its_own_line_is_the_level(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Scrutiny Board held on 12th January 2027", level=1)
    document.add_heading("3. Neighbourhood policing", level=2)
    rows = [("3.1", "How are ward priorities set?", "Panels set them each quarter.",
             ["Partly assured\n(further information requested)", "The PCC asked how panels reach young people."]),
            ("3.2", "Are PCSOs trained?", "All have completed the course.", ["Assured"])]
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, ["No.", "Question", "Evidence", "Decision"]):
        cell.text = label
    for number, question, evidence, decision in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = number, question, evidence
        for i, text in enumerate(decision):
            write(cells[3].paragraphs[0] if i == 0 else cells[3].add_paragraph(), text)
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    found = {d["question_number"]: d for d in records(path)["assurance_decisions"]}
    assert (found["3.1"]["assurance"], found["3.1"]["commentary"]) == (
        "Partly assured", "The PCC asked how panels reach young people.")
    assert found["3.1"]["assurance_raw"] == "Partly assured (further information requested)"
    assert (found["3.2"]["assurance"], found["3.2"]["commentary"]) == ("Assured", None)


def test_a_level_and_its_comment_read_as_one_paragraph_still_give_the_level(tmp_path: Path) -> None:
    cell = ParagraphStyle("cell", parent=BODY, spaceAfter=0)
    # the Decision column is too narrow for "Completion" after "Partly assured": a PDF reader cannot tell the
    # paragraph break from a wrapped line, and the cell arrives as one paragraph
    rows = [["No.", "Question", "Evidence", "Decision"],
            ["1", "How quickly are stalking reports risk assessed?", "92 per cent within a day.",
             [Paragraph("Partly assured", cell), Paragraph("Completion must reach 90 per cent by March.", cell)]],
            ["2", "How many protection orders were granted?", "Nineteen of twenty-three.",
             [Paragraph("Assured", cell), Paragraph("The Commissioner welcomed the figures.", cell)]]]
    path = pdf(tmp_path / "minutes.pdf", [
        Paragraph("Minutes of the Scrutiny Board held on 12th January 2027", H1),
        Paragraph("2. Stalking and harassment", ParagraphStyle("item", parent=H1, fontSize=13)),
        Table([[c if isinstance(c, list) else Paragraph(c, cell) for c in row] for row in rows],
              colWidths=[30, 170, 150, 90], style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                                              ("VALIGN", (0, 0), (-1, -1), "TOP")])),
    ])
    found = {d["question_number"]: (d["assurance"], d["commentary"]) for d in records(path)["assurance_decisions"]}
    assert found == {"1": ("Partly assured", "Completion must reach 90 per cent by March."),
                     "2": ("Assured", "The Commissioner welcomed the figures.")}
