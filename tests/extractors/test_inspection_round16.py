"""Item mechanisms of inspection round 16, each on a real file made here: a
board paper's lettered "(a)", "(b)" paragraphs are areas for improvement of
their own, read without their letters, never one the other's detail."""

from __future__ import annotations

from pathlib import Path

import files
from docx import Document


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
