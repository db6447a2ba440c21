"""Whole packs of other offices: meetings, agenda items and actions among a
pack's noise, on real generated PDF and Word files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from files import BODY, BOLD, H1, docx, grid, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from extractors.action_status import status_from_update


def _by_date(found: list[dict]) -> dict[date, dict]:
    return {date.fromisoformat(str(m["meeting_date"])): m for m in found}


def test_notes_headed_by_the_board_then_minutes_are_a_meeting_with_their_theme(tmp_path: Path) -> None:
    flow = [
        Paragraph("Office of the Police and Crime Commissioner for Kent", BOLD),
        Paragraph("Performance and Delivery Board", H1),
        Paragraph("Wednesday 3 December 2025 at 10.00am", BODY),
        Paragraph("AGENDA", H1),
        grid([["No.", "Agenda item", "Lead"], ["1", "Minutes of the meeting held on 24 September 2025", "PCC"],
              ["2", "Action log", "Head of Performance"]], [40, 300, 120]),
        Paragraph("Performance and Delivery Board - Minutes of the meeting held on 24 September 2025", H1),
        Paragraph("Present: Police and Crime Commissioner (Chair), Chief Constable.", BODY),
        Paragraph("Theme: Public Contact", BODY),
        Paragraph("The Chief Superintendent presented the force's paper.", BODY),
        Paragraph("Action log", H1),
        grid([["No.", "Meeting", "Action", "Update", "Status"],
              ["1", "24/09/2025", "Kent Police to set a target for 101 call answering.", "Target agreed.",
               "Complete"],
              ["2", "11/06/2025", "OPCC to publish the stop and search data.", "Published in July.", "Complete"]],
             [30, 60, 180, 150, 60]),
    ]
    found = records(pdf(tmp_path / "pack.pdf", flow))
    meetings = _by_date(found["meetings"])
    assert set(meetings) == {date(2025, 12, 3), date(2025, 9, 24)}
    notes = meetings[date(2025, 9, 24)]
    assert notes["topic"] == "Public Contact"
    assert notes["title"] == "Performance and Delivery Board - Minutes of the meeting held on 24 September 2025"
    assert notes["page"] == 1
    assert meetings[date(2025, 12, 3)]["topic"] is None
    # a log with no topic column gives the theme of the meeting that raised a row to that row alone
    topics = {a["text"]: a["topic"] for a in found["actions"]}
    assert topics == {"Kent Police to set a target for 101 call answering.": "Public Contact",
                      "OPCC to publish the stop and search data.": None}


def test_a_decision_record_heading_is_notes_and_names_no_topic_itself(tmp_path: Path) -> None:
    path = docx(tmp_path / "pack.docx", [
        ("b", "Office of the Police, Fire and Crime Commissioner for Northamptonshire"),
        ("h1", "Accountability Board"),
        ("p", "Tuesday 13 January 2026 at 09:30, Darby House, Northampton"),
        ("h2", "Agenda"),
        ("p", "1. Decision record of the last Board"),
        ("p", "Item 2 - Minutes of the meeting held on 9 September 2025"),  # an agenda line, no notes heading
        ("h2", "ACCOUNTABILITY BOARD \u2013 DECISION RECORD \u2013 11 NOVEMBER 2025"),
        ("p", "Topic: Rural and Business Crime"),
        ("p", "Attendees: Commissioner; Chief Executive; Chief Constable."),
    ])
    meetings = _by_date(records(path)["meetings"])
    assert set(meetings) == {date(2026, 1, 13), date(2025, 11, 11)}
    assert meetings[date(2025, 11, 11)]["topic"] == "Rural and Business Crime"
    # the Topic line under the record is that meeting's, not the pack's own
    assert meetings[date(2026, 1, 13)]["topic"] is None


def test_a_report_front_sheet_titles_its_item_not_the_pack_meeting(tmp_path: Path) -> None:
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.add_paragraph().add_run("Police and Crime Commissioner for Dyfed-Powys").bold = True
    document.add_heading("Policing Accountability Board", level=1)
    document.add_paragraph("Date: 18 November 2025")
    document.add_heading("Agenda", level=2)
    for line in ("1. Notes of the previous meeting", "2. Road safety and roads policing", "3. Performance"):
        document.add_paragraph(line)
    document.add_heading("Item 2", level=2)
    document.add_heading("Policing Accountability Board - 18 November 2025", level=2)  # the report's own heading
    sheet = document.add_table(rows=2, cols=2)
    for row, (key, value) in enumerate((("Meeting Date", "18 November 2025"),
                                        ("Report Title", "Road safety and roads policing"))):
        sheet.cell(row, 0).text, sheet.cell(row, 1).text = key, value
    document.add_paragraph("The report sets out the force's work on the fatal four offences.")
    path = tmp_path / "pack.docx"
    document.save(str(path))
    (meeting,) = records(path)["meetings"]
    assert (meeting["meeting_date"], meeting["title"], meeting["topic"]) == (
        "2025-11-18", "Policing Accountability Board", None)


def _notes_with_actions_arising(tmp_path: Path) -> Path:
    body = ParagraphStyle("body", parent=BODY, fontSize=11, leading=14)
    item = ParagraphStyle("item", parent=body, leftIndent=18, bulletIndent=0)
    heading = ParagraphStyle("item heading", parent=body, fontName="Helvetica-Bold", fontSize=11.5, leftIndent=18,
                             bulletIndent=0, bulletFontName="Helvetica-Bold", bulletFontSize=11.5)
    nested = ParagraphStyle("nested", parent=body, leftIndent=42, bulletIndent=24)
    return pdf(tmp_path / "notes.pdf", [
        Paragraph("ACCOUNTABILITY BOARD", H1),
        Paragraph("Date: Tuesday 14 October 2025", body),
        Paragraph("NOTES OF THE ACCOUNTABILITY BOARD - 9 SEPTEMBER 2025", H1),
        Paragraph("Topic: Serious Violence", body),
        Paragraph("Welcome and apologies", heading, bulletText="1."),
        Paragraph("The PCC welcomed everyone to the meeting.", item),
        Paragraph("Serious Violence", heading, bulletText="2."),
        Paragraph("The Deputy Chief Constable introduced the paper.", item),
        Paragraph("Actions arising", heading),
        Paragraph("The force to bring an evaluation plan for the diversion schemes to the January Board.", nested,
                  bulletText="1."),
        Paragraph("The OPCC to write to the chairs of the integrated care boards about data sharing.", nested,
                  bulletText="2."),
        Paragraph("The force to report violence with injury in the hotspot areas separately.", nested,
                  bulletText="3."),
        Paragraph("Any other business", heading, bulletText="3."),
        Paragraph("There was no other business.", item),
    ])


def test_a_numbered_action_list_inside_a_numbered_item_ends_at_the_next_item(tmp_path: Path) -> None:
    found = records(_notes_with_actions_arising(tmp_path))["actions"]
    assert [(a["number"], a["text"]) for a in found] == [
        ("1", "The force to bring an evaluation plan for the diversion schemes to the January Board."),
        ("2", "The OPCC to write to the chairs of the integrated care boards about data sharing."),
        ("3", "The force to report violence with injury in the hotspot areas separately."),
    ]
    assert {(a["meeting_date"], a["topic"], a["status"]) for a in found} == {
        ("2025-09-09", "Serious Violence", "unknown")}


def test_a_tracker_row_under_a_merged_topic_over_a_page_break_is_a_row_of_its_own(tmp_path: Path) -> None:
    rows = [["Topic", "Action", "Update", "Status"],
            ["Road Safety", "That the force shares its enforcement figures by district.", "Figures shared.",
             "Complete"]]
    rows += [["", f"That the force reviews speed camera site {n}.", "Review held.", "Complete"] for n in range(1, 9)]
    rows += [["Stalking", "That the force reports on the use of stalking protection orders.",
              "Report to be presented in May 2026.", "In progress"],
             ["", "That victims' feedback on the stalking advocacy service be shared.",
              "Awaiting data from the provider.", "In progress"],
             ["", "That stalking training for call handlers be included in the training plan.",
              "Included in the plan approved in December.", "Complete"]]
    tracker = grid(rows, [80, 200, 140, 70])
    filler = [Paragraph("The Board reviewed the action log.", BODY) for _ in range(20)]  # the break after row 10
    found = records(pdf(tmp_path / "tracker.pdf", [
        Paragraph("Performance and Accountability Board", H1), Paragraph("Date: 3 March 2026", BODY),
        *filler, Paragraph("Action tracker", H1), tracker]))["actions"]
    stalking = [(a["text"], a["status"], a["page"]) for a in found if a["topic"] == "Stalking"]
    pages = [page for _text, _status, page in stalking]
    assert pages[0] < pages[1], "the table is meant to break between the first two stalking rows"
    assert [(text, status) for text, status, _page in stalking] == [
        ("That the force reports on the use of stalking protection orders.", "outstanding"),
        ("That victims' feedback on the stalking advocacy service be shared.", "outstanding"),
        ("That stalking training for call handlers be included in the training plan.", "complete"),
    ]


def _log_docx(path: Path, key_line: str | None, header: list[str], rows: list[list[str]],
              fills: dict[tuple[int, int], str] | None = None) -> Path:
    """A Word pack: the board, its date, an action log under an optional key line; ``fills``
    shades (row, col) cells of the log's body."""
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.add_paragraph().add_run("Office of the Police and Crime Commissioner for Gwent").bold = True
    document.add_heading("Strategy and Performance Board", level=1)
    document.add_paragraph("Date: 25 November 2025")
    document.add_heading("Action log", level=2)
    if key_line:
        document.add_paragraph(key_line)
    log = document.add_table(rows=len(rows) + 1, cols=len(header))
    log.style = "Table Grid"
    for col, text in enumerate(header):
        log.cell(0, col).text = text
    for r, row in enumerate(rows, start=1):
        for col, text in enumerate(row):
            log.cell(r, col).text = text
    for (r, col), colour in (fills or {}).items():
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:fill"), colour)
        log.cell(r, col)._tc.get_or_add_tcPr().append(shading)
    document.save(str(path))
    return path


