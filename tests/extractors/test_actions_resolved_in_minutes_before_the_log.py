"""An action a minute resolves ("40.6 RESOLVED that: (a) the force to share
... (CGB 27/29);") and the action log reprints later in the pack is one
action whose page is the minutes' page, where it was first stated; the log
gives its status and update. A resolution carrying no action reference ("the
report be noted") is no action. A real reportlab PDF of two pages."""

from __future__ import annotations

from pathlib import Path

from files import BODY, BOLD, H1, grid, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph

INDENTED = ParagraphStyle("indented", parent=BODY, leftIndent=36)


def test_resolved_actions_take_the_minutes_page_and_the_logs_status(tmp_path: Path) -> None:
    path = pdf(tmp_path / "pack.pdf", [
        Paragraph("Governance Board", H1),
        Paragraph("Minutes of the Governance Board held on Thursday 9 December 2027", BOLD),
        Paragraph("12. Road safety", BOLD),
        Paragraph("12.1 The Board considered a report on collisions on rural roads.", BODY),
        Paragraph("12.2 RESOLVED that:", BODY),
        Paragraph("(a) the report be noted;", INDENTED),
        Paragraph("(b) the force to publish its speed enforcement figures each quarter (GB 27/14);", INDENTED),
        Paragraph("(c) the force to review the siting of its mobile cameras (GB 27/15).", INDENTED),
        Paragraph("13. Any other business", BOLD),
        Paragraph("13.1 There was no other business.", BODY),
        PageBreak(),
        Paragraph("Action log", H1),
        grid([["Ref", "Meeting", "Action", "Status", "Comments"],
              ["GB 27/14", "09/12/2027", "The force to publish its speed enforcement figures each quarter.",
               "Completed", "First figures published on 5 January 2028."],
              ["GB 27/15", "09/12/2027", "The force to review the siting of its mobile cameras.",
               "Open", "Review under way."]], [50, 60, 170, 60, 130]),
    ])

    found = {a["number"]: a for a in records(path)["actions"]}

    assert sorted(found) == ["GB 27/14", "GB 27/15"]
    assert {n: (a["page"], a["status"], a["status_source"]) for n, a in found.items()} == {
        "GB 27/14": (1, "complete", "status_column"),
        "GB 27/15": (1, "outstanding", "status_column"),
    }
    assert found["GB 27/14"]["text"].startswith("The force to publish its speed enforcement figures")
    assert found["GB 27/14"]["update"] == "First figures published on 5 January 2028."
