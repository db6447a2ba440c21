"""Inspection blind round 38 (issue 3): grades in the layouts publishers choose for themselves.

Eight documents: two Word files, three Word-made PDFs (LibreOffice, ../office_pdf.py; needs `soffice`), three
reportlab PDFs (invariant mode). Gold goes to gold/<file>.json, written by hand beside the text it describes.

    .venv/bin/python samples/corpus/inspection-round38/generate.py [FILE ...]

Deterministic: Word files get fixed zip times, reportlab runs in invariant mode, office_pdf fixes LibreOffice's
run-dependent bytes. Every PDF record's page is checked against the PDF's own text (the record's first words).
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, RGBColor, Cm  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate, Spacer,  # noqa: E402
                                Table, TableStyle)

from inspection_render import GRADE_FILL, fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

CHECKED = ("Written by hand in samples/corpus/inspection-round38/generate.py beside the text it describes, blind "
           "(no extractor code, extractor test or earlier generator read); PDF pages checked against the PDF's text "
           "and `scrutiny inspect`.")

P23, P21, CP = "PEEL 2023-25", "PEEL 2021/22", "Child protection"


def grade(force: str, area: str, raw: str | None, value: str, as_of: str | None, page: int | None,
          framework: str = P23) -> dict:
    record = {"page": page, "force": force, "framework": framework, "area": area, "grade": value, "as_of": as_of}
    if raw is not None:
        record["area_raw"] = raw
    return record


def afi(force: str, area: str | None, text: str, page: int | None, detail: str | None = None) -> dict:
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


# ---------------------------------------------------------------- Word helpers

def new_docx(landscape_page: bool = False, header: str | None = None) -> Document:
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    section = document.sections[0]
    if landscape_page:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Cm(2.2)
    if header:
        section.header.paragraphs[0].text = header
    return document


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#").upper())
    tc_pr.append(shading)


def set_cell(cell, text: str, bold: bool = False, size: float | None = None) -> None:
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def docx_table(document, rows: list[list[str]], header_fill: str = "#D9D9D9", widths: list[float] | None = None):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            set_cell(table.cell(r, c), text, bold=(r == 0))
            if r == 0:
                shade(table.cell(r, c), header_fill)
    if widths:
        for row in table.rows:
            for c, width in enumerate(widths):
                row.cells[c].width = Cm(width)
    return table


def docx_bytes(document) -> bytes:
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip_times(raw.getvalue())


def para(document, text: str, style: str | None = None, bold_words: tuple[str, ...] = ()):
    """A paragraph whose listed words are set in bold (the rest plain)."""
    paragraph = document.add_paragraph(style=style)
    if not bold_words:
        paragraph.add_run(text)
        return paragraph
    pattern = "(" + "|".join(re.escape(w) for w in bold_words) + ")"
    for piece in re.split(pattern, text):
        if piece:
            paragraph.add_run(piece).bold = piece in bold_words
    return paragraph


# ---------------------------------------------------------------- reportlab helpers

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9.5, spaceAfter=2)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=6, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=5)
TITLE = ParagraphStyle("title", parent=BODY, fontName="Helvetica-Bold", fontSize=20, leading=25, spaceAfter=10)
KICKER = ParagraphStyle("kicker", parent=BODY, fontName="Helvetica-Bold", fontSize=9, textColor=colors.HexColor("#4b2e83"))


def platypus_pdf(flowables: list, title: str, author: str, page_size=A4, footer: str = "") -> bytes:
    buffer = io.BytesIO()

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(doc.leftMargin, 20, footer)
        canvas.drawRightString(page_size[0] - doc.rightMargin, 20, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=page_size, leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=45,
                            title=title, author=author, creator="samples/corpus/inspection-round38", invariant=1)
    doc.build(flowables, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


def bullets(items: list[str], style=BODY) -> ListFlowable:
    return ListFlowable([ListItem(Paragraph(item, style), leftIndent=14) for item in items], bulletType="bullet",
                        start="•", leftIndent=14, bulletFontSize=9)


# ================================================================ 1. Dyfed-Powys (Word -> PDF)

DP = "Dyfed-Powys Police"
DP_ROWS = [
    ("Police powers and public treatment", "Good", []),
    ("Preventing crime", "Adequate",
     ["The force should make sure neighbourhood officers have protected time to carry out problem-solving."]),
    ("Responding to the public", "Requires improvement",
     ["The force should answer non-emergency calls within its own target time.",
      "The force should make sure call handlers use a structured risk assessment for every call for service."]),
    ("Investigating crime", "Adequate",
     ["The force should make sure supervisors review investigations at the intervals its policy sets."]),
    ("Protecting vulnerable people", "Good", []),
    ("Managing offenders", "Adequate",
     ["The force should reduce the backlog of registered sex offender home visits."]),
    ("Developing a positive workplace", "Requires improvement",
     ["The force should understand why officers in their first two years of service are leaving."]),
    ("Leadership and force management", "Adequate", []),
]


def dyfed_powys() -> tuple[bytes, dict]:
    d = new_docx(header="Dyfed-Powys Police and Crime Panel")
    info = d.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for r, (k, v) in enumerate([("Meeting", "Dyfed-Powys Police and Crime Panel"), ("Date of meeting", "6 March 2026"),
                                ("Report of", "Police and Crime Commissioner"), ("Agenda item", "7")]):
        set_cell(info.cell(r, 0), k, bold=True)
        set_cell(info.cell(r, 1), v)
    d.add_paragraph()
    d.add_paragraph("HMICFRS PEEL 2023–25 inspection of Dyfed-Powys Police: position statement", style="Title")
    d.add_paragraph("1. Purpose", style="Heading 1")
    para(d, "1.1 This report tells the panel where the force stands against the findings of its most recent PEEL "
            "inspection, and how the Commissioner holds the Chief Constable to account for the work that remains.")
    d.add_paragraph("2. Background", style="Heading 1")
    para(d, "2.1 HMICFRS published its PEEL 2023–25 report on Dyfed-Powys Police on 27 November 2025. The "
            "inspectorate assessed the force in eight areas of policing. The table gives each area with its grade in "
            "brackets, beside the areas for improvement that are still open at the date of this report.")
    table = d.add_table(rows=len(DP_ROWS) + 1, cols=2)
    table.style = "Table Grid"
    set_cell(table.cell(0, 0), "Area of policing (grade)", bold=True)
    set_cell(table.cell(0, 1), "Areas for improvement still open", bold=True)
    shade(table.cell(0, 0), "#D9D9D9")
    shade(table.cell(0, 1), "#D9D9D9")
    for r, (area, value, afis) in enumerate(DP_ROWS, start=1):
        set_cell(table.cell(r, 0), f"{area} ({value})")
        if not afis:
            set_cell(table.cell(r, 1), "None open")
        for i, text in enumerate(afis):
            paragraph = table.cell(r, 1).paragraphs[0] if i == 0 else table.cell(r, 1).add_paragraph()
            paragraph.add_run(f"• {text}")
    for row in table.rows:
        row.cells[0].width, row.cells[1].width = Cm(5.5), Cm(11)
    d.add_paragraph()
    para(d, "2.2 Members will recall that in the 2021/22 inspection the force was graded good at preventing crime. "
            "The Commissioner's stated aim is for the force to be graded good in every area at its next inspection.")
    para(d, "2.3 Of the eleven areas for improvement in the report, seven remain open; four have been closed with "
            "evidence given to the inspectorate's force liaison lead.")
    d.add_paragraph("3. Commissioner's scrutiny", style="Heading 1")
    para(d, "3.1 The Commissioner has taken the force's progress at each quarterly Policing Accountability Board. "
            "Call handling has had most attention: the force has recruited twelve additional call handlers and "
            "introduced a new triage script in January 2026.")
    para(d, "3.2 For comparison, North Wales Police, inspected in the same tranche, was graded good in five areas "
            "and requires improvement in none.")
    d.add_paragraph("4. Recommendation", style="Heading 1")
    para(d, "4.1 The panel is asked to note the report.")
    data = docx_to_pdf(docx_bytes(d))

    grades = [grade(DP, area, area, value, "2025-11", 1) for area, value, _ in DP_ROWS]
    pages = {"Preventing crime": 1, "Responding to the public": 1, "Investigating crime": 1, "Protecting vulnerable people": 1,
             "Managing offenders": 1, "Developing a positive workplace": 1, "Leadership and force management": 2,
             "Police powers and public treatment": 1}
    for g in grades:
        g["page"] = pages[g["area"]]
    afis = [afi(DP, area, text, pages[area]) for area, _, texts in DP_ROWS for text in texts]
    gold = {"documents": [{"page": 1, "force": DP, "status": "ok", "file_type": "pdf",
                           "title": "HMICFRS PEEL 2023–25 inspection of Dyfed-Powys Police: position statement",
                           "meeting_date": "2026-03-06"}],
            "grades": grades, "areas_for_improvement": afis, "causes_of_concern": [], "recommendations": [],
            "findings": []}
    return data, gold


# ================================================================ 2. Cumbria (Word)

CU = "Cumbria Constabulary"
CU_AREAS = [
    ("Police powers and public treatment", "good",
     ["Officers explain to people why they are being stopped and searched.",
      "An external panel reviews body-worn video of use of force."],
     []),
    ("Preventing crime", "good",
     ["Neighbourhood teams work with councils to solve long-running problems."],
     []),
    ("Responding to the public", "adequate",
     ["Emergency calls are answered quickly."],
     ["The force should make sure it attends incidents within the times it sets for each priority."]),
    ("Investigating crime", "requires improvement",
     ["Victims are kept informed in most of the cases we reviewed."],
     ["The force should make sure investigations are supervised well enough to make progress.",
      "The force should record the reasons when a victim does not support further action."]),
    ("Protecting vulnerable people", "adequate",
     ["Multi-agency safeguarding hub staff share information quickly."],
     ["The force should make sure it uses all the protective orders available to it in domestic abuse cases."]),
    ("Managing offenders", "adequate",
     ["Integrated offender management is well run."],
     ["The force should reduce the number of outstanding suspects who have not been arrested."]),
    ("Developing a positive workplace", "good",
     ["The wellbeing offer is well used and valued."],
     []),
    ("Leadership and force management", "adequate",
     ["Senior leaders are visible and known to staff."],
     ["The force should improve how it understands demand so that it can plan its workforce."]),
]


def cumbria() -> tuple[bytes, dict]:
    d = new_docx(header="Cumbria Constabulary")
    d.add_paragraph("Our PEEL inspection 2025: what the inspectors found", style="Title")
    para(d, "A message from the Chief Constable", style="Heading 1")
    para(d, "His Majesty's Inspectorate of Constabulary and Fire and Rescue Services published its PEEL 2023–25 "
            "report on Cumbria Constabulary on 18 September 2025. I am proud of what the inspectors saw, and honest "
            "about what we still have to do. When we were last inspected in 2022 we were graded requires improvement "
            "at investigating crime; our ambition is to be good in every area by 2027.")
    para(d, "This summary sets out, for each area the inspectors looked at, what they said we do well and the areas "
            "for improvement they gave us. The inspectors do not grade the service we give to victims of crime.")
    for area, value, well, improve in CU_AREAS:
        d.add_paragraph(f"{area} – we were graded {value}", style="Heading 2")
        table = d.add_table(rows=2, cols=2)
        table.style = "Table Grid"
        for c, head in enumerate(("What we do well", "Where we must improve")):
            set_cell(table.cell(0, c), head, bold=True)
            shade(table.cell(0, c), "#DEEAF6")
        for c, items in enumerate((well, improve or ["The inspectors gave us no area for improvement here."])):
            for i, text in enumerate(items):
                paragraph = table.cell(1, c).paragraphs[0] if i == 0 else table.cell(1, c).add_paragraph()
                paragraph.add_run(text)
        d.add_paragraph()
    d.add_paragraph("What happens next", style="Heading 1")
    para(d, "Every area for improvement has an owner at chief officer level, and the Police and Crime Commissioner "
            "checks our progress at the Public Accountability Conference. Our neighbours in Lancashire Constabulary "
            "were graded outstanding in one area, and we will learn from them.")
    data = docx_bytes(d)
    capital = lambda v: v[0].upper() + v[1:]
    grades = [grade(CU, area, area, capital(value), "2025-09", None) for area, value, _, _ in CU_AREAS]
    afis = [afi(CU, area, text, None) for area, _, _, improve in CU_AREAS for text in improve]
    gold = {"documents": [{"page": None, "force": CU, "status": "ok", "file_type": "docx",
                           "title": "Our PEEL inspection 2025: what the inspectors found"}],
            "grades": grades, "areas_for_improvement": afis, "causes_of_concern": [], "recommendations": []}
    return data, gold


# ================================================================ 3. Thames Valley (reportlab, landscape)

TV = "Thames Valley Police"
TV_COLUMNS = ["Police powers and public treatment", "Preventing crime", "Responding to the public",
              "Investigating crime", "Protecting vulnerable people", "Managing offenders",
              "Developing a positive workplace", "Leadership and force management", "Good use of resources"]
TV_2022 = ["Adequate", "Good", "Requires improvement", "Adequate", "Requires improvement", "Good", "Adequate",
           "Not graded", "Good"]
TV_2025 = ["Good", "Good", "Adequate", "Requires improvement", "Adequate", "Good", "Adequate", "Adequate", "–"]
TV_AFIS = ["The force should make sure it answers non-emergency calls promptly, including those made online.",
           "The force should make sure that investigations are allocated to staff with the right skills and are "
           "regularly supervised.",
           "The force should make sure it records the voice of the child in every domestic abuse incident attended."]


def thames_valley() -> tuple[bytes, dict]:
    head = [Paragraph(f"<b>{c}</b>", CELL) for c in ["Inspection"] + TV_COLUMNS]
    rows = [head,
            [Paragraph("PEEL 2021/22", CELL_B)] + [Paragraph(v, CELL) for v in TV_2022],
            [Paragraph("PEEL 2023–25", CELL_B)] + [Paragraph(v, CELL) for v in TV_2025],
            [Paragraph("Force ambition for 2027", CELL_B)] + [Paragraph(v, CELL) for v in
                                                              ["Good"] * 8 + ["–"]]]
    table = Table(rows, colWidths=[80] + [72] * 9, repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dcd3ec")),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for r, values in ((1, TV_2022), (2, TV_2025)):
        for c, v in enumerate(values, start=1):
            if v in GRADE_FILL:
                style.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(GRADE_FILL[v])))
    table.setStyle(TableStyle(style))
    story = [Paragraph("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR THAMES VALLEY", KICKER),
             Paragraph("Performance report: PEEL grades 2022 to 2025", TITLE),
             Paragraph("Level 1 public meeting, 20 January 2026 · Report of the Chief Constable", BODY),
             Paragraph("1. Inspection outcomes over time", H2),
             Paragraph("The table sets the grades of the force's two most recent PEEL inspections side by side. The "
                       "PEEL 2021/22 report was published in May 2022 and the PEEL 2023–25 report on 3 October 2025. "
                       "The last row is the force's own ambition for its next inspection and is not a grade. "
                       "Leadership was not graded in 2021/22, and good use of resources is no longer assessed.", BODY),
             Paragraph("Table 1: PEEL grades by inspection (columns are areas of policing)", CELL_B),
             Spacer(1, 4), table, Spacer(1, 8),
             Paragraph("Across the south east, Hampshire and Isle of Wight Constabulary was graded good at responding "
                       "to the public in its 2025 inspection; the force has asked to visit its control room.", BODY),
             PageBreak(),
             Paragraph("2. Areas for improvement from the 2025 report", H2),
             Paragraph("The report gave the force eleven areas for improvement. The three the Commissioner has asked "
                       "to see at every Level 1 meeting are:", BODY),
             ListFlowable([ListItem(Paragraph(t, BODY), leftIndent=16) for t in TV_AFIS], bulletType="1",
                          leftIndent=16),
             Paragraph("3. Commissioner's comments", H2),
             Paragraph("The Commissioner welcomes the improvement in three areas since 2022 and notes that "
                       "investigating crime has fallen back by one grade.", BODY)]
    data = platypus_pdf(story, "Performance report: PEEL grades 2022 to 2025", "OPCC Thames Valley",
                        landscape(A4), footer="OPCC Thames Valley · Level 1 public meeting")
    grades = ([grade(TV, a, a, v, "2022-05", 1, P21) for a, v in zip(TV_COLUMNS, TV_2022) if v in GRADE_FILL]
              + [grade(TV, a, a, v, "2025-10", 1) for a, v in zip(TV_COLUMNS, TV_2025) if v in GRADE_FILL])
    gold = {"documents": [{"page": 1, "force": TV, "status": "ok", "file_type": "pdf", "pages": 2,
                           "title": "Performance report: PEEL grades 2022 to 2025", "meeting_date": "2026-01-20"}],
            "grades": grades, "areas_for_improvement": [afi(TV, None, t, 2) for t in TV_AFIS],
            "causes_of_concern": [], "recommendations": [], "findings": []}
    return data, gold


# ================================================================ 4. Wiltshire (Word -> PDF)

WI = "Wiltshire Police"
WI_LISTS = [
    ("2.2 The force was graded good in three areas:", "Good",
     ["preventing crime", "managing offenders", "police powers and public treatment."]),
    ("2.3 It was graded adequate in three areas:", "Adequate",
     ["protecting vulnerable people", "developing a positive workplace", "leadership and force management."]),
    ("2.4 It was graded as requiring improvement in two areas:", "Requires improvement",
     ["responding to the public", "investigating crime."]),
]
WI_AFIS = ["The force should make sure that it answers emergency calls within ten seconds.",
           "The force should make sure it completes suspect interviews and charging decisions without delay.",
           "The force should improve the quality of its vetting decisions and the records it keeps of them."]


def wiltshire() -> tuple[bytes, dict]:
    d = new_docx(header="OFFICIAL")
    para(d, "Report to: Joint Independent Audit Committee")
    para(d, "Meeting date: 11 February 2026")
    para(d, "Agenda item: 9")
    d.add_paragraph("HMICFRS PEEL 2023–25 inspection outcome", style="Title")
    d.add_paragraph("1. Purpose", style="Heading 1")
    para(d, "1.1 To give the committee the outcome of the force's PEEL inspection and the assurance arrangements "
            "for the areas for improvement it raised.")
    d.add_paragraph("2. Inspection outcome", style="Heading 1")
    para(d, "2.1 HMICFRS published its PEEL 2023–25 report on Wiltshire Police on 13 November 2025. The force was "
            "not graded outstanding or inadequate in any area.")
    for lead, _, areas in WI_LISTS:
        para(d, lead)
        for area in areas:
            d.add_paragraph(area, style="List Bullet")
    para(d, "2.5 For comparison, Gloucestershire Constabulary, inspected in the same year, was graded good in four "
            "areas. In the 2018/19 inspection Wiltshire Police was graded good for effectiveness.")
    d.add_paragraph("3. Areas for improvement", style="Heading 1")
    para(d, "3.1 HMICFRS identified ten areas for improvement. The Chief Constable's Strategic Board owns the plan. "
            "Those the committee asked to follow at its December meeting are:")
    for text in WI_AFIS:
        d.add_paragraph(text, style="List Number")
    d.add_paragraph("4. Risk and assurance", style="Heading 1")
    para(d, "4.1 The force risk register carries inspection outcomes as a strategic risk, scored 12 (amber). Internal "
            "audit will review the plan's governance in quarter 1 of 2026/27.")
    para(d, "5. Recommendation", style="Heading 1")
    para(d, "5.1 The committee is asked to note the report.")
    data = docx_to_pdf(docx_bytes(d))
    grades = [grade(WI, area.rstrip(".").capitalize(), area.rstrip("."), value, "2025-11", 1)
              for _, value, areas in WI_LISTS for area in areas]
    gold = {"documents": [{"page": 1, "force": WI, "status": "ok", "file_type": "pdf",
                           "title": "HMICFRS PEEL 2023–25 inspection outcome", "meeting_date": "2026-02-11"}],
            "grades": grades, "areas_for_improvement": [afi(WI, None, t, 2) for t in WI_AFIS],
            "causes_of_concern": [], "recommendations": [], "findings": []}
    return data, gold


# ================================================================ 5. Essex (reportlab, footnotes)

ES = "Essex Police"
ES_ROWS = [  # portfolio, HMICFRS area, grade, plan status
    ("Public contact and response", "Responding to the public", "Requires improvement", "Amber"),
    ("Neighbourhood policing and prevention", "Preventing crime", "Good", "Green"),
    ("Crime and investigations", "Investigating crime", "Adequate", "Amber"),
    ("Safeguarding and public protection", "Protecting vulnerable people", "Adequate", "Green"),
    ("Offender management and IOM", "Managing offenders", "Good", "Green"),
    ("Standards, ethics and fairness", "Police powers and public treatment", "Good", "Green"),
    ("People and culture", "Developing a positive workplace", "Adequate", "Amber"),
    ("Leadership and corporate services", "Leadership and force management", "Adequate", "Green"),
]
ES_AFIS = [  # portfolio index, AFI, progress
    (0, "The force should make sure it deploys to priority incidents within its target times.",
     "New deployment model live since December 2025; attendance within target up from 71% to 80%."),
    (2, "The force should make sure victims receive updates in line with the Victims' Code.",
     "Contact reminders added to the crime recording system; audit due in March."),
    (3, "The force should make sure its officers identify and record risk to children at domestic abuse incidents.",
     "Training delivered to 640 response officers."),
    (6, "The force should make sure its supervisors have the time and training to support their teams.",
     "Sergeants' development programme begins in April 2026."),
]
RAG = {"Green": "#9bd39b", "Amber": "#f7c873"}


def essex() -> tuple[bytes, dict]:
    rows = [[Paragraph("<b>Force portfolio</b>", CELL), Paragraph("<b>HMICFRS grade</b>", CELL),
             Paragraph("<b>Plan status</b>", CELL)]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3"))]
    for r, (portfolio, _, value, status) in enumerate(ES_ROWS, start=1):
        rows.append([Paragraph(f"{portfolio}<super>{r}</super>", CELL), Paragraph(value, CELL), Paragraph(status, CELL)])
        style.append(("BACKGROUND", (2, r), (2, r), colors.HexColor(RAG[status])))
    table = Table(rows, colWidths=[230, 140, 90])
    table.setStyle(TableStyle(style))
    notes = [Paragraph(f"{r} HMICFRS area: {area}.", SMALL) for r, (_, area, _, _) in enumerate(ES_ROWS, start=1)]
    afi_rows = [[Paragraph("<b>Portfolio</b>", CELL), Paragraph("<b>Area for improvement</b>", CELL),
                 Paragraph("<b>Progress</b>", CELL)]]
    for index, text, progress in ES_AFIS:
        afi_rows.append([Paragraph(ES_ROWS[index][0], CELL), Paragraph(text, CELL), Paragraph(progress, CELL)])
    afi_table = Table(afi_rows, colWidths=[120, 190, 185])
    afi_table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3"))]))
    story = [Paragraph("ESSEX POLICE", KICKER),
             Paragraph("PEEL improvement plan: progress report", TITLE),
             Paragraph("Report to the Police, Fire and Crime Commissioner's Performance and Resources Board, "
                       "27 January 2026", BODY),
             Paragraph("1. Grades", H2),
             Paragraph("HMICFRS published its PEEL 2023–25 report on Essex Police on 16 October 2025. Our plan is "
                       "organised by the force's own portfolios, so the grades are shown against them; the notes "
                       "under the table give the HMICFRS area each portfolio answers for. The plan status is the "
                       "board's own rating of progress, not a grade.", BODY),
             table, Spacer(1, 4), *notes, Spacer(1, 8),
             Paragraph("Kent Police, our most similar force, was graded good at responding to the public, and we "
                       "have adopted its model for managing calls that need no attendance.", BODY),
             PageBreak(),
             Paragraph("2. Progress on the areas for improvement", H2),
             Paragraph("Four of the eleven areas for improvement are reported to this board; the remainder are "
                       "managed by the portfolio leads.", BODY),
             afi_table, Spacer(1, 8),
             Paragraph("3. Decision required", H2),
             Paragraph("The board is asked to note progress and agree that the next report comes in April 2026.", BODY)]
    data = platypus_pdf(story, "PEEL improvement plan: progress report", "Essex Police", footer="Essex Police · OFFICIAL")
    grades = [grade(ES, area, portfolio, value, "2025-10", 1) for portfolio, area, value, _ in ES_ROWS]
    afis = [afi(ES, ES_ROWS[index][1], text, 2) for index, text, _ in ES_AFIS]
    gold = {"documents": [{"page": 1, "force": ES, "status": "ok", "file_type": "pdf", "pages": 2,
                           "title": "PEEL improvement plan: progress report", "meeting_date": "2026-01-27"}],
            "grades": grades, "areas_for_improvement": afis, "causes_of_concern": [], "recommendations": [],
            "findings": []}
    return data, gold


# ================================================================ 6. Durham (Word, scores)

DU = "Durham Constabulary"
SCORE = {1: "Outstanding", 2: "Good", 3: "Adequate", 4: "Requires improvement", 5: "Inadequate"}
DU_ROWS = [  # area, 2025 score, 2022 score or None, change
    ("Police powers and public treatment", 2, 2, "No change"),
    ("Preventing crime", 1, 2, "Improved by 1"),
    ("Responding to the public", 3, 4, "Improved by 1"),
    ("Investigating crime", 2, 2, "No change"),
    ("Protecting vulnerable people", 3, 3, "No change"),
    ("Managing offenders", 2, 1, "Down by 1"),
    ("Developing a positive workplace", 2, 3, "Improved by 1"),
    ("Leadership and force management", 2, None, "Not graded in 2022"),
]


def durham() -> tuple[bytes, dict]:
    d = new_docx(header="OFFICIAL – Office of the Police and Crime Commissioner for Durham")
    d.add_paragraph("Quarterly performance report: quarter 3, 2025/26", style="Title")
    para(d, "Scrutiny and Performance Board, 22 January 2026")
    d.add_paragraph("1. Police and Crime Plan measures", style="Heading 1")
    docx_table(d, [["Measure", "Quarter 2", "Quarter 3", "Direction"],
                   ["Confidence in local policing (%)", "76", "78", "Better"],
                   ["999 calls answered within 10 seconds (%)", "91", "93", "Better"],
                   ["Repeat victims of domestic abuse (%)", "31", "32", "Worse"]])
    d.add_paragraph()
    d.add_paragraph("2. Inspection", style="Heading 1")
    para(d, "2.1 HMICFRS published its PEEL 2023–25 report on Durham Constabulary on 4 December 2025. The 2021/22 "
            "report was published in April 2022. The Commissioner reports inspection grades as scores on the "
            "following scale: 1 = Outstanding, 2 = Good, 3 = Adequate, 4 = Requires improvement, 5 = Inadequate.")
    rows = [["Area of policing", "2025 score", "2022 score", "Change"]]
    for area, now, before, change in DU_ROWS:
        rows.append([area, str(now), "n/a" if before is None else str(before), change])
    docx_table(d, rows, widths=[7, 2.5, 2.5, 4])
    d.add_paragraph()
    para(d, "2.2 The Commissioner's target, set in the Police and Crime Plan, is a score of 2 or better in every "
            "area by the next inspection. Neighbouring Northumbria Police scored 3 for responding to the public.")
    para(d, "2.3 The report contains nine areas for improvement. They are tracked in the force's inspection "
            "register, which the board will see in full at its April meeting.")
    d.add_paragraph("3. Finance", style="Heading 1")
    para(d, "3.1 The force forecasts an underspend of £0.4m against its revenue budget of £161.2m.")
    data = docx_bytes(d)
    grades = [grade(DU, area, area, SCORE[now], "2025-12", None) for area, now, _, _ in DU_ROWS]
    grades += [grade(DU, area, area, SCORE[before], "2022-04", None, P21) for area, _, before, _ in DU_ROWS
               if before is not None]
    gold = {"documents": [{"page": None, "force": DU, "status": "ok", "file_type": "docx",
                           "title": "Quarterly performance report: quarter 3, 2025/26", "meeting_date": "2026-01-22"}],
            "grades": grades, "areas_for_improvement": [], "causes_of_concern": [], "recommendations": [],
            "findings": []}
    return data, gold


# ================================================================ 7. Lancashire (reportlab canvas infographic)

LA = "Lancashire Constabulary"
LA_TILES = [  # printed area, canonical area, judgment
    ("Leadership and management", "Child protection leadership", "Adequate"),
    ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
    ("Responding to children at risk of harm", "Responding to children at risk of harm", "Requires improvement"),
    ("Assessing risk to children and making appropriate referrals",
     "Assessing risk to children and making appropriate referrals", "Adequate"),
    ("Investigating reports of abuse, neglect and exploitation of children",
     "Investigating reports of abuse, neglect and exploitation of children", "Requires improvement"),
]
LA_AFIS = [  # canonical area, label, AFI
    ("Responding to children at risk of harm",
     "The force should make sure officers speak to children and record their views when they attend incidents."),
    ("Responding to children at risk of harm",
     "The force should make sure it completes a welfare check when a child is found after being reported missing."),
    ("Investigating reports of abuse, neglect and exploitation of children",
     "The force should make sure investigations into child sexual abuse are allocated without delay."),
]


def lancashire() -> tuple[bytes, dict]:
    buffer = io.BytesIO()
    width, height = A4
    c = rl_canvas.Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle("Annual report 2025–26")
    c.setAuthor("Lancashire Children's Safeguarding Assurance Partnership")

    def frame_text(text: str, x: float, y: float, w: float, style: ParagraphStyle) -> float:
        paragraph = Paragraph(text, style)
        _, h = paragraph.wrap(w, 1000)
        paragraph.drawOn(c, x, y - h)
        return y - h

    def footer(n: int) -> None:
        c.setFont("Helvetica", 8)
        c.drawString(50, 25, "Lancashire Children's Safeguarding Assurance Partnership")
        c.drawRightString(width - 50, 25, str(n))

    # page 1
    c.setFillColor(colors.HexColor("#00607a"))
    c.rect(0, height - 110, width, 110, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, height - 45, "Lancashire Children's Safeguarding Assurance Partnership")
    c.setFont("Helvetica-Bold", 26)
    c.drawString(50, height - 85, "Annual report 2025–26")
    y = height - 140
    y = frame_text("Foreword from the independent scrutineer", 50, y, width - 100, H1)
    for text in ["This report describes how the partnership's three statutory partners – the local authorities, the "
                 "integrated care board and the police – have kept children safe this year.",
                 "Ofsted judged Blackburn with Darwen's children's services good in 2024, and Blackpool's services "
                 "were judged requires improvement to be good. Those judgments are the councils' and are reported "
                 "in full by each council.",
                 "The largest piece of external scrutiny this year was the inspectorate's national child protection "
                 "inspection of Lancashire Constabulary, summarised on the next page."]:
        y = frame_text(text, 50, y - 4, width - 100, BODY)
    footer(1)
    c.showPage()
    # page 2: infographic
    y = frame_text("Police child protection inspection at a glance", 50, height - 60, width - 100, H1)
    y = frame_text("HMICFRS published its national child protection inspection of Lancashire Constabulary on "
                   "21 January 2026. It made five judgments:", 50, y - 2, width - 100, BODY)
    tile_style = ParagraphStyle("tile", parent=BODY, fontName="Helvetica-Bold", fontSize=11, leading=13.5)
    judge_style = ParagraphStyle("judge", parent=BODY, fontName="Helvetica-Bold", fontSize=10, leading=12)
    top = y - 16
    for n, (printed, _, value) in enumerate(LA_TILES, start=1):
        box_top = top - (n - 1) * 92
        c.setFillColor(colors.HexColor("#eef4f6"))
        c.setStrokeColor(colors.HexColor("#00607a"))
        c.roundRect(50, box_top - 80, width - 100, 80, 10, stroke=1, fill=1)
        c.setFillColor(colors.HexColor(GRADE_FILL[value]))
        c.circle(92, box_top - 40, 26, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 20)
        c.drawCentredString(92, box_top - 47, str(n))
        c.setFillColor(colors.black)
        after = frame_text(printed, 135, box_top - 14, width - 235, tile_style)
        frame_text(f'<font color="{GRADE_FILL[value]}">{value.upper()}</font>', 135, after - 6, width - 235,
                   judge_style)
    key_y = top - 5 * 92 - 6
    frame_text("The inspectorate judges each area as outstanding, good, adequate, requires improvement or "
               "inadequate. It also made three areas for improvement and no causes of concern.", 50, key_y,
               width - 100, SMALL)
    footer(2)
    c.showPage()
    # page 3: AFIs
    y = frame_text("What the inspectors asked the police to improve", 50, height - 60, width - 100, H1)
    current = None
    for area, text in LA_AFIS:
        if area != current:
            y = frame_text(area, 50, y - 6, width - 100, H2)
            current = area
        y = frame_text(text, 50, y - 2, width - 100, BODY)
    y = frame_text("The partnership's response", 50, y - 10, width - 100, H2)
    frame_text("The partnership's quality assurance subgroup will audit joint working on missing children in "
               "June 2026 and report to the executive in September. Our aim is that the police are judged good in "
               "every area when they are next inspected.", 50, y - 2, width - 100, BODY)
    footer(3)
    c.showPage()
    c.save()
    data = buffer.getvalue()
    grades = [grade(LA, area, printed, value, "2026-01", 2, CP) for printed, area, value in LA_TILES]
    afis = [afi(LA, area, text, 3) for area, text in LA_AFIS]
    gold = {"documents": [{"page": 1, "force": LA, "status": "ok", "file_type": "pdf", "pages": 3,
                           "title": "Annual report 2025–26"}],
            "grades": grades, "areas_for_improvement": afis, "causes_of_concern": [], "recommendations": [],
            "findings": []}
    return data, gold


# ================================================================ 8. Northumbria (Word -> PDF, letter)

NO = "Northumbria Police"
NO_PARAGRAPHS = [  # paragraph, bold grade words, [(area, printed area, grade)]
    ("On police powers and public treatment, the inspectorate graded the force good. I am pleased that officers "
     "were found to use stop and search fairly, and that my office's independent panel was recognised.",
     ("good",), [("Police powers and public treatment", "police powers and public treatment", "Good")]),
    ("The force was judged outstanding at preventing crime. This reflects many years of investment in "
     "neighbourhood policing, which I have protected in every budget since my election.",
     ("outstanding",), [("Preventing crime", "preventing crime", "Outstanding")]),
    ("Responding to the public was graded requires improvement. Too many people wait too long for their call to "
     "be answered, and I have asked the Chief Constable to report to me monthly on call handling until this is "
     "put right.",
     ("requires improvement",), [("Responding to the public", "Responding to the public", "Requires improvement")]),
    ("For both investigating crime and protecting vulnerable people the force was graded adequate. The inspectorate "
     "recognised the work of the force's domestic abuse teams but found that supervision of investigations was "
     "inconsistent.",
     ("adequate",), [("Investigating crime", "investigating crime", "Adequate"),
                     ("Protecting vulnerable people", "protecting vulnerable people", "Adequate")]),
    ("Managing offenders and suspects was graded good, as was the force's work on developing a positive "
     "workplace.",
     ("good",), [("Managing offenders", "Managing offenders and suspects", "Good"),
                 ("Developing a positive workplace", "developing a positive workplace", "Good")]),
    ("Finally, leadership and force management was judged adequate. The inspectorate noted the force's sound "
     "financial planning but asked it to understand its demand better.",
     ("adequate",), [("Leadership and force management", "leadership and force management", "Adequate")]),
]


def northumbria() -> tuple[bytes, dict]:
    d = new_docx()
    for line in ["Office of the Police and Crime Commissioner for Northumbria", "2nd Floor, Civic Centre",
                 "Newcastle upon Tyne", "", "12 February 2026", "",
                 "His Majesty's Chief Inspector of Constabulary", "By email"]:
        para(d, line).paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    d.add_paragraph("Response to the HMICFRS PEEL 2023–25 inspection of Northumbria Police", style="Title")
    para(d, "Dear Chief Inspector,")
    para(d, "I write, as section 55 of the Police Act 1996 requires, with my response to your PEEL 2023–25 report on "
            "Northumbria Police, published on 11 December 2025. I have discussed the report with the Chief "
            "Constable, and her comments are reflected below.")
    for text, bold, _ in NO_PARAGRAPHS:
        para(d, text, bold_words=bold)
    para(d, "When the force was last inspected, in 2022, it was graded requires improvement at investigating crime, "
            "so the adequate grade is real progress. Durham Constabulary, our neighbour, was graded outstanding at "
            "preventing crime in the same year, and our forces already share their problem-solving training.")
    para(d, "The report identifies ten areas for improvement. The Chief Constable has an action plan for each, and "
            "I will scrutinise progress at my public Business Meetings. My aim is that the force is graded good or "
            "better in every area at its next inspection.")
    para(d, "Yours sincerely,")
    para(d, "Police and Crime Commissioner for Northumbria")
    data = docx_to_pdf(docx_bytes(d))
    grades = [grade(NO, area, raw, value, "2025-12", 1) for _, _, items in NO_PARAGRAPHS for area, raw, value in items]
    gold = {"documents": [{"page": 1, "force": NO, "status": "ok", "file_type": "pdf",
                           "title": "Response to the HMICFRS PEEL 2023–25 inspection of Northumbria Police"}],
            "grades": grades, "areas_for_improvement": [], "causes_of_concern": [], "recommendations": [],
            "findings": []}
    return data, gold


# ---------------------------------------------------------------- pages and writing

def page_texts(data: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]


def fix_pages(name: str, data: bytes, gold: dict) -> None:
    """Check (or, where the record says 0, set) each PDF record's page: the first page whose text holds the
    record's first words. A page written by hand that disagrees stops the run."""
    texts = [t.lower() for t in page_texts(data)]
    for kind, records in gold.items():
        for record in records:
            if kind == "documents":
                if "pages" in record or name.endswith(".pdf"):
                    record["pages"] = len(texts)
                continue
            key = record.get("text") or record.get("area_raw") or record["area"]
            words = " ".join(re.sub(r"[^\w\s]", " ", key.lower()).split()[:3])
            found = [i + 1 for i, t in enumerate(texts) if words in re.sub(r"[^\w\s]", " ", t).replace("  ", " ")
                     or words in " ".join(re.sub(r"[^\w\s]", " ", t).split())]
            if not found:
                raise SystemExit(f"{name}: {kind} {key!r} not found on any page")
            if record["page"] not in found:
                raise SystemExit(f"{name}: {kind} {key!r} on pages {found}, gold says {record['page']}")


DOCUMENTS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "dyfed-powys-pcp-peel-position-2026-03-06-r38.pdf": dyfed_powys,
    "cumbria-peel-what-we-do-well-2025-r38.docx": cumbria,
    "thames-valley-opcc-peel-grades-by-year-2026-01-20-r38.pdf": thames_valley,
    "wiltshire-jiac-peel-outcome-lists-2026-02-11-r38.pdf": wiltshire,
    "essex-peel-plan-portfolio-footnotes-2026-01-27-r38.pdf": essex,
    "durham-opcc-q3-peel-scores-2026-01-22-r38.docx": durham,
    "lancashire-safeguarding-annual-report-ncpi-2025-26-r38.pdf": lancashire,
    "northumbria-pcc-s55-letter-peel-2026-02-r38.pdf": northumbria,
}


def main(names: list[str]) -> None:
    (HERE / "gold").mkdir(exist_ok=True)
    for name in names or list(DOCUMENTS):
        data, records = DOCUMENTS[name]()
        if name.endswith(".pdf"):
            fix_pages(name, data, records)
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (HERE / "gold" / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(name)


if __name__ == "__main__":
    main(sys.argv[1:])
