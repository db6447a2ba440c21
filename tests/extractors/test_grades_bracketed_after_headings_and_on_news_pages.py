"""Inspection grades as others print them, on small real Word and PDF files:
grades in brackets after a paper's numbered area headings (the AFIs and cause
under each taking its area; a heading after a plural AFI list never an AFI
itself); a panel paper titled by its Heading 1, never the panel's name over it;
a force news page's areas listed as bullets under bold grade words, dated by
its "Posted on" line; a grid comparing a most similar group's grades (a row per
force, abbreviations read through the document's key, each row's own month),
and never a table of figures by force."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt
from files import BODY, BOLD, H1, grid, lower_key, pdf, records
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate

from extractors.text import clean


def _panel_paper(path: Path) -> Path:
    """A commissioner's summary of a PEEL report for the panel, each area's
    heading giving its grade in brackets."""
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    panel = document.add_paragraph().add_run("Wiltshire Police and Crime Panel")
    panel.bold, panel.font.size = True, Pt(14)
    document.add_paragraph("12 February 2026")
    document.add_paragraph("Report of the Police and Crime Commissioner")
    document.add_heading("PEEL 2023–25 inspection of Wiltshire Police: summary of findings", level=1)
    document.add_heading("1. Background", level=2)
    document.add_paragraph("HMICFRS published its report on 8 January 2026. Each heading in section 2 shows the "
                           "grade in brackets.")
    document.add_heading("2. Findings by area", level=2)
    document.add_heading("2.1 Responding to the public (Requires improvement)", level=3)
    document.add_paragraph("Calls are answered quickly, but attendance is often late.")
    document.add_paragraph().add_run("Areas for improvement").bold = True
    document.add_paragraph("The force should attend incidents within its target times.", style="List Bullet")
    document.add_paragraph("The force should tell callers when officers will be delayed.", style="List Bullet")
    document.add_heading("2.2 Investigating crime (Inadequate)", level=3)
    document.add_paragraph("Too many investigations lack a plan.")
    document.add_paragraph().add_run("Cause of concern").bold = True
    cause = document.add_paragraph().add_run("The force does not investigate crime effectively enough.")
    cause.italic = True
    document.add_heading("2.3 Leadership and force management (Good)", level=3)
    document.add_paragraph("Chief officers plan well for the future.")
    document.add_paragraph("No areas for improvement were identified in this area.")
    document.add_heading("2.4 Protecting vulnerable people (one area for improvement)", level=3)
    document.add_paragraph("The force should record the voice of the child.", style="List Bullet")
    document.save(str(path))
    return path


def test_grades_in_brackets_after_numbered_area_headings(tmp_path: Path) -> None:
    found = records(_panel_paper(tmp_path / "panel.docx"))
    assert lower_key(found["grades"], ("area", "area_raw", "grade", "as_of")) == [
        ("investigating crime", "investigating crime", "inadequate", "2026-01"),
        ("leadership and force management", "leadership and force management", "good", "2026-01"),
        ("responding to the public", "responding to the public", "requires improvement", "2026-01"),
    ]  # a count in brackets ("one area for improvement") is no grade


def test_items_under_a_bracketed_grade_heading_take_its_area(tmp_path: Path) -> None:
    found = records(_panel_paper(tmp_path / "panel.docx"))
    assert lower_key(found["areas_for_improvement"], ("area", "text")) == [
        ("protecting vulnerable people", "the force should record the voice of the child."),
        ("responding to the public", "the force should attend incidents within its target times."),
        ("responding to the public", "the force should tell callers when officers will be delayed."),
    ]  # the heading after the plural list is no AFI
    assert lower_key(found["causes_of_concern"], ("area",)) == [("investigating crime",)]


def test_a_panel_paper_is_titled_by_its_heading_not_the_panel_name_over_it(tmp_path: Path) -> None:
    found = records(_panel_paper(tmp_path / "panel.docx"))
    assert found["documents"][0]["title"] == clean("PEEL 2023–25 inspection of Wiltshire Police: summary of findings")


def _bullets(*texts: str) -> ListFlowable:
    return ListFlowable([ListItem(Paragraph(t, BODY)) for t in texts], bulletType="bullet")


def test_areas_listed_under_bold_grade_words_on_a_news_page(tmp_path: Path) -> None:
    path = pdf(tmp_path / "news.pdf", [
        Paragraph("Inspectors rate Norfolk Constabulary good in two areas", H1),
        Paragraph("Posted on 12 March 2026 at 10:00", BODY),
        Paragraph("Norfolk Constabulary has been rated good in two areas by the policing inspectorate, in its "
                  "PEEL 2023–25 report published today.", BODY),
        Paragraph("The force was graded as follows:", BODY),
        Paragraph("Good", BOLD),
        _bullets("preventing crime and antisocial behaviour", "leadership and force management"),
        Paragraph("Requires improvement", BOLD),
        _bullets("investigating crime", "building, supporting and protecting the workforce"),
        Paragraph("The Chief Constable said the force had already put more detectives into its hubs.", BODY),
    ])
    found = records(path)
    assert lower_key(found["grades"], ("area", "area_raw", "grade", "as_of", "framework")) == [
        ("developing a positive workplace", "building, supporting and protecting the workforce",
         "requires improvement", "2026-03", "peel 2023-25"),
        ("investigating crime", "investigating crime", "requires improvement", "2026-03", "peel 2023-25"),
        ("leadership and force management", "leadership and force management", "good", "2026-03", "peel 2023-25"),
        ("preventing crime", "preventing crime and antisocial behaviour", "good", "2026-03", "peel 2023-25"),
    ]
    assert found["documents"][0]["publication_date"] == "2026-03-12"


_AREAS = ["Preventing crime", "Investigating crime", "Positive workplace", "Leadership & force management"]


def _comparison(path: Path, rows: list[list[str]], key: str) -> Path:
    """A commissioner's paper comparing the force's grades with its most
    similar group's, in a landscape grid."""
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build([
        Paragraph("Performance and Accountability Meeting – 9 June 2026", BODY),
        Paragraph("Kent Police PEEL grades compared with its most similar group", H1),
        Paragraph("HMICFRS published its PEEL 2023–25 report on Kent Police in March 2026.", BODY),
        Paragraph("Table 1: PEEL 2023–25 grades, Kent and its most similar group", BOLD),
        grid([["Force", "Report published", *_AREAS], *rows], [120, 80] + [110] * len(_AREAS)),
        Paragraph(key, BODY),
    ])
    return path


