"""Grade and document mechanisms, each on a real file made here: a response's
"the force's performance in A is good" grades A (the area what the performance
is in), its clauses each graded ("..., and its performance in B is also
adequate"), a lead ("I welcome the inspectorate's finding that") before the
judgment; a paper's grades are dated by the report's publication it states ("It
published its report on ...", "The report was published on ...", referring back
to the inspectorate the sentence before names; "HMICFRS published its report on
..." over the grade table), never by the meeting's date line of its cover. A
paper's document record: a committee report's cover table gives its title
("Subject:" over the subject) and its meeting's date ("Dated:" beside the
committee's name); a line labels the meeting's date ("Date of meeting: ..."); a
byline the subject follows ("Report of the Police and Crime Commissioner:
HMICFRS PEEL inspection of ...") is the title; a long top-level heading is the
title over a section's heading; a presentation to a commissioner's meeting is a
scrutiny pack dated by that meeting."""

from __future__ import annotations

from pathlib import Path

import files
import pytest
from docx import Document
from files import BODY, BOLD, H1
from reportlab.platypus import PageBreak, Paragraph


def _graded(found: dict[str, list[dict]]) -> list[tuple[str, str, str, str | None]]:
    return sorted((g["area"], g["area_raw"], g["grade"], g["as_of"]) for g in found["grades"])


@pytest.mark.parametrize("findings", [
    "I note the inspectorate's conclusion that the force's performance in managing offenders is adequate. The "
    "force's performance in investigating crime is good, and its performance in protecting vulnerable people is "
    "also good.",
    "I am pleased that the force's performance in investigating crime is good. Its performance in protecting "
    "vulnerable people is good, but its performance in managing offenders is adequate.",
    # the first clause's verb ends its area: "managing offenders requires improvement", never "... is also good"
    "The force's performance in managing offenders is adequate, and its performance in investigating crime and in "
    "protecting vulnerable people is good.",
])
def test_a_responses_performance_sentences_grade_each_area_as_printed(tmp_path: Path, findings: str) -> None:
    document = Document()
    document.add_paragraph("Office of the Police and Crime Commissioner for Gwent")
    document.add_heading("Response of the Police and Crime Commissioner to the HMICFRS report: PEEL 2023–25 – "
                         "An inspection of Gwent Police", level=1)
    document.add_paragraph("This is my response to the PEEL 2023–25 report on Gwent Police, which HMICFRS "
                           "published on 2 February 2026.")
    document.add_paragraph(findings)
    path = tmp_path / "response.docx"
    document.save(str(path))
    assert _graded(files.records(path)) == [
        ("Investigating crime", "investigating crime", "Good", "2026-02"),
        ("Managing offenders", "managing offenders", "Adequate", "2026-02"),
        ("Protecting vulnerable people", "protecting vulnerable people", "Good", "2026-02"),
    ]


def test_a_clause_requiring_improvement_ends_its_area_before_the_next_clause(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Response of the Police and Crime Commissioner to the HMICFRS report: PEEL 2023–25 – "
                         "An inspection of Gwent Police", level=1)
    document.add_paragraph("HMICFRS published its report on 2 February 2026. The force's performance in managing "
                           "offenders requires improvement, and its performance in investigating crime is also good. "
                           "Its performance in preventing crime is good, but its performance in responding to the "
                           "public requires improvement.")
    path = tmp_path / "response.docx"
    document.save(str(path))
    assert [(area, grade) for area, _, grade, _ in _graded(files.records(path))] == [
        ("Investigating crime", "Good"), ("Managing offenders", "Requires improvement"),
        ("Preventing crime", "Good"), ("Responding to the public", "Requires improvement"),
    ]


@pytest.mark.parametrize("published", ["It published its report on 14 April 2026.",
                                       "Its report was published on 14 April 2026.",
                                       "The report was published on 14 April 2026."])
def test_a_papers_grades_are_dated_by_the_publication_a_sentence_referring_back_states(
        tmp_path: Path, published: str) -> None:
    path = files.pdf(tmp_path / "qa.pdf", [
        Paragraph("Avon and Somerset Police and Crime Panel", BOLD),
        Paragraph("Meeting date: 21 May 2026", BODY),
        Paragraph("Report of the Police and Crime Commissioner", BODY),
        Paragraph("National child protection inspection of Avon and Somerset Police: questions and answers", H1),
        Paragraph("Q1. When did the inspectorate report?", BOLD),
        Paragraph(f"HMICFRS inspected the force in January 2026. {published}", BODY),
        Paragraph("Q2. How was the force graded?", BOLD),
        Paragraph("The inspectorate graded the force in two areas:", BODY),
        Paragraph("• adequate – working with safeguarding partners", BODY),
        Paragraph("• inadequate – responding to children at risk of harm", BODY),
    ])
    assert [(area, grade, as_of) for area, _, grade, as_of in _graded(files.records(path))] == [
        ("Responding to children at risk of harm", "Inadequate", "2026-04"),
        ("Working with safeguarding partners", "Adequate", "2026-04"),
    ]


