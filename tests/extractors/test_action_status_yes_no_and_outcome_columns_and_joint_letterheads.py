"""Action trackers' ways of giving a status, and the office a pack names, each
on a small real PDF or Word file: a Y/N answer under "Complete (Y/N)", an
"Outcome" column of "Achieved" / "Partly achieved" / "Not achieved", a tracker
headed "Open actions" or "Actions closed since ...", a joint letterhead of the
commissioner and the force, an office named after its area, and an office named
only in passing."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, BOLD, H1, grid, grouped_grid, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

H2 = ParagraphStyle("h2", parent=BOLD, fontSize=13, leading=16, spaceBefore=6, spaceAfter=6)


def _statuses(path: Path) -> list[tuple]:
    return sorted((a["number"], a["status"], a["status_source"]) for a in records(path)["actions"])


def _word_tracker(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    document = Document()
    document.add_heading("Accountability Meeting – notes of the meeting held on 4 November 2025", level=2)
    document.add_heading("Action tracker", level=2)
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for row, values in enumerate([header, *rows]):
        for col, text in enumerate(values):
            table.cell(row, col).text = text
    document.save(str(path))
    return path


def test_a_yes_or_no_under_a_column_asking_complete_is_the_status(tmp_path: Path) -> None:
    path = _word_tracker(tmp_path / "tracker.docx", ["No.", "Meeting", "Action", "Lead", "Update", "Complete (Y/N)"], [
        ["AM 12", "02/09/2025", "Publish the road safety plan.", "Superintendent", "Published in October.", "Y"],
        # the update reads as done, but the column says the board has not closed it
        ["AM 13", "02/09/2025", "Provide the custody waiting times.", "Chief Inspector", "Figures were sent.", "N"],
        ["AM 14", "04/11/2025", "Review the drones policy.", "Head of Operations", "Review under way.", "No"],
    ])
    assert _statuses(path) == [("AM 12", "complete", "status_column"), ("AM 13", "outstanding", "status_column"),
                               ("AM 14", "outstanding", "status_column")]


def test_a_yes_under_a_column_asking_open_means_outstanding(tmp_path: Path) -> None:
    path = _word_tracker(tmp_path / "tracker.docx", ["Ref", "Action", "Update", "Open?"], [
        ["7", "Share the hate crime audit.", "Audit shared.", "No"],
        ["8", "Report the 101 abandonment rate.", "Figures were received.", "Yes"],
    ])
    assert _statuses(path) == [("7", "complete", "status_column"), ("8", "outstanding", "status_column")]


def test_an_outcome_column_of_achievement_words_is_the_status_and_a_meeting_row_names_no_topic(
        tmp_path: Path) -> None:
    rows = [
        ["No.", "Action", "Owner", "Update", "Outcome"],
        ["Actions from the meeting of 14 August 2025", "", "", "", ""],
        ["HA 3", "Provide the number of vehicle crimes by ward.", "Head of Analysis",
         "Figures will be provided in March.", "Achieved"],
        ["HA 4", "Confirm the date of the new custody suite opening.", "Chief Inspector",
         "Date confirmed as 1 May.", "Not achieved – carried forward"],
        ["Actions from the meeting of 9 October 2025", "", "", "", ""],
        ["HA 7", "Report the stop and search outcomes by ethnicity.", "Superintendent",
         "First figures sent in December.", "Partly achieved"],
    ]
    flow = [Paragraph("Holding to Account meeting – 22 January 2026", H1), Paragraph("Action tracker", H2),
            grouped_grid(rows, [1, 4])]
    found = sorted(records(pdf(tmp_path / "hta.pdf", flow))["actions"], key=lambda a: a["number"])
    assert [(a["number"], a["status"], a["status_source"], a["topic"], str(a["meeting_date"])) for a in found] == [
        ("HA 3", "complete", "status_column", None, "2025-08-14"),
        ("HA 4", "outstanding", "status_column", None, "2025-08-14"),
        ("HA 7", "outstanding", "status_column", None, "2025-10-09"),
    ]


def test_a_tracker_headed_by_a_status_gives_its_rows_that_status(tmp_path: Path) -> None:
    flow = [
        Paragraph("Performance Board – 10 March 2026", H1),
        Paragraph("Open actions", H2),
        grid([["Ref", "Raised", "Action", "Owner", "Due", "Update"],
              # "was presented" would read as done: the table's heading says it is still open
              ["PB 21", "13/01/2026", "Report the rape charge rate by district.", "Head of Crime", "April 2026",
               "A draft was presented to the Chief Officer Group."],
              ["PB 22", "13/01/2026", "Set up a log of complaints about stop and search.", "Head of Standards",
               "May 2026", "Log being designed."]],
             [45, 60, 140, 70, 55, 110]),
        Paragraph("Actions closed since the last Board", H2),
        grid([["Ref", "Raised", "Action", "Closed", "Closure note"],
              ["PB 18", "11/11/2025", "Circulate the victims' strategy to members.", "02/02/2026",
               "Circulated with the February briefing."]],
             [45, 60, 170, 60, 145]),
        Paragraph("Open and closed actions are listed in full on the Board's website.", BODY),
    ]
    assert _statuses(pdf(tmp_path / "board.pdf", flow)) == [
        ("PB 18", "complete", "status_column"), ("PB 21", "outstanding", "status_column"),
        ("PB 22", "outstanding", "status_column")]


def _organisations(path: Path) -> tuple[str | None, set[str | None]]:
    found = records(path)
    return found["documents"][0]["organisation"], {m["organisation"] for m in found["meetings"]}


def test_a_joint_letterhead_of_the_commissioner_and_the_force_names_the_commissioners_office(
        tmp_path: Path) -> None:
    flow = [Paragraph("Office of the Police and Crime Commissioner for Dyfed-Powys and Dyfed-Powys Police", BOLD),
            Paragraph("Joint Audit Committee – 20 January 2026", H1),
            Paragraph("Agenda", H2), Paragraph("1. Apologies", BODY), Paragraph("2. Internal audit", BODY)]
    office = "Police and Crime Commissioner for Dyfed-Powys"
    assert _organisations(pdf(tmp_path / "jac.pdf", flow)) == (office, {office})


def test_an_office_named_after_its_area_of_two_names_keeps_both(tmp_path: Path) -> None:
    flow = [Paragraph("Devon and Cornwall Police and Crime Commissioner", BOLD),
            Paragraph("Performance Board – 3 February 2026", H1),
            Paragraph("Agenda", H2), Paragraph("1. Apologies", BODY), Paragraph("2. Road safety", BODY),
            Paragraph("The Board reports to the Police and Crime Commissioner every quarter on its work.", BODY)]
    # both places, named as the office styles its area (forces.json office_area; docs/gold-format.md)
    office = "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"
    assert _organisations(pdf(tmp_path / "board.pdf", flow)) == (office, {office})


def test_an_office_named_only_inside_a_sentence_is_no_organisation(tmp_path: Path) -> None:
    flow = [Paragraph("Safeguarding Governance Board – 5 February 2026", H1),
            Paragraph("Agenda", H2), Paragraph("1. Apologies", BODY), Paragraph("2. Child protection plan", BODY),
            Paragraph("Progress is reported monthly to this Board and quarterly to the Police and Crime "
                      "Commissioner.", BODY)]
    assert _organisations(pdf(tmp_path / "board.pdf", flow)) == (None, {None})
