"""A row of an undated action log (no date column, no date in its title)
that the notes of a later meeting cite by reference ("progress on the rota
noted (AB 27/07)" under a performance item) was raised at a meeting the
pack does not say: the citation is a progress note, not where the action
was agreed, so the row takes neither that item as topic nor that page. A
row the notes' own meeting raised still does. reportlab PDFs through the
whole pipeline."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, grid, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph

H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=4, spaceBefore=6)
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceAfter=4, spaceBefore=4)


def _notes(*item: Paragraph) -> list:
    return [Paragraph("Accountability Board", H1),
            Paragraph("Notes of the Accountability Board held on 12 September 2027", H2),
            Paragraph("The Commissioner chaired. The Chief Constable attended.", BODY),
            Paragraph("2. Performance update", H3),
            Paragraph("The Chief Superintendent presented the quarter's figures.", BODY),
            *item,
            PageBreak()]


def test_an_undated_logs_row_cited_in_a_later_meetings_notes_keeps_the_logs_page(tmp_path: Path) -> None:
    path = pdf(tmp_path / "pack.pdf", _notes(
        Paragraph("Members noted progress on the summer cover rota (AB 27/07) and on the fleet review (AB 27/08).",
                  BODY)) + [
        Paragraph("Action log", H2),
        grid([["Ref", "Action", "Owner", "Update"],
              ["AB 27/07", "Confirm the summer cover rota for the islands to the OPCC.", "ACC",
               "Rota in place since June."],
              ["AB 27/08", "Report the findings of the fleet review.", "DCC", "Review to be presented in December."]],
             [55, 190, 45, 170]),
    ])

    actions = {a["number"]: a for a in records(path)["actions"]}

    assert {n: (a["page"], a["topic"], a["meeting_date"]) for n, a in actions.items()} == {
        "AB 27/07": (2, None, None), "AB 27/08": (2, None, None)}


def test_a_row_raised_at_the_notes_meeting_still_takes_the_citing_item(tmp_path: Path) -> None:
    path = pdf(tmp_path / "pack.pdf", _notes(
        Paragraph("Actions: the summer cover rota for the islands to be confirmed to the OPCC (AB 27/07).", BODY)) + [
        Paragraph("Action log", H2),
        grid([["Ref", "Raised", "Action", "Update"],
              ["AB 27/07", "12 September 2027", "Confirm the summer cover rota for the islands to the OPCC.",
               "Rota confirmed to the OPCC on 2 October 2027."]], [55, 80, 170, 155]),
    ])

    actions = {a["number"]: a for a in records(path)["actions"]}

    assert {n: (a["page"], a["topic"]) for n, a in actions.items()} == {"AB 27/07": (1, "Performance update")}
