"""Fixes from inspection round 35 (areas for improvement and the reader):
where an AFI's explanation ends when a paragraph opens with what the force
does well and turns to a shortfall in a later sentence."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from files import BODY, BOLD, H1, TITLE, pdf, records

_LABEL = ParagraphStyle("label", parent=BOLD, fontSize=12, leading=15)


def _report(sections: list) -> list:
    return [Paragraph("PEEL 2023–25", BODY),
            Paragraph("An inspection of Southshire Constabulary", TITLE),
            Paragraph("Published 4 December 2025", BODY), *sections]


def test_a_paragraph_turning_to_a_shortfall_after_its_first_sentence_still_explains_the_afi(tmp_path: Path) -> None:
    """'The force answers most emergency calls within ten seconds. But too
    many callers to 101 abandon their calls ...': the shortfall in the second
    sentence makes the paragraph the AFI's explanation, not the section's own
    finding, so it and the paragraph after it stay in the detail."""
    flow = _report([
        Paragraph("Responding to the public", H1),
        Paragraph("Area for improvement", _LABEL),
        Paragraph("The force should make sure it answers non-emergency calls promptly.", BOLD),
        Paragraph("In the year to March 2025, callers waited on average six minutes.", BODY),
        Paragraph("The force answers most emergency calls within ten seconds. But too many callers to 101 "
                  "abandon their calls before they are answered, and vulnerable callers are missed.", BODY),
        Paragraph("The force is recruiting more call handlers to meet demand.", BODY),
        Paragraph("Investigating crime", H1)])
    afis = records(pdf(tmp_path / "report.pdf", flow))["areas_for_improvement"]
    assert [a["detail"] for a in afis] == [
        "In the year to March 2025, callers waited on average six minutes.\n\n"
        "The force answers most emergency calls within ten seconds. But too many callers to 101 abandon their "
        "calls before they are answered, and vulnerable callers are missed.\n\n"
        "The force is recruiting more call handlers to meet demand."]
