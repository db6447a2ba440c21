"""Mechanisms, each on a real PDF or Word file made here: a letter's subject
line as its title and a letter never taken for the report it writes about; a
pack's title from the board's name in its running header (the English side of a
bilingual one, less the office before it); "An inspection of X Police's
response to ..." as HMICFRS's report, an "improvement plan" as the force's
response; the forces a thematic visited are not the document's force."""

from __future__ import annotations

from pathlib import Path

import files


def test_a_letter_is_titled_by_its_subject_line_and_is_no_peel_report(tmp_path: Path) -> None:
    path = files.pdf_lines(tmp_path / "letter.pdf", [
        ("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", 10, True),
        ("Chief Constable, Essex Police", 11, False),
        ("3 October 2025", 11, False),
        ("Essex Police: PEEL 2023–25 causes of concern revisit", 11, True),
        ("Dear Chief Constable,", 11, False),
        ("In our PEEL 2023–25 report on Essex Police we identified a cause of concern.", 11, False),
        ("Cause of concern", 13, True),
        ("The force doesn't answer emergency calls quickly enough.", 11, True),
        ("We are satisfied the cause of concern has been addressed.", 11, False),
    ])
    records = files.records(path)
    document = records["documents"][0]
    assert document["title"] == "Essex Police: PEEL 2023-25 causes of concern revisit"
    assert document["doc_kind"] == "inspection_report"
    # a cause of concern the letter quotes is still a record, discharged or not
    assert [c["text"] for c in records["causes_of_concern"]] == [
        "The force doesn't answer emergency calls quickly enough."]


def test_a_bilingual_pack_is_titled_by_the_english_board_name_in_its_running_header(tmp_path: Path) -> None:
    path = files.docx(tmp_path / "minutes.docx", [
        ("h1", "Cofnodion / Minutes"),
        ("p", "Dyddiad / Date: 8 Gorffennaf 2025 / 8 July 2025"),
        ("p", "Lleoliad / Venue: Pencadlys yr Heddlu / Police Headquarters"),
        ("h2", "1. Ymddiheuriadau / Apologies"),
        ("p", "Apologies were received from the Assistant Chief Constable."),
        ("h2", "2. Troseddau gwledig / Rural crime"),
        ("p", "The Deputy Chief Constable explained how rural crime is investigated."),
    ], header=("Comisiynydd Heddlu a Throseddu Dyfed-Powys / Police and Crime Commissioner for Dyfed-Powys",
               "Bwrdd Atebolrwydd Plismona / Policing Accountability Board"))
    assert files.records(path)["documents"][0]["title"] == "Policing Accountability Board"


def test_a_pack_titled_only_in_its_running_header_drops_the_offices_before_the_board(tmp_path: Path) -> None:
    path = files.docx(tmp_path / "board.docx", [
        ("p", "Thursday, 6th March 2025, 10:00 – 12:00, City Hall"),
        ("h1", "AGENDA"),
        ("li", "Minutes and actions of the last meeting"),
        ("h1", "ITEM 2: QUARTERLY PERFORMANCE"),
        ("p", "The Deputy Commissioner presented the quarterly performance report."),
    ], header=("LCCO / CCP SCRUTINY BOARD",))
    assert files.records(path)["documents"][0]["title"] == "SCRUTINY BOARD"


def test_an_inspection_of_a_force_response_to_a_crime_is_an_inspection_report(tmp_path: Path) -> None:
    path = files.pdf_lines(tmp_path / "inspection.pdf", [
        ("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", 10, False),
        ("An inspection of Kent Police's response to stalking", 18, True),
        ("Introduction", 14, True),
        ("We didn't grade the force in this inspection.", 11, False),
    ])
    assert files.records(path)["documents"][0]["doc_kind"] == "inspection_report"


def test_an_improvement_plan_is_a_force_response(tmp_path: Path) -> None:
    path = files.docx(tmp_path / "plan.docx", [
        ("h1", "Kent Police PEEL 2023–25 improvement plan"),
        ("p", "This plan sets out the force's response to the areas for improvement in HMICFRS's report."),
    ])
    assert files.records(path)["documents"][0]["doc_kind"] == "force_response"


