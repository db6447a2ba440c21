"""A key sentence giving each outcome its level in brackets ("For each, the
Commissioner records Assurance provided, Further assurance required (partly
assured) or Assurance not provided (not assured).") keys the pack's outcomes
though the sentence before it in the same paragraph tells the meeting in
the past ("The questions were set under two lines of enquiry."): the past
tense makes a minute of what was rated, no key, only in the sentence that
holds the entries. On Word files and reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, H1, QUESTIONS_ASKED, decision_fields, grid, pdf, word_table
from reportlab.platypus import Paragraph

_LEVELS = ("Assurance provided", "Further assurance required", "Assurance not provided")


def _pack(path: Path, key: str) -> Path:
    """Notes whose paragraph ``key`` precedes a question table of the three outcomes."""
    rows = [["Ref", "Question", "Response", "Assurance"],
            *[[f"A{n}", question, answer, level]
              for n, ((question, answer, _), level) in enumerate(zip(QUESTIONS_ASKED, _LEVELS), start=1)]]
    title = "Record of the Performance Board held on 28 October 2043"
    if path.suffix == ".pdf":
        return pdf(path, [Paragraph(title, H1), Paragraph(key, BODY), grid(rows, [40, 160, 160, 100])])
    document = Document()
    document.add_heading(title, level=2)
    document.add_paragraph(key)
    word_table(document, rows)
    document.save(str(path))
    return path


@pytest.mark.parametrize("suffix", (".docx", ".pdf"))
def test_the_key_sentence_after_a_narrated_lead_in_keys_the_outcomes(tmp_path: Path, suffix: str) -> None:
    key = ("The questions were set under two lines of enquiry. For each, the Commissioner records Assurance "
           "provided, Further assurance required (partly assured) or Assurance not provided (not assured).")
    assert decision_fields(_pack(tmp_path / f"keyed{suffix}", key), "question_number", "assurance",
                           "assurance_raw") == [("A1", "Assured", "Assurance provided"),
                                                ("A2", "Partly assured", "Further assurance required"),
                                                ("A3", "Not assured", "Assurance not provided")]


@pytest.mark.parametrize("suffix", (".docx", ".pdf"))
def test_outcomes_told_in_the_past_in_their_own_sentence_key_nothing(tmp_path: Path, suffix: str) -> None:
    # a minute of how questions were rated last time: no key of this pack's outcomes, so the unlisted one reads none
    key = ("The scale is unchanged. At the last review the questions were rated Further assurance required (partly "
           "assured) or Assurance not provided (not assured).")
    assert decision_fields(_pack(tmp_path / f"narrated{suffix}", key), "question_number", "assurance") == [
        ("A1", "Assured"), ("A2", None), ("A3", "Not assured")]
