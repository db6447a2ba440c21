"""Grade, item and document mechanisms, each on a real PDF or Word file made
here: the inspectorate's grade line under an area's heading beside a previous
and a target grade; a commissioner's news release quoting grades, dated by the
report it quotes; a topic as the subject of "was judged"; a cause after a
lead-in naming its topic and a recommendation after "It made one
recommendation:"; a commissioner's briefing note to a dated conference is a
pack's paper."""

from __future__ import annotations

from pathlib import Path

import files
from files import BODY, BOLD, H1
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table


def _grades(path: Path) -> set[tuple[str, str, str | None, str | None]]:
    return {(g["area"], g["grade"], g["framework"], g["as_of"]) for g in files.records(path)["grades"]}


def test_the_inspectorates_grade_line_is_the_grade_not_the_previous_or_target_one(tmp_path: Path) -> None:
    path = files.docx(tmp_path / "response.docx", [
        ("h1", "Lincolnshire Police response to the HMICFRS PEEL 2023–25 inspection"),
        ("p", "HMICFRS published its PEEL 2023–25 report on Lincolnshire Police in October 2025. This document "
              "sets out the grade the force received in each area and the grade we are working towards."),
        ("h2", "Investigating crime"),
        ("b", "HMICFRS grade: Adequate"),
        ("p", "Previous grade (PEEL 2021/22): Good"),
        ("p", "Our ambition for 2027: Outstanding"),
        ("h2", "Managing offenders"),
        ("b", "HMICFRS grade: Requires improvement"),
        ("p", "Previous grade (PEEL 2021/22): Adequate"),
        ("p", "Our ambition for 2027: Good"),
        ("h2", "Preventing crime"),
        ("p", "Grade awarded – Good"),
        ("p", "Target grade: Outstanding"),
    ])
    assert _grades(path) == {("Investigating crime", "Adequate", "PEEL 2023-25", "2025-10"),
                             ("Managing offenders", "Requires improvement", "PEEL 2023-25", "2025-10"),
                             ("Preventing crime", "Good", "PEEL 2023-25", "2025-10")}


def test_a_commissioners_news_release_quotes_grades_dated_by_the_report_it_quotes(tmp_path: Path) -> None:
    path = files.docx(tmp_path / "release.docx", [
        ("h2", "Lancashire Police and Crime Commissioner"),
        ("p", "News release – 10 March 2026"),
        ("h1", "Commissioner welcomes inspection report"),
        ("p", "The Commissioner has responded to the HMICFRS PEEL 2023–25 report on Lancashire Constabulary, "
              "published on 26 February 2026."),
        ("p", "Inspectors rated Lancashire Constabulary \u2018good\u2019 for investigating crime. It was told it "
              "\u2018requires improvement\u2019 at managing offenders and developing a positive workplace."),
        ("p", "The Commissioner said: \u201cI want the force to be rated \u2018good\u2019 in every area.\u201d"),
    ])
    found = files.records(path)
    assert found["documents"][0]["doc_kind"] == "force_response"
    assert _grades(path) == {("Investigating crime", "Good", "PEEL 2023-25", "2026-02"),
                             ("Managing offenders", "Requires improvement", "PEEL 2023-25", "2026-02"),
                             ("Developing a positive workplace", "Requires improvement", "PEEL 2023-25", "2026-02")}


def _briefing(tmp_path: Path, paragraphs: list[str]) -> Path:
    """A commissioner's briefing note to a dated conference, one numbered paragraph a line."""
    return files.pdf(tmp_path / "briefing.pdf", [
        Paragraph("Office of the Police, Fire and Crime Commissioner for Northamptonshire", BOLD),
        Paragraph("Public Accountability Conference – 21 April 2026", BODY),
        Paragraph("Briefing note: HMICFRS national child protection inspection of Northamptonshire Police", H1),
        Paragraph("1.1 HMICFRS published its national child protection inspection report on Northamptonshire "
                  "Police on 12 March 2026.", BODY),
        *(Paragraph(text, BODY) for text in paragraphs),
    ])


def test_a_topic_as_the_subject_of_was_judged_is_graded_by_the_report_the_briefing_quotes(tmp_path: Path) -> None:
    path = _briefing(tmp_path, [
        "2.1 Leadership and management was judged to be adequate.",
        "2.2 Its response to children at risk of harm was judged to be inadequate.",
        "2.3 Assessing risk to children and making appropriate referrals was also judged to require improvement.",
        "2.4 For comparison, Cheshire Constabulary was judged to be outstanding at working with safeguarding "
        "partners in its inspection last year.",
    ])
    found = files.records(path)
    assert (found["documents"][0]["doc_kind"], found["documents"][0]["meeting_date"]) == ("scrutiny_pack", "2026-04-21")
    assert {(g["area"], g["area_raw"], g["grade"], g["as_of"]) for g in found["grades"]} == {
        ("Child protection leadership", "Leadership and management", "Adequate", "2026-03"),
        ("Responding to children at risk of harm", "response to children at risk of harm", "Inadequate", "2026-03"),
        ("Assessing risk to children and making appropriate referrals",
         "Assessing risk to children and making appropriate referrals", "Requires improvement", "2026-03"),
    }


