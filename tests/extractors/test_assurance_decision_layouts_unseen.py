"""Decision layouts that failed on earlier rounds, in variants no other test
has, on real files: a level column headed in the office's own words, its
table running over a page with the header row repeated, a level cell with
a note under the level ("Partly assured" over "see action 3"), in the Word
file and in the PDF LibreOffice makes of it; questions minuted under a
minute's number ("5.1 How ...?") decided by a summary table by those
numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.shared import Cm
from reportlab.platypus import Paragraph

from files import AS_PUBLISHED, BODY, BOLD, H1, TITLE, grid, pdf, published, records, word_table

# (question, the force's answer, the level cell's paragraphs, canonical level, remark)
_ROWS = (
    ("How many burglaries were solved last year?",
     "The force solved 412 of 5,180 residential burglaries, a rate of 8 per cent, up from 6 per cent.",
     ["Assured"], "Assured", "The Commissioner welcomed the rise."),
    ("How quickly are burglary scenes examined?",
     "Scenes of crime officers attend 71 per cent of burglaries within 24 hours; rural scenes wait longest.",
     ["Partly assured", "see action 3"], "Partly assured", "The Commissioner asked for the rural figures."),
    ("How are repeat victims of burglary protected?",
     "Every repeat victim is offered a crime prevention visit, and 64 per cent accept one.",
     ["Not assured"], "Not assured", "The Commissioner asked for target hardening to be offered to all."),
    ("How does the force use its burglary hot spot maps?",
     "Patrol plans follow the weekly hot spot map, reviewed at the daily management meeting.",
     ["Assured"], "Assured", ""),
)
# long enough answers that the table runs over a page
_PADDING = " The figures are checked each month by the performance team and shared with neighbourhood inspectors."


def _pack(path: Path, form: str, level_header: str) -> list[dict]:
    document = Document()
    document.add_heading("Police and Crime Commissioner for Westshire", level=1)
    document.add_paragraph("Accountability Board \u2013 notes of the meeting held on 9 February 2027")
    document.add_heading("3. Burglary", level=2)
    table = document.add_table(rows=1 + len(_ROWS) * 3, cols=5)
    table.style = "Table Grid"
    for col, text in enumerate(["Ref", "Question", "Force response", level_header, "Remarks"]):
        table.cell(0, col).text = text
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # repeated on each page
    for col, width in enumerate((1.2, 3.5, 5.5, 3.0, 3.8)):  # as Word sets them: the grid and every cell
        table.columns[col].width = Cm(width)
        for cell in table.columns[col].cells:
            cell.width = Cm(width)
    rows = [row for n in range(3) for row in _ROWS]
    for at, (question, answer, level_cell, _, remark) in enumerate(rows, start=1):
        cells = table.rows[at].cells
        cells[0].text, cells[1].text, cells[2].text = f"Q{at}", question, answer + _PADDING
        cells[3].text = level_cell[0]
        for note in level_cell[1:]:
            cells[3].add_paragraph(note)
        cells[4].text = remark
    return records(published(document, path / "board.docx", form))["assurance_decisions"]


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("level_header", ["Commissioner's judgement", "Is the Commissioner assured?"])
def test_a_level_column_in_the_offices_words_over_pages_with_notes_under_levels(tmp_path: Path, form: str,
                                                                               level_header: str) -> None:
    decisions = _pack(tmp_path, form, level_header)
    rows = [row for n in range(3) for row in _ROWS]
    assert [(d["question_number"], d["question"], d["assurance"], d["commentary"], d["topic"]) for d in decisions] == [
        (str(at), question, level, remark or None, "Burglary")
        for at, (question, _, _, level, remark) in enumerate(rows, start=1)]


# (minute number, question, answer, subject, level as printed, canonical level)
_MINUTED = (("5.1", "How many domestic abuse arrests were made last quarter?",
             "The force made 1,310 arrests, 4 per cent fewer than the quarter before.", "Arrests", "Partial",
             "Partly assured"),
            ("5.2", "How quickly are protection notices applied for?",
             "Applications are made within 48 hours in 80 per cent of cases.", "Protection notices", "Substantial",
             "Assured"),
            ("5.3", "How are high-risk victims referred to an advocate?",
             "Every high-risk victim is referred on the day of the risk assessment.", "Referrals", "Limited",
             "Not assured"))
_SUMMARY_KEY = "Key: Substantial (assured), Partial (partly assured), Limited (not assured)."


def _minuted_then_summarised(path: Path, kind: str, header: list[str]) -> list[dict]:
    rows = [header, *[[number, subject, printed] for number, _, _, subject, printed, _ in _MINUTED]]
    if kind == "pdf":
        flow = [Paragraph("Office of the Police and Crime Commissioner for Southshire", TITLE),
                Paragraph("Performance Board", H1), Paragraph("Notes of the meeting held on 20 May 2027", BOLD),
                Paragraph("5. Domestic abuse", H1)]
        for number, question, answer, *_ in _MINUTED:
            flow += [Paragraph(f"{number} {question}", BOLD), Paragraph(answer, BODY)]
        flow += [Paragraph("Assurance outcomes", H1), grid(rows, [60, 200, 150]), Paragraph(_SUMMARY_KEY, BODY)]
        return records(pdf(path / "board.pdf", flow))["assurance_decisions"]
    document = Document()
    document.add_heading("Office of the Police and Crime Commissioner for Southshire", level=1)
    document.add_paragraph("Performance Board: notes of the meeting held on 20 May 2027")
    document.add_heading("5. Domestic abuse", level=2)
    for number, question, answer, *_ in _MINUTED:
        document.add_paragraph().add_run(f"{number} {question}").bold = True
        document.add_paragraph(answer)
    document.add_heading("Assurance outcomes", level=2)
    word_table(document, rows)
    document.add_paragraph(_SUMMARY_KEY)
    document.save(str(path / "board.docx"))
    return records(path / "board.docx")["assurance_decisions"]


@pytest.mark.parametrize("kind", ["pdf", "word"])
@pytest.mark.parametrize("header", [["Item", "Subject", "Commissioner's assurance"],
                                    ["Minute", "Subject", "Level of assurance"]])
def test_a_summary_by_minute_number_decides_the_questions_minuted_under_those_numbers(
        tmp_path: Path, kind: str, header: list[str]) -> None:
    """Questions minuted as bold "5.1 How ...?" lines, answered below, and
    decided only in a closing summary table by those numbers (Item |
    Subject | Commissioner's assurance), its levels read through its key."""
    decisions = _minuted_then_summarised(tmp_path, kind, header)
    assert [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["topic"])
            for d in decisions] == [(number, question, answer, level, "Domestic abuse")
                                    for number, question, answer, _, _, level in _MINUTED]


