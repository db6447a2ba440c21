"""A decisions grid whose first column names each item ("Item": "4. Youth
justice", merged down over the item's questions) beside a column numbering
the questions ("No.": "4.1", "4.2"), on a reportlab PDF and a Word file:
each row is its own decision, numbered by the No. column and titled by the
item its merged cell names, never one decision per item."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from files import BODY, H1, pdf, records

# (item, number, question, response, level, comment)
_ROWS = (("4. Youth justice", "4.1", "How many children were diverted from court in the year?",
          "212 children were diverted, up 18 per cent.", "Assured", ""),
         ("4. Youth justice", "4.2", "Are children in custody seen by an appropriate adult quickly?",
          "The average wait was 4.5 hours.", "Not assured", "Waiting times must fall."),
         ("5. Digital forensics", "5.1", "How long does it take to examine a seized phone?",
          "The median is 38 days.", "Partly assured", "The backlog is to be reported monthly."),
         ("5. Digital forensics", "5.2", "Is the forensics unit on track for accreditation?",
          "The unit was accredited in February.", "Assured", "A good result."))
_HEADER = ("Item", "No.", "Question", "Response", "Assurance level", "Comment")


def _expected() -> list[tuple]:
    return [(number, question, response, level, comment or None, item.split(". ", 1)[1])
            for item, number, question, response, level, comment in _ROWS]


def _found(path: Path) -> list[tuple]:
    return [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"], d["topic"])
            for d in records(path)["assurance_decisions"]]


def test_each_row_under_a_merged_item_cell_is_a_decision_on_a_pdf(tmp_path: Path) -> None:
    cell = BODY.clone("cell", fontSize=8, leading=10)
    data = [[Paragraph(text, cell) for text in _HEADER]] + [[Paragraph(text, cell) if n % 2 == 0 or col else Paragraph("", cell)
                               for col, text in enumerate(row)] for n, row in enumerate(_ROWS)]
    table = Table(data, colWidths=[70, 30, 120, 110, 60, 100])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("SPAN", (0, 1), (0, 2)),
                               ("SPAN", (0, 3), (0, 4)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow = [Paragraph("Minutes of the Accountability Board – 30 March 2028", H1),
            Paragraph("Items 4 and 5 were scrutinised through the questions below.", BODY), table]
    assert _found(pdf(tmp_path / "minutes.pdf", flow)) == _expected()


def test_each_row_under_a_merged_item_cell_is_a_decision_in_a_word_file(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Accountability Board – 30 March 2028", level=1)
    document.add_paragraph("Items 4 and 5 were scrutinised through the questions below.")
    table = document.add_table(rows=1 + len(_ROWS), cols=len(_HEADER))
    table.style = "Table Grid"
    for col, text in enumerate(_HEADER):
        table.cell(0, col).text = text
    for row, values in enumerate(_ROWS, start=1):
        for col, text in enumerate(values[1:], start=1):
            table.cell(row, col).text = text
    for first in (1, 3):
        merged = table.cell(first, 0).merge(table.cell(first + 1, 0))
        merged.text = _ROWS[first - 1][0]
    document.save(str(tmp_path / "minutes.docx"))
    assert _found(tmp_path / "minutes.docx") == _expected()
