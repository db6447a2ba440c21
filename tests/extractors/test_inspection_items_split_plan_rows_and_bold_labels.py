"""Item mechanisms of Word documents saved as PDF, each on a real file made
here: a plan's row that a page break splits (its ref and type cells blank on
the new page) is one item, paged where it starts, under the banner row naming
its area; the one bullet under a singular label ("Area for improvement")
explained by the paragraph after it; labels set as bold paragraphs or as a Word
heading's plain blue line open their parts as headings do; a practice box drawn
as a shaded one-cell table."""

from __future__ import annotations

from pathlib import Path

import files
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from files import BODY, BOLD, H1
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

CELL = ParagraphStyle("cell", parent=BODY, fontSize=10, leading=13, spaceAfter=0)
BANNER = ParagraphStyle("banner", parent=CELL, fontName="Helvetica-Bold")


def _plan(rows: list[list[str] | str]) -> Table:
    """A ruled plan (Ref | Type | HMICFRS finding | Activity | RAG) whose
    string rows are grey banners set across every column, its rows allowed
    to break across pages."""
    data: list[list] = [[Paragraph(h, BANNER) for h in ("Ref", "Type", "HMICFRS finding", "Activity", "RAG")]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for row in rows:
        if isinstance(row, str):
            n = len(data)
            data.append([Paragraph(row, BANNER), "", "", "", ""])
            style += [("SPAN", (0, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), colors.HexColor("#d9d9d9"))]
        else:
            data.append([Paragraph(text, CELL) for text in row])
    table = Table(data, colWidths=[45, 95, 200, 110, 45], splitInRow=1)
    table.setStyle(TableStyle(style))
    return table


def test_a_plan_row_broken_across_pages_is_one_item_paged_where_it_starts(tmp_path: Path) -> None:
    broken = ("The force should make sure that investigations are allocated to officers with the right skills and "
              "experience, that supervisors review each investigation plan within seven days of allocation, that "
              "victims are told who is investigating their crime and how to reach them, and that workloads are "
              "reviewed every month so that no investigator holds more cases than the force's own standard allows.")
    path = files.pdf(tmp_path / "board-plan.pdf", [
        Paragraph("Report to the Police and Crime Commissioner's Accountability Board", H1),
        Paragraph("The force's plan for the findings of HMICFRS's PEEL 2023–25 inspection, published on "
                  "5 March 2026.", BODY),
        Spacer(1, 500),
        Paragraph("Appendix A – improvement plan", BOLD),
        _plan(["PEEL area: Investigating crime",
               ["AFI1", "Area for improvement", broken, "Allocation policy rewritten", "Amber"],
               ["AFI2", "Area for improvement", "The force should improve the quality of its investigation plans.",
                "Template in testing", "Red"],
               "PEEL area: Responding to the public",
               ["AFI3", "Area for improvement", "The force should make sure call handlers record the vulnerability "
                "of callers.", "Training complete", "Green"]]),
    ])
    found = files.records(path)
    afis = [(a["text"], a["area"], a["page"]) for a in found["areas_for_improvement"]]
    assert afis == [
        (broken, "Investigating crime", 1),
        ("The force should improve the quality of its investigation plans.", "Investigating crime", 2),
        ("The force should make sure call handlers record the vulnerability of callers.", "Responding to the public", 2),
    ]


LABEL = ParagraphStyle("label", parent=BODY, fontSize=13, leading=16, textColor=colors.HexColor("#4f81bd"))
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=18, bulletIndent=6)
H2 = ParagraphStyle("h2", parent=H1, fontSize=14, leading=18, textColor=colors.HexColor("#365f91"))


