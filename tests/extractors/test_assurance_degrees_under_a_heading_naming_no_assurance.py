"""A degree such as "High" is a level only under a heading naming
assurance, the decider or confidence, or through the pack's own key, as
under a level's label. A question table's column headed as another measure
("Priority", "Likelihood", "Impact"), or only as a "Rating", whose cells
tick one of "High / Medium / Low" gives no level: a high priority or
rating is no assurance (High was read as Assured, Low as Not assured). Near
misses: a column of the pack's keyed words ("Met", "Partially met", "Not
met"), a "Rating" of the pack's keyed degrees or of RAG colours, an
"Assurance rating" or "Confidence rating" of degrees, a "Decision" cell
labelling its level ("Level of assurance: Substantial") and an "Assessment"
of grades the key makes the decider's keep their reading. On real Word
files and the PDFs LibreOffice makes of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, QUESTIONS_ASKED, decision_fields, published, word_table


_TICKED, _EMPTY = "\u2612", "\u2610"


def _ticked(chosen: int) -> str:
    """A cell of three options, the ``chosen`` one ticked."""
    return "   ".join(f"{option} {_TICKED if i == chosen else _EMPTY}" for i, option in enumerate(("High", "Medium", "Low")))


def _notes(path: Path, form: str, heading: str, cells: list[str], key: str | None = None) -> Path:
    """Notes whose question table's last column, headed ``heading``, holds ``cells``, under ``key`` where given."""
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 9 June 2027", level=2)
    document.add_heading("Item 3 \u2013 Road safety", level=3)
    if key:
        document.add_paragraph(key)
    word_table(document, [["No.", "Question", "Response", heading],
                          *([str(n), question, answer, cell] for n, ((question, answer, _), cell)
                            in enumerate(zip(QUESTIONS_ASKED, cells), start=1))])
    document.add_paragraph("The Commissioner will give her view at the next meeting.")
    return published(document, path, form)


@pytest.mark.parametrize("heading", ["Priority", "Likelihood", "Impact"])
@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_ticked_high_medium_low_under_another_measure_give_no_level(tmp_path: Path, form: str, heading: str) -> None:
    path = _notes(tmp_path / "ticks.docx", form, heading, [_ticked(i) for i in range(3)])
    assert decision_fields(path, "assurance") == []


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_plain_high_medium_low_under_a_priority_give_no_level(tmp_path: Path, form: str) -> None:
    path = _notes(tmp_path / "plain.docx", form, "Priority", ["High", "Medium", "Low"])
    assert decision_fields(path, "assurance") == []


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_packs_keyed_words_in_a_column_of_its_own_heading_read(tmp_path: Path, form: str) -> None:
    """Near miss: a column headed in the pack's own words holding its keyed levels is still the decision."""
    path = _notes(tmp_path / "keyed.docx", form, "Expectation met?", ["Met", "Partially met", "Not met"],
                  key="Key: Met \u2013 assured; Partially met \u2013 partly assured; Not met \u2013 not assured.")
    assert decision_fields(path, "question_number", "assurance") == [
        ("1", "Assured"), ("2", "Partly assured"), ("3", "Not assured")]


@pytest.mark.parametrize("cells", [[_ticked(i) for i in range(3)], ["High", "Medium", "Low"]], ids=["ticked", "plain"])
@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_degrees_under_a_bare_rating_give_no_level(tmp_path: Path, form: str, cells: list[str]) -> None:
    assert decision_fields(_notes(tmp_path / "rating.docx", form, "Rating", cells), "assurance") == []


@pytest.mark.parametrize(("heading", "cells", "key"), [
    ("Rating", [_ticked(i) for i in range(3)],
     "Rating: High \u2013 the Commissioner is assured; Medium \u2013 partly assured; Low \u2013 not assured."),
    ("Rating", ["Green", "Amber", "Red"], None),
    ("Rating", ["4", "2", "1"], "Key: 4 \u2013 fully assured; 3 \u2013 substantially assured; 2 \u2013 partly assured; "
                                "1 \u2013 not assured."),
    ("Assurance rating", [_ticked(i) for i in range(3)], None),
    ("Confidence rating", ["High", "Medium", "Low"], None),
    ("Decision", ["Level of assurance: Substantial.", "Level of assurance: Limited.", "Level of assurance: Minimal."],
     None),
    ("Assessment", ["Good", "Requires improvement", "Inadequate"],
     "Key: Good \u2013 the Commissioner is assured; Requires improvement \u2013 the Commissioner is partly assured; "
     "Inadequate \u2013 the Commissioner is not assured."),
], ids=["keyed-ticks", "rag", "keyed-scores", "assurance-rating", "confidence-rating", "labelled-in-cell",
        "keyed-grades"])
@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_rating_its_heading_or_the_key_takes_reads(tmp_path: Path, form: str, heading: str, cells: list[str],
                                                     key: str | None) -> None:
    path = _notes(tmp_path / "levels.docx", form, heading, cells, key=key)
    assert decision_fields(path, "question_number", "assurance") == [
        ("1", "Assured"), ("2", "Partly assured"), ("3", "Not assured")]
