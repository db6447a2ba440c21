"""A bilingual pack's actions run in from a label in both languages ("Camau
gweithredu / Actions: SAB 27/04 – ... SAB 27/05 – ..."), on a small real PDF:
each is the log's row where it was minuted, on that page and the notes' topic."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, grid, pdf, records
from reportlab.platypus import PageBreak, Paragraph


def test_actions_run_in_from_a_bilingual_label_are_the_log_rows_where_minuted(tmp_path: Path) -> None:
    path = pdf(tmp_path / "board.pdf", [
        Paragraph("Bwrdd Sicrwydd / Assurance Board", H1),
        Paragraph("Dyddiad / Date: 16 March 2027", BODY),
        Paragraph("Nodiadau / Notes of the Assurance Board \u2013 16 February 2027", H1),
        Paragraph("<b>Pwnc / Topic:</b> Troseddau gwledig / Rural crime", BODY),
        Paragraph("The Superintendent presented the rural crime report and answered members' questions.", BODY),
        Paragraph("<b>Camau gweithredu / Actions:</b> AB 27/04 \u2013 Report thefts of farm machinery by district. "
                  "AB 27/05 \u2013 Publish the rural crime team's patrol plan.", BODY),
        PageBreak(),
        Paragraph("Log Gweithredu / Action Log", H1),
        grid([["Cyf / Ref", "Cyfarfod / Meeting", "Cam gweithredu / Action", "Diweddariad / Update",
               "Statws / Status"],
              ["AB 27/01", "19 January 2027", "Share the custody visitors' report.", "Shared on 2 February 2027.",
               "Complete"],
              ["AB 27/04", "16 February 2027", "Report thefts of farm machinery by district.",
               "First report due in April 2027.", "Open"],
              ["AB 27/05", "16 February 2027", "Publish the rural crime team's patrol plan.",
               "Published on 1 March 2027.", "Complete"]], [55, 80, 150, 130, 60]),
    ])
    found = {a["number"]: a for a in records(path)["actions"]}
    assert {ref: (a["page"], a["topic"], a["status"]) for ref, a in found.items()} == {
        "AB 27/01": (2, None, "complete"),
        "AB 27/04": (1, "Rural crime", "outstanding"),
        "AB 27/05": (1, "Rural crime", "complete")}
