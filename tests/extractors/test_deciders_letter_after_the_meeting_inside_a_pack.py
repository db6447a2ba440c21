"""The decider's letter after a meeting, printed in a pack after its front
sheet, on a small real PDF: the pack keeps its board's name as its title (not
the letter's subject line); the letter's heading "<Board>, <date> – the
Commissioner's view" is that meeting's record, its topic the letter's "Re:"
line; the requests under "I therefore ask that:" are actions minuted there."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, grid, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph

H3 = ParagraphStyle("h3", parent=BODY, fontName="Helvetica-Bold", fontSize=11, leading=14)


def _pack(path: Path) -> dict[str, list[dict]]:
    return records(pdf(path, [
        Paragraph("Police and Crime Commissioner for Wiltshire", H3),
        Paragraph("Performance Board", H1),
        Paragraph("Date: 12/05/2027 Venue: Devizes, Room 2", BODY),
        grid([["Item", "Title", "Lead"], ["1", "Apologies", "Chair"], ["2", "Letter after the last Board", "PCC"],
              ["3", "Road safety", "Head of Roads Policing"]], [40, 250, 150]),
        PageBreak(),
        Paragraph("Office of the Police and Crime Commissioner, Wiltshire", BODY),
        Paragraph("20 April 2027", BODY),
        Paragraph("Dear Chief Constable,", BODY),
        Paragraph("Re: Rural crime", H3),
        Paragraph("Performance Board, 14 April 2027 \u2013 the Commissioner's view", H1),
        Paragraph("Thank you for attending the Board on 14 April, which looked at rural crime.", BODY),
        Paragraph("I therefore ask that:", BODY),
        Paragraph("PB 27/08 Report thefts of farm machinery by district each quarter.", BODY),
        Paragraph("PB 27/09 Publish the rural crime team's patrol plan.", BODY),
        Paragraph("Yours sincerely,", BODY),
        Paragraph("Police and Crime Commissioner for Wiltshire", BODY),
    ]))


def test_a_letter_inside_a_pack_is_the_record_of_its_meeting_and_sets_its_actions(tmp_path: Path) -> None:
    found = _pack(tmp_path / "pack.pdf")
    assert found["documents"][0]["title"] == "Performance Board"
    assert sorted((m["meeting_date"], m["topic"], m["page"]) for m in found["meetings"]) == [
        ("2027-04-14", "Rural crime", 2), ("2027-05-12", None, 1)]
    assert sorted((a["number"], a["meeting_date"], a["topic"], a["page"]) for a in found["actions"]) == [
        ("PB 27/08", "2027-04-14", "Rural crime", 2), ("PB 27/09", "2027-04-14", "Rural crime", 2)]
