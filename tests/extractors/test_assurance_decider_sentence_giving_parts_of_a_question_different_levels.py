"""A decider's sentence that gives parts of one question different levels in
clauses of its own ("The Commissioner was assured that A, and not assured
that B", "... assured on A but not on B") states no single level: the
decision is kept, its level null and the sentence whole its commentary,
neither its first level nor its second. Near misses keep their level: a
first level of partly assured (partial is what the parts say), a clause
recalling an earlier level ("having been not assured at the last
meeting", or the level now after it: "not assured at the last meeting but
is now assured"), a "not" in an aside ("while not yet at the target"),
another party's level in the next clause, a sentence naming one level and
going on to a request, and a pack printing the question's level on a line
of its own. On Word files and
reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import QUESTIONS_ASKED, decision_fields, lines_file

_SUFFIXES = (".docx", ".pdf")


def _notes(path: Path, closings: list[list[str]]) -> Path:
    """Notes of one meeting: a minuted question each, its response, then the closing lines given."""
    lines = [("h1", "Record of the Accountability Board held on 9 June 2027"), ("h2", "3. Neighbourhood crime")]
    for number, ((question, answer, _), closing) in enumerate(zip(QUESTIONS_ASKED, closings), start=1):
        lines += [("p", f"Question {number}: {question}"), ("p", f"Response: {answer}"),
                  *(("p", line) for line in closing)]
    return lines_file(path, lines)


MIXED = "The Commissioner was assured that victims are visited quickly, and not assured that repeat victims are seen."
ELIDED = "The Commissioner was assured on the course content but not on how many officers have completed it."
PRONOUN = "The Commissioner was not assured that the wait will fall; she was assured that the new provider is sound."


@pytest.mark.parametrize("suffix", _SUFFIXES)
def test_a_sentence_giving_two_levels_keeps_the_decision_with_no_level(tmp_path: Path, suffix: str) -> None:
    path = _notes(tmp_path / f"mixed{suffix}", [[MIXED], [ELIDED], [PRONOUN]])
    assert decision_fields(path, "question_number", "assurance", "commentary") == [
        ("1", None, MIXED), ("2", None, ELIDED), ("3", None, PRONOUN)]


# (sentence, its one level): a recalled level, an aside holding "not", another party's level, a partial first level
ONE_LEVEL = (("The Commissioner was assured, having been not assured at the last meeting.", "Assured"),
             ("The Commissioner was not assured at the last meeting but is now assured by the new figures.", "Assured"),
             ("The Commissioner was assured that call times, while not yet at the target, were improving.", "Assured"),
             ("The Commissioner was assured that the force, although not on target yet, had a credible plan.",
              "Assured"),
             ("The Commissioner was assured, and the Chief Constable said he was not assured that the supplier "
              "would deliver.", "Assured"),
             ("The Commissioner was partially assured that the course is sound, but not assured that enough officers "
              "have completed it.", "Partly assured"),
             ("The Commissioner was not assured that the wait will fall, and asked that the force not rely on "
              "overtime.", "Not assured"),
             ("The Commissioner was assured that the force had not on any occasion missed the deadline.", "Assured"))


@pytest.mark.parametrize("suffix", _SUFFIXES)
def test_one_level_with_a_recalled_level_an_aside_or_a_request_reads_that_level(tmp_path: Path, suffix: str) -> None:
    lines = [("h1", "Record of the Accountability Board held on 9 June 2027"), ("h2", "3. Neighbourhood crime")]
    for number, (sentence, _) in enumerate(ONE_LEVEL, start=1):
        lines += [("p", f"Question {number}: How is the force doing on measure {number}?"),
                  ("p", f"Response: The force gave its figures for measure {number}."), ("p", sentence)]
    path = lines_file(tmp_path / f"near{suffix}", lines)
    assert decision_fields(path, "question_number", "assurance") == [
        (str(number), level) for number, (_, level) in enumerate(ONE_LEVEL, start=1)]


@pytest.mark.parametrize("suffix", _SUFFIXES)
def test_a_level_printed_on_its_own_line_decides_over_a_mixed_comment(tmp_path: Path, suffix: str) -> None:
    path = _notes(tmp_path / f"printed{suffix}", [
        ["Assurance level: Partly assured", MIXED], ["Assurance level: Not assured", ELIDED]])
    assert decision_fields(path, "question_number", "assurance", "commentary") == [
        ("1", "Partly assured", MIXED), ("2", "Not assured", ELIDED)]
