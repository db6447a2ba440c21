"""Grade and document mechanisms, each on a real PDF or Word file made here: a
commissioner's section 55 letter is a response, its grades dated by the report
it answers; a response's particulars table dates the response and the report
apart; a lead-in closing a paragraph opens the judgments its bullets complete;
a report as the subject of a clause grades the force; another force's grade in
passing is none of the document's; a byline under a paper's title is not part
of it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
import files
from files import BODY, BOLD, H1, TITLE


def _grades(path: Path) -> set[tuple[str, str, str | None, str | None]]:
    return {(g["area"], g["grade"], g["as_of"], g["force"]) for g in files.records(path)["grades"]}


def test_a_section_55_letter_is_a_response_dated_by_the_report_it_answers(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph().add_run("Police and Crime Commissioner for Norfolk").bold = True
    document.add_paragraph("14 March 2026")
    document.add_heading("Section 55 response: HMICFRS PEEL 2023–25 inspection of Norfolk Constabulary", 1)
    document.add_paragraph("Dear Chief Inspector,")
    document.add_paragraph("I welcome the HMICFRS report on the effectiveness, efficiency and legitimacy of Norfolk "
                           "Constabulary, published on 5 February 2026. I set out my comments below.")
    document.add_paragraph("HMICFRS found the force to be good at preventing crime and adequate at investigating "
                           "crime.")
    path = tmp_path / "letter.docx"
    document.save(str(path))
    found = files.records(path)
    assert found["documents"][0]["doc_kind"] == "force_response"
    assert found["documents"][0]["publication_date"] == "2026-03-14"
    assert _grades(path) == {("Preventing crime", "Good", "2026-02", "Norfolk Constabulary"),
                             ("Investigating crime", "Adequate", "2026-02", "Norfolk Constabulary")}


def test_a_response_s_particulars_date_it_and_the_report_and_its_lead_in_opens_judgments(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "response.pdf", [
        Paragraph("Police and Crime Commissioner for Cumbria", BOLD),
        Paragraph("Response to HMICFRS report: National child protection inspection of Cumbria Constabulary", TITLE),
        files.grid([["Report title", "National child protection inspection: Cumbria Constabulary"],
                    ["Date of publication", "14 October 2025"],
                    ["Response by", "Police and Crime Commissioner for Cumbria"],
                    ["Date of response", "20 January 2026"]], [120, 300]),
        Paragraph("Commissioner's response", H1),
        Paragraph("I welcome this report. The inspection found that the constabulary is:", BODY),
        Paragraph("\u2022 good at working with safeguarding partners; and", BODY),
        Paragraph("\u2022 adequate at leadership and management.", BODY),
        Paragraph("HMICFRS judged that the constabulary requires improvement at investigating reports of abuse, "
                  "neglect and exploitation of children, and is inadequate at responding to children at risk of "
                  "harm.", BODY),
    ])
    found = files.records(path)
    assert found["documents"][0]["doc_kind"] == "force_response"
    assert found["documents"][0]["publication_date"] == "2026-01-20"
    assert {(area, grade, as_of) for area, grade, as_of, _ in _grades(path)} == {
        ("Working with safeguarding partners", "Good", "2025-10"),
        ("Child protection leadership", "Adequate", "2025-10"),
        ("Investigating reports of abuse, neglect and exploitation of children", "Requires improvement", "2025-10"),
        ("Responding to children at risk of harm", "Inadequate", "2025-10")}


def test_a_report_as_a_clause_s_subject_grades_the_force_and_another_force_in_passing_does_not(
        tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "paper.pdf", [
        Paragraph("Police and Crime Commissioner for Dorset", BOLD),
        Paragraph("Strategic Board – 4 March 2026", BOLD),
        Paragraph("HMICFRS PEEL 2023–25: causes of concern – progress update", TITLE),
        Paragraph("Report of the Chief Constable", ParagraphStyle("byline", parent=BOLD, fontSize=12, leading=15)),
        Paragraph("Background", H1),
        Paragraph("1.1 HMICFRS's PEEL report on Dorset Police, published in September 2025, graded the force "
                  "inadequate at investigating crime and found that it requires improvement at responding to the "
                  "public and at managing offenders. Elsewhere in the region, Devon and Cornwall Police was graded "
                  "good at preventing crime in its 2025 report.", BODY),
    ])
    found = files.records(path)
    assert found["documents"][0]["title"] == "HMICFRS PEEL 2023-25: causes of concern - progress update"
    assert _grades(path) == {("Investigating crime", "Inadequate", "2025-09", "Dorset Police"),
                             ("Responding to the public", "Requires improvement", "2025-09", "Dorset Police"),
                             ("Managing offenders", "Requires improvement", "2025-09", "Dorset Police")}


GRADE_HEADER = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]


def _report(path: Path, series: str, force: str, chart_row: list[str], body: list) -> Path:
    """A report's cover (dated March 2026), its grade chart and ``body``."""
    return files.pdf(path, [Paragraph(series, H1), Paragraph(f"An inspection of {force}", TITLE),
                            Paragraph("March 2026", BODY), Paragraph("Our judgments", H1),
                            files.grid([GRADE_HEADER, chart_row], [95] * 5), *body])


