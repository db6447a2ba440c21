"""Item mechanisms, each on a real file made here: a board paper's lettered
"(a)", "(b)" paragraphs are areas for improvement of their own, read without
their letters, never one the other's detail; and a force's action plan whose
finding column names no kind takes each row's from its Type column (CoC / Rec /
AFI), a recommendation serving the cause its Parent ref names; and a plan's row
no column places takes the one area of the framework whose topic words it uses."""

from __future__ import annotations

from pathlib import Path

import files
from docx import Document
from files import BODY, BOLD, H1
from reportlab.platypus import Paragraph


def test_a_papers_lettered_paragraphs_are_separate_afis_without_their_letters(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("HMICFRS PEEL 2023–25 inspection of Durham Constabulary", level=1)
    document.add_paragraph("1.1 The inspectorate published its report on 3 February 2026.")
    document.add_paragraph("2.1 The inspectorate identified two areas for improvement, both about protecting "
                           "vulnerable people:")
    document.add_paragraph("(a) The force should improve how it manages the risk posed by registered sex offenders.")
    document.add_paragraph("(b) The force should make sure that domestic abuse risk assessments are completed "
                           "accurately.")
    path = tmp_path / "paper.docx"
    document.save(str(path))
    afis = files.records(path)["areas_for_improvement"]
    assert [(a["text"], a["detail"]) for a in afis] == [
        ("The force should improve how it manages the risk posed by registered sex offenders.", None),
        ("The force should make sure that domestic abuse risk assessments are completed accurately.", None)]


def test_a_plans_type_column_says_each_findings_kind_and_its_parent_ref_the_cause_served(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "plan.pdf", [
        Paragraph("Kent Police – HMICFRS child protection inspection: action plan", H1),
        Paragraph("The inspection report was published on 10 March 2026.", BODY),
        files.grid([
            ["Ref", "Type", "HMICFRS finding", "Parent", "Lead", "Target date", "Status"],
            ["1", "CoC", "The force doesn’t share information with safeguarding partners quickly enough.", "–",
             "Head of PVP", "Sept 2026", "Open"],
            ["2", "AFI", "The force should reduce the number of children held in custody overnight.", "–",
             "Custody lead", "Dec 2026", "On track"],
            ["1.1", "Rec", "Within three months, Kent Police should review how its hub shares information.", "1",
             "MASH manager", "June 2026", "Complete"],
        ], [30, 35, 200, 40, 70, 55, 50]),
    ])
    found = files.records(path)
    [cause] = found["causes_of_concern"]
    [recommendation] = found["recommendations"]
    assert cause["text"] == "The force doesn't share information with safeguarding partners quickly enough."
    assert recommendation["text"] == "Within three months, Kent Police should review how its hub shares information."
    assert recommendation["cause_of_concern_id"] == cause["record_id"]
    assert [a["text"] for a in found["areas_for_improvement"]] == [
        "The force should reduce the number of children held in custody overnight."]



def test_a_plans_row_no_column_places_takes_the_one_area_its_topic_words_name(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "plan.pdf", [
        Paragraph("Kent Police – HMICFRS child protection inspection: action plan", H1),
        Paragraph("The inspection report was published on 10 March 2026.", BODY),
        files.grid([
            ["Ref", "Type", "HMICFRS finding", "Parent", "Lead", "Status"],
            ["1", "AFI", "The force should reduce the number of children held in custody overnight.", "–",
             "Custody lead", "Open"],
            ["2", "AFI", "The force should improve the supervision of child abuse investigations.", "–",
             "Head of CID", "Open"],
            ["3", "AFI", "The force should make sure its work is effective.", "–", "ACC", "Open"],
        ], [30, 35, 220, 40, 70, 50]),
    ])
    afis = files.records(path)["areas_for_improvement"]
    assert [a["area"] for a in afis] == [
        "Police detention of children", "Investigating reports of abuse, neglect and exploitation of children", None]


def test_an_afi_printed_under_another_areas_section_takes_the_area_its_topic_words_name(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "report.pdf", [
        *files.report_start("Kent Police"),
        Paragraph("Investigating crime", H1),
        Paragraph("Kent Police is adequate at investigating crime.", BODY),
        Paragraph("Areas for improvement", H1),
        Paragraph("The force should make sure that investigations are supervised effectively.", BOLD),
        Paragraph("The force should improve how it evaluates its problem-solving work.", BOLD),
    ])
    afis = files.records(path)["areas_for_improvement"]
    assert [a["area"] for a in afis] == ["Investigating crime", "Preventing crime"]
