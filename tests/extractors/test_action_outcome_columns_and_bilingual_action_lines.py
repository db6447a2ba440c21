"""Actions: an "Outcome and actions" column whose outcomes ("Noted.",
"Agreed.") are no actions; a bilingual pack's action lines, labelled "Cam
gweithredu / Action (A26/19):", minuted under their items and kept on them when
the log prints them again; a log without a status column whose update says what
"will" happen. Real Word files and the PDFs LibreOffice makes of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from files import AS_PUBLISHED, published, records, word_table


def test_outcomes_in_an_outcome_and_actions_column_are_no_actions(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Public Accountability Conference", level=1)
    document.add_paragraph("Thursday 4 March 2027")
    document.add_heading("Notes of the Public Accountability Conference held on 10 December 2026", level=1)
    word_table(document, [
        ["Agenda item", "Discussion", "Outcome and actions"],
        ["1. Apologies", "Apologies were received.", "Noted."],
        ["2. Notes of the last conference", "The notes were agreed.", "The notes were agreed as a true record."],
        ["3. Rural crime", "The Superintendent presented the report.",
         "Action PAC 27/04: Revised farm watch plan to be approved by the Chief Constable."],
        ["4. Drones", "The drone policy was discussed.", "That a drone policy be approved."],
        ["5. Any other business", "None.", "Agreed."]])
    found = records(published(document, tmp_path / "pack.docx", "word"))["actions"]
    assert [(a["number"], a["text"], a["topic"]) for a in found] == [
        ("PAC 27/04", "Revised farm watch plan to be approved by the Chief Constable.", "Rural crime"),
        (None, "That a drone policy be approved.", "Drones")]


def _bilingual_pack() -> Document:
    document = Document()
    document.add_heading("Bwrdd Gweithredol / Executive Board", level=1)
    document.add_paragraph("Dyddiad / Date: 16 February 2027")
    document.add_heading("Cofnodion y Bwrdd \u2013 17 Tachwedd 2026 / Minutes of the Board \u2013 17 November 2026",
                         level=2)
    document.add_heading("Croeso / Welcome", level=3)
    document.add_paragraph("The Commissioner welcomed members.")
    document.add_heading("Troseddau gwledig / Rural crime", level=3)
    document.add_paragraph("The Superintendent presented the rural crime report.")
    document.add_paragraph("Cam gweithredu / Action (B27/03): Superintendent to report thefts of farm machinery "
                           "by district.")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Log gweithredu / Action log", level=2)
    word_table(document, [
        ["Cyf. / Ref", "Dyddiad / Date", "Cam gweithredu / Action", "Diweddariad / Update"],
        ["B27/01", "22/09/2026", "Replace the radios in the rural patrol vehicles.",
         "The contract has been signed and fitting will begin in May 2027."],
        ["B27/03", "17/11/2026", "Superintendent to report thefts of farm machinery by district.",
         "Figures shared with the Board on 12 January 2027."]])
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_bilingual_action_line_with_a_slashed_reference_keeps_its_item(tmp_path: Path, form: str) -> None:
    """The label's English side is "Action (B27/03)": its reference's own
    slash does not part the languages. The log reprints the action: one
    record, the log's update and status, the item and page of its minute."""
    found = {a["number"]: a for a in records(published(_bilingual_pack(), tmp_path / "pack.docx", form))["actions"]}
    assert set(found) == {"B27/01", "B27/03"}
    minuted = found["B27/03"]
    assert (minuted["topic"], minuted["meeting_date"], minuted["status"], minuted["source"]) == (
        "Rural crime", "2026-11-17", "complete", "action_tracker")
    if form == "office pdf":
        assert (minuted["page"], found["B27/01"]["page"]) == (1, 2)


def test_what_an_update_says_will_happen_is_outstanding(tmp_path: Path) -> None:
    """No status column: "fitting will begin in May" is work to come."""
    found = {a["number"]: a for a in records(published(_bilingual_pack(), tmp_path / "pack.docx", "word"))["actions"]}
    assert (found["B27/01"]["status"], found["B27/01"]["status_source"]) == ("outstanding", "inferred_from_update")
