"""Held-out inspection round 37: eight documents of southern and eastern forces, with hand-written gold.

    .venv/bin/python samples/corpus/inspection-round37/generate.py [FILE ...]

builds every document (or those named) into this folder and writes its gold to gold/<file>.json.
Reportlab PDFs are drawn in invariant mode, Word files get fixed zip times and core properties, and the
two Word-made PDFs go through LibreOffice (../office_pdf.py, needs `soffice`). Every PDF record's page is
written by hand; the generator fails unless the record's first words are on that page in the PDF's text.
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
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (KeepTogether, ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))
from inspection_render import GRADE_FILL, fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written by hand in samples/corpus/inspection-round37/generate.py beside the text it describes, blind "
           "(no extractor code, extractor test or earlier generator read); PDF pages checked against the PDF's own "
           "text by the generator and read against `scrutiny inspect`. Held out: never scored by its author.")
P2325, P2122, CP = "PEEL 2023-25", "PEEL 2021/22", "Child protection"
AREAS_2325 = ["Police powers and public treatment", "Preventing crime", "Responding to the public", "Investigating crime",
              "Protecting vulnerable people", "Managing offenders", "Developing a positive workplace",
              "Leadership and force management"]
ALL_TYPES = ("documents", "grades", "areas_for_improvement", "causes_of_concern", "recommendations", "findings")


# ---------------------------------------------------------------- gold
class Gold:
    """The records of one document, written beside the text that holds them."""

    def __init__(self, force: str, file_type: str, **document: object) -> None:
        self.force = force
        self.records: dict[str, list[dict]] = {t: [] for t in ALL_TYPES}
        self.records["documents"].append({"page": None, "force": force, "status": "ok", "file_type": file_type,
                                          **document})

    def grade(self, page: int | None, area: str, grade: str, as_of: str | None, framework: str = P2325,
              area_raw: str | None = None, force: str | None = None, raw: bool = True) -> None:
        record = {"page": page, "force": force or self.force, "framework": framework, "area": area,
                  "area_raw": area_raw or area, "grade": grade, "as_of": as_of}
        if not raw:
            del record["area_raw"]
        self.records["grades"].append(record)

    def afi(self, page: int | None, area: str | None, text: str, detail: str | None = None) -> None:
        self.records["areas_for_improvement"].append(
            {"page": page, "force": self.force, "area": area, "text": text, "detail": detail})

    def cause(self, page: int | None, area: str | None, text: str, detail: str | None = None) -> None:
        self.records["causes_of_concern"].append(
            {"page": page, "force": self.force, "area": area, "text": text, "detail": detail})

    def rec(self, page: int | None, text: str, timescale: str, lead_in: str, cause: str | None) -> None:
        self.records["recommendations"].append(
            {"page": page, "force": self.force, "text": text, "timescale": timescale, "lead_in": lead_in,
             "cause_of_concern_text": cause})

    def finding(self, page: int | None, kind: str, area: str | None, text: str) -> None:
        self.records["findings"].append({"page": page, "force": self.force, "kind": kind, "area": area, "text": text})


def _words(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2013", "-").lower()
    return re.sub(r"\s+", " ", re.sub(r"[^\w' -]", " ", text)).strip()


def check_pages(name: str, data: bytes, gold: Gold) -> None:
    """Each PDF record's first words must be on the page its gold gives."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [_words(page.extract_text() or "") for page in pdf.pages]
    for kind, records in gold.records.items():
        for record in records:
            if kind == "documents":
                continue
            probe = record.get("area_raw") or record.get("area") if kind == "grades" else record["text"]
            # a table cell wraps its text, so the first distinctive words are looked for one by one
            first = [w for w in _words(probe).split()[:8] if len(w) > 3][:5]
            page = record["page"]
            if page is None or not all(w in pages[page - 1].split() for w in first):
                raise SystemExit(f"{name}: {kind} {probe[:50]!r} is not on page {page}")


# ---------------------------------------------------------------- reportlab
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11, spaceAfter=2)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
TITLE = ParagraphStyle("title", parent=BODY, fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=12)
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=8, spaceAfter=6)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=4)
LABEL = ParagraphStyle("label", parent=BODY, fontName="Helvetica-Bold", fontSize=10,
                       textColor=colors.HexColor("#6b2c91"), spaceBefore=4, spaceAfter=3)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
CELL_BOLD = ParagraphStyle("cellbold", parent=CELL, fontName="Helvetica-Bold")
CELL_CENTRE = ParagraphStyle("cellc", parent=CELL_BOLD, alignment=TA_CENTER, fontSize=11, leading=13)


def bullets(items: list[str], style: ParagraphStyle = BODY) -> ListFlowable:
    return ListFlowable([ListItem(Paragraph(item, style), leftIndent=14) for item in items], bulletType="bullet",
                        start="\u2022", leftIndent=14, bulletFontSize=9)


def grid(rows: list[list], widths: list[float], fills: dict[tuple[int, int], str] | None = None,
         header_fill: str = "#dcd3e6") -> Table:
    cells = [[c if not isinstance(c, str) else Paragraph(c, CELL_BOLD if r == 0 else CELL) for c in row]
             for r, row in enumerate(rows)]
    table = Table(cells, colWidths=widths, repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(header_fill))]
    style += [("BACKGROUND", (c, r), (c, r), colors.HexColor(f)) for (r, c), f in (fills or {}).items()]
    table.setStyle(TableStyle(style))
    return table


def build_pdf(story: list, header: str, title: str, pagesize=A4) -> bytes:
    buffer = io.BytesIO()

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        width, height = pagesize
        canvas.drawString(2 * cm, height - 1.2 * cm, header)
        canvas.drawRightString(width - 2 * cm, 1.0 * cm, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=1.8 * cm, title=title, author="", creator="inspection-round37",
                            invariant=1)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


# ---------------------------------------------------------------- python-docx
def new_docx(header: str, footer: str | None = None, landscape_page: bool = False) -> Document:
    document = Document()
    core = document.core_properties
    core.author, core.last_modified_by, core.revision = "", "", 1
    core.created = core.modified = dt.datetime(2026, 1, 1)
    section = document.sections[0]
    if landscape_page:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Cm(2)
    section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    return document


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#").upper())
    tc_pr.append(shading)


def word_table(document: Document, rows: list[list[str]], fills: dict[tuple[int, int], str] | None = None,
               header_fill: str = "D9E2F3", widths: list[float] | None = None):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            paragraphs = text.split("\n")
            cell.paragraphs[0].text = ""
            run = cell.paragraphs[0].add_run(paragraphs[0])
            run.bold = r == 0
            for extra in paragraphs[1:]:
                cell.add_paragraph(extra)
            if r == 0:
                shade(cell, header_fill)
            if widths:
                cell.width = Cm(widths[c])
    if widths:
        table.autofit = False
        for column, width in zip(table.columns, widths):
            column.width = Cm(width)
    for (r, c), fill in (fills or {}).items():
        shade(table.cell(r, c), fill)
    return table


def bold_para(document: Document, text: str, style: str | None = None):
    paragraph = document.add_paragraph(style=style)
    paragraph.add_run(text).bold = True
    return paragraph


def docx_bytes(document: Document) -> bytes:
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip_times(raw.getvalue())


