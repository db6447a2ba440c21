"""Item mechanisms, each on a real file made here: an area's sub-heading
counting its items ("Preventing crime (two areas for improvement)", "... – two
areas for improvement") over bullets of that area, under a lead-in that says
there are no causes of concern (which introduces AFIs, never causes); bullets
under a paper's numbered paragraph, each with its area in brackets after it; an
area in brackets (or square brackets) before an item; a contents list's lines
(dot leaders, or under a "Contents" heading), never labels or items; and a
paragraph set between two bullets, the explanation of the bullet above."""

from __future__ import annotations

from pathlib import Path

import files
import pytest
from files import BODY, BOLD, H1
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

H2 = ParagraphStyle("h2", parent=H1, fontSize=13, leading=16)
H3 = ParagraphStyle("h3", parent=H1, fontSize=11.5, leading=14)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=18, bulletIndent=6)
SUB_BULLET = ParagraphStyle("sub_bullet", parent=BODY, leftIndent=36, bulletIndent=24)


def _afis(found: dict[str, list[dict]]) -> list[tuple[str, str | None]]:
    return [(a["text"], a["area"]) for a in found["areas_for_improvement"]]


@pytest.mark.parametrize("form", ["{area} ({count})", "{area} – {count}"])
def test_an_area_heading_counting_its_items_places_the_bullets_below_it_and_no_is_no_part(tmp_path: Path,
                                                                                          form: str) -> None:
    path = files.pdf(tmp_path / "panel-paper.pdf", [
        Paragraph("Gwent Police and Crime Panel", BOLD),
        Paragraph("Report of the Police and Crime Commissioner: HMICFRS PEEL 2023–25 inspection of Gwent Police", H1),
        Paragraph("Areas for improvement", H2),
        Paragraph("4.1 HMICFRS identified three areas for improvement and no causes of concern:", BODY),
        Paragraph(form.format(area="Preventing crime", count="two areas for improvement"), H3),
        Paragraph("The force should make sure that neighbourhood officers are not taken away to cover response "
                  "shifts.", BULLET, bulletText="•"),
        Paragraph("The force should evaluate its problem-solving plans.", BULLET, bulletText="•"),
        Paragraph(form.format(area="Managing offenders", count="one area for improvement"), H3),
        Paragraph("The force should make sure it visits registered sex offenders as often as their risk "
                  "requires.", BULLET, bulletText="•"),
        Paragraph("Scrutiny by the Commissioner", H2),
        Paragraph("The Commissioner will review progress at her quarterly meetings.", BODY),
    ])
    found = files.records(path)
    assert _afis(found) == [
        ("The force should make sure that neighbourhood officers are not taken away to cover response shifts.",
         "Preventing crime"),
        ("The force should evaluate its problem-solving plans.", "Preventing crime"),
        ("The force should make sure it visits registered sex offenders as often as their risk requires.",
         "Managing offenders")]
    # "no causes of concern" opens no part: neither the headings nor the bullets are causes
    assert found["causes_of_concern"] == []


def test_a_lead_in_saying_there_are_no_causes_of_concern_introduces_its_areas_for_improvement(
        tmp_path: Path) -> None:
    path = files.docx(tmp_path / "panel-report.docx", [
        ("h1", "Report of the Police and Crime Commissioner: HMICFRS PEEL 2023–25 inspection of Dyfed-Powys Police"),
        ("h2", "The inspectorate's findings"),
        ("p", "HMICFRS identified two areas for improvement and no causes of concern:"),
        ("li", "The force should make sure that it answers non-emergency calls promptly."),
        ("li", "The force should make sure it has a clear plan for its estate."),
        ("h2", "Next steps"),
        ("p", "The Commissioner will scrutinise the force's progress."),
    ])
    found = files.records(path)
    assert _afis(found) == [("The force should make sure that it answers non-emergency calls promptly.", None),
                            ("The force should make sure it has a clear plan for its estate.", None)]
    assert found["causes_of_concern"] == []


def test_bullets_under_a_numbered_paragraph_are_its_items_in_the_areas_bracketed_after_them(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "board-paper.pdf", [
        Paragraph("Office of the Police and Crime Commissioner for Norfolk", BODY),
        Paragraph("Accountability Board – 3 February 2026", H1),
        Paragraph("Agenda item 4: HMICFRS PEEL 2023–25 report on Norfolk Constabulary", H2),
        Paragraph("HMICFRS published its report on 9 December 2025.", BODY, bulletText="1."),
        Paragraph("HMICFRS identified two areas for improvement; the area of each is in brackets:", BODY,
                  bulletText="2."),
        Paragraph("The constabulary should make sure that call handlers assess the risk of every caller. "
                  "(Responding to the public)", SUB_BULLET, bulletText="•"),
        Paragraph("The constabulary should make sure that its wellbeing support reaches every team. "
                  "(Developing a positive workplace)", SUB_BULLET, bulletText="•"),
        Paragraph("There were no causes of concern. The board is asked to note the report and the constabulary’s "
                  "plan, which should come to the board in May.", BODY, bulletText="3."),
    ])
    found = files.records(path)
    assert _afis(found) == [
        ("The constabulary should make sure that call handlers assess the risk of every caller.",
         "Responding to the public"),
        ("The constabulary should make sure that its wellbeing support reaches every team.",
         "Developing a positive workplace")]
    assert found["causes_of_concern"] == []


