"""One action listed under a heading in the singular ("Action agreed") is
minuted there as under "Actions agreed": the log's row keeps that page and
item. A small real PDF."""

from __future__ import annotations

from pathlib import Path

from files import BODY, BOLD, H1, grid, pdf, records
from reportlab.platypus import PageBreak, Paragraph


def test_an_action_under_a_singular_heading_is_the_log_row_where_minuted(tmp_path: Path) -> None:
    path = pdf(tmp_path / "board.pdf", [
        Paragraph("Notes of the Accountability Board (Road safety) \u2013 16 December 2026", H1),
        Paragraph("The Head of Roads Policing presented the casualty figures.", BODY),
        Paragraph("Action agreed", BOLD),
        Paragraph("AB 26/40 Agree with the councils where the new speed cameras go and report back.", BODY),
        PageBreak(),
        Paragraph("Accountability Board action log", H1),
        grid([["Ref", "Raised", "Action", "Update", "Status"],
              ["AB 26/31", "14/10/2026", "Share the fleet review.", "Shared on 2 November 2026.", "Complete"],
              ["AB 26/40", "16/12/2026", "Agree with the councils where the new speed cameras go and report back.",
               "Meeting set for February.", "Open"]], [55, 60, 170, 110, 60]),
    ])
    found = {a["number"]: (a["page"], a["topic"]) for a in records(path)["actions"]}
    assert found == {"AB 26/31": (2, None), "AB 26/40": (1, "Road safety")}