def _statuses(path: Path) -> dict[str, tuple[str, str]]:
    return {a["number"]: (a["status"], a["status_source"]) for a in records(path)["actions"]}


def test_a_brag_key_reads_green_as_on_track_in_shading_words_and_letters(tmp_path: Path) -> None:
    key = "BRAG status: Blue \u2013 complete; Green \u2013 on track; Amber \u2013 at risk; Red \u2013 overdue."
    rows = [["SPB 25/30", "Publish the domestic abuse figures.", "Published on 1 October."],
            ["SPB 25/31", "Review the use of body-worn video.", "Review started in October."],
            ["SPB 25/32", "Report on repeat victims.", "Report drafted."]]
    # a pale green shading is the key's green, though its hue is far from a strong green's
    shaded = _log_docx(tmp_path / "shaded.docx", key, ["Ref", "Action", "Progress update", "BRAG"],
                       [row + [""] for row in rows], {(1, 3): "00B0F0", (2, 3): "92D050", (3, 3): "FFC000"})
    assert _statuses(shaded) == {"SPB 25/30": ("complete", "cell_shading"),
                                 "SPB 25/31": ("outstanding", "cell_shading"),
                                 "SPB 25/32": ("outstanding", "cell_shading")}
    worded = _log_docx(tmp_path / "worded.docx", key, ["Ref", "Action", "Update", "Status"],
                       [row + [colour] for row, colour in zip(rows, ("Blue", "Green", "Red"))])
    assert _statuses(worded) == {"SPB 25/30": ("complete", "status_column"),
                                 "SPB 25/31": ("outstanding", "status_column"),
                                 "SPB 25/32": ("outstanding", "status_column")}
    lettered = _log_docx(tmp_path / "lettered.docx", "RAG: B \u2013 complete; G \u2013 on track; A \u2013 at risk; "
                         "R \u2013 overdue.", ["Ref", "Action", "Update", "RAG"],
                         [row + [letter] for row, letter in zip(rows, ("B", "G", "R"))])
    assert _statuses(lettered) == {"SPB 25/30": ("complete", "status_column"),
                                   "SPB 25/31": ("outstanding", "status_column"),
                                   "SPB 25/32": ("outstanding", "status_column")}


