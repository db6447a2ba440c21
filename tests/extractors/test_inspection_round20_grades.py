"""Grade and document mechanisms of inspection rounds 19 and 20, each on a
real file made here: a response's "the force's performance in A is good"
grades A (the area what the performance is in), its clauses each graded
("..., and its performance in B is also adequate"), a lead ("I welcome the
inspectorate's finding that") before the judgment."""

from __future__ import annotations

from pathlib import Path

import files
from docx import Document


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
