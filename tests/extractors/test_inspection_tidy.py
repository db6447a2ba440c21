"""Inspection mechanisms tidied into one place, each on a real file made here:
a judgment in the infinitive is read by the judgment patterns themselves, so
its record quotes the sentence as printed (a numbered paper's paragraph too)."""

from __future__ import annotations

from pathlib import Path

import files
from docx import Document


def test_a_judgment_in_the_infinitive_quotes_its_sentence_as_printed(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Report to the Police and Crime Panel")
    document.add_heading("HMICFRS PEEL 2023–25 inspection of Avon and Somerset Police", level=1)
    document.add_paragraph("2.1 HMICFRS published its PEEL 2023–25 report on the force on 14 August 2025.")
    document.add_paragraph("2.2 Inspectors judged the force to require improvement at investigating crime; and to be "
                           "adequate at managing offenders.")
    path = tmp_path / "paper.docx"
    document.save(str(path))
    graded = sorted((g["area"], g["grade"], g["evidence"]) for g in files.records(path)["grades"])
    sentence = ("Inspectors judged the force to require improvement at investigating crime; and to be adequate at "
                "managing offenders.")
    assert graded == [("Investigating crime", "Requires improvement", sentence),
                      ("Managing offenders", "Adequate", sentence)]