def test_without_a_key_green_is_done_as_on_any_rag_log(tmp_path: Path) -> None:
    path = _log_docx(tmp_path / "rag.docx", None, ["Ref", "Action", "Update", "Status"],
                     [["1", "Publish the figures.", "Published.", "Green"],
                      ["2", "Review the policy.", "Started.", "Amber"]])
    assert _statuses(path) == {"1": ("complete", "status_column"), "2": ("outstanding", "status_column")}


def test_a_log_without_status_takes_it_from_the_update_wording(tmp_path: Path) -> None:
    updates = {
        "R1": ("Review underway, due to conclude in January 2026.", "outstanding"),
        "R2": ("The survey closes on 30 November; results to follow.", "outstanding"),
        "R3": ("Outreach plan agreed at a meeting on 6 November 2025 and shared with the partnership.", "complete"),
        "R4": ("Letter sent on 19 November 2025.", "complete"),
        "R5": ("Scheduled for the June 2026 Board.", "outstanding"),
        "R6": ("The council has agreed to add the questions; the survey opens on 12 January 2026. "
               "No further action required.", "complete"),
        "R7": ("Invitation to be sent in January 2026.", "outstanding"),
        # dated entries: the latest is the current position
        "R8": ("04/11/2025: Data requested from the provider. 02/12/2025: Figures received. Complete.", "complete"),
        "R9": ("10/11/2025: Specification circulated \u2013 complete. 09/02/2026: Reopened \u2013 the provider "
               "asked for changes.", "outstanding"),
        "R10": ("12/01/2026: Plan being drafted with HR; due for the April Board.", "outstanding"),
    }
    path = _log_docx(tmp_path / "log.docx", None, ["Ref", "Date", "Action", "Update"],
                     [[ref, "14/10/2025", f"Force to take action {ref}.", update]
                      for ref, (update, _status) in updates.items()])
    found = records(path)["actions"]
    assert {a["number"]: (a["status"], a["status_source"]) for a in found} == {
        ref: (status, "inferred_from_update") for ref, (_, status) in updates.items()}
    # wording is weaker evidence than a printed status
    assert max(a["confidence"] for a in found) < 0.9