def test_a_cause_and_a_recommendation_run_into_the_lead_in_naming_one(tmp_path: Path) -> None:
    path = _briefing(tmp_path, [
        "3.1 The inspectorate raised one cause of concern, in responding to children at risk of harm: "
        "<i>The constabulary doesn't make sure that officers record the child's voice.</i>",
        "3.2 It made one recommendation: Within six months, Northamptonshire Police should make sure that every "
        "officer records the child's views.",
    ])
    found = files.records(path)
    [cause] = found["causes_of_concern"]
    assert (cause["area"], cause["text"], cause["detail"]) == (
        "Responding to children at risk of harm",
        "The constabulary doesn't make sure that officers record the child's voice.", None)
    [recommendation] = found["recommendations"]
    assert recommendation["text"] == ("Within six months, Northamptonshire Police should make sure that every "
                                      "officer records the child's views.")
    assert recommendation["timescale"] == "Within six months"
    assert recommendation["cause_of_concern_id"] == cause["record_id"]


def test_the_kind_a_run_in_lead_in_counts_is_the_items_kind(tmp_path: Path) -> None:
    path = _briefing(tmp_path, [
        "3.1 The inspectorate raised one cause of concern, in responding to children at risk of harm: "
        "The constabulary doesn't make sure that officers record the child's voice.",
        "3.2 It made one recommendation to address this cause of concern: By 30 September 2026, the constabulary "
        "should make sure that every officer records the child's views.",
        "3.3 The Panel made one recommendation: The Commissioner should ask for a progress report.",
    ])
    found = files.records(path)
    assert [c["text"] for c in found["causes_of_concern"]] == [
        "The constabulary doesn't make sure that officers record the child's voice."]
    assert [(r["text"], r["timescale"]) for r in found["recommendations"]] == [
        ("By 30 September 2026, the constabulary should make sure that every officer records the child's views.",
         "By 30 September 2026")]


def test_a_numbered_heading_under_a_papers_title_is_not_part_of_it(tmp_path: Path) -> None:
    heading = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=6)
    path = files.pdf(tmp_path / "paper.pdf", [
        Paragraph("Office of the Police and Crime Commissioner for Suffolk", BOLD),
        Paragraph("Joint Performance Board – 24 February 2026", BODY),
        Paragraph("HMICFRS PEEL 2023–25 inspection of Suffolk Constabulary", H1),
        Paragraph("1. Purpose", heading),
        Paragraph("This paper updates the Board on the force's PEEL inspection.", BODY),
        Paragraph("2. The inspection outcome", heading),
        Paragraph("The report was published on 29 January 2026.", BODY),
    ])
    assert files.records(path)["documents"][0]["title"] == "HMICFRS PEEL 2023-25 inspection of Suffolk Constabulary"


def test_a_cover_tables_labels_are_not_part_of_the_title(tmp_path: Path) -> None:
    label = ParagraphStyle("label", fontName="Helvetica-Bold", fontSize=12, leading=14)
    path = files.pdf(tmp_path / "paper.pdf", [
        Paragraph("Office of the Police and Crime Commissioner for Surrey", BOLD),
        Paragraph("Joint Audit Committee – 28 January 2026", BOLD),
        Paragraph("HMICFRS inspections: open recommendations", H1),
        Table([[Paragraph("Report by:", label), Paragraph("Head of Governance", BODY)],
               [Paragraph("Agenda item:", label), Paragraph("9", BODY)]], colWidths=[120, 300],
              style=[("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]),
        Paragraph("The committee is asked to note the tracker of HMICFRS inspections.", BODY),
    ])
    assert files.records(path)["documents"][0]["title"] == "HMICFRS inspections: open recommendations"


def test_a_releases_other_ways_of_reporting_a_grade(tmp_path: Path) -> None:
    path = files.docx(tmp_path / "release.docx", [
        ("h2", "Police and Crime Commissioner for Cheshire"),
        ("p", "News release – 2 April 2026"),
        ("h1", "Commissioner's statement on the inspection"),
        ("p", "HMICFRS's PEEL 2023–25 report on Cheshire Constabulary was published on 19 March 2026."),
        ("p", "The constabulary received a grade of \u2018adequate\u2019 for responding to the public. Investigating "
              "crime and managing offenders were both judged to be good. It was also rated inadequate for "
              "developing a positive workplace."),
        ("p", "Leadership and force management has been judged to be adequate."),
    ])
    assert _grades(path) == {("Responding to the public", "Adequate", "PEEL 2023-25", "2026-03"),
                             ("Investigating crime", "Good", "PEEL 2023-25", "2026-03"),
                             ("Managing offenders", "Good", "PEEL 2023-25", "2026-03"),
                             ("Developing a positive workplace", "Inadequate", "PEEL 2023-25", "2026-03"),
                             ("Leadership and force management", "Adequate", "PEEL 2023-25", "2026-03")}
