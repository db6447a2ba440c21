"""An unnumbered heading ("Scorecard") under a paragraph that runs its
item's title in bold ("**Item 3: Youth violence.** ...") is part of that
item, a table of figures between them or not: the decisions of the table
under it are the run-in item's, in notes of several items. A real
reportlab PDF."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, grid, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

_SUBHEADING = ParagraphStyle("subheading", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceAfter=6,
                             spaceBefore=6)


def test_a_heading_under_a_run_in_item_and_a_table_of_figures_is_part_of_that_item(tmp_path: Path) -> None:
    path = pdf(tmp_path / "notes.pdf", [
        Paragraph("Strategic Assurance Meeting \u2013 Notes \u2013 23 November 2027", H1),
        Paragraph("<b>Item 3: Youth violence.</b> The Chief Superintendent presented the paper and answered the "
                  "Commissioner's questions.", BODY),
        grid([["Measure", "2026", "2027"], ["Serious violence offences, under 25", "412", "377"]], [200, 80, 80]),
        Paragraph("Scorecard", _SUBHEADING),
        grid([["Ref", "Question", "Evidence", "Assurance"],
              ["YV1", "Where are young people most at risk of violence?", "Hotspots are mapped monthly.", "Assured"],
              ["YV2", "How are young people referred to diversion?", "The pathway is being designed.",
               "Not assured"]], [40, 170, 150, 80]),
        Paragraph("<b>Item 4: Road safety.</b> The Head of Roads Policing presented the casualty figures.", BODY),
    ])

    assert sorted((d["question_number"], d["topic"], d["assurance"]) for d in records(path)["assurance_decisions"]) == [
        ("YV1", "Youth violence", "Assured"), ("YV2", "Youth violence", "Not assured")]
