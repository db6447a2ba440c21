"""Questions grouped under a heading per level, on small real Word files:
the heading is the decider's sentence ("The Commissioner is partly assured
and has asked for further information"), the questions "Q1. ...?" headings
under it, each answered in paragraphs closed by the decider's note
("Commissioner's note: ..."). Every question takes its heading's level, the
note its commentary, the answer running on into no next question."""

from __future__ import annotations

from pathlib import Path

from files import docx, records

# (level heading, canonical level, [(number, question, answer, note)])
_GROUPS = (("The Commissioner is assured", "Assured",
            [("1", "How has the number of shop thefts changed this year?", "Shop theft fell by 9 per cent.",
              "The Commissioner thanked the retail crime team."),
             ("4", "How quickly are shop thefts in progress attended?", "The median attendance is 11 minutes.", "")]),
           ("The Commissioner is partly assured and has asked for further information", "Partly assured",
            [("2", "How many shop thefts lead to a charge?", "The charge rate is 8 per cent.",
              "The Commissioner asked for the rate by district.")]),
           ("The Commissioner is not assured", "Not assured",
            [("3", "How are repeat offenders managed?", "There is no offender management scheme for shop theft.",
              "The Commissioner asked for a plan.")]))


def test_each_question_takes_the_level_its_heading_states(tmp_path: Path) -> None:
    blocks = [("h1", "Notes of the Strategic Assurance Board held on 13 April 2027"),
              ("h2", "3. Retail crime"),
              ("p", "The Commissioner's judgement on each answer is shown by the heading the question is listed under.")]
    for heading, _, questions in _GROUPS:
        blocks.append(("h3", heading))
        for number, question, answer, note in questions:
            blocks += [("h5", f"Q{number}. {question}"), ("p", answer)]
            blocks += [("p", f"Commissioner's note: {note}")] if note else []
    path = docx(tmp_path / "notes.docx", blocks)
    assert sorted((d["question_number"], d["topic"], d["question"], d["evidence_summary"], d["assurance"],
                   d["commentary"]) for d in records(path)["assurance_decisions"]) == sorted(
        (number, "Retail crime", question, answer, level, note or None)
        for _, level, questions in _GROUPS for number, question, answer, note in questions)
