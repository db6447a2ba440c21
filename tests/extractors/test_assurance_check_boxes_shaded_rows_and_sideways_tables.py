"""Assurance decisions in forms of check boxes, shading, sideways tables and
letters, on small real Word files, the PDFs LibreOffice makes of them and
reportlab PDFs: Word's legacy check boxes in the Word file (the ticked one
known only from the field's data) and in the PDF LibreOffice prints of it (the
boxes drawn as outlines, the ticked one crossed), which reads the same levels;
a form whose boxes are all empty gives no level; a tick of any glyph under a level column; each
question's whole row shaded in a colour the pack's key line defines, under
numbered items set as bold list items; a table laid out sideways, one column
per question; an item's overall level in a row spanning the table under its
questions, which decides no question; the Commissioner's letter after the
meeting, deciding in the first person under topic headings, for the meeting its
subject line dates; questions listed before the discussion, each decided in
turn by a paragraph that closes its answer with the decider's sentence."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, BODY, BOLD, H1, decision_fields, grid, load_generator, pdf, published, records
from reportlab.lib import colors
from reportlab.platypus import Paragraph, TableStyle

GENERATOR = load_generator("scrutiny-round27")


_FIELDS = ("topic", "question_number", "question", "evidence_summary", "assurance", "commentary")


# (question, answer, the options with the chosen one, comment)
_FORM = (
    ("How many drivers were caught using a mobile phone this year?", "Officers caught 1,204 drivers.",
     "Substantial assurance", "The Commissioner welcomed the rise."),
    ("How long does a collision report take to reach the insurer?", "The average is 31 days.",
     "Limited assurance", "The Commissioner wants the wait halved."),
    ("Are roads policing officers trained to investigate fatal collisions?", "Nine of 24 are trained.",
     "No assurance", "Training must be planned."))
_OPTIONS = ("Substantial assurance", "Limited assurance", "No assurance")
_CANONICAL = {"Substantial assurance": "Assured", "Limited assurance": "Partly assured",
              "No assurance": "Not assured"}


def _check_box_form(ticked: bool = True) -> Document:
    """Notes whose questions each have a labelled table, the level a row of
    Word's legacy check boxes, the chosen one checked unless not ``ticked``."""
    document = Document()
    document.add_heading("Notes of the Accountability Meeting held on 3 November 2026", level=1)
    document.add_paragraph("Topic: Roads policing")
    for number, (question, answer, chosen, comment) in enumerate(_FORM, start=1):
        table = document.add_table(rows=4, cols=2)
        table.style = "Table Grid"
        for row, (label, text) in enumerate(((f"Question {number}", question), ("Response", answer),
                                             ("Assurance", ""), ("Commissioner's comment", comment))):
            table.cell(row, 0).text = label
            table.cell(row, 1).text = text
        boxes = table.cell(2, 1).paragraphs[0]
        for option in _OPTIONS:
            for run in GENERATOR.checkbox_run_xml(ticked and option == chosen, f"Check{number}{len(option)}"):
                boxes._p.append(run)
            boxes.add_run(f" {option}    ")
        document.add_paragraph("")
    return document


def test_the_level_is_the_legacy_check_box_the_form_field_data_marks_checked(tmp_path: Path) -> None:
    assert decision_fields(published(_check_box_form(), tmp_path / "notes.docx", "word"), *_FIELDS, sort=True) == [
        ("Roads policing", str(number), question, answer, _CANONICAL[chosen], comment)
        for number, (question, answer, chosen, comment) in enumerate(_FORM, start=1)]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice makes the office PDF")
def test_the_office_pdf_of_the_form_reads_the_levels_the_word_file_does(tmp_path: Path) -> None:
    # LibreOffice draws each check box as an outline, the checked one crossed corner to corner
    from_word = decision_fields(published(_check_box_form(), tmp_path / "notes.docx", "word"), *_FIELDS, sort=True)
    from_pdf = decision_fields(published(_check_box_form(), tmp_path / "notes.docx", "office pdf"), *_FIELDS,
                               sort=True)
    assert [fields[4] for fields in from_pdf] == [fields[4] for fields in from_word] == [
        _CANONICAL[chosen] for _, _, chosen, _ in _FORM]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice makes the office PDF")
def test_a_form_whose_boxes_are_all_empty_gives_no_level_rather_than_its_first_option(tmp_path: Path) -> None:
    found = records(published(_check_box_form(ticked=False), tmp_path / "notes.docx", "office pdf"))
    assert [d["assurance"] for d in found["assurance_decisions"] if d["assurance"]] == []


_FILLS = {"Assured": "C6EFCE", "Partly assured": "FFEB9C", "Not assured": "FFC7CE"}
_SHADED_ITEMS = {
    "Burglary": (("3.1", "How many burglaries were solved this year?", "Fifty-one of 900 were solved.",
                  "Not assured", "Too few are solved."),
                 ("3.2", "Are victims visited within a day?", "Ninety-four per cent were visited.",
                  "Assured", "Good work.")),
    "Custody": (("4.1", "How long are detainees held before review?", "The average is nine hours.",
                 "Partly assured", "The Commissioner asked for the longest waits."),)}