def page_break(document: Document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- 1. Kent: a whole PEEL 2023-25 report (common form)
def kent() -> tuple[bytes, Gold]:
    force = "Kent Police"
    gold = Gold(force, "pdf", title="PEEL 2023\u201325: An inspection of Kent Police", doc_kind="peel_report",
                publication_date="2026-03-12")
    grades = [("Police powers and public treatment", "Good"), ("Preventing crime", "Outstanding"),
              ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
              ("Protecting vulnerable people", "Adequate"), ("Managing offenders", "Good"),
              ("Developing a positive workplace", "Adequate"), ("Leadership and force management", "Good")]
    story = [
        Paragraph("Police effectiveness, efficiency and legitimacy", LABEL),
        Paragraph("PEEL 2023\u201325: An inspection of Kent Police", TITLE),
        Paragraph("Published: 12 March 2026", BOLD),
        Paragraph("Contents", H2),
        grid([["Section", "Page"], ["About this inspection", "1"], ["Overall summary", "2"],
              ["Responding to the public", "3"], ["Investigating crime", "4"],
              ["Protecting vulnerable people", "4"], ["Developing a positive workplace", "4"]], [12 * cm, 3 * cm],
             header_fill="#eeeeee"),
        Paragraph("About this inspection", H1),
        Paragraph("We inspected how well Kent Police provides policing services to its communities. Our PEEL "
                  "assessments are designed to show how well each force keeps people safe and reduces crime, and "
                  "how that compares with the previous inspection.", BODY),
        Paragraph("We gathered evidence through document review, interviews, focus groups, a survey of the "
                  "workforce and a review of 312 case files between March and May 2025. We also used data the "
                  "force gave us about calls for service, crime outcomes and staffing.", BODY),
        Paragraph("Our judgments use a five-point scale: outstanding, good, adequate, requires improvement and "
                  "inadequate. We base them on the characteristics of good policing set out in our PEEL "
                  "assessment framework.", BODY),
        PageBreak(),
        Paragraph("Overall summary", H1),
        Paragraph("Our judgments", H2),
        Paragraph("Our inspection assessed how good Kent Police is in eight areas of policing. We make graded "
                  "judgments in these areas as follows:", BODY),
        grid([["Area of policing", "Grade"]] + [[a, g] for a, g in grades], [11 * cm, 5 * cm],
             {(r, 1): GRADE_FILL[g] for r, (_, g) in enumerate(grades, start=1)}),
        Spacer(1, 6),
        Paragraph("We also inspected how effective the force is at providing a service to victims of crime. We "
                  "don't grade forces on this, but we summarise what we found in the report.", BODY),
        Paragraph("HM Inspector\u2019s observations", H2),
        Paragraph("I am pleased with some aspects of the force\u2019s performance, particularly its approach to "
                  "preventing crime and antisocial behaviour, which is among the best we have seen.", BODY),
        Paragraph("In our 2022 inspection, we graded the force as requires improvement at responding to the public. "
                  "The force hasn\u2019t made enough progress since then, and I have identified a cause of concern.",
                  BODY),
        PageBreak(),
    ]
    for area, grade in grades:
        gold.grade(2, area, grade, "2026-03")
    cause = ("Kent Police doesn\u2019t answer emergency and non-emergency calls quickly enough, and it doesn\u2019t "
             "always identify vulnerable callers when they first contact it.")
    cause_detail = ("In the year to June 2025, the force answered 81 percent of emergency calls within ten seconds, "
                    "against a national standard of 90 percent. The average wait for a 101 call was more than nine "
                    "minutes, and one in four of these calls was abandoned.")
    lead = "Within three months, Kent Police should:"
    recs = ["review its call handling demand and make sure it has enough trained call handlers at the busiest times;",
            "make sure call handlers use the force\u2019s structured risk assessment for every call and record the "
            "result; and",
            "call back people who abandon non-emergency calls where there may be a risk to them."]
    afi_resp = "The force should make sure it attends incidents within the times it has set for each priority grade."
    afi_resp_detail = ("In 14 of the 60 incidents we reviewed, officers arrived outside the target time, and the "
                       "caller wasn\u2019t told of the delay.")
    # what the force has done about the AFI, printed straight under it, explains it too (settled in round 30)
    afi_resp_action = ("The force has invested in a new command and control system, which went live in April 2025. It "
                       "is too early to say whether it will improve response times.")
    story += [
        Paragraph("Responding to the public", H1),
        Paragraph("Kent Police requires improvement at responding to the public.", BOLD),
        Paragraph("Cause of concern", LABEL),
        Paragraph(cause, BOLD),
        Paragraph(cause_detail, BODY),
        Paragraph("Recommendations", LABEL),
        Paragraph(lead, BODY),
        bullets(recs),
        Spacer(1, 6),
        Paragraph("Area for improvement", LABEL),
        Paragraph(afi_resp, BOLD),
        Paragraph(afi_resp_detail, BODY),
        Paragraph(afi_resp_action, BODY),
        PageBreak(),
    ]
    gold.cause(3, "Responding to the public", cause, cause_detail)
    for text in recs:
        gold.rec(3, text, "Within three months", lead, cause)
    gold.afi(3, "Responding to the public", afi_resp, f"{afi_resp_detail}\n\n{afi_resp_action}")
    afi_ic = "The force should make sure supervisors review investigations regularly and record clear direction."
    afi_ic_detail = "Supervisory reviews were recorded in only 58 of the 94 investigations we examined."
    practice = "Evidence-review hubs for rape investigations"
    pvp = ["The force should improve how it records the voice of the child when officers attend domestic abuse "
           "incidents.",
           "The force should make sure it applies for domestic violence protection orders in all suitable cases."]
    dpw = "The force should make sure its wellbeing support reaches officers and staff working in the control room."
    dpw_detail = "Fewer than half of the control room staff who answered our survey knew how to get this support."
    story += [
        Paragraph("Investigating crime", H1),
        Paragraph("Kent Police is adequate at investigating crime.", BOLD),
        Paragraph("Area for improvement", LABEL),
        Paragraph(afi_ic, BOLD),
        Paragraph(afi_ic_detail, BODY),
        Paragraph("Innovative practice", LABEL),
        Paragraph(practice, BOLD),
        Paragraph("The force has set up two hubs where specialist staff review digital evidence with investigators "
                  "within 48 hours of a report of rape. This has cut the time victims wait for their phones to be "
                  "returned.", BODY),
        Paragraph("Protecting vulnerable people", H1),
        Paragraph("Kent Police is adequate at protecting vulnerable people.", BOLD),
        Paragraph("Areas for improvement", LABEL),
        bullets(pvp),
        Paragraph("Developing a positive workplace", H1),
        Paragraph("Kent Police is adequate at developing a positive workplace.", BOLD),
        Paragraph("Area for improvement", LABEL),
        Paragraph(dpw, BOLD),
        Paragraph(dpw_detail, BODY),
    ]
    gold.afi(4, "Investigating crime", afi_ic, afi_ic_detail)
    gold.finding(4, "innovative_practice", "Investigating crime", practice)
    for text in pvp:
        gold.afi(4, "Protecting vulnerable people", text)
    gold.afi(4, "Developing a positive workplace", dpw, dpw_detail)
    return build_pdf(story, "PEEL 2023\u201325 \u2013 Kent Police", "PEEL 2023-25: Kent Police"), gold


# ---------------------------------------------------------------- 2. Sussex: a national child protection inspection (Word)
def sussex() -> tuple[bytes, Gold]:
    force = "Sussex Police"
    title = "National child protection inspection: Sussex Police"
    gold = Gold(force, "docx", title=title, doc_kind="child_protection_report", publication_date="2026-01-22")
    judgments = [("Leadership and management", "Child protection leadership", "Adequate"),
                 ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
                 ("Responding to children at risk of harm", "Responding to children at risk of harm", "Adequate"),
                 ("Assessing risk to children and making appropriate referrals",
                  "Assessing risk to children and making appropriate referrals", "Requires improvement"),
                 ("Investigating reports of abuse, neglect and exploitation of children",
                  "Investigating reports of abuse, neglect and exploitation of children", "Adequate"),
                 ("Managing those who pose a risk to children", "Managing those who pose a risk to children", "Good")]
    document = new_docx("National child protection inspection \u2013 Sussex Police", "OFFICIAL")
    document.add_paragraph(title, style="Title")
    document.add_paragraph("Published: 22 January 2026")
    document.add_heading("Contents", level=1)
    for entry in ["Foreword", "Summary of our judgments", "Leadership and management",
                  "Working with safeguarding partners", "Responding to children at risk of harm",
                  "Assessing risk to children and making appropriate referrals"]:
        document.add_paragraph(entry, style="List Bullet")
    document.add_heading("Foreword", level=1)
    document.add_paragraph("This report sets out our findings from an inspection of how well Sussex Police protects "
                           "children. We last inspected the force\u2019s child protection work in 2018, when we didn\u2019t "
                           "grade forces; we found then that too many children were not referred to partners "
                           "promptly.")
    document.add_paragraph("We examined 128 cases, spoke to 95 officers and staff, and met representatives of the "
                           "four local safeguarding partnerships.")
    document.add_heading("Summary of our judgments", level=1)
    document.add_paragraph("We have graded the force in six areas of child protection:")
    word_table(document, [["Inspection area", "Judgment"]] + [[raw, g] for raw, _, g in judgments],
               {(r, 1): GRADE_FILL[g] for r, (_, _, g) in enumerate(judgments, start=1)})
    for raw, area, grade in judgments:
        gold.grade(None, area, grade, "2026-01", CP, raw)

    document.add_heading("Leadership and management", level=1)
    document.add_paragraph("Our judgment: Adequate")
    document.add_paragraph("Senior leaders have made child protection a priority in the force\u2019s plan, and they "
                           "hold regular meetings to review performance.")
    document.add_heading("Area for improvement", level=3)
    afi_lead = "The force should make sure its performance information about child protection covers outcomes for children."
    bold_para(document, afi_lead)
    gold.afi(None, "Child protection leadership", afi_lead)

    document.add_heading("Working with safeguarding partners", level=1)
    document.add_paragraph("Our judgment: Good")
    document.add_heading("Promising practice", level=3)
    practice = "A joint missing-from-home hub with children\u2019s social care"
    bold_para(document, practice)
    document.add_paragraph("Police officers and social workers share an office and review every child reported "
                           "missing within 24 hours, agreeing a single safety plan.")
    gold.finding(None, "promising_practice", "Working with safeguarding partners", practice)

    document.add_heading("Responding to children at risk of harm", level=1)
    document.add_paragraph("Our judgment: Adequate")
    document.add_heading("Area for improvement", level=3)
    afi_resp = "The force should make sure officers speak to children and record their views when they attend incidents."
    afi_resp_detail = ("In 17 of the 52 incidents we reviewed, officers didn\u2019t speak to the children present or "
                       "record how they were affected.")
    bold_para(document, afi_resp)
    document.add_paragraph(afi_resp_detail)
    gold.afi(None, "Responding to children at risk of harm", afi_resp, afi_resp_detail)

    document.add_heading("Assessing risk to children and making appropriate referrals", level=1)
    document.add_paragraph("Our judgment: Requires improvement")
    document.add_heading("Cause of concern", level=3)
    cause = ("Sussex Police doesn\u2019t consistently assess the risks to children or share information with its "
             "safeguarding partners quickly enough.")
    cause_detail = ("Referrals to children\u2019s social care were delayed by more than three days in 21 of the 74 "
                    "cases we examined, and the risk assessment was incomplete in 19.")
    bold_para(document, cause)
    document.add_paragraph(cause_detail)
    document.add_heading("Recommendations", level=3)
    lead = "Within six months, Sussex Police should:"
    recs = ["make sure that all referrals about children at risk are sent to partner agencies within 24 hours; and",
            "introduce a supervisory check of every child protection risk assessment before it is shared."]
    document.add_paragraph(lead)
    for text in recs:
        document.add_paragraph(text, style="List Bullet")
    gold.cause(None, "Assessing risk to children and making appropriate referrals", cause, cause_detail)
    for text in recs:
        gold.rec(None, text, "Within six months", lead, cause)

    document.add_heading("Investigating reports of abuse, neglect and exploitation of children", level=1)
    document.add_paragraph("Our judgment: Adequate")
    document.add_heading("Areas for improvement", level=3)
    inv = ["The force should reduce delays in the examination of digital devices in child abuse investigations.",
           "The force should make sure that investigations of child sexual exploitation are overseen by a specialist "
           "supervisor."]
    for text in inv:
        bold_para(document, text)
        gold.afi(None, "Investigating reports of abuse, neglect and exploitation of children", text)

    document.add_heading("Managing those who pose a risk to children", level=1)
    document.add_paragraph("Our judgment: Good")
    document.add_paragraph("The force manages registered sex offenders well, and its visits are on time in almost "
                           "every case.")
    return docx_bytes(document), gold


# ---------------------------------------------------------------- 3. Surrey: panel report, improvement journey (Word saved as PDF)
def surrey_docx() -> tuple[Document, Gold, list[tuple[str, str, str, str]], dict[int, int]]:
    force = "Surrey Police"
    title = "HMICFRS PEEL inspection of Surrey Police 2025"
    gold = Gold(force, "pdf", title=title, meeting_date="2026-02-05")
    document = new_docx("OFFICIAL", "Surrey Police and Crime Panel \u2013 5 February 2026")
    word_table(document, [["Meeting", "Surrey Police and Crime Panel"], ["Date", "5 February 2026"],
                          ["Report of", "Police and Crime Commissioner for Surrey"], ["Agenda item", "7"]],
               header_fill="F2F2F2")
    document.add_paragraph(title, style="Title")
    document.add_heading("1. Purpose", level=1)
    document.add_paragraph("This report tells the Panel the outcome of the latest HMICFRS PEEL inspection of Surrey "
                           "Police and how the Commissioner is holding the Chief Constable to account for the areas "
                           "for improvement.")
    document.add_heading("2. Background", level=1)
    document.add_paragraph("HMICFRS published its PEEL 2023\u201325 report on Surrey Police on 27 November 2025. The "
                           "force\u2019s previous PEEL report, under the 2021/22 framework, was published in August "
                           "2022.")
    document.add_heading("3. Grades compared with the last inspection", level=1)
    document.add_paragraph("Table 1 sets the 2025 grades beside those of 2022.")
    now = ["Adequate", "Good", "Requires improvement", "Adequate", "Good", "Good", "Adequate", "Adequate"]
    then = ["Good", "Good", "Adequate", "Requires improvement", "Adequate", "Good", "Adequate", "Not graded"]
    scale = list(GRADE_FILL)
    direction = []
    for a, b in zip(now, then):
        if b == "Not graded":
            direction.append("New area")
        elif scale.index(a) < scale.index(b):
            direction.append("Improved")
        elif scale.index(a) > scale.index(b):
            direction.append("Declined")
        else:
            direction.append("No change")
    rows = [["Area of policing", "PEEL 2023\u201325 grade", "PEEL 2021/22 grade", "Direction of travel"]]
    rows += [[area, a, b, d] for area, a, b, d in zip(AREAS_2325, now, then, direction)]
    fills = {}
    for r, (a, b) in enumerate(zip(now, then), start=1):
        fills[(r, 1)] = GRADE_FILL[a]
        if b in GRADE_FILL:
            fills[(r, 2)] = GRADE_FILL[b]
    word_table(document, rows, fills, widths=[6, 3.5, 3.5, 4])
    for area, a, b in zip(AREAS_2325, now, then):
        gold.grade(1, area, a, "2025-11")
        if b in GRADE_FILL:
            gold.grade(1, area, b, "2022-08", P2122)
    document.add_paragraph("The inspectorate also reported on the service the force gives to victims of crime, "
                           "which it does not grade.")
    document.add_heading("4. Areas for improvement", level=1)
    document.add_paragraph("The report gave the force six areas for improvement. Table 2 shows the force\u2019s "
                           "progress at 15 January 2026.")
    afis = [("Responding to the public", "The force should make sure it answers 101 calls promptly.",
             "New call-back service live since December 2025.", "Amber"),
            ("Responding to the public", "The force should make sure it gives callers accurate advice on when "
             "officers will arrive.", "Script revised; dip sampling monthly.", "Green"),
            ("Police powers and public treatment", "The force should improve how it monitors the use of "
             "stop and search on people from ethnic minority backgrounds.",
             "Scrutiny panel now reviews body-worn video each quarter.", "Green"),
            ("Investigating crime", "The force should make sure victims are updated at the intervals set out in "
             "the Victims\u2019 Code.", "Victim update audit due in March 2026.", "Amber"),
            ("Developing a positive workplace", "The force should understand why officers in their first two years "
             "of service are leaving.", "Exit interview process under review.", "Red"),
            ("Leadership and force management", "The force should make sure its demand model reflects hidden "
             "demand, such as online child abuse.", "Work commissioned from the analysis team.", "Amber")]
    rag = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    rows = [["PEEL area", "Area for improvement", "Progress", "RAG"]] + [list(a) for a in afis]
    table = word_table(document, rows, {(r, 3): rag[a[3]] for r, a in enumerate(afis, start=1)},
                       widths=[3.2, 7.5, 4.3, 2])
    merged = table.cell(1, 0).merge(table.cell(2, 0))
    merged.paragraphs[0].text = "Responding to the public"
    for extra in merged.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    page_of = {i: 2 for i in range(len(afis))}
    document.add_heading("5. The Commissioner\u2019s comments", level=1)
    document.add_paragraph("The Commissioner welcomes the good grades for preventing crime and protecting "
                           "vulnerable people but is concerned that the force requires improvement at responding "
                           "to the public. She will take a report on call handling at her next accountability "
                           "meeting.")
    document.add_heading("6. Recommendation", level=1)
    document.add_paragraph("That the Panel notes the report.")
    return document, gold, afis, page_of


def surrey() -> tuple[bytes, Gold]:
    document, gold, afis, page_of = surrey_docx()
    for i, (area, text, _, _) in enumerate(afis):
        gold.afi(page_of[i], area, text)
    return docx_to_pdf(docx_bytes(document)), gold



# ---------------------------------------------------------------- 4. Hampshire and Isle of Wight: Chief Constable's memo (Word saved as PDF)
def hampshire() -> tuple[bytes, Gold]:
    force = "Hampshire and Isle of Wight Constabulary"
    title = "HMICFRS PEEL 2023\u201325 inspection: outcome and improvement plan"
    gold = Gold(force, "pdf", title=title, meeting_date="2026-04-14")
    document = new_docx("OFFICIAL \u2013 FOR PUBLICATION", "Hampshire and Isle of Wight Constabulary")
    word_table(document, [["To:", "Police and Crime Commissioner\u2019s Accountability and Performance Board"],
                          ["From:", "Chief Constable"], ["Date:", "14 April 2026"],
                          ["Subject:", "PEEL inspection outcome"]], header_fill="FFFFFF", widths=[3, 14])
    document.add_paragraph(title, style="Title")
    document.add_heading("1. Purpose", level=1)
    document.add_paragraph("1.1 This paper gives the Board an overview of the outcome of the HMICFRS PEEL 2023\u201325 "
                           "inspection of the Constabulary and of the plan to address its findings.")
    document.add_heading("2. Recommendation", level=1)
    document.add_paragraph("2.1 The Board is asked to note the grades and the progress made against the areas for "
                           "improvement.")
    document.add_heading("3. Background", level=1)
    document.add_paragraph("3.1 HMICFRS carried out its fieldwork between June and September 2025 and published its "
                           "report on 15 January 2026. The inspectorate graded eight areas of policing on a "
                           "five-point scale.")
    document.add_paragraph("3.2 The results were as follows:")
    grades = [("Police powers and public treatment", "Adequate"), ("Preventing crime", "Good"),
              ("Responding to the public", "Adequate"), ("Investigating crime", "Requires improvement"),
              ("Protecting vulnerable people", "Adequate"), ("Managing offenders", "Good"),
              ("Developing a positive workplace", "Good"), ("Leadership and force management", "Adequate")]
    for area, grade in grades:
        document.add_paragraph(f"{area} \u2013 \u2018{grade}\u2019", style="List Bullet")
        gold.grade(1, area, grade, "2026-01")
    document.add_paragraph("3.3 When the Constabulary was last inspected, in 2022, it was judged \u2018adequate\u2019 at "
                           "investigating crime. The decline reflects the inspectorate\u2019s concern about the "
                           "supervision of volume crime investigations.")
    document.add_paragraph("3.4 The report contains no causes of concern and nine areas for improvement. Each has "
                           "been given an owner at chief officer level and is tracked by the Constabulary\u2019s "
                           "Inspection and Audit Board.")
    document.add_heading("4. Improvement plan", level=1)
    document.add_paragraph("4.1 Table 1 shows the areas for improvement by area of policing, as at 31 March 2026.")
    plan = [("Investigating crime", [
                ("HIOW-P25-01", "The Constabulary should make sure that investigations are allocated to staff with "
                 "the right skills and are supervised effectively.", "ACC Crime", "Sep 2026", "Amber"),
                ("HIOW-P25-02", "The Constabulary should improve how it records and reviews the decisions taken to "
                 "close investigations without a suspect being identified.", "ACC Crime", "Jun 2026", "Green"),
                ("HIOW-P25-03", "The Constabulary should make sure victims\u2019 needs are assessed and recorded in "
                 "line with the Victims\u2019 Code.", "Head of Victim Care", "Jul 2026", "Amber")]),
            ("Responding to the public", [
                ("HIOW-P25-04", "The Constabulary should reduce the number of non-emergency calls that are "
                 "abandoned before they are answered.", "Head of Contact", "Dec 2026", "Red"),
                ("HIOW-P25-05", "The Constabulary should make sure that repeat callers are identified when they "
                 "contact the force.", "Head of Contact", "Jun 2026", "Green")]),
            ("Protecting vulnerable people", [
                ("HIOW-P25-06", "The Constabulary should make sure it uses all the protective orders available to "
                 "safeguard victims of domestic abuse.", "Head of Public Protection", "Sep 2026", "Amber"),
                ("HIOW-P25-07", "The Constabulary should improve how it identifies and responds to children at risk "
                 "of criminal exploitation.", "Head of Public Protection", "Oct 2026", "Amber")]),
            ("Police powers and public treatment", [
                ("HIOW-P25-08", "The Constabulary should make sure that officers record the grounds for every stop "
                 "and search clearly.", "Head of Professional Standards", "Jun 2026", "Green")]),
            ("Leadership and force management", [
                ("HIOW-P25-09", "The Constabulary should make sure its plans for future demand are supported by "
                 "a clear understanding of its workforce capability.", "Director of People", "Mar 2027", "Amber")])]
    rag = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    rows = [["Ref", "Area for improvement", "Owner", "Target", "RAG"]]
    fills: dict[tuple[int, int], str] = {}
    merged_rows = []
    for area, items in plan:
        merged_rows.append(len(rows))
        rows.append([area, "", "", "", ""])
        for item in items:
            fills[(len(rows), 4)] = rag[item[4]]
            rows.append(list(item))
    table = word_table(document, rows, fills, header_fill="1F3864", widths=[3.3, 7.1, 3.0, 1.9, 1.7])
    for cell in table.rows[0].cells:
        for run in cell.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for r in merged_rows:
        merged = table.cell(r, 0).merge(table.cell(r, 4))
        text = rows[r][0]
        for paragraph in merged.paragraphs:
            paragraph._p.getparent().remove(paragraph._p)
        paragraph = merged.add_paragraph()
        paragraph.add_run(text).bold = True
        shade(merged, "D9E2F3")
    afi_pages = {"HIOW-P25-01": 2, "HIOW-P25-02": 2, "HIOW-P25-03": 2, "HIOW-P25-04": 2, "HIOW-P25-05": 2,
                 "HIOW-P25-06": 2, "HIOW-P25-07": 2, "HIOW-P25-08": 2, "HIOW-P25-09": 2}
    for area, items in plan:
        for ref, text, *_ in items:
            gold.afi(afi_pages[ref], area, text)
    document.add_heading("5. Next steps", level=1)
    document.add_paragraph("5.1 HMICFRS will review progress against the areas for improvement during its "
                           "continuous assessment of the Constabulary. A further update will come to the Board in "
                           "October 2026.")
    return docx_to_pdf(docx_bytes(document)), gold


# ---------------------------------------------------------------- 5. Essex: PFCC annual report with a tile grid of grades (Word)
ESSEX_GRADES = [("Police powers and public treatment", "Good"), ("Preventing crime", "Good"),
                ("Responding to the public", "Adequate"), ("Investigating crime", "Adequate"),
                ("Protecting vulnerable people", "Good"), ("Managing offenders", "Outstanding"),
                ("Developing a positive workplace", "Adequate"), ("Leadership and force management", "Good")]


def essex() -> tuple[bytes, Gold]:
    force = "Essex Police"
    gold = Gold(force, "docx", title="Annual Report 2025/26")
    document = new_docx("Police, Fire and Crime Commissioner for Essex \u2013 Annual Report 2025/26")
    document.add_paragraph("Police, Fire and Crime Commissioner for Essex")
    document.add_paragraph("Annual Report 2025/26", style="Title")
    document.add_paragraph("Covering 1 April 2025 to 31 March 2026")
    document.add_heading("Foreword", level=1)
    document.add_paragraph("This report sets out how I have delivered the Police and Crime Plan over the past year "
                           "and how I have held the Chief Constable to account for an efficient and effective "
                           "police service.")
    document.add_paragraph("Crime fell by 4 percent over the year, and the force now has more officers than at any "
                           "time in its history. There is still more to do to answer calls from the public quickly.")
    document.add_heading("Performance at a glance", level=1)
    for line in ["3,612 officers at 31 March 2026", "Total recorded crime down 4 percent",
                 "Anti-social behaviour incidents down 11 percent", "999 calls answered within ten seconds: 86 percent"]:
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("What the inspectorate found", level=1)
    document.add_paragraph("His Majesty\u2019s Inspectorate of Constabulary and Fire and Rescue Services published its "
                           "PEEL 2023\u201325 report on Essex Police in October 2025. It assessed the force in eight "
                           "areas of policing:")
    table = document.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    for half in range(2):
        for c in range(4):
            area, grade = ESSEX_GRADES[half * 4 + c]
            name_cell = table.cell(half * 2, c)
            name_cell.paragraphs[0].add_run(area).bold = True
            shade(name_cell, "E7E6E6")
            grade_cell = table.cell(half * 2 + 1, c)
            grade_cell.paragraphs[0].text = grade
            shade(grade_cell, GRADE_FILL[grade])
    for area, grade in ESSEX_GRADES:
        gold.grade(None, area, grade, "2025-10")
    document.add_paragraph("Source: HMICFRS, PEEL 2023\u201325: An inspection of Essex Police.")
    document.add_paragraph("I am particularly pleased that the force is outstanding at managing offenders, an "
                           "improvement on 2022 when it was graded good in this area. Responding to the public "
                           "remains adequate, and improving it is a priority of my plan.")
    document.add_paragraph("The report identified seven areas for improvement. Among them, the inspectorate said "
                           "that:")
    afis = ["the force should make sure it answers emergency calls within the national standard;",
            "the force should make sure officers record the reasons for each use of force; and",
            "the force should improve how it supports officers and staff who work in high-risk roles."]
    for text in afis:
        document.add_paragraph(text, style="List Bullet")
        gold.afi(None, None, text)
    document.add_paragraph("I receive a quarterly update on each of them at my Performance and Resources Scrutiny "
                           "Board.")
    document.add_heading("Fire and rescue", level=1)
    document.add_paragraph("Essex County Fire and Rescue Service was inspected by HMICFRS in 2025 and will receive "
                           "its report later in 2026.")
    document.add_heading("Finance", level=1)
    document.add_paragraph("The police budget for 2025/26 was \u00a3420.3 million, and the year ended with an "
                           "underspend of \u00a31.2 million, which has been placed in reserves.")
    return docx_bytes(document), gold



# ---------------------------------------------------------------- 6. Thames Valley: a whole PEEL 2021/22 report (common form)
def thames_valley() -> tuple[bytes, Gold]:
    force = "Thames Valley Police"
    gold = Gold(force, "pdf", title="PEEL 2021/22: An inspection of Thames Valley Police", doc_kind="peel_report",
                publication_date="2022-06-09")
    chart = {"Outstanding": [],
             "Good": [("Preventing crime and anti-social behaviour", "Preventing crime"),
                      ("Managing offenders and suspects", "Managing offenders"),
                      ("Recording data about crime", "Recording data about crime")],
             "Adequate": [("Treatment of the public", "Police powers and public treatment"),
                          ("Investigating crime", "Investigating crime"),
                          ("Developing a positive workplace", "Developing a positive workplace"),
                          ("Good use of resources", "Good use of resources")],
             "Requires improvement": [("Responding to the public", "Responding to the public"),
                                      ("Protecting vulnerable people", "Protecting vulnerable people")],
             "Inadequate": []}
    header = [Paragraph(f"<b>{g}</b>", ParagraphStyle("ch", parent=CELL, textColor=colors.white
                                                         if g in ("Outstanding", "Inadequate") else colors.black))
              for g in chart]
    # each area its own box in the printed chart: a gap between the areas of a column
    boxed = ParagraphStyle("chartcell", parent=CELL, spaceAfter=6)
    body = [[Paragraph(raw, boxed) for raw, _ in areas] or [Paragraph("", CELL)] for areas in chart.values()]
    table = Table([header, body], colWidths=[3.4 * cm] * 5)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.white), ("VALIGN", (0, 0), (-1, -1), "TOP")]
                              + [("BACKGROUND", (c, 0), (c, 0), colors.HexColor(GRADE_FILL[g]))
                                 for c, g in enumerate(chart)]
                              + [("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#f3f3f3"))]))
    for grade, areas in chart.items():
        for raw, area in areas:
            gold.grade(1, area, grade, "2022-06", P2122, raw)
    story = [
        Paragraph("PEEL 2021/22", LABEL),
        Paragraph("Police effectiveness, efficiency and legitimacy", H2),
        Paragraph("PEEL 2021/22: An inspection of Thames Valley Police", TITLE),
        Paragraph("Published: 9 June 2022", BOLD),
        Paragraph("Our judgments", H1),
        Paragraph("Our inspection assessed how good Thames Valley Police is in ten areas of policing. We make "
                  "graded judgments in nine of these ten as follows:", BODY),
        table,
        Spacer(1, 8),
        Paragraph("We also inspected how effective a service Thames Valley Police gives to victims of crime. We "
                  "don\u2019t make a graded judgment in this overall area.", BODY),
        Paragraph("We set out our detailed findings about things the force is doing well and where the force "
                  "should improve in the rest of this report.", BODY),
        Paragraph("Data in this report", H2),
        Paragraph("For more information about the data in this report, please view the accompanying interactive "
                  "data tool on our website.", BODY),
        PageBreak(),
    ]
    aff = "The force needs to make sure it answers non-emergency calls promptly so that callers don\u2019t abandon them."
    aff_detail = ("In March 2022 the force took an average of four minutes to answer a 101 call, and 21 percent of "
                  "these calls were abandoned.")
    cause = ("Thames Valley Police needs to improve how it identifies and manages the risks to vulnerable people, "
             "particularly victims of domestic abuse.")
    cause_detail = ("We found that in 23 of the 70 domestic abuse cases we reviewed, the risk assessment was not "
                    "completed or was not reviewed by a supervisor, and safeguarding was delayed.")
    lead = "By 31 December 2022, the force should:"
    recs = ["make sure that risk assessments of domestic abuse victims are completed and reviewed in every case;",
            "make sure it has enough trained staff in its domestic abuse investigation teams; and",
            "improve how it monitors the use and breach of protective orders."]
    practice = "Neighbourhood problem-solving surgeries"
    story += [
        Paragraph("Responding to the public", H1),
        Paragraph("Requires improvement", BOLD),
        Paragraph("Thames Valley Police requires improvement at responding to the public.", BODY),
        Paragraph("Area for improvement", LABEL),
        Paragraph(aff, BOLD),
        Paragraph(aff_detail, BODY),
        Paragraph("Protecting vulnerable people", H1),
        Paragraph("Requires improvement", BOLD),
        Paragraph("Thames Valley Police requires improvement at protecting vulnerable people.", BODY),
        Paragraph("Cause of concern", LABEL),
        Paragraph(cause, BOLD),
        Paragraph(cause_detail, BODY),
        Paragraph("Recommendations", LABEL),
        Paragraph(lead, BODY),
        bullets(recs),
        PageBreak(),
    ]
    gold.afi(2, "Responding to the public", aff, aff_detail)
    gold.cause(2, "Protecting vulnerable people", cause, cause_detail)
    for text in recs:
        gold.rec(2, text, "By 31 December 2022", lead, cause)
    inv = ["The force needs to make sure that investigations are allocated promptly to officers with the right "
           "skills.",
           "The force needs to improve how it records whether victims support an investigation."]
    wp = "The force should make sure supervisors have time to carry out wellbeing conversations with their teams."
    story += [
        Paragraph("Preventing crime and anti-social behaviour", H1),
        Paragraph("Good", BOLD),
        Paragraph("Thames Valley Police is good at preventing crime and anti-social behaviour.", BODY),
        Paragraph("Innovative practice", LABEL),
        Paragraph(practice, BOLD),
        Paragraph("Neighbourhood officers bring recurring local problems to a monthly surgery, where analysts and "
                  "partner agencies agree a plan and review its results.", BODY),
        Paragraph("Investigating crime", H1),
        Paragraph("Adequate", BOLD),
        Paragraph("Areas for improvement", LABEL),
        bullets(inv),
        Paragraph("Developing a positive workplace", H1),
        Paragraph("Adequate", BOLD),
        Paragraph("Area for improvement", LABEL),
        Paragraph(wp, BOLD),
        Paragraph("Serious and organised crime", H1),
        Paragraph("We will publish our findings on the force\u2019s approach to serious and organised crime in a "
                  "separate report on the regional organised crime unit.", BODY),
    ]
    gold.finding(3, "innovative_practice", "Preventing crime", practice)
    for text in inv:
        gold.afi(3, "Investigating crime", text)
    gold.afi(3, "Developing a positive workplace", wp)
    return build_pdf(story, "PEEL 2021/22 \u2013 Thames Valley Police", "PEEL 2021/22: Thames Valley Police"), gold


