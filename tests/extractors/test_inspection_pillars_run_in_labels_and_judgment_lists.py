"""Inspection layouts, one mechanism a test: PEEL 2018/19 pillars, sub-headings
that keep their section's area, labels run into their item, judgments whose
subject is a police area or whose areas are listed, judgment lists under a
lead-in, reports quoted by a panel paper, and response-style tables without a
response column."""

from scrutiny_build import C, document, drafted_records, heading, item, para, table

from extractors import areas_for_improvement, findings, grades
from extractors.document import describe
from extractors.vocab import PEEL_2018_19, PEEL_2023_25
from pipeline.layout import BlockKind, Provenance, Span, Style, TextBlock


def graded(doc) -> dict[str, tuple[str, str | None, str | None]]:
    """Area -> (grade, as_of, force); one record an area."""
    found = drafted_records(grades, doc, "grades")
    out = {r["area"]: (r["grade"], r["as_of"], r["force"]) for r in found}
    assert len(out) == len(found), "two records for one area"
    return out


def sized(text: str, size: float, *, page: int = 1) -> TextBlock:
    return TextBlock(BlockKind.HEADING, (Span(text, Style(bold=True, size=size)),), Provenance(page), level=2)


def test_peel_2018_19_pillar_lines_are_grades_of_their_own_framework() -> None:
    doc = document(
        heading("PEEL: Police effectiveness, efficiency and legitimacy 2018/19"),
        para("An inspection of Suffolk Constabulary"), para("May 2019"),
        heading("Overview – How good is the force?", page=2),
        para("Effectiveness: Good", page=2), para("Efficiency: Requires improvement", page=2),
        para("Legitimacy: Good", page=2),
        para("Last year we judged the force to be outstanding at operating efficiently.", page=2),
    )
    found = drafted_records(grades, doc, "grades")
    assert {(r["area"], r["grade"]) for r in found} == {
        ("Effectiveness", "Good"), ("Efficiency", "Requires improvement"), ("Legitimacy", "Good")}
    assert {(r["framework"], r["as_of"], r["force"]) for r in found} == {
        (PEEL_2018_19, "2019-05", "Suffolk Constabulary")}


def test_a_heading_smaller_than_its_areas_heading_keeps_the_area() -> None:
    doc = document(
        heading("PEEL: Police effectiveness, efficiency and legitimacy 2018/19"),
        sized("Efficiency", 18),
        sized("How well does the force plan for the future?", 12),
        sized("Area for improvement", 14),
        item("The force should complete its workforce plan."),
        sized("About our data", 18),
        sized("Area for improvement", 14),
        item("The force should publish its data."),
    )
    afis = drafted_records(areas_for_improvement, doc, "areas_for_improvement")
    assert [(a["text"], a["area"]) for a in afis] == [
        ("The force should complete its workforce plan.", "Efficiency"),
        ("The force should publish its data.", None)]  # a heading as large as the area's closes it


def test_labels_run_into_their_items() -> None:
    doc = document(
        heading("PEEL 2023-25: an inspection of British Transport Police"),
        heading("Investigating crime", level=2),
        para("Area for improvement 1: BTP should obtain closed-circuit television footage promptly."),
        para("Officers often wait days for footage from train operators."),
        heading("AFI 2", level=4), para("BTP should tell victims when their case is closed."),
        heading("Preventing crime", level=2),
        para("Promising practice: Neighbourhood teams publish their problem-solving plans", bold=True),
        para("Each plan is reviewed every month."),
        para("Our conclusion: the force is improving."),
    )
    afis = drafted_records(areas_for_improvement, doc, "areas_for_improvement")
    assert [(a["text"], a["area"], a["detail"]) for a in afis] == [
        ("BTP should obtain closed-circuit television footage promptly.", "Investigating crime",
         "Officers often wait days for footage from train operators."),
        ("BTP should tell victims when their case is closed.", "Investigating crime", None)]
    assert [(f["text"], f["kind"], f["area"]) for f in drafted_records(findings, doc, "findings")] == [
        ("Neighbourhood teams publish their problem-solving plans", "promising_practice", "Preventing crime")]


def test_a_police_area_as_the_subject_of_a_judgment_names_the_force() -> None:
    doc = document(
        heading("PEEL 2021/22: an inspection of Gwent Police"), para("March 2022"),
        heading("Responding to the public", level=2),
        para("Gwent requires improvement at responding to the public."),
        heading("Investigating crime", level=2),
        para("Gwent is a force that investigates crime well."),
    )
    assert graded(doc) == {"Responding to the public": ("Requires improvement", "2022-03", "Gwent Police")}


