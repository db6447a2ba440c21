"""Held-out round 22b (samples/corpus/inspection-round22b): a force's paper
to its commissioner's meeting names the office without its area ("Police and
Crime Commissioner's Performance and Accountability Meeting"): the office is
the commissioner of the document's force area."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, grid, pdf, records
from reportlab.platypus import Paragraph


def test_a_commissioner_named_without_an_area_takes_the_force_area(tmp_path: Path) -> None:
    paper = pdf(tmp_path / "paper.pdf", [
        grid([["Meeting:", "Police and Crime Commissioner\u2019s Performance and Accountability Meeting"],
              ["Date of meeting:", "10 March 2026"],
              ["Title of report:", "HMICFRS PEEL 2023\u201325 inspection: grades and progress"],
              ["Report by:", "Assistant Chief Constable"]], [120, 330]),
        Paragraph("Purpose", H1),
        Paragraph("1.1 To inform the Police and Crime Commissioner of the outcome of the PEEL inspection "
                  "of Kent Police and of the force\u2019s progress.", BODY),
        Paragraph("1.2 Kent Police was graded good at investigating crime.", BODY)])
    found = records(paper)
    assert found["documents"][0]["organisation"] == "Police and Crime Commissioner for Kent"
    assert found["documents"][0]["force"] == "Kent Police"
