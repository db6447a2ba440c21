"""Assurance decisions minuted in the notes' narrative, on small real Word
files and the PDFs LibreOffice makes of them: the decider's sentence that
only states the level ("The Commissioner was partly assured.") is the level,
no commentary: the commentary is the sentences after it, alone in its
paragraph or under an "Assurance statement:" label. A sentence that says more
than the level ("... partly assured that ...") stays the commentary whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, decision_fields, published


def _narrative(path: Path, questions: list[tuple[str, str, str]], form: str, label: str | None = None) -> Path:
    """Notes of one item putting each (question, answer, decision paragraph) in
    turn: "Question N: ...?", the answer, then the decision paragraph (under
    ``label`` on a line of its own where given)."""
    document = Document()
    document.add_heading("Notes of the Strategic Board held on 3 March 2027", level=2)
    document.add_heading("3. Repeat victims", level=3)
    for n, (question, answer, decided) in enumerate(questions, start=1):
        document.add_paragraph(f"Question {n}: {question}")
        document.add_paragraph(answer)
        if label:
            document.add_paragraph().add_run(label).bold = True
        document.add_paragraph(decided)
    return published(document, path, form)


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_sentence_stating_only_the_level_leaves_the_commentary(tmp_path: Path, form: str) -> None:
    path = _narrative(tmp_path / "narrative.docx", [
        ("How many repeat victims were contacted within a week?", "Of 212 repeat victims, 190 were contacted.",
         "The Commissioner was assured. The rise in contact was welcomed."),
        ("How is the triage desk staffed at weekends?", "Two officers cover each weekend shift.",
         "The Commissioner was partly assured. She asked for the rota to be published."),
        ("What share of reports lead to an arrest?", "Nine per cent; no plan exists to raise it.",
         "The Commissioner was partly assured that arrests are recorded. She asked for a plan.")], form)
    assert decision_fields(path, "question_number", "assurance", "commentary", sort=True) == [
        ("1", "Assured", "The rise in contact was welcomed."),
        ("2", "Partly assured", "She asked for the rota to be published."),
        ("3", "Partly assured", "The Commissioner was partly assured that arrests are recorded. She asked for a plan.")]


def test_under_an_assurance_statement_label_the_same(tmp_path: Path) -> None:
    path = _narrative(tmp_path / "statement.docx", [
        ("How is the triage desk staffed at weekends?", "Two officers cover each weekend shift.",
         "The Commissioner was partly assured. She asked for the rota to be published.")], "word",
        label="Assurance statement:")
    assert decision_fields(path, "assurance", "commentary") == [
        ("Partly assured", "She asked for the rota to be published.")]
