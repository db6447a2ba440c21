"""Round 17 (samples/corpus/scrutiny-round17 and -17b, issue 4): decisions
minuted in prose, each form on a small real PDF or Word file: numbered
minutes whose "Question N:" label numbers the question (not the minute's
"5.2"), answered in minutes whose numbers are no part of the evidence, and
decided by the decider's sentence in other verbs ("had received substantial
assurance", "had taken no assurance"); one sentence giving several questions
their levels by number, in either order, with the paragraph naming a
question its commentary."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, BOLD, H1, pdf, records
from reportlab.platypus import Paragraph


def _decisions(path: Path) -> list[tuple]:
    return sorted((d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"],
                   d["topic"]) for d in records(path)["assurance_decisions"])


def test_numbered_minutes_decided_in_the_deciders_own_verbs(tmp_path: Path) -> None:
    path = pdf(tmp_path / "minutes.pdf", [
        Paragraph("Minutes of the Resources Board held on 3 March 2026", H1),
        Paragraph("Custody", BOLD),
        Paragraph("4.1 The Head of Custody presented the report.", BODY),
        Paragraph("4.2 <b>Question 1:</b> How many detainees waited over an hour to be booked in?", BODY),
        Paragraph("4.3 Twelve detainees waited over an hour in January.", BODY),
        Paragraph("4.4 The Commissioner confirmed that she had received substantial assurance that waits are "
                  "reviewed daily.", BODY),
        Paragraph("4.5 <b>Question 2:</b> Are cells checked every hour?", BODY),
        Paragraph("4.6 Checks were missed on four occasions.", BODY),
        Paragraph("4.7 The Commissioner recorded that she had taken no assurance from the audit presented.", BODY),
        Paragraph("4.8 <b>Action (RB 26/03):</b> The Force to repeat the audit.", BODY),
    ])
    assert _decisions(path) == [
        ("1", "How many detainees waited over an hour to be booked in?", "Twelve detainees waited over an hour in January.",
         "Assured", "The Commissioner confirmed that she had received substantial assurance that waits are reviewed daily.",
         "Custody"),
        ("2", "Are cells checked every hour?", "Checks were missed on four occasions.", "Not assured",
         "The Commissioner recorded that she had taken no assurance from the audit presented.", "Custody"),
    ]
