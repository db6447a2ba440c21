"""Where an AFI's explanation ends: a paragraph that opens with what the
force does ("The force answers ...") and states no shortfall, remedy or turn
is the section's own finding, even dated by a month ("in May 2025": a month,
no "may" of a consequence); a paragraph on what the force has done about the
AFI ("The force has introduced ... It is too early to say ...") still
explains it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from files import BODY, BOLD, H1, TITLE, pdf, records

_LABEL = ParagraphStyle("label", parent=BOLD, fontSize=12, leading=15)
_AFI = "The force should make sure it attends emergency incidents within its target times."
_EXPLANATION = "In 12 of the 50 incidents we reviewed, officers arrived late and the caller wasn't told why."


@pytest.mark.parametrize(("after", "in_detail"), [
    ("The force answers most emergency calls within ten seconds, as our review in May 2025 found.", False),
    ("The force has introduced a new dispatch system, which went live in May 2025. It is too early to say "
     "whether it will shorten attendance times.", True)])
def test_the_detail_ends_at_a_finding_of_what_the_force_does_on_a_pdf(tmp_path: Path, after: str,
                                                                      in_detail: bool) -> None:
    flow = [Paragraph("PEEL 2023–25", BODY), Paragraph("An inspection of Westshire Police", TITLE),
            Paragraph("Published: 4 December 2025", BODY),
            Paragraph("Responding to the public", H1),
            Paragraph("Area for improvement", _LABEL), Paragraph(_AFI, BOLD), Paragraph(_EXPLANATION, BODY),
            Paragraph(after, BODY),
            Paragraph("Investigating crime", H1)]
    afis = records(pdf(tmp_path / "report.pdf", flow))["areas_for_improvement"]
    assert [(a["text"], a["detail"]) for a in afis] == [
        (_AFI, f"{_EXPLANATION}\n\n{after}" if in_detail else _EXPLANATION)]


def test_the_detail_ends_at_a_finding_dated_by_a_month_in_a_word_report(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("An inspection of Westshire Police", level=0)
    document.add_paragraph("Published: 4 December 2025")
    document.add_heading("Responding to the public", level=1)
    document.add_heading("Area for improvement", level=2)
    document.add_paragraph().add_run(_AFI).bold = True
    document.add_paragraph(_EXPLANATION)
    document.add_paragraph("The force publishes its response times each month; it added rural figures in May 2025.")
    path = tmp_path / "report.docx"
    document.save(str(path))
    assert [a["detail"] for a in records(path)["areas_for_improvement"]] == [_EXPLANATION]