def _notes_docx(path: Path, items: list[str]) -> Path:
    return docx(path, [
        ("h1", "Strategic Priorities Assurance Board"),
        ("p", "Monday 15 December 2025, 14:00"),
        ("h2", "Notes of the Strategic Priorities Assurance Board held on 20 October 2025"),
        ("p", "Present: Police and Crime Commissioner (Chair), Deputy Chief Constable."),
        *[entry for n, title in enumerate(items, start=3)
          for entry in (("h3", f"Item {n}: {title}"), ("p", "The Deputy Chief Constable introduced the report."))],
        ("h3", "Actions agreed"),
        ("li", "The Force to share the breach figures by division."),
        ("li", "The Force to report charge times to the Board in April 2026."),
    ])


def test_actions_closing_notes_of_one_item_take_that_item_as_topic(tmp_path: Path) -> None:
    one = records(_notes_docx(tmp_path / "one.docx", ["Violence Against Women and Girls"]))["actions"]
    assert [(a["meeting_date"], a["topic"]) for a in one] == [("2025-10-20", "Violence Against Women and Girls")] * 2
    # notes of several items do not say which of them an action closing them was agreed on
    several = records(_notes_docx(tmp_path / "several.docx", ["Road safety", "Rural crime"]))["actions"]
    assert [a["topic"] for a in several] == [None, None]


def test_the_deputy_mayor_who_holds_the_meeting_is_its_office_though_the_letterhead_names_the_mayor(
        tmp_path: Path) -> None:
    found = records(pdf(tmp_path / "pack.pdf", [
        Paragraph("West Yorkshire Combined Authority \u2013 Mayor of West Yorkshire", BOLD),
        Paragraph("Policing and Crime Accountability Meeting", H1),
        Paragraph("Thursday 27 November 2025, 2.00pm", BODY),
        Paragraph("Agenda", H1),
        grid([["Item", "Business", "Lead"], ["1", "Apologies", "Deputy Mayor for Policing and Crime"],
              ["2", "Any other business", "Deputy Mayor for Policing and Crime"]], [40, 250, 170]),
        Paragraph("The Deputy Mayor for Policing and Crime, on behalf of the Mayor, holds the Chief Constable to "
                  "account at this meeting.", BODY),
    ]))
    # the settled convention (docs/gold-format.md): the office-holder who holds the meeting, as printed
    assert found["documents"][0]["organisation"] == "Deputy Mayor for Policing and Crime"
    assert [m["organisation"] for m in found["meetings"]] == ["Deputy Mayor for Policing and Crime"]


def test_wording_that_promises_or_defers_the_update_says_nothing() -> None:
    for update in ("Update to follow.", "The force has agreed to provide the data by March."):
        assert status_from_update(update).value == "unknown", update
    assert status_from_update("The force has agreed the plan.").value == "complete"


