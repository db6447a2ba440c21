"""Grade and document mechanisms of inspection rounds 19 and 20, each on a
real file made here: a response's "the force's performance in A is good"
grades A (the area what the performance is in), its clauses each graded
("..., and its performance in B is also adequate"), a lead ("I welcome the
inspectorate's finding that") before the judgment; a paper's grades are
dated by the report's publication it states ("It published its report on
...", its pronoun standing for the inspectorate the sentence before names;
"HMICFRS published its report on ..." over the grade table), never by the
meeting's date line of its cover."""

from __future__ import annotations

from pathlib import Path

import files
from docx import Document
from files import BODY, BOLD, H1
from reportlab.platypus import PageBreak, Paragraph


def _graded(found: dict[str, list[dict]]) -> list[tuple[str, str, str, str | None]]:
    return sorted((g["area"], g["area_raw"], g["grade"], g["as_of"]) for g in found["grades"])


def test_a_responses_performance_sentences_grade_each_area_as_printed(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Office of the Police and Crime Commissioner for Gwent")
    document.add_heading("Response of the Police and Crime Commissioner to the HMICFRS report: PEEL 2023–25 – "
                         "An inspection of Gwent Police", level=1)
    document.add_paragraph("This is my response to the PEEL 2023–25 report on Gwent Police, which HMICFRS "
                           "published on 2 February 2026.")
    document.add_paragraph("I note the inspectorate's conclusion that the force's performance in managing offenders "
                           "is adequate. The force's performance in investigating crime is good, and its "
                           "performance in protecting vulnerable people is also good.")
    path = tmp_path / "response.docx"
    document.save(str(path))
    assert _graded(files.records(path)) == [
        ("Investigating crime", "investigating crime", "Good", "2026-02"),
        ("Managing offenders", "managing offenders", "Adequate", "2026-02"),
        ("Protecting vulnerable people", "protecting vulnerable people", "Good", "2026-02"),
    ]


def test_a_papers_grades_are_dated_by_the_publication_a_pronoun_sentence_states(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "qa.pdf", [
        Paragraph("Avon and Somerset Police and Crime Panel", BOLD),
        Paragraph("Meeting date: 21 May 2026", BODY),
        Paragraph("Report of the Police and Crime Commissioner", BODY),
        Paragraph("National child protection inspection of Avon and Somerset Police: questions and answers", H1),
        Paragraph("Q1. When did the inspectorate report?", BOLD),
        Paragraph("HMICFRS inspected the force in January 2026. It published its report on 14 April 2026.", BODY),
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
