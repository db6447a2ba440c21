"""Held-out inspection round 34: eight documents of the inspection family (northern and midland forces) and their
hand-written gold, in gold/ (held out in session 7, then promoted).

    .venv/bin/python samples/corpus/inspection-round34/generate.py [FILE ...]

builds every document (or those named) and writes its gold to gold/<file>.json. Reportlab PDFs are drawn in
invariant mode, Word files get fixed zip times, and the two Word-made PDFs go through LibreOffice
(../office_pdf.py, needs `soffice`). Every PDF record's page is written by hand beside its text and checked here
against the PDF's own text: the build fails if the record's words are not on that page.

Names, figures, grades and wording are invented.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (KeepTogether, ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent.parent)]  # samples/corpus helpers, samples/generator
from generator import pdf_render  # noqa: E402
from inspection_render import GRADE_FILL, fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written by hand in samples/corpus/inspection-round34/generate.py beside the text it describes, blind "
           "(no extractor code, extractor test or earlier generator read); PDF pages checked against the PDF's own "
           "text by the generator and read against `scrutiny inspect`. Held out: never scored by its author.")
P2325, P2122, CP = "PEEL 2023-25", "PEEL 2021/22", "Child protection"


# ---------------------------------------------------------------- gold record builders

def grade(page, force, framework, area, area_raw, grade_word, as_of):
    record = {"page": page, "force": force, "framework": framework, "area": area, "area_raw": area_raw,
              "grade": grade_word, "as_of": as_of}
    if area_raw is None:  # a label the document prints only as an abbreviation: not scored
        del record["area_raw"]
    return record


def afi(page, force, area, text, detail=None):
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def cause(page, force, area, text, detail=None):
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def rec(page, force, text, timescale, lead_in, cause_text):
    return {"page": page, "force": force, "text": text, "timescale": timescale, "lead_in": lead_in,
            "cause_of_concern_text": cause_text}


def finding(page, force, kind, area, text):
    return {"page": page, "force": force, "kind": kind, "area": area, "text": text}


def empty_records() -> dict:
    return {"documents": [], "grades": [], "areas_for_improvement": [], "causes_of_concern": [],
            "recommendations": [], "findings": []}


# ---------------------------------------------------------------- reportlab helpers

FONT, BOLD = "Helvetica", "Helvetica-Bold"
BODY = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9.5, leading=12, spaceAfter=0)
CELL_BOLD = ParagraphStyle("cellb", parent=CELL, fontName=BOLD)
CELL_CENTRE = ParagraphStyle("cellc", parent=CELL, alignment=TA_CENTER)
BOLD_BODY = ParagraphStyle("boldbody", parent=BODY, fontName=BOLD)
H1 = ParagraphStyle("h1", fontName=BOLD, fontSize=20, leading=25, spaceAfter=10, textColor=colors.HexColor("#1d3557"))
H2 = ParagraphStyle("h2", fontName=BOLD, fontSize=15, leading=19, spaceBefore=10, spaceAfter=6,
                    textColor=colors.HexColor("#1d3557"))
H3 = ParagraphStyle("h3", fontName=BOLD, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
LABEL = ParagraphStyle("label", fontName=BOLD, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3,
                       textColor=colors.HexColor("#6a1b4d"))
KICKER = ParagraphStyle("kicker", fontName=FONT, fontSize=11, leading=14, spaceAfter=4,
                        textColor=colors.HexColor("#555555"))


def bullets(items: list[str], style: ParagraphStyle = BODY) -> ListFlowable:
    return ListFlowable([ListItem(Paragraph(text, style), leftIndent=14) for text in items],
                        bulletType="bullet", start="•", leftIndent=14, bulletFontSize=9)


def box(flowables: list, fill: str, width: float, border: str = "#9aa5b1") -> Table:
    """A shaded box of one cell, as HMICFRS sets its AFI and practice panels."""
    table = Table([[flowables]], colWidths=[width])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fill)),
                               ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor(border)),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                               ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return table


def build_pdf(flowables: list, title: str, author: str, header: str, footer: Callable[[int], str],
              pagesize=A4) -> bytes:
    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        width, height = pagesize
        if header:
            canvas.drawString(2 * cm, height - 1.2 * cm, header)
        canvas.drawRightString(width - 2 * cm, 1.0 * cm, footer(doc.page))
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=1.8 * cm, title=title, author=author, invariant=1)
    doc.build(flowables, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def text_width(pagesize=A4) -> float:
    return pagesize[0] - 4 * cm


# ---------------------------------------------------------------- python-docx helpers

def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#").upper())
    tc_pr.append(shading)


def set_cell(cell, text: str, bold: bool = False, colour: str | None = None, size: float | None = None) -> None:
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour.lstrip("#").upper())
    if size:
        run.font.size = Pt(size)


def repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def page_field(paragraph, prefix: str = "Page ") -> None:
    paragraph.add_run(prefix)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def bold_paragraph(document, text: str):
    paragraph = document.add_paragraph()
    paragraph.add_run(text).bold = True
    return paragraph


def labelled(document, label: str, text: str):
    paragraph = document.add_paragraph()
    paragraph.add_run(label).bold = True
    paragraph.add_run(text)
    return paragraph


def grid_table(document, rows: list[list[str]], widths: list[float], header_fill: str = "#1d3557",
               header_colour: str = "#ffffff"):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for c, width in enumerate(widths):  # LibreOffice lays out by the grid columns, Word by the cells: set both
        table.columns[c].width = Cm(width)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Cm(widths[c])
            if r == 0:
                set_cell(cell, text, bold=True, colour=header_colour)
                shade(cell, header_fill)
            else:
                set_cell(cell, text)
    repeat_header(table.rows[0])
    return table


def docx_bytes(document) -> bytes:
    document.core_properties.author = "samples/corpus/inspection-round34"
    raw = io.BytesIO()
    document.save(raw)
    return raw.getvalue()


# ---------------------------------------------------------------- 1. PEEL 2023-25 report, Derbyshire (common form)

def derbyshire() -> tuple[bytes, dict]:
    force, month = "Derbyshire Constabulary", "2026-02"
    width = text_width()
    records = empty_records()
    records["documents"].append({"page": None, "force": force, "status": "ok",
                                 "title": "PEEL 2023–25: An inspection of Derbyshire Constabulary",
                                 "doc_kind": "peel_report", "publication_date": "2026-02-18", "file_type": "pdf"})
    story = [Paragraph("Police effectiveness, efficiency and legitimacy", KICKER),
             Paragraph("PEEL 2023–25: An inspection of Derbyshire Constabulary", H1),
             Paragraph("Published: 18 February 2026", BODY),
             Spacer(1, 8), Paragraph("Contents", H2)]
    contents = ["About this inspection", "Our judgments", "HM Inspector’s observations",
                "Police powers and public treatment", "Preventing crime", "Responding to the public",
                "Investigating crime", "Protecting vulnerable people", "Managing offenders",
                "Developing a positive workplace", "Leadership and force management", "About the data"]
    story.append(Table([[Paragraph(item, CELL), Paragraph(str(page), CELL)] for item, page in
                        zip(contents, [1, 2, 2, 4, 4, 3, 4, 3, 4, 4, 4, 4])],
                       colWidths=[width - 2 * cm, 2 * cm],
                       style=[("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#cccccc"))]))
    story += [Paragraph("About this inspection", H2),
              Paragraph("This inspection assessed how good Derbyshire Constabulary is in nine areas of policing. "
                        "We make graded judgments in eight of these nine areas. We inspected the force in June and "
                        "July 2025, and we reviewed case files, listened to calls and spoke to more than 140 officers "
                        "and staff.", BODY),
              Paragraph("Our judgments are Outstanding, Good, Adequate, Requires improvement or Inadequate. Where we "
                        "have serious concerns we set out a cause of concern and recommendations.", BODY),
              PageBreak()]

    table_grades = [("Police powers and public treatment", "Adequate"), ("Preventing crime", "Good"),
                    ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
                    ("Protecting vulnerable people", "Requires improvement"), ("Managing offenders", "Good"),
                    ("Developing a positive workplace", "Adequate"), ("Leadership and force management", "Good")]
    rows = [[Paragraph("<b>Area of policing</b>", CELL), Paragraph("<b>Grade</b>", CELL)]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a8a8a")),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ee"))]
    for r, (area, word) in enumerate(table_grades, start=1):
        rows.append([Paragraph(area, CELL), Paragraph(word, CELL)])
        style.append(("BACKGROUND", (1, r), (1, r), colors.HexColor(GRADE_FILL[word])))
        records["grades"].append(grade(2, force, P2325, area, area, word, month))
    story += [Paragraph("Our judgments", H2),
              Paragraph("Our inspection assessed how good Derbyshire Constabulary is in the following areas of "
                        "policing.", BODY),
              Table(rows, colWidths=[width * 0.62, width * 0.38], style=style), Spacer(1, 6),
              Paragraph("We also inspected how effective a service the force gives to victims of crime. We don’t "
                        "grade this area.", BODY),
              Paragraph("HM Inspector’s observations", H2),
              Paragraph("I am satisfied with some aspects of Derbyshire Constabulary’s performance, but there are "
                        "areas where it needs to improve. In our 2022 inspection we judged the force to be good at "
                        "responding to the public. Its performance in this area has since declined, and I have set "
                        "out a cause of concern.", BODY),
              Paragraph("The force has made real progress in how it prevents crime and manages offenders. It now "
                        "needs to make sure that the public can reach it quickly and that vulnerable people get the "
                        "help they need at the first contact.", BODY),
              Paragraph("Roy Ellerby, His Majesty’s Inspector of Constabulary", BODY),
              PageBreak()]

    cause_text = ("Derbyshire Constabulary doesn’t always identify and assess risk when members of the public "
                  "contact it, and it doesn’t respond to calls for service quickly enough.")
    cause_detail = ("In the year to March 2025, the force answered 78 percent of emergency calls within ten "
                    "seconds, below the national standard of 90 percent. In 19 of the 85 incidents we reviewed, the "
                    "call handler didn’t use a structured risk assessment. Officers were sent to emergency incidents "
                    "within the force’s target time in only 67 percent of cases.")
    lead_in = "Within six months, Derbyshire Constabulary should:"
    recs = ["make sure that it has enough call handlers to answer emergency calls within the national standard;",
            "make sure that call handlers use a structured risk assessment for every call and record its result; and",
            "monitor its attendance times and act where it misses its targets."]
    afi_response = ("The force should make sure it answers non-emergency calls promptly and that it calls back "
                    "people who abandon their calls where there is a risk.")
    afi_response_detail = ("The average time to answer a 101 call was more than eight minutes in the summer of 2025, "
                           "and more than a quarter of these calls were abandoned.")
    story += [Paragraph("Responding to the public", H2),
              Paragraph("<b>Derbyshire Constabulary requires improvement at responding to the public.</b>", BODY),
              Paragraph("Cause of concern", LABEL), Paragraph(cause_text, BOLD_BODY), Paragraph(cause_detail, BODY),
              Paragraph("Recommendations", LABEL), Paragraph(lead_in, BODY), bullets(recs), Spacer(1, 4),
              box([Paragraph("Area for improvement", LABEL), Paragraph(afi_response, BOLD_BODY),
                   Paragraph(afi_response_detail, BODY)], "#eef3f8", width)]
    records["causes_of_concern"].append(cause(3, force, "Responding to the public", cause_text, cause_detail))
    for text in recs:
        records["recommendations"].append(rec(3, force, text, "Within six months", lead_in, cause_text))
    records["areas_for_improvement"].append(afi(3, force, "Responding to the public", afi_response,
                                                afi_response_detail))

    pvp_afis = [("The force should improve how it shares information about children at risk with its safeguarding "
                 "partners.",
                 "In 11 of the 46 cases we reviewed, the force didn’t refer the child to children’s social care on "
                 "the day of the incident."),
                ("The force should make sure it applies for and monitors domestic abuse protection orders where "
                 "they are needed.",
                 "Officers told us they weren’t confident about when to apply for an order. The force applied for "
                 "fewer orders than most similar forces.")]
    story += [Paragraph("Protecting vulnerable people", H2),
              Paragraph("<b>Derbyshire Constabulary requires improvement at protecting vulnerable people.</b>", BODY),
              Paragraph("Areas for improvement", LABEL)]
    for text, detail in pvp_afis:
        story += [Paragraph(text, BOLD_BODY), Paragraph(detail, BODY)]
        records["areas_for_improvement"].append(afi(3, force, "Protecting vulnerable people", text, detail))
    story.append(PageBreak())

    ic_afi = ("The force should make sure that victims are offered the chance to make a victim personal statement "
              "and that their decision is recorded.")
    practice = "Digital triage kiosks in every custody suite"
    story += [Paragraph("Investigating crime", H2),
              Paragraph("<b>Derbyshire Constabulary is adequate at investigating crime.</b>", BODY),
              Paragraph("The force carries out most investigations in a timely way, and supervisors review them "
                        "regularly. Investigators have access to digital forensic support.", BODY),
              box([Paragraph("Innovative practice", LABEL), Paragraph(practice, BOLD_BODY),
                   Paragraph("Officers can examine a suspect’s phone in custody with a kiosk and an examiner on a "
                             "video link, which has cut the time to charge in many cases.", BODY)],
                  "#eef7ee", width, "#4c9a5b"),
              Spacer(1, 6),
              box([Paragraph("Area for improvement", LABEL), Paragraph(ic_afi, BOLD_BODY)], "#eef3f8", width)]
    records["findings"].append(finding(4, force, "innovative_practice", "Investigating crime", practice))
    records["areas_for_improvement"].append(afi(4, force, "Investigating crime", ic_afi))

    dpw_afis = ["The force should make sure that supervisors hold regular wellbeing conversations with their staff.",
                "The force should understand why officers from under-represented groups leave the force sooner "
                "than their colleagues."]
    story += [Paragraph("Developing a positive workplace", H2),
              Paragraph("<b>Derbyshire Constabulary is adequate at developing a positive workplace.</b>", BODY),
              Paragraph("Areas for improvement", LABEL), bullets(dpw_afis)]
    records["areas_for_improvement"] += [afi(4, force, "Developing a positive workplace", text) for text in dpw_afis]
    story += [Paragraph("Preventing crime, managing offenders and leadership", H2),
              Paragraph("The force is good at preventing crime, managing offenders and leadership and force "
                        "management. We have no areas for improvement in these areas.", BODY),
              Paragraph("About the data", H2),
              Paragraph("Data in this report comes from a range of sources, including the Home Office, the Office "
                        "for National Statistics and our own data collection.", SMALL)]
    data = build_pdf(story, "PEEL 2023–25: Derbyshire Constabulary", "HMICFRS",
                     "PEEL 2023–25: An inspection of Derbyshire Constabulary", lambda page: f"Page {page}")
    return data, records


# ---------------------------------------------------------------- 2. national child protection inspection, Word

def west_midlands_ncpi() -> tuple[bytes, dict]:
    force, month = "West Midlands Police", "2026-03"
    records = empty_records()
    title = "National child protection inspection: West Midlands Police"
    records["documents"].append({"page": None, "force": force, "status": "ok", "title": title,
                                 "doc_kind": "child_protection_report", "publication_date": "2026-03-10",
                                 "file_type": "docx"})
    document = Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "National child protection inspection – West Midlands Police"
    page_field(section.footer.paragraphs[0])
    section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph(title, style="Title")
    document.add_paragraph("Published: 10 March 2026")
    document.add_heading("Contents", level=1)
    for item in ["Foreword", "Summary of our judgments", "Responding to children at risk of harm",
                 "Investigating reports of abuse, neglect and exploitation of children",
                 "Working with safeguarding partners", "Leadership and management", "Next steps"]:
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("Foreword", level=1)
    document.add_paragraph(
        "This report sets out what we found when we inspected how well West Midlands Police protects children. We "
        "last inspected the force’s child protection work in 2019. That inspection was not graded. Since then the "
        "force has restructured its public protection teams and increased the number of specialist investigators.")
    document.add_heading("Summary of our judgments", level=1)
    judgments = [("Leadership and management", "Child protection leadership", "Adequate"),
                 ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
                 ("Responding to children at risk of harm", "Responding to children at risk of harm",
                  "Requires improvement"),
                 ("Assessing risk to children and making appropriate referrals",
                  "Assessing risk to children and making appropriate referrals", "Adequate"),
                 ("Investigating reports of abuse, neglect and exploitation of children",
                  "Investigating reports of abuse, neglect and exploitation of children", "Requires improvement"),
                 ("Managing those who pose a risk to children", "Managing those who pose a risk to children",
                  "Adequate")]
    table = grid_table(document, [["Inspection area", "Judgment"]] + [[raw, word] for raw, _, word in judgments],
                       [11, 5], header_fill="#d9d9d9", header_colour="#000000")
    for r, (raw, area, word) in enumerate(judgments, start=1):
        shade(table.cell(r, 1), GRADE_FILL[word])
        records["grades"].append(grade(None, force, CP, area, raw, word, month))
    document.add_paragraph()

    document.add_heading("Responding to children at risk of harm", level=1)
    document.add_paragraph("Our judgment: requires improvement")
    document.add_paragraph(
        "Call handlers usually identify when a child is at risk. But officers don’t always speak to children when "
        "they attend incidents, and they don’t always record what children say or how they behave.")
    cause_text = ("West Midlands Police doesn’t consistently recognise and respond to the risks children face when "
                  "officers attend incidents of domestic abuse.")
    cause_detail = ("In 24 of the 70 domestic abuse incidents we reviewed where children were present, officers "
                    "didn’t speak to or see the children. In 15 of those incidents, the force didn’t share "
                    "information about the children with partner agencies.")
    document.add_heading("Cause of concern", level=3)
    bold_paragraph(document, cause_text)
    document.add_paragraph(cause_detail)
    document.add_heading("Recommendations", level=3)
    three = "Within three months, West Midlands Police should:"
    six = "Within six months, West Midlands Police should:"
    recs_three = ["make sure that officers who attend domestic abuse incidents see and speak to every child present "
                  "and record the child’s voice; and",
                  "make sure that supervisors check the child’s record before the incident is closed."]
    recs_six = ["train all response officers in recognising the signs of harm to children at domestic abuse "
                "incidents."]
    document.add_paragraph(three)
    for text in recs_three:
        document.add_paragraph(text, style="List Bullet")
    document.add_paragraph(six)
    for text in recs_six:
        document.add_paragraph(text, style="List Bullet")
    records["causes_of_concern"].append(cause(None, force, "Responding to children at risk of harm", cause_text,
                                              cause_detail))
    records["recommendations"] += [rec(None, force, t, "Within three months", three, cause_text) for t in recs_three]
    records["recommendations"] += [rec(None, force, t, "Within six months", six, cause_text) for t in recs_six]
    afi_text = "The force should make sure that missing children are risk assessed by a trained supervisor."
    afi_detail = ("Initial risk assessments of missing children were reviewed by a supervisor in only half of the "
                  "cases we looked at.")
    document.add_heading("Area for improvement", level=3)
    bold_paragraph(document, afi_text)
    document.add_paragraph(afi_detail)
    records["areas_for_improvement"].append(afi(None, force, "Responding to children at risk of harm", afi_text,
                                                afi_detail))

    area = "Investigating reports of abuse, neglect and exploitation of children"
    document.add_heading(area, level=1)
    document.add_paragraph("Our judgment: requires improvement")
    document.add_paragraph("The force’s specialist teams carry out thorough investigations. But many child abuse "
                           "investigations take too long, and officers don’t always update children and their "
                           "families.")
    document.add_heading("Areas for improvement", level=3)
    for text, detail in [
            ("The force should reduce delays in investigations of child abuse and make sure victims and their "
             "families are kept up to date.",
             "A third of the investigations we reviewed had been open for more than a year, and in many there had "
             "been no contact with the family for several months."),
            ("The force should make sure that achieving best evidence interviews are planned with a "
             "trained interview adviser.",
             "Interview plans were missing or incomplete in 14 of the 38 cases we reviewed.")]:
        bold_paragraph(document, text)
        document.add_paragraph(detail)
        records["areas_for_improvement"].append(afi(None, force, area, text, detail))

    document.add_heading("Working with safeguarding partners", level=1)
    document.add_paragraph("Our judgment: good")
    document.add_paragraph("The force is an active member of the seven local safeguarding partnerships in its area.")
    practice = "A shared exploitation hub with four local authorities"
    document.add_heading("Promising practice", level=3)
    bold_paragraph(document, practice)
    document.add_paragraph("Police staff, social workers and youth workers share one office and one list of "
                           "children at risk of exploitation, which means decisions are made on the same day.")
    records["findings"].append(finding(None, force, "promising_practice", "Working with safeguarding partners",
                                       practice))

    document.add_heading("Leadership and management", level=1)
    document.add_paragraph("Our judgment: adequate")
    lead_afi = "The force should make sure that its performance reports tell leaders how well it protects children."
    document.add_heading("Area for improvement", level=3)
    bold_paragraph(document, lead_afi)
    records["areas_for_improvement"].append(afi(None, force, "Child protection leadership", lead_afi))

    document.add_heading("Next steps", level=1)
    document.add_paragraph("We will ask the force to send us an action plan within six weeks of this report’s "
                           "publication. We will review its progress against the cause of concern and "
                           "recommendations in a post-inspection review.")
    return fixed_zip_times(docx_bytes(document)), records


# ---------------------------------------------------------------- 3. police and crime panel report, Word saved as PDF

def south_yorkshire_panel() -> tuple[bytes, dict]:
    force = "South Yorkshire Police"
    records = empty_records()
    title = "HMICFRS PEEL 2023–25 inspection of South Yorkshire Police"
    records["documents"].append({"page": None, "force": force, "status": "ok", "title": title,
                                 "meeting_date": "2026-03-05", "file_type": "pdf"})
    document = Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2.2)
    header = section.header.paragraphs[0]
    header.text = "South Yorkshire Police and Crime Panel"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(section.footer.paragraphs[0])
    section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    cover = document.add_table(rows=4, cols=2)
    cover.style = "Table Grid"
    for r, (label, value) in enumerate([("Meeting", "South Yorkshire Police and Crime Panel"),
                                        ("Date", "5 March 2026"), ("Report of", "The Mayor of South Yorkshire"),
                                        ("Agenda item", "8")]):
        set_cell(cover.cell(r, 0), label, bold=True)
        shade(cover.cell(r, 0), "#e7e6e6")
        set_cell(cover.cell(r, 1), value)
    document.add_paragraph()
    document.add_paragraph(title, style="Title")
    document.add_heading("1. Purpose of the report", level=1)
    document.add_paragraph("1.1 To inform the Panel of the outcome of His Majesty’s Inspectorate of Constabulary "
                           "and Fire & Rescue Services’ (HMICFRS) PEEL inspection of South Yorkshire Police, and of "
                           "the Mayor’s response under section 55 of the Police Act 1996.")
    document.add_heading("2. Background", level=1)
    document.add_paragraph("2.1 HMICFRS published its PEEL 2023–25 report on South Yorkshire Police on 22 January "
                           "2026. The inspection took place over several weeks in the summer of 2025.")
    document.add_paragraph("2.2 The previous PEEL report on the force, under the PEEL 2021/22 framework, was "
                           "published in September 2022. The table below sets the two sets of grades side by side. "
                           "Leadership and force management was not graded in 2021/22.")
    document.add_heading("3. Inspection grades", level=1)
    journey = [("Police powers and public treatment", "Good", "Adequate"),
               ("Preventing crime", "Outstanding", "Good"),
               ("Responding to the public", "Adequate", "Requires improvement"),
               ("Investigating crime", "Good", "Adequate"),
               ("Protecting vulnerable people", "Adequate", "Adequate"),
               ("Managing offenders", "Good", "Good"),
               ("Developing a positive workplace", "Good", "Requires improvement"),
               ("Leadership and force management", "Good", "Not graded")]
    table = grid_table(document, [["Area of policing", "PEEL 2023–25 grade", "PEEL 2021/22 grade"]]
                       + [list(row) for row in journey], [7.5, 4.2, 4.2], header_fill="#44546a")
    for r, (area, now, then) in enumerate(journey, start=1):
        shade(table.cell(r, 1), GRADE_FILL[now])
        records["grades"].append(grade(1, force, P2325, area, area, now, "2026-01"))
        if then in GRADE_FILL:
            shade(table.cell(r, 2), GRADE_FILL[then])
            records["grades"].append(grade(1, force, P2122, area, area, then, "2022-09"))
    document.add_paragraph()
    document.add_paragraph("3.1 The force has improved in five areas and has kept its grade in two. No area was "
                           "graded lower than in 2022. HMICFRS did not grade the service the force gives to victims "
                           "of crime.")
    document.add_heading("4. Areas for improvement", level=1)
    document.add_paragraph("4.1 The report sets out five areas for improvement and no causes of concern. The force’s "
                           "progress against each is summarised below and is monitored at the Mayor’s Public "
                           "Accountability Board.")
    afis = [("Responding to the public",
             "The force should make sure it identifies repeat victims and vulnerable callers when they first "
             "contact it.", "New call handling script in place since November 2025. Audit due April 2026.",
             "On track"),
            ("Responding to the public",
             "The force should reduce the number of non-emergency calls that are abandoned.",
             "Online reporting promoted; abandonment rate down from 22% to 14%.", "On track"),
            ("Protecting vulnerable people",
             "The force should make sure that officers complete a risk assessment at every domestic abuse "
             "incident.", "Compliance is 91% against a target of 98%. Supervisors now check each one.",
             "Some delay"),
            ("Protecting vulnerable people",
             "The force should improve how quickly it refers children at risk to social care.",
             "Referral pathway agreed with the four local authorities in January 2026.", "On track"),
            ("Police powers and public treatment",
             "The force should improve how it records the reasons for stop and search.",
             "Body-worn video review panel now meets monthly.", "Complete")]
    table = grid_table(document, [["PEEL area", "Area for improvement", "Progress", "Status"]]
                       + [list(row) for row in afis], [3.2, 6.0, 4.6, 2.7], header_fill="#44546a")
    status_fill = {"On track": "#c6efce", "Some delay": "#ffeb9c", "Complete": "#bdd7ee"}
    for r, (area, text, _, status) in enumerate(afis, start=1):
        shade(table.cell(r, 3), status_fill[status])
        records["areas_for_improvement"].append(afi(2, force, area, text))
    document.add_paragraph()
    document.add_heading("5. The Mayor’s comments", level=1)
    document.add_paragraph("5.1 I welcome this report, which shows the progress the force has made since 2022. I am "
                           "particularly pleased that it has been judged outstanding at preventing crime, which "
                           "reflects years of work with our communities and partners.")
    document.add_paragraph("5.2 I will continue to hold the Chief Constable to account for the five areas for "
                           "improvement through my Public Accountability Board.")
    document.add_heading("6. Recommendation", level=1)
    document.add_paragraph("6.1 The Panel is asked to note the report.")
    document.add_paragraph("Contact officer: Head of Governance, Policing and Crime Team")
    return docx_to_pdf(docx_bytes(document)), records



# ---------------------------------------------------------------- 4. PEEL 2021/22 report, Staffordshire (common form)

def staffordshire_2122() -> tuple[bytes, dict]:
    force, month = "Staffordshire Police", "2022-06"
    width = text_width()
    records = empty_records()
    title = "PEEL 2021/22: An inspection of Staffordshire Police"
    records["documents"].append({"page": None, "force": force, "status": "ok", "title": title,
                                 "doc_kind": "peel_report", "publication_date": "2022-06-14", "file_type": "pdf"})
    chart = {"Outstanding": [],
             "Good": [("Engaging with and treating the public with fairness and respect",
                       "Police powers and public treatment"),
                      ("Managing offenders and suspects", "Managing offenders"),
                      ("Recording data about crime", "Recording data about crime")],
             "Adequate": [("Preventing crime and anti-social behaviour", "Preventing crime"),
                          ("Protecting vulnerable people", "Protecting vulnerable people"),
                          ("Building, supporting and protecting the workforce", "Developing a positive workplace"),
                          ("Strategic planning, organisational management and value for money",
                           "Good use of resources")],
             "Requires improvement": [("Responding to the public", "Responding to the public"),
                                      ("Investigating crime", "Investigating crime")],
             "Inadequate": []}
    column = width / 5
    header = [Paragraph(f"<b>{word}</b>", CELL_CENTRE) for word in chart]
    body = [[Paragraph(raw, CELL) for raw, _ in areas] or [Paragraph("", CELL)] for areas in chart.values()]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a8a8a")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    style += [("BACKGROUND", (c, 0), (c, 0), colors.HexColor(GRADE_FILL[word])) for c, word in enumerate(chart)]
    for word, areas in chart.items():
        records["grades"] += [grade(1, force, P2122, area, raw, word, month) for raw, area in areas]
    story = [Paragraph("Police effectiveness, efficiency and legitimacy", KICKER), Paragraph(title, H1),
             Paragraph("Published: 14 June 2022", BODY),
             Paragraph("Overall summary", H2),
             Paragraph("Our judgments", H3),
             Paragraph("Our inspection assessed how good Staffordshire Police is in ten areas of policing. We make "
                       "graded judgments in nine of these ten as follows:", BODY),
             Table([header, body], colWidths=[column] * 5, style=style), Spacer(1, 6),
             Paragraph("We also inspected how effective a service the force gives to victims of crime. We don’t "
                       "grade this area.", BODY),
             Paragraph("We now inspect serious and organised crime at a regional level. We will publish our findings "
                       "on how the force disrupts serious organised crime in a separate report.", BODY),
             Paragraph("We set out our detailed findings about things the force is doing well and where the force "
                       "should improve in the rest of this report.", BODY),
             PageBreak()]
    story += [Paragraph("HM Inspector’s observations", H2),
              Paragraph("In our 2018/19 inspection we judged the force to require improvement in its effectiveness. "
                        "I am pleased that it has improved in several areas since then. But it needs to answer calls "
                        "from the public more quickly and to improve the quality of its investigations.", BODY)]
    cause_text = ("Staffordshire Police needs to improve how quickly it answers and responds to calls for service "
                  "from the public.")
    cause_detail = ("The force doesn’t answer enough emergency and non-emergency calls within its own targets, and "
                    "too many incidents that need an officer to attend are not attended on time.")
    lead_in = "By 30 September 2022, the force should:"
    recs = ["make sure it has enough trained call handlers on duty at times of peak demand;",
            "review how it grades incidents so that the most urgent calls are attended first; and",
            "make sure that callers who wait for a long time are told what will happen next."]
    story += [Paragraph("Responding to the public", H2),
              Paragraph("<b>Requires improvement</b>", BODY),
              Paragraph("Staffordshire Police requires improvement at responding to the public.", BODY),
              Paragraph("Cause of concern", LABEL), Paragraph(cause_text, BOLD_BODY), Paragraph(cause_detail, BODY),
              Paragraph("Recommendations", LABEL), Paragraph(lead_in, BODY), bullets(recs),
              Paragraph("Areas for improvement", LABEL)]
    records["causes_of_concern"].append(cause(2, force, "Responding to the public", cause_text, cause_detail))
    records["recommendations"] += [rec(2, force, t, "By 30 September 2022", lead_in, cause_text) for t in recs]
    resp_afis = ["The force needs to make sure that call handlers identify repeat callers and record their "
                 "vulnerability.",
                 "The force needs to improve how it tells victims when officers will be delayed."]
    for text in resp_afis:
        story.append(Paragraph(text, BOLD_BODY))
        records["areas_for_improvement"].append(afi(2, force, "Responding to the public", text))
    story.append(PageBreak())
    ic_afi = "The force needs to make sure that investigations are allocated to officers with the right skills."
    ic_detail = ("In a quarter of the cases we reviewed, a complex investigation had been given to an officer who "
                 "had not been trained to deal with it.")
    practice = "Wellbeing dogs at every police station"
    story += [Paragraph("Investigating crime", H2), Paragraph("<b>Requires improvement</b>", BODY),
              Paragraph("Staffordshire Police requires improvement at investigating crime.", BODY),
              Paragraph("Area for improvement", LABEL), Paragraph(ic_afi, BOLD_BODY), Paragraph(ic_detail, BODY),
              Paragraph("Building, supporting and protecting the workforce", H2), Paragraph("<b>Adequate</b>", BODY),
              Paragraph("Staffordshire Police is adequate at building, supporting and protecting the workforce.",
                        BODY),
              Paragraph("Innovative practice", LABEL), Paragraph(practice, BOLD_BODY),
              Paragraph("The force has trained eight dogs and their handlers to visit teams after traumatic "
                        "incidents, and staff told us they valued the visits.", BODY),
              Paragraph("Recording data about crime", H2), Paragraph("<b>Good</b>", BODY),
              Paragraph("Staffordshire Police is good at recording data about crime. We estimate that it records "
                        "94.1 percent of reported crime.", BODY)]
    records["areas_for_improvement"].append(afi(3, force, "Investigating crime", ic_afi, ic_detail))
    records["findings"].append(finding(3, force, "innovative_practice", "Developing a positive workplace", practice))
    data = build_pdf(story, title, "HMICFRS", "PEEL 2021/22 – Staffordshire Police", lambda page: str(page))
    return data, records


# ---------------------------------------------------------------- 5. accountability board paper: grade cells merged down

def merge_down(table, column: int, first: int, last: int, text: str, fill: str) -> None:
    merged = table.cell(first, column).merge(table.cell(last, column))
    set_cell(merged, text, bold=True)
    for paragraph in merged.paragraphs[1:]:  # merging leaves the other cells' empty paragraphs behind
        paragraph._p.getparent().remove(paragraph._p)
    shade(merged, fill)


def lincolnshire_board() -> tuple[bytes, dict]:
    force, month = "Lincolnshire Police", "2026-01"
    records = empty_records()
    title = "PEEL 2023–25 inspection: grades and improvement activity"
    records["documents"].append({"page": None, "force": force, "status": "ok", "title": title,
                                 "meeting_date": "2026-02-24", "file_type": "pdf"})
    document = Document()
    section = document.sections[0]
    for part in (section.header.paragraphs[0], section.footer.paragraphs[0]):
        part.text = "OFFICIAL"
        part.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(section.footer.add_paragraph(), prefix="")
    section.footer.paragraphs[1].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph("Police and Crime Commissioner for Lincolnshire").runs[0].bold = True
    document.add_paragraph("Police Accountability Board – 24 February 2026")
    document.add_paragraph("Agenda item 5 · Report of the Chief Constable")
    document.add_paragraph(title, style="Title")
    document.add_heading("1. Summary", level=1)
    document.add_paragraph("1.1 HMICFRS published its PEEL 2023–25 report on Lincolnshire Police on 15 January 2026. "
                           "This paper sets out the grades the force received and the work under way on the areas "
                           "for improvement.")
    document.add_heading("2. Grades awarded", level=1)
    document.add_paragraph("2.1 The inspectorate graded eight areas of policing. The table groups them by grade.")
    grouped = [("Good", ["Preventing crime", "Managing offenders", "Leadership and force management"]),
               ("Adequate", ["Police powers and public treatment", "Protecting vulnerable people",
                             "Developing a positive workplace"]),
               ("Requires improvement", ["Responding to the public", "Investigating crime"])]
    rows = [["Grade", "Area of policing"]]
    for word, areas in grouped:
        rows += [["", area] for area in areas]
    table = grid_table(document, rows, [4.5, 10.5], header_fill="#1f3864")
    first = 1
    for word, areas in grouped:
        merge_down(table, 0, first, first + len(areas) - 1, word, GRADE_FILL[word])
        records["grades"] += [grade(1, force, P2325, area, area, word, month) for area in areas]
        first += len(areas)
    document.add_paragraph()
    document.add_paragraph("2.2 The service the force gives to victims of crime was inspected but not graded. The "
                           "force was not graded as outstanding or inadequate in any area.")
    document.add_heading("3. Areas for improvement", level=1)
    document.add_paragraph("3.1 The report sets out five areas for improvement. Each has a chief officer lead and a "
                           "target date, and progress is reported to the Force Improvement Board every month.")
    plan = [("Responding to the public", [
                ("AFI 1", "The force should make sure that it answers non-emergency calls within a reasonable time.",
                 "ACC Operations", "June 2026"),
                ("AFI 2", "The force should make sure it records the vulnerability of callers at first contact.",
                 "ACC Operations", "April 2026")]),
            ("Investigating crime", [
                ("AFI 3", "The force should make sure that supervisors review investigations regularly and record "
                          "their direction.", "Head of Crime", "September 2026"),
                ("AFI 4", "The force should make sure it gives victims updates in line with the Victims’ Code.",
                 "Head of Crime", "July 2026")]),
            ("Developing a positive workplace", [
                ("AFI 5", "The force should make sure that its officers and staff have the time and support to "
                          "complete mandatory training.", "Director of People", "December 2026")])]
    rows = [["Ref", "Area for improvement", "Lead", "Target date"]]
    for area, items in plan:
        rows.append([area, "", "", ""])
        rows += [list(item) for item in items]
    table = grid_table(document, rows, [1.6, 8.6, 3.2, 2.6], header_fill="#1f3864")
    r = 1
    for area, items in plan:
        merged = table.cell(r, 0).merge(table.cell(r, 3))
        set_cell(merged, area, bold=True)
        for paragraph in merged.paragraphs[1:]:
            paragraph._p.getparent().remove(paragraph._p)
        shade(merged, "#d9e2f3")
        records["areas_for_improvement"] += [afi(2, force, area, text) for _, text, _, _ in items]
        r += len(items) + 1
    document.add_paragraph()
    document.add_heading("4. Next steps", level=1)
    document.add_paragraph("4.1 HMICFRS will monitor the force’s progress through its regular engagement. The next "
                           "PEEL inspection is expected in 2027.")
    document.add_heading("5. Recommendation", level=1)
    document.add_paragraph("5.1 The Commissioner is asked to note the grades and the improvement activity.")
    return docx_to_pdf(docx_bytes(document)), records



# ---------------------------------------------------------------- 6. OPCC briefing comparing a region's forces, Word

def cheshire_regional_comparison() -> tuple[bytes, dict]:
    force = "Cheshire Constabulary"
    records = empty_records()
    title = "North West forces: PEEL 2023–25 grades compared"
    records["documents"].append({"page": None, "force": force, "status": "ok", "title": title, "file_type": "docx"})
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Cm(1.8)
    section.header.paragraphs[0].text = "Office of the Police and Crime Commissioner for Cheshire · Briefing note"
    page_field(section.footer.paragraphs[0])
    document.add_paragraph(title, style="Title")
    labelled(document, "Prepared for: ", "Commissioner’s Scrutiny Board, 9 April 2026")
    labelled(document, "Prepared by: ", "Policy and Performance Officer, OPCC")
    document.add_heading("Purpose", level=1)
    document.add_paragraph("This note compares the PEEL 2023–25 grades of Cheshire Constabulary with those of the "
                           "other forces in the North West region, so that the Commissioner can see where Cheshire "
                           "stands against its neighbours. Each row is dated by the month that force’s report was "
                           "published.")
    document.add_heading("Grades by force", level=1)
    columns = [("PPPT", "Police powers and public treatment"), ("PC", "Preventing crime"),
               ("RttP", "Responding to the public"), ("IC", "Investigating crime"),
               ("PVP", "Protecting vulnerable people"), ("MO", "Managing offenders"),
               ("DPW", "Developing a positive workplace"), ("LFM", "Leadership and force management")]
    G, A, RI, O = "Good", "Adequate", "Requires improvement", "Outstanding"
    grid = [("Cheshire", "Cheshire Constabulary", "March 2025", "2025-03", [G, G, A, A, G, O, G, G]),
            ("Cumbria", "Cumbria Constabulary", "October 2024", "2024-10", [A, G, G, RI, A, G, A, A]),
            ("Greater Manchester", "Greater Manchester Police", "April 2025", "2025-04", [G, G, G, A, A, G, G, O]),
            ("Lancashire", "Lancashire Constabulary", "January 2026", "2026-01", [G, A, RI, A, A, G, A, G]),
            ("Merseyside", "Merseyside Police", "Not yet published", None, ["–"] * 8)]
    rows = [["Force", "Report published"] + [short for short, _ in columns]]
    rows += [[name, published] + cells for name, _, published, _, cells in grid]
    table = grid_table(document, rows, [3.4, 2.6] + [2.5] * 8, header_fill="#4b2e83")
    for row in table.rows:  # a dense grid: 9 pt, so that "Requires improvement" breaks between its words
        for run in (run for cell in row.cells for paragraph in cell.paragraphs for run in paragraph.runs):
            run.font.size = Pt(9)
    for r, (_, official, _, month, cells) in enumerate(grid, start=1):
        for c, word in enumerate(cells):
            if word in GRADE_FILL:
                shade(table.cell(r, c + 2), GRADE_FILL[word])
                records["grades"].append(grade(None, official, P2325, columns[c][1], None, word, month))
    key = document.add_paragraph()
    key.add_run("Key: ").bold = True
    key.add_run("; ".join(f"{short} – {long}" for short, long in columns)
                + ". Merseyside Police was inspected in autumn 2025; its report is expected in May 2026.")
    key.runs[1].font.size = Pt(9)
    document.add_heading("Observations", level=1)
    for text in ["Cheshire is the only force in the region graded outstanding at managing offenders.",
                 "Three of the four forces with published reports are graded adequate or lower at investigating "
                 "crime, in line with the national picture.",
                 "Greater Manchester Police has the most improved grades in the region since 2022."]:
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("Cheshire’s open areas for improvement", level=1)
    document.add_paragraph("Of the six areas for improvement in Cheshire’s report, three remain open:")
    open_afis = ["The force should make sure that victims of crime are given a needs assessment and that it is "
                 "recorded.",
                 "The force should make sure it answers non-emergency calls within its target time.",
                 "The force should improve how it manages the risk posed by registered sex offenders awaiting a "
                 "home visit."]
    for text in open_afis:
        document.add_paragraph(text, style="List Number")
        records["areas_for_improvement"].append(afi(None, force, None, text))
    document.add_heading("Recommendation", level=1)
    document.add_paragraph("The Board is asked to note the comparison. The OPCC will update it when Merseyside "
                           "Police’s report is published.")
    return fixed_zip_times(docx_bytes(document)), records


# ---------------------------------------------------------------- 7. force annual review: the grades as dots on a scale

def west_yorkshire_annual_review() -> tuple[bytes, dict]:
    force, month = "West Yorkshire Police", "2025-11"
    width = text_width()
    records = empty_records()
    title = "Annual Review 2025"
    records["documents"].append({"page": None, "force": force, "status": "ok", "title": title, "file_type": "pdf"})
    banner = ParagraphStyle("banner", fontName=BOLD, fontSize=26, leading=30, textColor=colors.white)
    sub = ParagraphStyle("sub", fontName=FONT, fontSize=12, leading=15, textColor=colors.white)
    story = [Table([[[Paragraph("West Yorkshire Police", sub), Paragraph(title, banner),
                      Paragraph("Keeping West Yorkshire safe, January to December 2025", sub)]]],
                   colWidths=[width], style=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#12284c")),
                                             ("LEFTPADDING", (0, 0), (-1, -1), 12),
                                             ("TOPPADDING", (0, 0), (-1, -1), 12),
                                             ("BOTTOMPADDING", (0, 0), (-1, -1), 14)]),
             Spacer(1, 10),
             Paragraph("Foreword from the Chief Constable", H2),
             Paragraph("2025 has been a year of real progress. Neighbourhood teams are back at full strength, we "
                       "answer emergency calls faster than ever, and more offenders are being brought to justice. "
                       "When the inspectorate last visited us, in 2022, it judged us adequate at investigating crime; "
                       "this year it judged us good, and I am proud of every officer and member of staff who made "
                       "that happen.", BODY),
             Paragraph("Our year in numbers", H2)]
    numbers = [("999 calls answered", "412,380"), ("Average answer time (999)", "6 seconds"),
               ("Arrests", "31,240"), ("Officers", "6,102"), ("Police staff", "4,377"),
               ("Volunteers and specials", "812")]
    story.append(Table([[Paragraph(f"<b>{value}</b>", CELL), Paragraph(label, CELL)] for label, value in numbers],
                       colWidths=[width * 0.3, width * 0.7],
                       style=[("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb"))]))
    story += [Paragraph("What the inspectors said", H2),
              Paragraph("His Majesty’s Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) "
                        "published its PEEL 2023–25 report on West Yorkshire Police in November 2025. The chart "
                        "shows where each area of policing sits on the inspectorate’s five-point scale.", BODY)]
    scale = ["Inadequate", "Requires improvement", "Adequate", "Good", "Outstanding"]
    placed = [("Police powers and public treatment", "Good"), ("Preventing crime", "Outstanding"),
              ("Responding to the public", "Good"), ("Investigating crime", "Good"),
              ("Protecting vulnerable people", "Adequate"), ("Managing offenders", "Good"),
              ("Developing a positive workplace", "Requires improvement"),
              ("Leadership and force management", "Good")]
    pdf_render._register_symbol_font()  # DejaVu Sans, for the dot
    dot = ParagraphStyle("dot", parent=CELL_CENTRE, fontName=pdf_render.SYMBOL_FONT, fontSize=14, leading=16)
    head = ParagraphStyle("scalehead", parent=CELL_CENTRE, fontName=BOLD, fontSize=8.5, leading=10.5)
    rows = [[Paragraph("<b>Area of policing</b>", CELL)] + [Paragraph(w, head) for w in scale]]
    style = [("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("LINEBELOW", (0, 0), (-1, 0), 1, colors.HexColor("#12284c"))]
    for area, word in placed:
        cells = [Paragraph(area, CELL)]
        for step in scale:
            mark = f'<font color="{GRADE_FILL[word]}">●</font>' if step == word else ""
            cells.append(Paragraph(mark, dot))
        rows.append(cells)
        records["grades"].append(grade(1, force, P2325, area, area, word, month))
    story += [Table(rows, colWidths=[width * 0.3] + [width * 0.14] * 5, style=style),
              Paragraph(f"<font name='{pdf_render.SYMBOL_FONT}'>●</font> marks the grade HMICFRS gave each area. The service we give to victims of crime was "
                        "inspected but not graded.", SMALL),
              PageBreak(),
              Paragraph("Where we need to do better", H2),
              Paragraph("The inspectors also told us where we must improve. They set out four areas for "
                        "improvement, including:", BODY)]
    afis = ["The force should make sure that its officers and staff receive regular wellbeing reviews.",
            "The force should make sure it understands why some officers leave in their first two years.",
            "The force should improve how it manages investigations into the online abuse of children."]
    story.append(bullets(afis))
    records["areas_for_improvement"] += [afi(2, force, None, text) for text in afis]
    story += [Paragraph("We have a plan for each of these, and the Mayor’s team checks our progress every quarter.",
                        BODY),
              Paragraph("Our priorities for 2026", H2)]
    priorities = [("Neighbourhood policing", "On track", "#c6efce"), ("Violence against women and girls",
                                                                     "On track", "#c6efce"),
                  ("Workforce wellbeing", "Needs attention", "#ffeb9c"), ("Road safety", "On track", "#c6efce")]
    story.append(Table([[Paragraph("<b>Priority</b>", CELL), Paragraph("<b>Status</b>", CELL)]]
                       + [[Paragraph(name, CELL), Paragraph(status, CELL)] for name, status, _ in priorities],
                       colWidths=[width * 0.6, width * 0.4],
                       style=[("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999"))]
                       + [("BACKGROUND", (1, r), (1, r), colors.HexColor(fill))
                          for r, (_, _, fill) in enumerate(priorities, start=1)]))
    story += [Paragraph("Thank you", H2),
              Paragraph("Thank you to our communities, our partners and the Mayor of West Yorkshire for their "
                        "support in 2025.", BODY)]
    data = build_pdf(story, title, "West Yorkshire Police", "", lambda page: f"West Yorkshire Police · {page}")
    return data, records



# ---------------------------------------------------------------- 8. OPCC heat map: grades told by colour and key only

def nottinghamshire_heat_map() -> tuple[bytes, dict]:
    force = "Nottinghamshire Police"
    pagesize = landscape(A4)
    width = text_width(pagesize)
    records = empty_records()
    title = "How Nottinghamshire compares: PEEL 2023–25 grades of similar forces"
    records["documents"].append({"page": None, "force": force, "status": "ok", "title": title,
                                 "meeting_date": "2026-03-12", "file_type": "pdf"})
    areas = ["Police powers and public treatment", "Preventing crime", "Responding to the public",
             "Investigating crime", "Protecting vulnerable people", "Managing offenders",
             "Developing a positive workplace", "Leadership and force management"]
    G, A, RI, O = "Good", "Adequate", "Requires improvement", "Outstanding"
    forces = [("Nottinghamshire", "Nottinghamshire Police", "December 2025", "2025-12", [G, A, A, RI, A, G, G, A]),
              ("Derbyshire", "Derbyshire Constabulary", "February 2026", "2026-02", [A, G, RI, A, RI, G, A, G]),
              ("South Yorkshire", "South Yorkshire Police", "January 2026", "2026-01", [G, O, A, G, A, G, G, G]),
              ("Staffordshire", "Staffordshire Police", "September 2025", "2025-09", [G, G, A, A, RI, G, A, A]),
              ("Northumbria", "Northumbria Police", "Awaiting report", None, [None] * 8)]
    not_published = "#d0d0d0"
    head = ParagraphStyle("heathead", parent=CELL, fontName=BOLD, fontSize=8.5, leading=10.5)
    rows = [[Paragraph("Force", head), Paragraph("Report published", head)] + [Paragraph(a, head) for a in areas]]
    style = [("GRID", (0, 0), (-1, -1), 1.5, colors.white), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ROWBACKGROUNDS", (0, 1), (1, -1), [colors.HexColor("#f5f5f5")])]
    for r, (name, official, published, month, cells) in enumerate(forces, start=1):
        rows.append([Paragraph(f"<b>{name}</b>", CELL), Paragraph(published, CELL)] + [""] * len(areas))
        for c, word in enumerate(cells, start=2):
            style.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(GRADE_FILL[word] if word else not_published)))
            if word:
                records["grades"].append(grade(1, official, P2325, areas[c - 2], areas[c - 2], word, month))
    heat = Table(rows, colWidths=[width * 0.14, width * 0.11] + [width * 0.09375] * 8,
                 rowHeights=[None] + [26] * len(forces), style=style)
    key_cells = [(word, GRADE_FILL[word]) for word in GRADE_FILL] + [("Not yet published", not_published)]
    key = Table([[item for word, _ in key_cells for item in ("", Paragraph(word, SMALL))]],
                colWidths=[12, 100] * len(key_cells),
                style=[("BACKGROUND", (2 * i, 0), (2 * i, 0), colors.HexColor(fill))
                       for i, (_, fill) in enumerate(key_cells)] + [("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    story = [Paragraph("Nottinghamshire Office of the Police and Crime Commissioner", KICKER),
             Paragraph("Performance and Accountability Board · 12 March 2026 · Item 6", KICKER),
             Paragraph(title, H1),
             Paragraph("HMICFRS published its PEEL 2023–25 report on Nottinghamshire Police on 4 December 2025. "
                       "This paper sets the force’s grades beside those of the forces in its most similar group whose "
                       "reports have been published. Each force’s row shows the month its report was published.",
                       BODY),
             Paragraph("Figure 1: PEEL 2023–25 grades, most similar group", H3), heat, Spacer(1, 6), key,
             Spacer(1, 8),
             Paragraph("Summary", H3),
             bullets(["Nottinghamshire is the only force in the group that requires improvement at investigating "
                      "crime.",
                      "Nottinghamshire received seven areas for improvement; the group average is six.",
                      "Northumbria Police was inspected in January 2026 and its report is awaited."]),
             PageBreak(),
             Paragraph("Figure 2: areas for improvement and causes of concern, by force", H3),
             Table([["Force", "Areas for improvement", "Causes of concern", "Innovative or promising practice"],
                    ["Nottinghamshire", "7", "0", "2"], ["Derbyshire", "6", "1", "1"],
                    ["South Yorkshire", "5", "0", "3"], ["Staffordshire", "6", "0", "1"]],
                   colWidths=[width * 0.25] * 4,
                   style=[("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                          ("FONTNAME", (0, 0), (-1, 0), BOLD), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4"))]),
             Spacer(1, 8),
             Paragraph("Recommendation", H3),
             Paragraph("The Board is asked to note the comparison and to ask the Chief Constable to report on "
                       "investigation standards at its next meeting.", BODY),
             Paragraph("Contact: Head of Strategy and Performance, Nottinghamshire OPCC", SMALL)]
    data = build_pdf(story, title, "Nottinghamshire OPCC", "OFFICIAL", lambda page: f"Page {page}", pagesize)
    return data, records


# ---------------------------------------------------------------- writing and checking

DOCUMENTS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "peel-2023-25-derbyshire-round34.pdf": derbyshire,
    "ncpi-west-midlands-round34.docx": west_midlands_ncpi,
    "south-yorkshire-mayor-pcp-peel-2026-03-05-round34.pdf": south_yorkshire_panel,
    "peel-2021-22-staffordshire-round34.pdf": staffordshire_2122,
    "lincolnshire-pab-peel-grades-2026-02-24-round34.pdf": lincolnshire_board,
    "cheshire-opcc-north-west-peel-compared-round34.docx": cheshire_regional_comparison,
    "west-yorkshire-police-annual-review-2025-round34.pdf": west_yorkshire_annual_review,
    "nottinghamshire-opcc-peel-heat-map-2026-03-12-round34.pdf": nottinghamshire_heat_map,
}


def squash(text: str) -> str:
    text = text.replace("’", "'").replace("–", "-")
    return re.sub(r"\s+", "", text).lower()


def check_pages(name: str, data: bytes, records: dict) -> None:
    """Every paged record's first words must be on its page of the PDF; the page count goes into the gold."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [squash(page.extract_text() or "") for page in pdf.pages]
    records["documents"][0]["pages"] = len(pages)
    for kind, items in records.items():
        for record in items:
            if kind == "documents":
                continue
            label = record.get("text") or record.get("area_raw") or record["grade"]
            probe = squash(label)[:14]
            if kind == "grades":  # narrow chart cells wrap and interleave: the area's first word is the probe
                probe = squash(label.split()[0])
            page = record["page"]
            if not (isinstance(page, int) and 1 <= page <= len(pages) and probe in pages[page - 1]):
                found = [n for n, text in enumerate(pages, start=1) if probe in text]
                raise SystemExit(f"{name}: {kind} {label[:50]!r} not on page {page} (found on {found})")


def main(names: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for name, build in DOCUMENTS.items():
        if names and name not in names:
            continue
        data, records = build()
        if name.endswith(".pdf"):
            check_pages(name, data, records)
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        print(name, len(data), {kind: len(items) for kind, items in records.items()})


if __name__ == "__main__":
    main(sys.argv[1:])