def test_a_title_dated_after_the_board_is_the_pack_meeting_and_dates_its_agenda(tmp_path: Path) -> None:
    found = records(pdf(tmp_path / "pack.pdf", [
        Paragraph("South Yorkshire Mayoral Combined Authority", BODY),
        Paragraph("Public Accountability Board \u2013 Tuesday 20 January 2026", H1),
        Paragraph("10.00am, Broad Street West, Sheffield.", BODY),
        grid([["Item", "Business", "Lead"], ["1", "Welcome and apologies", "Mayor"],
              ["2", "Notes of the previous meeting", "Head of Policing Governance"]], [40, 250, 170]),
        Paragraph("Police Accountability Forum: summary of the meeting held on 18 November 2025", H1),
        Paragraph("Topic: Stalking and harassment", BODY),
        Paragraph("Action log", H1),
        grid([["Ref", "Date raised", "Action", "Update", "Status"],
              ["PAB/25/33", "18/11/2025", "Report the outcomes of stalking protection order breaches.",
               "Report drafted.", "In progress"],
              ["PAB/25/31", "16/09/2025", "Provide the number of knife arches deployed.", "Provided.", "Complete"]],
             [60, 60, 170, 110, 60]),
    ]))
    meetings = _by_date(found["meetings"])
    assert set(meetings) == {date(2026, 1, 20), date(2025, 11, 18)}
    assert meetings[date(2026, 1, 20)]["title"] == "Public Accountability Board - Tuesday 20 January 2026"
    assert meetings[date(2025, 11, 18)]["topic"] == "Stalking and harassment"
    assert {item["meeting_date"] for item in found["agenda_items"]} == {"2026-01-20"}
    assert {a["number"]: a["topic"] for a in found["actions"]} == {"PAB/25/33": "Stalking and harassment",
                                                                   "PAB/25/31": None}


