"""Released rounds 34 and 34b: how an action log dates its rows, and where
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
