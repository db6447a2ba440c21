"""Actions and their status. A bare "Propose closure" in a status column leaves
the action open, whatever the update says; an update telling of a paper out for
comment or a step expected later is work in progress; a bullet closing with its
reference in brackets is that action, wherever its line wrapped; actions agreed
in another meeting's dated record ("Decision record of the Board – <date>") are
that meeting's. Real Word files, the PDFs LibreOffice makes of them, and
reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, BODY, BOLD, H1, grid, pdf, published, records, word_table
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import PageBreak, Paragraph

from extractors.action_status import status_from_update

BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=10)
SUBHEADING = ParagraphStyle("subheading", parent=BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=13)


def _log_with_proposals() -> Document:
    document = Document()
    document.add_heading("Community Safety Board", level=1)
    document.add_paragraph("Wednesday 10 March 2027, 10.00am")
    document.add_heading("Action log", level=2)
    word_table(document, [
        ["Ref", "Raised", "Action", "Update", "Status"],
        ["CSB 27/04", "13/01/2027", "Share the stalking audit results with the office.",
         "Results shared on 2 February; the Head of Assurance proposes closure.", "Propose closure"],
        ["CSB 27/05", "13/01/2027", "Report the take-up of the victims' referral line.",
         "Report presented to this meeting.", "Complete \u2013 propose closure"],
        ["CSB 27/06", "13/01/2027", "Review the out-of-hours cover for the hate crime unit.",
         "Review completed in February.", "Proposed to close"],
    ])
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_bare_propose_closure_status_leaves_the_action_open_whatever_the_update_says(tmp_path: Path,
                                                                                        form: str) -> None:
    found = records(published(_log_with_proposals(), tmp_path / "csb.docx", form))

    assert {a["number"]: (a["status"], a["status_source"]) for a in found["actions"]} == {
        "CSB 27/04": ("outstanding", "status_column"),
        "CSB 27/05": ("complete", "status_column"),
        "CSB 27/06": ("outstanding", "status_column"),
    }


@pytest.mark.parametrize("update, status", [
    ("Draft protocol out for comment with the local authorities; signing expected in January.", "outstanding"),
    ("Policy out for consultation with staff associations.", "outstanding"),
    ("New rota expected by the end of the quarter.", "outstanding"),
    ("Figures received as expected in March.", "complete"),
])
def test_work_out_for_comment_or_expected_later_is_in_progress(update: str, status: str) -> None:
    assert status_from_update(update).value == status


def test_a_log_without_status_column_reads_a_paper_out_for_comment_as_open(tmp_path: Path) -> None:
    path = pdf(tmp_path / "log.pdf", [
        Paragraph("Strategic Policing Board", H1),
        Paragraph("Thursday 4 March 2027", BODY),
        Paragraph("Action log", SUBHEADING),
        grid([["Ref", "Raised", "Action", "Owner", "Progress update"],
              ["SPB 27/02", "14 January 2027", "Agree a data-sharing protocol with the health board.", "ACC Crime",
               "Draft protocol out for comment with the health board; signing expected in April."],
              ["SPB 27/03", "14 January 2027", "Publish the stop and search figures monthly.", "Head of Performance",
               "Figures now published monthly on the website."]], [50, 70, 150, 70, 130]),
    ])
    found = records(path)

    assert {a["number"]: (a["status"], a["status_source"]) for a in found["actions"]} == {
        "SPB 27/02": ("outstanding", "inferred_from_update"),
        "SPB 27/03": ("complete", "inferred_from_update"),
    }


def _wrapping_bullet(first_words: str, ref: str) -> str:
    """A bullet's text made long enough that its reference in brackets wraps onto a line of its own."""
    width = 451 - 2 * 6 - BULLET.leftIndent  # an A4 frame between reportlab's margins, less its padding and the indent
    filler = iter("for the board with the figures for each area and each month".split() * 3)
    text = first_words
    while stringWidth(f"\u2022 {text}. ({ref.split()[0]}", "Helvetica", 10) <= width:  # the reference's first word
        text = f"{text} {next(filler)}"
    assert stringWidth(f"\u2022 {text}.", "Helvetica", 10) <= width  # only the reference wraps
    return f"\u2022 {text}. ({ref})"


