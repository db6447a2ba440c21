"""Areas for improvement and the reader: where an AFI's explanation ends when a
paragraph opens with what the force does well and turns to a shortfall in a
later sentence; a force tracker's requirement rows its source column names as
AFIs; AFIs in a column headed with another force's name."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from files import BODY, BOLD, H1, TITLE, grid, pdf, records, word_table

_LABEL = ParagraphStyle("label", parent=BOLD, fontSize=12, leading=15)


def _report(sections: list) -> list:
    return [Paragraph("PEEL 2023–25", BODY),
            Paragraph("An inspection of Southshire Constabulary", TITLE),
            Paragraph("Published 4 December 2025", BODY), *sections]


def test_a_paragraph_turning_to_a_shortfall_after_its_first_sentence_still_explains_the_afi(tmp_path: Path) -> None:
    """'The force answers most emergency calls within ten seconds. But too
    many callers to 101 abandon their calls ...': the shortfall in the second
    sentence makes the paragraph the AFI's explanation, not the section's own
    finding, so it and the paragraph after it stay in the detail."""
    flow = _report([
        Paragraph("Responding to the public", H1),
        Paragraph("Area for improvement", _LABEL),
        Paragraph("The force should make sure it answers non-emergency calls promptly.", BOLD),
        Paragraph("In the year to March 2025, callers waited on average six minutes.", BODY),
        Paragraph("The force answers most emergency calls within ten seconds. But too many callers to 101 "
                  "abandon their calls before they are answered, and vulnerable callers are missed.", BODY),
        Paragraph("The force is recruiting more call handlers to meet demand.", BODY),
        Paragraph("Investigating crime", H1)])
    afis = records(pdf(tmp_path / "report.pdf", flow))["areas_for_improvement"]
    assert [a["detail"] for a in afis] == [
        "In the year to March 2025, callers waited on average six minutes.\n\n"
        "The force answers most emergency calls within ten seconds. But too many callers to 101 abandon their "
        "calls before they are answered, and vulnerable callers are missed.\n\n"
        "The force is recruiting more call handlers to meet demand."]


def test_a_trackers_requirement_rows_its_source_names_as_afis_are_afis(tmp_path: Path) -> None:
    """A force's inspection tracker (Tracker ref | Source | Theme |
    Requirement | Status): the rows whose Source names a PEEL AFI are AFIs,
    in the row's area, with no detail (a status is no explanation); a table
    of requirements no source names as the inspection's gives none."""
    document = Document()
    document.add_heading("Force Management Statement 2026", level=0)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on Dyfed-Powys Police on 4 November 2025.")
    word_table(document, [
        ["Tracker ref", "Source", "FMS theme", "Requirement", "Status"],
        ["DPP-HMI-021", "PEEL 2025 AFI 1", "Investigating crime",
         "The force should make sure investigations are supervised and that supervisors record their reviews.",
         "In progress"],
        ["DPP-HMI-022", "PEEL 2025 AFI 2", "Responding to the public",
         "The force should make sure it attends incidents within its published times.", "Not started"]])
    document.add_paragraph("The force's audit plan sets its own requirements.")
    word_table(document, [
        ["Ref", "Requirement", "Status"],
        ["AUD-3", "The force should make sure its audit of overtime claims is completed each quarter.", "Complete"]])
    path = tmp_path / "fms.docx"
    document.save(str(path))
    afis = records(path)["areas_for_improvement"]
    assert [(a["text"], a["area"], a["force"], a["detail"]) for a in afis] == [
        ("The force should make sure investigations are supervised and that supervisors record their reviews.",
         "Investigating crime", "Dyfed-Powys Police", None),
        ("The force should make sure it attends incidents within its published times.", "Responding to the public",
         "Dyfed-Powys Police", None)]