# ---------------------------------------------------------------- 7. Norfolk: OPCC comparison of the eastern forces (areas by row, forces by column)
def norfolk() -> tuple[bytes, Gold]:
    force = "Norfolk Constabulary"
    title = "HMICFRS PEEL 2023\u201325: how the eastern region\u2019s forces compare"
    gold = Gold(force, "pdf", title=title, meeting_date="2026-02-24")
    abbreviation = {"Outstanding": "O", "Good": "G", "Adequate": "A", "Requires improvement": "RI", "Inadequate": "I"}
    columns = [
        ("Norfolk", "Norfolk Constabulary", "Sep 2025", "2025-09",
         ["Good", "Outstanding", "Adequate", "Adequate", "Good", "Good", "Adequate", "Good"]),
        ("Suffolk", "Suffolk Constabulary", "Sep 2025", "2025-09",
         ["Good", "Good", "Good", "Adequate", "Adequate", "Good", "Adequate", "Adequate"]),
        ("Cambridgeshire", "Cambridgeshire Constabulary", "Jul 2025", "2025-07",
         ["Adequate", "Good", "Requires improvement", "Requires improvement", "Adequate", "Adequate", "Good",
          "Adequate"]),
        ("Bedfordshire", "Bedfordshire Police", "Awaiting", None, None),
        ("Hertfordshire", "Hertfordshire Constabulary", "Dec 2025", "2025-12",
         ["Good", "Outstanding", "Good", "Adequate", "Good", "Good", "Good", "Good"]),
        ("Essex", "Essex Police", "Oct 2025", "2025-10", [g for _, g in ESSEX_GRADES]),
    ]
    rows: list[list] = [["Area of policing"] + [c[0] for c in columns],
                        ["Report published"] + [c[2] for c in columns]]
    fills: dict[tuple[int, int], str] = {}
    for r, area in enumerate(AREAS_2325, start=2):
        row: list = [area]
        for c, (_, name, _, as_of, grades) in enumerate(columns, start=1):
            if grades is None:
                row.append(Paragraph("\u2013", CELL_CENTRE))
                continue
            row.append(Paragraph(abbreviation[grades[r - 2]], CELL_CENTRE))
            fills[(r, c)] = GRADE_FILL[grades[r - 2]]
            gold.grade(1, area, grades[r - 2], as_of, force=name)
        rows.append(row)
    page = landscape(A4)
    table = grid(rows, [6.2 * cm] + [3.4 * cm] * 6, fills, header_fill="#d9d9d9")
    table.setStyle(TableStyle([("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#f2f2f2"))]))
    story = [
        Paragraph("Office of the Police and Crime Commissioner for Norfolk", LABEL),
        Paragraph(title, TITLE),
        Paragraph("Police Accountability Forum \u2013 24 February 2026 \u2013 Agenda item 6", BOLD),
        Paragraph("1. Summary", H2),
        Paragraph("This paper compares the PEEL 2023\u201325 grades of Norfolk Constabulary with those of the other "
                  "forces of the eastern region. The Bedfordshire report has not yet been published.", BODY),
        Paragraph("Table 1: PEEL 2023\u201325 grades of the eastern region\u2019s forces", BOLD),
        table,
        Spacer(1, 4),
        Paragraph("Key: O = Outstanding, G = Good, A = Adequate, RI = Requires improvement, I = Inadequate, "
                  "\u2013 = report not yet published.", SMALL),
        PageBreak(),
    ]
    afis = [("Investigating crime", "The force should make sure that it consistently records a victim\u2019s "
             "decision to withdraw from an investigation, and the reasons for it."),
            ("Investigating crime", "The force should make sure that investigation plans are set and reviewed by "
             "supervisors."),
            ("Responding to the public", "The force should make sure that the risk of repeat and vulnerable callers "
             "is reassessed when its response is delayed."),
            ("Developing a positive workplace", "The force should make sure its occupational health unit can "
             "meet demand for referrals.")]
    story += [
        Paragraph("2. Norfolk Constabulary\u2019s areas for improvement", H2),
        Paragraph("Norfolk Constabulary was given four areas for improvement. The Commissioner receives an update "
                  "on each at this forum every quarter.", BODY),
        grid([["Area of policing", "Area for improvement", "Chief officer lead"]]
             + [[a, t, lead] for (a, t), lead in zip(afis, ["ACC Local Policing", "ACC Local Policing",
                                                           "ACC Local Policing", "Director of People"])],
             [5.5 * cm, 15 * cm, 4.5 * cm]),
        Paragraph("3. Observations", H2),
        Paragraph("Norfolk and Hertfordshire are the region\u2019s two forces graded outstanding at preventing "
                  "crime. Cambridgeshire requires improvement in two areas, and the region\u2019s chief constables "
                  "have agreed to share call handling practice.", BODY),
    ]
    for area, text in afis:
        gold.afi(2, area, text)
    return build_pdf(story, "OFFICIAL \u2013 Norfolk OPCC", title, pagesize=page), gold



