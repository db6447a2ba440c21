"""A pack typeset with its tables' borders off (reportlab, cells padded
closer than a column-wide gap, header rows on a grey band): each question of
the borderless grid whose level heading wraps over two lines is a decision at
its level, and each row of the borderless action log across the page an
action with its reference and update."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, pdf, records
from reportlab.platypus import Paragraph

from tests.ingest.pdf_builders import borderless


QUESTIONS = [["No.", "Question", "Response", "Level of assurance", "Comment"],
             ["1", "How many people were killed or seriously injured on the roads this year?",
              "212 people, 8% fewer than in the same period last year.", "Assured",
              "The Commissioner welcomed the fall."],
             ["2", "What enforcement is targeted at drink and drug driving?",
              "Roadside drug tests rose by 30% but the lab backlog is eleven weeks.", "Partially assured",
              "The backlog is a concern."],
             ["3", "How will the force meet its casualty reduction target for motorcyclists?",
              "There is no motorcycle-specific plan.", "Not assured", "The Commissioner asked for a plan."]]
TRACKER = [["Ref", "Meeting", "Action", "Update"],
           ["PAF 31/12", "10/06/2031", "Share the new rural crime strategy with the Commissioner.",
            "COMPLETE – strategy shared on 30/06/2031."],
           ["PAF 31/14", "10/06/2031", "Review the use of body-worn video at domestic incidents.",
            "ONGOING – the report is being written."]]


def test_decisions_and_actions_from_borderless_tables(tmp_path: Path) -> None:
    path = pdf(tmp_path / "forum.pdf", [
        Paragraph("Police Accountability Forum", H1), Paragraph("Minutes of the meeting of 29 July 2031", BODY),
        Paragraph("3. Road safety", H1), borderless(QUESTIONS, [28, 130, 150, 58, 117]),
        Paragraph("Action log", H1), borderless(TRACKER, [58, 60, 190, 175])])
    found = records(path)

    decisions = sorted((d["question"], d["assurance"]) for d in found["assurance_decisions"])
    assert decisions == sorted(zip((row[1] for row in QUESTIONS[1:]), ("Assured", "Partly assured", "Not assured")))
    actions = sorted((a["number"], a["status"]) for a in found["actions"])
    assert actions == [("PAF 31/12", "complete"), ("PAF 31/14", "outstanding")]
