"""Actions typed inside a question table's decision cell, under the level and
the comment ("Action DB 31/14: ...", run on after the comment where a PDF's
reader joins the lines, or under an "Actions:" label), with no list of actions
in the notes: each is an action minuted at that meeting, on the item the table
sits under and on the page where it is typed, though the action tracker on a
later page reprints it; on a Word file and on a reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, H1, grid, pdf, records, word_table
from reportlab.lib import colors
from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle

QUESTIONS = [  # (question, evidence, decision cell's paragraphs as (text, bold, italic))
    ("1. How many hate crimes reached a charge?", "The charge rate rose to 14%.",
     [("Assured", True, False), ("The PCC noted the rise.", False, True)]),
    ("2. How are repeat victims of hate crime supported?", "A new caseworker started in May.",
     [("Partly assured", True, False), ("The PCC wants to see the caseworker's results.", False, True),
      ("Action DB 31/14: Report the caseworker's first quarter results.", False, False)]),
    # the comment and the action in one paragraph, as a PDF's reader joins a short line to the one above
    ("3. How quickly are victims contacted after a report?", "Contact takes four days on average.",
     [("Not assured", True, False),
      ("The PCC was concerned at the delay. Action DB 31/15: Set a target for contacting victims within a day.",
       False, False)]),
    ("4. How are hate crime reports from schools handled?", "Schools report through the liaison officers.",
     [("Assured", True, False), ("Actions:", True, False),
      ("DB 31/16 \u2013 Share the schools reporting guide with the Board.", False, False)]),
]
TRACKER = [["Ref", "Board", "Action", "Update", "Status"],
           ["DB 31/09", "7 April 2031", "Audit the recording of hate crime flags.", "Audit finished in May.", "Closed"],
           ["DB 31/14", "2 June 2031", "Report the caseworker's first quarter results.", "First report due in September.",
            "Open"],
           ["DB 31/15", "2 June 2031", "Set a target for contacting victims within a day.", "Target set on 20 June.",
            "Closed"]]


def _pack(path: Path) -> Path:
    header = ["Question", "Summary of evidence", "PCC decision"]
    if path.suffix == ".docx":
        document = Document()
        document.add_heading("Delivery Board", level=1)
        document.add_heading("Minutes of the Delivery Board \u2013 2 June 2031", level=2)
        document.add_heading("3. Hate crime", level=3)
        table = document.add_table(rows=1 + len(QUESTIONS), cols=3)
        table.style = "Table Grid"
        for col, text in enumerate(header):
            table.cell(0, col).text = text
        for row, (question, evidence, decision) in enumerate(QUESTIONS, start=1):
            table.cell(row, 0).text, table.cell(row, 1).text = question, evidence
            cell = table.cell(row, 2)
            for at, (text, bold, italic) in enumerate(decision):
                run = (cell.paragraphs[0] if at == 0 else cell.add_paragraph()).add_run(text)
                run.bold, run.italic = bold or None, italic or None
        document.add_page_break()
        document.add_heading("Action tracker", level=2)
        word_table(document, TRACKER)
        document.save(str(path))
        return path

    return pdf(path, [Paragraph("Delivery Board", H1), Paragraph("Minutes of the Delivery Board \u2013 2 June 2031", H1),
                      Paragraph("3. Hate crime", H1), _question_table(header), PageBreak(),
                      Paragraph("Action tracker", H1), grid(TRACKER, [55, 70, 150, 130, 60])])


def _question_table(header: list[str]) -> Table:
    """The ruled question table, its decision cells of several paragraphs (bold level, italic comment, actions)."""
    rows = [[Paragraph(text, BODY) for text in header]]
    for question, evidence, decision in QUESTIONS:
        rows.append([Paragraph(question, BODY), Paragraph(evidence, BODY),
                     [Paragraph(f"<b>{text}</b>" if bold else f"<i>{text}</i>" if italic else text, BODY)
                      for text, bold, italic in decision]])
    table = Table(rows, colWidths=[150, 170, 170])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_actions_typed_under_the_decision_are_minuted_where_typed(tmp_path: Path, suffix: str) -> None:
    found = {a["number"]: a for a in records(_pack(tmp_path / f"pack{suffix}"))["actions"]}

    minuted_page = None if suffix == ".docx" else 1
    assert {ref: (a["text"], a["meeting_date"], a["topic"], a["page"], a["status"]) for ref, a in found.items()} == {
        "DB 31/09": ("Audit the recording of hate crime flags.", "2031-04-07", None,
                     None if suffix == ".docx" else 2, "complete"),
        "DB 31/14": ("Report the caseworker's first quarter results.", "2031-06-02", "Hate crime", minuted_page,
                     "outstanding"),
        "DB 31/15": ("Set a target for contacting victims within a day.", "2031-06-02", "Hate crime", minuted_page,
                     "complete"),
        "DB 31/16": ("Share the schools reporting guide with the Board.", "2031-06-02", "Hate crime", minuted_page,
                     "unknown")}
