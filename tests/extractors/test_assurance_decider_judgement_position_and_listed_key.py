"""Decisions given under labels an office names after its decider, and
outcomes a bulleted key defines, on small real Word files and reportlab
PDFs:

- a row merged across a Question | Response table under each question,
  "DMPC judgement: Assured. <comment>": the judgement is that question's
  level, the rest its commentary;
- a minuted line "PCC's position: Partial assurance. <comment>" after each
  answer, the office's own scale keyed in a sentence ("Sufficient assurance
  (he is assured), ..."): the position is the level;
- a key set out as bullets, each item closing with the ";" that joins it to
  the next and an outcome hyphenated ("Accepted with follow-up – the Mayor
  is partly assured ...;"), the outcome given in a "Judgement | Accepted"
  box after each answer: the key's meaning is the level."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, BOLD, H1, pdf, records
from reportlab.platypus import Paragraph

# (question, answer, outcome as printed, comment, canonical level)
_ASKED = (("How many burglaries were solved last year?", "One in nine burglaries was solved, up from one in twelve.",
           "Assured", "The chair welcomed the rise.", "Assured"),
          ("How quickly are burglary scenes visited?", "Most scenes are visited within two days; some wait a week.",
           "Partially assured", "The chair asked for the waits to be reported by district.", "Partly assured"),
          ("How are repeat victims of burglary protected?", "No figures were available on repeat victims.",
           "Not assured", "The chair asked for a plan by the next meeting.", "Not assured"))


def _found(path: Path) -> list[tuple]:
    return sorted((d["question"], d["evidence_summary"], d["assurance"], d["commentary"])
                  for d in records(path)["assurance_decisions"])


def _expected() -> list[tuple]:
    return sorted((question, answer, level, comment) for question, answer, _, comment, level in _ASKED)


def test_a_judgement_row_merged_under_each_question_decides_it(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Oversight Board", level=1)
    document.add_heading("Oversight Board \u2013 minutes of the meeting held on 14 March 2027", level=2)
    document.add_heading("2. Burglary", level=3)
    document.add_paragraph("The Deputy Mayor's judgement on each question is recorded under it.")
    table = document.add_table(rows=1 + 2 * len(_ASKED), cols=3)
    table.style = "Table Grid"
    for col, text in enumerate(("Ref", "Question", "Response")):
        table.cell(0, col).text = text
    for number, (question, answer, printed, comment, _) in enumerate(_ASKED, start=1):
        row = 2 * number - 1
        for col, text in enumerate((f"BG{number}", question, answer)):
            table.cell(row, col).text = text
        merged = table.cell(row + 1, 0).merge(table.cell(row + 1, 2))
        merged.text = f"DMPC judgement: {printed}. {comment}"
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    assert _found(path) == _expected()


def test_the_deciders_position_under_its_label_is_the_level(tmp_path: Path) -> None:
    scale = {"Assured": "Sufficient assurance", "Partially assured": "Partial assurance",
             "Not assured": "Insufficient assurance"}
    flow = [Paragraph("Minutes of the Performance Meeting held on 14 March 2027", H1),
            Paragraph("3. Burglary", BOLD),
            Paragraph("The PCC records his position on each question as Sufficient assurance (he is assured), "
                      "Partial assurance (he is partly assured) or Insufficient assurance (he is not assured).", BODY)]
    for number, (question, answer, printed, comment, _) in enumerate(_ASKED, start=1):
        flow += [Paragraph(f"3.{number} Question {number}: {question}", BODY), Paragraph(answer, BODY),
                 Paragraph(f"PCC's position: {scale[printed]}. {comment}", BODY)]
    assert _found(pdf(tmp_path / "minutes.pdf", flow)) == _expected()


def test_a_bulleted_key_of_outcomes_closing_with_semicolons_keys_the_judgement(tmp_path: Path) -> None:
    outcomes = {"Assured": "Accepted", "Partially assured": "Accepted with follow-up", "Not assured": "Not accepted"}
    document = Document()
    document.add_heading("Notes of the Policing Board \u2013 14 March 2027", level=2)
    document.add_paragraph("Topic: Burglary")
    document.add_paragraph("After each response the Mayor recorded a judgement on the Board's scale:")
    for line in ("Accepted \u2013 the Mayor is assured by the response;",
                 "Accepted with follow-up \u2013 the Mayor is partly assured and expects a further update;",
                 "Not accepted \u2013 the Mayor is not assured and the matter returns to the Board."):
        document.add_paragraph(line, style="List Bullet")
    for number, (question, answer, printed, comment, _) in enumerate(_ASKED, start=1):
        document.add_heading(f"Line of enquiry {number}", level=3)
        document.add_heading(question, level=3)
        document.add_paragraph(f"Force response: {answer}")
        box = document.add_table(rows=2, cols=2)
        box.style = "Table Grid"
        for row, (label, value) in enumerate((("Judgement", outcomes[printed]), ("Rationale", comment))):
            box.cell(row, 0).text, box.cell(row, 1).text = label, value
    path = tmp_path / "notes.docx"
    document.save(str(path))
    assert _found(path) == _expected()
