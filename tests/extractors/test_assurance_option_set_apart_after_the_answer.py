"""Assurance levels on small real Word files and the PDFs LibreOffice makes of
them: a scale of options printed after each answer, a cell each, the chosen one
set apart (shaded in any colour, or bold), in a row or a column; a decision
slot that defers the level; levels only in a summary table by question after
the questions; an item heading numbered as a minute ("26/63 ...")."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from files import AS_PUBLISHED, decision_fields, published, records


def _shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="{fill}"/>'))


def _scale(document, options: tuple[str, ...], chosen: str, *, fill: str | None, across: bool = True,
           label: str | None = None) -> None:
    """The scale's options a cell each (a row, or a column when not ``across``), after a label cell if
    given; ``chosen`` in bold and, where ``fill`` is given, shaded in it."""
    cells = ((label,) if label else ()) + options
    table = document.add_table(rows=1 if across else len(cells), cols=len(cells) if across else 1)
    table.style = "Table Grid"
    for i, text in enumerate(cells):
        cell = table.cell(0, i) if across else table.cell(i, 0)
        cell.paragraphs[0].add_run(text).bold = text == chosen or None
        if text == chosen and fill:
            _shade(cell, fill)


_FOUR_POINT = ("Full assurance", "Reasonable assurance", "Partial assurance", "No assurance")
_OWN_WORDS = ("Substantial", "Reasonable", "Limited", "None")


def _scale_pack() -> Document:
    document = Document()
    document.add_heading("Community Outcomes Meeting \u2013 Summary notes \u2013 12 May 2026", level=2)
    document.add_paragraph("Focus of the meeting: Road safety")
    document.add_paragraph("The Deputy Mayor's assessment is shown by the shaded option of the scale.").runs[0] \
        .italic = True
    asked = (("How many people were killed or seriously injured on the roads this year?", "Partial assurance",
              "E7E6E6", True, None),
             ("How are reports of dangerous driving followed up?", "No assurance", "C6E0B4", True, None),
             ("What enforcement is planned on rural roads?", "Limited", None, False, "Assurance level"))
    for number, (question, chosen, fill, across, label) in enumerate(asked, start=1):
        document.add_heading(f"Question {number}", level=3)
        document.add_paragraph(question)
        document.add_paragraph(f"Response: The Force answered question {number}.")
        _scale(document, _OWN_WORDS if label else _FOUR_POINT, chosen, fill=fill, across=across, label=label)
        document.add_paragraph(f"Deputy Mayor's comment: The Deputy Mayor's view on question {number}.")
    return document


_FIELDS = ("question_number", "question", "evidence_summary", "assurance", "commentary", "topic")


def _expected_scale_decisions() -> list[tuple]:
    asked = (("1", "How many people were killed or seriously injured on the roads this year?", "Partly assured"),
             ("2", "How are reports of dangerous driving followed up?", "Not assured"),
             ("3", "What enforcement is planned on rural roads?", "Partly assured"))
    return [(number, question, f"The Force answered question {number}.", level,
             f"The Deputy Mayor's view on question {number}.", "Road safety") for number, question, level in asked]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_option_a_scale_after_the_answer_sets_apart_is_the_level(tmp_path: Path, form: str) -> None:
    # a row shaded grey, a row shaded green (no rating colour: it marks the choice), a column in bold after a label
    decisions = decision_fields(published(_scale_pack(), tmp_path / "notes.docx", form), *_FIELDS, sort=True)
    assert decisions == _expected_scale_decisions()


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_deferred_level_is_a_decision_without_a_level_its_commentary_what_the_slot_says(
        tmp_path: Path, form: str) -> None:
    document = Document()
    document.add_heading("Notes of the Scrutiny Meeting held on 3 June 2026", level=2)
    document.add_heading("Custody", level=3)
    for number, question, answer, slot, comment in (
            (1, "How long do detainees wait to be booked in?", "Waits fell to 20 minutes.", "Limited",
             "Commissioner's comment: The Commissioner asked for weekend figures."),
            (2, "What did the review of the death in custody find?", "The review has not reported.",
             "Not reached \u2013 the Commissioner will decide once the review reports.", None)):
        paragraph = document.add_paragraph()
        paragraph.add_run(f"Question {number}:").bold = True
        paragraph.add_run(f" {question}")
        document.add_paragraph(answer)
        document.add_paragraph().add_run(f"Assurance level: {slot}").bold = True
        if comment:
            document.add_paragraph(comment)
    document.add_paragraph("Decision: Deferred to the next meeting.")  # no question, no level named: no decision
    assert decision_fields(published(document, tmp_path / "notes.docx", form), *_FIELDS, sort=True) == [
        ("1", "How long do detainees wait to be booked in?", "Waits fell to 20 minutes.", "Partly assured",
         "The Commissioner asked for weekend figures.", "Custody"),
        ("2", "What did the review of the death in custody find?", "The review has not reported.", None,
         "the Commissioner will decide once the review reports.", "Custody")]


@pytest.mark.parametrize("by", ["number", "words"])
def test_a_summary_table_by_question_after_the_questions_gives_their_levels(tmp_path: Path, by: str) -> None:
    document = Document()
    document.add_heading("Public Scrutiny Meeting \u2013 Minutes \u2013 9 June 2026", level=1)
    document.add_heading("Neighbourhood policing", level=2)
    asked = (("How many officers were taken off their beats?", "Officers lost 12% of their time."),
             ("How are residents told what their team is doing?", "Every ward has a monthly newsletter."))
    for number, (question, answer) in enumerate(asked, start=1):
        document.add_paragraph().add_run(f"Q{number}. {question}").bold = True
        document.add_paragraph(answer)
    document.add_paragraph().add_run("Summary of assurance").bold = True
    table = document.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    for row, cells in enumerate((("Question", "Assurance", "Commissioner's comment"),
                                 ("Q2" if by == "number" else asked[1][0], "Assured", "A clear approach."),
                                 ("Q1" if by == "number" else asked[0][0], "Partially assured",
                                  "Abstraction is too high."))):
        for col, text in enumerate(cells):
            table.cell(row, col).text = text
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    assert decision_fields(path, *_FIELDS, sort=True) == [
        ("1", asked[0][0], asked[0][1], "Partly assured", "Abstraction is too high.", "Neighbourhood policing"),
        ("2", asked[1][0], asked[1][1], "Assured", "A clear approach.", "Neighbourhood policing")]


def test_an_item_numbered_as_a_minute_gives_its_title_as_the_topic(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Monitoring Board \u2013 Minutes of the meeting held on 4 March 2026", level=1)
    document.add_heading("26/14 Apologies", level=2)
    document.add_paragraph("Apologies were received from the Deputy Chief Constable.")
    document.add_heading("26/15 Fraud and cyber crime", level=2)
    paragraph = document.add_paragraph()
    paragraph.add_run("Line of enquiry 1:").bold = True
    paragraph.add_run(" How many victims of fraud were contacted within 48 hours?")
    document.add_paragraph("Nine in ten victims were contacted within 48 hours.")
    paragraph = document.add_paragraph()
    paragraph.add_run("Assurance:").bold = True
    paragraph.add_run(" Partial \u2013 the remaining tenth must be explained.")
    document.add_paragraph("Action (MB/A/26/05): The Force to explain the late contacts.")
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    found = records(path)
    assert decision_fields(path, *_FIELDS, sort=True) == [
        ("1", "How many victims of fraud were contacted within 48 hours?",
         "Nine in ten victims were contacted within 48 hours.", "Partly assured",
         "the remaining tenth must be explained.", "Fraud and cyber crime")]
    assert [action["topic"] for action in found["actions"]] == ["Fraud and cyber crime"]


def test_a_scale_of_rating_colours_read_against_the_key_gives_the_shaded_colours_level(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Accountability Meeting \u2013 Notes \u2013 8 July 2026", level=2)
    document.add_paragraph("Key: Green \u2013 assured; Amber \u2013 partially assured; Red \u2013 not assured.")
    document.add_heading("Question 1", level=3)
    document.add_paragraph("How many 999 calls were answered within ten seconds?")
    document.add_paragraph("Response: 86% of calls were answered within ten seconds.")
    _scale(document, ("Green", "Amber", "Red"), "Amber", fill="D9D9D9")
    document.add_paragraph("Commissioner's comment: The target is 90%.")
    path = tmp_path / "notes.docx"
    document.save(str(path))
    assert decision_fields(path, *_FIELDS, sort=True) == [("1", "How many 999 calls were answered within ten seconds?",
                                 "86% of calls were answered within ten seconds.", "Partly assured",
                                 "The target is 90%.", None)]
