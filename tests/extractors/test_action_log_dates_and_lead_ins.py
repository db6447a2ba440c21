"""How an action log dates its rows, and where
its actions were minuted. A bilingual log names each row's month in Welsh and
in English ("16 Mawrth / March 2027"); a log may head its date column with the
meeting's own name ("Challenge") rather than a date word; minutes may list
the actions they resolve to take under a sentence saying so. Real reportlab
PDFs."""

from __future__ import annotations

from pathlib import Path

from files import BODY, BOLD, H1, grid, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph


def test_a_bilingual_log_dates_each_row_by_its_english_month(tmp_path: Path) -> None:
    path = pdf(tmp_path / "log.pdf", [
        Paragraph("Bwrdd Atebolrwydd / Accountability Board", H1),
        Paragraph("Dydd Mawrth 22 Mehefin 2027 / Tuesday 22 June 2027, 10:00", BODY),
        Paragraph("Log gweithredu / Action log", H1),
        grid([["Cyf. / Ref", "Dyddiad / Date", "Cam gweithredu / Action", "Diweddariad / Update", "Statws / Status"],
              ["AB 27/02", "16 Mawrth / March 2027", "Provide the number of reports made through the portal.",
               "Figures circulated on 2 April 2027.", "Cwblhawyd / Complete"],
              ["AB 27/05", "20 Ebr / Apr 2027", "Arrange a visit to the control room.",
               "Visit being arranged.", "Ar agor / Open"]], [55, 85, 150, 120, 70]),
    ])

    found = records(path)

    assert {a["number"]: a["meeting_date"] for a in found["actions"]} == {
        "AB 27/02": "2027-03-16", "AB 27/05": "2027-04-20"}


def _tracker(path: Path, dates_heading: str, dates: tuple[str, str]) -> Path:
    return pdf(path, [
        Paragraph("Policing Challenge", H1),
        Paragraph("Thursday 24 June 2027, 10:00, City Hall", BODY),
        grid([["Item", "Subject", "Presenter"], ["1", "Welcome", "Deputy Mayor"],
              ["2", "Action tracker", "Secretariat"]], [40, 260, 150]),
        Paragraph("Policing Challenge: Stop and search \u2013 note of the meeting held on 17 February 2027", H1),
        Paragraph("The Deputy Mayor questioned the force on its use of stop and search.", BODY),
        Paragraph("Action tracker", H1),
        grid([["Ref", dates_heading, "Action", "Update", "Status"],
              ["PC/26/31", dates[0], "Share the evaluation of the ward panels.", "Evaluation shared.", "Complete"],
              ["PC/27/02", dates[1], "Set out how complaints will be reported by borough.", "Data being validated.",
               "In progress"]], [60, 80, 170, 120, 70]),
    ])


def test_a_column_of_past_dates_under_the_meetings_own_name_dates_each_row(tmp_path: Path) -> None:
    found = records(_tracker(tmp_path / "tracker.pdf", "Challenge", ("21 October 2026", "17 February 2027")))

    assert {a["number"]: a["meeting_date"] for a in found["actions"]} == {
        "PC/26/31": "2026-10-21", "PC/27/02": "2027-02-17"}


def test_a_column_holding_a_date_after_the_meeting_is_a_deadline_not_the_meeting_raising_the_row(
        tmp_path: Path) -> None:
    found = records(_tracker(tmp_path / "tracker.pdf", "Target", ("21 October 2026", "17 September 2027")))

    assert {a["number"]: a["meeting_date"] for a in found["actions"]} == {"PC/26/31": None, "PC/27/02": None}


def test_actions_a_minute_resolves_to_take_are_the_logs_rows_where_minuted(tmp_path: Path) -> None:
    lettered = ParagraphStyle("lettered", parent=BODY, leftIndent=18)
    path = pdf(tmp_path / "minutes.pdf", [
        Paragraph("Monitoring Board", H1),
        Paragraph("Wednesday 12 May 2027, 10.00am, Police Headquarters", BODY),
        Paragraph("Agenda", H1),
        Paragraph("1. Minutes of the meeting held on 17 March 2027", BOLD),
        Paragraph("2. Action log", BOLD),
        PageBreak(),
        Paragraph("Minutes of the Monitoring Board, 17 March 2027", H1),
        Paragraph("Present: Commissioner (Chair), Chief Constable.", BODY),
        Paragraph("Vetting and professional standards", H1),
        Paragraph("18.1 The Head of Professional Standards presented the quarterly report.", BODY),
        Paragraph("18.2 <b>Resolved</b> that the following actions be taken:", BODY),
        Paragraph("(a) MB 27/06 – Report monthly progress against the re-vetting plan.", lettered),
        Paragraph("(b) MB 27/07 – Commission a thematic review of misconduct hearings.", lettered),
        Paragraph("19. Any other business. None.", BODY),
        PageBreak(),
        Paragraph("Action log", H1),
        grid([["Ref", "Meeting", "Action", "Update", "Status"],
              ["MB 27/06", "17 March 2027", "Report monthly progress against the re-vetting plan.",
               "Reports received.", "Discharged"],
              ["MB 27/07", "17 March 2027", "Commission a thematic review of misconduct hearings.",
               "Terms of reference drafted.", "Live"]], [55, 75, 170, 110, 60]),
    ])

    found = records(path)["actions"]

    assert sorted((a["number"], a["page"], a["meeting_date"], a["status"]) for a in found) == [
        ("MB 27/06", 2, "2027-03-17", "complete"), ("MB 27/07", 2, "2027-03-17", "outstanding")]


