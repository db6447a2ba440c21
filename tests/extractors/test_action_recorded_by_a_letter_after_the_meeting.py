"""Actions minuted in a letter or in notes of one topic, on small real files:
the action a Commissioner's letter after the meeting records ("We agreed the
following action (PDB 26/41): ...") is minuted on the letter's page under its
topic heading, for the meeting the subject line dates, and the log's reprint of
it is the same action; action lines in notes of one topic with no item heading
take the topic the notes state, not the notes' own heading."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, H1, grid, pdf, published, records
from reportlab.platypus import PageBreak, Paragraph


def _actions(path: Path) -> list[tuple]:
    return sorted((a["number"], a["page"], a["meeting_date"], a["topic"], a["text"], a["status"])
                  for a in records(path)["actions"])


def test_an_action_a_letter_after_the_meeting_records_is_minuted_under_its_topic_for_that_meeting(
        tmp_path: Path) -> None:
    flow = [Paragraph("Police and Crime Commissioner", BODY), Paragraph("20 January 2027", BODY),
            Paragraph("Dear Chief Constable,", BODY), Paragraph("Accountability Board – 13 January 2027", H1),
            Paragraph("Victim care", H1),
            Paragraph("The Board heard how victims are referred to the hub.", BODY),
            Paragraph("We agreed the following action (AB 27/04): Report referral times by district.", BODY),
            PageBreak(), Paragraph("Custody", H1),
            Paragraph("The Board heard how long detainees wait for an assessment.", BODY),
            Paragraph("The Board agreed an action (AB 27/05): Set out a plan to cut assessment waits.", BODY),
            Paragraph("Yours sincerely,", BODY), PageBreak(),
            Paragraph("Action log", H1),
            grid([["Ref", "Meeting", "Action", "Update", "Status"],
                  ["AB 27/04", "13/01/2027", "Report referral times by district.", "Due in March.", "Open"],
                  ["AB 27/05", "13/01/2027", "Set out a plan to cut assessment waits.", "Plan agreed.", "Complete"]],
                 [50, 60, 160, 120, 60])]
    assert _actions(pdf(tmp_path / "letter.pdf", flow)) == [
        ("AB 27/04", 1, "2027-01-13", "Victim care", "Report referral times by district.", "outstanding"),
        ("AB 27/05", 2, "2027-01-13", "Custody", "Set out a plan to cut assessment waits.", "complete")]


def test_action_lines_in_notes_of_one_stated_topic_take_that_topic(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Notes of the Scrutiny Board – 26 November 2026", level=1)
    document.add_paragraph("Focus: Hate crime")
    document.add_paragraph("The force answered the Commissioner's questions on hate crime.")
    document.add_paragraph("Action SB/26/61: Set a target for updating hate crime victims.")
    document.add_paragraph("Action SB/26/62: Present the findings of the investigation review.")
    found = records(published(document, tmp_path / "notes.docx", "word"))["actions"]
    assert sorted((a["number"], a["topic"], a["meeting_date"]) for a in found) == [
        ("SB/26/61", "Hate crime", "2026-11-26"), ("SB/26/62", "Hate crime", "2026-11-26")]
