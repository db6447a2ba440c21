"""Blind inspection round 27c (issue 3): a force's grades in forms no earlier round tried.

Seven documents and their gold (gold/<file>.json), written by hand beside the text they describe:

- grade cells shown by colour alone, keyed by a legend (reportlab);
- a table whose rows are the grades and whose cells list the areas (Word);
- grades stated in the foreword paragraph of a commissioner's response (Word saved as PDF);
- an improvement plan with abbreviated area names and the grade in a column of every AFI row
  (Word saved as PDF, landscape);
- a summary of several inspections: PEEL grades, child protection judgments, an ungraded custody
  inspection and an ungraded thematic (reportlab);
- grades given only in a chart's caption and text description, the chart itself a drawing (reportlab);
- a Welsh / English board paper with Welsh and English in side-by-side columns (Word).

Run: .venv/bin/python samples/corpus/inspection-round27c/generate.py [FILE ...]  (needs soffice for
the two Word-made PDFs). Deterministic: reportlab invariant mode, fixed zip times and core properties.
Names, figures, grades and wording are invented.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1]))

from inspection_render import GRADE_FILL, fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written by hand in samples/corpus/inspection-round27c/generate.py beside the text it describes, "
           "blind (no extractor code, extractor test or earlier round's generator read); PDF pages checked "
           "against the PDF's own text and `scrutiny inspect`.")
PEEL = "PEEL 2023-25"
CP = "Child protection"

# ---------------------------------------------------------------- reportlab helpers

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=9, leading=11.5, spaceAfter=0)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9.5, leading=12, spaceAfter=0)
CELL_BOLD = ParagraphStyle("cellbold", parent=CELL, fontName="Helvetica-Bold")
TITLE = ParagraphStyle("title", parent=BODY, fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=10)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=6)
H3 = ParagraphStyle("h3", parent=BODY, fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=4, spaceAfter=4)
CAPTION = ParagraphStyle("caption", parent=BODY, fontName="Helvetica-Bold", fontSize=9, leading=12,
                         textColor=colors.HexColor("#1f3864"), spaceAfter=4)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=16, bulletIndent=4)


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text, style)


def bullets(items: list[str]) -> list[Paragraph]:
    return [Paragraph(item, BULLET, bulletText="\u2022") for item in items]


def grid(rows: list[list], widths: list[float], header: bool = True, extra: list | None = None) -> Table:
    cells = [[c if not isinstance(c, str) else Paragraph(c, CELL_BOLD if header and r == 0 else CELL)
              for c in row] for r, row in enumerate(rows)]
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f7f7f")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")))
    table.setStyle(TableStyle(style + (extra or [])))
    return table


def build_pdf(flowables: list, title: str, author: str, footer: str, header: str | None = None) -> bytes:
    buffer = io.BytesIO()

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 1.2 * cm, footer)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
        if header:
            canvas.drawCentredString(A4[0] / 2, A4[1] - 1.2 * cm, header)
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title=title, author=author, creator="Microsoft Word",
                            invariant=1)
    doc.build(flowables, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


# ---------------------------------------------------------------- Word helpers

def new_docx(landscape: bool = False) -> Document:
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10.5)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    return document


def save_docx(document: Document, author: str) -> bytes:
    props = document.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = props.modified = dt.datetime(2026, 1, 1, 9, 0, 0)
    props.revision = 1
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip_times(raw.getvalue())


def add_para(document_or_cell, text: str = "", bold: bool = False, italic: bool = False, size: float | None = None,
             colour: str | None = None, style: str | None = None):
    paragraph = document_or_cell.add_paragraph(style=style) if style else document_or_cell.add_paragraph()
    if text:
        run = paragraph.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour.lstrip("#").upper())
    return paragraph


def set_cell(cell, lines: list[str] | str, bold: bool = False, fill: str | None = None) -> None:
    lines = [lines] if isinstance(lines, str) else lines
    cell.paragraphs[0].text = ""
    first = cell.paragraphs[0]
    for index, line in enumerate(lines):
        paragraph = first if index == 0 else cell.add_paragraph()
        run = paragraph.add_run(line)
        run.bold = bold or None
    if fill:
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), fill.lstrip("#").upper())
        cell._tc.get_or_add_tcPr().append(shading)


def add_table(document, rows: list[list], header_fill: str = "D9E2F3", widths: list[float] | None = None):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            set_cell(table.cell(r, c), value, bold=r == 0, fill=header_fill if r == 0 else None)
            if widths:
                table.cell(r, c).width = Cm(widths[c])
    return table


def repeat_header(table) -> None:
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def page_field_footer(document, text: str) -> None:
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = text
    for run in footer.runs:
        run.font.size = Pt(8)


def header_text(document, text: str) -> None:
    header = document.sections[0].header.paragraphs[0]
    header.text = text
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in header.runs:
        run.font.size = Pt(8)
        run.bold = True


# ---------------------------------------------------------------- gold helpers

def grade(page, force, area, raw, value, as_of, framework=PEEL) -> dict:
    return {"page": page, "force": force, "framework": framework, "area": area, "area_raw": raw,
            "grade": value, "as_of": as_of}


def afi(page, force, area, text, detail=None) -> dict:
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


# ================================================================ 1. colour-only grade cells

WARWICKSHIRE = "Warwickshire Police"
WARWICKSHIRE_GRADES = [
    ("Police powers and public treatment", "Good"),
    ("Preventing crime", "Adequate"),
    ("Responding to the public", "Requires improvement"),
    ("Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Good"),
    ("Managing offenders", "Good"),
    ("Developing a positive workplace", "Adequate"),
    ("Leadership and force management", "Requires improvement"),
]
WARWICKSHIRE_AFIS = [
    ("Responding to the public",
     "The force should make sure it answers emergency and non-emergency calls within national target times."),
    ("Responding to the public",
     "The force should make sure that it uses a structured process to assess risk when it first receives a call."),
    ("Investigating crime",
     "The force should make sure that investigations are supervised and that supervisors record their direction."),
    ("Preventing crime",
     "The force should evaluate its problem-solving work so that it understands what is effective."),
    ("Developing a positive workplace",
     "The force should make sure that it understands and meets the wellbeing needs of its workforce."),
    ("Leadership and force management",
     "The force should make sure that its workforce plans are based on an understanding of current and future demand."),
]


def warwickshire() -> tuple[bytes, dict]:
    story = [
        para("Office of the Police and Crime Commissioner for Warwickshire", SMALL),
        para("Performance and Accountability Board \u2013 17 February 2026 \u2013 Agenda item 6", SMALL),
        Spacer(1, 10),
        para("HMICFRS PEEL 2023\u201325: grades and areas for improvement for Warwickshire Police", TITLE),
        grid([["Report of", "Head of Performance and Scrutiny, OPCC"],
              ["Purpose", "To brief the Commissioner on the outcome of the inspection and the force's plan"],
              ["Status", "For information"]], [4 * cm, 13 * cm], header=False),
        Spacer(1, 8),
        para("1. Background", H2),
        para("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) published its "
             "PEEL 2023\u201325 report on Warwickshire Police on 9 December 2025. The inspectorate assessed the "
             "force in eight areas of policing on its five-point scale. It also carried out a victim service "
             "assessment, which is not graded."),
        para("The Commissioner will hold the Chief Constable to account for the force's progress through this "
             "Board. The force's improvement plan is attached at Appendix A (not reproduced in this paper)."),
        para("2. Grades", H2),
        para("The grade for each area is shown by the colour of the cell, using the key below the table."),
    ]
    rows = [["Area of policing", "2025 grade"]] + [[area, ""] for area, _ in WARWICKSHIRE_GRADES]
    fills = [("BACKGROUND", (1, r), (1, r), colors.HexColor(GRADE_FILL[g]))
             for r, (_, g) in enumerate(WARWICKSHIRE_GRADES, start=1)]
    story.append(grid(rows, [10 * cm, 4 * cm], extra=fills))
    story.append(Spacer(1, 6))
    key = [["", "Outstanding", "", "Good", "", "Adequate", "", "Requires improvement", "", "Inadequate"]]
    key_style = [("BACKGROUND", (2 * i, 0), (2 * i, 0), colors.HexColor(GRADE_FILL[g]))
                 for i, g in enumerate(GRADE_FILL)]
    key_table = Table([[Paragraph(c, SMALL) if c else "" for c in key[0]]],
                      colWidths=[0.5 * cm, 2.3 * cm, 0.5 * cm, 1.3 * cm, 0.5 * cm, 2.0 * cm, 0.5 * cm, 3.6 * cm,
                                 0.5 * cm, 2.4 * cm])
    key_table.setStyle(TableStyle(key_style + [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [para("Key:", SMALL), key_table, Spacer(1, 10)]
    story += [
        para("The force has improved in police powers and public treatment and in protecting vulnerable "
             "people since the last inspection. Call handling remains the Commissioner's main concern."),
        para("3. Areas for improvement", H2),
        para("HMICFRS identified six areas for improvement. It raised no causes of concern."),
    ]
    afi_rows = [["No.", "Area of policing", "Area for improvement", "Force lead"]]
    leads = ["ACC Local Policing", "ACC Local Policing", "Head of Crime", "Supt Neighbourhoods",
             "Director of People", "Deputy Chief Constable"]
    for number, ((area, text), lead) in enumerate(zip(WARWICKSHIRE_AFIS, leads), start=1):
        afi_rows.append([str(number), area, text, lead])
    story.append(grid(afi_rows, [1 * cm, 4 * cm, 8.5 * cm, 3.5 * cm]))
    story += [
        Spacer(1, 8),
        para("4. Next steps", H2),
        para("The force will report progress against each area for improvement to the Board every quarter. "
             "The first update is due at the meeting on 19 May 2026."),
        para("5. Recommendation", H2),
        para("The Board is asked to note the grades and the areas for improvement."),
    ]
    data = build_pdf(story, "PEEL 2023-25 grades - Performance and Accountability Board", "OPCC Warwickshire",
                     "OPCC Warwickshire \u2013 Performance and Accountability Board \u2013 17 February 2026")
    title = "HMICFRS PEEL 2023\u201325: grades and areas for improvement for Warwickshire Police"
    records = {
        "documents": [{"page": None, "force": WARWICKSHIRE, "status": "ok", "doc_kind": "scrutiny_pack",
                       "title": title, "meeting_date": "2026-02-17", "file_type": "pdf", "pages": 2}],
        # The table and its key are on page 1; the grades are the cell colours.
        "grades": [grade(1, WARWICKSHIRE, area, area, g, "2025-12") for area, g in WARWICKSHIRE_GRADES],
        # The AFI table breaks after its second row: rows 1-2 on page 1, rows 3-6 on page 2.
        "areas_for_improvement": [afi(page, WARWICKSHIRE, area, text)
                                  for (area, text), page in zip(WARWICKSHIRE_AFIS, [1, 1, 2, 2, 2, 2])],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


# ================================================================ 2. rows are grades, cells list areas

NORTHANTS = "Northamptonshire Police"
NORTHANTS_ROWS = [
    ("Outstanding", ["None"]),
    ("Good", ["Investigating crime", "Protecting vulnerable people", "Developing a positive workplace"]),
    ("Adequate", ["Police powers and public treatment; Preventing crime; Managing offenders"]),
    ("Requires improvement", ["Responding to the public", "Leadership and force management"]),
    ("Inadequate", ["None"]),
]
NORTHANTS_GRADES = [
    ("Investigating crime", "Good"), ("Protecting vulnerable people", "Good"),
    ("Developing a positive workplace", "Good"), ("Police powers and public treatment", "Adequate"),
    ("Preventing crime", "Adequate"), ("Managing offenders", "Adequate"),
    ("Responding to the public", "Requires improvement"), ("Leadership and force management", "Requires improvement"),
]
NORTHANTS_CAUSE = ("Northamptonshire Police isn't answering calls from the public quickly enough, and it doesn't "
                   "always assess the risk to callers properly.")
NORTHANTS_CAUSE_DETAIL = ("Too many emergency calls waited longer than ten seconds to be answered, and one in four "
                          "non-emergency callers abandoned their call. Call handlers didn't always use the force's "
                          "structured risk assessment.")
NORTHANTS_LEAD_IN = "Within three months, Northamptonshire Police should:"
NORTHANTS_RECS = [
    "make sure it has enough trained call handlers on each shift to meet its demand",
    "make sure call handlers use a structured risk assessment for every call and record it",
]
NORTHANTS_AFIS = [
    ("Preventing crime", "The force should make sure its neighbourhood teams have enough time for problem-solving."),
    ("Managing offenders", "The force should reduce the number of outstanding suspects who are circulated as wanted."),
    ("Managing offenders", "The force should make sure it completes visits to registered sex offenders on time."),
    ("Leadership and force management",
     "The force should make sure its change programme has the resources it needs to deliver the savings it plans."),
]


def northamptonshire() -> tuple[bytes, dict]:
    document = new_docx()
    header_text(document, "OFFICIAL")
    page_field_footer(document, "Northamptonshire OPFCC \u2013 Accountability Board \u2013 12 March 2026")
    add_para(document, "Office of the Police, Fire and Crime Commissioner for Northamptonshire", size=9)
    add_para(document, "Accountability Board", bold=True)
    add_para(document, "Date of meeting: 12 March 2026")
    document.add_heading("PEEL 2023\u201325 inspection of Northamptonshire Police: briefing", level=1)
    add_para(document, "Author: Strategic Lead for Scrutiny and Assurance", italic=True)
    document.add_heading("1. Introduction", level=2)
    add_para(document, "HMICFRS published the report of its PEEL 2023\u201325 inspection of Northamptonshire Police "
                       "on 22 January 2026. The inspection fieldwork took place in September and October 2025. "
                       "This briefing sets out the grades, the cause of concern and the areas for improvement, so "
                       "that the Commissioner can agree how the Board will monitor the force's response.")
    document.add_heading("2. Summary of grades", level=2)
    add_para(document, "The inspectorate graded eight areas of policing. The table groups them by grade.")
    table = add_table(document, [["Grade", "Areas of policing"]] + [[g, areas] for g, areas in NORTHANTS_ROWS],
                      widths=[4.5, 12.5])
    repeat_header(table)
    add_para(document, "")
    add_para(document, "The victim service assessment is reported without a grade. Northamptonshire Police was "
                       "last inspected under the 2021/22 framework, when its response to the public was also "
                       "found to require improvement.")
    document.add_heading("3. Cause of concern", level=2)
    add_para(document, NORTHANTS_CAUSE, bold=True)
    add_para(document, NORTHANTS_CAUSE_DETAIL)
    add_para(document, "Recommendations", bold=True)
    add_para(document, NORTHANTS_LEAD_IN)
    for item in NORTHANTS_RECS:
        add_para(document, item + ";" if item != NORTHANTS_RECS[-1] else item + ".", style="List Bullet")
    document.add_heading("4. Areas for improvement", level=2)
    add_para(document, "The report sets out four further areas for improvement.")
    current = None
    for area, text in NORTHANTS_AFIS:
        if area != current:
            document.add_heading(area, level=3)
            current = area
        add_para(document, text, style="List Bullet")
    document.add_heading("5. Recommendation", level=2)
    add_para(document, "The Board is asked to note the report and to receive the force's improvement plan at its "
                       "next meeting.")
    data = save_docx(document, "OPFCC Northamptonshire")
    records = {
        "documents": [{"page": None, "force": NORTHANTS, "status": "ok", "doc_kind": "scrutiny_pack",
                       "title": "PEEL 2023\u201325 inspection of Northamptonshire Police: briefing",
                       "meeting_date": "2026-03-12", "file_type": "docx"}],
        # "None" cells give nothing; the 2021/22 grade recalled in a sentence gives no record.
        "grades": [grade(None, NORTHANTS, area, area, g, "2026-01") for area, g in NORTHANTS_GRADES],
        "areas_for_improvement": [afi(None, NORTHANTS, area, text) for area, text in NORTHANTS_AFIS],
        # The cause sits in its own section, outside any area section: area null.
        "causes_of_concern": [{"page": None, "force": NORTHANTS, "area": None, "text": NORTHANTS_CAUSE,
                               "detail": NORTHANTS_CAUSE_DETAIL}],
        "recommendations": [{"page": None, "force": NORTHANTS, "cause_of_concern_text": NORTHANTS_CAUSE,
                             "text": text, "timescale": "Within three months", "lead_in": NORTHANTS_LEAD_IN}
                            for text in NORTHANTS_RECS],
    }
    return data, records


# ================================================================ 3. grades in a foreword paragraph

CUMBRIA = "Cumbria Constabulary"
CUMBRIA_FOREWORD = (
    "HMICFRS published its PEEL 2023\u201325 report on Cumbria Constabulary on 15 October 2025. I am pleased that "
    "the inspectorate graded the constabulary outstanding at preventing crime, and good at investigating crime "
    "and at protecting vulnerable people. It found the constabulary adequate at police powers and public "
    "treatment, at responding to the public and at managing offenders. The constabulary requires improvement "
    "at developing a positive workplace and at leadership and force management."
)
CUMBRIA_GRADES = [
    ("Preventing crime", "preventing crime", "Outstanding"),
    ("Investigating crime", "investigating crime", "Good"),
    ("Protecting vulnerable people", "protecting vulnerable people", "Good"),
    ("Police powers and public treatment", "police powers and public treatment", "Adequate"),
    ("Responding to the public", "responding to the public", "Adequate"),
    ("Managing offenders", "managing offenders", "Adequate"),
    ("Developing a positive workplace", "developing a positive workplace", "Requires improvement"),
    ("Leadership and force management", "leadership and force management", "Requires improvement"),
]
CUMBRIA_AFIS = [
    ("Responding to the public",
     "The constabulary should make sure it records the vulnerability of callers when it first takes a call.",
     "The constabulary has trained all call handlers in the THRIVE risk model and audits a sample of calls each month."),
    ("Managing offenders",
     "The constabulary should make sure that it manages the risk posed by registered sex offenders in line with "
     "national guidance.",
     "A dedicated team has cleared the backlog of overdue visits and the position is reviewed weekly."),
    ("Developing a positive workplace",
     "The constabulary should make sure it understands why officers and staff are leaving and acts on it.",
     "Exit interviews are now offered to every leaver and the results are reported to the People Board."),
    ("Developing a positive workplace",
     "The constabulary should make sure that its first-line supervisors have the training and time to support "
     "their teams.",
     "A new sergeants' development programme starts in January 2026."),
    ("Leadership and force management",
     "The constabulary should improve how it uses data to understand demand and to plan its workforce.",
     "A demand and capacity review has been commissioned and will report in spring 2026."),
]


def cumbria() -> tuple[bytes, dict]:
    document = new_docx()
    page_field_footer(document, "Police, Fire and Crime Commissioner for Cumbria \u2013 response to HMICFRS "
                                "PEEL 2023\u201325")
    add_para(document, "Police, Fire and Crime Commissioner for Cumbria", bold=True, size=12,
             colour="#1f3864")
    add_para(document, "Carleton Hall, Penrith, Cumbria", size=9)
    add_para(document, "")
    add_para(document, "Commissioner's response to the HMICFRS PEEL 2023\u201325 inspection of Cumbria "
                       "Constabulary", bold=True, size=16)
    add_para(document, "Published: 10 December 2025")
    add_para(document, "Foreword", bold=True, size=13)
    add_para(document, CUMBRIA_FOREWORD)
    add_para(document, "This is real progress. When the inspectorate last visited, in 2022, it graded the "
                       "constabulary adequate at investigating crime; the move to good reflects the investment "
                       "we have made together in detective capacity and supervision. I am less content with the "
                       "findings about the workforce, and I will hold the Chief Constable to account for them.")
    add_para(document, "Section 55 of the Police Act 1996 requires me to publish my comments on the report. This "
                       "document is my response; the Chief Constable's comments are included where noted.")
    add_para(document, "Causes of concern", bold=True, size=13)
    add_para(document, "The inspectorate raised no causes of concern.")
    add_para(document, "Areas for improvement", bold=True, size=13)
    add_para(document, "The inspectorate identified five areas for improvement. Each is set out below with the "
                       "action the constabulary has taken or plans to take.")
    current = None
    for area, text, response in CUMBRIA_AFIS:
        if area != current:
            document.add_heading(area, level=2)
            current = area
        add_para(document, text, italic=True)
        paragraph = add_para(document, "Constabulary response: ", bold=True)
        paragraph.add_run(response)
    add_para(document, "Conclusion", bold=True, size=13)
    add_para(document, "I welcome the report and will monitor the constabulary's response through my Public "
                       "Accountability Conference, where the Chief Constable will report on progress twice a "
                       "year.")
    add_para(document, "Police, Fire and Crime Commissioner for Cumbria", italic=True)
    data = docx_to_pdf(save_docx(document, "OPFCC Cumbria"))
    records = {
        "documents": [{"page": None, "force": CUMBRIA, "status": "ok", "doc_kind": "force_response",
                       "title": "Commissioner's response to the HMICFRS PEEL 2023\u201325 inspection of Cumbria "
                                "Constabulary",
                       "organisation": "Police, Fire and Crime Commissioner for Cumbria",
                       "publication_date": "2025-12-10", "file_type": "pdf", "pages": 2}],
        # Every grade comes from the foreword paragraph on page 1; area_raw is the phrase as printed.
        # The 2022 grade recalled in the next paragraph gives no record.
        "grades": [grade(1, CUMBRIA, area, raw, g, "2025-10") for area, raw, g in CUMBRIA_GRADES],
        # The constabulary's response under each AFI is not HMICFRS's explanation: detail null.
        "areas_for_improvement": [afi(PAGE_CUMBRIA_AFI[i], CUMBRIA, area, text)
                                  for i, (area, text, _) in enumerate(CUMBRIA_AFIS)],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


PAGE_CUMBRIA_AFI = [1, 1, 1, 2, 2]  # checked against the PDF: the fourth AFI starts page 2


# ================================================================ 4. improvement plan, abbreviated areas

WEST_MERCIA = "West Mercia Police"
WM_KEY = [
    ("PPPT", "Police powers and public treatment"), ("PC", "Preventing crime"),
    ("RTTP", "Responding to the public"), ("IC", "Investigating crime"),
    ("PVP", "Protecting vulnerable people"), ("MO", "Managing offenders"),
    ("DPW", "Developing a positive workplace"), ("Leadership & FM", "Leadership and force management"),
]
WM_CANON = dict(WM_KEY)
# Ref, area as printed, grade, AFI (or none), lead, due, RAG, update
WM_ROWS = [
    ("1.1", "PPPT", "Good", "No area for improvement identified", "\u2013", "\u2013", "\u2013", "\u2013"),
    ("2.1", "PC", "Adequate",
     "The force should make sure its neighbourhood officers are not routinely taken away from their duties to "
     "cover response shifts.",
     "Supt Local Policing", "Mar 2026", "Amber",
     "Abstraction policy agreed; abstraction rate now reported monthly (14% in January)."),
    ("3.1", "RTTP", "Requires improvement",
     "The force should improve how quickly it answers non-emergency calls.",
     "Head of Contact", "Dec 2025", "Green", "Average answer time down from 9 min 40 s to 3 min 5 s."),
    ("3.2", "RTTP", "Requires improvement",
     "The force should make sure that it attends incidents within the times it sets, and tells callers when "
     "attendance will be delayed.",
     "Head of Contact", "Jun 2026", "Red", "Attendance within target for priority incidents is 71%."),
    ("4.1", "IC", "Adequate",
     "The force should make sure that victims are kept informed of the progress of their investigations.",
     "Head of Crime", "Mar 2026", "Amber", "Victim contact audit under way."),
    ("5.1", "PVP", "Good", "No area for improvement identified", "\u2013", "\u2013", "\u2013", "\u2013"),
    ("6.1", "MO", "Adequate",
     "The force should make sure it uses all available powers to manage the risk posed by perpetrators of "
     "domestic abuse.",
     "Head of Public Protection", "Sep 2026", "Amber", "Domestic abuse protection order pilot from April 2026."),
    ("7.1", "DPW", "Good", "No area for improvement identified", "\u2013", "\u2013", "\u2013", "\u2013"),
    ("8.1", "Leadership & FM", "Requires improvement",
     "The force should make sure its change programme is properly resourced and that it can show the benefits it "
     "delivers.",
     "Chief Finance Officer", "Mar 2026", "Green", "Benefits register in place and reviewed by the Change Board."),
    ("8.2", "Leadership & FM", "Requires improvement",
     "The force should make sure it has a clear plan for the ICT it needs.",
     "Director of Digital Services", "Dec 2026", "Amber", "Digital strategy in draft for the Chief Officer Group."),
]
# Page where each row starts, as checked against the PDF: Word lets rows break across pages, so
# rows 3.2 and 8.1 run on from page 1 to 2 and from page 2 to 3.
WM_ROW_PAGES = {"1.1": 1, "2.1": 1, "3.1": 1, "3.2": 1, "4.1": 2, "5.1": 2, "6.1": 2, "7.1": 2, "8.1": 2,
                "8.2": 3}
RAG_FILL = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


def west_mercia() -> tuple[bytes, dict]:
    document = new_docx(landscape=True)
    header_text(document, "OFFICIAL")
    page_field_footer(document, "West Mercia Police \u2013 PEEL 2023\u201325 Improvement Plan \u2013 Q4 2025/26 "
                                "position for the PCC's Assurance Board")
    add_para(document, "West Mercia Police", bold=True, size=11, colour="#1f3864")
    document.add_heading("PEEL 2023\u201325 Improvement Plan", level=1)
    add_para(document, "Position at 31 January 2026 \u2013 for the Police and Crime Commissioner's Assurance "
                       "Board, 24 February 2026")
    add_para(document, "HMICFRS published its PEEL 2023\u201325 report on West Mercia Police on 27 August 2025. "
                       "The plan lists every area of policing with its grade and the areas for improvement the "
                       "inspectorate identified. The report raised no causes of concern. Areas are abbreviated "
                       "as in the key.")
    add_para(document, "Key: " + "; ".join(f"{short} \u2013 {name}" for short, name in WM_KEY) + ".", size=9)
    rows = [["Ref", "Area", "Grade", "Area for improvement", "Lead", "Due", "RAG", "Update"]]
    rows += [list(row) for row in WM_ROWS]
    table = add_table(document, rows, widths=[1.2, 2.4, 2.6, 8.0, 3.0, 1.7, 1.4, 5.4])
    repeat_header(table)
    for r, row in enumerate(WM_ROWS, start=1):
        if row[6] in RAG_FILL:
            set_cell(table.cell(r, 6), row[6], fill=RAG_FILL[row[6]])
    add_para(document, "")
    add_para(document, "RAG: Green \u2013 on track or complete; Amber \u2013 some slippage; Red \u2013 off track.",
             size=9)
    data = docx_to_pdf(save_docx(document, "West Mercia Police Strategic Planning"))
    grades_seen: dict[str, dict] = {}
    for row in WM_ROWS:
        ref, short, value = row[0], row[1], row[2]
        if short not in grades_seen:
            grades_seen[short] = grade(WM_ROW_PAGES[ref], WEST_MERCIA, WM_CANON[short], short, value, "2025-08")
    records = {
        "documents": [{"page": None, "force": WEST_MERCIA, "status": "ok", "doc_kind": "force_response",
                       "title": "PEEL 2023\u201325 Improvement Plan", "file_type": "pdf", "pages": 3}],
        # One grade per area, from its first row (the grade repeats on every row of the area).
        "grades": list(grades_seen.values()),
        "areas_for_improvement": [afi(WM_ROW_PAGES[row[0]], WEST_MERCIA, WM_CANON[row[1]], row[3])
                                  for row in WM_ROWS if not row[3].startswith("No area")],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


# ================================================================ 5. several inspections in one table

DORSET = "Dorset Police"
DORSET_PEEL = [
    ("Police powers and public treatment", "Good"), ("Preventing crime", "Good"),
    ("Responding to the public", "Adequate"), ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Adequate"), ("Managing offenders", "Good"),
    ("Developing a positive workplace", "Good"), ("Leadership and force management", "Adequate"),
]
# As printed, canonical, judgment.
DORSET_CP = [
    ("Leadership and management", "Child protection leadership", "Adequate"),
    ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
    ("Responding to children at risk of harm", "Responding to children at risk of harm", "Adequate"),
    ("Assessing risk to children and making appropriate referrals",
     "Assessing risk to children and making appropriate referrals", "Requires improvement"),
    ("Investigating reports of abuse, neglect and exploitation of children",
     "Investigating reports of abuse, neglect and exploitation of children", "Adequate"),
]


def dorset() -> tuple[bytes, dict]:
    story = [
        para("Dorset Police and Crime Panel", SMALL),
        para("Meeting date: 23 April 2026 \u2013 Agenda item 8", SMALL),
        Spacer(1, 8),
        para("Inspections of Dorset Police: summary of judgments", TITLE),
        para("Report by the Police and Crime Commissioner's Chief Executive", SMALL),
        Spacer(1, 8),
        para("1. Purpose", H2),
        para("This report gives the Panel one view of the inspections of Dorset Police published in the last "
             "twelve months and of the judgments the inspectorates made. The Commissioner's comments on each "
             "report are published on the Commissioner's website."),
        para("2. Inspections and judgments", H2),
        para("Table 1 lists each inspection with the judgment for each area it assessed. Not every inspection "
             "is graded: joint custody inspections and national thematic inspections report findings and "
             "recommendations without a graded judgment."),
        para("Table 1: Inspection judgments for Dorset Police, April 2025 to March 2026", CAPTION),
    ]
    rows: list[list] = [["Inspection", "Published", "Area inspected", "Judgment"]]
    peel_label = "PEEL 2023\u201325 (police effectiveness, efficiency and legitimacy)"
    for i, (area, g) in enumerate(DORSET_PEEL):
        rows.append([peel_label if i == 0 else "", "12 June 2025" if i == 0 else "", area, g])
    cp_label = "National child protection inspection"
    for i, (raw, _, g) in enumerate(DORSET_CP):
        rows.append([cp_label if i == 0 else "", "3 February 2026" if i == 0 else "", raw, g])
    rows.append(["Joint inspection of police custody (with HM Inspectorate of Prisons)", "18 November 2025",
                 "Custody services", "Not graded: 2 causes of concern, 11 recommendations"])
    rows.append(["Vetting and counter-corruption (national thematic)", "30 September 2025", "All forces",
                 "Not graded: 4 recommendations for chief constables"])
    n_peel, n_cp = len(DORSET_PEEL), len(DORSET_CP)
    spans = [("SPAN", (0, 1), (0, n_peel)), ("SPAN", (1, 1), (1, n_peel)),
             ("SPAN", (0, n_peel + 1), (0, n_peel + n_cp)), ("SPAN", (1, n_peel + 1), (1, n_peel + n_cp))]
    story.append(grid(rows, [4.2 * cm, 2.6 * cm, 6.4 * cm, 3.8 * cm], extra=spans))
    story += [
        para("Source: HMICFRS reports; OPCC analysis.", SMALL),
        Spacer(1, 8),
        para("3. Commentary", H2),
        para("The PEEL report found that the force requires improvement at investigating crime. The child "
             "protection inspection, the first graded inspection of its kind for Dorset, found that the force "
             "assesses risk to children inconsistently. The Commissioner has asked the Chief Constable for a "
             "single plan that brings together the areas for improvement from both reports."),
        para("The custody inspection found that detainees were treated respectfully, but raised causes of "
             "concern about the oversight of the use of force and about the recording of detainees' risk "
             "assessments. The force's custody improvement plan is overseen by the Commissioner's independent "
             "custody visiting scheme manager."),
        para("4. Progress reporting", H2),
        para("The force reports progress on open recommendations and areas for improvement to the "
             "Commissioner's Resources and Performance Board each quarter. The Panel will receive a summary "
             "of that progress in October 2026."),
        para("5. Recommendation", H2),
        para("The Panel is asked to note the report."),
    ]
    data = build_pdf(story, "Inspections of Dorset Police: summary of judgments", "OPCC Dorset",
                     "Dorset Police and Crime Panel \u2013 23 April 2026")
    records = {
        "documents": [{"page": None, "force": DORSET, "status": "ok", "doc_kind": "scrutiny_pack",
                       "title": "Inspections of Dorset Police: summary of judgments",
                       "meeting_date": "2026-04-23", "file_type": "pdf", "pages": PAGES["dorset"]}],
        # Only the graded inspections give grades: PEEL (June 2025) and child protection (February 2026).
        "grades": [grade(page, DORSET, area, area, g, "2025-06") for (area, g), page
                   in zip(DORSET_PEEL, DORSET_PEEL_PAGES)]
                  + [grade(page, DORSET, canon, raw, g, "2026-02", CP) for (raw, canon, g), page
                     in zip(DORSET_CP, DORSET_CP_PAGES)],
        "areas_for_improvement": [],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


DORSET_PEEL_PAGES = [1] * 8
DORSET_CP_PAGES = [1] * 5
PAGES = {"dorset": 2}


# ================================================================ 6. grades in a chart's caption and text description

HUMBERSIDE = "Humberside Police"
HUMBERSIDE_GRADES = [
    ("Police powers and public treatment", "Good"), ("Preventing crime", "Outstanding"),
    ("Responding to the public", "Good"), ("Investigating crime", "Good"),
    ("Protecting vulnerable people", "Adequate"), ("Managing offenders", "Good"),
    ("Developing a positive workplace", "Outstanding"), ("Leadership and force management", "Good"),
]
LEVEL = {"Inadequate": 1, "Requires improvement": 2, "Adequate": 3, "Good": 4, "Outstanding": 5}
HUMBERSIDE_AFIS = [
    "The force should make sure that its officers record the voice of the child when they attend incidents "
    "involving children.",
    "The force should improve how it shares information with partners about children at risk of exploitation.",
    "The force should make sure that officers apply for protective orders in all suitable domestic abuse cases.",
]


def bar_chart(values: list[float], maximum: float, fill: str) -> Drawing:
    """A horizontal bar chart drawn as shapes only, as an exported chart image is: no text in it."""
    drawing = Drawing(15 * cm, len(values) * 0.8 * cm + 0.6 * cm)
    left = 0.5 * cm
    width = 14 * cm
    for gridline in range(6):
        x = left + width * gridline / 5
        drawing.add(Line(x, 0.3 * cm, x, drawing.height, strokeColor=colors.HexColor("#d0d0d0"), strokeWidth=0.5))
    for i, value in enumerate(values):
        y = drawing.height - (i + 1) * 0.8 * cm
        drawing.add(Rect(left, y, width * value / maximum, 0.55 * cm, fillColor=colors.HexColor(fill),
                         strokeColor=None))
    return drawing


def humberside() -> tuple[bytes, dict]:
    calls = [88.0, 91.5, 90.2, 93.1]
    description = ("Text description of Figure 2: the chart shows a bar for each area of policing, its length "
                   "marking the grade. Police powers and public treatment \u2013 good. Preventing crime \u2013 "
                   "outstanding. Responding to the public \u2013 good. Investigating crime \u2013 good. Protecting "
                   "vulnerable people \u2013 adequate. Managing offenders \u2013 good. Developing a positive "
                   "workplace \u2013 outstanding. Leadership and force management \u2013 good.")
    story = [
        para("Humberside Police and Crime Panel \u2013 30 June 2025", SMALL),
        Spacer(1, 6),
        para("Police and Crime Commissioner's report: Holding the Chief Constable to account", TITLE),
        para("Report of the Police and Crime Commissioner for Humberside", SMALL),
        Spacer(1, 8),
        para("1. Summary", H2),
        para("This report updates the Panel on the Commissioner's scrutiny of Humberside Police in the last "
             "quarter: 999 call handling, the outcome of the force's PEEL inspection and the Commissioner's "
             "response to it."),
        para("2. Emergency call handling", H2),
        para("The force answered 93.1% of 999 calls within ten seconds in the quarter to March 2025, against the "
             "national target of 90%."),
        KeepTogether([bar_chart(calls, 100.0, "#2f5597"),
                      para("Figure 1: Percentage of 999 calls answered within ten seconds, by quarter", CAPTION)]),
        para("Text description of Figure 1: a bar for each quarter of 2024/25: 88.0% (April to June), 91.5% "
             "(July to September), 90.2% (October to December) and 93.1% (January to March).", SMALL),
        Spacer(1, 8),
        para("3. PEEL inspection 2023\u201325", H2),
        para("HMICFRS published its PEEL 2023\u201325 report on Humberside Police on 30 April 2025. The "
             "inspectorate assessed eight areas of policing. Figure 2 shows the grades; the Commissioner "
             "congratulates the force, which is among the highest graded in England and Wales."),
        KeepTogether([bar_chart([LEVEL[g] for _, g in HUMBERSIDE_GRADES], 5.0, "#548235"),
                      para("Figure 2: Humberside Police PEEL 2023\u201325 grades by area of policing", CAPTION),
                      para(description, SMALL)]),
        Spacer(1, 8),
        para("4. What the force must improve", H2),
        para("The report sets out three areas for improvement. The Commissioner will seek assurance on each at "
             "his Accountability Board:"),
        *bullets(HUMBERSIDE_AFIS),
        para("No causes of concern were raised."),
        para("5. Recommendation", H2),
        para("The Panel is asked to note the report."),
    ]
    data = build_pdf(story, "PCC report: Holding the Chief Constable to account", "OPCC Humberside",
                     "Humberside Police and Crime Panel \u2013 30 June 2025")
    records = {
        "documents": [{"page": None, "force": HUMBERSIDE, "status": "ok", "doc_kind": "scrutiny_pack",
                       "title": "Police and Crime Commissioner's report: Holding the Chief Constable to account",
                       "meeting_date": "2025-06-30", "file_type": "pdf", "pages": 2}],
        # The chart is shapes only; the grades come from Figure 2's text description, on page 2.
        "grades": [grade(2, HUMBERSIDE, area, area, g, "2025-04") for area, g in HUMBERSIDE_GRADES],
        # A list under a general heading, outside any area section: area null.
        "areas_for_improvement": [afi(2, HUMBERSIDE, None, text) for text in HUMBERSIDE_AFIS],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


# ================================================================ 7. Welsh / English side-by-side columns

DYFED = "Dyfed-Powys Police"
DYFED_GRADES = [
    ("Pwerau'r heddlu a thriniaeth y cyhoedd", "Police powers and public treatment", "Da", "Good"),
    ("Atal troseddu", "Preventing crime", "Digonol", "Adequate"),
    ("Ymateb i'r cyhoedd", "Responding to the public", "Angen gwella", "Requires improvement"),
    ("Ymchwilio i droseddau", "Investigating crime", "Da", "Good"),
    ("Diogelu pobl agored i niwed", "Protecting vulnerable people", "Digonol", "Adequate"),
    ("Rheoli troseddwyr", "Managing offenders", "Da", "Good"),
    ("Datblygu gweithle cadarnhaol", "Developing a positive workplace", "Rhagorol", "Outstanding"),
    ("Arweinyddiaeth a rheoli'r heddlu", "Leadership and force management", "Digonol", "Adequate"),
]
DYFED_AFIS = [
    ("Ymateb i'r cyhoedd / Responding to the public", "Responding to the public",
     "Dylai'r heddlu sicrhau ei fod yn ateb galwadau brys o fewn y targed cenedlaethol.",
     "The force should make sure it answers emergency calls within the national target."),
    ("Ymateb i'r cyhoedd / Responding to the public", "Responding to the public",
     "Dylai'r heddlu sicrhau bod galwyr yn cael gwybod pryd y bydd swyddog yn cyrraedd.",
     "The force should make sure that callers are told when an officer will attend."),
    ("Diogelu pobl agored i niwed / Protecting vulnerable people", "Protecting vulnerable people",
     "Dylai'r heddlu wella'r ffordd y mae'n rhannu gwybodaeth am blant sydd mewn perygl gyda phartneriaid.",
     "The force should improve how it shares information about children at risk with partners."),
]


def dyfed_powys() -> tuple[bytes, dict]:
    document = new_docx()
    page_field_footer(document, "Comisiynydd Heddlu a Throseddu Dyfed-Powys / Dyfed-Powys Police and Crime "
                                "Commissioner")
    add_para(document, "Comisiynydd Heddlu a Throseddu Dyfed-Powys", bold=True, colour="#1f3864")
    add_para(document, "Dyfed-Powys Police and Crime Commissioner", bold=True, colour="#1f3864")
    add_para(document, "Bwrdd Atebolrwydd Plismona \u2013 14 Ebrill 2026")
    add_para(document, "Policing Accountability Board \u2013 14 April 2026")
    document.add_heading("Arolygiad PEEL 2023\u201325 o Heddlu Dyfed-Powys / PEEL 2023\u201325 inspection of "
                         "Dyfed-Powys Police", level=1)
    document.add_heading("1. Cefndir / Background", level=2)
    add_para(document, "Cyhoeddodd Arolygiaeth Cwnstabliaeth a Gwasanaethau T\u00e2n ac Achub EF ei hadroddiad ar "
                       "5 Mawrth 2026. Mae'r tabl isod yn dangos y radd ar gyfer pob maes.")
    add_para(document, "HMICFRS published its report on 5 March 2026. The table below shows the grade for each "
                       "area.")
    document.add_heading("2. Graddau / Grades", level=2)
    rows = [["Maes arolygu", "Inspection area", "Gradd", "Grade"]] + [list(row) for row in DYFED_GRADES]
    table = add_table(document, rows, widths=[5.0, 5.5, 2.5, 4.0])
    repeat_header(table)
    add_para(document, "")
    add_para(document, "Nid yw'r asesiad gwasanaeth i ddioddefwyr yn cael gradd.")
    add_para(document, "The victim service assessment is not graded.")
    document.add_heading("3. Meysydd i'w gwella / Areas for improvement", level=2)
    add_para(document, "Ni chododd yr arolygiaeth unrhyw achos pryder. / The inspectorate raised no cause of "
                       "concern.")
    afi_rows = [["Maes / Area", "Maes i'w wella", "Area for improvement"]]
    afi_rows += [[label, welsh, english] for label, _, welsh, english in DYFED_AFIS]
    table = add_table(document, afi_rows, widths=[4.0, 6.5, 6.5])
    repeat_header(table)
    add_para(document, "")
    document.add_heading("4. Argymhelliad / Recommendation", level=2)
    add_para(document, "Gofynnir i'r Bwrdd nodi'r adroddiad. / The Board is asked to note the report.")
    data = save_docx(document, "Swyddfa'r Comisiynydd / Office of the Commissioner")
    records = {
        "documents": [{"page": None, "force": DYFED, "status": "ok", "doc_kind": "scrutiny_pack",
                       "title": "PEEL 2023\u201325 inspection of Dyfed-Powys Police",
                       "meeting_date": "2026-04-14", "file_type": "docx"}],
        # English side only; the Welsh column gives no record of its own.
        "grades": [grade(None, DYFED, area, area, g, "2026-03") for _, area, _, g in DYFED_GRADES],
        "areas_for_improvement": [afi(None, DYFED, area, english) for _, area, _, english in DYFED_AFIS],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


# ================================================================ writing

DOCUMENTS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "warwickshire-opcc-peel-colour-grades-2026-02-17-r27c.pdf": warwickshire,
    "northamptonshire-opfcc-peel-briefing-2026-03-12-r27c.docx": northamptonshire,
    "cumbria-pfcc-peel-response-foreword-r27c.pdf": cumbria,
    "west-mercia-peel-plan-abbreviated-r27c.pdf": west_mercia,
    "dorset-pcp-inspection-judgments-2026-04-23-r27c.pdf": dorset,
    "humberside-pcp-peel-chart-2025-06-30-r27c.pdf": humberside,
    "dyfed-powys-pab-peel-bilingual-2026-04-14-r27c.docx": dyfed_powys,
}


def main(names: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for name, make in DOCUMENTS.items():
        if names and name not in names:
            continue
        data, records = make()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        print(name)


if __name__ == "__main__":
    main(sys.argv[1:])