# (question, answer, the decider's sentence closing the answer, canonical level)
_SAID = (("How many fraud victims were contacted within 28 days?",
          "Referrals are contacted within 21 days on average.",
          "The Deputy Mayor said she was only partly assured, and asked for the figures by borough.", "Partly assured"),
         ("How are repeat fraud victims protected?", "Repeat victims are visited by a fraud protect officer.",
          "The Deputy Mayor was still not assured and asked for a plan.", "Not assured"),
         ("How is courier fraud prevented?", "Banks alert the force to unusual cash withdrawals.",
          "Having heard the answer, the Deputy Mayor was now assured.", "Assured"),
         ("How are romance fraud victims supported?", "Victims are referred to the economic crime unit.",
          "The Deputy Mayor expressed partial assurance and asked for the referral times.", "Partly assured"))


@pytest.mark.parametrize("kind", ["pdf", "word"])
def test_a_level_in_the_deciders_sentence_with_a_word_before_it(tmp_path: Path, kind: str) -> None:
    """The decider's sentence closing each answer gives the level though a
    word stands between the verb and the level ("was only partly assured",
    "was still not assured", "was now assured") or it voices the level
    ("expressed partial assurance"); the sentence is the commentary."""
    lines = [("Notes of the Police and Crime Board held on 8 May 2027", "h"), ("4. Fraud", "h")]
    for number, (question, answer, said, _) in enumerate(_SAID, start=1):
        lines += [(f"Question {number}: {question}", "b"), (f"Response: {answer}", "p"), (said, "p")]
    if kind == "pdf":
        path = pdf(tmp_path / "notes.pdf", [Paragraph(text, H1 if style == "h" else BOLD if style == "b" else BODY)
                                            for text, style in lines])
    else:
        document = Document()
        for text, style in lines:
            if style == "h":
                document.add_heading(text, level=1)
            else:
                document.add_paragraph().add_run(text).bold = style == "b" or None
        path = tmp_path / "notes.docx"
        document.save(str(path))
    assert [(d["question_number"], d["question"], d["assurance"], d["commentary"], d["topic"])
            for d in records(path)["assurance_decisions"]] == [
        (str(number), question, level, said, "Fraud") for number, (question, _, said, level) in enumerate(_SAID, start=1)]


