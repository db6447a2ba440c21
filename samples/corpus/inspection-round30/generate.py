"""Held-out inspection round 30: seven ordinary inspection documents of northern forces, with their gold.

    .venv/bin/python samples/corpus/inspection-round30/generate.py [FILE ...]

Builds every document (or those named) beside this file and writes its gold to gold/<file>.json (held out in session 6, promoted in session 7).
Reportlab PDFs are drawn in invariant mode; Word files get fixed zip times; the two Word-made PDFs go
through LibreOffice (`office_pdf.docx_to_pdf`, needs `soffice`). Every PDF record's page is written by
hand and checked against the PDF's own text (the build fails if a record's words are not on its page).
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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parents[1])]  # corpus helpers; samples/generator
from inspection_render import GRADE_FILL, fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

CHECKED = ("Written by hand in samples/corpus/inspection-round30/generate.py beside the text it describes, blind "
           "(no extractor code, extractor test or earlier generator read); PDF pages checked against the PDF's own "
           "text by the generator and read against `scrutiny inspect`. Held out: never scored by its author.")
TYPES = ("documents", "grades", "areas_for_improvement", "causes_of_concern", "recommendations", "findings")
P2325, P2122, CP = "PEEL 2023-25", "PEEL 2021/22", "Child protection"


class Gold:
    """The records a careful analyst takes from one document, each with the words that locate its page."""

    def __init__(self, force: str) -> None:
        self.force = force
        self.records: dict[str, list[dict]] = {t: [] for t in TYPES}
        self.anchors: list[tuple[dict, str]] = []

    def _add(self, record_type: str, page: int | None, anchor: str, **fields) -> None:
        record = {"page": page, "force": fields.pop("force", self.force), **fields}
        self.records[record_type].append(record)
        self.anchors.append((record, anchor))

    def document(self, title: str, **fields) -> None:
        self.records["documents"].append({"page": None, "force": self.force, "status": "ok", "title": title,
                                          **fields})

    def grade(self, page, area, grade, as_of, framework=P2325, area_raw=None, anchor=None) -> None:
        raw = area_raw or area
        self._add("grades", page, anchor or raw, framework=framework, area=area, area_raw=raw, grade=grade,
                  as_of=as_of)

    def afi(self, page, area, text, detail=None, anchor=None) -> None:
        self._add("areas_for_improvement", page, anchor or text, area=area, text=text, detail=detail)

    def cause(self, page, area, text, detail=None) -> None:
        self._add("causes_of_concern", page, text, area=area, text=text, detail=detail)

    def recommendation(self, page, text, timescale, lead_in, cause) -> None:
        self._add("recommendations", page, text, text=text, timescale=timescale, lead_in=lead_in,
                  cause_of_concern_text=cause)

    def finding(self, page, area, kind, text) -> None:
        self._add("findings", page, text, kind=kind, area=area, text=text)


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower().replace("ﬁ", "fi").replace("ﬂ", "fl"))


def check_pages(data: bytes, gold: Gold) -> None:
    """Fail unless every PDF record's words (its first 60 letters) are on the page the gold gives."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [_squash(page.extract_text() or "") for page in pdf.pages]
    for record, anchor in gold.anchors:
        key = _squash(anchor)[:60]
        found = [n for n, text in enumerate(pages, start=1) if key in text]
        if record["page"] not in found:
            raise SystemExit(f"{anchor[:60]!r}: gold page {record['page']}, found on {found}")


# ---------------------------------------------------------------- reportlab

BASE = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6, alignment=TA_LEFT)
BOLD = ParagraphStyle("bold", parent=BASE, fontName="Helvetica-Bold")
KICKER = ParagraphStyle("kicker", parent=BASE, fontName="Helvetica-Bold", fontSize=11, textColor="#5b2c6f")
TITLE = ParagraphStyle("title", parent=BASE, fontName="Helvetica-Bold", fontSize=22, leading=27, spaceAfter=10,
                       textColor="#5b2c6f")
H1 = ParagraphStyle("h1", parent=BASE, fontName="Helvetica-Bold", fontSize=16, leading=20, spaceBefore=8,
                    spaceAfter=8, textColor="#5b2c6f")
H2 = ParagraphStyle("h2", parent=BASE, fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=6,
                    spaceAfter=5)
H3 = ParagraphStyle("h3", parent=BASE, fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=4,
                    spaceAfter=3, textColor="#5b2c6f")
CELL = ParagraphStyle("cell", parent=BASE, fontSize=9.5, leading=12, spaceAfter=0)
CELL_BOLD = ParagraphStyle("cellbold", parent=CELL, fontName="Helvetica-Bold")


def bullets(items: list[str], style: ParagraphStyle = BASE) -> ListFlowable:
    return ListFlowable([ListItem(Paragraph(item, style), leftIndent=14) for item in items], bulletType="bullet",
                        start="•", leftIndent=14, bulletFontSize=9)


def grid(rows: list[list[str]], widths: list[float], fills: dict[tuple[int, int], str] | None = None,
         header_fill: str = "#5b2c6f") -> Table:
    cells = [[Paragraph(text, CELL_BOLD if r == 0 else CELL) for text in row] for r, row in enumerate(rows)]
    table = Table(cells, colWidths=widths, repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(header_fill))]
    style += [("BACKGROUND", (c, r), (c, r), colors.HexColor(fill)) for (r, c), fill in (fills or {}).items()]
    table.setStyle(TableStyle(style))
    for cell in cells[0]:
        cell.style = ParagraphStyle("hdr", parent=CELL_BOLD, textColor=colors.white)
    return table


def reportlab_pdf(story: list, title: str, header: str, footer: str) -> bytes:
    buffer = io.BytesIO()

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(20 * mm, A4[1] - 12 * mm, header)
        canvas.drawString(20 * mm, 10 * mm, footer)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=title, author="", creator="inspection-round30",
                            invariant=1)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


# ---------------------------------------------------------------- Word

def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.lstrip("#").upper())
    tc_pr.append(shd)


def repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    tr_pr.append(mark)


def word_document(header: str, footer: str) -> Document:
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        document.styles[name].font.name = "Arial"
    section = document.sections[0]
    section.header.paragraphs[0].text = header
    section.footer.paragraphs[0].text = footer
    return document


