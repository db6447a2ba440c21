"""A pack whose agenda page closes with a sentence announcing the notes of
the last meeting ("Draft notes of the meeting held on <date> follow."), the
notes' own heading on the next page: the last meeting is found on the page of
its heading, where its record starts, not on the agenda's page. A real
reportlab PDF through the whole pipeline."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, TITLE, grid, pdf, records
from reportlab.platypus import PageBreak, Paragraph


def test_the_notes_meeting_is_on_the_page_of_its_heading(tmp_path: Path) -> None:
    path = pdf(tmp_path / "pack.pdf", [
        Paragraph("Northshire Police and Crime Commissioner", BODY),
        Paragraph("Performance and Accountability Meeting", TITLE),
        Paragraph("Wednesday 14 March 2028, 10:00, Headquarters", BODY),
        Paragraph("Theme: Road safety", BODY),
        PageBreak(),
        Paragraph("Agenda", H1),
        grid([["Item", "Title", "Presenter"], ["1", "Welcome", "Commissioner"],
              ["2", "Road safety", "Chief Inspector, Roads Policing"], ["3", "Action tracker", "Head of Performance"]],
             [40, 250, 170]),
        Paragraph("Draft notes of the meeting held on 24 January 2028 follow.", BODY),
        PageBreak(),
        Paragraph("Notes \u2013 Performance and Accountability Meeting (Rural crime) \u2013 24 January 2028", H1),
        Paragraph("1. How does the force respond to thefts of farm machinery?", BODY),
        Paragraph("The rural crime team grew to seven officers. Thefts fell by a fifth.", BODY),
        Paragraph("Assured", BODY),
    ])

    found = {m["meeting_date"]: (m["page"], m["topic"]) for m in records(path)["meetings"]}

    assert found["2028-01-24"] == (3, "Rural crime")
    assert found["2028-03-14"][0] == 1