def test_summary_judgments_list_their_areas_and_sections_repeat_them_as_one_record() -> None:
    doc = document(
        heading("PEEL 2023-25: an inspection of Essex Police"), para("November 2024"),
        heading("Our judgments", level=2),
        para("We found the force's performance was good in preventing crime and managing offenders. It was "
             "adequate in police powers and public treatment, investigating crime and developing a positive "
             "workplace."),
        para("Since our 2021/22 inspection, when we graded the force as requires improvement at investigating "
             "crime, it has improved. In our 2019 inspection, we found that the force's work with partners "
             "required improvement."),
        heading("Managing offenders and suspects", page=3),
        para("Essex Police is good at managing offenders and suspects.", page=3),
    )
    found = {r["area"]: r for r in drafted_records(grades, doc, "grades")}
    assert {area: r["grade"] for area, r in found.items()} == {
        "Preventing crime": "Good", "Managing offenders": "Good", "Police powers and public treatment": "Adequate",
        "Investigating crime": "Adequate", "Developing a positive workplace": "Adequate"}
    # the summary states it first: its page and its words
    assert (found["Managing offenders"]["page"], found["Managing offenders"]["area_raw"]) == (1, "managing offenders")


def test_bullets_completing_a_judgment_lead_in() -> None:
    doc = document(
        heading("PEEL 2023-25: an inspection of British Transport Police"), para("February 2025"),
        para("We found that BTP is:"),
        item("good at preventing crime;"),
        item("requires improvement at investigating crime; and"),
        item("adequate at protecting vulnerable people."),
        para("We found that:"),
        item("the railway is safer at night; and"),
    )
    assert graded(doc) == {
        "Preventing crime": ("Good", "2025-02", "British Transport Police"),
        "Investigating crime": ("Requires improvement", "2025-02", "British Transport Police"),
        "Protecting vulnerable people": ("Adequate", "2025-02", "British Transport Police")}


def panel_paper(*blocks):
    """A paper to a Police and Crime Panel (a pack, for its meeting), about a PEEL report."""
    return document(
        para("Dyfed-Powys Police and Crime Panel", bold=True),
        para("Report of the Police and Crime Commissioner"),
        para("Date of meeting: 14 November 2024"), para("Agenda item: 7"),
        heading("HMICFRS PEEL 2023-25 inspection of Dyfed-Powys Police"),
        *blocks,
    )


def test_grades_a_paper_quotes_are_dated_by_the_report_it_says_was_published() -> None:
    chart = table([["Good", "Adequate", "Requires improvement"],
                   ["Preventing crime", "Investigating crime", "Responding to the public"]], header_rows=1)
    doc = panel_paper(
        para("HMICFRS published its PEEL 2023-25 report on Dyfed-Powys in October 2024. The child protection "
             "inspection report was published in January 2024."),
        chart,
    )
    got = graded(doc)
    assert got["Investigating crime"] == ("Adequate", "2024-10", "Dyfed-Powys Police")
    assert {as_of for _, as_of, _ in got.values()} == {"2024-10"}


def test_a_paper_dating_one_framework_twice_leaves_its_grades_undated() -> None:
    doc = panel_paper(
        para("HMICFRS published its PEEL 2023-25 report in October 2024. It published its PEEL 2023-25 report "
             "on a neighbouring force in June 2024."),
        para("Investigating crime: Adequate"),
    )
    assert {area: (grade, as_of) for area, (grade, as_of, _) in graded(doc).items()} == {
        "Investigating crime": ("Adequate", None)}


def test_a_table_listing_afis_by_area_without_a_response_column() -> None:
    doc = document(
        heading("HMICFRS PEEL 2023-25 inspection of Dyfed-Powys Police"),
        para("The report identifies the following areas for improvement:"),
        table([["PEEL area", "Area for improvement"],
               ["Responding to the public", "The force should answer emergency calls within the national standard."],
               ["Protecting vulnerable people", "The force should complete risk assessments promptly."]]),
        table([["Area", "Lead officer"], ["Responding to the public", "Chief Superintendent"]]),
    )
    afis = drafted_records(areas_for_improvement, doc, "areas_for_improvement")
    assert [(a["text"], a["area"], a["force_response"]) for a in afis] == [
        ("The force should answer emergency calls within the national standard.", "Responding to the public", None),
        ("The force should complete risk assessments promptly.", "Protecting vulnerable people", None)]


def test_a_numbered_heading_ends_the_title() -> None:
    doc = document(
        para("Police and Crime Panel"),
        heading("HMICFRS PEEL 2023-25 inspection of Dyfed-Powys Police", level=1),
        heading("1. Purpose of the report", level=2),
        para("To inform the Panel of the findings."),
    )
    assert describe(doc).title == "HMICFRS PEEL 2023-25 inspection of Dyfed-Powys Police"


def test_grade_cells_shaded_by_grade_read_from_their_text() -> None:
    doc = document(
        heading("PEEL 2023-25: an inspection of Dorset Police"), para("June 2024"),
        heading("Our judgments", level=2),
        table([["Area", "Grade"],
               ["Managing offenders", C("Outstanding", fill="#00703c")],
               ["Responding to the public", C("Requires improvement", fill="#f7a541")]]),
        para("In our 2021/22 PEEL inspection, we graded the force as inadequate at investigating crime."),
    )
    got = graded(doc)
    assert got == {"Managing offenders": ("Outstanding", "2024-06", "Dorset Police"),
                   "Responding to the public": ("Requires improvement", "2024-06", "Dorset Police")}
    assert {r["framework"] for r in drafted_records(grades, doc, "grades")} == {PEEL_2023_25}
