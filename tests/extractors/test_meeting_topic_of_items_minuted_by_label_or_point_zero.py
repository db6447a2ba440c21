"""Notes of one scrutiny item are about it, however the item headings are
numbered: as labelled minutes ("Minute 2 – Road safety") or with a zero minor
("4.0 Road safety", over paragraphs numbered 4.1, 4.2). The item's title,
without its number, is the notes meeting's topic, and the topic of the action
lines minuted under it. Real Word files and a reportlab PDF through the whole
pipeline."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, docx, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceAfter=4, spaceBefore=4)


def _topics(path: Path) -> tuple[dict[str, str | None], dict[str, str | None]]:
    found = records(path)
    return ({m["meeting_date"]: m["topic"] for m in found["meetings"]},
            {a["text"]: a["topic"] for a in found["actions"]})


def test_notes_of_labelled_minutes_take_their_one_items_title(tmp_path: Path) -> None:
    path = docx(tmp_path / "minutes.docx", [
        ("h1", "Strategic Scrutiny Board"),
        ("h2", "Minutes of the Strategic Scrutiny Board held on 8 March 2028"),
        ("p", "Present: the Commissioner (Chair), the Chief Constable."),
        ("h3", "Minute 1 \u2013 Apologies"),
        ("p", "None."),
        ("h3", "Minute 2 \u2013 Road safety"),
        ("p", "The Chief Inspector presented the report on collisions on rural roads."),
        ("h4", "Actions"),
        ("li", "Report speed enforcement by district to the next Board."),
        ("h3", "Minute 3 \u2013 Date of next meeting"),
        ("p", "The Board will next meet in May."),
    ])

    meetings, actions = _topics(path)

    assert meetings["2028-03-08"] == "Road safety"
    assert actions == {"Report speed enforcement by district to the next Board.": "Road safety"}


def test_notes_of_items_numbered_point_zero_take_their_one_items_title(tmp_path: Path) -> None:
    path = pdf(tmp_path / "minutes.pdf", [
        Paragraph("Business Board", H1),
        Paragraph("Minutes of the Business Board held on 14 March 2028", H1),
        Paragraph("1.0 Apologies for absence", H3),
        Paragraph("1.1 Apologies were received from the Deputy Chief Constable.", BODY),
        Paragraph("2.0 Minutes and action log", H3),
        Paragraph("2.1 The minutes of 10 January 2028 were agreed.", BODY),
        Paragraph("3.0 Road safety", H3),
        Paragraph("3.1 The Chief Inspector presented the report on collisions on rural roads.", BODY),
        Paragraph("4.0 Forward plan", H3),
        Paragraph("4.1 The forward plan was noted.", BODY),
    ])

    meetings, _ = _topics(path)

    assert meetings["2028-03-14"] == "Road safety"