def test_bullets_closing_with_their_reference_are_the_actions_minuted_where_they_stand(tmp_path: Path) -> None:
    first = _wrapping_bullet("Agree a protocol with the youth offending services on accommodation", "SPB 27/11")
    path = pdf(tmp_path / "spb.pdf", [
        Paragraph("Strategic Policing Board", H1),
        Paragraph("Tuesday 13 April 2027, 09:30", BODY),
        Paragraph("Minutes of the Strategic Policing Board held on 9 March 2027", SUBHEADING),
        Paragraph("3. Youth justice", SUBHEADING),
        Paragraph("The Assistant Chief Constable presented the report on youth justice and diversion.", BODY),
        Paragraph("Actions", BOLD),
        Paragraph(first, BULLET),
        Paragraph("\u2022 Publish the diversion scheme's figures on the force dashboard. (SPB 27/12)", BULLET),
        Paragraph("\u2022 Review whether a magistrate can join the resolution panel. (SPB 27/13)", BULLET),
        Paragraph("4. Date of next meeting", SUBHEADING),
        Paragraph("13 April 2027.", BODY),
        PageBreak(),
        Paragraph("Action log", SUBHEADING),
        grid([["Ref", "Raised", "Action", "Progress update", "Status"],
              ["SPB 27/11", "9 March 2027", first[2:-len(" (SPB 27/11)")], "Draft with the councils.", "Open"],
              ["SPB 27/12", "9 March 2027", "Publish the diversion scheme's figures on the force dashboard.",
               "Published.", "Closed"],
              ["SPB 27/13", "9 March 2027", "Review whether a magistrate can join the resolution panel.",
               "Not started.", "Open"]], [50, 60, 170, 110, 60]),
    ])
    found = records(path)

    assert sorted((a["number"], a["page"], a["meeting_date"], a["text"].endswith(")")) for a in found["actions"]) == [
        ("SPB 27/11", 1, "2027-03-09", False),
        ("SPB 27/12", 1, "2027-03-09", False),
        ("SPB 27/13", 1, "2027-03-09", False),
    ]


def _decision_record() -> Document:
    """This meeting's front sheet, then the decision record of the last one
    (titled by its board and date, not as notes) with its agreed actions, then the log."""
    document = Document()
    document.add_heading("Accountability Board \u2013 Policing", level=1)
    document.add_paragraph("Date: Monday 15 November 2027     Time: 13:30     Venue: Force Headquarters")
    document.add_page_break()
    document.add_heading("Decision record of the Accountability Board \u2013 4 October 2027", level=2)
    document.add_paragraph("Topic: Public contact and 101")
    word_table(document, [["Ref", "Question", "Evidence summary", "Assurance", "Comment"],
                          ["PC1", "What are the answer times for 101 calls?", "Six minutes on average.", "Assured",
                           "Performance is strong."]])
    document.add_paragraph().add_run("Actions agreed").bold = True
    document.add_paragraph("1. Report the 101 abandonment rate after call-back has run for a month.")
    document.add_paragraph("2. Share the call audit results with the office.")
    document.add_page_break()
    document.add_heading("Action log", level=2)
    word_table(document, [
        ["Action no.", "Meeting", "Action", "Update", "Status"],
        ["AB 27/28", "4 October 2027", "Report the 101 abandonment rate after call-back has run for a month.",
         "Call-back go-live moved to January.", "Carried forward"],
        ["AB 27/29", "4 October 2027", "Share the call audit results with the office.",
         "Audit results shared 22 October.", "Closed"],
        ["AB 27/15", "2 August 2027", "Provide the number of officers with a driving authority.",
         "Figures received.", "Closed"],
    ])
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_actions_agreed_in_a_dated_decision_record_are_that_meetings(tmp_path: Path, form: str) -> None:
    found = records(published(_decision_record(), tmp_path / "ab.docx", form))

    assert {a["number"]: a["meeting_date"] for a in found["actions"]} == {
        "AB 27/28": "2027-10-04", "AB 27/29": "2027-10-04", "AB 27/15": "2027-08-02"}
    on_page = (lambda page: None) if form == "word" else (lambda page: page)
    assert {a["number"]: a["page"] for a in found["actions"] if a["number"] != "AB 27/15"} == {
        "AB 27/28": on_page(2), "AB 27/29": on_page(2)}


