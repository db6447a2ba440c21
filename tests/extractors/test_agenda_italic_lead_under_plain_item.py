"""An agenda typed as "**Item N**  Title" lines (only the label bold), each
lead in an indented italic line below: the italic line, set apart from its
item by its type, names the presenter; an item with none below has none, and
an italic purpose line names no one. A real reportlab PDF."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, TITLE, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

LEAD = ParagraphStyle("lead", parent=BODY, fontName="Helvetica-Oblique", leftIndent=36)


def test_the_italic_line_under_an_item_whose_label_alone_is_bold_names_its_lead(tmp_path: Path) -> None:
    flow = [Paragraph("Police and Crime Commissioner for Wiltshire", BODY), Paragraph("Scrutiny Board", TITLE),
            Paragraph("Wednesday 14 June 2028, 10:00, Police Headquarters", BODY), Paragraph("Agenda", H1)]
    for number, title, below in [("1", "Apologies", "Chair"),
                                 ("2", "Minutes of the last meeting and action tracker", "Board Secretary"),
                                 ("3", "Road safety", "Detective Chief Superintendent"),
                                 ("4", "Fleet replacement", "For decision"),
                                 ("5", "Any other business", None)]:
        flow.append(Paragraph(f"<b>Item {number}</b>&nbsp;&nbsp;&nbsp;{title}", BODY))
        if below:
            flow.append(Paragraph(below, LEAD))

    found = records(pdf(tmp_path / "agenda.pdf", flow))["agenda_items"]

    assert [(a["number"], a["title"], a["presenter"]) for a in found] == [
        ("1", "Apologies", "Chair"),
        ("2", "Minutes of the last meeting and action tracker", "Board Secretary"),
        ("3", "Road safety", "Detective Chief Superintendent"),
        ("4", "Fleet replacement", None),
        ("5", "Any other business", None)]