def test_the_previous_meetings_decisions_in_the_pack_are_dated_by_its_notes(tmp_path: Path) -> None:
    """A pack for the meeting of 12 June 2027 (its agenda first) holding the
    notes of 10 April 2027 with their decisions table, then the questions
    set for this meeting with their level cells still empty: the decisions
    are the earlier meeting's, dated by its notes; the questions still to
    be answered give none."""
    document = Document()
    document.add_heading("Police and Crime Commissioner for Westshire", level=1)
    document.add_paragraph("Strategic Scrutiny Board \u2013 12 June 2027")
    document.add_heading("Agenda", level=2)
    word_table(document, [["No.", "Item", "Lead"], ["1", "Apologies", "Chair"],
                          ["2", "Notes of the last meeting", "Chair"], ["3", "Rural crime", "Chief Inspector"]])
    document.add_page_break()
    document.add_heading("Notes of the Strategic Scrutiny Board held on 10 April 2027", level=2)
    document.add_heading("3. Stalking", level=3)
    word_table(document, [["No.", "Question", "Response", "Assurance level", "Comments"],
                          ["1", "How many stalking protection orders were made?", "Eleven orders were made.",
                           "Partly assured", "More orders are expected."],
                          ["2", "How are stalking victims kept informed?", "Each victim has a named officer.",
                           "Assured", ""]])
    document.add_page_break()
    document.add_heading("3. Rural crime \u2013 questions for this meeting", level=2)
    word_table(document, [["No.", "Question", "Response", "Assurance level", "Comments"],
                          ["1", "How many farm thefts were reported?", "", "", ""],
                          ["2", "How is the rural crime team deployed?", "", "", ""]])
    document.save(str(tmp_path / "pack.docx"))
    assert [(d["question_number"], d["question"], d["assurance"], d["meeting_date"], d["topic"])
            for d in records(tmp_path / "pack.docx")["assurance_decisions"]] == [
        ("1", "How many stalking protection orders were made?", "Partly assured", "2027-04-10", "Stalking"),
        ("2", "How are stalking victims kept informed?", "Assured", "2027-04-10", "Stalking")]


@pytest.mark.parametrize("kind", ["pdf", "word"])
def test_an_answer_run_on_after_the_question_mark_in_a_question_and_response_cell(tmp_path: Path, kind: str) -> None:
    """A "Question and response" column whose cell is one paragraph, the
    answer run on after the question mark ("How many ...? 412 of 5,180
    were solved."): the question ends at its question mark, the rest is the
    evidence."""
    asked = (("How many burglaries were solved? Were any repeat offences?", "412 of 5,180; 30 were repeats.",
              "Assured", "Welcomed."),
             ("How quickly are burglary scenes examined?", "71 per cent within a day.", "Partly assured",
              "Asked for the rural figures."))
    rows = [["No.", "Question and response", "Assurance level", "Comments"],
            *[[str(n), f"{question} {answer}", level, comment]
              for n, (question, answer, level, comment) in enumerate(asked, start=1)]]
    if kind == "pdf":
        path = pdf(tmp_path / "notes.pdf", [Paragraph("Notes of the Accountability Board held on 9 February 2027", H1),
                                            Paragraph("3. Burglary", H1), grid(rows, [30, 250, 90, 110])])
    else:
        document = Document()
        document.add_heading("Notes of the Accountability Board held on 9 February 2027", level=1)
        document.add_heading("3. Burglary", level=2)
        word_table(document, rows)
        path = tmp_path / "notes.docx"
        document.save(str(path))
    assert [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"])
            for d in records(path)["assurance_decisions"]] == [
        (str(n), question, answer, level, comment) for n, (question, answer, level, comment) in enumerate(asked, start=1)]