def _shaded_rows_notes(key: bool) -> Document:
    """Notes of two numbered items (bold list items), each over a No. | Question | Response | Comment
    table whose rows are shaded by their level; ``key``: a key line under each table says what the
    shades mean."""
    document = Document()
    document.add_heading("Notes of the Scrutiny Board held on 5 November 2026", level=1)
    for number, (item, asked) in enumerate(_SHADED_ITEMS.items(), start=3):
        document.add_paragraph(item, style="List Number").runs[0].bold = True
        table = document.add_table(rows=len(asked) + 1, cols=4)
        table.style = "Table Grid"
        for col, label in enumerate(("No.", "Question", "Force response", "Commissioner's comment")):
            table.cell(0, col).text = label
        for row, (ref, question, answer, level, comment) in enumerate(asked, start=1):
            for col, text in enumerate((ref, question, answer, comment)):
                table.cell(row, col).text = text
                GENERATOR.shade(table.cell(row, col), _FILLS[level])
        if key:
            document.add_paragraph("Key: the row's shading is the Commissioner's assurance – green: assured; "
                                   "amber: partially assured; red: not assured.").runs[0].italic = True
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_question_rows_shading_is_its_level_read_against_the_packs_key_line(tmp_path: Path, form: str) -> None:
    # the notes hold two items: each question's topic is the bold numbered item it stands under
    decisions = decision_fields(published(_shaded_rows_notes(key=True), tmp_path / "notes.docx", form), *_FIELDS,
                                sort=True)
    assert decisions == sorted(
        (item, ref, question, answer, level, comment)
        for item, asked in _SHADED_ITEMS.items() for ref, question, answer, level, comment in asked)


def test_shaded_rows_give_no_level_where_the_pack_prints_no_key(tmp_path: Path) -> None:
    decisions = decision_fields(published(_shaded_rows_notes(key=False), tmp_path / "notes.docx", "word"), *_FIELDS,
                                sort=True)
    assert decisions == []


_SIDEWAYS = (("How many officers left neighbourhood teams?", "Forty-one officers left.", "Limited",
              "The PCC wants the figure by district."),
             ("Are ward priorities published?", "Every ward publishes three.", "Substantial", "Content."),
             ("Do PCSOs stay in post?", "A quarter left within a year.", "No assurance", "Exit interviews asked for."))


def test_a_table_laid_out_sideways_gives_a_decision_per_question_column(tmp_path: Path) -> None:
    rows = [["", *(f"Q{number}" for number in range(1, len(_SIDEWAYS) + 1))],
            *([label, *(asked[field] for asked in _SIDEWAYS)]
              for field, label in enumerate(("Question", "Response", "Level of assurance", "Comment")))]
    path = pdf(tmp_path / "summary.pdf", [
        Paragraph("Scrutiny Meeting – Summary of the meeting held on 19 November 2026", H1),
        Paragraph("Theme: Neighbourhood policing", BODY),
        grid(rows, [90, 130, 130, 130])])
    canonical = {"Limited": "Partly assured", "Substantial": "Assured", "No assurance": "Not assured"}
    decisions = decision_fields(path, *_FIELDS, sort=True)
    assert decisions == [("Neighbourhood policing", str(number), question, answer, canonical[level], comment)
                         for number, (question, answer, level, comment) in enumerate(_SIDEWAYS, start=1)]


def test_an_items_overall_level_under_its_questions_decides_none_of_them(tmp_path: Path) -> None:
    rows = [["KLOE", "Key line of enquiry", "Summary of response", "Assurance"],
            ["KLOE 1", "How many protection orders were granted?", "The courts granted 88 of 96.", "Substantial"],
            ["KLOE 2", "How long do victims wait for a call back?", "Six days against a target of two.", "Limited"],
            ["Overall assurance for this item: Reasonable. The PCC will return to call-back times in April.",
             "", "", ""]]
    table = grid(rows, [50, 150, 150, 90])
    table.setStyle(TableStyle([("SPAN", (0, 3), (-1, 3)), ("BACKGROUND", (0, 3), (-1, 3), colors.lightblue)]))
    path = pdf(tmp_path / "minutes.pdf", [
        Paragraph("Minutes of the Business Board held on 1 December 2026", H1),
        Paragraph("3. Domestic abuse", BOLD), table])
    assert decision_fields(path, *_FIELDS, sort=True) == [
        ("Domestic abuse", "1", "How many protection orders were granted?", "The courts granted 88 of 96.",
         "Assured", None),
        ("Domestic abuse", "2", "How long do victims wait for a call back?", "Six days against a target of two.",
         "Partly assured", None)]


_LETTER = {
    "Victim care": (
        ("How many victims were referred to the victims' hub?", "Your officers told the Board 4,210 were referred.",
         "I am partially assured that referrals are made, but not that they are made early enough.",
         "Partly assured", "I am partially assured that referrals are made, but not that they are made early enough."),
        ("How is the Victims' Code compliance checked?", "The Board heard that 200 cases are audited each month.",
         "I am assured that the audit is sound.", "Assured", "I am assured that the audit is sound.")),
    "Custody": (
        ("How long do detainees wait for a mental health assessment?", "The force said the average was 7 hours.",
         "I am not assured. The wait is far too long, and I expect a plan.", "Not assured",
         "The wait is far too long, and I expect a plan."),)}  # the sentence only stating the level is no comment