# ---------------------------------------------------------------- 8. British Transport Police: the force's response (Word, grades in "good at ..." bullets)
def btp() -> tuple[bytes, Gold]:
    force = "British Transport Police"
    title = "Our response to the HMICFRS PEEL 2023\u201325 inspection of British Transport Police"
    gold = Gold(force, "docx", title=title)
    document = new_docx("OFFICIAL", "British Transport Police \u2013 response to HMICFRS")
    document.add_paragraph(title, style="Title")
    document.add_paragraph("Published by British Transport Police, May 2026")
    document.add_heading("Introduction", level=1)
    document.add_paragraph("His Majesty\u2019s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) "
                           "published its PEEL 2023\u201325 report on British Transport Police on 9 April 2026. The "
                           "inspection looked at how well we keep people safe on the railway and how we use our "
                           "resources.")
    document.add_paragraph("HMICFRS graded the force as:")
    graded = [("good", "police powers and public treatment"), ("adequate", "preventing crime"),
              ("adequate", "responding to the public"), ("requires improvement", "investigating crime"),
              ("good", "protecting vulnerable people"), ("adequate", "managing offenders"),
              ("requires improvement", "developing a positive workplace"),
              ("adequate", "leadership and force management")]
    for i, (grade, raw) in enumerate(graded):
        end = "; and" if i == len(graded) - 2 else ("." if i == len(graded) - 1 else ";")
        document.add_paragraph(f"{grade} at {raw}{end}", style="List Bullet")
        gold.grade(None, AREAS_2325[i], grade.capitalize(), "2026-04", area_raw=raw)
    document.add_paragraph("The Chief Constable said: \u201cWe accept the findings in full. We are proud that the "
                           "inspectorate recognised the care our officers show to vulnerable people, and we know we "
                           "must do better for the victims of the crimes we investigate.\u201d")
    document.add_heading("Investigating crime", level=1)
    document.add_heading("Cause of concern", level=2)
    cause = ("British Transport Police doesn\u2019t investigate crime effectively enough, and too many victims are "
             "not kept informed about their cases.")
    document.add_paragraph("The report sets out one cause of concern:")
    bold_para(document, cause)
    lead = "Within six months, British Transport Police should:"
    recs = ["make sure that investigations are allocated to officers with the skills and capacity to complete them;",
            "make sure that supervisors review investigations at the intervals set out in force policy; and",
            "make sure that victims are updated in line with the Victims\u2019 Code."]
    document.add_paragraph("It makes the following recommendations:")
    document.add_paragraph(lead)
    for text in recs:
        document.add_paragraph(text, style="List Bullet")
    gold.cause(None, "Investigating crime", cause)
    for text in recs:
        gold.rec(None, text, "Within six months", lead, cause)
    document.add_paragraph("Our response: a crime investigation improvement programme, led by the Deputy Chief "
                           "Constable, began in April 2026. It will recruit 40 more detectives by March 2027.")
    document.add_heading("Areas for improvement", level=1)
    document.add_paragraph("The report also gives seven areas for improvement. We set out our response to each "
                           "below.")
    afis = [("1", "Responding to the public", "The force should make sure that calls for service are graded "
             "according to the risk to the caller.", "Call grading audit from June 2026.", "Head of FCR"),
            ("2", "Responding to the public", "The force should make sure it attends incidents within its "
             "published attendance times.", "New deployment model in the two busiest divisions.", "ACC Operations"),
            ("3", "Investigating crime", "The force should make sure that it obtains and records the views of "
             "victims before finalising an investigation.", "Finalisation checklist introduced.", "Head of Crime"),
            ("4", "Preventing crime", "The force should make sure that its problem-solving plans are evaluated.",
             "Evaluation template issued to neighbourhood teams.", "Head of Neighbourhood Policing"),
            ("5", "Developing a positive workplace", "The force should make sure that the workforce has access to "
             "occupational health support in a timely way.", "Provider contract retendered.", "Director of People"),
            ("6", "Developing a positive workplace", "The force should make sure officers and staff have regular "
             "development reviews.", "Completion reported monthly to the chief officer team.", "Director of People"),
            ("7", "Leadership and force management", "The force should improve its understanding of the demand it "
             "faces across the rail network.", "Demand modelling commissioned.", "Chief Finance Officer")]
    word_table(document, [["No.", "Area of policing", "Area for improvement", "Our response", "Lead"]]
               + [list(a) for a in afis], header_fill="1F3864", widths=[1.1, 3.3, 6, 4, 2.6])
    for header_cell in document.tables[-1].rows[0].cells:
        for run in header_cell.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for _, area, text, _, _ in afis:
        gold.afi(None, area, text)
    document.add_heading("Next steps", level=1)
    document.add_paragraph("We will publish an update on our progress in the autumn. The British Transport Police "
                           "Authority will scrutinise our plan at its Performance Committee.")
    return docx_bytes(document), gold


