"""Actions minuted as plain paragraphs, neither numbered nor bulleted: under
an "Actions" heading each instruction is an action (a minute's sentence there,
"The Board noted ...", is none), and after a sentence saying the actions are
minuted below, a line hung from its log reference is one. Printed again in the
tracker on a later page, each is one action on the page where it is minuted;
one the tracker does not print is an action of the list. On a Word file and a
reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, BOLD, H1, grid, pdf, records, word_table
from reportlab.platypus import PageBreak, Paragraph

AUDIT = "Repeat the audit of stop forms in the custody suites."
LETTER = "Write to the health board about waiting times for assessments."
BRIEF = "Bring a paper on the use of spit guards."
PLAN = "Share the custody inspection plan with members."  # not in the tracker: an action of the list alone
TRACKER = [["Ref", "Board", "Action", "Update", "Status"],
           ["PB 44/03", "9 March 2044", AUDIT, "Audit fixed for June.", "Open"],
           ["PB 44/04", "9 March 2044", LETTER, "Letter sent on 20 March.", "Closed"],
           ["PB 44/05", "9 March 2044", BRIEF, "Paper drafted.", "Open"]]
LINES = [("h2", "Notes of the Policing Board, 9 March 2044"),
         ("h3", "3. Custody"),
         ("p", "The Chief Inspector presented the custody report."),
         ("h3", "Actions"),
         ("p", AUDIT),
         ("p", LETTER),
         ("p", PLAN),
         ("p", "The Board noted the updates given on earlier actions."),
         ("h3", "4. Use of force"),
         ("p", "The Superintendent presented the use of force figures."),
         ("p", "Actions arising are minuted below and carried into the log."),
         ("p", f"PB 44/05 {BRIEF}")]


def _pack(path: Path) -> Path:
    if path.suffix == ".docx":
        document = Document()
        document.add_heading("Policing Board", level=1)
        document.add_paragraph("Tuesday 11 May 2044")
        for kind, text in LINES:
            if kind == "p":
                document.add_paragraph(text)
            else:
                document.add_heading(text, level=int(kind[1]))
        document.add_page_break()
        document.add_heading("Action log", level=2)
        word_table(document, TRACKER)
        document.save(str(path))
        return path
    styles = {"h2": H1, "h3": BOLD, "p": BODY}
    return pdf(path, [Paragraph("Policing Board", H1), Paragraph("Tuesday 11 May 2044", BODY),
                      *(Paragraph(text, styles[kind]) for kind, text in LINES), PageBreak(),
                      Paragraph("Action log", H1), grid(TRACKER, [55, 70, 170, 130, 60])])


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_plain_paragraphs_of_actions_are_the_tracker_rows_where_minuted(tmp_path: Path, suffix: str) -> None:
    found = records(_pack(tmp_path / f"pack{suffix}"))["actions"]

    page = None if suffix == ".docx" else 1
    assert sorted((a["number"] or "", a["text"], a["page"], a["topic"], a["status"]) for a in found) == [
        ("", PLAN, page, "Custody", "unknown"),
        ("PB 44/03", AUDIT, page, "Custody", "outstanding"),
        ("PB 44/04", LETTER, page, "Custody", "complete"),
        ("PB 44/05", BRIEF, page, "Use of force", "outstanding")]