def test_a_report_s_sections_restate_its_chart_and_grade_nothing_the_chart_leaves_out(tmp_path: Path) -> None:
    grade_line = ParagraphStyle("grade", parent=BOLD, fontSize=11, leading=14)
    path = _report(tmp_path / "report.pdf", "PEEL 2023–25", "Wiltshire Police",
                   ["", "Preventing crime", "Investigating crime", "Leadership and force management", ""], [
        Paragraph("Changes to the framework mean these grades can't be compared with those of our 2021/22 "
                  "inspection. In that inspection we judged the force to be good at investigating crime.", BODY),
        Paragraph("Victim service assessment", H1),
        Paragraph("We audited 120 crime reports. The force is good at making sure crimes are recorded correctly. "
                  "We don't grade this assessment.", BODY),
        Paragraph("Crime recording", ParagraphStyle("h3", parent=BOLD, fontSize=12, leading=15)),
        Paragraph("The force is good at recording crime: it records most crimes within a day.", BODY),
        Paragraph("Preventing crime", H1),
        Paragraph("Good", grade_line),
        Paragraph("Wiltshire Police is good at preventing crime and antisocial behaviour.", BODY),
        Paragraph("Investigating crime", H1),
        Paragraph("Adequate", grade_line),
        Paragraph("Wiltshire Police is adequate at investigating crime.", BODY),
    ])
    found = files.records(path)["grades"]
    assert sorted((g["area"], g["grade"], g["framework"], g["as_of"]) for g in found) == [
        ("Investigating crime", "Adequate", "PEEL 2023-25", "2026-03"),
        ("Leadership and force management", "Requires improvement", "PEEL 2023-25", "2026-03"),
        ("Preventing crime", "Good", "PEEL 2023-25", "2026-03")]


def test_a_report_saying_it_grades_no_force_recalls_the_inspection_s_grades(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "review.pdf", [
        Paragraph("National child protection inspection: post-inspection review", TITLE),
        Paragraph("Humberside Police", H1),
        Paragraph("February 2026", BODY),
        Paragraph("Introduction", H1),
        Paragraph("In March 2025, we published a report on how well the force protects children. We graded the "
                  "force as inadequate at responding to children at risk of harm.", BODY),
        Paragraph("In November 2025, we returned to assess its progress. We don't grade forces in "
                  "post-inspection reviews.", BODY),
    ])
    assert files.records(path)["grades"] == []
    graded = files.pdf(tmp_path / "report.pdf", [
        *files.report_start("Humberside Police", published="2 February 2026"),
        Paragraph("We don't grade forces on the service they give victims. Humberside Police is good at preventing "
                  "crime.", BODY),
    ])
    assert [g["area"] for g in files.records(graded)["grades"]] == ["Preventing crime"]


def test_a_pack_s_meeting_name_over_its_date_line_is_its_title_whatever_its_headings_size(tmp_path: Path) -> None:
    path = files.docx(tmp_path / "pack.docx", [
        ("b", "STRATEGIC BOARD"),
        ("p", "Tuesday 9 December 2025, 10:00 – 12:00, Police Headquarters"),
        ("h2", "Agenda"),
        ("p", "1. Apologies"),
        ("h2", "Purpose of the Board"),
        ("p", "The Board is the Commissioner's formal meeting for holding the Chief Constable to account."),
    ], header=("Police and Crime Commissioner for Gwent",))
    document = files.records(path)["documents"][0]
    assert (document["title"], document["meeting_date"]) == ("STRATEGIC BOARD", "2025-12-09")


