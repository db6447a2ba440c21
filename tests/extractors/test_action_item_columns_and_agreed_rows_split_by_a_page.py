"""Actions. A log's "Item" column beside its "Ref" column names the agenda item
that raised each action, its topic; an "Item" column of numbers names none. A
row of a table of actions agreed that a page break split is one action. Real
Word files, the PDFs LibreOffice makes of them, and a reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, BODY, BOLD, H1, pdf, published, records, word_table
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle


def _log(items: tuple[str, str]) -> Document:
    document = Document()
    document.add_heading("Accountability and Scrutiny Meeting", level=1)
    document.add_paragraph("Tuesday 9 June 2027, 2.00pm")
    document.add_heading("Action log", level=2)
    word_table(document, [
        ["Ref", "Meeting", "Item", "Action", "Update", "Status"],
        ["AB 27/02", "10 Mar 2027", items[0], "Report the number of speed camera sites reviewed.",
         "Report circulated on 3 April 2027.", "Complete"],
        ["AB 27/07", "14 Apr 2027", items[1], "Share the burglary victims' satisfaction rates by district.",
         "Data being validated.", "Ongoing"],
    ])
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_an_item_column_beside_the_reference_column_names_each_actions_topic(tmp_path: Path, form: str) -> None:
    found = records(published(_log(("Roads policing", "Victims and witnesses")), tmp_path / "log.docx", form))

    assert {a["number"]: (a["topic"], a["meeting_date"], a["status"]) for a in found["actions"]} == {
        "AB 27/02": ("Roads policing", "2027-03-10", "complete"),
        "AB 27/07": ("Victims and witnesses", "2027-04-14", "outstanding"),
    }


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_an_item_column_of_numbers_names_no_topic(tmp_path: Path, form: str) -> None:
    found = records(published(_log(("5", "Item 6.2")), tmp_path / "log.docx", form))

    assert {a["number"]: a["topic"] for a in found["actions"]} == {"AB 27/02": None, "AB 27/07": None}


def _actions_arising_over_a_page_break(path: Path) -> Path:
    """Minutes whose "Actions arising" table (Ref | Action | Owner | Due, no
    progress column) has its first action's row split by the page break."""
    cell = ParagraphStyle("cell", parent=BODY, fontSize=10, leading=12, spaceAfter=0)
    rows = [["Ref", "Action", "Owner", "Due"],
            ["PB 27/11", "Report how many young people referred to the diversion scheme went on to reoffend "
                         "within twelve months of their referral.", "Head of Partnerships", "July 2027"],
            ["PB 27/12", "Confirm the start date of the new domestic abuse perpetrator programme.",
             "Chief Superintendent, Safeguarding", "June 2027"]]
    table = Table([[Paragraph(text, cell) for text in row] for row in rows], colWidths=[70, 220, 120, 60],
                  splitInRow=1, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return pdf(path, [Paragraph("Minutes of the Police Accountability Board held on 25 May 2027", H1),
                      Paragraph("Present: Commissioner (Chair); Chief Constable.", BODY),
                      Paragraph("1. Youth diversion", BOLD),
                      Paragraph("The Commissioner asked about reoffending after diversion.", BODY),
                      Spacer(1, 510), Paragraph("Actions arising", BOLD), table])


def test_an_agreed_action_row_split_by_a_page_break_is_one_action(tmp_path: Path) -> None:
    path = _actions_arising_over_a_page_break(tmp_path / "minutes.pdf")

    found = records(path)

    assert sorted((a["number"], a["text"], a["page"]) for a in found["actions"]) == [
        ("PB 27/11", "Report how many young people referred to the diversion scheme went on to reoffend within "
                     "twelve months of their referral.", 1),
        ("PB 27/12", "Confirm the start date of the new domestic abuse perpetrator programme.", 2),
    ]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_an_update_telling_of_a_post_filled_on_a_date_closes_the_action(tmp_path: Path, form: str) -> None:
    document = Document()
    document.add_heading("Action log", level=2)
    word_table(document, [
        ["Ref", "Raised", "Action", "Owner", "Update"],
        ["PAB/27/14", "23 March 2027", "Appoint a named lead for wildlife crime.", "ACC Operations",
         "Inspector, Rural Crime Team, appointed as wildlife crime lead on 6 April 2027."],
        ["PAB/27/15", "23 March 2027", "Appoint a named lead for fraud prevention.", "ACC Crime",
         "A lead is to be appointed in June."],
    ])

    found = records(published(document, tmp_path / "log.docx", form))

    assert {a["number"]: (a["status"], a["status_source"]) for a in found["actions"]} == {
        "PAB/27/14": ("complete", "inferred_from_update"),
        "PAB/27/15": ("outstanding", "inferred_from_update"),
    }
