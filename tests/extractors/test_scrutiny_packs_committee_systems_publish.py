"""Packs as committee systems publish them. An agenda line's pack page range
("(Pages 1 - 2)") is neither title nor presenter; a "Date of next meeting" item
over its date is no meeting; the minutes are titled by their heading, not by
the paper's running header in small type; a theme bracketed with its label
("(Theme: ...)") is the topic without it; an action minuted under a numbered
minute ("17/27 Road safety") takes that minute's title although the agenda
numbered its items before; a tracker's Topic cell wrapped after a compound
("Drug-related" over "harm") keeps the space; a "Response from the force" line
labels the answer below it; a level slot saying "Assurance deferred" decides
with no level; a table of decisions under a numbered minute takes the minute's
title. Real reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

from files import BODY, records
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

ITEM = ParagraphStyle("item", parent=BODY, fontName="Helvetica-Bold")
RUNNING = ParagraphStyle("running", parent=BODY, fontSize=8, leading=10)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=8)
MINUTE = ParagraphStyle("minute", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceAfter=6)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)


def _pack(path: Path, minutes_heading: str) -> Path:
    """A modern.gov-style pack: a front sheet whose agenda prints each paper's
    pack pages after its bold title and the next meeting's date under its
    item, then the last meeting's minutes under the paper's running header."""
    agenda = ["1. Apologies for absence", "2. Minutes of the meeting held on 2 February 2027 (Pages 1 - 2)",
              "3. Action log (Page 3)", "4. Burglary and robbery (Pages 4 - 6) - Chief Constable",
              "5. Vehicle crime Pages 7 - 8", "6. Date of next meeting"]
    flow = [Paragraph("Public Document Pack", BODY), Paragraph("Resources and Scrutiny Board", TITLE),
            Paragraph("Date: Wednesday, 14 April 2027 Time: 2.00 pm", BODY), Paragraph("AGENDA", MINUTE)]
    flow += [Paragraph(line, ITEM) for line in agenda]
    flow += [Paragraph("Wednesday, 16 June 2027 at 2.00 pm.", BODY), PageBreak(),
             Paragraph("Resources and Scrutiny Board - Minutes - 2 February 2027", RUNNING),
             Paragraph(minutes_heading, TITLE),
             Paragraph("8/27 Apologies for absence", MINUTE), Paragraph("There were none.", BODY),
             Paragraph("9/27 Knife crime in the night-time economy", MINUTE),
             Paragraph("Question 1: How many knife offences were recorded in town centres at night?", BODY),
             Paragraph("Response: 214 offences were recorded, down from 240.", BODY),
             Paragraph("<b>Assurance level:</b> Assured", BODY),
             Paragraph("ACTION RSB 27/04: Share the night-time patrol plan with the Board. (Chief Inspector)", BODY),
             Paragraph("10/27 Any other business", MINUTE), Paragraph("There was none.", BODY),
             Paragraph("11/27 Date of next meeting", MINUTE), Paragraph("Wednesday, 14 April 2027.", BODY)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


_MINUTES = "MINUTES of a meeting of the Resources and Scrutiny Board held on Tuesday, 2 February 2027"


def test_pack_page_ranges_are_no_presenters(tmp_path: Path) -> None:
    found = records(_pack(tmp_path / "pack.pdf", _MINUTES))
    assert [(a["number"], a["title"], a["presenter"]) for a in found["agenda_items"]] == [
        ("1", "Apologies for absence", None),
        ("2", "Minutes of the meeting held on 2 February 2027", None),
        ("3", "Action log", None),
        ("4", "Burglary and robbery", "Chief Constable"),
        ("5", "Vehicle crime", None),
        ("6", "Date of next meeting", None)]


def test_next_meeting_item_is_no_meeting_and_minutes_keep_their_heading(tmp_path: Path) -> None:
    found = records(_pack(tmp_path / "pack.pdf", _MINUTES))
    assert [(m["meeting_date"], m["title"], m["topic"]) for m in found["meetings"]] == [
        ("2027-04-14", "Resources and Scrutiny Board", None),
        ("2027-02-02", _MINUTES, "Knife crime in the night-time economy")]


def test_action_under_a_numbered_minute_takes_its_title(tmp_path: Path) -> None:
    found = records(_pack(tmp_path / "pack.pdf", _MINUTES))
    assert [(a["number"], a["topic"], a["page"]) for a in found["actions"]] == [
        ("RSB 27/04", "Knife crime in the night-time economy", 2)]


def test_theme_bracketed_with_its_label(tmp_path: Path) -> None:
    heading = "Minutes of the Resources and Scrutiny Board (Theme: Serious violence) held on 2 February 2027"
    found = records(_pack(tmp_path / "pack.pdf", heading))
    minutes = next(m for m in found["meetings"] if m["meeting_date"] == "2027-02-02")
    assert minutes["topic"] == "Serious violence"


def test_topic_cell_wrapped_after_a_compound_keeps_the_space(tmp_path: Path) -> None:
    """The Topic column is just wide enough for "Drug-related", so "harm"
    wraps to the next line; the compound's last part is a whole word."""
    padding = 6
    topic_width = stringWidth("Drug-related", "Helvetica", 9) + 2 * padding + 2
    rows = [["Ref", "Topic", "Action", "Update", "Status"],
            ["AB 27/02", "Drug-related harm", "Report the naloxone kits carried by response officers.",
             "Figures due in May.", "Open"],
            ["AB 27/03", "Stalking", "Share the stalking protection order figures.", "Shared in March.", "Closed"]]
    tracker = Table([[Paragraph(text, CELL) for text in row] for row in rows],
                    colWidths=[60, topic_width, 170, 110, 50])
    tracker.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                 ("LEFTPADDING", (0, 0), (-1, -1), padding),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), padding),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    path = tmp_path / "log.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph("Accountability Board: Action log", TITLE), tracker])
    found = records(path)
    assert [(a["number"], a["topic"], a["status"]) for a in found["actions"]] == [
        ("AB 27/02", "Drug-related harm", "outstanding"), ("AB 27/03", "Stalking", "complete")]