def bold_paragraph(document: Document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def word_table(document: Document, rows: list[list[str]], fills: dict[tuple[int, int], str] | None = None,
               header_fill: str = "D9E2F3") -> object:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            paragraphs = text.split("\n")
            cell = table.cell(r, c)
            cell.paragraphs[0].add_run(paragraphs[0]).bold = r == 0
            for more in paragraphs[1:]:
                cell.add_paragraph(more)
    for c in range(len(rows[0])):
        shade(table.cell(0, c), header_fill)
    repeat_header(table.rows[0])
    for (r, c), fill in (fills or {}).items():
        shade(table.cell(r, c), fill)
    return table


def docx_bytes(document: Document) -> bytes:
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip_times(raw.getvalue())


# ---------------------------------------------------------------- the documents

def lancashire() -> tuple[bytes, Gold]:
    """HMICFRS PEEL 2023-25 report, the common form: judgments table, area sections with a cause of concern,
    recommendations, boxed AFIs with and without detail, bullet AFIs, promising practice."""
    force = "Lancashire Constabulary"
    g = Gold(force)
    g.document("PEEL 2023–25: An inspection of Lancashire Constabulary", doc_kind="peel_report",
               publication_date="2026-01-14", file_type="pdf")
    judgments = [("Police powers and public treatment", "Good"), ("Preventing crime", "Good"),
                 ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
                 ("Protecting vulnerable people", "Adequate"), ("Managing offenders", "Good"),
                 ("Developing a positive workplace", "Adequate"), ("Leadership and force management", "Good")]
    story = [Paragraph("Police effectiveness, efficiency and legitimacy", KICKER),
             Paragraph("PEEL 2023–25: An inspection of Lancashire Constabulary", TITLE),
             Paragraph("Published 14 January 2026", BOLD), Spacer(1, 8),
             Paragraph("Contents", H2),
             Paragraph("About this inspection", BASE), Paragraph("Our judgments", BASE),
             Paragraph("HM Inspector’s observations", BASE), Paragraph("Responding to the public", BASE),
             Paragraph("Investigating crime", BASE), Paragraph("Protecting vulnerable people", BASE),
             Paragraph("Developing a positive workplace", BASE),
             Paragraph("About this inspection", H1),
             Paragraph("We have inspected how well Lancashire Constabulary provides policing services to the "
                       "public. We made our assessments against the characteristics of good policing, using "
                       "evidence from document review, data, a survey of the workforce, interviews and reality "
                       "testing in three of the force’s basic command units.", BASE),
             Paragraph("Our judgments are based on the force’s performance at the time of our fieldwork, which "
                       "took place between June and September 2025. We don’t grade every area of policing in "
                       "every inspection, and we don’t compare one force’s grades with another’s.", BASE),
             PageBreak(),
             Paragraph("Our judgments", H1),
             Paragraph("Our inspection assessed how good Lancashire Constabulary is in eight areas of policing. "
                       "We make graded judgments in the following eight areas:", BASE)]
    rows = [["Area of policing", "Grade"]] + [[a, gr] for a, gr in judgments]
    fills = {(r, 1): GRADE_FILL[gr] for r, (_, gr) in enumerate(judgments, start=1)}
    story += [grid(rows, [110 * mm, 60 * mm], fills), Spacer(1, 10),
              Paragraph("HM Inspector’s observations", H1),
              Paragraph("I am pleased with some aspects of Lancashire Constabulary’s performance, but the force "
                        "needs to improve how it answers and responds to calls from the public.", BASE),
              Paragraph("When we last inspected the force, in 2022, we judged it to be good at responding to the "
                        "public. Its performance has since declined: too many emergency calls wait longer than "
                        "ten seconds to be answered, and attendance at priority incidents is often late.", BASE),
              Paragraph("The force has a clear plan for its neighbourhood teams, and its work with partners to "
                        "prevent crime is well established. Officers and staff told us they felt proud to work "
                        "for the force.", BASE),
              PageBreak()]
    g.grade(2, "Police powers and public treatment", "Good", "2026-01")
    g.grade(2, "Preventing crime", "Good", "2026-01")
    g.grade(2, "Responding to the public", "Requires improvement", "2026-01")
    g.grade(2, "Investigating crime", "Adequate", "2026-01")
    g.grade(2, "Protecting vulnerable people", "Adequate", "2026-01")
    g.grade(2, "Managing offenders", "Good", "2026-01")
    g.grade(2, "Developing a positive workplace", "Adequate", "2026-01")
    g.grade(2, "Leadership and force management", "Good", "2026-01")

    cause = ("Lancashire Constabulary doesn’t answer emergency calls quickly enough, and it doesn’t attend "
             "incidents within the times it has set.")
    cause_detail = ("In the year to June 2025, the force answered 71.4 percent of emergency calls within ten "
                    "seconds, below the national standard of 90 percent. Officers attended 64 percent of "
                    "emergency incidents within the force’s target time. The force doesn’t assess the risk of "
                    "repeat callers consistently.")
    lead = "Within three months, Lancashire Constabulary should:"
    recs = ["make sure it has enough call handlers on duty to answer emergency calls within the national standard;",
            "make sure call handlers use a structured risk assessment for every call, including repeat callers; and",
            "review how it allocates officers to emergency incidents so that it meets its attendance times."]
    afi1 = "The force should make sure that it records the vulnerability of victims when it first takes a call."
    afi1_paragraphs = ["In 31 of the 96 incidents we reviewed, call handlers didn’t record whether the victim "
                       "was vulnerable. This means that the force can’t be sure it gives priority to the people "
                       "most in need.",
                       "The force is introducing a new command and control system in spring 2026. It should make "
                       "sure the new system prompts call handlers to record vulnerability."]
    afi1_detail = "\n\n".join(afi1_paragraphs)
    story += [Paragraph("Responding to the public", H1),
              Paragraph("Lancashire Constabulary requires improvement at responding to the public.", BOLD),
              Paragraph("Cause of concern", H3), Paragraph(cause, BOLD), Paragraph(cause_detail, BASE),
              Paragraph("Recommendations", H3), Paragraph(lead, BASE), bullets(recs),
              Spacer(1, 6),
              Paragraph("Area for improvement", H3), Paragraph(afi1, BOLD),
              *[Paragraph(text, BASE) for text in afi1_paragraphs],
              PageBreak()]
    g.cause(3, "Responding to the public", cause, cause_detail)
    for rec in recs:
        g.recommendation(3, rec, "Within three months", lead, cause)
    g.afi(3, "Responding to the public", afi1, afi1_detail)

    inv = ["The force should make sure that investigations are supervised effectively, and that the "
           "supervision is recorded.",
           "The force should make sure it completes victim needs assessments and records the reason where a "
           "victim withdraws support for an investigation."]
    pvp = "The force should improve how it shares information about children at risk with safeguarding partners."
    pvp_detail = ("Referrals to children’s social care are not always made on the day of the incident. In eight "
                  "of the 40 cases we reviewed, the referral took more than a week.")
    practice = "Domestic abuse specialists in the force control room"
    practice_text = ("Since March 2025 the force has placed two domestic abuse specialists in the control room "
                     "at peak times. They review calls as they come in and advise call handlers on safety "
                     "planning.")
    workforce = "The force should make sure that its officers and staff receive regular wellbeing conversations."
    story += [Paragraph("Investigating crime", H1),
              Paragraph("Lancashire Constabulary is adequate at investigating crime.", BOLD),
              Paragraph("Areas for improvement", H3), bullets(inv),
              Paragraph("Protecting vulnerable people", H1),
              Paragraph("Lancashire Constabulary is adequate at protecting vulnerable people.", BOLD),
              Paragraph("Area for improvement", H3), Paragraph(pvp, BOLD), Paragraph(pvp_detail, BASE),
              Paragraph("Promising practice", H3), Paragraph(practice, BOLD), Paragraph(practice_text, BASE),
              Paragraph("Developing a positive workplace", H1),
              Paragraph("Lancashire Constabulary is adequate at building, supporting and protecting the "
                        "workforce.", BOLD),
              Paragraph("Area for improvement", H3), Paragraph(workforce, BOLD),
              Paragraph("Other areas", H1),
              Paragraph("We found the force good at treating the public fairly, at preventing crime, at managing "
                        "offenders and in its leadership. The full findings are in the report’s annex.", BASE)]
    for text in inv:
        g.afi(4, "Investigating crime", text)
    g.afi(4, "Protecting vulnerable people", pvp, pvp_detail)
    g.finding(4, "Protecting vulnerable people", "promising_practice", practice)
    g.afi(4, "Developing a positive workplace", workforce)
    data = reportlab_pdf(story, "PEEL 2023–25: An inspection of Lancashire Constabulary",
                         "PEEL 2023–25 | Lancashire Constabulary", "HMICFRS")
    return data, g


def south_yorkshire() -> tuple[bytes, Gold]:
    """HMICFRS PEEL 2021/22 report, the common form of that framework: the five grade columns with each area
    written under its grade, then area sections with AFIs as bold sentences under "Area for improvement"."""
    force = "South Yorkshire Police"
    g = Gold(force)
    g.document("PEEL 2021/22: An inspection of South Yorkshire Police", doc_kind="peel_report",
               publication_date="2022-10-14", file_type="pdf")
    columns = {
        "Outstanding": ["Preventing crime and anti-social behaviour"],
        "Good": ["Engaging with and treating the public with fairness and respect", "Managing offenders and suspects",
                 "Disrupting serious organised crime", "Building, supporting and protecting the workforce"],
        "Adequate": ["Responding to the public", "Good use of resources", "Recording data about crime"],
        "Requires improvement": ["Investigating crime", "Protecting vulnerable people"],
        "Inadequate": [],
    }
    canonical = {"Preventing crime and anti-social behaviour": "Preventing crime",
                 "Engaging with and treating the public with fairness and respect":
                     "Police powers and public treatment",
                 "Managing offenders and suspects": "Managing offenders",
                 "Building, supporting and protecting the workforce": "Developing a positive workplace"}
    depth = max(len(v) for v in columns.values())
    rows = [list(columns)] + [[areas[i] if i < len(areas) else "" for areas in columns.values()]
                              for i in range(depth)]
    header_fills = {(0, c): GRADE_FILL[grade] for c, grade in enumerate(columns)}
    table = grid(rows, [34 * mm] * 5, header_fills)
    story = [Paragraph("Police effectiveness, efficiency and legitimacy", KICKER),
             Paragraph("PEEL 2021/22: An inspection of South Yorkshire Police", TITLE),
             Paragraph("Published 14 October 2022", BOLD), Spacer(1, 6),
             Paragraph("Overall summary", H1),
             Paragraph("Our judgments", H2),
             Paragraph("Our inspection assessed how good South Yorkshire Police is in ten areas of policing. We "
                       "make graded judgments in nine of these ten as follows:", BASE),
             table, Spacer(1, 8),
             Paragraph("We also inspected how effective a service South Yorkshire Police gives to victims of crime. "
                       "We don’t make a graded judgment in this overall area.", BASE),
             Paragraph("We set out our detailed findings about things the force is doing well and where the force "
                       "should improve in the rest of this report.", BASE),
             PageBreak()]
    for grade, areas in columns.items():
        for area in areas:
            g.grade(1, canonical.get(area, area), grade, "2022-10", framework=P2122, area_raw=area,
                    anchor=area.split()[0])  # the narrow cells wrap: only the first word is checked

    victims = ("Providing a service to victims of crime", "We don’t grade this area. The force records most of "
               "the crimes reported to it, but victims are not always told when their investigation is closed.")
    inv_afi = "The force should make sure that it allocates investigations to officers with the right skills."
    inv_detail = ("In 22 of the 74 investigations we reviewed, the officer allocated had not been trained to "
                  "investigate the offence. Supervisors did not always review the allocation.")
    inv_afi2 = "The force should make sure that victim personal statements are offered and recorded."
    pvp_afi = ("The force should make sure it uses all the powers available to it to protect victims of domestic "
               "abuse, including domestic violence protection orders.")
    pvp_detail = ("The force applied for 41 domestic violence protection orders in the year to March 2022, fewer "
                  "than similar forces. Officers told us they were unsure of the process.")
    res_afi = "The force should answer non-emergency calls more quickly."
    res_detail = ("In the year to March 2022, the average time to answer a 101 call was more than six minutes, "
                  "and 18 percent of callers hung up before their call was answered.")
    story += [Paragraph(victims[0], H1), Paragraph(victims[1], BASE),
              Paragraph("Responding to the public", H1),
              Paragraph("South Yorkshire Police is adequate at responding to the public.", BOLD),
              Paragraph("Area for improvement", H3), Paragraph(res_afi, BOLD), Paragraph(res_detail, BASE),
              Paragraph("Investigating crime", H1),
              Paragraph("South Yorkshire Police requires improvement at investigating crime.", BOLD),
              Paragraph("Areas for improvement", H3), Paragraph(inv_afi, BOLD), Paragraph(inv_detail, BASE),
              Paragraph(inv_afi2, BOLD),
              Paragraph("Protecting vulnerable people", H1),
              Paragraph("South Yorkshire Police requires improvement at protecting vulnerable people.", BOLD),
              Paragraph("Area for improvement", H3), Paragraph(pvp_afi, BOLD), Paragraph(pvp_detail, BASE),
              PageBreak()]
    g.afi(2, "Responding to the public", res_afi, res_detail)
    g.afi(2, "Investigating crime", inv_afi, inv_detail)
    g.afi(2, "Investigating crime", inv_afi2)
    g.afi(2, "Protecting vulnerable people", pvp_afi, pvp_detail)

    prev = "Innovative practice"
    prev_title = "Problem-solving hubs run with local authorities"
    prev_text = ("Each district has a problem-solving hub staffed by police, council and housing officers. The hubs "
                 "meet weekly and track every long-term problem to its resolution.")
    res_afi2 = ("The force should make sure it understands the demand it faces and has enough resources to meet "
                "it.")
    story += [Paragraph("Preventing crime and anti-social behaviour", H1),
              Paragraph("South Yorkshire Police is outstanding at preventing crime and anti-social behaviour.", BOLD),
              Paragraph(prev, H3), Paragraph(prev_title, BOLD), Paragraph(prev_text, BASE),
              Paragraph("Good use of resources", H1),
              Paragraph("South Yorkshire Police is adequate at making good use of its resources.", BOLD),
              Paragraph("Area for improvement", H3), Paragraph(res_afi2, BOLD),
              Paragraph("Recording data about crime", H1),
              Paragraph("South Yorkshire Police is adequate at recording data about crime. The force records "
                        "92.4 percent of reported crime; we estimate that around 8,500 crimes a year go "
                        "unrecorded.", BASE)]
    g.finding(3, "Preventing crime", "innovative_practice", prev_title)
    g.afi(3, "Good use of resources", res_afi2)
    data = reportlab_pdf(story, "PEEL 2021/22: An inspection of South Yorkshire Police",
                         "PEEL 2021/22 | South Yorkshire Police", "HMICFRS | www.justiceinspectorates.gov.uk/hmicfrs")
    return data, g


def gmp_letter() -> tuple[bytes, Gold]:
    """An HM Inspector's letter to a chief constable raising an accelerated cause of concern during a PEEL
    inspection, with dated recommendations; no grades."""
    force = "Greater Manchester Police"
    g = Gold(force)
    g.document("Accelerated cause of concern: Greater Manchester Police", publication_date="2026-02-03",
               file_type="pdf")
    cause = ("Greater Manchester Police doesn’t manage the risk posed by registered sex offenders effectively, "
             "and too many offenders have not been visited within the required time.")
    detail = ("At the time of our inspection, 412 registered sex offenders were overdue a visit, 57 of whom were "
              "assessed as very high or high risk. Risk management plans were out of date in 19 of the 40 cases "
              "we reviewed.")
    lead = "By 31 July 2026, Greater Manchester Police should:"
    recs = ["clear its backlog of overdue visits to registered sex offenders, starting with those assessed as "
            "posing the highest risk;",
            "make sure every offender has an up-to-date risk management plan, reviewed by a supervisor; and",
            "make sure it has enough trained staff in its offender management units to meet demand."]
    story = [Paragraph("His Majesty’s Inspectorate of Constabulary and Fire &amp; Rescue Services", KICKER),
             Paragraph("Chief Constable<br/>Greater Manchester Police<br/>Force Headquarters<br/>Manchester", BASE),
             Paragraph("3 February 2026", BASE), Spacer(1, 6),
             Paragraph("Dear Chief Constable,", BASE),
             Paragraph("Accelerated cause of concern: Greater Manchester Police", H2),
             Paragraph("We are inspecting Greater Manchester Police as part of our PEEL 2023–25 programme. During "
                       "our fieldwork in January 2026 we found a serious problem that we believe the force should "
                       "address without waiting for our report. I am therefore writing to tell you of an "
                       "accelerated cause of concern.", BASE),
             Paragraph("Cause of concern", H3), Paragraph(cause, BOLD), Paragraph(detail, BASE),
             Paragraph("Recommendations", H3), Paragraph(lead, BASE), bullets(recs), Spacer(1, 6),
             Paragraph("We will publish this letter on our website. Our full PEEL report, including our graded "
                       "judgments, will follow later in the year, and we will assess the force’s progress against "
                       "these recommendations then. In our last inspection we graded the force as adequate at "
                       "managing offenders; this letter does not change that judgment.", BASE),
             Paragraph("I am copying this letter to the Mayor of Greater Manchester and the Deputy Mayor for "
                       "Policing, Crime, Criminal Justice and Fire.", BASE),
             Paragraph("Yours sincerely,", BASE), Spacer(1, 14),
             Paragraph("Rebecca Marlowe<br/>His Majesty’s Inspector of Constabulary", BASE),
             PageBreak(),
             Paragraph("Annex: how we reached this cause of concern", H2),
             Paragraph("We reviewed 40 offender management cases chosen at random from the force’s four offender "
                       "management units. We interviewed 23 offender managers and supervisors, and we held focus "
                       "groups with staff from the public protection department.", BASE),
             Paragraph("We also examined the force’s data on visits and risk assessments for the twelve months to "
                       "December 2025. The force told us that it had recognised the backlog and had moved staff "
                       "into the units in November 2025, but the number of overdue visits had not yet fallen.", BASE),
             Paragraph("We shared our initial findings with the force’s lead for public protection at the end of "
                       "our fieldwork.", BASE)]
    g.cause(1, None, cause, detail)
    for rec in recs:
        g.recommendation(1, rec, "By 31 July 2026", lead, cause)
    data = reportlab_pdf(story, "Accelerated cause of concern: Greater Manchester Police",
                         "OFFICIAL", "HMICFRS, 4th Floor, Globe House, London")
    return data, g


def merseyside() -> tuple[bytes, Gold]:
    """HMICFRS national child protection inspection as a Word file: judgments table, area sections in Word's
    heading styles, a cause of concern with recommendations, AFIs under Heading 3 labels, promising practice."""
    force = "Merseyside Police"
    g = Gold(force)
    g.document("An inspection of the Merseyside Police response to child protection",
               doc_kind="child_protection_report", publication_date="2026-02-24", file_type="docx")
    d = word_document("National child protection inspection: Merseyside Police", "© HMICFRS 2026")
    d.add_paragraph("National child protection inspection")
    d.add_paragraph("An inspection of the Merseyside Police response to child protection", style="Title")
    d.add_paragraph("Published 24 February 2026")
    d.add_heading("Foreword", level=1)
    d.add_paragraph("We inspected how well Merseyside Police protects children. We looked at 160 cases involving "
                    "children, spoke to officers, staff and partner agencies, and held focus groups with young "
                    "people. We found a force that has committed to improving its work with children but still "
                    "has work to do on the decisions it makes about them.")
    d.add_heading("Summary of our judgments", level=1)
    d.add_paragraph("We graded the force in five areas:")
    judgments = [("Leadership and management", "Child protection leadership", "Adequate"),
                 ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
                 ("Assessing risk to children and making appropriate referrals",
                  "Assessing risk to children and making appropriate referrals", "Requires improvement"),
                 ("Investigating reports of abuse, neglect and exploitation of children",
                  "Investigating reports of abuse, neglect and exploitation of children", "Adequate"),
                 ("Child protection decision-making", "Child protection decision-making", "Requires improvement")]
    word_table(d, [["Inspection area", "Judgment"]] + [[raw, grade] for raw, _, grade in judgments],
               {(r, 1): GRADE_FILL[grade] for r, (_, _, grade) in enumerate(judgments, start=1)})
    for raw, area, grade in judgments:
        g.grade(None, area, grade, "2026-02", framework=CP, area_raw=raw)
    d.add_paragraph("We last inspected the force’s child protection work in 2018, before we introduced graded "
                    "judgments for these inspections.")

    d.add_heading("Leadership and management", level=1)
    d.add_paragraph("Merseyside Police is adequate at leading and managing its child protection work.")
    lead_afi = ("Merseyside Police should make sure its leaders receive performance information that shows the "
                "quality of the service children receive, not only the volume of activity.")
    d.add_heading("Area for improvement", level=3)
    bold_paragraph(d, lead_afi)
    d.add_paragraph("Most of the measures leaders see count activity, such as the number of referrals made. Few "
                    "measure outcomes for children.")
    g.afi(None, "Child protection leadership", lead_afi, "Most of the measures leaders see count activity, such "
          "as the number of referrals made. Few measure outcomes for children.")

    d.add_heading("Assessing risk to children and making appropriate referrals", level=1)
    cause = ("Merseyside Police doesn’t consistently identify and assess the risk to children who are present "
             "at domestic abuse incidents.")
    cause_detail = ("In 23 of the 60 domestic abuse incidents we reviewed where children were present, officers "
                    "didn’t speak to the children or record their views. Risk assessments often described the "
                    "adults’ circumstances but not the children’s.")
    lead = "Within six months, Merseyside Police should:"
    recs = ["make sure officers speak to children at domestic abuse incidents and record what they say;",
            "make sure that risk assessments consider each child separately; and",
            "make sure supervisors review the risk assessments of children before the end of each shift."]
    d.add_heading("Cause of concern", level=3)
    bold_paragraph(d, cause)
    d.add_paragraph(cause_detail)
    d.add_heading("Recommendations", level=3)
    d.add_paragraph(lead)
    for rec in recs:
        d.add_paragraph(rec, style="List Bullet")
    g.cause(None, "Assessing risk to children and making appropriate referrals", cause, cause_detail)
    for rec in recs:
        g.recommendation(None, rec, "Within six months", lead, cause)

    d.add_heading("Investigating reports of abuse, neglect and exploitation of children", level=1)
    inv_afi = ("Merseyside Police should make sure that strategy discussions take place before officers interview "
               "children.")
    d.add_heading("Area for improvement", level=3)
    bold_paragraph(d, inv_afi)
    g.afi(None, "Investigating reports of abuse, neglect and exploitation of children", inv_afi)
    practice = "A youth panel that reviews the force’s letters to children"
    d.add_heading("Promising practice", level=3)
    bold_paragraph(d, practice)
    d.add_paragraph("A panel of twelve young people reviews the standard letters the force sends to children "
                    "and families. Since the panel began, letters are shorter and written in plain language.")
    g.finding(None, "Investigating reports of abuse, neglect and exploitation of children", "promising_practice",
              practice)

    d.add_heading("Child protection decision-making", level=1)
    dec_afi = ("Merseyside Police should make sure that officers consider alternatives to custody for children "
               "and record the reasons for their decision.")
    dec_detail = ("Children were detained overnight in 14 of the 30 custody records we reviewed. In most, there "
                  "was no record that the custody officer had asked the local authority for a place of safety.")
    d.add_heading("Area for improvement", level=3)
    bold_paragraph(d, dec_afi)
    d.add_paragraph(dec_detail)
    g.afi(None, "Child protection decision-making", dec_afi, dec_detail)
    d.add_heading("Next steps", level=1)
    d.add_paragraph("We will ask the force to share its plan for responding to our cause of concern within six "
                    "weeks of this report, and we will monitor its progress.")
    return docx_bytes(d), g


def cumbria() -> tuple[bytes, Gold]:
    """A Police, Fire and Crime Commissioner's annual report (Word): the PEEL grades as a list of areas under
    each grade word, among the usual annual-report content."""
    force = "Cumbria Constabulary"
    g = Gold(force)
    g.document("Annual Report 2025/26", file_type="docx")
    d = word_document("Cumbria Police, Fire and Crime Commissioner", "Annual Report 2025/26")
    d.add_paragraph("Annual Report 2025/26", style="Title")
    d.add_paragraph("Police, Fire and Crime Commissioner for Cumbria")
    d.add_heading("Foreword", level=1)
    d.add_paragraph("This is my annual report for the year from April 2025 to March 2026. It sets out what the "
                    "Constabulary and Cumbria Fire and Rescue Service have delivered against the priorities of "
                    "my Police, Fire and Crime Plan, and how I have held the Chief Constable to account.")
    d.add_heading("Our priorities", level=1)
    for line in ("Keeping rural communities safe", "Putting victims first", "Tackling violence against women and girls",
                 "An efficient and effective service"):
        d.add_paragraph(line, style="List Bullet")
    d.add_heading("Holding the Chief Constable to account", level=1)
    d.add_paragraph("I hold a public accountability meeting with the Chief Constable every quarter. This year "
                    "the meetings examined rural crime, the answering of 101 calls and the force’s response to "
                    "domestic abuse.")
    d.add_heading("Inspection", level=2)
    d.add_paragraph("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its "
                    "PEEL 2023–25 report on Cumbria Constabulary in October 2025. The inspectorate graded the "
                    "Constabulary as follows.")
    grouped = {"Good": ["Police powers and public treatment", "Preventing crime", "Managing offenders"],
               "Adequate": ["Responding to the public", "Developing a positive workplace",
                            "Leadership and force management"],
               "Requires improvement": ["Investigating crime", "Protecting vulnerable people"]}
    for grade, areas in grouped.items():
        d.add_heading(grade, level=3)
        for area in areas:
            d.add_paragraph(area, style="List Bullet")
            g.grade(None, area, grade, "2025-10")
    d.add_paragraph("In its previous inspection, in 2022, HMICFRS graded the Constabulary good at investigating "
                    "crime; the force has a plan to regain that grade. The report set out eleven areas for "
                    "improvement, which I monitor through my scrutiny meetings.")
    d.add_heading("Finance", level=1)
    word_table(d, [["", "2024/25 (£m)", "2025/26 (£m)"], ["Police grant", "74.2", "77.9"],
                   ["Council tax precept", "52.6", "55.8"], ["Total", "126.8", "133.7"]])
    d.add_paragraph("The budget was balanced without the use of reserves. Savings of £2.1 million were made "
                    "from estates and fleet.")
    d.add_heading("Commissioned services", level=1)
    d.add_paragraph("My office funds victim services, including independent domestic violence advisers and the "
                    "Victim Support hub. In 2025/26, 6,240 victims were referred to the hub, 9 percent more than "
                    "the year before. The Outstanding Contribution award for volunteers went to the Cumbria "
                    "Community Speedwatch network.")
    return docx_bytes(d), g


def north_yorkshire() -> tuple[bytes, Gold]:
    """A police, fire and crime panel report by the Commissioner, written in Word and saved as PDF: an
    improvement journey whose column headers date both reports, and an AFI progress table whose area cells
    are merged down over their AFIs."""
    force = "North Yorkshire Police"
    g = Gold(force)
    g.document("HMICFRS PEEL 2023–25 inspection of North Yorkshire Police", meeting_date="2026-02-12",
               file_type="pdf")
    d = word_document("North Yorkshire Police, Fire and Crime Panel – 12 February 2026 – Agenda item 6",
                      "OFFICIAL")
    d.add_paragraph("North Yorkshire Police, Fire and Crime Panel")
    d.add_paragraph("12 February 2026")
    d.add_paragraph("Report of the Police, Fire and Crime Commissioner")
    d.add_paragraph("HMICFRS PEEL 2023–25 inspection of North Yorkshire Police", style="Title")
    d.add_heading("1. Purpose of the report", level=1)
    d.add_paragraph("1.1 To inform the Panel of the findings of His Majesty’s Inspectorate of Constabulary and Fire "
                    "& Rescue Services’ (HMICFRS) PEEL 2023–25 inspection of North Yorkshire Police, published on "
                    "9 December 2025, and of how the Commissioner is holding the Chief Constable to account for "
                    "the force’s response.")
    d.add_heading("2. Recommendation", level=1)
    d.add_paragraph("2.1 That the Panel notes the report and the progress the force has made.")
    d.add_heading("3. Grades", level=1)
    d.add_paragraph("3.1 The table below sets the grades of the 2025 report beside those of the previous PEEL "
                    "inspection.")
    rows = [("Police powers and public treatment", "Good", "Adequate"),
            ("Preventing crime", "Adequate", "Adequate"),
            ("Responding to the public", "Good", "Requires improvement"),
            ("Investigating crime", "Adequate", "Requires improvement"),
            ("Protecting vulnerable people", "Requires improvement", "Requires improvement"),
            ("Managing offenders", "Good", "Good"),
            ("Developing a positive workplace", "Adequate", "Good"),
            ("Leadership and force management", "Adequate", "Not graded")]
    header = ["Area of policing", "Grade (report published December 2025)", "Grade (report published August 2022)"]
    fills = {}
    for r, (_, now, then) in enumerate(rows, start=1):
        fills[(r, 1)] = GRADE_FILL[now]
        if then in GRADE_FILL:
            fills[(r, 2)] = GRADE_FILL[then]
    word_table(d, [header] + [list(row) for row in rows], fills)
    for area, now, then in rows:
        g.grade(1, area, now, "2025-12", anchor=area.split()[0])  # cells wrap: the first word is checked
    for area, now, then in rows:
        if then in GRADE_FILL:
            g.grade(1, area, then, "2022-08", framework=P2122, anchor=area.split()[0])
    d.add_paragraph("3.2 The force has improved in three areas. The Commissioner notes that protecting vulnerable "
                    "people has been graded requires improvement in both inspections.")
    d.add_heading("4. Areas for improvement", level=1)
    d.add_paragraph("4.1 HMICFRS identified six areas for improvement and no causes of concern. The force’s "
                    "progress, as reported to the Commissioner’s Executive Board in January 2026, is set out below.")
    afis = [("Protecting vulnerable people",
             "The force should make sure that it completes safeguarding referrals for vulnerable adults without delay.",
             "New referral form live since November 2025; audit due March 2026.", "Amber"),
            ("Protecting vulnerable people",
             "The force should improve how it manages the risk posed by people who breach protective orders.",
             "Breach tracker in place; daily review by the safeguarding hub.", "Green"),
            ("Investigating crime",
             "The force should make sure investigation plans are recorded and reviewed by supervisors.",
             "Supervisor training 60 percent complete.", "Amber"),
            ("Investigating crime",
             "The force should make sure it gives victims the updates set out in the Victims’ Code.",
             "Automated text updates introduced for volume crime.", "Green"),
            ("Developing a positive workplace",
             "The force should make sure that its wellbeing support reaches staff in the control room.",
             "Wellbeing lead appointed for the control room.", "Green"),
            ("Leadership and force management",
             "The force should improve its understanding of the demand it faces from online crime.",
             "Demand review commissioned; report expected June 2026.", "Red")]
    rag = {"Green": "#00B050", "Amber": "#FFC000", "Red": "#FF0000"}
    table = word_table(d, [["PEEL area", "Area for improvement", "Progress", "RAG"]] +
                       [list(row) for row in afis],
                       {(r, 3): rag[row[3]] for r, row in enumerate(afis, start=1)})
    for top in (1, 3):  # the area cell merged down over its two AFIs
        merged = table.cell(top, 0).merge(table.cell(top + 1, 0))
        merged.text = afis[top - 1][0]
    # the narrow cells wrap, so a word of each AFI's cell locates its page
    for (area, text, _, _), word in zip(afis, ("completes", "protective", "supervisors", "Victims", "wellbeing",
                                                "understanding")):
        g.afi(2, area, text, anchor=word)
    d.add_heading("5. Commissioner’s assurance", level=1)
    d.add_paragraph("5.1 The Commissioner will scrutinise the force’s progress at the public accountability meeting "
                    "in April 2026 and will report to the Panel in the summer.")
    d.add_paragraph("Contact officer: Head of Policy and Scrutiny, Office of the Police, Fire and Crime "
                    "Commissioner.")
    return docx_to_pdf(docx_bytes(d)), g


def west_yorkshire() -> tuple[bytes, Gold]:
    """The Mayor's section 55 response to a PEEL 2023-25 report, written in Word and saved as PDF: a grade table
    with one row per grade listing its areas in one cell, and the report's AFIs quoted under area headings,
    each followed by the force's response."""
    force = "West Yorkshire Police"
    g = Gold(force)
    g.document("Response to the HMICFRS PEEL 2023–25 inspection of West Yorkshire Police", file_type="pdf")
    d = word_document("Mayor of West Yorkshire – section 55 response", "OFFICIAL – PUBLIC")
    d.add_paragraph("Response to the HMICFRS PEEL 2023–25 inspection of West Yorkshire Police", style="Title")
    d.add_paragraph("Mayor of West Yorkshire, 20 January 2026")
    d.add_heading("Introduction", level=1)
    d.add_paragraph("Under section 55 of the Police Act 1996, I must publish comments on HMICFRS reports about my "
                    "force within 56 days. This is my response to the inspectorate’s PEEL 2023–25 report on West "
                    "Yorkshire Police, published on 25 November 2025. The Deputy Mayor for Policing and Crime and I "
                    "welcome the report.")
    d.add_heading("The inspectorate’s judgments", level=1)
    grouped = [("Outstanding", ["Preventing crime"]),
               ("Good", ["Police powers and public treatment", "Managing offenders",
                         "Leadership and force management"]),
               ("Adequate", ["Responding to the public", "Developing a positive workplace"]),
               ("Requires improvement", ["Investigating crime", "Protecting vulnerable people"]),
               ("Inadequate", [])]
    rows = [["Grade", "Areas of policing"]] + [[grade, "\n".join(areas) if areas else "None"]
                                                for grade, areas in grouped]
    word_table(d, rows, {(r, 0): GRADE_FILL[grade] for r, (grade, _) in enumerate(grouped, start=1)})
    for grade, areas in grouped:
        for area in areas:
            g.grade(1, area, grade, "2025-11")
    d.add_paragraph("I am pleased that the force is outstanding at preventing crime, a result of years of "
                    "neighbourhood policing. I am concerned by the grades for investigating crime and protecting "
                    "vulnerable people, and I have asked the Chief Constable for a plan to improve both.")
    d.add_heading("Areas for improvement and the force’s response", level=1)
    d.add_paragraph("The report gives five areas for improvement. Each is quoted below with the force’s response.")
    sections = [
        ("Investigating crime", [
            ("The force should make sure that investigations are allocated to officers with the right skills and "
             "that their workloads are manageable.",
             "The force has introduced a crime allocation policy and a workload dashboard for supervisors. "
             "Investigator numbers will rise by 45 by March 2027."),
            ("The force should make sure that it seeks the views of victims before it closes an investigation.",
             "Closure letters now ask for victims’ views, and dip-sampling began in December 2025.")]),
        ("Protecting vulnerable people", [
            ("The force should make sure that officers record the voice of the child at incidents involving "
             "children.",
             "Body-worn video guidance has been updated and 2,100 officers have completed training.")]),
        ("Responding to the public", [
            ("The force should reduce the number of non-emergency calls abandoned before they are answered.",
             "An online reporting option has been expanded, and the call-back service extended to evenings.")]),
        ("Developing a positive workplace", [
            ("The force should make sure its officers and staff have the time to complete mandatory training.",
             "Protected learning time of one shift per quarter is in place from April 2026.")]),
    ]
    pages = iter((1, 2, 2, 2, 2))  # as LibreOffice lays the text out (checked against the PDF's text)
    for area, items in sections:
        d.add_heading(area, level=2)
        for afi, response in items:
            p = d.add_paragraph()
            p.add_run("Area for improvement: ").bold = True
            p.add_run(afi)
            p = d.add_paragraph()
            p.add_run("Force response: ").bold = True
            p.add_run(response)
            g.afi(next(pages), area, afi)
    d.add_heading("Conclusion", level=1)
    d.add_paragraph("The Deputy Mayor for Policing and Crime will monitor the force’s progress through the "
                    "Community Outcomes Meeting and report publicly on it.")
    d.add_paragraph("Mayor of West Yorkshire")
    return docx_to_pdf(docx_bytes(d)), g


def durham() -> tuple[bytes, Gold]:
    """A force's PEEL improvement plan in Word, on a landscape page: the grades as abbreviations a key spells
    out, then one plan table holding the cause of concern, its dated recommendations and the AFIs, an area
    column on every row."""
    force = "Durham Constabulary"
    g = Gold(force)
    g.document("PEEL 2023–25 Improvement Plan", file_type="docx")
    d = word_document("OFFICIAL – Durham Constabulary", "PEEL 2023–25 Improvement Plan – version 3")
    section = d.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    d.add_paragraph("PEEL 2023–25 Improvement Plan", style="Title")
    d.add_paragraph("Durham Constabulary | Version 3 | March 2026 | Owner: Deputy Chief Constable")
    d.add_heading("1. Inspection outcome", level=1)
    d.add_paragraph("HMICFRS published its PEEL 2023–25 report on Durham Constabulary on 16 October 2025. The "
                    "report raised one cause of concern, with two recommendations, and four areas for "
                    "improvement. This plan sets out how the force will address each of them; progress is "
                    "reported monthly to the Strategic Performance Board.")
    short = {"O": "Outstanding", "G": "Good", "A": "Adequate", "RI": "Requires improvement", "I": "Inadequate"}
    grades = [("Police powers and public treatment", "G"), ("Preventing crime", "O"),
              ("Responding to the public", "A"), ("Investigating crime", "RI"),
              ("Protecting vulnerable people", "A"), ("Managing offenders", "G"),
              ("Developing a positive workplace", "G"), ("Leadership and force management", "A")]
    word_table(d, [["Area of policing", "Grade"]] + [[area, code] for area, code in grades],
               {(r, 1): GRADE_FILL[short[code]] for r, (_, code) in enumerate(grades, start=1)})
    d.add_paragraph("Key: O – Outstanding; G – Good; A – Adequate; RI – Requires improvement; I – Inadequate")
    for area, code in grades:
        g.grade(None, area, short[code], "2025-10")
    d.add_heading("2. Improvement plan", level=1)
    cause = ("Durham Constabulary doesn’t make sure that investigations are supervised and progressed without "
             "delay.")
    recs = [("R1.1", "By 30 April 2026", "By 30 April 2026, the force should make sure that every investigation "
             "has a recorded plan that a supervisor reviews."),
            ("R1.2", "By 30 September 2026", "By 30 September 2026, the force should reduce the number of "
             "investigations that have been open for more than six months.")]
    afis = [("AFI1", "Investigating crime",
             "The force should make sure it records why victims withdraw their support for a prosecution."),
            ("AFI2", "Protecting vulnerable people",
             "The force should make sure that officers complete a risk assessment at every stalking report."),
            ("AFI3", "Responding to the public",
             "The force should make sure that callers are told when to expect an officer to attend."),
            ("AFI4", "Leadership and force management",
             "The force should make sure it evaluates the benefits of its change programme.")]
    rows = [["Ref", "Area", "HMICFRS finding", "Action", "Owner", "Due", "Status"],
            ["CoC1", "Investigating crime", cause, "Investigation standards board set up; daily review of "
             "unallocated crimes.", "Head of Crime", "Apr 2026", "On track"]]
    rows += [[ref, "Investigating crime", text, action, "Head of Crime", due, status]
             for (ref, _, text), action, due, status in zip(
                 recs, ("Plan template built into the crime system; supervisor dip-sampling.",
                        "Weekly review of long-running investigations by detective inspectors."),
                 ("Apr 2026", "Sep 2026"), ("Complete", "On track"))]
    rows += [[ref, area, text, action, owner, due, status] for (ref, area, text), action, owner, due, status in zip(
        afis, ("Withdrawal reason made a mandatory field.", "Stalking screening tool added to the incident log.",
               "Attendance time given at the end of every call.", "Benefits realisation framework drafted."),
        ("Head of Crime", "Head of Safeguarding", "Head of Contact", "Head of Change"),
        ("Jan 2026", "Mar 2026", "Feb 2026", "Jun 2026"), ("Complete", "On track", "Complete", "Off track"))]
    status_fill = {"Complete": "#00B050", "On track": "#FFC000", "Off track": "#FF0000"}
    word_table(d, rows, {(r, 6): status_fill[row[6]] for r, row in enumerate(rows[1:], start=1)})
    g.cause(None, "Investigating crime", cause)
    for _, timescale, text in recs:
        g.recommendation(None, text, timescale, None, cause)
    for _, area, text in afis:
        g.afi(None, area, text)
    d.add_heading("3. Governance", level=1)
    d.add_paragraph("Each owner updates the plan before the Strategic Performance Board. Actions are closed only "
                    "when the Deputy Chief Constable is satisfied that there is evidence of improvement. The "
                    "Police and Crime Commissioner receives the plan quarterly.")
    return docx_bytes(d), g


DOCUMENTS: dict[str, Callable[[], tuple[bytes, Gold]]] = {
    "peel-2023-25-lancashire-round30.pdf": lancashire,
    "peel-2021-22-south-yorkshire-round30.pdf": south_yorkshire,
    "gmp-accelerated-cause-of-concern-letter-round30.pdf": gmp_letter,
    "ncpi-merseyside-2026-round30.docx": merseyside,
    "cumbria-pfcc-annual-report-2025-26-round30.docx": cumbria,
    "north-yorkshire-pfcp-peel-2026-02-12-round30.pdf": north_yorkshire,
    "west-yorkshire-mayor-s55-peel-response-round30.pdf": west_yorkshire,
    "durham-peel-improvement-plan-2026-round30.docx": durham,
}

def main(names: list[str]) -> None:
    (HERE / "gold").mkdir(exist_ok=True)
    for name, build in DOCUMENTS.items():
        if names and name not in names:
            continue
        data, gold = build()
        if name.endswith(".pdf"):
            check_pages(data, gold)
        else:
            for records in gold.records.values():
                for record in records:
                    record["page"] = None
        (HERE / name).write_bytes(data)
        out = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": gold.records}
        (HERE / "gold" / f"{name}.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
        counts = {t: len(r) for t, r in gold.records.items()}
        print(name, len(data), "bytes", counts)


if __name__ == "__main__":
    main(sys.argv[1:])
