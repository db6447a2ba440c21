"""Actions and their status. An "Action:" heading repeated under each minuted
item closes the item above it, even where the item's numbered title is read as
a list item and a page break parts the heading from its action; a bilingual
pack's "Camau gweithredu / Actions" heading lists actions as an English one
does; an update that opens with the deed and by whom, how or when it was done
("Circulated by email on ...", "Confirmed by the Chief Finance Officer ...")
says the action is complete. Real Word files, and the PDFs LibreOffice makes of
them, and reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, BODY, H1, grid, pdf, published, records, word_table
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph

SUBHEADING = ParagraphStyle("subheading", parent=BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=13)


def _bold(document: Document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def _items_with_their_actions() -> Document:
    """Minutes of two numbered items, each closed by a bold "Action:" line
    and its referenced action; a page break falls between the second item's
    "Action:" line and its action. The log repeats both."""
    document = Document()
    document.add_heading("Performance and Accountability Meeting", level=1)
    document.add_paragraph("Office of the Police and Crime Commissioner for Devon and Cornwall")
    document.add_paragraph("13 April 2027, 10:00am, Police HQ, Exeter")
    document.add_heading("Minutes of the Performance and Accountability Meeting held on 16 February 2027", level=2)
    document.add_heading("3. Knife crime", level=3)
    document.add_paragraph("Question 1: How many knife crime offences involved a victim under 18?")
    document.add_paragraph("There were 412 offences, of which 150 involved a child.")
    _bold(document, "Action:")
    document.add_paragraph("PAM 27/04: Share the evaluation plan for the schools sessions.")
    document.add_heading("4. Custody", level=3)
    document.add_paragraph("Question 2: How long are children held in custody after charge?")
    for n in range(30):  # the answer runs down the page, so the action opens the next
        document.add_paragraph(f"Paragraph {n + 1} of the answer sets out the figures for each custody suite.")
    _bold(document, "Action:")
    document.add_page_break()
    document.add_paragraph("PAM 27/05: Bring a joint report on accommodation for children refused bail.")
    document.add_heading("5. Any other business", level=3)
    document.add_paragraph("None.")
    document.add_page_break()
    document.add_heading("Action log", level=2)
    word_table(document, [["Ref", "Raised", "Action", "Update", "Status"],
                          ["PAM 27/04", "16/02/2027", "Share the evaluation plan for the schools sessions.",
                           "Plan shared on 12 March 2027.", "Closed"],
                          ["PAM 27/05", "16/02/2027", "Bring a joint report on accommodation for children refused bail.",
                           "Meeting with the local authorities set for April.", "Open"]])
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_an_action_heading_under_each_item_closes_that_item(tmp_path: Path, form: str) -> None:
    found = records(published(_items_with_their_actions(), tmp_path / "pam.docx", form))

    # notes of two items state no topic: a bold "Action:" label Word's reading makes a heading ends no item
    assert [m["topic"] for m in found["meetings"] if m["meeting_date"] == "2027-02-16"] == [None]
    got = {a["number"]: (a["topic"], a["status"], a["page"]) for a in found["actions"]}
    on = (lambda page: None) if form == "word" else (lambda page: page)
    assert got == {"PAM 27/04": ("Knife crime", "complete", on(1)),
                   "PAM 27/05": ("Custody", "outstanding", on(3))}


def test_a_bilingual_actions_heading_lists_the_actions_minuted_before_the_log(tmp_path: Path) -> None:
    path = pdf(tmp_path / "pab.pdf", [
        Paragraph("Comisiynydd Heddlu a Throseddu Dyfed-Powys / Police and Crime Commissioner for Dyfed-Powys", SUBHEADING),
        Paragraph("Bwrdd Atebolrwydd yr Heddlu / Police Accountability Board", H1),
        Paragraph("Dyddiad / Date: 20 April 2027", BODY),
        Paragraph("Cofnodion y Bwrdd Atebolrwydd – 16 Chwefror 2027", SUBHEADING),
        Paragraph("Minutes of the Police Accountability Board – 16 February 2027", H1),
        Paragraph("Ymddiheuriadau / Apologies", SUBHEADING),
        Paragraph("Apologies were received from the Chief Finance Officer.", BODY),
        Paragraph("Troseddau ffyrdd / Roads policing", SUBHEADING),
        Paragraph("The Chief Superintendent presented the casualty figures for the year.", BODY),
        Paragraph("Camau gweithredu / Actions", SUBHEADING),
        Paragraph("1. Repeat the audit of speed enforcement sites.", BODY),
        Paragraph("2. Write to the councils about average speed cameras.", BODY),
        Paragraph("Unrhyw fater arall / Any other business", SUBHEADING),
        Paragraph("None.", BODY),
        PageBreak(),
        Paragraph("Log Gweithredu / Action Log", H1),
        grid([["Cyf. / Ref", "Dyddiad / Date", "Cam gweithredu / Action", "Diweddariad / Update", "Statws / Status"],
              ["PAB 27/06", "16/02/2027", "Repeat the audit of speed enforcement sites.", "Audit booked for April.",
               "Ar y gweill / In progress"],
              ["PAB 27/07", "16/02/2027", "Write to the councils about average speed cameras.", "Letters sent on 1 March.",
               "Wedi’i gwblhau / Complete"]], [50, 60, 150, 130, 90]),
    ])

    found = records(path)

    # one record an action: the log's reference and status, the page where it is minuted, its item's English title
    assert sorted((a["number"], a["page"], a["topic"], a["status"]) for a in found["actions"]) == [
        ("PAB 27/06", 1, "Roads policing", "outstanding"), ("PAB 27/07", 1, "Roads policing", "complete")]


@pytest.mark.parametrize("update, status, source", [
    ("Circulated by email on 1 March 2027.", "complete", "inferred_from_update"),
    ("Confirmed by the Chief Finance Officer in December: all funding spent.", "complete", "inferred_from_update"),
    ("Shared via the Board's portal.", "complete", "inferred_from_update"),
    ("Included in the quarter 3 performance report.", "complete", "inferred_from_update"),
    ("Answered at the meeting.", "complete", "inferred_from_update"),
    ("To be included in the quarter 4 report.", "outstanding", "inferred_from_update"),
    # a deadline is no deed, and what the update says will happen is still to come
    ("Circulated by the end of May.", "unknown", "none"),
    ("Confirmed by 30 April 2027.", "unknown", "none"),
    ("Circulated by email; the hub will report in June.", "outstanding", "inferred_from_update"),
])
def test_an_update_opening_with_the_deed_and_by_whom_or_how_is_complete(
        tmp_path: Path, update: str, status: str, source: str) -> None:
    document = Document()
    document.add_heading("Strategic Governance Board", level=1)
    document.add_paragraph("Date: 10 March 2027")
    document.add_heading("Action log", level=2)
    word_table(document, [["Ref", "Action", "Owner", "Update"],
                          ["SGB 27/03", "Circulate the terms of reference to Board members.", "Chief Executive", update]])
    path = tmp_path / "sgb.docx"
    document.save(str(path))

    (action,) = records(path)["actions"]

    assert (action["status"], action["status_source"]) == (status, source)
