"""A closing summary of assurance that decides, by number, questions asked
earlier in the minutes: Minute | Question | Assurance | Note, the Question
column holding only the question's number ("Q1") beside the minute's
reference ("SAB 28/13"), a row split by a page break with the header
repeated, on a reportlab PDF and a Word file. Each question minuted as
"Question N: ...?" takes its row's level, the Note its commentary, the
minute's title (without the reference, board initials and all) its topic."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from files import BODY, H1, pdf, records, word_table

# (question, answer, level, note)
_ASKED = (("How has the volume of speeding complaints changed since last year?",
           "Complaints fell by 9 per cent, but repeat complaints from the same streets rose.", "Assured",
           "Repeat complaints to be monitored by the neighbourhood teams in each district over the summer."),
          ("How are community speed watch groups supported?", "Forty groups are trained and equipped.", "Assured", ""),
          ("How are fixed penalty notices followed up?", "Unpaid notices are not chased after 60 days.", "Not assured",
           "A follow-up process must be agreed."),
          ("What use is made of average speed cameras?", "Three routes have cameras; two more are planned.",
           "Partly assured", "Results of the pilot to be reported."))
_HEADER = ("Minute", "Question", "Assurance", "Note")


def _minutes() -> list[tuple[str, str]]:
    lines = [("h", "Minutes of the Road Safety Board held on 7 March 2028"), ("h", "RSB 28/13 Speeding"),
             ("p", "The Commissioner's level of assurance on each question is in the summary at the end.")]
    for number, (question, answer, *_) in enumerate(_ASKED, start=1):
        lines += [("p", f"Question {number}: {question}"), ("p", answer)]
    return [*lines, ("h", "RSB 28/14 Any other business"), ("p", "None."), ("h", "Summary of assurance")]


def _rows() -> list[tuple[str, ...]]:
    return [_HEADER, *[("RSB 28/13", f"Q{number}", level, note)
                       for number, (_, _, level, note) in enumerate(_ASKED, start=1)]]


def _expected() -> list[tuple]:
    return [(str(number), question, answer, level, note or None, "Speeding")
            for number, (question, answer, level, note) in enumerate(_ASKED, start=1)]


def _found(path: Path) -> list[tuple]:
    return [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"], d["topic"])
            for d in records(path)["assurance_decisions"]]


def test_a_summary_row_split_over_a_page_decides_its_question_on_a_pdf(tmp_path: Path) -> None:
    flow = [Paragraph(text, H1 if kind == "h" else BODY) for kind, text in _minutes()]
    # push the summary to the foot of the page, so its first row (its long note) breaks over it
    flow.insert(-1, Spacer(1, 300))
    table = Table([[*row[:3], Paragraph(row[3], BODY)] for row in _rows()], colWidths=[70, 50, 80, 140],
                  repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow.append(table)
    assert _found(pdf(tmp_path / "minutes.pdf", flow)) == _expected()


def test_a_summary_by_question_number_beside_the_minute_decides_in_a_word_file(tmp_path: Path) -> None:
    document = Document()
    for kind, text in _minutes():
        if kind == "h":
            document.add_heading(text, level=2)
        else:
            document.add_paragraph(text)
    word_table(document, [list(row) for row in _rows()])
    document.save(str(tmp_path / "minutes.docx"))
    assert _found(tmp_path / "minutes.docx") == _expected()


def test_a_summary_across_the_page_a_column_each_question_decides_the_grids_questions(tmp_path: Path) -> None:
    """Per-item grids No. | Question | What the force told us |
    Commissioner's view (a sentence, no level), and a closing summary laid
    across the page, "Question | 4.1 | 4.2 | 5.1" over "Rating | Reasonable
    | Limited | Substantial", read through the front page's key: each grid
    row takes its number's rating, and the summary makes no decisions of
    its own."""
    grids = (("Item 4: Burglary", (("4.1", "How quickly are burglaries attended?", "The median was 19 hours.",
                                    "Good progress.", "Reasonable", "Assured"),
                                   ("4.2", "Why has the robbery solved rate fallen?", "Two detectives left.",
                                    "A recovery plan is wanted.", "Limited", "Partly assured"))),
             ("Item 5: Contact centre", (("5.1", "How many 999 calls were answered in ten seconds?", "93 per cent.",
                                          "Well above standard.", "Substantial", "Assured"),)))
    document = Document()
    document.add_heading("Strategic Assurance Board", level=1)
    document.add_paragraph("Key: Substantial or Reasonable (assured), Limited (partly assured), No assurance (not "
                           "assured).")
    document.add_heading("Minutes of the Strategic Assurance Board held on 2 March 2028", level=1)
    for title, rows in grids:
        document.add_heading(title, level=2)
        word_table(document, [["No.", "Question", "What the force told us", "Commissioner's view"],
                              *[list(row[:4]) for row in rows]])
    document.add_heading("Summary of assurance", level=2)
    every = [row for _, rows in grids for row in rows]
    word_table(document, [["Question", *(row[0] for row in every)], ["Rating", *(row[4] for row in every)]])
    document.save(str(tmp_path / "minutes.docx"))
    found = records(tmp_path / "minutes.docx")["assurance_decisions"]
    assert [(d["question_number"], d["question"], d["assurance"], d["assurance_raw"], d["commentary"])
            for d in found] == [(number, question, level, printed, view)
                                for number, question, _, view, printed, level in every]
