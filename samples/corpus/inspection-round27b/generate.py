"""Inspection blind round 27b (issue 3): a force's inspection grades as others print them.

Seven documents made by people other than HMICFRS: a PCC's annual report, two police and crime
panel reports, a force board paper, a force's news page printed from a browser, an OPCC comparison
with the most similar group of forces, and a chief constable's report to the panel on a child
protection inspection. Names, figures, grades and wording are invented.

    .venv/bin/python samples/corpus/inspection-round27b/generate.py [file ...]

writes the named documents (or all) into this folder and their gold into gold/. Deterministic:
ReportLab invariant mode, fixed Word core properties and zip times, office_pdf's pinned LibreOffice
export (needs `soffice`).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, ListFlowable, ListItem, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))  # inspection_render imports samples/generator
from inspection_render import GRADE_FILL, fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

CHECKED = ("Written by hand in samples/corpus/inspection-round27b/generate.py beside the text it describes, "
           "blind (no extractor code, extractor test or earlier round's generator read); PDF pages found "
           "with pdfplumber and checked against `scrutiny inspect`.")
PEEL = "PEEL 2023-25"
CP = "Child protection"
RAG_FILL = {"Green": "#6cb33f", "Amber": "#f2c12e", "Red": "#c8102e", "Complete": "#6cb33f"}

# ---------------------------------------------------------------- gold


def grade(page, force, framework, area, area_raw, value, as_of):
    return {"page": page, "force": force, "framework": framework, "area": area, "area_raw": area_raw,
            "grade": value, "as_of": as_of}


def afi(page, force, area, text, detail=None):
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


class Pages:
    """The first page of a PDF whose text holds a phrase (whitespace collapsed); None for Word."""

    def __init__(self, data: bytes | None):
        self.texts = []
        if data is not None:
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                self.texts = [re.sub(r"\s+", " ", page.extract_text() or "") for page in pdf.pages]

    def __call__(self, phrase: str) -> int | None:
        if not self.texts:
            return None
        for number, text in enumerate(self.texts, start=1):
            if phrase in text:
                return number
        raise ValueError(f"phrase not found in the PDF: {phrase!r}")

    @property
    def count(self) -> int:
        return len(self.texts)


# ---------------------------------------------------------------- ReportLab

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6, alignment=TA_LEFT)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11, spaceAfter=2)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
CELL_BOLD = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=20, leading=25, spaceAfter=10)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=6)
H3 = ParagraphStyle("h3", parent=BODY, fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4)


def bullets(items: list[str], style: ParagraphStyle = BODY) -> ListFlowable:
    return ListFlowable([ListItem(Paragraph(item, style), leftIndent=14) for item in items],
                        bulletType="bullet", start="•", leftIndent=14, bulletFontSize=9)


def grid(rows: list[list[str]], widths: list[float], fills: dict[tuple[int, int], str] | None = None,
         header_fill: str = "#d9d9d9", bold_rows: tuple[int, ...] = ()) -> Table:
    cells = [[Paragraph(text, CELL_BOLD if r == 0 or r in bold_rows else CELL) for text in row]
             for r, row in enumerate(rows)]
    table = Table(cells, colWidths=widths, repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(header_fill)),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    style += [("BACKGROUND", (c, r), (c, r), colors.HexColor(fill)) for (r, c), fill in (fills or {}).items()]
    table.setStyle(TableStyle(style))
    return table


def reportlab_pdf(flowables: list, title: str, author: str, furniture: Callable, pagesize=A4) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title=title, author=author,
                            creator="samples/corpus/inspection-round27b/generate.py", invariant=1)
    doc.build(flowables, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


# ---------------------------------------------------------------- Word


def new_word(header: str, footer: str, landscape_page: bool = False) -> Document:
    document = Document()
    section = document.sections[0]
    if landscape_page:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Cm(2.2)
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    section.header.paragraphs[0].text = header
    paragraph = section.footer.paragraphs[0]
    paragraph.add_run(footer + " – Page ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
    return document


def bold_line(document: Document, text: str, size: float | None = None) -> None:
    run = document.add_paragraph().add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


def shade(cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#").upper())
    properties.append(shading)


def word_table(document: Document, rows: list[list[str]], widths: list[float],
               fills: dict[tuple[int, int], str] | None = None) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = Cm(width)  # LibreOffice reads the grid's column widths, not the cells'
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Cm(widths[c])
            run = cell.paragraphs[0].add_run(text)
            run.font.size = Pt(10)
            run.bold = r == 0
            if r == 0:
                shade(cell, "#d9d9d9")
    header_properties = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    header_properties.append(repeat)
    for (r, c), fill in (fills or {}).items():
        shade(table.cell(r, c), fill)
    document.add_paragraph()


def word_bytes(document: Document, title: str, author: str) -> bytes:
    properties = document.core_properties
    properties.title, properties.author, properties.last_modified_by = title, author, author
    properties.created = properties.modified = dt.datetime(2026, 1, 1, 9, 0, 0)
    properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip_times(buffer.getvalue())


# ================================================================ 1. PCC annual report (ReportLab)

AVON = "Avon and Somerset Constabulary"


def avon_annual_report() -> tuple[bytes, dict]:
    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(20 * mm, 10 * mm, "Avon and Somerset Police and Crime Commissioner – Annual Report 2025/26")
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, str(doc.page))
        canvas.restoreState()

    grades = [("Police powers and public treatment", "Good"), ("Preventing crime", "Good"),
              ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
              ("Protecting vulnerable people", "Adequate"), ("Managing offenders", "Good"),
              ("Developing a positive workplace", "Adequate"), ("Leadership and force management", "Good")]
    pairs = [["Area of policing", "Grade", "Area of policing", "Grade"]]
    fills = {}
    for row in range(4):
        left, right = grades[2 * row], grades[2 * row + 1]
        pairs.append([left[0], left[1], right[0], right[1]])
        fills[(row + 1, 1)] = GRADE_FILL[left[1]]
        fills[(row + 1, 3)] = GRADE_FILL[right[1]]
    afis = ["The constabulary should make sure it answers non-emergency calls promptly and that callers who "
            "abandon a call are contacted again where there is a risk.",
            "The constabulary should improve the supervision of investigations so that investigation plans are "
            "followed and victims are kept informed.",
            "The constabulary should reduce its backlog of vetting renewals and record the reasons for its "
            "vetting decisions."]
    story = [
        Paragraph("Avon and Somerset Police and Crime Commissioner", H3),
        Paragraph("Annual Report 2025/26", H1),
        Paragraph("Published: 30 June 2026", BODY),
        Paragraph("Contents", H2),
        bullets(["Foreword", "1. Our Police and Crime Plan", "2. Performance", "3. Holding the Chief Constable to "
                 "account", "4. How HMICFRS graded us", "5. Other inspections", "6. Finance", "7. Contact us"]),
        Paragraph("Foreword", H2),
        Paragraph("This is my second annual report as Police and Crime Commissioner. It sets out what has been "
                  "delivered against the Police and Crime Plan during 2025/26, how I have held the Chief Constable to "
                  "account on behalf of the public, and how the money raised through the policing precept has "
                  "been spent.", BODY),
        Paragraph("The year has seen more officers in neighbourhoods, faster answering of emergency calls and a "
                  "clear plan to improve the service given to victims. There is more to do, and the findings of "
                  "the national inspectorate, summarised in section 4, give a fair picture of where the "
                  "constabulary is strong and where it must improve.", BODY),
        Paragraph("1. Our Police and Crime Plan", H2),
        Paragraph("The plan, refreshed in April 2025, has four priorities:", BODY),
        bullets(["preventing and fighting crime in every neighbourhood", "engaging, supporting and working with "
                 "communities, victims and partner organisations", "leading the police to be efficient and "
                 "effective", "increasing the legitimacy of, and public confidence in, the police and criminal "
                 "justice system"]),
        PageBreak(),
        Paragraph("2. Performance", H2),
        Paragraph("Table 1 shows the measures I report to the Police and Crime Panel each quarter.", BODY),
        grid([["Measure", "2024/25", "2025/26"],
              ["999 calls answered within 10 seconds", "81.4%", "88.9%"],
              ["101 calls answered within 3 minutes", "52.0%", "61.7%"],
              ["Victims satisfied with the overall service", "69%", "72%"],
              ["Positive outcomes for domestic abuse crimes", "11.2%", "12.6%"],
              ["Neighbourhood officers and PCSOs in post", "612", "658"]],
             [95 * mm, 37 * mm, 37 * mm]),
        Spacer(1, 8),
        Paragraph("3. Holding the Chief Constable to account", H2),
        Paragraph("I hold the Chief Constable to account at a monthly Police and Crime Board, held in public "
                  "twice a year. During the year the Board looked closely at call handling, the timeliness of "
                  "investigations, the use of stop and search and the support given to victims of rape and "
                  "serious sexual offences. Independent scrutiny panels of residents reviewed body-worn video "
                  "of stop and search encounters and a sample of out-of-court resolutions.", BODY),
        Paragraph("4. How HMICFRS graded us", H2),
        Paragraph("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) inspected "
                  "the constabulary in the spring of 2025 as part of its PEEL 2023–25 programme and published its "
                  "report in November 2025. The grades it gave are set out in Table 2.", BODY),
        Paragraph("<b>Table 2: PEEL 2023–25 grades for Avon and Somerset Constabulary</b>", SMALL),
        grid(pairs, [52 * mm, 33 * mm, 52 * mm, 33 * mm], fills),
        Spacer(1, 8),
        Paragraph("The inspectorate did not grade how well the constabulary records crime; it reported on crime "
                  "recording separately and found it to be accurate in most cases it checked.", BODY),
        Paragraph("When HMICFRS last inspected the constabulary, in 2022, it judged that investigating crime "
                  "required improvement. I welcome the progress the inspectors recognised, but responding to the "
                  "public now needs the same determined effort.", BODY),
        Paragraph("The report raised no causes of concern. It set out seven areas for improvement. I have asked "
                  "the Chief Constable for a monthly update on the three below:", BODY),
        bullets(afis),
        Paragraph("5. Other inspections", H2),
        Paragraph("HMICFRS also published national thematic reports during the year, among them reports on "
                  "the police response to stalking, on activism and impartiality, and on the policing of "
                  "protests. Each report and my response to it is published on my website.", BODY),
        Paragraph("6. Finance", H2),
        Paragraph("The net revenue budget for 2025/26 was £412.6 million. Table 3 shows how it was spent.", BODY),
        grid([["Budget line", "£ million"], ["Police officer pay", "241.3"], ["Police staff pay", "98.7"],
              ["Premises and transport", "27.9"], ["Supplies and services", "31.2"],
              ["Commissioning of victim services", "6.4"], ["Office of the PCC", "2.1"], ["Capital financing", "5.0"]],
             [95 * mm, 40 * mm]),
        Spacer(1, 8),
        Paragraph("7. Contact us", H2),
        Paragraph("Office of the Police and Crime Commissioner, Valley Road, Portishead. Telephone 01275 000 000. "
                  "This report is available in other formats on request.", BODY),
    ]
    data = reportlab_pdf(story, "Annual Report 2025/26", "Office of the Police and Crime Commissioner", furniture)
    page = Pages(data)
    table_page = page("Table 2: PEEL 2023–25 grades")
    records = {
        "documents": [{"page": None, "force": AVON, "status": "ok", "title": "Annual Report 2025/26",
                       "publication_date": "2026-06-30", "file_type": "pdf", "pages": page.count}],
        "grades": [grade(table_page, AVON, PEEL, area, area, value, "2025-11") for area, value in grades],
        "areas_for_improvement": [afi(page(text[:60]), AVON, None, text) for text in afis],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


# ================================================================ 2. PCP report, "Area: Grade" lines (Word)

NOTTS = "Nottinghamshire Police"


def nottinghamshire_panel() -> tuple[bytes, dict]:
    grades = [("Police powers and public treatment", "Adequate"), ("Preventing crime and antisocial behaviour", "Good"),
              ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
              ("Protecting vulnerable people", "Adequate"), ("Managing offenders and suspects", "Good"),
              ("Developing a positive workplace", "Requires improvement"), ("Leadership and force management", "Adequate")]
    canonical = {"Preventing crime and antisocial behaviour": "Preventing crime",
                 "Managing offenders and suspects": "Managing offenders"}
    afis = {
        "Responding to the public": [
            "The force should make sure that it answers non-emergency calls within a reasonable time and that it "
            "monitors the number of callers who abandon their call.",
            "The force should make sure it attends incidents within the times it sets, and that it tells callers "
            "when attendance will be delayed."],
        "Investigating crime": [
            "The force should make sure that investigations are supervised effectively and that supervisors "
            "record their reviews."],
        "Protecting vulnerable people": [
            "The force should improve how it uses domestic violence protection notices and orders to safeguard "
            "victims."],
        "Developing a positive workplace": [
            "The force should understand why its officers and staff feel that their wellbeing is not supported, "
            "and act on what it finds.",
            "The force should make sure that its officers receive the training they need for their role, and "
            "that it records the training they have completed."],
        "Leadership and force management": [
            "The force should improve its understanding of the demand it faces so that it can plan its "
            "workforce for the future."],
    }
    document = new_word("OFFICIAL", "Nottinghamshire Police and Crime Panel – 9 February 2026")
    bold_line(document, "Nottinghamshire Police and Crime Panel", 14)
    document.add_paragraph("Date of meeting: 9 February 2026")
    document.add_paragraph("Agenda item: 7")
    document.add_paragraph("Report of the Police and Crime Commissioner")
    document.add_heading("HMICFRS PEEL inspection 2023–25: Nottinghamshire Police", level=1)
    document.add_heading("1. Purpose of the report", level=2)
    document.add_paragraph("1.1 To inform the Panel of the findings of His Majesty's Inspectorate of Constabulary "
                           "and Fire & Rescue Services (HMICFRS) in its latest PEEL inspection of the force, and of "
                           "how the Commissioner will oversee the force's response.")
    document.add_heading("2. Recommendation", level=2)
    document.add_paragraph("2.1 The Panel is asked to note the report and to comment on the Commissioner's "
                           "arrangements for monitoring progress.")
    document.add_heading("3. Background", level=2)
    document.add_paragraph("3.1 HMICFRS published its PEEL 2023–25 report on Nottinghamshire Police on 11 December "
                           "2025. Inspectors visited the force in June 2025 and reviewed a sample of crime files, "
                           "calls for service and custody records.")
    document.add_paragraph("3.2 PEEL reports grade a force in eight areas of policing on a five-point scale: "
                           "outstanding, good, adequate, requires improvement or inadequate.")
    document.add_heading("4. Summary of grades", level=2)
    document.add_paragraph("4.1 Inspectors graded the force as follows:")
    for area, value in grades:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(1)
        paragraph.paragraph_format.space_after = Pt(2)
        paragraph.add_run(area).bold = True
        paragraph.add_run(": " + value)
    document.add_paragraph("4.2 HMICFRS does not grade how well a force records crime. It found that the force's "
                           "crime recording was accurate in most of the incidents it reviewed.")
    document.add_paragraph("4.3 At the previous inspection, in 2022, responding to the public was graded as "
                           "inadequate, so the current grade shows progress, although the Commissioner expects "
                           "further improvement in call handling.")
    document.add_heading("5. Areas for improvement", level=2)
    document.add_paragraph("5.1 The report sets out seven areas for improvement. They are listed below under the "
                           "area of policing in which HMICFRS raised them.")
    for area, items in afis.items():
        document.add_heading(area, level=3)
        for text in items:
            document.add_paragraph(text, style="List Bullet")
    document.add_heading("6. Causes of concern", level=2)
    document.add_paragraph("6.1 HMICFRS did not raise any cause of concern about the force.")
    document.add_heading("7. The Commissioner's oversight", level=2)
    document.add_paragraph("7.1 The force has drawn up an improvement plan with a named chief officer for each area "
                           "for improvement. Progress will be reported to the Commissioner's Strategic Resources "
                           "and Performance meeting each quarter, and the Panel will receive an update in the "
                           "autumn.")
    document.add_heading("8. Financial implications", level=2)
    document.add_paragraph("8.1 There are no direct financial implications arising from this report.")
    document.add_paragraph("Contact officer: Head of Strategy and Assurance, Office of the Police and Crime "
                           "Commissioner")
    data = word_bytes(document, "HMICFRS PEEL inspection 2023–25: Nottinghamshire Police", "OPCC Nottinghamshire")
    records = {
        "documents": [{"page": None, "force": NOTTS, "status": "ok", "doc_kind": "scrutiny_pack",
                       "title": "HMICFRS PEEL inspection 2023–25: Nottinghamshire Police",
                       "meeting_date": "2026-02-09", "file_type": "docx"}],
        "grades": [grade(None, NOTTS, PEEL, canonical.get(area, area), area, value, "2025-12") for area, value in grades],
        "areas_for_improvement": [afi(None, NOTTS, area, text) for area, items in afis.items() for text in items],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


# ================================================================ 3. PCP report, grades in brackets after area headings (Word)

DERBYS = "Derbyshire Constabulary"


def derbyshire_panel() -> tuple[bytes, dict]:
    cause = ("The constabulary does not carry out effective investigations consistently enough, and too many "
             "victims are not kept informed of the progress of their case.")
    lead_in = "Within six months, the constabulary should:"
    recs = ["make sure every investigation has a plan that is set and reviewed by a supervisor",
            "make sure victims are updated in line with the Code of Practice for Victims of Crime",
            "reduce the number of investigations that are closed without a suspect being identified where "
            "reasonable lines of enquiry remain"]
    sections = [
        ("Police powers and public treatment", "Good",
         "Inspectors found that officers understand the importance of treating people fairly and that the "
         "constabulary scrutinises its use of stop and search and force through an independent panel.",
         []),
        ("Preventing crime and antisocial behaviour", "Good",
         "Neighbourhood teams work well with partners to solve local problems, and the constabulary evaluates "
         "what works.", []),
        ("Responding to the public", "Adequate",
         "Emergency calls are answered quickly, but the constabulary does not always attend incidents within "
         "its target times.",
         ["The constabulary should make sure that repeat and vulnerable callers are identified when they first "
          "make contact."]),
        ("Investigating crime", "Inadequate",
         "Inspectors reviewed 70 crime files and found that too many investigations lacked supervision and "
         "a clear plan.",
         ["The constabulary should make sure it uses outcome codes correctly when it closes an investigation."]),
        ("Protecting vulnerable people", "Adequate",
         "The constabulary identifies vulnerability well when people first make contact, but its management "
         "of high-risk domestic abuse cases is inconsistent.",
         ["The constabulary should improve how it records the voice of the child when it attends domestic "
          "abuse incidents.",
          "The constabulary should make sure that missing children who are found are offered a return "
          "home interview."]),
        ("Managing offenders and suspects", "Requires improvement",
         "The constabulary has a backlog of visits to registered sex offenders and does not always arrest "
         "wanted suspects promptly.",
         ["The constabulary should reduce its backlog of active risk management visits to registered sex "
          "offenders."]),
        ("Developing a positive workplace", "Adequate",
         "The workforce feels supported, but the constabulary should do more to understand why officers "
         "leave in their first years of service.", []),
        ("Leadership and force management", "Good",
         "Chief officers set a clear direction and the constabulary plans well for the future.", []),
    ]
    canonical = {"Preventing crime and antisocial behaviour": "Preventing crime",
                 "Managing offenders and suspects": "Managing offenders"}
    document = new_word("OFFICIAL", "Derbyshire Police and Crime Panel – 5 March 2026")
    bold_line(document, "Derbyshire Police and Crime Panel", 14)
    document.add_paragraph("5 March 2026")
    document.add_paragraph("Report of the Police and Crime Commissioner")
    document.add_heading("PEEL 2023–25 inspection of Derbyshire Constabulary: summary of findings", level=1)
    document.add_heading("1. Purpose", level=2)
    document.add_paragraph("To give the Panel a summary of HMICFRS's findings, area by area, and of the actions "
                           "the Commissioner has asked the Chief Constable to take.")
    document.add_heading("2. Background", level=2)
    document.add_paragraph("HMICFRS published its report on 29 January 2026, after inspecting the constabulary in "
                           "July and September 2025. The constabulary was graded good in three areas, adequate in "
                           "three, requires improvement in one and inadequate in one. Each heading in section 3 "
                           "shows the grade in brackets.")
    document.add_heading("3. Findings by area", level=2)
    for number, (area, value, summary, items) in enumerate(sections, start=1):
        document.add_heading(f"3.{number} {area} ({value})", level=3)
        document.add_paragraph(summary)
        if area == "Investigating crime":
            bold_line(document, "Cause of concern")
            quote = document.add_paragraph()
            quote.paragraph_format.left_indent = Cm(1)
            quote.add_run(cause).italic = True
            bold_line(document, "Recommendations")
            document.add_paragraph(lead_in)
            for text in recs:
                document.add_paragraph(text, style="List Bullet")
        if items:
            bold_line(document, "Areas for improvement" if len(items) > 1 else "Area for improvement")
            for text in items:
                document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph("No areas for improvement were identified in this area.")
    document.add_heading("4. Ungraded findings", level=2)
    document.add_paragraph("The inspectorate found the constabulary's crime recording to be accurate; it does not "
                           "grade this area.")
    document.add_heading("5. Next steps", level=2)
    document.add_paragraph("The Commissioner will hold the Chief Constable to account for the cause of concern at "
                           "each monthly Accountability Meeting until HMICFRS has revisited the constabulary. The "
                           "Panel is asked to note this report.")
    data = word_bytes(document, "PEEL 2023–25 inspection of Derbyshire Constabulary", "OPCC Derbyshire")
    records = {
        "documents": [{"page": None, "force": DERBYS, "status": "ok", "doc_kind": "scrutiny_pack",
                       "title": "PEEL 2023–25 inspection of Derbyshire Constabulary: summary of findings",
                       "meeting_date": "2026-03-05", "file_type": "docx"}],
        "grades": [grade(None, DERBYS, PEEL, canonical.get(area, area), area, value, "2026-01")
                   for area, value, _, _ in sections],
        "areas_for_improvement": [afi(None, DERBYS, canonical.get(area, area), text)
                                  for area, _, _, items in sections for text in items],
        "causes_of_concern": [{"page": None, "force": DERBYS, "area": "Investigating crime", "text": cause,
                               "detail": None}],
        "recommendations": [{"page": None, "force": DERBYS, "text": text, "timescale": "Within six months",
                             "lead_in": lead_in, "cause_of_concern_text": cause} for text in recs],
    }
    return data, records


# ================================================================ 4. Force board paper, grade in each section heading (Word -> PDF)

LINCS = "Lincolnshire Police"


def lincolnshire_board() -> tuple[bytes, dict]:
    sections = [
        ("Police Powers and Public Treatment", "Police powers and public treatment", "Good", [
            ("AFI 1", "The force should make sure its officers record the grounds for every stop and search, and "
                      "that supervisors review the records.", "Supt Operations", "Dip sampling of 200 records a month "
                      "began in February; grounds recorded as reasonable in 91%.", "Green")]),
        ("Preventing Crime", "Preventing crime", "Good", []),
        ("Responding to the Public", "Responding to the public", "Requires Improvement", [
            ("AFI 2", "The force should answer emergency and non-emergency calls within national standards.",
             "Head of Contact Management", "Twelve call handlers recruited; 999 answer rate 86% in March.", "Amber"),
            ("AFI 3", "The force should make sure that it uses THRIVE consistently when it assesses risk at first "
                      "contact.", "Head of Contact Management", "Refresher training 64% complete.", "Amber"),
            ("AFI 4", "The force should make sure it attends incidents within the times it has set, and updates "
                      "callers when attendance is delayed.", "Ch Supt Local Policing", "Call-back process live in "
                      "two of three divisions.", "Red")]),
        ("Investigating Crime", "Investigating crime", "Adequate", [
            ("AFI 5", "The force should make sure that victims' decisions to withdraw support for an investigation "
                      "are recorded, with the reasons.", "Head of Crime", "New form in Niche from 1 March.", "Green")]),
        ("Protecting Vulnerable People", "Protecting vulnerable people", "Adequate", [
            ("AFI 6", "The force should make sure that officers complete a risk assessment at every domestic abuse "
                      "incident they attend.", "Head of Public Protection", "Compliance 93% in the last quarter.",
             "Green"),
            ("AFI 7", "The force should improve how it manages the risk posed by people who view indecent images of "
                      "children online.", "Head of Public Protection", "Triage backlog reduced from 140 to 85.",
             "Amber")]),
        ("Managing Offenders", "Managing offenders", "Outstanding", []),
        ("Developing a Positive Workplace", "Developing a positive workplace", "Adequate", [
            ("AFI 8", "The force should make sure that its officers and staff have regular well-being "
                      "conversations with their line manager.", "Head of People Services", "Complete: recorded in "
                      "the new performance system.", "Complete")]),
        ("Leadership and Force Management", "Leadership and force management", "Requires Improvement", [
            ("AFI 9", "The force should make sure its force management statement reflects the demand it "
                      "faces and that it uses this to plan its workforce.", "Director of Finance",
             "Demand model commissioned; due June 2026.", "Amber")]),
    ]
    document = new_word("OFFICIAL", "Lincolnshire Police – Strategic Improvement Board – 21 April 2026")
    bold_line(document, "Lincolnshire Police", 12)
    bold_line(document, "Strategic Improvement Board – 21 April 2026")
    document.add_heading("PEEL 2023–25: progress against areas for improvement", level=1)
    document.add_heading("1. Purpose", level=2)
    document.add_paragraph("1.1 This paper updates the Board on the force's progress against the areas for "
                           "improvement in HMICFRS's PEEL 2023–25 report.")
    document.add_heading("2. Background", level=2)
    document.add_paragraph("2.1 HMICFRS published its PEEL 2023–25 report on the force on 4 December 2025. The "
                           "report raised no causes of concern and nine areas for improvement.")
    document.add_paragraph("2.2 Section 3 reports progress area by area. Each heading gives the area of policing "
                           "and the grade HMICFRS awarded it. RAG status: Green – on track; Amber – some risk to "
                           "delivery; Red – off track; Complete – evidence submitted for closure.")
    document.add_heading("3. Progress by area", level=2)
    for number, (heading, _, value, rows) in enumerate(sections, start=1):
        document.add_heading(f"3.{number} {heading} – {value}", level=3)
        if not rows:
            document.add_paragraph("HMICFRS made no areas for improvement in this area.")
            continue
        table_rows = [["Ref", "Area for improvement", "Lead", "Update", "RAG"]] + [list(row) for row in rows]
        word_table(document, table_rows, [1.5, 6.5, 2.6, 4.4, 1.8],
                   {(r, 4): RAG_FILL[row[4]] for r, row in enumerate(rows, start=1)})
    document.add_heading("4. Next steps", level=2)
    document.add_paragraph("4.1 AFI 8 will be submitted to HMICFRS for closure. The Board is asked to note the "
                           "progress made and the risk to delivery of AFI 4.")
    data = docx_to_pdf(word_bytes(document, "PEEL 2023–25: progress against areas for improvement", "Lincolnshire Police"))
    page = Pages(data)
    canonical_grade = {"Requires Improvement": "Requires improvement"}
    records = {
        "documents": [{"page": None, "force": LINCS, "status": "ok",
                       "title": "PEEL 2023–25: progress against areas for improvement",
                       "meeting_date": "2026-04-21", "file_type": "pdf", "pages": page.count}],
        "grades": [grade(page(f"3.{number} {heading} – {value}"), LINCS, PEEL, area, heading,
                         canonical_grade.get(value, value), "2025-12")
                   for number, (heading, area, value, _) in enumerate(sections, start=1)],
        "areas_for_improvement": [afi(page(ref), LINCS, area, text)
                                  for _, area, _, rows in sections for ref, text, *_ in rows],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


# ================================================================ 5. Force news page printed from a browser (ReportLab)

LEICS = "Leicestershire Police"


def leicestershire_news() -> tuple[bytes, dict]:
    url = "https://www.leics.police.uk/news/leicestershire/news/2026/january/inspectors-rate-force-good-in-three-areas/"
    headline = "Inspectors rate Leicestershire Police good in three areas"

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(12 * mm, A4[1] - 8 * mm, "15/01/2026, 11:42")
        canvas.drawCentredString(A4[0] / 2, A4[1] - 8 * mm, headline + " | Leicestershire Police")
        canvas.drawString(12 * mm, 7 * mm, url)
        canvas.drawRightString(A4[0] - 12 * mm, 7 * mm, f"{doc.page}/2")
        canvas.restoreState()

    grouped = [("Good", ["police powers and public treatment", "preventing crime and antisocial behaviour",
                         "managing offenders and suspects"]),
               ("Adequate", ["responding to the public", "protecting vulnerable people",
                             "leadership and force management"]),
               ("Requires improvement", ["investigating crime", "building, supporting and protecting the workforce"])]
    canonical = {"police powers and public treatment": "Police powers and public treatment",
                 "preventing crime and antisocial behaviour": "Preventing crime",
                 "managing offenders and suspects": "Managing offenders",
                 "responding to the public": "Responding to the public",
                 "protecting vulnerable people": "Protecting vulnerable people",
                 "leadership and force management": "Leadership and force management",
                 "investigating crime": "Investigating crime",
                 "building, supporting and protecting the workforce": "Developing a positive workplace"}
    nav = ParagraphStyle("nav", parent=SMALL, textColor=colors.HexColor("#1d4f91"))
    story = [
        Paragraph("Skip to main content", nav),
        Paragraph("Leicestershire Police &nbsp;&nbsp; Report &nbsp;&nbsp; Apply &nbsp;&nbsp; Pay &nbsp;&nbsp; "
                  "Contact us &nbsp;&nbsp; News &nbsp;&nbsp; Search", nav),
        Paragraph("Home &gt; News &gt; Leicestershire &gt; News", nav),
        Spacer(1, 6),
        Paragraph(headline, H1),
        Paragraph("Posted on 15 January 2026 at 09:00 &nbsp;&nbsp; News article", SMALL),
        Spacer(1, 6),
        Paragraph("Leicestershire Police has been rated good in three of the eight areas assessed by the "
                  "policing inspectorate, in a report published today (15 January 2026).", BODY),
        Paragraph("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) inspected "
                  "the force in June 2025 as part of its PEEL 2023–25 programme, which looks at police "
                  "effectiveness, efficiency and legitimacy. Forces are graded outstanding, good, adequate, "
                  "requires improvement or inadequate.", BODY),
        Paragraph("The force was graded as follows:", BODY),
    ]
    for value, areas in grouped:
        story += [Paragraph(f"<b>{value}</b>", BODY), bullets(areas)]
    story += [
        Paragraph("Inspectors also looked at how well the force records crime, which they do not grade, and found "
                  "its recording to be accurate.", BODY),
        Paragraph("Chief Constable Rob Harland said: “I am pleased that inspectors have recognised the work our "
                  "officers and staff do every day to keep people safe and to prevent crime. The report is also "
                  "clear that we must get better at investigating crime, and we have already put more detectives "
                  "into our investigation hubs.”", BODY),
        Paragraph("Police and Crime Commissioner Amrit Basi said: “Two years ago the force was graded good at "
                  "investigating crime, so this result is a disappointment, and I will be asking the Chief "
                  "Constable for regular updates on the improvement plan.”", BODY),
        Paragraph("The full report is available on the HMICFRS website.", BODY),
        Paragraph("Notes to editors", H3),
        bullets(["HMICFRS inspected the force's performance across eight areas of policing. The report sets out "
                 "six areas for improvement and no causes of concern.",
                 "Interviews with the Chief Constable are available on request from the Corporate "
                 "Communications team."], SMALL),
        Spacer(1, 6),
        Paragraph("Share this page: &nbsp; Facebook &nbsp; X &nbsp; LinkedIn &nbsp; Email", nav),
        Paragraph("Related news", H3),
        bullets(["Appeal after burglary at village post office", "New neighbourhood team launched in the city "
                 "centre", "Officers recognised at annual awards evening"], SMALL),
        Spacer(1, 8),
        Paragraph("We use cookies to make this website work and to improve it. Accept all cookies &nbsp; Reject "
                  "non-essential cookies &nbsp; Cookie settings", SMALL),
        Paragraph("Accessibility &nbsp; Privacy notice &nbsp; Terms and conditions &nbsp; © Leicestershire Police "
                  "2026", SMALL),
    ]
    data = reportlab_pdf(story, headline + " | Leicestershire Police", "Leicestershire Police", furniture)
    page = Pages(data)
    records = {
        "documents": [{"page": None, "force": LEICS, "status": "ok", "title": headline,
                       "publication_date": "2026-01-15", "file_type": "pdf", "pages": page.count}],
        "grades": [grade(page(area), LEICS, PEEL, canonical[area], area, value, "2026-01")
                   for value, areas in grouped for area in areas],
        "areas_for_improvement": [],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


# ================================================================ 6. Most similar group comparison (ReportLab, landscape)

SURREY = "Surrey Police"


def surrey_msg_comparison() -> tuple[bytes, dict]:
    columns = [("Police powers & public treatment", "Police powers and public treatment"),
               ("Preventing crime", "Preventing crime"), ("Responding to the public", "Responding to the public"),
               ("Investigating crime", "Investigating crime"),
               ("Protecting vulnerable people", "Protecting vulnerable people"),
               ("Managing offenders", "Managing offenders"), ("Positive workplace", "Developing a positive workplace"),
               ("Leadership & force management", "Leadership and force management")]
    short = {"O": "Outstanding", "G": "Good", "A": "Adequate", "RI": "Requires improvement", "I": "Inadequate"}
    forces = [
        ("Surrey", SURREY, "Feb 2026", "2026-02", ["G", "G", "A", "RI", "A", "G", "A", "G"]),
        ("Hampshire and Isle of Wight", "Hampshire and Isle of Wight Constabulary", "Oct 2025", "2025-10",
         ["A", "G", "RI", "A", "A", "G", "RI", "A"]),
        ("Thames Valley", "Thames Valley Police", "Aug 2025", "2025-08", ["A", "A", "A", "RI", "RI", "A", "A", "A"]),
        ("Sussex", "Sussex Police", "Jun 2025", "2025-06", ["G", "O", "G", "A", "A", "G", "G", "G"]),
        ("Hertfordshire", "Hertfordshire Constabulary", "Mar 2025", "2025-03", ["G", "G", "G", "A", "G", "A", "G", "G"]),
        ("Essex", "Essex Police", "Nov 2024", "2024-11", ["A", "G", "I", "RI", "A", "G", "A", "A"]),
    ]
    pagesize = landscape(A4)

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica-Bold", 8)
        canvas.drawString(20 * mm, pagesize[1] - 12 * mm, "OFFICIAL")
        canvas.setFont("Helvetica", 8)
        canvas.drawString(20 * mm, 10 * mm, "Office of the Police and Crime Commissioner for Surrey – Performance "
                                            "and Accountability Meeting – 12 May 2026")
        canvas.drawRightString(pagesize[0] - 20 * mm, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    rows = [["Force", "Report published"] + [label for label, _ in columns]]
    fills = {}
    for r, (name, _, published, _, cells) in enumerate(forces, start=1):
        rows.append([name, published] + cells)
        for c, code in enumerate(cells, start=2):
            fills[(r, c)] = GRADE_FILL[short[code]]
    widths = [42 * mm, 22 * mm] + [25.5 * mm] * 8
    counts = [["Grade", "Surrey", "Rest of group (5 forces)"], ["Outstanding", "0", "1"], ["Good", "4", "15"],
              ["Adequate", "3", "18"], ["Requires improvement", "1", "5"], ["Inadequate", "0", "1"]]
    story = [
        Paragraph("Office of the Police and Crime Commissioner for Surrey", H3),
        Paragraph("Performance and Accountability Meeting – 12 May 2026", BODY),
        Paragraph("Item 6", BODY),
        Paragraph("Surrey Police PEEL grades compared with its most similar group of forces", H2),
        Paragraph("1. Purpose", H3),
        Paragraph("1.1 HMICFRS published its PEEL 2023–25 report on Surrey Police in February 2026. This paper, "
                  "prepared by the Commissioner's performance team, sets the force's grades beside those of the "
                  "five other forces in its most similar group (MSG) to help the Commissioner decide where to "
                  "focus scrutiny.", BODY),
        Paragraph("1.2 The MSG is the group of forces the Home Office considers most like Surrey in population, "
                  "demography and crime. Every force in the group has now received its PEEL 2023–25 report; the "
                  "table gives the month each report was published.", BODY),
        Paragraph("2. Grades across the most similar group", H3),
        Paragraph("<b>Table 1: PEEL 2023–25 grades, Surrey and its most similar group</b>", SMALL),
        grid(rows, widths, fills, bold_rows=(1,)),
        Paragraph("Key: O = Outstanding; G = Good; A = Adequate; RI = Requires improvement; I = Inadequate. "
                  "Source: HMICFRS PEEL 2023–25 force reports.", SMALL),
        Spacer(1, 8),
        Paragraph("2.1 Surrey is one of three forces in the group graded good for leadership and force "
                  "management, and no force in the group is graded better than Surrey for managing offenders. "
                  "Investigating crime is the weakest area across the group: no force is graded good in it.", BODY),
        Paragraph("2.2 Table 2 counts the grades. Surrey has fewer grades below adequate than the group "
                  "average.", BODY),
        Paragraph("<b>Table 2: Number of area grades at each level</b>", SMALL),
        grid(counts, [50 * mm, 30 * mm, 50 * mm]),
        Spacer(1, 8),
        Paragraph("3. Suggested lines of scrutiny", H3),
        bullets(["What has the force learned from forces in the group graded good at responding to the public?",
                 "How will the force's investigation improvement plan bring it closer to the best in the group?",
                 "Which of Surrey's areas for improvement does the Chief Constable expect to close by the end of "
                 "2026?"]),
        Paragraph("4. Recommendation", H3),
        Paragraph("4.1 The Commissioner is asked to note the comparison and to agree the lines of scrutiny above.", BODY),
    ]
    data = reportlab_pdf(story, "Surrey Police PEEL grades compared with its most similar group of forces",
                         "OPCC Surrey", furniture, pagesize)
    page = Pages(data)
    records = {
        "documents": [{"page": None, "force": SURREY, "status": "ok", "doc_kind": "scrutiny_pack",
                       "title": "Surrey Police PEEL grades compared with its most similar group of forces",
                       "meeting_date": "2026-05-12", "file_type": "pdf", "pages": page.count}],
        "grades": [grade(page("Table 1: PEEL 2023–25 grades"), force, PEEL, area, label, short[code], as_of)
                   for _, force, _, as_of, cells in forces
                   for (label, area), code in zip(columns, cells)],
        "areas_for_improvement": [],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


# ================================================================ 7. Chief constable's report to the panel on child protection (Word -> PDF)

HIOW = "Hampshire and Isle of Wight Constabulary"


def hampshire_child_protection() -> tuple[bytes, dict]:
    cause = ("Hampshire and Isle of Wight Constabulary does not investigate reports of child abuse, neglect and "
             "exploitation thoroughly or quickly enough, and it does not always take the views of children into "
             "account.")
    cause_detail = ("Inspectors found delays in allocating cases, too few investigations with a supervisor's "
                    "plan, and cases closed without the child being spoken to.")
    lead_in = "Within three months, Hampshire and Isle of Wight Constabulary should:"
    recs = ["make sure that every investigation involving a child has a documented plan which is reviewed by a "
            "supervisor",
            "make sure that officers record the child's views and the effect of the abuse on the child"]
    topics = [
        ("Leadership and management", "Child protection leadership", "Adequate",
         "Leaders have made child protection a priority, but the constabulary's performance information does "
         "not show leaders how well children are protected.",
         ["The constabulary should improve the information its leaders use to understand the quality of its "
          "child protection work."],
         "A child protection performance dashboard will be in use by June 2026."),
        ("Working with safeguarding partners", "Working with safeguarding partners", "Good",
         "The constabulary works well with the four safeguarding partnerships in its area and shares information "
         "promptly.", [], "We will maintain our contribution to the multi-agency safeguarding hubs."),
        ("Responding to children at risk of harm", "Responding to children at risk of harm", "Adequate",
         "Officers attending incidents usually recognise risk to children, but do not always speak to the "
         "child.",
         ["The constabulary should make sure officers speak to children and record their views when they "
          "attend incidents involving them."],
         "Guidance and a body-worn video prompt were issued in February 2026."),
        ("Assessing risk and making referrals", "Assessing risk to children and making appropriate referrals",
         "Requires improvement",
         "Referrals to children's social care are sometimes delayed, and risk assessments do not always take "
         "account of previous incidents.",
         ["The constabulary should make sure that referrals to children's social care are made without delay.",
          "The constabulary should make sure that its risk assessments take account of the history of the "
          "child and family."],
         "A referral timeliness audit is under way; results will be reported to the Panel in July."),
        ("Investigating abuse, neglect and exploitation of children",
         "Investigating reports of abuse, neglect and exploitation of children", "Requires improvement",
         "Inspectors reviewed 64 investigations and found that too many were delayed and lacked supervision.",
         ["The constabulary should make sure that it makes full use of ancillary orders to protect children "
          "from those who pose a risk to them."],
         "A new child abuse investigation unit structure begins in April 2026."),
    ]
    document = new_word("OFFICIAL", "Hampshire and Isle of Wight Police and Crime Panel – 20 March 2026")
    bold_line(document, "Hampshire and Isle of Wight Police and Crime Panel", 13)
    document.add_paragraph("Date: 20 March 2026")
    document.add_paragraph("Report of the Chief Constable, Hampshire and Isle of Wight Constabulary")
    document.add_heading("National child protection inspection of Hampshire and Isle of Wight Constabulary", level=1)
    document.add_heading("1. Introduction", level=2)
    document.add_paragraph("1.1 The Panel asked the Chief Constable to report on the findings of HMICFRS's national "
                           "child protection inspection and on the constabulary's response.")
    document.add_paragraph("1.2 HMICFRS inspected the constabulary in October 2025 and published its report on 27 "
                           "January 2026. This was the first graded child protection inspection of the "
                           "constabulary; the previous inspection, in 2019, was not graded.")
    document.add_paragraph("1.3 The inspectorate judged five areas of the constabulary's work. Sections 2 to 6 "
                           "take each in turn: the inspectorate's judgment, what it found, the areas for "
                           "improvement it identified and what the constabulary is doing about them.")
    for number, (heading, area, value, found, items, response) in enumerate(topics, start=2):
        document.add_heading(f"{number}. {heading}", level=2)
        paragraph = document.add_paragraph()
        paragraph.add_run("Inspectorate's judgment: ").bold = True
        run = paragraph.add_run(value)
        run.bold = True
        run.font.color.rgb = RGBColor.from_string(GRADE_FILL[value].lstrip("#").upper())
        document.add_paragraph(found)
        if area == "Investigating reports of abuse, neglect and exploitation of children":
            bold_line(document, "Cause of concern")
            document.add_paragraph(cause)
            document.add_paragraph(cause_detail)
            bold_line(document, "Recommendations")
            document.add_paragraph(lead_in)
            for text in recs:
                document.add_paragraph(text, style="List Bullet")
        if items:
            bold_line(document, "Areas for improvement identified" if len(items) > 1 else
                      "Area for improvement identified")
            for text in items:
                document.add_paragraph(text, style="List Bullet")
        paragraph = document.add_paragraph()
        paragraph.add_run("Our response: ").bold = True
        paragraph.add_run(response)
    document.add_heading("7. Conclusion", level=2)
    document.add_paragraph("7.1 The constabulary accepts the findings in full. Progress against the cause of "
                           "concern is overseen by the Deputy Chief Constable and reported to the Police and Crime "
                           "Commissioner's Performance and Accountability Board each month. The Panel is asked to "
                           "note this report.")
    data = docx_to_pdf(word_bytes(document, "National child protection inspection", "Hampshire and Isle of Wight Constabulary"))
    page = Pages(data)
    records = {
        "documents": [{"page": None, "force": HIOW, "status": "ok", "doc_kind": "scrutiny_pack",
                       "title": "National child protection inspection of Hampshire and Isle of Wight Constabulary",
                       "meeting_date": "2026-03-20", "file_type": "pdf", "pages": page.count}],
        "grades": [grade(page(f"{number}. {heading}"), HIOW, CP, area, heading, value, "2026-01")
                   for number, (heading, area, value, *_) in enumerate(topics, start=2)],
        "areas_for_improvement": [afi(page(text[:50]), HIOW, area, text)
                                  for _, area, _, _, items, _ in topics for text in items],
        "causes_of_concern": [{"page": page(cause[:60]), "force": HIOW, "area":
                               "Investigating reports of abuse, neglect and exploitation of children",
                               "text": cause, "detail": cause_detail}],
        "recommendations": [{"page": page(text[:50]), "force": HIOW, "text": text, "timescale": "Within three months",
                             "lead_in": lead_in, "cause_of_concern_text": cause} for text in recs],
    }
    return data, records


DOCUMENTS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "avon-somerset-pcc-annual-report-2025-26-r27b.pdf": avon_annual_report,
    "nottinghamshire-pcp-peel-2026-02-09-r27b.docx": nottinghamshire_panel,
    "derbyshire-pcp-peel-findings-2026-03-05-r27b.docx": derbyshire_panel,
    "lincolnshire-sib-peel-afis-2026-04-21-r27b.pdf": lincolnshire_board,
    "leicestershire-police-peel-news-web-r27b.pdf": leicestershire_news,
    "surrey-opcc-peel-msg-comparison-2026-05-12-r27b.pdf": surrey_msg_comparison,
    "hampshire-iow-cc-ncpi-panel-2026-03-20-r27b.pdf": hampshire_child_protection,
}


def main(names: list[str]) -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    for name in names or DOCUMENTS:
        data, records = DOCUMENTS[name]()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (gold_dir / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        print(name)


if __name__ == "__main__":
    main(sys.argv[1:])