def test_the_one_bullet_under_a_singular_label_is_explained_by_the_paragraph_after_it(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "peel-report.pdf", [
        *files.report_start("Norfolk Constabulary"),
        Paragraph("Investigating crime", H2),
        Paragraph("Areas for improvement", LABEL),
        Paragraph("The constabulary should improve the quality of its investigation plans.", BULLET, bulletText="•"),
        Paragraph("The constabulary should make sure victims are updated on their cases.", BULLET, bulletText="•"),
        Paragraph("The constabulary has started a review of its investigation standards.", BODY),
        Paragraph("Developing a positive workplace", H2),
        # a Word Heading 3 saved as PDF: a blue line, not bold, read as a paragraph or a heading
        Paragraph("Area for improvement", LABEL),
        Paragraph("The constabulary should make sure that its wellbeing support reaches officers on the front line.",
                  BULLET, bulletText="•"),
        Paragraph("Fewer than half of the response officers we surveyed knew how to get occupational health support.",
                  BODY),
    ])
    afis = [(a["text"], a["area"], a["detail"]) for a in files.records(path)["areas_for_improvement"]]
    assert afis == [
        ("The constabulary should improve the quality of its investigation plans.", "Investigating crime", None),
        # after a list's last bullet, a paragraph may be the paper's own prose: no explanation of the bullet
        ("The constabulary should make sure victims are updated on their cases.", "Investigating crime", None),
        ("The constabulary should make sure that its wellbeing support reaches officers on the front line.",
         "Developing a positive workplace",
         "Fewer than half of the response officers we surveyed knew how to get occupational health support."),
    ]


def test_short_bold_paragraph_labels_open_parts_as_headings_do(tmp_path: Path) -> None:
    path = files.docx(tmp_path / "peel-report.docx", [
        ("h1", "PEEL 2023–25: An inspection of Norfolk Constabulary"),
        ("p", "Published: 12 March 2026"),
        ("h1", "Managing offenders"),
        ("b", "Cause of concern"),
        ("p", "The constabulary isn't managing the risk posed by registered sex offenders effectively."),
        ("p", "Too many offenders were overdue a visit."),
        ("b", "Recommendations"),
        ("p", "Within six months, Norfolk Constabulary should:"),
        ("li", "make sure every registered sex offender has an up-to-date risk assessment; and"),
        ("li", "make sure it has enough trained offender managers for its caseload."),
        ("b", "Area for improvement"),
        ("p", "The constabulary should make sure it uses ancillary orders to manage the risk from violent offenders."),
        ("p", "Orders were rarely sought."),
    ])
    found = files.records(path)
    assert [(c["text"], c["area"], c["detail"]) for c in found["causes_of_concern"]] == [
        ("The constabulary isn't managing the risk posed by registered sex offenders effectively.",
         "Managing offenders", "Too many offenders were overdue a visit.")]
    assert [(r["text"], r["timescale"]) for r in found["recommendations"]] == [
        ("make sure every registered sex offender has an up-to-date risk assessment", "Within six months"),
        ("make sure it has enough trained offender managers for its caseload.", "Within six months")]
    assert [(a["text"], a["area"], a["detail"]) for a in found["areas_for_improvement"]] == [
        ("The constabulary should make sure it uses ancillary orders to manage the risk from violent offenders.",
         "Managing offenders", "Orders were rarely sought.")]


def _shaded_box(document, lines: list[tuple[str, bool]]) -> None:
    """A one-cell table shaded light blue (a Word call-out box) of (text, bold) paragraphs."""
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="DEEAF6"/>'))
    for place, (text, bold) in enumerate(lines):
        paragraph = cell.paragraphs[0] if place == 0 else cell.add_paragraph()
        paragraph.add_run(text).bold = bold or None


def test_a_practice_box_drawn_as_a_shaded_table_is_titled_after_its_label(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("PEEL 2023–25: An inspection of Norfolk Constabulary", 1)
    document.add_paragraph("Published: 12 March 2026")
    document.add_heading("Protecting vulnerable people", 1)
    document.add_paragraph("Norfolk Constabulary is good at protecting vulnerable people.")
    _shaded_box(document, [("Promising practice: Victim updates by text message", True),
                           ("The constabulary sends victims a text message at each stage of their case.", False)])
    document.add_heading("About the data", 1)
    document.add_paragraph("Data in this report is from a range of sources.")
    path = tmp_path / "peel-report.docx"
    document.save(str(path))
    findings = [(f["kind"], f["text"], f["area"]) for f in files.records(path)["findings"]]
    assert findings == [("promising_practice", "Victim updates by text message", "Protecting vulnerable people")]
