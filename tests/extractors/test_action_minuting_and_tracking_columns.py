"""Ways of minuting and tracking actions, each on a small real PDF or Word
file: an action line after its minute number with the reference in brackets, a
completion still awaiting the board's sign-off, a log whose only status is the
date each action was completed, question headings under the item an action is
minuted under, one update column per meeting, and a scrutiny log of questions
whose "Action arising" may be "None"."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, BOLD, H1, grid, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, TableStyle

H2 = ParagraphStyle("h2", parent=BOLD, fontSize=13, leading=16, spaceBefore=6, spaceAfter=6)
H4 = ParagraphStyle("h4", parent=BOLD, fontSize=11.5, leading=14, spaceBefore=4, spaceAfter=4)


def _actions(path: Path) -> dict[str, dict]:
    return {a["number"]: a for a in records(path)["actions"]}


def test_a_numbered_minute_naming_its_action_in_brackets_is_the_tracker_row_where_it_was_minuted(
        tmp_path: Path) -> None:
    path = pdf(tmp_path / "board.pdf", [
        Paragraph("Resources Board", H1),
        Paragraph("Minutes of the Resources Board held on 3 February 2026", H2),
        Paragraph("Fleet management", H4),
        Paragraph("4.1 The Head of Fleet presented the report on vehicle availability.", BODY),
        Paragraph("4.2 <b>Action (RB 26/03):</b> The Force to report the number of vehicles off the road for more "
                  "than a month.", BODY),
        Paragraph("Estates", H4),
        Paragraph("5.1 The Head of Estates presented the estates strategy.", BODY),
        Paragraph("5.2 <b>Action (RB 26/04):</b> The Force to publish the timetable for the station closures.", BODY),
        PageBreak(),
        Paragraph("Action tracker", H2),
        grid([["Ref", "Raised", "Action", "Update", "Status"],
              ["RB 25/30", "02/12/2025", "Share the review of overtime spending.", "Review shared in January.",
               "Closed"],
              ["RB 26/03", "03/02/2026", "The Force to report the number of vehicles off the road for more than a "
               "month.", "Figures provided on 20 February 2026.", "Open"],
              # worded otherwise and its reference printed without the space: still the minuted action
              ["RB26/04", "03/02/2026", "Publish the station closure timetable.", "Timetable published.",
               "Complete"]], [50, 55, 170, 140, 60]),
    ])
    found = _actions(path)
    assert len(found) == 3
    minuted = [(found[ref]["topic"], found[ref]["page"], str(found[ref]["meeting_date"]))
               for ref in ("RB 26/03", "RB26/04")]
    # both on the page where the minutes print them, however the log words the second
    assert minuted == [("Fleet management", 1, "2026-02-03"), ("Estates", 1, "2026-02-03")]
    assert (found["RB 25/30"]["topic"], found["RB 25/30"]["page"]) == (None, 2)


def test_a_completion_awaiting_the_boards_sign_off_is_outstanding(tmp_path: Path) -> None:
    path = pdf(tmp_path / "tracker.pdf", [
        Paragraph("Governance Board – notes of the meeting held on 10 March 2026", H2),
        Paragraph("Action tracker", H2),
        grid([["Ref", "Raised", "Action", "Update", "Status"],
              ["GB 1", "10/03/2026", "Provide the number of protection orders granted.", "Figures provided.",
               "Complete – awaiting Board sign-off"],
              ["GB 2", "10/03/2026", "Circulate the custody audit.", "Audit circulated.", "Complete"],
              ["GB 3", "10/03/2026", "Bring the rural strategy to the Board.", "Consultation extended.",
               "Carried over"]], [40, 55, 170, 120, 100]),
    ])
    found = _actions(path)
    assert [(ref, found[ref]["status"], found[ref]["status_source"]) for ref in ("GB 1", "GB 2", "GB 3")] == [
        ("GB 1", "outstanding", "status_column"), ("GB 2", "complete", "status_column"),
        ("GB 3", "outstanding", "status_column")]


def _word_notes(path: Path) -> Path:
    """Word notes of one item whose questions are bold numbered paragraphs,
    with a summary label and the actions under the item, then a tracker
    whose only status is the date each action was completed."""
    document = Document()
    document.add_heading("Notes of the Online Public Meeting held on Tuesday 3 March 2026", level=2)
    document.add_heading("Road safety", level=3)
    document.add_paragraph("The Head of Roads Policing presented the report.")
    for question, answer in (("1. How many people were killed or seriously injured on the roads last year?",
                              "There were 412 casualties, down 6%."),
                             ("2. How does the Force target drink and drug driving?",
                              "Summer and winter campaigns, and roadside testing at every collision.")):
        document.add_heading(question, level=4)
        document.add_paragraph(answer)
    document.add_heading("Summary of assurance", level=4)
    document.add_paragraph("The Commissioner was assured on questions 1 and 2.")
    document.add_paragraph("Action RS/26/02: The Force to publish casualty figures by district each quarter.")
    document.add_paragraph("Action RS/26/03: The Force to report the results of the winter campaign.")
    document.add_heading("Action tracker", level=2)
    rows = [["Ref", "Raised", "Action", "Update", "Date completed"],
            ["RS/25/09", "02/12/2025", "Provide the speed camera income for 2025.", "Figures provided.", "20/01/2026"],
            ["RS/25/10", "02/12/2025", "Report on the use of average speed cameras.",
             "Report will come to the June meeting.", ""],
            ["RS/26/02", "03/03/2026", "The Force to publish casualty figures by district each quarter.",
             "First figures published.", "30/04/2026"],
            ["RS/26/03", "03/03/2026", "The Force to report the results of the winter campaign.",
             "Results expected in May.", ""]]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for row, values in enumerate(rows):
        for col, text in enumerate(values):
            table.cell(row, col).text = text
    document.save(str(path))
    return path


def test_a_date_completed_column_is_the_logs_status_and_questions_are_no_item(tmp_path: Path) -> None:
    found = _actions(_word_notes(tmp_path / "notes.docx"))
    assert {ref: (a["status"], a["status_source"]) for ref, a in found.items()} == {
        "RS/25/09": ("complete", "status_column"), "RS/25/10": ("outstanding", "status_column"),
        "RS/26/02": ("complete", "status_column"), "RS/26/03": ("outstanding", "status_column")}
    # minuted under the item, below its questions and its summary label
    assert {ref: a["topic"] for ref, a in found.items()} == {
        "RS/25/09": None, "RS/25/10": None, "RS/26/02": "Road safety", "RS/26/03": "Road safety"}


def test_an_update_column_per_meeting_gives_the_entries_earliest_first(tmp_path: Path) -> None:
    path = pdf(tmp_path / "tracker.pdf", [
        Paragraph("Business Board – scrutiny record – 28 April 2026", H2),
        Paragraph("Action tracker", H2),
        # the later meeting's column printed first: the dates in the headers give the order
        grid([["Ref", "Action", "Update – June 2026", "Update – April 2026", "Status"],
              ["BB/1", "Publish the problem profile summary.", "Published on 12 May 2026.", "Summary drafted.",
               "Complete"],
              ["BB/2", "Bring a plan for the reporting network.", "Coordinator post advertised.", "", "Open"],
              ["BB/3", "Report the survey results.", "", "", "Open"]], [40, 150, 130, 130, 50]),
    ])
    found = _actions(path)
    assert {ref: a["update"] for ref, a in found.items()} == {
        "BB/1": "Summary drafted. Published on 12 May 2026.", "BB/2": "Coordinator post advertised.", "BB/3": None}


def test_a_scrutiny_log_row_with_no_action_arising_is_no_action_and_its_response_no_update(tmp_path: Path) -> None:
    path = pdf(tmp_path / "log.pdf", [
        Paragraph("Notes of the Scrutiny Board held on 26 May 2026", H2),
        Paragraph("Appendix A – Scrutiny log", H2),
        grid([["Ref", "Meeting", "Question", "Summary of response", "Assurance", "Action arising", "Status"],
              ["SL-1", "28/04/2026", "How many officers moved to response?", "Thirty-one moved; 22 returned.",
               "Partially assured", "Report the officers still on temporary moves.", "Complete"],
              ["SL-2", "28/04/2026", "How are ward priorities set?", "Agreed at ward meetings.", "Assured", "None",
               "\u2013"],
              ["SL-3", "26/05/2026", "What is the charge rate?", "The charge rate was 21%.", "Assured",
               "No action required.", "\u2013"],
              ["SL-4", "26/05/2026", "How are repeat victims identified?", "A flag is applied.", "Not assured",
               "Set out when online reports will be checked.", "Open"]], [35, 55, 100, 100, 60, 100, 45]),
    ])
    found = _actions(path)
    assert {ref: (a["update"], a["status"], str(a["meeting_date"])) for ref, a in found.items()} == {
        "SL-1": (None, "complete", "2026-04-28"), "SL-4": (None, "outstanding", "2026-05-26")}


def test_a_date_closed_column_is_the_status_whatever_a_dated_diary_of_updates_says(tmp_path: Path) -> None:
    # the log prints no status column: its Date closed column is the status (settled convention),
    # even where the diary's latest entry reads otherwise
    path = pdf(tmp_path / "tracker.pdf", [
        Paragraph("Governance Board – minutes of the meeting held on 16 December 2025", H2),
        Paragraph("Action log", H2),
        grid([["No.", "Raised", "Action", "Update", "Date closed"],
              ["CG 40", "14/10/2025", "Provide the kiosk return times.",
               "04/11/2025: Data requested. 02/12/2025: Figures received. Complete.", "02/12/2025"],
              ["CG 41", "14/10/2025", "Circulate the forensic backlog plan.",
               "10/11/2025: Plan circulated. 09/02/2026: Plan reissued to members – complete.", ""],
              ["CG 42", "16/12/2025", "Bring a retention plan for examiners.", "Retention plan in preparation.", ""]],
             [40, 55, 150, 190, 60]),
    ])
    found = _actions(path)
    assert {ref: (a["status"], a["status_source"]) for ref, a in found.items()} == {
        "CG 40": ("complete", "status_column"), "CG 41": ("outstanding", "status_column"),
        "CG 42": ("outstanding", "status_column")}


def test_month_columns_under_one_update_header_are_the_updates_earliest_first(tmp_path: Path) -> None:
    table = grid([["Ref", "Action", "Update", "", "Status"],
                  ["", "", "April 2026", "June 2026", ""],
                  ["PB/7", "Share the custody audit.", "Audit drafted.", "Audit shared on 3 May 2026.", "Complete"],
                  ["PB/8", "Report the drones pilot.", "", "Pilot extended to August.", "Open"]],
                 [45, 160, 120, 120, 55])
    table.setStyle(TableStyle([("SPAN", (2, 0), (3, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
                               ("SPAN", (4, 0), (4, 1))]))
    path = pdf(tmp_path / "tracker.pdf", [Paragraph("Policing Board – notes of the meeting held on 5 March 2026", H2),
                                          Paragraph("Action tracker", H2), table])
    found = _actions(path)
    assert {ref: (a["update"], a["status"]) for ref, a in found.items()} == {
        "PB/7": ("Audit drafted. Audit shared on 3 May 2026.", "complete"),
        "PB/8": ("Pilot extended to August.", "outstanding")}


def test_action_lines_under_their_own_heading_after_several_items_take_no_item(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Policing Board held on 2 June 2026", level=2)
    for item, minute in (("Custody", "The Head of Custody presented the report."),
                         ("Knife crime", "The Superintendent presented the knife crime figures.")):
        document.add_heading(item, level=3)
        document.add_paragraph(minute)
    document.add_heading("Actions agreed", level=3)
    document.add_paragraph("ACTION PB/26/01: The Force to report custody waiting times.")
    document.add_paragraph("ACTION PB/26/02: The Force to share the knife crime problem profile.")
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    assert {ref: a["topic"] for ref, a in _actions(path).items()} == {"PB/26/01": None, "PB/26/02": None}


def test_an_update_opening_carried_over_is_outstanding_where_no_status_is_printed(tmp_path: Path) -> None:
    path = pdf(tmp_path / "tracker.pdf", [
        Paragraph("Policing Board – notes of the meeting held on 5 March 2026", H2),
        Paragraph("Action tracker", H2),
        grid([["Ref", "Action", "Update"],
              ["PB/3", "Report on the use of community remedies.",
               "Carried over: the report comes to the June meeting under item 4."],
              ["PB/4", "Circulate the custody audit.", "Audit circulated on 2 March 2026."]], [45, 200, 220]),
    ])
    found = _actions(path)
    assert {ref: (a["status"], a["status_source"]) for ref, a in found.items()} == {
        "PB/3": ("outstanding", "inferred_from_update"), "PB/4": ("complete", "inferred_from_update")}


def test_an_action_line_whose_reference_holds_a_space_is_read_with_it(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Policing Board held on 2 June 2026", level=2)
    document.add_heading("Custody", level=3)
    document.add_paragraph("The Head of Custody presented the report.")
    document.add_paragraph("ACTION PB 26/07: The Force to report custody waiting times by suite.")
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    assert [(a["number"], a["text"], a["topic"]) for a in records(path)["actions"]] == [
        ("PB 26/07", "The Force to report custody waiting times by suite.", "Custody")]