def test_tracker_rows_raised_at_notes_of_one_item_take_that_item(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("CORPORATE GOVERNANCE BOARD", level=1)
    document.add_paragraph("Tuesday 24 February 2026, 2.00pm, Force Headquarters")
    document.add_heading("Corporate Governance Board \u2013 minutes of the meeting held on 16 December 2025", level=2)
    document.add_paragraph("Present: Police and Crime Commissioner (Chair); Chief Constable.")
    document.add_heading("Item 3: Digital forensics", level=3)
    document.add_paragraph("The Head of Digital Forensics presented the report.")
    document.add_paragraph("Item 4: The Chief Finance Officer presented the budget report, which was noted.")
    document.add_heading("Action log", level=2)
    log = document.add_table(rows=3, cols=4)
    for r, row in enumerate((("No.", "Raised", "Action", "Update"),
                             ("CGB 25/42", "16/12/2025", "Bring a retention plan for examiners.",
                              "12/01/2026: Plan being drafted."),
                             ("CGB 25/40", "21/10/2025", "Report custody referrals.", "Figures received."))):
        for c, text in enumerate(row):
            log.cell(r, c).text = text
    path = tmp_path / "pack.docx"
    document.save(str(path))
    assert {a["number"]: a["topic"] for a in records(path)["actions"]} == {"CGB 25/42": "Digital forensics",
                                                                           "CGB 25/40": None}


def test_a_reference_a_narrow_column_wrapped_is_one_word(tmp_path: Path) -> None:
    found = records(pdf(tmp_path / "log.pdf", [
        Paragraph("Strategic Scrutiny Meeting", H1), Paragraph("Date: 27 January 2026", BODY),
        Paragraph("Action log", H1),
        grid([["Ref", "Date raised", "Action", "Update", "Status"],
              ["SSM/25/14", "25/11/2025", "Provide the number of shop theft offences charged.", "Figures sent.",
               "Complete"],
              ["PDB 25/15", "25/11/2025", "Confirm the allocation policy date.", "Not yet known.", "In progress"]],
             [38, 60, 170, 110, 60])]))["actions"]
    # the ref wraps in its 38-point column; a space the office printed ("PDB 25/15") stays
    assert [a["number"] for a in found] == ["SSM/25/14", "PDB 25/15"]


def _prose_notes(path: Path, closing: list[tuple[str, str]]) -> Path:
    return docx(path, [
        ("h1", "ACCOUNTABILITY AND PERFORMANCE PANEL"),
        ("p", "Friday 13 February 2026 at 10.00am, Endeavour House, Ipswich"),
        ("h2", "Notes of the Accountability and Performance Panel held on Friday 5 December 2025"),
        ("p", "Present: Police and Crime Commissioner (Chair), Chief Constable."),
        ("p", "Item 3: Road safety"),
        ("b", "LoE 2: What has the Force done with the dashcam footage submitted by the public?"),
        ("p", "About 2,300 submissions were received in the year."),
        ("p", "Conclusion: Limited assurance. The PCC noted the backlog and asked that it is kept under review."),
        ("p", "The PCC asked that the Force set out how the dashcam backlog will be cleared by the next meeting. "
              "He also asked that the collision data by site is shared with the OPCC analyst."),
        ("p", "Item 4: Force performance report"),
        ("p", "The Deputy Chief Constable introduced the quarterly report, which was noted."),
        *closing,
    ])


def test_requests_minuted_in_prose_are_actions_where_the_notes_list_none(tmp_path: Path) -> None:
    found = records(_prose_notes(tmp_path / "prose.docx", []))["actions"]
    assert [(a["text"], a["topic"], a["meeting_date"], a["number"], a["status"], a["source"]) for a in found] == [
        ("The PCC asked that the Force set out how the dashcam backlog will be cleared by the next meeting.",
         "Road safety", "2025-12-05", None, "unknown", "action_list"),
        ("He also asked that the collision data by site is shared with the OPCC analyst.",
         "Road safety", "2025-12-05", None, "unknown", "action_list"),
    ]
    # notes that list their actions: the list is the record of them, the prose is discussion
    listed = records(_prose_notes(tmp_path / "listed.docx", [
        ("h3", "Actions"), ("li", "The Force to clear the dashcam backlog by the next meeting.")]))["actions"]
    assert [a["text"] for a in listed] == ["The Force to clear the dashcam backlog by the next meeting."]


def test_a_bold_item_heading_numbered_like_the_actions_ends_their_list(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Accountability Board", level=1)
    document.add_paragraph("Date: Tuesday 14 October 2025")
    document.add_heading("Notes of the Accountability Board - 9 September 2025", level=2)
    document.add_paragraph("Topic: Serious Violence")
    document.add_heading("Actions arising", level=3)
    for action in ("The Constabulary to bring an evaluation plan to the January Board.",
                   "The OPCC to write to the chairs of the integrated care boards."):
        document.add_paragraph(action, style="List Number")
    document.add_paragraph(style="List Number").add_run("Any other business").bold = True
    document.add_paragraph("There was no other business.")
    path = tmp_path / "notes.docx"
    document.save(str(path))
    assert [a["text"] for a in records(path)["actions"]] == [
        "The Constabulary to bring an evaluation plan to the January Board.",
        "The OPCC to write to the chairs of the integrated care boards."]


def test_action_lines_take_the_numbered_item_not_a_level_or_question_heading_above_them(tmp_path: Path) -> None:
    path = docx(tmp_path / "minutes.docx", [
        ("h1", "Accountability Board"),
        ("p", "Date: 19 February 2026"),
        ("h2", "Minutes of the Accountability Board held on 11 December 2025"),
        ("h3", "2. Violence against women and girls"),
        ("p", "2.1 The Chief Constable introduced the report."),
        ("h4", "Question 2: What is the Force doing to increase the charge rate for stalking offences?"),
        ("p", "The charge rate for stalking was 7% in the year to October 2025."),
        ("h4", "Level of assurance: Limited"),
        ("p", "The Commissioner felt the charge rate remained too low."),
        ("p", "ACTION: Report on completion of stalking refresher training at the next board."),
        ("h3", "3. Custody"),
        ("h4", "Level of assurance: No assurance"),
        ("p", "ACTION: Commissioner to write to the directors of children's services on secure accommodation."),
    ])
    assert [(a["text"][:20], a["topic"]) for a in records(path)["actions"]] == [
        ("Report on completion", "Violence against women and girls"), ("Commissioner to writ", "Custody")]


def test_a_focus_area_line_is_the_notes_theme(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Scrutiny and Accountability Meeting", level=1)
    document.add_paragraph("Date: 11 March 2026")
    document.add_heading("Notes of the Scrutiny and Accountability Meeting, 14 January 2026", level=2)
    document.add_paragraph("Focus area: Hate crime")
    document.add_heading("Action log", level=2)
    log = document.add_table(rows=2, cols=4)
    for r, row in enumerate((("No.", "Date", "Action", "Progress"),
                             ("1", "14/01/2026", "Force to review the third-party reporting scheme.", "Under way."))):
        for c, text in enumerate(row):
            log.cell(r, c).text = text
    path = tmp_path / "focus.docx"
    document.save(str(path))
    found = records(path)
    assert {m["meeting_date"]: m["topic"] for m in found["meetings"]}["2026-01-14"] == "Hate crime"
    assert [a["topic"] for a in found["actions"]] == ["Hate crime"]


def _notes_and_log_pdf(path: Path, items: list[str]) -> Path:
    """Notes of 9 December 2025 minuting ``items`` ("Item N – title" lines),
    then a log with no topic column: two rows raised at those notes, one earlier."""
    flow = [
        Paragraph("Police and Crime Commissioner for Staffordshire", H1),
        Paragraph("Strategic Governance Board \u2013 10 February 2026", BOLD),
        Paragraph("Notes of the meeting held on 9 December 2025", H1),
        Paragraph("Attendees: Police and Crime Commissioner; Deputy Chief Constable.", BODY),
        *[p for n, title in enumerate(items, start=3)
          for p in (Paragraph(f"Item {n} \u2013 {title}", BOLD), Paragraph("The report was discussed.", BODY))],
        Paragraph("Action tracker", H1),
        grid([["Ref", "Meeting date", "Action", "Update", "Status"],
              ["GB/31", "09/12/2025", "Report the fraud referral backlog by team.", "Figures due in March.", "Open"],
              ["GB/32", "09/12/2025", "Share the victim survey results.", "Shared in January.", "Complete"],
              ["GB/27", "14/10/2025", "Confirm the custody inspection date.", "Confirmed.", "Complete"]],
             [40, 60, 170, 130, 50]),
    ]
    return pdf(path, flow)


def test_standing_business_minuted_beside_one_item_leaves_that_item_the_topic(tmp_path: Path) -> None:
    # any other business and public questions are no subject an action is raised on
    one = records(_notes_and_log_pdf(tmp_path / "one.pdf", ["Fraud", "Any other business", "Public questions"]))
    assert {a["number"]: a["topic"] for a in one["actions"]} == {"GB/31": "Fraud", "GB/32": "Fraud", "GB/27": None}
    # two subjects minuted: the layout does not say which one a log row was raised on
    two = records(_notes_and_log_pdf(tmp_path / "two.pdf", ["Fraud", "Victims' services", "Any other business"]))
    assert {a["number"]: a["topic"] for a in two["actions"]} == {"GB/31": None, "GB/32": None, "GB/27": None}


def test_notes_in_two_theme_parts_have_no_theme_of_their_own(tmp_path: Path) -> None:
    def pack(themes: list[str]) -> dict[str, list[dict]]:
        document = Document()
        document.add_heading("Strategy and Performance Board", level=1)
        document.add_paragraph("Tuesday 3 March 2026, 13:30")
        document.add_heading("Minutes of the Strategy and Performance Board, 2 December 2025", level=2)
        document.add_paragraph("Present: Police and Crime Commissioner (Chair); Chief Constable.")
        for theme in themes:
            document.add_heading(f"Theme: {theme}", level=3)
            document.add_paragraph("The Chief Superintendent presented the force's update.")
        document.add_heading("Action log", level=2)
        log = document.add_table(rows=2, cols=4)
        for r, row in enumerate((("Ref", "Date", "Action", "Update"),
                                 ("SPB-7", "02/12/2025", "Publish the patrol results.", "Published."))):
            for c, text in enumerate(row):
                log.cell(r, c).text = text
        path = tmp_path / f"themes-{len(themes)}.docx"
        document.save(str(path))
        return records(path)

    one = pack(["Roads policing"])
    assert {m["meeting_date"]: m["topic"] for m in one["meetings"]}["2025-12-02"] == "Roads policing"
    assert [a["topic"] for a in one["actions"]] == ["Roads policing"]
    # each theme heads a part of the notes; a log row raised at them is placed under neither
    two = pack(["Roads policing", "Rural crime"])
    assert {m["meeting_date"]: m["topic"] for m in two["meetings"]}["2025-12-02"] is None
    assert [a["topic"] for a in two["actions"]] == [None]