def test_afis_in_a_column_headed_with_another_forces_name_are_that_forces(tmp_path: Path) -> None:
    """A commissioner's comparison of two forces: its own force's AFIs in
    one table, the neighbour's in an appendix table whose column says whose
    they are ("Avon and Somerset area for improvement")."""
    flow = [Paragraph("Wiltshire and Swindon Police and Crime Commissioner", BODY),
            Paragraph("PEEL 2023–25: Wiltshire Police and its neighbour compared", TITLE),
            Paragraph("Wiltshire Police's areas for improvement", H1),
            grid([["PEEL area", "Area for improvement"],
                  ["Investigating crime", "The force should make sure victims are kept informed about their case."]],
                 [140, 320]),
            Paragraph("Appendix: the neighbouring force's areas for improvement", H1),
            grid([["PEEL area", "Avon and Somerset area for improvement"],
                  ["Responding to the public",
                   "The force should make sure it attends emergency incidents within the times it has set."]],
                 [140, 320])]
    afis = records(pdf(tmp_path / "comparison.pdf", flow))["areas_for_improvement"]
    assert [(a["force"], a["area"]) for a in afis] == [
        ("Wiltshire Police", "Investigating crime"), ("Avon and Somerset Constabulary", "Responding to the public")]


def test_recommendations_in_a_column_headed_with_another_forces_name_are_that_forces(tmp_path: Path) -> None:
    """The same for the neighbour's recommendations: the column's force, not
    the paper's."""
    flow = [Paragraph("Wiltshire and Swindon Police and Crime Commissioner", BODY),
            Paragraph("PEEL 2023–25: Wiltshire Police and its neighbour compared", TITLE),
            Paragraph("Appendix: the neighbouring force's recommendations", H1),
            grid([["No.", "Avon and Somerset recommendation", "Timescale"],
                  ["1", "The force should make sure that every missing child is risk assessed by a supervisor.",
                   "Within six months"]], [40, 320, 100])]
    found = records(pdf(tmp_path / "comparison.pdf", flow))["recommendations"]
    assert [(r["force"], r["timescale"]) for r in found] == [("Avon and Somerset Constabulary", "Within six months")]


def test_a_trackers_theme_column_names_the_areas_by_the_forces_short_themes(tmp_path: Path) -> None:
    """A tracker column headed as the force's themes ('FMS theme') names
    each AFI's area by a short theme ('Vulnerability', 'Response',
    'Workforce'): the PEEL area the theme stands for."""
    document = Document()
    document.add_heading("Force Management Statement 2026", level=0)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on Dyfed-Powys Police on 4 November 2025.")
    word_table(document, [
        ["Tracker ref", "Source", "FMS theme", "Requirement", "Status"],
        ["DPP-HMI-031", "PEEL 2025 AFI 1", "Vulnerability",
         "The force should make sure that referrals for vulnerable adults are shared without delay.", "In progress"],
        ["DPP-HMI-032", "PEEL 2025 AFI 2", "Response",
         "The force should make sure it attends incidents within its published times.", "Not started"],
        ["DPP-HMI-033", "PEEL 2025 AFI 3", "Workforce",
         "The force should make sure supervisors have time for their wellbeing responsibilities.", "Complete"]])
    path = tmp_path / "fms.docx"
    document.save(str(path))
    afis = records(path)["areas_for_improvement"]
    assert [a["area"] for a in afis] == [
        "Protecting vulnerable people", "Responding to the public", "Developing a positive workplace"]


def test_a_finding_whose_later_sentence_says_what_staff_can_do_is_the_sections_own(tmp_path: Path) -> None:
    """'The force answers most emergency calls within ten seconds. Call
    handlers can see previous calls from the same number.': 'can' in a later
    sentence is what the force does well, no consequence of a shortfall, so
    the AFI's explanation ends before this finding."""
    flow = _report([
        Paragraph("Responding to the public", H1),
        Paragraph("Area for improvement", _LABEL),
        Paragraph("The force should make sure it answers non-emergency calls promptly.", BOLD),
        Paragraph("In the year to March 2025, callers waited on average six minutes.", BODY),
        Paragraph("The force answers most emergency calls within ten seconds. Call handlers can see previous "
                  "calls from the same number.", BODY),
        Paragraph("Investigating crime", H1)])
    afis = records(pdf(tmp_path / "report.pdf", flow))["areas_for_improvement"]
    assert [a["detail"] for a in afis] == ["In the year to March 2025, callers waited on average six minutes."]
