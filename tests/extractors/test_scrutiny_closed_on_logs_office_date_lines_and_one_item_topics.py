"""Action, meeting and agenda forms: an action log whose only status is a
closed-on date, a status cell giving only the date due, a date line naming the
office before the date, a theme-of-the-meeting line, a tick key under the
actions heading, and the notes' one item as their topic; each on a small real
PDF or Word file."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, BOLD, H1, grid, pdf, records, word_table
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Table, TableStyle

MARK_FONT = "DejaVuSans"  # Helvetica has no tick or cross
H2 = ParagraphStyle("h2", parent=H1, fontSize=13, leading=16)


def test_an_action_log_whose_only_status_is_a_closed_on_date_is_read_as_a_tracker(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Police Accountability Board", level=1)
    document.add_paragraph("Thursday 10 September 2026, 10am")
    document.add_heading("Action log", level=2)
    word_table(document, [["Ref", "Raised", "Action", "Owner", "Closed on"],
                      ["PB 26/11", "14/05/2026", "Publish the burglary survey by ward.", "Head of Insight",
                       "20/07/2026"],
                      ["PB 26/12", "14/05/2026", "Report repeat victim contact rates.", "Head of Contact", ""]])
    path = tmp_path / "board.docx"
    document.save(str(path))
    found = {a["number"]: a for a in records(path)["actions"]}
    assert {ref: (a["text"], str(a["meeting_date"]), a["source"], a["status"], a["status_source"])
            for ref, a in found.items()} == {
        "PB 26/11": ("Publish the burglary survey by ward.", "2026-05-14", "action_tracker", "complete",
                     "status_column"),
        "PB 26/12": ("Report repeat victim contact rates.", "2026-05-14", "action_tracker", "outstanding",
                     "status_column")}


def test_a_status_cell_giving_only_the_date_due_says_the_action_is_still_open(tmp_path: Path) -> None:
    path = pdf(tmp_path / "meeting.pdf", [
        Paragraph("Police Accountability Meeting", H1),
        Paragraph("Thursday 10 September 2026", BODY),
        Paragraph("Action tracker", H1),
        grid([["Ref", "Raised", "Action", "Update", "Status"],
              ["PAM-040", "14/05/2026", "Report the number of drivers referred to courses.", "Figures to follow.",
               "Due 16/10/2026"],
              ["PAM-041", "14/05/2026", "Share the road safety plan.", "Shared with members.",
               "Completed 02/06/2026"]], [50, 55, 160, 120, 80])])
    found = {a["number"]: a for a in records(path)["actions"]}
    assert {ref: (a["status"], a["status_source"]) for ref, a in found.items()} == {
        "PAM-040": ("outstanding", "status_column"), "PAM-041": ("complete", "status_column")}


def test_a_date_line_naming_the_office_before_the_date_dates_the_packs_own_meeting(tmp_path: Path) -> None:
    path = pdf(tmp_path / "meeting.pdf", [
        Paragraph("Public Performance Meeting", H1),
        Paragraph("Derbyshire Commissioner for Police, Fire and Rescue and Crime – Tuesday 15 September 2026, 10am, "
                  "Butterley Hall, Ripley", BODY),
        Paragraph("Focus of the meeting: Road safety", BOLD),
        grid([["Item", "Business", "Lead"],
              ["1", "Apologies", "Commissioner"],
              ["2", "Road safety: speeding and casualty reduction", "Head of Roads Policing"]], [40, 280, 140]),
        Paragraph("Public Performance Meeting – Notes – 14 July 2026", H2),
        Paragraph("Focus of the meeting: Rural crime. Present: the Commissioner; the Chief Constable.", BODY),
        Paragraph("The Chief Constable reported on farm thefts.", BODY)])
    found = records(path)
    assert {(str(m["meeting_date"]), m["topic"]) for m in found["meetings"]} == {
        ("2026-09-15", "Road safety"), ("2026-07-14", "Rural crime")}
    assert {(a["number"], str(a["meeting_date"])) for a in found["agenda_items"]} == {
        ("1", "2026-09-15"), ("2", "2026-09-15")}


def test_a_theme_of_the_meeting_line_is_the_meetings_topic(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Performance Accountability Meeting", level=1)
    document.add_paragraph("Date: 12 October 2026")
    document.add_paragraph("Theme of the meeting: Inspection outcomes")
    document.add_heading("Agenda", level=2)
    document.add_paragraph("1. Welcome and apologies")
    document.add_paragraph("2. The force's response to the inspection report")
    path = tmp_path / "meeting.docx"
    document.save(str(path))
    assert [(str(m["meeting_date"]), m["topic"]) for m in records(path)["meetings"]] == [
        ("2026-10-12", "Inspection outcomes")]


def test_a_tick_key_line_under_the_actions_heading_is_the_trackers_key_not_an_action(tmp_path: Path) -> None:
    if MARK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(MARK_FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    marks = ParagraphStyle("marks", parent=BODY, fontName=MARK_FONT)
    cell = ParagraphStyle("cell", parent=marks, fontSize=9, leading=11, spaceAfter=0)
    rows = [["Ref", "Meeting", "Action", "Progress", "Done"],
            ["PPM 26-09", "21/05/2026", "Publish the ward contact details.", "Published in June.", "\u2713"],
            ["PPM 26-10", "25/06/2026", "Report abstraction figures each quarter.", "First report in October.",
             "\u2717"]]
    table = Table([[Paragraph(text, cell) for text in row] for row in rows], colWidths=[60, 60, 160, 130, 40])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    path = pdf(tmp_path / "meeting.pdf", [
        Paragraph("Public Performance Meeting", H1),
        Paragraph("Date: 10 September 2026", BODY),
        Paragraph("Actions", H2),
        Paragraph("\u2713 = done; \u2717 = not yet done. Done actions are reported once and then removed.", marks),
        table])
    found = {a["number"]: a for a in records(path)["actions"]}
    assert {ref: (a["text"], a["status"]) for ref, a in found.items()} == {
        "PPM 26-09": ("Publish the ward contact details.", "complete"),
        "PPM 26-10": ("Report abstraction figures each quarter.", "outstanding")}


def test_the_notes_one_numbered_item_is_their_topic_though_the_pack_goes_on_under_unnumbered_headings(
        tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Oversight Board", level=1)
    document.add_paragraph("Date: Thursday 17 September 2026")
    document.add_heading("Record of the Oversight Board – 20 August 2026", level=1)
    document.add_heading("1. Welcome and apologies", level=2)
    document.add_paragraph("Apologies were received from the Chief Constable.")
    document.add_heading("2. Hate crime", level=2)
    document.add_paragraph("The Board discussed the hate crime update.")
    document.add_heading("3. Any other business", level=2)
    document.add_paragraph("None.")
    document.add_heading("Action tracker", level=2)
    document.add_paragraph("No actions are open.")
    document.add_heading("Item 4 – Road safety: questions for the Board", level=2)
    document.add_paragraph("How many people were killed or seriously injured on the roads?")
    path = tmp_path / "board.docx"
    document.save(str(path))
    topics = {str(m["meeting_date"]): m["topic"] for m in records(path)["meetings"]}
    assert topics["2026-08-20"] == "Hate crime"


def test_the_notes_one_unnumbered_sub_heading_is_their_topic(tmp_path: Path) -> None:
    path = pdf(tmp_path / "panel.pdf", [
        Paragraph("Accountability and Performance Panel", H1),
        Paragraph("Friday 18 September 2026 at 10.00am, County Hall", BODY),
        Paragraph("Record of the Accountability and Performance Panel held on 24 July 2026", H2),
        Paragraph("Present: the Police and Crime Commissioner (Chair) and the Chief Constable.", BODY),
        Paragraph("Rural crime", ParagraphStyle("h3", parent=H1, fontSize=11.5, leading=14)),
        Paragraph("The Chief Constable reported on farm machinery thefts.", BODY),
        Paragraph("Action log", H2),
        Paragraph("No actions are open.", BODY)])
    topics = {str(m["meeting_date"]): m["topic"] for m in records(path)["meetings"]}
    assert topics["2026-07-24"] == "Rural crime"
