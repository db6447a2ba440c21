"""An AFI's sentence "It should ..." after "The force should ..." explains
that AFI, never opens a second AFI."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Paragraph

from files import BODY, H1, TITLE, pdf, records, report_start


def test_it_should_after_the_force_should_explains_the_same_afi(tmp_path: Path) -> None:
    """"The force should improve ... It should make sure ..." in one
    paragraph is one AFI; an "It should also ..." paragraph under a
    one-sentence AFI is that AFI's detail."""
    flow = [*report_start("Southshire Constabulary"),
            Paragraph("Investigating crime", H1),
            Paragraph("Area for improvement", TITLE),
            Paragraph("The force should improve how it supervises investigations. It should make sure "
                      "supervisors review every plan before it is closed.", BODY),
            Paragraph("Protecting vulnerable people", H1),
            Paragraph("Areas for improvement", TITLE),
            Paragraph("The force should make sure it uses all the protective orders open to it.", BODY),
            Paragraph("It should also record why an order was not sought in each domestic abuse case.", BODY)]
    afis = records(pdf(tmp_path / "report.pdf", flow))["areas_for_improvement"]
    assert [(a["text"], a["detail"]) for a in afis] == [
        ("The force should improve how it supervises investigations. It should make sure supervisors review "
         "every plan before it is closed.", None),
        ("The force should make sure it uses all the protective orders open to it.",
         "It should also record why an order was not sought in each domestic abuse case.")]
