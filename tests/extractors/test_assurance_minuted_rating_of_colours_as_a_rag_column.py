"""A rating colour under a minuted question is read as a question table
reads its rating column (docs/gold-format.md): "Rating: Red" under a label
naming no assurance is a level, the default RAG reading, with no key as
with one; but right under a line labelled as a risk ("Risk: High" over
"Rating: Red") it rates that risk, as a RAG column right after a "Risk"
column does, and gives no level unless the pack keys its colours. A colour
under a label naming neither ("Performance: Red", "Trend: Green") is no
level and closes no question: the next question's level is its own. On
Word files and reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import QUESTIONS_ASKED, decision_fields, lines_file

_SUFFIXES = (".docx", ".pdf")
_KEY = "Key: Green – the Commissioner is assured; Amber – partly assured; Red – not assured."


def _notes(path: Path, lines_under: list[list[str]], key: str | None = None) -> Path:
    """Notes of one meeting: a minuted question each, its response, then ``lines_under`` it."""
    lines = [("h1", "Record of the Accountability Board held on 9 June 2027"), *([("p", key)] if key else []),
             ("h2", "3. Neighbourhood crime")]
    for number, ((question, answer, _), under) in enumerate(zip(QUESTIONS_ASKED, lines_under), start=1):
        lines += [("p", f"Question {number}: {question}"), ("p", f"Response: {answer}"), *(("p", x) for x in under)]
    return lines_file(path, lines)


_RATED = [["Rating: Red"], ["Rating: Amber"], ["Rating: Green"]]
_RISKS = [["Risk: High", "Rating: Red"], ["Risk level: Medium", "Rating: Amber"], ["Residual risk: Low", "Rating: Green"]]
_LEVELS = [("1", "Not assured"), ("2", "Partly assured"), ("3", "Assured")]


@pytest.mark.parametrize("suffix", _SUFFIXES)
@pytest.mark.parametrize("key", (None, _KEY))
def test_a_rating_colour_under_a_question_is_its_level(tmp_path: Path, suffix: str, key: str | None) -> None:
    assert decision_fields(_notes(tmp_path / f"rated{suffix}", _RATED, key), "question_number", "assurance") == _LEVELS


@pytest.mark.parametrize("suffix", _SUFFIXES)
def test_a_rating_colour_under_a_risk_line_rates_the_risk(tmp_path: Path, suffix: str) -> None:
    # the questions put state no level of their own: no decision
    assert decision_fields(_notes(tmp_path / f"risks{suffix}", _RISKS), "question_number", "assurance") == []


@pytest.mark.parametrize("suffix", _SUFFIXES)
def test_the_packs_key_makes_the_colour_under_a_risk_line_a_level(tmp_path: Path, suffix: str) -> None:
    assert decision_fields(_notes(tmp_path / f"keyed{suffix}", _RISKS, _KEY), "question_number",
                           "assurance") == _LEVELS


@pytest.mark.parametrize("suffix", _SUFFIXES)
def test_a_colour_under_another_label_closes_nothing_and_the_next_question_keeps_its_level(
        tmp_path: Path, suffix: str) -> None:
    # "Performance: Red" rates a measure, no level: question 1 awaits one still, and question 2's "Rating: Amber"
    # decides question 2 (it gave question 1 the Amber, question 2 and its lines its evidence)
    path = _notes(tmp_path / f"performance{suffix}", [["Performance: Red"], ["Trend: Green"], ["Rating: Amber"]])
    assert decision_fields(path, "question_number", "question", "assurance") == [
        ("3", QUESTIONS_ASKED[2][0], "Partly assured")]
