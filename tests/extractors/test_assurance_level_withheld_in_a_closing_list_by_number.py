"""Assurance decisions on small real Word and PDF files whose notes give each
line of enquiry its level only in a list closing the item, by number ("LOE 2
– partly assured: <comment>"): an entry of that list withholding its level
("LOE 4 – assessment deferred: <why>") is the question's decision with no
level, the words after it the commentary, and the actions listed under an
"Actions" heading before the list no part of the last answer; a numbered
minute withholding something, with no list of levels beside it, decides
nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, BOLD, H1, decision_fields, pdf
from reportlab.platypus import Paragraph

_ASKED = (("How many thefts of quad bikes were recorded, and how many solved?", "Thefts fell from 96 to 81."),
          ("How are village halls protected from lead theft?", "Twelve halls now carry forensic marking."),
          ("How fast are calls from remote farms answered?", "The median wait rose to 19 minutes."),
          ("How much of the rural officers' time is protected?", "Protected time was agreed in principle."))
_LISTED = ("LOE 1 \u2013 assured: the fall is real.",
           "LOE 2 \u2013 partly assured: the scheme should reach every hall.",
           "LOE 3 \u2013 not assured: the waits are getting longer.",
           "LOE 4 \u2013 assessment deferred: the Commissioner will decide once the survey has reported.")
_ACTIONS = ("AB 27/03: Extend forensic marking to the remaining halls.", "AB 27/04: Report on the rural response cars.")


def _notes(path: Path, form: str, closing: tuple[str, ...]) -> Path:
    """Notes of one meeting asking _ASKED as "LOE N:" paragraphs, each over
    its answer, the item's _ACTIONS under an "Actions" heading, then
    ``closing`` as bullets under a "Summary" heading."""
    heading, item = "Notes of the Accountability Board held on 14 January 2027", "3. Rural crime"
    lead = "The Commissioner's assurance on each line of enquiry:"
    if form == "word":
        document = Document()
        document.add_heading(heading, level=2)
        document.add_heading(item, level=3)
        for n, (question, answer) in enumerate(_ASKED, 1):
            paragraph = document.add_paragraph()
            paragraph.add_run(f"LOE {n}: ").bold = True
            paragraph.add_run(question)
            document.add_paragraph(answer)
        document.add_heading("Actions", level=3)
        for line in _ACTIONS:
            document.add_paragraph(line)
        document.add_heading("Summary", level=3)
        document.add_paragraph(lead)
        for line in closing:
            document.add_paragraph(line, style="List Bullet")
        document.save(str(path))
        return path
    flow = [Paragraph(heading, H1), Paragraph(item, BOLD)]
    for n, (question, answer) in enumerate(_ASKED, 1):
        flow += [Paragraph(f"<b>LOE {n}:</b> {question}", BODY), Paragraph(answer, BODY)]
    flow += [Paragraph("Actions", BOLD), *(Paragraph(line, BODY) for line in _ACTIONS),
             Paragraph("Summary", BOLD), Paragraph(lead, BODY),
             *(Paragraph(line, BODY, bulletText="\u2022") for line in closing)]
    return pdf(path.with_suffix(".pdf"), flow)


@pytest.mark.parametrize("form", ["word", "pdf"])
def test_an_entry_withholding_its_level_is_the_questions_decision_with_none(tmp_path: Path, form: str) -> None:
    path = _notes(tmp_path / "notes.docx", form, _LISTED)
    assert decision_fields(path, "question_number", "question", "evidence_summary", "assurance", "assurance_raw",
                           "commentary", sort=True) == [
        ("1", *_ASKED[0], "Assured", "assured", "the fall is real."),
        ("2", *_ASKED[1], "Partly assured", "partly assured", "the scheme should reach every hall."),
        ("3", *_ASKED[2], "Not assured", "not assured", "the waits are getting longer."),
        ("4", *_ASKED[3], None, "assessment deferred", "the Commissioner will decide once the survey has reported.")]


def test_a_numbered_line_withholding_something_with_no_levels_beside_it_decides_nothing(tmp_path: Path) -> None:
    # no list of levels by number: "4. Deferred: ..." may be any numbered minute, no question's decision
    path = _notes(tmp_path / "notes.docx", "word", ("4. Deferred: the survey report will come to the May Board.",))
    assert decision_fields(path, "question_number", "assurance") == []