def test_question_headed_page_with_a_response_from_line(tmp_path: Path) -> None:
    """A notes web page printed from a browser: "Question N" as a heading,
    the question as a plain paragraph, then a bold "Response from the force"
    line over the answer. That line labels the answer; it titles nothing and
    asks nothing."""
    flow = [Paragraph("Holding to account meeting notes - 9 February 2027", TITLE),
            Paragraph("Theme: Neighbourhood policing", BODY), Paragraph("Questions and responses", MINUTE)]
    asked = [("How many neighbourhood officers were moved to response duties last year?",
              "Officers were abstracted on 412 shifts, up from 350.", "Partially assured",
              "Abstractions should be reported each quarter."),
             ("How are ward priorities agreed with residents?", "Priorities are set at ward panels twice a year.",
              "Assured", "The Commissioner welcomed the panels."),
             ("How quickly are reports of rural theft followed up?", "A review of rural theft reports is under way.",
              "Assurance deferred", "The Commissioner will decide once the review has reported.")]
    for number, (question, response, level, comment) in enumerate(asked, start=1):
        flow += [Paragraph(f"Question {number}", MINUTE), Paragraph(question, BODY),
                 Paragraph("Response from the force", ITEM), Paragraph(response, BODY),
                 Paragraph(f"<b>Assurance rating:</b> {level}", BODY),
                 Paragraph(f"Commissioner's comment: {comment}", BODY)]
    path = tmp_path / "notes.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    found = records(path)
    assert [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["topic"])
            for d in found["assurance_decisions"]] == [
        ("1", asked[0][0], asked[0][1], "Partly assured", "Neighbourhood policing"),
        ("2", asked[1][0], asked[1][1], "Assured", "Neighbourhood policing"),
        ("3", asked[2][0], asked[2][1], None, "Neighbourhood policing")]
    # a deferred level is a decision with no level, commented as printed
    assert found["assurance_decisions"][2]["commentary"] == asked[2][3]


def test_decisions_under_minutes_of_a_themed_meeting_take_the_minute_titles(tmp_path: Path) -> None:
    """Minutes whose heading brackets the meeting's theme, each scrutiny
    minute ("23/27 Missing children") holding a No. | Question | Response |
    Assurance table: a decision's topic is its minute's title."""
    flow = [Paragraph("Minutes of the Accountability Board (Theme: Protecting vulnerable people) held on "
                      "19 April 2027", TITLE)]
    minutes = [("23/27 Missing children", "How many children were reported missing more than once?",
                "412 children, 96 of them more than three times.", "Partially assured"),
               ("24/27 Domestic abuse", "What share of domestic abuse arrests lead to a charge?",
                "31 per cent, up from 27.", "Assured")]
    for title, question, response, level in minutes:
        rows = [[Paragraph(text, CELL) for text in ("No.", "Question", "Response", "Assurance")],
                [Paragraph(text, CELL) for text in ("1", question, response, f"<b>{level}</b>")]]
        grid = Table(rows, colWidths=[30, 170, 170, 90])
        grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9"))]))
        flow += [Paragraph(title, MINUTE), Paragraph("The Board considered a report of the Chief Constable.", BODY),
                 grid]
    path = tmp_path / "minutes.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    found = records(path)
    assert [m["topic"] for m in found["meetings"]] == ["Protecting vulnerable people"]
    assert [(d["question_number"], d["assurance"], d["topic"]) for d in found["assurance_decisions"]] == [
        ("1", "Partly assured", "Missing children"), ("1", "Assured", "Domestic abuse")]