def test_a_row_giving_a_grade_and_the_areas_it_grades_binds_it_to_each(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "report.pdf", [
        *files.report_start("Suffolk Constabulary", published="6 January 2026"),
        Paragraph("Our judgments", H1),
        files.grid([["Grade", "Areas"],
                    ["Good", "Preventing crime, managing offenders and investigating crime"],
                    ["Adequate", "Responding to the public<br/>Protecting vulnerable people"],
                    ["Inadequate", "We have causes of concern and have made recommendations."]], [90, 330]),
    ])
    assert _grades(path) == {
        ("Preventing crime", "Good", "2026-01", "Suffolk Constabulary"),
        ("Managing offenders", "Good", "2026-01", "Suffolk Constabulary"),
        ("Investigating crime", "Good", "2026-01", "Suffolk Constabulary"),
        ("Responding to the public", "Adequate", "2026-01", "Suffolk Constabulary"),
        ("Protecting vulnerable people", "Adequate", "2026-01", "Suffolk Constabulary")}


def test_a_report_s_clauses_grade_by_verb_and_by_as_and_a_sentence_naming_another_inspection_recalls(
        tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "report.pdf", [
        *files.report_start("Avon and Somerset Constabulary", published="3 February 2026"),
        Paragraph("Overall summary", H1),
        Paragraph("We graded the force as inadequate at responding to the public, and as requiring improvement in "
                  "investigating crime and in protecting vulnerable people. The force is outstanding in how it "
                  "manages offenders. In its 2021/22 inspection, the force was graded good at preventing crime.",
                  BODY),
    ])
    assert {(area, grade) for area, grade, _, _ in _grades(path)} == {
        ("Responding to the public", "Inadequate"), ("Investigating crime", "Requires improvement"),
        ("Protecting vulnerable people", "Requires improvement"), ("Managing offenders", "Outstanding")}


def test_a_paper_dates_its_grades_by_the_month_hmicfrs_published_its_report(tmp_path: Path) -> None:
    path = files.docx(tmp_path / "paper.docx", [
        ("p", "Police and Crime Panel – 9 July 2025"),
        ("h1", "HMICFRS PEEL 2023–25 inspection of Kent Police"),
        ("p", "HMICFRS published its report in April 2025. It found Kent Police to be good at preventing crime."),
    ])
    assert _grades(path) == {("Preventing crime", "Good", "2025-04", "Kent Police")}


def test_a_commissioner_s_letter_about_an_inspection_is_a_response_the_inspectorate_s_is_not(
        tmp_path: Path) -> None:
    def letter(name: str, letterhead: str) -> Path:
        return files.docx(tmp_path / name, [
            ("b", letterhead),
            ("p", "20 February 2026"),
            ("h1", "HMICFRS PEEL 2023–25 inspection of Lincolnshire Police: my comments"),
            ("p", "Dear Chief Inspector,"),
            ("p", "The inspection found that the force is good at preventing crime."),
        ])
    kinds = [files.records(letter(name, head))["documents"][0]["doc_kind"] for name, head in (
        ("pcc.docx", "Police and Crime Commissioner for Lincolnshire"),
        ("hmicfrs.docx", "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"))]
    assert kinds == ["force_response", "inspection_report"]


def test_a_row_naming_its_inspection_takes_its_framework_and_a_dated_front_line_dates_no_table(
        tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "paper.pdf", [
        Paragraph("Police and Crime Panel – 9 July 2025", BOLD),
        Paragraph("HMICFRS inspections of Kent Police", TITLE),
        files.grid([["Inspection", "Area", "Grade", "Comment"],
                    ["PEEL 2021/22", "Preventing crime", "Good", "Since April 2024 the force has changed its model."],
                    ["PEEL 2023–25", "Preventing crime", "Adequate", ""],
                    ["PEEL 2023–25", "Investigating crime", "Requires improvement", ""]], [80, 120, 90, 150]),
    ])
    assert {(g["area"], g["grade"], g["framework"], g["as_of"]) for g in files.records(path)["grades"]} == {
        ("Preventing crime", "Good", "PEEL 2021/22", None),
        ("Preventing crime", "Adequate", "PEEL 2023-25", None),
        ("Investigating crime", "Requires improvement", "PEEL 2023-25", None)}