# ---------------------------------------------------------------- 9. Devon and Cornwall: PCC's section 55 response to a child protection inspection
def devon_cornwall() -> tuple[bytes, Gold]:
    force = "Devon and Cornwall Police"
    gold = Gold(force, "pdf", title="Response of the Police and Crime Commissioner to the HMICFRS national child "
                "protection inspection of Devon and Cornwall Police")
    judgments = [("Leadership and management", "Child protection leadership", "Good",
                  "The Commissioner welcomes the strong governance of child protection."),
                 ("Working with safeguarding partners", "Working with safeguarding partners", "Good",
                  "Partnership arrangements are mature across all four local authority areas."),
                 ("Responding to children at risk of harm", "Responding to children at risk of harm",
                  "Requires improvement", "The Commissioner will scrutinise the response to missing children."),
                 ("Assessing risk to children and making appropriate referrals",
                  "Assessing risk to children and making appropriate referrals", "Adequate",
                  "Progress will be reported to the Commissioner\u2019s Performance Board."),
                 ("Investigating reports of abuse, neglect and exploitation of children",
                  "Investigating reports of abuse, neglect and exploitation of children", "Inadequate",
                  "See the cause of concern below."),
                 ("Managing those who pose a risk to children", "Managing those who pose a risk to children",
                  "Adequate", "No comment.")]
    rows = [["Inspection area", "HMICFRS judgment", "Commissioner\u2019s comment"]] + [[r, g, c] for r, _, g, c in
                                                                                    judgments]
    fills = {(r, 1): GRADE_FILL[g] for r, (_, _, g, _) in enumerate(judgments, start=1)}
    for raw, area, grade, _ in judgments:
        gold.grade(1, area, grade, "2025-12", CP, raw)
    cause = ("Devon and Cornwall Police doesn\u2019t investigate reports of child abuse and exploitation quickly or "
             "thoroughly enough.")
    lead_1 = "Within three months, Devon and Cornwall Police should:"
    recs_1 = ["review all open investigations of child sexual abuse to make sure that the children involved are "
              "safeguarded; and",
              "make sure every such investigation has a plan set by a supervisor."]
    lead_2 = "Within six months, Devon and Cornwall Police should:"
    recs_2 = ["make sure it has enough trained detectives in its child abuse investigation teams."]
    afis = [("Responding to children at risk of harm", "The force should make sure that officers record the "
             "views and feelings of children they meet when attending incidents.",
             "Body-worn video prompts and a new recording field in the incident log."),
            ("Responding to children at risk of harm", "The force should improve how it assesses the risk to "
             "children reported missing for a second or further time.",
             "A missing children coordinator now reviews every repeat episode."),
            ("Assessing risk to children and making appropriate referrals", "The force should make sure that "
             "referrals to children\u2019s social care are made without delay.",
             "Referral times are now reported weekly."),
            ("Managing those who pose a risk to children", "The force should make sure that its visits to "
             "registered sex offenders are carried out on time.",
             "Overdue visits cleared by the end of January 2026.")]
    story = [
        Paragraph("Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly", LABEL),
        Paragraph("Response of the Police and Crime Commissioner to the HMICFRS national child protection "
                  "inspection of Devon and Cornwall Police", H1),
        Paragraph("Section 55 of the Police Act 1996 requires the Commissioner to publish comments on any HMICFRS "
                  "report about the force within 56 days of its publication. This is that response.", BODY),
        Paragraph("The inspection", H2),
        Paragraph("HMICFRS published its national child protection inspection report on Devon and Cornwall Police "
                  "on 11 December 2025. The inspectorate last inspected the force\u2019s child protection work in "
                  "2020, when it found that the force needed to improve how it shared information with partners.",
                  BODY),
        Paragraph("The judgments", H2),
        grid(rows, [5.6 * cm, 3.6 * cm, 7.8 * cm], fills),
        Spacer(1, 6),
        Paragraph("The Commissioner is most concerned about the inadequate judgment for investigations and has "
                  "asked the Chief Constable for a monthly update until the cause of concern is discharged.", BODY),
        PageBreak(),
        Paragraph("Cause of concern and recommendations", H2),
        Paragraph("The report gives one cause of concern:", BODY),
        Paragraph(cause, BOLD),
        Paragraph("Recommendations", LABEL),
        Paragraph(lead_1, BODY),
        bullets(recs_1),
        Paragraph(lead_2, BODY),
        bullets(recs_2),
        Paragraph("The Chief Constable has set up a dedicated review team and has moved 18 detectives into the "
                  "child abuse investigation teams.", BODY),
        Paragraph("Areas for improvement", H2),
        grid([["Inspection area", "Area for improvement", "Chief Constable\u2019s response"]] + [list(a) for a in afis],
             [4.8 * cm, 6.6 * cm, 5.6 * cm]),
        Spacer(1, 6),
        Paragraph("The Commissioner will receive a further update at her Performance and Accountability Board in "
                  "June 2026.", BODY),
        Paragraph("Morwenna Pascoe, Police and Crime Commissioner, 29 January 2026", SMALL),
    ]
    gold.cause(2, None, cause)
    for text in recs_1:
        gold.rec(2, text, "Within three months", lead_1, cause)
    for text in recs_2:
        gold.rec(2, text, "Within six months", lead_2, cause)
    for area, text, _ in afis:
        gold.afi(2, area, text)
    return build_pdf(story, "OFFICIAL \u2013 Section 55 response", "Section 55 response"), gold


