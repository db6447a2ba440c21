"""AFIs, causes of concern and recommendations: a plan's recommendation rows
that complete the lead-in printed above their table."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from files import records, word_table


def test_recommendation_rows_complete_the_lead_in_above_their_table(tmp_path: Path) -> None:
    """A force's improvement plan: 'By 30 June 2026, Lincolnshire Police
    should:' over a Ref | Recommendation | Action | Lead | RAG table. Each
    row's recommendation hangs from that sentence: its lead-in, and the
    timescale the lead-in gives."""
    document = Document()
    document.add_heading("PEEL 2023–25 improvement plan", level=0)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on Lincolnshire Police on 3 March 2026.")
    document.add_heading("Investigating crime", level=2)
    document.add_heading("Cause of concern", level=3)
    document.add_paragraph("The force doesn't supervise its investigations well enough, and victims are let down.")
    document.add_paragraph("By 30 June 2026, Lincolnshire Police should:")
    word_table(document, [
        ["Ref", "Recommendation", "Action", "Lead", "RAG"],
        ["R1", "make sure every investigation has a plan that a supervisor reviews;", "Plan template live",
         "Head of Crime", "A"],
        ["R2", "train its investigators in victim care.", "Course booked", "Head of Learning", "G"]])
    path = tmp_path / "plan.docx"
    document.save(str(path))
    found = records(path)
    lead_in = "By 30 June 2026, Lincolnshire Police should:"
    assert [(r["text"], r["lead_in"], r["timescale"], r["force"]) for r in found["recommendations"]] == [
        ("make sure every investigation has a plan that a supervisor reviews;", lead_in, "By 30 June 2026",
         "Lincolnshire Police"),
        ("train its investigators in victim care.", lead_in, "By 30 June 2026", "Lincolnshire Police")]
    assert [c["text"] for c in found["causes_of_concern"]] == [
        "The force doesn't supervise its investigations well enough, and victims are let down."]


def _annual_report(tmp_path: Path, grades_paragraph: str) -> list[dict]:
    """A commissioner's annual report: its AFIs as bullets after a
    paragraph about the grades, under a heading that names no area."""
    document = Document()
    document.add_paragraph("Police and Crime Commissioner for Dorset")
    document.add_heading("Annual Report 2025/26", level=1)
    document.add_heading("What the inspectorate found", level=1)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on Dorset Police in November 2025.")
    document.add_paragraph(grades_paragraph)
    document.add_paragraph("The report identified five areas for improvement. Among them, the inspectorate said that:")
    document.add_paragraph("the force should make sure it records the reasons for every stop and search; and",
                           style="List Bullet")
    document.add_paragraph("the force should improve how it supervises its investigations.", style="List Bullet")
    path = tmp_path / "annual.docx"
    document.save(str(path))
    return records(path)["areas_for_improvement"]


def test_afis_after_a_commentary_on_several_areas_grades_take_no_area(tmp_path: Path) -> None:
    """'... the force is good at preventing crime, ... Investigating crime
    remains adequate ...': a paragraph grading one area and going on to
    another comments on the grades and opens no area's section, so the AFIs
    under a heading naming no area take none."""
    afis = _annual_report(tmp_path, "I am pleased that the force is good at preventing crime. "
                                    "Investigating crime remains adequate, and improving it is a priority of my plan.")
    assert [(a["text"], a["area"]) for a in afis] == [
        ("the force should make sure it records the reasons for every stop and search", None),
        ("the force should improve how it supervises its investigations.", None)]


def test_afis_after_one_areas_judgment_take_its_area(tmp_path: Path) -> None:
    """The same report with a paragraph judging one area only: the
    paragraph opens that area's section, and its AFIs are that area's."""
    afis = _annual_report(tmp_path, "The force is adequate at investigating crime. The inspectorate found that "
                                    "too many investigations lacked a plan.")
    assert [a["area"] for a in afis] == ["Investigating crime", "Investigating crime"]
