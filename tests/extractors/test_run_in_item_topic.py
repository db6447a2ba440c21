"""Notes that run an item's title into its first paragraph in bold ("**Item 3:
Youth violence.** The ... presented the paper.") are about that item, though
an unnumbered heading ("Scorecard") over the item's table sits under it: the
meeting's topic and the topic of the log rows it raised. A real reportlab PDF."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, grid, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph

H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=6, spaceBefore=6)
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceAfter=4)


def test_a_run_in_items_title_is_the_topic_not_the_heading_over_its_table(tmp_path: Path) -> None:
    path = pdf(tmp_path / "pack.pdf", [
        Paragraph("Assurance Meeting", H1),
        Paragraph("14 March 2028 | 10:00 | Police Headquarters", BODY),
        PageBreak(),
        Paragraph("Assurance Meeting \u2013 Notes \u2013 9 January 2028", H2),
        Paragraph("<b>Item 2: Rural crime.</b> The Superintendent for rural policing presented the paper and "
                  "members discussed the farm watch scheme.", BODY),
        Paragraph("Scorecard", H3),
        grid([["No", "Question", "Response"],
              ["1", "How are thefts of farm machinery investigated?", "A dedicated team reviews each theft."],
              ["2", "How are repeat victims supported?", "Victims are visited within a week."]], [30, 200, 200]),
        Paragraph("Actions agreed: AM 28/02 and AM 28/03 (see log).", BODY),
        PageBreak(),
        Paragraph("Action log", H2),
        grid([["Ref", "Raised", "Action", "Update", "Status"],
              ["AM 28/02", "9 January 2028", "Report the number of farm thefts solved.", "Figures due.", "Open"],
              ["AM 28/03", "9 January 2028", "Brief members on the farm watch scheme.", "Briefing given.", "Closed"]],
             [60, 80, 170, 100, 60]),
    ])

    found = records(path)

    assert {m["meeting_date"]: m["topic"] for m in found["meetings"]}["2028-01-09"] == "Rural crime"
    assert {a["number"]: a["topic"] for a in found["actions"]} == {"AM 28/02": "Rural crime", "AM 28/03": "Rural crime"}