def test_a_papers_grade_table_is_dated_by_the_publication_stated_over_it_not_the_meetings_date(
        tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "slides.pdf", [
        Paragraph("Surrey Police", BODY),
        Paragraph("PEEL 2023–25 inspection: findings and our response", H1),
        Paragraph("Presentation to the Police and Crime Commissioner's Business Meeting", BODY),
        Paragraph("9 June 2026", BODY),
        PageBreak(),
        Paragraph("Our PEEL grades", H1),
        Paragraph("HMICFRS published its report on 12 May 2026.", BODY),
        files.grid([["Grade", "Area"], ["Good", "Preventing crime"], ["Adequate", "Managing offenders"]],
                   [120, 300]),
    ])
    assert [(area, grade, as_of) for area, _, grade, as_of in _graded(files.records(path))] == [
        ("Managing offenders", "Adequate", "2026-05"),
        ("Preventing crime", "Good", "2026-05"),
    ]


def _document(path: Path) -> tuple[str, str | None, str | None, str | None]:
    """Kind, title (its dashes as the export writes them), meeting date and publication date."""
    found = files.records(path)["documents"][0]
    return found["doc_kind"], found["title"], found["meeting_date"], found["publication_date"]


def _exported(title: str) -> str:
    return title.replace("\u2013", "-")


def test_a_committee_reports_cover_table_gives_its_title_and_its_meetings_date(tmp_path: Path) -> None:
    document = Document()
    cover = document.add_table(rows=4, cols=2)
    for (row, col), text in {(0, 0): "Committee(s):", (0, 1): "Dated:", (2, 0): "Subject:",
                             (1, 0): "Police Authority Board – For decision", (1, 1): "14 May 2026"}.items():
        cover.cell(row, col).text = text
    subject = cover.cell(3, 0).merge(cover.cell(3, 1))
    subject.text = "HMICFRS PEEL 2023–25 inspection of Kent Police: outcome"
    cover.rows[2].cells[0].merge(cover.rows[2].cells[1])
    document.add_heading("Summary", level=2)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on Kent Police on 2 April 2026.")
    path = tmp_path / "committee.docx"
    document.save(str(path))
    assert _document(path) == ("scrutiny_pack", _exported("HMICFRS PEEL 2023–25 inspection of Kent Police: outcome"),
                               "2026-05-14", None)


def test_a_cover_table_of_labels_beside_values_gives_the_title_and_the_meeting_date(tmp_path: Path) -> None:
    document = Document()
    cover = document.add_table(rows=3, cols=2)
    for row, (label, value) in enumerate([("Title of Report:", "HMICFRS PEEL 2023–25: grades and plan"),
                                          ("Report from:", "Essex Police"), ("Date of Meeting:", "7th July 2026")]):
        cover.cell(row, 0).text, cover.cell(row, 1).text = label, value
    document.add_heading("1.0 Purpose of Report", level=2)
    document.add_paragraph("To inform members of the grades HMICFRS gave the force in its PEEL 2023–25 inspection.")
    path = tmp_path / "board.docx"
    document.save(str(path))
    assert _document(path) == ("scrutiny_pack", _exported("HMICFRS PEEL 2023–25: grades and plan"), "2026-07-07",
                               None)


def test_a_panel_papers_labelled_meeting_date_and_its_title_after_the_byline(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "panel.pdf", [
        Paragraph("Cumbria Police, Fire and Crime Panel", BODY),
        Paragraph("Date of meeting: 3 June 2026", BODY),
        Paragraph("Report of the Police, Fire and Crime Commissioner: HMICFRS PEEL inspection of Cumbria "
                  "Constabulary", H1),
        Paragraph("Purpose", BOLD),
        Paragraph("To inform the Panel of the PEEL 2023–25 inspection, which HMICFRS published on 6 May 2026.", BODY),
    ])
    assert _document(path) == ("scrutiny_pack", "Report of the Police, Fire and Crime Commissioner: HMICFRS PEEL "
                               "inspection of Cumbria Constabulary", "2026-06-03", None)


def test_a_long_top_level_heading_is_the_title_over_a_sections_heading(tmp_path: Path) -> None:
    title = ("Response of the Police and Crime Commissioner to the HMICFRS report: PEEL 2023–25 – An inspection of "
             "the Police Service of Northern Ireland and its partners")
    document = Document()
    document.add_paragraph("Office of the Police and Crime Commissioner for Essex")
    document.add_heading(title, level=1)
    document.add_heading("The inspectorate's findings", level=2)
    document.add_paragraph("The inspectorate found the force to be good at preventing crime.")
    path = tmp_path / "response.docx"
    document.save(str(path))
    assert _document(path)[1] == _exported(title)


def test_a_presentation_to_a_commissioners_meeting_is_a_pack_dated_by_the_meeting(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "slides.pdf", [
        Paragraph("Surrey Police", BODY),
        Paragraph("PEEL 2023–25 inspection: findings and our response", H1),
        Paragraph("Presentation to the Police and Crime Commissioner's Business Meeting", BODY),
        Paragraph("9 June 2026", BODY),
        PageBreak(),
        Paragraph("HMICFRS published its report on 12 May 2026.", BODY),
    ])
    assert _document(path) == ("scrutiny_pack", _exported("PEEL 2023–25 inspection: findings and our response"),
                               "2026-06-09", None)