# ---------------------------------------------------------------- main
DOCUMENTS: dict[str, Callable[[], tuple[bytes, Gold]]] = {
    "peel-2023-25-kent-round37.pdf": kent,
    "ncpi-sussex-round37.docx": sussex,
    "surrey-pcp-peel-journey-2026-02-05-round37.pdf": surrey,
    "hampshire-iow-cc-peel-outcome-2026-04-14-round37.pdf": hampshire,
    "essex-pfcc-annual-report-2025-26-round37.docx": essex,
    "peel-2021-22-thames-valley-round37.pdf": thames_valley,
    "norfolk-opcc-eastern-peel-comparison-2026-02-24-round37.pdf": norfolk,
    "btp-response-peel-2023-25-round37.docx": btp,
    "devon-cornwall-pcc-s55-child-protection-round37.pdf": devon_cornwall,
}


def main(names: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for name in names or DOCUMENTS:
        data, gold = DOCUMENTS[name]()
        if name.endswith(".pdf"):
            check_pages(name, data, gold)
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                gold.records["documents"][0]["pages"] = len(pdf.pages)
        (HERE / name).write_bytes(data)
        payload = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": gold.records}
        (GOLD / f"{name}.json").write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n")
        print(name)


if __name__ == "__main__":
    main(sys.argv[1:])