def test_the_forces_a_thematic_inspection_visited_are_not_its_force(tmp_path: Path) -> None:
    path = files.pdf_lines(tmp_path / "thematic.pdf", [
        ("An inspection of how well the police respond to missing adults", 18, True),
        ("We inspected four forces: Kent Police, Essex Police, Surrey Police and Sussex Police.", 11, False),
        ("We found that forces give reports of missing adults a lower priority than the risk warrants.", 11, False),
    ])
    assert files.records(path)["documents"][0]["force"] is None


def test_our_overall_judgment_lines_and_performance_found_to_be_a_grade(tmp_path: Path) -> None:
    path = files.docx(tmp_path / "peel.docx", [
        ("h1", "PEEL 2021/22 Police effectiveness, efficiency and legitimacy"),
        ("h2", "An inspection of Kent Police"),
        ("p", "Published: 10 November 2022"),
        ("h1", "Engaging with and treating the public with fairness and respect"),
        ("b", "We found the force's performance in engaging with and treating the public with fairness and "
              "respect to be good."),
        ("h1", "Building, supporting and protecting the workforce"),
        ("b", "Our overall judgment: Adequate"),
    ])
    grades = {g["area"]: (g["grade"], g["framework"], g["as_of"]) for g in files.records(path)["grades"]}
    assert grades == {"Police powers and public treatment": ("Good", "PEEL 2021/22", "2022-11"),
                      "Developing a positive workplace": ("Adequate", "PEEL 2021/22", "2022-11")}


def test_a_paper_quoting_two_inspections_grades_in_prose(tmp_path: Path) -> None:
    path = files.docx(tmp_path / "paper.docx", [
        ("b", "Accountability Board"),
        ("p", "Date of meeting: 4 June 2025"),
        ("h1", "HMICFRS PEEL 2023–25 inspection of Kent Police"),
        ("h2", "2. Background"),
        ("p", "2.1 In its PEEL 2021/22 inspection, published in September 2022, HMICFRS found the force to be good "
              "at preventing crime and anti-social behaviour and protecting vulnerable people."),
        ("p", "2.2 The force was found to require improvement in responding to the public, investigating crime and "
              "providing a service to the victims of crime."),
        ("h2", "3. The PEEL 2023–25 inspection"),
        ("p", "3.1 HMICFRS published its PEEL 2023–25 report on Kent Police on 3 April 2025. It graded the force as "
              "outstanding at preventing crime, the first such grade the force has received."),
        ("p", "3.2 HMICFRS found the force adequate in responding to the public, developing a positive workplace "
              "and leadership and force management, and it requires improvement in investigating crime."),
    ])
    grades = {(g["framework"], g["as_of"], g["area"], g["area_raw"], g["grade"]) for g in files.records(path)["grades"]}
    assert grades == {
        ("PEEL 2021/22", "2022-09", "Preventing crime", "preventing crime and anti-social behaviour", "Good"),
        ("PEEL 2021/22", "2022-09", "Protecting vulnerable people", "protecting vulnerable people", "Good"),
        ("PEEL 2021/22", "2022-09", "Responding to the public", "responding to the public", "Requires improvement"),
        ("PEEL 2021/22", "2022-09", "Investigating crime", "investigating crime", "Requires improvement"),
        ("PEEL 2021/22", "2022-09", "Providing a service to victims of crime",
         "providing a service to the victims of crime", "Requires improvement"),
        ("PEEL 2023-25", "2025-04", "Preventing crime", "preventing crime", "Outstanding"),
        ("PEEL 2023-25", "2025-04", "Responding to the public", "responding to the public", "Adequate"),
        ("PEEL 2023-25", "2025-04", "Developing a positive workplace", "developing a positive workplace", "Adequate"),
        ("PEEL 2023-25", "2025-04", "Leadership and force management", "leadership and force management",
         "Adequate"),
        ("PEEL 2023-25", "2025-04", "Investigating crime", "investigating crime", "Requires improvement"),
    }
