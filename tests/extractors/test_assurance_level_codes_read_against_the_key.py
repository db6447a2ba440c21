"""Assurance decisions whose levels are codes read against the pack's key line,
on small real Word files and the PDFs LibreOffice makes of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt
from files import AS_PUBLISHED, published, records, word_table

_ASKED = (
    ("Q1", "How are repeat callers to 101 identified?", "Callers are matched by number.", "PA",
     "The chair asked for the matching rate."),
    ("Q2", "How quickly are 999 calls answered?", "94 per cent within ten seconds.", "A", "The chair was content."),
    ("Q3", "How is the call handling backlog being reduced?", "No figures were given.", "NA",
     "The chair asked for a plan."))


def _coded_pack() -> Document:
    document = Document()
    document.add_heading("Notes of the Accountability Meeting held on 12 October 2026", level=1)
    document.add_paragraph("Key to levels: A – Assured; PA – Partly assured; NA – Not assured")
    word_table(document, [["Ref", "Line of questioning", "Response from the force", "Level", "Chair's comment"],
                          *[list(row) for row in _ASKED]])
    document.add_paragraph("Any other business: none.")
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_level_codes_in_a_level_column_are_read_against_the_key_line(tmp_path: Path, form: str) -> None:
    found = records(published(_coded_pack(), tmp_path / "coded.docx", form))["assurance_decisions"]
    levels = {"A": "Assured", "PA": "Partly assured", "NA": "Not assured"}
    assert sorted((d["question"], d["evidence_summary"], d["assurance"], d["commentary"]) for d in found) == sorted(
        (question, answer, levels[code], comment) for _, question, answer, code, comment in _ASKED)


def _outcome_pack() -> Document:
    document = Document()
    document.add_paragraph("At the conference the Commissioner records an outcome for each question: Content "
                           "(the Commissioner is assured), Partly content (partly assured) or Not content (not assured).")
    document.add_heading("Minutes of the Accountability Conference held on 12 October 2026", level=1)
    document.add_heading("Call handling", level=2)
    for number, (_, question, answer, code, comment) in enumerate(_ASKED, start=1):
        outcome = {"A": "Content", "PA": "Partly content", "NA": "Not content"}[code]
        document.add_paragraph(f"Q{number} {question}")
        document.add_paragraph(f"Response: {answer}")
        document.add_paragraph(f"Outcome: {outcome}. {comment}")
    document.add_heading("Any other business", level=2)
    document.add_paragraph("None.")
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_outcomes_are_read_against_a_key_sentence_giving_each_its_level_in_brackets(
        tmp_path: Path, form: str) -> None:
    found = records(published(_outcome_pack(), tmp_path / "outcomes.docx", form))["assurance_decisions"]
    levels = {"A": "Assured", "PA": "Partly assured", "NA": "Not assured"}
    assert sorted((d["question"], d["evidence_summary"], d["assurance"], d["commentary"]) for d in found) == sorted(
        (question, answer, levels[code], comment) for _, question, answer, code, comment in _ASKED)


def _kloe_pack() -> Document:
    document = Document()
    document.add_heading("Notes of the Governance Board – 12 October 2026", level=1)
    document.add_heading("Item 3: Call handling", level=2)
    levels = {"A": "Assured", "PA": "Partially assured", "NA": "Not assured"}
    word_table(document, [["KLOE", "Response", "Assurance"],
                          *[[f"KLOE {number}: {question}", answer, levels[code]]
                            for number, (_, question, answer, code, _) in enumerate(_ASKED, start=1)]])
    document.add_heading("Item 4: Any other business", level=2)
    document.add_paragraph("No other business was raised.")
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_question_under_its_number_label_is_read_from_the_numbered_column(tmp_path: Path, form: str) -> None:
    found = records(published(_kloe_pack(), tmp_path / "kloe.docx", form))["assurance_decisions"]
    levels = {"A": "Assured", "PA": "Partly assured", "NA": "Not assured"}
    assert sorted((d["question_number"], d["question"], d["evidence_summary"], d["assurance"]) for d in found) == [
        (str(number), question, answer, levels[code])
        for number, (_, question, answer, code, _) in enumerate(_ASKED, start=1)]


def _question_boxes() -> Document:
    document = Document()
    document.add_heading("Accountability Board – Notes of the meeting held on 12 October 2026", level=2)
    document.add_heading("Item 2 – Call handling", level=3)
    levels = {"A": "Assured", "PA": "Partially assured", "NA": "Not assured"}
    for number, (_, question, answer, code, comment) in enumerate(_ASKED, start=1):
        table = document.add_table(rows=3, cols=2)
        table.style = "Table Grid"
        for row, (label, text) in enumerate(((f"Question {number}", question), ("Response", answer))):
            table.cell(row, 0).text, table.cell(row, 1).text = label, text
        table.cell(2, 0).merge(table.cell(2, 1)).text = f"Outcome: {levels[code]}. {comment}"
        document.add_paragraph()
    document.add_heading("Item 3 – Any other business", level=3)
    document.add_paragraph("None.")
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_merged_row_under_a_decision_label_closes_the_question_above_it(tmp_path: Path, form: str) -> None:
    found = records(published(_question_boxes(), tmp_path / "boxes.docx", form))["assurance_decisions"]
    levels = {"A": "Assured", "PA": "Partly assured", "NA": "Not assured"}
    assert sorted((d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"])
                  for d in found) == [(str(number), question, answer, levels[code], comment)
                                      for number, (_, question, answer, code, comment) in enumerate(_ASKED, start=1)]


def _minutes_table() -> Document:
    document = Document()
    document.add_heading("Minutes of the Scrutiny Board – 12 October 2026", level=2)
    table = document.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    for col, text in enumerate(("Minute", "Discussion", "Action")):
        table.cell(0, col).text = text
    table.cell(1, 0).text, table.cell(1, 1).text = "1", "Apologies were received from the Deputy Chief Constable."
    table.cell(2, 0).text = "2"
    notes = table.cell(2, 1)
    notes.paragraphs[0].add_run("Call handling").bold = True
    levels = {"A": "Assured", "PA": "Partially assured", "NA": "Not assured"}
    for number, (_, question, answer, code, comment) in enumerate(_ASKED, start=1):
        for line in (f"PCC question {number}: {question}", f"Response: {answer}",
                     f"Assurance: {levels[code]}. {comment}"):
            notes.add_paragraph(line).paragraph_format.space_before = Pt(6)  # paragraphs set apart, as packs print them
    table.cell(2, 2).text = "SB 12: Report the matching rate. (Owner: Head of Contact)"
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_questions_minuted_inside_a_minutes_table_are_decisions_under_the_rows_bold_topic(
        tmp_path: Path, form: str) -> None:
    found = records(published(_minutes_table(), tmp_path / "minutes.docx", form))["assurance_decisions"]
    levels = {"A": "Assured", "PA": "Partly assured", "NA": "Not assured"}
    assert sorted((d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"],
                   d["topic"], d["meeting_date"]) for d in found) == [
        (str(number), question, answer, levels[code], comment, "Call handling", "2026-10-12")
        for number, (_, question, answer, code, comment) in enumerate(_ASKED, start=1)]


def _bilingual_pack() -> Document:
    document = Document()
    document.add_heading("Bwrdd Atebolrwydd Plismona / Policing Accountability Board", level=1)
    document.add_heading("Cofnodion y Bwrdd – 10 Tachwedd 2026 / Minutes of the Board – 10 November 2026", level=2)
    document.add_paragraph("Yn bresennol / Present: Commissioner (Chair); Chief Constable.")
    welsh = {"A": "Sicr / Assured", "PA": "Rhannol sicr / Partly assured", "NA": "Dim sicrwydd / Not assured"}
    rows = [["Rhif / No.", "Cwestiwn / Question", "Ymateb yr Heddlu / Force response", "Sicrwydd / Assurance"]]
    rows += [[str(number), question, answer, welsh[code]]
             for number, (_, question, answer, code, _) in enumerate(_ASKED, start=1)]
    word_table(document, rows)
    for row, (*_, comment) in enumerate(_ASKED, start=1):
        document.tables[0].cell(row, 3).paragraphs[0].runs[0].bold = True  # the level set apart, the comment below
        document.tables[0].cell(row, 3).add_paragraph(comment)
    document.add_paragraph("Unrhyw fater arall / Any other business: Dim / None.")
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_level_printed_in_welsh_and_english_is_read_on_its_english_side(tmp_path: Path, form: str) -> None:
    found = records(published(_bilingual_pack(), tmp_path / "bilingual.docx", form))["assurance_decisions"]
    levels = {"A": "Assured", "PA": "Partly assured", "NA": "Not assured"}
    assert sorted((d["question"], d["assurance"], d["commentary"]) for d in found) == sorted(
        (question, levels[code], comment) for _, question, _, code, comment in _ASKED)


def _referenced_minutes() -> Document:
    document = Document()
    document.add_heading("Minutes of the Monitoring Board held on 12 October 2026", level=2)
    document.add_heading("Ref 01/12/10/2026 – Welcome and apologies", level=3)
    document.add_paragraph("There were no apologies.")
    document.add_heading("Ref 02/12/10/2026 – Call handling", level=3)
    for number, (_, question, answer, _, _) in enumerate(_ASKED, start=1):
        document.add_paragraph(f"Question {number}: {question}")
        document.add_paragraph(f"Chief Constable's response: {answer}")
    document.add_paragraph("ACTION 26/52: Report the matching rate for repeat callers.")
    document.add_heading("Summary of assurance", level=3)
    levels = {"A": "Substantial", "PA": "Limited", "NA": "No assurance"}
    word_table(document, [["Question", "Level of assurance", "Commissioner's comment"],
                          *[[f"Q{number}", levels[code], comment]
                            for number, (*_, code, comment) in enumerate(_ASKED, start=1)]])
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_minutes_reference_is_no_part_of_the_topic_and_labels_and_actions_no_part_of_the_answer(
        tmp_path: Path, form: str) -> None:
    found = records(published(_referenced_minutes(), tmp_path / "referenced.docx", form))
    levels = {"A": "Assured", "PA": "Partly assured", "NA": "Not assured"}
    assert sorted((d["question_number"], d["topic"], d["question"], d["evidence_summary"], d["assurance"])
                  for d in found["assurance_decisions"]) == [
        (str(number), "Call handling", question, answer, levels[code])
        for number, (_, question, answer, code, _) in enumerate(_ASKED, start=1)]
    assert [(a["number"], a["topic"]) for a in found["actions"]] == [("26/52", "Call handling")]
    assert [(m["meeting_date"], m["topic"]) for m in found["meetings"]] == [("2026-10-12", "Call handling")]
