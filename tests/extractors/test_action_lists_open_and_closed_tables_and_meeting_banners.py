"""Ways of listing and tracking actions, each on a small real PDF or Word file:
a table of actions agreed inside the notes with no progress column; open and
closed tables with no status column; dated update rows merged under each
action; the status only as the update's first words."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, H1, grid, pdf, records, word_table
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, TableStyle

H2 = ParagraphStyle("h2", parent=H1, fontSize=13, leading=16)


def _actions(path: Path) -> dict[str, dict]:
    return {a["number"]: a for a in records(path)["actions"]}


def test_a_table_of_actions_agreed_under_a_numbered_actions_heading_is_the_notes_action_list(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Policing Board", level=1)
    document.add_paragraph("Wednesday 9 September 2026, 2pm")
    document.add_heading("Policing Board – Notes of the meeting held on 8 July 2026", level=2)
    document.add_paragraph("Theme: Roads policing")
    document.add_heading("1. Apologies", level=3)
    document.add_paragraph("None received.")
    document.add_heading("2. Questions and responses", level=3)
    document.add_paragraph("Q1. How many drivers were detected using a mobile phone?")
    document.add_paragraph("There were 1,204 detections, up 12%.")
    document.add_heading("3. Actions", level=3)
    word_table(document, [["Ref", "Action", "Owner", "Due"],
                      ["PB 26/04", "Report mobile phone detections by district.", "ACC Operations", "October 2026"],
                      ["PB 26/05", "Share the speed camera review.", "Head of Roads Policing", "December 2026"]])
    document.add_heading("Action log", level=2)
    word_table(document, [["Ref", "Date of meeting", "Action", "Update", "Status"],
                      ["PB 26/01", "13 May 2026", "Provide the collision figures for 2025.", "Provided.", "Closed"]])
    path = tmp_path / "board.docx"
    document.save(str(path))
    found = _actions(path)
    assert {ref: (a["text"], a["topic"], str(a["meeting_date"]), a["source"], a["status"], a["update"])
            for ref, a in found.items()} == {
        "PB 26/04": ("Report mobile phone detections by district.", "Roads policing", "2026-07-08", "action_list",
                     "unknown", None),
        "PB 26/05": ("Share the speed camera review.", "Roads policing", "2026-07-08", "action_list", "unknown",
                     None),
        "PB 26/01": ("Provide the collision figures for 2025.", None, "2026-05-13", "action_tracker", "complete",
                     "Provided.")}


def test_open_and_closed_tables_with_no_status_column_take_their_headings_status(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Oversight Board – Summary note of the meeting held on 3 June 2026", level=2)
    document.add_heading("2. Knife crime", level=3)
    document.add_paragraph("The Commander presented the knife crime figures.")
    document.add_paragraph("Action OB/26/21: MPS to share the weapons sweep results by borough.")
    document.add_heading("Open actions", level=4)
    word_table(document, [["Ref", "Raised", "Action", "Owner", "Update", "Target date"],
                      ["OB/26/09", "11/03/2026", "MPS to publish the knife crime problem profile.", "MPS",
                       "Profile received; proposed to close at this Board.", "July 2026"]])
    document.add_heading("Actions closed since the last Board", level=4)
    # "How closed" is the update; a minuted action closed since is one action, closed in the log
    word_table(document, [["Ref", "Raised", "Action", "How closed", "Date closed"],
                      ["OB/26/21", "03/06/2026", "MPS to share the weapons sweep results by borough.",
                       "Results shared on 20 June 2026.", "01/07/2026"]])
    path = tmp_path / "board.docx"
    document.save(str(path))
    found = _actions(path)
    assert {ref: (a["status"], a["update"], a["source"], str(a["meeting_date"]), a["topic"])
            for ref, a in found.items()} == {
        "OB/26/09": ("outstanding", "Profile received; proposed to close at this Board.", "action_tracker",
                     "2026-03-11", None),
        "OB/26/21": ("complete", "Results shared on 20 June 2026.", "action_tracker", "2026-06-03", "Knife crime")}


def test_update_rows_merged_under_each_action_are_its_update_and_say_its_status_where_none_is_printed(
        tmp_path: Path) -> None:
    table = grid([["Ref", "Raised", "Action", "Lead", "Status"],
                  ["SB 26/02", "19/03/2026", "Report on the drone pilot.", "ACC", "Closed"],
                  ["<i>Update 23/04/2026: Data collated.</i><br/><i>Update 25/06/2026: Report presented.</i>",
                   "", "", "", ""],
                  ["SB 26/05", "23/04/2026", "Share the stalking audit with the OPCC.", "Registrar", ""],
                  ["<i>Update 25/06/2026: Audit fieldwork under way.</i><br/><i>Update 20/07/2026: Audit shared "
                   "on 14 July; action discharged.</i>", "", "", "", ""],
                  ["SB 26/06", "23/04/2026", "Confirm the PCSO recruitment plan.", "Head of HR", ""],
                  ["<i>Update 25/06/2026: Plan agreed and shared.</i><br/><i>Update 20/07/2026: Second campaign "
                   "being planned.</i>", "", "", "", ""]], [60, 60, 190, 80, 60])
    table.setStyle(TableStyle([("SPAN", (0, row), (-1, row)) for row in (2, 4, 6)]))
    path = pdf(tmp_path / "board.pdf", [Paragraph("Strategic Board – Minutes of the meeting held on 25 June 2026", H2),
                                        Paragraph("Retail crime", H2), Paragraph("The report was noted.", BODY),
                                        Paragraph("Action tracker – July 2026", H2), table])
    found = _actions(path)
    assert {ref: (a["update"].split(), a["topic"], a["status"], a["status_source"]) for ref, a in found.items()} == {
        "SB 26/02": ("Update 23/04/2026: Data collated. Update 25/06/2026: Report presented.".split(), None,
                     "complete", "status_column"),
        # the Status cell blank: the latest entry says the action was discharged
        "SB 26/05": ("Update 25/06/2026: Audit fieldwork under way. Update 20/07/2026: Audit shared on 14 July; "
                     "action discharged.".split(), None, "complete", "inferred_from_update"),
        "SB 26/06": ("Update 25/06/2026: Plan agreed and shared. Update 20/07/2026: Second campaign being "
                     "planned.".split(), None, "outstanding", "inferred_from_update")}


def test_the_status_as_the_updates_first_words_proposed_to_close_is_outstanding(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Level 1 action log – July 2026", level=2)
    document.add_paragraph("The status of each action is the first word of its update.")
    word_table(document, [["No.", "Raised", "Action", "Owner", "Update"],
                      ["26/10", "28/04/2026", "Report officers trained in stalking orders.", "ACC",
                       "PROPOSED TO CLOSE \u2013 412 officers trained; figures in the June pack."],
                      ["26/11", "28/04/2026", "Publish the contact dashboard.", "Head of Contact",
                       "COMPLETE \u2013 published on 3 June 2026."],
                      ["26/12", "28/04/2026", "Review 101 call-backs.", "Head of Contact",
                       "ONGOING \u2013 review started in June."]])
    path = tmp_path / "log.docx"
    document.save(str(path))
    assert {ref: (a["status"], a["status_source"]) for ref, a in _actions(path).items()} == {
        "26/10": ("outstanding", "inferred_from_update"), "26/11": ("complete", "inferred_from_update"),
        "26/12": ("outstanding", "inferred_from_update")}


def test_meeting_banners_date_a_logs_rows_and_its_numbers_join_the_actions_agreed_at_that_meeting(
        tmp_path: Path) -> None:
    table = grid([["No.", "Action", "Update", "Status"],
                  ["Policing Board – 12 March 2026", "", "", ""],
                  ["1", "Provide the speed camera detections.", "Figures provided.", "Complete"],
                  ["2", "Report on mental health calls.", "Deferred twice.", "Open"],
                  ["Policing Board – 11 June 2026", "", "", ""],
                  ["1", "Present the forensic backlog by device type.", "Circulated on 7 July.", "Complete"],
                  ["2", "Joint review of victim updates.", "Terms of reference agreed.", "Open"]],
                 [30, 230, 150, 60])
    table.setStyle(TableStyle([("SPAN", (0, 1), (-1, 1)), ("SPAN", (0, 4), (-1, 4))]))
    path = pdf(tmp_path / "board.pdf", [
        Paragraph("Policing Board – Notes of the meeting held on 11 June 2026", H2),
        Paragraph("Item 2: Serious sexual offences", H2),
        Paragraph("The Detective Superintendent presented the report.", BODY),
        Paragraph("Actions agreed", H2),
        # worded otherwise than the log: the same action by its number among the June rows
        Paragraph("1. The Force will present a breakdown of the forensic backlog by device type.", BODY),
        Paragraph("2. The OPCC and the Force will review how victims are kept updated.", BODY),
        PageBreak(),
        Paragraph("Action log", H2), table])
    found = sorted((str(a["meeting_date"]), a["number"], a["text"], a["topic"], a["page"])
                   for a in records(path)["actions"])
    assert found == [
        ("2026-03-12", "1", "Provide the speed camera detections.", None, 2),
        ("2026-03-12", "2", "Report on mental health calls.", None, 2),
        ("2026-06-11", "1", "Present the forensic backlog by device type.", "Serious sexual offences", 1),
        ("2026-06-11", "2", "Joint review of victim updates.", "Serious sexual offences", 1)]


def test_bold_action_lines_read_as_headings_are_minuted_under_their_item(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on Tuesday 12 May 2026", level=1)
    for item, minute, action in (
            ("3. Hate crime", "The Superintendent presented the hate crime figures.",
             "ACTION: The Force to share the victim survey results with the OPCC once the survey closes. (AB/26/21)"),
            ("4. Estates", "The Head of Estates reported the custody suite is delayed.",
             "ACTION: The Head of Estates to bring a revised business case to the Commissioner. (AB/26/22)")):
        document.add_heading(item, level=2)
        document.add_paragraph(minute)
        document.add_paragraph().add_run(action).bold = True
    document.add_heading("Accountability Board – action log", level=2)
    word_table(document, [["Ref", "Date raised", "Action", "Update", "Status"],
                      ["AB/26/21", "12/05/2026", "Share the victim survey results after the survey.",
                       "Survey closes in October.", "Open"],
                      ["AB/26/22", "12/05/2026", "Bring a revised custody business case.", "Presented in June.",
                       "Closed"]])
    path = tmp_path / "board.docx"
    document.save(str(path))
    found = _actions(path)
    assert {ref: (a["text"], a["topic"], a["status"]) for ref, a in found.items()} == {
        "AB/26/21": ("Share the victim survey results after the survey.", "Hate crime", "outstanding"),
        "AB/26/22": ("Bring a revised custody business case.", "Estates", "complete")}
