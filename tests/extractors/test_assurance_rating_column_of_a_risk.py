"""A question table's rating column that rates a risk, not the decider's
assurance: a "RAG" right after a "Risk" column (High / Red, Low / Green) or
headed "Risk rating" gives no level (Red was read as Not assured). Near
misses: under a key of the colours the pack prints, the RAG column is the
level; an "Assurance" column, or level words, beside the Risk column keep
their reading. On real Word files and the PDFs LibreOffice makes of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, QUESTIONS_ASKED, decision_fields, published, word_table

_RISKS = (("High", "Red"), ("Medium", "Amber"), ("Low", "Green"))


def _notes(path: Path, form: str, header: list[str], key: str | None = None) -> Path:
    """Notes whose question table prints each risk and its colour in its
    last two columns, under ``key`` where given."""
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 9 June 2027", level=2)
    document.add_heading("Item 3 \u2013 Road safety", level=3)
    if key:
        document.add_paragraph(key)
    word_table(document, [header, *([str(n), question, answer, risk, colour] for n, ((question, answer, _),
                                                                                      (risk, colour))
                                    in enumerate(zip(QUESTIONS_ASKED, _RISKS), start=1))])
    document.add_paragraph("The Commissioner will give her view at the next meeting.")
    return published(document, path, form)


@pytest.mark.parametrize("header", [["No.", "Question", "Response", "Risk", "RAG"],
                                    ["No.", "Question", "Response", "Risk", "Risk rating"]],
                         ids=["rag-beside-risk", "risk-rating"])
@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_risks_rating_gives_no_level(tmp_path: Path, form: str, header: list[str]) -> None:
    assert [d for d in decision_fields(_notes(tmp_path / "risks.docx", form, header), "assurance") if d[0]] == []


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_under_the_packs_key_of_colours_the_rag_column_is_the_level(tmp_path: Path, form: str) -> None:
    path = _notes(tmp_path / "keyed.docx", form, ["No.", "Question", "Response", "Risk", "RAG"],
                  key="RAG: Green \u2013 assured; Amber \u2013 partly assured; Red \u2013 not assured.")
    assert decision_fields(path, "question_number", "assurance") == [
        ("1", "Not assured"), ("2", "Partly assured"), ("3", "Assured")]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_an_assurance_column_beside_the_risk_keeps_its_level(tmp_path: Path, form: str) -> None:
    path = _notes(tmp_path / "assurance.docx", form, ["No.", "Question", "Response", "Risk", "Assurance"])
    assert decision_fields(path, "question_number", "assurance") == [
        ("1", "Not assured"), ("2", "Partly assured"), ("3", "Assured")]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_levels_beside_the_risk_column_keep_their_reading(tmp_path: Path, form: str) -> None:
    """Near miss: a column of level words right after the Risk column (no
    colours) is read as before: only a RAG of colours mirrors the risk."""
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 9 June 2027", level=2)
    document.add_heading("Item 3 \u2013 Road safety", level=3)
    word_table(document, [["No.", "Question", "Response", "Risk", "Rating"],
                          *([str(n), question, answer, risk, level] for n, ((question, answer, _), (risk, _), level)
                            in enumerate(zip(QUESTIONS_ASKED, _RISKS, ["Substantial", "Limited", "None"]), start=1))])
    path = published(document, tmp_path / "levels.docx", form)
    assert decision_fields(path, "question_number", "assurance") == [
        ("1", "Assured"), ("2", "Partly assured"), ("3", "Not assured")]
