"""Assurance decisions in packs made as bundles, on small real Word files and
the PDFs LibreOffice makes of them: a "Comment: ..." line is the commentary of
the question whose level line it stands next to, after the level line or before
it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records

_ASKED = (
    ("How many victims were told within five days whether their crime would be investigated?",
     "Compliance was 81 per cent.", "Partially assured", "The Commissioner wants compliance above 90 per cent."),
    ("How are witnesses supported when trials are adjourned at short notice?",
     "The witness care unit calls each witness the same day.", "Assured", "Good work recognised."),
    ("What are victims telling the Force about their experience?",
     "Satisfaction fell to 68 per cent.", "Not assured", "The Commissioner asked for an improvement plan."))


def _labelled(document: Document, label: str, text: str, *, bold: bool = False) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label} {text}").bold = bold or None


def _notes(comment_first: bool) -> Document:
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 11 November 2026", level=1)
    document.add_heading("1. Apologies", level=2)
    document.add_paragraph("There were no apologies.")
    document.add_heading("2. Victims and witnesses", level=2)
    for number, (question, answer, level, comment) in enumerate(_ASKED, start=1):
        document.add_paragraph(f"Question {number}: {question}")
        _labelled(document, "Response:", answer)
        lines = [("Assurance level:", level, True), ("Comment:", comment, False)]
        for label, text, bold in reversed(lines) if comment_first else lines:
            _labelled(document, label, text, bold=bold)
    document.add_heading("3. Any other business", level=2)
    document.add_paragraph("There was no other business.")
    return document


@pytest.mark.parametrize("comment_first", [False, True], ids=["comment after level", "comment before level"])
@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_comment_line_is_the_commentary_of_the_question_whose_level_it_stands_by(
        tmp_path: Path, form: str, comment_first: bool) -> None:
    found = records(published(_notes(comment_first), tmp_path / "notes.docx", form))["assurance_decisions"]
    levels = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
    assert sorted((d["question_number"], d["question"], d["assurance"], d["commentary"]) for d in found) == [
        (str(number), question, levels[level], comment)
        for number, (question, _, level, comment) in enumerate(_ASKED, start=1)]
