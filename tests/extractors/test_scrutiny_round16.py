"""Round 16 (samples/corpus/scrutiny-round16, issue 4): the forms the
held-out round found unread, each on a small real PDF: the notes' topic
from a "Focus of the meeting:" line, and the decider's comment under its
"PFCC comment:" label read without the label."""

from __future__ import annotations

from pathlib import Path

from files import BODY, BOLD, H1, pdf, records
from reportlab.platypus import Paragraph


def test_focus_line_gives_the_topic_and_comment_label_is_not_commentary(tmp_path: Path) -> None:
    path = pdf(tmp_path / "notes.pdf", [
        Paragraph("Notes of the Resources Scrutiny Board, 12 March 2026", H1),
        Paragraph("Present: the PFCC (Chair), the Chief Constable and the Treasurer.", BODY),
        Paragraph("Focus of the meeting: Rural crime", BODY),
        Paragraph("Q1. How quickly are thefts of farm machinery attended?", BODY),
        Paragraph("Evidence heard: Median attendance fell to 40 minutes over the year.", BODY),
        Paragraph("<b>Assurance:</b> Partially assured", BOLD),
        Paragraph("PFCC comment: The PFCC asked for figures by district.", BODY),
    ])
    found = records(path)
    assert [m["topic"] for m in found["meetings"]] == ["Rural crime"]
    [decision] = found["assurance_decisions"]
    assert (decision["topic"], decision["assurance"], decision["commentary"]) == \
        ("Rural crime", "Partly assured", "The PFCC asked for figures by district.")
