"""Notes that group an item's questions under headings that are levels
("Assured", an outcome of the pack's own keyed as partly assured, "Not
assured"), the questions out of their order, none with a level beside it,
each followed by its "Response:": each question takes its group's level
(`assurance_raw` the heading), keeps its own number and its own response
only, the item's title stays the topic, and the key sentence, the group
headings and the actions line under the last group are no decisions. On a
Word file and a PDF. An action minuted between two questions of a group is
no part of an answer, and the group goes on past it. The key's lead-in may
be passive, its entries apart by semicolons or slashes; a list of topics
rated in brackets, or told in the past, makes no heading a level."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from files import BODY, BOLD, H1, QUESTIONS_ASKED, decision_fields, docx, pdf

_KEY = ("The notes group the questions by the assurance the Commissioner took from the answers: Assured (nothing more "
        "sought), Further work sought (partly assured; the Force reports back) and Not assured.")
_EXTRA = ("How many repeat victims were offered a crime prevention visit?", "All 96 were offered one; 71 accepted.")
# (group heading, [(number, question, response)]), the questions printed out of their order
_GROUPS = [("Assured", [("1", *QUESTIONS_ASKED[0][:2]), ("4", *_EXTRA)]),
           ("Further work sought", [("3", *QUESTIONS_ASKED[2][:2])]),
           ("Not assured", [("2", *QUESTIONS_ASKED[1][:2])])]
_LEVELS = {"Assured": "Assured", "Further work sought": "Partly assured", "Not assured": "Not assured"}
_EXPECTED = [(number, question, response, _LEVELS[heading], heading, None, "Burglary")
             for heading, asked in _GROUPS for number, question, response in asked]
_FIELDS = ("question_number", "question", "evidence_summary", "assurance", "assurance_raw", "commentary", "topic")
_NOTES = "Notes of the Police Accountability Board held on 12 May 2027"
_ACTIONS = "Actions agreed: PAB 27/08 and PAB 27/09 (set out in the tracker)."


def _lines() -> list[tuple[str, str]]:
    lines = [("h2", _NOTES), ("h3", "Item 3: Burglary"), ("p", _KEY)]
    for heading, asked in _GROUPS:
        lines.append(("h4", heading))
        for number, question, response in asked:
            lines += [("p", f"Q{number}. {question}"), ("p", f"Response: {response}")]
    return [*lines, ("p", _ACTIONS)]


def test_questions_grouped_under_level_headings_in_a_word_file(tmp_path: Path) -> None:
    assert decision_fields(docx(tmp_path / "notes.docx", _lines()), *_FIELDS) == _EXPECTED


def test_questions_grouped_under_level_headings_on_a_pdf(tmp_path: Path) -> None:
    group = ParagraphStyle("group", parent=BOLD, fontSize=12, leading=15)
    styles = {"h2": H1, "h3": BOLD, "h4": group, "p": BODY}
    flow = [Paragraph(text, styles[kind]) for kind, text in _lines()]
    assert decision_fields(pdf(tmp_path / "notes.pdf", flow), *_FIELDS) == _EXPECTED


def test_an_action_minuted_between_a_groups_questions_is_no_answer_and_ends_no_group(tmp_path: Path) -> None:
    (q1, a1, _), (q2, a2, _), (q3, a3, _) = QUESTIONS_ASKED
    lines = [("h2", _NOTES), ("h3", "Item 3: Burglary"), ("h4", "Assured"),
             ("p", f"Q1. {q1}"), ("p", f"Response: {a1}"), ("p", "Action PAB 27/07: report the figure by district."),
             ("p", f"Q2. {q2}"), ("p", f"Response: {a2}"),
             ("h4", "Not assured"), ("p", f"Q3. {q3}"), ("p", f"Response: {a3}"), ("p", _ACTIONS),
             ("p", "The meeting closed at 12.30.")]
    assert decision_fields(docx(tmp_path / "notes.docx", lines), "question_number", "evidence_summary",
                           "assurance") == [("1", a1, "Assured"), ("2", a2, "Assured"), ("3", a3, "Not assured")]


_PASSIVE = _KEY.replace("The notes group the questions", "The questions were grouped")
_SEMICOLONS = ("The notes group the questions by the assurance the Commissioner took from the answers: Assured "
               "(nothing more sought); Further work sought (partly assured; the Force reports back); Not assured.")
_SLASHES = ("The notes group the questions by the assurance the Commissioner took from the answers: Assured / "
            "Further work sought (partly assured) / Not assured.")


@pytest.mark.parametrize("key", [_PASSIVE, _SEMICOLONS, _SLASHES], ids=["passive", "semicolons", "slashes"])
def test_a_key_in_the_passive_or_listed_by_semicolons_or_slashes_keys_the_groups(tmp_path: Path, key: str) -> None:
    lines = [(kind, key if text == _KEY else text) for kind, text in _lines()]
    assert decision_fields(docx(tmp_path / "notes.docx", lines), *_FIELDS) == _EXPECTED


@pytest.mark.parametrize("listed", [
    "The Board looked at three topics: Custody (not assured), Fraud (assured) and Stop and search.",
    "The Board looked at: Assured, Custody (the Board was not assured) and Fraud (partly assured)."],
    ids=["a topic with no level", "a meaning told in the past"])
def test_a_list_of_topics_rated_in_brackets_makes_no_heading_a_level(tmp_path: Path, listed: str) -> None:
    (q1, a1, _), (q2, a2, _) = QUESTIONS_ASKED[:2]
    lines = [("h2", _NOTES), ("h3", "Item 3: Burglary"), ("p", listed), ("h4", "Assured"),
             ("p", f"Q1. {q1}"), ("p", f"Response: {a1}"), ("h4", "Custody"), ("p", f"Q2. {q2}"),
             ("p", f"Response: {a2}")]
    assert decision_fields(docx(tmp_path / "notes.docx", lines), "question_number", "assurance") == [
        ("1", "Assured")]
