"""Actions minuted under an "Actions" heading as lines led by their reference
("DM/26/31 – Report ..."), on a small real Word file and the PDF LibreOffice
makes of it. Each line is a listed action numbered by its reference; one the
tracker prints again is one action, on the page where it is minuted. An action
minuted under a reference of a board's capital letters and a plain number
("Action AB 61 – ...") is an action, read with its reference; a sentence that
opens with the word ("Action 3 of the plan – ...") is none."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from files import AS_PUBLISHED, docx, published, records

_MINUTED = ("Report the outcome of the review of how detained-suspect calls are graded.",
            "Renew the data-sharing agreement with the business crime reduction partnerships.")


def _pack() -> Document:
    document = Document()
    document.styles["Normal"].font.size = Pt(10.5)
    document.add_heading("Community Oversight Board – Minutes of the meeting held on 23 September 2026", level=1)
    document.add_paragraph("Present: Deputy Mayor for Policing and Crime (Chair); Chief Constable.")
    document.add_heading("3. Retail crime", level=2)
    document.add_paragraph("The Assistant Chief Constable presented the retail crime report.")
    document.add_heading("Actions", level=3)
    for ref, text in zip(("DM/26/31", "DM/26/32"), _MINUTED):
        paragraph = document.add_paragraph()
        paragraph.add_run(ref).bold = True
        paragraph.add_run(f" – {text}")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Action tracker", level=2)
    table = document.add_table(rows=3, cols=4)
    table.style = "Table Grid"
    for col, text in enumerate(("Ref", "Action", "Update", "Status")):
        table.cell(0, col).paragraphs[0].add_run(text).bold = True
    for row, values in enumerate((("DM/26/25", "Publish the refreshed third-party reporting centre list.",
                                   "Twelve of nineteen centres confirmed.", "Open"),
                                  ("DM/26/31", _MINUTED[0], "Review under way in the control room.", "Open")),
                                 start=1):
        for col, text in enumerate(values):
            table.cell(row, col).text = text
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_actions_minuted_after_their_reference_are_listed_and_keep_their_page(tmp_path: Path, form: str) -> None:
    path = published(_pack(), tmp_path / "pack.docx", form)
    actions = {a["number"]: a for a in records(path)["actions"]}
    assert sorted(actions) == ["DM/26/25", "DM/26/31", "DM/26/32"]
    # the minuted line the tracker does not print is an action of its own, numbered by its reference
    assert (actions["DM/26/32"]["text"], actions["DM/26/32"]["source"]) == (_MINUTED[1], "action_list")
    # the one the tracker prints again: the tracker's status, the page where it is minuted
    assert actions["DM/26/31"]["status"] == "outstanding"
    minutes_page, tracker_page = (None, None) if form == "word" else (1, 2)
    assert (actions["DM/26/31"]["page"], actions["DM/26/25"]["page"]) == (minutes_page, tracker_page)


def test_an_action_referenced_by_letters_and_a_plain_number_is_minuted(tmp_path: Path) -> None:
    path = docx(tmp_path / "minutes.docx", [
        ("h2", "Minutes of the Accountability Board held on 15 October 2026"),
        ("h3", "Violence against women and girls"),
        ("p", "The Assistant Chief Constable presented the report."),
        ("p", "Action AB 61 \u2013 Provide the Commissioner with a plan to train the remaining officers."),
        ("p", "Action 3 of the plan \u2013 the review of victim contact \u2013 is complete.")])
    assert [(a["number"], a["text"], a["topic"]) for a in records(path)["actions"]] == [
        ("AB 61", "Provide the Commissioner with a plan to train the remaining officers.",
         "Violence against women and girls")]