def test_a_commissioners_letter_after_the_meeting_records_first_person_decisions_for_that_meeting(
        tmp_path: Path) -> None:
    flow = [Paragraph("Police and Crime Commissioner", BOLD), Paragraph("20 January 2027", BODY),
            Paragraph("Dear Chief Constable,", BODY),
            Paragraph("Accountability Board – 13 January 2027", H1),
            Paragraph("This letter sets out my assessment of the answers given at the Board.", BODY)]
    number = 0
    for topic, asked in _LETTER.items():
        flow.append(Paragraph(topic, H1))
        for question, heard, decided, *_ in asked:
            number += 1
            flow += [Paragraph(f"<i>Question {number}: {question}</i>", BODY), Paragraph(heard, BODY),
                     Paragraph(decided, BODY)]
    flow += [Paragraph("Yours sincerely,", BODY), Paragraph("Police and Crime Commissioner", BODY)]
    found = records(pdf(tmp_path / "letter.pdf", flow))["assurance_decisions"]
    asked_in_order = [(topic, *entry) for topic, asked in _LETTER.items() for entry in asked]
    assert sorted((d["meeting_date"], d["topic"], d["question_number"], d["question"], d["evidence_summary"],
                   d["assurance"], d["commentary"]) for d in found) == sorted(
        ("2027-01-13", topic, str(number), question, heard, level, commentary)
        for number, (topic, question, heard, _, level, commentary) in enumerate(asked_in_order, start=1))


# The decider named by any office, with its area or portfolio after it.
_PUT_BEFORE = (
    ("How many shops reported thefts this year?", "Reports rose by a tenth to 9,310.",
     "The Deputy Mayor for Policing and Crime said she was assured that the force knew where the thefts were.",
     "Assured"),
    ("How quickly are reports attended?", "Attendance times were not reported.",
     "The Police, Fire and Crime Commissioner for North Yorkshire said he was partly assured that the policy "
     "was followed.", "Partly assured"),
    ("How many shop workers were assaulted?", "There were 402 assaults.",
     "The Deputy PCC said she was not assured that assaults were recorded.", "Not assured"))


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_questions_listed_before_the_discussion_pair_in_order_with_the_paragraphs_that_decide_them(
        tmp_path: Path, form: str) -> None:
    document = Document()
    document.add_heading("Minutes of the Accountability Meeting held on 2 December 2026", level=1)
    document.add_paragraph("Apologies", style="List Number").runs[0].bold = True
    document.add_paragraph("There were none.")
    document.add_paragraph("Retail crime", style="List Number").runs[0].bold = True
    document.add_paragraph("The Mayor had put these questions to the force before the meeting:")
    for question, *_ in _PUT_BEFORE:
        document.add_paragraph(question, style="List Number 2")
    document.add_paragraph("The discussion is summarised below.")
    for number, (_, answer, said, _) in enumerate(_PUT_BEFORE, start=2):
        document.add_paragraph(f"2.{number} {answer} {said}")
    found = records(published(document, tmp_path / "minutes.docx", form))["assurance_decisions"]
    assert sorted((d["topic"], d["question_number"], d["question"], d["evidence_summary"], d["assurance"],
                   d["commentary"]) for d in found) == [
        ("Retail crime", str(number), question, answer, level, said)
        for number, (question, answer, said, level) in enumerate(_PUT_BEFORE, start=1)]


@pytest.mark.parametrize("tick", ["\u221a", "\u2611", "\u2714", "\U0001f5f8"])
def test_a_tick_of_any_glyph_under_a_level_column_is_the_rows_level(tmp_path: Path, tick: str) -> None:
    asked = (("How many hate crimes were reported?", "Reports rose to 3,106.", 3),
             ("Are victims kept informed?", "Sixty-nine per cent are satisfied.", 4),
             ("How many cases are charged?", "The charge rate is 7 per cent.", 5))
    document = Document()
    document.add_heading("Notes of the Scrutiny Board held on 26 November 2026", level=1)
    document.add_paragraph("Focus: Hate crime")
    table = document.add_table(rows=len(asked) + 1, cols=6)
    table.style = "Table Grid"
    for col, label in enumerate(("No.", "Question", "Response", "Assured", "Partially assured", "Not assured")):
        table.cell(0, col).text = label
    for row, (question, answer, ticked) in enumerate(asked, start=1):
        for col, text in enumerate((str(row), question, answer)):
            table.cell(row, col).text = text
        table.cell(row, ticked).text = tick
    found = records(published(document, tmp_path / "notes.docx", "word"))["assurance_decisions"]
    assert sorted((d["question_number"], d["question"], d["assurance"]) for d in found) == [
        ("1", "How many hate crimes were reported?", "Assured"),
        ("2", "Are victims kept informed?", "Partly assured"),
        ("3", "How many cases are charged?", "Not assured")]