def test_a_bullet_closing_with_a_bracket_of_words_keeps_it_as_its_text(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Police Accountability Board", level=0)
    document.add_paragraph("Date: 12 March 2027")
    document.add_heading("Actions", level=1)
    document.add_paragraph("The force to report back on call handling performance (by June 2027)", style="List Bullet")
    document.add_paragraph("The OPCC to publish the survey results (Appendix 2)", style="List Bullet")
    document.add_paragraph("The force to share the custody audit with the office (PAB 27/14)", style="List Bullet")
    document.add_heading("Close", level=1)
    path = tmp_path / "pab.docx"
    document.save(str(path))

    assert [(a["number"], a["text"]) for a in records(path)["actions"]] == [
        (None, "The force to report back on call handling performance (by June 2027)"),
        (None, "The OPCC to publish the survey results (Appendix 2)"),
        ("PAB 27/14", "The force to share the custody audit with the office"),
    ]


def test_an_update_closing_the_action_or_telling_what_staff_are_expected_to_do_is_complete(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Strategic Policing Board", level=1)
    document.add_paragraph("Thursday 4 March 2027")
    document.add_heading("Action log", level=2)
    word_table(document, [
        ["Ref", "Raised", "Action", "Owner", "Progress update"],
        ["SPB 27/05", "14 January 2027", "Pilot the new victim contact survey.", "Head of Performance",
         "Completed. Results were better than expected in the first quarter."],
        ["SPB 27/06", "14 January 2027", "Train call handlers on the revised risk form.", "ACC Contact",
         "Training delivered to all staff, who are now expected to use the new form."],
        ["SPB 27/07", "14 January 2027", "Agree a data-sharing protocol with the health board.", "ACC Crime",
         "Draft agreed by both legal teams; signing expected in April."],
    ])
    path = tmp_path / "spb.docx"
    document.save(str(path))

    assert {a["number"]: (a["status"], a["status_source"]) for a in records(path)["actions"]} == {
        "SPB 27/05": ("complete", "inferred_from_update"),
        "SPB 27/06": ("complete", "inferred_from_update"),
        "SPB 27/07": ("outstanding", "inferred_from_update"),
    }


@pytest.mark.parametrize("heading, meeting_date", [
    ("Road Safety Report to the Police Accountability Board \u2013 1 March 2027", "2027-03-12"),
    ("Decision record of the Police Accountability Board \u2013 1 March 2027", "2027-03-01"),
])
def test_actions_under_a_paper_dated_for_the_board_are_the_packs_own_meetings(tmp_path: Path, heading: str,
                                                                              meeting_date: str) -> None:
    document = Document()
    document.add_heading("Police Accountability Board", level=0)
    document.add_paragraph("Date: 12 March 2027")
    document.add_heading("Agenda", level=1)
    document.add_paragraph("1.\tApologies")
    document.add_paragraph("2.\tRoad safety")
    document.add_heading(heading, level=1)
    document.add_paragraph("The Board considered the road safety report.")
    document.add_heading("Actions", level=2)
    document.add_paragraph("The force to report back on speed enforcement", style="List Bullet")
    path = tmp_path / "pab.docx"
    document.save(str(path))

    assert [(a["text"], a["meeting_date"]) for a in records(path)["actions"]] == [
        ("The force to report back on speed enforcement", meeting_date)]
