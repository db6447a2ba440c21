"""Decision forms of the scrutiny round 40 misses, on generated files: a
card per question whose title row across it ("Question 3") numbers it; a
grid of tick columns whose only remark on each question is an unlabelled
row under it merged across the level columns (the commentary); a level
deferred under the label that gives the other questions their levels
("Commissioner's assessment: Deferred to the April meeting ...": a
decision with no level)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from files import BODY, BOLD, H1, decision_fields, pdf, records

_CELL = BODY.clone("cell", fontSize=9, leading=11, spaceAfter=0)


_FIELDS = ("question_number", "question", "evidence_summary", "assurance", "commentary")


# (question, response, level, comment)
_CARDS = (("How many stalking protection orders were applied for?", "Twenty-seven were applied for.", "Assured",
           "A marked improvement."),
          ("Are stalking cases identified when first reported?", "An audit found a third were missed.",
           "Not assured", "Training is to be finished by July."))


def test_a_cards_title_row_numbers_its_question_in_a_word_file(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Notes of the Scrutiny Meeting – 8 March 2028", level=1)
    document.add_heading("Stalking and harassment", level=2)
    for number, (question, response, level, comment) in enumerate(_CARDS, start=1):
        table = document.add_table(rows=5, cols=2)
        table.style = "Table Grid"
        title = table.cell(0, 0).merge(table.cell(0, 1))
        title.text = f"Question {number}"
        for row, (label, value) in enumerate((("Question", question), ("Response", response),
                                              ("Level of assurance", level), ("Commissioner's comment", comment)),
                                             start=1):
            table.cell(row, 0).text, table.cell(row, 1).text = label, value
        document.add_paragraph()
    document.save(str(tmp_path / "notes.docx"))
    assert decision_fields(tmp_path / "notes.docx", *_FIELDS) == [
        (str(number), question, response, level, comment)
        for number, (question, response, level, comment) in enumerate(_CARDS, start=1)]


# (question, the column ticked, its level, the remark under it)
_TICKED = (("How many victims received a call back within a day?", 2, "Assured",
            "93% were called back. The Commissioner asked that this is kept up."),
           ("Are protection notices applied for in every eligible case?", 3, "Partly assured",
            "A third of eligible cases were missed. Supervisors are to check every case."),
           ("How is the backlog of disclosure requests managed?", 4, "Not assured",
            "Some requests are over 60 days old. A recovery plan is required."))


def test_an_unlabelled_row_merged_under_a_ticked_question_is_its_commentary_on_a_pdf(tmp_path: Path) -> None:
    data: list[list] = [[Paragraph(text, _CELL) for text in ("No.", "Question", "Assured", "Partially assured",
                                                             "Not assured")]]
    spans = []
    for number, (question, ticked, _, remark) in enumerate(_TICKED, start=1):
        data.append([str(number), Paragraph(question, _CELL), *("X" if col == ticked else "" for col in (2, 3, 4))])
        data.append(["", Paragraph(remark, _CELL), "", "", ""])
        spans.append(("SPAN", (1, len(data) - 1), (4, len(data) - 1)))
    table = Table(data, colWidths=[30, 190, 60, 70, 60])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), *spans]))
    flow = [Paragraph("Minutes – Accountability Board – 20 March 2028", H1), Paragraph("3. Domestic abuse", BOLD),
            Paragraph("The Commissioner's view on each question is marked in the grid, with the remarks recorded "
                      "under each question.", BODY), table]
    assert [(number, question, level, commentary) for number, question, _, level, commentary
            in decision_fields(pdf(tmp_path / "minutes.pdf", flow), *_FIELDS)] == [
        (str(number), question, level, remark) for number, (question, _, level, remark) in enumerate(_TICKED, start=1)]


def test_a_level_deferred_under_the_assessments_label_is_a_decision_with_no_level(tmp_path: Path) -> None:
    flow = [Paragraph("Notes of the Performance Scrutiny Board held on 14 February 2028", H1),
            Paragraph("4. Custody", BOLD),
            Paragraph("4.1 Are detainees seen by a nurse within the hour?", BODY),
            Paragraph("The standard was met for 71% of detainees.", BODY),
            Paragraph("Commissioner's assessment: Limited assurance. The matter is escalated.", BODY),
            Paragraph("4.2 How many children were held overnight, and why?", BODY),
            Paragraph("Thirty-two children were held overnight.", BODY),
            Paragraph("Commissioner's assessment: Deferred to the April meeting, when the reasons will be reported.",
                      BODY)]
    decisions = records(pdf(tmp_path / "notes.pdf", flow))["assurance_decisions"]
    assert [(d["question_number"], d["question"], d["assurance"]) for d in decisions] == [
        ("4.1", "Are detainees seen by a nurse within the hour?", "Partly assured"),
        ("4.2", "How many children were held overnight, and why?", None)]
    assert "April meeting" in decisions[1]["commentary"]