@pytest.mark.parametrize("brackets", ["()", "[]"])
def test_an_area_bracketed_before_an_item_is_its_area_and_no_part_of_its_words(tmp_path: Path, brackets: str) -> None:
    def bracketed(area: str) -> str:
        return f"{brackets[0]}{area}{brackets[1]}"

    path = files.docx(tmp_path / "response.docx", [
        ("p", "Office of the Police and Crime Commissioner for Cumbria"),
        ("h1", "Response of the Police and Crime Commissioner to the HMICFRS report: PEEL 2023–25 – An inspection "
               "of Cumbria Constabulary"),
        ("h2", "Areas for improvement"),
        ("p", "HMICFRS identified three areas for improvement:"),
        ("li", f"{bracketed('Investigating crime')} The force should make sure that supervisors review "
               "investigation plans."),
        ("li", f"{bracketed('Police powers and public treatment')} The force should improve how it records stop "
               "and search encounters."),
        # topic words of another area ("investigations") never overrule the printed bracket
        ("li", f"{bracketed('Developing a positive workplace')} The force should support officers who lead "
               "investigations after they are assaulted."),
        ("h2", "Next steps"),
        ("p", "My office will publish the force's progress every quarter."),
    ])
    assert _afis(files.records(path)) == [
        ("The force should make sure that supervisors review investigation plans.", "Investigating crime"),
        ("The force should improve how it records stop and search encounters.", "Police powers and public treatment"),
        ("The force should support officers who lead investigations after they are assaulted.",
         "Developing a positive workplace")]


def test_contents_lines_with_dot_leaders_are_never_items(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "report.pdf", [
        *files.report_start("Durham Constabulary"),
        Paragraph("Contents", H2),
        Paragraph("Areas for improvement " + "." * 40 + " 3", BODY),
        Paragraph("Methodology " + "." * 50 + " 4", BODY),
        Paragraph("Preventing crime", H2),
        Paragraph("Areas for improvement", H3),
        Paragraph("The constabulary should evaluate its crime prevention work.", BULLET, bulletText="•"),
        Paragraph("Methodology", H2),
        Paragraph("We reviewed 60 case files.", BODY),
    ])
    assert _afis(files.records(path)) == [
        ("The constabulary should evaluate its crime prevention work.", "Preventing crime")]


def test_lines_under_a_contents_heading_are_never_labels_or_items(tmp_path: Path) -> None:
    # a Word contents list: each entry's page number after a tab, no dot leader
    path = files.docx(tmp_path / "report.docx", [
        ("h1", "PEEL 2023–25: An inspection of Wiltshire Police"),
        ("h2", "Contents"),
        ("p", "Areas for improvement\t3"),
        ("p", "Next steps\t4"),
        ("h2", "Preventing crime"),
        ("h3", "Area for improvement"),
        ("b", "The force should evaluate its crime prevention work."),
        ("h2", "Next steps"),
        ("p", "We will monitor progress."),
    ])
    assert _afis(files.records(path)) == [("The force should evaluate its crime prevention work.", "Preventing crime")]


def test_a_paragraph_between_two_bullets_explains_the_bullet_above_it(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "report.pdf", [
        *files.report_start("Suffolk Constabulary"),
        Paragraph("Investigating crime", H2),
        Paragraph("Areas for improvement", H3),
        Paragraph("The constabulary should make sure that complex cases are allocated to trained "
                  "investigators.", BULLET, bulletText="•"),
        Paragraph("Several serious fraud cases were held by officers with no investigative training.", BODY),
        Paragraph("The constabulary should keep victims informed about their cases.", BULLET, bulletText="•"),
        # after the list's last bullet: the report's own prose, no explanation of that bullet
        Paragraph("The constabulary has improved its investigations since our last inspection.", BODY),
    ])
    afis = files.records(path)["areas_for_improvement"]
    assert [(a["text"], a["detail"]) for a in afis] == [
        ("The constabulary should make sure that complex cases are allocated to trained investigators.",
         "Several serious fraud cases were held by officers with no investigative training."),
        ("The constabulary should keep victims informed about their cases.", None)]