def test_minutes_reporting_the_grades_in_reported_speech_grade_each_area_of_the_report_they_date(
        tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "minutes.pdf", [
        Paragraph("Police and Crime Commissioner for Dorset", BOLD),
        Paragraph("Strategic Accountability Meeting – minutes", TITLE),
        Paragraph("HMICFRS PEEL inspection", H1),
        Paragraph("3.1 The Chief Constable introduced the report of HMICFRS's PEEL inspection, published in "
                  "November 2025.", BODY),
        Paragraph("3.2 He reported that the inspectorate had judged the force to be good at preventing crime and at "
                  "managing offenders. It had found the force adequate at leadership and force management.", BODY),
        Paragraph("3.3 The force's performance in responding to the public had been judged to require improvement, "
                  "and investigating crime had been graded inadequate. The Chief Constable noted that Wiltshire "
                  "Police had been graded good at investigating crime.", BODY),
    ])
    found = files.records(path)["grades"]
    assert {(g["area"], g["area_raw"], g["grade"]) for g in found} == {
        ("Preventing crime", "preventing crime", "Good"), ("Managing offenders", "managing offenders", "Good"),
        ("Leadership and force management", "leadership and force management", "Adequate"),
        ("Responding to the public", "responding to the public", "Requires improvement"),
        ("Investigating crime", "investigating crime", "Inadequate")}
    assert {(g["framework"], g["as_of"], g["force"]) for g in found} == {("PEEL 2023-25", "2025-11", "Dorset Police")}


def test_a_pack_s_front_line_names_and_dates_its_meeting_not_the_notes_it_carries(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "pack.pdf", [
        Paragraph("West Midlands Combined Authority", BODY),
        Paragraph("Public Accountability Board – Tuesday 20 January 2026", H1),
        Paragraph("10.00am, Summer Lane, Birmingham. The meeting is held in public.", BODY),
        Paragraph("Public Accountability Board – Notes of the meeting held on 18 November 2025", H1),
        Paragraph("Present: the Mayor, the Chief Constable.", BODY),
    ])
    document = files.records(path)["documents"][0]
    assert (document["title"], document["meeting_date"]) == (
        "Public Accountability Board - Tuesday 20 January 2026", "2026-01-20")


def test_minutes_dated_by_the_line_under_their_heading(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "minutes.pdf", [
        Paragraph("Police and Crime Commissioner for Dorset", BOLD),
        Paragraph("Strategic Accountability Meeting – minutes", TITLE),
        Paragraph("Meeting held on 27 January 2026 at Police Headquarters, Winfrith", BODY),
        Paragraph("2.1 The minutes of the meeting held on 25 November 2025 were agreed.", BODY),
    ])
    assert files.records(path)["documents"][0]["meeting_date"] == "2026-01-27"


def test_responses_and_papers_for_a_meeting_are_told_by_their_headings(tmp_path: Path) -> None:
    def kind(name: str, blocks: list[tuple[str, str]]) -> str:
        return files.records(files.docx(tmp_path / name, blocks))["documents"][0]["doc_kind"]

    assert kind("afis.docx", [("h1", "PEEL 2023–25: force response to the areas for improvement"),
                              ("p", "Nottinghamshire Police has accepted every area for improvement.")]) == "force_response"
    assert kind("stalking.docx", [("h1", "Response to HMICFRS: An inspection of the police response to stalking"),
                                  ("p", "Nottinghamshire Police welcomes the report.")]) == "force_response"
    assert kind("paper.docx", [("h1", "Progress against HMICFRS recommendations"),
                               ("p", "Report to the Police and Crime Panel"),
                               ("p", "HMICFRS found Nottinghamshire Police to be good at preventing crime.")]) == (
        "scrutiny_pack")
    assert kind("report.docx", [("h1", "PEEL 2023–25: An inspection of Nottinghamshire Police"),
                                ("p", "Nottinghamshire Police is good at preventing crime.")]) == "peel_report"


def test_quoted_grades_pairs_listed_after_a_label_and_grades_with_a_note_are_read(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("HMICFRS PEEL 2023–25 inspection of Cheshire Constabulary", 1)
    document.add_paragraph("Report to the Police and Crime Panel")
    document.add_paragraph("Cheshire Constabulary was graded 'good' at preventing crime.")
    document.add_paragraph("Grades: Managing offenders – Outstanding; Responding to the public – Inadequate")
    table = document.add_table(rows=3, cols=2)
    for row, values in enumerate([("Area", "Grade"), ("Investigating crime", "Adequate (was Good)"),
                                  ("Protecting vulnerable people", "Good \u2191")]):
        for col, value in enumerate(values):
            table.cell(row, col).text = value
    path = tmp_path / "report.docx"
    document.save(str(path))
    assert {(area, grade) for area, grade, _, _ in _grades(path)} == {
        ("Preventing crime", "Good"), ("Managing offenders", "Outstanding"), ("Responding to the public", "Inadequate"),
        ("Investigating crime", "Adequate"), ("Protecting vulnerable people", "Good")}