def test_a_most_similar_group_grid_gives_each_forces_row_its_own_records(tmp_path: Path) -> None:
    found = records(_comparison(tmp_path / "msg.pdf", [
        ["Kent", "Mar 2026", "G", "RI", "A", "G"],
        ["Essex", "Nov 2024", "A", "I", "G", "O"],
        ["Hampshire and Isle of Wight", "Oct 2025", "Good", "A", "A", "RI"],
    ], "Key: O = Outstanding; G = Good; A = Adequate; RI = Requires improvement; I = Inadequate."))
    grades = lower_key(found["grades"], ("force", "area", "grade", "as_of"))
    assert len(grades) == 12
    assert [g for g in grades if g[1] in ("investigating crime", "leadership and force management")] == [
        ("essex police", "investigating crime", "inadequate", "2024-11"),
        ("essex police", "leadership and force management", "outstanding", "2024-11"),
        ("hampshire and isle of wight constabulary", "investigating crime", "adequate", "2025-10"),
        ("hampshire and isle of wight constabulary", "leadership and force management", "requires improvement",
         "2025-10"),
        ("kent police", "investigating crime", "requires improvement", "2026-03"),
        ("kent police", "leadership and force management", "good", "2026-03"),
    ]
    assert {r["area_raw"] for r in found["grades"]} == set(_AREAS)
    assert found["documents"][0]["force"] == "Kent Police"


def test_letters_no_key_spells_out_and_figures_by_force_give_no_grades(tmp_path: Path) -> None:
    # no key: the letters are no grades the document defines
    unkeyed = records(_comparison(tmp_path / "unkeyed.pdf", [
        ["Kent", "Mar 2026", "G", "G", "A", "G"], ["Essex", "Nov 2024", "A", "G", "G", "O"],
    ], "Source: HMICFRS PEEL 2023–25 force reports."))
    assert unkeyed["grades"] == []
    # crime figures by force under area headings are no grades
    figures = records(_comparison(tmp_path / "figures.pdf", [
        ["Kent", "Mar 2026", "1,204", "9,310", "87%", "12"], ["Essex", "Nov 2024", "998", "8,114", "91%", "9"],
    ], "Key: O = Outstanding; G = Good; A = Adequate; RI = Requires improvement; I = Inadequate."))
    assert figures["grades"] == []