def test_a_column_of_past_timescales_is_no_meeting_raising_the_rows(tmp_path: Path) -> None:
    path = pdf(tmp_path / "log.pdf", [
        Paragraph("Policing Board", H1),
        Paragraph("Wednesday 14 April 2027, 10:00, Police Headquarters", BODY),
        Paragraph("Action log", H1),
        grid([["Ref", "Action", "Owner", "Timescale", "Status"],
              ["PB 27/01", "Publish the stop and search dashboard.", "DCC", "31 March 2027", "Complete"],
              ["PB 27/02", "Review the custody staffing model.", "ACC", "28 February 2027", "Open"]],
             [55, 180, 60, 90, 60]),
        Paragraph("Progress log", H1),
        grid([["Ref", "Action", "Update", "Status", "Last updated"],
              ["PB 27/03", "Brief the panel on vetting.", "Briefing given.", "Complete", "2 April 2027"],
              ["PB 27/04", "Map the neighbourhood teams.", "Mapping begun.", "Open", "6 April 2027"]],
             [55, 170, 100, 60, 80]),
    ])

    found = records(path)["actions"]

    raised = {a["number"]: a["meeting_date"] for a in found}
    assert set(raised) == {"PB 27/01", "PB 27/02", "PB 27/03", "PB 27/04"}
    assert not {"2027-03-31", "2027-02-28", "2027-04-02", "2027-04-06"} & set(raised.values())


def test_a_lead_in_takes_only_the_items_under_it_not_the_minutes_next_paragraphs(tmp_path: Path) -> None:
    lettered = ParagraphStyle("lettered", parent=BODY, leftIndent=18)
    path = pdf(tmp_path / "minutes.pdf", [
        Paragraph("Minutes of the Monitoring Board, 17 March 2027", H1),
        Paragraph("Present: Commissioner (Chair), Chief Constable.", BODY),
        Paragraph("Vetting and professional standards", H1),
        Paragraph("18.1 The Head of Professional Standards presented the quarterly report.", BODY),
        Paragraph("18.2 <b>Resolved</b> that the following actions be taken:", BODY),
        Paragraph("(a) Report monthly progress against the re-vetting plan.", lettered),
        Paragraph("(b) Commission a thematic review of misconduct hearings.", lettered),
        Paragraph("18.3 The Board noted the update on the vetting backlog.", BODY),
        Paragraph("18.4 The Chair thanked officers for the report.", BODY),
    ])

    found = records(path)["actions"]

    assert sorted(a["text"] for a in found) == [
        "Commission a thematic review of misconduct hearings.",
        "Report monthly progress against the re-vetting plan."]


def test_a_sentence_telling_of_actions_the_force_took_lists_no_actions(tmp_path: Path) -> None:
    bullet = ParagraphStyle("bullet", parent=BODY, leftIndent=18)
    path = pdf(tmp_path / "minutes.pdf", [
        Paragraph("Minutes of the Monitoring Board, 17 March 2027", H1),
        Paragraph("Present: Commissioner (Chair), Chief Constable.", BODY),
        Paragraph("Custody inspection", H1),
        Paragraph("3.1 The Chief Constable described the following actions taken since the last inspection:", BODY),
        Paragraph("\u2022 Detainee risk assessments are now reviewed by a sergeant.", bullet),
        Paragraph("\u2022 Cell call bells are tested daily.", bullet),
        Paragraph("3.2 The Commissioner welcomed the progress.", BODY),
    ])

    assert records(path)["actions"] == []


def test_a_numbered_action_keeps_its_number_when_it_opens_with_a_reference_shaped_name(tmp_path: Path) -> None:
    path = pdf(tmp_path / "minutes.pdf", [
        Paragraph("Minutes of the Monitoring Board, 17 March 2027", H1),
        Paragraph("Present: Commissioner (Chair), Chief Constable.", BODY),
        Paragraph("Actions", H1),
        Paragraph("1. Circulate the revised terms of reference to members.", BODY),
        Paragraph("2. PEEL 2025: report progress against each area for improvement.", BODY),
    ])

    found = records(path)["actions"]

    assert sorted(a["number"] for a in found) == ["1", "2"]


def test_a_lead_in_takes_its_own_sub_numbered_paragraphs_as_its_actions(tmp_path: Path) -> None:
    path = pdf(tmp_path / "minutes.pdf", [
        Paragraph("Minutes of the Monitoring Board, 17 March 2027", H1),
        Paragraph("Present: Commissioner (Chair), Chief Constable.", BODY),
        Paragraph("Vetting and professional standards", H1),
        Paragraph("18.1 The Head of Professional Standards presented the quarterly report.", BODY),
        Paragraph("18.2 Resolved that the following actions be taken:", BODY),
        Paragraph("18.2.1 Report monthly progress against the re-vetting plan.", BODY),
        Paragraph("18.2.2 Commission a thematic review of misconduct hearings.", BODY),
        Paragraph("18.3 The Board noted the update on the vetting backlog.", BODY),
    ])

    found = records(path)["actions"]

    assert sorted(a["text"] for a in found) == [
        "Commission a thematic review of misconduct hearings.",
        "Report monthly progress against the re-vetting plan."]
