"""A pack whose cover names the meeting and its date, with the agenda
(dated again, under its theme) on the next page: the meeting is found on the
cover's page, titled by the board and topped by the agenda's theme. A real
reportlab PDF through the whole pipeline."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, TITLE, grid, pdf, records
from reportlab.platypus import PageBreak, Paragraph


def test_the_meeting_is_on_the_page_of_the_cover_naming_it(tmp_path: Path) -> None:
    path = pdf(tmp_path / "pack.pdf", [
        Paragraph("Office of the Police and Crime Commissioner for Northshire", BODY),
        Paragraph("Performance and Accountability Meeting", TITLE),
        Paragraph("14 March 2028", H1),
        Paragraph("Meeting papers", BODY),
        PageBreak(),
        Paragraph("Agenda", H1),
        Paragraph("Tuesday 14 March 2028, 10am \u2013 12pm, Headquarters", BODY),
        Paragraph("Theme: Road safety", BODY),
        grid([["Item", "Title", "Presented by"], ["1", "Welcome and apologies", "PCC"],
              ["2", "Road safety", "Chief Inspector, Roads Policing"], ["3", "Any other business", "PCC"]],
             [40, 250, 170]),
    ])

    (meeting,) = records(path)["meetings"]

    assert (meeting["meeting_date"], meeting["page"], meeting["title"], meeting["topic"]) == (
        "2028-03-14", 1, "Performance and Accountability Meeting", "Road safety")
