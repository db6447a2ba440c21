"""Questions minuted under a heading that names the kind of session, not its
subject ("In-depth discussion", "Detailed discussion"), each closed by the
decider's view under its label ("Commissioner's view: The Commissioner was
partly assured. He asked ..."), on small real Word files. The label and the
sentence that only states the level fill the view's slot: the commentary is
what follows them, none where nothing does; the topic is the meeting's
stated theme, since the session's heading names no subject."""

from __future__ import annotations

from pathlib import Path

import pytest

from files import docx, records

# (question, answer, the view after the label)
_QUESTIONS = (("How many road deaths were there last year?", "There were 31 deaths, four fewer than the year before.",
               "The Commissioner was partly assured. He asked for the figures by district."),
              ("How are speed cameras placed?", "Cameras go where collisions cluster, reviewed every quarter.",
               "The Commissioner was assured."),
              ("How are drink-drive offenders caught?", "A summer and a winter campaign run each year.",
               "The Commissioner was not assured. He asked for a year-round plan."))


def _notes(tmp_path: Path, session: str, view_label: str) -> Path:
    blocks = [("h1", "Public Accountability Meeting"),
              ("h2", "Public Accountability Meeting, 14 March 2027: record of the meeting"),
              ("p", "Theme: Road safety"),
              ("p", "Present: Police and Crime Commissioner; Chief Constable; Head of Roads Policing."),
              ("h3", session),
              ("p", "The Commissioner put three questions. His view of each answer is recorded below it.")]
    for number, (question, answer, view) in enumerate(_QUESTIONS, start=1):
        blocks += [("h4", f"Question {number}"), ("b", question), ("p", answer), ("p", f"{view_label}: {view}")]
    return docx(tmp_path / "notes.docx", blocks)


@pytest.mark.parametrize("session", ["In-depth discussion", "Detailed discussion"])
def test_a_session_heading_leaves_the_topic_to_the_meetings_theme(tmp_path: Path, session: str) -> None:
    decisions = records(_notes(tmp_path, session, "Commissioner's view"))["assurance_decisions"]
    assert [(d["question_number"], d["question"], d["topic"]) for d in decisions] == [
        (str(number), question, "Road safety") for number, (question, _, _) in enumerate(_QUESTIONS, start=1)]


@pytest.mark.parametrize("view_label", ["Commissioner's view", "PCC's comments"])
def test_the_views_label_and_level_sentence_are_no_part_of_the_commentary(tmp_path: Path, view_label: str) -> None:
    decisions = records(_notes(tmp_path, "In-depth discussion", view_label))["assurance_decisions"]
    assert [(d["assurance"], d["evidence_summary"], d["commentary"]) for d in decisions] == [
        ("Partly assured", _QUESTIONS[0][1], "He asked for the figures by district."),
        ("Assured", _QUESTIONS[1][1], None),
        ("Not assured", _QUESTIONS[2][1], "He asked for a year-round plan.")]
